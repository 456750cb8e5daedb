"""Tests of kg.relations.addressed_titles: a title after "báo cáo với" / "reporting to" is the addressee's."""
from __future__ import annotations

from articlefacts import facts

from kg.relations.addressed_titles import addressed_title


def _positions(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-11-28", lang) if p == "position"}


def test_the_title_spoken_to_is_not_the_speakers():
    for text, person, own, other in (
            ("Báo cáo với Phó Thủ tướng, Chủ tịch UBND tỉnh Quảng Ngãi Nguyễn Hoàng Giang cho biết 12 người đã chết.",
             "Nguyễn Hoàng Giang", "Chủ tịch", "Phó Thủ tướng"),
            ("Trao đổi với Bộ trưởng, Giám đốc Sở Y tế Hà Nội Trần Văn An cho biết bệnh viện đã sẵn sàng.",
             "Trần Văn An", "Giám đốc", "Bộ trưởng")):
        positions = _positions(text, "vi")
        assert (person, own) in positions and (person, other) not in positions, text
    positions = _positions("Reporting to the Deputy Prime Minister, Quảng Ngãi People's Committee Chairman Nguyễn "
                           "Hoàng Giang said 12 people had died.", "en")
    assert ("Nguyễn Hoàng Giang", "Chairman") in positions
    assert ("Nguyễn Hoàng Giang", "Deputy Prime Minister") not in positions


def test_a_chain_of_titles_still_runs_back_over_commas():
    positions = _positions("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài phát biểu khai mạc.", "vi")
    assert {("Bùi Thị Minh Hoài", "Bí thư"), ("Bùi Thị Minh Hoài", "Ủy viên Bộ Chính trị")} <= positions


def test_addressed_title_reads_the_words_before():
    text = "Báo cáo với Phó Thủ tướng, Chủ tịch UBND tỉnh"
    assert addressed_title(text, text.index("Phó"), "vi")
    assert not addressed_title(text, text.index("Chủ tịch"), "vi")

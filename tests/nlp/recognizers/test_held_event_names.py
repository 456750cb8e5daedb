"""Tests of kg.nlp.recognizers.held_event_names: where a plain-words event name ends after its organising verb."""
from __future__ import annotations

from kg.nlp.recognizers.held_event_names import held_to_boundary


def _name(text: str, head: str, first_words: str) -> str:
    start = text.index(head)
    end = held_to_boundary(text, start, start + len(head) + 1 + len(first_words))
    return text[start:end] if end else ""


def test_the_name_runs_to_a_boundary_after_the_organising_verb():
    text = "Sáng 3/4, UBND tỉnh tổ chức lễ thả cá giống tái tạo nguồn lợi thủy sản tại cảng cá."
    assert _name(text, "lễ", "thả") == "lễ thả cá giống tái tạo nguồn lợi thủy sản"


def test_a_quoted_name_inside_counts_as_one_word():
    text = "Sáng 8/12, Thành đoàn tổ chức lễ ra quân chiến dịch \"Mùa hè xanh vì cộng đồng bền vững\" năm 2026 tại Hà Nội."
    assert _name(text, "lễ", "ra quân chiến dịch") == 'lễ ra quân chiến dịch "Mùa hè xanh vì cộng đồng bền vững" năm 2026'


def test_no_organising_verb_names_nothing():
    assert _name("Sáng 3/4, người dân tham gia lễ thả cá giống tại cảng cá.", "lễ", "thả") == ""


def test_an_online_conference_is_named_with_its_subject():
    from kg.nlp.recognizers.stages import analyze_text
    text = "Sáng 5/12, Thủ tướng chủ trì Hội nghị trực tuyến về phòng chống thiên tai."
    ents = {(text[e.start:e.end], e.label) for e in analyze_text(text, "vi").ents}
    assert ("Hội nghị trực tuyến về phòng chống thiên tai", "EVENT") in ents


def test_a_held_name_runs_over_whom_or_what_it_is_for():
    """"tổ chức tọa đàm chuyển đổi số trong doanh nghiệp nhỏ và vừa | tại …": the joiners ("trong", "cho") and a "và"
    after them stay in a plain-words name held up to a boundary."""
    from articlefacts import resolved_entities

    for text, name in (
            ("Ngày 12/3, Sở Khoa học và Công nghệ tỉnh Bắc Ninh tổ chức tọa đàm chuyển đổi số trong doanh nghiệp nhỏ và "
             "vừa tại phường Kinh Bắc.", "tọa đàm chuyển đổi số trong doanh nghiệp nhỏ và vừa"),
            ("Ngày 12/3, Sở Tư pháp tỉnh Bắc Ninh tổ chức hội nghị phổ biến pháp luật cho doanh nghiệp tại phường Kinh "
             "Bắc.", "hội nghị phổ biến pháp luật cho doanh nghiệp")):
        assert (name, "Event") in resolved_entities(text, published="2031-12-31")


def test_a_joiner_that_opens_a_frame_a_size_or_prose_ends_nothing_into_a_name():
    from articlefacts import resolved_entities

    for text in ("Sáng 5/5, Sở Giáo dục tỉnh Phú Thọ tổ chức hội thảo trong khuôn khổ Tuần lễ Học tập suốt đời năm 2031.",
                 "Sáng 5/5, UBND tỉnh Phú Thọ tổ chức hội nghị với hơn 300 đại biểu tham dự.",
                 "Sáng 5/5, Sở Y tế tỉnh Phú Thọ tổ chức hội nghị trong hai ngày tại phường Việt Trì."):
        events = {n for n, t in resolved_entities(text, published="2031-12-31") if t == "Event"}
        assert not any(n.startswith(("hội thảo trong", "hội nghị với", "hội nghị trong")) for n in events)


def test_a_held_name_runs_over_its_subject_and_a_time_after_to_the_boundary():
    from articlefacts import resolved_entities

    text = ("Ngày 20/11, Ủy ban An toàn giao thông Quốc gia sẽ tổ chức Hội thảo quốc gia về cấp cứu và chăm sóc nạn "
            "nhân sau tai nạn giao thông tại Hà Nội.")
    events = {n for n, t in resolved_entities(text, "vi", "2030-11-18") if t == "Event"}
    assert "Hội thảo quốc gia về cấp cứu và chăm sóc nạn nhân sau tai nạn giao thông" in events
    # a joiner before a plural is prose, not what the event is for
    text = "Sáng 9/9, Hội Phụ nữ tỉnh tổ chức lễ thả rùa biển cho các em học sinh xem tại bãi biển Cửa Lò."
    assert not any("học sinh" in n for n, t in resolved_entities(text, "vi", "2030-09-10") if t == "Event")

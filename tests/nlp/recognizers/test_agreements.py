"""Memoranda and qualified numbered instruments (kg.nlp.recognizers.agreements), on sentences written for these tests."""
from __future__ import annotations

from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.agreements import memorandum_candidates, qualified_number_candidates

from articlefacts import facts, resolved_entities


def _names(text, cands, label="POLICY"):
    return [text[c.start:c.end] for c in cands if c.label == label]


def test_memorandum_named_by_its_subject():
    text = "Hai bên đã ký biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực y tế. Sau đó, hai bên ăn trưa."
    assert _names(text, memorandum_candidates(text)) == ["biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực y tế"]


def test_bare_memorandum_is_no_name():
    text = "Hai bên đã ký bản ghi nhớ và thỏa thuận hợp tác."
    assert memorandum_candidates(text) == []


def test_signing_ceremony_keeps_its_memorandum():
    text = ("Sáng 3/11, UBND tỉnh Nghệ An tổ chức Lễ ký kết Bản ghi nhớ hợp tác giữa tỉnh Nghệ An và tỉnh Gifu "
            "giai đoạn 2026 - 2030 về nông nghiệp công nghệ cao.")
    got = facts(text, "2026-11-04")
    event = next(o for s, p, o in got if p == "organized")
    assert event.startswith("Lễ ký kết Bản ghi nhớ hợp tác giữa tỉnh Nghệ An")
    assert (event, "date", "2026-11-03") in got
    memo = "Bản ghi nhớ hợp tác giữa tỉnh Nghệ An và tỉnh Gifu giai đoạn 2026 - 2030 về nông nghiệp công nghệ cao"
    assert (memo, "about", "nông nghiệp công nghệ cao") in got


def test_qualified_number_needs_an_issuer_code():
    lex = load_lexicon()
    text = ("Thanh tra tỉnh ban hành Kết luận thanh tra số 25/KL-TTr về đất đai. "
            "Quyết định xử phạt số 3 được giao tận tay.")
    assert _names(text, qualified_number_candidates(text, lex)) == ["Kết luận thanh tra số 25/KL-TTr"]


def test_inspection_conclusion_issued_and_signed():
    text = ("Ngày 12/5, Thanh tra Chính phủ đã ban hành Kết luận thanh tra số 88/KL-TTCP về quản lý đất đai. "
            "Kết luận do Phó Tổng Thanh tra Chính phủ Trần Văn Minh ký.")
    got = facts(text, "2026-05-13")
    pol = "Kết luận thanh tra số 88/KL-TTCP"
    assert ("Thanh tra Chính phủ", "issued", pol) in got
    assert (pol, "date", "2026-05-12") in got
    assert ("Trần Văn Minh", "signed", pol) in got
    assert ("Trần Văn Minh", "position", "Phó Tổng Thanh tra") in got
    assert ("Trần Văn Minh", "memberOf", "Thanh tra Chính phủ") in got


def test_memorandum_about_a_subject_leaves_its_parties_out():
    text = ("Hai bên ký Bản ghi nhớ về hợp tác phát triển thị trường carbon giữa Bộ Nông nghiệp và Môi trường "
            "Việt Nam và Bộ Môi trường Nhật Bản.")
    assert _names(text, memorandum_candidates(text)) == ["Bản ghi nhớ về hợp tác phát triển thị trường carbon"]


def test_a_fine_decision_with_a_long_qualifier():
    lex = load_lexicon()
    text = "Chủ tịch UBND tỉnh ký Quyết định xử phạt vi phạm hành chính số 2875/QĐ-XPHC đối với công ty."
    assert _names(text, qualified_number_candidates(text, lex)) == ["Quyết định xử phạt vi phạm hành chính số 2875/QĐ-XPHC"]


def _entities(text: str, published: str = "2027-02-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _entities_20270310(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def test_a_memorandum_named_by_its_subject_and_period():
    got = _entities("Hai bên ký kết biên bản ghi nhớ hợp tác phát triển nguồn nhân lực giai đoạn 2027 - 2030.")
    assert ("biên bản ghi nhớ hợp tác phát triển nguồn nhân lực giai đoạn 2027 - 2030", "Policy") in got


def test_a_treaty_is_named_by_its_kind_and_parties_and_its_bracketed_acronym_is_its_short_form():
    text = ("Doanh nghiệp tỉnh Bình Dương đang tận dụng Hiệp định Đối tác kinh tế toàn diện Việt Nam - Israel (VIFTA) "
            "và Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu. Nhờ VIFTA, thuế xuất khẩu giảm mạnh.")
    ents = _entities_20270310(text)
    assert ("Hiệp định Đối tác kinh tế toàn diện Việt Nam - Israel", "Policy") in ents
    assert ("Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á - Âu", "Policy") in ents
    assert not any(n == "VIFTA" and t == "Organization" for n, t in ents)


def test_a_coordination_programme_signed_and_named_by_its_subject():
    ents = resolved_entities("Dịp này, Tỉnh đoàn Ninh Bình và Hội Nông dân tỉnh Ninh Bình ký chương trình phối hợp về hỗ "
                             "trợ thanh niên nông thôn phát triển kinh tế giai đoạn 2027 - 2030.", "vi", "2027-05-24")
    assert ("chương trình phối hợp về hỗ trợ thanh niên nông thôn phát triển kinh tế giai đoạn 2027 - 2030",
            "Policy") in ents
    ents = resolved_entities("Hai cơ quan cũng ký quy chế phối hợp về hòa giải, đối thoại tại Tòa án.", "vi", "2027-05-24")
    assert ("quy chế phối hợp về hòa giải, đối thoại tại Tòa án", "Policy") in ents


def test_a_coordination_deal_described_without_its_subject_is_no_name():
    ents = resolved_entities("Cảng vụ và Công an tỉnh ký quy chế phối hợp tuần tra trên sông Tiền.", "vi", "2027-05-24")
    assert not any(t == "Policy" for _, t in ents)


def test_a_foreign_bodys_regulation_named_by_subject_and_issuer_with_its_short_form():
    got = facts("Doanh nghiệp chia sẻ kinh nghiệm đáp ứng Quy định chống phá rừng của Liên minh châu Âu (EUDR), đồng "
                "thời kiến nghị xây dựng cơ sở dữ liệu vùng trồng.", "2027-09-09")
    assert ("Liên minh châu Âu", "issued", "Quy định chống phá rừng của Liên minh châu Âu") in got


def test_the_kind_of_cooperation_may_stand_before_the_subject():
    for text, name in [("Hai viện đã ký thỏa thuận hợp tác nghiên cứu về vật liệu bán dẫn.",
                        "thỏa thuận hợp tác nghiên cứu về vật liệu bán dẫn"),
                       ("Hai bên ký biên bản ghi nhớ hợp tác đào tạo về trí tuệ nhân tạo giữa Bộ A và Bộ B.",
                        "biên bản ghi nhớ hợp tác đào tạo về trí tuệ nhân tạo")]:
        assert name in _names(text, memorandum_candidates(text)), text
    # other words before "về" say something of the memorandum, they do not name it
    text = "Hai bên ký thỏa thuận hợp tác này về sau sẽ mở rộng."
    assert not _names(text, memorandum_candidates(text))

"""Tests of kg.nlp.recognizers.field_topics:
Fields the lexicon does not know, read from the subject of a policy or an event (Vietnamese)."""
from __future__ import annotations

from kg.nlp.recognizers.field_topics import _subject, field_topic_candidates
from kg.nlp.recognizers.stages import Recognition, run_stage

from articlefacts import facts


def _field(clause: str) -> str | None:
    span = _subject(clause, len("về "))
    return clause[span[0]:span[1]] if span else None


def _field_topics(text: str) -> set[str]:
    """The field topics of ``text`` (kg.nlp.recognizers.field_topics, which the pipeline does not run)."""
    r = Recognition.start(text, "vi", "2027-03-10")
    for stage in ("gazetteer", "patterns", "context"):
        run_stage(r, stage)
    return {text[c.start:c.end].casefold() for c in field_topic_candidates(r.text, r.cands)}


def test_the_field_is_the_subject_past_its_opening_verbs_and_before_its_period_or_place():
    assert _field("về tăng cường công tác trợ giúp pháp lý trong tình hình mới") == "trợ giúp pháp lý"
    assert _field("về đổi mới, nâng cao chất lượng dạy nghề cho lao động nông thôn") == "dạy nghề"
    assert _field("về quản trị rủi ro thiên tai giai đoạn 2026 - 2030") == "quản trị rủi ro thiên tai"
    assert _field("về an sinh xã hội tỉnh Hà Giang") == "an sinh xã hội"


def test_a_subject_that_is_an_act_or_a_list_of_things_names_no_field():
    assert _field("về việc thành lập Hội đồng thẩm định") is None
    assert _field("về phê duyệt danh mục dự án") is None
    assert _field("về các nội dung") is None
    assert _field("về Hà Nội") is None
    # a verb's object is a field only where the lexicon says so
    assert _field("về bảo tồn nguồn gen dược liệu") is None


def test_a_field_after_ve_in_a_directive_is_a_topic():
    # (a field the lexicon does not know: "trợ giúp pháp lý" and then "đăng ký hộ tịch", this test's first
    # examples, are now gazetteer topics)
    text = ("Ngày 4/3, UBND tỉnh Hòa Bình ban hành Chỉ thị số 05/CT-UBND về tăng cường công tác phổ cập bơi "
            "cho người dân vùng sâu. Năm 2026, phổ cập bơi đã đến với 3.000 người.")
    assert _field_topics(text) == {"phổ cập bơi"}
    # a subject named once is no field of the article
    assert _field_topics(text.split(" Năm 2026")[0] + ".") == set()


def test_the_field_written_again_in_another_name_is_the_same_topic():
    # (a field the lexicon does not know: "hòa giải ở cơ sở" is a known topic of its own since vi24)
    text = ("Sáng 3/3, Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị về nâng cao hiệu quả tư vấn pháp luật ở cơ sở năm "
            "2027. Tỉnh cũng ban hành Đề án tư vấn pháp luật ở cơ sở giai đoạn 2027 - 2030.")
    assert _field_topics(text) == {"tư vấn pháp luật"}  # "ở": the place of the work closes the field


def test_ve_after_a_person_or_a_plain_verb_reads_no_field():
    assert _field_topics("Ông Nguyễn Văn Bình trao đổi về kinh nghiệm nuôi cá lồng với người dân. Kinh nghiệm nuôi "
                         "cá lồng được chia sẻ rộng rãi.") == set()


def test_ve_governed_by_a_word_inside_the_name_is_not_the_names_subject():
    assert _field_topics("Ngày 2/3, UBND tỉnh Phú Thọ ban hành Đề án xây dựng cơ sở dữ liệu về tài nguyên rừng tỉnh "
                         "Phú Thọ. Tài nguyên rừng của tỉnh đang suy giảm.") == set()
    assert _field_topics("Ngày 2/3, UBND tỉnh Phú Thọ ban hành Đề án số 12/ĐA-UBND về tài nguyên rừng tỉnh Phú Thọ. "
                         "Tài nguyên rừng của tỉnh đang suy giảm.") == {"tài nguyên rừng"}


def test_a_bare_instrument_word_after_an_implementing_verb_is_the_one_named_before():
    got = facts("Sáng 12/3, Sở Nội vụ tỉnh Phú Yên tổ chức Hội nghị triển khai Chỉ thị số 41-CT/TW của Ban Bí thư về công "
                "tác dân số. Để thực hiện Chỉ thị, UBND tỉnh Phú Yên đã ban hành Kế hoạch số 88/KH-UBND.", "2027-03-20")
    assert ("Kế hoạch số 88/KH-UBND", "implements", "Chỉ thị số 41-CT/TW") in got

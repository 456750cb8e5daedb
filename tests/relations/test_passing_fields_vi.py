"""Tests of Vietnamese Topics a field named in passing does not make (kg.resolve._drop_unheld_subject_topics with
the lexicon's ``vi_kind``), of "trong đó chú trọng X" as what an instrument is about (kg.relations.topics), and of
the longest field a name holds ("công nghiệp công nghệ cao", not "công nghệ cao")."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_digitalisation_named_in_passing_is_no_topic():
    text = ("Sáng 9/3, UBND tỉnh Quảng Ngãi tổ chức Lễ đón nhận Bằng công nhận di sản văn hóa phi vật thể quốc gia. "
            "Thứ trưởng đề nghị tỉnh quan tâm việc số hóa tư liệu về lễ hội để lưu giữ lâu dài.")
    assert ("số hóa", "Topic") not in resolved_entities(text, "vi", "2027-03-09")


def test_digitalisation_a_plan_is_about_stays_a_topic():
    text = "UBND tỉnh Đồng Nai ban hành Kế hoạch số 12/KH-UBND về số hóa tài liệu lưu trữ giai đoạn 2027 - 2030."
    got = facts(text, "2027-03-09")
    assert ("Kế hoạch số 12/KH-UBND", "about", "số hóa") in got


def test_a_programme_is_about_what_it_puts_weight_on():
    text = ("Đại hội cũng thông qua Chương trình hành động nhiệm kỳ 2027 - 2032, trong đó chú trọng đào tạo trẻ và "
            "chuyển đổi số trong quản lý giải đấu.")
    assert ("Chương trình hành động nhiệm kỳ 2027 - 2032", "about", "chuyển đổi số") in facts(text, "2027-11-16")


def test_a_request_to_put_weight_on_a_field_is_not_the_instruments_subject():
    text = ("Bà Nguyễn Thị Kim Thúy đề nghị các địa phương thực hiện hiệu quả Chương trình trợ giúp người khuyết tật "
            "giai đoạn 2021 - 2030, chú trọng phục hồi chức năng dựa vào cộng đồng.")
    assert not any(p == "about" and o == "phục hồi chức năng" for _, p, o in facts(text, "2027-12-03"))


def test_high_tech_industry_is_one_field():
    text = ("Bắc Ninh xác định bán dẫn là ngành mũi nhọn theo Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy Bắc "
            "Ninh về phát triển công nghiệp công nghệ cao.")
    got = facts(text, "2027-04-07")
    assert ("Nghị quyết số 12-NQ/TU", "about", "công nghiệp công nghệ cao") in got
    assert ("Nghị quyết số 12-NQ/TU", "about", "công nghệ cao") not in got

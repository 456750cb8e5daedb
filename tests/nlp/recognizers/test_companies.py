"""Tests of kg.nlp.recognizers.companies:
A known company's units and branches ("Qualcomm Technologies", "Agribank Chi nhánh Nghệ An") and the short forms a company named in full goes by later ("Công ty cổ phần 1Matrix" → "1Matrix", "Phuoc Loc Real Estate Company" → "Phuoc Loc"); moved out of :mod:`.organisations`."""
from __future__ import annotations

from articlefacts import kg_spans, resolved_entities, span_pairs


def _spans(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _kg(nlp, text):
    return span_pairs(nlp, text, "2026-05-04")


def test_a_maker_before_a_numbered_model_names_no_unit():
    spans = _spans("Bamboo Airways will lease 12 Boeing 787 Dreamliner jets and six Airbus A350 aircraft.")
    assert not any(label == "ORG" and any(ch.isdigit() for ch in text) for label, text in spans)


def test_the_brand_of_a_company_named_through_trade_words_stands_alone(nlp):
    got = _kg(nlp, "Dự án lớn nhất là nhà máy của Công ty TNHH công nghệ Goertek Vina tại Khu công nghiệp Quế Võ. Ông Lee Sang-hoon, Tổng Giám đốc "
                   "Goertek Vina, cho biết nhà máy sẽ tuyển 3.000 lao động.")
    assert ("Goertek Vina", "ORG") in got and ("Goertek Vina", "PER") not in got


def test_an_english_company_named_after_its_port_leaves_the_port_a_place():
    text = ("Officials on Monday opened a new berth at Cai Lan Port in Quang Ninh. The berth was built by "
            "Cai Lan Port JSC, which also runs a logistics centre.")
    got = resolved_entities(text, "en", "2026-12-05")
    assert {("Cai Lan Port", "Place"), ("Cai Lan Port JSC", "Organization")} <= got


def test_a_hospital_named_in_full_stands_alone_later_by_its_proper_name():
    text = ("Bệnh viện Bạch Mai vừa ghép tim thành công cho một bệnh nhân 14 tuổi. Đây là ca ghép tim thứ 12 của "
            "Bạch Mai.")
    got = resolved_entities(text, "vi", "2026-12-05")
    assert ("Bệnh viện Bạch Mai", "Organization") in got and not any(t == "Person" for _, t in got)


def test_a_groups_vietnamese_brand_after_tap_doan_stands_alone_later():
    from articlefacts import facts, resolved_entities
    text = ("Hợp tác xã Nông nghiệp Mỹ Lợi và Công ty cổ phần Tập đoàn Thành Đạt ký hợp đồng bao tiêu lúa. "
            "Thành Đạt có trụ sở tại tỉnh Đồng Tháp.")
    assert ("Thành Đạt", "Person") not in resolved_entities(text, "vi", "2027-03-10")
    assert ("Công ty cổ phần Tập đoàn Thành Đạt", "locatedIn", "Đồng Tháp") in facts(text, "2027-03-10")
    # a place after "Tập đoàn" is no brand of its own
    ents = resolved_entities("Công ty cổ phần Tập đoàn Hà Nội ký hợp đồng. Hà Nội có 30 quận, huyện.", "vi", "2027-03-10")
    assert ("Hà Nội", "Place") in ents


def test_a_companys_whole_vietnamese_name_past_its_legal_form_stands_alone_later():
    # "Công ty TNHH Sữa Bắc Miền Trung … Nhà máy của Sữa Bắc Miền Trung": the company, not a person; a place's
    # name after the legal form ("Công ty TNHH Hà Nội") is no such short form
    text = ("Vinamilk mua 75% cổ phần Công ty TNHH Sữa Bắc Miền Trung. Nhà máy của Sữa Bắc Miền Trung đặt tại "
            "tỉnh Nghệ An.")
    got = resolved_entities(text, "vi", "2026-12-05")
    assert ("Công ty TNHH Sữa Bắc Miền Trung", "Organization") in got
    assert not any(t == "Person" for n, t in got)


def test_a_known_company_with_its_legal_form_written_short_is_the_known_company():
    got = resolved_entities("Công ty CP Sữa Việt Nam (Vinamilk) vừa mua lại nhà máy.", "vi", "2026-12-05")
    assert [n for n, t in got if t == "Organization"] == ["Công ty Cổ phần Sữa Việt Nam"]


def test_a_headline_ending_in_a_companys_short_form_names_the_company():
    from articlefacts import resolved_entities
    text = ("Rice co-operative agrees supply deal with Lộc Trời\n\n"
            "AN GIANG — A co-operative will sell rice to Lộc Trời Group Joint Stock Company. Lộc Trời will pay more.")
    names = resolved_entities(text, "en", "2026-12-06")
    assert ("Lộc Trời", "Person") not in names
    assert any(t == "Organization" and n.startswith("Lộc Trời") for n, t in names)

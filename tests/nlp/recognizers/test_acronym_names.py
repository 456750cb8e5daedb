"""Tests of kg.nlp.recognizers.acronym_names: a name no rule reads, before an acronym in brackets that abbreviates
it, is a body; the acronym and its later bare uses name that body."""
from __future__ import annotations

from articlefacts import facts, kg_spans, resolved_entities


def test_a_vietnamese_port_operator_named_before_its_english_acronym():
    text = ("Bà Lê Thị Hoa, Phó Giám đốc Cảng Container quốc tế Tân Cảng Cái Mép (TCIT), cho biết TCIT sẽ mở thêm "
            "hai cầu cảng. Giám đốc TCIT Nguyễn Hữu Phước dự buổi làm việc.")
    got = facts(text, "2026-05-04")
    assert ("Lê Thị Hoa", "memberOf", "Cảng Container quốc tế Tân Cảng Cái Mép") in got
    assert ("Nguyễn Hữu Phước", "memberOf", "Cảng Container quốc tế Tân Cảng Cái Mép") in got
    assert ("TCIT", "Organization") not in resolved_entities(text)  # one body, the acronym its alias


def test_a_word_opening_the_sentence_is_not_part_of_the_name():
    spans = kg_spans("Lãnh đạo Hóa chất Đức Giang Lào Cai (DGL) làm việc với tỉnh.", "vi", "2026-05-04")
    assert ("ORG", "Hóa chất Đức Giang Lào Cai") in spans


def test_a_company_named_by_its_trade_and_ticker_is_no_person():
    spans = kg_spans("Trong quý III, Nhựa Bình Minh (BMP) báo lãi 300 tỷ đồng.", "vi", "2026-05-04")
    assert ("ORG", "Nhựa Bình Minh") in spans
    assert not any(label == "PER" for label, _ in spans)


def test_an_instrument_an_event_or_a_place_before_an_acronym_is_no_body():
    spans = kg_spans("Các doanh nghiệp hưởng lợi từ Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP). Tỉnh mời nhà "
                     "đầu tư vào Khu Kinh tế Vân Phong (KKTVP).", "vi", "2026-05-04")
    assert not any(label == "ORG" and text.startswith(("Hiệp định", "Khu")) for label, text in spans)


def test_letters_that_spell_nothing_of_the_name_make_no_body():
    spans = kg_spans("Ông Trần Minh Tuấn giới thiệu Sổ tay Hướng dẫn (XYZ) cho học sinh.", "vi", "2026-05-04")
    assert not any(label == "ORG" for label, _ in spans)


def test_an_english_firm_whose_initials_spell_its_acronym():
    text = ("Samsung Electro-Mechanics Vietnam (SEMV) will expand its plant. SEMV general director Park Ji-hoon said "
            "on Monday the lines would open in 2027.")
    spans = kg_spans(text, "en", "2026-05-04")
    assert ("ORG", "Samsung Electro-Mechanics Vietnam") in spans
    assert ("Park Ji-hoon", "memberOf", "Samsung Electro-Mechanics Vietnam") in facts(text, "2026-05-04", "en")


def test_an_english_agreement_or_expo_before_its_acronym_is_no_body():
    spans = kg_spans("Exporters gained from the Regional Comprehensive Economic Partnership (RCEP) and showed goods at "
                     "the Vietnam International Sourcing Expo (VISE).", "en", "2026-05-04")
    assert not any(label == "ORG" for label, _ in spans)


def test_a_hyphened_acronym_after_a_known_kind_of_body_is_its_alias():
    text = ("The Saigon Hi-Tech Park Training Centre (SHTP-TC) opened a laboratory. SHTP-TC director Le Van Hai said "
            "500 engineers would be trained.")
    assert ("Le Van Hai", "memberOf", "Saigon Hi-Tech Park Training Centre") in facts(text, "2026-05-04", "en")


def test_an_event_or_a_person_before_an_acronym_is_no_body():
    spans = kg_spans("Đoàn Việt Nam dự Hội nghị Thượng đỉnh Khí hậu Châu Á (ACCS) tại Bangkok. Tác giả bài viết là "
                     "Trần Văn Khánh (TVK).", "vi", "2026-05-04")
    assert not any(label == "ORG" for label, _ in spans)


def test_a_title_before_the_name_stays_out_of_it():
    spans = kg_spans("Mr Lee, Chairman of Hanwha Aero Engines Vietnam (HAEV), said the plant would open in May.",
                     "en", "2026-05-04")
    assert ("ORG", "Hanwha Aero Engines Vietnam") in spans


def test_a_body_named_head_first_keeps_policy_words_of_its_field_before_its_acronym():
    from articlefacts import kg_spans
    spans = kg_spans("The Institute of Policy and Strategy for Agriculture and Rural Development (IPSARD) said yields "
                     "would fall. The Agreement on Trade and Investment Policy (ATIP) took effect.", "en", "2026-02-02")
    assert ("ORG", "Institute of Policy and Strategy for Agriculture and Rural Development") in spans
    assert not any(label == "ORG" and name.startswith("Agreement") for label, name in spans)

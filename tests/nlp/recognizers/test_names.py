"""Tests of kg.nlp.recognizers.names:
Name passes that need no cue word before the name, kept out of the main recogniser."""
from __future__ import annotations

from articlefacts import facts, flat_names as ents, kg_spans, resolved_entities


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def _spans(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def test_an_event_word_modifying_a_company_noun_is_no_event():
    got = entities("The show is run by Expocon, a Đà Nẵng-based trade fair company, and opens on Friday.")
    assert not any(t == "Event" for t, n in got)
    assert ("Organization", "Expocon") in got


def test_a_named_fair_is_still_an_event():
    got = entities("Visitors crowded the Việt Nam–Laos trade fair in Vientiane on Friday.")
    assert any(t == "Event" and "trade fair" in n for t, n in got)


def test_a_long_city_name_before_based_is_a_place_not_a_person():
    got = entities("Two managers of the Hồ Chí Minh City-based developer were arrested on Monday.")
    assert not any(t == "Person" for t, n in got)
    assert any(t == "Place" and "Minh City" in n for t, n in got)


def test_a_hyphened_korean_given_name_still_joins_the_name():
    got = entities("Kim Sang-sik said the Busan-based firm would grow.")
    assert ("Person", "Kim Sang-sik") in got


def test_a_possessive_after_a_name_after_an_occupation_is_cut():
    got = entities("Chilean novelist Pedro Araya's publisher Ana Morales will speak on Sunday.")
    assert ("Person", "Pedro Araya") in got
    assert not any(n.endswith("'s") for t, n in got)


def test_a_name_after_an_illustrator_or_a_medallist_is_a_person():
    got = entities("French illustrator Claire Dubois and Olympic bronze medallist Sara Lindqvist signed books.")
    assert ("Person", "Claire Dubois") in got
    assert ("Person", "Sara Lindqvist") in got


def test_a_peoples_committee_takes_no_field_after_it():
    spans = _spans("The minister held a working session with the Cần Thơ City People's Committee on the Cái Cui "
                   "Port expansion on Monday.")
    assert ("ORG", "Cần Thơ City People's Committee") in spans


def test_one_word_name_after_a_title_is_a_person():
    spans = _spans_20251222("Myanmar Foreign Minister Thanswe and Thai President Srettha met in Vientiane on Friday.")
    assert ("PER", "Thanswe") in spans


def test_one_word_after_a_title_that_names_a_place_is_no_person():
    spans = _spans_20251222("Ambassador Tokyo said nothing, and the Governor Bangkok office stayed shut.")
    assert ("PER", "Tokyo") not in spans


def test_a_given_name_standing_for_a_named_vietnamese_is_not_a_new_person():
    spans = _spans_20251222("Deputy Prime Minister Bui Thanh Son met the delegation. Deputy Prime Minister Son said "
                   "the two sides would sign a deal.")
    assert ("PER", "Son") not in spans or ("PER", "Bui Thanh Son") in spans
    assert ("PER", "Bui Thanh Son") in spans


def test_a_lower_case_role_with_a_modifier_after_its_body_or_country_opens_a_name():
    spans = _spans_20251222("The loan was signed by KOICA senior vice president Lee Dong-ho and Lao sports minister "
                   "Phoxay Sayasone in Vientiane.")
    assert ("PER", "Lee Dong-ho") in spans
    assert ("PER", "Phoxay Sayasone") in spans


def test_a_role_after_a_body_and_its_abbreviation():
    spans = _spans_20251222("It was signed by Korea Eximbank (KEXIM) executive director Park Sung-ho on Monday.")
    assert ("PER", "Park Sung-ho") in spans


def test_foreign_given_names_with_accents_after_a_title_and_its_body():
    spans = _spans_20251222("Chile's Minister of Agriculture Ignacia Fernández and Australia's Assistant Minister for Trade "
                   "Tim Ayres attended.")
    assert ("PER", "Ignacia Fernández") in spans
    assert not any(label == "ORG" and "Assistant" in text for label, text in spans)


def test_a_person_named_after_a_qualified_occupation():
    spans = _spans_20251222("Korean actress Song Hye-kyo and Filipino filmmaker Lav Diaz joined Boeing chief financial "
                   "officer Brian West at the gala.")
    assert ("PER", "Lav Diaz") in spans
    assert ("PER", "Brian West") in spans


def test_a_named_person_after_a_title_of_a_known_foreign_body():
    spans = _spans_20251222("He met Speaker of the House of Lords John McFall in London.")
    assert ("PER", "John McFall") in spans
    assert ("ORG", "House of Lords") in spans


def test_a_company_whose_trade_words_open_capitalised_with_thiet_bi():
    got = facts("Ông Đinh Công Sơn, Giám đốc Công ty cổ phần Thiết bị điện Quang Minh, đã ký hợp đồng.", "2032-05-02")
    assert ("Đinh Công Sơn", "memberOf", "Công ty cổ phần Thiết bị điện Quang Minh") in got


def test_water_supply_companies(nlp):
    assert ents(nlp, "Công ty cổ phần cấp thoát nước Yên Bái tạm ngừng cấp nước.") == \
        [("Công ty cổ phần cấp thoát nước Yên Bái", "ORG")]
    assert ents(nlp, "Công ty TNHH nước mắm Cát Hải xuất khẩu sang Nhật Bản.") == \
        [("Công ty TNHH nước mắm Cát Hải", "ORG"), ("Nhật Bản", "LOC")]


def test_a_party_committee_named_by_its_leaders_title_after_a_long_or_preceded_place():
    got = facts("Ho Chi Minh City Party chief Tran Luu Quang attended the ceremony.", "2026-12-01", lang="en")
    assert ("Tran Luu Quang", "memberOf", "Ho Chi Minh City Party Committee") in got
    got = facts("On Monday Hanoi Party Secretary Bui Thi Minh Hoai spoke at the meeting.", "2026-12-01", lang="en")
    assert ("Bui Thi Minh Hoai", "memberOf", "Hanoi Party Committee") in got


def test_a_name_set_off_before_a_person_noun_after_a_is_a_person():
    from articlefacts import kg_spans
    spans = kg_spans("Funding rose sharply, said Daniel Moreau, a partner at Alpine Growth Fund, on Monday.", "en",
                     "2026-02-02")
    assert ("PER", "Daniel Moreau") in spans


def test_name_after_a_counterpart_is_a_person():
    import kg.nlp
    nlp = kg.nlp.load("en")
    doc = kg.nlp.annotate(nlp, "Trade Minister Nguyễn Hồng Diên met Lao counterpart Malaithong Kommasith in Vientiane.",
                          "2026-12-01")
    assert "Malaithong Kommasith" in [s.text for s in doc.spans["kg"] if s.label_ == "PER"]


def test_a_name_before_a_title_a_known_body_owns():
    got = resolved_entities("Trung will co-chair the meeting with Kaja Kallas, the EU's High Representative for "
                            "Foreign Affairs and Security Policy.", "en", "2026-12-03")
    assert ("Kaja Kallas", "Person") in got


def test_a_five_part_arabic_name_after_a_title():
    got = kg_spans("The congress was attended by Asian Football Confederation (AFC) President Sheikh Salman bin "
                   "Ebrahim Al Khalifa.", "en", "2026-12-05")
    assert ("PER", "Sheikh Salman bin Ebrahim Al Khalifa") in got


def test_a_foreign_name_after_a_titled_body_and_its_bracketed_short_form():
    found = entities("The protocol was signed by Vice Minister of the General Administration of Customs of China (GACC) "
                     "Zhao Zenglian in Beijing on Tuesday.")
    assert ("Person", "Zhao Zenglian") in found


def test_a_foreign_name_after_a_title_whose_body_ends_with_its_country():
    found = entities("Minister of Education of Japan Toshiko Abe met Minister of Education and Training Nguyễn Kim Sơn "
                     "in Tokyo on Monday.")
    assert ("Person", "Toshiko Abe") in found

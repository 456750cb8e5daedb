"""Tests of kg.nlp.lexicon: The shipped gazetteer."""
from __future__ import annotations

import kg.nlp
from kg.nlp.lexicon import load_lexicon
from kg.textutil import norm_key

from articlefacts import facts, graph_triples, resolved_entities


def _triples(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _orgs(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-11-29")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "ORG"]


def test_viet_nam_spelling_of_a_known_english_body_name():
    text = "The talks were organised by the Ministry of Finance and the Việt Nam General Confederation of Labour."
    assert "Việt Nam General Confederation of Labour" in _orgs(text)
    triples = _triples(text + " It was attended by Deputy Minister Lê Văn An.")
    assert any(s.endswith("General Confederation of Labour") and p == "organized" for s, p, o in triples)


def _roles(got, person):
    return {o for s, p, o in got if s == person and p == "position"}, \
        {o for s, p, o in got if s == person and p == "memberOf"}


def test_ministers_named_by_their_portfolio():
    got = facts("Health Minister Dao Hong Lan and Deputy Industry and Trade Minister Phan Thi Thang visited the "
                "plant.", "2026-11-20", lang="en")
    assert _roles(got, "Dao Hong Lan")[0] == {"Health Minister"}
    assert _roles(got, "Phan Thi Thang")[0] == {"Deputy Industry and Trade Minister"}
    # "Trade" is part of the title, not a body
    assert not any(o == "Trade" for s, p, o in got)


def test_portfolio_titles_come_from_the_ministries_of_the_gazetteer():
    lex = load_lexicon()
    for form in ("Bộ trưởng Y tế", "Thứ trưởng Công Thương", "Bộ trưởng Giáo dục và Đào tạo"):
        assert norm_key(form) in lex.titles and norm_key(form) in lex.portfolio_titles, form
    # the English portfolios go to the title recogniser's list of portfolios
    assert {"Health", "Industry and Trade", "Public Security", "Finance"} <= lex.portfolios_en
    assert not any("Ministry" in p for p in lex.portfolios_en)


def test_vietnamese_ministers_named_by_their_portfolio():
    got = facts("Bộ trưởng Y tế Đào Hồng Lan và Thứ trưởng Công an Lê Quốc Hùng dự lễ khánh thành bệnh viện.",
                "2026-11-20")
    assert _roles(got, "Đào Hồng Lan")[0] == {"Bộ trưởng Y tế"}
    assert _roles(got, "Lê Quốc Hùng")[0] == {"Thứ trưởng Công an"}
    # a ministry named in full keeps the role and the body apart
    got = facts("Bộ trưởng Bộ Y tế Đào Hồng Lan dự lễ khánh thành bệnh viện.", "2026-11-20")
    assert _roles(got, "Đào Hồng Lan") == ({"Bộ trưởng"}, {"Bộ Y tế"})


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_a_hyphenated_known_name_written_with_an_en_dash_is_still_known():
    got = spans("Tourists from Bà Rịa–Vũng Tàu and Phan Rang–Tháp Chàm filled the beaches.")
    assert ("LOC", "Bà Rịa–Vũng Tàu") in got
    assert not any(label == "PER" for label, _ in got)


def test_a_known_name_with_a_spaced_dash_is_known_glued_too():
    got = spans("Fans of Thể Công-Viettel filled the stands.")
    assert ("ORG", "Thể Công-Viettel") in got


def test_a_city_is_also_named_with_city_after_it_in_english():
    lex = load_lexicon()
    assert [e.id for e in lex.lookup("Ha Long City") if e.type == "Place"] == ["ha-long"]


def test_a_city_written_with_its_level_is_the_known_city():
    lex = load_lexicon()
    for form in ("TP Hạ Long", "TP. Hạ Long", "thành phố Hạ Long", "TP Nha Trang"):
        assert [e.id for e in lex.lookup(form) if e.type == "Place"][:1] in (["ha-long"], ["nha-trang"]), form
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Du khách tham quan TP Hạ Long và thành phố Nha Trang.", "2026-12-01")
    assert {e.text for e in doc.ents if e.label_ == "LOC"} == {"TP Hạ Long", "thành phố Nha Trang"}
    assert {sp._.kg_source for sp in doc.spans["kg"] if sp.label_ == "LOC"} == {"gazetteer"}


def test_units_of_the_state_bank_are_known_whole():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Đại diện Cơ quan Thanh tra, giám sát ngân hàng và Vụ trưởng Vụ Chính sách "
                          "tiền tệ Phạm Chí Quang cho biết …", "2026-12-01")
    assert {"Cơ quan Thanh tra, giám sát ngân hàng", "Vụ Chính sách tiền tệ"} <= {e.text for e in doc.ents if e.label_ == "ORG"}


def test_national_programme_is_a_policy_not_an_alias_of_its_topic():
    # "Chương trình mục tiêu quốc gia xây dựng nông thôn mới" is the programme (a Policy); its field is the topic
    got = resolved_entities("Các hộ nông dân tham gia Chương trình mục tiêu quốc gia xây dựng nông thôn mới.", "vi",
                            "2028-10-17")
    assert ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Policy") in got
    assert ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Topic") not in got

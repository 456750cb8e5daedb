"""Titles of deputies of fixed offices and country directors (kg.nlp.recognizers.titles, gazetteer titles)."""
from __future__ import annotations

import kg.nlp
from kg.nlp.recognizers.stages import analyze_text

from articlefacts import facts, graph_triples


def test_deputy_of_an_office_keeps_deputy():
    got = facts("Dự họp có Tổng Kiểm toán Nhà nước Ngô Văn Tuấn và Phó Tổng Kiểm toán Nhà nước Đặng Thế Vinh.")
    assert ("Đặng Thế Vinh", "position", "Phó Tổng Kiểm toán") in got
    assert ("Đặng Thế Vinh", "memberOf", "Kiểm toán nhà nước") in got
    assert ("Ngô Văn Tuấn", "position", "Tổng Kiểm toán Nhà nước") in got


def test_country_director_of_an_international_body_in_a_country():
    got = facts("Tham dự có bà Carolyn Turk, Giám đốc Quốc gia Ngân hàng Thế giới tại Việt Nam.")
    assert ("Carolyn Turk", "position", "Giám đốc Quốc gia") in got
    assert ("Carolyn Turk", "memberOf", "Ngân hàng Thế giới") in got
    assert ("Ngân hàng Thế giới", "locatedIn", "Việt Nam") in got


def test_border_guard_commander():
    got = facts("Theo Đại tá Nguyễn Văn Tuấn, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Sơn La, tổ công tác phát hiện "
                "hai đối tượng.")
    assert ("Nguyễn Văn Tuấn", "position", "Chỉ huy trưởng") in got
    assert ("Nguyễn Văn Tuấn", "memberOf", "Bộ đội Biên phòng tỉnh Sơn La") in got


def test_office_in_brackets_then_its_city():
    got = facts("Dự có bà Naoko Yamada, Trưởng đại diện Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tại Hà Nội.")
    assert ("Tổ chức Xúc tiến Thương mại Nhật Bản", "locatedIn", "Hà Nội") in got


def _triples(text: str, published: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_deputy_before_a_known_role_is_one_title():
    got = _triples("HÀ NỘI — Deputy Foreign Minister Nguyễn Minh Hằng attended the meeting.", "2025-12-05")
    assert ("Nguyễn Minh Hằng", "position", "Deputy Foreign Minister") in got \
        or ("Nguyễn Minh Hằng", "position", "deputy foreign minister") in got
    assert not any(p == "position" and o.casefold() == "deputy" for _, p, o in got)
    got = _triples("HÀ NỘI — Deputy Prime Minister Lê Thành Long said so.", "2025-12-05")
    assert any(p == "position" and o.casefold() == "deputy prime minister" for _, p, o in got)


def test_board_roles_are_whole_positions_and_no_body():
    got = facts("Chairman of the Board of Directors Nguyen Van Binh opened the meeting of Sao Mai Group.",
                lang="en")
    assert ("Nguyen Van Binh", "position", "Chairman of the Board of Directors") in got
    assert not any(o == "Board of Directors" for _, p, o in got if p == "memberOf")


def test_a_field_listed_in_a_ministry_title_is_no_topic():
    got = _ents("Minister of Culture, Sports and Tourism Nguyen Van Hung opened the games.")
    assert not any(label == "TOPIC" for _, label in got)


def _names(got, predicate):
    return {(s, o) for s, p, o in got if p == predicate}


def test_a_capitalised_vice_dean_before_the_name():
    got = facts("Vice Dean of the Faculty of Medicine Pham Quoc Bao said the course was full.", "2026-11-20",
                lang="en")
    assert ("Pham Quoc Bao", "position", "Vice Dean") in got
    assert ("Pham Quoc Bao", "Faculty of Medicine") in _names(got, "memberOf")


def test_a_portfolio_before_a_ministers_role_is_part_of_the_position():
    got = facts("Education Minister Lê Quang Minh opened the school. Deputy Transport Minister Hoàng Văn Bình and "
                "British Trade Secretary Jane Holt spoke after him.", "2026-01-10", "en")
    assert ("Lê Quang Minh", "position", "Education Minister") in got
    assert ("Hoàng Văn Bình", "position", "Deputy Transport Minister") in got
    assert any(s == "Jane Holt" and p == "position" and o == "Trade Secretary" for s, p, o in got)


def test_a_vice_chancellor_is_a_title_not_part_of_the_name():
    from articlefacts import facts, resolved_entities
    text = "At the University of Leeds, Vice-Chancellor Simone Buitendijk welcomed the delegation."
    assert ("Simone Buitendijk", "Person") in resolved_entities(text, "en", "2026-02-02")
    assert any(s == "Simone Buitendijk" and p == "position" and o.casefold() == "vice-chancellor"
               for s, p, o in facts(text, lang="en", published="2026-02-02"))


def test_lower_case_founder_or_chief_executive_right_before_a_name_is_a_title():
    from articlefacts import facts
    got = facts("Mai Linh Group grew fast. Its founder Hồ Huy has retired, said chief executive Lê Hồng Hà.", lang="en",
                published="2026-02-02")
    assert ("Hồ Huy", "position", "founder") in got
    assert ("Lê Hồng Hà", "position", "chief executive") in got


def test_a_lao_or_cambodian_provincial_governor_is_a_title():
    got = facts("Ông Khamphanh Sisouphanh, Phó Tỉnh trưởng tỉnh Savannakhet, và ông Chea Sokhom, Tỉnh trưởng tỉnh Kampot, "
                "dự hội nghị.", "2027-06-18")
    assert ("Khamphanh Sisouphanh", "position", "Phó Tỉnh trưởng") in got
    assert ("Chea Sokhom", "position", "Tỉnh trưởng") in got


def test_a_foreign_province_in_brackets_between_title_and_name():
    got = facts("Dự lễ khai mạc có Phó Tỉnh trưởng tỉnh Savannakhet (Lào) Bounmy Phommasen cùng đại diện các sở.",
                "2031-12-19")
    assert ("Bounmy Phommasen", "position", "Phó Tỉnh trưởng") in got


def test_a_lower_case_president_or_director_after_a_bodys_word_is_a_title():
    def titles(text: str) -> list[str]:
        doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2026-12-05")
        return [sp.text for sp in doc.spans["titles"]]

    assert titles("University president Huỳnh Quyết Thắng said it.") == ["president"]
    assert titles("VNAT director Nguyễn Trùng Khánh said it.") == ["director"]
    assert titles("The deal was signed by department director Nguyễn Văn Minh.") == ["director"]
    # a film director, a longer title written with a lower-case word before it
    assert titles("Japanese director Hiroshi Tanaka joined the jury.") == []
    assert titles("Medtronic country director David Lim signed it.") == []


def test_english_body_written_before_its_officers_role():
    got = facts("Đắk Lắk People's Committee Vice Chairman Nguyễn Văn Nam opened the coffee festival on Monday.",
                "2026-11-20", lang="en")
    assert ("Nguyễn Văn Nam", "position", "Vice Chairman") in got
    assert ("Nguyễn Văn Nam", "memberOf", "Đắk Lắk People's Committee") in got
    got = facts("Hà Nội Party Committee Secretary Bùi Thị Minh Hoài attended the ceremony.", "2026-11-20", lang="en")
    assert ("Bui Thi Minh Hoai", "position", "Secretary") in got
    # with no place or level before it, the lexicon's whole title stays the role
    got = facts("People's Committee Chairman Nguyễn Văn Nam attended the ceremony.", "2026-11-20", lang="en")
    assert not any(p == "memberOf" for _, p, _ in got)

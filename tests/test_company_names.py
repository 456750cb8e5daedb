"""Vietnamese company and body names: a field and a number, a brand like a person's name, "Tổ chức …"."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def _orgs(text: str) -> list[str]:
    return _entities(text, "Organization")


def test_company_named_by_its_field_and_a_number():
    got = _orgs("Liên danh Tổng công ty Xây dựng công trình giao thông 8 và Công ty cổ phần Đèo Cả thi công.")
    assert "Tổng công ty Xây dựng công trình giao thông 8" in got


def test_number_after_a_verb_is_no_part_of_the_name():
    got = _orgs("Tổng công ty Xây dựng đã thi công 3 gói thầu.")
    assert got == ["Tổng công ty Xây dựng"]


def test_brand_that_reads_like_a_person():
    got = facts("Công ty TNHH Thương mại Minh Long nhận chuyển nhượng dự án.", "2026-05-13")
    assert not any(p == "position" for s, p, o in got)
    assert "Công ty TNHH Thương mại Minh Long" in _orgs("Công ty TNHH Thương mại Minh Long nhận chuyển nhượng dự án.")


def test_director_of_a_company_is_still_a_person():
    got = facts("Giám đốc Công ty TNHH Minh Phát Nguyễn Văn Hùng cho biết doanh thu tăng.", "2026-05-13")
    assert ("Nguyễn Văn Hùng", "memberOf", "Công ty TNHH Minh Phát") in got


def test_to_chuc_opens_a_second_body_but_not_an_event():
    text = "Cục Điện lực và Tổ chức Hợp tác quốc tế Đức ký kết. Tổ chức Hội nghị tổng kết năm 2025 tại Huế."
    got = _orgs(text)
    assert "Cục Điện lực" in got and "Tổ chức Hợp tác quốc tế Đức" in got
    assert not any(o.startswith("Tổ chức Hội nghị") for o in got)


def _entities(text: str, kind: str) -> list[str]:
    """Names of the entities of type ``kind`` that kg finds in ``text`` (the whole pipeline)."""
    article = Article(id="t", text=text, published="2026-05-13", lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), text, "2026-05-13")))
    return [e.name for e in res.entities.values() if e.type == kind]


def test_board_chair_is_a_member_of_the_company():
    got = facts("Ông Trần Văn Bình, Chủ tịch Hội đồng quản trị Vinamilk cho biết lợi nhuận tăng. Công ty TNHH Bò "
                "sữa Thống Nhất, công ty con của công ty, cũng tăng trưởng.", "2026-10-30")
    assert ("Trần Văn Bình", "position", "Chủ tịch Hội đồng quản trị") in got
    assert any(s == "Trần Văn Bình" and p == "memberOf" and "Sữa Việt Nam" in o for s, p, o in got)
    assert any(s == "Công ty TNHH Bò sữa Thống Nhất" and p == "subOrganizationOf" and "Sữa Việt Nam" in o
               for s, p, o in got)


def test_a_foreign_minister_after_the_ministry():
    got = facts("Phía Australia có Bộ trưởng Bộ Thương mại và Đầu tư Don Farrell.", "2026-06-10")
    assert ("Don Farrell", "memberOf", "Bộ Thương mại và Đầu tư") in got


def test_brand_list_needs_two_brands():
    assert "Temasek" not in _orgs("Đại diện các tập đoàn như Temasek tham dự.")
    assert {"Temasek", "Sembcorp"} <= set(_orgs("Đại diện các tập đoàn như Temasek và Sembcorp tham dự."))


def test_unit_name_with_lower_case_fields():
    got = _orgs("Đơn vị phối hợp với Cục Cảnh sát điều tra tội phạm về ma túy (Bộ Công an) và Cục Công tác đảng và "
                "công tác chính trị.")
    assert "Cục Cảnh sát điều tra tội phạm về ma túy" in got
    assert "Cục Công tác đảng và công tác chính trị" in got


def test_a_body_named_after_its_city():
    assert "Viện Pasteur TP Hồ Chí Minh" in _orgs("Viện Pasteur TP Hồ Chí Minh phối hợp với WHO tổ chức hội thảo.")


def test_capitalised_trade_words_after_a_legal_form_run_on_to_the_name():
    # "Thủy sản", "Dệt may", "Xây dựng", "Xổ số kiến thiết": trade words, each written with a capital first syllable
    for text, name in [("Đại diện Công ty Cổ phần Tập đoàn Thủy sản Minh Phú tham dự hội thảo.",
                        "Công ty Cổ phần Tập đoàn Thủy sản Minh Phú"),
                       ("Ông Lê Văn An, Giám đốc Công ty Cổ phần Tập đoàn Xây dựng Hòa Bình, cho biết.",
                        "Công ty Cổ phần Tập đoàn Xây dựng Hòa Bình"),
                       ("Công ty TNHH một thành viên Xổ số kiến thiết Hà Nội vừa công bố kết quả kinh doanh.",
                        "Công ty TNHH một thành viên Xổ số kiến thiết Hà Nội")]:
        assert name in _orgs(text)
    # a trade word before a two-word name stays the trade ("Đ" of "Đức" opens no lower-case word)
    assert "Hợp tác xã cà phê Tân Đức" in _orgs("Ông Lê Văn Bình, Giám đốc Hợp tác xã cà phê Tân Đức, cho biết giá tăng.")
    # without a legal form a capital word opens no trade phrase: "Công ty Masan | cho biết"
    assert not any("cho biết" in o for o in _orgs("Công ty Masan cho biết doanh thu tăng tại Hà Nội."))

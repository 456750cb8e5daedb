"""Tests of kg.relations.acronyms: Acronyms an article defines."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article

from articlefacts import facts, resolved_entities


def test_a_stock_code_is_the_companys_short_name():
    got = facts("Công ty Cổ phần Thủy sản Cà Mau Xanh (mã chứng khoán: CMX) vừa công bố kết quả kinh doanh. "
                "Bà Trần Ngọc Bích, Tổng giám đốc CMX, cho biết doanh thu tăng 12%.", "2027-09-02")
    assert ("Trần Ngọc Bích", "memberOf", "Công ty Cổ phần Thủy sản Cà Mau Xanh") in got
    assert not any(o == "CMX" or s == "CMX" for s, p, o in got)


def test_a_short_form_of_two_words_in_brackets_names_the_company_later():
    got = facts("Southern Cement Corporation (SC Cement) opened a kiln. SC Cement general director Pham Van Lam "
                "said output would rise.", "2026-11-20", lang="en")
    assert ("Pham Van Lam", "memberOf", "Southern Cement Corporation") in got
    got = facts("Công ty Cổ phần Xi măng Phương Nam (PN Cement) vừa khánh thành lò nung. Tổng giám đốc PN Cement "
                "Phạm Văn Lâm cho biết sản lượng sẽ tăng.", "2026-11-20")
    assert ("Phạm Văn Lâm", "memberOf", "Công ty Cổ phần Xi măng Phương Nam") in got


def test_a_police_departments_code_in_brackets_is_its_short_form():
    text = ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) cho biết đã khởi tố vụ án. "
            "C03 đã bắt tạm giam 5 bị can.")
    got = resolved_entities(text, "vi", "2026-12-05")
    assert ("C03", "Organization") not in got
    assert ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", "Organization") in got


def test_an_acronym_the_article_defines_beats_the_gazetteers_body_of_that_acronym():
    text = ("VFF elects new president\n\nTrần Quốc Tuấn was re-elected president of the Vietnam Football Federation "
            "(VFF) for the 2026-2030 term. The VFF will invest more. The Vietnam Fatherland Front sent a message.")
    ents = dict(resolved_entities(text, "en", "2026-03-21"))
    assert ents.get("Vietnam Football Federation") == "Organization"
    assert ents.get("Vietnam Fatherland Front") == "Organization"  # named in full, still itself
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-03-21")
    res = resolve_article(extract(Article(id="t", text=text, published="2026-03-21", lang="en"), doc))
    football = next(e for e in res.entities.values() if e.name == "Vietnam Football Federation")
    assert football.gid is None and "Fatherland Front" not in {x for ls in football.labels.values() for x in ls}

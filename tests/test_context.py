"""Document-level context: bare local bodies belong to the article's province."""
from __future__ import annotations

import pytest

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.nlp.recognizers.document import cut_at_stops, dominant_place
from kg.nlp.recognizers.stages import analyze_text

PROVINCE_ARTICLE = ("Sáng 24/9, tỉnh Tuyên Quang khai mạc Đại hội. Tỉnh ủy Tuyên Quang có 68 ủy viên. "
                    "Ông Phan Huy Ngọc - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu; "
                    "ông Nguyễn Hưng Vượng, Trưởng Ban Tổ chức Tỉnh ủy, đọc quyết định của HĐND tỉnh.")


@pytest.fixture(scope="module")
def nlp():
    return kg.nlp.load("vi")


def _mentions(text, nlp, lang="vi"):
    doc = kg.nlp.annotate(nlp, text, "2025-09-24")
    return doc, extract(Article(id="x", text=text, lang=lang), doc)


def test_bare_local_bodies_are_the_provinces_bodies(nlp):
    doc, ex = _mentions(PROVINCE_ARTICLE, nlp)
    named = {(m.text, m.name) for m in ex.mentions if m.type == "Organization"}
    assert ("UBND tỉnh", "UBND tỉnh Tuyên Quang") in named
    assert ("HĐND tỉnh", "HĐND tỉnh Tuyên Quang") in named
    assert ("Tỉnh ủy", "Tỉnh ủy Tuyên Quang") in named
    assert ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Tuyên Quang") in named
    # read from context, so not in the flat NER view (VLSP does not tag "UBND tỉnh")
    assert "UBND tỉnh" not in [e.text for e in doc.ents]


def test_title_before_a_bare_body_keeps_only_the_role(nlp):
    _, ex = _mentions(PROVINCE_ARTICLE, nlp)
    text_of = {m.id: m.text for m in ex.mentions}
    rels = {(text_of[r.subject], r.predicate, r.obj if isinstance(r.obj, str) else text_of[r.obj])
            for r in ex.relations}
    assert ("Phan Huy Ngọc", "position", "Chủ tịch") in rels
    assert ("Phan Huy Ngọc", "memberOf", "UBND tỉnh") in rels


def test_no_dominant_province_no_context_bodies():
    text = "Lãnh đạo UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh họp; UBND tỉnh sẽ báo cáo."
    found = analyze_text(text)
    assert not [c for c in found.ents + found.nested if c.source == "local-body-context"]
    assert dominant_place(found.ents + found.nested) is None


def test_a_body_named_with_its_place_is_left_to_the_name(nlp):
    text = "Tỉnh Nghệ An đón khách. Nghệ An có biển đẹp. Công an tỉnh Hà Tĩnh phối hợp với UBND tỉnh Nghệ An."
    doc = kg.nlp.annotate(nlp, text)
    assert "UBND tỉnh Nghệ An" in [e.text for e in doc.ents]


def test_english_provincial_committee(nlp):
    text = ("Tuyen Quang province held its Party congress. Tuyen Quang leaders said the province would grow. "
            "Phan Huy Ngoc, Chairman of the provincial People's Committee, spoke.")
    _, ex = _mentions(text, kg.nlp.load("en"), "en")
    assert ("provincial People's Committee", "Tuyen Quang Provincial People's Committee") in \
        {(m.text, m.name) for m in ex.mentions}


def test_a_provincial_department_stops_before_the_person_it_titles():
    # "Director of the provincial Department of X Nguyễn Minh Sơn": the department ends before the family name,
    # and the role is "Director", not "Director of the provincial Department"
    text = ("QUẢNG NINH — The Quảng Ninh People's Committee met on Monday. Director of the provincial Department "
            "of Agriculture and Environment Nguyễn Minh Sơn spoke. Director of the provincial Department of "
            "Science and Technology Bui Van Khang said.")
    _, ex = _mentions(text, kg.nlp.load("en"), "en")
    names = {m.name for m in ex.mentions if m.type == "Organization"}
    # (named with the article's own spelling of the province: "Quảng Ninh", as the tune golds write it)
    assert {"Quảng Ninh Department of Agriculture and Environment",
            "Quảng Ninh Department of Science and Technology"} <= names
    text_of = {m.id: m.text for m in ex.mentions}
    rels = {(text_of[r.subject], r.predicate, r.obj if isinstance(r.obj, str) else text_of[r.obj])
            for r in ex.relations}
    assert ("Nguyễn Minh Sơn", "position", "Director") in rels
    assert ("Bui Van Khang", "memberOf", "provincial Department of Science and Technology") in rels


def test_segmenter_words_stop_before_a_function_word():
    text = "Bí thư Tỉnh ủy Tuyên Quang nhiệm kỳ 2020"
    start = text.index("Tuyên")
    assert cut_at_stops(text, [(start, text.index(" 2020"))]) == [(start, start + len("Tuyên Quang"))]


def test_a_body_named_by_its_task_and_then_by_its_head_is_one_body(nlp):
    text = ("Quốc hội thành lập Ủy ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp. "
            "Ủy ban đã tổ chức lấy ý kiến. Ủy ban Thường vụ Quốc hội cho ý kiến.")
    doc, ex = _mentions(text, nlp)
    full = "Ủy ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp"
    orgs = [(m.text, m.name) for m in ex.mentions if m.type == "Organization"]
    assert (full, None) in orgs and ("Ủy ban", full) in orgs
    assert "Ủy ban Thường vụ Quốc hội" in [m.text for m in ex.mentions]
    assert "Ủy ban" not in [e.text for e in doc.ents]  # a reference read from context


def test_given_name_alone_is_the_person(nlp):
    from kg.resolve import resolve_article

    text = "Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, cho biết tỉnh đã sẵn sàng. Theo ông Hùng, Hùng sẽ kiểm tra."
    _, ex = _mentions(text, nlp)
    people = [e for e in resolve_article(ex).entities.values() if e.type == "Person"]
    assert [p.name for p in people] == ["Nguyễn Văn Hùng"]
    assert len(people[0].mentions) == 3

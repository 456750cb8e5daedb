"""Tests of kg.nlp.recognizers.document: Document-level context."""
from __future__ import annotations

from functools import partial

import kg.nlp
from kg.article import Article
from kg.corpus import iter_articles, sample_corpus_dir
from kg.extract import extract
from kg.resolve import resolve_article

from articlefacts import facts, graph_triples, resolved_entities, span_pairs


_triples = partial(graph_triples, published="2025-11-20")


def _kg(nlp, text, published="2027-02-10"):
    return span_pairs(nlp, text, published)


def _entities(text: str, published: str = "2031-05-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def test_provincial_department_is_the_dominant_provinces_and_states_no_topic():
    text = ("Bến Tre Province on Monday opened a coconut fair. Bến Tre expects 2 million visitors. The provincial "
            "Department of Science and Technology held a workshop on digital transformation in Bến Tre on Tuesday.")
    got = _triples(text)
    dept = [s for s, p, o in got if p == "organized" and "Department of Science and Technology" in s]
    assert dept and dept[0].split()[0] in ("Ben", "Bến")
    assert not any(p == "about" and "Department" in s for s, p, o in got)


def test_a_steering_committee_with_its_place_ends_before_the_verb(nlp):
    got = _kg(nlp, "Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum họp phiên thường kỳ.")
    assert ("Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum", "ORG") in got


def test_a_steering_board_named_in_lower_case_past_its_bridge_word():
    text = "Sáng 20/4, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Nam tổ chức lễ phát động tại thành phố Phủ Lý."
    got = facts(text, "2031-04-21")
    assert ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Nam", "about", "an toàn thực phẩm") in got
    # a capitalised name past the bridge is still the body-name grammar's: the name does not run into lower case
    ents = _entities("Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm họp ngày 3/4.")
    assert not any(n.startswith("Ban Chỉ đạo liên ngành về") for n, _ in ents)


def test_word_ends_with_the_compiled_syllable_pattern_equal_the_searches_by_text():
    import re

    from kg.nlp.recognizers.document import cut_at_stops, one_syllable
    from kg.nlp.recognizers.stages import Recognition
    from kg.nlp.tokenizer import segment_words

    for a in list(iter_articles([sample_corpus_dir()])) + [Article(id="x", text="Tỉnh  Tuyên Quang nhiệm kỳ\tmới, TP.HCM")]:
        spans = segment_words(a.text, "vi")
        plain: dict[int, int] = {}
        for ws, we in cut_at_stops(a.text, spans):
            if one_syllable(a.text[ws:we]):
                plain[ws] = we
                continue
            for m in re.finditer(r"\S+", a.text[ws:we]):
                plain[ws + m.start()] = we
        assert Recognition.start(a.text, "vi", None, None, spans).word_ends == plain


def _entities_20261120(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-11-20")
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published="2026-11-20"), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def test_the_possessive_names_the_body_of_the_article_s_province():
    got = _entities_20261120("Nghe An will build a deep-water port in Nghe An. The port will be the largest in Nghe An, "
                             "the province's People's Committee said on Monday.")
    committees = {name for t, name in got if t == "Organization"}
    assert len(committees) == 1 and next(iter(committees)).startswith("Nghe An")


def test_a_provincial_body_refers_back_to_the_one_named_with_its_place():
    got = facts("A truck overturned on the Khánh Lê pass in Khánh Hòa on Monday, the Khánh Hòa People's Committee "
                "said. Trần Minh Đức, chairman of the provincial People's Committee, visited Nha Trang. "
                "The Nha Trang hospital treated the driver.", "2026-01-10", "en")
    assert ("Trần Minh Đức", "memberOf", "Khánh Hòa People's Committee") in got
    assert not any(o == "People's Committee" for s, p, o in got)


def test_a_bare_department_in_an_article_about_one_province_is_that_provinces():
    text = ("Tỉnh Hà Tĩnh đẩy mạnh thu hút đầu tư. UBND tỉnh Hà Tĩnh vừa ban hành kế hoạch năm 2027. Giám đốc Sở Tài "
            "chính Lê Văn Khánh cho biết tỉnh Hà Tĩnh sẽ bố trí vốn. Sở Y tế và Sở Xây dựng Hà Tĩnh cùng tham gia.")
    got = {n for n, t in resolved_entities(text, "vi", "2026-12-01") if t == "Organization"}
    assert {"Sở Tài chính tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh", "Sở Xây dựng Hà Tĩnh"} <= got
    assert ("Lê Văn Khánh", "memberOf", "Sở Tài chính tỉnh Hà Tĩnh") in facts(text, "2026-12-01")
    # no province the article is about: the department stays as written
    other = "Bộ Y tế làm việc với Sở Y tế về phòng dịch."
    assert "Sở Y tế" in {n for n, t in resolved_entities(other, "vi", "2026-12-01") if t == "Organization"}


def test_a_body_named_by_its_task_ends_before_a_predicate(nlp):
    got = _kg(nlp, "Tổ kiểm tra của Hội đồng thẩm định quốc gia làm việc tại Bình Định trong hai ngày.")
    assert not any(t.endswith("làm việc") for t, _ in got)
    assert ("Hội đồng thẩm định quốc gia", "ORG") in got


def test_provincial_steering_board_named_by_its_listed_fields_and_place():
    text = ("Chiều 9/5, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Trị "
            "họp phiên thứ hai.")
    name = "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Trị"
    assert (name, "Organization") in resolved_entities(text)
    got = facts(text)
    assert (name, "about", "đổi mới sáng tạo") in got
    assert (name, "about", "chuyển đổi số") in got


def test_provincial_steering_board_name_stops_at_its_verb():
    text = "Ban Chỉ đạo về cải cách hành chính và chuyển đổi số tỉnh Bến Tre kiểm tra Sở Tài chính tỉnh Bến Tre."
    orgs = {n for n, t in resolved_entities(text) if t == "Organization"}
    assert "Ban Chỉ đạo về cải cách hành chính và chuyển đổi số tỉnh Bến Tre" in orgs
    assert not any(n.startswith("Ban Chỉ đạo") and "kiểm tra" in n for n in orgs)


def test_advisory_council_named_by_its_field_and_city():
    text = "Thành phố sẽ thành lập Hội đồng tư vấn về du lịch bền vững thành phố Đà Lạt nhằm hỗ trợ doanh nghiệp."
    name = "Hội đồng tư vấn về du lịch bền vững thành phố Đà Lạt"
    assert (name, "Organization") in resolved_entities(text)
    assert (name, "about", "du lịch bền vững") in facts(text)


def test_a_steering_board_named_by_a_list_of_fields_runs_to_its_short_name():
    from articlefacts import resolved_entities
    got = resolved_entities("Sáng 5/1, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân "
                            "bảo vệ an ninh Tổ quốc (Ban Chỉ đạo 138) tỉnh họp phiên thường kỳ.", "vi")
    assert any(t == "Organization" and n.startswith("Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và") for n, t in got)

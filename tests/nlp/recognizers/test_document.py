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


def test_a_sentence_opened_by_a_province_names_its_bare_department():
    text = ("Giá cà phê tăng mạnh tại các tỉnh Tây Nguyên. Tại Gia Lai, Sở Nông nghiệp và Môi trường đã hỗ trợ nông dân "
            "tái canh 5.000 ha cà phê.")
    assert ("Sở Nông nghiệp và Môi trường tỉnh Gia Lai", "Organization") in _entities(text)


def test_the_bare_bodies_of_a_paragraph_opened_by_a_province_are_its():
    text = ("Ngày 3/7, Bộ Nội vụ tổ chức hội nghị sơ kết tại Hà Nội.\n\nTại Tuyên Quang, xã Lũng Cú mới được thành lập. "
            "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Minh cho biết tỉnh đã điều động 120 công chức. Chủ tịch UBND "
            "tỉnh Hà Sơn Tùng kiến nghị sớm hướng dẫn.")
    got = facts(text, "2027-07-03")
    assert ("Nguyễn Văn Minh", "memberOf", "Tỉnh ủy Tuyên Quang") in got
    assert ("Nguyễn Văn Minh", "memberOf", "HĐND tỉnh Tuyên Quang") in got
    assert ("Hà Sơn Tùng", "memberOf", "UBND tỉnh Tuyên Quang") in got


def test_the_citys_peoples_committee_is_the_one_the_article_names():
    got = _triples("HCM CITY — The HCM City People's Committee has issued Directive 12/CT-UBND on fire safety. It "
                   "was signed by Nguyễn Văn Dũng, standing vice chairman of the city's People's Committee.")
    assert ("Nguyễn Văn Dũng", "memberOf", "HCM City People's Committee") in got
    assert ("Nguyễn Văn Dũng", "memberOf", "People's Committee") not in got


def test_a_city_of_the_article_s_province_does_not_compete_with_it():
    from kg.nlp.recognizers.candidates import Candidate
    from kg.nlp.recognizers.document import dominant_place

    def loc(gid: str) -> Candidate:
        return Candidate(0, 1, "LOC", 0, "gazetteer", gid=gid)

    # Khánh Hòa three times, its city Nha Trang twice: the article is about Khánh Hòa
    assert dominant_place([loc("khanh-hoa")] * 3 + [loc("nha-trang")] * 2).id == "khanh-hoa"
    # a city of another province still competes
    assert dominant_place([loc("khanh-hoa")] * 3 + [loc("vinh")] * 2) is None


def test_a_known_city_written_with_city_is_that_city():
    got = _triples("More than 300 delegates gathered in Cần Thơ City on Tuesday for the Mekong Delta Rice Forum 2026.",
                   lang="en")
    assert ("Mekong Delta Rice Forum 2026", "locatedIn", "Can Tho") in got


def test_a_body_named_with_its_province_then_with_the_bare_word_is_the_one_body():
    text = ("Hội Cựu chiến binh tỉnh Thái Nguyên tổ chức Đại hội đại biểu lần thứ VIII. Dự có ông Trịnh Việt Hùng, Bí thư "
            "Tỉnh ủy Thái Nguyên.\n\nĐại tá Lê Văn Thắng, Chủ tịch Hội Cựu chiến binh tỉnh khóa VII, phát biểu khai mạc.")
    assert ("Lê Văn Thắng", "memberOf", "Hội Cựu chiến binh tỉnh Thái Nguyên") in facts(text, "2026-11-25")


def test_a_provincial_body_before_its_officers_role_is_the_articles_province_body():
    got = facts("QUẢNG NGÃI — Quảng Ngãi Province opened a new port on Monday. The provincial People's Committee "
                "Chairman Nguyễn Văn Nam attended the ceremony.", "2026-11-20", lang="en")
    assert ("Nguyễn Văn Nam", "position", "Chairman") in got
    assert any(p == "memberOf" and o.startswith("Quảng Ngãi") for s, p, o in got if s == "Nguyễn Văn Nam")


def test_the_provincial_department_of_the_one_province_an_article_names_once():
    text = ("Farmers in the Mekong Delta province of Ca Mau have started harvesting shrimp. The scheme records every "
            "pond, said Le Van Su, deputy director of the provincial Department of Agriculture and Environment.")
    got = facts(text, "2026-12-03", "en")
    assert ("Le Van Su", "memberOf", "Ca Mau Department of Agriculture and Environment") in got
    # with two provinces named, "the provincial department" is neither's
    got = facts("Floods hit Quang Ngai and Binh Dinh provinces on Monday. Le Van Su, director of the provincial "
                "Department of Health, said 300 homes were flooded.", "2026-12-03", "en")
    assert not any(f[1] == "memberOf" and ("Quang Ngai" in f[2] or "Binh Dinh" in f[2]) for f in got)


def test_a_district_body_named_then_bare_is_that_body():
    text = ("Ngày 19/3, UBND huyện Bảo Lâm, tỉnh Cao Bằng tổ chức khai mạc Ngày hội Văn hóa các dân tộc năm 2032. "
            "Để cụ thể hóa Nghị quyết số 05-NQ/HU của Huyện ủy Bảo Lâm, UBND huyện đã ban hành Kế hoạch số 36/KH-UBND.")
    got = facts(text, "2032-03-20")
    assert ("UBND huyện Bảo Lâm", "issued", "Kế hoạch số 36/KH-UBND") in got
    assert ("Kế hoạch số 36/KH-UBND", "implements", "Nghị quyết số 05-NQ/HU") in got


def test_two_district_bodies_of_a_kind_or_a_plural_leave_the_bare_one_unresolved():
    text = ("UBND huyện Bảo Lâm và UBND huyện Bảo Lạc ký kết hợp tác phát triển du lịch. "
            "UBND huyện đã ban hành Kế hoạch số 36/KH-UBND.")
    assert not any(p == "issued" for _, p, _ in facts(text, "2032-03-20"))


def test_a_plural_of_district_bodies_is_the_kind():
    from kg.nlp.recognizers.candidates import Candidate
    from kg.nlp.recognizers.document import unit_bodies

    for text, found in (("UBND xã Lý Bôn tổ chức hội nghị. Các UBND xã đã rà soát hộ nghèo.", []),
                        ("UBND xã Lý Bôn tổ chức hội nghị. UBND xã đã rà soát hộ nghèo.", ["UBND xã Lý Bôn"])):
        got = unit_bodies(text, [Candidate(0, len("UBND xã Lý Bôn"), "ORG", 60, "org-head")], [])
        assert [c.meta["name"] for c in got] == found

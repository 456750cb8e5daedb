"""Vietnamese news constructions of issue 9's eighth round, on sentences written for these tests (other
names, places and fields than the tune articles): new policy-field topics and venue heads."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.name, e.type) for e in res.entities.values()}


def test_new_field_topics_are_topics_and_subjects_of_the_events_named_for_them():
    got = facts("Sáng 2/3, Sở Y tế tỉnh Vĩnh Long tổ chức Hội nghị triển khai công tác phòng, chống sốt xuất huyết "
                "năm 2027.", "2027-03-10")
    assert any(p == "about" and o == "sốt xuất huyết" for s, p, o in got)
    ents = _entities("Các trường đã đưa giáo dục STEM vào giờ học chính khóa. Huyện cũng trồng thêm 40 ha rừng "
                     "ngập mặn và mở lớp về ghép tạng cho bác sĩ.")
    assert {("giáo dục STEM", "Topic"), ("ghép tạng", "Topic")} <= ents


def test_a_political_centre_and_an_urban_area_open_named_venues():
    got = facts("Sáng 7/3, tại Trung tâm Chính trị huyện, Huyện ủy Cam Lâm tổ chức Hội nghị học tập chuyên đề "
                "năm 2027.", "2027-03-10")
    assert any(p == "locatedIn" and o.startswith("Trung tâm Chính trị") for s, p, o in got)
    ents = _entities("Dự án được xây dựng tại Khu đô thị Tây Hồ Tây, quận Bắc Từ Liêm.")
    assert ("Khu đô thị Tây Hồ Tây", "Place") in ents

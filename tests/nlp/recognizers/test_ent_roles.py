"""Tests of kg.nlp.recognizers.ent_roles:
The flat NER view's labels where a name's kind depends on its slot (``doc.ents`` only)."""
from __future__ import annotations

from articlefacts import flat_names as ents


def test_theatre_by_slot(nlp):
    assert ents(nlp, "Nhà hát Múa rối Thăng Long công diễn vở mới.") == [("Nhà hát Múa rối Thăng Long", "ORG")]
    assert ents(nlp, "Đêm nhạc diễn ra tại Nhà hát Lớn Hà Nội.") == [("Nhà hát Lớn Hà Nội", "LOC")]
    # the graph keeps the venue whatever the slot
    doc = nlp("Nhà hát Múa rối Thăng Long công diễn vở mới.")
    assert [(s.text, s.label_) for s in doc.spans["kg"]] == [("Nhà hát Múa rối Thăng Long", "LOC")]


def test_language_is_no_place(nlp):
    assert ents(nlp, "Cuốn sách được dịch sang tiếng Pháp và phát hành ở Pháp.") == [("Pháp", "LOC")]


def test_brand_head_outside_the_name(nlp):
    assert ents(nlp, "Hãng tin Kyodo dẫn lời một quan chức.") == [("Kyodo", "ORG")]
    assert ents(nlp, "Hãng Toyota triệu hồi 10.000 xe.") == [("Toyota", "ORG")]


def test_country_police_is_the_country(nlp):
    assert ents(nlp, "Cảnh sát Indonesia đã bắt giữ hai nghi phạm.") == [("Indonesia", "LOC")]
    assert ents(nlp, "Cảnh sát biển Việt Nam tuần tra trên vùng biển.")[0] == ("Cảnh sát biển Việt Nam", "ORG")
    assert ents(nlp, "Hãng thông tấn Kyodo đưa tin.") == [("Kyodo", "ORG")]


def test_journals_in_the_flat_view_only(nlp):
    doc = nlp("Kết quả được công bố trên tạp chí Science Advances.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Science Advances", "ORG")]
    assert [s.text for s in doc.spans["kg"] if s.label_ == "ORG"] == []  # the graph leaves journals out
    assert ents(nlp, "Theo tạp chí Time, bà là nhân vật của năm.") == [("Time", "ORG")]

"""Tests of kg.nlp.recognizers.ward_bodies: a ward's body written bare after the article named it in full."""
from __future__ import annotations

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.ward_bodies import ward_body_candidates


def _org(text: str, s: str) -> Candidate:
    i = text.index(s)
    return Candidate(i, i + len(s), "ORG", 61, "org-local")


def test_bare_ward_body_is_the_one_named_in_full():
    text = "UBND xã Tân Phú họp. Kế hoạch do Chủ tịch UBND xã Trần Văn Bình ký."
    got = ward_body_candidates(text, [_org(text, "UBND xã Tân Phú")])
    assert [(text[c.start:c.end], c.meta["name"]) for c in got] == [("UBND xã", "UBND xã Tân Phú")]


def test_two_wards_leave_the_bare_body_unnamed():
    text = "UBND xã Tân Phú và UBND xã Phú Lộc họp. Kế hoạch do Chủ tịch UBND xã Trần Văn Bình ký."
    got = ward_body_candidates(text, [_org(text, "UBND xã Tân Phú"), _org(text, "UBND xã Phú Lộc")])
    assert got == []


def test_a_cooperative_is_no_commune_body():
    text = "Liên minh Hợp tác xã Việt Nam họp. Các Hợp tác xã Phú Lộc tham dự."
    got = ward_body_candidates(text, [_org(text, "Liên minh Hợp tác xã Việt Nam")])
    assert got == []

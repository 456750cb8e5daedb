"""Tests of kg.relations.ref_titles: position and memberOf from a title whose body is written as a reference."""
from __future__ import annotations

from functools import partial

from articlefacts import graph_triples


_triples = partial(graph_triples, published="2025-11-20")


def test_title_of_the_committee_before_a_name():
    got = _triples("The National Assembly's Committee for Social Affairs on Monday held a meeting in Hà Nội. Vice "
                   "Chairwoman of the committee Đặng Thị Mai Hương said the draft was ready.")
    assert any(s == "Đặng Thị Mai Hương" and p == "memberOf" and "Social Affairs" in o
               for s, p, o in got)

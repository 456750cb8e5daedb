"""English round 11, batch 5: facilities in lower case, title-case names through "in the
Construction of", two-word draft subjects, signers named with their title's body, named parades."""
from functools import partial

from articlefacts import graph_triples, kg_spans

_spans = partial(kg_spans, published="2025-05-10")
_triples = partial(graph_triples, published="2025-05-10")


def test_facilities_and_long_agreement_names():
    got = _spans("The Agreement on Cooperation in the Construction of the Ninh Thuan 1 Nuclear Power Plant was signed. "
                 "Work on the Nam Kong 3 hydropower plant goes on. The ministry is drafting a decree on nuclear "
                 "safety and radiation control to guide the law.")
    assert ("POLICY", "Agreement on Cooperation in the Construction of the Ninh Thuan 1 Nuclear Power Plant") in got
    assert ("LOC", "Nam Kong 3 hydropower plant") in got
    assert ("POLICY", "decree on nuclear safety and radiation control") in got


def test_signer_after_a_title_with_its_body_in_words_and_a_place_before_by():
    got = _triples("The Law on Energy was signed in the Kremlin by Minister of Industry and Trade Nguyen Hong Dien.")
    assert any(p == "signed" and s == "Nguyen Hong Dien" for s, p, o in got)


def test_named_parade_is_an_event():
    got = _triples("To Lam attended the Victory Day parade in Red Square on Friday.")
    assert any(p == "participatedIn" and o == "Victory Day parade" for s, p, o in got)

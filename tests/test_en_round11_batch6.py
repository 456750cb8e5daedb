"""English round 11, batch 6: steering committees keep their subject, plural-unit place lists,
named summits, exchanges as bodies, parents named in an apposition."""
from functools import partial

from articlefacts import graph_triples, kg_spans

_spans = partial(kg_spans, published="2025-09-29")
_triples = partial(graph_triples, published="2025-09-29")


def test_steering_committee_is_about_its_subject():
    got = _triples("The Lao Cai Provincial Steering Committee for Natural Disaster Prevention, Search and Rescue on "
                   "Sunday ordered the evacuation of 1,300 households.")
    assert any(p == "about" and s.startswith("Lao Cai Provincial Steering") for s, p, o in got)


def test_places_listed_before_a_plural_unit_word():
    got = _spans("They evacuated households in Mu Cang Chai, Tram Tau and Van Chan communes after rain.")
    assert [t for lab, t in got if lab == "LOC"] == ["Mu Cang Chai", "Tram Tau", "Van Chan"]


def test_named_summit_and_exchange():
    got = _spans("He welcomed the results of the Cambodia-Laos-Vietnam summit held in Vientiane. The Vietnam "
                 "Exchange will list its shares.")
    assert ("EVENT", "Cambodia-Laos-Vietnam summit") in got and ("ORG", "Vietnam Exchange") in got


def test_parent_named_in_an_apposition():
    got = _triples("The Vietnam Exchange, the parent of the Ho Chi Minh City Stock Exchange (HOSE) and the Hanoi "
                   "Stock Exchange, is preparing to list its own shares.")
    subs = {s for s, p, o in got if p == "subOrganizationOf" and o == "Vietnam Exchange"}
    assert len(subs) == 2 and "Hanoi Stock Exchange" in subs  # the HOSE label is the gazetteer's


def test_numbered_company_and_declaration():
    got = _spans("The Ho Chi Minh City Urban Railway Company No. 1 (HURC1) will add trips. Leaders signed the "
                 "Declaration on the Admission of Timor-Leste into ASEAN with the other leaders.")
    assert ("ORG", "Ho Chi Minh City Urban Railway Company No. 1") in got
    assert ("POLICY", "Declaration on the Admission of Timor-Leste into ASEAN") in got


def test_implemented_instruments_past_possessive_issuers():
    got = _triples("Under Decision No. 4120/QD-UBND, signed by Vice Chairman Bui Xuan Cuong on November 20, the "
                   "company will add trips. The decision implements the Government's Resolution No. 80/NQ-CP on "
                   "developing the night-time economy and the city's Urban Railway Development Plan.")
    targets = {o for s, p, o in got if p == "implements"}
    assert "Urban Railway Development Plan" in targets and len(targets) == 2

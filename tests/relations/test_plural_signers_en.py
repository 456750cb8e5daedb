"""Tests of kg.relations.plural_signers_en: "the two ministers signed …" names the two ministers named before."""
from __future__ import annotations

from articlefacts import graph_triples

TALKS = ("Minister of Industry and Trade Nguyễn Hồng Diên held talks with Malaysian Minister of Investment, Trade and "
         "Industry Tengku Zafrul Aziz in Kuala Lumpur on Monday. ")


def test_the_two_ministers_are_the_two_ministers_named_before():
    text = TALKS + "After the talks, the two ministers signed a memorandum of understanding on halal food trade."
    got = graph_triples(text, "en", "2026-02-03")
    signed = {s for s, p, o in got if p == "signed" and o == "memorandum of understanding on halal food trade"}
    assert len(signed) == 2 and any("Diên" in x or "Dien" in x for x in signed)


def test_two_officials_of_another_role_sign_nothing_by_this_rule():
    text = TALKS + "After the talks, the two governors signed a memorandum of understanding on halal food trade."
    got = graph_triples(text, "en", "2026-02-03")
    assert not any(p == "signed" for s, p, o in got)

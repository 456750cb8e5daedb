"""English round 11, batch 4 mechanisms: units described in an apposition, buildings as venues,
title-case names through "in the Field of", two-noun draft subjects, venues past the organisers."""
from functools import partial

from kg.nlp.recognizers.drafts_en import draft_candidates
from kg.relations.organizations import _described_unit
from articlefacts import graph_triples, kg_spans

_spans = partial(kg_spans, published="2025-11-04")
_triples = partial(graph_triples, published="2025-11-04")


def test_described_unit_apposition():
    assert _described_unit(", the electric vehicle arm of ")
    assert _described_unit(", a wholly owned subsidiary of the ")
    assert not _described_unit(", the largest customer of ")


def test_buildings_are_venues_and_mou_name_runs_through_in_the_field_of():
    got = _spans("They met at the Government Complex and the Lotte Hotel in Seoul and signed the Vietnam-Korea "
                 "Memorandum of Understanding on Cooperation in the Field of Critical Minerals and an agreement on trade.")
    assert ("LOC", "Government Complex") in got and ("LOC", "Lotte Hotel") in got
    assert ("POLICY", "Vietnam-Korea Memorandum of Understanding on Cooperation in the Field of Critical Minerals") in got


def test_draft_subject_keeps_a_last_pair_of_nouns():
    text = "He asked them to finish the draft decree on incentives for electric vehicle makers and buyers before May."
    assert [text[c.start:c.end] for c in draft_candidates(text)] == [
        "draft decree on incentives for electric vehicle makers and buyers"]


def test_venue_past_the_organisers():
    got = _triples("Chinh also attended the Vietnam-Korea Business Forum organised by the Korea Chamber of Commerce "
                   "and Industry (KCCI) and the Ministry of Finance at the Lotte Hotel in Seoul on Monday.")
    assert any(p == "locatedIn" and "Forum" in s and "Lotte" in o for s, p, o in got)

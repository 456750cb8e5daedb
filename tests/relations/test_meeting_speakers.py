"""Tests of kg.relations.meeting_speakers: the speakers of a meeting report and the bodies whose representatives
present at it."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text

from articlefacts import facts, graph_triples


def _triples_on(text: str, published: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _triples_20251129(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_the_minister_presenting_the_draft_speaks_at_the_session():
    got = _triples_on("HÀ NỘI — The National Assembly Standing Committee on Monday opened its 53rd session in Hà Nội. "
                   "Lawmakers discussed a draft law on water. Presenting the draft, Minister of Agriculture and "
                   "Environment Trần Đức Thắng said the law would protect rivers.", "2025-12-05")
    assert ("Trần Đức Thắng", "participatedIn", "53rd session") in got
    got = _triples_on("HÀ NỘI — The National Assembly Standing Committee on Monday opened its 53rd session in Hà Nội. "
                   "Lawmakers discussed a draft law on water. In a statement, Minister of Agriculture and "
                   "Environment Trần Đức Thắng said the law would protect rivers.", "2025-12-05")
    assert ("Trần Đức Thắng", "participatedIn", "53rd session") not in got


def test_representatives_who_present_at_the_event_take_part():
    text = ("The State Bank of Vietnam held a conference on green credit in Đà Lạt on Friday. Representatives of "
            "Agribank and MoMo presented their plans for farm loans.")
    assert ("MoMo", "participatedIn", "conference on green credit") in _triples_20251129(text)
    # "said" may report a statement made elsewhere
    text = ("The State Bank of Vietnam held a conference on green credit in Đà Lạt on Friday. Representatives of "
            "MoMo said the loans would help farmers.")
    assert ("MoMo", "participatedIn", "conference on green credit") not in _triples_20251129(text)


def test_a_speaker_presenting_after_a_meeting_spoke_at_it_but_not_a_bare_quote():
    meeting = ("On Tuesday, Deputy Prime Minister Mai Van Chinh chaired a working session in Can Tho with the Can Tho "
               "City People's Committee. ")
    got = facts(meeting + "Presenting the report, Vice Chairman of the Can Tho City People's Committee Truong Canh "
                "Tuyen said the city would finish the bridge this year. Last month, Director Le Van Ba said the road "
                "was late.", "2025-03-06", "en")
    assert ("Truong Canh Tuyen", "participatedIn", "working session") in got
    assert ("Le Van Ba", "participatedIn", "working session") not in got
    # quoted bare, an official may have told the paper anywhere (the tune golds leave such quotes out)
    got = facts(meeting + "Vice Chairman of the Can Tho City People's Committee Truong Canh Tuyen said the city would "
                "finish the bridge this year.", "2025-03-06", "en")
    assert ("Truong Canh Tuyen", "participatedIn", "working session") not in got


# ----------------------------------------------------------------------------- places and instruments

def test_rivers_and_numbered_industrial_parks_are_places_not_people():
    got = _ents("Factories in Tan Phu Trung 2 Industrial Park discharged waste into the Sai Gon River.")
    assert ("Tan Phu Trung 2 Industrial Park", "LOC") in got
    assert ("Sai Gon River", "LOC") in got
    assert not any(label == "PER" for _, label in got)

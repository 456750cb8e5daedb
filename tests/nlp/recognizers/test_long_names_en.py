"""Tests of English names that ran short or were missed: hyphenated company units and their Vietnamese
arms (kg.nlp.recognizers.companies), "University of … at <city>" (organisations_en), names with a number
or "&" (org_segments_en), players after a scoring phrase (scorers_en) and speakers with a role in
apposition (speakers_en)."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_a_hyphenated_unit_and_its_vietnamese_arm():
    got = _ents("Samsung Electro-Mechanics Việt Nam will invest US$500 million in its factory.")
    assert ("Samsung Electro-Mechanics Việt Nam", "ORG") in got
    assert ("Samsung Electro-Mechanics", "ORG") in _ents("The parent, Samsung Electro-Mechanics, makes capacitors.")


def test_a_university_named_after_its_seat():
    got = _ents("The University of Medicine and Pharmacy at Hồ Chí Minh City signed an agreement on Thursday.")
    assert ("University of Medicine and Pharmacy at Hồ Chí Minh City", "ORG") in got
    got = _ents("A seminar was held at the University of Transport at Hà Nội.")
    assert ("University of Transport at Hà Nội", "ORG") in got
    # a seat that is no known city stays out of the name
    assert ("University of Hawaii", "ORG") in _ents("She studied at the University of Hawaii at Manoa.")


def test_names_with_a_number_or_an_ampersand():
    assert ("Nhan Dan 115 Hospital", "ORG") in _ents("Nhan Dan 115 Hospital admitted him on Monday.")
    assert ("Hà Nội T&T Club", "ORG") in _ents("He joined Hà Nội T&T Club in 2010.")


def test_a_player_after_a_scoring_phrase():
    got = _ents("Hà Nội FC took the lead in the 20th minute through Joel Tagueu, who headed in a cross.")
    assert ("Joel Tagueu", "PER") in got
    assert ("Kim Min-jae", "PER") in _ents("Korea won the match 2-0 with a goal from Kim Min-jae.")
    # a place after "through" is no player, and outside a match report the phrase says nothing
    assert ("Hà Nội Province", "PER") not in _ents("Fans travelled through Hà Nội Province for the football season.")
    assert not any(label == "PER" for _, label in _ents("Goods are shipped through Hải Phòng Port every week."))


def test_a_speaker_with_a_role_in_apposition():
    got = _ents("The bank will lend $80 million, said Shantanu Chakraborty, ADB country director for Việt Nam.")
    assert ("Shantanu Chakraborty", "PER") in got


def test_a_name_joined_to_an_industries_company():
    got = _ents("Hyosung Heavy Industries and SK Ecoplant also presented plans at the meeting.")
    assert ("Hyosung Heavy Industries", "ORG") in got and ("SK Ecoplant", "ORG") in got


def test_a_known_field_pair_after_a_field_with_and():
    got = _ents("The provincial Steering Committee for Natural Disaster Prevention and Search and Rescue met on Monday.")
    assert ("Steering Committee for Natural Disaster Prevention and Search and Rescue", "ORG") in got
    # a second "and" that is no known pair still closes the name
    got = _ents("The Ministry of Industry and Trade and Vietnam Airlines signed a deal.")
    assert ("Ministry of Industry and Trade", "ORG") in got and ("Vietnam Airlines", "ORG") in got

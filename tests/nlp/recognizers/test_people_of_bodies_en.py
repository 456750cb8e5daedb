"""Tests of kg.nlp.recognizers.people_of_bodies_en: a person, "of (the)", and the body, in English copy."""
from __future__ import annotations

from articlefacts import facts, kg_spans


def _spans(text: str) -> list[tuple[str, str]]:
    return kg_spans(text, "en", "2026-02-02")


def test_an_occupation_before_name_of_body_splits_the_person_from_the_body():
    spans = _spans("The award went to Dutch marine biologist Anna de Vries of the Royal Netherlands Institute "
                   "for Sea Research and Thai chemist Somchai Wongsa of Mahidol University.")
    assert ("ORG", "Royal Netherlands Institute for Sea Research") in spans
    assert ("ORG", "Mahidol University") in spans
    assert not any(label == "ORG" and ("Vries" in t or "Somchai" in t) for label, t in spans)
    assert not any("Institute for Sea Research and Thai" in t for _, t in spans)


def test_an_academic_rank_before_name_of_body_gives_the_person_and_membership():
    got = facts("Professor Thomas Berg of the University of Oslo said the samples were clean.", lang="en",
                published="2026-02-02")
    assert ("Thomas Berg", "memberOf", "University of Oslo") in got
    assert ("Thomas Berg", "position", "Professor") in got


def test_a_body_word_before_of_keeps_the_name_whole_after_an_occupation_noun():
    spans = _spans("Shares were bought by the American investor Pacific Partners of California last week.")
    assert ("ORG", "Pacific Partners of California") in spans
    assert not any(label == "PER" for label, _ in spans)


def test_a_nationality_alone_or_counted_is_no_person():
    from kg.nlp.recognizers.people_of_bodies_en import nationality_phrase
    assert nationality_phrase("South Korean") and nationality_phrase("Eight Vietnamese")
    assert not nationality_phrase("Kim Ha-neul") and not nationality_phrase("Korean Film Council")
    spans = _spans("South Korean boy band NovaLine will tour Asia in May.")
    assert not any(label == "PER" for label, _ in spans)


def test_a_role_before_a_name_and_another_body_splits_the_person_from_the_body():
    spans = _spans("The jury included Lotus Capital partner Mark Ellis and Hanoi Ventures co-founder Lê Thu Hà.")
    assert ("PER", "Mark Ellis") in spans and ("ORG", "Hanoi Ventures") in spans
    assert not any(label == "ORG" and "Ellis" in t for label, t in spans)


def test_a_known_given_name_before_of_the_body_is_a_person():
    spans = _spans("The laureates are Martin Green of the University of New South Wales and others.")
    assert ("PER", "Martin Green") in spans
    assert ("ORG", "University of New South Wales") in spans

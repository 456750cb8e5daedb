"""Lower-case English events whose noun names an event only with its complement ("visit to X")."""
from kg.nlp.recognizers.events_en import english_event_candidates


def _spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in english_event_candidates(text)]


def test_visit_with_its_destination_is_an_event():
    assert "visit to Kuala Lumpur" in _spans("The partnership was set up during To Lam's visit to Kuala Lumpur in 2024.")


def test_bare_visit_is_not_an_event():
    assert _spans("The visit was short, and the visit ended early.") == []

"""Lower-case English events whose noun names an event only with its complement ("visit to X")."""
from kg.nlp.recognizers.events_en import english_event_candidates


def _spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in english_event_candidates(text)]


def test_visit_with_its_destination_is_an_event():
    assert "visit to Kuala Lumpur" in _spans("The partnership was set up during To Lam's visit to Kuala Lumpur in 2024.")


def test_bare_visit_is_not_an_event():
    assert _spans("The visit was short, and the visit ended early.") == []


def test_lower_case_subject_and_name_modifiers_stay_in_the_name():
    text = "Chinh was chairing an online national conference on social housing development, which connected 34 provinces."
    assert "online national conference on social housing development" in _spans(text)
    assert "workshop on climate-smart rice farming" in _spans(
        "IRRI will hold a workshop on climate-smart rice farming at the Dong Thap Convention Centre.")


def test_date_after_on_is_no_subject_and_a_venue_is_no_event():
    assert _spans("They met at a seminar on Thursday.") == ["seminar"]
    assert _spans("The session was held at the provincial conference centre in Vinh.") == []


def test_ordinal_session_is_its_own_event():
    out = english_event_candidates("The bill goes to the National Assembly at its tenth session, which opens on October 20.")
    assert [(c.ref, c.meta["kind"]) for c in out] == [(False, "session")]
    assert english_event_candidates("The session was long.") == []


def test_verb_after_a_lower_case_subject_ends_the_event_name():
    from articlefacts import facts

    got = facts("A seminar on protecting children online took place in Hanoi on Thursday, co-hosted by the "
                "Ministry of Information and Communications and UNICEF.", "2025-11-14", lang="en")
    assert ("seminar on protecting children online", "locatedIn", "Hanoi") in got
    got = facts("A workshop on renewable energy opened in Can Tho yesterday.", "2025-11-14", lang="en")
    assert ("workshop on renewable energy", "locatedIn", "Can Tho") in got

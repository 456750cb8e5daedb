"""Tests of kg.relations.pronouns: English."""
from __future__ import annotations

from articlefacts import facts


def test_he_is_a_member_of_the_body():
    text = ("Ho Van Nien was appointed Secretary of the Gia Lai Provincial Party Committee for the 2020-2025 term. "
            "He is a member of the Party Central Committee.")
    got = facts(text, lang="en")
    assert ("Ho Van Nien", "memberOf", "Party Central Committee") in got
    assert ("Ho Van Nien", "memberOf", "Gia Lai Provincial Party Committee") in got
    past = text.replace("He is a member", "He was a member")
    assert ("Ho Van Nien", "memberOf", "Party Central Committee") not in facts(past, lang="en")

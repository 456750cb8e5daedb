"""kg.relations.owned_refs_en: "the Government's resolution" names again the resolution its code says the
Government issued."""
from __future__ import annotations

from articlefacts import facts


def test_the_owner_picks_the_instrument_its_code_names():
    text = ("The Politburo issued Resolution 59-NQ/TW last year. The Government then issued Resolution 218/NQ-CP. "
            "A ministry said Resolution 59-NQ/TW would help. The Đà Nẵng People's Committee issued Plan 402/KH-UBND "
            "to put the Government's resolution into practice.")
    got = facts(text, "2026-12-07", "en")
    assert ("Plan 402/KH-UBND", "implements", "Resolution 218/NQ-CP") in got
    assert ("Plan 402/KH-UBND", "implements", "Resolution 59-NQ/TW") not in got


def test_an_owner_with_no_instrument_of_its_own_takes_none_of_another_issuer():
    text = ("The Government issued Resolution 218/NQ-CP. The Đà Nẵng People's Committee issued Plan 402/KH-UBND to "
            "put the Politburo's resolution into practice.")
    assert not any(p == "implements" for s, p, o in facts(text, "2026-12-07", "en"))

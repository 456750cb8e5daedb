"""English entity boundaries: "X and the Y Committee" is two names; "Attapeu Province" is a place."""
from functools import partial

from articlefacts import kg_spans

_spans = partial(kg_spans, published="2025-10-10")


def test_and_the_starts_a_new_body():
    got = _spans("Officials from Savannakhet Province and the Quang Ninh Province People's Committee came.")
    assert ("ORG", "Quang Ninh Province People's Committee") in got
    assert ("LOC", "Savannakhet Province") in got


def test_field_pair_stays_one_body():
    assert ("ORG", "Natural Resources and Environment Department") in _spans(
        "The Natural Resources and Environment Department said so.")

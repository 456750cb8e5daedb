"""kg.relations.lede_instruments_en: an instrument told by its kind in a lede, named in the next sentence."""
from __future__ import annotations

from articlefacts import facts


def test_the_body_after_by_issued_the_instrument_the_next_sentence_names():
    text = ("Farmers will get cheaper loans under a decree issued by the Government on Monday. Decree 12/2026/ND-CP "
            "also lets banks extend repayments.")
    got = facts(text, "2026-12-09", "en")
    assert ("Government", "issued", "Decree 12/2026/ND-CP") in got
    assert ("Decree 12/2026/ND-CP", "date", "2026-12-07") in got


def test_a_level_word_before_the_body_and_the_day_after_it():
    text = ("Tea growers in Thai Nguyen will be paid under a resolution passed by the provincial People's Council on "
            "Thursday. Resolution 25/2026/NQ-HDND sets aside money for cooperatives.")
    got = facts(text, "2026-12-07", "en")
    assert ("Resolution 25/2026/NQ-HDND", "date", "2026-12-03") in got
    assert any(p == "issued" and o == "Resolution 25/2026/NQ-HDND" for s, p, o in got)


def test_an_instrument_of_another_kind_or_named_before_is_not_the_one_told():
    text = ("Farmers will get cheaper loans under a decree issued by the Government on Monday. Circular "
            "12/2026/TT-NHNN also lets banks extend repayments.")
    assert not any(p == "issued" and o.startswith("Circular") for s, p, o in facts(text, "2026-12-09", "en"))

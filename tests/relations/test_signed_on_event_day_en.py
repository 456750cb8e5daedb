"""Tests of kg.relations.signed_on_event_day_en: an instrument signed in a sentence with no day of its own takes the
day of the event dated just before."""
from __future__ import annotations

from articlefacts import facts


def test_a_memorandum_signed_after_dated_talks_is_dated_that_day():
    got = facts("Deputy Prime Minister Tran Hong Ha held talks with Australian Minister Madeleine King in Hanoi on "
                "Wednesday. The two ministers signed a memorandum of understanding on critical minerals supply chains.",
                "2026-12-06", "en")
    assert ("memorandum of understanding on critical minerals supply chains", "date", "2026-12-02") in got
    got = facts("The Vietnam-Japan Business Forum took place in Tokyo on December 3. The agreement on recycled polyester "
                "was signed by the two chairmen.", "2026-12-06", "en")
    assert ("agreement on recycled polyester", "date", "2026-12-03") in got


def test_a_signing_told_at_another_time_is_not_dated_by_the_event():
    got = facts("The Vietnam-Japan Business Forum took place in Tokyo on December 3. Vinatex said it had signed an "
                "agreement on recycled polyester in 2024.", "2026-12-06", "en")
    assert not any(p == "date" and s.startswith("agreement") for s, p, o in got)
    got = facts("The Vietnam-Japan Business Forum took place in Tokyo on December 3. The firms will sign an agreement "
                "on recycled polyester next year.", "2026-12-06", "en")
    assert not any(p == "date" and s.startswith("agreement") for s, p, o in got)

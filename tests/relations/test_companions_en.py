"""Tests of kg.relations.companions_en: English."""
from __future__ import annotations

from articlefacts import facts


def test_a_body_that_told_or_joined_the_event_took_part():
    got = facts("The Cần Thơ City People's Council on Thursday opened its 25th session. The Cần Thơ Department of "
                "Finance told the session that revenue had risen 12 percent.", "2025-12-18", lang="en")
    assert ("Cần Thơ Department of Finance", "participatedIn", "25th session") in got
    got = facts("The Hà Nội People's Court on Monday opened a trial of 12 bank officials. The State Bank of Việt "
                "Nam's Anti-Money Laundering Department joined the trial as a related party.", "2025-12-18", lang="en")
    assert any(s.startswith("Anti-Money Laundering") and p == "participatedIn" for s, p, o in got)

"""English attendance from the eleventh session's lead: "Addressing the forum, X …", lists opened by
"Speakers included" / "Among the guests were", and a titled person before "and" and a body's name
("Ambassador Ito Naoki and World Bank Country Director …"); on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts

LEAD = "The Vietnam Logistics Forum 2025 opened in Hanoi on Thursday. "
FORUM = "Vietnam Logistics Forum 2025"


def _took_part(got) -> set[str]:
    return {s for s, p, o in got if p == "participatedIn" and o == FORUM}


def test_addressing_the_event_named_before():
    got = facts(LEAD + "Addressing the forum, Deputy Prime Minister Bui Thanh Son urged firms to cut costs.",
                "2025-11-14", lang="en")
    assert _took_part(got) == {"Bui Thanh Son"}


def test_lists_of_speakers_and_guests():
    got = facts(LEAD + "Speakers at the forum included economist Tran Dinh Thien and Deputy Minister Phan Thi Thang.",
                "2025-11-14", lang="en")
    assert _took_part(got) == {"Tran Dinh Thien", "Phan Thi Thang"}
    got = facts(LEAD + "Among the guests were Japanese Ambassador Ito Naoki and World Bank Country Director Mariam "
                "Sherman.", "2025-11-14", lang="en")
    assert _took_part(got) == {"Ito Naoki", "Mariam Sherman"}
    assert ("Mariam Sherman", "memberOf", "World Bank") in got

"""English organisers from the eleventh session's lead: a partner after "in coordination with", the
progressive "is organising", and lists of organisers ("Co-organisers of X included …"); on sentences
written for these tests."""
from __future__ import annotations

from test_extract import facts

FORUM = "Vietnam Diplomatic Forum 2025"


def _organisers(got) -> set[str]:
    return {s for s, p, o in got if p == "organized" and o == FORUM}


def test_partner_in_coordination_and_the_progressive():
    got = facts("The Ministry of Foreign Affairs, in coordination with the Ho Chi Minh City People's Committee, held "
                "the Vietnam Diplomatic Forum 2025 on Thursday.", "2025-11-14", lang="en")
    assert _organisers(got) == {"Ministry of Foreign Affairs", "Ho Chi Minh City People's Committee"}
    got = facts("The Ministry of Foreign Affairs is organising the Vietnam Diplomatic Forum 2025.", "2025-11-14",
                lang="en")
    assert _organisers(got) == {"Ministry of Foreign Affairs"}


def test_lists_of_organisers():
    got = facts("Co-organisers of the Vietnam Diplomatic Forum 2025 included UNDP and the Japan International "
                "Cooperation Agency.", "2025-11-14", lang="en")
    assert _organisers(got) == {"United Nations Development Programme", "Japan International Cooperation Agency"}
    got = facts("The Vietnam Diplomatic Forum 2025 opened on Thursday. The organisers were the Ministry of Foreign "
                "Affairs and UNDP.", "2025-11-14", lang="en")
    assert _organisers(got) == {"Ministry of Foreign Affairs", "United Nations Development Programme"}
    # people among organisers' staff are no list of bodies
    got = facts("The Vietnam Diplomatic Forum 2025 opened on Thursday. The organisers said 600 delegates registered.",
                "2025-11-14", lang="en")
    assert not _organisers(got)

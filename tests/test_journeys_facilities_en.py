"""locatedIn of an event someone travels to, and of a facility named with its city at an event."""
from functools import partial

from articlefacts import graph_triples

_triples = partial(graph_triples, published="2025-04-23")


def test_journey_place_is_the_events():
    got = _triples("On Thursday, the Chilean minister will travel to Ho Chi Minh City to attend the Vietnam-Latin "
                   "America Business Forum, organised by the Vietnam Chamber of Commerce and Industry (VCCI).")
    assert any(p == "locatedIn" and "Forum" in s and "Ho Chi Minh" in o for s, p, o in got)


def test_facility_at_an_event_is_in_its_city():
    got = _triples("The Ministry of Health on Tuesday launched a measles vaccination campaign at a ceremony at the "
                   "National Children's Hospital in Hanoi.")
    assert any(p == "locatedIn" and s.startswith("National Children") for s, p, o in got)


def test_visit_to_the_country_and_its_visitors_only():
    got = _triples("Vietnam Airlines signed an agreement with Boeing on Thursday to buy 50 aircraft, during Deputy "
                   "Prime Minister Ho Duc Phoc's working visit to the United States.")
    visit = "working visit to the United States"
    assert any(p == "locatedIn" and s == visit for s, p, o in got)
    assert {s for s, p, o in got if p == "participatedIn" and o == visit} == {"Ho Duc Phoc"}


def test_a_metro_line_named_by_its_two_ends_is_one_place():
    from articlefacts import resolved_entities
    got = resolved_entities("Hà Nội broke ground on the 38.4km Văn Cao - Hòa Lạc urban railway on Friday.", "en",
                            "2026-12-05")
    assert ("Văn Cao - Hòa Lạc urban railway", "Place") in got
    assert ("Văn Cao", "Person") not in got

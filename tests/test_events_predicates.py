"""kg/nlp/recognizers/events.py, ``predicate_verbs`` (kg/data/patterns/event_names_vi.json): a bare head followed by
a verb of focus ("Hội thảo tập trung vào …") is the event named before, then its predicate, not a new event's name."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


TEXT = ("Sáng 12/5, Sở Công Thương tỉnh Bình Định tổ chức Hội thảo phát triển thương mại biên giới năm 2027. "
        "Hội thảo tập trung vào chuyển đổi số, logistics xanh và thương mại điện tử.")


def test_a_head_then_a_verb_of_focus_names_no_new_event():
    events = {n for n, t in resolved_entities(TEXT, published="2027-05-12") if t == "Event"}
    assert events == {"Hội thảo phát triển thương mại biên giới năm 2027"}


def test_the_fields_it_focuses_on_go_to_the_event_named_before():
    got = facts(TEXT, "2027-05-12")
    assert ("Hội thảo phát triển thương mại biên giới năm 2027", "about", "logistics xanh") in got
    assert ("Hội thảo phát triển thương mại biên giới năm 2027", "about", "chuyển đổi số") in got


def test_a_verb_used_as_a_name_still_names_the_event():
    events = {n for n, t in resolved_entities(
        "Chiều 20/5, UBND tỉnh Gia Lai tổ chức Hội nghị triển khai Luật Việc làm năm 2025.", published="2027-05-20")
        if t == "Event"}
    assert any(n.startswith("Hội nghị triển khai Luật Việc làm") for n in events)

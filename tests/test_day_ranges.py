"""A range of days is dated by its first day (ANNOTATION.md's convention for events that run several days),
and a dash after a date that another day follows makes a range, not a dateline; on sentences written for
these tests."""
from __future__ import annotations

import kg.nlp
from test_extract import facts


def _dates(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = kg.nlp.annotate(kg.nlp.load(lang, use_crf=False), text, "2026-12-01")
    return [(d.text, d._.kg_value) for d in doc.spans["kg"] if d.label_ == "DATE"]


def test_vietnamese_day_ranges_take_their_first_day():
    assert _dates("Hội thảo diễn ra ngày 14-15/10 tại Huế.", "vi") == [("ngày 14-15/10", "2026-10-14")]
    assert _dates("Triển lãm mở cửa từ ngày 3 đến 9/11/2025.", "vi") == [("ngày 3 đến 9/11/2025", "2025-11-03")]
    assert _dates("Giải đấu diễn ra trong hai ngày 5 và 6/12.", "vi") == [("ngày 5 và 6/12", "2026-12-05")]


def test_a_range_that_does_not_run_forward_is_no_range():
    assert ("ngày 26-25/11", "2026-11-25") not in _dates("Hội thảo diễn ra ngày 26-25/11.", "vi")


def test_an_event_dated_by_its_range():
    got = facts("Diễn đàn Kinh tế Hợp tác xã 2026 diễn ra ngày 14-15/10 tại TP Huế.", "2026-10-16")
    assert ("Diễn đàn Kinh tế Hợp tác xã 2026", "date", "2026-10-14") in got
    got = facts("The Mekong Startup Forum 2026, held on Oct. 14-15 in Can Tho, drew 300 founders.", "2026-10-16",
                lang="en")
    assert ("Mekong Startup Forum 2026", "date", "2026-10-14") in got


def test_a_dateline_dash_still_marks_the_report_date():
    got = facts("HUE, October 16 - The Mekong Startup Forum 2026 opened on Wednesday.", "2026-10-16", lang="en")
    assert ("Mekong Startup Forum 2026", "date", "2026-10-16") not in got

"""English happenings dated by a weekday are events; one held "to launch" another is not; "last Friday"
and "this morning" after a meeting's body."""
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.events import generic_event_candidates
from test_extract import facts


def _weekday(text: str, word: str) -> Candidate:
    i = text.index(word)
    return Candidate(i, i + len(word), "DATE", 50, "date-weekday", value="2025-03-06")


def test_weekday_dates_an_english_press_conference():
    text = "He said at a press conference in Hanoi on Thursday that the rules were ready."
    out = generic_event_candidates(text, "en", [(0, len(text))], [_weekday(text, "Thursday")])
    assert [text[c.start:c.end] for c in out] == ["press conference"]


def test_press_conference_to_launch_an_award_is_not_the_event():
    text = "The ministry held a press conference to launch the Awards 2023 in Hanoi on Wednesday."
    out = generic_event_candidates(text, "en", [(0, len(text))], [_weekday(text, "Wednesday")])
    assert out == []


def test_placed_happening_later_in_a_dated_story():
    sents = ["The provincial committee on Wednesday licensed a camera plant.", "The plant will cost 1 billion USD.",
             "Le Xuan Loi handed the certificate to the investor at a ceremony in Bac Ninh City."]
    text = " ".join(sents)
    spans, pos = [], 0
    for s in sents:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    out = generic_event_candidates(text, "en", spans, [_weekday(text, "Wednesday")])
    assert "ceremony" in [text[c.start:c.end] for c in out]


def test_last_weekday_written_on_that_weekday_is_the_week_before():
    # 2025-11-14 is a Friday: "last Friday" is 7 November, "on Friday" the day itself
    got = facts("The Ministry of Finance issued Circular 88/2025/TT-BTC last Friday.", "2025-11-14", lang="en")
    assert ("Circular 88/2025/TT-BTC", "date", "2025-11-07") in got
    got = facts("The Ministry of Finance issued Circular 88/2025/TT-BTC on Friday.", "2025-11-14", lang="en")
    assert ("Circular 88/2025/TT-BTC", "date", "2025-11-14") in got
    got = facts("The Ministry of Finance issued Circular 88/2025/TT-BTC last Tuesday.", "2025-11-14", lang="en")
    assert ("Circular 88/2025/TT-BTC", "date", "2025-11-11") in got


def test_time_after_a_body_is_not_part_of_its_meeting():
    got = facts("Prime Minister Pham Minh Chinh chaired a meeting of the steering committee for key transport "
                "projects this morning.", "2025-11-14", lang="en")
    assert ("meeting of the steering committee for key transport projects", "date", "2025-11-14") in got
    got = facts("Deputy Prime Minister Tran Hong Ha attended a conference of the Ministry of Agriculture and "
                "Environment yesterday in Hanoi.", "2025-11-14", lang="en")
    assert ("conference of the Ministry of Agriculture and Environment", "date", "2025-11-13") in got


def test_day_before_month_and_a_date_after_a_comma():
    # "26 June 2025" (day first, as British style writes it) is a date as "June 26, 2025" is
    got = facts("The National Assembly passed the Law on Personal Data Protection on 26 June 2025.", "2025-11-14",
                lang="en")
    assert ("Law on Personal Data Protection", "date", "2025-06-26") in got
    got = facts("The forum on logistics opened in Hanoi on 12 November.", "2025-11-14", lang="en")
    assert ("forum on logistics", "date", "2025-11-12") in got  # a forum is named with its subject, as the tune-en gold names it
    # a place named after a day is no date: "2 April Square"
    got = facts("The Nha Trang Sea Festival opened at 2 April Square on Saturday.", "2025-11-14", lang="en")
    assert not any(p == "date" and o.endswith("-04-02") for _, p, o in got)
    # ", dated …," after an instrument dates it
    got = facts("Decree 70/2025/ND-CP, dated March 20, 2025, amends the rules on invoices.", "2025-11-14", lang="en")
    assert ("Decree 70/2025/ND-CP", "date", "2025-03-20") in got

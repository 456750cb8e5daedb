"""Dates in news text: "ngày 15/1", "sáng 13/1/2025", "thứ Hai", "on Monday", "January 15".

Each becomes a DATE candidate whose ``value`` is an ISO date; a day and month
without a year take it from the article's ``published`` date (the year in the
text wins), and a weekday is the latest such day on or before ``published``.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.alternations import first_char_alternation, first_chars
from kg.textutil import compiled



# a paragraph opening with a place and a comma before the date: the dateline of a report whose title is its first line
# (a dot inside a word is part of the place: "TP.HCM, ngày 21/11/2031 - …")
# (or the date in brackets after the place: "HANOI (Sept. 26) — ")
_DATELINE_LEAD = re.compile(r"(?:^|\n)[^\W\d](?:[^\n.;:,(]|\.(?=\w)){1,35}(?:,\s*(?:ngày\s+)?|\s\(\s*)$")

# the dash after a dateline's date; a digit after it makes a range of days ("November 25-26"), no dateline
_DATELINE_DASH = re.compile(r"\s*\)?\s*[-–—](?!\s*\d)")  # (")": a bracketed date closing)


# "ngày 15/1", "sáng 15-1", "27/4/2022": a cue word or bracket, then the day and month. The cue words are grouped
# by first character, and a look-ahead skips the positions where neither a cue nor a day can start
# (kg.alternations: the same matches, found faster)
_VI_CUE = (rf"(?:(?:{first_char_alternation(('sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'rạng sáng'), True, True)})"
           rf"\s+(?:ngày\s+|nay\s+)?|{first_char_alternation(('ngày',), True)}\s+|\()")
_VI_CUE_START = "".join(sorted(set().union(*(first_chars(c, True) for c in "sctđhrn("))))
_VI_NUMERIC = re.compile(rf"(?=(?-i:[{re.escape(_VI_CUE_START)}\d]))(?P<cue>{_VI_CUE})?(?<![\d/])(?P<d>\d{{1,2}})"
                         rf"[/-](?P<m>\d{{1,2}})(?:[/-](?P<y>\d{{4}}))?(?![\d/]|-[A-ZĐ])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _month_day() -> re.Pattern[str]:
    """ "January 14, 2020", "December 10", "Feb. 13th": an English month (grouped by first letter), then a day."""
    months = first_char_alternation(sorted(P.MONTHS_EN, key=len, reverse=True), True, True)
    return re.compile(rf"\b(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?",
                      re.IGNORECASE)


@lru_cache(maxsize=2)
def _weekday_re(english: bool) -> re.Pattern[str]:
    """A weekday's name, as a whole word ("thứ Hai", "Monday")."""
    weekdays = P.WEEKDAYS_EN if english else P.WEEKDAYS_VI
    return re.compile(r"(?<![\w])(" + first_char_alternation(weekdays, True, True) + r")(?![\w])", re.IGNORECASE)


_VI_DAY_RANGE = re.compile(r"(?<![\w])(?:(?:sáng|chiều|tối)\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:[-–]|đến|và)\s*(?:ngày\s+)?"
                           r"(?P<d2>\d{1,2})[/-](?P<m>\d{1,2})(?:[/-](?P<y>\d{4}))?(?![\d/])", re.IGNORECASE)


def date_candidates(text: str, lang: str, published: str | None) -> list[Candidate]:
    """Dates resolved to ISO strings; the year from the text, else ``published``."""
    out: list[Candidate] = []
    pub = _parse_published(published)
    years_in_text = [(m.start(), int(m.group(3))) for m in
                     re.finditer(r"(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)", text)]
    years_in_text += [(m.start(), int(m.group(1))) for m in
                      re.finditer(r"\b(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,\s+)(\d{4})\b", text)]

    def fallback_year(pos: int, day: int, month: int) -> int | None:
        if pub:
            return pub[0]
        same = [y for p, y in years_in_text]
        if not same:
            return None
        before = [y for p, y in years_in_text if p < pos]
        return (before or same)[-1] if before else same[0]

    # Vietnamese numeric dates: "ngày 15/1", "sáng 15-1", "27/4/2022", "14/01/2020"
    for m in _VI_NUMERIC.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if not m.group("y") and not m.group("cue"):
            continue
        if re.search(r"(tháng|Tháng)\s*$", text[max(0, m.start() - 7):m.start()]):
            continue
        year = int(m.group("y")) if m.group("y") else fallback_year(m.start(), day, month)
        iso = _iso(year, month, day)
        start = m.start("d") if not m.group("cue") or m.group("cue") == "(" else m.start()
        out.append(Candidate(start, m.end(), "DATE", PRIORITY["date-vi"], "date-vi", value=iso))
    # a range of days, dated by its first ("ngày 25-26/11", "từ ngày 14 đến 17/3/2026", "hai ngày 5 và 6/12")
    for m in _VI_DAY_RANGE.finditer(text):
        day, month = int(m.group("d")), int(m.group("m"))
        if not (1 <= day < int(m.group("d2")) <= 31 and 1 <= month <= 12):
            continue
        year = int(m.group("y")) if m.group("y") else fallback_year(m.start(), day, month)
        out.append(Candidate(m.start(), m.end(), "DATE", PRIORITY["date-vi"], "date-vi", value=_iso(year, month, day)))
    # English: "January 14, 2020", "December 10", "February 13th, 2025", "10 December 2025"
    months = "|".join(sorted(P.MONTHS_EN, key=len, reverse=True))
    for m in _month_day().finditer(text):
        if not m.group("mon")[:1].isupper():
            continue
        month, day = P.MONTHS_EN[m.group("mon").casefold()], int(m.group("d"))
        span = None if m.group("y") else _range_tail(months).match(text, m.end())  # "January 14 to 18, 2027"
        year = int(m.group("y") or (span and span.group("y")) or 0) \
            or _year_for(text, day, month, pub, fallback_year, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "DATE", PRIORITY["date-en"], "date-en", value=_iso(year, month, day)))
    for m in re.finditer(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{months})\b(?:,?\s+(?P<y>\d{{4}}))?", text,
                         flags=re.IGNORECASE):  # (the month table is in lower case; a capital is checked below)
        if not m.group("mon")[:1].isupper() or _DATE_NAMED.match(text, m.end()):
            continue  # ("2 April Square", "30 April Street": a place named after a day)
        month, day = P.MONTHS_EN[m.group("mon").casefold()], int(m.group("d"))
        year = int(m.group("y")) if m.group("y") else _year_for(text, day, month, pub, fallback_year, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "DATE", PRIORITY["date-en"], "date-en", value=_iso(year, month, day)))
    # A dateline ("VIETNAM, July 13 - HÀ NỘI —") dates the report, not what it reports.
    for c in out:
        if c.start < 60 and _DATELINE_DASH.match(text, c.end) and "\n" not in text[:c.start]:
            c.source, c.priority = "date-dateline", PRIORITY["date-dateline"]
        elif _DATELINE_DASH.match(text, c.end) and _DATELINE_LEAD.search(text, max(0, c.start - 50), c.start):
            c.source, c.priority = "date-dateline", PRIORITY["date-dateline"]  # "\nNinh Bình, ngày 8/10/2027 - Chiều 7/10, …"
    # Weekdays: the latest such day on or before the publication date.
    weekdays = P.WEEKDAYS_EN if lang != "vi" else P.WEEKDAYS_VI
    for m in _weekday_re(lang != "vi").finditer(text):
        if lang == "vi" and not re.search(r"(vào|hôm|ngày|sáng|chiều|tối)\s+$", text[max(0, m.start() - 6):m.start()]):
            continue
        iso = None
        if pub and len(pub) == 3:
            anchor = date(*pub)
            delta = (anchor.weekday() - weekdays[m.group(1).casefold()]) % 7 \
                or 7 * bool(P.LAST_WEEKDAY.search(text, max(0, m.start() - 6), m.start()))  # "last Friday" on a Friday
            iso = (anchor - timedelta(days=delta)).isoformat()
        out.append(Candidate(m.start(), m.end(), "DATE", PRIORITY["date-weekday"], "date-weekday", value=iso))
    return out


@lru_cache(maxsize=None)
def _range_tail(months: str) -> re.Pattern[str]:
    """The rest of a span of days whose year is written after its last day ("January 14 to 18, 2027",
    "March 3-5, 2026", "June 30 to July 2, 2027"): the written year is the first day's too."""
    return re.compile(rf"\s*(?:[-–]|to|and|through|until|till)\s*(?:(?:{months})\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
                      rf",?\s+(?P<y>\d{{4}})\b", re.IGNORECASE)


# a day written before its month names a place when a place's head follows: "2 April Square", "19 May Stadium"
_DATE_NAMED = re.compile(r"\s+(?:Square|Street|St\.?|Road|Avenue|Boulevard|Bridge|Park|Stadium|Hall|Ward|Lake|Hospital|"
                         r"School|Port|Pagoda|Market)\b")


# "October 14 last year", "March 5 next year": the year named relative to the publication's
_RELATIVE_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b", re.IGNORECASE)
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _year_for(text, day, month, pub, fallback_year, pos, end: int | None = None) -> int | None:
    """Year for an English day/month: the publication's (shifted by "last year" / "next year" written right after
    the day), else the same day written with a year elsewhere, else fallback."""
    if pub:
        rel = _RELATIVE_YEAR.match(text, end) if end is not None else None
        return pub[0] + (_YEAR_SHIFT[rel.group("which").casefold()] if rel else 0)
    months = [k for k, v in P.MONTHS_EN.items() if v == month]
    for mon in months:
        m = compiled(rf"\b{mon}\s+{day}(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE).search(text)
        if m:
            return int(m.group(1))
    return fallback_year(pos, day, month)


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_published(published: str | None) -> tuple[int, ...] | None:
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not m:
        return None
    return tuple(int(g) for g in m.groups() if g)


# --------------------------------------------------------------------------- credits

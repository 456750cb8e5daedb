"""A body named where something is held is the venue (Vietnamese).

"Sáng 5/3, tại trụ sở UBND tỉnh Lào Cai, Sở Công Thương tổ chức Hội nghị …", "… tổ chức tại
Trường Đại học Vinh": right after "tại", a building word ("trụ sở", "hội trường") and the body
it houses, or a body whose kind is a place by nature (a school, a hospital, a centre), in a
sentence that tells of something held, name the place of that happening: a Place. The words
are in ``kg/data/patterns/body_venues_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation
from kg.nlp.patterns import pattern_data

SOURCE = "venue-body"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    raw = pattern_data("body_venues_vi.json")
    before = re.compile(rf"(?<![\w])tại\s+(?:(?P<head>{phrase_alternation(raw['heads'])})\s+)?$")
    kinds = re.compile(rf"(?:{phrase_alternation(raw['place_kinds'])})(?![\w])")
    events = re.compile(rf"(?<![\w])(?:{phrase_alternation(raw['event_words'])})(?![\w])", re.IGNORECASE)
    # (after a body's head word a working session or reception also says so: "tại trụ sở UBND …")
    events_or_sessions = re.compile(rf"(?<![\w])(?:{phrase_alternation(raw['event_words'] + raw['session_words'])})(?![\w])", re.IGNORECASE)
    return before, kinds, events, events_or_sessions


@lru_cache(maxsize=1)
def _near_patterns() -> tuple[re.Pattern, re.Pattern]:
    """("ở" before a venue, what is held in the clause right before it): "… Triển lãm ảnh “…” ở Bảo tàng tỉnh X"."""
    raw = pattern_data("body_venues_vi.json")
    before = re.compile(rf"(?<![\w])(?:{phrase_alternation(raw['near_prepositions'])})\s+(?:(?P<head>{phrase_alternation(raw['heads'])})\s+)?$")
    held = re.compile(rf"(?<![\w])(?:{phrase_alternation(raw['event_words'])})(?![\w])[^,;.:()]{{0,100}}$", re.IGNORECASE)
    return before, held


def body_venue_candidates(text: str, cands: list[Candidate], sentences: list[tuple[int, int]]) -> list[Candidate]:
    """Venues named by the body they house, right after "tại" in a sentence about a happening."""
    before, kinds, events, events_or_sessions = _patterns()
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref:
            continue
        m = before.search(text, max(0, c.start - 24), c.start) or _near_venue(text, c.start, sentences)
        if m is None or (m.group("head") is None and not kinds.match(text, c.start)):
            continue
        s_start, s_end = next(((a, b) for a, b in sentences if a <= c.start < b), (0, len(text)))
        said = events if m.group("head") is None else events_or_sessions
        if not (said.search(text, s_start, c.start) or said.search(text, c.end, s_end)):
            continue  # "học sinh tại Trường THPT …": no happening, the school is where they study
        if offence_site(text, s_start, m.start()):
            continue  # "xét xử vụ án vi phạm … tại Bệnh viện X": where the offence was, the body itself
        start = m.start("head") if m.group("head") else c.start
        out.append(Candidate(start, c.end, "LOC", PRIORITY["venue-body"], SOURCE))
    return out


def _near_venue(text: str, at: int, sentences: list[tuple[int, int]]) -> "re.Match | None":
    """"ở" right before ``at`` with what is held in the same clause before it."""
    near, held = _near_patterns()
    m = near.search(text, max(0, at - 24), at)
    s_start = next((a for a, b in sentences if a <= at < b), 0)
    return m if m is not None and held.search(text, max(s_start, m.start() - 140), m.start()) else None


@lru_cache(maxsize=1)
def _offence_clause() -> re.Pattern:
    words = pattern_data("body_venues_vi.json")["offence_words"]
    return re.compile(rf"(?<![\w])(?:{phrase_alternation(words)})(?![\w])[^,.;:()]{{0,80}}$", re.IGNORECASE)


def offence_site(text: str, start: int, at: int) -> bool:
    """The "tại" at ``at`` ends a clause that tells of an offence, begun after ``start`` ("xét xử vụ án vi
    phạm quy định về đấu thầu | tại Bệnh viện X"): it says where the offence was, not where a happening is held."""
    return _offence_clause().search(text, start, at) is not None

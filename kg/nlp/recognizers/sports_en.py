"""Competitions and clubs of English sports copy: "the V.League 1", "the AFC Champions League Two" are
events; "Bangkok United" is a club. Words are data (``kg/data/patterns/sports_en.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation

DATA = "sports_en.json"
_CAP = r"[A-ZĐ][\w’'-]*"
_OPENERS = tuple(pattern_data("sports_en_words.json")["openers"])


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = pattern_data(DATA)
    alt = phrase_alternation
    comp = re.compile(rf"(?<![\w’'.-])(?P<name>(?:{_CAP}\s+){{0,4}}(?:[A-Z]\.)?(?:{alt(d['competition_heads'])})"
                      rf"(?:\s+(?:{alt(d['tiers'])}))?)(?![\w’'-])(?P<after>\s+(?:{alt(d['not_after'])})\b)?")
    club = re.compile(rf"(?<![\w’'.-])(?P<name>(?:{_CAP}\s+){{1,3}}(?:{alt(d['club_tails'])}))(?![\w’'-])"
                      rf"(?!\s+(?!(?:VNĐ|VND|USD|US\$|EUR)\s?\d)[A-Z])")  # (but "fined Quảng Nam FC VNĐ85 million")
    cues = re.compile(rf"(?<![\w])(?:{alt(d['cues'])})(?![\w])|\b\d{{1,2}}-\d{{1,2}}\b")
    return comp, club, cues


def _sentence(text: str, start: int, end: int) -> str:
    s = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    e = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[s:e]


def _trim(text: str, start: int, name: str) -> tuple[int, str]:
    """Sentence-opening words before the name ("Meanwhile the …") are no part of it."""
    words = name.split()
    while words and words[0] in _OPENERS:
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
        words = words[1:]
    return start, " ".join(words)


def sport_candidates(text: str) -> list[Candidate]:
    """EVENT candidates for competitions, ORG candidates for clubs named by their club word."""
    comp, club, cues = _res()
    strong = pattern_data(DATA)["strong_words"]
    out: list[Candidate] = []
    for m in comp.finditer(text):
        if m.group("after"):
            continue  # "the League of Nations", "the League for …": a body's name
        start, name = _trim(text, m.start("name"), m.group("name"))
        if len(name.split()) < 2 and not name.startswith(("V.", "V-")):
            continue  # a bare "League" names nothing
        if not (any(w in name for w in strong) or cues.search(_sentence(text, m.start(), m.end()))):
            continue  # "the Arab League": no sport in the sentence
        out.append(Candidate(start, start + len(name), "EVENT", PRIORITY["event-tail"], "event-tail",
                             meta={"head": "league"}))
    for m in club.finditer(text):
        start, name = _trim(text, m.start("name"), m.group("name"))
        if len(name.split()) < 2:
            continue
        out.append(Candidate(start, start + len(name), "ORG", PRIORITY["org-tail"], "org-tail"))
    return out


@lru_cache(maxsize=1)
def _athlete_cues() -> re.Pattern:
    d = pattern_data(DATA)
    return re.compile(rf"(?<![\w])(?:{phrase_alternation([*d['cues'], *d['athlete_cues']])})(?![\w])|\b\d{{1,2}}-\d{{1,2}}\b")


def sports_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` tells a match ("beating Japan's Riko Gunji 21-15 in the final")."""
    return _athlete_cues().search(_sentence(text, start, end)) is not None


def is_competition(name: str) -> bool:
    """``name`` is a season-long competition ("V.League 1", "AFC Champions League Two")."""
    m = _res()[0].fullmatch(name.strip())
    return m is not None and not m.group("after")


def season_competitions(ex, rels: list) -> list:
    """A league runs for a season: the day and the stadium of one match in a sentence that names it are not
    its own ("… beat X at Hàng Đẫy Stadium on Saturday and moved to the top of the V.League 1 table")."""
    leagues = {m.id for m in ex.mentions if m.type == "Event" and is_competition(m.text)}
    if not leagues:
        return rels
    return [r for r in rels if not (r.subject in leagues and r.predicate in ("date", "locatedIn"))]

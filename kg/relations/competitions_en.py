"""participatedIn for the clubs of a match in a competition English sports copy names in the same sentence:
"an away match against Bangkok United in the AFC Champions League Two", "Hải Phòng FC beat Nam Định in the
V.League 1". A side is a body right after a match word ("against", "beat", "host" …) or right before one
("X beat", "X drew"); the words are data (``side_before`` / ``side_after`` of kg/data/patterns/sports_en.json)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.sports_en import is_competition
from kg.relations.base import Relation, Sentence
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _sides() -> tuple[re.Pattern, re.Pattern]:
    d = pattern_data("sports_en.json")
    # "drew 1-1 with X", "lost 0-2 to X": a score and a particle may stand between the verb and the side
    return (re.compile(r"(?<![\w’'-])(?:" + phrase_alternation(d["side_before"]) + r")(?:\s+\d{1,2}\s*[-–]\s*\d{1,2})?"
                       r"(?:\s+(?:with|to))?\s+(?:the\s+)?$"),
            re.compile(r"\s+(?:" + phrase_alternation(d["side_after"]) + r")(?![\w’'-])"))


def match_sides(s: Sentence) -> list[Relation]:
    if s.lang != "en":
        return []
    leagues = [e for e in s.of_type("Event") if is_competition(e.text)]
    if not leagues:
        return []
    before, after = _sides()
    out: list[Relation] = []
    for o in s.of_type("Organization"):
        if before.search(s.text, max(s.start, o.start - 20), o.start) or after.match(s.text, o.end, s.end):
            for e in leagues:
                # the match is said to be in it: "… Bangkok United in the AFC …", "… 2-1 at X on Sunday in the …"
                if e.start > o.end and _IN_IT.fullmatch(s.text, o.end, e.start):
                    out.append(Relation(o.id, "participatedIn", e.id, s.index))
    return out


_IN_IT = re.compile(r"(?:\s+\d{1,2}\s*[-–]\s*\d{1,2})?(?:\s+(?:at|on)\s+[^,.;]{1,40}?)?\s+in\s+(?:the\s+)?")


_WON_BY = re.compile(r"\s+(?:was|were|is|has\s+been)\s+won\s+by\s+(?:the\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|ian)\s+)?"
                     r"(?:[a-z][\w-]*\s+){0,2}")


def won_by(s: Sentence) -> list[Relation]:
    """participatedIn: "The men's full marathon was won by Kenyan runner Joseph Kiprono": the winner took part
    in the race (or the event the race reference stands for)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for e in s.of_type("Event"):
        m = _WON_BY.match(s.text, e.end, s.end)
        if m is None:
            continue
        who = next((x for x in s.mentions if x.start == m.end() and x.type in ("Person", "Organization")), None)
        if who is not None:
            out.append(Relation(who.id, "participatedIn", e.id, s.index))
    return out

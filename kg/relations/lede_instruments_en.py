"""issued / date (English): an instrument first told by its kind alone, then named in the next sentence.

News ledes say "Tea growers will be paid under a resolution passed by the provincial People's Council on Thursday."
and name it only after: "Resolution 25/2026/NQ-HDND, adopted at the council's year-end session, …". The body after
"by" issued the first instrument of that kind the next sentence names, on the day written after it —
if the article had not named that instrument before.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Relation, Sentence
from kg.relations.dates import published_day, relative_day


@lru_cache(maxsize=1)
def _told() -> re.Pattern:
    """"a resolution passed by", "a new decree issued on Monday by", "a circular on X had been issued by"."""
    return re.compile(r"(?<![\w])(?:a|an)\s+(?:new\s+)?(?P<kind>decree|circular|resolution|decision|directive|law|plan)\b"
                      r"(?P<mid>[^.;()]{0,80}?)\s+(?:(?:was|has\s+been|had\s+been)\s+)?"
                      r"(?P<verb>issued|passed|adopted|approved|promulgated|enacted)"
                      r"(?P<when>\s+(?:on|last)\s+[^,;.()]{1,25}?)?\s+by\s+(?:the\s+)?")


_DAY_AFTER = re.compile(r"\s*,?\s+(?:on|last)\s+")


def _day(s: Sentence, a: int, b: int) -> str | None:
    """The day written between ``a`` and ``b`` of the sentence before ("on Thursday", "on November 20")."""
    day = next((d for d in s.article_dates if d[2] and a <= d[0] < b), None)
    if day is not None:
        return day[2]
    pub = published_day(s.ex.article.published)
    hit = relative_day(s.text[a:b], s.lang, pub) if pub is not None else None
    return hit[1] if hit is not None else None


def lede_instruments(s: Sentence) -> list[Relation]:
    """issued and the day of the first instrument this sentence names, told by its kind alone and made by the body
    after "by" in the sentence before (a person there signed something this reader cannot place: left alone)."""
    if s.lang != "en" or s.index == 0:
        return []
    a, b = s.ex.sentences[s.index - 1]
    before = [m for m in s.ex.mentions if m.sentence == s.index - 1 and not m.nested]
    for m in _told().finditer(s.text, a, b):
        if any(p.type == "Policy" and m.start() <= p.start < m.end() for p in before):
            continue  # ("a plan to carry out Decision 12 was approved by …": that one is named)
        kind = m.group("kind")
        pol = next((p for p in s.of_type("Policy") if not p.nested and p.text.casefold().startswith(kind)
                    and re.search(r"\d", p.text)), None)
        if pol is None or any(q.type == "Policy" and q.start < pol.start and q.text.casefold() == pol.text.casefold()
                              for q in s.ex.mentions):
            continue
        # (a level or kind word may stand before the body's name: "by the provincial People's Council")
        body = next((o for o in before if o.type == "Organization" and o.start >= m.end()
                     and re.fullmatch(r"(?:[a-z]+\s+){0,2}", s.text[m.end():o.start])), None)
        if body is None:
            continue
        out, end = [Relation(body.id, "issued", pol.id, s.index)], body.end
        tail = _DAY_AFTER.match(s.text, end, b)
        span = (m.start("when"), m.end("when")) if m.group("when") else (end, tail.end() + 25) if tail else None
        day = _day(s, span[0], min(span[1], b)) if span else None
        return out + ([Relation(pol.id, "date", day, s.index)] if day else [])
    return []


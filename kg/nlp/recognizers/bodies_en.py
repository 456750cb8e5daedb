"""Bodies that English copy names in lower case: "the provincial steering committee for natural
disaster prevention, search and rescue", "a city steering committee on science, technology,
innovation and digital transformation".

A determiner, an optional level ("provincial", "city"), a kind ("steering committee") and the
task after a link word ("for", "on"). A list of tasks ("A, B and C") stays in the name; the name
ends at other punctuation, a stop word or ``max_words`` words. All of it is data in
``kg/data/patterns/bodies_en.json``. The span is an Organization; a topic inside its task gives
``about`` through :func:`kg.relations.body_topics.committee_topics`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import PATTERNS_DIR, pattern_data

DATA = PATTERNS_DIR / "bodies_en.json"
_DATE_WORDS = frozenset(w.casefold() for w in (*P.MONTHS_EN, *P.WEEKDAYS_EN))


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], int]:
    data = pattern_data(DATA.name)
    alt = lambda xs: "|".join(r"\s+".join(re.escape(w) for w in x.split())  # noqa: E731
                              for x in sorted(xs, key=len, reverse=True))
    # the kind is written in lower case: a capitalised one is the recognisers' of names
    level = rf"(?:{alt(data['levels'])})"
    body = rf"(?:(?:{level}\s+)?(?:{alt(data['kinds'])})|{level}\s+(?:{alt(data['bare_kinds'])}))"
    # a determiner, or an owner: "the Government's steering committee on …"
    owner = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s"
    pattern = re.compile(rf"(?:(?<![\w])(?i:{alt(data['openers'])})|{owner})\s+(?P<body>{body})"
                         rf"\s+(?:{alt(data['links'])})\s+(?P<rest>[^\n.;:()\"“”!?]+)")
    return pattern, frozenset(data["stops"]), int(data["max_words"])


def _task(rest: str, stops: frozenset[str], max_words: int) -> int:
    """How many characters of ``rest`` name the body's task (0 when none)."""
    end, words = 0, 0
    for seg in re.finditer(r"[^,]+", rest):
        kept = 0
        prev = ""
        for w in re.finditer(r"\S+", seg.group()):
            nxt = re.match(r"\s+(\S)", seg.group()[w.end():])
            if w.group() in ("on", "of") and prev[:1].isupper() and nxt and nxt.group(1).isupper() and words < max_words:
                prev, kept, words = w.group(), kept + 1, words + 1  # "… for the amended Law on Cadres and …": a name's "on"
                continue
            prev = w.group()
            if w.group().casefold() in stops or words >= max_words:
                return end if kept == 0 else seg.start() + w.start() - 1 if w.start() else end
            if words == 0 and (w.group().casefold() in _DATE_WORDS or w.group()[:1].isdigit()):
                return 0
            kept += 1
            words += 1
            end = seg.start() + w.end()
        after = rest[seg.end():]
        # a comma goes on only inside a list that closes with "and": "A, B and C"
        if not after.startswith(",") or not re.match(r",\s+(?:[^,.;]+,\s+){0,4}?[^,.;]*?\band\b", after) \
                or re.match(r",\s+(?:\w+ed|which|who|that)\b", after):
            return end
    return end


def lower_body_candidates(text: str) -> list[Candidate]:
    """Lower-case bodies with their task, as Organization candidates."""
    pattern, stops, max_words = _data()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        if m.group("body")[:1].isupper():
            continue
        n = _task(m.group("rest"), stops, max_words)
        if n == 0:
            continue
        out.append(Candidate(m.start("body"), m.start("rest") + n, "ORG", PRIORITY["org-lower-en"], "org-lower-en"))
    return out

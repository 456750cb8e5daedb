"""Drafts that English copy names in lower case: "the draft decree on rural clean water supply",
"the ministry is drafting a decree on seaport fees".

A determiner, a kind ("draft decree") and the subject after a link word ("on", "amending"),
up to punctuation, a stop word or ``max_words`` words; all of it is data in
``kg/data/patterns/drafts_en.json``. The span is a Policy; a topic inside its subject gives
``about`` through the usual rule (:func:`kg.extract.topics_of`).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp import patterns as P
from kg.nlp.recognizers.priorities import PRIORITY

_DATE_WORDS = frozenset(P.MONTHS_EN) | frozenset(P.WEEKDAYS_EN)
DATA = Path(__file__).resolve().parents[2] / "data" / "patterns" / "drafts_en.json"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], int]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    alt = lambda xs: "|".join(r"\s+".join(re.escape(w) for w in x.split())  # noqa: E731
                              for x in sorted(xs, key=len, reverse=True))
    # "the draft decree on …", or "is drafting a decree on …" (the verb says it is a draft)
    kinds = rf"(?:(?i:{alt(data['openers'])})\s+(?P<kind>{alt(data['kinds'])})|(?<![\w])(?i:{alt(data['verbs'])})\s+" \
            rf"(?i:{alt(data['openers'])})\s+(?P<vkind>{alt(data['verb_kinds'])}))"
    pattern = re.compile(rf"(?<![\w]){kinds}"
                         rf"(?P<link>\s+(?:{alt(data['links'])})\s+)(?P<rest>[^\n,.;:()\"“”!?]+)")
    return pattern, frozenset(data["stops"]), int(data["max_words"])


@lru_cache(maxsize=1)
def _signed_pattern() -> re.Pattern:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    kinds = "|".join(r"\s+".join(map(re.escape, k.split())) for k in sorted(data["signed_kinds"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:a|an|the)\s+(?P<kind>{kinds})(?P<link>\s+on\s+)(?=(?P<rest>[^\n,.;:()\"“”!?]+))")  # lookahead: "A and a B" are both read


def signed_document_candidates(text: str) -> list[Candidate]:
    """Memoranda English copy names in lower case with their subject ("signed a memorandum of
    understanding on renewable energy cooperation between …"), as Policy candidates (``signed_kinds``)."""
    _, stops, max_words = _data()
    out: list[Candidate] = []
    for m in _signed_pattern().finditer(text):
        kept: list[str] = []
        for w in m.group("rest").split():
            if w.casefold() in stops - {"the"} or len(kept) >= max_words or w.casefold() in ("between", "with"):
                break
            kept.append(w)
        while kept and kept[-1].casefold() in ("the", "a", "an"):
            kept.pop()
        if not kept or not text.startswith(" ".join(kept), m.start("rest")):
            continue
        out.append(Candidate(m.start("kind"), m.start("rest") + len(" ".join(kept)), "POLICY",
                             PRIORITY["policy-draft-en"], "policy-draft-en", meta={"type": "Memorandum"}))
    return out


def _last_of_pair(rest: list[str], k: int, stops: frozenset[str]) -> int:
    """How many lower-case words after the "and" at ``rest[k]`` close the subject (one or two, then the
    text or a stop word): "makers and buyers", "safety and radiation control"; 0 for "… and the draft law"."""
    for size in (1, 2):
        words = rest[k + 1:k + 1 + size]
        if len(words) < size or any(not re.fullmatch(r"[a-z][a-z-]*", w) or w in stops or w in ("the", "a", "an")
                                    for w in words):
            return 0
        if k + 1 + size >= len(rest) or rest[k + 1 + size].casefold() in stops:
            return size
    return 0


def draft_candidates(text: str) -> list[Candidate]:
    """Lower-case drafts with their subject, as Policy candidates."""
    pattern, stops, max_words = _data()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        kept: list[str] = []
        rest = m.group("rest").split()
        for k, w in enumerate(rest):
            if w.casefold() == "to" and kept and k + 1 < len(rest) and re.fullmatch(r"20\d\d", rest[k + 1]):
                kept += [w, rest[k + 1]]  # "… development to 2030": the horizon is part of the name
                break
            size = _last_of_pair(rest, k, stops) if w.casefold() == "and" and kept else 0
            if size:
                kept += rest[k:k + 1 + size]  # "… makers and buyers", "… nuclear safety and radiation control"
                break
            if w.casefold() in stops or len(kept) >= max_words:
                break
            kept.append(w)
        if not kept or kept[0].casefold() in _DATE_WORDS or kept[0][:1].isdigit():
            continue  # "drafted a law on Monday": a date, not the subject
        end = m.start("rest") + len(" ".join(kept)) if m.group("rest").startswith(kept[0]) else None
        if end is None or text[m.start("rest"):end] != " ".join(kept):
            continue  # the subject ran over a line break or double space: leave it
        kind = "kind" if m.group("kind") else "vkind"
        out.append(Candidate(m.start(kind), end, "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": m.group(kind).split()[-1].capitalize(), "draft": True}))
    return out

"""Names the article has already spelled out in full, written again.

A long body or programme name is often recognised in full once, where a cue closes it
("Cục Trồng trọt và Bảo vệ thực vật (Bộ …)"), and cut short where it is written again
with nothing to close it ("Cục trưởng Cục Trồng trọt và Bảo vệ thực vật đồng chủ trì": the
lower-case "thực vật" reads as the start of the predicate). Every later exact occurrence
of a name a rule built is proposed again, so the longer reading wins the overlap.
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import compiled

SOURCE = "repeat"
_LABELS = ("ORG", "POLICY", "EVENT")
_MIN_WORDS = 3


def repeated_name_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a rule-built ORG / POLICY / EVENT name of three words or more."""
    seen: dict[str, str] = {}
    for c in cands:
        if c.label not in _LABELS or c.ref or c.priority < 60 or c.source == SOURCE:
            continue
        name = text[c.start:c.end]
        if len(name.split()) < _MIN_WORDS or "\n" in name or not name[:1].isupper():
            continue
        if len(name) > len(seen.get(name, "")):
            seen[name] = c.label
    out: list[Candidate] = []
    starts = {(c.start, c.end) for c in cands}
    for name, label in seen.items():
        for start, end in whole_word_occurrences(text, name):
            if (start, end) not in starts:
                out.append(Candidate(start, end, label, PRIORITY["repeat"], SOURCE))
    return out


_WORD_CHAR = re.compile(r"\w")


def whole_word_occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """The spans ``re.finditer(rf"(?<![\\w]){re.escape(name)}(?![\\w])", text)`` gives, found with
    ``str.find`` (each name is new: compiling its pattern cost more than the search)."""
    out: list[tuple[int, int]] = []
    if not name:
        return [m.span() for m in compiled(rf"(?<![\w]){re.escape(name)}(?![\w])").finditer(text)]
    pos = 0
    while (start := text.find(name, pos)) >= 0:
        end = start + len(name)
        if (start == 0 or _WORD_CHAR.match(text, start - 1) is None) and _WORD_CHAR.match(text, end) is None:
            out.append((start, end))
            pos = end
        else:
            pos = start + 1
    return out


# English bodies that only a describing phrase revealed ("Kaneda Precision, a Japanese maker of …"): written
# again with no such phrase ("Kaneda Precision president Takeshi Kaneda said …"), they are the same body
_EN_SOURCES = frozenset({"org-apposed", "org-based-en", "org-coordinated"})


def repeated_english_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of an English body of two words or more, or of one word in a brand's mixed case
    ("GiaoNhanh", "StarLine"), that an apposition or a list named."""
    names: dict[str, int] = {}  # name → the priority it was found with, which its repeats keep
    for c in cands:
        if c.label == "ORG" and not c.ref and c.source in _EN_SOURCES:
            names[text[c.start:c.end]] = max(c.priority, names.get(text[c.start:c.end], 0))
    starts = {(c.start, c.end) for c in cands}
    out: list[Candidate] = []
    for name, priority in names.items():
        if len(name.split()) < 2 and not re.search(r"[a-z][A-Z]|[A-Z]{2}", name) or "\n" in name \
                or not re.match(r"[A-Z]|[a-z]{1,3}[A-Z]", name):  # (a brand may open in lower case: "iME Vietnam")
            continue  # (one word only when its case marks a brand: "GiaoNhanh", "StarLine", "VNDirect")
        for start, end in whole_word_occurrences(text, name):
            if (start, end) not in starts:
                out.append(Candidate(start, end, "ORG", priority, SOURCE))
    return out

"""Lower-case instruments English copy names by the named instrument they guide: "a draft decree guiding the
Law on Water Resources", "the draft circular detailing the amended Law on Cultural Heritage".

The kind, its link word and the named instrument (a Policy candidate an earlier step found right there)
make one name; the named instrument stays an entity of its own inside it. Kinds and links are data in
``kg/data/patterns/guiding_drafts_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

DATA = "guiding_drafts_en.json"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = pattern_data(DATA)
    return re.compile(rf"(?<![\w])(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?P<kind>{phrase_alternation(data['kinds'])})\s+"
                      rf"(?:{phrase_alternation(data['links'])})\s+(?:the\s+(?:implementation|application|enforcement)\s+of\s+)?the\s+"
                      rf"(?:(?:{phrase_alternation(data['states'])})\s+)?(?=[A-Z])")


def guiding_draft_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"a draft decree guiding the amended Law on Cultural Heritage" as one Policy candidate, where the named
    instrument is a Policy candidate that starts right after the link."""
    starts: dict[int, int] = {}
    for c in cands:
        if c.label == "POLICY" and not c.ref:
            starts[c.start] = max(starts.get(c.start, 0), c.end)
    out: list[Candidate] = []
    for m in _pattern().finditer(text):
        end = starts.get(m.end())
        if end is None:
            continue
        out.append(Candidate(m.start("kind"), end, "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": m.group("kind").split()[-1].capitalize(), "draft": True}))
    return out

"""Plans English copy names in lower case by the field they are for: "a green credit plan", "the provincial Party
Committee's green growth programme", "its digital transformation strategy".

A field the lexicon knows (a Topic already read) right before a plan's kind (``kinds``), after a determiner that
makes it one instrument ("a", "its", a possessor "X's"; not "the", which as often names a sector's programme in
general: "resuming the nuclear power programme"), is a Policy named by both; the field inside it gives ``about``
through :func:`kg.relations.topics.topics_of`.
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

SOURCE = "policy-draft-en"
_KIND = re.compile(r"\s+(?P<kind>action plan|master plan|plan|programme|program|strategy|roadmap)\b(?![-’'])")
_OPENER = re.compile(r"(?:(?<![\w])(?:[Aa]n?|[Ii]ts|[Tt]heir)|[^\W\d_][\w-]*['’]s)\s+$")


def field_plan_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A Policy for each "a|its|X's <field> <plan kind>" whose field is a Topic candidate."""
    out: list[Candidate] = []
    for t in cands:
        if t.label != "TOPIC" or not text[t.start:t.start + 1].islower():
            continue
        kind = _KIND.match(text, t.end)
        if kind is None or not _OPENER.search(text, max(0, t.start - 60), t.start):
            continue
        out.append(Candidate(t.start, kind.end(), "POLICY", PRIORITY["policy-draft-en"], SOURCE,
                             meta={"type": kind.group("kind").split()[-1].capitalize()}))
    return out

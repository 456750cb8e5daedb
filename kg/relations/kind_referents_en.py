"""Which instrument an English "the resolution", "the plan", "the decree" names again.

The latest instrument of that kind the article named, passing over one named only in passing:
as what the sentence's instrument carries out or rests on ("The resolution implements … Resolution 201",
"The plan was issued pursuant to … Decision 1569, under which the Prime Minister approved the
capital's master plan"). An instrument the article introduces (the subject of its sentence, the object
of an issue verb: "issued Plan 52 to implement …") stays the referent the later "the X" keeps.
Cue words are data: ``passing_instrument_cues``, ``implement_verbs``, ``issue_verbs``.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern

# a relative clause hung on an instrument named before: "Decision 1569, under which …", "…, whose …"
_RELATIVE = r",\s*(?:(?:under|in|by|with|through)\s+)?(?:which|whose)\b|\bwhereby\b"


def in_passing(s: Sentence, p: Mention) -> bool:
    """``p`` is named as what another instrument carries out or rests on, or inside a relative clause
    hung on an instrument named before it in its sentence, not introduced in its own right."""
    a = s.ex.sentences[p.sentence][0]
    lead = s.text[a:p.start]
    earlier = [q for q in s.ex.mentions if q.type == "Policy" and q.sentence == p.sentence
               and q.end <= p.start and q is not p]
    if any(re.search(_RELATIVE, s.text[q.end:p.start], flags=re.IGNORECASE) for q in earlier):
        return True
    issued = list(re.finditer(r"\b(?:" + cue_pattern("issue_verbs", "en") + r")\b", lead, flags=re.IGNORECASE))
    tail = lead[issued[-1].end():] if issued else lead
    cues = cue_pattern("passing_instrument_cues", "en") + "|" + cue_pattern("implement_verbs", "en")
    return re.search(r"\b(?:" + cues + r")\b", tail, flags=re.IGNORECASE) is not None


def kind_referent(s: Sentence, earlier: list[Mention]) -> Mention | None:
    """Of the instruments of one kind named before a "the X", the latest not named in passing (the
    latest of all when each one was)."""
    own = [p for p in earlier if not in_passing(s, p)]
    pick = own or earlier
    return max(pick, key=lambda p: p.start) if pick else None

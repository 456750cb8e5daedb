"""participatedIn of a person "…, who attended the opening, said …" or "Deputy Minister X attended the
opening.": the opening (or the ceremony, the launch) of the event the article reports, which is the
last event named up to this sentence."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence, last_named_event
from kg.relations.cues import cue_pattern

_WHO_ATTENDED = re.compile(r"\s*,\s*who\s+(?:also\s+)?(?:attended|was\s+at|joined|spoke\s+at|addressed)\s+the\s+"
                           r"(?:opening(?:\s+ceremony)?|closing(?:\s+ceremony)?|launch(?:\s+ceremony)?|ceremony|"
                           r"opening\s+session|event)\b(?!\s+of\b)")


def opening_attendees(s: Sentence) -> list[Relation]:
    """participatedIn: "Deputy Minister X, who attended the opening, …" (English)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if not _WHO_ATTENDED.match(s.text, p.end, s.end):
            continue
        ev = last_named_event(s, p.start)
        if ev is not None:
            out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return out


_ATTENDED = re.compile(r"(?:\s*,[^;.]{1,160}?,)?\s+(?:also\s+)?(?:attended|was\s+at|joined|spoke\s+at|addressed|"
                       r"said\s+at|told\s+reporters\s+at)\s+the\s+"
                       r"(?:opening|closing|launch)(?:\s+(?:ceremony|session))?\b(?!\s+of\b)")


def attended_the_opening(s: Sentence) -> list[Relation]:
    """participatedIn: "Deputy Minister of Industry and Trade Phan Thị Thắng attended the opening.", "X, vice
    chairman of …, said at the opening that …" — the person a sentence naming no event opens with was at
    the opening of the last event named."""
    if s.lang != "en" or not s.mentions or any(m.type == "Event" for m in s.mentions):
        return []
    titles = [(t.start_char, t.end_char) for t in s.titles]
    free = [m for m in s.mentions if not any(a <= m.start and m.end <= b for a, b in titles)]
    if not free or free[0].type not in ("Person", "Organization") or free[0].ref:
        return []  # the body a title names ("Deputy Minister of Culture, … X") is no subject of its own
    p = free[0]
    head = s.text[s.start:p.start]
    spans = [(t.start_char, t.end_char) for t in s.titles] + [(m.start, m.end) for m in s.ex.mentions
                                                              if m.sentence == s.index and m.nested]
    for a, b in spans:
        if s.start <= a and b <= p.start:
            head = head.replace(s.text[a:b], " ")
    if not re.fullmatch(r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|[Tt]he\s+)?(?:of\s+(?:the\s+)?\s*)?", head) \
            or not _ATTENDED.match(s.text, p.end, s.end):
        return []
    ev = last_named_event(s, s.start)
    return [Relation(p.id, "participatedIn", ev.id, s.index)] if ev is not None else []


# "… are also due to speak", "will meet readers on Saturday", "is scheduled to perform": a part in the
# programme of the event the article reports (``programme_verbs`` in kg/data/relations/cues.json)
def due_at_the_event(s: Sentence) -> list[Relation]:
    """participatedIn: "Writer X, whose novels …, will meet readers on Saturday.", "Japanese illustrator X and
    Y are also due to speak." — the people a sentence naming no event opens with have a part in the last
    event named (a person written before a possessive, "Han Kang's translator", is not the one due)."""
    if s.lang != "en" or any(m.type == "Event" for m in s.mentions):
        return []
    cue = re.search(r"(?<![\w])(?:(?:is|are)\s+(?:also\s+)?(?:due|scheduled|expected|set)\s+to|will(?:\s+also)?)\s+"
                    r"(?:" + cue_pattern("programme_verbs", "en") + r")"
                    # nothing else done: "will attend a wedding in May" is no part in the event
                    r"(?=\s+(?:on|at|in|during|there|later|tomorrow|this|next|with)\b|\s*[,.;]|\s*$)", s.text[s.start:s.end])
    if cue is None:
        return []
    at = s.start + cue.start()
    people = [p for p in s.of_type("Person") if p.end <= at and not p.ref
              and not re.match(r"['’]s\b", s.text[p.end:p.end + 3])]
    if not people or s.mentions[0].start < people[0].start and s.mentions[0].type != "Person" \
            and not any(t.start_char <= s.mentions[0].start < t.end_char for t in s.titles):
        return []  # the sentence is about something else first
    ev = last_named_event(s, s.start)
    return [Relation(p.id, "participatedIn", ev.id, s.index) for p in people] if ev is not None else []

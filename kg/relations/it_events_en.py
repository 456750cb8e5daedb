"""English: "It took place at the X Hotel in Hà Nội", "It was held in Cần Thơ" — a sentence that opens with
"It" and a holding verb places the event the sentence before named (the one it names, when it names exactly
one). The places are those right after "at" or "in" in the sentence ("Tokyo's Yoyogi Park": the park only, as
:func:`kg.relations.places.locations` reads a possessed place). "On the same day, it held the X Conference":
the body the sentence before opens with holds the event (``organized``); "It is organised by A and B": A and B
hold it."""
from __future__ import annotations

import re

from kg.relations.attendance import list_members
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.places import owns_place

_IT_HELD = re.compile(r"\s*It\s+(?:(?:was|is|will\s+be|is\s+being|has\s+been)\s+(?:held|hosted|staged|organi[sz]ed|"
                      r"convened)|(?:took|takes|will\s+take)\s+place)\b")
_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")


def _event_before(s: Sentence) -> Mention | None:
    """The one event the sentence before names (its mentions of the same name count once)."""
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == s.index - 1]
    texts = {(m.name or m.text).casefold() for m in named}
    return named[0] if len(texts) == 1 else None


def it_held_places(s: Sentence) -> list[Relation]:
    """locatedIn of the event the sentence before names, from "It was held / took place at … in …"."""
    if s.lang != "en" or s.index == 0 or any(m.type == "Event" for m in s.mentions):
        return []
    m = _IT_HELD.match(s.text, s.start, s.end)
    if m is None:
        return []
    event = _event_before(s)
    if event is None:
        return []
    places = [p for p in s.of_type("Place") if p.start >= m.end()]
    out: list[Relation] = []
    for p in places:
        if any(owns_place(s, p, q) for q in places):
            continue  # "in Tokyo's Yoyogi Park": the park says where
        owner = next((q for q in places if owns_place(s, q, p)), None)
        if _AT.search(s.text, m.end(), (owner or p).start):
            out.append(Relation(event.id, "locatedIn", p.id, s.index))
    return out


_IT_HOLDS = re.compile(r"(?:^\s*|,\s*)[Ii]t\s+(?:also\s+|then\s+|later\s+)?(?:held|hosted|organi[sz]ed|convened|co-organi[sz]ed)"
                       r"\s+(?:the\s+|a\s+|an\s+|its\s+)?$")


def it_held_event(s: Sentence) -> list[Relation]:
    """organized: "The Quảng Nam Provincial People's Committee issued Decision 30 on Tuesday. On the same day, it held
    the … Conference 2026 in Hội An": "it" is the body the sentence before opens with."""
    held = [ev for ev in s.of_type("Event") if _IT_HOLDS.search(s.text[s.start:ev.start])] if s.lang == "en" else []
    if not held or s.index == 0:
        return []
    a, b = s.ex.sentences[s.index - 1]
    lead = re.match(r"\s*(?:[A-ZĐ][^—–\n]{0,40}?\s[—–]\s)?(?:The\s+)?", s.text[a:b])
    body = next((m for m in s.ex.mentions if m.type == "Organization" and not m.nested and m.sentence == s.index - 1
                 and m.start == a + lead.end()), None)
    if body is None:
        return []
    return [Relation(body.id, "organized", ev.id, s.index) for ev in held]


_IT_BY = re.compile(r"\s*It\s+(?:was|is|will\s+be|is\s+being|has\s+been)\s+(?:jointly\s+)?(?:organi[sz]ed|co-organi[sz]ed|"
                    r"hosted|held|co-hosted)\s+by\s+")
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:which|where|who|with|as|to)\s|\s+(?:to|for)\s+(?:mark|celebrate|promote|boost)\b")


def it_organised_by(s: Sentence) -> list[Relation]:
    """organized: "The … Fair 2026 opened on Friday. It is organised by the Department of Tourism and the X
    Association": the bodies after "by" hold the one event the sentence before names."""
    if s.lang != "en" or s.index == 0 or any(m.type == "Event" for m in s.mentions):
        return []
    m = _IT_BY.match(s.text, s.start, s.end)
    event = _event_before(s) if m else None
    if event is None:
        return []
    stop = _CLAUSE_END.search(s.text, m.end(), s.end)
    return [Relation(o.id, "organized", event.id, s.index) for o in list_members(s, m.end(), stop.start() if stop else s.end)
            if o.type == "Organization"]


# "The provincial People's Committee organised it with the Foreign Investment Agency", "A and B co-hosted it":
# "it" after a verb of holding is the event told before; the subject list and the partner after "with" hold it
_HELD_IT = re.compile(r"\s+(?:also\s+|jointly\s+)?(?:organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|held|convened|staged)\s+it"
                      r"(?P<with>\s+(?:together\s+|jointly\s+|in\s+(?:cooperation|coordination|partnership)\s+)?with\s+(?:the\s+)?)?"
                      r"(?=\s*[.,;]|\s*$|(?<=\s)[A-ZĐ]|\s+(?:on|at|in|last|this|for|from)\s)")  # ("held it back": no event)


def they_held_it(s: Sentence) -> list[Relation]:
    """organized: the bodies before "organised it" (and after its "with") hold the latest event told before
    ("It was the first edition of the event … The provincial People's Committee organised it with B.")."""
    if s.lang != "en" or s.index == 0 or any(m.type == "Event" for m in s.mentions):
        return []
    m = _HELD_IT.search(s.text, s.start, s.end)
    if m is None or re.search(r"[;]", s.text[s.start:m.start()]):
        return []
    from kg.relations.attendance import event_of

    event = event_of(s, s.start)
    if event is None:
        return []
    hosts = [o for o in list_members(s, s.start, m.start()) if o.type == "Organization"]
    # the list is the verb's subject: nothing but a day or a bracketed acronym between ("Vietcombank said it held it")
    if not hosts or not re.fullmatch(r"(?:\s*\([^()]{1,20}\))?(?:\s+on\s+[A-Z][a-z]+)?", s.text[hosts[-1].end:m.start()]):
        return []
    if m.group("with"):
        stop = _CLAUSE_END.search(s.text, m.end(), s.end)
        hosts += [o for o in list_members(s, m.end(), stop.start() if stop else s.end) if o.type == "Organization"]
    # ("the Foreign Investment Agency of the Ministry of Finance": the agency, not its parent)
    return [Relation(o.id, "organized", event.id, s.index) for o in hosts
            if not re.search(r"\bof\s+(?:the\s+)?$", s.text[max(s.start, o.start - 8):o.start])]

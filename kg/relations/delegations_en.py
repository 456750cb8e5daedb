"""participatedIn from English delegation leaders: "Minister X led the Vietnamese delegation",
"X, who led the Vietnamese delegation to the assembly, said …", "The Vietnamese delegation to the
session was led by Deputy Minister X".

The leader of a country's or a body's delegation took part in the event the delegation went to:
the event written after "delegation to (the)", else the sentence's own event before the leader, else
the latest event of the sentences just before (:func:`kg.relations.attendance.event_of`). A
delegation sent to a place ("led a delegation to Japan") names no event and gives nothing.
"""
from __future__ import annotations

import re

from kg.relations.attendance import event_of
from kg.relations.base import Mention, Relation, Sentence

# "… led the Vietnamese delegation", "… who headed a high-ranking delegation of the ministry"
_LED = re.compile(r"\s*,?\s*(?:who\s+)?(?:led|leads|is\s+leading|headed|heads)\s+(?:the|a|an|its|his|her)\s+"
                  r"(?:[\w'-]+\s+){0,3}?delegation(?![\w-])")
# "The Vietnamese delegation (to the session) was led by …"
_LED_BY = re.compile(r"(?<![\w-])delegation(?:\s+to\s+(?:the\s+)?[^,.;]{1,80}?)?\s+(?:was|is|were)\s+(?:led|headed)\s+by\s+")
_TO = re.compile(r"\s+to\s+(?:the\s+)?")


def _destination(s: Sentence, at: int) -> tuple[Mention | None, bool]:
    """The event named after "delegation" at ``at`` ("… delegation to the assembly"), and whether a
    place is named there instead (a journey, not an event)."""
    m = _TO.match(s.text, at)
    if m is None:
        return None, False
    first = min((x for x in s.mentions if x.start >= m.end() and x.start <= m.end() + 2), key=lambda x: x.start,
                default=None)
    if first is None:
        return None, False
    if first.type == "Event" and not first.nested:
        return first, False
    return None, first.type in ("Place", "Organization")


def delegation_leaders(s: Sentence) -> list[Relation]:
    """participatedIn: the leader of a delegation, in the event it went to."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    people = s.of_type("Person")
    for p in people:
        m = _LED.match(s.text, p.end)
        if m is None:
            continue
        event, elsewhere = _destination(s, m.end())
        if elsewhere:
            continue
        event = event or event_of(s, p.start)
        if event is not None:
            out.append(Relation(p.id, "participatedIn", event.id, s.index))
    for m in _LED_BY.finditer(s.text, s.start, s.end):
        leader = next((p for p in people if p.start >= m.end() and re.fullmatch(
            r"(?:[\w'-]+\s+){0,8}", s.text[m.end():p.start])), None)
        if leader is None:
            continue
        event, elsewhere = _destination(s, m.start() + len("delegation"))
        if elsewhere:
            continue
        event = event or event_of(s, m.start())
        if event is not None:
            out.append(Relation(leader.id, "participatedIn", event.id, s.index))
    return out


# "X received Y (, …,) in Hà Nội on Tuesday", "X received a delegation … led by Y": a reception the article names later
_RECEIVED = re.compile(r"(?<![\w])(?:received|receives|hosted\s+a\s+reception\s+for)\s+")


def received_at_reception(s: Sentence) -> list[Relation]:
    """participatedIn, locatedIn and date of a reception the article first names as "the reception" ("Also attending
    the reception were …") after a sentence where a person received another ("To Lam received Hun Sen in Hà Nội on
    Wednesday"): the host and the guests took part in it, where and on the day that sentence says."""
    from kg.relations.dates import published_day, relative_day

    if s.lang != "en":
        return []
    ev = next((m for m in s.of_type("Event") if m.text.casefold() == "reception"), None)
    if ev is None or any(m.type == "Event" and m.text.casefold() == "reception" and m.sentence < s.index
                         for m in s.ex.mentions):
        return []  # only at the first "the reception"
    for i in range(s.index - 1, max(-1, s.index - 5), -1):
        a, b = s.ex.sentences[i]
        people = [m for m in s.ex.mentions if m.sentence == i and m.type == "Person" and not m.nested]
        verb = _RECEIVED.search(s.text, a, b)
        if verb is None or re.search(r"\b(?:letters?|calls?|award|certificate|prize)\b", s.text[verb.end():verb.end() + 20]):
            continue
        host = [p for p in people if p.end <= verb.start() and not re.search(r"[.;]", s.text[p.end:verb.start()])]
        guests = [p for p in people if p.start >= verb.end()]
        if not host or not guests:
            return []
        out = [Relation(p.id, "participatedIn", ev.id, s.index) for p in host[-1:] + guests]
        where = next((m for m in s.ex.mentions if m.sentence == i and m.type == "Place" and m.start > guests[0].end
                      and re.search(r"\bin\s+$", s.text[max(a, m.start - 4):m.start])), None)
        if where is not None:
            out.append(Relation(ev.id, "locatedIn", where.id, s.index))
        pub = published_day(s.ex.article.published)
        day = relative_day(s.text[verb.end():b], "en", pub) if pub else None
        if day is not None:
            out.append(Relation(ev.id, "date", day[1], s.index))
        return out
    return []

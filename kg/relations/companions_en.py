"""English: who attended an event alongside the subject ("X attended the ceremony with leaders of A and B").

"Prime Minister X attended the ceremony with leaders of the Ministry of Construction and the Đồng Nai
Provincial People's Committee", "… chaired the meeting, along with representatives of the World Bank",
"X cut the ribbon at the opening ceremony, together with Minister Y":
the people and bodies listed after "with" / "along with" / "together with" right after the event a
verb of attending governs took part in it too. The list runs to the end of the clause (a relative
clause, "where", "to", a semicolon); its members are read as attendance lists are.

``bodies_at_event``: a body that is the subject of "told / addressed / joined / attended" the event ("The
Đà Nẵng Free Trade Zone Authority told the session it had …", "The … Agency joined the trial as a related
party") took part in it; one "represented at the ceremony by its commander, X" took part, and so did X.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.attendance import list_members
from kg.relations.base import Relation
from kg.relations.coordination import name_list_ending

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_VERB = re.compile(r"\b(?:also\s+)?(?:attended|joined|chaired|co-chaired|witnessed|addressed)\s+(?:the\s+|a\s+|an\s+)?$")
_WITH = re.compile(r",?\s+(?:together\s+with|along\s+with|alongside|with)\s+(?=(?:the\s+)?(?:leaders|representatives|officials|"
                   r"delegates|delegations|heads|members|executives)\s+(?:of|from)\s+|(?:[A-ZĐ]))")
# "X cut the ribbon at the opening ceremony, together with Y and Z": at the event, with its subject, so there too
# (only "together / along with": "at the meeting with X" names whom the meeting was with)
_AT = re.compile(r"\bat\s+(?:the\s+|a\s+|an\s+)?$")
_TOGETHER = re.compile(r",?\s+(?:together\s+with|along\s+with|alongside)\s+")
_END = re.compile(r"[;.]|,\s+(?:who|which|where|when|as|and\s+(?:said|asked|called|urged))\b|\s+(?:to|where|who|which)\s")


def attending_with(s: "Sentence") -> list[Relation]:
    """participatedIn: those listed after "with" the event an attending verb governs."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        at = _AT.search(s.text, max(s.start, ev.start - 12), ev.start)
        if not at and not _VERB.search(s.text, max(s.start, ev.start - 40), ev.start):
            continue
        w = (_TOGETHER if at else _WITH).match(s.text, ev.end, s.end)
        if w is None:
            continue
        stop = _END.search(s.text, w.end(), s.end)
        end = stop.start() if stop else s.end
        out += [Relation(m.id, "participatedIn", ev.id, s.index) for m in list_members(s, w.end(), end)
                if m.type in ("Person", "Organization")]
    return out


_BODY_VERB = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:,\s*(?:which|that)\s[^,;.()]{1,60},)?\s+(?:also\s+)?"
                        r"(?:told|addressed|joined|attended|(?:was|were)\s+(?:also\s+)?represented\s+at"
                        # "Viettel and VinFast took part in the award ceremony", "… were present at the fair"
                        r"|took\s+part\s+in|participated\s+in|competed\s+in|(?:was|were)\s+(?:also\s+)?present\s+at)"
                        r"\s+(?:the\s+)?$"
                        # "The World Bank, which attended the meeting as an observer, said …"
                        r"|(?:\s*\([^()]{1,15}\))?,\s*which\s+(?:also\s+)?(?:attended|joined|addressed|took\s+part\s+in)\s+"
                        r"(?:the\s+)?$")
# "… was represented at the ceremony by its commander, Major General X": the one who stood for the body was there
_BY_ITS = re.compile(r"\s+by\s+(?:its|their)\s+[^,;.()]{1,40}(?:,\s*)?(?:[A-Z][\w-]*\s+){0,3}")


def bodies_at_event(s: "Sentence") -> list[Relation]:
    """participatedIn: the body right before "told / addressed / joined / attended" and the event after it."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    for ev in s.of_type("Event"):
        body = next((o for o in reversed(orgs) if o.end <= ev.start and _BODY_VERB.fullmatch(s.text, o.end, ev.start)), None)
        group = name_list_ending(s, body) if body is not None else []
        if group and any(_OF_PERSON.fullmatch(s.text, p.end, group[0].start) for p in s.of_type("Person")):
            group = []  # "Nguyễn Văn An of VinFast took part in the forum": the person's body, not a participant
        if body is not None:
            out += [Relation(o.id, "participatedIn", ev.id, s.index) for o in group]
            if "represented" in s.text[body.end:ev.start]:
                out += [Relation(p.id, "participatedIn", ev.id, s.index) for p in s.of_type("Person")
                        if _BY_ITS.fullmatch(s.text, ev.end, p.start)]
    return out


# "Nguyễn Văn An of VinFast", "Lê Hoa, from the Asian Development Bank": the body a person is of
_OF_PERSON = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?")
_JOINED_BY = re.compile(r"\s*(?:He|She|They)\s+(?:was|were)\s+(?:also\s+)?joined\s+(?:there\s+)?by\s+")


def joined_attendees(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """participatedIn: "The ceremony was attended by Minister X, who … . He was joined by A and B": those listed
    after "was joined by" took part in the event the person of the sentence before took part in (``rels``: the
    relations found so far; the event its first person took part in)."""
    if s.lang != "en" or s.index == 0:
        return []
    m = _JOINED_BY.match(s.text, s.start, s.end)
    if m is None:
        return []
    # the events of the sentence before's attendees; one named by its kind again ("who opened the conference")
    # is the same happening, so the one its first attendee took part in
    people = {m.id: m.start for m in s.ex.mentions if m.type == "Person" and m.sentence == s.index - 1}
    before = sorted((people[r.subject], r.obj) for r in rels if r.predicate == "participatedIn"
                    and r.sentence == s.index - 1 and r.subject in people)
    if not before:
        return []
    event = before[0][1]
    stop = _END.search(s.text, m.end(), s.end)
    return [Relation(x.id, "participatedIn", event, s.index) for x in list_members(s, m.end(), stop.start() if stop else s.end)
            if x.type in ("Person", "Organization")]

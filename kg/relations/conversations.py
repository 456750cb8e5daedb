"""English: who took part in a conversation ("A held a phone call with B", "A had talks with B").

Diplomatic copy names a call or talks by its kind, with the two parties on either side: the
subject before "held/had" and the counterpart after "with" (after his or her titles: "with
Chinese Foreign Minister Wang Yi"). Both took part. The subject may be a list ("A and B held
talks"); the counterpart is the first person named after "with", when only titles, places and
possessives stand between.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.attendance import list_members
from kg.relations.signing_parties import next_signing_event
from kg.relations.base import Relation

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_KINDS = re.compile(r"\b(?:call|talks|conversation)$", re.IGNORECASE)
# meetings a person holds with others: he takes part (a body that holds one organises it)
_HOSTED = re.compile(r"\b(?:working\s+session|meeting|dialogue|consultation)$", re.IGNORECASE)
_VERB = re.compile(r"\b(?:held|had|made|holds|has|hold|have|conducted|paid|pays)\s+(?:(?:a|an|the|their|his|her)\s+)?"
                   r"(?:[\w-]+\s+){0,2}$")
TALK_SUBJECT_GAP = re.compile(r"\s+(?:(?:on|this|last)\s+\w+(?:\s+(?:morning|afternoon|evening))?\s+)?(?:also\s+)?")
# the subject of the talks may stand before the counterpart: "held talks on rail links with Lao Minister …"
# or the place and day: "held talks in Hanoi on Wednesday with Chilean Foreign Minister …"
TALK_WITH = re.compile(r"(?:\s+on\s+[^,.;()]{1,60}?|\s+in\s+[A-ZĐ][\w’'-]*(?:\s+[A-ZĐ][\w’'-]*)*(?:\s+on\s+[A-Z][a-z]+)?)?"
                   r"\s+with\s+(?:(?:his|her|their|the)\s+)?")


def conversation_parties(s: "Sentence") -> list[Relation]:
    """participatedIn for both sides of a call or talks held by a subject "with" a counterpart."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        hosted = not _KINDS.search(ev.text)
        if hosted and not _HOSTED.search(ev.text):
            continue
        verb = _VERB.search(s.text, s.start, ev.start)
        if verb is None or verb.end() != ev.start and not re.fullmatch(r"\s*", s.text[verb.end():ev.start]):
            continue
        subjects = [m for m in list_members(s, s.start, verb.start()) if m.type in ("Person", "Organization")]
        if not any(m.type == "Person" for m in subjects) or not TALK_SUBJECT_GAP.fullmatch(
                s.text, max(m.end for m in subjects), verb.start()):
            continue  # "… signed by A and B after the two leaders held talks": not A's and B's talks
        if hosted:  # "Deputy PM X on Saturday held a working session with …": the person who held it was there
            out += [Relation(m.id, "participatedIn", ev.id, s.index) for m in subjects if m.type == "Person"]
            continue  # (those after "with": kg.relations.awards.meeting_partners)
        out += [Relation(m.id, "participatedIn", ev.id, s.index) for m in subjects]
        # ("paid a courtesy call on Lao President X": the one called on is the counterpart)
        w = (_CALL_ON if _COURTESY.search(ev.text) else TALK_WITH).match(s.text, ev.end, s.end)
        if w is None:
            continue
        partner = next((p for p in s.of_type("Person") if p.start >= w.end() and not p.ref), None)
        if partner is None or not only_titles_between(s, w.end(), partner.start):
            continue
        out.append(Relation(partner.id, "participatedIn", ev.id, s.index))
    return out


_COURTESY = re.compile(r"\bcourtesy\s+call$", re.IGNORECASE)
_CALL_ON = re.compile(r"\s+(?:on|to)\s+(?:(?:his|her|their|the)\s+)?")


_PORTFOLIO_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}$")
_PORTFOLIO_AFTER = re.compile(r"\s+of\s+(?:[A-Z][a-z]+(?:,?\s+and\s+|\s+|,\s+)){0,3}[A-Z][a-z]+(?=\s)")


def only_titles_between(s: "Sentence", a: int, b: int) -> bool:
    """Only titles, places, bodies, "counterpart" and nationality words stand between ``a`` and ``b``."""
    covered = [(t.start_char, t.end_char) for t in s.titles] + [
        (m.start, m.end) for m in s.mentions + s.nested if m.type in ("Place", "Organization")]
    for t in s.titles:  # the portfolio of a title: "Finance Minister", "Minister of Finance"
        before = _PORTFOLIO_BEFORE.search(s.text, max(a, t.start_char - 40), t.start_char)
        after = _PORTFOLIO_AFTER.match(s.text, t.end_char, b)
        covered += [(x.start(), x.end()) for x in (before, after) if x]
    rest = "".join(" " if any(x <= a + i < y for x, y in covered) else ch for i, ch in enumerate(s.text[a:b]))
    rest = re.sub(r"\b(?:counterpart|of|the|and|for|[A-Z][a-z]+(?:an|ese|ish|i|ian))\b|[’']s\b|,", " ", rest)
    return rest.strip() == "" and b - a < 90


def possessor_participants(s: "Sentence") -> list[Relation]:
    """"General Secretary To Lam's state visit to China", "Chinh's talks with …": the person whose
    event it is took part in it."""
    if s.lang != "en":
        return []
    events = {ev.start: ev for ev in s.of_type("Event")}
    out: list[Relation] = []
    for p in s.of_type("Person"):
        m = re.match(r"[’']s\s+", s.text[p.end:p.end + 4])
        ev = events.get(p.end + m.end()) if m else None
        if ev is not None:
            out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return out


# "the two leaders" → the titles they hold; "the two sides" is anyone titled
_PLURAL_ROLES = {"leaders": ("prime minister", "president", "general secretary", "chancellor", "premier", "king",
                             "chairman of the national assembly", "speaker"),
                 "prime ministers": ("prime minister",), "presidents": ("president",),
                 "ministers": ("minister",), "foreign ministers": ("foreign minister", "minister")}
_PLURAL = re.compile(r"(?<![\w])the\s+two\s+(?P<who>" + "|".join(sorted(_PLURAL_ROLES, key=len, reverse=True)) + r")\b",
                     re.IGNORECASE)


def plural_parties(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """"the two leaders held talks", "the two prime ministers also agreed …, at the talks": the last two
    people named before, in this sentence or the two before it, whose position fits the plural noun,
    took part in the events the sentence gives them (held / at)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for m in _PLURAL.finditer(s.text, s.start, s.end):
        roles = _PLURAL_ROLES[m.group("who").casefold()]
        titled = {r.subject for r in rels if r.predicate == "position" and isinstance(r.obj, str)
                  and r.obj.casefold() in roles}
        people = sorted((p for p in s.ex.mentions if p.id in titled and s.index - 2 <= p.sentence <= s.index
                         and (p.sentence < s.index or p.start < m.start())), key=lambda p: (p.sentence, p.start))
        named: dict[str, "object"] = {}
        for p in people:
            named.pop(p.text, None)
            named[p.text] = p
        pair = list(named.values())[-2:]
        if len(pair) != 2:
            continue
        verb = re.match(r"\s+(?:also\s+)?(?:held|had|hold|have)\s+(?:(?:a|an|the|their)\s+)?", s.text[m.end():s.end])
        events = [ev for ev in s.of_type("Event") if verb and ev.start == m.end() + verb.end()]
        out += [Relation(p.id, "participatedIn", ev.id, s.index) for p in pair for ev in events]
        # "After the talks, the two ministers signed a memorandum of understanding on …": both signed it, at
        # the signing ceremony the next sentence opens with, if it does
        sign = re.match(r"\s+(?:also\s+)?(?:signed|inked)\s+(?:(?:a|an|the)\s+)?", s.text[m.end():s.end])
        docs = [d for d in s.of_type("Policy") if sign and d.start == m.end() + sign.end()]
        out += [Relation(p.id, "signed", d.id, s.index) for p in pair for d in docs]
        ceremony = next_signing_event(s) if docs else None
        if ceremony is not None:
            out += [Relation(p.id, "participatedIn", ceremony.id, s.index) for p in pair]
    return out


_STAY = re.compile(r"\s+(?:is|was|arrived|will\s+be)\s+in\s+(?:[A-Z][\w-]*\s+){1,3}(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$")


def visit_stays(s: "Sentence") -> list[Relation]:
    """"Chinh is in Singapore for a three-day official visit": the person on the visit took part in it."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not ev.text.casefold().endswith(("visit", "trip", "tour")):
            continue
        for p in s.of_type("Person"):
            if p.end < ev.start and _STAY.fullmatch(s.text, p.end, ev.start):
                out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return out

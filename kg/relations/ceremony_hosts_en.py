"""organized from English launch sentences: "Vietnam Airlines on Monday launched its first direct route
to Milan, with a ceremony at Nội Bài International Airport", "The Cần Thơ Department of Health and the
Cần Thơ Red Cross on Sunday launched a blood donation campaign at a ceremony in Ninh Kiều ward".

The bodies that open the sentence and launch, inaugurate or open something "at / with / in a
ceremony" of the same sentence held that ceremony: it marks their own act. Only a list of bodies
that is the clause's subject counts (a person, a place or any other word before the verb leaves it).
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.coordination import name_list

_VERBS = r"(?:launched|inaugurated|opened|unveiled|kicked\s+off|broke\s+ground\s+on|started\s+work\s+on|" \
         r"put\s+into\s+operation|celebrated|marked|debuted|introduced)"
# between the last body of the subject and the verb: its acronym, the day ("on Monday", "on Dec 5")
_GAP = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?\s+)?(?:also\s+)?" + _VERBS + r"\s")
_CEREMONY = re.compile(r"\b(?:at|with|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?ceremony\b", re.IGNORECASE)


_NOMINAL = {"launch": r"launched|kicked\s+off|introduced|debuted", "inauguration": r"inaugurated|opened",
            "opening": r"opened|inaugurated", "groundbreaking": r"broke\s+ground\s+on|started\s+work\s+on"}
_NAMED_CEREMONY = re.compile(r"(?<![\w-])the\s+(launch|inauguration|opening|groundbreaking)\s+ceremony\b", re.IGNORECASE)


def _subject_bodies(s: Sentence, start: int, orgs: list) -> tuple[list, re.Match | None]:
    """The bodies that open the clause at ``start`` as a list ("The A and the B (C) on Sunday …") and the
    launch verb right after them, or ``([], None)`` (``orgs``: the clause's sentence's bodies, in order)."""
    text = s.text
    if not orgs:
        return [], None
    if not re.fullmatch(r"(?:[^\n—–]{0,60}[—–]\s*)?(?:The\s+|the\s+)?", text[start:orgs[0].start]):
        return [], None  # the first body must open the sentence (after a dateline)
    listed = name_list(s, orgs[0], among=orgs)
    verb = _GAP.match(text, listed[-1].end)
    return (listed, verb) if verb else ([], None)


def launch_ceremony_hosts(s: Sentence) -> list[Relation]:
    """organized: the bodies that open the sentence and launch something at a ceremony of it; or that
    open the sentence before and launch what this one calls "the launch ceremony" (the verb's noun:
    launched → launch, inaugurated → inauguration, broke ground → groundbreaking)."""
    if s.lang != "en":
        return []
    ceremonies = [e for e in s.of_type("Event") if not e.nested and re.search(r"ceremony\b", e.text, re.I)]
    if not ceremonies:
        return []
    orgs = [o for o in s.of_type("Organization") if not o.nested]
    listed, verb = _subject_bodies(s, s.start, orgs)
    cue = _CEREMONY.search(s.text, verb.end(), s.end) if verb else None
    event = next((e for e in ceremonies if cue.start() <= e.start <= cue.end()), None) if cue else None
    if event is not None:
        return [Relation(o.id, "organized", event.id, s.index) for o in listed]
    if s.index == 0:
        return []
    p_start, _ = s.ex.sentences[s.index - 1]
    prev = sorted((m for m in s.ex.mentions if m.type == "Organization" and m.sentence == s.index - 1 and not m.nested),
                  key=lambda m: m.start)
    listed, verb = _subject_bodies(s, p_start, prev)
    if not verb:
        return []
    for named in _NAMED_CEREMONY.finditer(s.text, s.start, s.end):
        event = next((e for e in ceremonies if named.start() <= e.start < named.end()), None)
        if event is not None and re.search(_NOMINAL[named.group(1).lower()], verb.group()):
            return [Relation(o.id, "organized", event.id, s.index) for o in listed]
    return []

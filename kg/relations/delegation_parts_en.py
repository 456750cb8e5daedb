"""English: the people and bodies a sentence puts in a delegation after naming them.

"Vice Chairman X and Chairman Y are also part of the Vietnamese delegation", "Z was among the visiting delegation",
"W is a member of the delegation to the summit": those named before the link (``delegation_part_links`` in
kg/data/relations/cues.json) took part in the event the delegation is at — the one named after the link
("the delegation to the 47th General Assembly"), else the event of the sentences before
(:func:`kg.relations.attendance.event_of`). The list the other way round ("The delegation included A and B")
is :func:`kg.relations.participation.participation`'s.

A body that sends a delegation took part too, with the one who leads it (:func:`sent_delegations`): "The Ministry
of Industry and Trade sent a delegation to the dialogue, headed by Deputy Minister X".
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation, Sentence
from kg.relations.conversations import only_titles_between
from kg.relations.cues import cue_pattern


@lru_cache(maxsize=1)
def _link() -> re.Pattern:
    """The link, then "the / a / his …", up to three words ("Vietnamese", "high-level") and "delegation"."""
    return re.compile(r"\s(?:" + cue_pattern("delegation_part_links", "en") + r")\s+(?:the|a|an|his|her|their|its)\s+"
                      r"(?:[\w’'-]+\s+){0,3}?(?:delegation|entourage)(?![\w-])", re.IGNORECASE)


# a delegation told by a clause of its own ("… that visited Cuba", "… which went to …") or of another year
_OTHER_DELEGATION = re.compile(r"\s*,?\s+(?:that|which|who)\s|[^.;]*\b(?:in|since)\s+(?:19|20)\d\d\b")


def delegation_parts(s: Sentence) -> list[Relation]:
    """participatedIn for the people and bodies named before "are part of / were among / is a member of the … delegation"."""
    if s.lang != "en":
        return []
    m = _link().search(s.text, s.start, s.end)
    if m is None:
        return []
    if _OTHER_DELEGATION.match(s.text, m.end(), s.end):
        return []  # "… a member of the Party delegation that visited Cuba in 2019": a delegation of its own
    members = list_members(s, s.start, m.start())
    if not members:
        return []
    after = [e for e in s.mentions if e.type == "Event" and e.start >= m.end() and re.match(
        r"\s+(?:to|at|for|attending)\s+(?:the\s+)?$", s.text[m.end():e.start])]
    event = after[0] if after else event_of(s, m.start())
    if event is None:
        return []
    return [Relation(x.id, "participatedIn", event.id, s.index) for x in members]


@lru_cache(maxsize=1)
def _sent() -> re.Pattern:
    """"sent a (high-level) delegation", or people ("40 engineers", named ``people``), then where to ("to the
    dialogue") up to the leader ("…, headed by")."""
    return re.compile(r"\s*(?:" + cue_pattern("delegation_send_verbs", "en") + r")\s+(?:a|an|its|their|his|her)?\s*"
                      r"(?:[\w’'-]+\s+){0,2}?(?:" + cue_pattern("sent_groups", "en") + r"|(?P<people>"
                      + cue_pattern("sent_people", "en") + r"))(?P<to>\s+(?:to|for)\s+)?",
                      re.IGNORECASE)


_THE = re.compile(r"\s*(?:the\s+)?")
# after people sent, more of them, then where to: " and a water-purification team to the "
_LATER_TO = re.compile(r"[^.;,]{0,50}?\s(?:to|for)\s+(?:the\s+)?")
_LED_BY = re.compile(r"[^.;]{0,80}?,?\s+(?:led|headed)\s+by\s+")


def sent_delegations(s: Sentence) -> list[Relation]:
    """participatedIn for a body that "sent a delegation (to EVENT)" and for the person "led / headed by" who leads it."""
    if s.lang != "en":
        return []
    bodies = s.of_type("Organization")
    for body in bodies:
        m = _sent().match(s.text, body.end, s.end)
        if m is not None and not re.search(r"[,;]", s.text[body.end:body.end + m.start() - body.end]):
            break
    else:
        return []
    senders = [o for o in list_members(s, s.start, m.start()) if o.type == "Organization"] or [body]
    if m.group("to"):
        named = [e for e in s.mentions if e.type == "Event" and e.start >= m.end() and _THE.fullmatch(s.text, m.end(), e.start)]
        if not named:
            return []  # "sent a delegation to Hà Nội": a trip, not an event told before
        event = named[0]
    elif m.group("people"):  # "sent 80 volunteers and a rescue team to the drill"; not "sent 40 volunteers to help …"
        to = _LATER_TO.match(s.text, m.end(), s.end)
        event = next((e for e in s.mentions if e.type == "Event" and to and e.start == to.end()), None)
    else:
        event = event_of(s, m.start())
    if event is None:
        return []
    out = [Relation(o.id, "participatedIn", event.id, s.index) for o in senders]
    led = _LED_BY.match(s.text, event.end if event.start >= m.end() else m.end(), s.end)
    leader = next((p for p in s.of_type("Person") if led and p.start >= led.end()), None)
    if leader is not None and only_titles_between(s, led.end(), leader.start):
        out.append(Relation(leader.id, "participatedIn", event.id, s.index))
    return out

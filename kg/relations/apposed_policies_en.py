"""English: a description set in apposition after a numbered instrument (or a named event) names the same one.

"Decision 876/QD-TTg, the Government's programme on green energy transition in transport, which was approved on
July 22, 2022": the programme is Decision 876, not a second instrument, so what the sentence tells of it (the
Government's, approved that day) is the decision's. A description is told in lower case after "the", "its" or an
owner's possessive; a capitalised name there ("Decree 13, the Law on Cybersecurity and …") is another instrument
of a list. Likewise "the Vietnam Retail Summit, a two-day meeting that opened at the Sheraton Hotel on Monday": the
meeting is the summit, so the day and the venue are the summit's.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention
from kg.relations.policy_phrases_en import OWNER_EN
from kg.textutil import compiled

# the rest of the number the mention left out, the comma, the article or owner: ", the Government's "
_APPOSED = compiled(r"[/\w.-]*\s*,\s*(?:the|its|their)\s+" + OWNER_EN)


def apposed_descriptions(mentions: list[Mention], text: str) -> None:
    """Give each lower-case instrument description apposed to a numbered instrument that instrument's name (they
    resolve to one entity)."""
    policies = sorted((m for m in mentions if m.type == "Policy" and not m.nested and not m.ref), key=lambda m: m.start)
    starts = {m.start: m for m in policies}
    for head in policies:
        if not re.search(r"\d", head.text):
            continue  # (only a numbered instrument is described so)
        m = _APPOSED.match(text, head.end)
        desc = starts.get(m.end()) if m is not None else None
        if desc is None or desc is head or re.search(r"\d", desc.text) or not desc.text[:1].islower() \
                or not re.match(r"\s*(?:[,.;)]|$)", text[desc.end:desc.end + 2]) or desc.sentence != head.sentence:
            continue
        desc.name = head.name or head.text


# ", a two-day ", ", an annual ": the article and at most two lower-case words before an event's description
_APPOSED_EVENT = compiled(r"\s*,\s*(?:a|an|the|its|their)\s+(?:[a-z0-9][\w-]*\s+){0,2}")
_LISTED_ON = compiled(r"\s*,?\s*(?:and|or)\s")  # "the Digital Forum, the tech fair and …": a list, not an apposition


def apposed_event_descriptions(mentions: list[Mention], text: str) -> None:
    """Give each lower-case event description apposed to a named event ("…, a two-day meeting that …", "…, an annual
    forum held in …") that event's name."""
    events = sorted((m for m in mentions if m.type == "Event" and not m.nested), key=lambda m: m.start)
    for head, desc in zip(events, events[1:]):
        if head.ref or head.text[:1].islower() or not desc.text[:1].islower() or desc.sentence != head.sentence \
                or _APPOSED_EVENT.fullmatch(text, head.end, desc.start) is None or _LISTED_ON.match(text, desc.end):
            continue
        desc.name, desc.ref = head.name or head.text, False  # (a reference the resolver would send elsewhere)

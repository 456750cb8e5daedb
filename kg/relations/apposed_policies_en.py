"""English: a description set in apposition after a numbered instrument names the same instrument.

"Decision 876/QD-TTg, the Government's programme on green energy transition in transport, which was approved on
July 22, 2022": the programme is Decision 876, not a second instrument, so what the sentence tells of it (the
Government's, approved that day) is the decision's. A description is told in lower case after "the", "its" or an
owner's possessive; a capitalised name there ("Decree 13, the Law on Cybersecurity and …") is another instrument
of a list.
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

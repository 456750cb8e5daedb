"""English phrases that may stand between an instrument and the words around it, shared by the implements
readers (:mod:`kg.relations.policies`, :mod:`kg.relations.implements_en`)."""
from __future__ import annotations

import re

from kg.nlp.patterns import UPPER_VI
from kg.relations.cues import cue_pattern

# the issuer's possessive before an instrument: "the Prime Minister's Decision 1163", "the province's Plan 9"
OWNER_EN = rf"(?:(?-i:[{UPPER_VI}][\w-]*(?:\s+[{UPPER_VI}][\w-]*){{0,5}}|[a-z]+)['’]s\s+)?"

# an apposition that says what the instrument or body before it is, right before the implementing verb:
# "Plan 88, an action plan carrying out …", "the department, the agency in charge of carrying out …"
APPOSED_HEAD = re.compile(r"^\s*,\s*(?:a|an|the|its|their)\s+(?:(?:[\w-]+['’]s|[a-z][\w-]*)\s+){0,2}?(?:"
                          + cue_pattern("apposed_implementer_heads", "en") + r")(?=\s)")

# an aside on who issued the instrument and when, between its name and its subject: "Resolution 68-NQ/TW, which the
# Politburo issued in May | on private economic development", "Decree 13, issued by the Government in April | on …"
_ISSUING = r"(?:issued|adopted|approved|passed|promulgated|enacted|signed)"
ISSUED_ASIDE_EN = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:the\s+)?[^,;:.]{1,60}?\s+(?:had\s+|has\s+)?" + _ISSUING
                             + r"|" + _ISSUING + r"\s+by\s+(?:the\s+)?[^,;:.]{1,60}?)"
                             r"(?:\s+(?:in|on|last|this|early|late)\s+[\w ]{1,20}?)?\s*")

"""English appositives between an implementer and its verb (moved out of :mod:`kg.relations.policies`): "The
National Innovation Centre, a unit of the Ministry of Finance, is carrying out …" (a parent named in an aside) and
"UNICEF Việt Nam, based in Hà Nội, will help carry out …", "MoMo, a fintech company based in HCM City, said it was
carrying out …" (a seat named in an aside): the body the aside describes
is the one that implements, not the parent or the place the aside names."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern


def past_appositive(s: Sentence, before: list[Mention], last: Mention, pos: int) -> tuple[Mention | None, int]:
    """English: when ``last`` closes an appositive that names a body's parent (``appositive_units``: "The
    National Innovation Centre, a unit of the Ministry of Finance, is carrying out …"), the body the
    appositive describes and where the text after its closing comma starts; else (None, 0)."""
    if s.lang != "en" or last.type not in ("Organization", "Place"):
        return None, 0
    close = re.match(r"\s*,", s.text[last.end:pos])
    head = next((m for m in reversed(before) if m.end <= last.start and not m.nested  # (past a field: "a fintech …")
                 and (m.type != "Topic" or last.type != "Place")), None)
    if not close or head is None or head.type not in ("Organization", "Policy"):
        return None, 0
    if last.type == "Place":  # "UNICEF Việt Nam, based in Hà Nội, will help carry out …": the body, not its seat
        seat = re.fullmatch(r"\s*,\s*(?:an?\s+(?:[\w-]+\s+){1,4}?|which\s+is\s+)?(?:based|headquartered|located)\s+in\s+"
                            r"(?:the\s+)?",  # (", a fintech company based in …")
                            s.text[head.end:last.start])
        return (head, last.end + close.end()) if seat and head.type == "Organization" else (None, 0)
    if not re.fullmatch(r"\s*,\s*(?:" + cue_pattern("appositive_units", s.lang) + r")\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?",
                        s.text[head.end:last.start], flags=re.IGNORECASE):
        return None, 0
    return head, last.end + close.end()

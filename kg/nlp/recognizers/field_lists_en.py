"""English body names that open with a list of fields: "the provincial Fire Prevention, Fire Fighting and
Rescue Police Division". The comma lists parts of one name, not several bodies, when every item before
"and" ends in a noun of an activity ("Prevention", "Fighting", "Management") and the words after "and" reach a
body word within four words; a list of firms ("Samsung, LG and Hyundai Motor Company") has no such nouns.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P

_FIELD_NOUN = r"[A-Z][\w-]*(?:tion|sion|ing|ment|ance|ence|ity|ure|ism|ics)"


@lru_cache(maxsize=1)
def _field_list() -> re.Pattern:
    tails = "|".join(sorted(map(re.escape, P.ORG_TAILS_EN + ("Police", "Division", "Department", "Bureau")),
                            key=len, reverse=True))
    return re.compile(rf"(?:[A-Z][\w-]*\s+)*?{_FIELD_NOUN}(?:,\s*(?:[A-Z][\w-]*\s+)*?{_FIELD_NOUN})+,?\s+and\s+"
                      rf"(?:[A-Z][\w-]*\s+){{0,3}}?(?:{tails})\b")


def field_list_comma(text: str, pos: int) -> bool:
    """The comma at ``pos`` lists the fields a body's name opens with (see the module docstring)."""
    run = re.search(r"(?<![\w’'-])(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*$", text[max(0, pos - 60):pos])
    if run is None:
        return False
    start = max(0, pos - 60) + run.start()
    return _field_list().match(text, start) is not None

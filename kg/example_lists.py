"""Fields named only as examples of a list are no Topics of the article (Vietnamese).

"Các chuyên gia cũng góp ý về những lĩnh vực liên quan như logistics, quy hoạch đô thị và cấp phép xây dựng":
the items after "như" illustrate a plural generic noun of fields (``kg/data/patterns/example_lists_vi.json``);
ANNOTATION.md counts a field the article is about, and a field the text names only there, with no policy, event or
body about it, is named in passing. Run by kg.resolve after the relations are drawn (a topic held by ``about``
stays, as does one the text names anywhere else).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _list_pattern() -> re.Pattern:
    """A quantifier, a generic noun of fields, up to three words, the opener: the list runs to the clause's end."""
    d = pattern_data("example_lists_vi.json")
    return re.compile(rf"(?<![\w])(?:{phrase_alternation(d['quantifiers'])})\s+(?:{phrase_alternation(d['kinds'])})"
                      rf"(?:\s+[^\W\d]+){{0,3}}?\s+(?:{phrase_alternation(d['openers'])})\s+([^.;:!?()\n]+)",
                      re.IGNORECASE)


def example_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that list examples after "các lĩnh vực như …"."""
    return [(m.start(1), m.end(1)) for m in _list_pattern().finditer(text)]


def example_only(spans: list[tuple[int, int]], mentions: list) -> bool:
    """Every one of ``mentions`` (objects with start and end) lies inside one of ``spans``."""
    return bool(mentions) and all(any(a <= m.start and m.end <= b for a, b in spans) for m in mentions)

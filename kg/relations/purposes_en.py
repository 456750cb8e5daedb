"""about of an English event or instrument from the purpose it is held or made for.

"The forum, organised by the Vietnam Digital Communications Association, aimed at promoting digital
transformation in small and medium-sized enterprises", "a programme to boost e-commerce and digital
payments": what the holder is to further is its subject. Right after the holder (or an aside on who
organised, hosted or signed it) comes a purpose opener, a verb of furthering, optionally the task it names
("the development of"), and then the fields the lexicon knows, joined by a comma or "and". Word lists are
data in ``kg/data/patterns/purposes_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence, after_dateline, joined_run
from kg.relations.policies import policy_ref_at
from kg.textutil import phrase_alternation

class _Holder(NamedTuple):
    """An instrument or event and where the words that name it (or name it again: "The plan") end."""
    id: str
    end: int


# a further field of the list: ", " or " and " (", and "), an optional "the"
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern:
    d = pattern_data("purposes_en.json")
    aside = r"(?:\s*,\s*(?:" + phrase_alternation(d["asides"]) + r")\s+[^,.;:]{1,110},)?"
    purpose = r"(?:" + phrase_alternation(d["openers"]) + r")\s+(?:" + phrase_alternation(d["verbs"]) + r")"
    scope = r"(?:also\s+)?(?:" + phrase_alternation(d["scope_verbs"]) + r")"
    return re.compile(aside + r"\s*,?\s+(?:which\s+|that\s+)?(?:" + purpose + "|" + scope + r")\s+(?:the\s+)?(?:(?:"
                      + phrase_alternation(d["tasks"]) + r")\s+)?$")


def purpose_topics_en(s: Sentence) -> list[Relation]:
    """about: the fields of "EVENT/POLICY (, organised by …,) aimed at promoting X and Y" or "… gives priority to
    X and Y" (``scope_verbs``)."""
    if s.lang != "en":
        return []
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    out: list[Relation] = []
    holders = [_Holder(h.id, h.end) for h in s.of_type("Event", "Policy")]
    ref = policy_ref_at(s, after_dateline(s))  # "The plan, signed by …, gives priority to …": the plan named before
    if ref is not None:
        m = re.match(r"\s*(?:the|this|that|its)\s+(?:(?:draft|amended|new)\s+)?[a-z]+", s.text[after_dateline(s):s.end],
                     flags=re.IGNORECASE)
        holders.append(_Holder(ref.id, after_dateline(s) + m.end()))
    for h in holders:
        first = next((t for t in topics if t.start >= h.end), None)
        if first is None or first.start - h.end > 200 or not _purpose().fullmatch(s.text, h.end, first.start):
            continue
        out += [Relation(h.id, "about", t.id, s.index) for t in joined_run(s.text, topics, first, _JOIN)]
    return out

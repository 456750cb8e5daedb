"""English topic words that only modify another noun: "logistics costs", "a regional logistics hub",
"data center operators", "chip and logistics firms" (modifiers sharing one head). The article is about the
costs, the hub or the operators, not about the field, so such a mention is no Topic; the nouns are data (``kg/data/patterns/topic_modifiers_en.json``).
A topic word inside a policy's, event's or body's name is left to the name (its nested topic gives
``about``), and a topic the lexicon names with its head ("logistics services") is matched whole.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.patterns import PATTERNS_DIR, pattern_data
from kg.textutil import escaped_alternation

DATA = PATTERNS_DIR / "topic_modifiers_en.json"
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*")  # "LNG", "VNeID", "5G" after a capital


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    heads = pattern_data(DATA.name)["heads"]
    return re.compile(r"[ \t]+(?:" + escaped_alternation(heads) + r")(?![\w-])")


def topic_as_modifier(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """True for a lower-case TOPIC candidate right before one of the ``heads`` nouns, in no other name."""
    first = text[c.start:c.start + 1]
    word = text[c.start:c.end]
    if c.label != "TOPIC" or not (first.islower() or first.isupper() and re.search(r"(?:^|[.!?\n]\s*|[—–]\s*)$",
                                                                                text[max(0, c.start - 3):c.start])
                                  or _ACRONYM.fullmatch(word)):
        return False  # lower case, capitalised only as the sentence's first word, or an acronym ("the VNeID app")
    if any(o is not c and o.label not in ("TOPIC", "TITLE", "DATE") and o.start <= c.start and c.end <= o.end
           for o in cands):
        return False
    if word.lower() in _adjectives() and re.match(r" [A-Za-z]", text[c.end:c.end + 2]) \
            and not re.match(r" (?:and|or|as|is|are|was|were|in|on|for|of|to|with)\b", text[c.end:c.end + 6]):
        return True  # "high-tech investment": a compound adjective before its noun
    if _heads().match(text, c.end) is not None:
        return True
    # "chip and logistics firms", "AI, data and cloud companies": one of modifiers sharing the head after the last
    shared = _shared_head().match(text, c.end)
    if shared is None or _plural_member(word, text[c.end:shared.end()], text[max(0, c.start - 40):c.start]):
        return False  # "invest in semiconductors, renewable energy and financial centres": a plural is no modifier
    # … unless the head is part of a field the list names: "artificial intelligence and data centres"
    return not any(o.label == "TOPIC" and c.end < o.end and o.start < shared.end() <= o.end for o in cands)


_PLURAL = re.compile(r"[a-z]{3,}(?<!ss)(?<!ic)(?<!u)s")  # "semiconductors", not "logistics", "business", "bus"


def _plural_member(word: str, rest: str, before: str) -> bool:
    """A member of the list (this one, one after it before the head, or the one right before it) is a plural noun,
    which modifies nothing: the list names fields, not kinds of the head."""
    after = re.split(r"\s*,\s*|\s+and\s+", rest.strip(" ,"))[:-1]  # the members before the head's own phrase
    last_before = re.search(r"([a-z][\w-]*),\s*$", before)
    return any(_PLURAL.fullmatch(w.split()[-1]) for w in [word, *after] if w) or bool(
        last_before and _PLURAL.fullmatch(last_before.group(1)))


@lru_cache(maxsize=1)
def _shared_head() -> re.Pattern:
    """The rest of a list of lower-case modifiers after the first, then the head they share: " and logistics
    firms", ", data and cloud companies"."""
    # (no determiner after "and": "fishing vessel traceability and the cost of devices" joins two phrases, no
    # modifiers of one head)
    return re.compile(r"(?:\s*,\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*\s*,?\s+and\s+(?!(?:the|a|an|its|their|this|these)\s)"
                      r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?" + _heads().pattern)


@lru_cache(maxsize=1)
def _adjectives() -> frozenset:
    return frozenset(w.lower() for w in pattern_data(DATA.name).get("adjectives", []))


@lru_cache(maxsize=1)
def _portfolio() -> re.Pattern:
    """A lower-case office head, "of", and any earlier portfolios of its list, ending right before a topic:
    "deputy ministers of finance, of ", "the ministries of health and of ", "the department of "."""
    heads = pattern_data(DATA.name)["portfolio_heads"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, h.split()))
                                                  for h in sorted(heads, key=len, reverse=True))
                      + r")\s+of\s+(?:[a-z][\w-]*(?:\s*,\s*|\s+))*?(?:(?:and\s+)?of\s+)?$")


def topic_as_portfolio(text: str, c: Candidate) -> bool:
    """True for a lower-case TOPIC candidate that names what a lower-case office or ministry is "of": the
    office's portfolio ("deputy ministers of finance, of science and technology"), no field of the article."""
    if c.label != "TOPIC" or not text[c.start:c.start + 1].islower():
        return False
    return _portfolio().search(text[max(0, c.start - 80):c.start]) is not None

"""English lower-case events named by the nouns before a meeting word, once a verb says the thing was held:
"the provincial People's Committee held an investment promotion conference for the electronics sector",
"A trade promotion conference for Japanese investors took place …", "attended a production launch ceremony".
Unlike ``held_kinds`` (kg/data/patterns/events_en.json), these heads ('compound_heads' of
kg/data/patterns/held_compounds_en.json) name an event only after two or more lower-case words of their own; a head
with its subject ("a conference on …") is left to the kinds reader."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, frozenset[str]]:
    data = pattern_data("held_compounds_en.json")
    events = pattern_data("events_en.json")
    alt = lambda xs: phrase_alternation(xs)  # noqa: E731
    heads, verbs, after = alt(data["compound_heads"]), alt(events["held_verbs"]), alt(events["held_after"])
    name = rf"(?:[a-z][a-z-]*\s+){{2,4}}(?:{heads})"
    # a head followed by its subject or owner is the kinds reader's ("an investment conference on …")
    free = r"(?!\s+(?:on|of|to|regarding|concerning)\b)(?![\w-])"
    return re.compile(rf"(?<![\w])(?:(?:{verbs})\s+(?:a|an)\s+(?P<name>{name}){free}"
                      rf"|(?:An?)\s+(?P<pname>{name}){free}(?:\s+for\s+[^,.;:()]{{1,50}}?)?\s+(?:{after})\b)"), \
        frozenset(events["held_not_words"]) | frozenset(data["not_words"])


def held_compound_candidates(text: str) -> list[Candidate]:
    """The lower-case compound before a meeting head that a verb says was held names the event."""
    pattern, not_words = _pattern()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        group = "name" if m.group("name") else "pname"
        start, end = m.span(group)
        if any(w in not_words for w in text[start:end].split()):
            continue
        out.append(Candidate(start, end, "EVENT", PRIORITY["event-lower"], "event-lower-compound",
                             meta={"head": text[start:end].split()[-1], "standalone": True}))
    return out

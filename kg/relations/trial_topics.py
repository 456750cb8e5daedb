"""about of a trial (English): the crime a court sentences for ("The Hà Nội People's Court on Friday
sentenced 14 people … for smuggling gold", "Hà Nội court jails 12 over online investment fraud ring",
"… in a major corruption case"). A sentence with a sentencing cue names the crime with a Topic the
data lists as one (``crime_topics``); the trial of that sentence, else the article's first trial, is
about it. Cue and topic lists: ``kg/data/patterns/trial_topics_en.json``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.relations.base import Relation
from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation

if TYPE_CHECKING:
    from kg.relations.base import Sentence


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    raw = pattern_data("trial_topics_en.json")
    cue = re.compile(r"(?<![\w])(?:" + phrase_alternation(raw["sentencing"]) + r")(?![\w])",
                     re.IGNORECASE)
    return cue, frozenset(raw["crime_topics"]), frozenset(raw["trial_heads"])


def trial_crime_topics(s: "Sentence") -> list[Relation]:
    """about: the article's trial and the crime a sentencing sentence names."""
    if s.lang != "en":
        return []
    cue, crimes, heads = _data()
    if not cue.search(s.text, s.start, s.end):
        return []
    topics = [t for t in s.of_type("Topic") if t.gid in crimes]
    if not topics:
        return []
    trials = [e for e in s.ex.mentions if e.type == "Event" and e.text.casefold().split()[-1] in heads]
    here = [e for e in trials if e.sentence == s.index]
    trial = (here or trials or [None])[0]
    return [Relation(trial.id, "about", t.id, s.index) for t in topics] if trial is not None else []

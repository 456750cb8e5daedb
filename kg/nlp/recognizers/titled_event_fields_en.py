"""English: the field a capitalised event or instrument name states right before its head word.

"the Vietnam Offshore Energy Summit 2026", "the Đà Nẵng Urban Mobility Forum", "the Phú Quốc Marine Tourism Week",
"has issued the Tidal Energy Development Plan to 2035": news English names many meetings "<place> <field>
<kind>" and many plans "<field> [Development] <kind>". The field is recognised by form, not by a list of topics: the
last two title-case words before the kind word, past the work done on it ("… Energy Cooperation Forum",
"… Energy Development Plan"), the second a field noun or head noun of the general field lexicon ("Energy",
"Mobility", "Tourism"; "Agricultural Machinery" names goods). Scope and country words and the words of a place inside the
name open no field. An instrument states its field only where it is being made (a making word just before it): a
plan the text only cites is no subject of the article. The Topic is nested in the name, which gives ``about``
(kg.relations.topics). Data: ``kg/data/patterns/titled_event_fields_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.field_topics_en import is_field_head, task_tails
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

SOURCE = "titled-event-field-en"
_TITLE_WORD = re.compile(r"[A-ZĐ][\w'’-]*")
_PAIR = re.compile(r"[-–][A-ZĐ]")  # "Vietnam-US", "Cambodia–Việt": two parties, no field


def _heads(words: list[str]) -> re.Pattern:
    return re.compile(r"\s+(?:" + escaped_alternation(words) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _data() -> dict:
    d = pattern_data("titled_event_fields_en.json")
    made = set(d["made_words"]) | set(pattern_data("field_topics_en.json")["title_makers"])
    return {"EVENT": _heads(d["heads"]), "POLICY": _heads(d["policy_heads"]), "generic": frozenset(d["generic"]),
            "most": int(d["max_words"]), "made": frozenset(made)}


def _being_made(text: str, c: Candidate) -> bool:
    """A making word ("issued", "approved", "draft") among the three words before the instrument's name."""
    return bool(set(text[max(0, c.start - 40):c.start].casefold().split()[-3:]) & _data()["made"])


def _field_before(text: str, c: Candidate, head: re.Pattern, cands: list[Candidate]) -> tuple[int, int] | None:
    """The span of the field stated right before the first head word inside ``c``, if any."""
    d = _data()
    m = next((h for h in head.finditer(text, c.start, c.end) if h.start() > c.start), None)
    if m is None:
        return None
    words = [(c.start + w.start(), c.start + w.end()) for w in re.finditer(r"\S+", text[c.start:m.start()])]
    while words and text[words[-1][0]:words[-1][1]].casefold() in task_tails():
        words.pop()  # "… Energy Cooperation Forum", "… Energy Development Plan": the field is before the work done on it
    run: list[tuple[int, int]] = []
    for a, b in reversed(words):  # the title-case words right before the head, back to a generic or place word
        w = text[a:b]
        if not _TITLE_WORD.fullmatch(w) or _PAIR.search(w) or w.casefold() in d["generic"] or len(run) == d["most"] or any(
                o.label in ("LOC", "GPE", "ORG") and o.start <= a and b <= o.end for o in cands):
            break
        run.insert(0, (a, b))
    # a field noun or head noun closes the field ("Offshore Energy", "Green Tourism"; "Agricultural Machinery" is
    # a kind of goods), after a word that narrows it
    if len(run) >= 2 and is_field_head(text[run[-1][0]:run[-1][1]].casefold()):
        return run[0][0], run[-1][1]
    return None


def titled_event_field_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Topics stated before the head word of a capitalised EVENT name, or of a POLICY name being made, that no
    lexicon topic already covers."""
    out: list[Candidate] = []
    for c in cands:
        if c.label not in ("EVENT", "POLICY") or not text[c.start:c.start + 1].isupper():
            continue
        if c.label == "POLICY" and not _being_made(text, c):
            continue
        span = _field_before(text, c, _data()[c.label], cands)
        if span is not None and not any(o.label == "TOPIC" and o.start < span[1] and span[0] < o.end for o in cands):
            out.append(Candidate(span[0], span[1], "TOPIC", PRIORITY["field-topic"], SOURCE))
    return out

"""participatedIn from an attendance count with its named members: "More than 800 delegates
attended, including Deputy Prime Minister X and Ambassador Y", "Some 200 businesses took part,
among them Z" — the people and bodies after "including" took part in the event of the sentence,
else in the latest event of the sentences before. The members may come first, set off in the subject:
"More than 200 delegates, including representatives of A, B and C, attended a conference on …"
(:func:`including_subjects`). Cues are data (``took_part`` and
``including_links`` in ``kg/data/relations/cues.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.attendance import event_of, list_members
from kg.relations.base import after_dateline, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation


_ANY_EVENT = frozenset(pattern_data("including_words.json")["any_event"])  # nouns that may name the event before whatever its kind


def attended_including(s: Sentence) -> list[Relation]:
    """participatedIn: the named members of "… attended, including …"."""
    links = cue_pattern("including_links", s.lang)
    if not links:
        return []
    m = re.search(r"\b(?:" + cue_pattern("took_part", s.lang) + r")(?:\s+(?:it|the\s+(?P<noun>[\w-]+(?:\s+[\w-]+)?)))?"
                  r",?\s+(?:" + links + r")\s+", s.text[s.start:s.end], flags=re.IGNORECASE)
    if m is None:
        return []
    start = s.start + m.end()
    event = event_of(s, s.start + m.start())
    if event is None:
        return []
    head = m.group("noun").split()[-1].casefold() if m.group("noun") else ""
    if head and head not in _ANY_EVENT and event.sentence < s.index and head not in event.text.casefold():
        return []  # "… told a press conference. Fans attended the semi-final, including …": another event, unnamed
    return [Relation(x.id, "participatedIn", event.id, s.index) for x in list_members(s, start, s.end)]


# a crowd with no name opens the subject: a count or a plural of people or bodies ("More than 200 delegates",
# "Delegations from 40 Japanese companies", "Hundreds of investors")
# ("crowd_counts", "crowd_nouns" of kg/data/patterns/including_words.json)
_CROWD_EN = re.compile(r"\s*(?:(?:" + phrase_alternation(pattern_data("including_words.json")["crowd_counts"])
                       + r"|\d[\d,]*)\s+)+[^,;.()]{0,60}(?=,)|\s*(?:"
                       + phrase_alternation(pattern_data("including_words.json")["crowd_nouns"])
                       + r")\s+(?:of|from)\s+[^,;.()]{1,60}(?=,)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _list_verb(lang: str) -> re.Pattern:
    """The attendance verb after the comma that closes a subject's list (``took_part`` cues)."""
    return re.compile(r",\s+(?:also\s+)?(?:" + cue_pattern("took_part", lang) + r")(?![\w])", re.IGNORECASE)


def including_subjects(s: Sentence) -> list[Relation]:
    """participatedIn (English): "More than 200 delegates, including A, B and C, attended EVENT": the named members
    set off in a crowd subject took part in the event the verb governs, else the latest event before."""
    if s.lang != "en":
        return []
    opening = after_dateline(s)
    crowd = _CROWD_EN.match(s.text, opening, s.end)
    if crowd is None or any(m.type in ("Person", "Organization") and opening <= m.start < crowd.end() for m in s.mentions):
        return []
    link = re.match(r",\s+(?:" + cue_pattern("including_links", s.lang) + r")\s+", s.text[crowd.end():s.end],
                    flags=re.IGNORECASE)
    if link is None:
        return []
    start = crowd.end() + link.end()
    close = _list_verb(s.lang).search(s.text, start, s.end)
    if close is None or ";" in s.text[start:close.start()]:
        return []
    after = [m for m in s.mentions if m.type == "Event" and close.end() <= m.start <= close.end() + 12]
    event = after[0] if after else event_of(s, s.start)
    if event is None:
        return []
    return [Relation(x.id, "participatedIn", event.id, s.index) for x in list_members(s, start, close.start())
            if x.type in ("Person", "Organization")]

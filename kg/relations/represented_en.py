"""English: bodies that took part in an event through the people they sent.

- "X met executives of A, B and C at a business roundtable organised by …": A, B and C took part in
  the roundtable (X himself is read by the general meeting rules).
- "Delegates from A, B and C joined panels on …": the panels are part of the event told before, so
  A, B and C took part in that event.

The nouns for those sent (``representative_nouns``) and for the parts of a programme
(``programme_part_nouns``) are data in kg/data/patterns/represented_en.json.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.nlp.patterns import pattern_data
from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation
from kg.textutil import phrase_alternation

if TYPE_CHECKING:
    from kg.relations.base import Sentence


@lru_cache(maxsize=None)
def _alt(kind: str) -> str:
    """A regex alternation of one word list of represented_en.json, longest first (built once per list)."""
    words = pattern_data("represented_en.json")[kind]
    return phrase_alternation(words)


@lru_cache(maxsize=1)
def _met() -> "re.Pattern":
    """"met executives of", "received representatives from"."""
    return re.compile(r"(?<![\w-])(?:met|meets|met\s+with|received|receives|hosted)\s+(?:(?:senior|top|the)\s+)?"
                      r"(?:" + _alt("representative_nouns") + r")\s+(?:of|from)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _joined_parts() -> "re.Pattern":
    """"Delegates from A and B joined panels on …", "… took part in the discussions"."""
    return re.compile(r"\s*(?:(?:Senior|Top)\s+)?(?:" + _alt("representative_nouns") + r")\s+(?:of|from)\s+(?P<list>.+?)\s+"
                      r"(?:also\s+)?(?:joined|took\s+part\s+in|sat\s+on|spoke\s+(?:at|on|in))\s+(?:the\s+|a\s+|two\s+|three\s+)?"
                      r"(?:[\w-]+\s+)?(?:" + _alt("programme_part_nouns") + r")(?![\w-])", re.IGNORECASE)


_AT_AN_EVENT = re.compile(r"\s+at\s+(?:a|an|the)\s+")


def bodies_met_at_event(s: "Sentence") -> list[Relation]:
    """participatedIn: the bodies whose people someone met "at" an event named right after the list."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for m in _met().finditer(s.text, s.start, s.end):
        where = _AT_AN_EVENT.search(s.text, m.end(), s.end)
        if where is None or re.search(r"[;.]", s.text[m.end():where.start()]):
            continue
        ev = next((e for e in s.of_type("Event") if e.start == where.end() or
                   e.start < where.end() <= e.end), None)
        if ev is None:
            continue  # "… at the headquarters of X": a place, not an event
        out += [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, m.end(), where.start())
                if x.type == "Organization"]
    return out


def delegates_on_panels(s: "Sentence") -> list[Relation]:
    """participatedIn: bodies whose delegates joined the panels of the event told before."""
    if s.lang != "en" or s.of_type("Event"):
        return []
    m = _joined_parts().match(s.text, s.start, s.end)
    if m is None:
        return []
    ev = event_of(s, s.start)
    if ev is None:
        return []
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, m.start("list"), m.end("list"))
            if x.type == "Organization"]


# "A delegation of the International Labour Organization (ILO) led by … also attended the meeting"
_DELEGATION = re.compile(r"\s*(?:(?:A|An|The)\s+)?(?:[\w-]+\s+){0,2}?delegations?\s+(?:of|from)\s+(?:the\s+)?")
_DELEGATION_END = re.compile(r",?\s+(?:led|headed)\s+by\s+|\s+(?:also\s+)?(?:attended|took\s+part\s+in|joined|"
                             r"(?:was|were)\s+(?:also\s+)?present\s+at)\s+")
# lower-case words inside the names of bodies: "Ministry of Science and Technology", "WHO in Việt Nam"
_NAME_WORDS = set(pattern_data("represented_en_words.json")["name_words"])
_ATTENDED = re.compile(r"(?<![\w-])(?:also\s+)?(?:attended|took\s+part\s+in|joined|(?:was|were)\s+(?:also\s+)?present\s+at)"
                       r"\s+(?:the\s+)?")


def delegation_bodies(s: "Sentence") -> list[Relation]:
    """participatedIn: the bodies a delegation came from ("A delegation of the ILO led by X attended the meeting")
    took part in the event it attended — the one named right after the verb, else the one told before."""
    if s.lang != "en":
        return []
    m = _DELEGATION.match(s.text, s.start, s.end)
    if m is None:
        return []
    end = _DELEGATION_END.search(s.text, m.end(), s.end)
    verb = _ATTENDED.search(s.text, m.end(), s.end)
    if end is None or verb is None:
        return []
    if any(w not in _NAME_WORDS for w in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", s.text[m.end():end.start()])):
        return []  # "A delegation of the ministry visited Vingroup and attended …": not a list of names
    events = s.of_type("Event")
    ev = next((e for e in events if e.start == verb.end()), None)
    if ev is None and not events:
        ev = event_of(s, s.start)
    if ev is None:
        return []
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, m.end(), end.start())
            if x.type == "Organization"]


# "… was handed the award by Minister X", "The winners received their trophies from A and B": the givers were there
_GIVEN_BY = re.compile(r"(?<![\w-])(?:(?:was|were)\s+(?:handed|presented\s+with|given)\s+(?:the|their|his|her|an?)\s+"
                       r"(?:[\w-]+\s+)?(?:" + r"{things}" + r")\s+by|received\s+(?:the|their|his|her)\s+(?:[\w-]+\s+)?"
                       r"(?:{things})\s+from)\s+")
_GIVEN_END = re.compile(r"[;.]|,\s+(?:who|which|where|when|as|and\s+(?:said|asked|called|urged))\b|\s+(?:to|for|at|in|on)\s")


@lru_cache(maxsize=1)
def _given_by() -> "re.Pattern":
    """:data:`_GIVEN_BY` with the things handed at a ceremony (``handed_things``)."""
    things = _alt("handed_things")
    return re.compile(_GIVEN_BY.pattern.replace("{things}", things))


def _award_event(text: str) -> bool:
    """An award ceremony by its name: a named prize or awards ("VinFuture Prize 2026"), or a lower-case ceremony
    ("award night"); a lower-case "special award" is the thing handed, not the happening."""
    if re.search(r"(?<![\w-])(?:" + _alt("ceremony_heads") + r")(?![\w-])", text, re.IGNORECASE):
        return True
    return any(c.isupper() for c in text) and re.search(
        r"(?<![\w-])(?:" + _alt("award_event_heads") + r")(?![\w-])", text, re.IGNORECASE) is not None


def award_givers(s: "Sentence") -> list[Relation]:
    """participatedIn: the people who handed an award, at the event the sentence names before, else the one told
    before it."""
    if s.lang != "en":
        return []
    m = _given_by().search(s.text, s.start, s.end)
    if m is None:
        return []
    # the latest award ceremony named (this sentence before the giving, else the ones before): not a contest the
    # winners had played in ("… won the ASEAN Championship. The winners received their trophies from …")
    named = [e for e in s.ex.mentions if e.type == "Event" and not e.nested and s.index - 5 <= e.sentence <= s.index
             and (e.sentence < s.index or e.start < m.start())
             and _award_event(e.text)]
    ev = max(named, key=lambda e: (e.sentence, e.start)) if named else None
    if ev is None:
        return []
    stop = _GIVEN_END.search(s.text, m.end(), s.end)
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, m.end(), stop.start() if stop else s.end)
            if x.type == "Person"]


@lru_cache(maxsize=1)
def _spoke_for() -> "re.Pattern":
    """"Representatives of A and B said …" opening a sentence (``speech_verbs``)."""
    return re.compile(r"\s*(?:(?:Senior|Top)\s+)?(?:" + _alt("representative_nouns") + r")\s+(?:of|from)\s+(?P<list>.+?)\s+"
                      r"(?:also\s+)?(?:" + _alt("speech_verbs") + r")(?![\w-])", re.IGNORECASE)


def speaking_representatives(s: "Sentence") -> list[Relation]:
    """participatedIn: "Representatives of Amkor Technology Vietnam and Hana Micron Vina said they …" in the report of
    a meeting: the bodies whose people spoke took part in the latest event named before, when it is of a kind where
    people speak (``speech_event_heads``: a meeting, a conference, a ceremony — not a visit or a campaign)."""
    if s.lang != "en" or s.of_type("Event"):
        return []
    m = _spoke_for().match(s.text, s.start, s.end)
    if m is None:
        return []
    earlier = [x for x in s.ex.mentions if x.type == "Event" and not x.nested and s.index - 5 <= x.sentence < s.index]
    if not earlier:
        return []
    ev = max(earlier, key=lambda x: (x.sentence, x.start))
    if not re.search(r"(?<![\w-])(?:" + _alt("speech_event_heads") + r")(?![\w-])", ev.text, re.IGNORECASE):
        return []
    # ("the Plant Protection Department under the Ministry of …": the ministry is the department's parent)
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, m.start("list"), m.end("list"))
            if x.type == "Organization" and not _UNDER.search(s.text, max(s.start, x.start - 12), x.start)]


_UNDER = re.compile(r"(?<![\w-])under\s+(?:the\s+)?$")


# "The awards, now in their third year, are given by A and B", "The prize is conferred every two years by C":
# the bodies that give an award hold its ceremony
_CONFERRED_BY = re.compile(r"(?<![\w-])(?:is|are|was|were|will\s+be|have\s+been|has\s+been)\s+(?:jointly\s+|annually\s+)?"
                           r"(?:given|conferred|granted|bestowed|awarded|presented)\s+(?:(?:annually|jointly|each\s+year|"
                           r"every\s+(?:year|two\s+years))\s+)?by\s+")


_BARE_AWARD = re.compile(r"(?:the\s+)?(?:awards?|prizes?)", re.IGNORECASE)  # "The prize is …": the one named before


def award_conferrers(s: "Sentence") -> list[Relation]:
    """organized: the bodies after "(are) given / conferred by" when what is given is an award named in the sentence
    before the verb ("The Vietnam Green Building Awards are given by …", "The prize is conferred by …")."""
    if s.lang != "en":
        return []
    m = _CONFERRED_BY.search(s.text, s.start, s.end)
    if m is None:
        return []
    before = [e for e in s.of_type("Event") if e.end <= m.start() and (_award_event(e.text) or _BARE_AWARD.fullmatch(e.text))
              and not re.search(r"[;]", s.text[e.end:m.start()])]
    if not before:
        return []
    stop = _GIVEN_END.search(s.text, m.end(), s.end)
    return [Relation(x.id, "organized", before[-1].id, s.index)
            for x in list_members(s, m.end(), stop.start() if stop else s.end) if x.type == "Organization"]

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
from kg.relations.kind_referents_en import kind_referent
from kg.relations.policies import policy_ref_at
from kg.textutil import phrase_alternation

class _Holder(NamedTuple):
    """An instrument or event and where the words that name it (or name it again: "The plan") end."""
    id: str
    end: int


@lru_cache(maxsize=1)
def _join() -> re.Pattern:
    """A further field of the list: ", " or " and " (", and "), an optional "the" or task ("… and the use of AI")."""
    task = r"(?:(?:" + phrase_alternation(pattern_data("purposes_en.json")["tasks"]) + r")\s+|the\s+)?"
    return re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + task)


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern:
    d = pattern_data("purposes_en.json")
    aside = r"(?:\s*,\s*(?:" + phrase_alternation(d["asides"]) + r")\s+[^,.;:]{1,110},)?"
    purpose = r"(?:(?:" + phrase_alternation(d["openers"]) + r")\s+(?:" + phrase_alternation(d["verbs"]) + r")|(?:" \
        + phrase_alternation(d["nominal_openers"]) + r"))"  # "aimed at promoting X", "was aimed at X"
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
    holders += _named_again(s) + _pronoun_holder(s)
    for h in holders:
        first = next((t for t in topics if t.start >= h.end), None)
        if first is None or first.start - h.end > 200 or not _purpose().fullmatch(s.text, h.end, first.start):
            continue
        out += [Relation(h.id, "about", t.id, s.index) for t in joined_run(s.text, topics, first, _join())]
    return out


@lru_cache(maxsize=1)
def _again() -> re.Pattern:
    """"the draft", "the new programme", "this forum": a holder the text named before, named again by its kind."""
    d = pattern_data("purposes_en.json")
    # (a length may stand before the kind: "The ten-day course", "The two-day forum")
    return re.compile(r"(?<![\w])(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[a-z]+-day\s+)?(?:(?:" + phrase_alternation(d["again_modifiers"])
                      + r")\s+)?"
                      r"(?P<kind>" + phrase_alternation(d["again_kinds"]) + r")(?![\w-])")


def _named_again(s: Sentence, at: int | None = None) -> list[_Holder]:
    """The holders the sentence names again by their kind ("said the draft was aimed at consumer protection"),
    each the latest instrument or event of that kind named before; only the one at ``at`` if given."""
    out: list[_Holder] = []
    for m in _again().finditer(s.text, s.start if at is None else at, s.end):
        if at is not None and m.start() != at:
            break
        kind = m.group("kind").casefold()
        typ = "Event" if kind in pattern_data("purposes_en.json")["again_event_kinds"] else "Policy"
        earlier = [p for p in s.ex.mentions if p.type == typ and not p.nested and p.sentence <= s.index
                   and p.end <= m.start() and re.search(r"(?<![\w])" + re.escape(kind), _named(s, p, kind))]
        # (an instrument: the latest not named in passing, "… replaces Decree 107. The decree sets out …" is the new one)
        pick = kind_referent(s, earlier) if typ == "Policy" else max(earlier, key=lambda p: p.start, default=None)
        if pick is not None:
            out.append(_Holder(pick.id, m.end()))
    return out


def _named(s: Sentence, p, kind: str) -> str:
    """The words that name ``p``: its own, and for a draft the few before it ("the draft" is the "draft amended Law
    on …" named before)."""
    return (s.text[max(0, p.start - 25):p.end] if kind == "draft" else p.text).casefold()


_IT = re.compile(r"\s*It(?=\s)")
_OPENS = re.compile(r"(?:The\s+)?")
_SENTENCE_END = re.compile(r"\n\s*|[.!?][\"”’]?\s+(?=[A-ZĐ\"“])")


def _pronoun_holder(s: Sentence) -> list[_Holder]:
    """"It will focus on online safety, …": "It" opening the sentence is the instrument or event the sentence before
    opened with, by name ("The National Programme on … aims to …") or by its kind ("The programme aims to …"), else
    the last one that sentence named."""
    it = _IT.match(s.text, after_dateline(s), s.end)
    if not it:
        return []
    before = [m for m in s.ex.mentions if m.sentence == s.index - 1]
    prev = s.text[:s.start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(prev, 0, len(prev) - 1)]
    start = ends[-1] if ends else 0  # where the sentence before begins
    opened = _OPENS.match(s.text, start).end()
    named = [m for m in before if m.start == opened and m.type in ("Policy", "Event") and not m.nested]
    if named:
        return [_Holder(named[0].id, it.end())]
    again = _named_again(s, start)
    if again:
        return [_Holder(again[0].id, it.end())]
    # else the last one the sentence before named ("Delegates debated a resolution regarding X. It focuses on …")
    last = [m for m in before if m.type in ("Policy", "Event") and not m.nested]
    return [_Holder(max(last, key=lambda m: m.start).id, it.end())] if last else []


def partner_split_topics_en(s: Sentence) -> list[Relation]:
    """about: an instrument named apart from its subject by the partner it is signed with ("signed an agreement with
    the provincial government on cooperation in plant breeding": the mention is "agreement", its name the kind and
    the subject) takes the fields of its name that the sentence writes after the partner: each that closes the name
    or an item of its list ("chip" in "… engineers in chip design" is no field of its own)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for h in s.of_type("Policy"):
        name = h.name or ""
        if not name.startswith(h.text + " "):
            continue
        subject = name[len(h.text):]
        for t in s.mentions:
            if t.type == "Topic" and h.end < t.start <= h.end + 200 and re.search(
                    r"(?<![\w-])" + re.escape(s.text[t.start:t.end]) + r"(?:$|,\s|\s+and\s)", subject):
                out.append(Relation(h.id, "about", t.id, s.index))
    return out

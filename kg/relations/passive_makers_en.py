"""signed / issued / date (English): a sentence that opens with an instrument — by its name or its kind — and
goes on with a passive verb of making and its agent.

"The agreement, the country's first trade deal with a Gulf state, was signed in Dubai on October 28, 2024, by
Minister A and Minister B", "A memorandum of understanding on X was also signed on Wednesday, by A and B", "The
resolution was passed by the National Assembly on Friday", "The master plan … has been approved by Deputy Prime
Minister X". What the narrower readers of :mod:`kg.relations.signers` and :mod:`kg.relations.policy_refs_en`
leave: an apposition or relative clause between the instrument and its verb, an adverb before the verb, the place
and day of the act before "by", and a comma before "by". A body after "by" issued the instrument; a person signed
it (the one who approves or issues it for the Government signs it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.dates import dateline_end, published_day, relative_day
from kg.relations.policies import policy_ref_at
from kg.relations.signers import joined_signers, person_after
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    """From the end of the instrument's words to the agent after "by": an apposition or relative clause in commas,
    the auxiliary, an adverb, the verb (``passive_making_verbs``), where and when, maybe a comma, and "by"."""
    data = pattern_data("passive_makers_en.json")
    alt = phrase_alternation
    return re.compile(
        r"(?:[/\w.-]*(?:\s+(?:on|about|for|to)\s+[^,;()]{1,120}?)?)??"  # a kind's subject ("The treaty on X")
        r"(?:\s*,\s*(?P<app>[^;()]{1,160}?)\s*,)?"
        r"\s*,?\s+(?:" + alt(data["auxiliaries"]) + r")\s+(?:(?:" + alt(data["adverbs"]) + r")\s+)?"
        r"(?P<verb>" + alt(data["signing_verbs"] + data["issuing_verbs"]) + r")"
        r"(?P<where>\s+(?:in|at)\s+(?:the\s+)?[A-ZĐ][^,;()]{0,60}?)?"
        r"(?P<when>\s+(?:on|last|this)\s+[^,;()]{1,30}?(?:,\s*(?:19|20)\d\d)?)?"
        r"\s*,?\s+by\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _kind_ref() -> re.Pattern:
    """"The agreement", "This new decree": an instrument named again by its kind (``policy_ref_kinds``)."""
    return re.compile(r"\s*(?:The|This|That)\s+(?:(?:draft|amended|new|revised|updated)\s+)?(?:"
                      + cue_pattern("policy_ref_kinds", "en") + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _signing_verbs() -> frozenset[str]:
    return frozenset(pattern_data("passive_makers_en.json")["signing_verbs"])


# a dateline of the place alone: "HÀ NỘI — ", "BUON MA THUOT — " (:func:`dateline_end` reads one with its day)
_PLACE_DATELINE = re.compile(r"\s*(?P<place>[^\W\d_][^\W\d]*(?:[ .'’-]+[^\W\d_][^\W\d]*){0,4})\s*[—–]\s*")


def _opening(s: Sentence) -> int:
    """Where the sentence's own words begin, past a dateline."""
    at = dateline_end(s)
    m = _PLACE_DATELINE.match(s.text, at, s.end)
    return m.end() if m is not None and m.group("place").isupper() else at


# the day of the act written right after its agent: "… by the National Assembly on November 20"
_DAY_AFTER = re.compile(r"\s*,?\s+(?:on|dated)\s+")


def _opening_instrument(s: Sentence, at: int) -> tuple[Mention, int] | None:
    """The instrument the sentence opens with at ``at`` (past "The", "A") and the end of its words: a named one,
    else the one a kind word names again ("The agreement", "The treaty")."""
    lead = re.match(r"\s*(?:(?:The|A|An|This|That)\s+)?", s.text[at:s.end])
    start = at + lead.end()
    named = next((p for p in s.of_type("Policy") if p.start == start and not p.nested), None)
    if named is not None:
        return named, named.end
    ref = policy_ref_at(s, at)
    if ref is None or ref.sentence == s.index:
        return None
    kind = _kind_ref().match(s.text, at, s.end)
    return (ref, kind.end()) if kind is not None else None


def _day(s: Sentence, m: re.Match, after: int) -> str | None:
    """The ISO day of the act: written in the clause before "by" ("signed in Dubai on October 28, 2024, by"), else
    right after the agent ("passed by the National Assembly on Friday")."""
    spans = []
    if m.group("when"):
        spans.append((m.start("when"), m.end("when")))
    if (tail := _DAY_AFTER.match(s.text, after, s.end)) is not None:
        spans.append((after, tail.end() + 30))
    pub = published_day(s.ex.article.published)
    for a, b in spans:
        day = next((d for d in s.dates if d[2] and a <= d[0] < b), None)
        if day is not None:
            return day[2]
        words = re.match(r"\s*,?\s*(?:on|last|this)\s+", s.text[a:min(b, s.end)])
        if words is not None and pub is not None:
            hit = relative_day(s.text[a + words.start():min(b, s.end)], s.lang, pub)
            if hit is not None and hit[0] <= words.end() - words.start() + 1:
                return hit[1]
    return None


def passive_makers(s: Sentence) -> list[Relation]:
    """signed / issued and the day, for an instrument opening its sentence and made, in the passive, by the person
    or body after "by"."""
    if s.lang != "en":
        return []
    found = _opening_instrument(s, _opening(s))
    if found is None:
        return []
    pol, end = found
    m = _tail().match(s.text, end, s.end)
    if m is None:
        return []
    at = m.end()
    out: list[Relation] = []
    who = person_after(s, s.of_type("Person"), at)
    if who is not None:
        signers = joined_signers(s, s.of_type("Person"), who)
        out += [Relation(p.id, "signed", pol.id, s.index) for p in signers]
        after = signers[-1].end
    elif m.group("verb").split()[0] not in _signing_verbs():
        body = next((o for o in s.of_type("Organization") if o.start == at), None)
        if body is None:
            return []
        out.append(Relation(body.id, "issued", pol.id, s.index))
        after = body.end
    else:
        return []
    day = _day(s, m, after)
    if day is not None:
        out.append(Relation(pol.id, "date", day, s.index))
    return out

"""implements (English): a body that draws up an unnamed plan to carry out an instrument implements that
instrument — "The ministry last week issued a plan to implement the law", "the province has drawn up an action
plan to realise Resolution 57", and fronted, "In a plan to carry out the circular, the tax department said …".

The plan has no name here, so the body is the only implementer the sentence states; the instrument is named, or
named again by its kind ("the law": the latest of that kind, :func:`~kg.relations.policies.policy_ref_at`).
Word lists are data in ``kg/data/patterns/plan_implementers_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.organizations import org_ref_at
from kg.relations.policies import policy_ref_at
from kg.relations.policy_lists import coordinated_policies
from kg.relations.policy_phrases_en import OWNER_EN
from kg.textutil import phrase_alternation

DATA = "plan_implementers_en.json"
# what may stand between the body and the verb: a bracketed short form, adverbs, a time ("last week", "on Monday")
_BODY_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|then|recently|now|already|jointly|earlier|"
                       r"(?:last|this|earlier\s+this)\s+(?:week|month|year)|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|"
                       r"in\s+[A-Z][a-z]+)\s*,?\s+)*")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """The plan phrase after a making verb, and the fronted "In a plan to implement …" opening."""
    data = pattern_data(DATA)
    plan = (r"(?:a|an|its|their|the|new)\s+(?:new\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:" + phrase_alternation(data["kinds"])
            + r")\s+(?:to|aimed\s+at|for\s+the\s+purpose\s+to)\s+(?:" + phrase_alternation(data["purposes"]) + r")\s+")
    made = re.compile(r"(?<![\w])(?:" + phrase_alternation(data["make_verbs"]) + r")\s+" + plan)
    fronted = re.compile(r"\s*(?:In|Under|Through|With)\s+" + plan)
    return made, fronted


def _instrument_at(s: Sentence, pos: int) -> Mention | None:
    """The instrument named at ``pos`` ("the Government's Resolution 42", "Decree 70") or named again by its kind."""
    named = next((p for p in s.of_type("Policy") if p.start >= pos and not p.nested
                  and re.fullmatch(r"\s*(?:(?:the|its|their)\s+)?" + OWNER_EN, s.text[pos:p.start])), None)
    return named or policy_ref_at(s, pos)


def _body_before(s: Sentence, pos: int) -> Mention | None:
    """The body that is the subject of the verb at ``pos``: named right before it, or named again by its kind
    ("The ministry", the latest such body of the article)."""
    orgs = [o for o in s.of_type("Organization") if o.end <= pos and not o.nested]
    for o in reversed(orgs):
        if _BODY_GAP.fullmatch(s.text, o.end, pos):
            return o
        break
    ref = re.search(r"(?<![\w])(?:[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*" + r"(?=(?P<gap>" + _BODY_GAP.pattern
                    + r")$)", s.text[s.start:pos])
    if ref is None:
        return None
    at = s.start + ref.start()
    here = next((o for o in s.of_type("Organization") if o.start == at), None)
    return here or org_ref_at(s, at)


def _body_after(s: Sentence, pos: int) -> Mention | None:
    """The body that opens the main clause after a fronted phrase ending at ``pos`` (", the tax department said")."""
    comma = re.match(r"[^,;.]{0,120}?,\s*", s.text[pos:s.end])
    if comma is None:
        return None
    at = pos + comma.end()
    here = next((o for o in s.of_type("Organization") if o.start in (at, at + 4) and not o.nested
                 and re.fullmatch(r"(?:the\s+)?", s.text[at:o.start], flags=re.IGNORECASE)), None)
    return here or org_ref_at(s, at)


def plan_implementers(s: Sentence) -> list[Relation]:
    """implements of "<body> issued a plan to implement <instrument>" and "In a plan to implement <instrument>,
    <body> …" (the plan unnamed: a named one is read as the implementer itself)."""
    if s.lang != "en":
        return []
    made, fronted = _patterns()
    out: list[Relation] = []
    found: list[tuple[Mention | None, int, int]] = []
    for m in made.finditer(s.text, s.start, s.end):
        found.append((_body_before(s, m.start()), m.start(), m.end()))
    if (f := fronted.match(s.text, s.start, s.end)) is not None:
        target = _instrument_at(s, f.end())
        end = target.end if target is not None and target.sentence == s.index else f.end()
        found.append((_body_after(s, end), f.start(), f.end()))
    for body, start, end in found:
        if body is None or any(p.type == "Policy" and start <= p.start < end for p in s.mentions):
            continue  # (a named plan there: "issued Plan 52 to implement …" is read elsewhere)
        target = _instrument_at(s, end)
        if target is not None:  # (and those listed after it: "to implement Resolution 57 and Government Resolution 71")
            listed = coordinated_policies(s, s.of_type("Policy"), target) if target.sentence == s.index else []
            out += [Relation(body.id, "implements", t.id, s.index) for t in (target, *listed)]
    return out

"""implements (English) of a verb written around its object: "the ministry is putting the resolution into
effect" (or "into practice"), "issued Plan 45 to put Resolution 19 of the Party Central Committee on
agriculture into effect".
What stands between "put" and "into effect" is the instrument carried out; the body or plan before the
verb (across the links of ``implement_links``: "is", "to", "has been tasked with" …) carries it out."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.coordination import joined_after, listed_before
from kg.relations.cues import cue_pattern
from kg.relations.policies import DATELINE, implementer_before, policy_after, policy_ref_at

_PUT = re.compile(r"(?<![\w])(?:put|puts|putting)\s+")
# the particle closes the verb within the clause: no full stop, semicolon or colon before it
_INTO_EFFECT = re.compile(r"[^.;:]{0,160}?(?<![\w])into\s+(?:(?:full|practical)\s+effect|effect|practice)(?![\w])")


def put_into_effect(s: Sentence) -> list[Relation]:
    """implements: "A is putting X into effect", "Plan B, issued to put X into effect": A and B carry out X."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    policies = s.of_type("Policy")
    links = cue_pattern("implement_links", s.lang)
    for put in _PUT.finditer(s.text, s.start, s.end):
        target = policy_after(s, policies, put.end()) or policy_ref_at(s, put.end())
        into = _INTO_EFFECT.match(s.text, put.end(), s.end)
        if target is None or into is None:
            continue
        # one instrument between the verb and its particle ("put Decree 5 and Decree 6 into effect" is read
        # for the first only when no other instrument is named there)
        if any(p.id != target.id and put.end() <= p.start < into.end() for p in policies):
            continue
        subject = implementer_before(s, put.start(), links)
        if subject is None or subject.id == target.id:
            continue
        out.append(Relation(subject.id, "implements", target.id, s.index))
        if subject.type == "Organization":  # "A and B are putting X into effect"
            out += [Relation(o.id, "implements", target.id, s.index)
                    for o in listed_before(s, subject) + joined_after(s, into.end())]
    return out


_IT_CLAUSE = re.compile(r"\s*,?\s*(?:as|while|and)\s+it\s+(?:(?:is|was|has|had|will|also|now)\s+)*$")


def subject_named_by_it(s: Sentence) -> list[Relation]:
    """implements of "it" after a conjunction: "The HCM City People's Committee has approved 20 projects as it
    steps up the implementation of Resolution 98": the body that opens the sentence carries the policy out."""
    if s.lang != "en":
        return []
    dateline = DATELINE.match(s.text, s.start, s.end)  # "HỒ CHÍ MINH CITY — The … Committee has approved …"
    start = dateline.end() if dateline else s.start
    opening = next((m for m in sorted(s.mentions, key=lambda m: m.start) if not m.nested and m.start >= start), None)
    if opening is None or opening.type != "Organization" \
            or not re.fullmatch(r"\s*(?:The\s+)?", s.text[start:opening.start]):
        return []
    out: list[Relation] = []
    policies = s.of_type("Policy")
    for cue in re.finditer(cue_pattern("implement_verbs", s.lang), s.text[s.start:s.end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        it = _IT_CLAUSE.search(s.text, opening.end, c_start)
        target = policy_after(s, policies, c_end) or policy_ref_at(s, c_end)
        if it is None or target is None or target.id == opening.id:
            continue
        if any(m.type == "Organization" and opening.end <= m.start < it.start() for m in s.mentions):
            continue  # another body between: "it" may name that one
        out.append(Relation(opening.id, "implements", target.id, s.index))
    return out


# "Plan 210 on carrying out Directive 24", "Plan 45 on the implementation of Resolution 19"
_ON_IMPLEMENTING = re.compile(r"[/\w.-]*\s+(?:on|for)\s+(?:the\s+)?(?:(?:implementation|enforcement|realisation|"
                              r"realization)\s+of|implementing|carrying\s+out|enforcing|realising|realizing)\s+(?P<the>the\s+)?")


# "Decision 1520 on an action programme to realise the resolution": the plan it lays down carries the policy out
_ON_PLAN_TO = (r"[/\w.-]*\s+(?:on|approving|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:plan|programme|program|roadmap|scheme|project)\s+(?:to|for)\s+")


def instrument_on_implementing(s: Sentence) -> list[Relation]:
    """implements: an instrument whose subject is carrying out another: "Plan 210/KH-UBND on carrying out
    Directive 24/CT-TTg", "Plan 45 on the implementation of Resolution 19" (the policy named right after),
    "Decision 1520 on an action programme to realise the resolution" (or named again by its kind)."""
    if s.lang != "en":
        return []
    policies = s.of_type("Policy")
    out: list[Relation] = []
    plan_to = re.compile(_ON_PLAN_TO + r"(?:" + cue_pattern("implement_verbs", s.lang) + r")\s+", re.IGNORECASE)
    for pol in policies:
        m = _ON_IMPLEMENTING.match(s.text, pol.end, s.end)
        target = policy_after(s, policies, m.end()) if m else None  # (or the parts of it: "the tasks set out in")
        if m and target is None and m.group("the"):  # "Resolution 205 on carrying out the agreement": named again
            target = policy_ref_at(s, m.start("the"))
        if target is None and (m := plan_to.match(s.text, pol.end, s.end)) is not None:
            target = policy_after(s, policies, m.end()) or policy_ref_at(s, m.end())
        if target is not None and target.id != pol.id:
            out.append(Relation(pol.id, "implements", target.id, s.index))
    return out

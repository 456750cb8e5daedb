"""implements (English): the body a sentence opens with acts in order to carry out an instrument.

"The Vietnam Red Cross Society said it would add 12 collection points to carry out the decree", "The ministry will
work with provinces to implement Decree 13", "The provincial Department of Agriculture has been told to carry out
the resolution": the body that is the sentence's subject implements the instrument its purpose clause names (or
names again by its kind). Not when an instrument stands between the body and the purpose ("The committee issued
Plan 215 to carry out the directive": the plan carries it out), nor when "to" states a noun's purpose ("criticised
a plan to implement the decree"), nor when the body asks another to act ("The
ministry asked provinces to carry out …"), nor when another body or person is named between.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence
from kg.relations.dates import dateline_end
from kg.relations.policies import policy_after, policy_ref_at

# "The provincial Department …", "The city's Department …": a level word or possessive before the body's name
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:[A-Z][^\W\d_]*\s+)?[—–]\s*)?(?:The\s+)?(?:(?:provincial|municipal|city|district|"
                           r"city['’]s|province['’]s|ministry['’]s)\s+)?")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = pattern_data("purpose_implementers_en.json")
    alt = lambda xs: "|".join(r"\s+".join(re.escape(w) for w in x.split()) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    purpose = re.compile(r"(?<![\w])(?:to|in\s+order\s+to|so\s+as\s+to)\s+(?:help\s+)?(?:" + alt(data["purpose_verbs"])
                         + r")\s+")
    asks = re.compile(r"(?<![\w])(?:" + alt(data["request_verbs"]) + r")(?![\w])", re.IGNORECASE)
    told = re.compile(r"(?:been|was|were|is|are)\s+(?:" + alt(data["request_verbs"]) + r")\s+(?:with\s+)?$", re.IGNORECASE)
    noun = re.compile(r"(?<![\w])(?:" + alt(data["purpose_nouns"]) + r")\s*$", re.IGNORECASE)
    return purpose, asks, told, noun


def purpose_implementers(s: Sentence) -> list[Relation]:
    """implements: the subject body of the sentence carries out the instrument its purpose clause names."""
    if s.lang != "en":
        return []
    at = dateline_end(s)
    lead = _SUBJECT_LEAD.match(s.text, at, s.end)
    # (the body's name may take in the level word: "provincial Department of …")
    subject = next((o for o in s.of_type("Organization") if at <= o.start <= lead.end() and not o.nested
                    and re.fullmatch(r"\s*(?:[A-Z][^\W\d_]*\s+)?(?:[—–]\s*)?(?:The\s+)?", s.text[at:o.start])
                    or o.start == lead.end()), None)
    if subject is None:
        return []
    purpose, asks, told, noun = _words()
    policies = s.of_type("Policy")
    for cue in purpose.finditer(s.text, subject.end, s.end):
        between = s.text[subject.end:cue.start()]
        if ";" in between or any(m.type in ("Policy", "Organization", "Person", "Event") and subject.end <= m.start < cue.start()
                                 for m in s.mentions):
            return []  # (an instrument, or another party, between: theirs)
        if noun.search(between):
            continue  # "criticised a plan to implement the decree": the plan's purpose, not the body's
        if asks.search(between) and not told.search(between):
            return []  # "asked provinces to carry out …"; not "has been told to carry out …"
        target = policy_after(s, policies, cue.end()) or policy_ref_at(s, cue.end())
        if target is not None:
            return [Relation(subject.id, "implements", target.id, s.index)]
    return []

"""English: an instrument's issuer and day written in a clause that names it again or hangs on it.

- ``ref_dates``: "Deputy Governor X signed the circular on December 8": the day of the instrument
  "the circular" refers to (the latest of that kind the article named);
- ``relative_issuers``: "the Law on Credit Institutions (amended), which the National Assembly passed in
  January 2024": the body of the relative clause issued the instrument it hangs on;
- ``announced_issuers``: "The SBV has issued a circular capping …" then "Deputy Governor X signed Circular
  27/2026/TT-NHNN on Wednesday": the body that issued an instrument of a kind without naming it issued the
  one of that kind the next sentence names first.
"""
from __future__ import annotations

import re

from kg.nlp.patterns import WEEKDAYS_EN
from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.policies import policy_ref_at
from kg.relations.dates import published_day, relative_day


_CEREMONY_AT = (r"(?:\s+at\s+(?:a|the)\s+(?:[a-z-]+\s+){0,2}ceremony"
                r"(?:\s+in\s+[A-ZĐ][\w’'-]*(?:\s+[A-ZĐ][\w’'-]*){0,3})?)?")
_DAY_GAP = re.compile(_CEREMONY_AT + r"\s+(?:on|dated)\s+")
# "on Tuesday", "last Thursday" (relative_day reads "last" as the week before on that same weekday)
_DAY_GAP_WEEKDAY = re.compile(_CEREMONY_AT + r"\s+(?P<wd>(?:on|last)\s+(?:"
                              + "|".join(w.capitalize() for w in WEEKDAYS_EN) + r"))\b")


def ref_dates(s: Sentence) -> list[Relation]:
    """date of an instrument named again by its kind right after a signing or issuing verb."""
    if s.lang != "en":
        return []
    issue = cue_pattern("issue_verbs", s.lang)
    out: list[Relation] = []
    out += _apposed_day(s, issue)
    for m in re.finditer(r"\b(?:signed|" + issue + r")\s+(?=(?:the|this)\s)", s.text[s.start:s.end]):
        pos = s.start + m.end()
        pol = policy_ref_at(s, pos)
        kind = re.match(r"(?:the|this)\s+(?:(?:draft|amended|new|revised)\s+)?[\w-]+", s.text[pos:s.end])
        if pol is None or kind is None:
            continue
        after = pos + kind.end()
        # (the ceremony it was signed at may stand between: "signed the agreement at a ceremony in Hà Nội on Tuesday")
        day = next((d for d in s.dates if d[2] and _DAY_GAP.fullmatch(s.text[after:d[0]])), None)
        if day is not None:
            out.append(Relation(pol.id, "date", day[2], s.index))
            continue
        # a weekday: "… signed the agreement at a ceremony in Hà Nội on Tuesday"
        wd = _DAY_GAP_WEEKDAY.match(s.text, after, s.end)
        pub = published_day(s.ex.article.published)
        hit = relative_day(s.text[wd.start("wd"):wd.end()], s.lang, pub) if wd and pub is not None else None
        if hit is not None:
            out.append(Relation(pol.id, "date", hit[1], s.index))
    return out


def _apposed_day(s: Sentence, issue: str) -> list[Relation]:
    """"The decree, issued on April 2, guides …", "The plan, approved by the provincial People's Committee on
    Monday, …", "The decree was signed by X on November 20", "Under the plan, signed on Tuesday by X, …",
    "The decree, dated December 3, details …": a sentence that opens with the instrument named again
    by its kind, then when it was made; or with when it was made, then the instrument ("Signed by X on October 15,
    the circular sets …")."""
    # (the signer's name, not a clause after it: "… by Vice Chairman X and takes effect on January 1")
    # (or only the day it bears: "The decree, dated December 3, details …")
    made = r"(?:(?:signed|" + issue + r")(?:\s+by\s+(?:(?!\s+(?:and\s+[a-z]|(?:will|takes?|took|comes?)\s))[^,;.()]){1,80}?)?\s+|(?=dated\s))(?P<on>on\s+|dated\s+)"
    m = re.match(r"\s*(?:Under\s+)?(?P<ref>(?:[Tt]he|[Tt]his)\s+(?:(?:draft|amended|new|revised|updated)\s+)?[\w-]+)"
                 r"(?:\s*,\s*(?:which\s+was\s+)?|\s+(?:was|has\s+been|had\s+been)\s+)" + made, s.text[s.start:s.end])
    pol = policy_ref_at(s, s.start + m.start("ref")) if m is not None else None
    if m is None:
        m = re.match(r"\s*(?:Signed|Issued|Approved|Adopted)(?:\s+by\s+[^,;.()]{1,80}?)?\s+(?P<on>on\s+)"
                     r"[^,;.()]{1,30},\s*(?=[Tt]he\s)", s.text[s.start:s.end])
        pol = policy_ref_at(s, s.start + m.end()) if m is not None else None
    if m is None or pol is None or pol.sentence == s.index:
        return []
    at = s.start + m.end("on")
    day = next((d for d in s.dates if d[2] and d[0] == at), None)
    if day is not None:
        return [Relation(pol.id, "date", day[2], s.index)]
    pub = published_day(s.ex.article.published)
    hit = relative_day(s.text[s.start + m.start("on"):s.end], s.lang, pub) if pub is not None else None
    return [Relation(pol.id, "date", hit[1], s.index)] if hit is not None and hit[0] == 3 else []


def relative_issuers(s: Sentence) -> list[Relation]:
    """issued: "POLICY (…), which ORG passed / issued / adopted / approved …"."""
    if s.lang != "en":
        return []
    issue = cue_pattern("issue_verbs", s.lang)
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        m = re.match(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*which\s+(?:the\s+)?", s.text[pol.end:s.end])
        if not m:
            continue
        at = pol.end + m.end()
        org = next((o for o in orgs if o.start == at), None)
        if org is None or not re.match(r"\s+(?:(?:has|had|have)\s+|also\s+|just\s+)*(?:" + issue + r")\b",
                                       s.text[org.end:s.end]):
            continue
        out.append(Relation(org.id, "issued", pol.id, s.index))
    return out


_ISSUED_KINDS = re.compile(r"(?:Resolution|Decree|Decision|Directive|Circular|Conclusion|Instruction|Official\s+Dispatch)\b")


def attributive_issuers(s: Sentence) -> list[Relation]:
    """issued: a body written before its instrument as its attribute or owner ("Politburo Resolution
    57-NQ/TW", "Government Decree 15/2025/ND-CP", "the Politburo's Resolution 57")."""
    if s.lang != "en":
        return []
    starts = {p.start: p for p in s.of_type("Policy") if not p.nested and _ISSUED_KINDS.match(s.text, p.start)}
    out: list[Relation] = []
    for org in s.of_type("Organization"):
        gap = re.match(r"(?:['’]s)?\s+", s.text[org.end:s.end])
        pol = starts.get(org.end + gap.end()) if gap else None
        if pol is not None and not org.nested:
            out.append(Relation(org.id, "issued", pol.id, s.index))
    return out


# "ORG (ABBR) on Monday issued a circular capping …": an instrument of a kind issued without its name
_ISSUED_A_KIND = r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:has|have|had|on\s+[A-Z]\w+|last\s+[A-Z]\w+|this\s+week)\s+){0,2}(?:%s)" \
                 r"\s+(?:a|an)\s+(?:new\s+)?(?P<kind>[a-z]+)\b"


def announced_issuers(s: Sentence) -> list[Relation]:
    """issued: the body of the sentence before that issued "a circular" (no name, nor any instrument of that
    kind named there) issued the first instrument of that kind this sentence names, if the article names it here
    for the first time."""
    if s.lang != "en" or s.index == 0:
        return []
    named = [p for p in s.of_type("Policy") if not p.nested and p.meta.get("type") and p.meta.get("code")]
    if not named:
        return []
    a, b = s.ex.sentences[s.index - 1]
    before = [m for m in s.ex.mentions if m.sentence == s.index - 1 and not m.nested]
    pattern = re.compile(_ISSUED_A_KIND % cue_pattern("issue_verbs", s.lang))
    for org in (m for m in before if m.type == "Organization"):
        m = pattern.match(s.text, org.end, b)
        if m is None or any(p.type == "Policy" and m.group("kind") in p.text.casefold() for p in before):
            continue  # ("issued a circular amending Circular 02": the instrument is named there)
        pol = next((p for p in named if p.meta["type"].casefold() == m.group("kind")), None)
        if pol is not None and not any(q.type == "Policy" and q.start < pol.start and q.text == pol.text
                                       for q in s.ex.mentions):
            return [Relation(org.id, "issued", pol.id, s.index)]
    return []

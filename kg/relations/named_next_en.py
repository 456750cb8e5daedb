"""English: the issuer and day of an instrument told by a common noun, carried to the name the next sentence gives it.

"The Ministry of Transport on Tuesday approved a new plan to cut road deaths. The plan, set out in Decision
512/QD-BGTVT, targets …": the ministry issued Decision 512, on Tuesday. News tells that a body made "a plan",
"new rules" or "the pilot", then names the instrument in the next sentence, opening with the same noun ("The
rules, contained in Decision 77 …", "The pilot scheme, which the committee signed off in Plan 88 …") or with the
name itself when the name holds the noun ("The School Eye Health Programme 2027–2030, approved by …").
The noun must come back, and the name must come right after it (through a naming phrase: "set out in",
"numbered"), so an instrument the next sentence only cites ("The plan implements Decision 12") is not taken.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_words
from kg.relations.dates import published_day, relative_day
from kg.textutil import phrase_alternation

_DATA = pattern_data("named_next_en.json")


@lru_cache(maxsize=1)
def _made() -> re.Pattern[str]:
    """BODY (… ) VERB a|the (one or two words) NOUN: the instrument made, told by its common noun."""
    verbs = phrase_alternation(cue_words("issue_verbs", "en") + _DATA["made_verbs"])
    return re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:(?:has|have|had|also|on\s+[A-Z]\w+|last\s+[A-Z]\w+|this\s+week|"
                      r"earlier\s+this\s+\w+)\s+){0,3}(?:" + verbs + r")\s+(?:(?:a|an|the|its|their)\s+)?"
                      r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" + phrase_alternation(_DATA["nouns"]) + r")\b(?!-)")


@lru_cache(maxsize=1)
def _repeated() -> re.Pattern[str]:
    """The noun again, then a naming phrase up to where the name starts: "The plan, set out in ",
    "The pilot scheme, which the committee signed off in "."""
    naming = phrase_alternation(_DATA["naming"])
    verbs = phrase_alternation(cue_words("issue_verbs", "en") + _DATA["made_verbs"])
    return re.compile(r"\s*(?:The|This|These|Its)\s+(?:new\s+)?(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,?\s*"
                      r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:" + naming
                      + r"|which\s+(?:the\s+)?[\w\s'’]{1,40}?\s+(?:" + verbs + r")\s+(?:in|as|under)"
                      r")\s+(?:the\s+)?")


def named_next_issuers(s: Sentence) -> list[Relation]:
    """issued and date: the body of this sentence that made "a plan" / "new rules" / "the pilot" issued the
    instrument the next sentence names for it, on the day this sentence gives the making (when the next
    sentence gives none)."""
    if s.lang != "en" or s.index + 1 >= len(s.ex.sentences):
        return []
    a, b = s.ex.sentences[s.index + 1]
    after: list[Mention] | None = None  # the next sentence's instruments, read once a body here made something
    for org in s.of_type("Organization"):
        made = _made().match(s.text, org.end, s.end)
        if made is None or any(p.start < made.end() and p.end > org.end for p in s.of_type("Policy")):
            continue  # (the instrument is named in this sentence)
        if after is None:
            after = sorted((m for m in s.ex.mentions if m.sentence == s.index + 1 and m.type == "Policy"
                            and not m.nested), key=lambda m: m.start)
        if not after:
            return []
        named = _named_for(s, after, made.group("noun"), a, b)
        if named is None or any(q.type == "Policy" and q.start < named.start and q.text == named.text
                                for q in s.ex.mentions):
            continue  # (an instrument the article named before is no new one)
        out = [Relation(org.id, "issued", named.id, s.index)]
        day = _making_day(s, org, made)
        if day is not None and not any(a <= d[0] < b and d[2] for d in s.article_dates):
            out.append(Relation(named.id, "date", day, s.index))
        return out
    return []


def _named_for(s: Sentence, after: list[Mention], noun: str, a: int, b: int) -> Mention | None:
    """The instrument the next sentence (``a``..``b``) names for the common ``noun``: the noun repeated, then a
    naming phrase and the name; or the name opening the sentence with the noun in it."""
    head = noun.split()[-1].casefold().rstrip("s")
    m = _repeated().match(s.text, a, b)
    if m is not None and head in {w.casefold().rstrip("s") for w in m.group("noun").split()}:
        return next((p for p in after if p.start == m.end()), None)
    lead = re.match(r"\s*(?:The\s+)?", s.text[a:b])
    first = after[0]
    if first.start == a + lead.end() and re.search(rf"\b{re.escape(head)}s?\b", first.text, re.IGNORECASE) \
            and re.match(r"[/\w.–-]*\s*,", s.text[first.end:b]):
        return first  # "The School Eye Health Programme 2027–2030, approved by …"
    return None


def _making_day(s: Sentence, org: Mention, made: re.Match) -> str | None:
    """The day this sentence makes the instrument on: a written date or a relative day between the body and
    just after the noun ("… on Tuesday approved a plan", "… approved the pilot on Friday")."""
    lo, hi = org.end, min(s.end, made.end() + 25)
    written = [d for d in s.dates if lo <= d[0] < hi and d[2]]
    if written:
        return written[0][2]
    pub = published_day(s.ex.article.published)
    start = s.start if re.fullmatch(r"\s*(?:[A-Z]\w*\s+\w+\s*,\s*)?(?:the\s+)?", s.text[s.start:org.start]) else org.start
    hit = relative_day(s.text[start:hi], s.lang, pub) if pub is not None else None
    return hit[1] if hit is not None else None

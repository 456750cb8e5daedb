"""Plans English copy names in lower case by their purpose and their period: "a plan to preserve and
promote the values of intangible cultural heritage for 2026-2030", "the scheme to develop green ports until
2030", "the import-export strategy for goods to 2030" (a modified kind with "for" or "on" and its subject; "an action
plan for …" is one such), after a "new" that is no part of the name; and the instrument that approves one: "a decision approving the plan to restructure weak credit
institutions for 2026-2030".

A purpose alone ("the firm has a plan to expand into Laos") is an intention; a period closing the
subject makes it an instrument. Kinds, stop words and approving phrases are data in
``kg/data/patterns/period_plans_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

DATA = "period_plans_en.json"
_YEARS = r"20\d\d(?:[-–]20\d\d)?"
# a count's thousands separator is no punctuation: "a programme to train 10,000 engineers by 2030"
_GROUPED = r"(?<=\d)[,.](?=\d{3}(?!\d))"
# a capitalised adjective of a people may open a subject: "a development strategy for Vietnamese football to 2035"
_ADJECTIVE = r"[A-Z][^\W\d_]*(?:ese|ian|an|ish|ch|i)\s+[a-z]"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = pattern_data(DATA)
    kinds = phrase_alternation(data["kinds"])
    links = phrase_alternation(data["horizon_links"])
    return re.compile(rf"(?<![\w])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[^\W\d_]+['’]s)\s+(?:new\s+)?"
                      rf"(?P<name>(?P<mods>(?:[A-Z]{{2,6}}\s+)?(?:[a-z][a-z-]*\s+){{0,2}}?)(?P<kind>{kinds})\s+(?:to\s+[a-z]+(?:\s+and\s+[a-z]+)?|"
                      rf"(?P<link>for|on)(?=\s+(?:[a-z]|{_ADJECTIVE})))"
                      rf"\s+(?P<subject>(?:[^\n,.;:()\"“”!?]|{_GROUPED})+?)\s+(?:{links})\s+{_YEARS})(?![\w-])"
                      rf"(?=\s*[,.;:)]|\s*$|\s+(?:{phrase_alternation(data['after'])})\b)")


@lru_cache(maxsize=1)
def _approval() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:[Aa]n?|[Tt]he)\s+(?P<name>(?:{phrase_alternation(pattern_data(DATA)['approvals'])})"
                      rf"\s+(?:the|a|an)\s+)$")


# a named instrument opening the purpose's object: "the Prime Minister's Decision 1018/QĐ-TTg", "the Programme on …"
_NAMED_OBJECT = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _implementing_verbs() -> frozenset[str]:
    """Purpose verbs of carrying out another instrument (``implementing_purposes``: implement, realise, carry …)."""
    return frozenset(pattern_data(DATA)["implementing_purposes"])


def period_plan_candidates(text: str) -> list[Candidate]:
    """Lower-case plans named by purpose and period, and a decision approving one, as Policy candidates."""
    data = pattern_data(DATA)
    stops = frozenset(data["stops"])
    out: list[Candidate] = []
    for m in _pattern().finditer(text):
        words = m.group("subject").split()
        if not words or len(words) > int(data["max_words"]) or any(w.casefold() in stops for w in words):
            continue
        if re.search(r"(?<![\w])and\s+to\s+[a-z]", m.group("subject")):
            continue  # "support the national strategy for X and to train 10,000 engineers by 2030": a second purpose
        if any(w in data["modifiers_not"] for w in m.group("mods").split()):
            continue
        purpose = m.group("name")[m.end("kind") - m.start("name"):].split()[1:2]
        if not m.group("link") and purpose and purpose[0] in _implementing_verbs() \
                and _NAMED_OBJECT.match(re.sub(r"^out\s+", "", m.group("subject"))):  # ("carry out the …")
            continue  # "the city's plan to realise Decision 1018 on … to 2030": the period is the named instrument's
            # (not "a plan to implement the revised national power development plan for 2021-2030": that one is named)
        if m.group("link") and not m.group("mods") and " " not in m.group("kind"):
            continue  # "the plan for goods to 2030" is read by drafts_en; a bare kind with "for" names nothing more
        out.append(Candidate(m.start("name"), m.end("name"), "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": m.group("kind").split()[-1].capitalize()}))
        a = _approval().search(text, max(0, m.start() - 40), m.start("name"))
        if a:
            out.append(Candidate(a.start("name"), m.end("name"), "POLICY", PRIORITY["policy-draft-en"],
                                 "policy-draft-en", meta={"type": a.group("name").split()[0].capitalize()}))
    return out

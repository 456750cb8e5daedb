"""English business copy names a company the gazetteer does not know in slots only a company fills: "shares
of Pharmacity", "analysts at Rong Viet", "the board of Becamex IDC", "a stake in Tuong An", "Sabeco reported a
net profit" (``kg/data/patterns/cued_companies_en.json``).

The name is a capitalised run of one to four words. Low priority: a known place or person, or a longer name
another recogniser builds, wins; a run the lexicon knows as a place or person is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.subsidiaries_en import DEMONYM, nationalities
from kg.nlp import patterns as P
from kg.textutil import phrase_alternation

SOURCE = "org-cued-en"
_NAME = rf"[{P.UPPER_VI}][\w&’'.-]*?(?:[ ](?:&[ ])?[{P.UPPER_VI}][\w&’'.-]*?){{0,3}}"  # (on one line)
# what ends such a name: punctuation, a lower-case word, or the end of the text
_END = r"(?=[,;:)]|\.(?:\s|$)|\s+[a-z]|\s*$)"


@lru_cache(maxsize=1)
def _cue_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name after an owner's cue ("shares of X") and the name before a reported result ("X posted a profit")."""
    data = pattern_data("cued_companies_en.json")
    after = re.compile(rf"(?<![\w’'-])(?i:{phrase_alternation(data['before_of'])})\s+(?P<org>{_NAME}){_END}")
    before = re.compile(rf"(?<![\w’'&.-])(?P<org>{_NAME})\s+(?:{phrase_alternation(data['result_verbs'])})\s+"
                        rf"(?:(?:a|an|its|the)\s+)?"
                        rf"(?:[\w-]+\s+){{0,3}}?(?:{phrase_alternation(data['results'])})\b")
    return after, before


def _adjective(text: str, start: int, name: str) -> bool:
    """"shares of Vietnamese firms": a one-word demonym before a lower-case plural is an adjective, no name."""
    return " " not in name and DEMONYM.match(name) is not None \
        and re.match(r"\s+[a-z][a-z-]*s\b", text[start + len(name):start + len(name) + 30]) is not None


def _title_line(text: str, at: int) -> bool:
    """The line around ``at`` is a headline in title case ("Shares Of Steel Makers Rise As Demand Recovers"): no full
    stop at its end and three in five of its words capitalised, so a capitalised run in it is no name by its slot."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    return not line.endswith(".") and len(words) >= 4 and sum(w[0].isupper() for w in words) * 5 >= len(words) * 3


def cued_company_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """ORG candidates for capitalised names in a company's slot (see the module's doc)."""
    out: list[Candidate] = []
    for pattern in _cue_res():
        for m in pattern.finditer(text):
            name = m.group("org").rstrip(".")
            first = name.split()[0]
            if _title_line(text, m.start("org")):
                continue
            if name.isupper() and len(name) > 6 or any(e.type in ("Place", "Person") for e in lex.lookup(name)) \
                    or first in nationalities() or _adjective(text, m.start("org"), name) or re.search(r"-(?:based|owned|listed|run|backed)$", first) \
                    or first.casefold() in P.MONTHS_EN or first.casefold() in P.WEEKDAYS_EN:
                continue  # (a headline in capitals, a known place or person; "shares of Vietnamese firms",
                # "analysts at Hanoi-based …", "revenue in March")
            out.append(Candidate(m.start("org"), m.start("org") + len(name), "ORG", PRIORITY["name-run"], SOURCE))
    return out

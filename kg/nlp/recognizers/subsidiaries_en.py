"""English companies named by context: a foreign company's Vietnamese arm named by its brand and
the country, and a name an apposition calls a company.

"Japanese chipmaker Renesas Electronics … Renesas Vietnam general director Hiroshi Tanaka": the
article names the company in full, and its local unit as the brand (the full name's first word)
and "Vietnam". Without the full name first, "X Vietnam" could be anything, so only brands of
companies the article has named count.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.names import PATTERNS_DIR
from kg.nlp.recognizers.priorities import PRIORITY


def vietnam_arm_candidates(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"<Brand> Vietnam" / "<Brand> Viet Nam" for the brand of a company named in full before."""
    heads = set(P.ORG_TAILS_EN) | set(P.ORG_HEADS_EN)
    brands = set()
    for c in cands:
        words = text[c.start:c.end].split()
        if c.label != "ORG" or c.ref or len(words) < 2 or not words[-1] in heads:
            continue
        brand = words[0]
        if re.fullmatch(r"[A-Z][\w&-]{2,}", brand) and brand not in heads and not lex.lookup(brand) \
                and brand.casefold() not in ("the", "vietnam", "national", "state", "central", "people's"):
            brands.add(brand)
    out: list[Candidate] = []
    for brand in brands:
        for m in re.finditer(rf"(?<![\w]){re.escape(brand)}\s+(?:Vietnam|Viet Nam)(?![\w])", text):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-brand"], "org-brand"))
    return out


@lru_cache(maxsize=1)
def _apposed_company_re() -> re.Pattern:
    data = json.loads((PATTERNS_DIR / "foreign_names_en.json").read_text(encoding="utf-8"))
    nouns = "|".join(sorted(map(re.escape, data["company_nouns"]), key=len, reverse=True))
    return re.compile(r"(?<![\w’'-])(?P<org>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3}),\s+(?:the|a|an)\s+"
                      r"(?:[\w-]+\s+){0,5}?(?:" + nouns + r")\b")


def apposed_company_candidates(text: str) -> list[Candidate]:
    """"Becamex IDC, the largest industrial park developer in …": a capitalised name that an
    apposition calls a company (``company_nouns``). Low priority: a known place or person wins."""
    return [Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY["name-run"], "org-apposed")
            for m in _apposed_company_re().finditer(text)]


@lru_cache(maxsize=1)
def _named_company_re() -> re.Pattern:
    data = json.loads((PATTERNS_DIR / "foreign_names_en.json").read_text(encoding="utf-8"))
    nouns = "|".join(sorted(map(re.escape, data["company_nouns"]), key=len, reverse=True))
    # "the Japanese firm Sojitz", "the national company Kazakh Invest", "South Korean chipmaker SK Hynix":
    # a determiner or a nationality, up to two describing words, the noun, then the name
    return re.compile(r"(?:(?<![\w’'-])(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?|(?<![\w’'-])(?:[A-Z][a-z]+\s+){1,2})"
                      r"(?:" + nouns + r")\s+(?P<org>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})(?=[,.;:)]|\s+[a-z(]|$)")


def named_company_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """"the Japanese firm Sojitz": a capitalised name after a company noun and the words that describe
    it (``company_nouns``); "Air Astana", "Air France": "Air" and a known place name an airline. Low
    priority: a known place or person, or a longer name, wins."""
    out = [Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY["name-run"], "org-apposed")
           for m in _named_company_re().finditer(text)
           if not any(e.type in ("Place", "Person") for e in lex.lookup(m.group("org")))]
    out += _country_companies(text, lex)
    for m in re.finditer(r"(?<![\w’'-])Air\s+(?P<place>[A-Z][\w-]+)(?![\w’'-])", text):
        if any(e.type == "Place" for e in lex.lookup(m.group("place"))):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-tail"], "org-apposed"))  # over the place inside
    return out


_COUNTRY_OWNED = re.compile(r"(?<![\w’'-])(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+"
                            r"(?P<org>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})(?=[,.;:)]|\s+[a-z(]|$)")


def _country_companies(text: str, lex: Lexicon) -> list[Candidate]:
    """"South Korea's Hanwha Energy", "Germany's KfW": a capitalised name owned by a foreign country or
    territory, which names nothing the gazetteer knows and opens with no title ("Singapore's Deputy Prime
    Minister"), is a company of that country. Viet Nam's own ("Vietnam's First Semiconductor Chip") is left
    out: the country's words there open places, days and products as often."""
    from kg.textutil import norm_key

    out: list[Candidate] = []
    for m in _COUNTRY_OWNED.finditer(text):
        if not any(e.type == "Place" and e.kind in ("country", "region") and e.id != "viet-nam"
                   for e in lex.lookup(m.group("country"))):
            continue
        if re.match(r"\s+(?:province|city|state|region|prefecture|county|district|island|islands|port|airport|"
                    r"capital|river|bay|sea|peninsula|mountains?|border|area|zone|park)\b", text[m.end("org"):]):
            continue  # "China's Yunnan province": a place of that country
        words = m.group("org").split()
        if lex.lookup(m.group("org")) or words[0] in lex.title_first_words or any(
                norm_key(" ".join(words[:k])) in lex.titles for k in range(1, len(words) + 1)):
            continue
        out.append(Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY["name-run"], "org-apposed"))
    return out


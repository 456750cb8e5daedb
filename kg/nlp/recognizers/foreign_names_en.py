"""Korean and Chinese personal names in English copy: a family name and a hyphenated given name.

"Park Min-soo", "Kim Sang-sik", "Lee Jae-yong": the romanised given name is two
syllables joined by a hyphen, the second in lower case. With a known Korean
family name before it (``kg/data/patterns/foreign_names_en.json``) the pair is a
person wherever it stands, title or not (so with a Chinese family name in the Wade-Giles spelling of
Taiwan and Hong Kong copy: "Lin Chia-hung", "Tsai Ing-wen"); no other recogniser reads the
hyphenated half, and the statistical taggers cut it at the hyphen.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data


# one romanised Korean syllable: an onset, a vowel and perhaps a final k, n, l, m, p, t or ng ("hyun", "seok",
# "kwan", "soo"); English words after a hyphen have other shapes ("Ha Noi-based", "Han River-born")
_SYLLABLE = r"(?:[gkndtrlmbpsjchy]{0,2})[aeiouwy]{1,3}(?:ng|[knlmpt])?"
_CAPITAL_SYLLABLE = r"[GKNDTRLMBPSJCHY][gkndtrlmbpsjchy]?[aeiouwy]{1,3}(?:ng|[knlmpt])?"  # "Hung", "Chia"


@lru_cache(maxsize=1)
def _korean_name_re() -> re.Pattern:
    data = pattern_data("foreign_names_en.json")
    family = "|".join(sorted({*data["korean_family"], *data["chinese_family"]}, key=len, reverse=True))
    # (the second syllable in lower case, or capitalised as Taiwanese copy often writes it: "Lin Chia-Hung")
    return re.compile(r"(?<![\w'’-])(?:" + family + r")[ ][A-Z][a-z]{1,5}-(?:" + _SYLLABLE + r"|" + _CAPITAL_SYLLABLE + r")(?![\w'’-])")


def korean_name_candidates(text: str) -> list[Candidate]:
    """Every "Family Given-name" pair, as a PER candidate above the statistical taggers."""
    return [Candidate(m.start(), m.end(), "PER", PRIORITY["korean-name"], "korean-name")
            for m in _korean_name_re().finditer(text)]


# "Jean-Marc Lenz", "Anne-Sophie Martin": a capitalised first half of a hyphenated given name right
# before a person's name, which the taggers cut at the hyphen ("Marc Lenz")
_GIVEN_HALF = re.compile(r"(?<![\w’'-])[A-Z][a-zà-öø-ÿ]{1,10}-$")


def join_hyphenated_given_names(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` with each person's name that starts right after a capitalised half and a hyphen
    ("Jean-" + "Marc Lenz") widened over that half ("Jean-Marc Lenz")."""
    out = []
    for c in cands:
        m = _GIVEN_HALF.search(text, max(0, c.start - 12), c.start) if c.label == "PER" and c.start else None
        out.append(replace(c, start=m.start()) if m and text[c.start:c.start + 1].isupper() else c)
    return out


@lru_cache(maxsize=1)
def _given_name_re() -> tuple[re.Pattern, frozenset[str]]:
    data = pattern_data("foreign_names_en.json")
    given = "|".join(sorted(map(re.escape, data["given_names"]), key=len, reverse=True))
    word = r"[A-Z](?:[a-zà-öø-ÿ]|['’](?=[A-Z]))+(?:-[A-Z][a-zà-öø-ÿ]+)?"  # "O'Brien"; not "Araya's"
    particle = r"(?:van|von|de|der|den|da|di|du|le|la|del|dos|bin|binti)"
    # (a hyphenated given name opens with a known one: "Marie-Claire Dubois")
    return re.compile(rf"(?<![\w’'.-])(?:{given})(?:-[A-Z][a-zà-öø-ÿ]+)?(?:\s+{particle})?\s+{word}(?:\s+(?:{particle}\s+)?{word})?"
                      r"(?![\w-]|\s+[A-Z0-9])(?!['’](?!s\b))"), frozenset(data["not_surname_words"])


def given_name_candidates(text: str, lex) -> list[Candidate]:
    """"Thomas Becker of Allianz", "Mette Frederiksen and Olaf Scholz": a common foreign given name
    (``given_names``) and one or two more capitalised words, ending the run, as a person, with no title or
    role before it. A run that ends with a place's or a body's word (``not_surname_words``: "Victoria
    Harbour") or that the gazetteer knows as something else is left alone."""
    pattern, not_surname = _given_name_re()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        words = m.group().split()
        if words[-1] in not_surname or any(e.type != "Person" for e in lex.lookup(m.group())):
            continue
        out.append(Candidate(m.start(), m.end(), "PER", PRIORITY["given-name-en"], "given-name-en"))
    return out

"""English copy: where a capitalised run holds a person, then "of (the)" and the body the person works for.

"German plant geneticist Maria Hoffmann of the Max Planck Institute …", "Professor Richard Friend of the
University of Cambridge": English names a scientist or official by an occupation or a title, the name,
then "of" and the body. The words before "of" hold no organisation word, and the occupation or title
right before them says they are a person, so the body starts after "of (the)"
(kg.relations.affiliations then gives the person's ``memberOf``). A name that no such cue opens is left
whole ("Friends of the Earth").

A nationality that a lower-case word follows ("… Physiology and Japanese biologist Kenji Sato") opens a
new phrase, not a further word of the name before it; a nationality alone, perhaps counted ("South
Korean girl group …", "Eight Vietnamese universities"), is no person's name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.words import Word
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _occupation_end() -> re.Pattern:
    data = pattern_data("occupations_en.json")
    words = sorted(data["occupations"] + data["roles"], key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"(?<![\w-])(?:" + alt + r")\s+$")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Common foreign given names (``given_names`` of foreign_names_en.json): one opening the run is a person's."""
    return frozenset(pattern_data("foreign_names_en.json")["given_names"])


@lru_cache(maxsize=1)
def _ranks() -> frozenset[str]:
    """Words of the academic ranks (``academic_ranks`` of title_qualifiers_en.json): "Professor", "Associate"."""
    return frozenset(w for r in pattern_data("title_qualifiers_en.json")["academic_ranks"] for w in r.split())


@lru_cache(maxsize=1)
def _nationality_phrase() -> re.Pattern:
    from kg.relations.foreign_titles import nationalities
    alt = phrase_alternation(nationalities())
    return re.compile(r"(?:" + alt + r"|Vietnamese)\s+[a-z]")  # (Viet Nam's too: "… and Vietnamese recruitment firms")


@lru_cache(maxsize=1)
def _nationality_alone() -> re.Pattern:
    from kg.relations.foreign_titles import nationalities
    alt = phrase_alternation(nationalities())
    counts = r"(?:The|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Many|Some|Several|Most|All|Other|Both)"
    return re.compile(r"(?:" + counts + r"\s+)?(?:" + alt + r"|Vietnamese)")  # (the foreign ones, and Viet Nam's)


def nationality_phrase(name: str) -> bool:
    """``name`` is only a nationality, perhaps counted ("South Korean", "Eight Vietnamese"): the adjective of a
    phrase ("South Korean girl group …", "Eight Vietnamese universities …"), no person's name."""
    return _nationality_alone().fullmatch(name) is not None


def nationality_opens_phrase(text: str, word: Word) -> bool:
    """``word`` opens a nationality that a lower-case word follows: "Japanese biologist …", "South Korean
    actress …" — a new phrase, never the next word of a name."""
    return _nationality_phrase().match(text, word.start) is not None


def person_before_of(text: str, words: list[Word], s: int, last: int,
                     title_spans: list[tuple[int, int]]) -> int:
    """The first word of the body in ``words[s..last]`` when the run opens with a person's name that an
    occupation or a title before it announces, then "of (the)": the word after "of (the)"; else ``s``."""
    first = s
    while first < last and (words[first].text in _ranks() or words[first].text in (".", "Dr")):
        first += 1  # "Professor Richard Friend of …": the rank opens the run, the name follows it
    before = text[max(0, words[s].start - 60):words[s].start]
    titled = first > s or any(te <= words[s].start and not text[te:words[s].start].strip() for _, te in title_spans)
    given = words[first].text.split("-")[0] in _given_names()  # "Martin Green of the University of …"
    if not (titled or given or _occupation_end().search(before)):
        return s
    s = first
    for k in range(s + 2, min(s + 4, last) + 1):  # a name of two to four words
        if words[k].text not in ("of", "and"):  # ("partner Chad Ovel and Do Ventures co-founder …": a list)
            continue
        name = words[s:k]
        if not all(w.is_cap and w.text.isalpha() or w.text in "-" for w in name) or any(
                w.text in P.ORG_TAILS_EN or w.text in P.BODY_WORDS_EN for w in name):
            return s
        body = k + 1 + (k + 1 <= last and words[k + 1].text == "the")  # (after "of the", "and the")
        return body if body <= last else s
    return s

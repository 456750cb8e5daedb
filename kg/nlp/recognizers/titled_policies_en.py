"""English instruments that the ``Law on …`` patterns of :mod:`kg.nlp.recognizers.policies` miss.

- a capitalised title that ends in its kind word, with no "on / to / for" after it: "under its
  Urban Railway Development Plan, which …", "Power Development Plan VIII";
- a document named by its parties before the kind word: "the Vietnam-Malaysia Memorandum of
  Understanding on Maritime Cooperation" (the "Memorandum … on …" part alone is what the
  policy patterns see).

Kind words and the words that never open a title are data (``kg/data/patterns/policies_en.json``).
A title-case headline ("Ho Chi Minh City Unveils New Plan") is not read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.policies import cut_en
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import PATTERNS_DIR, UPPER_VI, pattern_data
from kg.textutil import phrase_alternation

DATA = PATTERNS_DIR / "policies_en.json"
# a capital word, Vietnamese capitals included; "Australia–Việt" (an en dash between two) is one
_WORD = rf"[{UPPER_VI}][\w’'&-]*(?:–[{UPPER_VI}][\w’'&-]*)*"


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, re.Pattern, frozenset[str], int]:
    d = pattern_data(DATA.name)
    alt = phrase_alternation
    # (two title words may be joined by "and": "the city's Semiconductor and AI Human Resources Programme"; a
    # numeral, a year or a period after the kind word is the title's own: "Power Development Plan VIII",
    # "the Coastal Erosion Control Programme 2026-2030")
    titled = re.compile(rf"(?<![\w’'-])(?P<title>(?:{_WORD}\s+(?:and\s+(?={_WORD}))?){{1,6}}?)(?P<kind>{alt(d['title_kinds'])})"
                        rf"(?P<tail>\s+(?:[IVX]{{1,4}}|\d{{1,2}}|(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?)(?![\w/-]))?(?![\w-])")
    # (a party of two words first: "the Việt Nam–Laos …"; a lower-case kind, ``party_lower_kinds``, only after "the")
    parties = re.compile(rf"(?<![\w’'-])(?P<parties>(?:{_WORD}\s+(?={_WORD}\s?[-–]))?{_WORD}(?:\s?[-–]\s?{_WORD})+)\s+"
                         rf"(?P<kind>{alt(d['party_kinds'])}|{alt(d.get('party_lower_kinds', []))})"
                         rf"(?=(?P<rest>\s+(?:on|for|to|of)\s+[^\n.;:()\"“”]*))")
    return titled, parties, frozenset(d["not_first"]), int(d["min_title_words"])


def _headline(text: str, pos: int) -> bool:
    """``pos`` is in a short line with no full stop written in title case (a headline)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    if len(line) > 160 or line.endswith((".", "!", "?", ":")):
        return False  # a paragraph, or a sentence of one
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
    return len(long) >= 3 and sum(w[:1].isupper() for w in long) >= 0.7 * len(long)


_YEAR_BEFORE = re.compile(r"(?<![\w])the\s+(?P<year>(?:19|20)\d\d)\s+$")
# "… Programme on Monday", "… Plan on December 5": a date after the title, not the "on" of its subject
_DATE_AFTER = re.compile(r"\s+on\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


def titled_policy_candidates(text: str) -> list[Candidate]:
    """Policy candidates for titles ending in their kind word and for documents named by their parties."""
    titled, parties, not_first, min_words = _data()
    out: list[Candidate] = []
    for m in titled.finditer(text):
        words = m.group("title").split()
        while words and (words[0] in not_first or words[0] == "and"):
            words.pop(0)
        if "and" in words and words[::-1].index("and") < 2:
            continue  # "Vietnam and Thailand Plan …": a joined title holds two words or more after "and"
        if len(words) + len(m.group("kind").split()) < min_words or _headline(text, m.start()):
            continue
        after = text[m.end():m.end() + 12]
        if re.match(r"\s+(?:on|to|for|of)\s", after) and not _DATE_AFTER.match(text, m.end()) or re.match(r"\s+[A-Z]", after) and not m.group("tail"):
            continue  # "… Plan on X" is the policy patterns'; "… Programme Awards" runs on into another name
        start = m.start("kind") - len(" ".join(words)) - 1
        if text[start:m.start("kind")].split() != words:
            continue  # the title ran over a line break or double space
        year = _YEAR_BEFORE.search(text, max(0, start - 10), start)
        start = year.start("year") if year else start  # "the 2018 General Education Programme": its year is its own
        out.append(Candidate(start, m.end(), "POLICY", PRIORITY["policy-titled-en"], "policy-titled-en",
                             meta={"type": m.group("kind").split()[-1]}))
    for m in parties.finditer(text):
        cut = cut_en(m.group("rest"))
        if len(cut.split()) < 2 or _headline(text, m.start()):
            continue
        start = m.start("parties")
        first = m.group("parties").split()[0]
        if first in not_first and " " in m.group("parties"):
            start += len(first) + 1  # "Under Vietnam–Laos Agreement on …": the parties after the opener
        if m.group("kind")[0].islower() and not re.search(r"\bthe\s+$", text[max(0, start - 5):start]):
            continue  # "Vietnam–Laos cooperation agreement" with no "the" before: a description, no title
        out.append(Candidate(start, m.start("rest") + len(cut), "POLICY", PRIORITY["policy-parties-en"],
                             "policy-parties-en", meta={"type": m.group("kind").split()[-1].capitalize()
                                                        if m.group("kind")[0].islower() else m.group("kind").split()[0]}))
    return out + _lower_kind_names(text)


_LOWER_KIND = re.compile(rf"(?<![\w’'-])(?:the|its|their)\s+(?P<name>(?:{_WORD}\s+){{1,4}}(?:programme|program))(?![\w-])")
# "the One Million Hectares of High-Quality, Low-Emission Rice project": a title-case name with "of" / "for"
# before a lower-case "project" (a brand or site before it, "the Vinhomes Ocean Park project", names none)
_TITLED_PROJECT = re.compile(rf"(?<![\w’'-])(?:the|its|their)\s+(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}\s+(?:of|for)\s+"
                             rf"{_WORD}(?:,?\s+{_WORD}){{0,5}}\s+project)(?![\w-])")


def _lower_kind_names(text: str) -> list[Candidate]:
    """"the Aus4Climate programme", "the Green Ocean programme": a capitalised name before a lower-case
    "programme" (or a title with "of" / "for" before "project") names the programme (not a known place or body: "the Vietnam programme" is no name)."""
    from kg.nlp.lexicon import load_lexicon

    lex = load_lexicon()
    out: list[Candidate] = []
    for m in [*_LOWER_KIND.finditer(text), *_TITLED_PROJECT.finditer(text)]:
        name = m.group("name").rsplit(None, 1)[0]
        if any(e.type in ("Place", "Organization", "Person") for e in lex.lookup(name)) or _headline(text, m.start()):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), "POLICY", PRIORITY["policy-titled-en"], "policy-titled-en",
                             meta={"type": "Project" if m.group("name").endswith("project") else "Programme"}))
    return out

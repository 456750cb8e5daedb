"""English lists of the companies that take part in a fair: "Among the exhibitors were Trung Nguyên Legend,
Vĩnh Hiệp Company from Gia Lai province and the Italian coffee machine maker La Marzocco",
"Sponsors include …". Each item's capitalised name (at its start, or after "the <describing words> <noun>")
is a company unless the gazetteer knows it as a place or person. The list openers are data
(``participant_list_openers`` of kg/data/patterns/companies.json). Low priority: a longer or known name wins.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.people_of_bodies_en import nationality_phrase
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

_CAP = rf"[{UPPER_VI}](?:[\w’'&-]|\.(?=\w))*"  # ("C.P." inside a name; a full stop after it ends the sentence)
_NAME = rf"{_CAP}(?:[ ]+{_CAP}){{0,4}}"  # (a name does not run over a line break)
_LEAD = re.compile(rf"(?P<name>{_NAME})")
_DESCRIBED = re.compile(rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,5}}?(?<=[a-z]\s)(?P<name>{_NAME})\s*$")
_ITEM_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern:
    openers = pattern_data("companies.json").get("participant_list_openers", [])
    alt = phrase_alternation(openers) or "(?!)"
    return re.compile(rf"(?<![\w])(?:{alt})\s+(?P<list>[^.;:\n]+)")


def participant_list_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """ORG candidates for the names a list of exhibitors or sponsors gives."""
    out: list[Candidate] = []
    for m in _opener_re().finditer(text):
        base = m.start("list")
        pos = 0
        body = m.group("list")
        for sep in list(_ITEM_SPLIT.finditer(body)) + [None]:
            end = sep.start() if sep else len(body)
            item = body[pos:end]
            at = base + pos
            pos = sep.end() if sep else len(body)
            lead = _LEAD.match(item)
            described = _DESCRIBED.match(item) if lead is None else None
            hit = lead or described
            if hit is None:
                continue
            name = hit.group("name")
            if name in ("The", "A", "An") or any(e.type in ("Place", "Person") for e in lex.lookup(name)):
                continue
            s = at + hit.start("name")
            out.append(Candidate(s, s + len(name), "ORG", PRIORITY["name-run"], "org-listed"))
    return out


@lru_cache(maxsize=1)
def _legal_tails() -> frozenset[str]:
    """The last words of an English company's name ("Corporation", "JSC"; companies.json ``en_tails``)."""
    return frozenset(t.split()[-1] for t in pattern_data("companies.json")["en_tails"])


# regional adjectives that, like a nationality, open a phrase: "… and European planemaker Airbus"
_REGIONS = frozenset(pattern_data("participant_lists_en_words.json")["regions"])
_COORD_AFTER = re.compile(rf"[ ]+(?:and|or|&)[ ]+(?P<name>{_NAME})(?=[,.;:)]|\s+[a-z(]|$)")
_COORD_BEFORE = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME})[ ]+(?:and|or|&)[ ]+$")


def _named_person_short(text: str, name: str, pos: int, cands: list[Candidate]) -> bool:
    """``name`` at ``pos`` is the last word(s) of a person's name given in full earlier ("Huỳnh Quyết Thắng" …
    "Thắng"): a short form of that person, the way English copy names people again."""
    return any(c.label == "PER" and c.end <= pos and c.end - c.start > len(name)
               and text[c.start:c.end].endswith(" " + name) for c in cands)


def coordinated_company_candidates(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"Netflix and Galaxy Studio announced …", "Speakers from Schneider Electric and Vinamilk …": a
    capitalised name joined by "and" to a company the gazetteer knows is a company too, unless the
    gazetteer knows it as something else. Low priority: any other reading wins."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref:
            continue
        entry = lex.entries.get(f"Organization:{c.gid}") if c.source == "gazetteer" and c.gid else None
        legal = c.source == "org-tail" and text[c.start:c.end].split()[-1] in _legal_tails()
        if c.source != "org-brand" and not legal and (entry is None or entry.kind != "company"):
            continue  # (a company's arm, "Google Vietnam", is a company too; so is "SSI Securities Corporation")
        after = _COORD_AFTER.match(text, c.end)
        before = _COORD_BEFORE.search(text, max(0, c.start - 60), c.start)
        for m in (after, before):
            if m is None:
                continue
            name = m.group("name")
            if name.split()[0] in ("The", "A", "An", "In", "At", "On") or lex.lookup(name):
                continue
            if nationality_phrase(name) or name in _REGIONS:
                continue  # "Vietnam Airlines and European planemaker Airbus": a nationality, then what the firm is
            if _named_person_short(text, name, m.start("name"), cands):
                continue  # "signed by Thắng and Synopsys Vietnam director …": a person named in full before
            out.append(Candidate(m.start("name"), m.end("name"), "ORG", PRIORITY["name-run"], "org-coordinated"))
    return out

"""English "the bank", "the company", "the group": the body of that kind the article is about.

Company news names its subject in full once ("Joint Stock Commercial Bank for Foreign Trade of
Vietnam (Vietcombank)") and then writes "deputy general director of the bank". The nearest body
whose name holds the word is often another one (a shareholder bank named in between); the one the
article is about is the body of that kind it names most often. It counts only when it is named
at least twice and more often than any other of its kind.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.relations.base import Mention, Sentence

# the reference word → words one of which the body's name must hold ("" = any organisation)
KINDS = {"bank": ("bank",), "lender": ("bank",), "company": ("",), "firm": ("",), "group": ("group",),
         "corporation": ("corporation", "group"), "airline": ("airline", "airlines", "airways"),
         "carrier": ("airline", "airlines", "airways"), "insurer": ("insurance",), "hospital": ("hospital",),
         "university": ("university",)}
_REF = re.compile(r"(?:[Tt]he\s+)?(?P<w>" + "|".join(KINDS) + r")\b(?![\w-])")


def main_body_ref(s: "Sentence", pos: int) -> "Mention | None":
    """The organisation "the bank" / "the company" at ``pos`` refers to, or None when unclear."""
    m = _REF.match(s.text, pos, s.end)
    if not m or s.lang != "en":
        return None
    needles = KINDS[m.group("w")]
    return most_named([o for o in s.ex.mentions if o.type == "Organization" and not o.ref
                        and any(n in (o.name or o.text).casefold() for n in needles)])


def most_named(orgs: list["Mention"]) -> "Mention | None":
    """The body of ``orgs`` named most often: at least twice and more often than any other, else None."""
    key = lambda o: o.gid or (o.name or o.text).casefold()  # noqa: E731
    counts = Counter(key(o) for o in orgs).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] >= counts[0][1]):
        return None
    return next(o for o in orgs if key(o) == counts[0][0])


_COMPANY_WORDS = re.compile(r"(?<![\w])(?:Company|JSC|Corporation|Corp|Co\.|Ltd\.?|Limited|Group|Holdings|Bank|"
                            r"Airlines|Airways|Insurance)(?![\w])")


def main_company(s: "Sentence") -> "Mention | None":
    """The company an English article is about: the organisation it names most often (at least twice,
    more often than any other), when that is a company (a company of the gazetteer, or a name with a
    company's word: "Hoa Phat Group", "… JSC"); else None. A bare "CEO X" of company news is its CEO."""
    from kg.nlp.lexicon import entry_by_id

    if s.lang != "en":
        return None
    top = most_named([o for o in s.ex.mentions if o.type == "Organization" and not o.ref])
    if top is None:
        return None
    entry = entry_by_id("Organization", top.gid) if top.gid else None
    company = entry.kind == "company" if entry is not None else bool(_COMPANY_WORDS.search(top.name or top.text))
    return top if company else None


def subject_company(s: "Sentence", pos: int) -> "Mention | None":
    """"The company's general director, X," opening its sentence (a reference at ``pos``): the company the
    sentence before opens with ("Intel Products Vietnam, the US chipmaker's plant, …, Intel said."), when it may be
    a company (:func:`kg.org_refs.company_names`); else None."""
    from kg.org_refs import company_names
    from kg.org_speakers import opens_sentence

    if s.lang != "en" or not re.fullmatch(r"(?:[^\n—–]{0,60}[—–]\s*)?(?:The|the)\s+", s.text[s.start:pos + 4]):
        return None
    before = sorted((o for o in s.ex.mentions if o.sentence == s.index - 1 and o.type == "Organization"
                     and not o.nested and not o.ref and opens_sentence(s.ex, o)), key=lambda o: o.start)
    if not before or not company_names({before[0].name or before[0].text}, before[0].gid):
        return None
    return before[0]

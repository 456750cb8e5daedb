"""Bodies that share a clause's verb with the one a rule found: "the Ministry of Finance and the State Bank
of Vietnam will implement …" (listed before it), "the department will implement … together with the
Farmers' Association" (joined after the object), "A will coordinate with B to implement …" (the one B works with).

:func:`name_list` and :func:`name_list_ending` are the one reader of coordinated lists of names ("A, B and C",
"A as well as the B", "the International Labour Organization (ILO) and the B") that the passes share; the link
words are data (``kg/data/patterns/name_lists.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Sentence
from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation

_WORDS = pattern_data("name_lists.json")


def _words(kind: str, lang: str) -> list[str]:
    """The words of ``kind`` in ``lang`` (Vietnamese for any language without its own)."""
    entry = _WORDS[kind]
    return list(entry.get(lang) or entry.get("vi") or [])


SHORT_FORM = 20  # the longest short form in brackets that may close a name of the list ("(VNAT)", "(ILO)")


@lru_cache(maxsize=None)
def list_link(lang: str, partners: bool = False, short_form: int = SHORT_FORM) -> re.Pattern[str]:
    """The gap between two names of one list: a short form in brackets closing the name before, then a comma,
    a link word, or a comma and a link word, then "the" ("A, B, and the C"); with ``partners`` also "A with B"."""
    words = _words("links", lang) + (_words("partner_links", lang) if partners else [])
    alt = phrase_alternation(words)
    short = r"(?:\s*\([^()]{1,%d}\))?" % short_form if short_form else ""
    return re.compile(short + r"\s*(?:,\s*(?:(?:" + alt + r")\s+)?|\s+(?:" + alt + r")\s+)(?:the\s+)?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _described(lang: str, partners: bool, short_form: int) -> re.Pattern[str] | None:
    """A link followed by a description of the next name: "… and the French business association MEDEF"."""
    heads = _words("description_heads", lang)
    if not heads or lang == "vi":
        return None
    return re.compile(list_link(lang, partners, short_form).pattern + r"(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}(?:"
                      + phrase_alternation(heads) + r")\s+")


_POSSESSIVE = re.compile(r"[’']s\s+")


def _candidates(s: Sentence, types: tuple[str, ...]) -> list[Mention]:
    """The names a list may hold, in order (the longer first of two that start together)."""
    return sorted((m for m in s.mentions if m.type in types and not m.nested), key=lambda m: (m.start, -m.end))


def _follow(s: Sentence, end: int, types: tuple[str, ...], partners: bool, short_form: int, described: bool,
            possessive: bool, among: list[Mention] | None = None) -> tuple[bool, list[Mention]]:
    """The names listed after an item ending at ``end``, and whether the first of them stands in that item's
    place ("A's B")."""
    link = list_link(s.lang, partners, short_form)
    desc = _described(s.lang, partners, short_form) if described else None
    replaced = False
    group: list[Mention] = []
    for m in _candidates(s, types) if among is None else sorted(among, key=lambda m: (m.start, -m.end)):
        if m.start < end:
            continue
        if possessive and _POSSESSIVE.fullmatch(s.text, end, m.start):
            if group:
                group[-1] = m
            else:
                replaced = True
                group.append(m)
        elif link.fullmatch(s.text, end, m.start) or desc is not None and desc.fullmatch(s.text, end, m.start):
            group.append(m)
        else:
            continue
        end = m.end
    return replaced, group


def list_after(s: Sentence, end: int, types: tuple[str, ...] = ("Organization",), *, partners: bool = False,
               short_form: int = SHORT_FORM, described: bool = False, possessive: bool = False,
               among: list[Mention] | None = None) -> list[Mention]:
    """The names of ``types`` listed after an item that ends at ``end`` (", B and C"), first to last.
    ``described``: a description may come before a name ("and the business association MEDEF");
    ``possessive``: "A's B" names B in A's place ("the Ministry of Trade's Promotion Agency and C")."""
    return _follow(s, end, types, partners, short_form, described, possessive, among)[1]


def name_list(s: Sentence, first: Mention, types: tuple[str, ...] = ("Organization",), *, partners: bool = False,
              short_form: int = SHORT_FORM, described: bool = False, possessive: bool = False,
              end: int | None = None, among: list[Mention] | None = None) -> list[Mention]:
    """``first`` and the names of ``types`` listed right after it ("A, B and C"), first to last (the parameters
    as :func:`list_after`'s; with ``possessive``, "first's B" stands in first's place). ``end``: where ``first``
    ends in the text when it is named there by other words (a body referred to as "the ministry"). ``among``: the
    names the list may hold when not the sentence's own (those of the sentence before)."""
    replaced, rest = _follow(s, first.end if end is None else end, types, partners, short_form, described, possessive,
                             among)
    return rest if replaced else [first] + rest


def name_list_ending(s: Sentence, last: Mention, types: tuple[str, ...] = ("Organization",), *,
                     partners: bool = False, short_form: int = SHORT_FORM) -> list[Mention]:
    """The names of ``types`` listed right before ``last`` and ``last`` ("A, B and <last>"), first to last. A
    short form in brackets after its name ("the International Labour Organization (ILO), the …") is no item."""
    link = list_link(s.lang, partners, short_form)
    group = [last]
    for m in reversed(_candidates(s, types)):
        if m.end > group[-1].start:
            continue
        if s.text[m.start - 1:m.start] == "(" and s.text[m.end:m.end + 1] == ")":
            continue
        if not link.fullmatch(s.text, m.end, group[-1].start):
            break
        group.append(m)
    return group[::-1]


_WITH_AFTER = re.compile(r"\s+(?:together|jointly|in\s+coordination|in\s+cooperation)\s+with\s+(?:the\s+)?"
                         r"|\s+(?:cùng với|phối hợp với)\s+")
# a few words of the object, then the joining words: "… the resolution together with the X"
_JOINED_AFTER = re.compile(r"[^,.;()]{0,30}?(?:" + _WITH_AFTER.pattern + ")")


def listed_before(s: Sentence, subject: Mention) -> list[Mention]:
    """The bodies listed right before ``subject`` ("A, B and <subject>"), nearest first."""
    return name_list_ending(s, subject)[-2::-1]


def joined_after(s: Sentence, pos: int) -> list[Mention]:
    """The body joined after the verb's object, which ends at or just before ``pos``: "… <obj> together
    with the X", "… the resolution together with the X" (a few words of the object may follow ``pos``)."""
    w = _JOINED_AFTER.match(s.text, pos, s.end)
    if not w:
        return []
    return [m for m in s.mentions if m.start == w.end() and m.type == "Organization" and not m.nested]


_COORDINATES_WITH = re.compile(r"\s+(?:(?:will|would|must|shall|has|have|had|is|are|was|were)\s+)?(?:to\s+)?"
                               r"(?:coordinate|coordinates|coordinated|coordinating|work|works|worked|working|cooperate|"
                               r"cooperates|cooperated|cooperating|phối hợp)\s+(?:closely\s+)?(?:with|với)\s+(?:the\s+)?$",
                               re.IGNORECASE)


def coordinating_with(s: Sentence, partner: Mention) -> list[Mention]:
    """The body that coordinates with ``partner`` to carry something out: "A will coordinate with B to
    implement X" (A implements X too)."""
    prev = max((m for m in s.mentions if m.type == "Organization" and m.end <= partner.start and not m.nested),
               key=lambda m: m.end, default=None)
    return [prev] if prev is not None and _COORDINATES_WITH.fullmatch(s.text, prev.end, partner.start) else []


_PARTNER_BEFORE = re.compile(r"(?<![\w])(?:với|with)\s+(?:the\s+)?$", re.IGNORECASE)


def partner_of_earlier_verb(s: Sentence, subject: Mention, gap: str) -> bool:
    """``subject`` follows "với" / "with" and a second verb joined by "và" / "and" comes after it ("Cục X đã làm
    việc với Tổng cục Y và ban hành …"): the partner of the first verb, not the subject of the second."""
    return re.fullmatch(r"\s*,?\s*(?:và|and)\s+(?:(?:đã|đồng thời|then)\s+)?", gap) is not None \
        and _PARTNER_BEFORE.search(s.text[max(s.start, subject.start - 12):subject.start]) is not None

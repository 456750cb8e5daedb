"""Where a body is, from its premises there (English): ``locatedIn``.

- "Nakajima Ryo, chief representative of the Hà Nội office of the Japan External Trade Organization": the
  place before a premises noun ("office", "branch", "factory"; ``seat_nouns``) and "of" locates the body after;
- "The Management Board held a meeting at its office in Thạch Thất commune": "at its" premises in a place
  locate the body the sentence opens with (the event held there keeps its own place from
  :mod:`kg.relations.places`); "plans to open its first branch in …" is no seat yet.

- "A 1,000-bed general hospital opened on Monday in Nhon Trach district, Dong Nai province. The Nhon Trach
  Regional General Hospital, …": a new body told by its kind, then named by a name ending in that kind in the
  next sentence, is in the places of the first (``opened_kinds``).

"Sumitomo's Hà Nội office" gives nothing: the tune-en gold (t252) does not locate a firm by such an office.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.company_refs import KINDS, main_body_ref
from kg.relations.cues import cue_pattern
from kg.relations.seat_phrases_en import UNIT_OF


# "chipmaker", "logistics company": a common noun (``firm_nouns``) that says what the body after it is
_FIRM_NOUNS = rf"(?:[a-z][\w-]*\s+)?(?:{cue_pattern('firm_nouns', 'en')})"


def body_seats(s: Sentence) -> list[Relation]:
    """locatedIn of a body from its office, branch or plant in a place."""
    if s.lang != "en":
        return []
    places = s.of_type("Place")
    orgs = [m for m in s.of_type("Organization") if not m.ref]
    if not places or not orgs:
        return head_offices(s, places)  # ("The bank's head office is in …": the body is only referred to)
    seats = cue_pattern("seat_nouns", "en")
    out: list[Relation] = []
    for pl in places:
        after = s.text[pl.end:s.end]
        # "the Hà Nội office of (the) JETRO", "the Tokyo office of chipmaker Rapidus"
        m = re.match(rf"\s+(?:{seats})\s+of\s+(?:the\s+)?(?:{_FIRM_NOUNS}\s+)?", after, flags=re.IGNORECASE)
        if m and re.search(r"(?<![\w])the\s+$", s.text[max(s.start, pl.start - 5):pl.start]):
            org = next((o for o in orgs if o.start == pl.end + m.end()), None)
            if org is not None:
                out.append(Relation(org.id, "locatedIn", pl.id, s.index))
                continue
        # (not "Sumitomo's Hà Nội office", which the tune-en gold leaves out)
        # "… held a meeting at its office in Thạch Thất commune" (not "plans to open its first branch in …")
        if re.search(rf"\b(?:at|from)\s+its\s+(?:[a-z-]+\s+)?(?:{seats})\s+(?:in|at|on)\s+(?:the\s+)?$",
                     s.text[max(s.start, pl.start - 50):pl.start], flags=re.IGNORECASE):
            owner = _opening_body(s, orgs, pl)
            # (not "at its headquarters in": the tune-en gold gives that place to the event held there only,
            # t99, t81; kg.relations.places does the same for a state body's venue)
            if owner is not None and not re.search(
                    r"\bheadquarters\s+\S+\s+(?:the\s+)?$", s.text[max(s.start, pl.start - 25):pl.start]):
                out.append(Relation(owner.id, "locatedIn", pl.id, s.index))
    return out + head_offices(s, places)


_SEAT_IS = r"\s+(?:is|are|was|remains)\s+(?:located\s+|situated\s+|based\s+)?(?:in|at|on)\s+(?:the\s+)?"


def head_offices(s: Sentence, places: list[Mention]) -> list[Relation]:
    """locatedIn: "Vietjet's head office is in HCM City", "The bank's headquarters is in Ba Dinh ward" (the bank the
    article is about), "The headquarters of Masan Group is located in …": a body's seat said to be in a place."""
    offices = cue_pattern("head_office_nouns", "en")
    out: list[Relation] = []
    for pl in places:
        owned = re.search(rf"['’]s\s+(?:{offices}){_SEAT_IS}$", s.text[s.start:pl.start])
        if owned is not None:
            at = s.start + owned.start()
            org = next((o for o in s.of_type("Organization") if o.end == at), None)
            ref = re.search(r"(?<![\w])[Tt]he\s+\w+$", s.text[s.start:at]) if org is None else None
            org = org or (main_body_ref(s, s.start + ref.start()) or _only_of_kind(s, ref.group().split()[-1]) if ref else None)
        else:
            org = next((o for o in s.of_type("Organization") if o.end < pl.start
                        and re.fullmatch(_SEAT_IS, s.text[o.end:pl.start])
                        and re.search(rf"(?<![\w])[Tt]he\s+(?:{offices})\s+of\s+(?:the\s+)?$",
                                      s.text[max(s.start, o.start - 30):o.start])), None)
        if org is not None:
            out.append(Relation(org.id, "locatedIn", pl.id, s.index))
    return out


def _only_of_kind(s: Sentence, word: str) -> Mention | None:
    """The one body of the kind ``word`` names ("the bank": a name holding "bank") the article has named so far."""
    needles = KINDS.get(word.casefold())
    named = {} if needles is None else {o.gid or (o.name or o.text).casefold(): o for o in s.ex.mentions
                                         if o.type == "Organization" and not o.ref and o.sentence <= s.index
                                         and any(n in (o.name or o.text).casefold() for n in needles)}
    return next(iter(named.values())) if len(named) == 1 else None


_OPENING = re.compile(r"\s*(?:[^\n—–]{1,40}\s[—–]\s+)?(?:[A-Z][^,;—–]{0,30},\s*)?(?:[Tt]he\s+)?")


def _opening_body(s: Sentence, orgs: list[Mention], pl: Mention) -> Mention | None:
    """The body the sentence opens with (past a dateline, "HÀ NỘI — Bạch Mai Hospital …", or an opening
    phrase, "On the same day, the board …"), when no other body stands between it and ``pl``."""
    first = next((o for o in sorted(orgs, key=lambda o: o.start)
                  if _OPENING.fullmatch(s.text, s.start, o.start)), None)
    if first is None or any(o.start > first.end and o.end <= pl.start for o in orgs):
        return None
    return first


def named_after_opening(s: Sentence) -> list[Relation]:
    """locatedIn of a body named at the start of a sentence whose last sentence told it opened by its kind
    only ("A … hospital opened … in X, Y. The Z General Hospital …")."""
    if s.lang != "en" or s.index == 0:
        return []
    org = next((o for o in sorted(s.of_type("Organization"), key=lambda o: o.start)
                if not o.ref and _OPENING.fullmatch(s.text, s.start, o.start)), None)
    if org is None:
        return []
    a, b = s.ex.sentences[s.index - 1]
    kinds = cue_pattern("opened_kinds", "en")
    head = re.search(rf"(?:{kinds})$", org.text, flags=re.IGNORECASE)
    told = re.match(rf"\s*(?:[^\n—–]{{1,40}}\s[—–]\s+)?An?\s+(?:[\w,.'’-]+\s+){{0,4}}(?P<kind>{kinds})\s+"
                    r"(?:was\s+|has\s+been\s+)?(?:opened|inaugurated|opens|launched|began\s+operating)\b[^.;]*?\bin\s+"
                    rf"(?:{UNIT_OF})?",  # ("… in the central province of Nghệ An": the place after its kind)
                    s.text[a:b], flags=re.IGNORECASE)
    if head is None or told is None or told.group("kind").casefold() != head.group().casefold():
        return []
    if any(m.type == "Organization" and not m.nested and m.sentence == s.index - 1 for m in s.ex.mentions):
        return []  # (the body told is named there already)
    places = sorted((m for m in s.ex.mentions if m.type == "Place" and not m.nested and m.sentence == s.index - 1
                     and m.start >= a + told.end()), key=lambda m: m.start)
    chain: list[Mention] = []
    for pl in places:  # "in Nhon Trach district, Dong Nai province": the place and the places it is in
        if chain and not re.fullmatch(r"\s*,\s*|\s+in\s+(?:the\s+)?", s.text[chain[-1].end:pl.start]):
            break
        if not chain and pl.start != a + told.end():
            break
        chain.append(pl)
    return [Relation(org.id, "locatedIn", pl.id, s.index) for pl in chain]

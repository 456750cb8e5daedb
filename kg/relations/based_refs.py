"""A company named again by what it is: "The Seoul-based firm, a unit of LG Group, …" (after "… handed a
licence to LG Innotek"). The sentence names no body there, only a place and a firm noun (``firm_nouns``);
the firm is the last business body the article named before, which gets the place as ``locatedIn`` and the
body of a "unit of" apposition (``sub_of_nouns``) as ``subOrganizationOf``."""
from __future__ import annotations

import re

from kg.nlp.lexicon import entry_by_id
from kg.relations.base import Mention, Relation, Sentence, state_body
from kg.relations.cues import cue_pattern, cue_words
from kg.relations.organizations import REF_HEADS, org_ref_at


_BUSINESS = re.compile(r"\b(?:Group|Corporation|Corp|Company|Co|JSC|Ltd|Inc|Holdings|Industries|Electronics|Motors|"
                       r"Bank|Airlines|Airways|Securities|Semiconductor|Technologies|Technology)\b\.?$")


def _business(m: Mention) -> bool:
    """A company: a known one, a brand, or a name that ends with a company word."""
    entry = entry_by_id("Organization", m.gid) if m.gid else None
    if entry is not None:
        return entry.kind == "company"
    return not state_body(m) and (m.source == "org-brand" or bool(_BUSINESS.search(m.name or m.text)))


def _last_business(s: Sentence, pos: int, loose: bool = False) -> Mention | None:
    """The last company named before ``pos`` in this sentence or the two before it (no other body after it);
    ``loose``: any body that is no state organ (the sentence calls it a company itself)."""
    named = [m for m in s.ex.mentions if m.type == "Organization" and not m.ref and not m.nested
             and s.index - 2 <= m.sentence <= s.index and m.start < pos and m.source != "credit"]
    last = max(named, key=lambda m: m.start) if named else None
    return last if last is not None and (_business(last) or (loose or _lead_body(s, last)) and not state_body(last)) \
        else None


_PUBLIC_WORDS = re.compile(r"\b(?:People['’]s|Committee|Council|Ministry|Department|Government|Authority|Board|Agency|Office|"
                           r"Court|Assembly|Party|Police|Front|Union|Association|Federation|Chamber|Administration)\b")
# the first sentence opens with the body: "SEOUL — South Korea's Daesung Precision on Saturday opened …"
_OPENS = re.compile(r"\s*(?:[^\s—–]+(?:\s+[^\s—–]+){0,3}\s+[—–]\s+)?(?:The\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?")


def _lead_body(s: Sentence, m: Mention) -> bool:
    """``m`` is the company the article's first sentence opens with ("South Korea's Daesung Precision on Saturday
    opened …": the story's firm, no public body), so "the Seoul-based group" later is that firm even with no
    company word in its name."""
    if _PUBLIC_WORDS.search(m.name or m.text):
        return False
    a, _ = s.ex.sentences[0]
    opening = _OPENS.match(s.text, a)
    first = next((o for o in s.ex.mentions if o.type == "Organization" and o.sentence == 0 and not o.nested
                  and o.start == opening.end()), None)
    return first is not None and (first.name or first.text) == (m.name or m.text)


def based_firm_refs(s: Sentence) -> list[Relation]:
    """locatedIn / subOrganizationOf of "the <Place>-based firm[, a unit of <Body>]"; locatedIn of "The
    company, headquartered in <Place>, …"."""
    if s.lang != "en":
        return []
    suffixes = "|".join(re.escape(x) for x in cue_words("based_suffixes", "en"))
    firms = cue_pattern("firm_nouns", "en")
    units = cue_pattern("sub_of_nouns", "en")
    out: list[Relation] = []
    for pl in s.of_type("Place"):
        # "The company, headquartered in Osaka, said …": the firm named again by its noun at the sentence's start
        seat = re.fullmatch(rf"\s*(?:The|This|Its)\s+(?:[a-z-]+\s+)?(?:{firms})\s*,\s*(?:which\s+is\s+)?"
                            rf"(?:{suffixes}|located)\s+(?:in|at)\s+(?:the\s+)?", s.text[s.start:pl.start])
        if seat and not any(m.type == "Organization" and not m.ref and m.end <= pl.start for m in s.mentions):
            firm = _last_business(s, pl.start, loose=True)
            if firm is not None:
                out.append(Relation(firm.id, "locatedIn", pl.id, s.index))
            continue
        # "The college, located in Từ Sơn ward, will …": a body named again by its kind word (the latest
        # body whose name holds it, org_ref_at)
        # ("The board is based in HCM City.": the same with no commas, for a body that is no firm; "The company
        # is headquartered in …" is the story's firm, not the last one named, t421)
        # ("The hospital, in Cái Răng Ward, said …": a bare "in" set off by commas says the same)
        seat = re.fullmatch(rf"\s*(?P<ref>(?:The|This|Its)\s+(?:[a-z-]+\s+)?(?:{REF_HEADS}))(?:\s*,\s*(?:which\s+is\s+)?|"
                            r"\s+(?P<verb>is|was|has\s+been)\s+)"
                            rf"(?:(?:{suffixes}|located)\s+(?:in|at)|(?<=,\s)in)\s+(?:the\s+)?", s.text[s.start:pl.start])
        if seat and not seat.group("verb") and re.search(r",\s+in\s+(?:the\s+)?$", seat.group()) \
                and not re.match(r"\s*,", s.text[pl.end:s.end]):
            seat = None  # "The college, in Đông Hà Ward," only as an aside closed by its comma
        if seat and seat.group("verb") and re.search(rf"(?:{firms}|corporation|airline)$", seat.group("ref")):
            seat = None
        if seat and not any(m.type == "Organization" and not m.ref and m.end <= pl.start for m in s.mentions):
            body = org_ref_at(s, s.start + seat.start("ref") + len(seat.group("ref").split()[0]) + 1)
            if body is not None:
                out.append(Relation(body.id, "locatedIn", pl.id, s.index))
            continue
        if not re.search(r"(?<![\w])(?:[Tt]he|[Tt]his)\s+$", s.text[max(s.start, pl.start - 6):pl.start]):
            continue
        m = re.match(rf"[-‑–]\s?(?:{suffixes})\s+(?:{firms})(?![\w-])", s.text[pl.end:s.end], flags=re.IGNORECASE)
        body = None if m else re.match(rf"[-‑–]\s?(?:{suffixes})\s+(?=(?:{REF_HEADS})(?![\w-]))", s.text[pl.end:s.end])
        if body:  # "the Hà Nội-based association": the latest body whose name holds the kind word
            m = re.match(r"[-‑–]\s?\S+\s+\S+", s.text[pl.end:s.end])
        if not m or re.match(r"\s+(?:[A-ZĐ]|\()", s.text[pl.end + m.end():s.end]):
            continue  # "the Hà Nội-based firm FPT": the firm is named right there
        firm = org_ref_at(s, pl.end + body.end()) if body else _last_business(s, pl.start)
        if firm is None:
            continue
        out.append(Relation(firm.id, "locatedIn", pl.id, s.index))
        end = pl.end + m.end()
        unit = re.match(rf"\s*,\s*(?:a|an|the)\s+(?:{units})\s+of\s+(?:the\s+)?", s.text[end:s.end], flags=re.IGNORECASE)
        if unit:
            parent = next((o for o in s.of_type("Organization") if o.start == end + unit.end()), None)
            if parent is not None and parent.id != firm.id:
                out.append(Relation(firm.id, "subOrganizationOf", parent.id, s.index))
    return out

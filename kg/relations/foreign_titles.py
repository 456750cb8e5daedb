"""A foreign official's ministry is not the Vietnamese one of that name: "Lao Minister of Public Security
Vilay Lakhamfong", "Cambodian Minister of Interior Sar Sokha", "Japan's Ministry of Justice". The body of such
a title or name resolves to the gazetteer's Vietnamese ministry (or to a body derived from the title); here it
becomes a body of its own, that country's: labelled with the ministry's name, keyed and aliased by the
country ("Laos's Ministry of Public Security", "Lao Ministry of Public Security"), never merged with the
Vietnamese namesake (:func:`kg.resolve.resolve_article` reads the mention's ``meta``). The person keeps the
``memberOf`` the contract gives a title's body, now to the foreign body.

A nationality is an adjective of ``kg/data/relations/nationalities.json`` (or of the shapes "…an", "…ese",
"…ish", "…ian"; never "Vietnamese"), or a foreign country named before the body ("Japan's", "Lao")."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg.nlp.lexicon import entry_by_id
from kg.relations.base import STATE_KINDS, Mention, Relation, Sentence

_ADJECTIVE = r"[A-Z][a-z]+(?:an|ese|ish|ian)"
# between a name and the title of its apposition: ", Uzbekistan's ", ", the Uzbek "
NATIONAL_APPOSITION = re.compile(r"\s*,\s*(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:['’]s)?\s+")
_HOME = frozenset({"viet-nam"})


@lru_cache(maxsize=1)
def nationalities() -> dict[str, str]:
    """Nationality adjective → the country's English name."""
    path = Path(__file__).resolve().parent.parent / "data" / "relations" / "nationalities.json"
    return json.loads(path.read_text(encoding="utf-8"))["adjectives"]


@lru_cache(maxsize=1)
def _nationality_before() -> re.Pattern:
    words = sorted(nationalities(), key=len, reverse=True)
    alts = "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
    return re.compile(rf"(?<![\w])(?!Vietnamese\b)({alts}|{_ADJECTIVE})"
                      r"\s+$")


def _place_country(m: Mention) -> str | None:
    """A foreign country's English name for a Place mention of the gazetteer ("Lao", "Japan")."""
    entry = entry_by_id("Place", m.gid) if m.gid else None
    if entry is None or m.gid in _HOME:
        return None
    return entry.en or entry.name


def nationality_at(s: Sentence, pos: int, possessive: bool) -> tuple[str | None, str | None] | None:
    """(country, adjective) of the nationality written just before ``pos``, or None: "Lao ", "Japanese ",
    and with ``possessive`` "Japan's "."""
    for p in s.of_type("Place"):
        gap = s.text[p.end:pos]
        if p.end <= pos and (gap.isspace() or (possessive and re.fullmatch(r"['’]s\s+", gap))):
            country = _place_country(p)
            if country:
                return country, (p.text if gap.isspace() else None)
            return None
    m = _nationality_before().search(s.text[max(s.start, pos - 25):pos])
    if not m:
        return None
    adj = re.sub(r"\s+", " ", m.group(1))
    return nationalities().get(adj), adj


def _namesake(m: Mention) -> bool:
    """A body that stands for a Vietnamese state body of its name (a gazetteer one, or one of a title)."""
    if m.source == "derived":
        return True
    entry = entry_by_id("Organization", m.gid) if m.gid else None
    return entry is not None and (entry.kind or "") in STATE_KINDS


def _body_name(m: Mention) -> str:
    if m.source == "derived" and m.name and m.name.startswith("Ministry of ") and m.text not in m.name:
        return "Ministry of " + m.text  # as the title writes it: "Minister for Trade and Industry" (Singapore's)
    entry = entry_by_id("Organization", m.gid) if m.gid else None
    return (entry.en if entry is not None and entry.en else None) or m.name or m.text


def _foreign_meta(name: str, country: str | None, adj: str | None) -> dict:
    """The key, aliases and shown name of a foreign body: "Belgian Ministry of Foreign Affairs" (its nationality, as
    the golds name it), never the bare name Việt Nam's body of that name is shown by."""
    aliases = ([f"{country}'s {name}"] if country else []) + ([f"{adj} {name}"] if adj else [])
    return {"foreign": country or adj, "key": aliases[0], "aliases": aliases + [name], "display": aliases[-1]}


def foreign_bodies(s: Sentence) -> None:
    """"Japan's Ministry of Justice", "the Lao Ministry of Public Security": the body mention is made that
    country's body (in place, so every relation to it follows)."""
    if s.lang != "en":
        return
    for m in s.of_type("Organization") + [n for n in s.nested if n.type == "Organization"]:
        if m.meta.get("foreign") or not _namesake(m) or m.source == "derived":
            continue
        found = nationality_at(s, m.start, possessive=True)
        if found and (found[0] or found[1]):
            name = _body_name(m)
            m.meta.update(_foreign_meta(name, *found))
            m.gid, m.name = None, m.meta["display"]


def foreign_memberships(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """``rels`` with the memberOf of a person titled "<foreign nationality> <Title> …" in this sentence
    pointed at that country's own body instead of the Vietnamese namesake; the position stays."""
    if s.lang != "en":
        return rels
    foreign: dict[int, tuple[str | None, str | None]] = {}
    portfolio: set[int] = set()  # "Australian Minister for Trade X": a portfolio, not a ministry
    for p in s.of_type("Person"):
        before = [t for t in s.titles if t.end_char <= p.start and p.start - t.end_char <= 60
                  and not re.search(r"[,;.]|\band\s+(?:[A-Z]\w*\s+)*$", _bodies_masked(s, t.end_char, p.start))
                  and not any(o.type == "Person" and t.end_char <= o.start < p.start for o in s.mentions)]
        if before:
            first = min(before, key=lambda t: t.start_char)
            found = nationality_at(s, first.start_char, possessive=False)
            if found:
                foreign[p.id] = found
            if any(_portfolio(s, t) for t in before):
                portfolio.add(p.id)
        # "Bakhtiyor Saidov, Uzbekistan's Minister of Foreign Affairs, …": the title of an apposition
        after = next((t for t in s.titles if t.start_char > p.end
                      and NATIONAL_APPOSITION.fullmatch(s.text, p.end, t.start_char)), None)
        if p.id not in foreign and after is not None:
            found = nationality_at(s, after.start_char, possessive=True)
            if found and (found[0] or found[1]):
                foreign[p.id] = found
        if after is not None and _portfolio(s, after):
            portfolio.add(p.id)
    if not foreign and not portfolio:
        return rels
    by_id = {m.id: m for m in s.ex.mentions}
    out = []
    for r in rels:
        body = by_id.get(r.obj) if isinstance(r.obj, int) else None
        if (r.sentence == s.index and r.predicate == "memberOf" and r.subject in portfolio and body is not None
                and body.source == "derived"):
            continue  # a portfolio's body is unknown: unnamed
        if (r.sentence == s.index and r.predicate == "memberOf" and r.subject in foreign and body is not None
                and not body.meta.get("foreign") and (body.gid or body.source == "derived")):
            if _partly_named(body):
                continue  # an unknown foreign body: unnamed, never the Vietnamese ministry
            copy = _foreign_body(s, body, *foreign[r.subject])
            r = replace(r, obj=copy.id)
        out.append(r)
    return out


def _portfolio(s: Sentence, t) -> bool:
    """"Australian Minister for Trade", "Australia's Minister for Resources": a portfolio of a country whose
    ministers are served by departments (``department_countries``), which the title does not name."""
    if not re.match(r"\s+for\s", s.text[t.end_char:s.end]):
        return False
    found = nationality_at(s, t.start_char, possessive=True)
    return found is not None and found[0] in _department_countries()


@lru_cache(maxsize=1)
def _department_countries() -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "relations" / "nationalities.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["department_countries"])


def _partly_named(body: Mention) -> bool:
    """"Australian Minister for Education": a title's body that reached a Vietnamese ministry only through a
    shorter name of it ("Ministry of Education" for the Ministry of Education and Training) names no body the
    article knows; the foreign country's own ministry is not that one, and its name is not written."""
    entry = entry_by_id("Organization", body.gid) if body.gid and body.source == "derived" else None
    full = (entry.en or "") if entry is not None else ""
    written = re.sub(r"\s+", " ", body.text).casefold()
    return written in full.casefold() and full.casefold() not in (written, f"ministry of {written}")


def _bodies_masked(s: Sentence, start: int, end: int) -> str:
    """The text between a title and a name with the bodies in it masked ("of Economy, Trade and Industry")."""
    chars = list(s.text[start:end])
    for m in s.ex.mentions:  # with the bodies rules derived from titles
        if m.type == "Organization" and start <= m.start and m.end <= end:
            chars[m.start - start:m.end - start] = "X" * (m.end - m.start)
    return "".join(chars)


def _foreign_body(s: Sentence, body: Mention, country: str | None, adj: str | None) -> Mention:
    """The foreign body of a title's body mention (one per span and country)."""
    meta = _foreign_meta(_body_name(body), country, adj)
    for m in s.ex.mentions:
        if m.start == body.start and m.end == body.end and m.meta.get("key") == meta["key"]:
            return m
    m = Mention(len(s.ex.mentions), body.start, body.end, body.text, "Organization", s.index,
                name=meta["display"], source="foreign-title",
                nested=True, meta=meta)
    s.ex.mentions.append(m)
    return m

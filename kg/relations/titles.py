"""position and memberOf through appositive chains whose bodies are local and often bare.

"ông X - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" and "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban
MTTQ tỉnh Tuyên Quang X" give each title its position and each body its memberOf. A body
may be named in full, or bare ("Tỉnh ủy", "HĐND tỉnh") and then named from the article's
context (:mod:`kg.relations.context`); a title that swallowed its body ("Chủ tịch UBND")
is split into the role ("Chủ tịch") and the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.relations.addressed_titles import addressed_title
from kg.relations.cues import cue_pattern
from kg.textutil import compiled
from kg.relations.context import bare_body_at, local_body_name, proper_name_at
from kg.nlp.patterns import UPPER_VI as UPPER
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.people import BIO_OPENING, body_before_title, title_role, title_org

if TYPE_CHECKING:
    from spacy.tokens import Span


BODY_TAIL = re.compile(r"^(?P<role>.+?)\s+(?P<body>UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|"
                       r"Ủy ban MTTQ|Uỷ ban MTTQ)$")
FIRST_GAP = re.compile(r"\s*[,(–—-]\s*|\s*,\s*(?:hiện là|là|now)\s+|" + BIO_OPENING)  # "X (52 tuổi, Giám đốc …)"
NEXT_GAP = re.compile(r"\s*(?:,|và|kiêm|and)\s*|\s+[–-]\s+")  # "Phó Chủ tịch - Tổng Thư ký Ủy ban …": one person's two roles
# "chỉ định ông X tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy …": the committees the
# appointee joins, then the role (the formula of personnel decisions)
_JOINED_BODIES = r"\s+tham gia\s+Ban [^\W\d][^,.;:()]{1,40}?(?:\s*,\s*Ban [^\W\d][^,.;:()]{1,40}?)*\s*(?:,|và|,\s*và)"


@dataclass
class Unit:
    """A title with the body it names: where it starts and ends, the role, the body mention."""

    title: "Span"
    start: int
    end: int
    role: str
    body: "Mention | None"
    split: bool  # the title swallowed its body ("Chủ tịch UBND"): the role is shorter than the title


def title_units(s: "Sentence") -> list[Unit]:
    """Every title of the sentence with its body, named or bare."""

    units: list[Unit] = []
    for t in sorted(s.titles, key=lambda t: t.start_char):
        if re.search(r"\b(nguyên|former|cựu)\s+$", s.text[max(s.start, t.start_char - 8):t.start_char], re.IGNORECASE):
            continue  # former roles: the rules of kg.extract keep the whole title
        tail = BODY_TAIL.match(t.text) if s.lang == "vi" else None
        if tail:
            body_start = t.start_char + tail.start("body")
            level = name = None
            end = t.end_char
            m = re.match(r"\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\b", s.text[t.end_char:s.end])
            if m:
                level, end = m.group(1), t.end_char + m.end()
                name = proper_name_at(s.text, end + 1) if s.text[end:end + 1] == " " else None
                name = _before_person(s, end + 1, name)
                end += 1 + len(name) if name else 0
            full = local_body_name(s.text, tail.group("body"), level, name)
            body = s.add_mention(body_start, end, "Organization", name=full, source="local-body") if full else None
            units.append(Unit(t, t.start_char, end, tail.group("role"), body, True))
            continue
        owner = body_before_title(s, t)
        if owner is not None and owner.end > t.start_char and re.search(
                r"\b(former|ex-)\s*$", s.text[max(s.start, owner.start - 8):owner.start], re.IGNORECASE):
            continue  # "former Phu Tho Party Secretary": the rules of kg.extract keep the whole title
        if owner is not None and owner.end > t.start_char:  # "Hanoi Party Secretary": a shared last word
            units.append(Unit(t, owner.start, t.end_char, t.text, owner, False))
            continue
        org = title_org(s, t)
        if org is None and owner is not None:  # "UNDP Resident Representative": the body written before the role
            units.append(Unit(t, owner.start, t.end_char, t.text, owner, False))
            continue
        bare = bare_body_at(s.text, t.end_char, s.end) if s.lang == "vi" else None
        if org is not None and not (bare and bare[0] == org.start and bare[4] is None and org.gid is None):
            units.append(Unit(t, t.start_char, max(t.end_char, org.end), t.text, org, False))
            continue
        if bare:  # a bare local body, recognised or not: "Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"
            b_start, b_end, body, level, name = bare
            if name and s.text[b_end - len(name):b_end] == name:
                # "Chủ tịch UBND tỉnh Phạm Anh Tuấn": the body is bare, the person's name follows it
                name_start = b_end - len(name)
                name = _before_person(s, name_start, name)
                b_end = name_start + len(name) if name else len(s.text[:name_start].rstrip())
            full = local_body_name(s.text, body, level, name)
            if full:
                m = s.add_mention(b_start, b_end, "Organization", name=full, source="local-body")
                units.append(Unit(t, t.start_char, b_end, t.text, m, False))
                continue
        if org is not None:  # a bare body whose name only the recogniser's context gave ("UBND thành phố" of Cần Thơ)
            units.append(Unit(t, t.start_char, max(t.end_char, org.end), t.text, org, False))
            continue
        units.append(Unit(t, t.start_char, t.end_char, t.text, None, False))
    return units


def chained_titles(s: "Sentence", rels: list["Relation"]) -> list["Relation"]:
    """The relations of ``rels`` with every appositive chain's positions and bodies added,
    and a swallowed body's title ("Chủ tịch UBND") replaced by its role."""

    units = title_units(s)
    if not units:
        return rels
    people = [m for m in s.mentions if m.type == "Person" and (not m.ref or m.source == "honorific")]
    added: list[Relation] = []
    wrong: set[tuple[int, str]] = set()
    principal = [u for u in units if _on_behalf_of(s, u)]
    units = [u for u in units if u not in principal]
    for p in people:
        own = _chain_after(s, p, units) + _chain_before(s, p, units) + _chain_of_coordinated(s, p, people, units)
        # "Thừa ủy quyền Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh A ký": the principal's title is not A's
        wrong |= {(p.id, u.title.text) for u in principal if u.title.text not in {o.title.text for o in own}}
        for u in own:
            if u.title._.kg_value and not u.split:
                continue  # a membership title ("Ủy viên Bộ Chính trị") is the rules' of kg.extract
            if u.split:
                wrong.add((p.id, u.title.text))
            added.append(Relation(p.id, "position", u.role if u.split else title_role(s, u.title), s.index))
            if u.body is not None:
                added.append(Relation(p.id, "memberOf", u.body.id, s.index))
    # a swallowed title is wrong wherever the rules gave it
    for u in units:
        if u.split:
            for r in rels:
                if r.sentence == s.index and r.predicate == "position" and r.obj == u.title.text:
                    wrong.add((r.subject, u.title.text))
                    added.append(Relation(r.subject, "position", u.role, s.index))
                    if u.body is not None:
                        added.append(Relation(r.subject, "memberOf", u.body.id, s.index))
    kept = [r for r in rels if not (r.sentence == s.index and r.predicate == "position" and (r.subject, r.obj) in wrong)]
    return kept + added


# "Thừa ủy quyền Chủ tịch UBND tỉnh, …", "Thay mặt Chủ tịch nước, …": the title after it is whose behalf one acts on
_ON_BEHALF_VI = re.compile(r"(?<![\w])(?:[Tt]hừa\s+(?:ủy|uỷ)\s+quyền|[Tt]hừa\s+lệnh|[Đđ]ược\s+(?:ủy|uỷ)\s+quyền|[Tt]hay\s+mặt)"
                           r"(?:\s+của)?\s+$")


def _on_behalf_of(s: "Sentence", u: Unit) -> bool:
    """``u`` is the title of the one on whose behalf someone else acts (Vietnamese), not a title of that someone."""
    return s.lang == "vi" and _ON_BEHALF_VI.search(s.text[max(s.start, u.start - 30):u.start]) is not None


def _chain_after(s: "Sentence", p: "Mention", units: list[Unit]) -> list[Unit]:
    """"X, A Body1, B Body2": the units that follow the name, joined by commas or 'và'."""
    chain: list[Unit] = []
    pos = p.end
    role_link = compiled(r"(?:" + _JOINED_BODIES + r")?\s*,?\s*(?:" + cue_pattern("role_links", s.lang) + r")\s+",
                         re.IGNORECASE)
    for u in units:
        if u.start < pos:
            continue
        gap = s.text[pos:u.start]
        if not (FIRST_GAP if not chain else NEXT_GAP).fullmatch(gap) and not role_link.fullmatch(gap):
            break
        if any(m.type == "Person" and pos <= m.start < u.start for m in s.mentions):
            break
        if any(m.type == "Person" and re.fullmatch(r"\s*(?:\([A-Z][\w&.-]{1,14}\)\s*)?", s.text[u.end:m.start])
               for m in s.mentions if m.start >= u.end):
            break  # "A, Prime Minister B", "A, Chairman of the Vietnam Food Association (VFA) B": the title is B's
        if _title_of_next(s, u):
            break  # "A, Đại sứ Việt Nam tại Philippines B": the title and its post are B's
        if s.lang == "vi" and _LEADS_DELEGATION.match(s.text, pos):
            break  # "đoàn công tác … do Thứ trưởng X làm trưởng đoàn": who leads one trip, not a post
        chain.append(u)
        pos = u.end
    return chain


# the leader of a working delegation, named once for the trip ("do Thứ trưởng X làm trưởng đoàn đã làm việc …")
_LEADS_DELEGATION = re.compile(r"\s*,?\s*làm\s+trưởng\s+đoàn(?![\w])")

_COORDINATED = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:đồng chí|ông|bà)\s+)?")


def _chain_of_coordinated(s: "Sentence", p: "Mention", people: list["Mention"], units: list[Unit]) -> list[Unit]:
    """"các đồng chí A và B giữ chức Phó Bí thư Đảng ủy phường": the people joined to the last one, whose
    chain opens with a role link ("giữ chức", "làm"), hold its roles too."""
    last = p
    while True:
        nxt = next((m for m in people if m.start > last.end and _COORDINATED.fullmatch(s.text, last.end, m.start)), None)
        if nxt is None:
            break
        last = nxt
    if last is p:
        return []
    chain = _chain_after(s, last, units)
    link = compiled(r"\s+(?:" + cue_pattern("role_links", s.lang) + r")\s+", re.IGNORECASE)
    return chain if chain and link.fullmatch(s.text, last.end, chain[0].start) else []


def _title_of_next(s: "Sentence", u: Unit) -> bool:
    """The title's body or post runs on, with no comma, into a person's name: it is that person's
    ("Đại sứ Việt Nam tại Philippines Lý Quốc Tuấn", "Bộ trưởng Ngoại giao Philippines Theresa Lazaro")."""
    nxt = min((m for m in s.mentions if m.type == "Person" and m.start >= u.end), key=lambda m: m.start, default=None)
    if nxt is None:
        return False
    gap = s.text[u.end:nxt.start]
    return 0 < len(gap.strip()) <= 50 and not re.search(r"[,;:.()–—]|\s-\s|\b(?:và|cùng|and)\b", gap) \
        and gap.endswith(" ") and gap[:1] == " "


def _chain_before(s: "Sentence", p: "Mention", units: list[Unit]) -> list[Unit]:
    """"A Body1, B Body2 X": the units that end right before the name."""
    chain: list[Unit] = []
    pos = p.start
    for u in sorted(units, key=lambda u: -u.start):
        if u.end > pos:
            continue
        gap = s.text[u.end:pos]
        country = _country_between(s, u.end, pos) if not chain else None
        if country is not None:
            # "Bộ trưởng Ngoại giao Philippines Theresa Lazaro": a foreign office, its field and its country
            role = s.text[u.start:country.start].strip()
            chain.append(Unit(u.title, u.start, country.end, role, None, role != u.title.text))
            break
        if not (re.fullmatch(r"\s*", gap) if not chain else NEXT_GAP.fullmatch(gap)):
            break
        if chain and addressed_title(s.text, u.start, s.lang):
            break  # "Báo cáo với Phó Thủ tướng, Chủ tịch UBND tỉnh X A": the first title is the one spoken to
        chain.append(u)
        pos = u.start
    return chain


def _country_between(s: "Sentence", start: int, end: int) -> "Mention | None":
    """The place between a title and a name, alone or after the office's capitalised field ("Bộ trưởng |
    Ngoại giao Philippines | Theresa Lazaro"), the country in brackets after it ("Phó Tỉnh trưởng tỉnh Savannakhet
    (Lào) Bounmy Phommasen"): the country or province of a foreign office holder."""
    for m in s.mentions:
        if m.type == "Place" and start < m.start and re.fullmatch(r"\s*(?:\([^()\n]{1,20}\)\s*)?", s.text[m.end:end]) \
                and re.fullmatch(rf"\s+(?:[{UPPER}][\w]*\s+[a-zà-ỹđ]+\s+)?", s.text[start:m.start]) \
                and not re.match(r"\s+" + cue_pattern("state_prefixes", s.lang), s.text[start:m.start]) \
                and not re.search(r"\s(?:tại|ở)\s+$", s.text[start:m.start]):
            return m  # (not "Thủ tướng Cộng hòa Singapore": the state's name, not the office's field; not
            # "Đại sứ Pháp tại Việt Nam": the envoy's post)
    return None


def _before_person(s: "Sentence", start: int, name: str | None) -> str | None:
    """"UBND tỉnh Hà Tĩnh Võ Trọng Hải": the body's name stops where the person's begins ("UBND tỉnh Phạm Anh Tuấn":
    no name, the person's follows the bare body)."""
    if not name:
        return name
    for m in s.mentions:
        if m.type == "Person" and start <= m.start < start + len(name):
            return s.text[start:m.start].strip() or None
    return name

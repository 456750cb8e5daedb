"""position and memberOf from titles written before or after a person's name.

"Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình", "Nguyễn Hòa Bình, Ủy viên Bộ Chính
trị, Bí thư …", "các đồng chí Ủy viên Trung ương Đảng: A, …; B, …", "bà X hiện là chủ tịch
của One Mount": each title gives its role as ``position`` and the body it names as ``memberOf``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kg.nlp import patterns as P
from kg.nlp.lexicon import entry_by_id, load_lexicon
from kg.relations.addressed_titles import addressed_title
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.company_refs import main_company
from kg.relations.cues import cue_table
from kg.relations.foreign_titles import NATIONAL_APPOSITION, nationality_at
from kg.relations.organizations import org_ref_at
from kg.textutil import norm_key, escaped_alternation

_SEP = re.compile(r"^\s*(,|và|and|;)?\s*$")


# what may stand between a title (with its body) and the name it belongs to: nothing, or a bare body's level
_RUNS_INTO_NAME = re.compile(r"\s*(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+)?")


@lru_cache(maxsize=1)
def _vi_plural_before() -> re.Pattern:
    """A plural count before a Vietnamese title shared by the names listed after it ("các Phó Thủ tướng A, B và C",
    "hai Thứ trưởng A và B"): the counts of ``plural_counts`` (cues.json), as kg.relations.plurals reads them."""
    counts = escaped_alternation(cue_table("plural_counts", "vi"))
    return re.compile(rf"(?<![\w])(?:{counts})\s+(?:đồng chí\s+|vị\s+)?$", re.IGNORECASE)


def titles_of_people(s: Sentence) -> list[Relation]:
    """position and memberOf from titles written before or after a person's name."""
    out: list[Relation] = []
    people = [m for m in s.of_type("Person") if not m.ref or m.source == "honorific"]
    used_titles: set[int] = set()
    # 1. Titles right before a name: "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình".
    for p in people:
        chain = _title_chain_before(s, p.start)
        for t in chain:
            used_titles.add(t.start_char)
            out += title_relations(s, p, t)
    # 1b. A plural title shared by the names listed after it: "Deputy Prime Ministers A and B".
    #     Vietnamese marks the plural before the title: "các Phó Thủ tướng A, B và C", "hai Thứ trưởng A và B".
    for t in s.titles:
        if not ((t._.kg_meta or {}).get("plural") or
                (s.lang == "vi" and _vi_plural_before().search(s.text, max(s.start, t.start_char - 20), t.start_char))):
            continue
        end = _title_org_end(s, t)  # "Deputy Ministers of Finance A, B and C"
        listed = [p for p in people if p.start >= end]
        for prev, p in zip(listed, listed[1:]):
            if not (s.between(end, listed[0].start).isspace() and
                    re.fullmatch(r"\s*(?:,|and|và|,\s*and|,\s*và)\s*", s.between(prev.end, p.start))):
                break
            out += title_relations(s, p, t)
    # 2. Appositions after a name: "Nguyễn Hòa Bình, Ủy viên Bộ Chính trị, Bí thư …;".
    for idx, p in enumerate(people):
        limit = people[idx + 1].start if idx + 1 < len(people) else s.end
        pos = p.end
        lower = _lower_role_link(s, p.end)  # "X, member of the Politburo and Secretary of …": go on past it
        first_at = p.end if lower is None else -1
        pos = pos if lower is None else lower
        for t in sorted(s.titles, key=lambda t: t.start_char):
            if t.start_char < pos or t.start_char >= limit or t.start_char in used_titles:
                continue
            gap = s.between(pos, t.start_char)
            if not _apposition_gap(gap, first=(pos == first_at)) and not (
                    pos == first_at and _national_apposition(s, pos, t.start_char)):
                break
            # the title must be followed by its organisation, a separator, or the end
            if idx + 1 < len(people) and _RUNS_INTO_NAME.fullmatch(s.between(_title_org_end(s, t), limit)):
                break  # "A, Chủ tịch UBND tỉnh B": the title and its bare body run into the next name: B's
            used_titles.add(t.start_char)
            out += title_relations(s, p, t)
            pos = _title_org_end(s, t)
    # 3. A title shared by a list: "các đồng chí Ủy viên Trung ương Đảng: A, …; B, …".
    for t in s.titles:
        end = _title_org_end(s, t)
        after = s.text[end:s.end]
        if not re.match(r"\s*:", after):
            continue
        for p in people:
            if p.start > end and _list_member(s, end, p):
                out += title_relations(s, p, t)
    # 3b. "Politburo members: A, …; B, …" / "Ủy viên Bộ Chính trị: …"
    for org in s.of_type("Organization"):
        after = s.text[org.end:s.end]
        if re.match(r"\s*(members|thành viên|ủy viên)\s*:", after, flags=re.IGNORECASE):
            colon = org.end + after.index(":")
            for p in people:
                if p.start > colon and _list_member(s, colon, p):
                    out.append(Relation(p.id, "memberOf", org.id, s.index))
    # 4. Copula: "bà X … hiện là chủ tịch của One Mount".
    for t in s.titles:
        if t.start_char in used_titles:
            continue
        before = s.text[max(s.start, t.start_char - 12):t.start_char]
        if re.search(r"\b(là|is|was|as)\s+(the\s+)?$", before):
            if re.search(r"(?<![\w])(?:từng|trước đây|trước đó)\s+là\s+$", before) \
                    or re.match(r"\s*Trước khi\s", s.text[s.start:t.start_char]):
                continue  # "X từng là …", "Trước khi về PNB, ông Lộc là …": a past role is no relation
            clause_start = max([s.start] + [m.end() + s.start for m in re.finditer(r"[;]|\bcòn\b", s.text[s.start:t.start_char])])
            subj = [p for p in people if clause_start <= p.start < t.start_char]
            if subj:
                used_titles.add(t.start_char)
                out += title_relations(s, subj[0], t, copula=True)
    # Bare titles that stand for a person ("Tổng Bí thư" alone) become references.
    for t in s.titles:
        if t.start_char in used_titles:
            continue
        if any(m.start <= t.start_char < m.end for m in s.mentions):
            continue
        kind = (t._.kg_meta or {}).get("kind")
        if kind in ("role", "office"):
            m = s.add_mention(t.start_char, t.end_char, "Person", source="title-ref")
            m.ref = True
            m.meta["title"] = t.text
    return out


def _title_chain_before(s: Sentence, pos: int) -> list[Span]:
    """Titles (each with its organisation) that end right before ``pos``."""
    chain: list[Span] = []
    cursor = pos
    for t in sorted(s.titles, key=lambda t: -t.start_char):
        if t.end_char > cursor:
            continue
        org_end = _title_org_end(s, t)
        gap = s.text[org_end:cursor]
        if org_end > cursor:
            gap = ""
        if not chain and _posted_to_place(s, org_end, cursor):
            gap = ""  # "Ambassador to Vietnam James Whitfield": the country the envoy is posted to
        if not chain and s.lang == "vi" and _SQUAD_BETWEEN.fullmatch(gap):
            gap = ""  # "Huấn luyện viên trưởng đội tuyển nữ Việt Nam Vũ Thành Nam": the coach's squad between
        if re.fullmatch(r"\s*\([A-ZĐ][\w&.-]{1,14}\)\s*", gap):
            gap = " "  # "Chairman of the Vietnam Food Association (VFA) Đỗ Hà Nam", "Chủ tịch Liên đoàn Bóng đá Việt Nam
            # (VFF) Trần Quốc Tuấn": the body's acronym between
        if not re.fullmatch(r"\s*(,|và|and|;)?\s*", gap) or (chain and ";" in gap):
            break
        if not chain and gap.strip():
            break  # the title nearest the name must touch it
        if chain and addressed_title(s.text, t.start_char, s.lang):
            break  # "Báo cáo với Phó Thủ tướng, Chủ tịch UBND tỉnh X A": the first title is the one spoken to
        chain.append(t)
        owner = body_before_title(s, t)
        cursor = min(t.start_char, owner.start) if owner is not None else t.start_char
    return chain


def _lower_role_link(s: Sentence, pos: int) -> int | None:
    """English: where a lower-case role of a named body in apposition ends ("X, member of the Party
    Central Committee and …"), so that the capitalised titles after it still belong to X
    (:func:`kg.relations.former.lower_case_roles` reads the role itself)."""
    from kg.relations.cues import cue_pattern

    if s.lang != "en":
        return None
    m = re.match(r"\s*,\s*(?:(?:a|an|the)\s+)?(?:" + cue_pattern("role_heads", "en") + r")\s+of\s+(?:the\s+)?",
                 s.text[pos:s.end])
    if m is None or not s.text[pos + m.start():pos + m.end()].strip(" ,")[:1].islower():
        return None
    org = next((o for o in s.of_type("Organization") if o.start == pos + m.end()), None)
    return org.end if org is not None else None


def _posted_to_place(s: Sentence, start: int, end: int) -> bool:
    """The text from ``start`` to ``end`` is " to (the) PLACE " (a Place mention)."""
    # "Ambassador to Vietnam X", "Vice Governor of Yunnan Province X", "Mayor of Seoul X",
    # "Country Director for Việt Nam X"
    # ("the French Ambassador to Việt Nam, Olivier Brochet": a comma may set the name off after the place)
    m = re.fullmatch(r"\s+(?:to|in|of|for)\s+(?:the\s+)?(?P<place>\S.*?),?\s+" if s.lang == "en" else
                     r"\s+(?:to|in)\s+(?:the\s+)?(?P<place>\S.*?)\s+", s.text[start:end])
    if m is None and s.lang == "vi":  # "Đại sứ Việt Nam tại Singapore Mai Phước Dũng": the envoy's country and post
        m = re.fullmatch(r"\s+(?:\S.*?\s+)?tại\s+(?P<place>\S.*?)\s+", s.text[start:end])
        if m and not all(p.type == "Place" for p in s.mentions if start < p.start < start + m.start("place")):
            m = None
    if m is None:
        return False
    a, b = start + m.start("place"), start + m.end("place")
    a -= 4 * any(p.type == "Place" and p.start == a - 4 for p in s.mentions)  # "to the Philippines": "the" in the place
    places = sorted((p.start, p.end) for p in s.mentions if p.type == "Place" and a <= p.start and p.end <= b)
    # "Country Director for Việt Nam, Cambodia and Laos X": a list of places, nothing else between them
    return bool(places) and places[0][0] == a and places[-1][1] == b and all(
        re.fullmatch(r",?\s+(?:and\s+)?|,\s*|\s+và\s+", s.text[e1:s2]) for (_, e1), (s2, _) in zip(places, places[1:]))


# a national squad named between a coach's or captain's title and the name
_SQUAD_BETWEEN = re.compile(r"\s+(?:đội tuyển|tuyển)(?:\s+(?:" + escaped_alternation(P.SQUAD_QUALIFIERS_VI)
                            + r"|U\d{2}))*(?:\s+[A-ZĐ][^\s,;.()]*){1,3}\s+")
# a bracket of a person's birth year or age (and home) right after the name, in court and police news
_BIO_BRACKET = re.compile(r"^\s*\((?:SN|sinh năm|\d{1,3}\s+tuổi)[^()]{0,80}\)(?=\s*,)", re.IGNORECASE)
# … or opening the bracket (or apposition) that goes on with the title: "X (52 tuổi, nguyên Giám đốc …)"
BIO_OPENING = r"\s*[,(]\s*(?:\d{1,3}\s+tuổi|SN\s+\d{4}|sinh năm\s+\d{4})\s*,\s*"


def _apposition_gap(gap: str, first: bool) -> bool:
    """The text between a name (or its previous title) and the next title of its apposition;
    a former-role word ("nguyên", "cựu") may open the title: "X, nguyên Viện trưởng Viện …"."""
    from kg.relations.cues import cue_pattern

    gap = re.sub(r"(?:" + cue_pattern("former_openers", "vi") + r")\s*$", "", gap, flags=re.IGNORECASE)
    if first:
        gap = _BIO_BRACKET.sub("", gap, count=1)  # "bị cáo X (SN 1981), nguyên Giám đốc …", "X (48 tuổi), Giám đốc …"
        return bool(re.fullmatch(r"\s*[,(–-]\s*|\s*,\s*(hiện là|là|now)\s*|" + BIO_OPENING, gap))
    return bool(re.fullmatch(r"\s*(,|và|and|kiêm|cum)\s*|\s+[–-]\s+", gap))  # "Phó Chủ tịch - Tổng Thư ký …"


def _national_apposition(s: Sentence, start: int, end: int) -> bool:
    """", Uzbekistan's Minister of …", ", the Uzbek Minister of …": a foreign nationality opens an
    English apposition (the title's body is then that country's: :mod:`kg.relations.foreign_titles`)."""
    return s.lang == "en" and NATIONAL_APPOSITION.fullmatch(s.text, start, end) is not None \
        and nationality_at(s, end, True) is not None


def _list_member(s: Sentence, colon: int, p: Mention) -> bool:
    """``p`` is an item of the list that follows ``colon`` (items split by ';' or ',')."""
    gap = s.text[colon:p.start]
    if "." in gap.replace("TP.", ""):
        return False
    return True


def title_org(s: Sentence, t: Span) -> Mention | None:
    """The organisation a title names right after itself ("Bộ trưởng Bộ Công an")."""
    for m in sorted(s.mentions + s.nested, key=lambda m: m.start):
        if m.type != "Organization":
            continue
        gap = s.text[t.end_char:m.start] if m.start > t.end_char else ""
        if t.end_char <= m.start <= t.end_char + 1 and re.fullmatch(r"\s?", gap):
            return m
        if t.start_char < m.start and m.end == t.end_char and norm_key(m.text) not in load_lexicon().titles:
            return m  # a fixed office naming its body: "Bí thư Trung ương Đảng"
        if m.start > t.end_char and re.fullmatch(r"\s(của|tại)\s", gap):
            return m  # "hiện là chủ tịch của One Mount", "Phó Chủ tịch … của Qualcomm Technologies
        if t.start_char < m.start < t.end_char < m.end:  # "Chánh Văn phòng" + "Văn phòng Trung ương Đảng"
            return m
    if s.lang != "vi":
        return _english_title_org(s, t)
    return None


# levels below a province, whose bodies English copy names "Hội An People's Committee" without the level
_BELOW_PROVINCE = frozenset(P.pattern_data("people_words.json")["below_province"])


def _local_bare(s: Sentence, t: Span) -> Mention | None:
    """The bare body after "<title> of the provincial|municipal|city|district|town|commune|ward", if any
    ("People's Committee")."""
    m = re.match(r"\s+of\s+the\s+(?:provincial|municipal|city|district|town|commune|ward)\s+(?=[A-Z])",
                 s.text[t.end_char:s.end])
    if not m:
        return None
    return next((o for o in s.mentions if o.type == "Organization" and o.start == t.end_char + m.end()), None)


def _named_local_body(s: Sentence, bare: Mention, level: str) -> Mention | None:
    """The body "<Place> Provincial People's Committee" (or "People's Committee of <Place> province") the
    article named before a bare "provincial People's Committee"; None when it named none or several."""
    head = norm_key(bare.name or bare.text)
    found = {}
    for o in s.ex.mentions:
        if o.type != "Organization" or o.start >= bare.start or o.ref or o is bare:
            continue
        name = norm_key(o.name or o.text)
        kind = {"provincial": "province", "municipal": "city"}.get(level, level)
        if name.endswith(f"{level} {head}") or name.startswith(head + " of ") and name.endswith(" " + kind) or (
                level in _BELOW_PROVINCE and name.endswith(" " + head) and "provincial" not in name):
            found.setdefault(name, o)  # "the town People's Committee": the one "Hội An People's Committee" named
    return next(iter(found.values())) if len(found) == 1 else None


def _english_title_org(s: Sentence, t: Span) -> Mention | None:
    """"Minister of Public Security" → Ministry of Public Security; "Head of the X Commission" → X."""
    after = s.text[t.end_char:s.end]
    m = re.match(r"\s+(?:of|for)\s+(?:the\s+)?", after)  # "Minister for Trade and Industry" (Singapore's form)
    if not m:
        return None
    start = t.end_char + m.end()
    bare = _local_bare(s, t)
    if bare is not None:  # "Chairman of the provincial People's Committee X": the one of that kind the article named
        return _named_local_body(s, bare, s.text[start:bare.start].split()[0]) or bare
    for org in sorted(s.mentions + s.nested, key=lambda x: x.start):
        # "Deputy Head of the steering committee": a reference with its article
        if org.type == "Organization" and (org.start == start or org.ref and org.start < start
                                           and s.text[org.start:start].casefold() == "the "):
            owned = next((o for o in s.mentions if o.type == "Organization" and o.start > org.end
                          and re.fullmatch(r"[’']s\s+", s.text[org.end:o.start])), None)
            return owned or org  # "Chairman of the National Assembly's Economic … Committee": the committee
    run = re.match(r"(?:[A-Z][\w’'-]*|and|of|the|&)(?:,?\s+(?:[A-Z][\w’'-]*|and|of|the|&))*", s.text[start:s.end])
    if not run:
        return None
    # stop before a person's name or the next title ("… and Standing Vice Chairman of …")
    lex = load_lexicon()
    title_starts = {x.start_char for x in s.titles}
    person_starts = {p.start for p in s.mentions if p.type == "Person"}  # "… Trade and Industry Kenji Morita"
    keep: list[str] = []
    named_after = False  # the run stops where a person's name starts: the body is all of it
    for m in re.finditer(r"\S+", run.group()):
        w, pos = m.group(), start + m.start()
        if pos in person_starts and keep:
            named_after = True
            break
        if lex.is_surname(w, folded=s.lang != "vi") and keep and keep[-1] not in ("of", "and", "the"):
            break
        if keep and (norm_key(w) in lex.titles or pos in title_starts):
            break
        keep.append(w)
    if keep:
        keep[-1] = keep[-1].rstrip(",")
    while keep and keep[-1] in ("and", "of", "the", "&"):
        keep.pop()
    if not keep:
        return None
    name = " ".join(keep)
    if "," in name:  # "Minister of Culture, Sports and Tourism": a known body's list, else the part before it
        listed = [f"Ministry of {name}", name] if "minister" in t.text.casefold() else [name]
        if not any(e.type == "Organization" for c in listed for e in lex.lookup(c)) and not named_after:
            name = name.split(",")[0]
    end = start + len(name)
    title = t.text.casefold()
    for candidate in ([] if _foreign_title(s, t, lex) else [f"Ministry of {name}"] if "minister" in title else []) + [name]:
        entries = lex.lookup(candidate) or lex.lookup(candidate, folded=True)
        orgs = [e for e in entries if e.type == "Organization"]
        if orgs:
            return s.add_mention(start, end, "Organization", gid=orgs[0].id, name=orgs[0].en or candidate)
    if "minister" in title:
        return s.add_mention(start, end, "Organization", name=f"Ministry of {name}")
    return unknown_body_at(s, start)


def _foreign_title(s: Sentence, t: Span, lex) -> bool:
    """"Singapore's Deputy Prime Minister and Minister for Trade and Industry": a title of another
    country, whose ministry is not the Vietnamese one of the same name."""
    m = re.search(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)[’']s\s+(?:(?:[A-Z][\w-]*|and)\s+){0,5}$",
                  s.text[max(s.start, t.start_char - 60):t.start_char])
    return m is not None and any(e.type == "Place" and e.id != "viet-nam" and (e.en or "") != "Vietnam"
                                 for e in lex.lookup(m.group(1)))


def unknown_body_at(s: Sentence, start: int) -> Mention | None:
    """"(Commander of the) Ha Giang Provincial Border Guard Command": a capitalised run at ``start``
    that ends in a body's head word names a body, even past a word that is also a surname ("Giang")."""
    run = re.match(r"(?:[A-Z][\w’'-]*|and|of|for|the|&)(?:\s+(?:[A-Z][\w’'-]*|and|of|for|the|&))*", s.text[start:s.end])
    head = BODY_HEAD_EN.search(run.group()) if run else None
    if head is None or len(run.group()[:head.end()].split()) < 2 or not run.group()[:1].isupper() or any(
            m.type == "Person" and start <= m.start < start + head.end() for m in s.mentions):
        return None
    end = start + head.end()
    tail = re.match(r"\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", s.text[end:s.end])
    if tail and not any(m.type == "Person" and end <= m.start < end + tail.end() for m in s.mentions):
        end += tail.end()  # "the EU Delegation to Vietnam"
    return s.add_mention(start, end, "Organization", name=s.text[start:end])


# the last word of an English body's name: what "Title of the … X" must end with to name a body
BODY_HEAD_EN = re.compile(r"\b(?:Command|Committee|Commission|Council|Department|Agency|Office|Institute|Court|"
                          r"Procuracy|Authority|Board|Bank|Corporation|Company|Group|University|Academy|Association|"
                          r"Union|Federation|Chamber|Hospital|Centre|Center|Delegation|Embassy|Police)\b")


def body_before_title(s: Sentence, t: Span) -> Mention | None:
    """English: the body written before a role ("National Assembly Chairman X", with its acronym: "the World Health
    Organization (WHO) Representative X"), or sharing its last word with the title ("Hanoi Party Secretary X":
    "Hanoi Party" + "Party Secretary")."""
    if s.lang == "vi":
        return None
    return next((m for m in s.mentions + s.nested if m.type == "Organization" and (
        m.end < t.start_char and re.fullmatch(r"\s|\s\([A-Z][\w&.-]{1,12}\)\s", s.text[m.end:t.start_char])
        or m.start < t.start_char < m.end <= t.end_char)), None)


def _title_org_end(s: Sentence, t: Span) -> int:
    org = title_org(s, t)
    if org is not None and org.end <= t.start_char:  # a body named before, written bare after the title
        bare = _local_bare(s, t)
        return bare.end if bare is not None else t.end_char
    return max(t.end_char, org.end) if org else t.end_char


def _kept_qualifiers() -> list[str]:
    from kg.nlp.patterns import pattern_data
    return pattern_data("title_qualifiers_en.json")["kept"]


_HYPHENED_PREFIX = re.compile(r"(?<![\w-])(Vice|Deputy|Co) (?=[A-Z])")


def title_role(s: Sentence, t: Span) -> str:
    """The role a title gives as ``position``: as written, except that English copy's
    "Party General Secretary" or "Vietnamese President" is the lexicon's role with its
    qualifier dropped (the role, as ANNOTATION.md writes it)."""
    if (t._.kg_meta or {}).get("plural"):
        return t.text[:-1]  # "Deputy Prime Ministers A and B": each is a Deputy Prime Minister
    if s.lang == "en" and _HYPHENED_PREFIX.search(t.text):
        # "Vice-President", read as "Vice President" (kg.nlp.normalize.title_hyphens): as the article writes it
        hyphened = _HYPHENED_PREFIX.sub(r"\1-", t.text)
        if hyphened in s.ex.article.text and t.text not in s.ex.article.text:
            return hyphened
    # "Ninh Bình People's Committee chairman X": the title began inside the body's name (not "… City Party chief")
    body = next((o for o in s.mentions if s.lang == "en" and o.type == "Organization" and o.start < t.start_char < o.end < t.end_char
                 and re.search(r"\s(?:Committee|Council|Commission|Board)$", o.text)), None)
    if body is not None and (rest := re.fullmatch(r"\s+([a-z][a-z -]*)", s.text[body.end:t.end_char])):
        return rest.group(1)
    en = (t._.kg_meta or {}).get("en") or ""
    if s.lang == "en" and en and t.text != en and t.text.endswith(" " + en) \
            and norm_key(t.text[:-len(en)]) not in load_lexicon().titles \
            and t.text[:-len(en)].strip() not in _kept_qualifiers():  # "State President" keeps "State"
        return en
    return t.text


def title_relations(s: Sentence, p: Mention, t: Span, copula: bool = False) -> list[Relation]:
    """What title ``t`` says of person ``p``: the position it names and the body it ties ``p`` to (memberOf)."""
    out: list[Relation] = []
    meta = t._.kg_meta or {}
    kind = meta.get("kind", "role")
    before = s.text[max(s.start, t.start_char - 8):t.start_char]
    former = re.search(r"\b(nguyên|former|cựu)\s+$", before, flags=re.IGNORECASE)
    owner = body_before_title(s, t)
    if owner is not None and owner.end > t.start_char and re.search(
            r"\b(former|ex-)\s*$", s.text[max(s.start, owner.start - 8):owner.start], flags=re.IGNORECASE):
        return out  # "former Phu Tho Party Secretary X": kg.relations.former keeps the whole title
    org = title_org(s, t)
    office_org = None
    if t._.kg_value:  # the title itself names a body ("Ủy viên Bộ Chính trị")
        entry = entry_by_id("Organization", t._.kg_value)
        if entry is not None and any(norm_key(name) in norm_key(t.text) for name in entry.surfaces):
            office_org = s.add_mention(t.start_char, t.end_char, "Organization", gid=entry.id,
                                       name=entry.name if s.lang == "vi" else (entry.en or entry.name))
    if former:
        end = org.end if org else t.end_char
        tail = re.match(r"(?:\s+[a-zà-ỹđ]+){1,4}(?=\s*[,;.)])", s.text[end:s.end]) if t.start_char > p.end else None
        if tail and s.lang == "vi":
            end += tail.end()  # "X, nguyên Giám đốc Ban Quản lý dự án, …": the apposition runs to its comma
        title = former.group(1).casefold() + " " + s.text[t.start_char:end]  # as written: "cựu Chủ tịch …"
        out.append(Relation(p.id, "position", title, s.index))
        return out
    position = title_role(s, t)
    if s.lang == "en" and org is None:
        org = body_before_title(s, t)
    if s.lang == "en" and org is None and office_org is None and position.casefold() in _company_titles() \
            and t.text[:1].isupper() and not body_written_before(s, t):
        org = main_company(s)  # "CEO Mai Kieu Lien said …" in news of one company: its CEO
    if not (kind == "membership" and s.lang != "vi" and re.match(r"(?i)member", position)):
        out.append(Relation(p.id, "position", position, s.index))
    for o in (org, office_org):
        if o is not None and o.type == "Organization":
            out.append(Relation(p.id, "memberOf", o.id, s.index))
    return out


def body_written_before(s: Sentence, t: Span) -> bool:
    """A body's name ends right before the title, or before its possessive ("PV Power general director X",
    "Vinamilk's CEO X"): the title is that body's, not the one the article is about."""
    return any(o.type == "Organization" and re.fullmatch(r"(?:[’']s?)?\s*", s.text[o.end:t.start_char])
               for o in s.mentions + s.nested if o.end <= t.start_char)


@lru_cache(maxsize=1)
def _company_titles() -> frozenset[str]:
    """Titles only a company gives (``company_titles`` of kg/data/relations/cues.json), lower case."""
    from kg.relations.cues import cue_words

    return frozenset(w.casefold() for w in cue_words("company_titles", "en"))


def led_bodies(s: Sentence) -> list[Relation]:
    """memberOf from a relative clause or verb: "X, who (also) heads the steering committee",
    "ông X, người đứng đầu Ban …", "X leads the Working Group"."""
    from kg.relations.cues import cue_pattern

    out: list[Relation] = []
    verbs = cue_pattern("lead_verbs", s.lang)
    rel = r"\s*,\s*(?:who|người|là người)\s+(?:(?:also|currently|now|cũng|hiện|đang)\s+)*"
    for p in s.of_type("Person"):
        m = re.match(rel + r"(?:" + verbs + r")\s+(?:the\s+)?", s.text[p.end:s.end], flags=re.IGNORECASE)
        if not m:
            continue
        at = p.end + m.end()
        org = next((o for o in s.mentions if o.type == "Organization" and o.start == at), None) or org_ref_at(s, at)
        if org is not None:
            out.append(Relation(p.id, "memberOf", org.id, s.index))
    # passive, after the body: "a city steering committee on …, headed by Thang" (English)
    if s.lang == "en":
        for o in s.of_type("Organization"):
            m = re.match(r"\s*,?\s*(?:which\s+is\s+|to\s+be\s+)?(?P<verb>headed|led|chaired)\s+by\s+", s.text[o.end:s.end])
            p = next((x for x in s.of_type("Person") if m and x.start == o.end + m.end()), None)
            if p is not None:
                out.append(Relation(p.id, "memberOf", o.id, s.index))
                if m.group("verb") == "headed":
                    out.append(Relation(p.id, "position", "Head", s.index))
    return out

"""Relation extraction: the closed relation set of ANNOTATION.md, with provenance.

Input is a spaCy ``Doc`` from :mod:`kg.nlp`; output is an :class:`Extraction`:
the article's mentions (entity spans, including references such as "ông
Trung" or "Diễn đàn" that :mod:`kg.resolve` links to a full name) and the
relations between them, each tied to the sentence that states it.

Rules work sentence by sentence on the sequence of mentions, titles and cue
words; each relation has one small function (``titles_of_people``,
``participation``, ``organizers`` …) so a rule can be read and tested alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.corpus import Article
from kg.nlp.lexicon import entry_by_id, load_lexicon
from kg.nlp.normalize import Normalized, normalize
from kg.nlp.recognize import TYPE_OF_LABEL
from kg.textutil import fold_key, norm_key

RELATIONS = ("position", "memberOf", "issued", "signed", "implements", "organized",
             "participatedIn", "date", "locatedIn", "subOrganizationOf", "about")
LITERAL_RELATIONS = frozenset({"position", "date"})

STATE_KINDS = frozenset({"party", "state", "assembly", "government", "ministry", "agency", "court",
                         "military", "police", "mass", "international"})


@dataclass
class Mention:
    """A span that names (or refers to) an entity."""

    id: int
    start: int
    end: int
    text: str
    type: str  # Person, Organization, Policy, Event, Place, Topic
    sentence: int
    ref: bool = False
    gid: str | None = None
    source: str = ""
    nested: bool = False
    name: str | None = None  # a fuller name than the text, where the rule knows it
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Relation:
    """One extracted triple; ``obj`` is a mention id, or a string for literals."""

    subject: int
    predicate: str
    obj: int | str
    sentence: int


@dataclass(frozen=True)
class Quote:
    """A statement: who said it (a mention id) and what, as character offsets of the article."""

    speaker: int
    start: int
    end: int
    sentence: int


@dataclass
class Extraction:
    """What one article says: sentences, mentions, relations and quoted statements."""

    article: Article
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    relations: list[Relation]
    titles: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def sentence_text(self, i: int) -> str:
        s, e = self.sentences[i]
        return self.article.text[s:e]


# ----------------------------------------------------------------------------- entry point


def extract(article: Article, doc: Doc) -> Extraction:
    """Mentions and relations of ``article`` from its annotated ``doc``.

    The rules read the normaliser's matching text (:mod:`kg.nlp.normalize`: NFC, tone marks on
    their vowel, wrapped lines joined, no zero-width characters), so a messy copy of a sentence
    gives the relations of the clean one; every offset in the result is a raw offset.
    """
    from kg.relations import sentence_relations  # imported here: kg.relations builds on this module

    norm = normalize(article.text)
    at = _to_matching(norm)
    sentences = [(at(s.start_char), at(s.end_char)) for s in doc.sents]
    ex = Extraction(article, sentences, [], [])
    sent_of = _sentence_index(sentences)
    for span in doc.spans["kg"]:
        if span.label_ == "DATE":
            continue
        ex.mentions.append(_mention(len(ex.mentions), span, sent_of, nested=False, at=at))
    outer = [m for m in ex.mentions]
    for span in doc.spans.get("nested", []):
        if span.label_ not in ("TOPIC", "ORG", "LOC", "POLICY"):
            continue
        s0, e0 = at(span.start_char), at(span.end_char)
        host = next((m for m in outer if m.start <= s0 and e0 <= m.end), None)
        if span.label_ == "TOPIC" and host is not None and (host.type == "Place" or (
                host.type == "Organization" and _state_body(host))):
            continue  # "Bộ Khoa học và Công nghệ" is not about science, nor "Khu công nghệ cao" a topic
        if span.label_ == "POLICY" and (host is None or host.type != "Policy" or e0 != host.end
                                        or s0 == host.start):
            continue  # only the law an amending law names at its end ("… of the Law on Intellectual Property")
        ex.mentions.append(_mention(len(ex.mentions), span, sent_of, nested=True, at=at))
    dates = [(at(d.start_char), at(d.end_char), d._.kg_value) for d in doc.spans["kg"]
             if d.label_ == "DATE" and d._.kg_source not in ("date-weekday", "date-dateline")]
    titles = [TitleView(at(t.start_char), at(t.end_char), t._.kg_text, t._, t.label_)
              for t in doc.spans.get("titles", [])]
    text = norm.text
    lang = article.lang if article.lang in ("vi", "en") else "vi"
    rels: list[Relation] = []
    for si, (s_start, s_end) in enumerate(sentences):
        ms = sorted((m for m in ex.mentions if m.sentence == si and not m.nested), key=lambda m: m.start)
        nested = [m for m in ex.mentions if m.sentence == si and m.nested]
        ts = [t for t in titles if s_start <= t.start_char < s_end]
        ds = [d for d in dates if s_start <= d[0] < s_end]
        ctx = Sentence(si, s_start, s_end, text, lang, ms, nested, ts, ds, ex)
        rels += titles_of_people(ctx)
        rels += participation(ctx)
        rels += organizers(ctx)
        rels += issuers(ctx)
        rels += dates_of(ctx)
        rels += locations(ctx)
        rels += sub_organizations(ctx)
        rels += topics_of(ctx)
        rels = sentence_relations(ctx, rels)  # kg.relations: attendance lists, implements, … (after the rules above)
        ex.quotes += statements(ctx)
    rels += adjacent_event_facts(ex, dates, text)
    credits = {m.id for m in ex.mentions if m.source == "credit"}
    ex.relations = [r for r in dict.fromkeys(rels) if r.subject not in credits and r.obj not in credits]
    ex.titles = [(t.start_char, t.end_char, t.text) for t in titles]
    _to_raw(ex, norm)
    return ex


@dataclass
class TitleView:
    """A title span on the matching text: what the rules read of a ``doc.spans["titles"]`` span."""

    start_char: int
    end_char: int
    text: str  # the normalised surface
    _: object  # the span's extension attributes (kg_meta, kg_value …)
    label_: str = ""


def _to_matching(norm: Normalized):
    """Raw offset → offset in the matching text (the identity when no character was added or dropped)."""
    if norm.starts is None:
        return lambda i: i
    starts = norm.starts
    return lambda i: bisect_left(starts, i)


def _to_raw(ex: Extraction, norm: Normalized) -> None:
    """Put the offsets of ``ex`` (sentences, mentions, titles, quotes) back on the raw text."""
    if norm.starts is None:
        return
    ex.sentences = [norm.span(s, e) for s, e in ex.sentences]
    for m in ex.mentions:
        m.start, m.end = norm.span(m.start, m.end)
    ex.titles = [(*norm.span(s, e), text) for s, e, text in ex.titles]
    ex.quotes = [Quote(q.speaker, *norm.span(q.start, q.end), q.sentence) for q in ex.quotes]


EVENT_REF_OPENING = re.compile(r"\s*(The (ceremony|event|meeting|conference|forum|session)|Sự kiện|Buổi lễ|Hội nghị|"
                               r"Diễn đàn|Lễ khởi công|Buổi làm việc)\b")


def adjacent_event_facts(ex: Extraction, dates: list[tuple[int, int, str | None]], text: str) -> list[Relation]:
    """A dated sentence with no event, followed by one that opens with the event ("The ceremony …"),
    dates and places that event: "On January 16th, X broke ground … in Hanoi. The ceremony was …"."""
    out: list[Relation] = []
    for i in range(len(ex.sentences) - 1):
        s_start, s_end = ex.sentences[i]
        if any(m.type == "Event" and not m.nested and m.sentence == i for m in ex.mentions):
            continue
        n_start, n_end = ex.sentences[i + 1]
        if not EVENT_REF_OPENING.match(text, n_start):
            continue
        ev = next((m for m in ex.mentions if m.type == "Event" and m.sentence == i + 1 and not m.nested), None)
        if ev is None or ev.start > n_start + 20:
            continue
        for d in dates:
            if s_start <= d[0] < s_end and d[2]:
                out.append(Relation(ev.id, "date", d[2], i))
        for pl in ex.mentions:
            if pl.type == "Place" and pl.sentence == i and not pl.nested and \
                    re.search(r"\b(in|tại|ở)\s+$", text[max(s_start, pl.start - 6):pl.start]):
                out.append(Relation(ev.id, "locatedIn", pl.id, i))
        # "X broke ground on … The ceremony …": X held the ceremony
        for org in ex.mentions:
            if org.type == "Organization" and org.sentence == i and not org.nested \
                    and HOLD_VERB.match(text, org.end) and not NEGATED.search(text[org.end:org.end + 30]):
                out.append(Relation(org.id, "organized", ev.id, i))
                break
    return out


HOLD_VERB = re.compile(r"\s+(?:(?:officially|has|have|đã|chính thức|vừa)\s+){0,2}"
                       r"(?:broke ground|inaugurated|launched|opened|held|hosted|organi[sz]ed|"
                       r"khởi công|khánh thành|khai trương|tổ chức|ra mắt)\b")


def _sentence_index(sentences: list[tuple[int, int]]):
    def index(pos: int) -> int:
        for i, (s, e) in enumerate(sentences):
            if s <= pos < e:
                return i
        return max(0, len(sentences) - 1)
    return index


def _mention(i: int, span: Span, sent_of, nested: bool, at=lambda x: x) -> Mention:
    meta = dict(span._.kg_meta or {})
    # "Nghị quyết 57, 59 và 66": the bare numbers name "Nghị quyết 59" and "Nghị quyết 66"
    text = span._.kg_text  # the normalised surface (kg.nlp.normalize); offsets stay raw
    name = f"{meta['type']} {text}" if span._.kg_source == "policy-ellipsis" and meta.get("type") \
        else meta.get("name")  # a fuller name the recogniser knows from context ("UBND tỉnh" + the province)
    return Mention(i, at(span.start_char), at(span.end_char), text, TYPE_OF_LABEL[span.label_],
                   sent_of(at(span.start_char)), ref=bool(span._.kg_ref), gid=span._.kg_gid,
                   source=span._.kg_source or "", nested=nested, name=name, meta=meta)


@dataclass
class Sentence:
    """The view of one sentence that every relation rule reads."""

    index: int
    start: int
    end: int
    text: str  # the whole article text (offsets are article offsets)
    lang: str
    mentions: list[Mention]
    nested: list[Mention]
    titles: list["TitleView"]
    dates: list[tuple[int, int, str | None]]
    ex: Extraction

    def between(self, a: int, b: int) -> str:
        return self.text[a:b]

    def of_type(self, *types: str) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]

    def add_mention(self, start: int, end: int, type_: str, gid: str | None = None,
                    name: str | None = None, source: str = "derived") -> Mention:
        """A mention that a rule discovers (an organisation named inside a title)."""
        for m in self.ex.mentions:
            if m.start == start and m.end == end and m.type == type_:
                return m
        m = Mention(len(self.ex.mentions), start, end, self.text[start:end], type_, self.index,
                    gid=gid, name=name, source=source, nested=True)
        self.ex.mentions.append(m)
        return m


# ----------------------------------------------------------------------------- position / memberOf

_SEP = re.compile(r"^\s*(,|và|and|;)?\s*$")


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
            out += _title_relations(s, p, t)
    # 2. Appositions after a name: "Nguyễn Hòa Bình, Ủy viên Bộ Chính trị, Bí thư …;".
    for idx, p in enumerate(people):
        limit = people[idx + 1].start if idx + 1 < len(people) else s.end
        pos = p.end
        for t in sorted(s.titles, key=lambda t: t.start_char):
            if t.start_char < pos or t.start_char >= limit or t.start_char in used_titles:
                continue
            gap = s.between(pos, t.start_char)
            if not _apposition_gap(gap, first=(pos == p.end)):
                break
            # the title must be followed by its organisation, a separator, or the end
            used_titles.add(t.start_char)
            out += _title_relations(s, p, t)
            pos = _title_org_end(s, t)
    # 3. A title shared by a list: "các đồng chí Ủy viên Trung ương Đảng: A, …; B, …".
    for t in s.titles:
        end = _title_org_end(s, t)
        after = s.text[end:s.end]
        if not re.match(r"\s*:", after):
            continue
        for p in people:
            if p.start > end and _list_member(s, end, p):
                out += _title_relations(s, p, t)
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
            clause_start = max([s.start] + [m.end() + s.start for m in re.finditer(r"[;]|\bcòn\b", s.text[s.start:t.start_char])])
            subj = [p for p in people if clause_start <= p.start < t.start_char]
            if subj:
                used_titles.add(t.start_char)
                out += _title_relations(s, subj[0], t, copula=True)
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
        if not re.fullmatch(r"\s*(,|và|and|;)?\s*", gap) or (chain and ";" in gap):
            if not chain and re.fullmatch(r"\s*", gap) is None:
                break
            if chain:
                break
            break
        if not chain and gap.strip():
            break  # the title nearest the name must touch it
        chain.append(t)
        cursor = t.start_char
    return chain


def _apposition_gap(gap: str, first: bool) -> bool:
    if first:
        return bool(re.fullmatch(r"\s*[,(–-]\s*|\s*,\s*(hiện là|là|now)\s*", gap))
    return bool(re.fullmatch(r"\s*(,|và|and|kiêm|cum)\s*", gap))


def _list_member(s: Sentence, colon: int, p: Mention) -> bool:
    """``p`` is an item of the list that follows ``colon`` (items split by ';' or ',')."""
    gap = s.text[colon:p.start]
    if "." in gap.replace("TP.", ""):
        return False
    return True


def _title_org(s: Sentence, t: Span) -> Mention | None:
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


def _english_title_org(s: Sentence, t: Span) -> Mention | None:
    """"Minister of Public Security" → Ministry of Public Security; "Head of the X Commission" → X."""
    after = s.text[t.end_char:s.end]
    m = re.match(r"\s+of\s+(?:the\s+)?", after)
    if not m:
        return None
    start = t.end_char + m.end()
    for org in sorted(s.mentions + s.nested, key=lambda x: x.start):
        if org.type == "Organization" and org.start == start:
            return org
    run = re.match(r"(?:[A-Z][\w’'-]*|and|of|the|&)(?:\s+(?:[A-Z][\w’'-]*|and|of|the|&))*", s.text[start:s.end])
    if not run:
        return None
    # stop before a person's name or the next title ("… and Standing Vice Chairman of …")
    lex = load_lexicon()
    title_starts = {x.start_char for x in s.titles}
    keep: list[str] = []
    for m in re.finditer(r"\S+", run.group()):
        w, pos = m.group(), start + m.start()
        if lex.is_surname(w, folded=s.lang != "vi") and keep and keep[-1] not in ("of", "and", "the"):
            break
        if keep and (norm_key(w) in lex.titles or pos in title_starts):
            break
        keep.append(w)
    while keep and keep[-1] in ("and", "of", "the", "&"):
        keep.pop()
    if not keep:
        return None
    name = " ".join(keep)
    end = start + len(name)
    title = t.text.casefold()
    for candidate in ([f"Ministry of {name}"] if "minister" in title else []) + [name]:
        entries = lex.lookup(candidate) or lex.lookup(candidate, folded=True)
        orgs = [e for e in entries if e.type == "Organization"]
        if orgs:
            return s.add_mention(start, end, "Organization", gid=orgs[0].id, name=orgs[0].en or candidate)
    if "minister" in title:
        return s.add_mention(start, end, "Organization", name=f"Ministry of {name}")
    return None


def _title_org_end(s: Sentence, t: Span) -> int:
    org = _title_org(s, t)
    return max(t.end_char, org.end) if org else t.end_char


def title_role(s: Sentence, t: Span) -> str:
    """The role a title gives as ``position``: as written, except that English copy's
    "Party General Secretary" or "Vietnamese President" is the lexicon's role with its
    qualifier dropped (the role, as ANNOTATION.md writes it)."""
    en = (t._.kg_meta or {}).get("en") or ""
    if s.lang == "en" and en and t.text != en and t.text.endswith(" " + en) \
            and norm_key(t.text[:-len(en)]) not in load_lexicon().titles:
        return en
    return t.text


def _title_relations(s: Sentence, p: Mention, t: Span, copula: bool = False) -> list[Relation]:
    out: list[Relation] = []
    meta = t._.kg_meta or {}
    kind = meta.get("kind", "role")
    before = s.text[max(s.start, t.start_char - 8):t.start_char]
    former = bool(re.search(r"\b(nguyên|former|cựu)\s+$", before, flags=re.IGNORECASE))
    org = _title_org(s, t)
    office_org = None
    if t._.kg_value:  # the title itself names a body ("Ủy viên Bộ Chính trị")
        entry = entry_by_id("Organization", t._.kg_value)
        if entry is not None and any(norm_key(name) in norm_key(t.text) for name in entry.surfaces):
            office_org = s.add_mention(t.start_char, t.end_char, "Organization", gid=entry.id,
                                       name=entry.name if s.lang == "vi" else (entry.en or entry.name))
    if former:
        title = ("nguyên " if s.lang == "vi" else "former ") + s.text[t.start_char:(org.end if org else t.end_char)]
        out.append(Relation(p.id, "position", title, s.index))
        return out
    position = title_role(s, t)
    if s.lang == "en" and org is None:
        # "National Assembly Chairman Trần Thanh Mẫn": the body written before the role
        org = next((m for m in s.mentions + s.nested if m.type == "Organization"
                    and m.end < t.start_char and re.fullmatch(r"\s", s.text[m.end:t.start_char])), None)
    if not (kind == "membership" and s.lang != "vi" and re.match(r"(?i)member", position)):
        out.append(Relation(p.id, "position", position, s.index))
    for o in (org, office_org):
        if o is not None and o.type == "Organization":
            out.append(Relation(p.id, "memberOf", o.id, s.index))
    return out


# ----------------------------------------------------------------------------- participatedIn

PARTICIPATE_VI = re.compile(r"\b(tham dự|dự|chủ trì|phát biểu|có sự tham dự|đồng chủ trì|trao giải|trao|tới dự|đến dự)\b",
                            re.IGNORECASE)
PARTICIPATE_EN = re.compile(r"\b(attend(?:ed|s)?|attended by|chair(?:ed|s)?|spoke at|speaking at|took part|"
                            r"participat(?:ed|es|e)|joined|under the chairmanship of|attendance of)\b", re.IGNORECASE)


def participation(s: Sentence) -> list[Relation]:
    """participatedIn: people (and companies) who attend, chair or speak at an event."""
    events = s.of_type("Event")
    cue = PARTICIPATE_VI if s.lang == "vi" else PARTICIPATE_EN
    out: list[Relation] = []
    agents = [m for m in s.mentions if m.type == "Person"]
    governed = [e for e in events if _cue_governs(s, cue, e)]
    if not governed and re.match(r"\s*(Tham dự|Dự|Attending|Also attending)\b[^.;:]{0,40}?\b(có|were|was)\b",
                                 s.text[s.start:s.end]):
        # "Tham dự có …": the attendance list of the event the previous sentences name
        earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
                   and s.index - 2 <= m.sentence < s.index]
        governed = earlier[-1:]
    if governed:
        for p in agents:
            ev = _nearest(governed, p)
            out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    # "tại EVENT": the subject of the clause took part ("Tại sự kiện, One Mount Group cam kết …").
    for ev in events:
        before = s.text[max(s.start, ev.start - 5):ev.start]
        if not re.search(r"(tại|at)\s+(the\s+|an?\s+)?$", s.text[max(s.start, ev.start - 7):ev.start], flags=re.IGNORECASE):
            continue
        if s.text[ev.start - 1:ev.start] and _is_organizer_context(s, ev):
            continue
        clause_start = s.start
        head = s.text[s.start:ev.start].strip(" ,")
        if re.fullmatch(r"(?:(?:Ngày|ngày|Sáng|Chiều|On|on)?[^,]{0,20},\s*)?(Tại|At|tại|at)( the)?", head):
            # sentence opens with "Tại …,": the subject follows the comma
            after = [m for m in s.mentions if m.start > ev.end and m.type in ("Person", "Organization")
                     and not _title_body(s, m)]  # "Tại Hội nghị, Thủ tướng Chính phủ X": X, not the Government
            if after:
                out.append(Relation(after[0].id, "participatedIn", ev.id, s.index))
            continue
        subj = [m for m in s.mentions if m.type == "Person" and clause_start <= m.start < ev.start]
        say = SAY_VI if s.lang == "vi" else SAY_EN
        if subj and re.search(r"(?<![\w])(?:" + say + r")(?![\w])", s.text[subj[-1].end:ev.start]):
            subj = []  # "X cho biết … tại Kỳ họp": reported speech, not X's attendance
        if subj:
            # the nearest subject, with those coordinated to it: "A và B trao giải … tại EVENT"
            group = [subj[-1]]
            for m in reversed(subj[:-1]):
                link = s.text[m.end:group[-1].start]
                if m.type == group[-1].type and re.fullmatch(r"\s*(và|and|,)\s*(\S+\s+){0,6}?", link) \
                        and not re.search(r"[,;]", link.strip(" ,")):
                    group.append(m)
                else:
                    break
            for m in group:
                out.append(Relation(m.id, "participatedIn", ev.id, s.index))
    return out


def _title_body(s: Sentence, m: Mention) -> bool:
    """``m`` is the body a title names ("Thủ tướng Chính phủ", "Chủ tịch Ủy ban MTTQ tỉnh")."""
    return m.type == "Organization" and any(
        t.start_char < m.start <= t.end_char + 1 and re.fullmatch(r"\s?", s.text[t.end_char:m.start] if m.start > t.end_char else "")
        for t in s.titles)


def _cue_governs(s: Sentence, cue: re.Pattern, ev: Mention) -> bool:
    """A participation cue right before the event ("dự và phát biểu tại Diễn đàn"), or after it
    ("Diễn đàn có sự tham dự của …", "The ceremony was attended by …")."""
    before = s.text[max(s.start, ev.start - 40):ev.start]
    after = s.text[ev.end:min(s.end, ev.end + 30)]
    return bool(re.search(cue.pattern + r"[^.;:]{0,30}$", before, flags=re.IGNORECASE)
                or re.match(r"[^.;]{0,12}" + cue.pattern, after, flags=re.IGNORECASE))


def _nearest(items: list[Mention], m: Mention) -> Mention:
    return min(items, key=lambda x: abs(x.start - m.start))


def _is_organizer_context(s: Sentence, ev: Mention) -> bool:
    return bool(re.search(r"(tổ chức|organi[sz]ed|held)\s*$", s.text[s.start:ev.start]))


# ----------------------------------------------------------------------------- organized

ORGANIZE_VI = re.compile(r"\b(tổ chức|đăng cai|phối hợp tổ chức)\b")
ORGANIZE_EN = re.compile(r"\b(organi[sz]ed|organi[sz]es|held|holds|hosted|hosts|convened|convenes)\b")


def organizers(s: Sentence) -> list[Relation]:
    """organized: "ORG (phối hợp với ORG2) tổ chức EVENT", "EVENT do ORG tổ chức", "được ORG tổ chức"."""
    events = s.of_type("Event")
    if not events:
        return []
    cue_re = ORGANIZE_VI if s.lang == "vi" else ORGANIZE_EN
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    # "the Government's meeting": a body's event
    for ev in events:
        for o in orgs:
            if o.end < ev.start and re.fullmatch(r"[’']s\s+", s.text[o.end:ev.start]):
                out.append(Relation(o.id, "organized", ev.id, s.index))
    # "đại hội nhiệm kỳ lần thứ nhất Hiệp hội": the body named at the end of the event's name holds it
    for ev in events:
        for o in s.nested:
            if o.type == "Organization" and ev.start < o.start and o.end == ev.end:
                out.append(Relation(o.id, "organized", ev.id, s.index))
        # "… đại hội nhiệm kỳ lần thứ nhất Hiệp hội", "Hội nghị … của Bộ Y tế": the event of a body
        for o in orgs:
            if o.start > ev.end and re.fullmatch(r"\s|\s(của|of)\s(the\s)?", s.text[ev.end:o.start]) \
                    and ev.source != "event-ref":
                out.append(Relation(o.id, "organized", ev.id, s.index))
    for cue in cue_re.finditer(s.text, s.start, s.end):
        after_events = [e for e in events if e.start >= cue.end()]
        before_events = [e for e in events if e.end <= cue.start()]
        # "The Ministry … (MIC) and the … (VCCI) held": a bracketed acronym is the name before it
        before_orgs = [o for o in orgs if o.end <= cue.start()
                       and not re.search(r"\(\s*$", s.text[max(s.start, o.start - 2):o.start])]
        before_orgs = [o for o in before_orgs if not re.search(r"\bby\s+(the\s+)?$", s.text[max(s.start, o.start - 8):o.start])]
        if before_orgs:
            near = before_orgs[-1]
            gap = s.text[near.end:cue.start()]
            if re.search(r"(được|do|bởi)\s*$", s.text[max(s.start, near.start - 8):near.start]) and before_events:
                out.append(Relation(near.id, "organized", before_events[-1].id, s.index))
                continue
            if after_events and len(gap) < 40 and not re.search(r"[.;]", gap):
                subjects = [near]
                # "A phối hợp với B tổ chức", "A and B held"
                for o in reversed(before_orgs[:-1]):
                    link = s.text[o.end:subjects[-1].start]
                    if re.fullmatch(r"\s*(\([^)]*\))?\s*(phối hợp với|cùng|và|and|with|,)\s*(the\s+)?", link):
                        subjects.append(o)
                    else:
                        break
                for o in subjects:
                    out.append(Relation(o.id, "organized", after_events[0].id, s.index))
                continue
        # A long subject: "The Working Group on … (Project 06) convened a regular meeting"
        first = s.mentions[0] if s.mentions else None
        if first is not None and first.type == "Organization" and after_events and first.end <= cue.start() \
                and re.fullmatch(r"\s*(The\s+|the\s+)?", s.text[s.start:first.start]):
            between = [m for m in s.mentions if first.end <= m.start < cue.start()
                       and m.type in ("Person", "Organization")
                       and not re.search(r"(\bby\s+(the\s+)?|\(\s*)$", s.text[max(s.start, m.start - 8):m.start])]
            if not between and not re.search(r"[.;]", s.text[first.end:cue.start()]):
                out.append(Relation(first.id, "organized", after_events[0].id, s.index))
                continue
        # "EVENT do ORG tổ chức" handled above via "do"; "organised by ORG"
        m = re.match(r"\s+by\s+(the\s+)?", s.text[cue.end():s.end])
        if m and before_events:
            after_orgs = [o for o in orgs if o.start == cue.end() + m.end()]
            if after_orgs:
                out.append(Relation(after_orgs[0].id, "organized", before_events[-1].id, s.index))
    return out


# ----------------------------------------------------------------------------- issued / signed / implements

ISSUE_VI = re.compile(r"\b(ban hành|thông qua|phê duyệt|ký ban hành)\b")  # "công bố" announces, it does not issue
ISSUE_EN = re.compile(r"\b(issued|issues|issue|passed|passes|adopted|adopts|promulgated|approved|launched|enacted)\b")
IMPLEMENT_VI = re.compile(r"\b(triển khai|thực hiện|cụ thể hóa|cụ thể hoá|hướng dẫn thi hành)\b")
IMPLEMENT_EN = re.compile(r"\b(implement(?:s|ed|ing)?|concreti[sz]e[sd]?)\b")


def issuers(s: Sentence) -> list[Relation]:
    """issued (ORG → POLICY), signed (PER → POLICY) and implements."""
    policies = s.of_type("Policy")
    if not policies:
        return []
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    issue_re = ISSUE_VI if s.lang == "vi" else ISSUE_EN
    for pol in policies:
        after = s.text[pol.end:s.end]
        # "POLICY (ngày …) của ORG"
        m = re.match(r"(\s+(số\s+)?[\w/-]*)?(\s+(ngày|dated)\s+[\d/.,-]+(\s+\d{4})?)?\s+(của|of)\s+(the\s+)?", after)
        if m:
            tgt = [o for o in orgs if o.start == pol.end + m.end()]
            if tgt:
                out.append(Relation(tgt[0].id, "issued", pol.id, s.index))
        # an organisation named inside the policy's name: "Nghị quyết của Quốc hội về …"
        for o in s.nested:
            if o.type == "Organization" and pol.start < o.start < pol.end and \
                    re.search(r"(của|of the|of)\s+$", s.text[pol.start:o.start]):
                out.append(Relation(o.id, "issued", pol.id, s.index))
        # "the Prime Minister's Directive 01"
        before = s.text[s.start:pol.start]
        poss = re.search(r"([’']s)\s+$", before)
        if poss:
            tgt = [o for o in orgs if o.end == s.start + poss.start(1)]
            if tgt:
                out.append(Relation(tgt[0].id, "issued", pol.id, s.index))
    # "ORG ban hành / thông qua / passed POLICY"
    for cue in issue_re.finditer(s.text, s.start, s.end):
        before_orgs = [o for o in orgs if o.end <= cue.start()]
        after_pols = [p for p in policies if p.start >= cue.end()]
        if before_orgs and after_pols:
            subj = before_orgs[-1]
            gap = s.text[subj.end:cue.start()]
            if len(gap) <= 40 and not re.search(r"[.;]", gap):
                first = after_pols[0]
                targets = [first]  # "ban hành A, B và C" — not "ban hành A để thực hiện B"
                for p in after_pols[1:]:
                    link = s.text[targets[-1].end:p.start]
                    if len(link) > 40 or re.search(r"[.;:]|\b(để|nhằm|thực hiện|triển khai|cụ thể hóa|theo|to|"
                                                     r"implement\w*|under)\b", link):
                        break
                    targets.append(p)
                for p in targets:
                    out.append(Relation(subj.id, "issued", p.id, s.index))
        # "POLICY launched by the Government", "POLICY được ORG ban hành"
        m = re.match(r"\s+by\s+(the\s+)?", s.text[cue.end():s.end])
        if m:
            by = [o for o in orgs if o.start == cue.end() + m.end()]
            pols = [p for p in policies if p.end <= cue.start()]
            if by and pols:
                out.append(Relation(by[0].id, "issued", pols[-1].id, s.index))
    # signed
    for cue in re.finditer(r"\b(ký|signed)\b", s.text[s.start:s.end]):
        pos = s.start + cue.start()
        people = [p for p in s.of_type("Person") if p.end <= pos]
        pols = [p for p in policies if p.start > pos]
        if people and pols:
            out.append(Relation(people[-1].id, "signed", pols[0].id, s.index))
    # implements
    impl_re = IMPLEMENT_VI if s.lang == "vi" else IMPLEMENT_EN
    for cue in impl_re.finditer(s.text, s.start, s.end):
        subj = [m for m in s.mentions if m.type in ("Policy", "Organization") and m.end <= cue.start()]
        pols = [p for p in policies if p.start >= cue.end()]
        if subj and pols and len(s.text[subj[-1].end:cue.start()]) < 30:
            out.append(Relation(subj[-1].id, "implements", pols[0].id, s.index))
    return out


# ----------------------------------------------------------------------------- date

ADOPT_CUE = re.compile(r"\b(thông qua|ban hành|ký|phê duyệt|passed|adopted|issued|signed|approved)\b", re.IGNORECASE)


def dates_of(s: Sentence) -> list[Relation]:
    """date: a dated event or policy ("Quyết định … ngày 27/4/2022", "ngày 15/1 … Diễn đàn")."""
    out: list[Relation] = []
    targets = s.of_type("Event", "Policy")
    dates = [d for d in s.dates if d[2]]
    if not targets or not dates:
        return out
    used: set[int] = set()
    # a date written right after a policy ("ngày 27/4/2022", "dated January 14, 2020")
    for pol in s.of_type("Policy"):
        for d in dates:
            gap = s.text[pol.end:d[0]]
            if d[0] >= pol.end and len(gap) <= 45 and re.fullmatch(
                    r"(\s+(số\s+)?[\w/-]+)?(\s+(của|of)\s+[^,.;()]{1,30}?)?\s*(ngày|dated|on|,)?\s*", gap):
                out.append(Relation(pol.id, "date", d[2], s.index))
                used.add(d[0])
                break
    sentence = s.text[s.start:s.end]
    policies = [p for p in s.of_type("Policy") if not any(r.subject == p.id for r in out)]
    events = s.of_type("Event")
    for d in dates:
        if d[0] in used:
            continue
        # a passing/adoption sentence dates its policies
        if policies and ADOPT_CUE.search(sentence):
            for p in policies:
                out.append(Relation(p.id, "date", d[2], s.index))
            continue
        if events:
            ev = _nearest(events, Mention(-1, d[0], d[1], "", "", s.index))
            out.append(Relation(ev.id, "date", d[2], s.index))
    return out


# ----------------------------------------------------------------------------- locatedIn


def locations(s: Sentence) -> list[Relation]:
    """locatedIn: events held in a place, organisations based or located somewhere."""
    places = s.of_type("Place")
    if not places:
        return []
    out: list[Relation] = []
    events = s.of_type("Event")
    orgs = s.of_type("Organization")
    prep = r"\b(tại|ở)\s+$" if s.lang == "vi" else r"\b(in|at)\s+(the\s+)?$"
    for pl in places:
        before = s.text[max(s.start, pl.start - 30):pl.start]
        if not re.search(prep, before, flags=re.IGNORECASE) and not re.search(r"(,|và|and)\s+$", before):
            continue
        # "đặt tại / trụ sở tại / headquartered in" → the organisation before it
        if re.search(r"(đặt|trụ sở|đóng|headquartered|based|located)\s+(chính\s+)?(tại|ở|in|at)\s+$", before) or \
                _continues_list(s, pl, places, r"(đặt|trụ sở|đóng|headquartered|based|located)"):
            subj = [m for m in orgs + events if m.end <= pl.start]
            if subj:
                target = subj[-1]  # the nearest body or event before "đặt tại / based in"
                out.append(Relation(target.id, "locatedIn", pl.id, s.index))
            continue
        if not re.search(prep, before, flags=re.IGNORECASE):
            continue
        if events:
            ev = _nearest(events, pl)
            near = abs(ev.start - pl.start) <= 90 or pl.start - s.start <= 30
            if near and not re.search(r"(nước ngoài|đầu tư|doanh nghiệp|công ty)\s+(tại|ở|in)\s+$", before):
                out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
            continue
        # "ORG, tại LOC …"
        prev = [o for o in orgs if o.end <= pl.start and re.fullmatch(r"\s*,\s*(tại|ở)\s+", s.text[o.end:pl.start])]
        if prev:
            out.append(Relation(prev[-1].id, "locatedIn", pl.id, s.index))
    # "Trung tâm … của Việt Nam", "Qualcomm – tập đoàn sản xuất chip hàng đầu của Mỹ"
    for o in orgs:
        if _state_body(o):
            continue
        for pl in places:
            gap = s.text[o.end:pl.start]
            if pl.start > o.end and re.fullmatch(r"\s+(của|of)\s+|\s*[–—-]\s*(tập đoàn|công ty|hãng|doanh nghiệp)"
                                                  r"[^–—,;.()]{0,60}\s(của|of)\s+", gap):
                out.append(Relation(o.id, "locatedIn", pl.id, s.index))
    return out


def _continues_list(s: Sentence, pl: Mention, places: list[Mention], cue: str) -> bool:
    """``pl`` is a later item of "đặt tại A và B" / "tại A, B"."""
    earlier = [p for p in places if p.end <= pl.start]
    if not earlier:
        return False
    prev = earlier[-1]
    if not re.fullmatch(r"\s*(,|và|and)\s*", s.text[prev.end:pl.start]):
        return False
    return bool(re.search(cue + r"\s+(chính\s+)?(tại|ở|in|at)\s+$", s.text[max(s.start, prev.start - 30):prev.start])) \
        or _continues_list(s, prev, places, cue)


# ----------------------------------------------------------------------------- subOrganizationOf

NEGATED = re.compile(r"\b(từng là|không còn là|trước đây là|tiền thân|formerly|no longer|used to be|was once)\b",
                     re.IGNORECASE)


def sub_organizations(s: Sentence) -> list[Relation]:
    """subOrganizationOf: "X (trực) thuộc Y", "X, công ty con của Y", "Y thành lập công ty con X", "X của Quốc hội"."""
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    for o in orgs:
        for inner in s.nested:
            if inner.type == "Organization" and o.start < inner.start and inner.end <= o.end \
                    and re.search(r"\b(của|thuộc|trực thuộc)\s+$", s.text[o.start:inner.start]):
                out.append(Relation(o.id, "subOrganizationOf", inner.id, s.index))
    if len(orgs) < 2:
        return out
    for a, b in zip(orgs, orgs[1:]):
        gap = s.text[a.end:b.start]
        if NEGATED.search(gap):
            continue
        if re.fullmatch(r"\s*(,\s*)?(một\s+)?((công ty con|đơn vị|cơ quan)\s+)?(trực thuộc|thuộc|của|a subsidiary of)\s*(the\s+)?", gap):
            if re.fullmatch(r"\s*(của|of the)\s*", gap) and not _is_sub_body(a):
                continue
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))
        elif re.fullmatch(r"\s*(đã\s+)?thành lập\s+(công ty con|đơn vị)\s+(là\s+)?", gap):
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))
        elif re.fullmatch(r"\s*(vừa\s+|đã\s+)?(mua lại|thâu tóm|acquired|bought)\s+", gap):
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))
    # "One Mount Group … công ty One Mount Distribution": a company named after the group
    # it appears with, in the sentence that names the group, is one of the group's companies
    for g in orgs:
        core = re.fullmatch(r"(?:Tập đoàn\s+)?(?P<core>[A-ZĐ][\w&.-]*(?:\s[A-ZĐ0-9][\w&.-]*)*?)"
                            r"(?:\s+(?:Group|Corporation|Holdings))?", g.text)
        if not core or not (g.text.startswith("Tập đoàn ") or re.search(r"\s(Group|Corporation|Holdings)$", g.text)):
            continue
        stem = core.group("core")
        for o in orgs:
            if o.id != g.id and o.start > g.end and o.text.startswith(stem + " ") \
                    and not re.search(r"\s(Group|Corporation|Holdings)$", o.text) \
                    and not NEGATED.search(s.text[g.end:o.start]):
                out.append(Relation(o.id, "subOrganizationOf", g.id, s.index))
    # "chuyển nhượng (toàn bộ cổ phần tại) X cho Y"
    for m in re.finditer(r"chuyển nhượng\s+(toàn bộ\s+)?(cổ phần|vốn)?\s*(tại\s+)?", s.text[s.start:s.end]):
        pos = s.start + m.end()
        xs = [o for o in orgs if o.start == pos]
        if xs:
            rest = s.text[xs[0].end:s.end]
            c = re.match(r"\s+cho\s+", rest)
            if c:
                ys = [o for o in orgs if o.start == xs[0].end + c.end()]
                if ys and not NEGATED.search(s.text[s.start:s.end]):
                    out.append(Relation(xs[0].id, "subOrganizationOf", ys[0].id, s.index))
    return out


def _is_sub_body(m: Mention) -> bool:
    return bool(re.match(r"(Ủy ban|Uỷ ban|Ban|Văn phòng|Vụ|Cục|Viện|Hội đồng|Committee|Commission|Office)\b", m.text))


# ----------------------------------------------------------------------------- about

ABOUT_CUE_VI = re.compile(r"\b(về|lĩnh vực|tập trung vào|chuyên về|chủ đề|giải pháp)\b")
ABOUT_CUE_EN = re.compile(r"\b(on|about|in the field of|focus(?:es|ed)? on|specia?li[sz](?:es|ed|ing) in|theme)\b")


def topics_of(s: Sentence) -> list[Relation]:
    """about: topics named in a policy/event/organisation name, or after "về"/"lĩnh vực"/"chủ đề"."""
    out: list[Relation] = []
    topics = [m for m in s.mentions + s.nested if m.type == "Topic"]
    if not topics:
        return out
    holders = s.of_type("Policy", "Event", "Organization")
    # topics inside a holder's name (a law an amending law names at its end is a holder too)
    for h in holders + [m for m in s.nested if m.type == "Policy"]:
        if h.type == "Organization" and _state_body(h):
            continue
        for t in topics:
            if h.start <= t.start and t.end <= h.end and (h.start, h.end) != (t.start, t.end):
                out.append(Relation(h.id, "about", t.id, s.index))
    cue_re = ABOUT_CUE_VI if s.lang == "vi" else ABOUT_CUE_EN
    for cue in cue_re.finditer(s.text, s.start, s.end):
        word = cue.group(1)
        if word in ("về", "on", "about"):
            # "Quyết định … ngày … của Thủ tướng Chính phủ về …": the instrument, past its date and issuer
            before = [h for h in holders if h.end <= cue.start() and h.type != "Organization"]
            if not before:
                continue
            h = before[-1]
            gap = s.text[h.end:cue.start()]
            between = [m for m in s.mentions if h.end <= m.start and m.end <= cue.start()]
            if len(gap) > 70 or re.search(r"[.;:]", gap) or any(m.type != "Organization" for m in between) \
                    or (gap.strip() and not re.match(r"\s*(ngày|của|dated|of)\b", gap)
                        and not re.fullmatch(r"\s*(?:(?:quy định|hướng dẫn|điều chỉnh)|,\s*which\s+(?:includes|covers|"
                                             r"regulates|sets out|provides)(?:\s+provisions)?(?:\s+\w+){0,4}?)\s*", gap)):
                continue
        else:
            before = [h for h in holders if h.end <= cue.start()]
            if not before:
                continue
            h = before[-1]
            gap = s.text[h.end:cue.start()]
        if word not in ("về", "on", "about") and (len(gap) > 60 or re.search(r"[.;]", gap)):
            continue
        if h.type == "Organization" and _state_body(h):
            continue
        clause_end = _clause_end(s, cue.end())
        # "Nghị quyết 66 về X và Nghị quyết 68 về Y": X's clause ends where the next instrument begins
        clause_end = min([clause_end] + [x.start for x in holders if x.start >= cue.end() and x.type != "Organization"])
        for t in topics:
            if cue.end() <= t.start < clause_end:
                out.append(Relation(h.id, "about", t.id, s.index))
    # "Theo Nghị quyết …, …": the sentence reports the policy's content
    head = re.match(r"\s*(Theo|Under|According to)\s+", s.text[s.start:s.end])
    if head:
        pols = [p for p in s.of_type("Policy") if p.start == s.start + head.end()]
        for p in pols:
            for t in topics:
                if not (p.start <= t.start < p.end):
                    out.append(Relation(p.id, "about", t.id, s.index))
    # "ORG – tập đoàn sản xuất chip …": an apposition that says what a company does
    for o in s.of_type("Organization"):
        m = re.match(r"\s*[–—,-]\s*(tập đoàn|công ty|hãng|doanh nghiệp|a|the)\b[^–—;.]*", s.text[o.end:s.end])
        if m and not _state_body(o):
            for t in topics:
                if o.end < t.start < o.end + m.end():
                    out.append(Relation(o.id, "about", t.id, s.index))
    return out


# ----------------------------------------------------------------------------- statements

SAY_VI = (r"cho rằng|cho biết|nhấn mạnh|khẳng định|nhận định|chia sẻ|đánh giá|đề nghị|yêu cầu|bày tỏ|"
          r"lưu ý|kỳ vọng|phát biểu|nói|thông tin")
SAY_EN = r"said|says|stated|emphasi[sz]ed|stressed|noted|affirmed|highlighted|added|told|asserted"


def statements(s: Sentence) -> list[Quote]:
    """Quotes and claims: "ông X cho rằng …", "Theo ông X, …", "“…”, X nói", "X said …"."""
    out: list[Quote] = []
    # bare titles that stand for a person ("The Party chief said …") were added by titles_of_people
    people = sorted((m for m in s.ex.mentions if m.sentence == s.index and m.type == "Person"
                     and (not m.nested or m.source == "title-ref")), key=lambda m: m.start)
    if not people:
        return out
    say = SAY_VI if s.lang == "vi" else SAY_EN
    body = s.text[s.start:s.end]
    # "Theo ông X, …" / "According to X, …"
    m = re.match(r"\s*(Theo|According to)\s+", body)
    if m:
        speaker = next((p for p in people if p.start == s.start + m.end()
                        or (p.start > s.start + m.end() and s.text[s.start + m.end():p.start].strip()
                            in ("ông", "bà", "Mr", "Ms", "Mr.", "Ms."))), None)
        if speaker is not None:
            comma = s.text.find(",", speaker.end, s.end)
            if comma > 0 and s.end - comma > 15:
                out.append(Quote(speaker.id, _skip_space(s.text, comma + 1), s.end, s.index))
                return out
    # "“…”, X nói" / "\"…\", said X"
    q = re.match(r"\s*[“\"](?P<q>[^”\"]{10,})[”\"]\s*,?\s*(?P<cue>" + say + r")\b", body)
    if q:
        after = [p for p in people if p.start >= s.start + q.end("cue")]
        if after and s.text[s.start + q.end("cue"):after[0].start].strip() in ("", "ông", "bà", "Mr", "Ms"):
            out.append(Quote(after[0].id, s.start + q.start("q"), s.start + q.end("q"), s.index))
            return out
    # "X (, title …) cue (rằng|that|:) …"
    for cue in re.finditer(r"(?<![\w])(?:" + say + r")(?![\w])", body):
        pos = s.start + cue.start()
        before = [p for p in people if p.end <= pos and pos - p.end <= 150]
        if not before:
            continue
        speaker = before[-1]
        gap = s.text[speaker.end:pos]
        if re.search(r"[.;!?]", gap) or re.search(r"\b(và|and)\s*$", gap):
            continue
        start = s.start + cue.end()
        lead = re.match(r"\s*(rằng|that|:|,)?\s*", s.text[start:s.end])
        start += lead.end() if lead else 0
        if s.end - start >= 15:
            out.append(Quote(speaker.id, start, s.end, s.index))
            break
    return out


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _state_body(m: Mention) -> bool:
    entry = entry_by_id("Organization", m.gid) if m.gid else None
    if entry is not None:
        return (entry.kind or "") in STATE_KINDS
    return bool(re.match(r"(Bộ|Ministry|Ủy ban|Ban|Cục|Tổng cục|Sở|Văn phòng|Quốc hội|Chính phủ)\b", m.text))


def _clause_end(s: Sentence, pos: int) -> int:
    m = re.search(r"[;.!?]|\s[–-]\s|\b(nhằm|để|với mục tiêu|which|that)\b", s.text[pos:s.end])
    return pos + m.start() if m else s.end

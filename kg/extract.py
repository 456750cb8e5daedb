"""Relation extraction: the closed relation set of ANNOTATION.md, with provenance.

Input is a spaCy ``Doc`` from :mod:`kg.nlp`; output is an :class:`Extraction`:
the article's mentions (entity spans, including references such as "ông
Trung" or "Diễn đàn" that :mod:`kg.resolve` links to a full name) and the
relations between them, each tied to the sentence that states it.

Rules work sentence by sentence on the sequence of mentions, titles and cue
words; each relation has one small function in :mod:`kg.relations` (``titles_of_people``,
``participation``, ``organizers`` …) so a rule can be read and tested alone; this module
turns the ``doc`` into mentions, runs the rules, and maps offsets back to the raw text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.article import Article
from kg.nlp import candidate
from kg.nlp.lexicon import entry_by_id
from kg.nlp.patterns import pattern_data
from kg.nlp.normalize import Normalized, normalize
from kg.nlp.tokenizer import doc_text
from kg.nlp.recognizers.agreements import MEMO_SOURCE
from kg.nlp.recognizers.candidates import TYPE_OF_LABEL
from kg.relations import sentence_relations
from kg.relations.lead_events import lead_event_dates
from kg.relations.acronyms import acronym_mentions, policy_short_forms
from kg.relations.base import (  # noqa: F401  (RELATIONS … are read from here by kg.evaluate, kg.resolve)
    LITERAL_RELATIONS, RELATIONS, Extraction, Mention, Quote, Relation, Sentence, TitleView, state_body)
from kg.relations.dates import dates_of
from kg.relations.events import adjacent_event_facts, headline_place
from kg.nlp.recognizers.sports_en import season_competitions
from kg.relations.named_years import named_year_dates
from kg.relations.apposed_policies_en import apposed_descriptions, apposed_event_descriptions
from kg.relations.happenings import title_places, visit_destinations, visitors_only
from kg.relations.organizations import sub_organizations
from kg.relations.organizers import organizers
from kg.relations.participation import participation
from kg.relations.people import titles_of_people
from kg.relations.proxy_titles import without_proxy_titles
from kg.relations.places import locations
from kg.relations.plurals import plural_references
from kg.relations.policies import issuers
from kg.relations.quotes import statements
from kg.relations.body_topics import FIELD_HEAD_VI
from kg.relations.topics import topics_of
from kg.relations.owners import drop_replaced
from kg.relations.visits import visit_facts
from kg.ceremony_refs import inner_events
def extract(article: Article, doc: Doc) -> Extraction:
    """Mentions and relations of ``article`` from its annotated ``doc``.

    The rules read the normaliser's matching text (:mod:`kg.nlp.normalize`: NFC, tone marks on
    their vowel, wrapped lines joined, no zero-width characters), so a messy copy of a sentence
    gives the relations of the clean one; every offset in the result is a raw offset.
    """
    norm = normalize(article.text)
    at = _to_matching(norm)
    sentences = [_trimmed(norm.text, at(s.start_char), at(s.end_char)) for s in doc.sents]
    ex = Extraction(article, sentences, [], [])
    sent_of = _sentence_index(sentences)
    for span in doc.spans["kg"]:
        if span.label_ == "DATE" or _world_region(span, article.lang):
            continue
        ex.mentions.append(_mention(len(ex.mentions), span, sent_of, nested=False, at=at))
    outer = [m for m in ex.mentions]
    nested_spans = list(doc.spans.get("nested", []))
    for span in nested_spans:
        if span.label_ not in ("TOPIC", "ORG", "LOC", "POLICY") or _world_region(span, article.lang):
            continue
        if _qualified_again(span, nested_spans) or _inside_longer_topic(span, nested_spans):
            continue  # "People's Committee" inside "provincial People's Committee": one body
        s0, e0 = at(span.start_char), at(span.end_char)
        host = next((m for m in outer if m.start <= s0 and e0 <= m.end), None)
        if span.label_ == "TOPIC" and host is not None and (host.type in ("Place", "Topic") or (
                host.type == "Organization" and state_body(host) and not _field_board(host, s0, norm.text))):
            continue  # "Bộ Khoa học và Công nghệ" is not about science, nor "Khu công nghệ cao" a topic,
            # nor "công nghệ cao" a topic of its own inside "nông nghiệp công nghệ cao"
        if span.label_ == "POLICY" and (host is None or host.type != "Policy" or e0 != host.end or s0 == host.start
                                        or _party_prefix(norm.text[host.start:s0])) and not _signed_at(span, host) \
                and not (_named_in_event(span, host, nested_spans) and s0 != host.start) \
                and not _law_in_task(span, host, s0):
            continue  # only the law an amending law names at its end ("… of the Law on Intellectual Property")
        if article.lang == "en" and host is not None and (host.start, host.end) == (s0, e0) \
                and span.label_ in ("ORG", "LOC"):
            continue  # "the ASEAN University Robotics Challenge 2025": the name the event won is not also a body
        ex.mentions.append(_mention(len(ex.mentions), span, sent_of, nested=True, at=at))
    ex.mentions = _without_name_only_topics(ex.mentions, article.lang)
    acronym_mentions(ex.mentions, norm.text, sent_of)  # "… (ACV)": later bare "ACV" names the same body
    if article.lang == "en":  # "Decision 876, the Government's programme on …", "the X Summit, a two-day meeting that …"
        apposed_descriptions(ex.mentions, norm.text)
        apposed_event_descriptions(ex.mentions, norm.text)
    policy_short_forms(ex.mentions, norm.text)  # "Đề án … (Đề án 06)": later "Đề án 06" names the same plan
    if article.lang == "vi":  # "lễ khai mạc Vòng chung kết Giải …": the round opened is an event of its own
        for a, b, si in inner_events(ex.mentions, norm.text):
            ex.mentions.append(Mention(len(ex.mentions), a, b, norm.text[a:b], "Event", si, source="event-opened",
                                       nested=True))
    dates = [(at(d.start_char), at(d.end_char), d._.kg_value) for d in doc.spans["kg"]
             if d.label_ == "DATE" and d._.kg_source not in ("date-weekday", "date-dateline")]
    ex.dates = [(sent_of(at(d.start_char)), d._.kg_value) for d in doc.spans["kg"]
                if d.label_ == "DATE" and d._.kg_source != "date-dateline" and d._.kg_value]
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
        ctx = Sentence(si, s_start, s_end, text, lang, ms, nested, ts, ds, ex, dates)
        rels += titles_of_people(ctx)
        rels += participation(ctx)
        rels += organizers(ctx)
        rels += issuers(ctx)
        rels += dates_of(ctx)
        rels += locations(ctx)
        rels += sub_organizations(ctx)
        rels += topics_of(ctx)
        rels = sentence_relations(ctx, rels)  # kg.relations: attendance lists, implements, … (after the rules above)
        rels = without_proxy_titles(ctx, rels)  # not "KT. Bộ trưởng": the office signed for, not held
        rels = drop_replaced(ctx, rels)  # "… và thay thế Nghị định số 151": no date or signer for the old one
        ex.quotes += statements(ctx)
    rels += adjacent_event_facts(ex, dates, text)
    days = [(at(d.start_char), at(d.end_char), d._.kg_value) for d in doc.spans["kg"]
            if d.label_ == "DATE" and d._.kg_source != "date-dateline"]
    rels += lead_event_dates(ex, text, days)  # "X on Friday approved … . The annual general meeting, …"
    rels += headline_place(ex, text)  # "Khánh thành nhà máy … tại Sa Đéc": the ceremony's place
    rels += plural_references(ex, rels, text, lang)  # "hai bộ trưởng đã ký …": the two ministers named before
    rels = visit_destinations(ex, rels)  # "a visit to Vietnam" is not in Hanoi, where its talks were
    rels = visitors_only(ex, rels)  # companies that sign deals during a visit do not take part in it
    rels = title_places(ex, rels, titles, text)  # "Representative in Vietnam X": no event's place
    rels = visit_facts(ex, rels, text)  # "chuyến thăm chính thức Việt Nam từ ngày 8 đến 10/6"
    rels = season_competitions(ex, rels) if lang == "en" else rels  # a league's day is no match's day
    rels = named_year_dates(ex, rels, days, text)  # "the Coffee Festival 2027 … on March 10": in 2027
    credits = {m.id for m in ex.mentions if m.source == "credit"}
    regions = _region_ids(ex.mentions)
    rels = [r for r in rels if not (r.predicate == "locatedIn" and r.obj in regions)]
    ex.relations = [r for r in dict.fromkeys(rels) if r.subject not in credits and r.obj not in credits]
    ex.titles = [(t.start_char, t.end_char, t.text) for t in titles]
    _to_raw(ex, norm)
    return ex


def _party_prefix(gap: str) -> bool:
    """``gap`` is the parties an instrument's name opens with ("Vietnam-Malaysia "): the name
    after it is the same instrument, not one it names."""
    return bool(re.fullmatch(r"[A-Z][\w’']*(?:\s?[-–]\s?[A-Z][\w’']*)+\s+", gap))


def _qualified_again(span: Span, spans: list[Span]) -> bool:
    """A nested span that another nested span of its label only qualifies with lower-case words
    before it ("People's Committee" in "provincial People's Committee") names the same thing."""
    label, start, end = span.label_, span.start_char, span.end_char
    text = None  # spaCy joins every token again on each ``doc.text``: read once per doc, when needed
    for o in spans:
        if o is not span and o.end_char == end and o.start_char < start and o.label_ == label:
            if text is None:
                text = doc_text(span.doc)
            if text[o.start_char:start].strip().islower():
                return True
    return False


def _inside_longer_topic(span: Span, spans: list[Span]) -> bool:
    """A field named inside a longer field of the same name ("công nghệ số" in "Luật Công nghiệp công nghệ
    số"): the longer one is the field; the gazetteer's longest match says the same outside names."""
    return span.label_ == "TOPIC" and any(
        o is not span and o.label_ == "TOPIC" and o.start_char <= span.start_char and span.end_char <= o.end_char
        and (o.start_char, o.end_char) != (span.start_char, span.end_char) for o in spans)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's span without the blank text after it: the spaces of a line the normaliser hid
    ("Xem thêm: …") are still words in the doc's tokens, and no rule may read them back."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _to_matching(norm: Normalized):
    """Raw offset → offset in the matching text (the identity when no character was added or dropped)."""
    return (lambda i: i) if norm.starts is None else norm.matching_offset


def _to_raw(ex: Extraction, norm: Normalized) -> None:
    """Put the offsets of ``ex`` (sentences, mentions, titles, quotes) back on the raw text."""
    if norm.starts is None:
        return
    ex.sentences = [norm.span(s, e) for s, e in ex.sentences]
    for m in ex.mentions:
        m.start, m.end = norm.span(m.start, m.end)
    ex.titles = [(*norm.span(s, e), text) for s, e, text in ex.titles]
    ex.quotes = [Quote(q.speaker, *norm.span(q.start, q.end), q.sentence) for q in ex.quotes]


def _sentence_index(sentences: list[tuple[int, int]]):
    def index(pos: int) -> int:
        for i, (s, e) in enumerate(sentences):
            if s <= pos < e:
                return i
        return max(0, len(sentences) - 1)
    return index


def _signed_at(span: Span, host) -> bool:
    """A memorandum named inside the name of the ceremony that signs it ("Lễ ký kết Bản ghi nhớ …")."""
    return host is not None and host.type == "Event" and span._.kg_source == MEMO_SOURCE


def _named_in_event(span: Span, host, spans: list[Span]) -> bool:
    """A numbered instrument named inside an event's or a body's name ("Hội nghị quán triệt Nghị quyết số
    72-NQ/TW", "Tổ công tác triển khai Đề án 06"): the instrument is an entity of its own, which the name
    only mentions; so is an amending draft around a numbered one ("dự thảo Nghị định sửa đổi Nghị định số
    123/2020/NĐ-CP", keyed by its own name, not the amended decree's number: kg.policy_names)."""
    if host is None or host.type not in ("Event", "Organization"):
        return False
    inner = [o for o in spans if o is not span and o.label_ == "POLICY"
             and span.start_char <= o.start_char and o.end_char <= span.end_char]
    own = "".join(ch for i, ch in enumerate(span.text, span.start_char)
                  if not any(o.start_char <= i < o.end_char for o in inner))
    return any(ch.isdigit() for ch in own) or (
        re.search(r"(?<![\w])(?:sửa đổi|bổ sung|thay thế)(?![\w])", own) is not None
        and any(any(ch.isdigit() for ch in o.text) for o in inner))


# "the city steering committee on digital transformation and innovation": a board that states its subject
_SUBJECT_BOARD = re.compile(r"\b(?:(?:[Cc]ommittee|[Cc]ouncil|[Bb]oard|[Ww]orking [Gg]roup|[Tt]ask [Ff]orce)\s+(?:on|in\s+charge\s+of|"
                            r"responsible\s+for)|[Ss]teering [Cc]ommittee\s+for)\s+(?:the\s+)?"
                            r"(?:[\w'’-]+,?\s+(?:and\s+)?){0,6}$")


# the end of an instrument's or event's name up to its subject: "National Programme on "
_ON_BEFORE = re.compile(r"\s(?:on|for)\s+$")


@lru_cache(maxsize=1)
def _task_tails() -> frozenset[str]:
    """The last words of a subject that name the task done for a field, not the field ("Development", "Management")."""
    return frozenset(pattern_data("field_topics_en.json")["trim_last"])


def _without_name_only_topics(mentions: list[Mention], lang: str = "en") -> list[Mention]:
    """A field word that the article uses only inside bodies' names ("the Trade Remedies
    Authority", "the National Steering Committee for Civil Defence", "the Institute of Environmental
    Science and Technology"; "Tập đoàn Bưu chính Viễn thông Việt Nam", "Hiệp hội Du lịch tỉnh") is part of those
    names, not a field the article is about; the topic stays where the text also names it on its own or in a
    policy's or event's name ("the Law on Cybersecurity"), and a board named "on" its subject keeps it ("the city
    steering committee on digital transformation", "Ban Chỉ đạo chuyển đổi số tỉnh …": :func:`_field_board_head`)."""
    def host(m: Mention):  # the innermost name around ``m``: "meeting of the Steering Committee for <Civil Defence>"
        around = [o for o in mentions if o.type != "Topic" and o.start <= m.start and m.end <= o.end]
        return min(around, key=lambda o: o.end - o.start, default=None)

    def key(m: Mention) -> str:
        return m.gid or " ".join(m.text.casefold().split())

    def subject_of_name(h: Mention, m: Mention) -> bool:  # "the National Programme on <Halal Industry Development> to
        # 2030": a title-case run read as a body inside an instrument's or event's name, right after its "on" and
        # ending in the task done for the field (``trim_last``: "Development"), is its subject, the topic its field
        # (a run that is the topic itself stays a name: "the amended Law on Credit Institutions")
        words = h.text.casefold().split()
        return lang == "en" and h.end > m.end and bool(words) and words[-1] in _task_tails() \
            and any(o.type in ("Policy", "Event") and o.start < h.start and h.end <= o.end
                    and _ON_BEFORE.search(o.text[:h.start - o.start]) for o in mentions)

    def own_name(m: Mention) -> bool:  # only a body's or place's name holds it, not as the subject it is "on"
        h = host(m)
        head = h.text[:max(0, m.start - h.start)] if h is not None else ""
        # (or an English lower-case compound event: "held an investment promotion conference": words that only qualify it)
        return h is not None and (h.type in ("Organization", "Place") or h.source == "event-lower-compound") \
            and not (_SUBJECT_BOARD.search(head) if lang == "en" else _field_board_head(head)) \
            and not (h.type == "Organization" and subject_of_name(h, m))

    free = {key(m) for m in mentions if m.type == "Topic" and not (m.nested and own_name(m))}
    kept = [m for m in mentions if not (m.type == "Topic" and m.nested and key(m) not in free)]
    for i, m in enumerate(kept):
        m.id = i
    return kept


def _law_in_task(span: Span, host, start: int) -> bool:
    """A named law in the task of a body English copy names in lower case ("the drafting committee for the
    amended Law on Cadres and Civil Servants"): the law is an entity of its own."""
    return host is not None and host.type == "Organization" and host.text[:1].islower() \
        and span.text[:1].isupper() and host.start < start


def _field_board(host: Mention, start: int, text: str) -> bool:
    """A board named by its field right after its head ("Ban An toàn giao thông tỉnh …", "Ủy ban An toàn
    giao thông Quốc gia") or after "về" in a steering board's name: the topic at ``start`` is the board's
    subject, though the board is a state body."""
    return _field_board_head(text[host.start:start])


def _field_board_head(head: str) -> bool:
    """``head``, the start of a body's name up to a topic in it, names a board set up for that topic
    (:func:`_field_board`)."""
    # also a steering board whose name says what it is for: "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"
    # … or a steering board named by its field right after its head: "Ban Chỉ đạo cải cách tư pháp tỉnh …"
    # (a centre or institute named by its field right after its head, too: "Trung tâm Đổi mới sáng tạo Quốc gia":
    # kg.relations.body_topics.FIELD_HEAD_VI)
    # (… or past the few lower-case words of its task: "Ban Chỉ đạo phát triển nguồn nhân lực chất lượng cao …",
    # "Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội …")
    # ("Ban chỉ đạo", "Tổ Công tác": either case of the second word, as the press writes both)
    return FIELD_HEAD_VI.fullmatch(head) is not None or re.fullmatch(r"(?:(?:Ban [Cc]hỉ đạo|Tổ [Cc]ông tác)(?:\s+(?:liên ngành|quốc gia|"
                        r"Quốc gia|Trung ương))*(?:\s+(?:phát triển|thực hiện|xây dựng|triển khai)(?:\s+chính sách)?)?)\s+",
                        head) is not None \
        or (re.match(r"(?:Ban [Cc]hỉ đạo|Tổ [Cc]ông tác|Ủy ban Quốc gia|Uỷ ban Quốc gia|Hội đồng)\b", head) is not None
            and re.search(r"\svề\s", head) is not None) \
        or _EN_FIELD_BOARD.fullmatch(head) is not None  # (each field of the list after "về" / "on")


# An English board set up for a field names it after "on" / "for" (each field of its list): "Central Steering
# Committee on Anti-Corruption", "National Council for Science and Technology Policy"
_EN_FIELD_BOARD = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Steering Committee|Committee|Council|Working Group|Task Force)"
                             r"\s+(?:on|for)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,8}")


def _world_region(span: Span, lang: str = "vi") -> bool:
    """A continent or world region ("châu Âu", "Đông Nam Á"): a place for NER, no Place entity of the Vietnamese
    graph (ANNOTATION.md: countries, provinces, cities, venues); its gazetteer kind is "world-region". English
    articles name a market or a route by its region ("exports to Europe", "investors from the Middle East") and
    their golds keep it as a Place (Europe in 13 of 16 tune/dev-en articles, the Middle East in 5 of 5). Nor is a
    compass part of a province a region of the country: "miền Tây Nghệ An", "miền Tây xứ Thanh" is the west
    of that province, not the Mekong Delta that "miền Tây" alone names."""
    if span.label_ != "LOC" or not span._.kg_gid:
        return False
    entry = entry_by_id("Place", span._.kg_gid)
    if entry is not None and entry.kind == "region" and re.fullmatch(r"(?:miền|vùng|phía)\s+\w+", span.text, re.IGNORECASE):
        after = span.doc.text[span.end_char:span.end_char + 40]
        if re.match(r"\s+xứ\s", after) or any(
                e.kind in ("province", "city") for e in _places_at(span.doc, span.end_char)):
            return True
    return entry is not None and entry.kind == "world-region" and lang != "en"


def _region_ids(mentions: list[Mention]) -> set[int]:
    """The mentions of a world region (kept as Places in English): the golds locate nothing there, since a
    conference "for delegates from Southeast Asia" or a championship "of South-East Asia" is held in a city."""
    out = set()
    for m in mentions:
        entry = entry_by_id("Place", m.gid) if m.type == "Place" and m.gid else None
        if entry is not None and entry.kind == "world-region":
            out.add(m.id)
    return out


def _places_at(doc, pos: int) -> list:
    """The gazetteer places of the spans that begin right after ``pos`` (past one space)."""
    out = []
    for sp in doc.spans["kg"]:
        if sp.label_ == "LOC" and sp._.kg_gid and 0 < sp.start_char - pos <= 1:
            e = entry_by_id("Place", sp._.kg_gid)
            if e is not None:
                out.append(e)
    return out


def _mention(i: int, span: Span, sent_of, nested: bool, at=lambda x: x) -> Mention:
    # span._.kg_meta, kg_source, kg_ref and kg_gid each look the span's candidate up: look it up once
    c = candidate(span)
    meta = dict((c.meta if c is not None else None) or {})
    source = c.source if c is not None else None
    # "Nghị quyết 57, 59 và 66": the bare numbers name "Nghị quyết 59" and "Nghị quyết 66"
    text = span._.kg_text  # the normalised surface (kg.nlp.normalize); offsets stay raw
    name = f"{meta['type']} {text}" if source == "policy-ellipsis" and meta.get("type") \
        else meta.get("name")  # a fuller name the recogniser knows from context ("UBND tỉnh" + the province)
    return Mention(i, at(span.start_char), at(span.end_char), text, TYPE_OF_LABEL[span.label_],
                   sent_of(at(span.start_char)), ref=bool(c.ref if c is not None else False),
                   gid=c.gid if c is not None else None, source=source or "", nested=nested, name=name, meta=meta)

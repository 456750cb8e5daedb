"""Entity resolution: one entity per real thing, with stable IRIs.

Within an article, mentions are grouped into entities: gazetteer hits by their
gazetteer id; policies by instrument type and number ("Nghị quyết 57" =
"Nghị quyết số 57-NQ/TW" = "Resolution 57"); references ("ông Trung",
"Tổng Bí thư", "Diễn đàn") by their antecedent; organisation short forms
("One Mount" / "CTCP One Mount Group", "(MIC)") by name. Across the corpus,
entity keys are deterministic (a slug of the canonical key), so the same name
gives the same IRI in every article and every run; "To Lam" and "Tô Lâm" share
one. The name forms keys are made from are in :mod:`kg.entity_keys`; merging
the entities of one article that are one thing, and merging keys across the
corpus (:func:`kg.entity_merge.merge_keys`: "Nghị định 13" → "Nghị định
13/2023/NĐ-CP"), in :mod:`kg.entity_merge`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from kg.entity_keys import event_kind, is_bare_title, is_generic_event, local_body_name, person_name
from kg.ceremony_refs import opened_event
from kg.org_speakers import latest_subject, opens_sentence, speaker_body
from kg.entity_merge import merge_within
from kg.extract import Extraction, Mention
from kg.nlp.lexicon import Entry, entry_by_id, load_lexicon, title_key
from kg.nlp.recognizers.persons import foreign_lead
from kg.nlp.patterns import pattern_data
from kg.relations.fallbacks import fallback_facts
from kg.relations.named_policy_topics import named_policy_topics
from kg.relations.unit_parents import unit_parents
from kg.relations.learned import learned_facts
from kg.policy_names import policy_document, policy_key, policy_labels
from kg.textutil import collapse_spaces, fold_key, norm_key, slugify

REF_REASONS = {
    "title-ref": "a bare title that only this person holds in the article",
    "honorific": "a short form (honorific + given name) of a full name in the article",
    "given-name": "the given name of a full name in the article, standing alone",
    "event-ref": "a bare reference to an event named in the article",
    "event-generic": "a generic reference to an event named in the article",
    "event-dated": "a dated happening that refers to an event named in the article",
    "event-lower": "a happening named in lower case (\"a state visit\") that refers to an event of its kind",
    "policy-ref": "a bare instrument word (\"Kế hoạch do … ký\") for the one of its kind named before",
}


@dataclass
class Entity:
    """A resolved entity of one article."""

    key: str  # "{type}/{slug}": the IRI is kgr:{key}
    type: str
    name: str
    lang: str
    labels: dict[str, set[str]] = field(default_factory=dict)  # language → names
    gid: str | None = None
    wikidata: str | None = None
    mentions: list[int] = field(default_factory=list)
    merges: dict[str, str] = field(default_factory=dict)  # surface form → why it names this entity

    def add_label(self, text: str, lang: str) -> None:
        text = collapse_spaces(text)
        if text:
            self.labels.setdefault(lang, set()).add(text)

    def note_merge(self, surface: str, reason: str) -> None:
        """Record that ``surface`` was read as a name of this entity, and why."""
        surface = collapse_spaces(surface)
        if surface and norm_key(surface) != norm_key(self.name):
            self.merges.setdefault(surface, reason)


@dataclass(frozen=True)
class Fact:
    """A resolved triple with the sentence that states it."""

    subject: str  # entity key
    predicate: str
    obj: str  # entity key, or the literal for position/date
    literal: bool
    sentence: int


@dataclass(frozen=True)
class Said:
    """A resolved statement: the speaker's entity key and the quote's offsets."""

    speaker: str
    start: int
    end: int
    sentence: int


@dataclass
class Resolved:
    """An article's entities, facts and statements after resolution."""

    extraction: Extraction
    entities: dict[str, Entity]
    facts: list[Fact]
    statements: list[Said] = field(default_factory=list)


# ----------------------------------------------------------------------------- resolution


def resolve_article(ex: Extraction) -> Resolved:
    """Group ``ex``'s mentions into entities and map its relations onto them."""
    lang = ex.article.lang if ex.article.lang in ("vi", "en") else "vi"
    entities: dict[str, Entity] = {}
    key_of: dict[int, str] = {}
    mentions = sorted(ex.mentions, key=lambda m: (m.ref, m.start))

    def add(m: Mention, key: str, name: str, entry: Entry | None = None) -> None:
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = Entity(key, m.type, name, lang)
            if entry is not None:
                ent.gid = entry.id
                ent.wikidata = entry.wikidata
                ent.add_label(entry.name, "vi")
                if entry.en:
                    ent.add_label(entry.en, "en")
                for a in entry.aliases:
                    ent.add_label(a, "vi")
                for a in entry.en_aliases:
                    ent.add_label(a, "en")
        elif len(name) > len(ent.name) and entry is None and m.type in ("Event", "Policy", "Organization"):
            ent.name = name
        surface = m.text if m.type != "Person" else person_name(m.text)
        ent.add_label(surface, lang)
        if m.name:
            ent.add_label(m.name, lang)
        ent.mentions.append(m.id)
        key_of[m.id] = key
        if entry is not None:
            ent.note_merge(surface, "a known name of this entity in the gazetteer")
        elif m.type == "Policy":
            ent.note_merge(surface, "the same instrument type and number")
        else:
            ent.note_merge(surface, "the same name up to case, spacing or tone marks")

    # 1. full names
    for m in mentions:
        if m.ref:
            continue
        entry = entry_by_id(m.type, m.gid) if m.gid else None
        if entry is not None:
            add(m, f"{m.type.lower()}/{entry.id}", entry.name if lang == "vi" else (entry.en or entry.name), entry)
            continue
        text = collapse_spaces(m.name or m.text)
        if m.type == "Person":
            text = person_name(text)
            # spelled without tones (English copy), a name is known by its folded form; with tones, by the
            # tones too: "Nguyễn Văn Hưng" is not "Nguyễn Văn Hùng"
            people = [e for e in load_lexicon().lookup(text, folded=text.isascii()) if e.type == "Person"]
            if people:
                add(m, f"person/{people[0].id}", people[0].name if lang == "vi" else (people[0].en or text), people[0])
                continue
            add(m, unknown_person_key(text), text)
        elif m.type == "Policy":
            key = policy_key(text)
            add(m, key, text)
            for label in policy_labels(text, lang):
                entities[key].add_label(label, lang)
        else:
            key = f"{m.type.lower()}/" + slugify(m.meta.get("key") or (
                local_body_name(text) if m.type == "Organization" else text))
            add(m, key, text)
            for alias in m.meta.get("aliases", ()):  # a foreign body: "Japan's Ministry of Justice"
                entities[key].add_label(alias, lang)
            short = re.match(r"(?:The\s+)?(.+?\b(?:Group|Committee|Commission|Council|Board|Team|Force))\s+(?:on|for)\s",
                             text)
            if m.type == "Organization" and short:  # "Working Group on Implementing …" is "the Working Group"
                entities[key].add_label(short.group(1), lang)
    merge_within(entities, key_of, ex)
    # 2. references
    for m in mentions:
        if not m.ref:
            continue
        key = _antecedent(m, ex, entities, key_of)
        if key is not None:
            surface = person_name(m.text) if m.source != "title-ref" else m.text
            if not is_bare_title(surface):  # "Bộ trưởng" is a position, not a name of the person
                entities[key].add_label(surface, lang)
            entities[key].mentions.append(m.id)
            entities[key].note_merge(surface, REF_REASONS.get(m.source, "a reference to a name in the article"))
            key_of[m.id] = key
    # 3. facts
    facts: list[Fact] = []
    for r in ex.relations:
        s = key_of.get(r.subject)
        if s is None:
            continue
        if isinstance(r.obj, str):
            facts.append(Fact(s, r.predicate, r.obj, True, r.sentence))
            continue
        o = key_of.get(r.obj)
        if o is None or o == s:
            continue
        facts.append(Fact(s, r.predicate, o, False, r.sentence))
    facts += _inferred_issuers(ex, entities, key_of)
    # a nested mention that no fact uses is not an entity of the article
    used = {f.subject for f in facts} | {f.obj for f in facts if not f.literal}
    # (but an English instrument's setting, "a project on … in the Mekong Delta", or body, "a decree on the X Fund", stays,
    settings = {"Place": r"\s(?:in|for)\s+(?:the\s+)?$", "Organization": r"\s(?:on|for)\s+the\s+$"}  # period after)
    pol = [o for o in ex.mentions if o.type == "Policy" and not o.nested] if ex.article.lang == "en" else []
    for key in list(entities):
        ms = [m for m in ex.mentions if m.id in entities[key].mentions]
        if ms and all(m.nested for m in ms) and key not in used and entities[key].type not in ("Topic", "Policy") and not (
                entities[key].type in settings and all(any(o.start <= m.start < m.end <= o.end and re.search(
                    settings[entities[key].type], ex.article.text[o.start:m.start]) and re.fullmatch(
                    r"(?:\s+(?:for|to|until)\s+20\d\d\S*)?", ex.article.text[m.end:o.end]) for o in pol) for m in ms)):
            del entities[key]
    facts = [f for f in dict.fromkeys(facts) if f.subject in entities and (f.literal or f.obj in entities)]
    facts += fallback_facts(ex, entities, facts)  # broad links where the precise rules found none
    facts += named_policy_topics(ex, key_of, entities, facts)  # a meeting on a policy is about its fields
    facts += unit_parents(ex, entities, facts)  # "Khoa Dược" is a unit of the hospital the article is about
    # (an English headline's broad field stays: the Vietnamese tune gold leaves a headline-only one out)
    _drop_unheld_subject_topics(entities, facts, {m.id for m in ex.mentions if m.end <= _headline_end(ex.article.text)}
                                if lang == "en" else set(), lang)
    # a body that held an event did not also take part in it ("At the trial, the court sentenced …")
    held = {(f.subject, f.obj) for f in facts if f.predicate == "organized"}
    facts = [f for f in facts if not (f.predicate == "participatedIn" and (f.subject, f.obj) in held)]
    for ent in entities.values():
        if ent.type == "Person":
            for names in ent.labels.values():
                names -= {n for n in names if is_bare_title(n)}
    said = [Said(key_of[q.speaker], q.start, q.end, q.sentence) for q in ex.quotes
            if key_of.get(q.speaker) in entities]
    res = Resolved(ex, entities, facts, said)
    _key_generic_events(res)
    res.facts += learned_facts(ex, res.entities, res.facts)  # the learned classifier, where it is enabled
    return res


def unknown_person_key(name: str) -> str:
    """The key of a person the gazetteer does not know: ``person/`` and the name's slug, unless that slug is a
    known person's id (the slug drops tones: "Nguyễn Văn Hưng" is not the minister "Nguyễn Văn Hùng"), when a
    digest of the name with its tones follows, so that the two stay two nodes of the corpus graph.

    >>> unknown_person_key("Trần Thị Mai")
    'person/tran-thi-mai'
    """
    slug = slugify(name)
    if entry_by_id("Person", slug) is None:
        return f"person/{slug}"
    return f"person/{slug}-{hashlib.sha1(norm_key(name).encode()).hexdigest()[:6]}"


def _headline_end(text: str) -> int:
    """Where the article's headline ends: its first line, where more lines follow it and it is no sentence
    (no closing stop); 0 for a text with no headline."""
    first, sep, rest = text.lstrip().partition("\n")
    if not sep or not rest.strip() or not first.strip() or first.rstrip()[-1:] in ".!?":
        return 0
    return len(text) - len(text.lstrip()) + len(first)


def _drop_unheld_subject_topics(entities: dict[str, Entity], facts: list[Fact], headline: set[int], lang: str) -> None:
    """A broad field the lexicon marks ``"kind": "subject"`` ("du lịch"; in English copy also ``"en_kind"``: "chips",
    "logistics" named as what firms make or do) is a Topic of the article only as the subject of a policy, event or
    body ("Kế hoạch … về phát triển du lịch") or where an English headline (mention ids ``headline``) names it: named
    in passing ("… phát triển du lịch bền vững"), it is no field the article is about (ANNOTATION.md)."""
    held = {f.obj for f in facts if f.predicate == "about"}
    for key, ent in list(entities.items()):
        if ent.type == "Topic" and key not in held and ent.gid is not None and not headline & set(ent.mentions):
            entry = entry_by_id("Topic", ent.gid)
            if entry is not None and (entry.kind == "subject" or lang == "en" and entry.en_kind == "subject"):
                del entities[key]


# ----------------------------------------------------------------------------- generic events and references


def _key_generic_events(res: Resolved) -> None:
    """Give each generic event of the article its own key: name + date when the article dates it
    (the same name on the same date is one event), else name + article."""
    renames: dict[str, str] = {}
    for key, ent in res.entities.items():
        if ent.type != "Event" or ent.gid is not None or not is_generic_event(ent.name):
            continue
        dates = sorted(f.obj for f in res.facts if f.subject == key and f.predicate == "date")
        suffix = dates[0] if dates else "in-" + res.extraction.article.id
        renames[key] = f"{key}-{slugify(suffix)}"
    if not renames:
        return
    res.entities = {renames.get(k, k): e for k, e in res.entities.items()}
    for old, new in renames.items():
        res.entities[new].key = new
    res.facts = [Fact(renames.get(f.subject, f.subject), f.predicate,
                      f.obj if f.literal else renames.get(f.obj, f.obj), f.literal, f.sentence) for f in res.facts]
    res.statements = [Said(renames.get(x.speaker, x.speaker), x.start, x.end, x.sentence) for x in res.statements]


_REF_KINDS_EN = pattern_data("event_ref_kinds_en.json")["ref_kinds"]


def _same_kind_ref(head: str, name: str, lang: str) -> bool:
    """"the tournament" for "the 2025 National Table Tennis Championship": an English bare noun of a
    contest refers to an event whose name ends in a word of its kind (kg/data/patterns/event_ref_kinds_en.json)."""
    if lang != "en":
        return False
    key = re.sub(r"\s+\d{4}$", "", norm_key(name))  # "… Marathon 2024"
    return any(key == k or key.endswith(" " + k) for k in _REF_KINDS_EN.get(head, ()))


def _award(name: str) -> bool:
    """An award's name ("the Kovalevskaya Prize", "Awards 2023"): its ceremony is the award's happening."""
    return bool(re.search(r"\b(?:prizes?|awards?)(?:\s+\d{4})?$", norm_key(name)))


def _antecedent(m: Mention, ex: Extraction, entities: dict[str, Entity], key_of: dict[int, str]) -> str | None:
    """The entity a reference points to, or None."""
    if m.type == "Person" and m.source == "title-ref":
        title = title_key(m.meta.get("title", m.text))
        held = [(key_of[r.subject], title_key(r.obj)) for r in ex.relations
                if r.predicate == "position" and isinstance(r.obj, str) and r.subject in key_of]
        holders = {k for k, t in held if t == title}
        if not holders:  # "the Party chief" (Bí thư) for the General Secretary (Tổng Bí thư)
            holders = {k for k, t in held if norm_key(t).endswith(" " + norm_key(title))}
        return holders.pop() if len(holders) == 1 else None
    if m.type == "Person":
        short = person_name(m.text)

        def ends(e: Entity, key) -> bool:  # the name or one of its labels ends with the short form
            return any(key(n).endswith(" " + key(short)) or key(n) == key(short)
                       for n in {e.name} | {x for names in e.labels.values() for x in names})

        people = [k for k, e in entities.items() if e.type == "Person" and norm_key(e.name).endswith(" " + norm_key(short))
                  or e.type == "Person" and norm_key(e.name) == norm_key(short)]
        if not people:  # "Sơn" after "Bùi Thanh Sơn", whose English name is "Bui Thanh Son"
            people = [k for k, e in entities.items() if e.type == "Person" and ends(e, fold_key)]
        if not people:  # "Prabowo" after "Prabowo Subianto", "Choi" after "Choi Joo-ho"
            lex = load_lexicon()
            people = [k for k, e in entities.items() if e.type == "Person" and norm_key(e.name).split()[0] == norm_key(short)
                      and foreign_lead(e.name.split(), lex)]
        return people[0] if len(set(people)) == 1 else None
    if m.type == "Organization":
        return _org_antecedent(m, ex, entities)
    if m.type == "Policy":  # "Kế hoạch do … ký": the plan named last before it
        kind = norm_key(m.meta.get("type", m.text))
        earlier = [(mm.start, key_of[mm.id]) for mm in ex.mentions if mm.type == "Policy" and not mm.ref
                   and mm.start < m.start and mm.id in key_of and norm_key(mm.text).startswith(kind)]
        return max(earlier)[1] if earlier else None
    if m.type == "Event":
        head = norm_key(m.meta.get("head", ""))
        first: dict = {}  # mention id → start; one pass, not one per entity (long articles)
        sentence_of: dict = {}
        for mm in ex.mentions:
            first[mm.id] = min(mm.start, first.get(mm.id, mm.start))
            sentence_of[mm.id] = mm.sentence
        named = [(_first_in_body(e, first, sentence_of), k) for k, e in entities.items()
                 if e.type == "Event" and (norm_key(e.name).startswith(head) or head in ("sự kiện", "event")
                                           or (head == "ceremony" and _award(e.name))
                                           or (ex.article.lang == "en" and event_kind(head) == "meeting"
                                               and event_kind(e.name) == "meeting")  # "the meeting": the working session
                                           or norm_key(e.name).split()[-1:] == [head]
                                           or f" {head}" in norm_key(e.name)
                                           or _same_kind_ref(head, e.name, ex.article.lang))]
        kind = norm_key(m.meta.get("kind", ""))
        if " " in kind:  # "the first-instance trial" is not "the appeal trial": a kind of two words must match
            named = [x for x in named if kind in norm_key(entities[x[1]].name)]
        own = [x for x in named if re.sub(r"\s+\d{4}$", "", norm_key(entities[x[1]].name)).split()[-1:] == [head]]
        if ex.article.lang == "en" and own and len(own) < len(named):
            named = own  # "the championship": the Championship named, before the Open of its kind named later
        # "Đến dự lễ khai mạc có …": the event said to open (not a later "Lễ hội …" of the same head "lễ")
        if ex.article.lang == "vi" and (not named or all(x[0] > m.start for x in named)):
            opened = opened_event(m.text, m.start, ex.article.text,
                                  [(mm.start, mm.end, key_of[mm.id]) for mm in ex.mentions
                                   if mm.type == "Event" and not mm.ref and mm.id in key_of])
            if opened is not None:
                return opened
        if not named:
            if m.meta.get("ref_only"):
                return None  # "the challenge" with no challenge named before it
            dated = any(r.subject == m.id and r.predicate == "date" for r in ex.relations)
            # "held a ceremony in Dong Nai on Saturday": an article's only event, unnamed but dated, is an event
            if m.meta.get("standalone") or (m.meta.get("generic") and (re.search(r"\d", m.text) or dated)):
                key = "event/" + slugify(m.text)
                entities[key] = Entity(key, "Event", m.text, ex.article.lang)
                return key
            return None
        before = [x for x in named if x[0] <= m.start]
        return (max(before) if before else min(named))[1]
    return None


def _first_in_body(e: Entity, first: dict, sentence_of: dict) -> int:
    """Where the article first names ``e`` after its headline (in the headline when only there): a headline's
    name of the event does not make it the one named before a reference in the body."""
    starts = [first[i] for i in e.mentions if i in first and sentence_of.get(i, 0) > 0]
    return min(starts) if starts else min(first[i] for i in e.mentions if i in first)


ORG_REF_KINDS = {"công ty": ("Công ty", "CTCP", "Tổng công ty"), "tập đoàn": ("Tập đoàn",),
                 "hiệp hội": ("Hiệp hội",), "liên đoàn": ("Liên đoàn",), "ngân hàng": ("Ngân hàng",),
                 "ban chỉ đạo": ("Ban Chỉ đạo",), "hội đồng": ("Hội đồng",), "tổ công tác": ("Tổ công tác",),
                 "sở": ("Sở",), "cục": ("Cục",), "bộ": ("Bộ",), "viện": ("Viện",), "chi cục": ("Chi cục",), "quỹ": ("Quỹ",),
                 "tổng cục": ("Tổng cục",), "tổng công ty": ("Tổng công ty",),
                 "nhà trường": ("Trường", "Đại học", "Học viện"),  # "cho biết nhà trường đang …": the school
                 "company": ("Công ty", "CTCP", "company"), "group": ("Tập đoàn", "group"), "association": ("Hiệp hội", "association"),
                 "ministry": ("Bộ", "Ministry"), "steering committee": ("Ban Chỉ đạo", "steering committee"),
                 "working group": ("Tổ công tác", "working group"), "task force": ("task force",),
                 "institute": ("Viện", "Institute", "institute"), "university": ("Trường Đại học", "Đại học", "university"),
                 "centre": ("Trung tâm", "centre"), "hospital": ("Bệnh viện", "hospital"),
                 "department": ("department",)}


# Bodies whose name opens with a head but which a bare head never means
ORG_REF_NOT = {"bộ": ("Bộ Chính trị", "Bộ Tư lệnh", "Bộ Chỉ huy", "Bộ đội")}


def _org_antecedent(m: Mention, ex: Extraction, entities: dict[str, Entity]) -> str | None:
    """The body a bare "Công ty" / "Hiệp hội" / "the company" refers to: the one of that kind
    (by its name's head, or a company in the gazetteer) mentioned last before it."""
    heads = ORG_REF_KINDS.get(m.meta.get("head", ""), ())

    def latest(accept) -> str | None:
        best: tuple[int, str] | None = None
        for key, e in entities.items():
            if e.type != "Organization" or not accept(e):
                continue
            seen = [mm.start for mm in ex.mentions if mm.id in e.mentions and mm.start < m.start
                    and not (mm.nested and mm.id in inner)]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), key)
        return best[1] if best else None

    # a nested body inside a whole one ("Department of Health" in "the provincial Department of …") is not "the department"
    inner = set() if ex.article.lang != "en" else {mm.id for mm in ex.mentions if mm.nested and any(
        o.type == "Organization" and not o.nested and not o.ref and o.start <= mm.start and mm.end <= o.end
        and (o.start, o.end) != (mm.start, mm.end) for o in ex.mentions)}

    def named_so(e: Entity) -> bool:  # the article names it so: "Công ty cổ phần …"
        names = [mm.name or mm.text for mm in ex.mentions if mm.id in e.mentions]  # "Ministry of Health" of a title's "Health"
        # English heads in lower case stand anywhere in the name: "the provincial steering committee for …"
        if any(n.startswith(x) for n in names for x in ORG_REF_NOT.get(m.meta.get("head", ""), ())):
            return False  # "Bộ" alone is a ministry, never the Politburo or a command
        return any(n.startswith(h + " ") or h.islower() and f" {h} " in f" {n.casefold()} " for n in names for h in heads)

    def known_company(e: Entity) -> bool:
        entry = entry_by_id("Organization", e.gid) if e.gid else None
        return entry is not None and entry.kind == "company" and m.meta.get("head") in (
            "công ty", "tập đoàn", "company", "group")

    own = speaker_body(m, ex, entities, named_so)
    if own is None and ex.article.lang == "en" and opens_sentence(ex, m):
        own = latest_subject(m, ex, entities, named_so)
    return own or latest(named_so) or latest(known_company)


def _inferred_issuers(ex: Extraction, entities: dict[str, Entity], key_of: dict[int, str]) -> list[Fact]:
    """issued from the document code ("…/QĐ-TTg" → Thủ tướng Chính phủ) when the text names that body."""
    out: list[Fact] = []
    issued = {r.obj for r in ex.relations if r.predicate == "issued"}
    for m in ex.mentions:
        if m.type != "Policy" or m.id in issued or m.id not in key_of:
            continue
        coded = policy_document([m.text]).issuer
        key = coded or _signers_local_body(ex, entities, m)
        if key is not None and key in entities and (not coded or _named_with(ex, entities[key], key_of, key_of[m.id])):
            out.append(Fact(key, "issued", key_of[m.id], False, m.sentence))
    return out


def _named_with(ex: Extraction, body: Entity, key_of: dict[int, str], policy: str) -> bool:
    """English: the body a code names is named in a sentence that names the instrument too ("the Government's
    Decree 30/2026/NĐ-CP", "The Government on Monday issued Decree …"); the tune-en gold leaves a decree cited
    for what it rules ("in line with Decree 70/2025/NĐ-CP") without its issuer when the Government is named
    elsewhere in the article (32 of 34 instruments named in a sentence with their body have ``issued``, 1 of 10
    named apart from it); a body named only inside a signer's title ("signed by Deputy Minister of Health X") is
    not named so. Vietnamese copy keeps the code's issuer."""
    if ex.article.lang != "en":
        return True
    own = {mm.sentence for mm in ex.mentions if key_of.get(mm.id) == policy}
    return any(mm.sentence in own for mm in ex.mentions if mm.id in body.mentions and not mm.nested)


def _signers_local_body(ex: Extraction, entities: dict[str, Entity], m: Mention) -> str | None:
    """The issuer a local body's code names ("…/QĐ-UBND"): the one body of that kind ("People's
    Committee") the instrument's signer is a member of (``local_issuer_codes.json``); English copy only,
    as the sets annotate it (t77)."""
    if ex.article.lang != "en":
        return None  # tune-vi annotates "Chủ tịch UBND tỉnh X ký Quyết định …/QĐ-UBND" as signed only
    code = re.search(r"[-/]([A-ZĐ]+)$", policy_document([m.text]).code or "")
    words = _local_codes().get(code.group(1), []) if code else []
    signed = {r.subject for r in ex.relations if r.predicate == "signed" and r.obj == m.id}
    if not words or not signed:
        return None
    people = {i for e in entities.values() if e.type == "Person" and signed & set(e.mentions) for i in e.mentions}
    bodies = {r.obj for r in ex.relations if r.predicate == "memberOf" and r.subject in people}
    found = [k for k, e in entities.items() if e.type == "Organization" and bodies & set(e.mentions)
             and any(w.casefold() in e.name.casefold() for w in words)]
    return found[0] if len(found) == 1 else None


def _local_codes() -> dict[str, list[str]]:
    return pattern_data("local_issuer_codes.json")["codes"]

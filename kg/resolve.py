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
13/2023/NĐ-CP"), in :mod:`kg.entity_merge`; what a reference points to in :mod:`kg.references` (bodies:
:mod:`kg.org_refs`); issuers read from a document code in :mod:`kg.code_issuers`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from kg.code_issuers import inferred_issuers
from kg.entity_keys import is_bare_title, is_generic_event, local_body_name, person_name, place_name
from kg.entity_merge import merge_within
from kg.instrument_settings import ceremony_site, named_setting
from kg.example_lists import example_only, example_spans
from kg.extract import Extraction, Mention
from kg.nlp.lexicon import Entry, entry_by_id, load_lexicon
from kg.references import REF_REASONS, antecedent
from kg.relations.fallbacks import fallback_facts
from kg.relations.named_policy_topics import named_policy_topics
from kg.relations.unit_parents import unit_parents
from kg.relations.learned import learned_facts
from kg.policy_names import apart_key, code_tail, code_tails, policy_key, policy_labels, policy_parts, unshared_labels
from kg.textutil import collapse_spaces, norm_key, slugify


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

    def names(self) -> set[str]:
        """Every label, in any language."""
        return set().union(*self.labels.values())

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
            code = policy_parts(text)[2]
            if code and key in entities and code_tail(code) not in (tails := code_tails(entities[key].names())) \
                    and tails:
                key = apart_key(key, code)  # "Chỉ thị 20/CT-TTg" beside the city's "Chỉ thị 20/CT-UBND"
            add(m, key, text)
            for label in policy_labels(text, lang):
                entities[key].add_label(label, lang)
        else:
            key = f"{m.type.lower()}/" + slugify(m.meta.get("key") or (
                local_body_name(text) if m.type == "Organization" else place_name(text) if m.type == "Place" else text))
            add(m, key, text)
            for alias in m.meta.get("aliases", ()):  # a foreign body: "Japan's Ministry of Justice"
                entities[key].add_label(alias, lang)
            short = re.match(r"(?:The\s+)?(.+?\b(?:Group|Committee|Commission|Council|Board|Team|Force))\s+(?:on|for)\s",
                             text)
            if m.type == "Organization" and short:  # "Working Group on Implementing …" is "the Working Group"
                entities[key].add_label(short.group(1), lang)
    merge_within(entities, key_of, ex)
    unshared_labels([e for e in entities.values() if e.type == "Policy"])
    # 2. references
    for m in mentions:
        if not m.ref:
            continue
        key = antecedent(m, ex, entities, key_of)
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
    facts += inferred_issuers(ex, entities, key_of)
    # a nested mention that no fact uses is not an entity of the article
    used = {f.subject for f in facts} | {f.obj for f in facts if not f.literal}
    # (but an English instrument's setting or body stays: "a project on … in the Mekong Delta", "a decree on the X Fund")
    pol = [o for o in ex.mentions if o.type == "Policy" and not o.nested] if ex.article.lang == "en" else []
    events = [o for o in ex.mentions if o.type == "Event" and not o.nested] if ex.article.lang == "en" else []
    for key in list(entities):
        ms = [m for m in ex.mentions if m.id in entities[key].mentions]
        if ms and all(m.nested for m in ms) and key not in used and entities[key].type not in ("Topic", "Policy") \
                and not all(named_setting(ex.article.text, entities[key].type, m, pol) for m in ms) \
                and not (entities[key].type == "Place" and all(ceremony_site(ex.article.text, m, events) for m in ms)):
            del entities[key]
    facts = [f for f in dict.fromkeys(facts) if f.subject in entities and (f.literal or f.obj in entities)]
    facts += fallback_facts(ex, entities, facts)  # broad links where the precise rules found none
    facts += named_policy_topics(ex, key_of, entities, facts)  # a meeting on a policy is about its fields
    facts += unit_parents(ex, entities, facts)  # "Khoa Dược" is a unit of the hospital the article is about
    # (an English headline's broad field stays: the Vietnamese tune gold leaves a headline-only one out)
    _drop_unheld_subject_topics(entities, facts, {m.id for m in ex.mentions if m.end <= _headline_end(ex.article.text)}
                                if lang == "en" else set(), lang)
    if lang == "vi":  # "các lĩnh vực như X, Y": X named in passing
        _drop_example_topics(ex, entities, facts)
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
    "logistics" named as what firms make or do; in Vietnamese copy ``"vi_kind"``: "đầu tư công", "số hóa") is a Topic of the article only as the subject of a policy, event or
    body ("Kế hoạch … về phát triển du lịch") or where an English headline (mention ids ``headline``) names it: named
    in passing ("… phát triển du lịch bền vững"), it is no field the article is about (ANNOTATION.md)."""
    held = {f.obj for f in facts if f.predicate == "about"}
    for key, ent in list(entities.items()):
        if ent.type == "Topic" and key not in held and ent.gid is not None and not headline & set(ent.mentions):
            entry = entry_by_id("Topic", ent.gid)
            if entry is not None and (entry.kind == "subject" or lang == "en" and entry.en_kind == "subject"
                                      or lang == "vi" and entry.vi_kind == "subject"):
                del entities[key]


def _drop_example_topics(ex: Extraction, entities: dict[str, Entity], facts: list[Fact]) -> None:
    """A Topic no ``about`` holds whose every mention is an example of a list ("những lĩnh vực liên quan như
    logistics, …": kg.example_lists) is named in passing, no field the article is about."""
    spans = example_spans(ex.article.text)
    if not spans:
        return
    held = {f.obj for f in facts if f.predicate == "about"}
    for key, ent in list(entities.items()):
        if ent.type == "Topic" and key not in held \
                and example_only(spans, [m for m in ex.mentions if m.id in ent.mentions]):
            del entities[key]


# ----------------------------------------------------------------------------- generic events


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

"""The entity a reference of an article points to: a bare title for the one person who holds it ("Tổng
Bí thư"), a short form for a full name ("ông Trung", "Prabowo"), a bare instrument word for the one of its kind
named before ("Kế hoạch do … ký"), a bare or generic event word for the event named ("Diễn đàn", "the
tournament"), and a bare body word for a body of its kind (:mod:`kg.org_refs`). Split out of :mod:`kg.resolve`,
which asks :func:`antecedent` for each reference after the full names are grouped."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.ceremony_refs import opened_event
from kg.entity_keys import event_kind, is_generic_event, person_name
from kg.nlp.lexicon import load_lexicon, title_key
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.persons import foreign_lead
from kg.org_refs import org_antecedent
from kg.textutil import collapse_spaces, fold_key, norm_key, phrase_alternation, slugify

if TYPE_CHECKING:
    from kg.extract import Extraction, Mention
    from kg.resolve import Entity


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


_REF_KINDS_EN = pattern_data("event_ref_kinds_en.json")["ref_kinds"]
_BACK_ONLY_EN = frozenset(pattern_data("event_ref_kinds_en.json").get("back_only", ()))


_SITTING_VI = re.compile(r"^(?:%s)\s+" % "|".join(norm_key(w) for w in ("phiên", "buổi", "cuộc")))  # (keys, as heads are)


def _same_kind_ref(head: str, name: str, lang: str) -> bool:
    """"the tournament" for "the 2025 National Table Tennis Championship": an English bare noun of a
    contest refers to an event whose name ends in a word of its kind (kg/data/patterns/event_ref_kinds_en.json).
    In Vietnamese the classifier of a sitting is free: "phiên chất vấn" is the "buổi chất vấn" named before."""
    if lang != "en":
        bare = _SITTING_VI.sub("", head)
        name = norm_key(name)
        return bare != head and _SITTING_VI.match(name) is not None and _SITTING_VI.sub("", name).startswith(bare)
    key = re.sub(r"\s+\d{4}$", "", norm_key(name))  # "… Marathon 2024"
    # "the National Robotics Competition for High School Students": the kind word before what it is for
    heads = {key, re.sub(r"\s+(?:for|of|on)\s.*$", "", key)}
    return any(h == k or h.endswith(" " + k) for h in heads for k in _REF_KINDS_EN.get(head, ()))


def _award(name: str) -> bool:
    """An award's name ("the Kovalevskaya Prize", "Awards 2023"): its ceremony is the award's happening."""
    return bool(re.search(r"\b(?:prizes?|awards?)(?:\s+\d{4})?$", norm_key(name)))


_DRAFT = norm_key("dự thảo")  # "Dự thảo được xây dựng …": the draft named before, whatever its kind


def antecedent(m: Mention, ex: Extraction, entities: dict[str, Entity], key_of: dict[int, str]) -> str | None:
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
        return org_antecedent(m, ex, entities)
    if m.type == "Policy":  # "Kế hoạch do … ký": the plan named last before it
        kind = norm_key(m.meta.get("type", m.text))
        text = ex.article.text
        earlier = [(mm.start, key_of[mm.id]) for mm in ex.mentions if mm.type == "Policy" and not mm.ref
                   and mm.start < m.start and mm.id in key_of and (norm_key(mm.text).startswith(kind) or kind == _DRAFT
                   and norm_key(text[max(0, mm.start - 8):mm.start]).endswith(_DRAFT))]  # "dự thảo Nghị định …"
        # "Thông tư 41 sửa đổi, bổ sung một số điều của Thông tư 120 …. Thông tư do … ký": the one the article
        # issues, not the one it amends or carries out, named in passing after it
        own = [x for x in earlier if not _named_in_passing(x[0], ex)]
        return max(own or earlier)[1] if earlier else None
    if m.type == "Event":
        head = norm_key(m.meta.get("head", ""))
        if ex.article.lang == "vi" and m.meta.get("generic"):
            # "buổi làm việc", "buổi gặp mặt": the noun whole, not its last syllable ("việc" of "giám sát việc thực
            # hiện …", "mặt" of "Mặt trận"), is what a named event of its kind holds
            # (only after a classifier: "phiên họp" still refers back to the "Kỳ họp thứ 9" it sits in)
            phrase = norm_key(_CLASSIFIER_VI.sub("", m.text))
            head = phrase if _CLASSIFIER_VI.match(m.text) and len(phrase.split()) > 1 and phrase.endswith(head) else head
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
                                           or _same_kind_ref(head, e.name, ex.article.lang)
                                           or _named_part(e, head, ex.article.lang)
                                           and re.search(r"(?<![\w])[Tt]he\s+$", ex.article.text[max(0, m.start - 4):m.start]))]
        if m.meta.get("indefinite"):  # "chaired an online meeting …; at an emergency meeting of …": two happenings
            named = [x for x in named if norm_key(entities[x[1]].name) == norm_key(m.text)]
        if m.meta.get("subject"):  # "a workshop on plastic waste" after a "workshop on rabies prevention": two happenings
            named = [x for x in named if norm_key(m.text) in norm_key(entities[x[1]].name)
                     or norm_key(entities[x[1]].name) in norm_key(m.text)]
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
        if ex.article.lang == "en" and head in _BACK_ONLY_EN:
            # "During the talks" before a dialogue named later: the talks told before, not the dialogue
            named = [x for x in named if x[0] <= m.start]
        if not named and ex.article.lang == "en" and (whole := _whole_event(m, ex, entities, first, sentence_of)):
            return whole  # "attended the opening ceremony" after "The Hà Nội Book Festival 2026 opened …"
        if not named:
            if m.meta.get("ref_only"):
                return None  # "the challenge" with no challenge named before it
            dated = any(r.subject == m.id and r.predicate == "date" for r in ex.relations)
            # "held a ceremony in Dong Nai on Saturday": an article's only event, unnamed but dated, is an event
            if m.meta.get("standalone") or (m.meta.get("generic") and (re.search(r"\d", m.text) or dated)):
                key = "event/" + slugify(m.text)
                from kg.resolve import Entity

                entities[key] = Entity(key, "Event", m.text, ex.article.lang)
                return key
            return None
        before = [x for x in named if x[0] <= m.start]
        return (max(before) if before else min(named))[1]
    return None


# the classifier before a Vietnamese happening's noun ("buổi làm việc", "cuộc họp")
_CLASSIFIER_VI = re.compile(r"^(?:buổi|cuộc)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _event_part_en() -> re.Pattern:
    """A generic part of a larger English event ("opening ceremony", "plenary session"): event_parts_en.json."""
    return re.compile(r"(?:the\s+)?(?:" + phrase_alternation(pattern_data("event_parts_en.json")["parts"]) + r")",
                      re.IGNORECASE)


def _whole_event(m: Mention, ex: Extraction, entities: dict[str, Entity], first: dict, sentence_of: dict) -> str | None:
    """The named event a bare part of one belongs to: "the opening ceremony", "the awards ceremony", "the opening
    plenary session" after "The Hà Nội Book Festival 2026 opened …" is that festival's, not a happening of its
    own (the gold hangs its guests on the festival). The latest proper (title-cased) event named in the body
    before it, else one named later in its own sentence; a part with its own complement ("the opening ceremony
    of the new terminal") or a side event the article names by its own words is not read here."""
    if not _event_part_en().fullmatch(collapse_spaces(m.text)) or m.meta.get("indefinite") \
            or re.search(r"(?<![\w])(?:an?|An?|another|Another)\s+$", ex.article.text[max(0, m.start - 9):m.start]):
        return None  # ("at an awards ceremony in Paris last year": some other one)
    proper = [(_first_in_body(e, first, sentence_of), k) for k, e in entities.items()
              if e.type == "Event" and not is_generic_event(e.name) and not _event_part_en().fullmatch(e.name)]
    before = [x for x in proper if x[0] <= m.start and x[0] > 0]
    same = [x for x in proper if x[0] > m.start and sentence_of.get(_mention_at(ex, x[0]), -1) == m.sentence]
    key = max(before)[1] if before else min(same)[1] if same else None
    if key is None:
        return None
    # "… presented at the closing ceremony on January 9 at the National Convention Centre": a part held on a day
    # of its own, not the one the event is dated, is a happening of its own
    own = {r.obj for r in ex.relations if r.subject == m.id and r.predicate == "date"}
    held = {r.obj for r in ex.relations if r.subject in entities[key].mentions and r.predicate == "date"}
    return None if own and held and not own & held else key


def _named_part(e: Entity, head: str, lang: str) -> bool:
    """"the session" after "attended the opening session" of the congress: the part already read as the congress
    (only "the session": "a session on e-government" is another)."""
    return lang == "en" and any(_event_part_en().fullmatch(label) and norm_key(label).split()[-1:] == [head]
                                for names in e.labels.values() for label in names)


def _mention_at(ex: "Extraction", start: int) -> int | None:
    """The id of the mention starting at ``start``."""
    return next((mm.id for mm in ex.mentions if mm.start == start), None)


def _named_in_passing(start: int, ex: "Extraction") -> bool:
    """The instrument at ``start`` is the object of another one named before it in its sentence: "Thông tư 41
    sửa đổi, bổ sung một số điều của Thông tư 120", "Kế hoạch 12 triển khai Nghị quyết 57" (``passing_instrument_links``)."""
    from kg.relations.cues import cue_pattern

    this = next((m for m in ex.mentions if m.start == start and m.type == "Policy"), None)
    if this is None:
        return False
    before = [m for m in ex.mentions if m.type == "Policy" and m.sentence == this.sentence and m.end <= start]
    if not before:
        return False
    gap = ex.article.text[max(m.end for m in before):start]
    links = cue_pattern("passing_instrument_links", ex.article.lang)
    return len(gap) <= 80 and not re.search(r"[.;]", gap) and re.search(links, gap, flags=re.IGNORECASE) is not None


def _first_in_body(e: Entity, first: dict, sentence_of: dict) -> int:
    """Where the article first names ``e`` after its headline (in the headline when only there): a headline's
    name of the event does not make it the one named before a reference in the body."""
    starts = [first[i] for i in e.mentions if i in first and sentence_of.get(i, 0) > 0]
    return min(starts) if starts else min(first[i] for i in e.mentions if i in first)


"""Drafts that English copy names in lower case: "the draft decree on rural clean water supply",
"the ministry is drafting a decree on seaport fees".

A determiner, a kind ("draft decree") and the subject after a link word ("on", "amending"),
up to punctuation, a stop word or ``max_words`` words; all of it is data in
``kg/data/patterns/drafts_en.json``. The span is a Policy; a topic inside its subject gives
``about`` through the usual rule (:func:`kg.extract.topics_of`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp import patterns as P
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.subject_ends_en import (HORIZON as _HORIZON, horizon as _horizon, last_of_pair as _last_of_pair,
                                                name_pair as _name_pair)
from kg.nlp.patterns import PATTERNS_DIR, pattern_data
from kg.textutil import phrase_alternation
from kg.nlp.recognizers.subsidiaries_en import DEMONYM, nationalities

# "the province's action plan for 2026-2030": a possessor stands where a determiner would
POSSESSOR = r"[^\W\d_]+['’]s"
DATE_WORDS = frozenset(P.MONTHS_EN) | frozenset(P.WEEKDAYS_EN)
# a body's capitalised name standing as an instrument's attribute ("a Government decree", "the Politburo resolution")
_ATTRIBUTE = r"(?-i:[A-ZĐ][\w-]*(?:\s+(?:of\s+|and\s+)?[A-ZĐ][\w-]*){0,5})"
DATA = PATTERNS_DIR / "drafts_en.json"


@lru_cache(maxsize=1)
def draft_data() -> tuple[re.Pattern, frozenset[str], int]:
    data = pattern_data(DATA.name)
    alt = lambda xs: "|".join(r"\s+".join(re.escape(w) for w in x.split())  # noqa: E731
                              for x in sorted(xs, key=len, reverse=True))
    # "the draft decree on …", or "is drafting a decree on …" (the verb says it is a draft)
    # (a word that only sets the instrument apart may stand before its kind: "a separate plan on elderly care")
    kinds = rf"(?:(?i:{alt(data['openers'])}|{POSSESSOR})\s+(?:(?:{alt(data['kind_modifiers'])})\s+)?" \
            rf"(?P<kind>{alt(data['kinds'])})|(?<![\w])(?i:{alt(data['verbs'])})\s+" \
            rf"(?i:{alt(data['openers'])})\s+(?P<vkind>{alt(data['verb_kinds'])}))"
    # "a programme for …", "a joint programme to develop …" (field_modifiers belong to the name)
    # (a duration before the kind is no part of the name: "a three-year programme on …")
    kinds = rf"(?:{kinds}|(?i:{alt(data['openers'])}|{POSSESSOR})\s+(?:[a-z]+-(?:year|month)\s+)?"
    kinds += rf"(?P<fkind>(?:(?:{alt(data['field_modifiers'])})\s+)?" \
            rf"(?:{alt(data['field_kinds'])})))"
    # "the State Bank's circular on loan classification": a body's possessive names its instrument of a legal kind
    # without a verb; "a decree on social insurance issued by the Government" does so with the issuer after it
    # (checked in draft_candidates: ``issuer_after``)
    # (or a body's name as its attribute: "a Government decree on transit-oriented development")
    kinds = rf"(?:{kinds}|(?:(?P<owner>{POSSESSOR})|(?i:{alt(data['openers'])})(?:\s+(?P<attr>{_ATTRIBUTE}))?)\s+" \
            rf"(?:(?:{alt(data['kind_modifiers'])})\s+)?(?P<okind>{alt(data['owned_kinds'])}))"
    # "had issued guidelines on measles surveillance": a plural kind needs no determiner after a verb of issuing
    kinds = rf"(?:{kinds}|(?<![\w])(?i:{alt(data['approval_verbs'])})\s+(?P<gkind>{alt(data['issued_plural_kinds'])}))"
    # (a comma between two hyphenated modifiers is inside the subject: "of high-quality, low-emission rice")
    pattern = re.compile(rf"(?<![\w]){kinds}"
                         rf"(?P<link>\s+(?:{alt(data['links'] + data['purpose_links'])})\s+)"
                         rf"(?=(?P<rest>(?:[^\n,.;:()\"“”!?]|,(?=\s[a-z]+-[a-z]+\s[a-z]))+))")
    # (the subject as a lookahead: "a resolution on X and a resolution for Y" names both)
    # (a finite verb ends the subject of an instrument that opens its clause: "… on carbon markets | sets a cap")
    return pattern, frozenset(data["stops"]) | frozenset(data["finite_verbs"]), int(data["max_words"])


def names_a_field(kept: list[str]) -> bool:
    """A bare kind's subject names a field: a lower-case word (or an acronym and one), or "the" + a task + "of",
    first; no word of ``field_not_last`` (whom it serves) last, unless "for" brings it after a field of two words or
    more."""
    data = pattern_data(DATA.name)
    low = [w.casefold() for w in kept]
    if low[-1] in data["field_not_last"] and "for" in low[2:]:
        # "a programme on skills training for migrant workers": a field of two words or more, then whom it serves
        kept, low = kept[:low.index("for", 2)], low[:low.index("for", 2)]
    if low[-1] in data["field_not_last"] or not (re.fullmatch(r"[a-z][a-z-]*", kept[0]) or len(kept) > 1 and re.fullmatch(
            r"[A-Z]{2,6}", kept[0]) and re.fullmatch(r"[a-z][a-z-]*", kept[1])):
        return False  # (an acronym before a lower-case word opens a field too: "STEM education", "AI cooperation")
    return low[0] != "the" or len(low) > 3 and low[1] in data["field_tasks"] and low[2] == "of"


def _governs_in(kept: list[str], rest: list[str], k: int, stops: frozenset[str]) -> bool:
    """True where the "in" at ``rest[k]`` is the complement of the noun before it ("cooperation in
    salmon farming research", "investment in …"), not a place or a time: that noun is one of
    ``nouns_governing_in`` and a lower-case content word follows."""
    nxt = rest[k + 1] if k + 1 < len(rest) else ""
    return (bool(kept) and kept[-1].casefold() in _nouns_in() and bool(re.fullmatch(r"[a-z][a-z-]*", nxt))
            and nxt not in stops and nxt not in ("the", "a", "an"))


@lru_cache(maxsize=1)
def _verbs_from() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("verbs_governing_from", ()))


@lru_cache(maxsize=1)
def _nouns_in() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("nouns_governing_in", ()))


@lru_cache(maxsize=1)
def _nouns_on() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("nouns_governing_on", ()))


@lru_cache(maxsize=1)
def _procedure() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("procedure_after_for", ()))


@lru_cache(maxsize=1)
def _not_settings() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("in_not_settings", ()))


def _in_setting(rest: list[str], k: int, stops: frozenset[str]) -> int:
    """How many words from the "in" at ``rest[k]`` make a setting that closes the subject ("in cyberspace",
    "in public schools"): one or two lower-case words, then the end of the clause or a stop word; not a
    phrase of ``in_not_settings`` ("in principle", "in force"), a date or a capitalised place."""
    for n in (1, 2):
        words = rest[k + 1:k + 1 + n]
        if len(words) < n or any(not re.fullmatch(r"[a-z][a-z-]*", w) or w in stops or w in ("the", "a", "an")
                                 or w in DATE_WORDS for w in words) or words[0] in _not_settings():
            break
        after = k + 1 + n
        pair = _last_of_pair(rest, after, stops) if after < len(rest) and rest[after] == "and" else 0
        if pair:
            return 2 + n + pair  # "… pesticide residues in vegetables and fruit": a pair of settings
        if after >= len(rest) or rest[after].casefold() in stops:
            return 1 + n
        if _horizon(rest, after):
            return 1 + n + _horizon(rest, after)  # "in prosecution for 2027-2030": the horizon closes it too
    return _in_region(rest, k, stops)


def _from_activity(rest: list[str], k: int, stops: frozenset[str]) -> int:
    """How many words from the "from" at ``rest[k]`` name the activity a subject comes from and close the clause
    ("credits from rice farming", "emissions from coal mining"): one or two lower-case words, the last a gerund
    ("-ing"), then the end of the clause or a stop word; else 0 ("from Monday", "from the ministry" are no source)."""
    for n in (1, 2):
        words = rest[k + 1:k + 1 + n]
        if len(words) < n or any(not re.fullmatch(r"[a-z][a-z-]*", w) or w in stops or w in ("the", "a", "an")
                                 for w in words):
            return 0
        after = k + 1 + n
        if words[-1].endswith("ing") and len(words[-1]) > 5 and (after >= len(rest) or rest[after].casefold() in stops):
            return 1 + n
    return 0


def _in_region(rest: list[str], k: int, stops: frozenset[str]) -> int:
    """How many words from the "in" at ``rest[k]`` name a region that closes the subject ("in the Mekong Delta",
    "in the Central Highlands"): "the", one to three capitalised words whose last is one of ``region_heads``, then
    the end of the clause or a stop word; else 0 (a venue or a date is no setting of the subject)."""
    if k + 2 >= len(rest) or rest[k + 1] != "the":
        return 0
    heads = frozenset(pattern_data(DATA.name).get("region_heads", ()))
    for n in (1, 2, 3):
        words = rest[k + 2:k + 2 + n]
        if len(words) < n or not all(w[:1].isupper() for w in words):
            return 0
        after = k + 2 + n
        if words[-1] in heads and (after >= len(rest) or rest[after].casefold() in stops):
            return 2 + n
    return 0


def _sector(rest: list[str], k: int) -> int:
    """How many words from the "in" at ``rest[k]`` make a domain phrase that ends the subject ("in the
    health sector", "in the field of …" is not one), else 0: "in the", one to three lower-case words,
    then one of sector / field / industry / area."""
    if k + 2 >= len(rest) or rest[k + 1] != "the":
        return 0
    for n in range(1, 4):
        if k + 2 + n > len(rest):
            return 0
        words = rest[k + 2:k + 2 + n]
        if not all(re.fullmatch(r"[a-z][a-z-]*", x) for x in words):
            return 0
        if words[-1] in ("sector", "sectors", "field", "industry", "area"):
            return 2 + n
    return 0


def _mode(rest: list[str], k: int) -> int:
    """How many words from ``k`` make "under the <lower-case words> <mode>" ("under the public-private
    partnership model"): the way a thing is done closes the subject and belongs to it, where "under" a named
    instrument (its legal basis) ends it; 0 if none."""
    if k + 2 >= len(rest) or rest[k + 1] != "the":
        return 0
    for e in range(k + 2, min(len(rest), k + 7)):
        w = rest[e].rstrip(",.;:")
        if not re.fullmatch(r"[a-z][a-z-]*", w):
            return 0
        if w in pattern_data("drafts_en.json")["modes_after_under"]:
            return e - k + 1 if w == rest[e] else 0
    return 0


_NAMED_KINDS = frozenset(pattern_data("drafts_en_words.json")["named_kinds"])


_GERUND = re.compile(r"[a-z]{2,}ing")


def subject_words(rest: list[str], stops: frozenset[str], max_words: int) -> list[str]:
    """The words of a lower-case instrument's subject: up to a stop word or ``max_words`` words; a
    time horizon ("to 2030", "for 2026-2028") closes it and belongs to it, a coordinated pair of
    lower-case words is read whole (:func:`_last_of_pair`), and "in" after a noun that governs it
    goes on (:func:`_governs_in`)."""
    kept: list[str] = []
    skip_to = 0
    for k, w in enumerate(rest):
        if k < skip_to:
            continue
        if w.casefold() == "the" and k + 1 < len(rest) and (rest[k + 1] in _NAMED_KINDS or k + 2 < len(rest)
                                                             and rest[k + 1] in ("amended", "revised", "new")
                                                             and rest[k + 2] in _NAMED_KINDS):
            break  # "a decree guiding the (amended) Law on Roads": the named instrument is no part of the subject
        size = _horizon(rest, k) if kept else 0
        if size:
            return kept + rest[k:k + size]  # "… development to 2030": the horizon is part of the name
        if w.casefold() == "and" and kept and _GERUND.fullmatch(kept[-1]) and k + 1 < len(rest) \
                and _GERUND.fullmatch(rest[k + 1]) and rest[k + 1] not in stops:
            kept += rest[k:k + 2]  # "on sending and receiving specified skilled workers": two acts on one object
            skip_to = k + 2
            continue
        names = _name_pair(rest, k, stops) if w.casefold() == "and" and kept and kept[-1][:1].isupper() else 0
        if names:
            return kept + rest[k:k + names]  # "… the corridor linking Cần Thơ and Hồ Chí Minh City": two names
        size = _last_of_pair(rest, k, stops) if w.casefold() == "and" and kept else 0
        if size:
            kept += rest[k:k + 1 + size]  # "… makers and buyers", "… nuclear safety and radiation control"
            if k + 1 + size < len(rest) and rest[k + 1 + size] == "of":  # "… prevention and control of X"
                return kept + subject_words(rest[k + 1 + size:], stops, max(1, max_words - len(kept)))
            if size == 1 and k + 2 < len(rest) and rest[k + 2] == "for" and not _horizon(rest, k + 2):
                # "… occupational safety and health for platform workers": whom it serves, unless a procedure
                more = subject_words(rest[k + 2:], stops, max(1, max_words - len(kept)))
                return kept + (more if len(more) > 1 else [])
            h = _horizon(rest, k + 1 + size)
            return kept + rest[k + 1 + size:k + 1 + size + h]
        if w.casefold() == "on" and kept and kept[-1].casefold() in _nouns_on() and k + 1 < len(rest) and (
                re.fullmatch(r"[a-z][a-z-]*", rest[k + 1]) and rest[k + 1] not in stops):
            kept.append(w)  # "the disclosure of information on the bond market": the noun's "on" is the subject's
            continue
        if w.casefold() == "in" and _governs_in(kept, rest, k, stops):
            kept.append(w)
            continue
        if w.casefold() == "from" and any(x.casefold() in _verbs_from() for x in kept) \
                and k + 1 < len(rest) and re.fullmatch(r"[a-z][a-z-]*", rest[k + 1]) and rest[k + 1] not in stops:
            kept.append(w)  # "protecting students from online fraud": the verb's "from" is the subject's
            continue
        source = _from_activity(rest, k, stops) if kept and w == "from" else 0
        if source:
            return kept + rest[k:k + source]  # "a decree on carbon credits from rice farming": the source closes it
        where = _in_setting(rest, k, stops) if kept and w == "in" else 0
        if where:
            return kept + rest[k:k + where]  # "… the protection of children in cyberspace": the setting closes it
        mode = _mode(rest, k) if kept and w == "under" else 0
        if mode:
            return kept + rest[k:k + mode]  # "… on investment under the public-private partnership model"
        sector = _sector(rest, k) if kept and w.casefold() == "in" else 0
        if sector:
            return kept + rest[k:k + sector]  # "… on penalties in the health sector": the domain closes it
        if w.casefold() == "for" and k + 1 < len(rest) and rest[k + 1].casefold() in _procedure() and (
                rest[k + 1].casefold() != "public" or k + 2 < len(rest) and rest[k + 2].casefold() in _procedure()):
            break  # "a draft circular on e-prescriptions for (public) comments": the procedure, not the subject
            # ("for public school students" is the subject's)
        if w.casefold() in stops or len(kept) >= max_words:
            break
        kept.append(w)
    return kept


@lru_cache(maxsize=1)
def _issuer_after() -> re.Pattern:
    """A participle of issuing and "by" right after a subject: "a decree on social insurance, issued by …"."""
    return re.compile(r"\s*,?\s+(?:(?:which|that)\s+(?:was|were|has\s+been|had\s+been)\s+)?(?:"
                      + phrase_alternation(pattern_data(DATA.name)["issued_by_participles"]) + r")\s+by\s", re.IGNORECASE)


def _owner_issues(owner: str) -> bool:
    """The possessor or attribute may issue instruments: not a pronoun-like word of ``owned_not_owners`` ("today's",
    "Vietnam's" is a country's law, not a body's circular), nor a nationality ("the Vietnamese decree on …")."""
    word = re.sub(r"['’]s$", "", owner)
    return word.casefold() not in pattern_data(DATA.name)["owned_not_owners"] and word not in nationalities() \
        and not (" " not in word and DEMONYM.fullmatch(word))


@lru_cache(maxsize=1)
def _approval() -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + phrase_alternation(pattern_data(DATA.name)["approval_verbs"]) + r")\s+$", re.IGNORECASE)


def _approved(text: str, at: int) -> bool:
    """A verb of adopting an instrument (``approval_verbs``) right before the determiner at ``at``."""
    return _approval().search(text, max(0, at - 30), at) is not None


def _numbered_next(text: str, kind: str, at: int) -> bool:
    """The text names an instrument of the same kind by its number soon after ``at`` ("approved a plan to develop
    … . Plan 287/KH-UBND, signed by …"): the description is that instrument, which its number names."""
    head = kind.split()[-1].capitalize()
    return re.search(rf"\b{re.escape(head)}\s+(?:No\.\s*)?\d", text[at:at + 400]) is not None


def _past_the(kept: list[str]) -> list[str]:
    """The subject's words past a leading "the" ("to develop | the carbon market")."""
    return kept[1:] if len(kept) > 1 and kept[0].casefold() == "the" else kept


_LISTED_ITEM = re.compile(r"\s*(,|,?\s+and)\s+([a-z][\w-]*(?:\s+(?!and\b)[a-z][\w-]*){0,2})")
_AFTER_LIST = DATE_WORDS | {"for", "to", "approved", "last", "next", "this", "earlier", "later"}  # what may follow a list


def listed_end(text: str, end: int, stops: frozenset[str]) -> int:
    """Where a subject that a comma cut goes on as a list of lower-case fields closed by "and" ends (with a time
    horizon after it): "… on health care, population and development for 2026-2035"; ``end`` when it does not."""
    if not text.startswith(",", end):
        return end
    pos, closed = end, False
    while not closed:
        m = _LISTED_ITEM.match(text, pos)
        if m is None:
            return end
        words = m.group(2).split()
        while len(words) > 1 and (words[-1] in stops or words[-1] in _AFTER_LIST):
            words.pop()
        if words[0] in stops or words[-1] in stops:
            return end
        pos = m.start(2) + len(" ".join(words))
        closed = "and" in m.group(1)
    tail = text[pos:pos + 40].split()
    h = _horizon(tail, 0) if tail else 0
    if h:
        return pos + len(" " + " ".join(tail[:h]))
    return end if tail and not re.match(r"\s*[.,;:)]", text[pos:pos + 40]) and tail[0].casefold() not in stops \
        and tail[0].casefold() not in _AFTER_LIST else pos


def draft_candidates(text: str) -> list[Candidate]:
    """Lower-case drafts with their subject, as Policy candidates."""
    pattern, stops, max_words = draft_data()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        rest = m.group("rest").split()
        link = m.group("link").strip().casefold()
        kind = next(k for k in ("kind", "fkind", "gkind", "vkind", "okind") if m.group(k))
        if link not in pattern_data(DATA.name).get("kind_links", {}).get(m.group(kind).split()[-1].casefold(), [link]):
            continue  # "the project for …" may be anything; "a project on developing satellite hospitals" is one
        if link in ("for", "to") and rest and _HORIZON.fullmatch(rest[0]):
            if len(m.group(kind).split()) < 2:
                continue  # "the plan for 2026": a bare kind and a year name nothing
            kept = rest[:1]  # "the action plan for 2026-2030": the horizon is the whole subject
        else:
            kept = subject_words(rest, stops | {"for"} if kind == "gkind" else stops, max_words)
            # (guidelines "for banks" are addressed to them: "issued guidelines on green credit for banks")
        if not kept or kept[0].casefold() in DATE_WORDS or (kept[0][:1].isdigit() and kept != rest[:1]):
            continue  # "drafted a law on Monday": a date, not the subject (a horizon alone was let through above)  # "drafted a law on Monday": a date, not the subject
        if " " in link and kind != "fkind" and not (kind == "kind" and _approved(text, m.start())
                                                    and names_a_field(_past_the(kept))
                                                    and not _numbered_next(text, m.group(kind), m.end("rest"))):
            continue  # "a plan to expand into digital banking": a firm's or body's intention, not an instrument
            # (unless approved as one: "the Prime Minister approved a plan to develop the carbon market")
        if kind in ("fkind", "gkind", "okind") and not names_a_field(kept):
            continue  # "a programme for gifted students", "a programme on the history of the city", "a programme
            # to promote the province abroad", "the Government's action programme for the Politburo resolution"
        end = m.start("rest") + len(" ".join(kept)) if m.group("rest").startswith(kept[0]) else None
        if end is None or text[m.start("rest"):end] != " ".join(kept):
            continue  # the subject ran over a line break or double space: leave it
        if kept == rest:  # the subject ran to a comma: "on health care, population and development for 2026-2035"
            end = listed_end(text, end, stops)
        if kind == "okind" and not (m.group("owner") and _owner_issues(m.group("owner")) or m.group("attr")
                                    and _owner_issues(m.group("attr")) or _issuer_after().match(text, end)):
            continue  # "the court's decision on …", "wants a decree on land prices": no instrument a body issued
        if kind == "okind" and _numbered_next(text, m.group(kind), end):
            continue  # "A Government decree on rice export business, … Decree 285/2026/NĐ-CP …": the number names it
        out.append(Candidate(m.start(kind), end, "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": m.group(kind).split()[-1].capitalize(), "draft": True}))
    return out

"""Fields the lexicon does not know, read from the subject of an English policy or event.

"a workshop on clean air and public health", "the draft decree on trade promotion", "Law on Tax
Administration": the words after "on" in an instrument's or a meeting's name (or right after a
meeting's head: "the meeting on site clearance") are its subject. Past the words that open a subject
but are not the field (``lead``: "combating", "promoting") and up to the first word that closes it
(``stop``: a preposition, a relative word, a number, punctuation, a change of case), a phrase of
``min_words`` to ``max_words`` words is a field: a Topic, nested in the name, which gives ``about``
through :func:`kg.relations.topics.topics_of`. "and" between two subjects of two words or more names
two fields, and a lower-case subject may go on as a comma list ("on seed quality, soil health and crop
insurance"). Subjects the lexicon already names are left to the gazetteer. All word lists are data in
``kg/data/patterns/field_topics_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.textutil import clause_start, phrase_alternation

SOURCE = "field-topic-en"
_HOLDERS = ("POLICY", "EVENT", "ORG")
# a board set up for a field names it after "on" / "for": "the National Steering Committee for Fisheries" (its about is
# drawn by kg.extract's field boards)
_BOARD_FOR = re.compile(r"(?:Steering Committee|Committee|Council|Working Group|Task Force)\s+(?:on|for)\s+(?:the\s+)?")
# the task a subject may name before its field: "for the development of civil aviation", "on the management of
# inland waterway transport"
# ("on the joint operation of sluice gates", "on the restoration of mangrove forests": the work done on what follows)
_TASK_OF = (r"(?:development|prevention(?:\s+and\s+control)?|protection|promotion|improvement|management|"
            r"conservation|preservation|modernisation|modernization|(?:joint\s+)?operation|maintenance|restoration|"
            r"monitoring)\s+of\s+(?:the\s+)?(?:harmful\s+effects\s+of\s+)?")
# "Decree 12 on the management of inland waterway transport": past the task, to the field (a bare "the" opens none)
# ("regarding", "concerning", "covering", "about" as "on": "a seminar regarding inland waterway transport", "an
# agreement covering chip design training")
# (in a title the task is capitalised and has no "the": "the Law on Prevention and Control of Infectious Diseases")
_ON_BARE = r"\s+(?:on|regarding|concerning|covering|about)\s+(?:the\s+" + _TASK_OF + r"(?=[a-z])|(?i:" + _TASK_OF \
    + r")(?=[A-Z]))?"
# "held a meeting in Quy Nhơn on drought prevention": the event's place between its head and its subject; its day may
# stand there too ("held a workshop in Nha Trang on Friday on fisheries traceability", "a seminar on December 3 on …")
_DAY = (r"on\s+(?:(?:" + "|".join(d.capitalize() for d in P.WEEKDAYS_EN) + r")(?:\s+(?:morning|afternoon|evening))?|"
        r"(?:" + "|".join(m.capitalize() for m in P.MONTHS_EN if len(m) > 3 or m == "may") + r")\s+\d{1,2}"
        r"(?:,?\s+20\d\d)?)\s+")
# … or whom it is for, in lower case ("a training course for museum staff on heritage digitisation", "a workshop for
# 120 teachers on …"; kg.relations.topics reads the same gap)
AUDIENCE_EN = r"for\s+(?:[a-z\d][\w,'’-]*\s+){1,6}?"
_PLACE_OR_DAY = r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-ZĐ][\w'’-]*\s+){1,4}(?:" + _DAY + r")?|" + _DAY + r")"
_PLACED_ON = re.compile(r"\s+(?:" + AUDIENCE_EN + _PLACE_OR_DAY + r"?|" + _PLACE_OR_DAY + r")on\s+")
# public: where and when a meeting was held, between its name and what it was held for ("a conference in Hải Phòng on
# Friday to review …"; kg.relations.named_policy_topics)
PLACE_OR_DAY_EN = _PLACE_OR_DAY
# "a strategy for the development of civil aviation to 2035", "the national programme for the prevention
# and control of non-communicable diseases": an instrument's subject after "for", past the task it names
_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?:" + _TASK_OF + r")?(?=[a-z])")
# "approved the National Strategy for Pharmaceutical Industry Development to 2030": a title-case subject after "for" in
# the name of an instrument being made (``title_makers``), as after "on"
_FOR_TITLED = re.compile(r"\s+for\s+(?:the\s+)?(?=[A-Z][a-z])")
# "a circular regulating textile waste recycling", "a decree governing gold trading": what an instrument named by its
# kind and a participle regulates is its subject, as after "on"
_REGULATING_IN_NAME = re.compile(r"\s+(?:regulating|governing)\s+(?:the\s+)?(?=[a-z])")
# "the fourth meeting of the joint committee on …": a body's head right before a subject inside an event's name
_BODY_ON = re.compile(r"\b(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?i:committee|council|commission|board|taskforce|"
                      r"task force|working group|association)\s*$")
# public: where what a meeting discussed ends: the sentence's punctuation or a conjunction opening a clause of its own
# ("focused on flood forecasting but did not cover dam safety": kg.relations.topics.discussed_topics)
LIST_END = re.compile(r"[.;:]|\s(?:" + "|".join(pattern_data("field_topics_en.json")["clause_conjunctions"]) + r")\s")
# public: what stands between an instrument's name and a clause saying what it regulates: a comma, none, or the day
# it was issued ("Circular 12 setting out rules for …", "issued Decree 193 on Wednesday, with new rules for …";
# kg.relations.regulated_topics_en)
REGULATING_GAP_EN = r"(?:\s+on\s+(?:" + "|".join(d.capitalize() for d in P.WEEKDAYS_EN) + r"))?\s*,?\s*"
# the link of a lower-case body's name to its task (kg.nlp.recognizers.bodies_en): "the steering committee for …"
_LOWER_TASK = re.compile(r"\s+(?:for|on|in\s+charge\s+of|responsible\s+for)\s+(?:the\s+)?(?:" + _TASK_OF + r")?(?=[a-z])")
_WORD = re.compile(r"( )?([^\W\d_][\w'’-]*)")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SMALL = frozenset(pattern_data("field_topics_en_words.json")["small"])


@lru_cache(maxsize=1)
def _data() -> dict:
    """The word lists of ``field_topics_en.json`` and the general field lexicon ``policy_fields_en.json``."""
    raw = pattern_data("field_topics_en.json") | pattern_data("policy_fields_en.json")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in raw.items() if not k.startswith("_")}


def _lexicon_field(phrase: str) -> bool:
    """``phrase`` is a field of the general lexicon: its last word a field noun ("Fisheries", "Inland Fisheries"), a
    field modifier before its head ("Veterinary Services"), or a head noun after a word that narrows it ("Hydrogen
    Energy", "Maritime Security": ``head_nouns``)."""
    words = phrase.casefold().split()
    d = _data()
    return words[-1] in d["fields"] or (len(words) > 1 and (words[0] in d["field_modifiers"] or words[-1] in d["head_nouns"]))


def _field_word(word: str) -> bool:
    """``word`` (case-folded) names a policy field of the general lexicon, alone or as a modifier."""
    d = _data()
    return word in d["fields"] or word in d["field_modifiers"]


@lru_cache(maxsize=1)
def _on() -> re.Pattern:
    """"on" and what opens a subject before its field: the task ("on the management of …"), the work of a
    cooperation ("an agreement on cooperation in plant breeding": ``cooperation_openers``) or the means set for it
    ("Decree 319 on special mechanisms for railway investment": ``means_nouns``)."""
    d = _data()
    means = r"(?:(?:" + phrase_alternation(d["means_modifiers"]) + r")\s+)?(?:" + phrase_alternation(d["means_nouns"]) \
        + r")\s+(?:" + phrase_alternation(d["means_links"]) + r")\s+(?:the\s+)?"
    return re.compile(_ON_BARE + r"(?:(?:" + phrase_alternation(d["cooperation_openers"]) + r")\s+(?=[a-z])|" + means
                      + r"(?=[a-z]))?")


@lru_cache(maxsize=1)
def _against() -> re.Pattern:
    """"against" after a happening that fights something (``against_heads``: "a nationwide campaign against drink
    driving", "a crackdown against smuggling"): what it fights is its subject, as after "on"."""
    return re.compile(r"\b(?:" + phrase_alternation(_data()["against_heads"]) + r")\s+against\s+(?=[a-z])")


@lru_cache(maxsize=1)
def _regulating() -> re.Pattern:
    """", which regulates …", ", which sets rules for …" right after an instrument's name: what follows is its subject
    as after "on" ("Decree 17/2026/NĐ-CP, which governs electronic transactions in the public sector"; the
    ``regulating_clauses`` cues of kg/data/relations/cues.json, which kg.relations.regulated_topics_en reads)."""
    from kg.relations.cues import cue_pattern

    return re.compile(REGULATING_GAP_EN + r"(?:" + cue_pattern("regulating_clauses", "en") + r")\s+")


@lru_cache(maxsize=1)
def _to_verb() -> re.Pattern:
    """"a plan to develop organic farming": an instrument's subject after "to" and a verb of furthering."""
    return re.compile(r"\s+to\s+(?:" + phrase_alternation(_data()["to_verbs"]) + r")\s+(?:the\s+)?(?=[a-z])")


@lru_cache(maxsize=1)
def _list_patterns() -> tuple[re.Pattern, frozenset[str], re.Pattern, re.Pattern]:
    """For :func:`listed_field_candidates`, built once: a verb that opens a list of fields, the purpose verbs
    among them, and who discusses ("Participants discussed …")."""
    d = _data()
    verbs = re.compile(r"(?<![\w])(?:" + phrase_alternation(d["list_verbs"] | d["purpose_verbs"]) + r")\s+")
    discussants = re.compile(r"\s*(?:(?:The|the)\s+)?(?i:" + phrase_alternation(d["list_discussants"]) + r")\s+(?:also\s+)?$")
    # "The plan, signed by …, gives priority to …": a clause opening with a holder named again by its kind ("It will
    # focus on …": or with "It"); "… said the draft was aimed at …", "… said the programme would focus on …": a holder
    # so named right before the verb
    kind = re.compile(r"\s*(?:(?:The|This)\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + phrase_alternation(d["clause_kinds"])
                      + r")\b|It\s)|.*(?<![\w])(?:the|this|its)\s+(?:[a-z][\w-]*\s+)?(?:"
                      + phrase_alternation(d["clause_kinds"]) + r")\s+(?:(?:is|was|are|were|will\s+be|(?:would|will|should|must|could|can)(?:\s+also)?)\s+)?$")
    return verbs, frozenset(" ".join(v.split()) for v in d["purpose_verbs"]), discussants, kind


def _words(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The spans of the words from ``at`` to ``end``, each after one space, up to anything else."""
    out: list[tuple[int, int]] = []
    pos = at
    while pos < end and len(out) < 12:
        m = _WORD.match(text, pos, end)
        if not m or (out and m.group(1) is None) or (not out and m.group(1)):
            break
        out.append((m.start(2), m.end(2)))
        pos = m.end()
    return out


def _fields(text: str, spans: list[tuple[int, int]], least: int | None = None,
            titled: bool = False) -> list[tuple[int, int]]:
    """The fields a subject's words name (none, one, or two joined by "and"); ``least`` words at least. A one-word
    field of the lexicon may be capitalised only where ``titled`` (an event's title: "Forum on Aquaculture")."""
    d = _data()
    least = d["min_words"] if least is None else least
    low = [text[s:e].casefold() for s, e in spans]
    i = 0
    while i < len(low) and low[i] in d["lead"]:
        i += 1
    if i == len(low):
        return []
    # a capitalised name: "Law on Tax Administration", "Law on IUU Fishing" (the case of the first word that is no
    # acronym: "AI ethics" is lower-case)
    words = [text[a:b] for a, b in spans[i:]]
    title = next((w[:1].isupper() for w in words if not (len(w) > 1 and w.isupper())), words[0][:1].isupper())
    j = i
    while j < len(low):
        w = text[spans[j][0]:spans[j][1]]
        if low[j] in d["stop"] or (low[j] not in _SMALL and w[:1].isupper() != title and not (j == i and w.isupper())):
            break
        j += 1
    if not title and j < len(low) and j - 2 > i and low[j - 2] == "and" and text[spans[j][0]].isupper():
        j -= 2  # "on non-cash payments and replaces Circular 39": a verb and its object, not a second field
    groups: list[list[int]] = [[]]
    for k in range(i, j):
        if low[k] == "and":
            groups.append([])
        else:
            groups[-1].append(k)
    if len(groups) > 1 and any(len(g) < 2 for g in groups) and not _lone_field_pair(text, spans, low, groups):
        groups = [list(range(i, j))]  # "drug prevention and control": one field
        while groups[0] and low[groups[0][-1]] == "and":
            groups[0].pop()  # "… private economic development and the …": no field ends in "and"
    out = []
    for g in groups:
        if not g:
            continue
        if len(g) > d["min_words"] and low[g[-1]] in d["trim_last"]:
            g = g[:-1]  # "renewable energy cooperation": the field is renewable energy
        # one lower-case word is a field where the lexicon names it ("Decree 320 on metrology"; a law's title word is
        # its own name: "the Law on Pharmacy"); a generic head is kept after a field's modifier ("veterinary
        # services")
        lone = len(g) == 1 and low[g[0]] in d["fields"] and least <= d["min_words"] \
            and (titled or text[spans[g[0]][0]].islower())
        # (after a field noun only a head of ``field_noun_heads``: "employment services"; "advertising violations",
        # "cardiology training" are no fields)
        kept_head = len(g) > 1 and (low[g[-2]] in d["field_modifiers"]
                                    or low[g[-2]] in d["fields"] and low[g[-1]] in d["field_noun_heads"])
        opened = low[g[0]] in d["reject_first"] and " ".join(low[k] for k in g) not in d["fields_despite_first"]
        if not (least <= len(g) or lone) or len(g) > d["max_words"] or opened \
                or (low[g[-1]] in d["reject_last"] and not kept_head) or " ".join(low[k] for k in g) in d["reject_phrases"]:
            continue
        out.append((spans[g[0]][0], spans[g[-1]][1]))
    return out


def _lone_field_pair(text: str, spans: list[tuple[int, int]], low: list[str], groups: list[list[int]]) -> bool:
    """Two subjects, the first of two words or more and the second one lower-case field noun of the lexicon: "the
    management of online games and esports" names two fields, where "drug prevention and control" (no field noun
    after "and") names one."""
    if len(groups) != 2 or len(groups[0]) < 2 or len(groups[1]) != 1:
        return False
    k = groups[1][0]
    return low[k] in _data()["fields"] and text[spans[k][0]].islower()


def _with_object(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A field named with what it works on: "a project on the digitisation of national archives", "a programme on the
    digitisation of cultural heritage" (``object_fields`` + "of" + a field of one word or more): the whole phrase is
    the field, where "the development of" is only the task before one (``_TASK_OF``); or a whole sector: "a conference
    on the insurance sector" (``sector_heads``) is about insurance."""
    low = [text[a:b].casefold() for a, b in spans]
    i = 1 if low[:1] == ["the"] else 0
    if i and 2 <= len(low) and low[1] not in _SMALL:
        # "a conference on the insurance sector": the sector's field ("the private sector" names none)
        head = next((k for k in range(2, min(len(low), 5)) if low[k] in _data()["sector_heads"]), None)
        field = _fields(text, spans[1:head]) if head is not None else []
        if field and field[0] == (spans[1][0], spans[head - 1][1]):
            return field[:1]
    if len(low) < i + 3 or low[i] not in _data()["object_fields"] or low[i + 1] != "of":
        return []
    obj = _fields(text, spans[i + 2:], least=1, titled=True)
    if not obj or obj[0][0] != spans[i + 2][0]:
        return []
    return [(spans[i][0], obj[0][1])]


def _being_made(text: str, h: Candidate) -> bool:
    """A word of ``title_makers`` in the instrument's name or among the three words before it."""
    before = text[max(0, h.start - 40):h.start].casefold().split()[-3:]
    words = set(before) | set(text[h.start:h.end].casefold().split())
    return bool(words & _data()["title_makers"])


def _narrows(text: str, span: tuple[int, int], t: Candidate) -> bool:
    """The subject at ``span`` is a known field ``t`` narrowed by one word: a modifier before it ("marine
    biodiversity", "cross-border e-commerce"; not one of ``vague_modifiers``: "responsible AI") or a head
    of ``narrowing_heads`` after it ("health insurance reform")."""
    before, after = text[span[0]:t.start].split(), text[t.end:span[1]].split()
    if (t.start, t.end) == span or t.start < span[0] or t.end > span[1]:
        return False
    d = _data()
    return (len(before) == 1 and not after and before[0].casefold() not in d["vague_modifiers"]) or \
        (not before and len(after) == 1 and _narrowing_head(after[0]))


_WORK_NOUN = re.compile(r"[a-z]{3,}ing")


def _narrowing_head(word: str) -> bool:
    """``word`` after a known field names the work done on it, which narrows the field: one of ``narrowing_heads``
    ("health insurance reform") or a lower-case noun of work in "-ing" ("water resources planning", "coastal erosion
    mapping", "flood forecasting"; not a word that only closes a subject: ``trim_last`` "training", ``stop``)."""
    d = _data()
    low = word.casefold()
    return low in d["narrowing_heads"] or (_WORK_NOUN.fullmatch(word) is not None and low not in d["trim_last"]
                                           and low not in d["stop"])


def _first_cue(text: str, h: Candidate) -> re.Match | None:
    """The cue nearest the head of an instrument's name that opens its subject ("for", "to promote", "governing"):
    the first cue names the subject, a later one what it is for ("a plan to develop inland waterway transport for the
    Mekong Delta", "a programme to boost cashew processing for export markets": the subject is the first)."""
    found = [m for m in (_FOR.search(text, h.start, h.end), _to_verb().search(text, h.start, h.end),
                         _REGULATING_IN_NAME.search(text, h.start, h.end),
                         _FOR_TITLED.search(text, h.start, h.end) if _being_made(text, h) else None) if m]
    return min(found, key=lambda m: m.start()) if found else None


def field_topic_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Topics named after "on" in a policy's or event's name, or right after it ("Decree 13 on …", "the meeting on …")."""
    topics = [c for c in cands if c.label == "TOPIC"]
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for h in cands:
        if h.label not in _HOLDERS or _data()["reject_kinds"] & set(text[h.start:h.end].casefold().split()):
            continue  # "talks on …": the agenda is read elsewhere
        if h.label == "ORG":
            board = _BOARD_FOR.search(text, h.start, h.end)
            if board is not None:
                out += [Candidate(a, b, "TOPIC", PRIORITY["field-topic"], SOURCE)
                        for a, b in _fields(text, _words(text, board.end(), h.end), titled=True)
                        if _lexicon_field(text[a:b]) and not any(t.start < b and a < t.end for t in topics)]
            continue
        on = _on().search(text, h.start, h.end) or (_first_cue(text, h) if h.label == "POLICY" else None)
        least = None
        if on is None and h.label == "EVENT":
            on = _against().search(text, h.start, h.end)
            least = 1 if on else None  # "a campaign against rabies": what a campaign fights is its field, one word or more
        known_only = False
        if on and not h.ref:
            spans = _words(text, on.end(), h.end)
        elif on and h.label == "EVENT":
            # "a workshop on agricultural digital transformation", "will hold a workshop on mass measurement": a
            # lower-case event named with its subject is a reference, its subject a field (the later tune golds name a
            # side event's field too: "a workshop on geographical indications", "a training course on vaccine
            # safety"); after a body's head the subject is the body's ("the fourth meeting of the joint committee on
            # financial stability"): there only a field the lexicon knows, or one it narrows
            spans, known_only = _words(text, on.end(), h.end), _BODY_ON.search(text, h.start, on.start()) is not None
        else:
            # (the place or day first: "a seminar on December 3 on …" names its subject after the day)
            # (a regulating clause first: "Decree 193 on Wednesday, with new rules for …" is no subject "on Wednesday")
            after = (_PLACED_ON.match(text, h.end) if h.label == "EVENT" else None) \
                or (_regulating().match(text, h.end) if h.label != "EVENT" else None) or _on().match(text, h.end)
            if not after:
                continue
            spans = _words(text, after.end(), min(len(text), after.end() + 120))
        whole = _with_object(text, spans)
        for span in (whole or _fields(text, spans, least, titled=h.label == "EVENT") + _listed_on(text, spans)):
            if text[span[0]].isupper() and h.label == "POLICY" and not _being_made(text, h):
                continue  # "comply with the Law on Credit Institutions": a law the text cites, not its field
            if h.label == "EVENT" and text[h.start].islower() and text[span[0]].isupper() \
                    and not _ACRONYM.fullmatch(text[span[0]:span[1]].split()[0]) and not _lexicon_field(text[span[0]:span[1]]):
                continue  # "an exhibition on Đông Sơn bronze drums": a name after a lower-case event's head is no field
            if span in seen or not whole and any(t.start < span[1] and span[0] < t.end and not _narrows(text, span, t)
                                                 for t in topics):
                continue  # a subject the lexicon names is the gazetteer's (unless the subject narrows it)
            if known_only and not any(t.start < span[1] and span[0] < t.end for t in topics) \
                    and not any(_field_word(w.casefold()) for w in text[span[0]:span[1]].split()):
                continue
            seen.add(span)
            out.append(Candidate(span[0], span[1], "TOPIC", PRIORITY["field-topic"], SOURCE))
    return out


_NEXT_ITEM = re.compile(r",\s+(?:and\s+)?")


def _listed_on(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The fields of a lower-case subject that goes on past a comma: "a workshop on seed quality, soil health and
    crop insurance". Each further item (up to the next comma) must be all field: one that stops short ("…, held
    in Hà Nội", "…, crop insurance for farmers") ends the list there."""
    out: list[tuple[int, int]] = []
    if not spans or not text[spans[0][0]].islower():
        return out
    last = _fields(text, spans)
    if not last or last[-1][1] != spans[-1][1]:
        return out  # the subject stopped short of the comma
    pos = spans[-1][1]
    while (m := _NEXT_ITEM.match(text, pos)) is not None:
        words = _words(text, m.end(), min(len(text), m.end() + 100))
        fields = _fields(text, words)
        if not words or not fields or fields[-1][1] != words[-1][1] or any(text[a].isupper() for a, _ in words):
            break
        out += fields
        pos = words[-1][1]
    return out


_ITEM_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def listed_field_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Fields an event or an instrument "focuses on", "discussed" or "gives priority to", as a list of lower-case
    phrases: "The three-day exhibition, organised by …, focuses on aquaculture technology, seafood processing and
    traceability", "the seminar, which focused on cultural heritage and heritage tourism", "the plan, which gives
    priority to offshore wind, rooftop solar power and battery storage" (``list_verbs``); or that the people at an
    event named before discussed ("Participants discussed …": ``list_discussants``), or that it is to further ("a
    conference to promote organic tea farming": ``purpose_verbs``). Each item (a leading "the" dropped) passes the
    checks of a subject; one word is enough in a list (not after a purpose verb)."""
    d = _data()
    verbs, purposes, discussants, kind = _list_patterns()
    topics = [c for c in cands if c.label == "TOPIC"]
    events = [c for c in cands if c.label == "EVENT"]
    holders = events + [c for c in cands if c.label == "POLICY"]
    names = [c for c in cands if c.label not in ("TOPIC", "TITLE", "DATE")]
    out: list[Candidate] = []
    for m in verbs.finditer(text):
        start = clause_start(text, m.start(), 160)
        if not any(start <= e.start and e.end <= m.start() for e in holders) \
                and not (discussants.fullmatch(text, start, m.start()) and any(e.end <= start for e in events)) \
                and not (kind.match(text, start, m.start()) and any(e.end <= start for e in holders)):
            continue  # the list is an event's or an instrument's subject only when it is the clause's ("The
            # programme … focuses on …", "the plan, which gives priority to …"), or the event's people discussed it
            # ("Participants discussed …" after an event)
        end = m.end()
        stop = re.search(r"[.;:!?\n()\"“”]", text[end:end + 200])
        tail_end = end + (stop.start() if stop else min(200, len(text) - end))
        pos, first = end, True
        for k_item, item in enumerate(_ITEM_SEP.split(text[end:tail_end]) + [""]):
            first = k_item == 0
            at = text.find(item, pos, tail_end) if item else -1
            if at < 0:
                break
            pos = at + len(item)
            words = _words(text, at, at + len(item))
            if words and text[words[0][0]:words[0][1]].casefold() == "the":
                words = words[1:]
            if not words or words[-1][1] != at + len(item) or any(
                    text[a].isupper() and not any(t.start <= a < t.end for t in topics)
                    and not (k == 0 and len(words) > 1 and _ACRONYM.fullmatch(text, a, b)) for k, (a, b) in enumerate(words)):
                break  # an item of other words ends the list ("… and agreed to …"; a known field may be capitalised:
                # "AI ethics"; an acronym may open one: "MICE tourism", "STEM education")
            least = d["min_words"] if " ".join(m.group().split()) in purposes else d["list_min_words"]
            cut = next((k for k, (a, b) in enumerate(words) if text[a:b].casefold() in d["stop"]), None)
            # (a conjunction that opens a clause ends the list whatever the item's least length: "focused on flood
            # forecasting but left out dam safety")
            ends = bool(cut) and (least > 1 or text[words[cut][0]:words[cut][1]].casefold() in d["clause_conjunctions"]) \
                and not any(n.start < words[cut][0] and words[0][0] < n.end for n in names)
            if ends:
                words = words[:cut]  # "aimed at consumer protection in the digital environment": the list ends there
            elif cut is not None and (first or text[words[0][0]:words[0][1]].casefold() in d["reject_first"]):
                break  # "discussed ways to cut fertiliser, seed and water costs": the items after it are the
                # complement's ("ways to cut …"), no fields of their own
            elif cut is not None or any(n.start < words[-1][1] and words[0][0] < n.end for n in names):
                continue  # "the use of AI in diagnosis", "the draft decree on …": no field phrase, or a name
            for span in _fields(text, words, least):
                if any(t.start < span[1] and span[0] < t.end for t in out) or any(
                        t.start < span[1] and span[0] < t.end and not _narrows(text, span, t) for t in topics):
                    continue  # a known field is the gazetteer's, unless the item narrows it ("port automation")
                out.append(Candidate(span[0], span[1], "TOPIC", PRIORITY["field-topic"], SOURCE))
            if ends:
                break
    return out


def lower_body_topic_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Fields of bodies named in lower case by their task (kg.nlp.recognizers.bodies_en, which runs after
    :func:`field_topic_candidates`): "a steering committee for drought prevention", "a working group in charge of
    airport logistics" have that task's field, known to the lexicon or not (one the lexicon knows is the gazetteer's,
    unless the task narrows it)."""
    topics = [c for c in cands if c.label == "TOPIC"]
    out: list[Candidate] = []
    for h in cands:
        task = _LOWER_TASK.search(text, h.start, h.end) if h.label == "ORG" and h.source == "org-lower-en" else None
        if task is None or any(e.label in ("EVENT", "POLICY") and e.start <= h.start and h.end <= e.end for e in cands):
            continue  # (inside an event's name the body's subject is left to the event's reader: "the fourth meeting
            # of the joint committee on financial stability")
        out += [Candidate(a, b, "TOPIC", PRIORITY["field-topic"], SOURCE)
                for a, b in _fields(text, _words(text, task.end(), h.end))
                if not any(t.start < b and a < t.end and not _narrows(text, (a, b), t) for t in topics + out)]
    return out


def is_field_head(word: str) -> bool:
    """Public: ``word`` (case-folded) closes a field of the lexicon: a field noun or a head noun ("energy"), for
    readers of other name slots (kg.nlp.recognizers.titled_event_fields_en)."""
    return word in _data()["fields"] or word in _data()["head_nouns"]


def task_tails() -> frozenset[str]:
    """Public: the words that close a subject with the work done on its field (``trim_last``: "development")."""
    return _data()["trim_last"]

"""Known names from the shipped gazetteer (:mod:`kg.nlp.lexicon`), longest match at each word.

A hit must pass case and ambiguity checks (:func:`_surface_ok`): acronyms match
case exactly, a lower-case common noun is no name, an ambiguous one-word place
("Anh", "Nam") needs a cue before it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import LABEL_OF_TYPE, Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.surface_keys import key_prefixes, run_keys
from kg.nlp.lexicon import Entry, Lexicon
from kg.textutil import fold_key, norm_key, escaped_alternation
from kg.nlp import patterns as P
from kg.nlp.recognizers.words import Word, adjacent, sentence_start
from kg.nlp.patterns import pattern_data


_ADJACENT = ("", " ", "\u00a0")  # the gaps kg.nlp.recognizers.words.adjacent accepts
# tokens of a known name other than a topic's; a field's full name runs longer ("khai thác hải sản bất hợp
# pháp, không báo cáo và không theo quy định" is 16 with its comma), hence max_len below
_MAX_NAME = 14


def gazetteer_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                         max_len: int = 24) -> list[Candidate]:
    """Known entities from the shipped gazetteer, longest match at each word."""
    out: list[Candidate] = []
    n = len(words)
    quotes = quoted_spans(text)
    prefixes = _prefixes(lex, lang != "vi")  # (made once per lexicon; looked up once per article)
    for i in range(n):
        if not words[i].is_word:
            continue
        longest = lex.first_words.get(fold_key(words[i].text), 0)
        if not longest:
            continue  # no known name starts with this word
        j_max, most = i, min(max_len, longest)
        while j_max + 1 < n and j_max - i + 1 < most and \
                text[words[j_max].end:words[j_max + 1].start] in _ADJACENT:  # adjacent(), inlined
            j_max += 1
        # norm_key of each run, word by word where it can, up to the last run that can be known
        keys = run_keys(text, words, i, j_max, prefixes, folded=lang != "vi")
        j_max = i + len(keys) - 1
        for j in range(j_max, i - 1, -1):
            if not words[j].is_word:
                continue
            surface = text[words[i].start:words[j].end]
            key = keys[j - i]
            entries = lex.lookup(surface) if key is None else lex.by_norm.get(key, [])
            if not entries and lang != "vi" and surface.isascii() and len(surface) > 2:  # "Ảnh:" in English copy is
                entries = lex.lookup(surface, folded=True)  # not "Anh"; a letter is no "Ý" (Italy): "Y Thanh Hà Niê Kđăm"
            elif not entries and lang != "vi" and _mixed_english_name(surface):
                entries = [e for e in lex.lookup(surface, folded=True)
                           if e.type == "Organization" or _toned_place_form(surface, e)]
            if not entries:
                continue  # (most runs)
            entries = [e for e in entries if _surface_ok(surface, e, i == j, words, i, text)
                       and (e.en_match and not _vietnamese_phrase_only(surface, e) if lang != "vi"
                            else e.vi_match and not _english_form_only(surface, e))]
            if not entries:
                continue
            entry = prefer_entry(entries)
            if entry.type != "Topic" and j - i + 1 > _MAX_NAME:
                continue  # a long body's name is read by the name rules, which keep the fields inside it
            start, end = words[i].start, words[j].end
            if lang != "vi" and i == j and _runs_into_unknown_name(text, words, j, entry, lex):
                break
            if entry.type == "Place" and any(qs <= start and end <= qe for qs, qe in quotes):
                break
            if entry.type == "Place" and text[end:end + 1] == "$":
                break  # "US$1.4 billion", "S$": a currency, not the country
            label = LABEL_OF_TYPE[entry.type]
            if entry.type == "Topic" and lang == "vi" and _attribute_of_a_thing(text, start, surface):
                break  # "Bệnh viện vệ tinh", "căn cước gắn chip": the field names a kind of thing here
            if entry.type == "Topic" and lang == "vi" and _verb_with_object(text, end, surface):
                break  # "Chiến lược phát triển bền vững kinh tế biển": the verb, whose object is the field
            if entry.type == "Topic" and surface[:1].isupper() and not sentence_start(text, start) \
                    and re.match(r"(Trung tâm|Quỹ|Viện|Center|Centre|Fund)\b", surface):
                out.append(Candidate(start, end, "ORG", PRIORITY["topic-as-org"], "topic-as-org"))
                break
            if label == "ORG" and surface[:1].islower():
                # "hãng tin Reuters", "báo Tuổi Trẻ": the descriptor is not part of the name
                m = re.search(rf"\s([{P.UPPER_VI}0-9].*)$", surface)
                if m and any(m.group(1) in e.surfaces for e in lex.lookup(m.group(1)) if e.id == entry.id):
                    start += m.start(1)
            out.append(Candidate(start, end, label, PRIORITY["gazetteer"], "gazetteer", gid=entry.id))
            break
    return out


@lru_cache(maxsize=1)
def _topic_attributes() -> tuple[dict[str, re.Pattern], re.Pattern]:
    """From ``topic_attributes_vi.json``: topic surface → the words before which it is an attribute
    ("before"), and the lower-case words before which any topic is one ("any_topic")."""
    data = pattern_data("topic_attributes_vi.json")
    before = {k: re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in ws) + r")\s+$", re.IGNORECASE)
              for k, ws in data["before"].items()}
    return before, re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in data["any_topic"]) + r")\s+$")


@lru_cache(maxsize=1)
def _verb_fields() -> tuple[frozenset[str], re.Pattern]:
    """From ``topic_attributes_vi.json``: the fields that are also a verb and its adverb, and the words after which
    such a name stays a field."""
    data = pattern_data("topic_attributes_vi.json")
    after = escaped_alternation(data["field_after"])
    return frozenset(data["verb_fields"]), re.compile(r"\s+(?:" + after + r")(?![\w])")


def _verb_with_object(text: str, end: int, surface: str) -> bool:
    """A verb-and-adverb field ("phát triển bền vững") followed by a lower-case word that is no boundary: its object."""
    fields, after = _verb_fields()
    if surface.casefold() not in fields:
        return False
    nxt = re.match(r"\s+(\w)", text[end:end + 3])
    return nxt is not None and (nxt.group(1).islower() or nxt.group(1).isdigit()) and after.match(text, end) is None


def _attribute_of_a_thing(text: str, start: int, surface: str) -> bool:
    by_topic, any_topic = _topic_attributes()
    before = by_topic.get(surface.casefold())
    window = text[max(0, start - 20):start]
    return (before is not None and before.search(window) is not None) or any_topic.search(window) is not None


_PREFIXES: dict[tuple[int, bool], tuple[Lexicon, frozenset[str]]] = {}


def _mixed_english_name(surface: str) -> bool:
    """An English body's name with a Vietnamese place in it, tones and all ("Hải Phòng People's
    Committee"): the gazetteer spells its English names without tones, so such a surface is looked up
    folded; only for bodies (a person's tones tell names apart) and only when an English word of the
    name is there to say the copy is English."""
    words = surface.split()
    return len(words) >= 3 and not surface.isascii() and \
        any(w.isascii() and w[:1].isupper() and len(w) > 3 for w in words)


def _toned_place_form(surface: str, entry: Entry) -> bool:
    """English copy's "Vĩnh Linh District" is the gazetteer's "Vinh Linh District" when the toned part
    before the English kind word is the place's own Vietnamese name, tones and all (a place's tones, like
    a person's, tell names apart: "Vĩnh Linh" is not "Vinh")."""
    head, _, kind = surface.rpartition(" ")
    return entry.type == "Place" and kind.isascii() and bool(head) and \
        any(norm_key(head) == norm_key(n) for n in (entry.name, *entry.aliases))


def _prefixes(lex: Lexicon, folded: bool) -> frozenset[str]:
    """:func:`kg.nlp.recognizers.surface_keys.key_prefixes` of ``lex``'s keys (``folded``: with its
    folded keys, which English copy also looks up), made once per lexicon."""
    held = _PREFIXES.get((id(lex), folded))
    if held is None or held[0] is not lex:
        held = lex, key_prefixes(lex.by_norm, lex.by_fold) if folded else key_prefixes(lex.by_norm)
        _PREFIXES[(id(lex), folded)] = held
    return held[1]


_EN_PLACE_NEXT_OK = frozenset(pattern_data("gazetteer_words.json")["en_place_next_ok"])


def _runs_into_unknown_name(text: str, words: list[Word], j: int, entry: Entry, lex: Lexicon) -> bool:
    """English copy: a one-word Vietnamese city or province followed by another capitalised
    syllable that nothing knows ("Vinh Xuong", a border gate): the city is part of an unknown name; so is a
    toned place word before another toned syllable ("Mỹ Tâm", a singer, not the United States)."""
    if entry.type != "Place":
        return False
    if j + 1 >= len(words) or not adjacent(text, words[j], words[j + 1]) or text[words[j].end:words[j + 1].start] != " ":
        return False
    nxt = words[j + 1].text
    if not words[j].text.isascii() and not nxt.isascii() and re.fullmatch(rf"[{P.UPPER_VI}][a-zđà-ỹ]{{1,6}}", nxt) \
            and not lex.lookup(nxt) and not lex.lookup(f"{words[j].text} {nxt}"):
        return True  # "singer Mỹ Tâm", "Nhật Linh": a toned country word that opens a Vietnamese name
    if entry.kind not in ("city", "province", "district"):
        return False
    return bool(re.fullmatch(r"[A-Z][a-z]{1,6}", nxt)) and nxt.casefold() not in _EN_PLACE_NEXT_OK \
        and not lex.is_surname(nxt) and not lex.lookup(nxt) and not lex.lookup(f"{words[j].text} {nxt}")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Short quoted names ("Make in Việt Nam") whose inside is a name, not a place. Quoted speech that opens
    in lower case ("ready for the runways of Milan and Paris") is words someone said: its places are places."""
    return [(m.start(1), m.end(1)) for m in re.finditer(r"[\"“]([^\"“”\n]{1,60})[\"”]", text)
            if not re.match(r"[a-zà-ỹ]+\s+\w+\s+\w+", m.group(1))]


def prefer_entry(entries: list[Entry]) -> Entry:
    order = {"Organization": 0, "Place": 1, "Person": 2, "Topic": 3}
    return sorted(entries, key=lambda e: order.get(e.type, 9))[0]


def _english_form_only(surface: str, entry: Entry) -> bool:
    """``surface``, written with Vietnamese tones, is only an English form of ``entry``: English copy's "Công
    An Hà Nội" is the football club, Vietnamese copy's "Công an Hà Nội" the city police."""
    key = norm_key(surface)
    return not surface.isascii() and not any(norm_key(n) == key for n in (entry.name, *entry.aliases))


def _vietnamese_phrase_only(surface: str, entry: Entry) -> bool:
    """``surface``, a lower-case run of plain letters, is only a Vietnamese form of the topic ``entry``: English
    copy's "scanned in 3D" is no "in 3D" (3D printing); Vietnamese acronyms ("CNTT") stay known."""
    if entry.type != "Topic" or not surface.isascii() or not surface[:1].islower():
        return False
    key = surface.casefold()
    return not any(n.casefold() == key for n in (entry.en or "", *entry.en_aliases))


def _lower_ministry(surface: str, entry: Entry) -> bool:
    """English copy names a ministry in lower case by its portfolio: "the health ministry", "the finance ministry"
    (a known "Health Ministry", "Finance Ministry" of the lexicon)."""
    return surface.isascii() and surface.endswith(" ministry") and entry.type == "Organization" \
        and any(s.casefold() == surface and s.endswith(" Ministry") for s in entry.surfaces)


def _surface_ok(surface: str, entry: Entry, single: bool, words: list[Word], i: int, text: str) -> bool:
    """Case and ambiguity checks for a gazetteer hit."""
    # Acronyms and short forms must match case exactly ("NA", "IT", "MIC").
    key = norm_key(surface)
    short_forms = entry.surfaces_by_key.get(key, ())
    if surface not in entry.surfaces and any(s.isupper() or len(s) <= 3 for s in short_forms):
        return False
    if entry.type in ("Organization", "Place", "Person") and surface == surface.lower() \
            and not _lower_ministry(surface, entry):
        return False  # "chính phủ nhiều quốc gia" is a common noun; names are capitalised
    if entry.type == "Organization" and surface[:1].islower() and " " in surface \
            and not sentence_start(text, words[i].start) \
            and all(s[:1].isupper() for s in short_forms) \
            and any(w[:1].isupper() for w in surface.split()[1:]) \
            and not re.match(r"(bộ|ban|sở|cục|viện|ủy ban) ", surface):
        return False  # "các tập đoàn Samsung": the name is "Samsung"; "bộ Công an" stays
    if entry.type == "Organization" and len(surface.split()) == 2 and not surface.istitle() \
            and all(s.istitle() for s in short_forms) and not _lower_ministry(surface, entry):
        return False  # "ý kiến của Nhân dân", "thanh niên": common nouns, not the papers Nhân Dân, Thanh Niên
    if entry.type == "Policy" and _attributive(text, words[i].start, words[i].start + len(surface)):
        return False  # "OCOP goods", "sản phẩm đạt chuẩn OCOP": the programme's label on products, not the programme
    if single:
        key = norm_key(surface)
        if entry.type in ("Place", "Organization", "Person") and not surface[:1].isupper() \
                and not surface[:1].isdigit():
            return False
        if entry.type == "Place" and key in P.AMBIGUOUS_PLACES:
            prev = text[max(0, words[i].start - 12):words[i].start].casefold()
            if key in P.SAFE_CAPITALISED_PLACES and i > 0 and not sentence_start(text, words[i].start):
                return True
            return bool(re.search(r"(nước|vương quốc|chính phủ|tại|ở|của) $", prev))
    return True


# a programme's name used as a label of what it certifies: "One Commune One Product (OCOP) goods", "sản phẩm OCOP"
_LABEL_AFTER = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?\s+(?:goods|products?|items|producers|brands?|standards?|"
                          r"certification|certificates?|stars?|-star)\b", re.IGNORECASE)
_LABEL_BEFORE = re.compile(r"(?<![\w])(?:sản phẩm|hàng|hàng hóa|hàng hoá|chuẩn|tiêu chuẩn|sao|đạt|chứng nhận|star)\s+$",
                           re.IGNORECASE)


def _attributive(text: str, start: int, end: int) -> bool:
    return bool(_LABEL_AFTER.match(text, end) or _LABEL_BEFORE.search(text, max(0, start - 20), start))


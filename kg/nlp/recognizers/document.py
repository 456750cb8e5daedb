"""Document-level context: what an article says once and then leaves implicit.

An article about one province writes "Tỉnh ủy Tuyên Quang" once and then
"Tỉnh ủy", "UBND tỉnh", "HĐND tỉnh" ("the provincial People's Committee"):
those are that province's bodies. :func:`dominant_place` finds the province
(or centrally-run city) the article is about from the places the recognisers
found; :func:`local_body_candidates` turns the bare bodies listed in
``kg/data/gazetteer/local_bodies.json`` into organisations whose full name
(``meta["name"]``) carries the place, so the graph names one body;
:func:`shared_place_candidates` does so for bare bodies listed before one that names its
province ("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị").
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import GAZETTEER_DIR, Entry, entry_by_id, load_lexicon
from kg.textutil import compiled, fold_key, norm_key, escaped_alternation
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.sentence_provinces_en import sentence_province_bodies
from kg.nlp.patterns import pattern_data

SOURCE = "local-body-context"
PLACE_KINDS = ("province", "city")


@lru_cache(maxsize=1)
def local_bodies() -> dict[str, dict]:
    """The bare-body surfaces per place kind ("province", "city"), from the data file."""
    data = json.loads((GAZETTEER_DIR / "local_bodies.json").read_text(encoding="utf-8"))
    return {kind: data[kind] for kind in PLACE_KINDS}


def dominant_place(cands: list[Candidate], min_count: int = 2) -> Entry | None:
    """The province or city an article is about: named at least ``min_count`` times and
    at least twice as often as any other province or city; else ``None``."""
    counts: Counter = Counter()
    for c in cands:
        if c.label == "LOC" and c.gid:
            entry = entry_by_id("Place", c.gid)
            if entry is not None and entry.kind in PLACE_KINDS:
                counts[entry.id] += 1
    if not counts:
        return None
    (top, n), *_ = counts.most_common(1)
    # a city of the top province does not compete with it ("Nha Trang City" in an article on Khánh Hòa)
    rival = max((k for k, c in counts.items() if k != top and getattr(entry_by_id("Place", k), "parent", None) != top),
                key=counts.get, default=None)
    if n < min_count or rival is not None and n < 2 * counts[rival]:
        return None
    return entry_by_id("Place", top)


def local_body_candidates(text: str, lang: str, cands: list[Candidate]) -> list[Candidate]:
    """Bare local bodies ("UBND tỉnh", "the provincial People's Committee") of the dominant place.

    A body followed by a name ("UBND tỉnh Nghệ An") is left to the other
    recognisers; so is every body when the article has no dominant place.
    """
    place = dominant_place(cands)
    local: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    if lang == "en":  # "In Nghệ An, the provincial People's Committee …": the sentence's own province first
        local = sentence_province_bodies(text, cands, _with_possessives("province"), _departments_re("province"),
                                         taken, named_after)
        local += sentence_province_bodies(text, cands, _with_possessives("city"), _departments_re("city"),
                                          taken, named_after, kind="city")
    if lang == "vi":  # "UBND huyện Bảo Lâm … UBND huyện đã ban hành …": the one district body of that kind named
        local += unit_bodies(text, cands, taken)
    if place is None:
        if lang == "vi":  # "Tại Đắk Lắk, Sở Nông nghiệp và Môi trường …": the sentence's own province
            return local + _sentence_departments(text, cands, taken)
        local += _named_referents(text, cands, taken)
        only = _only_place(cands)  # "… in Cà Mau … the provincial Department of …": the one province named
        return local + ([] if only is None else _local_departments(text, only, taken, article_spelling(text, cands, only)))
    if lang == "en":  # "the Khánh Hòa People's Committee … the provincial People's Committee": the one named
        local += _named_referents(text, cands, taken, place)
    bodies = local_bodies()[place.kind]
    if lang == "vi":
        surfaces = {s: f"{s} {place_short_name(place.name)}" for s in bodies["vi"]}
        flags = 0
    else:
        where = article_spelling(text, cands, place)
        surfaces = {s: pattern.format(place=where) for s, pattern in _with_possessives(place.kind).items()}
        flags = re.IGNORECASE
    out: list[Candidate] = local
    for surface in sorted(surfaces, key=len, reverse=True):
        if not flags and surface not in text:
            continue  # (a literal search: most bodies of the list are not in the article)
        for m in compiled(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", flags).finditer(text):
            if named_after(text, m.end()) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            start = m.start() + (4 if lang == "en" and m.group().lower().startswith("the ") else 0)
            taken.append((m.start(), m.end()))
            out.append(Candidate(start, m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                                 meta={"name": surfaces[surface]}))
    if lang == "vi":
        out += _named_then_bare(text, cands, place, taken)
        out += _unlisted_local_bodies(text, cands, place, taken)
        out += _bare_departments(text, cands, place, taken)
    else:
        out += _local_departments(text, place, taken, article_spelling(text, cands, place))
    return out


_UNIT_LEVELS = ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_UNIT_BODY = re.compile(rf"(?P<bare>(?:{escaped_alternation(P.LOCAL_BODY_HEADS_VI)}) (?:{'|'.join(_UNIT_LEVELS)})) [{P.UPPER_VI}]")
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:các|những|mỗi|nhiều|\d+)\s+$", re.IGNORECASE)


def unit_bodies(text: str, cands: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """A body below the province named once with its unit ("UBND huyện Bảo Lâm", "Công an xã Tân Phú") and then bare
    ("UBND huyện đã ban hành …") is that body, where the article names only one of that kind and level; a plural
    ("các UBND xã") is the kind, no body."""
    fulls: dict[str, set[str]] = {}
    named: list[tuple[int, int]] = []  # (the full names themselves: "UBND xã Lý Bôn", whose "Lý" reads as a surname)
    for c in cands:
        m = _UNIT_BODY.match(text, c.start, c.end) if c.label == "ORG" and not c.ref else None
        if m is not None:
            fulls.setdefault(m.group("bare"), set()).add(re.sub(r"\s+", " ", text[c.start:c.end]))
            named.append((c.start, c.end))
    out: list[Candidate] = []
    for bare, names in fulls.items():
        if len(names) != 1:
            continue
        for m in compiled(r"(?<![\w])" + re.escape(bare) + r"(?![\w])").finditer(text):
            if named_after(text, m.end()) or _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                    or any(s < m.end() and m.start() < e for s, e in taken + named):
                continue
            taken.append((m.start(), m.end()))
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY[SOURCE], SOURCE, meta={"name": next(iter(names))}))
    return out


def _only_place(cands: list[Candidate]) -> Entry | None:
    """The one province or city an article names (however often), when it names no other."""
    ids = {c.gid for c in cands if c.label == "LOC" and c.gid
           and getattr(entry_by_id("Place", c.gid), "kind", None) in PLACE_KINDS}
    return entry_by_id("Place", next(iter(ids))) if len(ids) == 1 else None


@lru_cache(maxsize=len(PLACE_KINDS))
def _with_possessives(kind: str) -> dict[str, str]:
    """The English bare bodies of a place kind, each also written with the possessive ("the provincial
    People's Committee" is also "the province's People's Committee", "the city police" "the city's police")."""
    bodies = local_bodies()[kind]["en"]
    out = dict(bodies)
    for surface, pattern in bodies.items():
        for level, owner in (("the provincial ", "the province's "), ("the city ", "the city's "),
                             ("the municipal ", "the city's ")):
            if surface.startswith(level):
                for apostrophe in ("'", "’"):
                    out.setdefault(owner.replace("'", apostrophe) + surface[len(level):], pattern)
    return out


def _named_referents(text: str, cands: list[Candidate], taken: list[tuple[int, int]],
                     place: Entry | None = None) -> list[Candidate]:
    """"the provincial People's Committee" in an article about no single province refers back to the one
    body of its kind the article names with a place ("the Lâm Đồng People's Committee"): the English
    surfaces of local_bodies.json, whose pattern without "{place}" (and "Provincial") is the kind; likewise "the
    city's People's Committee" after "the HCM City People's Committee" (a city's bodies, and the possessive forms).
    With ``place`` (the article's province), only a body named with that place is referred to."""
    out: list[Candidate] = []
    for surface, pattern in {**_with_possessives("province"), **_with_possessives("city")}.items():
        if "{place} " not in pattern or not pattern.startswith("{place}"):
            continue
        kind = pattern.replace("{place} ", "").replace("Provincial ", "").replace("’", "'")
        named = {text[c.start:c.end].replace("’", "'") for c in cands if c.label == "ORG" and not c.ref}
        named = {n for n in named if n.endswith(" " + kind) and n[:-len(kind)].strip() not in ("", "Provincial")}
        if place is not None:
            named = {n for n in named if fold_key(re.sub(r"\s+(?:Provincial|City)$", "", n[:-len(kind)].strip()))
                     in {fold_key(place.name), fold_key(place.en or place.name)}}
        if len(named) != 1:
            continue
        for m in compiled(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", re.IGNORECASE).finditer(text):
            if not named_after(text, m.end()) and not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(Candidate(m.start() + 4, m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                                     meta={"name": next(iter(named))}))
    return out


_KIND_WORD = re.compile(r"\s+(?:[Pp]rovince|city|municipality)$")


def article_spelling(text: str, cands: list[Candidate], place: Entry) -> str:
    """How the article spells ``place`` most often outside a dateline ("Hà Nội", "Hanoi", "HCM City"), so that a
    bare local body is named as the article names its place; the gazetteer's English name when it is not found."""
    # ("Tuyen Quang province": the place's name without its kind word; "Ho Chi Minh City" keeps its "City")
    spellings = Counter(_KIND_WORD.sub("", text[c.start:c.end]) for c in cands if c.label == "LOC" and c.gid == place.id
                        and not c.ref and not text[c.start:c.end].isupper())
    return spellings.most_common(1)[0][0] if spellings else place.en or place.name


def _local_departments(text: str, place: Entry, taken: list[tuple[int, int]], where: str) -> list[Candidate]:
    """"the provincial Department of Culture, Sports and Tourism" in an article about one province is
    that province's department ("Ninh Bình Department of …"; ``en_departments`` of local_bodies.json)."""
    pattern = _departments_re(place.kind)
    if pattern is None:
        return []
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        end = _before_person(text, m.start("body"), m.end())
        if any(s < end and m.start() < e for s, e in taken):
            continue
        taken.append((m.start(), end))
        out.append(Candidate(m.start("all"), end, "ORG", PRIORITY[SOURCE], SOURCE,
                             meta={"name": f"{where} {text[m.start('body'):end]}"}))
    return out


_CAPITAL_WORDS = re.compile(rf"[{P.UPPER_VI}][\w’'-]*(?:\s+[{P.UPPER_VI}][\w’'-]*)+")


def _before_person(text: str, start: int, end: int) -> int:
    """Where a department's name ends before the name of the person it titles ("Director of the provincial
    Department of Agriculture and Environment Nguyễn Minh Sơn told …"): at a family name that opens a run of
    two or more capitalised words running to the name's end."""
    lex = load_lexicon()
    for w in re.finditer(r"(?<=\s)[\w’'-]+", text[start:end]):
        at = start + w.start()
        run = _CAPITAL_WORDS.match(text, at, end)
        if run and run.end() == end and lex.is_surname(w.group(), folded=True):
            return start + len(re.sub(r"(?:\s+and|,)?\s*$", "", text[start:at]))
    return end


@lru_cache(maxsize=len(PLACE_KINDS))
def _departments_re(kind: str) -> re.Pattern | None:
    """"the provincial Department of …" (groups ``all``, from the level word, and ``body``, from
    "Department"), from ``en_departments`` of local_bodies.json; ``None`` for a kind with none."""
    spec = local_bodies()[kind].get("en_departments")
    if not spec:
        return None
    mods = "|".join(map(re.escape, spec["modifiers"]))
    heads = "|".join(r"\s+".join(map(re.escape, h.split())) for h in spec["heads"])
    cap = rf"[{P.UPPER_VI}][\w’'-]*"
    firsts = "|".join(sorted({re.escape(h.split()[0]) for h in spec["heads"]}))
    nxt = rf"(?!(?:{firsts})\b){cap}"  # "… Department of Finance and Department of …": a second head opens a second body
    return re.compile(rf"(?<![\w])(?i:the)\s+(?P<all>(?:{mods})\s+(?P<body>(?:{heads})\s+{cap}"
                      rf"(?:(?:,\s+|\s+and\s+|,\s+and\s+|\s+)(?:{nxt}))*))(?![\w’'-])")


SYLLABLE = re.compile(r"\S+")  # (compiled once: a search by pattern text looks it up in re's cache each time)
ADMIN_WORD = {"province": "tỉnh", "city": "thành phố"}


def _unlisted_local_bodies(text: str, cands: list[Candidate], place: Entry,
                           taken: list[tuple[int, int]]) -> list[Candidate]:
    """A body name followed by the bare administrative word of the article's province ("Bộ Chỉ huy Bộ
    đội Biên phòng tỉnh", "Phòng Cảnh sát kinh tế Công an tỉnh") is that province's body too."""
    word = ADMIN_WORD[place.kind]
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref or c.source != "org-head":
            continue
        m = re.match(rf"[ \u00a0]+{word}(?![\w])", text[c.end:c.end + 20])
        end = c.end + m.end() if m else 0
        if not m or named_after(text, end) or any(s < end and c.start < e and not c.start <= s < e <= end
                                                   for s, e in taken):  # a listed body inside it is its part
            continue
        taken.append((c.start, end))
        out.append(Candidate(c.start, end, "ORG", PRIORITY[SOURCE], SOURCE,
                             meta={"name": f"{text[c.start:c.end]} {word} {place_short_name(place.name)}"}))
    return out


def _named_then_bare(text: str, cands: list[Candidate], place: Entry,
                     taken: list[tuple[int, int]]) -> list[Candidate]:
    """A body the article names once with its province ("Hội Cựu chiến binh tỉnh Thái Nguyên") and then with the
    bare administrative word ("Chủ tịch Hội Cựu chiến binh tỉnh khóa VII") is the one body, whatever its kind."""
    word = ADMIN_WORD[place.kind]
    tail = f" {word} {place_short_name(place.name)}"
    out: list[Candidate] = []
    for full in {text[c.start:c.end] for c in cands if c.label == "ORG" and not c.ref}:
        if not full.endswith(tail) or len(full) - len(tail) < 5:
            continue
        bare = full[:-len(place_short_name(place.name)) - 1]  # "Hội Cựu chiến binh tỉnh"
        for m in compiled(r"(?<![\w])" + re.escape(bare) + r"(?![\w])").finditer(text):
            if named_after(text, m.end()) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY[SOURCE], SOURCE, meta={"name": full}))
    return out


_DEPARTMENT = re.compile(r"Sở\s+[{}]".format(P.UPPER_VI))
_PLACE_IN_NAME = re.compile(r"(?<![\w])(?:tỉnh|thành phố|TP)(?![\w])")


def _bare_departments(text: str, cands: list[Candidate], place: Entry,
                      taken: list[tuple[int, int]]) -> list[Candidate]:
    """A department named bare ("Giám đốc Sở Tài chính", "Sở Y tế phối hợp …") in an article about one
    province is that province's: "Sở Tài chính tỉnh Nghệ An" (as the gold names it; the bare name stays a
    label). Only provinces and cities have a Sở, so a bare one is not the same node in every article."""
    word = ADMIN_WORD[place.kind]
    out: list[Candidate] = []
    for c in cands:
        name = text[c.start:c.end]
        if c.label != "ORG" or c.ref or c.gid or not _DEPARTMENT.match(name) or _PLACE_IN_NAME.search(name) \
                or any(p.label == "LOC" and c.start <= p.start and p.end <= c.end for p in cands) \
                or re.match(r"[ \u00a0]+(?:tỉnh|thành phố|TP)(?![\w])", text[c.end:c.end + 20]) \
                or named_after(text, c.end) or any(s < c.end and c.start < e for s, e in taken):
            continue
        taken.append((c.start, c.end))
        out.append(Candidate(c.start, c.end, "ORG", PRIORITY[SOURCE], SOURCE,
                             meta={"name": f"{name} {word} {place_short_name(place.name)}"}))
    return out


_OPENING_PLACE = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:Tại|Ở)\s+$")
_SENTENCE_END_VI = re.compile(r"[.!?](?:\s|$)|\n")


def _sentence_departments(text: str, cands: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """In an article about no one province, a sentence that opens with a province ("Tại Đắk Lắk, Sở Nông nghiệp và
    Môi trường đã …") names that province's bare departments."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "LOC" or not c.gid or not text.startswith(",", c.end) \
                or not _OPENING_PLACE.search(text, max(0, c.start - 8), c.start):
            continue
        entry = entry_by_id("Place", c.gid)
        if entry is None or entry.kind not in PLACE_KINDS:
            continue
        end = _SENTENCE_END_VI.search(text, c.end)
        inside = [x for x in cands if c.end <= x.start and x.end <= (end.start() if end else len(text))]
        out += _bare_departments(text, inside, entry, taken)
        out += _paragraph_bodies(text, cands, c, entry, taken)
    return out


def _paragraph_bodies(text: str, cands: list[Candidate], opening: Candidate, place: Entry,
                      taken: list[tuple[int, int]]) -> list[Candidate]:
    """"Tại Tuyên Quang, … . Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Minh …": the bare bodies of the
    paragraph a province opens (up to another opening place) are that province's."""
    end = text.find("\n", opening.end)
    end = len(text) if end < 0 else end
    end = min([x.start for x in cands if x.label == "LOC" and opening.end < x.start < end
               and _OPENING_PLACE.search(text, max(0, x.start - 8), x.start)] + [end])
    out: list[Candidate] = []
    for surface in sorted(local_bodies()[place.kind]["vi"], key=len, reverse=True):
        for m in compiled(r"(?<![\w])" + re.escape(surface) + r"(?![\w])").finditer(text, opening.end, end):
            if named_after(text, m.end()) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                                 meta={"name": f"{surface} {place_short_name(place.name)}"}))
    return out


_SHARED_HEADS = tuple(pattern_data("document_words.json")["shared_heads"])
_HEAD = escaped_alternation(_SHARED_HEADS)
_SHARED_RE = re.compile(rf"(?<![\w])(?P<bare>(?:(?:{_HEAD})\s*(?:,|và)\s*)+)(?:{_HEAD})\s+(?P<unit>tỉnh|thành phố)\s+"
                        rf"(?P<place>[{P.UPPER_VI}][\wÀ-ỹ]*(?:\s[{P.UPPER_VI}][\wÀ-ỹ]*){{0,3}})")


def shared_place_candidates(text: str) -> list[Candidate]:
    """Bare bodies listed before one that names its province share it: "Tỉnh ủy, HĐND, UBND, Ủy ban
    MTTQ Việt Nam tỉnh Quảng Trị tổ chức …" names Tỉnh ủy Quảng Trị, HĐND tỉnh Quảng Trị, UBND tỉnh …"""
    out: list[Candidate] = []
    for m in _SHARED_RE.finditer(text):
        place = m.group("place")
        for h in re.finditer(_HEAD, m.group("bare")):
            head = h.group()
            name = f"{head} {place}" if head.endswith("ủy") else f"{head} {m.group('unit')} {place}"
            s = m.start("bare") + h.start()
            out.append(Candidate(s, s + len(head), "ORG", PRIORITY[SOURCE], SOURCE, meta={"name": name}))
    return out


def place_short_name(name: str) -> str:
    """"Thành phố Hồ Chí Minh" → "Hồ Chí Minh" (the body's name already says "thành phố")."""
    return re.sub(r"^(?:Thành phố|Tỉnh)\s+", "", name)


def named_after(text: str, end: int) -> bool:
    """A place name (or a number: "quận 1") follows the body at ``end``; a person's name does not count."""
    # the capitals are spelled out: À-Ỹ also holds lower-case letters ("Tỉnh ủy đã ban hành …")
    m = re.match(rf"[ \u00a0]+((?:[{P.UPPER_VI}][\wÀ-ỹ]*)(?:[ ][{P.UPPER_VI}][\wÀ-ỹ]*)*|\d|TP\b)", text[end:end + 60])
    if m is None:
        return False
    run = m.group(1).split()
    lex = load_lexicon()
    if any(lex.titles.get(norm_key(" ".join(run[:k]))) is not None for k in range(1, min(3, len(run) - 1) + 1)):
        return False  # "the provincial People's Committee Chairman Nguyễn Văn Nam": its officer's role, then a name
    surname = lex.is_surname(run[0]) or lex.is_surname(run[0], folded=True)  # "Trinh Xuan Truong" in English copy
    person = 2 <= len(run) <= 4 and surname and not any(
        e.type == "Place" for k in range(1, len(run) + 1)
        for e in lex.lookup(" ".join(run[:k])) + lex.lookup(" ".join(run[:k]), folded=True))
    return not person


def cut_at_stops(text: str, word_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Segmenter words cut before a function word or verb that ends a name.

    The segmenter sometimes glues a name to what follows ("Tuyên Quang nhiệm kỳ"),
    and a name may run to the end of its last word; this keeps it from running on.
    """
    out = []
    for ws, we in word_spans:
        if one_syllable(text[ws:we]):
            out.append((ws, we))  # (most words: nothing to cut)
            continue
        sylls = [(m.start() + ws, m.end() + ws) for m in SYLLABLE.finditer(text[ws:we])]
        low = [text[s:e].casefold() for s, e in sylls]
        cut = next((k for k in range(1, len(sylls)) if text[sylls[k - 1][0]].isupper()
                    and not text[sylls[k][0]].isupper() and P.is_stop_vi(low, k)), None)
        out.append((ws, sylls[cut - 1][1]) if cut else (ws, we))
    return out


def one_syllable(chunk: str) -> bool:
    """``chunk`` is one run of non-space characters (``str.split`` and ``\\S`` agree on what a space is)."""
    parts = chunk.split()
    return len(parts) == 1 and len(parts[0]) == len(chunk)


_OF_THE = re.compile(r"\s+of(?:\s+the)?\s*$")


def trim_titles_into_bodies(titles: list[Candidate], ents: list[Candidate], text: str, lex) -> list[Candidate]:
    """A title that runs into a body named after it stops where the body starts.

    "Chủ tịch UBND" + "UBND tỉnh" (the province's People's Committee) is the role
    "Chủ tịch" of that body, as the annotation keeps role and body apart. A title
    inside another name ("Văn phòng Chủ tịch nước", "Phủ Chủ tịch") is dropped.
    """
    out = []
    orgs = [c for c in ents if c.label == "ORG"]
    named = [c for c in ents if c.label not in ("PER", "DATE")]
    for t in titles:
        if any(o.start < t.start and t.end <= o.end for o in named):
            continue  # "Văn phòng Chủ tịch nước", "tại Phủ Chủ tịch": a title inside a name is no one's role
        # "Phó Giám đốc Công an tỉnh": a bare local body may end where the title ends
        org = next((o for o in orgs if t.start < o.start < t.end < o.end
                    or (t.start < o.start < t.end == o.end and o.source == SOURCE)), None)
        # (English: "Director of the provincial Department": the role before "of the")
        head = _OF_THE.sub("", text[t.start:org.start]) if org is not None else ""
        role = lex.titles.get(norm_key(head)) if head else None
        if role is None or role.kind not in ("role", "rank"):
            out.append(t)
            continue
        end = t.start + len(head.rstrip())
        out.append(Candidate(t.start, end, t.label, t.priority, t.source, value=role.org,
                             meta={"kind": role.kind, "en": role.en}))
    return out

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
import itertools
import re
from collections import Counter
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import GAZETTEER_DIR, Entry, entry_by_id, load_lexicon
from kg.textutil import compiled, norm_key
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
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    if n < min_count or n < 2 * rest[0][1]:
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
                                         taken, _named_after)
    if place is None:
        return local + (_named_referents(text, cands, taken) if lang == "en" else [])
    bodies = local_bodies()[place.kind]
    if lang == "vi":
        surfaces = {s: f"{s} {_short(place.name)}" for s in bodies["vi"]}
        flags = 0
    else:
        where = place.en or place.name
        surfaces = {s: pattern.format(place=where) for s, pattern in _with_possessives(place.kind).items()}
        flags = re.IGNORECASE
    out: list[Candidate] = local
    for surface in sorted(surfaces, key=len, reverse=True):
        if not flags and surface not in text:
            continue  # (a literal search: most bodies of the list are not in the article)
        for m in compiled(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", flags).finditer(text):
            if _named_after(text, m.end()) or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            start = m.start() + (4 if lang == "en" and m.group().lower().startswith("the ") else 0)
            taken.append((m.start(), m.end()))
            out.append(Candidate(start, m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                                 meta={"name": surfaces[surface]}))
    if lang == "vi":
        out += _unlisted_local_bodies(text, cands, place, taken)
        out += _bare_departments(text, cands, place, taken)
    else:
        out += _local_departments(text, place, taken)
    return out


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


def _named_referents(text: str, cands: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """"the provincial People's Committee" in an article about no single province refers back to the one
    body of its kind the article names with a place ("the Lâm Đồng People's Committee"): the English
    surfaces of local_bodies.json, whose pattern without "{place}" (and "Provincial") is the kind."""
    out: list[Candidate] = []
    for surface, pattern in local_bodies()["province"]["en"].items():
        if "{place} " not in pattern or not pattern.startswith("{place}"):
            continue
        kind = pattern.replace("{place} ", "").replace("Provincial ", "").replace("’", "'")
        named = {text[c.start:c.end].replace("’", "'") for c in cands if c.label == "ORG" and not c.ref}
        named = {n for n in named if n.endswith(" " + kind) and n[:-len(kind)].strip() not in ("", "Provincial")}
        if len(named) != 1:
            continue
        for m in compiled(r"(?<![\w])" + re.escape(surface) + r"(?![\w])", re.IGNORECASE).finditer(text):
            if not _named_after(text, m.end()) and not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(Candidate(m.start() + 4, m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                                     meta={"name": next(iter(named))}))
    return out


def _local_departments(text: str, place: Entry, taken: list[tuple[int, int]]) -> list[Candidate]:
    """"the provincial Department of Culture, Sports and Tourism" in an article about one province is
    that province's department ("Ninh Bình Department of …"; ``en_departments`` of local_bodies.json)."""
    pattern = _departments_re(place.kind)
    if pattern is None:
        return []
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        taken.append((m.start(), m.end()))
        out.append(Candidate(m.start("all"), m.end(), "ORG", PRIORITY[SOURCE], SOURCE,
                             meta={"name": f"{place.en or place.name} {m.group('body')}"}))
    return out


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
    return re.compile(rf"(?<![\w])(?i:the)\s+(?P<all>(?:{mods})\s+(?P<body>(?:{heads})\s+{cap}"
                      rf"(?:(?:,\s+|\s+and\s+|,\s+and\s+|\s+)(?:{cap}))*))(?![\w’'-])")


SYLLABLE = re.compile(r"\S+")  # (compiled once: a search by pattern text looks it up in re's cache each time)
_ADMIN_WORD = {"province": "tỉnh", "city": "thành phố"}


def _unlisted_local_bodies(text: str, cands: list[Candidate], place: Entry,
                           taken: list[tuple[int, int]]) -> list[Candidate]:
    """A body name followed by the bare administrative word of the article's province ("Bộ Chỉ huy Bộ
    đội Biên phòng tỉnh", "Phòng Cảnh sát kinh tế Công an tỉnh") is that province's body too."""
    word = _ADMIN_WORD[place.kind]
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref or c.source != "org-head":
            continue
        m = re.match(rf"[ \u00a0]+{word}(?![\w])", text[c.end:c.end + 20])
        end = c.end + m.end() if m else 0
        if not m or _named_after(text, end) or any(s < end and c.start < e and not c.start <= s < e <= end
                                                   for s, e in taken):  # a listed body inside it is its part
            continue
        taken.append((c.start, end))
        out.append(Candidate(c.start, end, "ORG", PRIORITY[SOURCE], SOURCE,
                             meta={"name": f"{text[c.start:c.end]} {word} {_short(place.name)}"}))
    return out


_DEPARTMENT = re.compile(r"Sở\s+[{}]".format(P.UPPER_VI))
_PLACE_IN_NAME = re.compile(r"(?<![\w])(?:tỉnh|thành phố|TP)(?![\w])")


def _bare_departments(text: str, cands: list[Candidate], place: Entry,
                      taken: list[tuple[int, int]]) -> list[Candidate]:
    """A department named bare ("Giám đốc Sở Tài chính", "Sở Y tế phối hợp …") in an article about one
    province is that province's: "Sở Tài chính tỉnh Nghệ An" (as the gold names it; the bare name stays a
    label). Only provinces and cities have a Sở, so a bare one is not the same node in every article."""
    word = _ADMIN_WORD[place.kind]
    out: list[Candidate] = []
    for c in cands:
        name = text[c.start:c.end]
        if c.label != "ORG" or c.ref or c.gid or not _DEPARTMENT.match(name) or _PLACE_IN_NAME.search(name) \
                or any(p.label == "LOC" and c.start <= p.start and p.end <= c.end for p in cands) \
                or re.match(r"[ \u00a0]+(?:tỉnh|thành phố|TP)(?![\w])", text[c.end:c.end + 20]) \
                or _named_after(text, c.end) or any(s < c.end and c.start < e for s, e in taken):
            continue
        taken.append((c.start, c.end))
        out.append(Candidate(c.start, c.end, "ORG", PRIORITY[SOURCE], SOURCE,
                             meta={"name": f"{name} {word} {_short(place.name)}"}))
    return out


_SHARED_HEADS = ("Tỉnh ủy", "Thành ủy", "HĐND", "UBND", "Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam",
                 "Hội đồng nhân dân", "Ủy ban nhân dân")
_HEAD = "|".join(re.escape(h) for h in sorted(_SHARED_HEADS, key=len, reverse=True))
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


def _short(name: str) -> str:
    """"Thành phố Hồ Chí Minh" → "Hồ Chí Minh" (the body's name already says "thành phố")."""
    return re.sub(r"^(?:Thành phố|Tỉnh)\s+", "", name)


def _named_after(text: str, end: int) -> bool:
    """A place name (or a number: "quận 1") follows the body at ``end``; a person's name does not count."""
    # the capitals are spelled out: À-Ỹ also holds lower-case letters ("Tỉnh ủy đã ban hành …")
    m = re.match(rf"[ \u00a0]+((?:[{P.UPPER_VI}][\wÀ-ỹ]*)(?:[ ][{P.UPPER_VI}][\wÀ-ỹ]*)*|\d|TP\b)", text[end:end + 60])
    if m is None:
        return False
    run = m.group(1).split()
    lex = load_lexicon()
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


def trim_titles_into_bodies(titles: list[Candidate], ents: list[Candidate], text: str, lex) -> list[Candidate]:
    """A title that runs into a body named after it stops where the body starts.

    "Chủ tịch UBND" + "UBND tỉnh" (the province's People's Committee) is the role
    "Chủ tịch" of that body, as the annotation keeps role and body apart.
    """
    out = []
    orgs = [c for c in ents if c.label == "ORG"]
    for t in titles:
        if any(o.start < t.start and t.end <= o.end for o in orgs):
            continue  # "Chủ nhiệm Văn phòng Chủ tịch nước X": a title inside a body's name is no one's role
        # "Phó Giám đốc Công an tỉnh": a bare local body may end where the title ends
        org = next((o for o in orgs if t.start < o.start < t.end < o.end
                    or (t.start < o.start < t.end == o.end and o.source == SOURCE)), None)
        role = lex.titles.get(norm_key(text[t.start:org.start])) if org is not None else None
        if role is None or role.kind not in ("role", "rank"):
            out.append(t)
            continue
        end = t.start + len(text[t.start:org.start].rstrip())
        out.append(Candidate(t.start, end, t.label, t.priority, t.source, value=role.org,
                             meta={"kind": role.kind, "en": role.en}))
    return out


# ----------------------------------------------------------------------------- bodies named by their task

BODY_REF_SOURCE = "body-reference"


@lru_cache(maxsize=1)
def _purpose_data() -> dict:
    return pattern_data("purpose_bodies.json")


def purpose_body_candidates(text: str, cands: list[Candidate] | None = None) -> list[Candidate]:
    """Bodies named by their task ("Ủy ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp").

    The name runs from the head through the task's object and ends at a clause
    boundary: punctuation (other than the comma of "sửa đổi, bổ sung"), a
    function word or verb that starts the predicate, or ``max_words``.
    """
    data = _purpose_data()
    heads = "|".join(re.escape(h) for h in sorted(data["heads"], key=len, reverse=True))
    tasks = "|".join(re.escape(t) for t in sorted(data["tasks"], key=len, reverse=True))
    ends = set(data["ends"])
    out: list[Candidate] = []
    for m in re.finditer(rf"(?<![\w])(?:{heads})\s+(?:{tasks})\b", text):
        rest = text[m.end():m.end() + 200]
        for phrase in data["joined_phrases"]:
            rest = rest.replace(phrase, phrase.replace(",", "\x00"))
        clause = _listed_task(rest) or re.split(r"[.;:()\[\]\n,!?“”\"]", rest)[0]
        words = clause.split()
        keep = []
        verbs = _body_name_words()["verbs"]
        for i, w in enumerate(words[:data["max_words"]]):
            if w in ends or " ".join(words[i:i + 2]) in verbs or (i and w in verbs):
                break  # "Hội đồng bầu cử quốc gia | làm việc tại …": a predicate ends the name
            keep.append(w)
        while keep and keep[-1] in ("của", "về", "các", "những"):
            keep.pop()
        end = m.end() + (len(" ".join(keep)) + clause.index(keep[0]) if keep else 0)
        out.append(Candidate(m.start(), end, "ORG", PRIORITY["org-purpose"], "org-purpose"))
    out += _self_tasked_bodies(text, data, dominant_place(cands or []))
    out += _steering_fields(text, data)
    return out


# "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả (Ban Chỉ đạo 389 quốc gia)": a list of
# lower-case objects closed by "và" runs to the short form in brackets that names the body again
_LISTED_TASK = re.compile(r"([^.;:()\[\]\n!?“”\"]{1,160}?(?:,\s*[a-zà-ỹđ][^,.;:()\n]{0,40})+\s+và\s+[a-zà-ỹđ][^,.;:()\n]{0,60}?)"
                          r"\s*\((?:Ban|Ủy ban|Uỷ ban|Hội đồng|Tổ)\s")


def _listed_task(rest: str) -> str | None:
    m = _LISTED_TASK.match(rest)
    return m.group(1) if m else None


@lru_cache(maxsize=1)
def _body_name_words() -> dict[str, frozenset[str]]:
    """The bridge words and verbs of the body-name grammar (kg/data/patterns/body_names_vi.json)."""
    raw = pattern_data("body_names_vi.json")
    return {"bridges": frozenset(raw["bridges"]), "verbs": frozenset(raw["verbs"])}


def _self_tasked_bodies(text: str, data: dict, place: Entry | None) -> list[Candidate]:
    """Bodies whose head carries the task ("Ban Chỉ đạo"), named by the field they steer in lower case:
    "Ban Chỉ đạo chuyển đổi số tỉnh Bình Định", "Ban Chỉ đạo chống khai thác IUU tỉnh" (the unit's
    level word ends it when no place follows: the body of the article's province). The object runs to a clause boundary: punctuation (not
    the comma of "phòng, chống"), an end word, or a stop word or verb of the name grammar."""
    from kg.nlp import patterns as P

    heads = "|".join(re.escape(h) for h in sorted(data.get("self_tasked_heads", []), key=len, reverse=True))
    if not heads:
        return []
    ends = set(data["ends"]) - {"và"}
    levels = {"tỉnh", "thành phố", "phố", "huyện", "quận", "xã", "phường", "TP", "TP."}
    out: list[Candidate] = []
    bridges = _body_name_words()
    for m in re.finditer(rf"(?<![\w])(?:{heads})(?=\s+[a-zà-ỹđ])", text):
        if re.match(r"\s+(?:" + "|".join(map(re.escape, bridges["bridges"])) + r")\s+[^\W\d_]", text[m.end():]) \
                and not re.match(r"\s+(?:" + "|".join(map(re.escape, bridges["bridges"])) + r")\s+(?:về\s+)?[a-zà-ỹđ]", text[m.end():]):
            continue  # "Ban Chỉ đạo liên ngành Trung ương về …": named by the body-name grammar (body_names.py);
            # "Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh …", all lower case past the bridge, is named here
        rest = text[m.end():m.end() + 200]
        listed = _listed_task(rest)
        if listed:
            out.append(Candidate(m.start(), m.end() + len(listed.rstrip()), "ORG", PRIORITY["org-purpose"], "org-purpose"))
            continue
        for phrase in data["joined_phrases"]:
            rest = rest.replace(phrase, phrase.replace(",", "\x00"))
        words = re.split(r"[.;:()\[\]\n,!?“”\"]", rest)[0].split()
        low = [w.casefold().replace("\x00", "") for w in words]
        keep: list[str] = []
        placed = False
        for k, w in enumerate(words[:data["max_words"]]):
            task = k == 0 and " ".join(low[:2]) in ("triển khai", "thực hiện", "chỉ đạo", "phòng, chống")
            verb = k > 0 and (low[k] in bridges["verbs"] or " ".join(low[k:k + 2]) in bridges["verbs"])
            if w in ends or verb or (P.is_stop_vi(low, k) and low[k] != "về" and not task) \
                    or (keep and keep[-1] == "và"):
                break
            if placed and not w[:1].isupper():
                break  # "… tỉnh Bình Định | họp": the place closes the name
            placed = placed or (bool(keep) and keep[-1] in levels and w[:1].isupper())
            keep.append(w)
        while keep and keep[-1] in ("của", "về", "các", "những", "và"):
            keep.pop()
        if not keep:
            continue
        end = m.end() + rest.index(keep[0]) + len(" ".join(keep))
        meta: dict = {}
        if place is not None and place.kind in _ADMIN_WORD and text[:end].endswith(" " + _ADMIN_WORD[place.kind]) \
                and not _named_after(text, end):
            meta = {"name": f"{text[m.start():end]} {_short(place.name)}"}  # "… tỉnh" of the article's province
        out.append(Candidate(m.start(), end, "ORG", PRIORITY["org-purpose"], "org-purpose", meta=meta))
    return out


# "Ban Chỉ đạo Trung ương về …", "Hội đồng quốc gia về …", "Ban Chỉ đạo của Chính phủ về …": a head, its scope, "về"
# (a provincial steering board or advisory council needs no scope word: "Ban Chỉ đạo về phát triển khoa học, công nghệ,
# … tỉnh Nghệ An", "Hội đồng tư vấn về công nghiệp văn hóa thành phố Huế")
_SCOPES = r"(?:\s+(?:liên ngành|Trung ương|quốc gia|Quốc gia|Nhà nước|của Chính phủ|của Bộ Chính trị))"
_STEERING = re.compile(r"(?<![\w])(?:(?:Ban Chỉ đạo|Hội đồng tư vấn)" + _SCOPES + r"{0,2}|(?:Hội đồng|Ủy ban|Uỷ ban)" + _SCOPES
                       + r"{1,2})"
                       r"\s+về\s+(?=[a-zà-ỹđ])")
_LEVELS = frozenset({"tỉnh", "thành phố", "huyện", "quận", "xã", "phường"})


_MEETING_VERBS = frozenset({"họp", "chủ trì", "nhóm họp", "tổ chức", "ra mắt"})  # "Ban Chỉ đạo … họp phiên thứ ba"


def _steering_fields(text: str, data: dict) -> list[Candidate]:
    """A central body named by the fields it steers, listed in lower case after "về": "Ban Chỉ đạo Trung ương
    về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số" (list commas and one "và" stay in the
    name; a verb, an end word, a stop word, a capital or other punctuation ends it)."""
    from kg.nlp import patterns as P

    verbs = _body_name_words()["verbs"] | _MEETING_VERBS
    ends = set(data["ends"]) - {"và"}
    out: list[Candidate] = []
    for m in _STEERING.finditer(text):
        rest = text[m.end():m.end() + 240]
        for phrase in data["joined_phrases"]:  # "khoa học, công nghệ", "phòng, chống": one item of the list
            rest = rest.replace(phrase, phrase.replace(",", "\x00"))
        words = re.split(r"[.;:()\[\]\n!?“”\"]", rest)[0].split()
        low = [w.casefold().strip(",").replace("\x00", ",") for w in words]
        keep: list[str] = []
        joined = False  # the list's "và" was read: a comma after its last item ends the name
        for k, w in enumerate(words[:24]):
            stop = P.is_stop_vi(low, k) and low[k] not in ("về", "và")
            if keep and (keep[-1] in _LEVELS or " ".join(keep[-2:]) in _LEVELS) and w[:1].isupper():
                # "… và chuyển đổi số tỉnh | Nghệ An": the unit's place closes the name
                keep += [x.rstrip(",") for x in itertools.takewhile(lambda x: x[:1].isupper(), words[k:k + 4])]
                break
            if not w[:1].islower() or low[k] in ends or low[k] in verbs or " ".join(low[k:k + 2]) in verbs or stop \
                    or (keep and keep[-1].endswith(",") and low[k] == "và") or (joined and w.endswith(",")):
                break
            joined = joined or low[k] == "và"
            keep.append(w)
            if w.endswith(",") and k + 1 < len(words) and not words[k + 1][:1].islower():
                break
        while keep:  # no trailing comma, "và", "các"
            last = keep[-1].rstrip(",")
            if last.casefold() not in ("và", "các", "những", ""):
                keep[-1] = last
                break
            keep.pop()
        if len(keep) >= 2:
            end = m.end() + len(" ".join(keep))
            if text[m.end():end] == " ".join(keep).replace("\x00", ","):
                out.append(Candidate(m.start(), end, "ORG", PRIORITY["org-purpose"], "org-purpose"))
    return out


def body_references(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A bare head ("Ủy ban đã …") after a body named in full with that head is that body.

    Only when the article names one such body; the reference carries its full
    name (``meta["name"]``), so the graph names one body.
    """
    heads = sorted(_purpose_data()["heads"], key=len, reverse=True)
    named: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.label == "ORG" and not c.ref and c.source == "org-purpose":
            head = next((h for h in heads if text.startswith(h + " ", c.start)), None)
            if head:
                named.setdefault(head, []).append(c)
    out: list[Candidate] = []
    for head, full in named.items():
        if len({text[c.start:c.end] for c in full}) != 1:
            continue
        first = min(c.start for c in full)
        name = text[full[0].start:full[0].end]
        for m in re.finditer(rf"(?<![\w]){re.escape(head)}(?=\s+[a-zà-ỹđ]|\s*[.,;])", text):
            if m.start() <= first or any(c.start <= m.start() < c.end for c in full):
                continue
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY[BODY_REF_SOURCE], BODY_REF_SOURCE,
                                 meta={"name": name}))
    return out

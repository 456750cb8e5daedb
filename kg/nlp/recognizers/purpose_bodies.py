"""Bodies named by their task ("Ủy ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp", "Ban Chỉ đạo chuyển đổi số
tỉnh Bình Định", "Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả (Ban Chỉ đạo 389 quốc gia)")
and the bare head that refers back to one ("Ban Chỉ đạo", "Tổ công tác"). The words are data in
``kg/data/patterns/purpose_bodies.json`` and ``body_names_vi.json``. (Moved out of :mod:`.document`.)
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kg.nlp.lexicon import Entry
from kg.nlp.patterns import UPPER_VI, pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.document import ADMIN_WORD, named_after, place_short_name, dominant_place
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation


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
    heads = escaped_alternation(data["heads"])
    tasks = escaped_alternation(data["tasks"])
    ends = set(data["ends"])
    out: list[Candidate] = []
    for m in re.finditer(rf"(?<![\w])(?:{heads})\s+(?:{tasks})\b", text):
        rest = text[m.end():m.end() + 200]
        for phrase in data["joined_phrases"]:
            rest = rest.replace(phrase, phrase.replace(",", "\x00"))
        clause = _listed_task(rest) or re.split(r"[.;:()\[\]\n,!?“”\"]", rest)[0]
        words = clause.split()
        keep = []
        verbs = _body_name_words()["verbs"] | frozenset(data["predicates"])
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


# "Ban Chỉ đạo thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế tỉnh Nghệ An": lower-case fields listed with commas
# run to the unit and its place that end the name
_LISTED_TO_PLACE = re.compile(r"(\s[a-zà-ỹđ][^.;:()\[\]\n!?“”\"A-ZĐ]{1,100}?(?:,\s*[a-zà-ỹđ][^,.;:()\nA-ZĐ]{0,50}?)+"
                              rf"\s+(?:tỉnh|thành phố|huyện|quận|xã|phường)\s+[{UPPER_VI}][\wÀ-ỹ]*(?:\s+[{UPPER_VI}][\wÀ-ỹ]*){{0,3}})")


def _listed_task(rest: str) -> str | None:
    m = _LISTED_TASK.match(rest) or _LISTED_TO_PLACE.match(rest)
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

    heads = escaped_alternation(data.get("self_tasked_heads", []))
    if not heads:
        return []
    ends = set(data["ends"]) - {"và"}
    levels = {"tỉnh", "thành phố", "phố", "huyện", "quận", "xã", "phường", "TP", "TP."}
    out: list[Candidate] = []
    bridges = _body_name_words()
    predicates = frozenset(data.get("predicates", ()))
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
            verb = (k > 0 and (low[k] in bridges["verbs"] or " ".join(low[k:k + 2]) in bridges["verbs"])) \
                or low[k] in predicates or " ".join(low[k:k + 2]) in predicates
            # ("cho": whom the field is steered for, when it runs to the unit's place: "Ban Chỉ đạo phát triển nguồn
            # nhân lực cho công nghiệp công nghệ cao tỉnh Bắc Ninh")
            plural = k > 0 and low[k] in ("các", "những", "cho") and _placed_after(words, low, k, levels, ends, bridges)
            if (w in ends and not plural) or verb or (P.is_stop_vi(low, k) and low[k] != "về" and not task and not plural) \
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
        if place is not None and place.kind in ADMIN_WORD and text[:end].endswith(" " + ADMIN_WORD[place.kind]) \
                and not named_after(text, end):
            meta = {"name": f"{text[m.start():end]} {place_short_name(place.name)}"}  # "… tỉnh" of the article's province
        out.append(Candidate(m.start(), end, "ORG", PRIORITY["org-purpose"], "org-purpose", meta=meta))
    return out


def _placed_after(words: list[str], low: list[str], k: int, levels: set[str], ends: set[str],
                  bridges: dict[str, frozenset[str]]) -> bool:
    """The plural word ``low[k]`` ("các", "những") goes on inside the board's object when lower-case words
    with no end word, verb or stop run from it to a level word and a capitalised place: "Ban Chỉ đạo giải
    phóng mặt bằng các dự án trọng điểm tỉnh Bắc Ninh" (and not "Ban Chỉ đạo … | các sở, ngành")."""
    from kg.nlp import patterns as P

    for m in range(k + 1, min(len(words) - 1, k + 8)):
        if low[m] in levels and words[m + 1][:1].isupper():
            return m > k + 1
        if not words[m].isalpha() or words[m][:1].isupper() or low[m] in ends or low[m] in bridges["verbs"] \
                or " ".join(low[m:m + 2]) in bridges["verbs"] or P.is_stop_vi(low, m):
            return False
    return False


# "Ban Chỉ đạo Trung ương về …", "Hội đồng quốc gia về …", "Ban Chỉ đạo của Chính phủ về …": a head, its scope, "về"
# (a provincial steering board or advisory council needs no scope word: "Ban Chỉ đạo về phát triển khoa học, công nghệ,
# … tỉnh Nghệ An", "Hội đồng tư vấn về công nghiệp văn hóa thành phố Huế")
_SCOPES = r"(?:\s+(?:liên ngành|Trung ương|quốc gia|Quốc gia|Nhà nước|của Chính phủ|của Bộ Chính trị))"
# "Ban Chỉ đạo tỉnh Gia Lai về phát triển kinh tế tư nhân", "Ban Chỉ đạo thành phố về …": a local board's unit (its level
# word and the place's capitalised name) stands where a central board's scope would
_LOCAL_SCOPE = r"(?:\s+(?:tỉnh|thành phố)(?:\s+[A-ZĐ][^\W\d_]*){0,3})"
_STEERING = re.compile(r"(?<![\w])(?:(?:Ban Chỉ đạo|Hội đồng tư vấn)(?:" + _SCOPES + r"{0,2}|" + _LOCAL_SCOPE + r")"
                       r"|(?:Hội đồng|Ủy ban|Uỷ ban)" + _SCOPES
                       + r"{1,2})"
                       r"\s+về\s+(?=[a-zà-ỹđ])")
_LEVELS = frozenset(pattern_data("purpose_bodies_words.json")["levels"])


_MEETING_VERBS = frozenset(pattern_data("purpose_bodies_words.json")["meeting_verbs"])  # "Ban Chỉ đạo … họp phiên thứ ba"


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

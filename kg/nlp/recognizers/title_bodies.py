"""A body whose head word closes the title before it (Vietnamese): "Trưởng phòng Cảnh sát kinh tế Công an
tỉnh Lạng Sơn" is the role "Trưởng phòng" of "Phòng Cảnh sát kinh tế Công an tỉnh Lạng Sơn", written
once. The head is the title's last, lower-case word ("phòng", "khoa", "ban"); the body it opens runs
over the name found right after the title. The heads are data (``kg/data/patterns/title_bodies_vi.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.context import names_unit_of_body
from kg.nlp.recognizers.priorities import PRIORITY


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(pattern_data("title_bodies_vi.json")["heads"])


@lru_cache(maxsize=1)
def _elsewhere_heads() -> frozenset[str]:
    return _heads() | frozenset(pattern_data("title_bodies_vi.json")["heads_named_elsewhere"])


def title_body_candidates(text: str, cands: list[Candidate], titles: list[Candidate]) -> list[Candidate]:
    """ORG candidates from a title's closing head word over the body named right after the title."""
    out: list[Candidate] = []
    for t in titles:
        last = re.search(r"(?<![\w])(\w+)$", text[t.start:t.end])
        if last is None or last.group(1) not in _elsewhere_heads():
            continue
        head_at = t.start + last.start(1)
        after = [c for c in cands if c.label == "ORG" and not c.ref and c.start == t.end + 1
                 and text[t.end:c.start] == " " and text[c.start:c.start + 1].isupper()
                 and not text[c.start:].casefold().startswith(last.group(1) + " ")]  # "Trưởng ban Ban Dân tộc …"
        if last.group(1) not in _heads():
            after = []  # ("đoàn": only a delegation named elsewhere)
        if not after and last.group(1) in _heads():
            # "Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An": the unit's field words, then the body it belongs to
            after = [c for c in cands if c.label == "ORG" and not c.ref and t.end + 1 < c.start <= t.end + 48
                     and names_unit_of_body(last.group(1).capitalize() + text[t.end:c.start])]
        if after:
            body = max(after, key=lambda c: c.end)
            name = last.group(1).capitalize() + text[t.end:body.end]
            out.append(Candidate(head_at, body.end, "ORG", max(body.priority, PRIORITY["org-head"]) + 1, "title-body",
                                 meta={"name": name}))
            continue
        # "Trưởng khoa Ghép tạng", "Trưởng đoàn Thể thao Việt Nam", "Phó Trưởng phòng Cảnh sát kinh tế": no body is
        # found right after the title, but the text names it elsewhere
        named = _named_elsewhere(text, cands, last.group(1), t.end, parts=last.group(1) in _heads())
        if named is not None:
            out.append(Candidate(head_at, named[0], "ORG", PRIORITY["org-head"] + 1, "title-body",
                                 meta={"name": named[1]}))
            continue
        if last.group(1) not in _heads():
            continue
        end = _field_unit_end(text, t.end)
        if end:  # "Trưởng khoa Hồi sức tích cực, …": the unit is a capitalised field word and its lower-case field words
            out.append(Candidate(head_at, end, "ORG", PRIORITY["org-head"] + 1, "title-body",
                                 meta={"name": last.group(1).capitalize() + text[t.end:end]}))
    return out


# the words and marks after a title
_AFTER_TITLE = re.compile(r"[^\s,.;:()]+|[,.;:()]")


def _named_elsewhere(text: str, cands: list[Candidate], head: str, at: int,
                     parts: bool = True) -> tuple[int, str] | None:
    """(end, name) of the body a title's closing head opens where the text names it elsewhere: the head and the
    capitalised words after the title are a body an ORG candidate names whole ("Khoa Ghép tạng", "Đoàn Thể thao Việt
    Nam"; the longest such), or, with ``parts``, the first words of the one body the text names whose name goes on,
    two words at least and then a mark ("phòng | Cảnh sát kinh tế," for "Phòng Cảnh sát kinh tế Công an tỉnh Quảng
    Ninh", the name given). None when neither."""
    after = list(_AFTER_TITLE.finditer(text, at, min(len(text), at + 120)))
    if not after or after[0].start() != at + 1 or not after[0].group()[:1].isupper():
        return None
    whole: list[int] = []
    part: set[tuple[int, str]] = set()
    for c in cands:
        name = text[c.start:c.end]
        if c.label != "ORG" or c.ref or not name.casefold().startswith(head.casefold() + " ") \
                or c.start == at - len(head):
            continue
        words = name[len(head) + 1:].split()
        k = 0
        while k < len(words) and k < len(after) and after[k].group().casefold() == words[k].casefold():
            k += 1
        if k and k == len(words):
            whole.append(after[k - 1].end())
        elif parts and k >= 2 and (k == len(after) or after[k].group() in ",.;:("):
            part.add((after[k - 1].end(), c.meta.get("name") or name))
    if whole:
        return max(whole), head.capitalize() + text[at:max(whole)]
    return part.pop() if len(part) == 1 else None


_TOKEN = re.compile(r"[^\W\d_]+|\S")


def _field_unit_end(text: str, start: int) -> int:
    """The end of a unit named after a title by field words alone ("Trưởng khoa | Hồi sức tích cực", "Phó trưởng
    phòng | Tổ chức cán bộ"): a capitalised first word, the field words of ``field_words`` / ``cap_fields`` in
    body_names_vi.json after it, then a natural end (a mark, a capitalised word, a function word); else 0. A
    person named right after the title ("Trưởng khoa Lê Văn An") is no unit."""
    from kg.nlp.lexicon import load_lexicon
    from kg.nlp.patterns import is_stop_vi
    from kg.nlp.recognizers.body_names import body_data

    toks = [m for m in _TOKEN.finditer(text, start, min(len(text), start + 80))]
    if not toks or toks[0].start() != start + 1 or not toks[0].group()[:1].isupper() or not toks[0].group().isalpha() \
            or load_lexicon().is_surname(toks[0].group()):
        return 0
    d = body_data()
    fields = d["field"] | d["cap_fields"]
    low = [m.group().casefold() for m in toks]
    k = 1
    if len(low) > 1 and f"{low[0]} {low[1]}" in fields:
        k = 2  # "Gây mê | hồi sức": the capitalised word opens a field
    while k < len(low) and low[k].isalpha() and not toks[k].group()[:1].isupper():
        size = 2 if k + 1 < len(low) and f"{low[k]} {low[k + 1]}" in fields else 1 if low[k] in fields else 0
        if not size:
            break
        k += size
    if k < len(low) and low[k].isalpha() and not toks[k].group()[:1].isupper() and not is_stop_vi(low, k):
        return 0  # the name runs on into words that are not a field: not a unit named this way
    if k + 1 < len(low) and low[k] in ("và", ",", "-") and toks[k + 1].group()[:1].isupper():
        return 0  # "Trưởng phòng Tài nguyên | và Môi trường": the name goes on, capitalised
    return toks[k - 1].end()

"""Names of state agencies that go on in lower case, read to where a cue closes them (Vietnamese).

"Cục Quản lý lao động ngoài nước thuộc Bộ Nội vụ", "Cục trưởng Cục Giám định nhà nước về chất
lượng công trình xây dựng, …": a department's name is one capitalised word and then plain words
("Cục Quản lý thi hành án dân sự"), which the rules for capitalised names cut after the first
word. Where the agency is placed in its ministry ("thuộc Bộ …", "(Bộ …)") or named after its
head's title and closed by a mark, the whole run before the cue is the name.
"""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.paired_phrases import paired_phrase_end

SOURCE = "org-agency"
_HEAD = re.compile(r"(?<![\w])(?P<title>(?:Phó )?(?:Tổng cục trưởng|Chi cục trưởng|Cục trưởng|Vụ trưởng) )?"
                   r"(?P<head>Tổng cục|Chi cục|Cục|Vụ) (?=[A-ZĐ]|\w)")
# placed in its ministry: "… thuộc Bộ Nội vụ", "… (Bộ Công Thương)"
_PLACED = re.compile(r" (?:(?:trực thuộc|thuộc) (?:Bộ|Tổng cục|Ủy ban|UBND|Ngân hàng Nhà nước|Văn phòng|Thanh tra|Kiểm toán)"
                     r"|\((?:thuộc )?Bộ )|, Bộ [A-ZĐ]")
_WORD = re.compile(r" ([^\s,.;:()\"“”]+)")
# the last field word opens a list of lower-case fields closed by "và": "Vụ Chính sách thuế | , phí và lệ phí"
_FIELD_LIST = re.compile(r"(?:, [^\W\d_]+(?: [^\W\d_]+){0,2}){1,3} và [^\W\d_]+(?: [^\W\d_]+){0,2}")


def agency_name_candidates(text: str) -> list[Candidate]:
    """State agencies named in lower case after their first word, where a cue closes the name."""
    out: list[Candidate] = []
    for m in _HEAD.finditer(text):
        first = re.match(r"[^\s,.;:()\"“”]+", text[m.end():])
        if not first or not first.group()[:1].isupper() or any(ch.isdigit() for ch in first.group()):
            continue
        end, lower = m.end() + first.end(), 0
        if first.group().casefold() == "phòng" and text.startswith(", chống ", end):
            end += len(", chống")  # "Cục Phòng, chống tệ nạn xã hội"
        while lower < 14:
            w = _WORD.match(text, end)
            joined = w is not None and w.group(1)[:1].isupper() and text[end - 3:end] == " và"
            pair = paired_phrase_end(text, w.end()) if w and text.startswith(",", w.end()) else None
            if pair is not None and w.group(1).isalpha():
                end, lower = pair, lower + 1  # "Cục Quản lý Khám, chữa bệnh": a paired field is one word
            elif not w or not (w.group(1).islower() or joined) or not w.group(1).isalpha():
                break  # (a capitalised part joined by "và": "Cục Quản lý và Phát triển thị trường …")
            else:
                end, lower = w.end(), lower + 1
            if re.match(r", chống ", text[end:end + 8]) and w.group(1).casefold() == "phòng":
                end += len(", chống")  # "… và Phòng, chống thiên tai": one paired field
                continue
            # the name ends where a cue closes it: its ministry, or (after its head's title) a comma
            # (not a full stop: "Cục trưởng Cục Trồng trọt và Bảo vệ thực vật | đồng chủ trì hội nghị.")
            end = next((e for e in _field_list_ends(text, end) if _PLACED.match(text, e) or (
                m.group("title") and re.match(r"[,;]| thuộc | \(", text[e:e + 7]))), end)
            # ("Phó Vụ trưởng Vụ Chính sách thuế, phí và lệ phí, cho biết …": the listed fields are the name's)
            if _PLACED.match(text, end) or (m.group("title") and re.match(r"[,;]| thuộc | \(", text[end:end + 7])):
                if lower >= 1:
                    out.append(Candidate(m.start("head"), end, "ORG", PRIORITY["org-agency"], SOURCE))
                break
    return out


def _field_list_ends(text: str, end: int) -> list[int]:
    """Where a list of lower-case fields may end that goes on from the name's last word at ``end`` and closes
    with "và" (", phí và lệ phí"), its last item one to three plain words up to a verb or a stop word: the ends,
    shortest first; none when no such list starts there or a verb stands in it ("Cục Quản lý giá | cho biết")."""
    m = _FIELD_LIST.match(text, end)
    if m is None or not all(w.islower() for w in re.findall(r"[^\W\d_]+", m.group())):
        return []
    last = text.rindex(" và ", m.start(), m.end()) + len(" và ")
    ends, items = [], list(re.finditer(r"[^\W\d_]+", text[m.start():m.end()]))
    for x, nxt in zip(items, items[1:] + [None]):
        w, after = x.group(), nxt.group() if nxt else ""
        if w != "và" and (w in P.STOP_VI or f"{w} {after}" in P.STOP_PHRASES_VI):
            break
        if m.start() + x.start() >= last:
            ends.append(m.start() + x.end())
    return ends

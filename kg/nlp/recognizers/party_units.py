"""The Party organisation of a named body: "Đảng bộ Công an tỉnh Gia Lai", "Đảng ủy Công an tỉnh",
"Ban Thường vụ Đảng ủy Quân khu 5" — the Party word and the body it belongs to are one name (a
gazetteer body must not start inside "Đảng bộ": "bộ Công an …")."""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_PARTY = re.compile(r"(?<![\w])(?:Ban Thường vụ Đảng ủy|Ban Chấp hành Đảng bộ|Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ)\s+"
                    r"(?=[A-ZĐ])")
_UNIT = re.compile(r"(?:Công an|Bộ Chỉ huy|Bộ đội Biên phòng|Quân khu|Sư đoàn|Bộ Tư lệnh|Tòa án|Viện Kiểm sát|Cục|"
                   r"Sở|Ban|Trường|Bệnh viện|Tổng công ty|Tập đoàn|Ngân hàng|Khối|Cơ quan|"
                   r"Bộ|Viện|Học viện|Đại học|Văn phòng)\s")  # (a ministry's: "Đảng bộ Bộ Khoa học và Công nghệ")


def party_unit_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"Đảng bộ" / "Đảng ủy" + a body named right after it (by the recognisers before) as one body."""
    out: list[Candidate] = []
    orgs = [c for c in cands if c.label == "ORG" and not c.ref]
    for m in _PARTY.finditer(text):
        if not _UNIT.match(text, m.end()):
            continue
        # the longest body that starts where the Party word ends, or that "bộ …" started inside it
        ends = [c.end for c in orgs if c.start == m.end() or (m.start() < c.start < m.end())]
        if ends:
            out.append(Candidate(m.start(), max(ends), "ORG", PRIORITY["org-local"] + 1, "org-party-unit"))
    return out

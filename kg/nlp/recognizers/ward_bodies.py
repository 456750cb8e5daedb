"""A commune's or ward's body written bare after the article named it with its place (Vietnamese).

"UBND phường Hoàn Kiếm … Quyết định do Chủ tịch UBND phường Phạm Thị Lan Hương ký": after 2025 most local news is
about one commune or ward, and the article names its body once in full and later with the bare level word
("UBND phường", "Đảng ủy xã"), often right before its leader's name. Where the article names exactly one body of
that head and level with a place, the bare form is that body. (The province-level case is
:func:`kg.nlp.recognizers.document.local_body_candidates`, which reads the article's dominant province.)
"""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.document import SOURCE, named_after
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

# a local body's head (``P.LOCAL_BODY_HEADS_VI``: "UBND", "Đảng ủy", "Công an" …), the level word, the place
# (not "Liên minh Hợp tác xã Việt Nam": a co-operative's "xã" is no commune)
_FULL = re.compile(r"(?P<bare>(?:" + escaped_alternation(P.LOCAL_BODY_HEADS_VI)
                   + rf") (?:phường|xã|đặc khu)) (?P<place>[{P.UPPER_VI}][\wÀ-ỹ]*(?: [{P.UPPER_VI}][\wÀ-ỹ]*){{0,3}})")


def ward_body_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Bare "UBND phường", "Đảng ủy xã" … of the one ward or commune body of that head the article names in full."""
    full_of: dict[str, set[str]] = {}
    for c in cands:
        m = _FULL.fullmatch(text[c.start:c.end]) if c.label == "ORG" and not c.ref else None
        if m:
            full_of.setdefault(m.group("bare"), set()).add(m.group())
    out: list[Candidate] = []
    for bare, fulls in full_of.items():
        if len(fulls) != 1:
            continue  # two wards' bodies: the bare form names neither
        full = next(iter(fulls))
        for m in re.finditer(r"(?<![\w])" + re.escape(bare) + r"(?![\w])", text):
            if named_after(text, m.end()):
                continue  # "UBND phường Hoàn Kiếm" itself, or another ward's
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY[SOURCE], SOURCE, meta={"name": full}))
    return out

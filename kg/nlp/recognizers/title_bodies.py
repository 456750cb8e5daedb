"""A body whose head word closes the title before it (Vietnamese): "Trưởng phòng Cảnh sát kinh tế Công an
tỉnh Lạng Sơn" is the role "Trưởng phòng" of "Phòng Cảnh sát kinh tế Công an tỉnh Lạng Sơn", written
once. The head is the title's last, lower-case word ("phòng", "khoa", "ban"); the body it opens runs
over the name found right after the title. The heads are data (``kg/data/patterns/title_bodies_vi.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(pattern_data("title_bodies_vi.json")["heads"])


def title_body_candidates(text: str, cands: list[Candidate], titles: list[Candidate]) -> list[Candidate]:
    """ORG candidates from a title's closing head word over the body named right after the title."""
    out: list[Candidate] = []
    for t in titles:
        last = re.search(r"(?<![\w])(\w+)$", text[t.start:t.end])
        if last is None or last.group(1) not in _heads():
            continue
        head_at = t.start + last.start(1)
        after = [c for c in cands if c.label == "ORG" and not c.ref and c.start == t.end + 1
                 and text[t.end:c.start] == " " and text[c.start:c.start + 1].isupper()
                 and not text[c.start:].casefold().startswith(last.group(1) + " ")]  # "Trưởng ban Ban Dân tộc …"
        if not after:
            continue
        body = max(after, key=lambda c: c.end)
        name = last.group(1).capitalize() + text[t.end:body.end]
        out.append(Candidate(head_at, body.end, "ORG", max(body.priority, PRIORITY["org-head"]) + 1, "title-body",
                             meta={"name": name}))
    return out

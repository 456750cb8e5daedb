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
        if not after:
            # "Trưởng khoa Ghép tạng", "Trưởng đoàn Thể thao Việt Nam": no body is found right after the title, but
            # the head and the capitalised words after it are a body the text names in full elsewhere
            end = _named_elsewhere(text, cands, last.group(1), t.end)
            if end:
                out.append(Candidate(head_at, end, "ORG", PRIORITY["org-head"] + 1, "title-body",
                                     meta={"name": last.group(1).capitalize() + text[t.end:end]}))
            continue
        body = max(after, key=lambda c: c.end)
        name = last.group(1).capitalize() + text[t.end:body.end]
        out.append(Candidate(head_at, body.end, "ORG", max(body.priority, PRIORITY["org-head"]) + 1, "title-body",
                             meta={"name": name}))
    return out


# the words after a title up to a mark, the first one capitalised: where a body named after its head may run
_AFTER_TITLE = re.compile(r" ([A-ZĐÀ-Ỹ][^,.;:()\n]{0,80})")


def _named_elsewhere(text: str, cands: list[Candidate], head: str, at: int) -> int:
    """End of the capitalised run after a title's closing head when, with the head, it is a body an ORG candidate
    names elsewhere in the text ("Khoa Ghép tạng", "Đoàn Thể thao Việt Nam"); 0 when it is none."""
    run = _AFTER_TITLE.match(text, at)
    if run is None:
        return 0
    words = run.group(1).split()[:10]
    named = {text[c.start:c.end].casefold() for c in cands if c.label == "ORG" and not c.ref}
    for n in range(len(words), 0, -1):  # the longest part of the run that is such a body
        part = " ".join(words[:n])
        if f"{head} {part}".casefold() in named:
            return at + 1 + len(part)
    return 0

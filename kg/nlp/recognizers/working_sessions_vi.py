"""Vietnamese working sessions told by a verb, then named: "Chiều cùng ngày, đoàn làm việc với Ban Thường vụ
Tỉnh ủy X tại trụ sở Tỉnh ủy. Tại buổi làm việc, bà Y đề nghị …".

The dated sentence reports the session with the verb "làm việc với / tại" and no noun of its own, so the
dated-event step (which wants the noun in a dated sentence) finds none; the "buổi làm việc" the following
sentences name is that session, until the next dated sentence starts another happening.
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

# the verb, not the noun ("có buổi làm việc với" is the noun, found by the dated-event step), nor the
# hosts of an attendance list ("Tiếp và làm việc với đoàn có …")
WORK_VERB = re.compile(r"(?<![\w])(?<!buổi )làm việc\s+(?:với|tại|cùng)(?![\w])")
_NOUN = re.compile(r"(?<![\w])buổi làm việc(?![\w])")
# "Chiều cùng ngày, …": a sentence dated by the day written before it
_SAME_DAY = re.compile(r"\s*(?:(?:Trước đó|Sau đó)\s*,\s*)?(?:(?:Sáng|Chiều|Tối|Trưa|sáng|chiều|tối|trưa)\s+)?(?:[Cc]ùng ngày|[Cc]ũng trong ngày)\b")
# "buổi làm việc này / thứ hai / lần trước": another or a counted session, not the one just reported
_NOT_THIS = re.compile(r"\s+(?:này|đó|nói trên|nêu trên|thứ|lần|trước|sau|tiếp theo)\b")


def verbal_working_sessions(text: str, sentences: list[tuple[int, int]], dates: list[Candidate]) -> list[Candidate]:
    """"buổi làm việc" after a dated sentence that says "làm việc với / tại" (and names no session itself)."""
    def dated(a: int, b: int) -> bool:
        return bool(_SAME_DAY.match(text, a)) or any(
            a <= d.start < b and d.value and d.source != "date-dateline" for d in dates)

    flags = [dated(a, b) for a, b in sentences]
    if any(f and _NOUN.search(text, a, b) for f, (a, b) in zip(flags, sentences)):
        return []  # the dated-event step names the session where the dated sentence does
    out: list[Candidate] = []
    for k, (a, b) in enumerate(sentences):
        if not flags[k] or not WORK_VERB.search(text, a, b):
            continue
        for j in range(k + 1, len(sentences)):
            if flags[j]:
                break  # another dated happening
            for m in _NOUN.finditer(text, *sentences[j]):
                if not _NOT_THIS.match(text, m.end()):
                    out.append(Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-dated"], "event-dated", ref=True,
                                         meta={"head": "việc", "generic": True, "standalone": True}))
    return out

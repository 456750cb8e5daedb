"""Vietnamese working sessions told by a verb, then named: "Chiều cùng ngày, đoàn làm việc với Ban Thường vụ
Tỉnh ủy X tại trụ sở Tỉnh ủy. Buổi làm việc được tổ chức tại …", "Tại buổi làm việc, bà Y đề nghị …".

The dated sentence reports the session with a verb ("làm việc với / tại") and no noun of its own, so the
dated-event step (which wants the noun in a dated sentence) finds none; the "buổi làm việc" the following
sentences name (capitalised too, opening a sentence) is that session, until the next dated sentence starts
another happening. Verbs and nouns: kg/data/patterns/verbal_sessions_vi.json (a reception or talks, "tiếp
đoàn", "Tại buổi tiếp", is no event in the gold).
"""
from __future__ import annotations

import re

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

_DATA = pattern_data("verbal_sessions_vi.json")
# the nouns that name a session reported by a verb ("buổi làm việc", "buổi tiếp", "cuộc hội đàm")
SESSION_NOUNS: frozenset[str] = frozenset(_DATA["nouns"])
# the verb, not the noun ("có buổi làm việc với" is the noun, found by the dated-event step), nor the
# hosts of an attendance list ("Tiếp và làm việc với đoàn có …")
WORK_VERB = re.compile(r"(?<![\w])(?<!buổi )(?<!cuộc )(?:" + escaped_alternation(_DATA["verbs"]) + r")(?![\w])",
                       re.IGNORECASE)
# (a capital at the sentence's start names the same session: "Buổi làm việc được tổ chức tại …"; not "buổi tiếp
# xúc cử tri", "buổi tiếp công dân", which are other happenings)
_NOUN = re.compile(r"(?<![\w])(?:" + escaped_alternation(_DATA["nouns"]) + r")(?![\w])(?!\s+(?:"
                   + escaped_alternation(_DATA["not_after_noun"]) + r")(?![\w]))", re.IGNORECASE)
# "Chiều cùng ngày, …": a sentence dated by the day written before it
_SAME_DAY = re.compile(r"\s*(?:(?:Trước đó|Sau đó)\s*,\s*)?(?:(?:Sáng|Chiều|Tối|Trưa|sáng|chiều|tối|trưa)\s+)?(?:[Cc]ùng ngày|[Cc]ũng trong ngày)\b")
# "buổi làm việc này / thứ hai / lần trước": another or a counted session, not the one just reported
_NOT_THIS = re.compile(r"\s+(?:này|đó|nói trên|nêu trên|thứ|lần|trước|sau|tiếp theo)\b")


def verbal_working_sessions(text: str, sentences: list[tuple[int, int]], dates: list[Candidate]) -> list[Candidate]:
    """A session noun after a dated sentence that reports the session with a verb (and names no session itself)."""
    def dated(a: int, b: int) -> bool:
        return bool(_SAME_DAY.match(text, a)) or any(
            a <= d.start < b and d.value and d.source != "date-dateline" for d in dates)

    flags = [dated(a, b) for a, b in sentences]
    out: list[Candidate] = []
    for k, (a, b) in enumerate(sentences):
        if not flags[k] or not WORK_VERB.search(text, a, b) or _NOUN.search(text, a, b):
            continue  # (the dated-event step names the session where the dated sentence does)
        for j in range(k + 1, len(sentences)):
            if flags[j]:
                break  # another dated happening
            for m in _NOUN.finditer(text, *sentences[j]):
                if not _NOT_THIS.match(text, m.end()):
                    out.append(Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-dated"], "event-dated", ref=True,
                                         meta={"head": m.group(0).split()[-1].casefold(), "generic": True,
                                               "standalone": True}))
    return out

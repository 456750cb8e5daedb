"""Vietnamese places no list knows, read from where they stand: a sentence opened by "Tại X," ("Tại Hoa Lư,
…") and a name joined by "và" to a place after a preposition of place ("ở Santiago và Valparaíso", "tại Budapest và
Debrecen"), and the names listed after a plural of a unit ("các huyện U Minh, Trần Văn Thời và Năm Căn"). Such names often read like people's names ("Hoa Lư") or are foreign; the frame says they are places.
"""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word, cap_run, starts_org_head

# "Tại Hoa Lư, …": the place that opens a sentence, then a comma
_OPENING = re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:Tại|Ở)\s+$")
# "ở Santiago và …", "từ Kampot và …": a preposition of place or movement right before the first place
_PLACE_PREP = re.compile(r"(?<![\w])(?:tại|ở|đến|từ|sang|tới)\s+$")
_EVENT_HEADS = tuple(h + " " for h in P.EVENT_HEADS_VI)
# "các huyện A, B và C", "hai xã A và B": a plural of a unit before the list of its names
_PLURAL_UNITS = re.compile(r"(?<![\w])(?:các|những|hai|ba|bốn|năm|sáu|\d{1,2})\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|"
                           r"phường|thị trấn)\s+(?=[" + P.UPPER_VI + "])")


def listed_place_candidates(text: str, words: list[Word], cands: list[Candidate]) -> list[Candidate]:
    """``LOC`` candidates for unknown names that a place frame marks as places (see the module doc)."""
    taken = [(c.start, c.end) for c in cands if not c.ref]
    start_of = {w.start: w.i for w in words}
    out: list[Candidate] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def run_at(pos: int) -> tuple[int, int] | None:
        """The span of a run of one to three name syllables starting at ``pos`` that closes there (a mark or a
        lower-case word after it), not an organisation's or event's head."""
        i = start_of.get(pos)
        if i is None or starts_org_head(text, pos) or text.startswith(_EVENT_HEADS, pos):
            return None
        j = cap_run(text, words, i, max_len=3)
        if j < i or (j + 1 < len(words) and words[j + 1].is_cap and words[j + 1].start - words[j].end <= 1):
            return None
        return words[i].start, words[j].end

    for c in cands:
        if c.label != "LOC" or c.ref:
            continue
        m = re.match(r"\s+(?:và|hoặc)\s+", text[c.end:c.end + 12])
        if m is None or not _PLACE_PREP.search(text, max(0, c.start - 8), c.start):
            continue
        span = run_at(c.end + m.end())
        if span and free(*span) and re.match(r"\s*(?:[,.;:)]|$|\s[a-zà-ỹđ])", text[span[1]:span[1] + 3]):
            out.append(Candidate(span[0], span[1], "LOC", PRIORITY["place-listed"], "place-listed"))
            taken.append(span)
    places = {(c.start, c.end) for c in cands if c.label == "LOC" and not c.ref}
    not_people = [(c.start, c.end) for c in cands if not c.ref and c.label not in ("LOC", "PER")]
    people = [(c.start, c.end) for c in cands if not c.ref and c.label == "PER"]
    for m in _PLURAL_UNITS.finditer(text):  # "các huyện U Minh, Trần Văn Thời và Năm Căn": each name is one of them,
        spans, pos = [], m.end()  # a known place, or a name read as a person's ("Trần Văn Thời")
        while (span := run_at(pos)) is not None and not any(a < span[1] and span[0] < b for a, b in not_people):
            spans.append(span)
            sep = re.match(r",\s+(?:và\s+|hoặc\s+)?|\s+(?:và|hoặc)\s+", text[span[1]:span[1] + 10])
            if sep is None:
                break
            pos = span[1] + sep.end()
        # (a list holding a name read as a person's closes with a mark: "các tỉnh Nghệ An và Nguyễn Văn Nam cùng đi"
        # names a person who goes along)
        person_read = any(a < e and s < b for s, e in spans for a, b in people)
        if len(spans) >= 2 and re.match(r"\s*(?:[,.;:)]|$)" if person_read else r"\s*(?:[,.;:)]|$|\s[a-zà-ỹđ])",
                                         text[spans[-1][1]:spans[-1][1] + 3]):
            for span in spans:
                if span not in places:
                    out.append(Candidate(span[0], span[1], "LOC", PRIORITY["place-listed"], "place-listed"))
                    taken.append(span)
    for m in re.finditer(r"(?:Tại|Ở)\s+", text):
        if not _OPENING.search(text, max(0, m.start() - 3), m.end()):
            continue
        span = run_at(m.end())
        if span and free(*span) and text.startswith(",", span[1]):
            out.append(Candidate(span[0], span[1], "LOC", PRIORITY["place-listed"], "place-listed"))
            taken.append(span)
    return out

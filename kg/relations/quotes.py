"""Quoted statements: who said what ("ông X cho rằng …", "Theo ông X, …", "X said …")."""
from __future__ import annotations

import re

from kg.relations.base import SAY_EN, SAY_VI, Quote, Sentence

def statements(s: Sentence) -> list[Quote]:
    """Quotes and claims: "ông X cho rằng …", "Theo ông X, …", "“…”, X nói", "X said …"."""
    out: list[Quote] = []
    # bare titles that stand for a person ("The Party chief said …") were added by titles_of_people
    people = sorted((m for m in s.ex.mentions if m.sentence == s.index and m.type == "Person"
                     and (not m.nested or m.source == "title-ref")), key=lambda m: m.start)
    if not people:
        return out
    say = SAY_VI if s.lang == "vi" else SAY_EN
    body = s.text[s.start:s.end]
    # "Theo ông X, …" / "According to X, …"
    m = re.match(r"\s*(Theo|According to)\s+", body)
    if m:
        speaker = next((p for p in people if p.start == s.start + m.end()
                        or (p.start > s.start + m.end() and s.text[s.start + m.end():p.start].strip()
                            in ("ông", "bà", "Mr", "Ms", "Mr.", "Ms."))), None)
        if speaker is not None:
            comma = s.text.find(",", speaker.end, s.end)
            if comma > 0 and s.end - comma > 15:
                out.append(Quote(speaker.id, _skip_space(s.text, comma + 1), s.end, s.index))
                return out
    # "“…”, X nói" / "\"…\", said X"
    q = re.match(r"\s*[“\"](?P<q>[^”\"]{10,})[”\"]\s*,?\s*(?P<cue>" + say + r")\b", body)
    if q:
        after = [p for p in people if p.start >= s.start + q.end("cue")]
        if after and s.text[s.start + q.end("cue"):after[0].start].strip() in ("", "ông", "bà", "Mr", "Ms"):
            out.append(Quote(after[0].id, s.start + q.start("q"), s.start + q.end("q"), s.index))
            return out
    # "X (, title …) cue (rằng|that|:) …"
    for cue in re.finditer(r"(?<![\w])(?:" + say + r")(?![\w])", body):
        pos = s.start + cue.start()
        before = [p for p in people if p.end <= pos and pos - p.end <= 150]
        if not before:
            continue
        speaker = before[-1]
        gap = s.text[speaker.end:pos]
        if re.search(r"[.;!?]", gap) or re.search(r"\b(và|and)\s*$", gap):
            continue
        start = s.start + cue.end()
        lead = re.match(r"\s*(rằng|that|:|,)?\s*", s.text[start:s.end])
        start += lead.end() if lead else 0
        if s.end - start >= 15:
            out.append(Quote(speaker.id, start, s.end, s.index))
            break
    return out


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos

"""Fields the lexicon does not know, read from the subject of a policy or an event (Vietnamese).

"Chỉ thị số 12/CT-TTg … về tăng cường công tác thi hành án dân sự", "Hội nghị … về nâng
cao hiệu quả tín dụng chính sách xã hội trong giai đoạn mới": the words after "về" in an
instrument's or a meeting's name are its subject. Past the words that open a subject but
are not the field ("tăng cường", "công tác", "nâng cao hiệu quả": ``lead`` in
``kg/data/patterns/field_topics_vi.json``) and up to the first word that closes it
(``stop``: "giai đoạn", "năm", "trên địa bàn", "của", a number, a capital, punctuation),
a lower-case phrase of two to six words is a field: a Topic. The same phrase written again
in the article (inside another name: "Đề án phát triển kinh tế tập thể …") is the same
Topic. Subjects the lexicon already names are left to the gazetteer.

Not run by the pipeline (kg.nlp.recognizers.stages): measured in issue 9's ninth Vietnamese round, it raised
about/Topic on the round's new tune articles (tune-vi about F1 0.734 -> 0.778) but was neutral on the older
tune articles v01-v117 (about 0.785 -> 0.784) and only added false topics on never-tuned text (held-out
h01-h16 about P 0.524 -> 0.478 at the same recall; Topic F1 0.635 -> 0.615). Measured again in the eleventh
round on the fresh v138-v141 (written before any rule for them): no topic right and one wrong ("thích ứng" cut from
"thích ứng với biến đổi khí hậu", whose event then lost its lexicon topic): about 0.750 -> 0.667 there, while
tune-vi rose 0.733 -> 0.769 almost only on the v118-v133 it was fitted to. Still left out. Add its step to the "context"
stage to use it.

Only :func:`headline_field_candidates` runs (the "context" stage, since vi25): the subject of a name past the
headline that the headline names too ("Lạng Sơn thúc đẩy cửa khẩu số" … "Diễn đàn về cửa khẩu số …"), a field the
article leads with. On tune-vi it found 3 fields and added 1 wrong one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data, stop_in_compound_vi

SOURCE = "field-topic"
_HOLDERS = ("POLICY", "EVENT")
_WORD = re.compile(r"[^\W\d_]+")
_CUE = re.compile(r"(?<![\w])về\s+")
# what may stand between a policy's or event's name and its "về": a date, its issuer
_GAP = re.compile(r"\s*(?:(?:ngày|ban hành ngày)\s+[\d/]+\s*(?:năm\s+\d{4}\s*)?)?(?:của\s+(?:[^,.;:()\"“”]|\.(?=\w)){1,60}?)?\s*")  # ("của UBND TP.HCM")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = pattern_data("field_topics_vi.json")
    split = lambda ws: sorted((tuple(w.replace(",", " ,").split()) for w in ws), key=len, reverse=True)  # noqa: E731
    return {"lead": split(raw["lead"]), "kept": split(raw["kept_leads"]), "stop": split(raw["stop"]), "reject": split(raw["reject_first"]),
            "place": split(raw["place_words"]),
            "governors": re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in raw["governors"]) + r")\s+$"),
            "min": raw["min_words"], "max": raw["max_words"]}


def _starts(words: list[str], i: int, phrases: list[tuple[str, ...]]) -> int:
    """The length of the first of ``phrases`` that ``words`` has at ``i`` (0 if none)."""
    for p in phrases:
        if tuple(w.casefold() for w in words[i:i + len(p)]) == p:
            return len(p)
    return 0


def _stops_at(words: list[str], j: int, stops: list[tuple[str, ...]]) -> bool:
    """A stop phrase closes the subject at ``j``, unless it is one syllable that is half of a compound with its
    neighbour ("tín dụng nhà | ở xã hội" is "nhà ở", "hàng | không dân dụng": kg.nlp.patterns.stop_in_compound_vi)."""
    k = _starts(words, j, stops)
    if k != 1:
        return k > 0
    before = words[j - 1].casefold() if j > 0 else ""
    after = words[j + 1].casefold() if j + 1 < len(words) else ""
    return not stop_in_compound_vi(before, words[j].casefold(), after)


def _subject(text: str, at: int) -> tuple[int, int] | None:
    """The field a "về" at ``at`` (its end) opens, as a span of ``text``, or None."""
    d = _data()
    toks: list[tuple[int, int]] = []  # word spans, up to the first thing that is not a lower-case word
    pos = at
    while len(toks) < 16:
        m = re.match(r"(,\s+|\s+)?([^\W\d_]+)", text[pos:pos + 40])
        if not m or (toks and m.group(1) is None) or "\n" in (m.group(1) or ""):
            break
        if m.group(1) and "," in m.group(1):
            toks.append((-1, -1))  # a comma: only the lead may run past it
        toks.append((pos + m.start(2), pos + m.end(2)))
        pos += m.end()
    words = [text[s:e] if s >= 0 else "," for s, e in toks]
    i = 0
    while i < len(words):  # "tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể"
        k = _starts(words, i, d["lead"])
        if k:
            i += k
            if i < len(words) and words[i] in (",", "và"):
                i += 1
            continue
        break
    kept = _starts(words, i, d["kept"])  # "phòng, chống đuối nước": the words that make the field
    j = i + kept
    while j < len(words) and words[j] != "," and words[j][:1].islower() and not _stops_at(words, j, d["stop"]):
        k = _starts(words, j, d["place"])
        if k and j + k < len(words) and words[j + k][:1].isupper():
            break  # "… tỉnh Thái Nguyên": the place the subject is in
        j += 1
    n = j - i
    if not d["min"] <= n - (1 if kept and "," in words[i:i + kept] else 0) <= d["max"] or j == i + kept \
            or (not kept and _starts(words, i, d["reject"])):
        return None
    return toks[i][0], toks[j - 1][1]


def field_span(text: str, at: int) -> tuple[int, int] | None:
    """The field a subject starting at ``at`` names (lead words skipped, closed at a stop word), or None:
    the reading of a name's "về" for other cues (kg.nlp.recognizers.listed_fields_vi)."""
    return _subject(text, at)


def headline_field_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The same reading, kept only for a subject the headline names too ("Lạng Sơn thúc đẩy cửa khẩu số" …
    "Diễn đàn về cửa khẩu số và …"): a field the article leads with and names as a meeting's or an instrument's
    subject is what the article is about. Run by the pipeline (the "context" stage), unlike the plain reading."""
    cut = text.find("\n")
    end = cut if cut >= 0 else len(text)
    # the name's "về" read past the headline ("Hội nghị về X" as a headline is the name itself, no lead of its own)
    body = " " * end + text[end:]
    keys: dict[str, list[Candidate]] = {}
    for c in field_topic_candidates(body, cands, least=1):
        keys.setdefault(text[c.start:c.end].casefold(), []).append(c)
    out: list[Candidate] = []
    for key, group in keys.items():
        lead = [m for m in re.finditer(r"(?<![\w])" + re.escape(key) + r"(?![\w])", text[:end], flags=re.IGNORECASE)]
        if not lead or any(re.match(r"\s+với(?![\w])", text[c.end:c.end + 6]) for c in group):
            continue  # the headline must name it; "thích ứng | với biến đổi khí hậu": the field is what it is tied to
        out += group + [Candidate(m.start(), m.end(), "TOPIC", group[0].priority, SOURCE) for m in lead]
    return out


def field_topic_candidates(text: str, cands: list[Candidate], least: int = 2) -> list[Candidate]:
    """Topics named after "về" in a policy's or event's name, and the same words again (``least`` times in all)."""
    holders = [c for c in cands if c.label in _HOLDERS and not c.ref]
    topics = [c for c in cands if c.label == "TOPIC"]
    found: dict[str, tuple[int, int]] = {}
    for cue in _CUE.finditer(text):
        inside = any(h.start < cue.start() and cue.end() < h.end for h in holders)
        after = any(h.end <= cue.start() and _GAP.fullmatch(text, h.end, cue.start()) for h in holders)
        if not (inside or after) or _data()["governors"].search(text, max(0, cue.start() - 20), cue.start()):
            continue  # "Nghị định quy định về hóa đơn": the subject of "quy định", not of the decree
        span = _subject(text, cue.end())
        if span is None or any(t.start < span[1] and span[0] < t.end for t in topics):
            continue  # a subject the lexicon names is the gazetteer's
        found.setdefault(text[span[0]:span[1]].casefold(), span)
    out: list[Candidate] = []
    others = [c for c in cands if c.label not in _HOLDERS and c.label not in ("TOPIC", "TITLE", "DATE")]
    for key, first in found.items():
        again = list(re.finditer(r"(?<![\w])" + re.escape(key) + r"(?![\w])", text, flags=re.IGNORECASE))
        if len(again) < least:
            continue  # a field the article is about comes back: one subject named once is no topic of the article
        for m in again:
            if m.group(0)[1:] != m.group(0)[1:].lower():
                continue  # "Thi Hành Án": only the first letter may be a capital
            if m.start() != first[0] and any(o.start < m.end() and m.start() < o.end for o in others):
                continue  # "Thi hành án dân sự tỉnh Đồng Nai": the words again in a body's name name the body
            out.append(Candidate(m.start(), m.end(), "TOPIC", PRIORITY["field-topic"], SOURCE))
    return out

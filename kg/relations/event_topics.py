"""The field a meeting deals with, named in the clause right after its head: "hội nghị trực tuyến triển
khai các biện pháp cấp bách phòng, chống bệnh dịch tả lợn châu Phi" (a generic event, whose name the
recogniser keeps short), "Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh
công tác bảo hiểm y tế" (a dated meeting whose purpose clause names an instrument and its issuer first).
ANNOTATION.md: the subject named in an event's title gives ``about``."""
from __future__ import annotations

import re

from kg.relations.base import TOPIC_JOIN, Mention, Relation, Sentence

# the clause after the head: lower-case words (a purpose or a scope), commas of paired verbs allowed
_CLAUSE = re.compile(r"(?:\s+x)?(?:\s+(?:trực tuyến|trực tiếp|toàn quốc|chuyên đề))?\s+(?:về|triển khai|bàn|bàn về|nhằm|"
                     r"thảo luận|góp ý|tập huấn|tuyên truyền|phổ biến|sơ kết|tổng kết|đánh giá|quán triệt|"
                     r"triển khai các giải pháp|triển khai các biện pháp)\b[^.;:()\"“”]{0,100}$")
# a name that already ends with its purpose verb goes on with a paired one: "hội nghị tuyên truyền | , phổ biến
# pháp luật về phòng, chống ma túy"
_VERB_END = re.compile(r"(?<![\w])(?:triển khai|tập huấn|tuyên truyền|phổ biến|sơ kết|tổng kết|quán triệt|góp ý|"
                       r"thảo luận|đánh giá)$")
# what may join two topics of one purpose clause: "về chuyển đổi số và trí tuệ nhân tạo"
_JOIN = TOPIC_JOIN
_AMENDED = re.compile(r"\s*\((?:sửa đổi|sửa đổi, bổ sung)\)")


def _in_clause(s: Sentence, ev: Mention, m: Mention, inside: list[Mention]) -> bool:
    """``m`` (between the event's head and a topic) belongs to the purpose clause: an instrument
    ("thực hiện Chỉ thị số 38-CT/TW …"), the body that issued the one just before it ("… của Ban Bí thư"), or
    the body whose meeting it is, right after the head ("phiên họp Chính phủ chuyên đề về …")."""
    if m.type == "Topic":
        return True
    if m.type == "Organization" and not inside and not s.text[ev.end:m.start].strip():
        return True  # the body whose meeting it is: "phiên họp | Chính phủ | chuyên đề về xây dựng pháp luật"
    if m.type == "Policy":
        return True
    if m.type == "Organization" and inside and inside[-1].type == "Policy":
        return bool(re.fullmatch(r"\s*của\s+", s.text[inside[-1].end:m.start]))
    return False


def _masked_gap(s: Sentence, start: int, end: int, inside: list[Mention]) -> str:
    """The text from ``start`` to ``end`` with the instruments and bodies of the clause as one lower-case
    word each, and an amended law's "(sửa đổi)" dropped."""
    out, pos = [], start
    for m in inside:
        out.append(s.text[pos:m.start])
        out.append("x")
        tail = _AMENDED.match(s.text, m.end)
        pos = tail.end() if tail and tail.end() <= end else m.end
    out.append(s.text[pos:end])
    return "".join(out)


# words that end a title written in lower case after its capitalised head: a verb or a preposition of the clause
_RUN_STOPS = re.compile(r"(?<![\w])(?:tại|vào|với|do|nhằm|để|có|đã|sẽ|được|là|cho|của|từ|diễn ra|thu hút|"
                        r"nhận|chiều|sáng|tối|ngày)(?![\w])")


def _titled_run(s: Sentence, ev: Mention, gap: str) -> bool:
    """A capitalised head written mid-sentence and run on in lower case up to the topic is the event's
    title ("… tổ chức Diễn tập thực chiến ứng cứu sự cố an ninh mạng …"): no punctuation, no clause word."""
    if not ev.text[:1].isupper() or not s.text[s.start:ev.start].strip():
        return False  # a head that opens the sentence is its subject: "Hội nghị thống nhất …"
    return bool(re.fullmatch(r"(?:\s+[^\W\d][\w-]*){0,8}\s+", gap)) and not _RUN_STOPS.search(gap)


def generic_event_topics(s: Sentence) -> list[Relation]:
    """about: a dated generic event → the known topics that close the purpose clause after it."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    for ev in s.of_type("Event"):
        purpose = ev.source == "event-ref" and not s.text[s.start:ev.start].strip() \
            and re.match(r"\s+(?:nhằm|với mục đích|có chủ đề)\s", s.text[ev.end:s.end])
        if not purpose and ((ev.ref and ev.source != "event-dated") or (ev.text[:1].isupper() and ev.source != "event-dated")):
            continue  # a named event's topics are inside its name (kg.extract topics_of); "Diễn đàn nhằm …"
            # opening a sentence states the purpose of the event named before
        inside = [m for m in sorted(s.mentions, key=lambda m: m.start) if m.start >= ev.end and m.type != "Topic"]
        last = None
        for t in topics:
            if t.start <= ev.end:
                continue
            if last is not None:
                if _JOIN.fullmatch(s.text[last.end:t.start]):
                    out.append(Relation(ev.id, "about", t.id, s.index))
                    last = t
                    continue
                break
            between = [m for m in inside if m.end <= t.start]
            ok: list[Mention] = []
            for m in between:
                if not _in_clause(s, ev, m, ok):
                    break
                ok.append(m)
            if len(ok) < len(between):
                break
            gap = _masked_gap(s, ev.end, t.start, ok)
            if _VERB_END.search(ev.text) and gap.startswith(","):
                gap = " " + gap[1:].lstrip()
            if (_CLAUSE.match(gap) or _titled_run(s, ev, gap)) and not any(w[:1].isupper() for w in gap.split()):
                out.append(Relation(ev.id, "about", t.id, s.index))
                last = t
                continue
            break
    return out


# an English compound naming a field before the event it qualifies: "an AI-focused conference", "the
# semiconductor-themed forum", "a green finance-oriented seminar"
_FOCUSED = re.compile(r"[-‑–]\s?(?:focused|themed|oriented|centred|centered|dedicated)\s+")
_BETWEEN = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")


def compound_focus_topics(s: Sentence) -> list[Relation]:
    """about (English): the field of "a/an X-focused EVENT" (``_FOCUSED``, at most two words between)."""
    if s.lang != "en":
        return []
    events = s.of_type("Event")
    out: list[Relation] = []
    for t in s.of_type("Topic"):
        m = _FOCUSED.match(s.text, t.end, s.end)
        ev = next((e for e in events if m and e.start >= m.end() and _BETWEEN.fullmatch(s.text, m.end(), e.start)), None)
        if ev is not None:
            out.append(Relation(ev.id, "about", t.id, s.index))
    return out

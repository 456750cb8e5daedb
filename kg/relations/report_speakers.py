"""participatedIn of the officials a Vietnamese meeting report quotes, one paragraph after another.

A report of a conference, a council session or a ceremony names the event in its lead and then
gives the speeches: "Ông X, Cục trưởng Cục Y, cho biết …", "Phó Chủ tịch UBND tỉnh Z đề nghị …",
"Theo bà W, Giám đốc Sở V, …", "Trả lời chất vấn của đại biểu về …, ông U, Giám đốc Sở T, cho
biết …", "Đại diện Bộ S, ông R, Cục trưởng …, cho biết …". The sentence names no event or day of
its own; the official spoke at the latest event the article named before (of a kind where people
speak: ``speech_events``), however many paragraphs back.

Only a speaker whose sentence opens with an act at the event ("Trả lời chất vấn …,", "Đại diện Bộ X,"), or
whose verb says the speech was made there ("phát biểu", "trình bày", "giải trình": ``event_speech_verbs``) or
that he handed something over, counts: quoted bare ("Ông X, Giám đốc Sở Y, cho biết …", "Theo bà Z, …"), an
official may have told the paper anywhere (the tune golds: 9 such quotes right, 40 wrong). Only a titled official of a state body (or of none the sentence names) counts: a company's
director, a resident or a lawyer quoted in the story may have said it anywhere. The head of the
body that holds the event counts only where a word puts him there (a reply, a handing over): quoted
bare, he tells the paper what his body does (the tune golds leave him out: 20 of 22 such quotes).
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import entry_by_id
from kg.relations.attendance import handed_to
from kg.relations.base import STATE_KINDS, Mention, Relation, Sentence, planned_event
from kg.relations.cues import cue_pattern

_HONORIFIC = r"(?:(?:ông|bà|đồng chí)\s+)"
# a verb of speaking (or of handing over) right after the speaker and the apposition
_SPEAKS = re.compile(r"\s*(?:cũng\s+|đã\s+|có\s+(?=phát biểu|ý kiến|bài phát biểu))*(?:" + cue_pattern("report_speech_verbs", "vi")
                     + "|" + cue_pattern("handing_verbs", "vi") + r")", re.IGNORECASE)
# a verb that puts a bare-quoted speaker at the event: a speech made there, or a handing over
_AT_EVENT = re.compile(r"\s*(?:cũng\s+|đã\s+|có\s+(?=phát biểu))*(?:" + cue_pattern("event_speech_verbs", "vi") + "|"
                       + cue_pattern("handing_verbs", "vi") + r")", re.IGNORECASE)


def report_speakers(s: Sentence) -> list[Relation]:
    """participatedIn for the titled official who opens a sentence and speaks, in the latest
    earlier event of a speaking kind."""
    if s.lang != "vi" or s.index < 1:
        return []
    if any(m.type == "Event" for m in s.mentions + s.nested):
        return []
    people = [m for m in s.of_type("Person") if not m.ref]
    if not people:
        return []
    p = people[0]
    lead_end = _opening(s, p)
    if lead_end is None:
        return []
    opening, theo = lead_end
    # the apposition ends at a comma outside the names in it ("Cục trưởng Cục Quản lý đê điều và Phòng, chống
    # thiên tai, cho biết"): the names are masked
    masked = _masked(s, p.end, s.end)
    app = re.match(r"\s*,(?P<app>(?:[^.;:\"“”]|\.(?=\S)){1,160}?),\s*", masked)
    after = p.end + (app.end() if app else 0)
    if theo:
        if app is None:
            return []  # "Theo ông X, Giám đốc Sở Y, …": the apposition and the comma
    elif not _SPEAKS.match(s.text[after:s.end]):
        return []
    if any(d[0] < after for d in s.dates):
        return []  # "Ngày 5/3, ông X cho biết …": another day, maybe another occasion
    span_a, span_b = s.start + opening, (p.end + app.end("app")) if app else p.end
    titled = [t for t in s.titles if span_a <= t.start_char and t.end_char <= span_b]
    if not titled and not re.search(r"(?<![\w])đồng chí\s+$", s.text[max(s.start, p.start - 12):p.start],
                                    flags=re.IGNORECASE):
        return []  # a resident, a student: not an official of the meeting ("đồng chí X" is one)
    bodies = [o for o in s.mentions + s.nested if o.type == "Organization" and span_a <= o.start < span_b]
    if bodies and _private(s, bodies[0]):
        return []  # a company's director may have said it to the paper, anywhere
    event = _latest_speech_event(s)
    if event is None or _another_occasion_since(s, event):
        return []
    if not opening and not _AT_EVENT.match(s.text, after, s.end) and not _PRESS.match(event.text):
        return []  # quoted bare ("cho biết", "Theo bà Z"), he may have told the paper anywhere (tune golds: 9 right,
        # 40 wrong); at a press conference, telling the press is what he is there for
    if not opening and bodies and not handed_to(s, p.end) and not _PRESS.match(event.text) \
            and _host_of(s, bodies[0], event):
        return []  # "Ông X, Giám đốc Sở Y, cho biết …" after "Sở Y tổ chức Hội thảo Z": the host's head tells the
        # paper what the host does; no word puts him at the event (a reply or a handing over does; at the host's
        # own press conference, speaking is what he is there for)
    out = [Relation(p.id, "participatedIn", event.id, s.index)]
    # "Chủ tịch UBND tỉnh X trao quyết định cho ông Y": who is handed it there took part too
    out += [Relation(r.id, "participatedIn", event.id, s.index) for r in handed_to(s, p.end)]
    represented = _represented(s, s.start + opening)
    if represented is not None:  # "Đại diện Bộ X, ông Y, …": the body he speaks for took part too
        out.append(Relation(represented.id, "participatedIn", event.id, s.index))
    return out


def heard_at_event(s: Sentence) -> list[Relation]:
    """participatedIn: "Kỳ họp đã nghe ông X, Chủ tịch UBND tỉnh, trình bày báo cáo …", "Hội nghị đã nghe
    đại diện Bộ Y báo cáo …": who the event heard present something spoke at it."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for ev in (m for m in s.mentions if m.type == "Event"):
        heard = re.match(r"\s*(?:cũng\s+|đã\s+)*(?:nghe|lắng nghe)\s+(?:" + _HONORIFIC + r"|đại diện\s+)?",
                         s.text[ev.end:s.end], flags=re.IGNORECASE)
        if heard is None:
            continue
        at = ev.end + heard.end()
        covered = [(t.start_char, t.end_char) for t in s.titles]
        who = next((m for m in s.mentions if m.type in ("Person", "Organization") and m.start >= at), None)
        if who is None or re.search(r"[^\s]", "".join(" " if any(a <= at + i < b for a, b in covered) else ch
                                                     for i, ch in enumerate(s.text[at:who.start]))):
            continue  # only the titles of the one heard stand between ("nghe Phó Chủ tịch UBND tỉnh X")
        out.append(Relation(who.id, "participatedIn", ev.id, s.index))
    return out


def represented_bodies(s: Sentence) -> list[Relation]:
    """participatedIn: "Đại diện Tập đoàn X chia sẻ kinh nghiệm …" in a meeting report: the body a
    representative spoke for took part in the latest earlier event of a speaking kind."""
    if s.lang != "vi" or s.index < 2 or any(m.type == "Event" for m in s.mentions + s.nested):
        return []
    # ("Trả lời kiến nghị, đại diện Ngân hàng X cho biết …": the answer was given there too)
    m = re.match(r"\s*(?:(?:" + cue_pattern("answer_openings", s.lang) + r")[^,;.]{0,120},\s*)?(?:Cũng\s+)?"
                 r"(?:Đại diện|Thay mặt)\s+", s.text[s.start:s.end], flags=re.IGNORECASE)
    if m is None:
        return []
    body = next((o for o in s.mentions if o.type == "Organization" and o.start == s.start + m.end()), None)
    end = body.end if body is not None else s.start
    seat = re.match(r"\s+(?:tại|ở)\s+", s.text[end:s.end])  # "Đại diện Tổ chức Y tế Thế giới tại Việt Nam cam kết …"
    place = next((p for p in s.mentions if p.type == "Place" and seat and p.start == end + seat.end()), None)
    end = place.end if place is not None else end
    if body is None or not re.match(r"\s*(?:cũng\s+|đã\s+)*(?:" + cue_pattern("report_speech_verbs", s.lang) + r")",
                                    s.text[end:s.end], flags=re.IGNORECASE):
        return []
    event = _latest_speech_event(s)
    return [Relation(body.id, "participatedIn", event.id, s.index)] if event is not None else []


def presenting_bodies(s: Sentence) -> list[Relation]:
    """participatedIn: "Hội Nông dân tỉnh A và Liên minh Hợp tác xã tỉnh B cũng trình bày tham luận về …" in a
    meeting report: bodies that open a sentence and present a paper (``paper_verbs``: a paper is given at
    the meeting, not anywhere) took part in the latest earlier event of a speaking kind."""
    if s.lang != "vi" or s.index < 1 or any(m.type == "Event" for m in s.mentions + s.nested):
        return []
    orgs = [o for o in s.mentions if o.type == "Organization" and not o.ref]
    if not orgs or orgs[0].start != s.start + len(s.text[s.start:s.end]) - len(s.text[s.start:s.end].lstrip()):
        return []  # the sentence opens with the first body
    verb = re.search(r"\s(?:cũng\s+|đã\s+)*(?:" + cue_pattern("paper_verbs", s.lang) + r")(?![\w])",
                     s.text[s.start:s.end], flags=re.IGNORECASE)
    if verb is None:
        return []
    at = s.start + verb.start()
    members = [o for o in orgs if o.end <= at]
    # only the bodies and the words joining them stand before the verb: "A, B và C cũng …"
    rest = _masked(s, s.start, at)
    if not members or re.search(r"[^x\s,]", re.sub(r"(?<![\w])(?:và|cùng)(?![\w])", " ", rest)):
        return []
    event = _latest_speech_event(s)
    return [Relation(o.id, "participatedIn", event.id, s.index) for o in members] if event is not None else []


def _represented(s: Sentence, opening_end: int) -> Mention | None:
    m = re.match(r"\s*(?:Đại diện|Thay mặt)\s+", s.text[s.start:opening_end], flags=re.IGNORECASE)
    if m is None:
        return None
    return next((o for o in s.mentions if o.type == "Organization" and o.start == s.start + m.end()), None)


def _private(s: Sentence, body: Mention) -> bool:
    """A firm or a private body (by the gazetteer's kind, else by the head of its name)."""
    entry = entry_by_id("Organization", body.gid) if body.gid else None
    if entry is not None:
        return (entry.kind or "") not in STATE_KINDS
    return re.match(cue_pattern("private_body_heads", s.lang), body.text, flags=re.IGNORECASE) is not None


def _masked(s: Sentence, a: int, b: int) -> str:
    """The text from ``a`` to ``b`` with the bodies and places named in it written as letters."""
    spans = [(m.start, m.end) for m in s.mentions if m.type in ("Organization", "Place") and a <= m.start < b]
    return "".join("x" if any(x <= a + i < y for x, y in spans) else ch for i, ch in enumerate(s.text[a:b]))


def _opening(s: Sentence, p: Mention) -> tuple[int, bool] | None:
    """Where the words about the speaker begin (past "Trả lời …," or "Đại diện Bộ X,"), and
    whether the sentence opens with "Theo" (what follows the apposition is the speech itself)."""
    head = s.text[s.start:p.start]
    covered = [(t.start_char, t.end_char) for t in s.titles] + [(o.start, o.end) for o in s.mentions + s.nested
                                                                  if o.type == "Organization"]
    # the titles and bodies written before the name are blanked: "Phó Chủ tịch UBND tỉnh Nguyễn A"
    bare = "".join(" " if any(a <= s.start + i < b for a, b in covered) else ch for i, ch in enumerate(head))
    if re.fullmatch(r"\s*" + _HONORIFIC + r"?", bare, flags=re.IGNORECASE):
        return 0, False
    m = re.fullmatch(r"\s*Theo\s+" + _HONORIFIC + r"?", bare, flags=re.IGNORECASE)
    if m:
        return 0, True
    m = re.match(r"\s*(?:" + cue_pattern("answer_openings", s.lang) + r")[^,;.]{0,120},\s*", bare, flags=re.IGNORECASE)
    if m and re.fullmatch(r"\s*" + _HONORIFIC + r"?", bare[m.end():], flags=re.IGNORECASE):
        return m.end(), False
    m = re.match(r"\s*(?:Đại diện|Thay mặt)\s+[^,;.]{2,80},\s*", bare)
    if m and re.fullmatch(r"\s*" + _HONORIFIC + r"?", bare[m.end():], flags=re.IGNORECASE) \
            and any(o.type == "Organization" and s.start < o.start < s.start + m.end() for o in s.mentions):
        return m.end(), False
    return None


def _another_occasion_since(s: Sentence, event: Mention) -> bool:
    """A sentence after the event's, up to this one, opens on another occasion of the same day and names no
    event: "Cùng ngày, Ngân hàng Nhà nước cho biết … | Phó Thống đốc X nhấn mạnh …" is not said at the event."""
    from kg.relations.dates import SAME_DAY

    return any(SAME_DAY.match(s.text, s.ex.sentences[j][0]) for j in range(event.sentence + 1, s.index + 1))


_PRESENTED = re.compile(r"(?<![\w])(?:[Bb]áo cáo|[Tt]ờ trình|[Dd]iễn văn|[Tt]ham luận|[Dd]ự thảo)(?![\w])[^.;:]{0,80}?"
                        r"(?<![\w])do\s+(?:" + _HONORIFIC + r")?$")
_PRESENT_VERBS = re.compile(r"\s*,?\s*(?:đã\s+)?(?:trình bày|đọc|báo cáo|thông qua)(?![\w])")


def presented_reports(s: Sentence) -> list[Relation]:
    """participatedIn: "Báo cáo chính trị do Đại tá Lê Văn Thắng, Chủ tịch Hội …, trình bày cho thấy …": who
    presented the report, the speech or the draft spoke at the latest earlier event of a speaking kind (a
    congress, a session, a conference) when the sentence names no event of its own."""
    if s.lang != "vi" or s.index < 1 or any(m.type == "Event" for m in s.mentions + s.nested):
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        start = p.start  # back over the titles written right before the name ("do Đại tá Lê Văn Thắng")
        for t in sorted(s.titles, key=lambda t: -t.end_char):
            if t.end_char <= start and not s.text[t.end_char:start].strip():
                start = t.start_char
        if not _PRESENTED.search(s.text, s.start, start):
            continue
        masked = _masked(s, p.end, s.end)
        app = re.match(r"\s*,(?:[^.;:\"“”]|\.(?=\S)){1,160}?,", masked)
        if not _PRESENT_VERBS.match(s.text, p.end + (app.end() if app else 0)):
            continue
        event = _latest_speech_event(s)
        if event is not None:
            out.append(Relation(p.id, "participatedIn", event.id, s.index))
    return out


def _latest_speech_event(s: Sentence) -> Mention | None:
    earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence < s.index]
    if not earlier:
        return None
    ev = max(earlier, key=lambda m: (m.sentence, m.start))
    head = r"(?:" + cue_pattern("speech_events", s.lang) + r")"
    return ev if re.match(head, ev.text, flags=re.IGNORECASE) and not planned_event(s, ev) else None




_PRESS = re.compile(r"(?:buổi\s+)?họp báo", re.IGNORECASE)


def _host_of(s: Sentence, body: Mention, event: Mention) -> bool:
    """``body`` is named as the event's host ("Sở Y tổ chức …", "Sở Y phối hợp với … tổ chức …") up to the
    event's sentence."""
    key = body.text.casefold()
    return any(m.type == "Organization" and m.text.casefold() == key and not m.nested
               and re.match(r"\s*(?:đã\s+)?(?:tổ chức|phối hợp)", s.text[m.end:])
               for m in s.ex.mentions if m.sentence <= event.sentence)

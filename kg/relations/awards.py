"""Award news and the bodies that open or close their own events, mostly in English copy.

- ``ceremony_recipients``: "Lễ trao Quyết định … cho Công ty X": the recipient took part in the ceremony;
- ``award_recipients``: in an article about an award ("… Prize", "… Awards"), the people a
  sentence says received, won or were honoured with a prize took part in it (ANNOTATION.md:
  being handed an award at the event is participation); cue verbs ``award_verbs``;
- ``meeting_partners``: "… chaired a working session in Hai Phong with the city People's Committee,
  the Ministry of Construction and …": the bodies and people listed after "with" took part;
- ``body_opens_event``: "The provincial People's Council on Wednesday closed its 35th session",
  "The ministry presented the 2025 … Prize": the body that opens, closes or presents an event
  (``host_verbs``) holds it, when the event follows the verb closely.
"""
from __future__ import annotations

import re

from kg.relations.base import SAY_EN, Relation, Sentence
from kg.relations.cues import cue_pattern

_AWARD_NAME = re.compile(r"\b(?:Prizes?|Awards?)(?:\s+\d{4})?$")


def award_recipients(s: Sentence) -> list[Relation]:
    """participatedIn for the people who receive an award the article names."""
    if s.lang == "vi":
        return _award_recipients_vi(s)
    if s.lang != "en":
        return []
    awards = [m for m in s.ex.mentions if m.type == "Event" and not m.ref and _AWARD_NAME.search(m.text)]
    if not awards:
        return []
    verbs = cue_pattern("award_verbs", s.lang)
    if not re.search(verbs, s.text[s.start:s.end], flags=re.IGNORECASE) \
            and not _PRESENTED_TO.search(s.text, s.start, s.end):
        return []
    award = max((m for m in awards if m.start <= s.end), key=lambda m: m.start, default=awards[0])
    out: list[Relation] = _bodies_given(s, award)
    for p in s.of_type("Person"):
        after = s.text[p.end:s.end]
        before = s.text[s.start:p.start]
        # "X … received the main prize", "… was honoured", "The prize went to X", "presented … to X"
        clause_after = re.split(r"[;.]", after, maxsplit=1)[0]
        if re.search(verbs, clause_after[:160], flags=re.IGNORECASE) and not named_after(s, p, clause_after) \
                or re.search(r"(?:went|go|goes|was\s+given|were\s+given|awarded)\s+to\s+(?:\w+\s+){0,2}$", before):
            if not re.match(r"\s*,\s*(?:who|which)\b[^,]*\b(?:named|founded|set up)", after):
                out.append(Relation(p.id, "participatedIn", award.id, s.index))
    return out


# "… presented the top award to X", "Gold awards went to X, …, and to Y": who is given the prize
_PRESENTED_TO = re.compile(r"\bpresented\s+(?:the\s+|a\s+|an\s+|its\s+)?[^.;:,]{0,40}?\b(?:award|prize|trophy)s?\s+to\s+")
_GIVEN_TO = re.compile(r"(?:\b(?:went|go|goes|was\s+given|were\s+given|awarded)\s+to\s+|" + _PRESENTED_TO.pattern
                       + r")(?:the\s+)?$")
_AND_TO = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)to\s+(?:the\s+)?$")


# an award ceremony's name: "Lễ trao Giải thưởng Chuyển đổi số Việt Nam năm 2026", "Lễ tôn vinh giải …"
_AWARD_CEREMONY_VI = re.compile(r"(?:Lễ|lễ)\s+(?:trao(?:\s+tặng)?|công bố và trao|tôn vinh|vinh danh)\s+(?:Giải|giải)")
# what may stand between a recipient and its verb ("A cũng nhận giải"), and between two recipients of a list
_ADVERBS = re.compile(r"\s*(?:(?:cũng|đã|đều|lần lượt|vừa|được)\s+)*$")
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:và\s+)?|và\s+|cùng\s+)")
# a scholar's degree or an artist's honour written before the name ("PGS.TS A", "TS B", "NSND C")
_DEGREE = r"(?:(?:GS\.TS|PGS\.TS|TS\.BS|GS\.TSKH|GS|PGS|TS|TSKH|ThS|BS|NSND|NSƯT)\.?\s+)?"
# between two recipients of "được trao cho …": what the first one's prize is for ("…, với công trình về …"), then
# "và" or a comma, and the next one's degree
_LIST_GAP_FOR = re.compile(r"(?:\s*,\s*(?:với|cho)\s+[^,;.()]{1,120}?)?" + _LIST_GAP.pattern + r"(?:(?:ông|bà)\s+)?" + _DEGREE)


def _apposed(s: Sentence, a: int, b: int, close: bool = True) -> int:
    """Where a recipient's title or body in commas right after ``a`` ends (", Phó Viện trưởng Viện Toán học,",
    ", Viện Công nghệ sinh học,"), else ``a``: the words open with a title, or are one body's name. With
    ``close`` false the closing comma stays for the list gap that follows."""
    m = re.match(r"\s*,\s*([^,;.()]{1,90}?)\s*(?=,)", s.text[a:b])
    if m is None:
        return a
    lo, hi = a + m.start(1), a + m.end(1)
    titled = any(t.start_char == lo and t.end_char <= hi for t in s.titles)
    body = any(o.type == "Organization" and o.start == lo and o.end == hi for o in s.mentions)
    if not (titled or body) or any(p.type == "Person" and lo <= p.start < hi for p in s.mentions):
        return a
    return a + m.end() + (1 if close else 0)


def _award_recipients_vi(s: Sentence) -> list[Relation]:
    """participatedIn: after an award ceremony ("Lễ trao Giải thưởng X năm 2026"), the bodies and people a sentence
    says received a prize ("A và B nhận giải …", "giải thưởng được trao cho A, B và C", "Báo X được vinh danh")
    took part in the ceremony (ANNOTATION.md: being handed an award at the event). Only while the ceremony is the
    latest event the article named: a prize of an exam or contest told after it is not the ceremony's."""
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.ref and not m.nested and m.sentence <= s.index
             and not re.match(r"Giải\b", m.text)]
    if not named or not _AWARD_CEREMONY_VI.match(named[-1].text):
        return []
    ceremony = named[-1]
    parties = sorted(s.of_type("Person", "Organization"), key=lambda m: m.start)
    at = {m.start: m for m in parties}
    got: list = []
    for v in re.finditer(cue_pattern("award_receipt", "before"), s.text[s.start:s.end], flags=re.IGNORECASE):
        verb = s.start + v.start()
        # (past the recipient's title or body in commas: "PGS.TS A, Phó Hiệu trưởng Trường X, nhận giải …")
        who = next((m for m in reversed(parties) if m.end <= verb and _ADVERBS.fullmatch(s.text[_apposed(s, m.end, verb):verb])),
                   None)
        while who is not None:  # "A, B và C nhận giải": back through the list
            got.append(who)
            who = next((m for m in reversed(parties) if m.end <= who.start
                        and _LIST_GAP.fullmatch(s.text[m.end:who.start])), None)
    for v in re.finditer(cue_pattern("award_receipt", "after"), s.text[s.start:s.end], flags=re.IGNORECASE):
        pos = s.start + v.end()
        first = re.match(r"\s*(?:(?:ông|bà|các)\s+)?" + _DEGREE, s.text[pos:s.end])
        who = at.get(pos + first.end())
        while who is not None:  # "được trao cho A, B và C": on through the list
            got.append(who)
            # (past each one's title or body and what the prize is for: "TS A, Viện X, với nghiên cứu …, và TS B")
            gap = _LIST_GAP_FOR.match(s.text, _apposed(s, who.end, s.end, close=False), s.end)
            who = at.get(gap.end()) if gap else None
    return [Relation(i, "participatedIn", ceremony.id, s.index) for i in dict.fromkeys(m.id for m in got)]


def _bodies_given(s: Sentence, award) -> list[Relation]:
    """participatedIn: the bodies a prize goes to or is presented to ("… presented the top award to VinBrain",
    "Gold awards also went to MoMo, the e-wallet operator, and to Zalo AI"), each of a list of "and to"."""
    out: list[Relation] = []
    given = False
    for o in sorted(s.of_type("Organization"), key=lambda o: o.start):
        before = s.text[s.start:o.start]
        if _GIVEN_TO.search(before) or given and _AND_TO.search(before):
            out.append(Relation(o.id, "participatedIn", award.id, s.index))
            given = True
    return out


def ceremony_recipients(s: Sentence) -> list[Relation]:
    """participatedIn: "Lễ trao Quyết định … cho Công ty X (và Y)": whoever a ceremony hands its
    decision or award to takes part in it (ANNOTATION.md)."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not re.match(r"(?:Lễ|lễ)\s+(?:trao|công bố và trao|đón nhận)\b", ev.text):
            continue
        pos = ev.end
        m = re.match(r"\s+(?:cho|tới)\s+(?:(?:ông|bà|đồng chí|các|GS|PGS|TS|GS\.TS|PGS\.TS|ThS|Giáo sư|Phó Giáo sư)\s+)?",
                     s.text[pos:s.end])
        while m:
            who = next((x for x in s.mentions if x.start == pos + m.end() and x.type in ("Person", "Organization")), None)
            if who is None:
                break
            out.append(Relation(who.id, "participatedIn", ev.id, s.index))
            pos = who.end
            m = re.match(r"\s*(?:,|và)\s*(?:(?:ông|bà)\s+)?", s.text[pos:s.end])
    return out


def named_after(s: Sentence, p, clause: str) -> bool:
    """The verb is not ``p``'s receiving a prize: another person or a "said" stands between them
    ("X said the foundation received …"), or an active verb has no prize after it ("received 62
    nominations")."""
    verb = re.search(cue_pattern("award_verbs", s.lang), clause, flags=re.IGNORECASE)
    if verb is None:
        return True
    end = p.end + verb.start()
    if any(q.type == "Person" and p.end < q.start < end for q in s.mentions) \
            or re.search(r"(?<![\w])(?:" + SAY_EN + r")(?![\w])", clause[:verb.start()]):
        return True
    passive = re.match(r"(?:was|were)\s", verb.group(0), flags=re.IGNORECASE)
    return not passive and not re.match(r"(?:\s+[\w-]+){0,5}?\s+(?:prizes?|awards?|medals?|honou?rs?)\b",
                                        clause[verb.end():], flags=re.IGNORECASE)


def body_opens_event(s: Sentence) -> list[Relation]:
    """organized: a body that opens, closes or presents the event right after the verb."""
    if s.lang not in ("en", "vi"):
        return []
    out: list[Relation] = []
    verbs = cue_pattern("host_verbs", s.lang)
    if s.lang == "vi":  # "Đảng bộ Công an tỉnh Gia Lai long trọng khai mạc Đại hội …"
        return _vi_body_opens_event(s, verbs)
    orgs = [o for o in s.of_type("Organization") if not o.nested]
    events = s.of_type("Event")
    for cue in re.finditer(verbs, s.text[s.start:s.end]):
        at, end = s.start + cue.start(), s.start + cue.end()
        ev = next((e for e in events if e.start >= end and e.start - end <= 25
                   and re.fullmatch(r"\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}", s.text[end:e.start])), None)
        body = [o for o in orgs if o.end <= at]
        if ev is None or not body:
            continue
        o = body[-1]
        gap = s.text[o.end:at]
        # the body is the subject: only a date or an acronym between it and the verb
        if re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:(?:on|this|last)\s+\w+(?:\s+(?:morning|afternoon|evening|night))?\s+)?"
                        r"(?:(?:also|officially)\s+)?", gap) \
                and not re.search(r"\bby\s+(?:the\s+)?$", s.text[max(s.start, o.start - 8):o.start]):
            out.append(Relation(o.id, "organized", ev.id, s.index))
            for prev in reversed(body[:-1]):  # "the Ministry of X and the Y People's Committee launched …"
                if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", s.text[prev.end:o.start]):
                    break
                out.append(Relation(prev.id, "organized", ev.id, s.index))
                o = prev
    return out


_MEETING_WITH = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?(?:\s+on\s+\w+)?\s+with\s+(?:the\s+)?")


def meeting_partners(s: Sentence) -> list[Relation]:
    """participatedIn: "X chaired a working session in Hai Phong with the city's People's Committee,
    the Ministry of Construction and the investors": every body or person listed after "with"."""
    from kg.relations.participation import title_body

    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        m = _MEETING_WITH.match(s.text[ev.end:s.end])
        if not m:
            continue
        pos = ev.end + m.end()
        end = pos + (re.search(r"[;.]|\s(?:to|on|that|which|where|after|before)\s", s.text[pos:s.end]) or
                     re.search(r"$", s.text[pos:s.end])).start()
        cursor = pos
        for x in sorted((x for x in s.mentions if pos <= x.start < end), key=lambda x: x.start):
            gap = s.text[cursor:x.start]
            # (past an acronym in brackets: "the Hà Nội Centre for Disease Control (CDC) and …")
            if not (gap == "" if cursor == pos else re.fullmatch(
                    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", gap)):
                break
            cursor = x.end
            if x.type in ("Person", "Organization") and not title_body(s, x):
                out.append(Relation(x.id, "participatedIn", ev.id, s.index))
    return out


def _vi_body_opens_event(s: Sentence, verbs: str) -> list[Relation]:
    """organized, Vietnamese: the body right before "(long trọng) khai mạc / bế mạc" and the event after it."""
    out: list[Relation] = []
    for cue in re.finditer(verbs, s.text[s.start:s.end], flags=re.IGNORECASE):
        at, end = s.start + cue.start(), s.start + cue.end()
        ev = next((e for e in s.of_type("Event") if re.fullmatch(r"\s+", s.text[end:e.start])), None)
        body = [o for o in s.of_type("Organization") if not o.nested and o.end <= at]
        # ("HĐND tỉnh X khóa XIII (nhiệm kỳ 2021-2026) bế mạc …": the body's term between)
        if ev is not None and body and re.fullmatch(r"\s*(?:(?:khóa|khoá)\s+[IVXLC\d]+\s*,?\s*)?(?:nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*)?"
                                                    r"(?:\([^)]*\)\s*)?(?:(?:đã|chính thức|long trọng|trọng thể)\s+)*",
                                                    s.text[body[-1].end:at]):
            out.append(Relation(body[-1].id, "organized", ev.id, s.index))
            # "Sở A phối hợp với Nhà xuất bản B khai mạc …": the body that joined B holds it too
            if len(body) > 1 and re.fullmatch(r"\s*(?:,\s*)?(?:phối hợp với|phối hợp cùng|cùng với|cùng|và)\s+",
                                              s.text[body[-2].end:body[-1].start]):
                out.append(Relation(body[-2].id, "organized", ev.id, s.index))
    return out


_HANDED_EN = re.compile(r"\b(?:handed|presented|granted|awarded|given|conferred)(?:\s+(?:over|out))?\b[^.;:]{0,80}?"
                        r"\bto\s+(?:the\s+)?")
_AT_EVENT_EN = re.compile(r"(?:\s*\([^()]{1,15}\))?[^.;:]{0,30}?\bat\s+(?:the|a|an)\s+")


def handed_at_event_en(s: Sentence) -> list[Relation]:
    """participatedIn (English): "The certificate was handed to X (and Y) at a ceremony …", "… presented
    the decision to X at the ceremony": whoever is handed something at an event takes part in it
    (ANNOTATION.md)."""
    if s.lang != "en":
        return []
    events = s.of_type("Event")
    if not events:
        return []
    agents = sorted((m for m in s.mentions if m.type in ("Person", "Organization")), key=lambda m: m.start)
    out: list[Relation] = []
    for cue in _HANDED_EN.finditer(s.text, s.start, s.end):
        pos, taken = cue.end(), []
        while (who := next((m for m in agents if m.start == pos), None)) is not None:
            taken.append(who)
            link = re.match(r"(?:\s*\([^()]{1,15}\))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:to\s+)?(?:the\s+)?", s.text[who.end:s.end])
            if not link:
                break
            pos = who.end + link.end()
        if not taken:
            continue
        at = _AT_EVENT_EN.match(s.text, taken[-1].end, s.end)
        person = next((m for m in agents if at and m.type == "Person" and taken[-1].end < m.start < at.end()), None)
        if person is not None:  # "to Seojin Electronics chief executive Park Jin-ho at …": he is handed it
            taken = [person]
        event = next((e for e in events if at and e.start == at.end()), None) if at else None
        if event is None and at:  # "at a ceremony": the event mention may hold the article ("a ceremony")
            event = next((e for e in events if e.start < at.end() <= e.end), None)
        if event is not None:
            out += [Relation(m.id, "participatedIn", event.id, s.index) for m in taken]
    return out

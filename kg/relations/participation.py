"""participatedIn and organized: who attends, chairs or speaks at an event, and who holds it.

"dự và phát biểu tại Diễn đàn", "The ceremony was attended by …", "Tại Hội nghị, X …";
"ORG (phối hợp với ORG2) tổ chức EVENT", "EVENT do ORG tổ chức", "organised by ORG".
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import after_dateline, framed_event, purpose_event, qualified_for, SAY_EN, SAY_VI, Mention, Relation, Sentence, _nearest
from kg.relations.cues import cue_pattern
from kg.relations.event_clauses_en import passive_cue_after

# ("dự" opens other words: "dự kiến nội dung kỳ họp" (expected), "dự án", "dự thảo" attend nothing)
PARTICIPATE_VI = re.compile(r"\b(tham dự|dự(?!\s+(?:kiến|án|thảo|báo|toán|định|trữ|phòng|tính|đoán|luật|chi|kiện)\b)|chủ trì|phát biểu|có sự tham dự|đồng chủ trì|trao giải|trao|tới dự|đến dự|(?-i:chỉ huy))\b",
                            re.IGNORECASE)
# "at the closing of the session", "on the sidelines of the summit": a part of the event is the event
_PART_OF = r"(?:(?:opening|closing|close|end|start|sidelines)\s+of\s+(?:the\s+|its\s+)?)?$"
PARTICIPATE_EN = re.compile(r"\b(attend(?:ed|s)?|attended by|chair(?:ed|s)?|spoke at|speaking at|took part|opened|hosted|"
                            r"participat(?:ed|es|e)|joined|under the chairmanship of|attendance of|told|addressed|addressing|"
                            r"presid(?:ed|es|ing) over)\b",
                            re.IGNORECASE)


# "Tham dự có …", "Attending the forum were …", "Speakers included …", "Among the guests were …": a list of
# those who took part in the event the sentences before name
_ATTENDANCE_OPENING = re.compile(r"\s*(?:(?:Tham dự|Dự|Tham gia|Attending|Also attending)\b[^.;:]{0,40}?\b(?:có|were|was)"
                                 r"|(?:Speakers|Participants|Attendees|Guests|Panell?ists)\b[^.;:]{0,40}?\b(?:included|were)"
                                 r"|Among\s+(?:the\s+)?(?:speakers|participants|attendees|guests|those\s+attending)\b"
                                 r"[^.;:]{0,40}?\b(?:were|was))\b")


def _far_into_the_clause(s: Sentence, comma: int, first: Mention) -> bool:
    """The clause after a "Tại …," opening has a bare title for its subject ("Phát biểu tại buổi lễ, Phó Thủ tướng
    yêu cầu …") and the first name after it is a body more than four words, titles aside, into the clause ("… Chỉ thị
    … của Thủ tướng Chính phủ"): that body is no subject (Vietnamese)."""
    if s.lang != "vi" or comma < 0 or first.type != "Organization":
        return False
    at = comma + 1 + len(s.text[comma + 1:first.start]) - len(s.text[comma + 1:first.start].lstrip())
    if not any(t.start_char == at for t in s.titles):
        return False
    lead = list(s.text[comma:first.start])
    for t in s.titles:
        if comma <= t.start_char and t.end_char <= first.start:
            lead[t.start_char - comma:t.end_char - comma] = " " * (t.end_char - t.start_char)
    words = [w for w in "".join(lead).split() if w.strip(",")]
    return len(words) > 4


# "invited Man to attend the … Summit next year": an invitation, not a taking part
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\s+[^.;:]{1,60}?\s+to\s+(?:attend|join|take\s+part\s+in|participate\s+in)"
                         r"\s+[^.;:]{0,30}$")


_FRAMING = re.compile(r"(?<![\w])(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]head\s+of|[Pp]rior\s+to)\s+(?:the\s+)?$")


def participation(s: Sentence) -> list[Relation]:
    """participatedIn: people (and companies) who attend, chair or speak at an event."""
    events = s.of_type("Event")
    cue = PARTICIPATE_VI if s.lang == "vi" else PARTICIPATE_EN
    out: list[Relation] = []
    agents = [m for m in s.mentions if m.type == "Person"]
    governed = [e for e in events if _cue_governs(s, cue, e) and not (s.lang == "vi" and qualified_for(s.text, e))
                and not (s.lang == "en" and _INVITED_TO.search(s.text, s.start, e.start))]
    # "After the conference, Phớc chaired a working session": the event that frames the time is not the one attended
    framed = [e for e in governed if s.lang == "en" and _FRAMING.search(s.text, max(s.start, e.start - 20), e.start)]
    governed = [e for e in governed if e not in framed] or governed
    if not governed and _ATTENDANCE_OPENING.match(s.text, s.start, s.end):
        # "Tham dự có …": the attendance list of the event the previous sentences name
        earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
                   and s.index - 2 <= m.sentence < s.index]
        # "hội nghị tiếp xúc cử tri trước Kỳ họp thứ hai": the session that times the meeting is not attended
        governed = [m for m in earlier if not framed_event(s.text, m)][-1:] or earlier[-1:]
    if not governed and agents and re.search(r"\b(?:cũng|đã|cùng)?\s*(?:tới dự|đến dự|tham dự|dự)"
                                             r"(?:\s+và\s+(?:" + cue_pattern("attend_and_verbs", s.lang) + r")(?:\s+[^\s,;.]+){0,8})?\s*[.!]?\s*$",
                                             s.text[s.start:s.end]) and not events:
        # "Bác sĩ X, Giám đốc …, cũng dự.", "… Trần Cẩm Tú dự và trao giải.": the event the previous sentences name
        earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref
                   and s.index - 2 <= m.sentence < s.index]
        governed = [m for m in earlier if not purpose_event(s, m)][-1:] or earlier[-1:]
    if governed:
        passive = {e.id for e in governed if passive_cue_after(s, cue, e)}  # "X welcomed …, co-chaired by A and B"
        for p in agents:
            ev = _nearest(governed, p)
            if not (ev.id in passive and p.end <= ev.start):  # (A and B took part, not X)
                out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    # "tại EVENT": the subject of the clause took part ("Tại sự kiện, One Mount Group cam kết …").
    for ev in events:
        if not re.search(r"(?<![\w])(tại|at|during)\s+(the\s+|an?\s+)?" + _PART_OF, s.text[max(s.start, ev.start - 40):ev.start],
                         flags=re.IGNORECASE):  # "X answered questions during the session", "at the closing of the session"
            continue
        if s.text[ev.start - 1:ev.start] and _is_organizer_context(s, ev):
            continue
        clause_start = s.start
        head = s.text[s.start:ev.start].strip(" ,")
        if re.fullmatch(r"(?:(?:Ngày|ngày|Sáng|Chiều|On|on)?[^,]{0,20},\s*)?(?:" + cue_pattern("at_event_openings", s.lang)
                        + r")( the| an| a)?", head, flags=re.IGNORECASE):
            # sentence opens with "Tại …," / "Góp ý tại …,": the subject follows the comma
            # after the comma that closes the opening, not the event's own body ("Tại Hội nghị … của Sở X, Y …")
            comma = s.text.find(",", ev.end, s.end)
            refs = [n for n in s.ex.mentions if s.lang == "en" and n.sentence == s.index and n.source == "title-ref"
                    and not any(p.type == "Person" and p.start > ev.end for p in s.mentions)]
            after = sorted((m for m in s.mentions + refs
                            if m.start > (comma if comma >= 0 else ev.end) and m.type in ("Person", "Organization")
                            and not _title_body(s, m)), key=lambda m: m.start)
            # "Tại Hội nghị, Thủ tướng Chính phủ X": X, not the Government; "At the ceremony, the Prime
            # Minister asked …": the bare title of the person who holds it
            if after and _far_into_the_clause(s, comma if comma >= 0 else ev.end, after[0]):
                continue  # "Phát biểu tại buổi lễ, Phó Thủ tướng yêu cầu … Chỉ thị … của Thủ tướng Chính phủ": a body
                # named deep in the clause is not its subject
            group = after[:1]
            for m in after[1:]:  # "Cũng tại buổi lễ, Cục X và Tổ chức Y đã ký …": the coordinated subjects
                # (a short form in brackets may close the one before: "Ngân hàng Thế giới (WB) và Tập đoàn TH")
                bracket = r"(?:\s*\([^()]{1,15}\))?" if s.lang == "vi" else ""
                if bracket and re.fullmatch(r"\s*\(", s.text[group[-1].end:m.start]) and s.text[m.end:m.end + 1] == ")":
                    continue  # the short form itself
                # (a possessive country may open the next one: "… Authority and South Korea's Korea Land …")
                owner = r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?" if s.lang == "en" else ""
                if m.type != group[-1].type or not re.fullmatch(bracket + r"\s*(?:,|và|and)\s*" + owner,
                                                                 s.text[group[-1].end:m.start]):
                    break
                group.append(m)
            out += [Relation(m.id, "participatedIn", ev.id, s.index) for m in group]
            continue
        subj = [m for m in s.mentions if m.type == "Person" and clause_start <= m.start < ev.start]
        say = SAY_VI if s.lang == "vi" else SAY_EN
        if subj and re.search(r"(?<![\w])(?:" + say + r")(?![\w])", s.text[subj[-1].end:ev.start]) \
                and not re.fullmatch(r"\s+(?:" + say + r")\s+at\s+(?:the\s+|an?\s+)?" + _PART_OF, s.text[subj[-1].end:ev.start]):
            subj = []  # "X cho biết … tại Kỳ họp": reported speech, not X's attendance
        if subj:
            # the nearest subject, with those coordinated to it: "A và B trao giải … tại EVENT"
            group = [subj[-1]]
            for m in reversed(subj[:-1]):
                link = s.text[m.end:group[-1].start]
                if m.type == group[-1].type and re.fullmatch(r"\s*(và|and|,)\s*(\S+\s+){0,6}?", link) \
                        and not re.search(r"[,;]", link.strip(" ,")):
                    group.append(m)
                else:
                    break
            partner_of = _talks_subject(s, subj, group)
            for m in group + partner_of:
                out.append(Relation(m.id, "participatedIn", ev.id, s.index))
    return out


_TALKS_WITH = re.compile(r"\b(?:held|had)\s+(?:(?:a|an)\s+)?(?:talks|(?:working\s+)?meeting|phone\s+(?:call|talks)|"
                         r"discussions?)\s+with\b|\bmet(?:\s+with)?\b")


def _talks_subject(s: Sentence, subj: list[Mention], group: list[Mention]) -> list[Mention]:
    """"A held talks with B in Canberra, during the … Meeting": A, the clause's subject, took part
    too, not only B, the partner nearest the event."""
    if s.lang != "en" or not subj or subj[0] in group:
        return []
    first = subj[0]
    between = s.text[first.end:group[-1].start]
    return [first] if _TALKS_WITH.search(between) and not re.search(r"[;.]", between) else []


def _title_body(s: Sentence, m: Mention) -> bool:
    """``m`` is the body a title names ("Thủ tướng Chính phủ", "Chủ tịch Ủy ban MTTQ tỉnh")."""
    return m.type == "Organization" and any(
        t.start_char < m.start <= t.end_char + 1 and re.fullmatch(r"\s?", s.text[t.end_char:m.start] if m.start > t.end_char else "")
        or m.start > t.end_char and re.fullmatch(r"\s+of\s+(?:the\s+)?(?:(?:provincial|municipal|city|district)\s+)?",
                                                 s.text[t.end_char:m.start])  # "Chairman of the (provincial) X"
        for t in s.titles)


def _cue_governs(s: Sentence, cue: re.Pattern, ev: Mention) -> bool:
    """A participation cue right before the event ("dự và phát biểu tại Diễn đàn"), or after it
    ("Diễn đàn có sự tham dự của …", "The ceremony was attended by …")."""
    before = s.text[max(s.start, ev.start - 40):ev.start]
    after = s.text[ev.end:min(s.end, ev.end + 30)]
    return bool(re.search(cue.pattern + r"[^.;:]{0,30}$", before, flags=re.IGNORECASE)
                or re.match(r"[^.;]{0,12}" + cue.pattern, after, flags=re.IGNORECASE))


def _is_organizer_context(s: Sentence, ev: Mention) -> bool:
    return bool(re.search(r"(tổ chức|organi[sz]ed|held)\s*$", s.text[s.start:ev.start]))


_OWNS = re.compile(r"\s+(?:a\s+|an\s+|the\s+)?(?:\d|stakes?\b|shares?\b|majority\b|controlling\b|percent\b)")
# "TAND … mở phiên tòa"; "Tỉnh đoàn … phát động Chiến dịch …": a campaign launched (not the "phát động" of "Lễ phát động")
ORGANIZE_VI = re.compile(r"\b(tổ chức|đăng cai|phối hợp tổ chức|mở(?=\s+phiên\s+(?:tòa|xét xử))"
                         r"|(?<!ễ\s)phát động(?=\s+(?:Chiến dịch|Tháng hành động|Tuần lễ|chiến dịch|tháng hành động)\s))\b")
ORGANIZE_EN = re.compile(r"\b(co-hosted|co-organi[sz]ed|organi[sz]ed|organi[sz]es|held|holds|hosted|hosts|convened|convenes"
                         r"|(?:(?<=will\s)|(?<=would\s))(?:also\s+)?(?:co-)?(?:hold|host|organi[sz]e|convene)"  # "… will (also) hold"
                         r"|(?<=to\s)(?:co-)?(?:hold|host|organi[sz]e|convene)"  # "plans to host"
                         r"|(?:(?<=is\s)|(?<=are\s)|(?<=was\s)|(?<=were\s))(?:co-)?(?:holding|hosting|organi[sz]ing|convening))\b")


@lru_cache(maxsize=1)
def _object_ceremony_re() -> re.Pattern:
    from kg.nlp.recognizers.event_names import _data as event_names_data

    verbs = "|".join(re.escape(v) for v in event_names_data().get("object_ceremonies", [])) or "(?!)"
    return re.compile(rf"(?:lễ|buổi lễ)\s+(?:{verbs})\s", flags=re.IGNORECASE)


def _object_ceremony(ev: Mention) -> bool:
    """"Lễ khánh thành …", "Lễ khởi công …": a ceremony named by what it opens or starts
    (``object_ceremonies`` in kg/data/patterns/event_names_vi.json)."""
    return _object_ceremony_re().match(ev.text) is not None


def _ends_in_policy(s: Sentence, ev: Mention) -> bool:
    """"Hội nghị quán triệt Nghị quyết số 72-NQ/TW của Bộ Chính trị": the body after the name issued the
    instrument the name ends with; it did not hold the meeting."""
    return any(p.type == "Policy" and ev.start < p.start and p.end == ev.end for p in s.nested)


# "Lan visited the Pasteur Institute and held a working session with Sanofi": the body visited is no holder
_VISITED = re.compile(r"\b(?:visited|toured|inspected|received|met(?:\s+with)?|called\s+on)\s+(?:the\s+)?$")


# "the authority (also) held", "the department would organise": a lower-case subject right before the verb
_REF_SUBJECT = re.compile(r"(?<![\w])[Tt]he\s+(?P<ref>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                          r"(?:(?:also|will|would|has|have|had|on\s+[A-Z][a-z]+)\s+)*$")


# ", đơn vị trực thuộc " / ", công ty con của " / ", " between a body and the parent apposed to it
_APPOSED_PARENT = re.compile(r"\s*,\s*(?:(?:là\s+)?(?:một\s+)?(?:" + cue_pattern("unit_nouns", "vi") + r")\s+)?"
                             r"(?:(?:trực thuộc|thuộc|của)\s+)?")


# the ordinal before a body whose numbered meeting an English event names ("12th … Committee meeting")
_ORDINAL_BODY = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+")


def organizers(s: Sentence) -> list[Relation]:
    """organized: "ORG (phối hợp với ORG2) tổ chức EVENT", "EVENT do ORG tổ chức", "được ORG tổ chức"."""
    events = s.of_type("Event")
    if not events:
        return []
    cue_re = ORGANIZE_VI if s.lang == "vi" else ORGANIZE_EN
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    # "the Government's meeting": a body's event
    for ev in events:
        for o in orgs:
            if o.end < ev.start and re.fullmatch(r"[’']s\s+", s.text[o.end:ev.start]):
                out.append(Relation(o.id, "organized", ev.id, s.index))
    # "at the council's 23rd session": the body a lower-case reference names
    if s.lang == "en":
        from kg.relations.organizations import org_ref_at
        for ev in events:
            window = max(s.start, ev.start - 40)
            m = re.search(r"\b[Tt]he\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)[’']s\s+$", s.text[window:ev.start])
            body = org_ref_at(s, window + m.start(1)) if m else None
            if body is not None:
                out.append(Relation(body.id, "organized", ev.id, s.index))
    # "The Hanoi People's Council on Thursday adopted … at its 24th session": the subject body's own event
    # (after a dateline: "HÀ NỘI, Dec 8 (VNA) — The … Committee on Monday … at its 52nd session")
    opening = after_dateline(s) if s.lang == "en" else s.start
    first = next((m for m in s.mentions if m.start >= opening), None)
    if s.lang == "en" and first is not None and first.type == "Organization" \
            and re.fullmatch(r"\s*(?:The\s+)?", s.text[opening:first.start]):
        for ev in events:
            if ev.start > first.end and re.search(r"\b(?:its|their)\s+$", s.text[max(s.start, ev.start - 7):ev.start]):
                out.append(Relation(first.id, "organized", ev.id, s.index))
    # "… will be submitted to the National Assembly for approval at its tenth session": the body a draft
    # goes to holds the sitting "its" names
    if s.lang == "en":
        for ev in (e for e in events if not e.ref):  # ("at its year-end session" may refer to another meeting)
            for o in orgs:
                if o.end < ev.start and re.fullmatch(r"(?:\s*\([^()]{1,15}\))?(?:\s+for\s+[a-z]+)?\s*,?\s+at\s+its\s+",
                                                     s.text[o.end:ev.start]) \
                        and re.search(r"\b(?:to|before)\s+(?:the\s+)?$", s.text[max(s.start, o.start - 12):o.start]):
                    out.append(Relation(o.id, "organized", ev.id, s.index))
    # "đại hội nhiệm kỳ lần thứ nhất Hiệp hội": the body named at the end of the event's name holds it
    # (not "Lễ khánh thành Trung tâm Ung bướu": what a ceremony opens is its object)
    for ev in events:
        for o in s.nested:
            if o.type == "Organization" and ev.start < o.start and o.end == ev.end and not _object_ceremony(ev):
                out.append(Relation(o.id, "organized", ev.id, s.index))
            elif o.type == "Organization" and _ORDINAL_BODY.fullmatch(s.text[ev.start:o.start]) \
                    and re.fullmatch(r"\s+(?:plenary\s+)?(?:meeting|session)", s.text[o.end:ev.end]):
                out.append(Relation(o.id, "organized", ev.id, s.index))  # "the 12th … Joint Committee meeting"
        # "… đại hội nhiệm kỳ lần thứ nhất Hiệp hội", "Hội nghị … của Bộ Y tế": the event of a body
        for o in orgs:
            if o.start > ev.end and re.fullmatch(r"\s|\s(của|of)\s(the\s)?", s.text[ev.end:o.start]) \
                    and ev.source != "event-ref" and not _ends_in_policy(s, ev):
                out.append(Relation(o.id, "organized", ev.id, s.index))
    for cue in cue_re.finditer(s.text, s.start, s.end):
        if _OWNS.match(s.text, cue.end()):
            continue  # "Mizuho Bank, which holds 15 percent of …": a stake, not an event it hosts
        after_events = [e for e in events if e.start >= cue.end()]
        before_events = [e for e in events if e.end <= cue.start()]
        # "The Ministry … (MIC) and the … (VCCI) held": a bracketed acronym is the name before it
        before_orgs = [o for o in orgs if o.end <= cue.start()
                       and not re.search(r"\(\s*$", s.text[max(s.start, o.start - 2):o.start])]
        before_orgs = [o for o in before_orgs if not re.search(r"\bby\s+(the\s+)?$", s.text[max(s.start, o.start - 8):o.start])]
        if before_orgs:
            near = before_orgs[-1]
            # "Cục A thuộc Bộ B tổ chức …": the unit, not the ministry its parent clause names
            while len(before_orgs) > 1 and re.fullmatch(r"\s+(?:thuộc|trực thuộc)\s+", s.text[before_orgs[-2].end:near.start]):
                before_orgs = before_orgs[:-1]
                near = before_orgs[-1]
            # "Bệnh viện A, đơn vị trực thuộc Sở Y tế, tổ chức …", "Viện B, Viện Hàn lâm C, chủ trì tổ chức …":
            # the body the apposition places, not its parent
            if len(before_orgs) > 1 and s.lang == "vi" and re.match(r"\s*,", s.text[near.end:cue.start()]) \
                    and _APPOSED_PARENT.fullmatch(s.text, before_orgs[-2].end, near.start):
                before_orgs = before_orgs[:-1]
                near = before_orgs[-1]
            gap = s.text[near.end:cue.start()]
            if re.search(r"(được|do|bởi)\s*$", s.text[max(s.start, near.start - 8):near.start]) and before_events:
                out.append(Relation(near.id, "organized", before_events[-1].id, s.index))
                continue
            if after_events and len(gap) < 40 and not re.search(r"[.;]", gap) and not (
                    s.lang == "en" and _VISITED.search(s.text, max(s.start, near.start - 30), near.start)):
                subjects = [near]
                # "A phối hợp với B tổ chức", "A and B held"
                for o in reversed(before_orgs[:-1]):
                    link = s.text[o.end:subjects[-1].start]
                    if re.fullmatch(r"\s*(\([^)]*\))?\s*(phối hợp với|cùng|và|and|with|,)\s*(the\s+)?", link) \
                            or re.fullmatch(r"\s*(\([^)]*\))?\s*,\s*(?:in\s+(?:coordination|cooperation|collaboration|"
                                            r"partnership)\s+with|together\s+with|jointly\s+with)\s+(the\s+)?", link) \
                            and not re.search(r"(?<![\w])(?:tại|ở|trụ sở)\s+$", s.text[max(s.start, o.start - 8):o.start]):
                        subjects.append(o)  # (not the venue: "tại Nhà hát Lớn Hà Nội, Bộ … tổ chức", "tại trụ sở UBND")
                    else:
                        break
                for o in subjects:
                    out.append(Relation(o.id, "organized", after_events[0].id, s.index))
                continue
        # A long subject: "The Working Group on … (Project 06) convened a regular meeting"
        opening = after_dateline(s) if s.lang == "en" else s.start
        first = next((m for m in s.mentions if m.start >= opening), None)
        if first is not None and first.type == "Organization" and after_events and first.end <= cue.start() \
                and re.fullmatch(r"\s*(The\s+|the\s+)?", s.text[opening:first.start]):
            between = [m for m in s.mentions if first.end <= m.start < cue.start()
                       and m.type in ("Person", "Organization")
                       and not re.search(r"(\bby\s+(the\s+)?|\(\s*)$", s.text[max(s.start, m.start - 8):m.start])]
            if not between and not re.search(r"[.;]", s.text[first.end:cue.start()]):
                out.append(Relation(first.id, "organized", after_events[0].id, s.index))
                continue
        # "Earlier in the day, the authority held an investment promotion conference": a body named again
        if s.lang == "en" and after_events and after_events[0].start - cue.end() <= 40:
            from kg.relations.organizations import org_ref_at
            ref = _REF_SUBJECT.search(s.text, max(s.start, cue.start() - 60), cue.start())
            body = org_ref_at(s, ref.start("ref")) if ref else None
            if body is not None:
                out.append(Relation(body.id, "organized", after_events[0].id, s.index))
                continue
        # "EVENT do ORG tổ chức" handled above via "do"; "organised by ORG"
        m = re.match(r"\s+(?:by|bởi)\s+(the\s+)?", s.text[cue.end():s.end])  # "được tổ chức bởi A và B"
        if m and before_events:
            after_orgs = [o for o in orgs if o.start == cue.end() + m.end()]
            owned = [o for o in orgs if after_orgs and re.fullmatch(r"[’']s\s+", s.text[after_orgs[0].end:o.start])]
            after_orgs = owned[:1] or after_orgs  # "organised by the Ministry's Trade Promotion Agency": the agency
            for o in orgs:  # "organised by A and B", "by A, B and C", "by A (MoF) and B"
                if after_orgs and o.start > after_orgs[-1].end and re.fullmatch(
                        r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+|và\s+)?|and\s+|và\s+)(?:the\s+)?", s.text[after_orgs[-1].end:o.start]):
                    after_orgs.append(o)
            for o in after_orgs:
                out.append(Relation(o.id, "organized", before_events[-1].id, s.index))
    return out


def possessed_events(s: Sentence) -> list[Relation]:
    """participatedIn: "X and his spouse departed …, concluding their state visit to Việt Nam",
    "during his visit to Japan": the people before a happening they are said to own took part."""
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not re.search(r"\b(?:his|her|their)\s+$", s.text[max(s.start, ev.start - 7):ev.start], flags=re.IGNORECASE):
            continue
        for p in s.of_type("Person"):
            if p.end <= ev.start and not re.search(r"\b(?:of|by|to|invitation)\s+(?:the\s+)?(?:\w+\s+){0,4}$",
                                                      s.text[max(s.start, p.start - 40):p.start]):
                out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return out


def signing_parties(s: Sentence) -> list[Relation]:
    """participatedIn: the parties to a contract signed at an event ("Tại hội nghị, Công ty A ký hợp đồng
    … với Công ty B", and the next sentence "Hợp tác xã C ký thỏa thuận … cho Tập đoàn D"): the body or
    person right before the signing verb and those after "với / cho / with" in its clause.

    The verb must govern a contract word (``signing_objects``), so an instrument signed ("Quyết định do
    X ký") is left to ``signed``; the event is the sentence's own, else that of the sentence before
    when it too reports a signing."""
    # "signed a contract", English "signed a US$1.1 billion contract", "signed a 15-year agreement"
    verb = r"(?:" + cue_pattern("signing_verbs", s.lang) + r")\s+(?:\S+\s+)" + ("{0,3}?" if s.lang == "en" else "?") \
        + r"(?:" + cue_pattern("signing_objects", s.lang) + r")"
    out: list[Relation] = []
    for cue in re.finditer(verb, s.text[s.start:s.end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        event = _signing_event(s, verb)
        if event is None:
            return out
        before = [m for m in s.mentions if m.end <= c_start and m.type in ("Person", "Organization")]
        if len(before) > 1 and re.fullmatch(r"\s*\(", s.text[before[-2].end:before[-1].start]) \
                and s.text.startswith(")", before[-1].end):
            before.pop()  # "the Asian Development Bank (ADB) signed": the acronym is the same party
        # (an apposition may stand between: "Công ty A, có trụ sở tại Tokyo, ký hợp đồng …")
        first = _titled_signer(s, before) if before else None
        if not before or not re.fullmatch(r"\s*(?:,[^,;.()]{1,60},\s*)?(?:(?:đã|vừa|cùng|also|has|have)\s+)*",
                                          s.text[first.end:c_start]) and not (
                s.lang == "en" and _EN_GAP.fullmatch(s.text[before[-1].end:c_start])):
            continue
        parties = [first]
        for x in reversed(before[:before.index(parties[0])]):  # "A, B và C đã ký kết …": every party of the list
            if s.lang == "vi" and x.type == "Person" == parties[-1].type and _APPOSED_NEXT.fullmatch(s.text, x.end, parties[-1].start):
                parties.append(x)  # "X, Hiệu trưởng Trường A, và ông Y, Tổng giám đốc Công ty B, đã ký …"
                continue
            if s.lang == "vi" and x.type == "Organization" and parties[-1].type == "Person" and any(
                    p.type == "Person" and p.end <= x.start and _APPOSED_NEXT.fullmatch(s.text, p.end, parties[-1].start)
                    for p in before):
                continue  # the body of the title between two titled signers ("Trường A" above)
            # (an acronym may close the party before: "the Ministry of Education and Training (MoET) and …")
            if x.type != parties[-1].type or not re.fullmatch(r"\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,|và|and|,\s*and)\s*" + (
                    r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?" if s.lang == "en" else ""), s.text[x.end:parties[-1].start]):
                break
            parties.append(x)
        for i, x in enumerate(parties):  # "the Electricity Regulatory Authority under the ministry and …": the unit
            unit = next((o for o in before if o.end <= x.start and re.fullmatch(r"\s+(?:directly\s+)?under\s+(?:the\s+)?",
                                                                              s.text[o.end:x.start])), None)
            if unit is not None and s.lang == "en":
                parties[i] = unit
        end = c_end + (re.search(r";|\.(?!\d)|\s(?:để|nhằm|to|in order to)\s", s.text[c_end:s.end]) or
                       re.search(r"$", s.text[c_end:s.end])).start()
        link = re.search(r"\s(?:với|cho|with)\s+", s.text[c_end:end])
        if link:
            after = [m for m in s.mentions if m.start >= c_end + link.end() and m.type in ("Person", "Organization")]
            led = s.lang == "en" and after and _LED_BY.fullmatch(s.text, c_end + link.end(), after[0].start)
            if after and (after[0].start == c_end + link.end() or led or s.lang == "en" and re.fullmatch(
                    r"(?:[\w-]+\s+){1,3}", s.text[c_end + link.end():after[0].start])
                    and not any(c_end + link.end() <= m.start < after[0].start for m in s.mentions)):
                parties.append(after[0])  # "with Nvidia", "with European planemaker Airbus"
                for x in after[1:]:  # "with Google and the Korea Institute of Science and Technology (KIST)"
                    if x.type != parties[-1].type or x.start >= end or not re.fullmatch(
                            r"\s*(?:\([^()]{1,15}\)\s*)?(?:,|và|and|,\s*and)\s*" + (r"(?:the\s+)?" if s.lang == "en" else ""),
                            s.text[parties[-1].end:x.start]):
                        break
                    parties.append(x)
        out += [Relation(x.id, "participatedIn", event.id, s.index) for x in parties]
        # "At the forum, A and B signed a memorandum … . The signing ceremony was witnessed by …": at both
        ceremony = _next_signing_event(s)
        if ceremony is not None and ceremony.id != event.id \
                and re.search(r"\b[Aa]t\s+(?:the\s+)?$", s.text[max(s.start, event.start - 8):event.start]):
            out += [Relation(x.id, "participatedIn", ceremony.id, s.index) for x in parties]
    return out


# Vietnamese signers named with their titles: "ông Y, Tổng giám đốc Công ty B, đã ký …" (the title's words
# before its body) and, in a list, the gap from one titled signer to the next
_TITLE_TO_BODY = re.compile(r",\s*(?:[^\W\d][\w.]*\s+){1,6}")
_APPOSED_NEXT = re.compile(r",\s*[^,;.()]{1,90},\s*(?:và|cùng|cùng với)\s+(?:(?:ông|bà)\s+)?(?:[A-ZĐ][\w.]*\s+)?")


def _titled_signer(s: Sentence, before: list) -> object:
    """The party right before a Vietnamese signing verb: the person whose title names the body written
    last ("PGS.TS X, Hiệu trưởng Trường A, ký …": X signed, not Trường A), else that mention."""
    last = before[-1]
    if s.lang != "vi" or last.type != "Organization" or len(before) < 2 or not s.text.startswith(",", last.end):
        return last
    per = before[-2]
    if per.type == "Person" and _TITLE_TO_BODY.fullmatch(s.text, per.end, last.start):
        return per
    return last


# "with a consortium led by Japan's Sumitomo Corporation": the party that leads the group signed
_LED_BY = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:consortium|group|joint\s+venture|partnership|alliance)\s+"
                     r"(?:led|headed|formed)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?")


# between an English party and its signing verb: its acronym, the day ("ADB (ADB) on Friday signed")
_EN_GAP = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?\s+)?(?:(?:also|has|have)\s+)*")


def _signing_event(s: Sentence, verb: str) -> Mention | None:
    own = [m for m in s.mentions if m.type == "Event" and not m.nested]
    if own and re.search(r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing)\s+(?:the\s+)?$", s.text[max(s.start, own[0].start - 20):own[0].start]):
        own = own[1:] or [m for m in [_next_signing_event(s)] if m] or own  # "After the talks, A and B signed …"
    if own:
        return own[0]
    if s.index == 0:
        return _next_signing_event(s)
    p_start, p_end = s.ex.sentences[s.index - 1]
    prev = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == s.index - 1]
    if prev and re.search(verb, s.text[p_start:p_end], flags=re.IGNORECASE):
        return prev[0]
    return _next_signing_event(s)


# "A and B signed a memorandum … . The signing ceremony was witnessed by …": the ceremony the next
# sentence opens with is where they signed (when neither their sentence nor the one before names an event)
_SIGNING_REF = re.compile(r"\s*The\s+(?:signing\s+)?ceremony\b")


def _next_signing_event(s: Sentence) -> Mention | None:
    if s.lang != "en" or s.index + 1 >= len(s.ex.sentences):
        return None
    n_start, _ = s.ex.sentences[s.index + 1]
    if not _SIGNING_REF.match(s.text, n_start):
        return None
    return next((m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == s.index + 1
                 and m.start <= n_start + 25), None)

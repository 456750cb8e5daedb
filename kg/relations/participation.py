"""participatedIn: who attends, chairs or speaks at an event.

"dự và phát biểu tại Diễn đàn", "The ceremony was attended by …", "Tại Hội nghị, X …", "during his visit to Japan".
Who holds the event is kg.relations.organizers; the parties to a signing, kg.relations.signing_parties.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import blanked, title_spans, framed_event, purpose_event, qualified_for, SAY_EN, SAY_VI, Mention, Relation, Sentence, nearest
from kg.relations.attendance import list_members
from kg.relations.cues import cue_pattern
from kg.relations.event_clauses_en import passive_cue_after
from kg.relations.opening_events import of_the_kind, opened_by

# ("dự" opens other words: "dự kiến nội dung kỳ họp" (expected), "dự án", "dự thảo" attend nothing)
PARTICIPATE_VI = re.compile(r"\b(tham dự|dự(?!\s+(?:kiến|án|thảo|báo|toán|định|trữ|phòng|tính|đoán|luật|chi|kiện)\b)|chủ trì|chủ tọa|chủ toạ|phát biểu|có sự tham dự|đồng chủ trì|chứng kiến|trao giải|trao|tới dự|đến dự|(?-i:chỉ huy))\b",
                            re.IGNORECASE)
# "at the closing of the session", "on the sidelines of the summit": a part of the event is the event
_PART_OF = r"(?:(?:opening|closing|close|end|start|sidelines)\s+of\s+(?:the\s+|its\s+)?)?$"
# "…, said Y", "…, according to Y": the one named after the event only reports what happened there
_REPORTER_AFTER = re.compile(r",\s*(?:said|says|according\s+to)\s+(?:[\w.-]+\s+){0,8}$")
# "X said at the forum", "X said on the sidelines of the summit that …": where X spoke, not reported speech
_SAID_AT = re.compile(r"\s+(?:" + SAY_EN + r")\s+(?:at|on\s+the\s+(?:sidelines?|margins)\s+of)\s+"
                      r"(?:the\s+|an?\s+)?" + _PART_OF)
_EN_CUES = (r"attend(?:ed|s)?|attended by|chair(?:ed|s)?|spoke at|speaking at|took part|opened|hosted|participat(?:ed|es|e)|"
            r"joined|under the chairmanship of|attendance of|told|addressed|addressing|presid(?:ed|es|ing) over|watched")
# "X said on the sidelines of the summit that …": only the people before it (not "…, said Y" after it) were there
_SIDELINES_EN = r"on the (?:sidelines?|margins) of"
PARTICIPATE_EN = re.compile(r"\b(" + _EN_CUES + "|" + _SIDELINES_EN + r")\b", re.IGNORECASE)
_PARTICIPATE_EN_BARE = re.compile(r"\b(" + _EN_CUES + r")\b", re.IGNORECASE)


# "Tham dự có …", "Attending the forum were …", "Speakers included …", "Among the guests were …": a list of
# those who took part in the event the sentences before name
_ATTENDANCE_OPENING = re.compile(r"\s*(?:(?:Tham dự|Dự|Tham gia|Attending|Also attending)\b[^.;:]{0,40}?\b(?:có|were|was)"
                                 r"|(?:Speakers|Participants|Attendees|Guests|Panell?ists|Spectators|Onlookers)\b[^.;:]{0,40}?\b(?:included|were)"
                                 # ("Among the spectators were …", "In the audience were …": those watching took part)
                                 r"|In\s+the\s+(?:audience|stands|crowd)\s+(?:were|was)\b"
                                 r"|Among\s+(?:the\s+)?(?:speakers|participants|attendees|guests|spectators|onlookers|those\s+attending)\b"
                                 r"[^.;:]{0,40}?\b(?:were|was)"
                                 r"|(?:The\s+)?(?:[\w-]+\s+){0,2}" + cue_pattern("delegation_lists", "en") + r")\b")


# a pronoun for the person just named opening the clause: "Phát biểu tại buổi lễ, ông đề nghị …" (the next word is
# lower case: "ông Nguyễn Văn A" names someone)
_PRONOUN_SUBJECT = re.compile(r"(?:ông|bà|anh|chị|đồng chí)\s+(?:cũng\s+)?[a-zà-ỹđ]")


# the chair verb that ends a sentence, and what may stand between its subject and it (the subject's title set off by
# commas, "cũng / đã / cùng"): "Phó Chủ tịch UBND tỉnh X Phạm Thị Y chủ trì.", "Ông Z, Giám đốc Sở …, đồng chủ trì."
_CHAIR_GAP = re.compile(r"(?:\s*,[^,;.()]{2,90},)?\s*(?:(?:cũng|đã|cùng)\s+)?")
_JOINED_CHAIR = re.compile(r"(?:\s*,[^,;.()]{2,90})?\s*,?\s*(?:và|,)\s+[^,;.()]{0,40}")


@lru_cache(maxsize=1)
def _chair_verb_at_end() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + cue_pattern("chair_verbs", "vi") + r")\s*[.!]?\s*$")


def _chair_at_end(s: Sentence, agents: list[Mention]) -> list[Mention]:
    """The person whose chair verb, with no object, ends the sentence: the chair of the event just named (not "…
    giao Sở X chủ trì.", whose subject is the body handed the task)."""
    m = _chair_verb_at_end().search(s.text, s.start, s.end)
    if m is None:
        return []
    verb = m.start()
    chairs = [p for p in agents if p.end <= verb and _CHAIR_GAP.fullmatch(s.text, p.end, verb)][:1]
    for p in sorted((a for a in agents if chairs and a.end <= chairs[-1].start), key=lambda a: -a.start):
        if not _JOINED_CHAIR.fullmatch(s.text, p.end, chairs[-1].start):
            break  # "A, Giám đốc …, và bà B, …, đồng chủ trì.": those joined to the subject chair with it
        chairs.append(p)
    return chairs


def _far_into_the_clause(s: Sentence, comma: int, first: Mention) -> bool:
    """The clause after a "Tại …," opening has a bare title or a pronoun for its subject ("Phát biểu tại buổi lễ, Phó
    Thủ tướng yêu cầu …", "…, ông đề nghị …") and the first name after it is a body more than four words, titles aside, into the clause ("… Chỉ thị
    … của Thủ tướng Chính phủ"): that body is no subject (Vietnamese)."""
    if s.lang != "vi" or comma < 0 or first.type != "Organization":
        return False
    at = comma + 1 + len(s.text[comma + 1:first.start]) - len(s.text[comma + 1:first.start].lstrip())
    if not any(t.start_char == at for t in s.titles) and not _PRONOUN_SUBJECT.match(s.text, at):
        return False
    words = [w for w in blanked(s.text, comma, first.start, title_spans(s)).split() if w.strip(",")]
    return len(words) > 4


# "invited Man to attend the … Summit next year": an invitation, not a taking part
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\s+[^.;:]{1,60}?\s+to\s+(?:attend|join|take\s+part\s+in|participate\s+in)"
                         r"\s+[^.;:]{0,30}$")


_FRAMING = re.compile(r"(?<![\w])(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]head\s+of|[Pp]rior\s+to)\s+(?:the\s+)?$")


# a time that may open the clause before its subject: "Chiều cùng ngày, Phó Thủ tướng chủ trì …"
_TIME_OPENING_VI = re.compile(r"\s*(?:(?:Sáng|Chiều|Tối|Trưa|Cũng)\s+(?:cùng ngày|nay|qua|hôm sau|ngày hôm sau)\s*,\s*)?")


def _title_subject(s: Sentence, m: Mention) -> bool:
    """A bare title opens the clause and the participation verb follows it at once: the title is the subject
    ("Phó Thủ tướng chủ trì cuộc họp …", "Chiều cùng ngày, Bộ trưởng dự …"), not an object named after it."""
    return _TIME_OPENING_VI.fullmatch(s.text, s.start, m.start) is not None \
        and (verb := re.match(r"\s+(?:đã\s+|cũng\s+|sẽ\s+)?", s.text[m.end:s.end])) is not None \
        and PARTICIPATE_VI.match(s.text, m.end + verb.end(), s.end) is not None


def participation(s: Sentence) -> list[Relation]:
    """participatedIn: people (and companies) who attend, chair or speak at an event."""
    events = s.of_type("Event")
    cue = PARTICIPATE_VI if s.lang == "vi" else PARTICIPATE_EN
    out: list[Relation] = []
    agents = [m for m in s.mentions if m.type == "Person"]
    if s.lang == "vi":  # "Phó Thủ tướng chủ trì cuộc họp …": a bare title standing for the one who holds it
        agents += [m for m in s.ex.mentions if m.sentence == s.index and m.source == "title-ref" and _title_subject(s, m)]
    governed = [e for e in events if _cue_governs(s, cue, e) and not (s.lang == "vi" and qualified_for(s.text, e))
                and not (s.lang == "en" and _INVITED_TO.search(s.text, s.start, e.start))]
    # ("… on the sidelines of the summit, said Y": only the people before it were there)
    side = {e.id for e in governed if s.lang == "en" and not _cue_governs(s, _PARTICIPATE_EN_BARE, e)}
    # "After the conference, Phớc chaired a working session": the event that frames the time is not the one attended
    framed = [e for e in governed if s.lang == "en" and _FRAMING.search(s.text, max(s.start, e.start - 20), e.start)]
    governed = [e for e in governed if e not in framed] or governed
    listed = None if governed else _ATTENDANCE_OPENING.match(s.text, s.start, s.end)
    if listed:
        # "Tham dự có …": the attendance list of the event the previous sentences name
        earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
                   and s.index - 2 <= m.sentence < s.index]
        # "hội nghị tiếp xúc cử tri trước Kỳ họp thứ hai": the session that times the meeting is not attended
        governed = [m for m in earlier if not framed_event(s.text, m)][-1:] or earlier[-1:]
        if governed and s.lang == "vi":  # "Dự lễ khai mạc có …", "Dự lễ kỷ niệm có …": the event the article said
            opening = s.text[s.start:s.end].split(" có ", 1)[0]  # opened, else the latest of the kind named
            governed = [opened_by(s, opening) or of_the_kind(s, opening, governed[0])]
        if governed and s.lang == "en":  # "Speakers … included A, as well as executives of Gemadept": the bodies too
            agents += [o for o in list_members(s, listed.end(), s.end) if o.type == "Organization"]
    if not governed and agents and re.search(r"\b(?:cũng|đã|cùng)?\s*(?:tới dự|đến dự|tham dự|dự)"
                                             r"(?:\s+và\s+(?:" + cue_pattern("attend_and_verbs", s.lang) + r")(?:\s+[^\s,;.]+){0,8})?\s*[.!]?\s*$",
                                             s.text[s.start:s.end]) and not events:
        # "Bác sĩ X, Giám đốc …, cũng dự.", "… Trần Cẩm Tú dự và trao giải.": the event the previous sentences name
        earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref
                   and s.index - 2 <= m.sentence < s.index]
        governed = [m for m in earlier if not purpose_event(s, m)][-1:] or earlier[-1:]
    if not governed and not events and s.lang == "vi":
        chairs = _chair_at_end(s, agents)  # "Phó Chủ tịch UBND tỉnh X chủ trì.": the event just named
        if chairs:
            # (the event named, else the one the sentences before refer to: "… dự và chỉ đạo hội nghị.")
            recent = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
                      and s.index - 2 <= m.sentence < s.index and not purpose_event(s, m)]
            governed = [m for m in recent if not m.ref][-1:] or recent[-1:]
            agents = chairs if governed else agents
    if governed:
        passive = {e.id for e in governed if passive_cue_after(s, cue, e)}  # "X welcomed …, co-chaired by A and B"
        for p in agents:
            ev = nearest(governed, p)
            if p.start > ev.start and (ev.id in side or _REPORTER_AFTER.search(s.text, ev.end, p.start)):
                continue  # "… on the sidelines of the summit, said Y", "X spoke at the forum …, said Y": Y reports it
            if not (ev.id in passive and p.end <= ev.start):  # (A and B took part, not X)
                out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    # "tại EVENT": the subject of the clause took part ("Tại sự kiện, One Mount Group cam kết …").
    for ev in events:
        if not re.search(r"(?<![\w])(tại|at|during)\s+(the\s+|an?\s+|their\s+|its\s+)?" + _PART_OF, s.text[max(s.start, ev.start - 40):ev.start],
                         flags=re.IGNORECASE):  # "X answered questions during the session", "at the closing of the session"
            continue
        if s.text[ev.start - 1:ev.start] and _is_organizer_context(s, ev):
            continue
        clause_start = s.start
        head = s.text[s.start:ev.start].strip(" ,")
        if re.fullmatch(r"(?:(?:Ngày|ngày|Sáng|Chiều|On|on)?[^,]{0,20},\s*)?(?:" + cue_pattern("at_event_openings", s.lang)
                        + r")( the| an| a| their| its)?", head, flags=re.IGNORECASE):  # ("At their talks, A and B agreed …")
            # sentence opens with "Tại …," / "Góp ý tại …,": the subject follows the comma
            # after the comma that closes the opening, not the event's own body ("Tại Hội nghị … của Sở X, Y …")
            comma = s.text.find(",", ev.end, s.end)
            refs = [n for n in s.ex.mentions if s.lang == "en" and n.sentence == s.index and n.source == "title-ref"
                    and not any(p.type == "Person" and p.start > ev.end for p in s.mentions)]
            after = sorted((m for m in s.mentions + refs
                            if m.start > (comma if comma >= 0 else ev.end) and m.type in ("Person", "Organization")
                            and not title_body(s, m)), key=lambda m: m.start)
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
                if s.lang == "en" and m.type == "Person":  # "Trà and Korean Justice Minister Park": the title before
                    owner = r"(?:[A-Z][\w-]*\s+){0,5}"
                if m.type != group[-1].type or not re.fullmatch(bracket + r"\s*(?:,|và|and)\s*" + owner,
                                                                 s.text[group[-1].end:m.start]):
                    break
                group.append(m)
            out += [Relation(m.id, "participatedIn", ev.id, s.index) for m in group]
            continue
        if re.search(r"(?<![\w])(?:at|during)\s+(?:their|its)\s+" + _PART_OF, s.text[max(s.start, ev.start - 40):ev.start],
                     flags=re.IGNORECASE):
            continue  # "… submit it to the National Assembly at its tenth session": only an opening "At their talks," tells
        subj = [m for m in s.mentions if m.type == "Person" and clause_start <= m.start < ev.start]
        say = SAY_VI if s.lang == "vi" else SAY_EN
        if subj and re.search(r"(?<![\w])(?:" + say + r")(?![\w])", s.text[subj[-1].end:ev.start]) \
                and not _SAID_AT.fullmatch(s.text, subj[-1].end, ev.start):
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
            partner_of = _talks_subject(s, subj, group) + _companions_after(s, ev)
            for m in group + partner_of:
                out.append(Relation(m.id, "participatedIn", ev.id, s.index))
    return out


# "… cut the ribbon at the ceremony with provincial chairman B (and C)": a title of lower-case words or capitalised ones
_WITH_AFTER = re.compile(r"\s+(?:together\s+with|along\s+with|alongside|with)\s+(?:(?:[A-Za-z][\w-]*\s+){0,6}?)?$")
_AND_AFTER = re.compile(r"\s*(?:,|and|,\s*and)\s+(?:[A-Za-z][\w-]*\s+){0,6}?")


def _companions_after(s: Sentence, ev: Mention) -> list[Mention]:
    """English: the people named right after "at EVENT with …", who did what the subject did there with it."""
    if s.lang != "en":
        return []
    out: list[Mention] = []
    for p in (m for m in s.of_type("Person") if m.start > ev.end):
        link = s.text[(out[-1].end if out else ev.end):p.start]
        if not (_AND_AFTER if out else _WITH_AFTER).fullmatch(link):
            break
        if any(w in _CLAUSE_BREAK for w in link.lower().split()):
            break
        out.append(p)
    return out


_CLAUSE_BREAK = frozenset(("who", "which", "that", "said", "says", "was", "were", "is", "are", "to", "for", "on", "in",
                           "at", "by", "from", "after", "before", "while", "when"))


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


def title_body(s: Sentence, m: Mention) -> bool:
    """``m`` is the body a title names ("Thủ tướng Chính phủ", "Chủ tịch Ủy ban MTTQ tỉnh")."""
    return m.type == "Organization" and any(
        t.start_char < m.start <= t.end_char + 1 and re.fullmatch(r"\s?", s.text[t.end_char:m.start] if m.start > t.end_char else "")
        or m.start > t.end_char and re.fullmatch(r"\s+of\s+(?:the\s+)?(?:(?:provincial|municipal|city|district)\s+)?",
                                                 s.text[t.end_char:m.start])  # "Chairman of the (provincial) X"
        for t in s.titles)


# an apposition that describes a person by the event: "…, a critic of the forum,", "…, a longtime observer of the talks,"
_APPOSED_OF = re.compile(r",\s+(?:an?|the|one)\s+[\w\s'’-]{1,40}?\s(?:of|on|about)\s+(?:the\s+|its\s+|this\s+)?$")


def _cue_governs(s: Sentence, cue: re.Pattern, ev: Mention) -> bool:
    """A participation cue right before the event ("dự và phát biểu tại Diễn đàn"), or after it
    ("Diễn đàn có sự tham dự của …", "The ceremony was attended by …")."""
    before = s.text[max(s.start, ev.start - 40):ev.start]
    after = s.text[ev.end:min(s.end, ev.end + 30)]
    if s.lang == "en" and _APPOSED_OF.search(before) and after.startswith(","):
        return False  # "Maria Santos, a critic of the forum, told radio …": the event only describes who speaks
    return bool(re.search(cue.pattern + r"[^.;:]{0,30}$", before, flags=re.IGNORECASE)
                or re.match(r"[^.;]{0,12}" + cue.pattern, after, flags=re.IGNORECASE))


def _is_organizer_context(s: Sentence, ev: Mention) -> bool:
    return bool(re.search(r"(tổ chức|organi[sz]ed|held)\s*$", s.text[s.start:ev.start]))


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


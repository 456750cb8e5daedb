"""participatedIn from attendance lists: "Dự hội nghị có các đồng chí: A, …; B, …; cùng đại diện X",
"Attending the meeting were A, B and representatives of X", "… với sự tham dự của A, B".

Every person in the list, and every body named as an item of its own (not the body of
someone's title), took part in the event the sentence names, or else in the event the
nearest preceding sentences name.
"""
from __future__ import annotations

import re

from kg.ceremony_refs import contest_of_ceremony
from kg.relations.cues import cue_pattern
from kg.relations.affiliations import has_title_before
from kg.relations.base import Mention, Relation, Sentence, blanked, framed_event, purpose_event, qualified_for, with_opens
from kg.relations.chaired_bodies import chairs_a_body
from kg.relations.event_scope_en import only_event_before, programme_item
from kg.relations.sidelines import unsigned_sidelines
from kg.relations.opening_events import GENERIC_NOUNS, kind_named_before, of_the_kind, opened_by, same_kind


LOOKBACK = 5  # sentences to look back for the event an attendance list belongs to


def attendance_lists(s: "Sentence") -> list["Relation"]:
    """participatedIn for each person or body of an attendance list."""

    start = list_start(s)
    if start is None or chairs_a_body(s, start):
        return []
    event = _opened_event(s, start) or event_of(s, start) or kind_named_before(s, s.text[s.start:start])
    if event is not None and event.sentence < s.index:  # "Dự lễ khai mạc có …": the event said to open
        event = opened_by(s, s.text[s.start:start]) or of_the_kind(s, s.text[s.start:start], event)
    if event is None or _other_meeting(s, start, event):
        return []
    if s.lang == "en" and re.search(r"\bspeakers\s+from\s*$", s.text[max(s.start, start - 20):start], re.IGNORECASE) \
            and event.sentence < s.index and re.search(r"\bceremony$", event.text):
        # "Speakers from A and B presented projects": speakers of the forum, not of the signing ceremony told last
        talks = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and s.index - LOOKBACK <= m.sentence < s.index
                 and not re.search(r"\bceremony$", m.text)]
        event = max(talks, key=lambda m: (m.sentence, m.start)) if talks else event
    out: list[Relation] = []
    said = _ATTRIBUTION.search(s.text, start, s.end)  # "…, said Dũng": who said it is not on the list
    for who in list_members(s, start, said.start() if said else s.end):
        out.append(Relation(who.id, "participatedIn", event.id, s.index))
    lead = _also_lead(s)
    if lead is not None:
        out.append(Relation(lead.id, "participatedIn", event.id, s.index))
    return out


_THE_OPENING = re.compile(r"\s*The\s+(?P<kind>opening|closing)(?:\s+ceremony)?\s+(?:was|is|were)\b")
_OPENED = {"opening": re.compile(r"\s+(?:officially\s+)?(?:opened|opens|kicked\s+off|kicks\s+off|got\s+under\s*way)\b"),
           "closing": re.compile(r"\s+(?:officially\s+)?(?:closed|closes|ended|ends|wrapped\s+up)\b")}


# "Cùng dự buổi làm việc có …", "Cùng làm việc có …": the list is of an unnamed working meeting or reception, not of
# an event named before
_UNNAMED_MEETING_VI = re.compile(r"(?<![\w])(?:buổi|cuộc|cùng)\s+(?:làm việc|tiếp|gặp gỡ|gặp|hội kiến|hội đàm)(?![\w])",
                                 re.IGNORECASE)


def _other_meeting(s: "Sentence", list_at: int, event: "Mention") -> bool:
    """A Vietnamese list opened by an unnamed meeting of another kind than ``event`` (named in an earlier sentence)."""
    m = _UNNAMED_MEETING_VI.search(s.text, s.start, list_at) if s.lang == "vi" else None
    return m is not None and event.sentence < s.index \
        and m.group().split(None, 1)[1].casefold() not in event.text.casefold()


def _opened_event(s: "Sentence", list_at: int) -> "Mention | None":
    """English: "The opening was attended by X" (no event in the sentence) — the opening of the event the
    article said opened ("The 2025 National … Championship opened at …"), not the event named last."""
    m = _THE_OPENING.match(s.text, s.start, list_at) if s.lang == "en" else None
    if m is None or any(x.type == "Event" and x.sentence == s.index and x.start < list_at for x in s.ex.mentions):
        return None
    opened = [x for x in s.ex.mentions if x.type == "Event" and not x.nested and not x.ref and x.sentence < s.index
              and _OPENED[m.group("kind")].match(s.text, x.end)]
    return max(opened, key=lambda x: (x.sentence, x.start)) if opened else None


_ATTRIBUTION = re.compile(r",\s*(?:said|says|according\s+to)\b")


def _also_lead(s: "Sentence") -> "Mention | None":
    """"X, Deputy Secretary …, presented the programme. Also attending were …": "also" says the
    person who opens the sentence before was there too."""
    if s.lang != "en" or not re.match(r"\s*Also\s+(?:attending|present|in attendance|joining)\b", s.text[s.start:s.end]):
        return None
    before = sorted((m for m in s.ex.mentions if m.sentence == s.index - 1 and not m.nested), key=lambda m: m.start)
    if s.index == 0 or not before or before[0].type != "Person" or before[0].ref:
        return None
    return before[0] if not s.text[s.ex.sentences[s.index - 1][0]:before[0].start].strip() else None


def list_start(s: "Sentence") -> int | None:
    """Where the attendance list of the sentence begins (after "… có", "… were", "… của"), if it has one."""
    body = s.text[s.start:s.end]
    opening = re.match(r"\s*(?:" + cue_pattern("attendance_opening", s.lang) + r")(?P<mid>[^.;:]{0,80}?)"
                       + r"(?:" + cue_pattern("attendance_link", s.lang) + r")\s*:?", body, flags=re.IGNORECASE)
    if opening and not _has_verb_gap(opening.group("mid")) and not _DU_COMPOUND.match(body):
        return s.start + opening.end()
    inline = re.search(cue_pattern("attendance_inline", s.lang) + r"\s*:?", body, flags=re.IGNORECASE)
    stray = s.lang == "en" and inline and inline.group().casefold().startswith("with ")  # "cooperate with experts from"
    if inline and not (stray and not with_opens(s, s.start + inline.start())):
        return s.start + inline.end()
    return None


# "Dự án có …", "Dự thảo gồm …", "Dự kiến có …": "dự" begins another word here, not "attend"
_DU_COMPOUND = re.compile(r"\s*dự\s+(?:án|thảo|toán|kiến|báo|trữ|phòng|định|luật|tính|trù|đoán)\b", re.IGNORECASE)


def _has_verb_gap(mid: str) -> bool:
    """"Tham dự hội nghị, ông X cho biết có …" is not an opening: a comma clause sits between
    ("Tham dự hội đàm, phía Việt Nam có …" names the side whose list follows)."""
    return "," in mid and not re.search(r",\s*(?:về\s+)?phía\s+[^,]+$", mid)


_APPOSED_KIND = re.compile(r",\s*(?:an?|the)\s+")


def event_of(s: "Sentence", list_at: int) -> "Mention | None":
    """The event of the sentence before its list, else the latest event of the preceding sentences."""
    here = [m for m in s.ex.mentions if m.type == "Event" and m.sentence == s.index and not m.nested
            and m.start < list_at]
    # "The reception, an annual event, was attended by …": the apposed kind is the reception itself
    here = [m for m in here if not any(e.end <= m.start and _APPOSED_KIND.fullmatch(s.text, e.end, m.start) for e in here)]
    if here:
        return here[-1]
    earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
               and s.index - LOOKBACK <= m.sentence < s.index and not (s.lang == "vi" and qualified_for(s.text, m))
               and not (s.lang == "vi" and m.ref and _PLURAL_BEFORE.search(s.text, max(0, m.start - 10), m.start))]
    if not earlier:
        return only_event_before(s)
    if s.lang == "vi":
        earlier = [m for m in earlier if not framed_event(s.text, m) and not purpose_event(s, m)] or earlier
    named = [m for m in earlier if not m.ref]
    if s.lang == "en" and named and programme_item(s, max(earlier, key=lambda m: (m.sentence, m.start))):
        earlier = named  # "It features talks and an exhibition of rare maps. Among the exhibitors are …": the fair's
    # "… lễ khai mạc Vòng chung kết Giải X. Tham gia vòng chung kết có 8 đội …": the round, not its opening
    return contest_of_ceremony(s, max(earlier, key=lambda m: (m.sentence, m.start)), list_at)


def list_members(s: "Sentence", start: int, end: int) -> list["Mention"]:
    """People of the list, and bodies that are list items of their own.

    Items are split by ';'. An item naming a person gives that person (the bodies in
    it belong to the person's title); other items, split again by ',' / 'và' / 'and',
    give the bodies they name: "cùng lãnh đạo Ban Chấp hành Đảng bộ tỉnh A, tỉnh B".
    """
    titles = [(t.start_char, t.end_char) for t in s.titles]
    people_all = [m for m in s.ex.mentions if m.sentence == s.index and m.type == "Person"
                  and (not m.nested or m.source == "title-ref") and start <= m.start < end]
    orgs_all = [m for m in s.mentions if m.type == "Organization" and start <= m.start < end]
    out: list = []
    for a, b in _items(s.text, start, end, ";"):
        people = [p for p in people_all if a <= p.start < b]
        if people:
            out += [p for p in people if not _inside_title(p, titles)]
            # "A, Giám đốc Sở X; đại diện Hiệp hội Y" is split by ';' — but a ", cùng đại diện Y"
            # tail inside a person's item still names a body of its own
            after_person = None
            listing = False  # after "…, lãnh đạo Tập đoàn Z": the bodies joined on to it are attendees too
            for c, d in _sub_items(s.text, a, b):
                here = [p for p in people if c <= p.start < d]
                if here:
                    after_person, listing = here[-1], False
                    continue
                if listing:
                    out += [o for o in orgs_all if c <= o.start < d and not _after_title(s.text, o, titles)]
                    continue
                if after_person is not None and re.match(r"[\s,]*(?:" + cue_pattern("affiliation_nouns", s.lang)
                                                         + r")\s", s.text[c:d], flags=re.IGNORECASE):
                    titled = has_title_before(s, after_person) and re.match(r"[\s,]*lãnh đạo\s", s.text[c:d], re.IGNORECASE)
                    after_person = None
                    if titled:  # "Bộ trưởng Bộ X Trần Y, lãnh đạo Tập đoàn Z và …": the next attendees
                        out += [o for o in orgs_all if c <= o.start < d and not _after_title(s.text, o, titles)]
                        listing = True
                    continue  # "bà Y, lãnh đạo Sở X": the person's own body, not an item of its own
                after_person = None
                lead = re.sub(r"^[\s,]*(?:(?:và|and)\s+)?(?:by\s+)?", "", s.text[c:d])
                if re.match(r"(?:" + cue_pattern("list_lead", s.lang) + r")\b", lead, flags=re.IGNORECASE) \
                        and re.match(r"(cùng|đại diện|lãnh đạo|representatives|leaders|officials|along|as well)",
                                     lead, flags=re.IGNORECASE):
                    led = [o for o in orgs_all if c <= o.start < d and not _after_title(s.text, o, titles)]
                    out += led
                    # "… và lãnh đạo Viện kiểm sát nhân dân tỉnh, Sở Tư pháp, Công an tỉnh": the bodies after it too
                    listing = s.lang == "vi" and bool(led)
            # "ông C, Phó Viện trưởng Viện X cùng đại diện Trung tâm Y": bodies after an inner lead
            last = max(p.end for p in people)
            lead = re.search(r"(?<![\w])(?:cùng(?:\s+với)?\s+(?:đại diện|lãnh đạo)|và đại diện|along with|as well as|"
                             r"(?:và|cùng)\s+(?:các\s+)?đồng chí\s+(?:trong|thuộc)|"
                             # "cùng hơn 600 bác sĩ, nhà khoa học đến từ Bệnh viện K, Bệnh viện Y và …": the bodies they come from
                             r"cùng\s+(?:với\s+)?[^;]{1,50}?\sđến từ|"
                             r"(?:and\s+)?(?:representatives|officials|leaders|delegates|executives)\s+(?:of|from))(?![\w])",
                             s.text[last:b], flags=re.IGNORECASE)
            if lead:
                out += [o for o in orgs_all if last + lead.end() <= o.start < b and not _after_title(s.text, o, titles)]
            continue
        out += [o for o in orgs_all if a <= o.start < b and not _after_title(s.text, o, titles)]
    return [m for m in out if m.type == "Person" or not (_members_of(s.text, m) or _bracketed_parent(s, m)
                                                          or _POSSESSOR.match(s.text, m.end) or _UNIT_PARENT.search(
                                                              s.text, max(0, m.start - 14), m.start))]


# "đại diện Trung tâm X thuộc Trung ương Đoàn": the body after "thuộc" is the unit's parent, no item
_UNIT_PARENT = re.compile(r"(?<![\w])(?:trực thuộc|thuộc)\s+$")


# "the European Commission's Directorate-General for …": the body whose unit is named next is no item
_POSSESSOR = re.compile(r"[’']s\s+[A-ZĐ]")


def _bracketed_parent(s: "Sentence", o: "Mention") -> bool:
    """"Tổng công ty X (Bộ Quốc phòng)": the body in brackets right after another is its parent, no item."""
    return s.text[o.end:o.end + 1] == ")" and any(
        x.type == "Organization" and re.fullmatch(r"\s*\(\s*", s.text[x.end:o.start]) for x in s.mentions)


def _members_of(text: str, o: "Mention") -> bool:
    """"other Party Central Committee members", "đại biểu Quốc hội": people of the body, not the body."""
    # (and "Government agencies", "ministry units": bodies of the body, not the body)
    return bool(re.match(r"\s*(members?|officials?|delegates?|deputies|agencies|units|bodies|thành viên|ủy viên|đại biểu)\b",
                         text[o.end:o.end + 20], flags=re.IGNORECASE)) or \
        bool(re.search(r"(đại biểu|ủy viên|thành viên)\s+$", text[max(0, o.start - 12):o.start], flags=re.IGNORECASE))


def _items(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    pos = start
    for i in range(start, end):
        if text[i] == sep:
            parts.append((pos, i))
            pos = i + 1
    parts.append((pos, end))
    return parts


def _sub_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of one list item split by ',', 'và', 'and'."""
    parts: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r",|\s(?:và|and)\s", text[start:end]):
        parts.append((pos, start + m.start()))
        pos = start + m.start() + (1 if m.group() == "," else 1)
    parts.append((pos, end))
    return parts


def _inside_title(m: "Mention", titles: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in titles)


def _after_title(text: str, o: "Mention", titles: list[tuple[int, int]]) -> bool:
    """``o`` is the body of a title ("Bộ trưởng Bộ Tư pháp"), or of a bare honorific title."""
    for a, b in titles:
        if b <= o.start and re.fullmatch(r"\s?(của\s|of\s(the\s)?)?", text[b:o.start]):
            return True
        if a < o.start < b:
            return True
    return False


def at_event_openings(s: "Sentence") -> list["Relation"]:
    """participatedIn: "Tại buổi lễ, ông X …", "Phát biểu tại hội nghị, bà Y …", "At the ceremony, Z …":
    the person after the comma took part in the event the preceding sentences name."""

    body = s.text[s.start:s.end]
    m = re.match(r"\s*(?:" + cue_pattern("at_event_openings", s.lang) + r")(?:\s+(?:" + cue_pattern("event_nouns", s.lang)
                 + r")(?:\s+(?:này|đó|this|that))?)?\s*,\s*", body, flags=re.IGNORECASE)
    # "Presenting the budget report to the session, X …": an opening participle that ends at the event
    verbed = None if m or s.lang != "en" else re.match(
        r"\s*(?:" + cue_pattern("speech_participles", s.lang) + r")\s[^,;.]{0,60}?\s(?:to|at|before)\s+(?:"
        + cue_pattern("event_nouns", s.lang) + r")\s*,\s*", body, flags=re.IGNORECASE) or re.match(
        # "Addressing the opening ceremony, X …", "Speaking at the third plenary meeting, Y …"
        r"\s*(?:addressing|speaking\s+(?:at|to))\s+(?:the|a|this)\s+(?:[\w-]+\s+){0,3}?(?:"
        + cue_pattern("event_nouns", s.lang).replace("the\\s+", "") + r")\s*,\s*", body, flags=re.IGNORECASE)
    # "Trình bày dự thảo, ông X …": a Vietnamese speech verb with a short object opens the sentence
    spoken = None if m or verbed or s.lang != "vi" else re.match(
        r"\s*(?:" + cue_pattern("speech_participles", s.lang) + r")(?:\s+[^\s,;.:]+){0,4}\s*,\s*", body,
        flags=re.IGNORECASE)
    verbed = verbed or spoken
    m = m or verbed
    if not m or "," not in m.group():
        return []
    opening_end = s.start + m.end()
    named = [e for e in s.mentions if e.type == "Event" and e.start < opening_end]
    if named and not verbed and not re.match(r"\s*(?:during|within|on the occasion|speaking after|(?:cũng\s+)?(?:trong|nhân dịp|bên lề))\b",
                                             body, flags=re.IGNORECASE):
        return []  # "Tại Hội nghị, X …": the rules of kg.relations.participation read it
    if named:  # "During the visit, A and B …"
        event = named[-1]
    else:
        # "Dịp này, A và B ký …": the parties to what is signed on this occasion took part in it
        occasion = re.match(r"\s*(?:cũng\s+)?(?:nhân\s+)?dịp này\s*,", m.group(), flags=re.IGNORECASE) \
            and re.search(cue_pattern("occasion_verbs", s.lang) + "|" + _GIVEN, body[m.end():], flags=re.IGNORECASE)
        if not spoken and not occasion and not re.search(cue_pattern("event_nouns", s.lang), m.group(),
                                                         flags=re.IGNORECASE) and \
                not re.match(r"\s*(phát biểu|speaking|addressing)", body, flags=re.IGNORECASE):
            return []  # "Tại Hà Nội, …" is a place, not an event
        event = event_of(s, s.start)
        opened = opened_by(s, m.group()) if event is not None else None
        event = opened or event  # "Phát biểu khai mạc, …": the opening ceremony, not an exhibition named since
        if event is None and occasion:  # "Dịp này, …" far below the lead: the occasion the article reports
            event = next((x for x in s.ex.mentions if x.type == "Event" and not x.nested and x.sentence < s.index), None)
        if event is None or not (occasion or same_kind(m.group(), event.text, s.lang)):
            return []  # ("Dịp này, …": on this occasion, the event just reported, whatever its kind)
    titles = [(t.start_char, t.end_char) for t in s.titles]
    # (a bare title for the one person who holds it, "Nhân dịp này, Phó Thủ tướng đã trao …", is that person)
    refs = [m for m in s.ex.mentions if m.sentence == s.index and m.source == "title-ref" and m.start >= opening_end]
    after = sorted([x for x in s.mentions if x.start >= opening_end and x.type in ("Person", "Organization")
                    and not (x.type == "Organization" and _after_title(s.text, x, titles))] + refs,
                   key=lambda x: x.start)
    # "Hiệp hội X (VLA) và Cục Y ký …": the short form in brackets is the name before it again, no party of its own
    after = [x for i, x in enumerate(after) if not (i and re.fullmatch(r"\s*\(\s*", s.text[after[i - 1].end:x.start])
                                                    and s.text[x.end:x.end + 1] == ")")]
    if not after:
        return []
    first = after[0]
    # what stands before the subject, titles and their bodies blanked
    lead = blanked(s.text, opening_end, first.start,
                   titles + [(x.start, x.end) for x in s.mentions + s.nested if x.type == "Organization"])
    if len([w for w in lead.split() if w not in ("của", "of", "the")]) > 4:
        return []  # "Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu … Công điện … của Thủ tướng Chính phủ": the
        # body far into the clause is no speaker
    if s.text[opening_end:first.start].count(",") > 1 or (spoken and first.type != "Person" and (first.start != opening_end or not re.match(
            r"\s*(?:" + cue_pattern("body_speech_participles", s.lang) + r")", body, flags=re.IGNORECASE))):
        return []  # "Thẩm tra các tờ trình, Ban Kinh tế - Ngân sách …": a body may open the clause after
        # a verb only bodies perform at a session, not after "Báo cáo tổng kết," (a report, not a speaker)
    group, last = [first], first
    for x in after[1:]:  # "A và B ký kết …"
        if s.lang == "vi" and x.type == last.type == "Organization" and _PARENT_GAP.fullmatch(s.text, last.end, x.start):
            last = x  # "Cục X thuộc Bộ Y và Phòng Z ký …": the parent of a unit is no party of its own
            continue
        if x.type == first.type and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*(?:và|and|,)\s*(?:(?:his|her|their)\s+(?:spouse|wife|husband)\s*,?\s*"
                                                 r"|(?:phu nhân|phu quân|ông|bà|anh|chị|đồng chí)\s+)?",
                                                 s.text[last.end:x.start]):  # "ông A và bà B đã trao …"
            group.append(x)
            last = x
        else:
            break
    if not named and occasion and not re.search(cue_pattern("event_nouns", s.lang), m.group(), flags=re.IGNORECASE) \
            and not re.match(r"(?:\s*\([^()]{1,20}\))?\s*(?:,[^,;.]{1,80},)?\s*(?:đã\s+|cũng\s+|vừa\s+)*"
                             r"(?:" + _GIVEN + "|"  # "Dịp này, X được UBND tỉnh tặng Bằng khen": the one given it
                             + cue_pattern("occasion_verbs", s.lang) + r")",
                             s.text[last.end:s.end], flags=re.IGNORECASE):
        return []  # "Dịp này, UBND tỉnh ban hành Kế hoạch … hỗ trợ …": the subject's own verb is no signing or giving
    if named and _HOLDS.match(s.text, group[-1].end, s.end):
        return []  # "Trong khuôn khổ lễ hội, Sở X tổ chức Hội thảo …": X holds an item of its own within the event
    if unsigned_sidelines(s, body, group[-1].end):
        return []  # "Bên lề hội thảo, Sở X giới thiệu mô hình …": on the sidelines only a signing puts a body at it
    if (not named and occasion) or (s.lang == "vi" and not verbed):
        # ("Bên lề hội thảo, A ký thỏa thuận với B", "Trong khuôn khổ diễn đàn, A trao … cho B": B was there too)
        group += handed_to(s, group[-1].end)  # "Dịp này, X trao Bằng khen … cho Công ty Y": Y takes part too
        # "Nhân dịp này, A ký thỏa thuận hợp tác với Tập đoàn B": the other party too
        party = re.match(r"\s*(?:đã\s+|cũng\s+|đồng thời\s+|vừa\s+)*(?:" + cue_pattern("signing_verbs", s.lang) + r")\s[^.;,]{0,60}?\s(?:với|with)\s+",
                         s.text[group[-1].end:s.end], flags=re.IGNORECASE)
        other = next((x for x in after if party and x.start == group[-1].end + party.end()), None)
        if other is not None:
            group.append(other)
            for x in after:  # "… với Tập đoàn FPT và Công ty TNHH Intel …": every party the list joins
                if x.start > group[-1].end and x.type == other.type \
                        and re.fullmatch(r"\s*(?:,|và|and)\s*", s.text[group[-1].end:x.start]):
                    group.append(x)
    return [Relation(x.id, "participatedIn", event.id, s.index) for x in group]


# "tham gia các hội chợ chuyên ngành": a plural event noun names a kind of event, none that took place
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:các|những|nhiều)\s+$")
# "Cục X thuộc Bộ Y": the parent body named right after a unit
_PARENT_GAP = re.compile(r"\s+(?:trực\s+)?thuộc\s+")

# "được UBND tỉnh tặng Bằng khen": given something by someone
_GIVEN = r"được\s+[^,;.]{1,80}?\s(?:trao tặng|tặng|trao)(?![\w])"

# the subject holds something of its own: "… , Sở X tổ chức Hội thảo …", "… Ban Tổ chức đã tổ chức …"
_HOLDS = re.compile(r"\s*(?:đã\s+|cũng\s+|sẽ\s+|còn\s+)*(?:phối hợp\s+)?(?:tổ chức|đăng cai)(?![\w])")

_GIVES = re.compile(r"\s*(?:đã\s+|cũng\s+)*(?:trao tặng|trao|tặng|tài trợ|hỗ trợ|ký)(?![\w])")


def semicolon_givers(s: "Sentence", rels: list["Relation"]) -> list["Relation"]:
    """participatedIn: "Tại buổi lễ, X trao …; Công ty Y tặng 500 phần quà": the giver of the clause after a
    semicolon took part in the event the giver before it took part in."""
    if s.lang != "vi" or not re.search(r";|,\s*còn\s", s.text[s.start:s.end]):
        return []
    by_id = {m.id: m for m in s.mentions}
    out: list[Relation] = []
    for r in rels:
        giver = by_id.get(r.subject)
        if r.predicate != "participatedIn" or r.sentence != s.index or giver is None \
                or not _GIVES.match(s.text, giver.end):
            continue
        # (", còn Công ty Z tài trợ …": the giver of a contrasting clause too)
        for semi in re.finditer(r"(?:;|,\s*còn\s)\s*", s.text[giver.end:s.end]):
            at = giver.end + semi.end()
            who = next((x for x in s.mentions if x.start == at and x.type in ("Person", "Organization")), None)
            if who is not None and _GIVES.match(s.text, who.end):
                out.append(Relation(who.id, "participatedIn", r.obj, s.index))
    return out


def handed_to(s: "Sentence", pos: int) -> list["Mention"]:
    """Who is handed what is given right after ``pos`` ("trao Bằng khen của Thủ tướng Chính phủ cho Công ty
    Y và Z", "bàn giao tân binh cho Sư đoàn X và Lữ đoàn Y"): the bodies and people after "cho / tới" in the giving clause (ANNOTATION.md: being handed a
    decision or award at the event is taking part)."""
    give = re.match(r"\s*(?:,[^,;.]{1,60},\s*)?(?:đã\s+|cũng\s+)*(?:trao tặng|trao|bàn giao)\s(?:[^.;]{0,120}?\s(?:cho|tới)"
                    r"|(?:quyết định|bằng khen|hoa)\s*(?:,|và)\s*chúc mừng)\s+(?:(?:ông|bà|các|đồng chí)\s+)?",
                    s.text[pos:s.end])  # ("trao quyết định và chúc mừng đồng chí X": the appointee)
    out: list = []
    at = pos + give.end() if give else -1
    among = _AMONG_RECIPIENTS.match(s.text, at, s.end) if give and give.group().rstrip().endswith(("cho", "tới")) else None
    if among is not None and not any(x.start == at for x in s.mentions):  # "cho 12 tập thể, trong đó có X và Y"
        at = among.end()
    while give:
        who = next((x for x in s.mentions if x.start == at and x.type in ("Person", "Organization")), None)
        if who is None:
            break
        out.append(who)
        give = re.match(r"\s*(?:,|và)\s*(?:(?:ông|bà|đồng chí)\s+)?", s.text[who.end:s.end])
        at = who.end + give.end() if give else -1
    return out


# "… cho 12 tập thể và 25 cá nhân, trong đó có Đảng ủy xã X": the recipients named among those counted (only names
# right after "trong đó có": "trong đó có dự án … của Công ty Y" names a project, not its owner)
_AMONG_RECIPIENTS = re.compile(r"(?:các\s+|những\s+)?\d[^.;:,]{0,60}?,\s*trong đó có\s+(?:(?:ông|bà|đồng chí)\s+)?")








def took_part(s: Sentence) -> list[Relation]:
    """participatedIn of a sentence that names no event: "Representatives of WHO also took part.",
    "Ông X cũng tham dự." — the people and bodies before the verb took part in the latest event
    of the preceding sentences."""
    # the verb ends the sentence, or a second verb follows it: "… also took part and answered questions.",
    # "… were also present at the session and pledged …",
    # "… joined the forum, presenting a report on …"
    # ("… also sent experts to the conference.": where they were sent is the event)
    verb = re.search(r"(?:" + cue_pattern("took_part", s.lang) + r")\s*(?:(?:(?:in|at|for|to)\s+)?(?:it|the event|"
                     + (cue_pattern("event_nouns", "en") if s.lang == "en" else "the event") + r")\s*)?"
                     # "… cũng có mặt tại buổi lễ.": the occasion of the preceding sentences
                     # ("… đã cử đội tham gia diễn tập.": the kind of the event just reported, after the verb)
                     + (r"(?:(?:(?:tại|trong)\s+)?(?:" + cue_pattern("event_nouns", "vi") + "|" + cue_pattern("speech_events", "vi")
                        + r")(?:\s+(?:này|đó))?\s*)?"
                        if s.lang == "vi" else "")
                     + r"(?:as\s+(?:an?\s+)?(?:observers?|guests?)\s*)?"  # "… attended as observers."
                     # ("… took part in the forum, which was held at …": a clause on the event)
                     # ("… were present to receive the certificates": a purpose, not a place; "joined to form a group" is no attending)
                     r"(?:[.!]?\s*$|,?\s+(?:and|và)\s+(?=[a-zà-ỹ])|\s+to\s+(?-i:(?!the\s|form\s|create\s|establish\s|set\s)(?=[a-z]+\s))"
                     # "… cũng góp mặt với gian hàng sữa.", "… tham dự với tư cách khách mời.": how, not with whom
                     r"|\s+với\s+(?=[a-zà-ỹ])[^,;.]{1,60}[.!]?\s*$|,\s+(?=[a-z]+ing\s)|,\s+(?=(?:which|where)\s)"
                     # "… attended the ceremony, held at the Melia Hotel": a clause on the event
                     r"|,\s+(?=(?:held|hosted|organi[sz]ed|co-organi[sz]ed)\s+(?:at|in|on|by)\s)"
                     # "X presented the awards alongside Minister Y": Y was there too
                     r"|,?\s+(?=(?:together\s+with|along\s+with|alongside)\s+[A-ZĐ]))",
                     s.text[s.start:s.end], flags=re.IGNORECASE)
    events = [m for m in s.mentions if m.type == "Event"]
    if verb is None:
        return []
    if events and s.lang == "vi" and all(e.ref and e.start >= s.start + verb.start() for e in events):
        events = []  # "… cũng có mặt tại buổi lễ.": the bare noun is the occasion told before
    if events:
        # "A, B and C attended the meeting.": the bare event noun after the verb is the event they attended
        at = s.start + verb.start()
        if s.lang != "en" or len(events) > 1 or not events[0].ref or not at < events[0].start < s.start + verb.end():
            return []
        return [Relation(m.id, "participatedIn", events[0].id, s.index) for m in list_members(s, s.start, at)]
    event = event_of(s, s.start)
    noun = re.search(r"\bthe\s+(?:[\w-]+\s+)?(?P<head>[\w-]+)\s*[.!]?\s*$", verb.group())
    if noun is not None and event is not None and not event.text.casefold().endswith(noun.group("head").casefold()):
        # "… also joined the call": the latest event of that kind, not the latest event
        named = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and s.index - LOOKBACK <= m.sentence < s.index
                 and m.text.casefold().endswith(noun.group("head").casefold())]
        event = max(named, key=lambda m: (m.sentence, m.start)) if named else event
    if event is None:
        return []
    # the kind right after the verb ("tham gia diễn tập") must be the event's ("có mặt tại buổi lễ" is the occasion)
    kind = re.search(r"(?:" + cue_pattern("event_nouns", "vi") + "|" + cue_pattern("speech_events", "vi")
                     + r")(?=\s*(?:này|đó)?\s*[.!]?\s*$)", verb.group(), flags=re.IGNORECASE) \
        if s.lang == "vi" and not re.search(r"(?<![\w])(?:tại|trong)\s", verb.group(), flags=re.IGNORECASE) else None
    if kind is not None and kind.group().casefold() not in GENERIC_NOUNS \
            and kind.group().casefold().removeprefix("buổi ") not in event.text.casefold():
        return []  # "… cũng tham dự hội nghị.": not a drill or a fair reported before
    pos = s.start + verb.start()
    return [Relation(m.id, "participatedIn", event.id, s.index) for m in list_members(s, s.start, pos) + _companions(s, verb)]


def _companions(s: Sentence, verb: "re.Match") -> list["Mention"]:
    """The people named after "together with / alongside" that ends the verb of :func:`took_part`, to the clause's end."""
    w = re.match(r",?\s*(?:together\s+with|along\s+with|alongside)\s+", s.text[s.start + verb.end():s.end])
    if w is None:
        return []
    start = s.start + verb.end() + w.end()
    stop = re.search(r"[;.]|,\s+(?:who|which|where|when|as)\b|\s+(?:to|where|who|which)\s", s.text[start:s.end])
    return [m for m in list_members(s, start, start + stop.start() if stop else s.end) if m.type == "Person"]

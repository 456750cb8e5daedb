"""The data every relation rule shares: mentions, relations, quotes, one article's
extraction, and the view of one sentence (:class:`Sentence`) that each rule reads.

Also the small helpers several rules use (the nearest mention, state bodies, clause ends).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.article import Article
from kg.nlp.lexicon import entry_by_id
from kg.relations.cues import cue_pattern
from kg.nlp.patterns import UPPER_VI
from kg.relations.venue_frames_vi import people_of_place

RELATIONS = ("position", "memberOf", "issued", "signed", "implements", "organized",
             "participatedIn", "date", "locatedIn", "subOrganizationOf", "about")
LITERAL_RELATIONS = frozenset({"position", "date"})

STATE_KINDS = frozenset({"party", "state", "assembly", "government", "ministry", "agency", "court",
                         "military", "police", "mass", "international"})


@dataclass
class Mention:
    """A span that names (or refers to) an entity."""

    id: int
    start: int
    end: int
    text: str
    type: str  # Person, Organization, Policy, Event, Place, Topic
    sentence: int
    ref: bool = False
    gid: str | None = None
    source: str = ""
    nested: bool = False
    name: str | None = None  # a fuller name than the text, where the rule knows it
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Relation:
    """One extracted triple; ``obj`` is a mention id, or a string for literals."""

    subject: int
    predicate: str
    obj: int | str
    sentence: int


@dataclass(frozen=True)
class Quote:
    """A statement: who said it (a mention id) and what, as character offsets of the article."""

    speaker: int
    start: int
    end: int
    sentence: int


@dataclass
class Extraction:
    """What one article says: sentences, mentions, relations and quoted statements."""

    article: Article
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    relations: list[Relation]
    titles: list[tuple[int, int, str]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[tuple[int, str]] = field(default_factory=list)  # (sentence, ISO value) of each date written

    def sentence_text(self, i: int) -> str:
        s, e = self.sentences[i]
        return self.article.text[s:e]


@dataclass
class TitleView:
    """A title span on the matching text: what the rules read of a ``doc.spans["titles"]`` span."""

    start_char: int
    end_char: int
    text: str  # the normalised surface
    _: object  # the span's extension attributes (kg_meta, kg_value …)
    label_: str = ""


@dataclass
class Sentence:
    """The view of one sentence that every relation rule reads."""

    index: int
    start: int
    end: int
    text: str  # the whole article text (offsets are article offsets)
    lang: str
    mentions: list[Mention]
    nested: list[Mention]
    titles: list["TitleView"]
    dates: list[tuple[int, int, str | None]]
    ex: Extraction
    article_dates: list[tuple[int, int, str | None]] = field(default_factory=list)  # every sentence's
    # of_type's answers by (types, number of mentions): ~200 passes ask for the same few types of each sentence
    _of_types: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def between(self, a: int, b: int) -> str:
        return self.text[a:b]

    def of_type(self, *types: str) -> list[Mention]:
        """The mentions of the sentence of one of ``types``, in order (a new list: callers may change it)."""
        key = (types, len(self.mentions))
        found = self._of_types.get(key)
        if found is None:
            found = self._of_types[key] = [m for m in self.mentions if m.type in types]
        return found.copy()

    def add_mention(self, start: int, end: int, type_: str, gid: str | None = None,
                    name: str | None = None, source: str = "derived") -> Mention:
        """A mention that a rule discovers (an organisation named inside a title)."""
        for m in self.ex.mentions:
            if m.start == start and m.end == end and m.type == type_:
                return m
        m = Mention(len(self.ex.mentions), start, end, self.text[start:end], type_, self.index,
                    gid=gid, name=name, source=source, nested=True)
        self.ex.mentions.append(m)
        return m


def nearest(items: list[Mention], m: Mention) -> Mention:
    """The mention of ``items`` whose start is closest to ``m``'s (rules of several modules pick an event or body so)."""
    return min(items, key=lambda x: abs(x.start - m.start))


NEGATED = re.compile(r"\b(từng là|không còn là|trước đây là|tiền thân|formerly|no longer|used to be|was once)\b",
                     re.IGNORECASE)


SAY_VI = (r"cho rằng|cho biết|nhấn mạnh|khẳng định|nhận định|chia sẻ|đánh giá|đề nghị|yêu cầu|bày tỏ|"
          r"lưu ý|kỳ vọng|phát biểu|nói|thông tin")
SAY_EN = r"said|says|stated|emphasi[sz]ed|stressed|noted|affirmed|highlighted|added|told|asserted"
# English: what opens a clause of its own inside a sentence ("A won the men's race, while B took …", "…; B finished …",
# "… and then Deputy Minister Z delivered the keynote"): readers that take the subject opening a clause start after it
CLAUSE_OPENING_EN = re.compile(r"(?:,\s*|\s+)(?:while|whereas)\s+|;\s*|\s+and\s+then\s+")


def state_body(m: Mention) -> bool:
    """``m`` is a state body (a ministry, a people's committee, a government): the gazetteer's kind, else its name."""
    entry = entry_by_id("Organization", m.gid) if m.gid else None
    if entry is not None:
        return (entry.kind or "") in STATE_KINDS
    return bool(re.match(r"(Bộ|Ministry|(?:[Pp]rovincial |[Mm]unicipal |[Cc]ity )?Department of|Ủy ban|Ban|Cục|Tổng cục|Chi cục|Vụ|Sở|Văn phòng|Quốc hội|Chính phủ|Bảo hiểm xã hội|BHXH|UBND|HĐND|"
                         r"Kho bạc)\b", m.text))


# what joins two fields of one "về" subject (Vietnamese): "về X, Y và Z", "về X cùng Y"; a field right after
# another is its object ("về số hóa di sản văn hóa"); "về X gắn với Y", "về X trong (lĩnh vực / bối cảnh) Y", "về
# phát triển bền vững Đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu": the field X is tied to, done in,
# set against or fitted to (past the place X is for); "về X đối với hoạt động Y": the activity X is set for
TOPIC_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+|cùng\s+)(?:[^\W\d]+\s+){0,2}|[^\S\n]+"
                        r"|(?:\s+(?:vùng\s+)?[" + UPPER_VI + r"][\w-]*(?:\s+[\w-]+){0,5}?\s+|\s+)"
                        r"(?:gắn với|thích ứng với|ứng phó với|trong(?: lĩnh vực| bối cảnh)?)\s+"
                        r"|\s+đối với\s+(?:các\s+)?(?:hoạt động|lĩnh vực|ngành)\s+")


def joined_run(text: str, mentions: list, first, join: re.Pattern) -> list:
    """``first`` and the mentions after it that ``join`` ties on one after another ("A, B and C"): the items of a
    list that opens with ``first`` (``mentions`` in text order)."""
    run = [first]
    for m in mentions:
        if m.start <= run[-1].start:
            continue
        if not join.fullmatch(text, run[-1].end, m.start):
            break
        run.append(m)
    return run


def clause_end(s: Sentence, pos: int) -> int:
    """Where the clause open at ``pos`` ends: a stop, a dash, or a purpose / relative link ("nhằm", "which")."""
    m = re.search(r"[;.!?]|\s[–-]\s|\b(nhằm|để|với mục tiêu|which|that)\b", s.text[pos:s.end])
    return pos + m.start() if m else s.end


# the words before a Vietnamese place that say something is held or sits there: "tại", "ở", "bên bờ sông Hàn",
# "ven biển Cửa Lò", "tại điểm cầu Trụ sở Chính phủ"
# "tại / ở X", and where an event is brought or set ("về với xã X", "trong khuôn viên X": ``reach_cues``)
AT_PLACE_VI = r"(?:(?:tại|ở|bên bờ|ven)\s+(?:điểm cầu\s+)?|" + cue_pattern("reach_cues", "vi") + r"\s+)"


def last_named_event(s: Sentence, pos: int) -> Mention | None:
    """The latest event named in full (not a bare reference, not inside another name) before ``pos``, in this
    sentence or one before it: what a clause with no event of its own speaks of."""
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref and m.sentence <= s.index
             and m.end <= pos]
    return max(named, key=lambda m: m.start) if named else None


def blanked(text: str, start: int, end: int, spans) -> str:
    """``text[start:end]`` with each span wholly inside it written as spaces: what stands between two names once the
    titles (or bodies) written there are taken out ("A, Deputy Minister of X, and B" → "A,  , and B")."""
    out = list(text[start:end])
    for a, b in spans:
        if start <= a and b <= end:
            out[a - start:b - start] = " " * (b - a)
    return "".join(out)


def title_spans(s: Sentence) -> list[tuple[int, int]]:
    """The sentence's titles as (start, end) character spans, for :func:`blanked`."""
    return [(t.start_char, t.end_char) for t in s.titles]


def untitled_head(s: Sentence, m: Mention) -> str:
    """The sentence's words before ``m`` with the titles written there taken out ("Deputy Minister X …": " "):
    what a pass reads to know that ``m`` opens the sentence."""
    head = s.text[s.start:m.start]
    for t in s.titles:
        if s.start <= t.start_char and t.end_char <= m.start:
            head = head.replace(s.text[t.start_char:t.end_char], " ")
    return head


def said_at_event(s: Sentence, ev: Mention, pl: Mention) -> bool:
    """``pl`` is in what the sentence reports from the event it opens with ("Tại buổi lễ, ông X cho biết
    công ty mẹ tại Hàn Quốc …"), not the event's venue."""
    if pl.end <= ev.start and _TOLD_AN_EVENT.search(s.text, max(s.start, ev.start - 40), ev.start) \
            and "," in s.text[pl.end:ev.start]:
        return True  # "The mall in Hoàng Mai District will …, X told a press conference": the place is what was said
    if not ev.ref or pl.start <= ev.end:
        return False
    # "X told the forum that logistics costs in Việt Nam had fallen": the place is in what was reported
    if _TOLD_THE_EVENT.search(s.text, max(s.start, ev.start - 40), ev.start) \
            and re.match(r"\s+that\s", s.text[ev.end:pl.start]):
        return True
    return re.fullmatch(
        r"\s*(?:Cũng\s+)?(?:tại|trong|at|during)\s+", s.text[s.start:ev.start], flags=re.IGNORECASE) is not None


_TOLD_THE_EVENT = re.compile(r"(?<![\w])(?:told|briefed|(?:said|stressed|noted|added)\s+(?:at|during))\s+(?:the\s+)?$")
_TOLD_AN_EVENT = re.compile(r"(?<![\w])(?:told|briefed)\s+(?:the\s+|a\s+|an\s+)?$")


_TIME_BEFORE_EVENT = re.compile(r"(?:After|Before|Following|Prior\s+to|Ahead\s+of|Sau|Trước|Sau\s+khi|Trước\s+khi)\s+"
                                r"(?:the\s+|buổi\s+|cuộc\s+)?$", re.IGNORECASE)


def timed_by_the_event(s: Sentence, ev: Mention, pl: Mention) -> bool:
    """The event only dates the clause the place is in: "After the talks, the president laid a wreath at the
    mausoleum", "Sau hội đàm, hai bên … tại …" (a comma between the event and the place)."""
    return pl.start > ev.end and "," in s.text[ev.end:pl.start] \
        and _TIME_BEFORE_EVENT.search(s.text, max(s.start, ev.start - 20), ev.start) is not None


def named_after_the_place(s: Sentence, ev: Mention, pl: Mention) -> bool:
    """The event is named again by its kind only after ``pl``, past the sentence's opening ("… ký hợp đồng với
    một chuỗi siêu thị tại Hà Nội ngay trong ngày đầu hội chợ"): the place belongs to a noun before it."""
    return ev.ref and s.text[ev.start:ev.start + 1].islower() and ev.start >= pl.end and pl.start - s.start > 30 \
        and not _CLAUSE_PLACE.search(s.text, s.start, pl.start)  # (", tại Hà Nội, Bộ X tổ chức hội thảo …" opens a clause)


_CLAUSE_PLACE = re.compile(r"(?:^|[,;:–-])\s*(?:tại|ở|in|at)\s+(?:the\s+)?$", re.IGNORECASE)


# (its short form in brackets and a comma may come first, "… (COP17), diễn ra từ ngày 19/10 đến 30/10 tại thủ đô …":
# a span of days, and the kind of the place the place's span left out)
_DAY_VI = r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?"
_HELD_AT = re.compile(r"(?:\s*\([^()]{1,20}\)\s*,?)?(?:\s+của\s+[^,.;:()]{1,50}?)?\s+(?:đã\s+|sẽ\s+)?(?:được\s+)?"
                      r"(?:(?:tổ chức|diễn ra|khai mạc)"
                      rf"(?:\s+(?:vào\s+)?(?:từ\s+)?{_DAY_VI}(?:\s*(?:đến|[-–])\s*{_DAY_VI})?)?"
                      # ("… của Hội X đã về với xã Y": brought to the commune, held there)
                      r"\s+(?:tại|ở)|(?:về|đến)\s+với(?:\s+(?:người dân|đồng bào|bà con|nhân dân))?)\s+(?:(?:thủ đô|thủ phủ|thành phố)\s+)?$")


# the same in English: "A groundbreaking ceremony for the Long Thanh – HCM City railway was held in the
# southern province of Đồng Nai" (its complement, the verb, a day, the place's kind)
_HELD_AT_EN = re.compile(r"(?:\s*\([^()]{1,20}\))?"  # "The X Fair 2026 (VIFA EXPO 2026) will take place …": its short form
                         # ("A ceremony to commemorate the soldiers who died on the … Road was held at …": its purpose)
                         r"(?:\s+(?:for|of|on|between|among|to)\s+[^,.;:()]{1,80}?)?"
                         # "The race, organised by A and B, started and finished at …": its organisers between, whose
                         # short forms may stand in brackets ("… and the United Nations Development Programme (UNDP),")
                         r"(?:\s*,\s+(?:co-)?(?:organi[sz]ed|hosted|sponsored|held)\s+by\s+(?:[^;.()]|\([^()]{1,20}\)){1,160}?,)?"
                         # (", which took place …": a relative clause)
                         r"(?:\s*,\s*(?:which|that))?"
                         r"(?:\s+(?:(?:was|is|were|are|will\s+be|has\s+been)\s+"
                         r"(?:held|organi[sz]ed|staged|hosted)|took\s+place|takes\s+place|opened|kicked\s+off|"
                         r"started(?:\s+and\s+(?:finished|ended))?|began|"
                         # "… will take place from December 9 to 12 at …", "The festival … will open at …": one to come
                         r"will\s+(?:take\s+place|open|kick\s+off|start|begin))"
                         # "The talks, held in Putrajaya, focused on …": a participle set off by a comma
                         r"|\s*,\s*(?:held|staged))"
                         # a day, or days: "on Sunday", "on Saturday evening", "on the morning of Dec. 3", "this
                         # morning", "last Friday", "from December 22 to 24"
                         r"(?:\s+on\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?"
                         r"(?:\s+(?:morning|afternoon|evening|night))?"
                         r"|\s+(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night|[A-Z][a-z]+day)|\s+(?:today|tonight)"
                         r"|\s+from\s+[A-Z][a-z]+\s+\d{1,2}\s+to\s+(?:[A-Z][a-z]+\s+)?\d{1,2})?"
                         # ("opened this morning on the Ninh Kiều Wharf": a venue one stands on)
                         r"\s+(?:in|at|on(?=\s+the\s))\s+(?:the\s+(?:[\w-]+\s+){0,3}(?:province|city|"
                         r"town|district|commune|ward|capital|region)\s+of\s+)?(?:the\s+)?"
                         # "at the university's campus in Thủ Đức": a host's premises, then the place
                         r"(?:[\w-]+['’]s\s+(?:campus|headquarters|premises|office|offices)\s+in\s+(?:the\s+)?)?$")


def held_at(s: "Sentence", ev: "Mention", pl: "Mention") -> bool:
    """The event's own clause says where it is held, however long its name: "Hội nghị … của tỉnh X
    được tổ chức sáng 5/1 tại Hội trường …", "A groundbreaking ceremony for the … railway was held in …"
    (only its owner or complement, the verb and a day stand between)."""
    if ev.end > pl.start:
        return False
    return (_HELD_AT if s.lang == "vi" else _HELD_AT_EN).fullmatch(s.text, ev.end, pl.start) is not None


_OWNER_OF_EVENT = re.compile(r"\s+của\s+")


def seat_of_a_name(s: "Sentence", pl: "Mention") -> bool:
    """The place after "tại / ở / in" is where the body or country named right before it sits, not
    an event's venue: "đại diện thương vụ Việt Nam tại Đức", "Trưởng đại diện WHO tại Việt Nam"
    (a body's short form in brackets may stand between). Not for a venue ("tại Trung tâm X ở phường Y"),
    nor after an event's organisers ("the
    Forum organised by A at the Lotte Hotel": ``fallback_host_by``)."""
    if s.lang != "vi":
        return False  # ("the X Centre in Hanoi" is a venue and its city in English copy)
    named = next((m for m in s.mentions if m.type in ("Organization", "Place") and m.end <= pl.start
                  and re.fullmatch(r"(?:\s*\([^()]{1,15}\))?\s+(?:tại|ở|in)\s+(?:the\s+)?", s.text[m.end:pl.start])), None)
    if named is None:
        return False
    lead = s.text[max(s.start, named.start - 40):named.start]
    if re.search(r"(?<![\w])(?:tại|ở)\s+$", lead):
        return False  # "tại Trung tâm X ở phường Y": a venue and where it is
    if any(e.type == "Event" and _OWNER_OF_EVENT.fullmatch(s.text, e.end, named.start) for e in s.mentions):
        return False  # "Hội nghị tổng kết … của Bộ Tài chính tại Hà Nội": the event's owner, then the event's place
    return not re.search(r"(?<![\w])(?:" + cue_pattern("fallback_host_by", s.lang) + r")(?:\s+\S+){0,3}\s*$", lead,
                         flags=re.IGNORECASE)


def not_a_venue(s: "Sentence", before: str) -> bool:
    """A place after "tại" that says where someone lives ("ngụ tại", `residence_cues`) or where an
    envoy is posted ("Đại sứ Việt Nam tại Philippines", `posted_heads`) is no event's venue."""
    if re.search(cue_pattern("residence_cues", s.lang) + r"\s+$", before, flags=re.IGNORECASE):
        return True
    if s.lang == "vi" and people_of_place(before):
        return True  # "các nghệ nhân ở làng X": where those people live (kg.relations.venue_frames_vi)
    posted = cue_pattern("posted_heads", s.lang)
    if s.lang == "vi" and _TRIP_FRAME_VI.search(before):
        return True  # "Lễ ký kết diễn ra trong khuôn khổ chuyến công tác tại Nhật Bản …": where the trip went
    return bool(re.search(posted + r"(?:\s+[\w.-]+){0,4}\s+(?:tại|ở|to|in)\s+$", before))


# "… trong khuôn khổ chuyến công tác tại X", "nhân chuyến thăm tại X" (the 30 characters before the place may cut
# "trong khuôn khổ" to its last word)
_TRIP_FRAME_VI = re.compile(r"(?<![\w])(?:khổ|nhân|trong)\s+(?:chuyến|đợt)\s+(?:công tác|thăm|làm việc)"
                            r"(?:\s+(?:chính thức|cấp nhà nước|làm việc))?\s+(?:tại|ở)\s+$")


# "HÀ NỘI, Dec 8 (VNA) — ", "THÁI NGUYÊN — ": the dateline that opens an English article's first sentence
DATELINE_EN = re.compile(rf"\s*[{UPPER_VI}][{UPPER_VI} .'’-]{{1,40}}(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?(?:\s*\([A-Z]{{2,6}}\))?"
                         r"\s+[—–-]\s+")


def after_dateline(s: Sentence) -> int:
    """Where the sentence's own words begin: past a dateline, if it opens with one (also one the truecaser
    wrote in mixed case, "Hồ Chí Minh city — ": the place that opens the sentence, then a dash)."""
    m = DATELINE_EN.match(s.text, s.start, s.end)
    if m:
        return m.end()
    lead = len(s.text[s.start:s.end]) - len(s.text[s.start:s.end].lstrip())
    place = next((x for x in s.mentions if x.type == "Place" and x.start == s.start + lead), None)
    dash = _DATELINE_DASH.match(s.text, place.end, s.end) if place is not None else None
    return dash.end() if dash else s.start


# the dash after a dateline's place, with its day and agency between: ", Dec 8 (VNA) — "
_DATELINE_DASH = re.compile(r"(?:,[^—–\n]{0,40})?\s*[—–]\s+")



def qualified_for(text: str, ev: Mention) -> bool:
    """The event is one a team or person is to qualify for ("giành vé dự Giải vô địch … 2027", "giành quyền tham
    dự Vòng chung kết …"): a goal the sentence names, not the happening it reports (``qualify_cues``)."""
    return re.search(r"(?:" + cue_pattern("qualify_cues", "vi") + r")\s+$", text[max(0, ev.start - 40):ev.start],
                     flags=re.IGNORECASE) is not None


# "hội nghị tiếp xúc cử tri trước Kỳ họp thứ hai", "thông tin về dự kiến nội dung kỳ họp": an event that times
# another or is talked about
_FRAMING_VI = re.compile(r"(?<![\w])(?:trước|sau|chuẩn bị cho|nội dung|về)\s+$", re.IGNORECASE)


# "… cho biết năm 2026 ngành sẽ tập trung … và tổ chức Festival Hoa Đà Lạt lần thứ XI": an event still to be held
_TO_BE_HELD_VI = re.compile(r"(?<![\w])(?:sẽ|dự kiến)(?![\w])[^.;:!?\n]*?(?<![\w])(?:tổ chức|đăng cai)\s+$", re.IGNORECASE)
# "Chiến dịch … đợt 2 sẽ được triển khai từ ngày 15/12": the event its own clause says is still to come
_TO_COME_AFTER_VI = re.compile(r"[^.;,:!?\n]{0,40}?(?<![\w])(?:sẽ|dự kiến)\s+(?:được\s+)?(?:tổ chức|triển khai|diễn ra|"
                               r"khai mạc|bắt đầu|khởi động)(?![\w])", re.IGNORECASE)


# "… nhân kỷ niệm 102 năm Ngày Báo chí Cách mạng Việt Nam", "chào mừng Đại hội …": the occasion another event marks
_OCCASION_VI = re.compile(r"(?<![\w])(?:nhân(?:\s+dịp)?(?:\s+kỷ niệm(?:\s+\d+\s+năm)?)?|chào mừng(?:\s+thành công)?|hướng tới|"
                          r"hướng về)\s+$", re.IGNORECASE)


def time_framed(text: str, ev: Mention) -> bool:
    """The Vietnamese event is written as the time of another or what it prepares or is about ("Trước đại hội, ngày 20/3,
    … có buổi làm việc", "Sau hội nghị, chiều 15/7, …"), or as the occasion another marks ("nhân kỷ niệm Ngày Báo chí
    Cách mạng Việt Nam"): the sentence's day is not this event's, nor is it the happening attended."""
    return _FRAMING_VI.search(text, max(0, ev.start - 15), ev.start) is not None \
        or _OCCASION_VI.search(text, max(0, ev.start - 30), ev.start) is not None


def framed_event(text: str, ev: Mention) -> bool:
    """The Vietnamese event is written as the time of another or as what is talked about (after "trước", "sau",
    "chuẩn bị cho", "nội dung", "về"), or as one still to be held ("… sẽ … tổ chức X", "X sẽ diễn ra …"): not the happening an
    attendance list or an opening refers to."""
    return time_framed(text, ev) or _TO_BE_HELD_VI.search(text, max(0, ev.start - 200), ev.start) is not None \
        or _TO_COME_AFTER_VI.match(text, ev.end) is not None


# "… tổ chức lễ xuất quân Đoàn Thể thao Việt Nam tham dự SEA Games 33": the event the first one sends people to
_ATTENDED_AFTER_VI = re.compile(r"(?<![\w])(?:tham dự|dự|tranh tài tại|thi đấu tại)\s+$", re.IGNORECASE)


def purpose_event(s: Sentence, ev: Mention) -> bool:
    """The Vietnamese event is what another event of its sentence, named before it, sends people to attend: not the
    happening a later attendance ("Cùng dự có …", "… dự và phát biểu") refers to."""
    return s.lang == "vi" and _ATTENDED_AFTER_VI.search(s.text, max(0, ev.start - 15), ev.start) is not None \
        and any(m.type == "Event" and m.sentence == ev.sentence and m.end <= ev.start and not m.nested
                for m in s.ex.mentions)


def latest_act(s: Sentence, act: re.Pattern, lookback: int) -> tuple[int, re.Match] | None:
    """The latest of the ``lookback`` sentences before ``s`` that tells ``act`` (its index and the verb's match): the
    sentence a ceremony named after its act takes its day from ("… inaugurated its institute … . … attended the
    inauguration ceremony", "A và B ký kết … . Tham dự lễ ký kết có …")."""
    for j in range(s.index - 1, max(-1, s.index - 1 - lookback), -1):
        a, b = s.ex.sentences[j]
        verb = act.search(s.text, a, b)
        if verb is not None:
            return j, verb
    return None


# "Hai bên nhất trí phối hợp tổ chức tốt kỳ họp lần thứ 7 … vào năm 2026": an event still to come
_PLANNED_BEFORE_VI = re.compile(r"(?<![\w])(?:sẽ|dự kiến|chuẩn bị|nhất trí|tiến tới|hướng tới)(?![\w])[^.;]{0,40}$", re.IGNORECASE)
_LATER_YEAR_VI = re.compile(r"[^.;]{0,120}?(?<![\w])(?:vào|trong)\s+năm\s+(\d{4})(?!\d)")


def planned_event(s: Sentence, ev: Mention) -> bool:
    """The event is one the article says is still to come: a plan or agreement about it, or a later year."""
    a, _ = s.ex.sentences[ev.sentence]
    if _PLANNED_BEFORE_VI.search(s.text, a, ev.start):
        return True
    year = _LATER_YEAR_VI.match(s.text, ev.end)
    published = (s.ex.article.published or "")[:4]
    return bool(year and published.isdigit() and int(year.group(1)) > int(published))


# "…, with officials from A", "the workshop with experts from B": a "with" that opens a group of attendees
_WITH_AFTER = re.compile(r"(?:,|\b(?:held|took\s+place|opened|convened|was\s+held|were\s+held))\s*$", re.IGNORECASE)


def with_opens(s: Sentence, at: int) -> bool:
    """A bare "with" at ``at`` adds attendees after a comma, a verb of holding, or the event named right before it
    ("will cooperate with experts from the World Bank" names none)."""
    if _WITH_AFTER.search(s.text, s.start, at):
        return True
    return any(e.type == "Event" and e.end <= at and not s.text[e.end:at].strip() for e in s.mentions)

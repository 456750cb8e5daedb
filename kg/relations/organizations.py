"""subOrganizationOf: "X (trực) thuộc Y", "X, công ty con của Y", "Y thành lập công ty con X"."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.cues import cue_pattern
from kg.textutil import norm_key
from kg.relations.base import NEGATED, Mention, Relation, Sentence, state_body

# "Trung tâm X là đơn vị sự nghiệp thuộc Sở Y", "Bệnh viện X là bệnh viện hạng I trực thuộc Bộ Y tế",
# "Trung tâm X là đơn vị của Bệnh viện Y"; the body's seat may stand between ("X đặt tại phường A, TP B, là …")
_LOWER_VI = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
_DESCRIBED = rf"(?:\s+(?:hạng\s+(?:I{{1,3}}|IV|đặc biệt)|(?!(?:trực|thuộc|của)(?![{_LOWER_VI}]))[{_LOWER_VI}]+)){{0,4}}?"
# (closed by a comma, or by "và": "X có trụ sở tại thành phố A và là công ty con của Y")
_SEAT_VI = (r"(?:\s*,?\s*(?:(?:có|đặt)\s+trụ\s+sở|đặt|đóng|nằm)\s+(?:chính\s+)?(?:tại|ở)\s+[^,.;()]{1,60}?"
            r"(?:,\s*[^,.;()]{1,40}?)?(?:\s*,|\s+và(?=\s+là\s)))?")


def unit_link(gap: str) -> bool:
    """``gap`` between a body and the body after it says the first is a unit of the second:
    " là bệnh viện hạng I trực thuộc ", ", đơn vị thuộc ", " là đơn vị của ", " là một trong các trường thành viên của "
    (``unit_kind_nouns``, ``unit_nouns``)."""
    kinds, units = cue_pattern("unit_kind_nouns", "vi"), cue_pattern("unit_nouns", "vi")
    return re.fullmatch(_SEAT_VI + r"(?:\s*,\s*(?:là\s+)?|\s+là\s+|(?<=,)\s*là\s+)(?:một\s+(?:trong\s+(?:các|những|số)\s+)?)?(?:(?:" + kinds + ")" + _DESCRIBED
                        + r"\s+(?:trực\s+thuộc|thuộc)|(?:" + units + ")" + _DESCRIBED + r"\s+của)\s+", gap) is not None \
        and not NEGATED.search(gap)


def past_this(a: Mention, gap: str) -> str:
    """``gap`` after a reference ``a`` without the "này" that makes it one: "Trung tâm | này là đơn vị thuộc Y"
    reads as "Trung tâm Z | là đơn vị thuộc Y" (the reference names Z again)."""
    return re.sub(r"^\s+này(?=\s+là\s)", "", gap) if a.ref else gap


def this_unit(s: Sentence) -> tuple[Mention, Mention] | None:
    """"Dự án do Ban Quản lý X làm chủ đầu tư. Đây là đơn vị sự nghiệp trực thuộc Sở Y, …": a sentence opening
    with "Đây là <unit> thuộc Y" says the last body the sentence before named is a unit of Y; (that body, Y)."""
    orgs = s.of_type("Organization")
    if s.lang != "vi" or not orgs:
        return None
    opening = re.match(r"\s*(?:Đây|Đó|Đơn vị này|Cơ quan này)(?=\s+là\s)", s.text[s.start:orgs[0].start])
    if opening is None or not unit_link(s.text[s.start + opening.end():orgs[0].start]):
        return None
    before = [m for m in s.ex.mentions if m.sentence == s.index - 1 and m.type == "Organization" and not m.ref
              and not m.nested and m.text != orgs[0].text]
    return (before[-1], orgs[0]) if before else None


def sub_organizations(s: Sentence) -> list[Relation]:
    """subOrganizationOf: "X (trực) thuộc Y", "X, công ty con của Y", "Y thành lập công ty con X", "X của Quốc hội"."""
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    for o in orgs:
        for inner in s.nested:
            if inner.type == "Organization" and o.start < inner.start and inner.end <= o.end \
                    and re.search(r"\b(của|thuộc|trực thuộc)\s+$", s.text[o.start:inner.start]):
                out.append(Relation(o.id, "subOrganizationOf", inner.id, s.index))
            elif inner.type == "Organization" and o.start < inner.start and inner.end == o.end \
                    and re.search(r"\s[-–]\s+$", s.text[o.start:inner.start]) \
                    and re.match(r"(?:Đại học|ĐHQG)\s", inner.text):
                # "Trường Đại học Bách khoa - Đại học Đà Nẵng": a member school of the university after the dash
                out.append(Relation(o.id, "subOrganizationOf", inner.id, s.index))

    out += _units_listed(s, orgs)
    unit = this_unit(s)
    if unit is not None:
        out.append(Relation(unit[0].id, "subOrganizationOf", unit[1].id, s.index))
    if len(orgs) < 2:
        return out
    for a, b in zip(orgs, orgs[1:]):
        gap = s.text[a.end:b.start]
        if NEGATED.search(gap):
            continue
        # "Trung tâm Vũ trụ Việt Nam (VNSC) thuộc …": the short form in brackets closes the name before the link
        # ("X, chi nhánh của Ngân hàng Y", "X, đơn vị thành viên của Tập đoàn Y": the unit nouns are cues)
        gap = past_this(a, gap) if s.lang == "vi" else gap
        if re.fullmatch(r"\)?\s*(,\s*)?(một\s+)?((?:" + cue_pattern("unit_nouns", "vi") + r")\s+)?(trực thuộc|thuộc|của|a subsidiary of)\s*(the\s+)?", gap) \
                or unit_link(gap):
            if re.fullmatch(r"\s*(của|of the)\s*", gap) and not _is_sub_body(a) and not _company_of_group(a, b):
                continue
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))
        elif s.lang == "vi" and _comma_parent(s, orgs, a, b):
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))
        elif re.fullmatch(r"\s*(đã\s+)?thành lập\s+(công ty con|đơn vị)\s+(là\s+)?", gap):
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))
        elif re.fullmatch(r"\s*(vừa\s+|đã\s+)?(mua lại|thâu tóm|acquired|bought)\s+", gap):
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))
    # "One Mount Group … công ty One Mount Distribution": a company named after the group
    # it appears with, in the sentence that names the group, is one of the group's companies
    for g in orgs:
        core = re.fullmatch(r"(?:Tập đoàn\s+)?(?P<core>[A-ZĐ][\w&.-]*(?:\s[A-ZĐ0-9][\w&.-]*)*?)"
                            r"(?:\s+(?:Group|Corporation|Holdings))?", g.text)
        if not core or not (g.text.startswith("Tập đoàn ") or re.search(r"\s(Group|Corporation|Holdings)$", g.text)):
            continue
        stem = core.group("core")
        for o in orgs:
            if o.id != g.id and o.start > g.end and o.text.startswith(stem + " ") \
                    and not re.search(r"\s(Group|Corporation|Holdings)$", o.text) \
                    and not NEGATED.search(s.text[g.end:o.start]):
                out.append(Relation(o.id, "subOrganizationOf", g.id, s.index))
    # "chuyển nhượng (toàn bộ cổ phần tại) X cho Y"
    for m in re.finditer(r"chuyển nhượng\s+(toàn bộ\s+)?(cổ phần|vốn)?\s*(tại\s+)?", s.text[s.start:s.end]):
        pos = s.start + m.end()
        xs = [o for o in orgs if o.start == pos]
        if xs:
            rest = s.text[xs[0].end:s.end]
            c = re.match(r"\s+cho\s+", rest)
            if c:
                ys = [o for o in orgs if o.start == xs[0].end + c.end()]
                if ys and not NEGATED.search(s.text[s.start:s.end]):
                    out.append(Relation(xs[0].id, "subOrganizationOf", ys[0].id, s.index))
    return out


_DEPARTMENT = re.compile(r"Khoa\s")
_DEPARTMENT_PARENT = re.compile(r"(?:Trường|Bệnh viện|Học viện|Viện|Đại học|Trung tâm Y tế)\s")
_UNIVERSITY = re.compile(r"(?:Đại học|ĐHQG)\s")
_LISTED = re.compile(r"\s*(?:,|và)\s*")


# "Viện có hai đơn vị trực thuộc là A và B", "Tổng công ty có 3 công ty con gồm A, B, C": the body, then its units
_HAS_UNITS_VI = re.compile(r"\s+(?:hiện\s+)?có\s+(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)\s+(?:đơn vị|công ty con|"
                           r"trung tâm|phòng|viện|trường)(?:\s+trực thuộc|\s+thành viên)?\s*(?:,\s*)?(?:là|gồm)\s+")


def _units_listed(s: Sentence, orgs: list[Mention]) -> list[Relation]:
    """subOrganizationOf of each body listed after "X có hai đơn vị trực thuộc là …" to X (Vietnamese)."""
    out: list[Relation] = []
    if s.lang != "vi":
        return out
    for parent in orgs:
        m = _HAS_UNITS_VI.match(s.text, parent.end, s.end)
        first = next((o for o in orgs if m and o.start == m.end()), None)
        if first is None or NEGATED.search(m.group()):
            continue
        units, prev = [first], first
        for o in orgs:
            if o.start > prev.end and re.fullmatch(r"\s*(?:,|,?\s+và)\s+", s.text[prev.end:o.start]):
                units.append(o)
                prev = o
        out += [Relation(u.id, "subOrganizationOf", parent.id, s.index) for u in units]
    return out


def _chain_link(a: Mention, b: Mention) -> bool:
    """``b`` written right after ``a`` and a comma is what ``a`` belongs to: a department then its school or
    hospital ("Khoa Nông học, Trường Đại học Nông Lâm"), a member school then its university ("Trường Đại học
    Nông Lâm, Đại học Huế")."""
    return bool(_DEPARTMENT.match(a.text) and _DEPARTMENT_PARENT.match(b.text)
                or re.match(r"(?:Trường|Học viện)\s", a.text) and _UNIVERSITY.match(b.text))


def _comma_parent(s: Sentence, orgs: list[Mention], a: Mention, b: Mention) -> bool:
    """"Khoa X, Trường Y, Đại học Z": each body after a comma is the parent of the one before it
    (:func:`_chain_link`) — unless the bodies are a list ("Khoa X, Bệnh viện Y và Sở Z"): a body listed
    before ``a`` or after ``b`` that is no link of the chain."""
    if not re.fullmatch(r"\s*,\s*", s.text[a.end:b.start]) or a.ref or b.ref or not _chain_link(a, b):
        return False
    i = orgs.index(a)
    if i > 0 and _LISTED.fullmatch(s.text[orgs[i - 1].end:a.start]) and not _chain_link(orgs[i - 1], a):
        return False
    if i + 2 < len(orgs) and _LISTED.fullmatch(s.text[b.end:orgs[i + 2].start]) and not _chain_link(b, orgs[i + 2]):
        return False
    return True


def _is_sub_body(m: Mention) -> bool:
    # (a hospital's or school's department, a centre, a branch: "Khoa Kiểm soát bệnh truyền nhiễm của CDC Hà Nội")
    # (a forest ranger post, a unit, a team or border post of a body: "Hạt Kiểm lâm X của Chi cục Kiểm lâm Y")
    return bool(re.match(r"(Ủy ban|Uỷ ban|Ban|Văn phòng|Vụ|Cục|Chi cục|Viện|Hội đồng|Khoa|Phòng|Trung tâm|Phân hiệu|"
                         r"Chi nhánh|Trạm|Hạt|Đơn vị|Đội(?! tuyển)|Đồn|Tổ công tác|Committee|Commission|Office)\b", m.text))


def _company_of_group(a: Mention, b: Mention) -> bool:
    """"Tổng công ty Truyền tải điện Quốc gia của EVN", "Công ty X của Tập đoàn Y": a company "của" a group
    (named so, or by its upper-case short form) is one of the group's companies."""
    return bool(re.match(r"(?:Tổng công ty|Công ty)\s", a.text) and not a.ref
                and (re.match(r"(?:Tập đoàn|Tổng công ty)\s", b.name or b.text) or re.fullmatch(r"[A-ZĐ]{2,8}", b.text)))


def _ends_as_sub_body(m: Mention) -> bool:
    """"Economic and Financial Affairs Committee": an English committee, commission or board."""
    return len(m.text.split()) >= 2 and re.search(r"\s(Committee|Commission|Council|Board|Office)$", m.text) is not None


def _is_unit(m: Mention) -> bool:
    """An English unit name: "Investigation Police Agency", "Department of Taxation"."""
    from kg.nlp.recognizers.of_known_bodies import head_then_field, unit_heads

    words = m.text.split()
    return len(words) >= 2 and (words[0] in unit_heads() or words[-1] in unit_heads() or head_then_field(words))


def _parent_head(m: Mention) -> bool:
    """An English name headed by a word of ``parent_heads`` (generic_organs_en.json): "Cần Thơ University",
    "Hanoi University of Industry", "Vietnam National University, Hanoi" (a city after a comma is the name's)."""
    from kg.nlp.recognizers.org_segments_en import unit_heads as _unit_heads

    words = m.text.split(",")[0].split()
    head = words[:words.index("of")] if "of" in words else words
    return bool(head) and head[-1] in _unit_heads()[1]


def _listed_after(s: Sentence, orgs: list, first) -> list:
    """The bodies listed right after ``first`` with "and" / ",": "HOSE and the Hanoi Stock Exchange"."""
    out, prev = [], first
    for o in orgs:
        if o.start > prev.end and re.fullmatch(r"(?:\s*\([^()]{1,15}\))?\s*(?:,|,?\s+and)\s+(?:the\s+)?",
                                                         s.text[prev.end:o.start]):
            out.append(o)
            prev = o
    return out


def _described_unit(gap: str, key: str = "sub_of_nouns") -> bool:
    """``gap`` is an apposition naming a unit with words that describe it: ", the electric vehicle arm
    of ", ", a wholly owned subsidiary of " (nouns: ``sub_of_nouns``); with ``parent_of_nouns``, the
    parent: ", the parent of "."""
    from kg.relations.cues import cue_pattern

    nouns = cue_pattern(key, "en")
    return bool(nouns) and re.fullmatch(r"(?i:\s*,\s*(?:is\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}(?:" + nouns
                                        + r")\s+(?:of|under)\s+(?:the\s+)?)"
                                        # "a subsidiary of the German engineering group Bosch": words describing the parent
                                        r"(?:[A-Z][a-z]+(?:an|ese|ish|ian)\s+)?(?:[a-z][\w-]*\s+){0,3}"
                                        # "the Vietnamese arm of South Korea's Shinhan Financial Group": the parent's country
                                        r"(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+[’']s\s+)?", gap) is not None


# "X, a new airline owned by Sun Group", "X, which is wholly owned by the state-run group Y": an apposition or a
# relative clause saying who owns the body (words describing the owner may stand before its name)
_OWNED_BY = re.compile(r"\)?\s*,\s*(?:(?:which|that)\s+is\s+|(?:a|an)\s+(?:[\w-]+\s+){0,3}?)?(?:wholly\s+|fully\s+|"
                       r"majority[- ])?(?:owned|run|managed)\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                       r"(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+[’']s\s+)?")  # "owned by Japan's Aeon Group"


# what says, after a body, that it is a unit of the body named next: " under ", ", which is directly under ",
# ", a hospital directly under ", ", which is affiliated to ", ", also under " (with its short form between)
_UNDER_OPENING = (r"(?:which\s+(?:is|are)\s+|(?:a|an|another)\s+(?:[a-z][\w-]*\s+){0,3}?|also\s+)?(?:directly\s+)?"
                  r"(?:under|(?:affiliated|attached)\s+to)\s+")
_UNDER_EN = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?(?:\s+(?:directly\s+)?under\s+|\s*,\s*" + _UNDER_OPENING + r")(?:the\s+)?")
_SEAT_EN = re.compile(r"(?P<in>\s+in\s+)[A-ZĐ][\w’'.-]*(?:\s+[A-ZĐ][\w’'.-]*){0,3}")
# "the University of Engineering and Technology, another VNU member school, …": the parent named inside the apposition
# "EVN and its unit, the …", "PetroVietnam said its subsidiary …": the body before "its" owns the one after the noun
_ITS_UNIT_EN = (r"\)?(?:\s*\([^()]{1,12}\))?(?:\s*,\s*|\s+(?:and|said|says|said\s+that|says\s+that|with|through|via)\s+)"
                r"its\s+(?:[a-z][\w-]*\s+){0,2}")
_MEMBER_OF_EN = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?\s*,\s*(?:a|an|another|one)\s+")


@lru_cache(maxsize=1)
def _kind_after_en() -> re.Pattern:
    """The unit nouns (``sub_of_nouns``) right after the parent's name, closing the apposition."""
    return re.compile(r"\s+(?:" + cue_pattern("sub_of_nouns", "en") + r")\s*(?:[,;.)]|$)")


def unit_of(s: Sentence) -> list[Relation]:
    """subOrganizationOf from an apposition that says so: "ACV, a subsidiary of the Commission …",
    "the Trade Promotion Agency, a unit of the Ministry …", "Cục X, đơn vị trực thuộc Bộ Y"; and
    a possessive: "the Ministry of Health's Department of Medical Services"."""
    from kg.relations.cues import cue_pattern

    orgs = s.of_type("Organization")
    out: list[Relation] = []
    links = cue_pattern("sub_of_links", s.lang)
    sub = cue_pattern("sub_body_heads", s.lang)
    for a, b in zip(orgs, orgs[1:]):
        gap = s.text[a.end:b.start]
        if NEGATED.search(gap):
            continue
        seat = _SEAT_EN.match(gap) if s.lang == "en" else None
        if seat and any(m.type == "Place" and m.start == a.end + seat.end("in") and m.end == a.end + seat.end()
                        for m in s.mentions):
            gap = gap[seat.end():]  # "the Pasteur Institute in HCM City, which is affiliated to …": past its seat
        if re.fullmatch(r"\)?\s*(?:\([^)]*\))?(?:\s*,\s*(?:(?:là|is|was)\s+)?|\s+(?:hiện\s+)?là\s+|\s+(?:is|was)\s+)(?:một\s+)?(?:" + links + r")\s+(?:the\s+)?"
                        r"(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+)?",  # "… of South Korea's Seojin Electronics"
                        gap, flags=re.IGNORECASE):
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))
        elif s.lang == "en" and _described_unit(gap, "parent_of_nouns"):
            # "the Vietnam Exchange, the parent of HOSE and the Hanoi Stock Exchange": each named unit is its
            for c in [b] + _listed_after(s, orgs, b):
                out.append(Relation(c.id, "subOrganizationOf", a.id, s.index))
        elif s.lang == "en" and _described_unit(gap):
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))  # "VinFast, the electric vehicle arm of Vingroup"
        elif s.lang == "en" and _OWNED_BY.fullmatch(gap) and not a.ref:
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))  # "X, a new airline owned by Sun Group"
        elif s.lang == "en" and _UNDER_EN.fullmatch(gap) and not a.ref \
                and not re.match(r"[’']s\b", s.text[b.end:b.end + 2]):
            # not "implemented by Viettel under the ministry's mandate": the work is under it, not the body
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))  # "the Institute of X under the ministry"
        elif s.lang == "en" and _MEMBER_OF_EN.fullmatch(gap) and _kind_after_en().match(s.text, b.end, s.end) and not a.ref:
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))  # "UET, another VNU member school, …"
        elif s.lang == "en" and (re.fullmatch(r"\s+of\s+the\s+", gap) or re.fullmatch(r"\s+(?:of|at)\s+", gap)
                                 and _parent_head(b) or re.fullmatch(r"\s+at\s+the\s+", gap)
                                 and re.match(r"Ministry\s", b.text)) and _is_unit(a) and not a.ref:
            # ("the Department of Higher Education at the Ministry of Education and Training")
            # "the … Agency of the Ministry of …", "the … Research Institute of Cần Thơ University",
            # "the Faculty of Law at Huế University"
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))
        elif s.lang == "en" and re.fullmatch(r"[’']s\s+", gap) and (re.match(sub, b.text) or _is_unit(b)
                                                                  or _is_sub_body(b) or _ends_as_sub_body(b)):
            # "the Ministry of Public Security's Police Investigation Agency"
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))
        elif s.lang == "en" and not a.ref and re.fullmatch(r"[’']s\s+(?:[A-Z][a-z]+(?:an|ese|ish)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:" + cue_pattern(
                "sub_of_nouns", "en") + r"),?\s+", gap):
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))  # "Foxconn's subsidiary Fukang Technology"
        elif s.lang == "en" and not a.ref and re.fullmatch(_ITS_UNIT_EN + r"(?:" + cue_pattern("sub_of_nouns", "en")
                                                         + r")\s*,?\s+(?:the\s+)?", gap):
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))  # "EVN and its unit, the National Power …"
        elif s.lang == "en" and re.fullmatch(r"[’']s\s+", gap) and state_body(a) and not a.ref \
                and re.search(r"\b(?:" + cue_pattern("owned_heads", "en") + r")$", b.text):
            # "the Ministry of National Defence's Viettel Group": a state-owned group, firm or school
            out.append(Relation(b.id, "subOrganizationOf", a.id, s.index))
    # "The ministry's Department of …": the ministry named earlier
    if s.lang == "en":
        own, owned = cue_pattern("own_unit_heads", "en"), cue_pattern("owned_heads", "en")
        nouns = cue_pattern("sub_of_nouns", "en")
        for b in orgs:
            # "PVEP, the group's upstream arm, …": the unit of the body the reference names again
            m = re.match(r"\s*(?:\([^()]{1,15}\)\s*)?,\s*(?:the|its)\s+(?P<ref>[a-z][\w\s-]{2,30}?)[’']s\s+(?:[a-z][\w-]*\s+){0,2}"
                         r"(?:" + nouns + r")\b", s.text[b.end:s.end])
            parent = org_ref_at(s, b.end + m.start("ref")) if m and not b.ref else None
            if parent is not None and parent.id != b.id:
                out.append(Relation(b.id, "subOrganizationOf", parent.id, s.index))
            m = re.search(r"\b(?:the|The)\s+(?P<ref>[a-z][\w\s-]{2,40}?)[’']s\s+$", s.text[s.start:b.start])
            if m and (re.match(sub, b.text) or re.search(r"\s(?:" + sub + "|" + own + r")$", b.text)  # "… Police Department"
                      or re.search(r"\b(?:group|corporation)$", m.group("ref")) and re.search(r"\s(?:" + owned + r")$", b.text)):
                # "the ministry's National Innovation Centre"; a group's own firm: "The group's Binh Son … Company"
                parent = org_ref_at(s, s.start + m.start("ref"))
                if parent is not None and parent.id != b.id:
                    out.append(Relation(b.id, "subOrganizationOf", parent.id, s.index))
            # "the Plant Protection Department, under the ministry, …": b is under the ministry named earlier
            m = re.match(r"\s*,\s*" + _UNDER_OPENING + r"(?=the\s+[a-z])", s.text[b.end:s.end]) or \
                re.match(r"\s+(?:directly\s+)?under\s+(?=the\s+(?:[A-Z][a-z]+(?:an|ese|ish)\s+)?(?:" + REF_HEADS + r")\b)",
                         s.text[b.end:s.end])  # "the Department of Animal Health under the Vietnamese ministry"
            parent = org_ref_at(s, b.end + m.end()) if m else None
            if parent is not None and parent.id != b.id and not b.ref:
                out.append(Relation(b.id, "subOrganizationOf", parent.id, s.index))
            # "the administration, under the Ministry of …": the body named earlier is under b
            m = re.search(r"\b(?:the|The)\s+(?P<ref>[a-z][\w\s-]{2,40}?)\s*,?\s+(?:(?:which|that)\s+(?:comes|is|falls)\s+)?"
                          r"(?:(?:directly\s+)?under|belongs\s+to)\s+(?:the\s+)?$",  # ("The department belongs to the …")  # ("The centre, which comes under the Ministry of …")
                          s.text[s.start:b.start])
            if m and not re.match(r"[’']s\b", s.text[b.end:b.end + 2]):
                child = org_ref_at(s, s.start + m.start("ref"))
                if child is not None and child.id != b.id and not NEGATED.search(m.group()):
                    out.append(Relation(child.id, "subOrganizationOf", b.id, s.index))
    return out


REF_HEADS = (r"committee|commission|group|board|council|ministry|department|agency|association|corporation|"
             r"company|institute|office|chamber|federation|union|court|police|administration|authority|"
             r"directorate|bureau|inspectorate|academy|front|bank|hospital|university|centre|center|school|division|unit|branch|fund|foundation|"
             r"museum|college|clinic|studio|firm|airline|co-operative|cooperative|newspaper|magazine|embassy|"
             r"consulate|polytechnic")


_FOREIGN = re.compile(r"\b(?!Vietnamese\b)[A-Z][a-z]+(?:an|ese|ish)\b")


# the other words a body's name may say its kind with ("the airline" of "Bamboo Airways", "Korean Air")
_REF_SYNONYMS = {"airline": ("airways", "air")}


def org_ref_at(s: Sentence, pos: int) -> Mention | None:
    """The body that a lower-case reference at ``pos`` names again ("the steering committee",
    "the ministry"): the latest organisation of the article up to here whose name holds those words."""
    m = re.match(r"(?:the\s+)?(?P<nat>[A-Z][a-z]+(?:an|ese|ish)\s+)?(?P<ref>(?:[a-z][\w-]*\s+){0,2}(?:" + REF_HEADS + r"))\b",
                 s.text[pos:s.end])
    if not m or s.lang != "en":
        return None
    words = m.group("ref").casefold().split()
    if words[0] in ("provincial", "city", "national", "central"):
        words = words[1:]  # "the provincial steering committee": the province is the article's
    phrase = " ".join(words)
    nat = (m.group("nat") or "").strip()
    # "the Cambodian ministry": the body whose name says so; "the Vietnamese ministry": one no other
    # nationality names ("Ministry of Agriculture and Environment", not "Cambodian Ministry of …")
    # (with the words right before the name: "Cambodian Minister of Agriculture, Forestry and Fisheries X")
    def fits(o: Mention) -> bool:
        name = (o.name or o.text).casefold()
        lead = s.text[max(0, o.start - 25):o.start]
        named = phrase in name or any(re.search(rf"\b{w}\b", name) for w in _REF_SYNONYMS.get(phrase, ()))
        if nat and nat != "Vietnamese":
            return named and (f"{nat.casefold()} {phrase}" in name or nat in lead)
        return named and not (nat and (_FOREIGN.search(o.name or o.text) or _FOREIGN.search(lead)))
    earlier = [o for o in s.ex.mentions if o.type == "Organization" and o.start < pos and not o.ref
               and o.sentence >= s.index - (12 if nat else 5) and fits(o)]  # (a nationality narrows it: further back)
    # a name nested in another that also fits ("'s Committee" inside "… People's Committee") is that one's part
    earlier = [o for o in earlier if not any(x is not o and x.start <= o.start and o.end <= x.end
                                             and x.end - x.start > o.end - o.start for x in earlier)]
    # a name that holds the words whole beats one that holds them inside a word ("the federation": the Football
    # Federation, not the later Asian Football Confederation; "the bank" is still Vietcombank when no other fits)
    whole = [o for o in earlier if re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", (o.name or o.text).casefold())]
    earlier = whole or earlier
    if not earlier and not nat:
        # "rector of the college" eight sentences on: the one body of that kind the whole article has named
        # (two colleges named before: no telling which)
        earlier = [o for o in s.ex.mentions if o.type == "Organization" and o.start < pos and not o.ref and not o.nested
                   and re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", (o.name or o.text).casefold())]
        if len({norm_key(o.name or o.text) for o in earlier}) != 1:
            return None
    return max(earlier, key=lambda o: o.start) if earlier else None

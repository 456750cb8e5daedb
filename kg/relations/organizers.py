"""organized: who holds an event.

"ORG (phối hợp với ORG2) tổ chức EVENT", "EVENT do ORG tổ chức", "organised by ORG", "the authority held …".
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import after_dateline, Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.nlp.patterns import pattern_data


# a plural word before "tổ chức" makes it the noun (organisations), not the verb ("10 tổ chức" may end a name: "Chi nhánh Khu vực 10 tổ chức …")
_COUNTED_NOUN = re.compile(r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Mm]ọi|[Nn]hiều|[Mm]ột số)\s+$")
_OWNS = re.compile(r"\s+(?:a\s+|an\s+|the\s+)?(?:\d|stakes?\b|shares?\b|majority\b|controlling\b|percent\b)")
# "TAND … mở phiên tòa"; "Tỉnh đoàn … phát động Chiến dịch …", "ra quân chiến dịch …", "phát động Chương trình “Tiếp sức
# mùa thi”", "phát động Cuộc thi …": a campaign, programme or contest launched (not the "phát động" of "Lễ phát động")
# ("Ủy ban Thường vụ Quốc hội tiến hành Phiên họp thứ 12", "triệu tập Kỳ họp bất thường": a sitting the body holds)
ORGANIZE_VI = re.compile(r"\b(tổ chức|đăng cai|phối hợp tổ chức|mở(?=\s+phiên\s+(?:tòa|xét xử))"
                         r"|(?:tiến hành|triệu tập)(?=\s+(?:Phiên họp|phiên họp|Kỳ họp|kỳ họp|Đại hội|đại hội|Hội nghị|hội nghị)\s)"
                         r"|(?<!ễ\s)(?:phát động|ra quân|khởi động)(?=\s+(?:Chiến dịch|Tháng hành động|Tuần lễ|chiến dịch|tháng hành động"
                         r"|Chương trình|Cuộc thi|cuộc thi|Ngày hội|Đợt|đợt)\s))\b")
ORGANIZE_EN = re.compile(r"\b(co-hosted|co-organi[sz]ed|organi[sz]ed|organi[sz]es|held|holds|hosted|hosts|convened|convenes"
                         r"|(?:(?<=will\s)|(?<=would\s))(?:also\s+)?(?:co-)?(?:hold|host|organi[sz]e|convene)"  # "… will (also) hold"
                         r"|(?<=to\s)(?:co-)?(?:hold|host|organi[sz]e|convene)"  # "plans to host"
                         r"|(?:(?<=is\s)|(?<=are\s)|(?<=was\s)|(?<=were\s))(?:co-)?(?:holding|hosting|organi[sz]ing|convening))\b")


# "lễ ký Bản ghi nhớ hợp tác giữa A và B": the parties of what is signed, not the ceremony's host
_PARTIES_BEFORE = re.compile(r"(?<![\w])(?:giữa|between)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _object_ceremony_re() -> re.Pattern:
    from kg.nlp.recognizers.event_names import event_name_data as event_names_data

    verbs = "|".join(re.escape(v) for v in event_names_data().get("object_ceremonies", [])) or "(?!)"
    return re.compile(rf"(?:(?:lễ|buổi lễ)\s+(?:{verbs})|(?:cuộc\s+)?bầu cử)\s", flags=re.IGNORECASE)


def _object_ceremony(ev: Mention) -> bool:
    """"Lễ khánh thành …", "Lễ khởi công …": a ceremony named by what it opens or starts
    (``object_ceremonies`` in kg/data/patterns/event_names_vi.json); "bầu cử đại biểu Quốc hội khóa XVI": an
    election named by the body it elects, which does not hold it."""
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


# ", under the " / ", a unit of the " / ", which belongs to the ": between a body and the parent apposed to it (English)
_APPOSED_PARENT_EN = re.compile(r"\s*,\s*(?:(?:(?:a|an|one)\s+)?(?:unit|agency|arm|body|member|subsidiary|affiliate)\s+"
                                r"(?:of|under)|under|part\s+of|attached\s+to|affiliated\s+(?:to|with)|"
                                r"which\s+(?:belongs|reports)\s+to)\s+(?:the\s+)?")


# the ordinal before a body whose numbered meeting an English event names ("12th … Committee meeting")
_ORDINAL_BODY = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+")


# "the Government's meeting", "the chamber's annual CEO Summit": a possessive, then words of how often or in what
# order the body holds the event (kg/data/patterns/event_owners_en.json)
_OWNED = re.compile(r"[’']s\s+(?:(?:" + "|".join(map(re.escape, pattern_data("event_owners_en.json")["frequency_words"]))
                    + r")\s+)*")


def _holds_a_body(s: Sentence, o: Mention) -> bool:
    """An English name read as a body that ends in another body after "of": "National Congress of the X Federation"."""
    return any(i.type == "Organization" and o.start < i.start and i.end == o.end
               and re.search(r"\bof\s+(?:the\s+)?$", s.text[o.start:i.start]) for i in s.nested)


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
            if o.end < ev.start and _OWNED.fullmatch(s.text, o.end, ev.start):
                out.append(Relation(o.id, "organized", ev.id, s.index))
    # "at the council's 23rd session": the body a lower-case reference names
    if s.lang == "en":
        from kg.relations.organizations import org_ref_at
        for ev in events:
            window = max(s.start, ev.start - 40)
            m = re.search(r"\b[Tt]he\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)" + _OWNED.pattern + "$", s.text[window:ev.start])
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
            if o.type == "Organization" and ev.start < o.start and o.end == ev.end and not _object_ceremony(ev) \
                    and not _PARTIES_BEFORE.search(s.text, ev.start, o.start):
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
        if s.lang == "vi" and _COUNTED_NOUN.search(s.text, max(s.start, cue.start() - 12), cue.start()):
            continue  # "về đại hội các tổ chức chính trị - xã hội": "các tổ chức", organisations, no verb
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
            # ("The Directorate of Fisheries, under the Ministry of Agriculture and Environment, held …")
            if len(before_orgs) > 1 and re.match(r"\s*,", s.text[near.end:cue.start()]) \
                    and (_APPOSED_PARENT if s.lang == "vi" else _APPOSED_PARENT_EN).fullmatch(
                        s.text, before_orgs[-2].end, near.start):
                # (an English parent's long name is no gap between the subject and its verb)
                gap_from = near.end if s.lang == "en" else before_orgs[-2].end
                before_orgs = before_orgs[:-1]
                near = before_orgs[-1]
            else:
                gap_from = near.end
            gap = s.text[gap_from:cue.start()]
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
    # ("the 10th National Congress of the X Federation": the federation, not "National Congress of …")
    shells = {o.id for o in s.nested if s.lang == "en" and o.type == "Organization" and _holds_a_body(s, o)}
    return [r for r in out if r.subject not in shells]

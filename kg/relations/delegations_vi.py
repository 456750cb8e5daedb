"""Vietnamese working delegations: "đoàn công tác của Bộ X do Thứ trưởng Y làm trưởng đoàn đã có buổi làm
việc với UBND tỉnh Z …".

The leader's bare title ("Thứ trưởng", with no body of its own after it) is a post in the body that sent
the delegation (memberOf); the leader took part in the meeting the sentence reports (the sentence's event
after the leader, else a "buổi làm việc" named in the next sentence), and so did the body the delegation
"làm việc với". A delegation of one body led by an official of another ("Đoàn kiểm tra của Ban Chỉ đạo …
do Thứ trưởng Bộ Y tế X …") gives no memberOf: the title names its own body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence, not_a_venue
from kg.relations.dates import SAME_DAY, dateline_end
from kg.nlp.recognizers.working_sessions_vi import SESSION_NOUNS, WORK_VERB
from kg.textutil import escaped_alternation


def _data() -> dict:
    return pattern_data("delegations_vi.json")


@lru_cache(maxsize=None)
def _pattern(key: str) -> str:
    return escaped_alternation(_data()[key])


def _delegation_body(s: Sentence, at: int) -> Mention | None:
    """The body whose delegation the text right before ``at`` names ("đoàn công tác của Bộ X ")."""
    orgs = s.of_type("Organization")
    for i, org in enumerate(orgs):
        # ("đoàn công tác của tỉnh Gyeonggi (Hàn Quốc) do …": the body's country in brackets may stand between)
        if not (org.end <= at and re.fullmatch(r"(?:\s*\([^()]{1,30}\))?\s+do\s+", s.text[org.end:at])):
            continue
        # "đoàn công tác của Ủy ban X của Quốc hội do …": the delegation is the committee's, not its parent's
        while i > 0 and re.fullmatch(r"\s+(?:của|thuộc)\s+", s.text[orgs[i - 1].end:orgs[i].start]):
            i -= 1
        if re.search(r"(?<![\w])[Đđ]oàn\s+(?:" + _pattern("kinds") + r")(?:\s+của)?\s+$",
                     s.text[max(s.start, orgs[i].start - 50):orgs[i].start]):
            return orgs[i]
    return None


def _meeting(s: Sentence, after: int) -> Mention | None:
    """The event the delegation's sentence reports after its leader, else a working session named in the next
    sentence ("… đã làm việc với UBND tỉnh X. Tại buổi làm việc, …"), not an event the meeting was about."""
    # (an event after "về" is what the meeting dealt with: "làm việc với UBND TP X về kết quả Tháng hành động …")
    here = [m for m in s.of_type("Event") if m.start >= after and not re.search(r"(?<![\w])về(?![\w])", s.text[after:m.start])]
    if here:
        return here[0]
    nxt = [m for m in s.ex.mentions if m.type == "Event" and m.sentence == s.index + 1 and not m.nested
           and (m.text.casefold() in _data()["next_sentence_events"] or m.text.casefold() in SESSION_NOUNS)]
    return nxt[0] if nxt else None


# between a session and the "do" of the delegation it received: "buổi tiếp | đoàn doanh nghiệp Hàn Quốc | do"
_DELEGATION_BEFORE = re.compile(r"(?<![\w])(?:tiếp|đón|với|cùng)\s+[Đđ]oàn\s")
_RECEIVED = re.compile(r"\s+(?:với\s+|cùng\s+)?[Đđ]oàn\s[^,;.()]{0,60}")


# ", Ủy viên Hội đồng bầu cử quốc gia," after a leader's name: his title set off by commas
_APPOSED_TITLE = re.compile(r",[^,;.()]{2,90},")


def delegation_heads(s: Sentence) -> list[Relation]:
    """memberOf and participatedIn of a delegation's leader, and participatedIn of the body it worked with."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    lead = re.compile(r"\s*(?:" + _pattern("lead_verbs") + r")(?![\w])")
    for p in s.of_type("Person"):
        # "do ông X, Ủy viên Hội đồng …, làm trưởng đoàn": the leader's title may stand between
        apposed = _APPOSED_TITLE.match(s.text, p.end, s.end)
        led = lead.match(s.text, p.end) or (lead.match(s.text, apposed.end()) if apposed else None)
        if led is None:
            continue
        do = s.text.rfind(" do ", s.start, p.start)
        if do < 0 or s.text.rfind(",", do, p.start) >= 0:
            continue
        body = _delegation_body(s, do + 4)
        if body is None:
            # "ông X có buổi tiếp đoàn doanh nghiệp Hàn Quốc do ông Y dẫn đầu": the leader of the delegation the
            # session received took part in it
            received = next((e for e in s.of_type("Event") if e.end <= do
                             and _RECEIVED.fullmatch(s.text, e.end, do)), None)
            if received is None and _DELEGATION_BEFORE.search(s.text, max(s.start, do - 100), do):
                received = _meeting(s, led.end())  # "… tiếp đoàn công tác của [an unrecognised body] do ông Y dẫn đầu."
            if received is not None:
                out.append(Relation(p.id, "participatedIn", received.id, s.index))
            continue
        if not any(do < o.start < p.start for o in s.of_type("Organization")):
            out.append(Relation(p.id, "memberOf", body.id, s.index))  # "do Thứ trưởng Y": a post in Bộ X
        event = _meeting(s, led.end())
        if event is None:
            continue
        out.append(Relation(p.id, "participatedIn", event.id, s.index))
        host = re.compile(r"\s+(?:" + _pattern("work_with") + r")\s+")
        for org in s.of_type("Organization"):
            gap = s.text[led.end():org.start]
            m = host.search(gap)
            if org.start > led.end() and m and m.end() == len(gap) and len(gap) < 80:
                out.append(Relation(org.id, "participatedIn", event.id, s.index))
                break
    return out





def verbal_sessions(s: Sentence) -> list[Relation]:
    """date, participatedIn and locatedIn of a working session the sentence reports with a verb and the next
    sentences name ("Chiều cùng ngày, đoàn làm việc với Ban Thường vụ Tỉnh ủy X tại Y. Tại buổi làm việc, …"):
    the session's day (the sentence's own, else the day written last before it), the body worked with, and
    the place after "tại" (the session named later, by kg.nlp.recognizers.working_sessions_vi)."""
    if s.lang != "vi" or s.of_type("Event"):
        return []
    verb = WORK_VERB.search(s.text, s.start, s.end)  # "làm việc với / tại" (the noun "buổi làm việc" is the event)
    if verb is None:
        return []
    own = [d[2] for d in s.dates if d[2] and d[0] >= dateline_end(s)]
    if own:
        day = own[0]
    elif SAME_DAY.match(s.text, s.start):
        before = [d for d in s.article_dates if d[2] and d[0] < s.start]
        day = max(before)[2] if before else None
    else:
        return []
    # (up to the next dated sentence, which tells of another happening: "Chiều cùng ngày, … chủ trì buổi làm việc")
    later = [m for m in s.ex.mentions if m.type == "Event" and m.sentence > s.index
             and m.text.casefold() in SESSION_NOUNS
             and not any(_dated(s, j) for j in range(s.index + 1, m.sentence + 1))]
    if not later:
        return []
    ev = min(later, key=lambda m: m.start)
    out = [Relation(ev.id, "date", day, s.index)] if day else []
    host_at = verb.end() + len(re.match(r"\s*", s.text[verb.end():s.end]).group())
    host = next((o for o in s.of_type("Organization") if o.start == host_at), None)
    if host is not None and verb.group(0).split()[-1] != "tại":
        out.append(Relation(host.id, "participatedIn", ev.id, s.index))
    # "ông X, Chủ tịch UBND tỉnh Y, đã tiếp đoàn …": the one whose verb it is (his title may stand between)
    subject = next((p for p in s.of_type("Person") if _SUBJECT_GAP.fullmatch(s.text, p.end, verb.start())), None)
    if subject is not None:
        out.append(Relation(subject.id, "participatedIn", ev.id, s.index))
    # "… hội đàm với Ngoại trưởng Singapore X": the one received or talked with (no clause between)
    partner = next((p for p in s.of_type("Person") if p.start > verb.end() and p.start - verb.end() < 70
                    and not re.search(r"[,;.()]|(?<![\w])(?:về|để|nhằm)(?![\w])", s.text[verb.end():p.start])), None)
    if partner is not None and verb.group(0).split()[-1] != "tại":
        out.append(Relation(partner.id, "participatedIn", ev.id, s.index))
    # the place after "tại", after the verb or fronted before it ("Chiều 7/10, tại Nhà khách X, ông Y tiếp đoàn …"),
    # but not where a body or an envoy sits ("Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh")
    venue = next((p for p in s.of_type("Place") if (p.start > verb.start() or p.start - s.start < 40)
                  and re.search(r"(?<![\w])[Tt]ại\s+$", s.text[max(s.start, p.start - 6):p.start])
                  and not not_a_venue(s, s.text[max(s.start, p.start - 50):p.start])), None)
    if venue is not None:
        out.append(Relation(ev.id, "locatedIn", venue.id, s.index))
    return out


# between a session's subject and its verb: his title set off by commas, then "đã / có / cùng"
_SUBJECT_GAP = re.compile(r"(?:\s*,[^,;.()]{2,90},)?\s*(?:(?:đã|đã có|có|cùng|sẽ)\s+)?")


def _dated(s: Sentence, index: int) -> bool:
    """The article's sentence ``index`` writes a day of its own or opens with "Cùng ngày"."""
    a, b = s.ex.sentences[index]
    return SAME_DAY.match(s.text, a) is not None or any(a <= d[0] < b and d[2] for d in s.article_dates)

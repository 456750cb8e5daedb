"""An instrument that promulgates another: "Bộ trưởng Bộ X đã ký Quyết định số 912/QĐ-BNNMT
ngày 10/3/2026 ban hành Kế hoạch …" — the body that signs the decision issues the plan the
decision promulgates, as Vietnamese decisions are the vehicle of plans, programmes and
regulations. The issuing verbs are ``issue_verbs`` in ``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.textutil import compiled

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.policies import policy_ref_at
from kg.relations.policy_clauses import closing_instrument

_DATE = r"(?:ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s*)?"


def _issuer_of(s: Sentence, policy: Mention) -> Mention | None:
    """The body that signs or issues ``policy`` in this sentence: "ORG (đã) ký / ban hành POLICY",
    the body possibly inside a title ("Bộ trưởng Bộ X đã ký")."""
    issue = cue_pattern("issue_verbs", s.lang)
    before = [m for m in s.of_type("Organization") if m.end <= policy.start]
    if not before:
        return None
    org = max(before, key=lambda m: m.end)
    gap = s.text[org.end:policy.start]
    if re.fullmatch(r"\s*(?:(?:đã|vừa|mới)\s+)?(?:ký|" + issue + r")\s*", gap, flags=re.IGNORECASE):
        return org
    return None


def promulgated_by_decision(s: Sentence) -> list[Relation]:
    """issued: the body that signs "POLICY A (ngày …) ban hành POLICY B" issues A and B."""
    if s.lang != "vi":
        return []
    issue = cue_pattern("issue_verbs", s.lang)
    policies = sorted((p for p in s.of_type("Policy") if not p.nested and not p.ref), key=lambda p: p.start)
    out: list[Relation] = []
    for a, b in zip(policies, policies[1:]):
        gap = s.text[a.end:b.start]
        if not re.fullmatch(r"\s*" + _DATE + r"(?:về việc\s+)?(?:" + issue + r")\s+", gap, flags=re.IGNORECASE):
            continue
        org = _issuer_of(s, a)
        if org is not None:
            out += [Relation(org.id, "issued", a.id, s.index), Relation(org.id, "issued", b.id, s.index)]
    return out


def detailing_instruments(s: Sentence) -> list[Relation]:
    """implements: "Nghị định số 38/2026/NĐ-CP (của Chính phủ) quy định chi tiết một số điều của
    Luật X" — an instrument that details or guides a law carries it out (``detail_verbs``)."""
    verbs = cue_pattern("detail_verbs", s.lang)  # English: "Circular 45 guiding Decree 70"
    policies = sorted((p for p in s.of_type("Policy") if not p.nested), key=lambda p: p.start)
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    for cue in re.finditer(verbs, s.text[s.start:s.end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        target = next((p for p in policies if p.start >= c_end
                       and re.fullmatch(r"\s*(?:(?:các|của|the)\s+)?(?:(?:amended|revised)\s+)?",
                                        _past_possessor(s, orgs, c_end, p.start))), None)  # "guides the amended … Law"
        if target is None and s.lang == "en":  # "Circular 20 providing guidance on the decree": named again
            target = policy_ref_at(s, c_end)
        subject = next((p for p in reversed(policies) if p.end <= c_start), None)
        if subject is None and s.lang == "en" and target is not None:
            # "The draft details the Law on Pharmacy 2024", "The decree details the Law on … and Resolution 71"
            subject = _draft_subject(s, c_start) or _kind_subject(s, c_start)
            if subject is not None:
                out += [Relation(subject.id, "implements", t.id, s.index) for t in _joined(s, policies, target)]
            continue
        if target is None or subject is None or subject.id == target.id:
            continue
        gap = s.text[subject.end:c_start]
        # "Nghị định 38 (của Chính phủ) quy định chi tiết": the instrument, past its issuer
        issuer = next((o for o in orgs if o.start > subject.end and o.end <= c_start), None)
        if issuer is not None:
            gap = s.text[subject.end:issuer.start] + s.text[issuer.end:c_start]
        if re.fullmatch(r"\s*(?:(?:của|of)(?:\s+the)?\s*)?", gap, flags=re.IGNORECASE) or (
                s.lang == "en" and _EN_DETAIL_GAP.fullmatch(gap)):
            # "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP quy định chi tiết … Luật Nhà
            # ở": the amended decree its name closes with details the law, not the amending one
            inner = closing_instrument(s, subject) if s.lang == "vi" and _AMENDING.match(subject.text) else subject
            out += [Relation(inner.id, "implements", t.id, s.index) for t in _joined(s, policies, target)
                    if t.id != inner.id]
    # "Nghị định quy định chi tiết một số điều của Luật Tài nguyên nước năm 2023": an instrument named by what it
    # details carries out the law its name holds
    detail = compiled(r"(?<![\w])(?:" + verbs + r")(?![\w])", re.IGNORECASE)
    for p in policies:
        for inner in (n for n in s.nested if n.type == "Policy" and p.start < n.start and n.end <= p.end):
            if detail.search(s.text, p.start, inner.start):
                out.append(Relation(p.id, "implements", inner.id, s.index))
                break
    return out


_AMENDING = re.compile(r"\S+(?:\s+\S+)?\s+sửa đổi", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|và\s+)?|and\s+|và\s+)(?:the\s+|các\s+)?")


def _joined(s: Sentence, policies: list, first) -> list:
    """``first`` and the instruments joined to it by commas and "and" / "và" ("details the Law on X
    and Resolution 71", "quy định chi tiết Luật A và Nghị quyết B")."""
    out = [first]
    while (link := _JOINED.match(s.text, out[-1].end, s.end)) is not None:
        nxt = next((p for p in policies if p.start == link.end()), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _kind_subject(s: Sentence, at: int):
    """The instrument "The decree" / "The new circular" opening the sentence at ``at`` names again."""
    if not re.fullmatch(r"\s*(?:The|This|Its)\s+(?:new\s+|amended\s+)?[a-z]+(?:\s+|\s*,\s*(?:which|that)\s+)"
                        r"(?:also\s+|will\s+|would\s+)?", s.text[s.start:at]):
        return None
    return policy_ref_at(s, s.start)


# between an English instrument and its detailing verb: a relative clause or a purpose ("a decree on X,
# which details …", "a decree on nuclear safety to guide …")
_EN_DETAIL_GAP = re.compile(r"\s*,\s*(?:which|that)\s+(?:will\s+|would\s+|also\s+)?|\s+(?:in\s+order\s+)?to\s+"
                            # "Circular 13, which the ministry issued last year to guide the law"
                            r"|(?:\s+on\s+[^,.;:]{1,80}?)?\s*,\s*(?:which|that)\s+(?:[^,.;:]{0,60}?\s)?(?:issued|adopted|promulgated|"
                            r"passed|enacted)(?:\s+[^,.;:]{1,30}?)?\s+to\s+"
                            # "Circular 45, dated November 25, to guide the decree": its date set off by commas
                            r"|\s*,\s*(?:dated|signed\s+on|issued\s+on)\s+[^,.;:]{1,40}?,\s*(?:in\s+order\s+)?to\s+")


def _draft_subject(s: Sentence, at: int):
    """The draft "The draft" opening the sentence at ``at`` names ("The draft details …", "The draft,
    which guides …"): the latest draft the article named."""
    if not re.fullmatch(r"\s*The\s+draft(?:\s+|\s*,\s*(?:which|that)\s+)(?:also\s+|will\s+|would\s+)?", s.text[s.start:at]):
        return None
    drafts = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence < s.index
              and "draft" in p.text.casefold()]
    return max(drafts, key=lambda p: p.start) if drafts else None


def _past_possessor(s: Sentence, orgs: list, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` without a possessive issuer: "detailing the National
    Assembly's Resolution 201" reads as "detailing the Resolution 201"."""
    gap = s.text[start:end]
    for o in orgs:
        if start <= o.start and o.end <= end and re.fullmatch(r"['’]s\s+", s.text[o.end:end]):
            return s.text[start:o.start]
    return gap


_APPROVE_VI = r"(?:chấp thuận|phê duyệt|quyết định|cho phép|giao|công nhận)"


def approved_under(s: Sentence) -> list[Relation]:
    """issued: "Dự án được UBND tỉnh X chấp thuận chủ trương đầu tư tại Quyết định số …", "The project, approved
    by the Hà Nội People's Council under Resolution 45, …": the body that approves something in an instrument
    issued that instrument."""
    out: list[Relation] = []
    policies = [p for p in s.of_type("Policy") if not p.nested and not p.ref]
    if s.lang != "vi":
        for org in s.of_type("Organization"):
            if re.search(r"(?<![\w])(?:approved|endorsed|adopted|passed)\s+by\s+(?:the\s+)?$",
                         s.text[max(s.start, org.start - 20):org.start]) \
                    and (m := re.match(r"\s+(?:under|in|through|via)\s+(?:its\s+)?", s.text[org.end:s.end])):
                pol = next((p for p in policies if p.start == org.end + m.end()), None)
                if pol is not None:
                    out.append(Relation(org.id, "issued", pol.id, s.index))
        return out
    for org in s.of_type("Organization"):
        if not re.search(r"(?:được|do)\s+$", s.text[max(s.start, org.start - 6):org.start]):
            continue
        m = re.match(r"\s+(?:(?:đã|vừa)\s+)?(?:" + _APPROVE_VI + r"|" + cue_pattern("issue_verbs", s.lang)
                     + r")(?![\w])[^,.;:]{0,50}?\s(?:tại|theo)\s+", s.text[org.end:s.end], flags=re.IGNORECASE)
        if not m:
            continue
        pol = next((p for p in policies if p.start == org.end + m.end()), None)
        if pol is not None:
            out.append(Relation(org.id, "issued", pol.id, s.index))
    return out


_NEXT_ADOPTED = re.compile(r"(?:\s+(?:về|quy định|của|hướng dẫn|sửa đổi)\s[^;:.()]{1,150}?)?\s*(?:,|\s+và)\s+")


def adopted_by_the_meeting(s: Sentence) -> list[Relation]:
    """issued: "các đại biểu biểu quyết thông qua Nghị quyết …" with no body named: the members
    of the body that holds the meeting the article reports adopt it, so that body issues it."""
    from kg.relations.attendance import event_of

    if s.lang != "vi":
        return []
    m = re.search(r"(?<![\w])(?:(?:các\s+)?(?:đại biểu|ủy viên|thành viên)\s+(?:đã\s+)?(?:biểu quyết|(?=thông qua))"
                  r"|(?P<meeting>" + _MEETINGS + r")\s+(?:đã\s+)?(?:thảo luận,?\s+)?(?:biểu quyết\s+|thống nhất\s+)?)"
                  r"\s*(?:thông qua|ban hành)\s+",  # "Hội nghị đã thảo luận, thống nhất ban hành Nghị quyết …"
                  s.text[s.start:s.end], flags=re.IGNORECASE)
    if not m:
        return []
    after = s.start + m.end()
    if any(o.start == after - 1 or s.start + m.start() < o.start < after for o in s.of_type("Organization")):
        return []  # "các ủy viên Ban Chấp hành biểu quyết": the body is named
    pols = [p for p in s.of_type("Policy") if p.start == after]
    for p in sorted((p for p in s.of_type("Policy") if pols and p.start > pols[-1].end and not p.ref), key=lambda p: p.start):
        # "… thông qua Nghị quyết A về … và Nghị quyết B quy định …": each instrument of the list
        if not _NEXT_ADOPTED.fullmatch(s.text[pols[-1].end:p.start]) or \
                not p.text.casefold().startswith(pols[0].text.casefold().split(" số")[0].split()[0]):
            break
        pols.append(p)
    counted = re.match(r"(?:\d+|các|một số|nhiều)\s+(?P<kind>nghị quyết|quyết định|đề án)\b[^.;]*?\btrong đó có\s+",
                       s.text[after:s.end], flags=re.IGNORECASE)
    if counted:  # "thông qua 9 nghị quyết, trong đó có Nghị quyết A … và Nghị quyết B …"
        kind = counted.group("kind").casefold()
        pols = [p for p in s.of_type("Policy") if p.start >= after + counted.end() and not p.ref
                and p.text.casefold().startswith(kind) and not re.match(r"\s*(?:ngày\s+\S+\s+)?của\b", s.text[p.end:s.end])]
    if not pols or event_of(s, s.start) is None:
        return []
    # the body that holds the meeting: "HĐND tỉnh X khai mạc Kỳ họp thứ 32", "Tỉnh ủy tổ chức Hội nghị …"
    events = {m.start: m for m in s.ex.mentions if m.type == "Event" and not m.ref and m.sentence <= s.index}
    bodies = [o for o in s.ex.mentions if o.type == "Organization" and o.sentence <= s.index and not o.nested]
    hosts = [o for o in bodies if _held_meeting(s, o, events) is not None]
    # … or names it right after the meeting: "Kỳ họp thứ 25 HĐND TP Cần Thơ bế mạc"
    hosts += [o for o in bodies if any(e.end < o.start and not s.text[e.end:o.start].strip() and re.match(_MEETINGS, e.text)
                                       for e in events.values())]
    names = {(o.name or o.text) for o in hosts}
    if len(names) != 1:
        return []
    out = [Relation(hosts[0].id, "issued", p.id, s.index) for p in pols]
    ev = _held_meeting(s, hosts[0], events)
    if m.group("meeting") and not s.dates and ev is not None:  # adopted at the meeting: on the meeting's day
        e_start, e_end = s.ex.sentences[ev.sentence]
        day = next((v for a, _, v in s.article_dates if e_start <= a < e_end and v), None)
        if day:
            out += [Relation(p.id, "date", day, s.index) for p in pols]
    return out


_MEETINGS = r"(?:Kỳ họp|Hội nghị|Đại hội|Phiên họp)"


def _held_meeting(s: Sentence, host: "Mention", events: dict) -> "Mention | None":
    """The meeting ``host`` is written to hold right after it ("HĐND tỉnh X khai mạc Kỳ họp …"), else None."""
    h = _HOLDS.match(s.text, host.end, host.end + 40)
    return events.get(h.end()) if h else None


_HOLDS = re.compile(r"\s+(?:khóa\s+[IVXLC\d]+\s+)?(?:đã\s+)?(?:tổ chức|khai mạc|triệu tập)\s+")

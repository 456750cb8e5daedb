"""Bodies named by the instrument they implement: "Tổ công tác triển khai Đề án 06 tỉnh Cà Mau",
"Ban Chỉ đạo thực hiện Nghị quyết 57". ANNOTATION.md: bodies set up to implement a policy give
``implements``; here the body's own name says so (implement verbs: ``implement_verbs``)."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern


def bodies_named_by_task(s: Sentence) -> list[Relation]:
    """implements: a body → the instrument its name says it implements."""
    verbs = cue_pattern("implement_verbs", s.lang)
    out: list[Relation] = []
    for org in s.of_type("Organization"):
        for pol in s.nested:
            if pol.type != "Policy" or not (org.start < pol.start and pol.end <= org.end):
                continue
            if re.search(r"(?:" + verbs + r")\s+$", s.text[org.start:pol.start], flags=re.IGNORECASE):
                out.append(Relation(org.id, "implements", pol.id, s.index))
    return out


def policies_ending_events(s: Sentence) -> list[Mention]:
    """Numbered instruments named at the end of an event's name ("Hội nghị quán triệt Nghị quyết số
    72-NQ/TW của Bộ Chính trị"): the body after the name issued them, as if they were named on their own."""
    return [p for p in s.nested if p.type == "Policy" and any(
        e.start < p.start and p.end == e.end for e in s.of_type("Event"))]


def partners_implement(s: Sentence) -> list[Relation]:
    """implements: "A (đang) phối hợp với B triển khai Nghị quyết …": both bodies implement it."""
    verbs = cue_pattern("implement_verbs", s.lang)
    orgs = [o for o in s.of_type("Organization") if not o.nested]
    out: list[Relation] = []
    for a, b in zip(orgs, orgs[1:]):
        if not re.fullmatch(r"\s*(?:(?:đang|đã|sẽ|tiếp tục|cũng)\s+)*phối hợp\s+(?:với|cùng)\s+", s.text[a.end:b.start]):
            continue
        for p in s.of_type("Policy"):
            # (B's short form in brackets may follow it: "… với Tổng công ty Cà phê Việt Nam (Vinacafe) triển khai …")
            if p.start > b.end and re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*(?:để\s+|nhằm\s+)?(?:" + verbs + r")\s+",
                                                 s.text[b.end:p.start],
                                                 flags=re.IGNORECASE):
                out += [Relation(a.id, "implements", p.id, s.index), Relation(b.id, "implements", p.id, s.index)]
    return out


def plans_named_for_a_kind(s: Sentence) -> list[Relation]:
    """implements: a plan whose name ends in an implement verb and a bare kind ("Kế hoạch hành động thực
    hiện Chiến lược", "Chương trình hành động triển khai Nghị quyết") carries out the latest instrument of
    that kind the article named before it."""
    verbs = cue_pattern("implement_verbs", s.lang)
    kinds = cue_pattern("policy_ref_kinds", s.lang)
    out: list[Relation] = []
    for plan in s.of_type("Policy"):
        if plan.ref:
            continue
        m = re.search(r"(?:" + verbs + r")\s+(?:các\s+)?(?P<kind>" + kinds + r")$", plan.text)
        if m is None or m.start() == 0:
            continue
        kind = m.group("kind").casefold()
        earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and not p.ref and p.start < plan.start
                   and p.text.casefold().startswith(kind) and p.text.casefold() != kind and p.id != plan.id]
        if earlier:
            out.append(Relation(plan.id, "implements", max(earlier, key=lambda p: p.start).id, s.index))
    return out

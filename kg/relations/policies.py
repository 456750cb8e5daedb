"""issued and implements beyond the first patterns of :mod:`kg.extract`.

- issued: "Nghị quyết số 202/2025 của Quốc hội" (a number tail the policy span left out),
  the passive "POLICY được/do ORG ban hành", "POLICY được ban hành bởi ORG",
  "POLICY issued / promulgated by the ORG";
- implements: "Kế hoạch 45 … để thực hiện Nghị quyết 57", "Bộ Công an được giao chủ trì
  triển khai thi hành Luật …", "the group was set up to implement the Plan", and a body
  whose name says so ("Working Group on Implementing the Project …").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.cues import cue_pattern

if TYPE_CHECKING:
    from kg.extract import Mention, Relation, Sentence

MAX_LINK = 60  # characters between an implementer and its verb


def issued_more(s: "Sentence") -> list["Relation"]:
    """issued from a policy's number tail + "của ORG", and from passive issuing."""
    from kg.extract import Relation

    policies = s.of_type("Policy")
    if not policies:
        return []
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    verbs = cue_pattern("issue_verbs", s.lang)
    for pol in policies:
        after = s.text[pol.end:s.end]
        # "Nghị quyết số 202/2025 của Quốc hội": the span stopped before "/2025"
        m = re.match(r"[/\w.-]*(?:\s+(?:ngày|dated)\s+[\d/.,-]+(?:\s+\d{4})?)?\s+(?:của|of)\s+(?:the\s+)?", after)
        if m:
            tgt = [o for o in orgs if o.start == pol.end + m.end()]
            if tgt:
                out.append(Relation(tgt[0].id, "issued", pol.id, s.index))
        # "Nghị quyết 71 về đột phá phát triển giáo dục của Bộ Chính trị": the issuer after the subject
        m = re.match(r"[/\w.-]*\s+(?:về|on)\s+[^,.;:()“”\"]{1,120}?\s(?:của|of)\s+(?:the\s+)?", after)
        if m:
            org = next((o for o in orgs if o.start == pol.end + m.end()), None)
            between = [x for x in s.mentions if pol.end <= x.start < pol.end + m.end() and x.type != "Topic"]
            if org is not None and not between:
                out.append(Relation(org.id, "issued", pol.id, s.index))
        # "POLICY được/do ORG ban hành", "POLICY (vừa) được ORG thông qua"
        m = re.match(r"[/\w.-]*\s+(?:(?:đã|vừa|mới)\s+)?(?:được|do|bởi)\s+", after)
        if m:
            org = next((o for o in orgs if o.start == pol.end + m.end()), None)
            if org is not None and re.match(r"\s+(?:(?:đã|vừa|mới|chính thức)\s+){0,2}" + verbs,
                                            s.text[org.end:s.end], flags=re.IGNORECASE):
                out.append(Relation(org.id, "issued", pol.id, s.index))
        # "POLICY được ban hành bởi ORG", "POLICY issued by the ORG", "POLICY, promulgated by ORG,"
        m = re.match(r"[/\w.-]*\s*,?\s+(?:(?:đã|vừa|được|was|were|has been|is)\s+){0,2}(?:" + verbs
                     + r")(?:\s+(?:\w+\s+){0,2}?)?\s*(?:bởi|by)\s+(?:the\s+)?", after, flags=re.IGNORECASE)
        if m:
            org = next((o for o in orgs if o.start == pol.end + m.end()), None)
            if org is not None:
                out.append(Relation(org.id, "issued", pol.id, s.index))
    return out


def implements_more(s: "Sentence") -> list["Relation"]:
    """implements: a plan or body that carries out a named policy."""
    from kg.extract import Relation

    out: list[Relation] = []
    policies = s.of_type("Policy")
    verbs = cue_pattern("implement_verbs", s.lang)
    links = cue_pattern("implement_links", s.lang)
    body_end = s.end
    # a body or plan whose own name says it implements a policy it names at its end
    for h in s.mentions:
        if h.type not in ("Organization", "Policy"):
            continue
        for inner in s.nested:
            if inner.type == "Policy" and h.start < inner.start and inner.end <= h.end \
                    and re.search(verbs + r"\s+(?:(?:thực hiện|thi hành|the)\s+)?$", s.text[h.start:inner.start],
                                  flags=re.IGNORECASE):
                out.append(Relation(h.id, "implements", inner.id, s.index))
    if not policies:
        return out
    for cue in re.finditer(verbs, s.text[s.start:body_end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        target = _policy_after(s, policies, c_end)
        if target is None:
            continue
        subject = _implementer_before(s, c_start, links)
        if subject is not None and subject.id != target.id:
            out.append(Relation(subject.id, "implements", target.id, s.index))
    return out


def _policy_after(s: "Sentence", policies: list["Mention"], pos: int) -> "Mention | None":
    """The policy a verb governs: "thực hiện (có hiệu quả) (các) Nghị quyết …", "implement the Plan"."""
    for p in policies:
        if p.start >= pos and re.fullmatch(r"\s*(?:(?:thực hiện|thi hành|có hiệu quả|hiệu quả|các|những|nội dung|"
                                           r"the|its|this)\s+)*", s.text[pos:p.start], flags=re.IGNORECASE):
            return p
    return None


def _implementer_before(s: "Sentence", pos: int, links: str) -> "Mention | None":
    """The plan or body just before the verb, across a link ("để", "được giao chủ trì", "was set up to")."""
    before = [m for m in s.mentions if m.end <= pos]
    if not before:
        return None
    last = before[-1]
    if last.type not in ("Policy", "Organization") or last.nested:
        return None
    gap = s.text[last.end:pos]
    if len(gap) > MAX_LINK or re.search(r"[.;:]", gap):
        return None
    # a bracketed acronym or a number tail may follow the name: "(VINASA)", "/KH-UBND"
    gap = re.sub(r"^[/\w.-]*(?:\s*\([^)]*\))?", "", gap) if not gap[:1].isspace() else re.sub(r"^\s*\([^)]*\)", "", gap)
    if re.fullmatch(r"[\s,]*(?:(?:" + links + r")[\s,]*)*", gap, flags=re.IGNORECASE):
        return last
    return None

"""implements (Vietnamese) from two constructions of policy news:

- a lead body and its partners: "Sở A (được giao) (là cơ quan thường trực,) chủ trì, phối hợp với B và
  C (tổ chức) thực hiện Kế hoạch" — A implements the plan, and so do the bodies it works with (B, C);
  the plan may be named again by its kind ("… triển khai kế hoạch.");
- the aim of a plan: "Kế hoạch X (do/được ORG phê duyệt …), nhằm cụ thể hóa A và B", and the plan named
  by its kind at the head of a sentence: "Kế hoạch nhằm cụ thể hóa A", "Đề án được … phê duyệt tại
  Quyết định Y, nhằm thực hiện A" (the plan carries out A and B).

Cue words are data: ``implement_verbs``, ``lead_body_roles``, ``lead_body_links``, ``assigned_task_links``,
``assigned_task_steps``, ``policy_ref_kind_followers``, ``purpose_links``, ``policy_ref_kinds``.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.implement_guards import FILLERS as _FILLERS, in_event_name, own_instrument
from kg.relations.policy_lists import coordinated_policies as _coordinated_policies

def _target_at(s: Sentence, pos: int) -> Mention | None:
    """The instrument the verb ending at ``pos`` governs: one named there, or named again by its kind."""
    for p in s.of_type("Policy"):
        if p.start >= pos and re.fullmatch(r"\s*" + _FILLERS, s.text[pos:p.start], flags=re.IGNORECASE):
            return p
    kinds = cue_pattern("policy_ref_kinds", s.lang)
    followers = cue_pattern("policy_ref_kind_followers", s.lang)  # "cụ thể hóa kế hoạch thành các chương trình"
    m = re.match(r"\s*(?:các\s+)?(?P<kind>" + kinds + r")(?:\s+(?:này|nói trên|trên)\b|(?=\s*(?:[,.;]|$)|\s+(?:"
                 + followers + r")))", s.text[pos:s.end], flags=re.IGNORECASE)
    return _latest_of_kind(s, m.group("kind"), pos) if m else None


def _latest_of_kind(s: Sentence, kind: str, pos: int) -> Mention | None:
    """The instrument a bare kind word at ``pos`` names again: the latest of that kind named before it
    (inside an event's name too: "Hội nghị triển khai Kế hoạch X"); see :func:`own_instrument`."""
    kind = kind.casefold()
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.ref and p.text.casefold().startswith(kind)
               and p.text.casefold() != kind and (p.sentence, p.start) < (s.index, pos)]
    return own_instrument(s, earlier)


def lead_body_implements(s: Sentence) -> list[Relation]:
    """implements: the body that "chủ trì" carrying out an instrument, and its partners."""
    if s.lang != "vi":
        return []
    verbs = cue_pattern("implement_verbs", s.lang)
    roles = cue_pattern("lead_body_roles", s.lang)
    links = cue_pattern("lead_body_links", s.lang)
    steps = cue_pattern("assigned_task_steps", s.lang)
    out: list[Relation] = []
    orgs = [o for o in s.of_type("Organization") if not o.nested]
    out += _assigned_implements(s, orgs, cue_pattern("assigned_task_links", s.lang), steps, verbs)
    for lead in re.finditer(r"(?<![\w])chủ trì(?![\w])", s.text[s.start:s.end]):
        at, end = s.start + lead.start(), s.start + lead.end()
        body = next((o for o in reversed(orgs) if o.end <= at), None)
        if body is None or not re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s+(?:(?:" + links + r")\s+)?(?:(?:là|làm)\s+(?:"
                                            + roles + r")\s*,?\s+)?", s.text[body.end:at], flags=re.IGNORECASE):
            continue
        m = re.match(r"\s*,?\s*(?:phối hợp\s+(?:với|cùng)\s+(?P<with>[^.;:]{1,200}?)\s+)?(?:(?:" + steps + r")\s+)?(?P<verb>" + verbs + r")",
                     s.text[end:s.end], flags=re.IGNORECASE)
        if m is None:
            continue
        target = _target_at(s, end + m.end())
        if target is None or target.id == body.id or in_event_name(s, end + m.start("verb")):
            continue
        partners = []
        if m.group("with"):
            w0, w1 = end + m.start("with"), end + m.end("with")
            partners = [o for o in orgs if w0 <= o.start and o.end <= w1]
        out += [Relation(o.id, "implements", target.id, s.index) for o in [body, *partners]]
    return out


def _assigned_implements(s: Sentence, orgs: list[Mention], links: str, steps: str, verbs: str) -> list[Relation]:
    """implements without "chủ trì": a body given the task of carrying an instrument out ("Sở X được giao hướng
    dẫn thực hiện nghị quyết", "Sở Y có trách nhiệm triển khai Kế hoạch Z"); the link follows the body's name."""
    out: list[Relation] = []
    for body in orgs:
        m = re.match(r"(?:\s*\([^()]{1,20}\))?\s+(?:" + links + r")\s+(?:(?:" + steps + r")\s+)?(?P<verb>" + verbs + r")",
                     s.text[body.end:s.end], flags=re.IGNORECASE)
        if m is None:
            continue
        target = _target_at(s, body.end + m.end())
        if target is None or target.id == body.id or in_event_name(s, body.end + m.start("verb")):
            continue
        out.append(Relation(body.id, "implements", target.id, s.index))
    return out


def plan_purpose(s: Sentence) -> list[Relation]:
    """implements: a plan (named, or named by its kind at the head of the sentence) → the instruments
    its aim clause carries out ("…, nhằm cụ thể hóa A và B")."""
    if s.lang != "vi":
        return []
    verbs = cue_pattern("implement_verbs", s.lang)
    links = cue_pattern("purpose_links", s.lang)
    out: list[Relation] = []
    for cue in re.finditer(r"(?:" + links + r")\s+(?:" + verbs + r")", s.text[s.start:s.end], flags=re.IGNORECASE):
        at, end = s.start + cue.start(), s.start + cue.end()
        target = _target_at(s, end)
        if target is None or target.ref:
            continue
        plan = _plan_before(s, at)
        if plan is None or plan.id == target.id:
            continue
        out += [Relation(plan.id, "implements", t.id, s.index)
                for t in [target, *_coordinated_policies(s, s.of_type("Policy"), target)]]
    return out


_PASSIVE = r"(?:\s+(?:(?:đã|vừa|mới)\s+)?(?:được|do)\s(?:[^.;:]|\.(?=\w)){3,120}?,)?\s*$"  # "TP.HCM" within


def _plan_before(s: Sentence, at: int) -> Mention | None:
    """The plan the aim clause at ``at`` belongs to: the last named instrument before it with at most a
    passive clause between ("Kế hoạch X do UBND tỉnh phê duyệt tháng 9, | nhằm …"), or the one the
    sentence's head kind word names again ("Đề án được … phê duyệt tại Quyết định Y, | nhằm …")."""
    kinds = cue_pattern("policy_ref_kinds", s.lang)
    head = re.match(r"\s*(?P<kind>" + kinds + r")(?=\s+(?:được|do|nhằm|để|đã|vừa|sẽ)\b)", s.text[s.start:at])
    if head is not None and re.fullmatch(r"\s*" + _PASSIVE, s.text[s.start + head.end():at]) or (
            head is not None and not s.text[s.start + head.end():at].strip()):
        return _latest_of_kind(s, head.group("kind"), s.start)
    before = [m for m in s.mentions if m.end <= at and not m.nested and m.type in ("Policy", "Organization")]
    plans = [m for m in before if m.type == "Policy" and not m.ref]
    if not plans:
        return None
    plan = plans[-1]
    gap = s.text[plan.end:at]
    if gap.strip() and not gap.lstrip().startswith(("do ", "được ", "đã ", "vừa ", "mới ")):
        gap = re.sub(r"^[/\w.-]*", "", gap)  # a number tail the name left out
    if not re.fullmatch(_PASSIVE, gap, flags=re.IGNORECASE):
        return None
    # only the passive agent and the decision it was approved in may stand between
    inner = [m for m in before if m.start >= plan.end]
    if any(m.type == "Policy" and not re.search(r"tại\s+$", s.text[max(s.start, m.start - 8):m.start]) for m in inner):
        return None
    if not gap.strip():
        return None  # "Kế hoạch X nhằm …" with no comma: the rules of kg.relations.policies read it
    return plan

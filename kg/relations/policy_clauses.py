"""Clauses around an instrument's name that decide whom a relation belongs to (Vietnamese):

- the numbered instrument that closes a plan's name owns the issuer and subject written after it
  ("Kế hoạch hành động … thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về …");
- a purpose clause inside reported speech ("…, ông X cho biết để cụ thể hóa Nghị quyết 09, UBND tỉnh …");
- a body that advised another to issue ("Sở … đã tham mưu UBND tỉnh ban hành Kế hoạch …");
- "Theo đó, …" after an instrument: the sentence reports its content (``accordingly_topics``, moved
  from :mod:`kg.relations.topics`).

Used by :mod:`kg.relations.policies` and :mod:`kg.relations.topics`.
"""
from __future__ import annotations

import re

from kg.relations.base import SAY_VI, Mention, Relation, Sentence
from kg.relations.body_topics import broad_field


def closing_instrument(s: Sentence, pol: Mention) -> Mention:
    """The numbered instrument that closes ``pol``'s name ("Kế hoạch hành động … thực hiện Nghị quyết số
    57-NQ/TW"): "của Bộ Chính trị" right after the name is that instrument's issuer; else ``pol``."""
    inner = [n for n in s.nested if n.type == "Policy" and n.end == pol.end and n.start > pol.start
             and re.search(r"\d", n.text)]
    return inner[0] if inner else pol


def reported_purpose(s: Sentence, pos: int) -> bool:
    """The purpose clause at ``pos`` opens what a speaker reports: "…, ông X cho biết để cụ thể hóa Nghị
    quyết 09, UBND tỉnh đã phê duyệt Đề án …" (Vietnamese; the speaker's clause has no full stop)."""
    if s.lang != "vi":
        return False
    # (the purpose word may be left out after the comma: "…, ông X cho biết, thực hiện Nghị quyết số 36, Tỉnh ủy …")
    return bool(re.search(r"(?<![\w])(?:" + SAY_VI + r")\s*(?:,\s*|\s(?:rằng\s+)?(?=để|nhằm))(?:(?:để|nhằm)\s+)?$",
                          s.text[s.start:pos])) \
        and not re.search(r"[.;:]", s.text[s.start:pos])


def advised_body(s: Sentence, org: Mention) -> Mention | None:
    """The body ``org`` advised to issue: "Sở … đã tham mưu UBND tỉnh ban hành …" (that body issues)."""
    m = re.match(r"\s+(?:(?:đã|vừa)\s+)?tham mưu\s+(?:cho\s+)?", s.text[org.end:s.end])
    if m is None:
        return None
    return next((o for o in s.of_type("Organization") if o.start == org.end + m.end()), None)


_SUBJECT_THEN_PURPOSE = re.compile(r"(?:\s+(?:của|do)\s+[^,.;:()]{1,60}?)?\s+(?:về|quy định về|hướng dẫn về)\s+[^.;:()]{1,140}?"
                                   r",?\s*(?:nhằm|để)\s+$")


def plan_past_its_subject(s: "Sentence", before: list["Mention"], pos: int) -> "Mention | None":
    """The plan that a purpose clause follows past the plan's issuer and subject: "Kế hoạch số 204/KH-UBND
    của UBND tỉnh về tăng cường quản lý phân bón, thuốc bảo vệ thực vật, nhằm thực hiện Luật …" — the
    plan, not its issuer (only bodies and topics may stand in that stretch)."""
    if s.lang != "vi":
        return None
    for pol in reversed(before):
        if pol.type != "Policy":
            if pol.type in ("Organization", "Topic", "Place"):
                continue
            return None
        if pol.nested or pol.ref:
            return None
        return pol if _SUBJECT_THEN_PURPOSE.fullmatch(s.text, pol.end, pos) else None
    return None


# Vietnamese only: the shared dev gold takes a "Theo đó" sentence's fields as the instrument's subject (d09); the
# English tune golds leave what "Accordingly, …" / "Under the decree, …" reports out (2 right, 12 wrong)
ACCORDINGLY = re.compile(r"\s*(?:Theo đó|Theo quy định này)\s*,", re.IGNORECASE)


def accordingly_topics(s: Sentence) -> list[Relation]:
    """about: "Theo đó, …" (Vietnamese) reports the content of the policy the sentence before names, so the
    topics it names are that policy's; not a broad policy field (``"kind": "subject"``) the content names in passing
    ("Theo đó, … phải công khai thông tin học phí": a rule of the circular on extra classes, not its subject)."""
    if s.lang != "vi" or not ACCORDINGLY.match(s.text, s.start) or any(m.type == "Policy" for m in s.mentions):
        return []
    earlier = [m for m in s.ex.mentions if m.type == "Policy" and not m.nested and m.sentence == s.index - 1]
    if not earlier:
        return []
    pol = earlier[-1]
    return [Relation(pol.id, "about", t.id, s.index) for t in s.mentions if t.type == "Topic" and not broad_field(t)]


_ISSUER_GAP = re.compile(r"\s*(?:ngày\s+[\d/]+(?:\s+năm\s+\d{4})?\s*)?của\s+$")


def issuer_between(s: Sentence, start: int, end: int) -> bool:
    """Only an instrument's date and its issuer stand between ``start`` (the instrument's end) and ``end``:
    "Nghị định 100/2024/NĐ-CP của Chính phủ | quy định chi tiết … Luật Nhà ở về X" (Vietnamese)."""
    return any(o.type == "Organization" and o.start >= start and not s.text[o.end:end].strip()
               and _ISSUER_GAP.fullmatch(s.text, start, o.start) for o in s.mentions)

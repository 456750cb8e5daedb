"""When a Vietnamese implement verb ("triển khai", "thực hiện", "quán triệt" …) has no implementer
before it, although a body or an instrument is named just before (the first case in English too):

- the instrument named before is a basis joined to the verb by "và" / "and": "xử lý theo Bộ luật Hình sự và
  thực hiện Chỉ thị 30", "in line with the Law on Planning and to implement Resolution 81";
- the verb is part of an event's name: "Sở X tổ chức Hội nghị triển khai Đề án Y" (the body holds a
  meeting about the plan; the set's gold gives it ``organized``, not ``implements``);
- the verb is passive: "Dự án do Công ty X làm chủ đầu tư, được triển khai theo Nghị quyết Y" (the
  project is carried out, the company does not implement the resolution);
- the instrument before it is the vehicle of an approval: "Đề án được UBND tỉnh phê duyệt tại Quyết
  định số 12, nhằm cụ thể hóa Kết luận 91" (the plan carries out the conclusion, not the decision).

Event heads are data (``event_task_heads`` in kg/data/relations/cues.json).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern


def not_an_implementer(s: Sentence, subject: Mention, verb_at: int) -> bool:
    """True when ``subject`` (named before the verb at ``verb_at``) does not carry out what follows."""
    if coordinated_object(s, subject, verb_at):
        return True
    if s.lang != "vi":
        return False
    return in_event_name(s, verb_at) or passive_verb(s, verb_at) or approval_vehicle(s, subject) \
        or source_phrase(s, subject, verb_at)


# "xử lý nghiêm theo Bộ luật Hình sự | và thực hiện Chỉ thị 30", "in line with the Law on X | and to implement …"
_BASIS_BEFORE = re.compile(r"(?<![\w])(?:theo|căn cứ|tuân thủ|under|in line with|pursuant to|in accordance with|"
                           r"according to)\s+(?:the\s+)?$", re.IGNORECASE)


def coordinated_object(s: Sentence, subject: Mention, verb_at: int) -> bool:
    """``subject`` is a policy named as a basis ("theo A", "in line with A") and joined to the verb by "và" /
    "and": the two are what the clause's agent follows and carries out, not one carrying out the other."""
    return subject.type == "Policy" and re.fullmatch(r"\s*,?\s*(?:và|and)\s+(?:to\s+)?", s.text[subject.end:verb_at]) \
        is not None and _BASIS_BEFORE.search(s.text[max(s.start, subject.start - 25):subject.start]) is not None


# "Theo Giám đốc Sở Y tế X, | thực hiện Chỉ thị …, …": the body names the source of the report
_SOURCE_OPENING = re.compile(r"\s*(?:Theo|According to)\s", re.IGNORECASE)


def source_phrase(s: Sentence, body: Mention, verb_at: int) -> bool:
    """``body`` is inside the sentence's opening "Theo …" phrase and the verb at ``verb_at`` opens the clause
    after its comma: the report's source, not who carries the policy out."""
    return bool(_SOURCE_OPENING.match(s.text, s.start)) and "," not in s.text[s.start:body.start] \
        and "," in s.text[body.end:verb_at]  # ("Theo Cục … thuộc Bộ X, sau 7 năm thực hiện Đề án …")


def in_event_name(s: Sentence, verb_at: int) -> bool:
    """"… tổ chức Hội nghị (quán triệt,) | triển khai …": the verb names what a meeting is about."""
    verbs = cue_pattern("implement_verbs", s.lang)
    heads = cue_pattern("event_task_heads", s.lang)
    lead = s.text[max(s.start, verb_at - 80):verb_at]
    return re.search(r"(?:" + heads + r")(?:\s+(?:sơ kết|tổng kết|trực tuyến|toàn quốc|phổ biến|" + verbs
                     + r")\s*,?)*\s+$", lead, flags=re.IGNORECASE) is not None


def passive_verb(s: Sentence, verb_at: int) -> bool:
    """"… được | triển khai theo …": what the verb carries out is its subject, not a body."""
    return re.search(r"(?<![\w])(?:được|đã được|sẽ được)\s+(?:(?:tiếp tục|tích cực)\s+)?$",
                     s.text[max(s.start, verb_at - 30):verb_at], flags=re.IGNORECASE) is not None


def approval_vehicle(s: Sentence, m: Mention) -> bool:
    """``m`` is the instrument another was approved or issued in: "… phê duyệt tại | Quyết định số 12"."""
    return m.type == "Policy" and re.search(r"(?<![\w])tại\s+$", s.text[max(s.start, m.start - 8):m.start]) is not None


FILLERS = r"(?:(?:thực hiện|thi hành|có hiệu quả|hiệu quả|nghiêm|các|những|nội dung)\s+)*"


def own_instrument(s: Sentence, earlier: list[Mention]) -> Mention | None:
    """Of the instruments a bare kind word may name again ("… triển khai kế hoạch."), the latest one,
    passing over those named as what another carries out ("Kế hoạch 52 …, nhằm cụ thể hóa Kế hoạch hành
    động quốc gia …": "kế hoạch" is then the article's own plan, not the national one)."""
    own = [p for p in earlier if not carried_out(s, p)]
    pick = own or earlier
    return max(pick, key=lambda p: (p.sentence, p.start)) if pick else None


def carried_out(s: Sentence, p: Mention) -> bool:
    """``p`` is written as the object of an implement verb, not in an event's name ("Hội nghị triển khai …")."""
    lead = s.ex.article.text[max(0, p.start - 60):p.start]
    verbs = cue_pattern("implement_verbs", s.lang)
    heads = cue_pattern("event_task_heads", s.lang)
    return re.search(r"(?:" + verbs + r")\s+" + FILLERS + r"$", lead, flags=re.IGNORECASE) is not None \
        and re.search(r"(?:" + heads + r")\s+(?:" + verbs + r")\s+" + FILLERS + r"$", lead, flags=re.IGNORECASE) is None


@lru_cache(maxsize=1)
def _statement() -> re.Pattern:
    """Tense words, then a verb that states, reports or ranks (``statement_verbs``), not "có" before a document."""
    return re.compile(r"\s*(?:(?:đã|vừa|sẽ|đang|cũng|vẫn|tiếp tục)\s+){0,2}(?:" + cue_pattern("statement_verbs", "vi")
                      + r")(?!\s+(?:văn bản|công văn|kế hoạch|hướng dẫn|chỉ thị|thông báo|tờ trình)(?![\w]))", re.IGNORECASE)


def statement_clause(s: Sentence, at: int) -> bool:
    """The clause after its subject (ending at ``at``) states, reports or ranks ("…, Sở X cho biết …", "…, Hội Y có
    12 đội …", "…, Tòa án Z là đơn vị dẫn đầu"): the subject of a fronted "Thực hiện A," clause that only says
    something does not carry A out."""
    return s.lang == "vi" and _statement().match(s.text, at, s.end) is not None

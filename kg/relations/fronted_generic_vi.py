"""implements after a fronted clause whose main clause has no named body as its subject (Vietnamese).

"Thực hiện Chỉ thị số 05/CT-TTg …, tỉnh đã ban hành Kế hoạch số 77/KH-UBND …", "Để cụ thể hóa Chỉ thị số 19/CT-TTg,
thành phố đã thành lập Ban chỉ đạo phòng cháy, chữa cháy …", "Căn cứ Nghị quyết 12, huyện kiện toàn Tổ công tác …":
the main clause opens with a bare level word ("tỉnh", "thành phố", "huyện": ``local_levels``) or with no subject at all,
so :func:`kg.relations.policies.implements_refs` (which wants a named body right after the comma) finds no implementer.
A bare kind word opening the main clause ("…, sở đề xuất …", "…, Tòa án tỉnh đã …") names a body of the article again:
that body carries the instrument out (:func:`kg.relations.bare_implementers.body_of_kind`).
What the clause makes carries the fronted instrument out: the plan issued or drafted (``issue_verbs``,
``drafting_verbs``), or the body set up or reorganised for it (``founding_verbs``). The bare level word itself is no
entity, and a named body opening the clause is left to implements_refs.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.fastws import in_dictionary
from kg.nlp.patterns import UPPER_VI
from kg.nlp.recognizers.paired_phrases import mask_paired_commas
from kg.relations.bare_implementers import body_of_kind, speakers_unit
from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.implement_guards import statement_clause
from kg.relations.policies import policy_after
from kg.relations.policy_clauses import reported_purpose


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """The fronted clause's opening: an optional purpose word, then an implementing verb or a basis phrase."""
    return re.compile(r"\s*(?:(?:Để|Nhằm)\s+)?(?P<verb>" + cue_pattern("implement_verbs", "vi") + "|"
                      + cue_pattern("fronted_basis_phrases", "vi") + r")\s+", re.IGNORECASE)


_LOWER = "[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+"


_TENSE = r"(?:(?:đã|vừa|sẽ|đang|cũng|tiếp tục|kịp thời)\s+){0,2}"


@lru_cache(maxsize=1)
def _main_clause() -> re.Pattern:
    """After the comma: a time ("từ năm 2028", "ngày 12/3,"), a subject that names no body by name (a level word with
    a few lower-case words or the place's name, a bare kind word, "đơn vị") or none, tense words, then the verb that
    makes a plan or a body."""
    levels = cue_pattern("local_levels", "vi")
    making = "|".join((cue_pattern("issue_verbs", "vi"), cue_pattern("drafting_verbs", "vi")))
    when = r"(?:(?:" + cue_pattern("time_openers", "vi") + r")(?:\s+\d{4})?|(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?)\s*,?\s+"
    # ("ngành giáo dục", "các địa phương": the sector or the places in general, a few lower-case words; "huyện Bảo Lâm")
    level = (r"(?:các\s+)?(?:" + levels + r"|địa phương|ngành)(?:(?-i:\s+" + _LOWER + r"){0,2}|(?-i:(?:\s+[" + UPPER_VI
             + r"][\w]*){1,3}))")
    bare = r"(?:" + cue_pattern("bare_implementer_kinds", "vi") + r"|đơn vị)"
    return re.compile(r",\s*(?:" + when + r")?(?:(?:" + level + "|" + bare + r")\s+)?" + _TENSE
                      + r"(?:(?P<make>" + making + r")|(?P<found>" + cue_pattern("founding_verbs", "vi") + r"))\s+$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _bare_kind() -> re.Pattern:
    """After the comma: a bare kind word that names a body again ("sở", "Tòa án tỉnh", "trung tâm"), its tense words,
    then a lower-case verb: the clause's subject is that body."""
    return re.compile(r",\s*(?P<subject>(?P<kind>" + cue_pattern("bare_implementer_kinds", "vi") + r")(?:\s+(?:tỉnh|thành phố|huyện))?)"
                      r"(?-i:\s+(?:(?:đã|vừa|sẽ|đang|cũng|tiếp tục|kịp thời)\s+){0,2}" + _LOWER + r")(?![\w])", re.IGNORECASE)


_UNIT = re.compile(r",\s*(?P<unit>đơn vị)(?=\s+(?:đã|vừa|sẽ|đang|cũng|tiếp tục)\s)")


def _bare_body(s: Sentence, opening: int, comma: int):
    """The body a bare kind word opening the main clause after ``comma`` names again, or None (a name there is
    implements_refs')."""
    unit = _UNIT.match(s.text, comma, s.end)  # "…, đơn vị đã áp dụng …": the speaker's own body (named before the
    if unit is not None:  # fronted clause, not its instrument's issuer)
        return None if statement_clause(s, unit.end()) else speakers_unit(s, opening)
    m = _bare_kind().match(s.text, comma, s.end)
    if m is None or any(o.start <= m.start("kind") < o.end and not o.ref for o in s.mentions):
        return None
    if in_dictionary(" ".join(s.text[m.start("kind"):m.end()].split()[:len(m.group("kind").split()) + 1])):
        return None  # "hội viên", "trường hợp", "bộ trưởng", "hội chợ": the kind word heads a compound noun
    if statement_clause(s, m.end("subject")):
        return None  # "…, hội đạt giải nhất", "…, sở cho biết …": the body says or ranks, it carries nothing out
    return body_of_kind(s, m.group("kind"), m.start("kind"))


# "Theo ông Minh, …", "Cũng theo bà Lan, …": the speaker's lead before the clause the article reports
_ACCORDING_TO = re.compile(r"(?:Cũng\s+)?[Tt]heo\s+(?:ông|bà|anh|chị)\s+[^,.;:]{1,40},\s*$")


def _fronted_at(s: Sentence, pos: int) -> bool:
    """The fronted clause opens at ``pos``: the sentence's start, or the start of what a speaker reports
    ("…, ông X cho biết, thực hiện …", "Theo ông X, để thực hiện …": kg.relations.policy_clauses.reported_purpose)."""
    lead = s.text[s.start:pos]
    return not lead.strip() or reported_purpose(s, pos) or _ACCORDING_TO.fullmatch(lead) is not None


def generic_subject_implements(s: Sentence) -> list[Relation]:
    """implements: the plan or body a subjectless (or bare-level) main clause makes, of the fronted instrument."""
    if s.lang != "vi":
        return []
    opening = next((o for o in _opening().finditer(s.text, s.start, s.end) if _fronted_at(s, o.start()) or _fronted_at(s, o.start("verb"))), None)
    if opening is None:
        return []
    target = policy_after(s, s.of_type("Policy"), opening.end())
    if target is None:
        return []
    comma = mask_paired_commas(s.text[:s.end]).find(",", target.end, s.end)
    if comma < 0:
        return []
    after = sorted((m for m in s.mentions if m.start > comma and m.type in ("Organization", "Policy")), key=lambda m: m.start)
    if after:  # the first name past the comma must be what the verb makes: a named subject is implements_refs'
        made = after[0]
        verb = _main_clause().fullmatch(s.text, comma, made.start)
        if verb is not None:
            if (verb.group("make") and made.type == "Policy") or (verb.group("found") and made.type == "Organization"):
                return [Relation(made.id, "implements", target.id, s.index)]
            return []
    body = _bare_body(s, opening.start(), comma)  # "Theo tinh thần Nghị quyết 08, sở đề xuất …": the department named before
    if body is not None:
        return [Relation(body.id, "implements", target.id, s.index)]
    return []

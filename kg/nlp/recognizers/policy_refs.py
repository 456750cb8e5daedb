"""Bare Vietnamese instrument words that refer back to the instrument of their kind named before.

"Kế hoạch do Phó Chủ tịch … ký ngày 2/7", "Nghị quyết này có hiệu lực …", "Đề án cụ thể hóa Nghị quyết 19 …",
"Để thực hiện Chỉ thị, UBND tỉnh …": the word is a reference (resolved in :mod:`kg.resolve`), not a name.
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.policies import PLAN_PROSE_VERBS
from kg.nlp.recognizers.priorities import PRIORITY


_POLICY_REF_VI = re.compile(
    r"(?<![\w])(?P<type>Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Chương trình|Đề án|Công điện|Kết luận|Công văn"
    r"|Dự thảo)"  # ("Dự thảo được xây dựng nhằm …": the draft named before, whatever its kind)
    r"(?=\s+(?:do|được|đã|sẽ|này|nêu trên|nói trên|yêu cầu|quy định|giao|nêu rõ|có hiệu lực)\b)")


def policy_reference_candidates(text: str, lang: str) -> list[Candidate]:
    """A bare instrument word used as a subject refers to the one of its kind named before:
    "Kế hoạch do Phó Chủ tịch … ký ngày 2/7", "Nghị quyết này có hiệu lực …"."""
    if lang != "vi":
        return []
    found = list(_POLICY_REF_VI.finditer(text))
    # opening a sentence, a bare kind before what it does: "Đề án cụ thể hóa Nghị quyết 19 …"
    found += [m for m in _POLICY_SUBJECT_VI.finditer(text) if re.search(r"(?:^|[.!?\n]\s*)$", text[:m.start()])]
    found += list(_POLICY_OBJECT_VI.finditer(text))  # "Để thực hiện Chỉ thị, UBND tỉnh …": the one named before
    return [Candidate(m.start(), m.end(), "POLICY", PRIORITY["policy-ref"], "policy-ref", ref=True,
                      meta={"type": m.group("type")}) for m in found]


# a bare instrument word as the object of a fronted purpose clause: "Để thực hiện Chỉ thị, UBND tỉnh ban hành …"
_POLICY_OBJECT_VI = re.compile(
    r"(?:(?<=Để thực hiện )|(?<=Để triển khai )|(?<=Để cụ thể hóa )|(?<=Để cụ thể hoá ))"
    r"(?P<type>Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Chương trình|Đề án|Chiến lược|Kết luận)"
    r"(?=\s*(?:này|nói trên|nêu trên)?\s*,)")


_POLICY_SUBJECT_VI = re.compile(
    r"(?<![\w])(?P<type>Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kế hoạch|Chương trình|Đề án|Chiến lược)"
    r"(?=\s+(?:" + "|".join(PLAN_PROSE_VERBS) + r"|triển khai|thực hiện|hướng dẫn)\b)")

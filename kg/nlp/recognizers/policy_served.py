"""Whom a Vietnamese policy's lower-case name says it serves: "Nghị định về ưu đãi đầu tư | cho ngành công nghiệp
bán dẫn", "Nghị định về cơ chế ưu đãi đầu tư | đối với dự án điện gió ngoài khơi" (the name goes on past the link),
against "Nghị định về xử phạt vi phạm hành chính | đối với hành vi …" (the name ends before it). The links and the
words of whom or what is served are data: kg/data/patterns/policy_beneficiaries_vi.json."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _beneficiary() -> re.Pattern:
    data = pattern_data("policy_beneficiaries_vi.json")
    return re.compile(rf"(?:{phrase_alternation(data['links'])})\s+(?:{phrase_alternation(data['heads'])})(?![\w])", re.I)


def served(tokens: list[str], n: int) -> bool | None:
    """At "cho" / "đối (với)" (token ``n`` of a whitespace-kept token list): True before whom the instrument serves
    (the name goes on), False for a bare "đối với" (the name ends), None for a bare "cho" (left to the stop words)."""
    if _beneficiary().match("".join(tokens[n:n + 8])):
        return True
    return False if "".join(tokens[n:n + 3]).casefold() == "đối với" else None

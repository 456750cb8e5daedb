"""Vietnamese instruments named by what they regulate: "Nghị quyết quy định mức hỗ trợ tiền ăn trưa cho học sinh
bán trú …", "Nghị định quy định chi tiết một số điều của Luật Đất đai", "Thông tư quy định định mức tiêu hao năng
lượng …".

"X quy định …" is also prose ("Nghị quyết quy định rõ trách nhiệm …": the resolution named before lays down), so
the instrument is a name only as the object of a verb of issuing or in a list of instruments ("thông qua Nghị quyết
về …; Nghị quyết quy định …"), never with a verb's complement after "quy định" ("rõ", "cụ thể", "rằng"). The
name runs to the end of its clause. The words are data in ``kg/data/patterns/regulating_policies_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = pattern_data("regulating_policies_vi.json")
    head = re.compile(r"(?<![\w])(?P<type>" + phrase_alternation(data["types"]) + r")\s+quy định\s+(?!(?:"
                      + phrase_alternation(data["not_names"]) + r")(?![\w]))(?=[a-zà-ỹđ])")
    before = re.compile(r"(?:(?<![\w])(?:" + phrase_alternation(data["issuing_verbs"]) + r")|[;]|(?<![\w])và)\s+"
                        r"(?:(?:các|dự thảo|\d{1,2})\s+)?$", re.IGNORECASE)
    end = re.compile(r"[\n.;:()\"“”]|,\s|\s+(?:và|hoặc)\s+(?:(?:một số|các|những|\d+)\s+)?(?=(?i:"
                     + phrase_alternation(data["types"]) + r")(?![\w]))"
                     r"|\s+(?:" + phrase_alternation(data["clause_verbs"]) + r")(?![\w])")
    # ", Nghị quyết quy định …" after an instrument that a verb of issuing or listing opened the list with
    listed = re.compile(r"(?<![\w])(?:" + phrase_alternation(data["issuing_verbs"]) + r")\s+(?:[^.;:\n]*?\s)?(?:"
                        + phrase_alternation(data["types"]) + r")(?![\w])[^.;:\n]*,\s+$", re.IGNORECASE)
    return head, before, end, listed


# what an instrument detailing a law is named by: "… quy định chi tiết một số điều của Luật Việc làm", "… quy định chi tiết
# thi hành Luật Đất đai"
_DETAILS_A_LAW = re.compile(r"chi tiết\s+(?:một số điều(?:\s+và biện pháp thi hành)?\s+(?:của|tại)|thi hành)\s+(?:Luật|Bộ luật|Pháp lệnh)\s")
# an instrument detailing a law, then "về" and the law's subject
_INNER_LAW_ABOUT = re.compile(r"của\s+(?:Luật|Bộ luật|Pháp lệnh|Nghị định)\s[^,.;:]*?(?P<about>\s+về\s)")


def regulating_policy_candidates(text: str, cands: list[Candidate] = ()) -> list[Candidate]:
    """POLICY candidates "Nghị quyết quy định …" where a verb of issuing or a list of instruments stands before,
    unless another recogniser names an instrument there already (``cands``)."""
    head, before, end, listed = _patterns()
    named = {c.start for c in cands if c.label == "POLICY" and not c.ref}  # (a bare "Nghị định" refers: no name)
    out: list[Candidate] = []
    for m in head.finditer(text):
        if m.start() in named:
            continue
        detailing = _DETAILS_A_LAW.match(text, m.end())  # "Nghị định quy định chi tiết một số điều của Luật …": a name
        # wherever it stands, even still to come (its law names it)
        if not detailing and (not (before.search(text, max(0, m.start() - 30), m.start())
                                   or listed.search(text, max(0, m.start() - 250), m.start()))
                              or re.search(r"(?<![\w])sẽ\s+\w+(?:\s+\w+)?\s+$", text[max(0, m.start() - 25):m.start()])):
            continue  # ("Bộ sẽ ban hành Thông tư quy định …": an instrument still to come names nothing yet)
        stop = end.search(text, m.end())
        name_end = stop.start() if stop else len(text)
        inner = _INNER_LAW_ABOUT.search(text, m.end(), name_end)
        if inner:  # "… chi tiết một số điều của Luật Tài nguyên nước năm 2023 | về bảo vệ …": what the law is about
            name_end = inner.start("about")
        if not 2 <= len(text[m.end():name_end].split()) <= 30:
            continue
        out.append(Candidate(m.start(), name_end, "POLICY", PRIORITY["policy-regulating"], "policy-regulating",
                             meta={"type": m.group("type")}))
    return out

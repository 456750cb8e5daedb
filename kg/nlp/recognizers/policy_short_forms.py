"""A long policy name that a bracketed short form closes: "Đề án phát triển ứng dụng dữ liệu về dân cư,
định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06)".

The comma of such a name is part of it: the bracket after it, naming the same kind of instrument with a
number, shows where the name ends. The short form is linked to the long name by
:func:`kg.relations.acronyms.policy_short_forms`.
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

# ", định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06)": lower-case words, commas and
# "và" up to a bracket that names an instrument of the same kind with a number
_TAIL = re.compile(r"(?P<tail>(?:\s*,\s*|\s+)[a-zà-ỹđ][^\n.;:()\"“”]{0,160}?)\s*\((?P<short>(?P<type>[A-ZĐ][^\s()]*"
                   r"(?:\s+[^\s()\d]+){0,2})\s+(?:số\s+)?\d[\w/-]*)\)")


def bracketed_policy_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Longer candidates for Vietnamese policy names cut at a comma before their bracketed short form."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "POLICY" or c.source not in ("policy-plan", "policy-name"):
            continue
        m = _TAIL.match(text, c.end)
        kind = (c.meta or {}).get("type", "")
        if m is None or not kind or not m.group("type").startswith(kind.split()[0]):
            continue
        out.append(Candidate(c.start, m.end("tail"), "POLICY", PRIORITY[c.source], c.source, meta=dict(c.meta or {})))
    return out

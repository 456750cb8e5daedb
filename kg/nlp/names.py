"""Name passes that need no cue word before the name, kept out of the main recogniser.

``company_candidates``: companies whose trade words are written in lower case
("Công ty cổ phần mía đường Lam Sơn", "Công ty cấp thoát nước Sa Đéc"), up to
the capitalised name that ends them. The heads, legal forms and words that
cannot be trade words live in ``kg/data/patterns/companies.json``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from kg.nlp import patterns as P
from kg.nlp.candidates import PRI_ORG_PATTERN, Candidate

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "data" / "patterns"
_CAP = r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\d+)"


@lru_cache(maxsize=1)
def _company_re() -> tuple[re.Pattern, frozenset[str]]:
    data = json.loads((PATTERNS_DIR / "companies.json").read_text(encoding="utf-8"))
    heads = "|".join(re.escape(h) for h in sorted(data["heads"], key=len, reverse=True))
    forms = "|".join(re.escape(f) for f in sorted(data["legal_forms"], key=len, reverse=True))
    lower = r"[a-zà-ỹđ]+"
    pattern = (rf"(?<![\w])(?:{heads})(?P<form>\s+(?:{forms}))?"
               rf"(?P<trade>(?:\s+{lower}){{1,{int(data['max_lower'])}}})"
               rf"(?P<name>(?:\s+{_CAP}){{1,5}})")
    return re.compile(pattern), frozenset(data["not_trade_words"])


def company_candidates(text: str) -> list[Candidate]:
    """Companies named through lower-case trade words, ending at their capitalised name."""
    pattern, not_trade = _company_re()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        trade = m.group("trade").split()
        # "Công ty này đã …", "Công ty con của …" are prose; after a legal form ("Công ty TNHH
        # xây dựng …") verbs are trade words, so only function words end the name there
        stop = (lambda k: trade[k] in P.STOP_VI) if m.group("form") else (lambda k: P.is_stop_vi(trade, k))
        if any(w in not_trade for w in trade) or any(stop(k) for k in range(len(trade))):
            continue
        out.append(Candidate(m.start(), m.end(), "ORG", PRI_ORG_PATTERN + 3, "company-lower"))
    return out

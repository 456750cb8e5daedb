"""Companies listed by their brand after a kind word: "nhiều tập đoàn lớn như Temasek, Sembcorp và
CapitaLand", "các ngân hàng gồm Vietcombank, BIDV và VietinBank"."""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

_LEAD = re.compile(r"(?<![\w])(?:tập đoàn|công ty|doanh nghiệp|ngân hàng|hãng|quỹ đầu tư|nhà đầu tư)"
                   r"(?:\s+[a-zà-ỹđ]+){0,3}?\s+(?:như|gồm|là)\s+(?=[" + P.UPPER_VI + r"])")
_BRAND = re.compile(r"[" + P.UPPER_VI + r"][\w&-]*(?:\s+[" + P.UPPER_VI + r"][\w&-]*){0,2}")
_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")


def brand_list_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """Each brand of a list of two or more after "tập đoàn / công ty … như / gồm"."""
    out: list[Candidate] = []
    for m in _LEAD.finditer(text):
        pos, items = m.end(), []
        while True:
            b = _BRAND.match(text, pos)
            if b is None or any(e.type in ("Place", "Person") for e in lex.lookup(b.group())):
                break
            items.append((b.start(), b.end()))
            j = _JOIN.match(text, b.end())
            if j is None:
                break
            pos = j.end()
        if len(items) >= 2:
            out += [Candidate(s, e, "ORG", PRIORITY["org-head"], "org-brand-list") for s, e in items]
    return out

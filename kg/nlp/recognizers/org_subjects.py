"""Organisations that their context reveals: an unknown brand before what only a company does
("Sabeco báo lãi …", "Bosch triệu hồi …"), and a body's name closed by a lower-case tail
("Học viện Cảnh sát nhân dân | tổ chức …").

Both only fill gaps left by the other recognisers: a brand must be one word that no list
knows, with no Vietnamese syllable shape (or a brand's mixed case), at the start of a sentence
or clause; a tail is taken only when a verb, a mark or the end of the text follows it. The
words are data: ``kg/data/patterns/org_subjects_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word, foreign_word, is_brand, sentence_start
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = pattern_data("org_subjects_vi.json")
    verbs = escaped_alternation(data["company_verbs"])
    tails = escaped_alternation(data["name_tails"])
    return re.compile(r"\s+(?:" + verbs + r")(?![\w])"), re.compile(r" (?:" + tails + r")(?![\w])")


def _clause_start(text: str, pos: int) -> bool:
    return sentence_start(text, pos) or text[:pos].rstrip(" \"“'‘(").endswith((",", ";"))


def _ends_clause(text: str, pos: int) -> bool:
    """A mark, the end of the text, or a function word / verb follows ``pos``."""
    rest = text[pos:pos + 30]
    if not rest.strip() or rest.lstrip()[:1] in ".,;:)!?\n":
        return True
    low = [w.casefold() for w in re.findall(r"[\w]+", rest)[:2]]
    return bool(low) and not low[0][:1].isupper() and P.is_stop_vi(low, 0)


def org_subject_candidates(text: str, words: list[Word], lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """ORG candidates for unknown brands before a company verb and bodies closed by a tail."""
    company_verb, tail = _data()
    covered = [(c.start, c.end) for c in cands if c.label in ("PER", "ORG", "LOC", "EVENT", "POLICY", "TOPIC")]
    out: list[Candidate] = []
    for w in words:
        if not (foreign_word(w.text) or is_brand(w.text)) or not _clause_start(text, w.start):
            continue
        if any(s < w.end and w.start < e for s, e in covered) or lex.lookup(w.text):
            continue
        nxt = w.i + 1 < len(words) and words[w.i + 1].text[:1].isupper()
        if not nxt and company_verb.match(text, w.end):
            out.append(Candidate(w.start, w.end, "ORG", PRIORITY["org-head"], "org-subject"))
    for c in cands:
        if c.label != "ORG" or c.ref or c.source not in ("org-head", "org-local", "company-lower"):
            continue
        m = tail.match(text, c.end)
        if m and _ends_clause(text, m.end()) \
                and not any(o is not c and o.start < m.end() and c.end < o.end for o in cands):
            out.append(Candidate(c.start, m.end(), "ORG", c.priority + 1, c.source))
    return out

"""Vietnamese gatherings a body holds, written in lower case and named by whom they gather.

"Sở X tổ chức chương trình gặp mặt các cơ quan báo chí thường trú", "lãnh đạo tỉnh có buổi gặp mặt các nhà
đầu tư Hàn Quốc tại …", "Công đoàn Y tổ chức buổi họp mặt nữ cán bộ nhân Ngày Quốc tế Phụ nữ": no capitalised
head opens these, so the event-head step misses them, and the dated-event step finds at most the bare noun.
A holding verb, a classifier and a gathering noun open the event; its name runs over whom it gathers to the
ordinary name boundary (a stop word, a mark) or an occasion word. The words are data in
``kg/data/patterns/gatherings_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(verb + classifier + noun, leading quantifier, occasion stop), built once from the data."""
    d = pattern_data("gatherings_vi.json")
    opener = re.compile(rf"(?<![\w])(?:{escaped_alternation(d['holding_verbs'])})\s+"
                        rf"(?P<head>(?:{escaped_alternation(d['classifiers'])})\s+(?:{escaped_alternation(d['nouns'])}))"
                        rf"(?![\w])")
    quantifier = re.compile(rf"\s+(?:{escaped_alternation(d['quantifiers'])})(?=\s)")
    occasion = re.compile(rf"\s+(?:{escaped_alternation(d['occasion_stops'])})(?![\w]).*$", re.DOTALL)
    return opener, quantifier, occasion


def gathering_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """EVENT candidates for held gatherings named by whom they gather ("buổi gặp mặt các nhà đầu tư …")."""
    from kg.nlp.recognizers.events import event_name_vi

    opener, quantifier, occasion = _patterns()
    out: list[Candidate] = []
    for m in opener.finditer(text):
        pos = m.end("head")
        line = text[pos:pos + 200].split("\n", 1)[0]
        lead = ""
        if line.startswith(" với "):  # "buổi gặp mặt với các doanh nghiệp": the partner is whom it gathers
            lead, line = " với", line[len(" với"):]
        q = quantifier.match(line)  # "các", "những" are stop words; whom it gathers follows them
        if q:
            lead, line = lead + q.group(), line[q.end():]
        name, _ = event_name_vi(line, lex)
        name = occasion.sub("", name.rstrip())
        if not name.strip():
            continue  # a bare "buổi gặp mặt": the dated-event step's reference
        end = pos + len(lead) + len(name)
        out.append(Candidate(m.start("head"), end, "EVENT", PRIORITY["event-head"], "event-head",
                             meta={"head": m.group("head").split()[-1].casefold()}))
    return out

"""English signers named by a plural of their role: "the two ministers signed a memorandum of understanding on …"
after a sentence naming "Minister of Health Đào Hồng Lan and French Minister … Yannick Neuder": the two
people the article named with that role word before the signing, when it named two (``plural_signer_roles`` of
``kg/data/relations/cues.json``: "ministers" → "minister") signed the instrument."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Relation, Sentence
from kg.relations.cues import load_cues
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    roles = dict(load_cues()["plural_signer_roles"]["en"])
    alt = phrase_alternation(roles)
    return re.compile(rf"\b[Tt]he\s+two\s+(?P<role>{alt})\s+(?:also\s+|then\s+|jointly\s+|later\s+)?"
                      r"(?:signed|inked)\s+(?:a|an|the)\s+"), roles


def plural_signers(s: Sentence) -> list[Relation]:
    """signed for "the two <role plural> signed <instrument>" (see the module's doc)."""
    if s.lang != "en":
        return []
    pattern, roles = _pattern()
    out: list[Relation] = []
    text = s.ex.article.text
    for m in pattern.finditer(s.text, s.start, s.end):
        pol = next((p for p in s.of_type("Policy") if m.end() <= p.start <= m.end() + 30), None)
        if pol is None:
            continue
        word = roles[" ".join(m.group("role").split())]
        role = re.compile(r"(?i:\b" + re.escape(word) + r"\b)")
        people = [p for p in s.ex.mentions if p.type == "Person" and not p.ref and p.start < m.start()]
        titled: list = []
        for p in reversed(people):
            # the words between the person named before (or 90 characters, or the sentence's start) and this one
            start = max([max(0, p.start - 90)] + [q.end for q in people if q.end <= p.start])
            before = re.split(r"[.;]\s|\n", text[start:p.start])[-1]
            if role.search(before) and p.text not in {q.text for q in titled}:
                titled.append(p)
        if len(titled) == 2:  # ("the two ministers" after three named: which two is not said)
            out += [Relation(p.id, "signed", pol.id, s.index) for p in titled]
    return out

"""English co-signer named after "with": "Hùng signed a memorandum of understanding on cultural cooperation with
Timor-Leste's Minister of Culture Jorge Soares Cristóvão" — the person after "with" (past a possessor and the
words of a title) signed the instrument too, when a person signs it in the same clause."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

_SIGNED = re.compile(r"\s*(?:,[^,;.()]{1,60},\s*)?(?:(?:also|has|have|had|then|jointly|later|on\s+\w+)\s+)*"
                     r"(?:signed|inked)\s+(?:a|an|the)\s+")
# past the instrument, to "with": the rest of its name, a day or a place at most ("between Việt Nam and Laos for
# 2027-2029", "on Monday"; no body or person in between)
_TO_WITH = re.compile(r"[/\w.-]*(?:\s+[^,;.()]{1,80}?)?\s+with\s+")
# between "with" and the second signer: a possessor and a title ("Timor-Leste's Minister of Culture", "his
# Korean counterpart", "the visiting Lao Minister of Education")
_TITLE = re.compile(r"(?:(?:the|his|her|their)\s+)?(?:(?:[A-Z][\w'’.-]*|[a-z]+['’]s|of|for|and|the|visiting|counterpart|"
                    r"minister|deputy|vice|president|chairman|chairwoman|director|general|governor|ambassador)\s+)*")


def signed_with(s: Sentence) -> list[Relation]:
    """signed: the person after "with" in "A signed <instrument> with <title> B" (see the module's doc)."""
    if s.lang != "en":
        return []
    people = sorted(s.of_type("Person"), key=lambda p: p.start)
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        first = next((p for p in people if p.end <= pol.start and (m := _SIGNED.fullmatch(s.text, p.end, pol.start))
                      and m is not None), None)
        if first is None:
            continue
        w = _TO_WITH.match(s.text, pol.end, s.end)
        if w is None or any(pol.end <= m.start < w.end() and m.type in ("Organization", "Person") for m in s.mentions):
            continue
        second = next((p for p in people if p.start >= w.end()), None)
        if second is None or second.id == first.id or not _TITLE.fullmatch(s.text, w.end(), second.start) \
                or any(w.end() <= m.start < second.start and m.type in ("Organization", "Person") for m in s.mentions):
            continue
        out += [Relation(first.id, "signed", pol.id, s.index), Relation(second.id, "signed", pol.id, s.index)]
    return out

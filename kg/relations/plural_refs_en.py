"""signed (English): instruments named again together by a plural of their kind.

"Minister A and Minister B put their names to both treaties", "the two ministers' deputies signed the three
agreements", "A and B signed all three memorandums": each person of the list right before the verb signed each
of the instruments of that kind the article named last (in this sentence or the two before).
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern

_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
# "both treaties", "both the agreements", "the two decrees", "all three memorandums", "both documents"
_PLURAL = re.compile(r"\s*(?:(?P<both>both)(?:\s+(?:the|these))?|(?:the|these)\s+(?P<n>two|three|four|five)|"
                     r"all\s+(?:the\s+|these\s+)?(?P<all>two|three|four|five))\s+(?:[a-z-]+\s+)??(?P<kind>[a-z]+)\b",
                     re.IGNORECASE)


def singular(word: str) -> str:
    """The kind a plural names: "treaties" → "treaty", "memoranda" → "memorandum", "decrees" → "decree"."""
    w = word.casefold()
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("a") and w != "agenda":
        return w[:-1] + "um"  # ("memoranda")
    return w[:-1] if w.endswith("s") else w


def plural_refs_at(s: Sentence, pos: int) -> list[Mention]:
    """The instruments "both treaties", "the two agreements", "all three documents" at ``pos`` name again: the last
    ones of that kind (any kind for "documents") named before ``pos`` in this sentence or the two before, one per
    name, as many as the count says; none if fewer were named."""
    m = _PLURAL.match(s.text, pos, s.end)
    if m is None or not m.group("kind").casefold().endswith(("s", "a")):
        return []
    count = _COUNTS[(m.group("both") or m.group("n") or m.group("all")).casefold()]
    kind = singular(m.group("kind"))
    found: list[Mention] = []
    for p in sorted((p for p in s.ex.mentions if p.type == "Policy" and not p.nested
                     and s.index - 2 <= p.sentence <= s.index and p.start < pos), key=lambda p: -p.start):
        if (kind == "document" or kind in p.text.casefold()) and all(p.text.casefold() != q.text.casefold() for q in found):
            found.append(p)
        if len(found) == count:
            return found[::-1]
    return []


def plural_signed(s: Sentence) -> list[Relation]:
    """signed: each signer of the list right before a signing verb (``signed_ref_verbs``) signed each instrument
    a plural of its kind after the verb names again."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    verbs = cue_pattern("signed_ref_verbs", s.lang)
    for verb in re.finditer(r"(?<![\w])(?:(?:also|jointly|then)\s+)?(?:" + verbs + r")(?=\s)", s.text[s.start:s.end]):
        at, end = s.start + verb.start(), s.start + verb.end()
        pols = plural_refs_at(s, end)
        people = [p for p in s.of_type("Person") if p.end <= at]
        if not pols or not people or not re.fullmatch(r"\s*(?:,\s*who\s+(?:has\s+|had\s+)?)?", s.text[people[-1].end:at]):
            continue
        signers = [people[-1]]
        for p in reversed(people[:-1]):  # "A and Brazil's Minister of Justice B", "A, B and C"
            if not re.fullmatch(r"\s*(?:,|,?\s*and)\s+[^,;.]{0,80}?", s.text[p.end:signers[-1].start]):
                break
            signers.append(p)
        out += [Relation(p.id, "signed", pol.id, s.index) for p in signers for pol in pols]
    return out

"""A body electing or naming one of its officers, in English: "The association held its congress on Saturday,
electing Nguyễn Thị Thu Hương, general director of …, as its chairwoman", "The federation elected X as its new
president". The person holds the title written after "as its" (a title of the gazetteer) and is a member of the
body the sentence opens with."""
from __future__ import annotations

import re

from kg.nlp.lexicon import load_lexicon
from kg.relations.base import Mention, Relation, Sentence, after_dateline
from kg.textutil import norm_key

_ELECTED = re.compile(r"(?<![\w-])(?:re-)?(?:elected|electing|elects|elect|appointed|appointing|named|naming)\s+$")
# an apposition between the name and "as its …", then up to four words that may be the title
_AS_ITS = re.compile(r"(?:\s*,[^.;,]{1,120}(?:,[^.;,]{1,60})?,)?\s+as\s+(?:its|their)\s+(?:new\s+)?"
                     r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})")


def elected_officers(s: Sentence) -> list[Relation]:
    """position and memberOf: "<Body> … elected|electing NAME (, …,) as its TITLE"."""
    if s.lang != "en":
        return []
    body = _opening_body(s)
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if p.ref or not _ELECTED.search(s.text[max(s.start, p.start - 20):p.start]):
            continue
        m = _AS_ITS.match(s.text, p.end, s.end)
        title = _longest_title(m.group("words")) if m else None
        if title is None:
            continue
        out.append(Relation(p.id, "position", title, s.index))
        if body is not None:
            out.append(Relation(p.id, "memberOf", body.id, s.index))
    return out


def _longest_title(words: str) -> str | None:
    """The longest opening run of ``words`` that is a role or office of the gazetteer ("chairwoman for the …")."""
    titles = load_lexicon().titles
    run = words.split()
    for k in range(len(run), 0, -1):
        title = titles.get(norm_key(" ".join(run[:k])))
        if title is not None and title.kind in ("role", "office"):
            return " ".join(run[:k])
    return None


def _opening_body(s: Sentence) -> Mention | None:
    """The body the sentence opens with (after a dateline and "The"), if it does."""
    start = after_dateline(s)
    first = min((o for o in s.mentions if not o.nested and o.start >= start), key=lambda o: o.start, default=None)
    if first is None or first.type != "Organization":
        return None
    return first if re.fullmatch(r"(?:[Tt]he\s+)?", s.text[start:first.start]) else None

"""signed (English): the person an instrument belongs to or who approves something in it.

- "the strategy, which Prime Minister X approved in Decision 1018", "the project approved by Deputy Prime Minister Y
  in Decision 88", "Minister Z approved the scheme through Decision 5": a person who approves in an instrument
  signs it (a body doing so issues it: :mod:`kg.relations.policies` reads that);
- "The School Eye Health Programme, approved by Deputy Minister of Health X, will …": the person in the aside;
- "Decision 142 of Prime Minister X", "Directive 12 by Deputy Prime Minister Y" and the possessive "Prime Minister
  X's Decision 142": the titled person an instrument is written as belonging to signed it.

A person merely near an instrument gets nothing: the approving verb, or "of"/"by" with a title, or the possessive
must tie them to it.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.signers import person_after

# the approving verb, what was approved, and the word that names the instrument it was approved in
_APPROVED_IN = re.compile(r"(?<![\w])(?:approved|ratified|endorsed)(?P<mid>(?:\s+[^,.;:()]{1,80}?)?)(?<!\sline)\s+(?:in|under|through|via)"
                          r"\s+(?:the\s+)?$")
# the instruments one approves something in ("approved the plan in line with Decree 5" is a basis, not one)
_APPROVING_KINDS = re.compile(r"(?:Decision|Resolution)\b")
_BY = re.compile(r"\s+by\s+")
# the person's name right before the verb, past an auxiliary: "X approved", "X had approved", "X also approved"
_BEFORE_VERB = re.compile(r"\s+(?:(?:has|had|also|earlier|then)\s+){0,2}$")
# the instrument's own tail, then "of" / "by" and the titled person: "Decision 142/QĐ-TTg of Prime Minister X"
_OF_PERSON = re.compile(r"[/\w.-]*\s+(?:of|by)\s+")
_POSSESSIVE = re.compile(r"['’]s\s+")
# an aside that says who approved the instrument: "The programme, (which was) approved (on May 4) by Deputy Minister X,"
_APPROVED_BY = re.compile(r"[/\w.-]*\s*,\s*(?:(?:which|that)\s+(?:was|has\s+been)\s+)?approved\s+(?:(?:on|in|last|this)\s+"
                          r"[^,.;:()]{1,30}?\s+)?by\s+")


def _approver(s: Sentence, people: list[Mention], verb_at: int, mid: str, mid_at: int) -> Mention | None:
    """The person who approved: named after "by" in ``mid`` (passive), else right before the verb."""
    by = _BY.match(mid)
    if by is not None:
        who = person_after(s, people, mid_at + by.end())
        return who if who is not None and re.fullmatch(r"\s*", s.text[who.end:mid_at + len(mid)]) else None
    return next((p for p in people if _BEFORE_VERB.fullmatch(s.text, p.end, verb_at)), None)


def approving_signers(s: Sentence) -> list[Relation]:
    """signed: the person who approves something in an instrument, or whose instrument it is written to be."""
    if s.lang != "en":
        return []
    people = s.of_type("Person")
    if not people:
        return []
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        if pol.nested:
            continue
        m = _APPROVED_IN.search(s.text, max(s.start, pol.start - 140), pol.start) if _APPROVING_KINDS.match(pol.text) else None
        if m is not None:
            who = _approver(s, people, m.start(), m.group("mid"), m.start("mid"))
            if who is not None:
                out.append(Relation(who.id, "signed", pol.id, s.index))
                continue
        after = _APPROVED_BY.match(s.text, pol.end, s.end)  # "The programme, approved by Deputy Minister X, will …"
        who = person_after(s, people, after.end()) if after is not None else None
        if who is not None:
            out.append(Relation(who.id, "signed", pol.id, s.index))
            continue
        of = _OF_PERSON.match(s.text, pol.end, s.end)
        who = person_after(s, people, of.end()) if of is not None else None
        if who is not None and who.start > of.end():  # (a title stands between: "of Prime Minister X")
            out.append(Relation(who.id, "signed", pol.id, s.index))
            continue
        owner = next((p for p in people if (g := _POSSESSIVE.match(s.text, p.end, pol.start)) is not None
                      and g.end() == pol.start), None)
        if owner is not None and _titled(s, owner):
            out.append(Relation(owner.id, "signed", pol.id, s.index))
    return out


def _titled(s: Sentence, p: Mention) -> bool:
    """A title stands right before the person's name ("Prime Minister X")."""
    return any(re.fullmatch(r"\s*", s.text[t.end_char:p.start]) for t in s.titles)

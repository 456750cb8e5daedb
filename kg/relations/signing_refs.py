"""English: "The documents were signed by A and B" — the instruments the sentence before named.

A visit report names what was signed ("witnessed the signing of a memorandum of understanding on
… and a framework agreement on …") and then who signed them, referring back with a plural noun.
Every person listed after "by" (up to the next clause: "after", "at", "during", "in the
presence of") signed every instrument of the previous sentence.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import Relation
from kg.nlp.patterns import UPPER_VI

if TYPE_CHECKING:
    from kg.relations.base import Sentence

# (who the parties were may stand between: "The agreement between the park and the federation was signed by …")
_BETWEEN = r"(?:\s+between\s+[^,.;:()]{1,80}?)?"
_SIGNED_BY = re.compile(r"\s*(?:(?:The|Both)\s+(?:two\s+|three\s+)?(?:documents|agreements|deals|memoranda|accords|MoUs|"
                        r"pacts|instruments)" + _BETWEEN + r"\s+(?:were|have\s+been)|The\s+(?:document|agreement|deal|"
                        r"memorandum|accord|MoU|pact|instrument)" + _BETWEEN + r"\s+(?:was|has\s+been))\s+(?:signed|inked)\s+by\s+")
# what "the agreement", "the deal", "the memorandum" may refer back to: an instrument parties agree on
_AGREED = re.compile(r"(?i:agreement|memorand|\bMoUs?\b|accord|\bdeals?\b|\bpacts?\b|treaty|contract|protocol|convention|"
                     r"charter|declaration|framework|partnership|arrangement)")
# where the signers end: a clause of time or place, or the witnesses ("…, with A and B looking on", "witnessed by")
_CLAUSE = re.compile(r"(?:\s(?:after|at|during|before|in\s+the\s+presence|while|as|on)|,\s+with|\s(?:and\s+)?witnessed\s+by)\s")


def signers_of_documents(s: "Sentence") -> list[Relation]:
    """signed: the people after "The documents were signed by" for the previous sentence's instruments."""
    if s.lang != "en" or s.index == 0:
        return []
    m = _SIGNED_BY.match(s.text, s.start, s.end)
    if m is None:
        return []
    stop = _CLAUSE.search(s.text, m.end(), s.end)
    end = stop.start() if stop else s.end
    # (a short form of a name is a signer too: "signed by Chính and Ensign chief executive Lee Fook Sun")
    people = [p for p in s.of_type("Person") if m.end() <= p.start < end and (not p.ref or _short_name(p.text))]
    documents = [d for d in s.ex.mentions if d.type == "Policy" and d.sentence == s.index - 1 and not d.nested]
    if not re.search(r"\b(?:documents?|instruments?)\s", m.group()):  # "The agreement was signed by …": not a decision
        documents = [d for d in documents if _AGREED.search(d.text)]
    if re.search(r"\b(?:was|has\s+been)\s", m.group()) and len(documents) > 1:
        documents = documents[:1]  # "The document was signed by …": the one instrument named before
    out = [Relation(p.id, "signed", d.id, s.index) for p in people for d in documents]
    # "… signed a memorandum … at a ceremony in Seoul. The document was signed by A and B": they were there
    a, _ = s.ex.sentences[s.index - 1]
    event = next((e for e in s.ex.mentions if e.type == "Event" and e.sentence == s.index - 1 and not e.nested
                  and documents and e.start > documents[0].end and _SIGNED_AT.search(s.text, a, e.start)), None)
    if event is not None:
        out += [Relation(p.id, "participatedIn", event.id, s.index) for p in people]
    return out


def _short_name(text: str) -> bool:
    """A person's name written short ("Chính", "Lan"), not a title or pronoun standing for them."""
    return re.fullmatch(rf"[{UPPER_VI}][\w'’-]*(?:\s+[{UPPER_VI}][\w'’-]*){{0,2}}", text) is not None \
        and not re.match(r"(?:The|He|She|They|His|Her)\b", text)


_SIGNED_AT = re.compile(r"(?<![\w])(?:co-)?signed\s+(?:\S+\s+){0,30}?at\s+(?:a|an|the)\s+$")


def signers_at_the_signing(s: "Sentence") -> list[Relation]:
    """participatedIn: "A and B signed the agreement" after "X and Y on Friday signed a loan agreement …
    at a ceremony in Cần Thơ": the people who sign an instrument the article had signed at an event
    took part in that event (when their own sentence names none)."""
    from kg.relations.policy_subjects import signed_the_kind

    if s.lang != "en" or s.of_type("Event"):
        return []
    out: list[Relation] = []
    for r in signed_the_kind(s):
        pol = next((m for m in s.ex.mentions if m.id == r.obj), None)
        if pol is None or pol.sentence >= s.index:
            continue
        a, b = s.ex.sentences[pol.sentence]
        event = next((e for e in s.ex.mentions if e.type == "Event" and e.sentence == pol.sentence and e.start > pol.end
                      and _SIGNED_AT.search(s.text, a, e.start)), None)
        if event is not None:
            out.append(Relation(r.subject, "participatedIn", event.id, s.index))
    return out



_SIGNED_IT = re.compile(r"\s+(?:(?:also|then|later|personally)\s+)?(?:signed|inked)\s+it\b(?!\s+(?:was|is|had|has)\b)")


def signers_of_it(s: "Sentence") -> list[Relation]:
    """signed: "The National Assembly passed the revised law in June, and Chairman … Trần Thanh Mẫn signed it the
    same month": a person who "signed it" signed the one instrument named before in the sentence (or, when the
    sentence names none, the one instrument the sentence before names)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if not _SIGNED_IT.match(s.text, p.end, s.end):
            continue
        here = [d for d in s.of_type("Policy") if d.end <= p.start]
        if not here:  # "passed the revised law in June, and … signed it": the instrument named again by its kind
            from kg.relations.policies import policy_ref_at
            refs = (policy_ref_at(s, s.start + r.start()) for r in re.finditer(r"\b[Tt]he\s", s.text[s.start:p.start]))
            here = [d for d in refs if d is not None]
        if not here and s.index > 0 and not re.search(r"[,;]", s.text[s.start:p.start]):
            here = [d for d in s.ex.mentions if d.type == "Policy" and d.sentence == s.index - 1 and not d.nested]
        if len({d.id for d in here}) == 1:
            out.append(Relation(p.id, "signed", here[0].id, s.index))
    return out

"""issued (English): the body of the person who signs a numbered instrument — "Circular 15/2026/TT-BYT, which
Minister of Health Đào Hồng Lan signed on May 25": the signer's ministry issued it (tune-en annotates the body of
the signer as the issuer in 54 of the 65 such cases). Not for agreements and memoranda, which each party signs."""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence

# an instrument a body issues on its own, named with its number ("Circular No. 12/2026/TT-BTC", "Plan 67/KH-UBND");
# not a Decision, which tune-en reads as the signing minister's own (no ministry issues "Decision 1520/QĐ-BYT" there)
_OWN_INSTRUMENT = re.compile(r"(?:Circular|Decree|Directive|Plan|Resolution|Official\s+Letter|Dispatch|"
                             r"Instruction)\s+(?:No\.?\s*)?\d")


def signer_body_issued(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """issued: the body a signer of a numbered instrument is a member of, named in the same sentence ("Minister of
    Health X"; not a bare title read against a body named before), where nothing names an issuer of it."""
    if s.lang != "en":
        return []
    by_id = {m.id: m for m in s.ex.mentions}
    issued = {r.obj for r in rels if r.predicate == "issued"}
    members: dict[int, list[int]] = {}  # (a membership may be listed more than once)
    for r in rels:
        if r.predicate == "memberOf" and isinstance(r.obj, int):
            members.setdefault(r.subject, []).append(r.obj)
    out: list[Relation] = []
    for r in rels:
        if r.predicate != "signed" or r.obj in issued or not isinstance(r.obj, int):
            continue
        pol = by_id.get(r.obj)
        if pol is None or not _OWN_INSTRUMENT.match(pol.text):
            continue
        bodies = list(dict.fromkeys(b for b in members.get(r.subject, []) if b in by_id and by_id[b].type == "Organization"
                                    and by_id[b].sentence == s.index))
        if len(bodies) == 1:
            out.append(Relation(bodies[0], "issued", pol.id, s.index))
    return out

"""Signers and the bodies of their posts.

issued (English): the body of the person who signs a numbered instrument — "Circular 15/2026/TT-BYT, which
Minister of Health Đào Hồng Lan signed on May 25": the signer's ministry issued it (tune-en annotates the body of
the signer as the issuer in 54 of the 65 such cases). Not for agreements and memoranda, which each party signs."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence

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


@lru_cache(maxsize=2)
def _posts(lang: str) -> dict[str, tuple[str, ...]]:
    """Bare titles (casefolded) and the heads of the bodies whose posts they are (``signer_posts.json``)."""
    return {t.casefold(): tuple(heads) for t, heads in pattern_data("signer_posts.json").get(lang, {}).items()}


def _same_instrument(signed: Mention, issued: Mention) -> bool:
    """The issued mention is the signed one or the instrument a bare reference to it ("the circular",
    "Thông tư") names in full."""
    if signed.id == issued.id or signed.text == issued.text:
        return True
    head = re.sub(r"^(?:the|this|that)\s+", "", signed.text, flags=re.IGNORECASE).casefold()
    return signed.ref and issued.text.casefold().startswith(head)


def signer_memberships(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """memberOf: the signer named with a bare title ("The circular was signed by Deputy Minister X", "Thông tư
    do Thứ trưởng X ký") holds that post in the one body that issued the instrument, when the body is of the
    kind the title names (a minister's ministry, a chairman's People's Committee)."""
    signings = [r for r in rels if r.predicate == "signed" and r.sentence == s.index and isinstance(r.obj, int)]
    if not signings:
        return []  # (most sentences: nothing signed, no mention table to build)
    posts = _posts(s.lang)
    by_id = {m.id: m for m in s.ex.mentions}
    out: list[Relation] = []
    for r in signings:
        person, signed = by_id.get(r.subject), by_id.get(r.obj)
        if person is None or signed is None or any(x.predicate == "memberOf" and x.subject == person.id for x in rels):
            continue
        title = next((t for t in s.titles if t.end_char <= person.start
                      and not s.text[t.end_char:person.start].strip()), None)
        heads = posts.get(title.text.casefold()) if title is not None else None
        if not heads:
            continue
        issuers = list(dict.fromkeys(
            x.subject for x in rels if x.predicate == "issued" and isinstance(x.obj, int) and x.obj in by_id
            and _same_instrument(signed, by_id[x.obj])))
        bodies = [by_id[b] for b in issuers if b in by_id and by_id[b].type == "Organization"]
        if len(bodies) == 1 and any(h.casefold() in bodies[0].text.casefold() for h in heads):
            out.append(Relation(person.id, "memberOf", bodies[0].id, s.index))
    return out

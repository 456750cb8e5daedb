"""Issuers read from an instrument's document code: "…/QĐ-TTg" was issued by the Prime Minister, "…/QĐ-UBND"
by the People's Committee its signer belongs to, where the article names that body. Split out of
:mod:`kg.resolve`, which adds these facts to those the rules state."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp.patterns import pattern_data
from kg.policy_names import policy_document

if TYPE_CHECKING:
    from kg.extract import Extraction, Mention
    from kg.resolve import Entity, Fact


def inferred_issuers(ex: Extraction, entities: dict[str, Entity], key_of: dict[int, str]) -> list[Fact]:
    """issued from the document code ("…/QĐ-TTg" → Thủ tướng Chính phủ) when the text names that body."""
    from kg.resolve import Fact

    out: list[Fact] = []
    issued = {r.obj for r in ex.relations if r.predicate == "issued"}
    for m in ex.mentions:
        if m.type != "Policy" or m.id in issued or m.id not in key_of:
            continue
        coded = policy_document([m.text]).issuer
        key = coded or _signers_local_body(ex, entities, m)
        if key is not None and key in entities and (not coded or _named_with(ex, entities[key], key_of, key_of[m.id])):
            out.append(Fact(key, "issued", key_of[m.id], False, m.sentence))
    return out


def _named_with(ex: Extraction, body: Entity, key_of: dict[int, str], policy: str) -> bool:
    """English: the body a code names is named in a sentence that names the instrument too ("the Government's
    Decree 30/2026/NĐ-CP", "The Government on Monday issued Decree …"); the tune-en gold leaves a decree cited
    for what it rules ("in line with Decree 70/2025/NĐ-CP") without its issuer when the Government is named
    elsewhere in the article (32 of 34 instruments named in a sentence with their body have ``issued``, 1 of 10
    named apart from it); a body named only inside a signer's title ("signed by Deputy Minister of Health X") is
    not named so. Vietnamese copy keeps the code's issuer."""
    if ex.article.lang != "en":
        return True
    own = {mm.sentence for mm in ex.mentions if key_of.get(mm.id) == policy}
    return any(mm.sentence in own for mm in ex.mentions if mm.id in body.mentions and not mm.nested)


def _signers_local_body(ex: Extraction, entities: dict[str, Entity], m: Mention) -> str | None:
    """The issuer a local body's code names ("…/QĐ-UBND"): the one body of that kind ("People's
    Committee") the instrument's signer is a member of (``local_issuer_codes.json``); English copy only,
    as the sets annotate it (t77)."""
    if ex.article.lang != "en":
        return None  # tune-vi annotates "Chủ tịch UBND tỉnh X ký Quyết định …/QĐ-UBND" as signed only
    code = re.search(r"[-/]([A-ZĐ]+)$", policy_document([m.text]).code or "")
    words = _local_codes().get(code.group(1), []) if code else []
    signed = {r.subject for r in ex.relations if r.predicate == "signed" and r.obj == m.id}
    if not words or not signed:
        return None
    people = {i for e in entities.values() if e.type == "Person" and signed & set(e.mentions) for i in e.mentions}
    bodies = {r.obj for r in ex.relations if r.predicate == "memberOf" and r.subject in people}
    found = [k for k, e in entities.items() if e.type == "Organization" and bodies & set(e.mentions)
             and any(w.casefold() in e.name.casefold() for w in words)]
    return found[0] if len(found) == 1 else None


def _local_codes() -> dict[str, list[str]]:
    return pattern_data("local_issuer_codes.json")["codes"]

"""subOrganizationOf from a possessive pronoun: "Cần Thơ University on Wednesday inaugurated its
Institute of High-Tech Rice Research" — the body the sentence opens with owns the unit it calls "its".

Only a unit whose name holds one of ``sub_body_heads`` or ``own_unit_heads`` (institute,
department, centre, laboratory …; ``kg/data/relations/cues.json``) counts: "its Vinachem Group" may
be a partner's, "its Institute of …", "its Stroke Centre" are the subject's own.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern


def own_units(s: Sentence) -> list[Relation]:
    """subOrganizationOf: "X … its Y" with Y a unit (institute, centre, department) and X the subject."""
    if s.lang != "en":
        return []
    orgs = [o for o in s.of_type("Organization") if not o.nested]
    # the body opens the sentence, after a dateline if any ("THÁI NGUYÊN — Thái Nguyên Central Hospital …")
    if not orgs:
        return []
    lead = re.fullmatch(r"\s*(?:(?P<dateline>[^—–\n]{2,40}?)\s+[—–-]\s+)?(?:The\s+)?", s.text[s.start:orgs[0].start])
    if lead is None or lead.group("dateline") and lead.group("dateline") != lead.group("dateline").upper():
        return []
    subject = orgs[0]
    heads = cue_pattern("sub_body_heads", "en") + "|" + cue_pattern("own_unit_heads", "en")
    out: list[Relation] = []
    for b in orgs[1:]:
        before = s.text[max(s.start, b.start - 5):b.start]
        if re.search(r"(?<![\w])its\s+$", before) and re.search(rf"(?:^|\s)(?:{heads})\b", b.text) \
                and not re.search(r"[;.]", s.text[subject.end:b.start]):
            out.append(Relation(b.id, "subOrganizationOf", subject.id, s.index))
    return out

"""People named together by a plural of their title: "hai bộ trưởng đã ký …", "các thứ trưởng dự …".

A report names two ministers in full, each with a title, and then says what "hai bộ trưởng"
(the two ministers) did together. The plural refers to the people of the sentences before
whose position begins with that title word, when their number matches the count written
("hai" = 2; "các" any number from two). Cue words are data (`plural_counts`,
`plural_sign_verbs`, `plural_attend_verbs` in ``kg/data/relations/cues.json``). English writes the
count after "the" and the title in the plural: "the two ministers then signed …", "both ministers".
"""
from __future__ import annotations

import re

from kg.relations.base import Extraction, Relation
from kg.relations.cues import cue_pattern, cue_table
from kg.textutil import escaped_alternation

_LOOKBACK = 4  # sentences before the plural where its people may be named


def plural_references(ex: Extraction, rels: list[Relation], text: str, lang: str) -> list[Relation]:
    """signed / participatedIn for the people a plural title refers to."""
    if lang not in ("vi", "en"):
        return []
    counts = cue_table("plural_counts", lang)
    count_re = escaped_alternation(counts)
    # English: "the two ministers", "both ministers" (the count before a plural title, then its singular)
    plural = (rf"(?<![\w])(?:(?:the|The)\s+(?P<n>{count_re})|(?P<n2>[Bb]oth))\s+"
              rf"(?P<role>(?:(?:deputy|vice|prime|foreign)\s+)?[a-z]+?)s\s+" if lang == "en" else
              rf"(?<![\w])(?P<n>{count_re})\s+(?P<role>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)\s+")
    adverbs = r"đã|cùng|sẽ|vừa|cũng" if lang == "vi" else r"then|also|later|jointly|have|had|on\s+\w+"
    by_id = {m.id: m for m in ex.mentions}
    positions = [(by_id[r.subject], r.obj) for r in rels
                 if r.predicate == "position" and isinstance(r.obj, str) and r.subject in by_id]
    out: list[Relation] = []
    for si, (s_start, s_end) in enumerate(ex.sentences):
        sent = text[s_start:s_end]
        for m in re.finditer(plural, sent, flags=re.IGNORECASE if lang == "vi" else 0):
            role = m.group("role").casefold()
            people: dict[str, int] = {}
            for p, title in positions:
                if si - _LOOKBACK <= p.sentence <= si and p.start < s_start + m.start() \
                        and title.casefold().split()[:len(role.split())] == role.split():
                    people.setdefault(p.name or p.text, p.id)
            want = counts[(m.group("n") or m.group("n2")).casefold()]
            if len(people) < 2 or (want and len(people) != want):
                continue
            after = sent[m.end():]
            verb = re.match(rf"(?:(?:{adverbs})\s+)*(?:(?P<sign>{cue_pattern('plural_sign_verbs', lang)})"
                            rf"|(?P<attend>{cue_pattern('plural_attend_verbs', lang)}))\s+", after)
            if verb is None:
                continue
            pred, kind = ("signed", "Policy") if verb.group("sign") else ("participatedIn", "Event")
            obj_start = s_start + m.end() + verb.end()
            obj = next((o for o in sorted(ex.mentions, key=lambda o: o.start)
                        if o.type == kind and o.sentence == si and not o.nested and o.start >= obj_start), None)
            if obj is not None and obj.start - obj_start <= 20:
                out += [Relation(pid, pred, obj.id, si) for pid in people.values()]
    return out

"""about beyond the first patterns of :mod:`kg.extract`.

- a committee, steering board or working group whose name states its subject
  ("Ban Chỉ đạo chuyển đổi số tỉnh …", "Steering Committee for Digital Transformation");
- a sentence that continues about a policy by its bare head word ("Luật gồm 5 chương,
  quy định về dữ liệu số …", "The decree covers …"): its topics are that policy's.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.cues import cue_pattern, cue_words

if TYPE_CHECKING:
    from kg.extract import Mention, Relation, Sentence

COMMITTEE = re.compile(r"(Ban Chỉ đạo|Tổ công tác|Tổ Công tác|Hội đồng|Ủy ban Quốc gia|Uỷ ban Quốc gia|"
                       r"Steering Committee|Working Group|Task Force|National Committee|Council)\b")


def committee_topics(s: "Sentence") -> list["Relation"]:
    """about: a named committee or working group and the topic its name states."""
    from kg.extract import Relation

    out: list[Relation] = []
    topics = [m for m in s.mentions + s.nested if m.type == "Topic"]
    for o in s.of_type("Organization"):
        if not COMMITTEE.match(o.text):
            continue
        for t in topics:
            if o.start < t.start and t.end <= o.end:
                out.append(Relation(o.id, "about", t.id, s.index))
    return out


def continued_policy_topics(s: "Sentence") -> list["Relation"]:
    """about: "Luật gồm …, quy định về X" after a sentence naming "Luật Dữ liệu" → about X."""
    from kg.extract import Relation

    heads = sorted(cue_words("policy_heads", s.lang), key=len, reverse=True)
    body = s.text[s.start:s.end]
    m = re.match(r"\s*(?P<head>" + "|".join(re.escape(h) for h in heads) + r")\s+(?P<next>\S+)", body)
    if not m or m.group("next")[:1].isupper() or m.group("next")[:1].isdigit():
        return []
    if any(x.type == "Policy" and x.start <= s.start + m.end("head") for x in s.mentions):
        return []  # the sentence opens with a named policy, not a bare head word
    head = m.group("head").split()[-1].casefold()
    earlier = [x for x in s.ex.mentions if x.type == "Policy" and not x.nested and s.index - 2 <= x.sentence < s.index
               and head in x.text.casefold().split()[:2]]
    if not earlier:
        return []
    pol = max(earlier, key=lambda x: (x.sentence, x.start))
    link = re.search(cue_pattern("about_links", s.lang), body, flags=re.IGNORECASE)
    if not link:
        return []
    topics = [t for t in s.mentions if t.type == "Topic" and t.start >= s.start + link.end()]
    return [Relation(pol.id, "about", t.id, s.index) for t in topics]

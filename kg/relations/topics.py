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
    about = cue_pattern("about_in_name", s.lang)
    for o in s.of_type("Organization"):
        for t in topics:
            if not (o.start < t.start and t.end <= o.end):
                continue
            # "Ban Chỉ đạo chuyển đổi số …", or any body named "… về / on X": "Ủy ban … về trí tuệ nhân tạo"
            if COMMITTEE.match(o.text) or re.search(about + r"\s+(?:\S+\s+){0,3}$", s.text[o.start:t.start],
                                                     flags=re.IGNORECASE):
                out.append(Relation(o.id, "about", t.id, s.index))
    return out


BODY_HEADS = re.compile(r"(Ban|Ủy ban|Uỷ ban|Hội đồng|Tổ|Nhóm|Committee|Council|Board|Working Group|Task Force|"
                        r"Steering Committee|National Committee)\b")


def committee_subject(s: "Sentence") -> list["Relation"]:
    """about: "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ … và chuyển đổi số họp …" —
    a committee whose name runs on past what was recognised, "về / on" and its subject."""
    from kg.extract import Relation, _clause_end

    out: list[Relation] = []
    topics = [m for m in s.mentions if m.type == "Topic"]
    for o in s.of_type("Organization"):
        if not BODY_HEADS.match(o.text):
            continue
        m = re.match(r"\s+(?:" + cue_pattern("about_in_name", s.lang) + r")\s+", s.text[o.end:s.end], flags=re.IGNORECASE)
        if not m:
            continue
        start = o.end + m.end()
        end = min(_clause_end(s, start), start + 160)
        verb = re.search(cue_pattern("subject_verbs", s.lang), s.text[start:end], flags=re.IGNORECASE)
        if verb:  # the committee's name ends where its sentence goes on: "… về X họp bàn về Y"
            end = start + verb.start()
        others = [x for x in s.mentions if start <= x.start < end and x.type not in ("Topic",)]
        if others:
            end = min(end, others[0].start)
        for t in topics:
            if start <= t.start and t.end <= end:
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

"""about of a body to the field its own name states (Vietnamese and English).

- a committee, steering board or working group whose name states its subject ("Ban Chỉ đạo chuyển đổi số tỉnh …",
  "Steering Committee for Digital Transformation"), or runs on past what was recognised ("Ban Chỉ đạo Trung ương
  về …");
- a state centre or institute named by its field right after its head ("Trung tâm Đổi mới sáng tạo Quốc gia");
- what is no subject of a body: a broad policy field inside a company's or an association's name.

Split from kg.relations.topics, which keeps the names read in a policy's, event's or body's words.
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import entry_by_id, load_lexicon
from kg.nlp.patterns import pattern_data
from kg.relations.base import Relation, Sentence, clause_end
from kg.relations.cues import cue_pattern
from kg.textutil import escaped_alternation

# a Vietnamese body named by its field right after its head: "Ban An toàn giao thông tỉnh …", "Trung tâm Đổi mới
# sáng tạo Quốc gia". Not a department ("Cục Thủy lợi", "Cục Di sản văn hóa"): tried in the nineteenth session, the
# tune golds name a department's field only where the article is about it (tune-vi: 5 about right, 25 wrong)
# … and a centre or institute named by what it does for a field: "Trung tâm Giám sát an ninh mạng", "Trung tâm Nghiên
# cứu và Phát triển Trí tuệ nhân tạo" (its tasks: centre_tasks_vi.json, either case after the first)
_TASK = "|".join(re.escape(t) + "|" + re.escape(t[:1].lower() + t[1:])
                 for t in pattern_data("centre_tasks_vi.json")["tasks"])
FIELD_HEAD_VI = re.compile(rf"(?:Ban|Ban Chỉ huy|Ủy ban|Uỷ ban|Viện|Trung tâm)\s+"
                           rf"|(?:Viện|Trung tâm)\s+(?:{_TASK})(?:(?:\s*,\s*|\s+và\s+|\s+)(?:{_TASK})){{0,2}}\s+")


# ("Ban chỉ đạo" is as often written with the second word in lower case: "Ban chỉ đạo phòng cháy, chữa cháy thành phố …")
COMMITTEE = re.compile(r"(Ban [Cc]hỉ đạo|Tổ công tác|Tổ Công tác|Hội đồng|Ủy ban Quốc gia|Uỷ ban Quốc gia|"
                       r"Steering Committee|Working Group|Task Force|National Committee|Council)\b")


def committee_topics(s: "Sentence") -> list["Relation"]:
    """about: a named committee or working group and the topic its name states."""

    out: list[Relation] = []
    topics = [m for m in s.mentions + s.nested if m.type == "Topic"]
    about = cue_pattern("about_in_name", s.lang)
    for o in s.of_type("Organization"):
        for t in topics:
            if not (o.start < t.start and t.end <= o.end):
                continue
            # "Ban Chỉ đạo chuyển đổi số …", or any body named "… về / on X": "Ủy ban … về trí tuệ nhân tạo"
            # … or a board named by its field right after its head: "Ban An toàn giao thông tỉnh …",
            # "Ủy ban An toàn giao thông Quốc gia", "Trung tâm Đổi mới sáng tạo Quốc gia"
            if COMMITTEE.match(o.text) or re.search(about + r"\s+(?:\S+\s+){0,3}$", s.text[o.start:t.start],
                                                     flags=re.IGNORECASE) \
                    or FIELD_HEAD_VI.fullmatch(s.text, o.start, t.start):
                # (… and a state centre or institute named by its field: "Trung tâm Đổi mới sáng tạo Quốc gia")
                out.append(Relation(o.id, "about", t.id, s.index))
    return out


# ("Tổ" is a team, "Tổ công tác"; not the "Tổ" of "Tổ chức", an organisation: "hợp tác với Tổ chức Y tế Thế giới về y tế
# số" is the partner of a cooperation on that field, no board named for it)
BODY_HEADS = re.compile(r"(Ban|Ủy ban|Uỷ ban|Hội đồng|Tổ(?! chức)|Nhóm|Committee|Council|Board|Working Group|Task Force|"
                        r"Steering Committee|National Committee)\b")


def committee_subject(s: "Sentence") -> list["Relation"]:
    """about: "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ … và chuyển đổi số họp …" —
    a committee whose name runs on past what was recognised, "về / on" and its subject."""

    out: list[Relation] = []
    topics = [m for m in s.mentions if m.type == "Topic"]
    for o in s.of_type("Organization"):
        if not BODY_HEADS.match(o.text):
            continue
        m = re.match(r"\s+(?:" + cue_pattern("about_in_name", s.lang) + r")\s+", s.text[o.end:s.end], flags=re.IGNORECASE)
        if not m or _issuer_of_policy(s, o):
            continue
        start = o.end + m.end()
        end = min(clause_end(s, start), start + 160)
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


def broad_field(t) -> bool:
    """A topic the lexicon marks as a broad policy field (``"kind": "subject"``: "du lịch", "thủy sản"): a field a
    policy, an event or a state body is set up for, not the trade a company or an association names itself by."""
    entry = entry_by_id("Topic", t.gid) if t.gid else None
    return entry is not None and entry.kind == "subject"


def is_company(m) -> bool:
    """A company: so kinded in the gazetteer, or a name that closes with a company's legal form ("… Company No. 1",
    "… Joint Stock Company", "… Corporation"; ``en_tails`` of kg/data/patterns/companies.json)."""
    entry = entry_by_id("Organization", m.gid) if m.gid else None
    if entry is not None:
        return entry.kind == "company"
    # a known company's name opening the body's: its unit named by its trade ("FPT Semiconductor", "Sony Semiconductor
    # Solutions", "Zalo AI")
    if len(m.text.split()) > 1 and any(e.type == "Organization" and e.kind == "company"
                                       for e in load_lexicon().lookup(m.text.split()[0])):
        return True
    tails = escaped_alternation(pattern_data("companies.json")["en_tails"])
    return re.search(rf"\b(?:{tails})(?:\s+No\.\s*\d+)?\s*$", m.text) is not None


def _issuer_of_policy(s: "Sentence", o) -> bool:
    """``o`` is named as the issuer of a policy written just before it ("Nghị quyết 19 của Ban Chấp hành
    Trung ương Đảng về …"): the "về" after it gives the policy's subject, not the body's."""
    # (the policy may be nested in an event's name: "Hội nghị triển khai Chỉ thị số 39-CT/TW của Ban Bí thư về …")
    return any(p.type == "Policy" and p.end <= o.start
               and re.fullmatch(r"\s*(?:ngày\s+\S+\s+)?(?:của|of(?: the)?)\s+", s.text[p.end:o.start])
               for p in s.mentions + s.nested)



"""about of a Vietnamese instrument from a clause that says what it is for or what it sets out, where the
instrument is named in full before the clause or again by its bare kind:

- a purpose clause right after the name: "UBND tỉnh ban hành Kế hoạch số 140/KH-UBND nhằm giảm phát thải khí
  nhà kính …", "Đề án … nhằm thúc đẩy kinh tế tuần hoàn" (the field reached through a few lower-case words), or the
  work it carries out: "Kế hoạch … thực hiện công tác trợ giúp xã hội";
- a sentence that opens with the bare kind of an instrument named in the sentences before and goes on with what it
  regulates or the fields it lists: "Luật quy định chế độ thai sản cho …", "Nghị định cũng hướng dẫn …", "Kế hoạch
  gồm ba nội dung chính: A, B và C";
- a sentence that reports the content of such an instrument: "Theo Nghị quyết, các xã được hỗ trợ … rác thải
  nhựa" (the topics of that sentence, where the article has named one instrument of that kind; the named form is
  read by kg.relations.topics.topics_of).

The words between the cue and the first field follow kg.relations.regulated_topics (lower-case words only, no
clause word such as "phải", "được", "để"); fields joined to the first by "và" or a comma go with it.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.coordination import name_list
from kg.relations.regulated_topics import LEAD_BREAKS, MAX_LEAD_WORDS

# what may stand between an instrument's name and its purpose: its date, its issuer
# (or the work it carries out: "Kế hoạch số 301/KH-UBND thực hiện công tác trợ giúp xã hội")
_PURPOSE = re.compile(r"(?:\s+ngày\s+[\d/]+(?:\s+năm\s+\d{4})?)?(?:\s+của\s+[^,.;:()\"“”]{1,60}?)?\s*,?\s+"
                      r"(?:nhằm\s+(?:mục tiêu\s+)?|(?:về việc\s+)?(?:thực hiện|triển khai)\s+công tác\s+)")
# what it regulates, or the fields it lists after a colon: "Kế hoạch gồm ba nội dung chính: A, B và C"
_REGULATES = r"(?:cũng\s+)?(?:(?:quy định|hướng dẫn)(?:\s+chi tiết)?\s+|(?:gồm|có|tập trung vào)\s+(?:[\w]+\s+)?" \
             r"(?:nội dung|lĩnh vực|nhóm nhiệm vụ|nhóm giải pháp)(?:\s+chính|\s+trọng tâm)?\s*:\s*)"


def _first_reached(s: Sentence, at: int, topics: list, most: int = MAX_LEAD_WORDS):
    """The first topic after ``at`` that only lower-case words (at most ``most``, none of them a clause word) and
    no other mention stand before, or None."""
    first = next((t for t in topics if t.start >= at), None)
    if first is None:
        return None
    words = re.findall(r"\S+", s.text[at:first.start])
    if len(words) > most or any(not re.fullmatch(r"[^\W\d_]+", w) or not w[:1].islower() or w.casefold() in LEAD_BREAKS
                                for w in words):
        return None
    if any(x is not first and x.start >= at and x.end <= first.start for x in s.mentions):
        return None
    return first


def _topics(s: Sentence) -> list:
    return sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)


def purpose_policy_topics(s: Sentence) -> list[Relation]:
    """about: "POLICY (ngày …) (của ORG) nhằm <a few lower-case words> X (và Y)"."""
    if s.lang != "vi":
        return []
    topics = _topics(s)
    out: list[Relation] = []
    for pol in s.of_type("Policy") if topics else []:
        m = _PURPOSE.match(s.text, pol.end, s.end)
        if m is None or any(x is not pol and x.type != "Organization" and pol.end <= x.start < m.end()
                            for x in s.mentions):
            continue
        first = _first_reached(s, m.end(), topics, most=4)
        if first is not None:
            out += [Relation(pol.id, "about", t.id, s.index) for t in name_list(s, first, ("Topic",), among=topics)]
    return out


def _kind_policy(s: Sentence, kind: str):
    """The instrument of ``kind`` ("Luật") that the three sentences before name, the latest one, or None."""
    kind = kind.casefold()
    earlier = [x for x in s.ex.mentions if x.type == "Policy" and not x.nested and not x.ref
               and s.index - 3 <= x.sentence < s.index and x.text.casefold().startswith(kind)]
    return max(earlier, key=lambda x: (x.sentence, x.start)) if earlier else None


def kind_regulated_topics(s: Sentence) -> list[Relation]:
    """about: "Luật quy định X …" — a sentence that opens with the bare kind of an instrument named before."""
    if s.lang != "vi":
        return []
    topics = _topics(s)
    if not topics:
        return []
    m = re.match(r"\s*(?P<kind>" + cue_pattern("policy_ref_kinds", "vi") + r")\s+(?:này\s+)?" + _REGULATES,
                 s.text[s.start:s.end])
    if m is None:
        return []
    pol = _kind_policy(s, m.group("kind"))
    first = _first_reached(s, s.start + m.end(), topics) if pol is not None else None
    if first is None:
        return []
    return [Relation(pol.id, "about", t.id, s.index) for t in name_list(s, first, ("Topic",), among=topics)]


def according_to_kind_topics(s: Sentence) -> list[Relation]:
    """about: "Theo Nghị quyết, …" — the topics of a sentence that reports the content of the instrument of that
    kind named last."""
    if s.lang != "vi":
        return []
    head = re.match(r"\s*Theo\s+", s.text[s.start:s.end])
    if head is None or any(m.type == "Policy" and not m.ref for m in s.mentions):
        return []
    kind = re.match(r"(" + cue_pattern("policy_ref_kinds", "vi") + r")\s*,", s.text[s.start + head.end():s.end])
    if kind is None:
        return []
    # the one instrument of that kind the article has named ("… thay thế Nghị định số 151/2017/NĐ-CP. Theo Nghị
    # định, …": two decrees, and which one is meant is not said)
    named = {" ".join(x.text.casefold().split()): x for x in s.ex.mentions if x.type == "Policy" and not x.nested
             and not x.ref and x.sentence < s.index and x.text.casefold().startswith(kind.group(1).casefold())}
    if len(named) != 1:
        return []
    pol = next(iter(named.values()))
    return [Relation(pol.id, "about", t.id, s.index) for t in _topics(s)]

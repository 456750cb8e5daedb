"""signed, Vietnamese, where the signers carry their titles in commas or the document is named again:

* "Đại diện hai bên, ông A, Chủ tịch UBND tỉnh X, và ông B, Tổng Giám đốc Y, ký biên bản ghi nhớ …",
  "Đại diện hai bên, ông A và ông B, Quận trưởng …, ký văn bản." (:func:`apposed_signers`): every person of
  the list that ends right before "ký" signs; a bare document word ("văn bản", "biên bản ghi nhớ") is the
  instrument of that kind named last in this sentence or the two before;
* "Kế hoạch do ông A, Phó Chủ tịch UBND tỉnh X, ký ngày 6/1.", "Văn bản do ông A, Thứ trưởng Bộ Y tế, ký ban
  hành.", "Văn bản do Phó Chủ tịch UBND tỉnh A ký." (:func:`apposed_passive_signer`): the instrument the sentence opens with, by its kind or as "Văn bản"
  (the instrument the sentence before opens with, else the one it names first).

The words are data: ``policy_ref_kinds`` and ``signed_document_words`` in ``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.signers import person_at

# what may stand between two listed signers, or between the last one and the verb: a title (and its body) in
# commas, "và", an honorific
_HONORIFIC = r"(?:(?:ông|bà|đồng chí)\s+)?"


def _apposition(s: Sentence, a: int, b: int) -> int:
    """Where a title in commas right after ``a`` ends (", Chủ tịch UBND tỉnh X,"), else ``a``; nothing else
    than the title and its body may stand in it (no person, no clause)."""
    m = re.match(r"\s*,\s*([^,;.()]{1,90}?)\s*,", s.text[a:b])
    if m is None:
        return a
    lo, hi = a + m.start(1), a + m.end(1)
    if not any(t.start_char == lo and t.end_char <= hi for t in s.titles):
        return a
    if any(p.type == "Person" and lo <= p.start < hi for p in s.mentions):
        return a
    return a + m.end()


def _listed_before(s: Sentence, verb: int) -> list[Mention]:
    """The people of the list that ends right before ``verb`` ("ông A, <title>, và ông B, <title>, [đã]"),
    when the list opens its clause (after "Đại diện hai bên," or a comma) — not "X cho biết A đã ký"."""
    people = sorted((p for p in s.of_type("Person") if p.end <= verb), key=lambda p: p.start)
    if not people:
        return []
    last = people[-1]
    if not re.fullmatch(r"\s*(?:(?:đã|vừa|cùng|chính thức)\s+)*", s.text[_apposition(s, last.end, verb):verb]):
        return []
    out = [last]
    for p in reversed(people[:-1]):
        at = _apposition(s, p.end, out[-1].start)
        gap = re.fullmatch(r"\s*(?:,\s*)?và\s+", s.text[at:_titled_start(s, at, out[-1])]) if at <= out[-1].start else None
        if gap is None:
            break
        out.append(p)
    # the list opens a clause (the sentence or what follows a comma), past an honorific or a title
    first = out[-1]
    if not re.search(r"(?:^|,)\s*$", s.text[s.start:_titled_start(s, s.start, first)]):
        return []
    return out


def _titled_start(s: Sentence, lo: int, who: Mention) -> int:
    """Where the words naming ``who`` begin: before an honorific ("ông") or a title written right before the name
    ("Thứ trưởng A"), within ``lo`` … ``who.start``."""
    pos = who.start
    title = next((t for t in s.titles if lo <= t.start_char and t.end_char <= pos and re.fullmatch(r"\s*", s.text[t.end_char:pos])), None)
    if title is not None:
        pos = title.start_char
    hon = re.search(r"(?<!\w)(?:ông|bà|đồng chí)\s+$", s.text[lo:pos])
    return lo + hon.start() if hon else pos


def _document(s: Sentence, pos: int) -> Mention | None:
    """The instrument a signing verb at ``pos`` governs: named there, or named again by a document word
    ("biên bản ghi nhớ", "văn bản") — the latest of that kind in this sentence or the two before."""
    named = next((p for p in s.of_type("Policy") if p.start >= pos and re.fullmatch(r"\s*(?:(?:các|hai|bản)\s+)?", s.text[pos:p.start])), None)
    if named is not None:
        return named
    words = cue_pattern("signed_document_words", s.lang) + "|" + cue_pattern("policy_ref_kinds", s.lang)
    m = re.match(r"\s*(?:các\s+|hai\s+)?(?P<kind>" + words + r")\b(?!\s+(?:số|\d))", s.text[pos:s.end], flags=re.IGNORECASE)
    if m is None:
        return None
    kind = m.group("kind").casefold()
    any_kind = re.fullmatch(cue_pattern("signed_document_words", s.lang), kind, flags=re.IGNORECASE) is not None
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and not p.ref
               and s.index - 2 <= p.sentence <= s.index and p.start < pos
               and (any_kind or kind in p.text.casefold())]
    return max(earlier, key=lambda p: p.start) if earlier else None


def apposed_signers(s: Sentence) -> list[Relation]:
    """signed: each person of the list before "ký" / "ký kết" (titles in commas allowed) signed the
    instrument after it, named or named again."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for verb in re.finditer(r"(?<![\w])ký(?:\s+kết)?\s+", s.text[s.start:s.end]):
        at, end = s.start + verb.start(), s.start + verb.end()
        doc = _document(s, end)
        if doc is None:
            continue
        out += [Relation(p.id, "signed", doc.id, s.index) for p in _listed_before(s, at)]
    return out


def _opening_instrument(s: Sentence, index: int) -> Mention | None:
    """The instrument sentence ``index`` opens with (named or by its kind), else the first one it names."""
    a, b = s.ex.sentences[index]
    lead = a + len(s.text[a:b]) - len(s.text[a:b].lstrip())
    pols = sorted((p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence == index),
                  key=lambda p: p.start)
    return next((p for p in pols if p.start == lead), None) or (pols[0] if pols else None)


def apposed_passive_signer(s: Sentence) -> list[Relation]:
    """signed of "<Kind> do ông A, <title>, ký …" and "Văn bản do ông A, <title>, ký ban hành": the
    instrument the sentence opens with (for "Văn bản", the one the sentence before opens with)."""
    if s.lang != "vi" or s.index == 0:
        return []
    lead = re.match(r"\s*(?P<doc>[^\s,]+(?:\s+[^\s,]+)?)\s+(?:này\s+)?(?:(?:" + cue_pattern("sign_passive", s.lang) + r")\s+)",
                    s.text[s.start:s.end])
    if lead is None:
        return []
    doc_words = cue_pattern("signed_document_words", s.lang)
    doc_word = re.fullmatch(doc_words, lead.group("doc"), flags=re.IGNORECASE) is not None
    if doc_word:
        doc = _opening_instrument(s, s.index - 1)
    else:
        doc = next((p for p in s.of_type("Policy") if p.ref and p.start == s.start + lead.start("doc")
                    and p.end == s.start + lead.end("doc")), None)
    if doc is None:
        return []
    pos = s.start + lead.end()
    people = sorted((p for p in s.of_type("Person") if p.start >= pos), key=lambda p: p.start)
    if not people:
        return []
    who = people[0]
    before = s.text[pos:who.start]  # an honorific, or a title (and its body) before the name
    if not (re.fullmatch(r"\s*" + _HONORIFIC, before) or any(t.start_char == pos for t in s.titles)
            and not re.search(r"[,;.()]", before)):
        return []
    after = _apposition(s, who.end, s.end)
    # no title in commas: "Văn bản do Phó Chủ tịch UBND tỉnh A ký" (the title and its body before the name) is read
    # here; a named or kind-word instrument ("Kế hoạch do Chủ tịch A ký") by kg.relations.signers.signed_by
    if after == who.end and not (doc_word and person_at(s, pos) is who):
        return []
    verb = _SIGNED_ON.match(s.text, after, s.end)
    if verb is None:
        return []
    out = [Relation(who.id, "signed", doc.id, s.index)]
    # "Văn bản do … ký ngày 16/9": the day it was signed is the document's (a named one is dated by kg.relations.dates)
    day = next((d for d in s.dates if doc_word and d[2] and verb.group("on") and d[0] in (verb.start("on"), verb.end())), None)
    return out + ([Relation(doc.id, "date", day[2], s.index)] if day else [])


# the signing verb after the signer, and "ngày" when its day follows ("ký ban hành ngày 16/9")
_SIGNED_ON = re.compile(r"\s*(?:đã\s+)?ký\b(?:(?:\s+ban\s+hành)?\s+(?:vào\s+)?(?P<on>ngày)\s+(?=\d))?")

"""The body a bare English or Vietnamese reference ("the ministry", "Bộ") stands for when the sentence says who
speaks or is its subject: the speaker's own body in reported speech (:func:`speaker_body`), the body last the
subject of a sentence for a sentence-opening reference (:func:`latest_subject`). Split out of
:mod:`kg.resolve` (now :func:`kg.org_refs.org_antecedent`), which asks these before the body of that kind named last."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract import Extraction, Mention
    from kg.resolve import Entity


def opens_sentence(ex: Extraction, m: Mention) -> bool:
    """``m`` is its English sentence's subject: only a dateline, "The" or "Also on Monday," before it."""
    s_start = ex.sentences[m.sentence][0] if m.sentence < len(ex.sentences) else 0
    return re.fullmatch(r"(?:[^\n—–]{0,60}[—–]\s*)?(?:(?:Also|Earlier|Later)\s+[^,]{0,30},\s*)?(?:The\s+|the\s+)?",
                        ex.article.text[s_start:m.start]) is not None


def latest_subject(m: Mention, ex: Extraction, entities: dict[str, Entity], accept) -> str | None:
    """"The ministry will also hold …" as a sentence's subject: the body of that kind that was last the
    subject of a sentence ("The Ministry of Home Affairs on Tuesday launched …"), not one named last inside
    a phrase ("… the database run by the Ministry of Public Security")."""
    best: tuple[int, str] | None = None
    for key, e in entities.items():
        if e.type != "Organization" or not accept(e):
            continue
        seen = [mm.start for mm in ex.mentions if mm.id in e.mentions and mm.start < m.start and not mm.ref
                and opens_sentence(ex, mm)]
        if seen and (best is None or max(seen) > best[0]):
            best = (max(seen), key)
    return best[1] if best else None


_SAYS = re.compile(r"^[^.;]{0,40}?\b(?:said|says|told|added|stressed|noted)\b")


def speaker_body(m: Mention, ex: Extraction, entities: dict[str, Entity], accept) -> str | None:
    """The body of that kind the speaker belongs to, in reported speech: "Lan said the ministry had …"
    or "She said the ministry …" after "Minister of Health Dao Hong Lan … Lan said …" is her ministry,
    whatever body of that kind was named last. The speaker is the person before the ref in its
    sentence who "said", or for "He/She said" the last person who did in the sentences before."""
    text = ex.article.text
    s_start = ex.sentences[m.sentence][0] if m.sentence < len(ex.sentences) else 0
    people = [p for p in ex.mentions if p.type == "Person" and p.start < m.start
              and p.sentence >= m.sentence - 3 and _SAYS.match(text[p.end:m.start if p.sentence == m.sentence else p.end + 60])]
    here = [p for p in people if p.sentence == m.sentence]
    if here:
        speaker = here[-1]
    elif people and re.match(r"\s*(?:He|She)\s+(?:said|told|added)\b", text[s_start:m.start]):
        speaker = people[-1]
    else:
        return None
    keys = {k for k, e in entities.items() if speaker.id in e.mentions}
    member = {r.obj for r in ex.relations if r.predicate == "memberOf" and isinstance(r.obj, int)
              and any(r.subject in entities[k].mentions for k in keys)}
    found = [k for k, e in entities.items() if e.type == "Organization" and accept(e) and member & set(e.mentions)]
    return found[0] if len(found) == 1 else None


# what may stand before a Vietnamese sentence's subject: a dateline ("Hải Phòng, ngày 20/11/2026 - ") and a time
# ("Sáng 19/11, ", "Cùng ngày, ")
_VI_OPENING = re.compile(r"(?:[^\n,.]{1,40},\s+ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s*[-–—]\s*)?"
                         r"(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua|Cùng ngày|Trước đó|Sau đó|Đầu|Cuối)"
                         r"[^,\n]{0,20},\s*)?")


def opens_sentence_vi(ex: Extraction, m: Mention) -> bool:
    """``m`` is its Vietnamese sentence's subject: only a dateline or a time before it."""
    s_start = ex.sentences[m.sentence][0] if m.sentence < len(ex.sentences) else 0
    return _VI_OPENING.fullmatch(ex.article.text[s_start:m.start]) is not None


def previous_subject(m: Mention, ex: Extraction, entities: dict[str, Entity], accept) -> str | None:
    """"The company will …" / "Công ty có trụ sở …" opening a sentence: the company the sentence before opens with
    ("Hana Micron Vina, the group's subsidiary in Bắc Giang, will invest $1 billion, Samsung said."), the topic the
    next sentence goes on about, not a company named later in it (the source "Samsung"); None when the sentence
    before opens with no body ``accept`` takes."""
    opens = opens_sentence_vi if ex.article.lang == "vi" else opens_sentence
    if m.sentence < 1 or not opens(ex, m):
        return None
    # (a full name before a bare word at the same place: "Công ty" inside "Công ty cổ phần Gemadept")
    subjects = sorted((mm.start, mm.ref, mm.id) for mm in ex.mentions if mm.sentence == m.sentence - 1
                      and not mm.nested and mm.type == "Organization" and opens(ex, mm))
    if not subjects:
        return None
    found = [k for k, e in entities.items() if subjects[0][2] in e.mentions and accept(e)]
    return found[0] if len(found) == 1 else None

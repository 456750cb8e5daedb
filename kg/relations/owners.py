"""An instrument written with the body that issued it: "Kế hoạch số 97/KH-UBND ngày 13/5/2026 của UBND
tỉnh thực hiện Kết luận …". The clause's subject is the instrument; the body only says whose it is, so
what the clause goes on to do (carry out another policy) is the instrument's."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.nlp.patterns import pattern_data

# the tail of a policy's reference between it and "của": its code, its date
_OWNER_GAP = re.compile(r"[/\w.-]*(?:\s+ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?)?\s+của\s+$", re.IGNORECASE)


def policy_owned_by(s: Sentence, org: Mention) -> Mention | None:
    """The policy named right before "(ngày …) của ``org``", else None."""
    if org.type != "Organization" or s.lang != "vi":
        return None
    before = [m for m in s.mentions if m.type == "Policy" and not m.nested and m.end <= org.start]
    if not before:
        return None
    pol = before[-1]
    return pol if _OWNER_GAP.fullmatch(s.text[pol.end:org.start]) else None


def approved_in(s: Sentence, pos: int) -> bool:
    """"Chương trình được Thủ tướng phê duyệt | tại Quyết định số 315/QĐ-TTg": the body issued the
    decision it approved the plan in (kg.relations.promulgation), not the plan itself."""
    m = re.match(r"(?:tại|theo)\s+", s.text[pos:s.end])
    return m is not None and any(p.type == "Policy" and p.start == pos + m.end() for p in s.mentions)


# English: the body directs others to carry the policy out ("The Ministry of Health has instructed hospitals
# to implement Circular 13"); not when the body itself was asked ("has been asked to …", "tasked with")
_ASKED_EN = re.compile(r"(?<![\w])(?<!been )(?<!be )(?<!was )(?<!were )(?<!is )(?<!are )(?:asked|instructed|urged|"
                       r"directed|told|ordered|requested|required|called\s+on|encouraged)\s+[^,.;:]{1,60}?\s+to\s+"
                       r"(?:\w+ly\s+)?$")
_ASKED = re.compile(r"(?<![\w])(?:đề nghị|yêu cầu|kiến nghị|giao|đề xuất)\s+(?:cho\s+)?$", re.IGNORECASE)


def asked_to(s: Sentence, body: Mention, verb_at: int) -> bool:
    """"… đề nghị Chính phủ chỉ đạo các bộ, ngành thực hiện Nghị quyết 48": a body asked to have a policy
    carried out (or directing others to) has not carried it out."""
    return bool(_ASKED.search(s.text[max(s.start, body.start - 20):body.start])
                or re.search(r"(?<![\w])chỉ đạo(?![\w])", s.text[body.end:verb_at])
                or (s.lang == "en" and _ASKED_EN.search(s.text[body.end:verb_at])))


_REPLACED = re.compile(r"(?<![\w])(?:thay thế|bãi bỏ|replaces?|replacing|supersed\w+)\s+(?:cho\s+)?$", re.IGNORECASE)


def drop_replaced(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """``rels`` without the date and signer this sentence gives an instrument it says is replaced:
    "Nghị định do X ký ngày 25/6, … thay thế Nghị định số 151/2017/NĐ-CP" (151 is the old decree)."""
    old = {p.id for p in s.of_type("Policy") if _REPLACED.search(s.text, max(s.start, p.start - 20), p.start)}
    if not old:
        return rels
    return [r for r in rels if not (r.sentence == s.index and r.predicate in ("date", "signed")
                                    and (r.obj in old or r.subject in old))]


_DISPATCH = re.compile(r"\s+(?:đã|vừa)\s+(?:có|gửi|phát đi)\s+$")
_DISPATCH_KINDS = tuple(pattern_data("owners_words.json")["dispatch_kinds"])


def dispatched(s: Sentence) -> list[Relation]:
    """issued and date: "Ngày 12/8, Bộ Y tế đã có Công văn số 4512/BYT-DP …": a body that has sent a
    numbered dispatch issued it, on the day the sentence opens with."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        if pol.ref or not pol.text.startswith(_DISPATCH_KINDS):
            continue
        body = [o for o in s.of_type("Organization") if o.end <= pol.start]
        if not body or not _DISPATCH.fullmatch(s.text[body[-1].end:pol.start]):
            continue
        out.append(Relation(body[-1].id, "issued", pol.id, s.index))
        day = next((d[2] for d in s.dates if d[2] and d[0] < body[-1].start and re.fullmatch(r"\d{4}-\d\d-\d\d", d[2])),
                   None)
        if day:
            out.append(Relation(pol.id, "date", day, s.index))
    return out

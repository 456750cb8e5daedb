"""Who chairs a meeting, written around the chairing verb rather than before the meeting's name:

- passive: "Hội nghị do ông Nguyễn Lộc Hà, Phó Chủ tịch UBND tỉnh, chủ trì.", "Phiên tòa do Thẩm phán X làm
  chủ tọa" — the people between "do" and the verb chair the event named before "do" (or the one of that
  kind named before, when a generic noun opens the sentence);
- a coordinated subject before a generic noun: "Thượng tướng A, Thứ trưởng Bộ Công an, và ông B, Thứ
  trưởng Bộ Khoa học và Công nghệ, đồng chủ trì buổi diễn tập." — every person of the list chairs the
  event of that kind the article named last (the noun is no name: "buổi diễn tập", "hội nghị").

ANNOTATION.md: ``participatedIn`` covers "chủ trì". Cue words are data (``chair_verbs``,
``generic_event_nouns`` in ``kg/data/relations/cues.json``).
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern


def _latest_event(s: Sentence, before: int, noun: str) -> Mention | None:
    """The event of kind ``noun`` ("diễn tập", "họp báo") the article names last before ``before``."""
    noun = re.sub(r"^(?:buổi|cuộc|đợt)\s+", "", noun.casefold())
    events = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence <= s.index
              and m.start < before and noun in (m.name or m.text).casefold()]
    return max(events, key=lambda m: m.start) if events else None


def chaired_by(s: Sentence) -> list[Relation]:
    """participatedIn of the people who chair an event, passive ("EVENT do X chủ trì") or as a
    coordinated subject before a generic noun ("A và B đồng chủ trì buổi diễn tập")."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    people = s.of_type("Person")
    if not people:
        return out
    opening = re.match(r"\s*(?:Chủ tọa|Chủ trì)\s+(" + cue_pattern("generic_event_nouns", "vi") + r")\s+(?:là|gồm|có)\s",
                       s.text[s.start:s.end], flags=re.IGNORECASE)
    if opening:  # "Chủ tọa phiên tòa là Thẩm phán X": the people named after chair the event of that kind named last
        ev = _latest_event(s, s.start + 1, opening.group(1))
        after = s.start + opening.end()
        if ev is not None:
            return [Relation(p.id, "participatedIn", ev.id, s.index) for p in people
                    if p.start >= after and not re.search(r"[.;:]", s.text[after:p.start])]
    for verb in re.finditer(cue_pattern("chair_verbs", "vi"), s.text[s.start:s.end]):
        at, end = s.start + verb.start(), s.start + verb.end()
        # passive: "Hội nghị do ông X, Phó Chủ tịch UBND tỉnh, chủ trì"
        by = s.text.rfind(" do ", s.start, at)
        if by >= 0:
            ev = next((e for e in reversed(s.of_type("Event")) if e.end <= by
                       and re.fullmatch(r"\s*", s.text[e.end:by])), None)
            opening = re.fullmatch(r"\s*(" + cue_pattern("generic_event_nouns", "vi") + r")\s*", s.text[s.start:by],
                                   flags=re.IGNORECASE)
            if ev is None and opening:  # "Phiên tòa do Thẩm phán X làm chủ tọa": the trial named before
                ev = _latest_event(s, s.start, opening.group(1))
            elif ev is None and re.fullmatch(r"\s*(" + cue_pattern("trial_panels", "vi") + r")\s*", s.text[s.start:by]):
                ev = _latest_event(s, s.start, "phiên")  # "Hội đồng xét xử do Thẩm phán X làm chủ tọa": the trial
            chairs = [p for p in people if by < p.start and p.end <= at]
            if ev is not None and chairs and not re.search(r"[.;:]", s.text[by:at]):
                out += [Relation(p.id, "participatedIn", ev.id, s.index) for p in chairs]
                continue
        # active, with a generic noun after the verb and the subject list opening the sentence
        noun = re.match(r"\s+(" + cue_pattern("generic_event_nouns", "vi") + r")(?![\w])", s.text[end:s.end],
                        flags=re.IGNORECASE)
        if not noun:
            continue
        subject = [p for p in people if p.end <= at]
        lead = s.text[s.start:subject[0].start] if subject else ""
        if not subject or any(m.type == "Event" for m in s.mentions if m.start < at) \
                or len(lead) > 40 or re.search(r"[,;:]", lead):
            continue
        ev = _latest_event(s, s.start, noun.group(1))
        if ev is not None:
            out += [Relation(p.id, "participatedIn", ev.id, s.index) for p in subject]
    return out


def prosecutors(s: Sentence) -> list[Relation]:
    """participatedIn: the procuracy that prosecutes at the trial the article names ("đại diện Viện kiểm sát
    nhân dân TP X thực hành quyền công tố"; cue words ``prosecution_verbs``)."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for verb in re.finditer(cue_pattern("prosecution_verbs", "vi"), s.text[s.start:s.end]):
        at = s.start + verb.start()
        body = [o for o in s.of_type("Organization") if o.end <= at]
        if not body or re.search(r"[,;.]", s.text[body[-1].end:at]):
            continue
        trial = _latest_event(s, s.end, "phiên")  # "phiên tòa", "phiên xét xử"
        if trial is not None:
            out.append(Relation(body[-1].id, "participatedIn", trial.id, s.index))
            # "… thực hành quyền công tố tại phiên tòa là Kiểm sát viên X": the procurator who does it
            for p in s.of_type("Person"):
                if p.start > at and re.search(r"(?<![\w])là(?![\w])", s.text[at:p.start]) \
                        and not re.search(r"[.;]", s.text[at:p.start]):
                    out += [Relation(p.id, "participatedIn", trial.id, s.index),
                            Relation(p.id, "memberOf", body[-1].id, s.index)]
    return out

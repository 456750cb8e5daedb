"""English: the subject of an event given by the clause right after it (past its place, day and "with" partners).

"… held a workshop in Hà Nội on Tuesday discussing ways to boost green finance", "… attended the Mekong
Delta Forum in Cần Thơ on Tuesday, which centred on digital transformation and high-tech agriculture",
"… spoke at the seminar, which also discussed data centres and cloud computing": past the event's place
and day, a participle or a "which / that" clause of discussing (``event_subject_clauses`` of
kg/data/relations/cues.json) says what the event deals with; the fields named from there to the clause's
end are its ``about``. ANNOTATION.md: an event is about the subject it is held on.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.nlp.recognizers.field_topics_en import LIST_END
from kg.relations.cues import cue_pattern

_DAYS = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|"
         r"July|August|September|October|November|December)\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:January|February|"
         r"March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)")
# what may stand between the event and its clause: its place ("P" for a place mention) and its day
_PARTNER = r"(?:the\s+)?(?:O|(?:[a-z-]+\s+){0,2}[a-z-]+)"  # "the O", "commercial banks", "gold traders"
_GAP = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?P|\s+with\s+" + _PARTNER + r"(?:\s*(?:,|,?\s+and)\s+" + _PARTNER + r")*|"
                  r"\s+(?:on|from)\s+(?:the\s+)?" + _DAYS +
                  r"|\s+(?:last|this|next)\s+(?:week|month|year)|\s+(?:earlier\s+)?(?:today|yesterday))*\s*")
# what a cue opens that is no subject: a day, the sidelines, behalf, a name ("on Vietnam Science and Technology Day")
_NOT_SUBJECT = re.compile(_DAYS + r"|the\s+(?:sidelines|occasion|same\s+day)\b|behalf\b|[A-Z]")
# (a clause of its own opens with "but", "while" even without a comma: "focused on flood forecasting but did not cover …";
# kg.nlp.recognizers.field_topics_en.LIST_END)
_END = re.compile(r"[.;:]|,\s+(?:and|but|while|as|where|said|says|according|[a-z]+ing)\b|\s+(?:and|but)\s+(?:said|urged|asked|called|told)\b"
                  r"|" + LIST_END.pattern)

# those a field of the event's subject is for are no subject of it: "… focusing on digital transformation for small and
# medium-sized enterprises"
_FOR_WHOM = re.compile(r"\s+(?:for|among)\s+(?:the\s+|all\s+)?")


def _masked(s: Sentence, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with each place mention as "P" and each body as "O"."""
    out, pos = [], start
    for m in sorted(s.of_type("Place", "Organization"), key=lambda m: m.start):
        if pos <= m.start and m.end <= end:
            out.append(s.text[pos:m.start])
            out.append("P" if m.type == "Place" else "O")
            pos = m.end
    out.append(s.text[pos:end])
    return "".join(out)


# what may stand before the instrument the comments are on: "the draft", or a draft that guides it ("a draft decree
# guiding the Law on Water Resources": the law's fields are the draft's, so the meeting's)
_DRAFT_BEFORE = re.compile(r"(?:(?:a|an|the)\s+)?(?:(?:draft|amended|revised|new)\s+)?"
                           r"(?:(?:decree|circular|resolution|decision)\s+(?:guiding|detailing)\s+(?:the\s+)?)?")


def clause_event_topics(s: Sentence) -> list[Relation]:
    """about: EVENT (in PLACE) (on DAY) (, which) discussing / focused on / centred on … TOPIC, TOPIC and TOPIC."""
    if s.lang != "en":
        return []
    topics = sorted(s.of_type("Topic"), key=lambda m: m.start)
    if not topics and not any(m.type == "Topic" for m in s.nested):
        return []
    part = cue_pattern("event_subject_clauses", "en") + "|" + cue_pattern("event_subject_clauses", "en_comments")
    comments = re.compile(cue_pattern("event_subject_clauses", "en_comments"), re.IGNORECASE)
    rel = cue_pattern("event_subject_clauses", "en_relative")
    clause = re.compile(r"(?:,\s*)?(?:" + part + r")\s+|,\s*(?:which|that)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:"
                        + rel + r")\s+", re.IGNORECASE)
    others = sorted((m for m in s.mentions if m.type not in ("Place", "Topic", "Organization")), key=lambda m: m.start)
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if ev.nested:
            continue
        nxt = next((m for m in others if m.start >= ev.end), None)
        stop = nxt.start if nxt is not None else s.end
        at, on_draft = None, False
        for m in clause.finditer(s.text, ev.end, stop):
            if _NOT_SUBJECT.match(s.text, m.end()):
                continue  # "on Tuesday", "on the sidelines of …"
            if _GAP.fullmatch(_masked(s, ev.end, m.start())):
                at, on_draft = m.end(), comments.search(m.group()) is not None
            break
        if at is None:
            continue
        end = _END.search(s.text, at, s.end)
        limit = end.start() if end else s.end
        speaker = next((m for m in s.of_type("Person", "Organization") if at <= m.start < limit), None)
        if speaker is not None:  # the clause has ended where a person or body of the sentence comes in
            limit = speaker.start
        out += [Relation(ev.id, "about", t.id, s.index) for t in topics if at <= t.start and t.end <= limit
                and not any(_FOR_WHOM.fullmatch(s.text, u.end, t.start) for u in topics if u.end <= t.start)]
        pol = next((p for p in s.of_type("Policy") if p.start >= at and _DRAFT_BEFORE.fullmatch(s.text[at:p.start])), None)
        if on_draft and pol is not None:  # comments on a draft: the fields its name holds are the event's subject
            out += [Relation(ev.id, "about", t.id, s.index) for t in s.nested
                    if t.type == "Topic" and pol.start <= t.start and t.end <= pol.end]
    return out


# the parties of the meeting just named, as the subject of the next sentence: "The two leaders", "Both sides"
_PARTIES = re.compile(r"\s*(?:The\s+two|Both)\s+(?:sides|leaders|ministers|countries|delegations|parties|officials|"
                      r"prime\s+ministers|presidents|heads\s+of\s+state)\s+(?:also\s+)?(?:agreed|pledged|vowed|committed|discussed|"
                      r"reviewed)\s+(?:(?:to\s+)?(?:[a-z]+\s+){1,4}?)?(?:cooperation|co-operation|collaboration|ties)\s+"
                      r"(?:in|on)\s+")


def parties_agreed_topics(s: Sentence) -> list[Relation]:
    """about: "The two leaders agreed to expand cooperation in artificial intelligence and cybersecurity" right
    after a sentence that names one meeting: the fields of cooperation the parties agree on are its subject."""
    if s.lang != "en":
        return []
    m = _PARTIES.match(s.text, s.start, s.end)
    if m is None:
        return []
    before = {x.id for x in s.ex.mentions if x.type == "Event" and not x.nested and x.sentence == s.index - 1}
    if len(before) != 1:
        return []
    ev = next(iter(before))
    end = _END.search(s.text, m.end(), s.end)
    limit = end.start() if end else s.end
    other = next((x for x in s.mentions if x.type != "Topic" and m.end() <= x.start < limit), None)
    if other is not None:
        limit = other.start
    return [Relation(ev, "about", t.id, s.index) for t in s.of_type("Topic") if m.end() <= t.start and t.end <= limit]


def passive_cue_after(s: Sentence, cue: re.Pattern, ev: Mention) -> bool:
    """English: the event's cue is a passive after it ("…, co-chaired by A and B", "was attended by …") and none
    stands before it: who took part is named after "by", not before the event."""
    before = s.text[max(s.start, ev.start - 40):ev.start]  # ("X gave a talk at the ceremony, which was attended by …")
    return s.lang == "en" and not re.search(cue.pattern + r"[^.;:]{0,30}$|\b(?:at|during)\s+(?:the\s+)?$", before,
                                            flags=re.IGNORECASE) \
        and re.match(r"[^.;]{0,12}" + cue.pattern + r"[^.;]{0,30}?\bby\s", s.text[ev.end:s.end], flags=re.IGNORECASE) is not None

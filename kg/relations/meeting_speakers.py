"""participatedIn for the speakers of a meeting report and the bodies whose representatives present at it:
"Later that day, Tri chaired a working session … . Vice Chairman … Khoa said …" (English), "Góp ý tại hội nghị, X
… . Hiệu trưởng Y cho biết …" (Vietnamese), "Representatives of A, B and C presented their plans …". Each reads
the meeting the sentences before name (:func:`kg.relations.attendance.event_of`)."""
from __future__ import annotations

import re

from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation, Sentence, untitled_head
from kg.relations.cues import cue_pattern


_MEETING_WORDS = re.compile(r"\b(?:session|meeting|conference|talks|dialogue|workshop|seminar|forum|summit)\b",
                            re.IGNORECASE)


# a speaker who presents the meeting's business: "Presenting the draft, …", "Introducing the bill, …"
_PRESENTING = re.compile(r"\s*(?:Presenting|Introducing|Explaining|Defending)\s+(?:the|a|an|his|her|its)\s+[^,.;]{1,60},\s*")


def session_speakers(s: Sentence) -> list[Relation]:
    """participatedIn for the next speaker of a meeting report: English copy names the meeting
    ("Later that day, Tri chaired a working session with …"), then reports who presented what there
    ("Presenting the draft, Vice Chairman … Khoa said the province would …"). A sentence that opens
    with a presenting clause and a titled person who speaks, within two sentences of a meeting and naming
    no event or time of its own, is a speech at that meeting; a bare quote is not (said anywhere)."""
    if s.lang != "en" or s.of_type("Event") or s.dates:
        return []
    people = s.of_type("Person")
    if not people or people[0].ref:
        return []
    p = people[0]
    lead = _PRESENTING.match(s.text, s.start, p.start)  # "Presenting the draft, Minister X said …"
    if lead is None:
        return []  # quoted bare, an official may have told the paper anywhere (the tune golds: 16 right, 43 wrong)
    head = s.text[lead.end() if lead else s.start:p.start]
    covered = [(t.start_char, t.end_char) for t in s.titles] + [(o.start, o.end) for o in s.mentions + s.nested
                                                                  if o.type in ("Organization", "Place")]
    at = p.start - len(head)
    rest = "".join(ch if not any(a <= at + i < b for a, b in covered) else " " for i, ch in enumerate(head))
    if lead and any(a <= at + len(head) - len(head.lstrip()) < b for a, b in covered[:len(s.titles)]):
        rest = re.sub(r"\b[A-Z][\w'-]*", " ", rest)  # "Minister of Industry and Trade": the title's field
    if not head.strip() or re.search(r"[^\s,]", re.sub(r"\b(?:of|the|and|to)\b", " ", rest)):
        return []  # only the speaker's titles and bodies stand before the name
    if not re.match(r"[^.;]{0,60}?\b(?:said|told|proposed|reported|asked|noted|stressed)\b", s.text[p.end:s.end]):
        return []
    earlier = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
               and s.index - 2 <= m.sentence < s.index and _MEETING_WORDS.search(m.text)]
    if not earlier:
        return []
    return [Relation(p.id, "participatedIn", earlier[-1].id, s.index)]


def speaker_after_opening(s: "Sentence") -> list["Relation"]:
    """participatedIn: "Góp ý tại hội nghị, X … . Hiệu trưởng Y cho biết …" (or after a speech
    participle: "Thẩm tra tờ trình, X … . Ông Y, Trưởng ban, lưu ý …"): a person who opens the
    next sentence of the same paragraph and speaks is one more speaker at that event."""
    from kg.relations.base import SAY_VI

    if s.lang != "vi" or s.index == 0:
        return []
    p_start, p_end = s.ex.sentences[s.index - 1]
    gap = s.text[p_start:s.start]
    if "\n" in gap[len(gap.rstrip()):]:
        return []  # a new paragraph
    opening = r"\s*(?:" + cue_pattern("at_event_openings", s.lang) + r")\s+(?:" + cue_pattern("event_nouns", s.lang) \
        + r")(?:\s+(?:này|đó))?\s*,"
    spoken = r"\s*(?:" + cue_pattern("speech_participles", s.lang) + r")(?:\s+[^\s,;.:]+){0,4}\s*,"
    if not re.match(opening, s.text[p_start:p_end], flags=re.IGNORECASE) \
            and not re.match(spoken, s.text[p_start:p_end], flags=re.IGNORECASE):
        return []  # "Thẩm tra các tờ trình, Ban X … . Ông Y, Trưởng ban, lưu ý …" speaks at it too
    people = [m for m in s.of_type("Person") if not m.ref]
    if not people:
        return []
    p = people[0]
    head = untitled_head(s, p)
    if not re.fullmatch(r"\s*(?:(?:ông|bà|PGS\.TS|GS\.TS|TS|ThS)\s*)?", head, flags=re.IGNORECASE):
        return []
    if not re.match(r"(?:\s*,[^,.;]{0,80},)?\s*(?:cũng\s+)?(?:" + SAY_VI + r")(?![\w])", s.text[p.end:s.end]):
        return []
    event = event_of(s, s.start)
    return [Relation(p.id, "participatedIn", event.id, s.index)] if event is not None else []


def representatives_presented(s: Sentence) -> list[Relation]:
    """participatedIn (English): "Representatives of A, B and C presented their plans …" — bodies whose
    representatives present, showcase or share something (``representative_verbs``, past tense; not
    "said", which may report a statement made elsewhere) took part in the latest event of the
    preceding sentences."""
    if s.lang != "en":
        return []
    m = re.match(r"\s*(?:Representatives|Delegates|Leaders)\s+(?:of|from)\s+", s.text[s.start:s.end])
    if m is None:
        return []
    verb = re.search(r"\s(?:also\s+)?(?:" + cue_pattern("representative_verbs", "en") + r")\s",
                     s.text[s.start + m.end():s.end])
    if verb is None:
        return []
    at = s.start + m.end() + verb.start()
    if [x for x in s.mentions if x.type == "Event" and not x.nested and x.start < at]:
        return []
    event = event_of(s, s.start)
    if event is None:
        return []
    members = [x for x in list_members(s, s.start + m.end(), at) if x.type == "Organization"]
    return [Relation(x.id, "participatedIn", event.id, s.index) for x in members]

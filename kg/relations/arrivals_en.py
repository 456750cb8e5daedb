"""English participatedIn of constructions of business, sports and police news (one function each).

- Coming for an event: "A delegation led by Kim Jae-won, vice chairman of KCCI, arrived in Bắc Ninh
  on Wednesday for the Bắc Ninh – Korea Investment Promotion Conference 2025." — the people before the
  verb of arriving took part in the event named after "for".
- Handing out at an event: "Nguyễn Văn Phong, chairman of the provincial People's Committee, presented
  investment certificates to six projects." — a person who opens a sentence naming no event and
  hands over certificates, licences or awards did so at the latest event of the preceding sentences
  (ANNOTATION.md: "trao giải tại" is taking part).
- Signing at an event: "At the ceremony, the hospital signed a training agreement with X" — X took part.
- Announcing at an event: "The case was announced at a press conference … by Colonel X" — X took part.
- Lists of participants: "Among the exhibitors is X, …" — X took part.
- Matches: "A, who beat B in the final of the Hà Nội Open" — both took part in the contest.
The verbs and the things handed over are data (``arrival_verbs``, ``hand_over_verbs`` and
``handed_things`` in kg/data/relations/cues.json).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation, Sentence, untitled_head
from kg.relations.cues import cue_pattern


def came_for_event(s: Sentence) -> list[Relation]:
    """participatedIn: the people before "arrived in X (on DAY) for the EVENT"."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    verb = re.compile(r"(?<![\w])(?:" + cue_pattern("arrival_verbs", "en") + r")\s+(?:in|to|at)\s+[^.;]{1,80}?"
                      r"\bfor\s+(?:the\s+|an?\s+)?$")
    for ev in s.of_type("Event"):
        m = verb.search(s.text, s.start, ev.start)
        if m is None or m.end() != ev.start:
            continue
        out += [Relation(p.id, "participatedIn", ev.id, s.index) for p in s.of_type("Person")
                if p.end <= m.start() and not p.ref]
    return out


def presenters_en(s: Sentence) -> list[Relation]:
    """participatedIn: "X, chairman of …, presented investment certificates to …", "Deputy Minister X told
    participants that …", "X delivered the opening speech" (no event in the sentence) — at the latest event named
    in the sentences before."""
    if s.lang != "en" or any(not e.ref for e in s.of_type("Event")) or not s.mentions:
        return []  # (an event referred back to after the verb is the one before: "…, saying the plenum would …")
    p = s.mentions[0] if s.mentions[0].type == "Person" else next(iter(s.of_type("Person")), None)
    if p is None or p.ref:
        return []
    told = re.match(r"(?:\s*,[^;]{1,160}?,)?\s+(?:also\s+)?told\s+(?:the\s+)?(?:" + cue_pattern("audience_nouns", "en")
                    + r")\s+(?:that|how|about)\b", s.text[p.end:s.end])
    # "… delivered the opening speech", "… chaired the morning session": a part of the event named before
    # ("Its chairman, X, delivered …": the apposed name's closing comma)
    took_part = told or re.match(r"(?:\s*,[^;]{1,160}?,)?,?\s+(?:also\s+|then\s+|later\s+)?(?:" + cue_pattern(
        "event_part_acts", "en") + r")\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + cue_pattern("event_parts", "en")
        + r")(?![\w])", s.text[p.end:s.end])
    # the person opens the sentence, after a title of capitalised words ("Deputy Minister of Health X", "WIPO regional
    # director X")
    if took_part is not None and re.fullmatch(r"\s*(?:(?:[A-ZĐ][\w’'.-]*|of|and|for|the|regional|general|deputy|director|"
                                         r"chairman|chairwoman|president|head|\([^()]{1,15}\))\s*)*,?\s*", untitled_head(s, p)):
        ev = event_of(s, s.start)  # "… told participants that …": the audience of the event named before
        return [Relation(p.id, "participatedIn", ev.id, s.index)] if ev is not None else []
    if p is not s.mentions[0]:
        return []
    head = untitled_head(s, p)
    if not re.fullmatch(r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?", head):
        return []
    handed = re.match(r"(?:\s*,[^;]{1,160}?,)?\s+(?:also\s+|then\s+|later\s+)?(?:" + cue_pattern("hand_over_verbs", "en")
                      + r")\s+(?:[\w-]+\s+){0,3}?(?:" + cue_pattern("handed_things", "en") + r")(?![\w])",
                      s.text[p.end:s.end])
    if handed is None:
        return []
    ev = event_of(s, s.start)
    return [Relation(p.id, "participatedIn", ev.id, s.index)] if ev is not None else []


# "At the forum,", "On the sidelines of the expo,", "On the first day of the fair,": the event a signing is placed at
_SIGNING_AT = r"\s*(?:Also\s+)?(?:At|During|On the sidelines of|On\s+the\s+(?:first|second|third|opening|final|last|closing)\s+day\s+of)\s+"


@lru_cache(maxsize=1)
def _signing_opening_re() -> "re.Pattern":
    return re.compile(_SIGNING_AT + r"the\s+(?:[\w-]+\s+){0,2}?(?:" + cue_pattern("event_nouns", "en").replace("the\\s+", "")
                      + r"|expo|fair|exhibition)\s*,\s*")


def _signing_opening(s: Sentence) -> "re.Match | None":
    return _signing_opening_re().match(s.text[s.start:s.end])  # (offsets from the sentence's start)


def _signing_before(s: Sentence) -> bool:
    """One of the two sentences before places deals at an event ("At the forum, A signed a deal with B.") or
    goes on with such deals ("C and D agreed to set up a joint venture."): this one may go on with them."""
    deal = cue_pattern("deal_verbs", "en")
    for k in (1, 2):
        if s.index - k < 0:
            break
        a, b = s.ex.sentences[s.index - k]
        text = s.text[a:b]
        if re.match(_SIGNING_AT, text) and re.search(deal, text):
            return True
        if not re.match(r"\s*(?:The\s+)?[A-Z][^.;:]{0,120}?\s(?:also\s+)?" + deal, text):
            return False
    return False


@lru_cache(maxsize=1)
def _deal_verb_re() -> "re.Pattern":
    return re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:also\s+)?" + cue_pattern("deal_verbs", "en"))


def _deal_subjects(s: Sentence, start: int) -> list:
    """The bodies that open a clause with a deal verb after ``start``: "A and Japan's B (also) signed …",
    "…, while C agreed to buy …"."""
    cands = [x for x in s.mentions if x.type == "Organization" and x.start >= start]
    out: list = []
    for v in _deal_verb_re().finditer(s.text, start, s.end):
        last = next((x for x in reversed(cands) if x.end == v.start()), None)
        if last is None:
            continue
        group, prev = [last], last
        for x in reversed([c for c in cands if c.end <= last.start]):
            if not re.fullmatch(r"(?:\s*\([^()]{1,20}\))?\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?",
                                s.text[x.end:prev.start]):
                break
            group.insert(0, x)
            prev = x
        # the clause opens there: the sentence's start (after "At the expo,") or ", while" / "; "
        lead = s.text[start:prev.start]
        if re.fullmatch(r"\s*(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?", lead, re.IGNORECASE) or \
                re.search(r"(?:,\s*(?:while|and|whereas)|;)\s+(?:the\s+)?$", lead):
            out += group
    return out


def signing_partners_at_event(s: Sentence) -> list[Relation]:
    """participatedIn: "At the ceremony, the hospital signed a training agreement with Kobe University
    Hospital." — the parties named in a signing the sentence places at the event named before took part;
    so did those of the deals the next two sentences go on with ("C and D agreed to set up …")."""
    if s.lang != "en":
        return []
    at = _signing_opening(s)
    if at is not None:
        named = [e for e in s.mentions if e.type == "Event" and e.start < s.start + at.end()]
        ev = named[-1] if named else event_of(s, s.start)  # "At the ceremony," may itself be read as the event
        begin = s.start + at.end()
    elif not s.of_type("Event") and _signing_before(s):
        ev, begin = event_of(s, s.start), s.start
    else:
        return []
    if ev is None:
        return []
    # "with New Zealand's Fonterra": a partner named with its country (not on the sidelines, where the tune set
    # counts the foreign partner of a side deal as no participant: t187, t206)
    country = "" if at is not None and "sidelines" in at.group() else r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?"
    verb = re.compile(r"(?:" + cue_pattern("signing_verbs", "en") + "|" + cue_pattern("deal_verbs", "en")
                      + r")\s+[^.;]{0,80}?\bwith\s+(?:the\s+)?" + country + "$")
    out: list[Relation] = []
    for x in s.mentions:
        if x.type in ("Person", "Organization") and x.start > begin:
            m = verb.search(s.text, begin, x.start)
            if m is not None and m.end() == x.start:
                out.append(Relation(x.id, "participatedIn", ev.id, s.index))
    out += [Relation(x.id, "participatedIn", ev.id, s.index) for x in _deal_subjects(s, begin)]
    return out


_BY_AGENT = re.compile(r"[^.;,]{0,60}?\bby\s+(?:[A-Z][\w.-]*\s+){0,3}$")  # "by Colonel X", "by Deputy Minister X"
_ANNOUNCED_AT = re.compile(r"(?<![\w])(?:was|were|is|are|has\s+been|had\s+been)\s+(?:announced|presented|unveiled|revealed|"
                           r"disclosed|reported|introduced|launched)\s+at\s+(?:the\s+|a\s+|an\s+)?$")


def announced_at_by(s: Sentence) -> list[Relation]:
    """participatedIn: "The case was announced at a press conference in Buôn Ma Thuột on Monday by Colonel
    X" — the agent of what was announced at an event spoke there."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not _ANNOUNCED_AT.search(s.text, max(s.start, ev.start - 60), ev.start):
            continue
        for p in s.of_type("Person"):
            m = _BY_AGENT.match(s.text, ev.end, p.start) if p.start > ev.end else None
            if m is not None:
                out.append(Relation(p.id, "participatedIn", ev.id, s.index))
                break
    return out


@lru_cache(maxsize=1)
def _among() -> "re.Pattern":
    """"Among the exhibitors is …", "Among the start-ups honoured at the ceremony was …" (nouns: ``among_nouns``,
    ``among_honoured_nouns``)."""
    return re.compile(r"\s*(?:Among|Also\s+among)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:" + cue_pattern("among_nouns", "en")
                      + r")(?:\s+(?:at|of|in)\s+the\s+[\w-]+)?|(?:[\w-]+\s+)?(?:" + cue_pattern("among_honoured_nouns", "en")
                      + r")\s+(?:(?:honou?red|awarded|recognised|recognized|present|exhibiting|represented)\s+)?"
                        r"(?:at|in)\s+the\s+[\w-]+)\s+(?:is|are|was|were)\s+")


# "Among them were A and B" after a sentence that says who attended ("The conference was attended by …")
_AMONG_THEM = re.compile(r"\s*(?:Among\s+them|They\s+included|Those\s+present\s+included)\s+(?:were|was|are|is)?\s*")


@lru_cache(maxsize=1)
def _were_among_re() -> "re.Pattern":
    """"A and B were among the other winners": the bodies before it."""
    # "… were among some 300 delegates", "… were among the more than 50 exhibitors": a count may stand before the noun
    return re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:(?:some|about|around|nearly|almost|"
                      r"over|more\s+than)\s+)?(?:\d[\d,]*\s+)?(?:other\s+|[\w-]+\s+)?(?:"
                      + cue_pattern("among_nouns", "en") + r")\b")


def among_participants(s: Sentence) -> list[Relation]:
    """participatedIn: "Among the exhibitors is Vinh Phát Fruit Export Company, …" — those listed after
    took part in the event the sentence names, else in the latest one named before."""
    if s.lang != "en":
        return []
    m = _among().match(s.text, s.start, s.end)
    if m is None and s.index > 0 and not s.of_type("Event"):
        a, b = s.ex.sentences[s.index - 1]
        if re.search(cue_pattern("attendance_after", "en"), s.text[a:b]):
            m = _AMONG_THEM.match(s.text, s.start, s.end)
    if m is None:
        return _were_among(s) + _among_them_inline(s)
    ev = event_of(s, m.end())
    if ev is not None and "exhibitor" in m.group() and re.search(r"\bceremony\b", ev.text):
        # "… Speaking at the opening ceremony, … . Among the exhibitors is X": exhibitors show at the fair, not
        # at its ceremony (the fair named before in the article)
        fairs = [x for x in s.ex.mentions if x.type == "Event" and not x.ref and x.sentence <= s.index
                 and _FAIR.search(x.text)]
        ev = max(fairs, key=lambda x: (x.sentence, x.start)) if fairs else ev
    if ev is None:
        return []
    # "FPT Semiconductor, a unit of FPT Corporation": the parent of an attendee is no attendee
    parent = re.compile(r",\s*(?:" + cue_pattern("sub_of_links", "en") + r")\s+(?:the\s+)?$")
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, m.end(), s.end)
            if not parent.search(s.text, max(s.start, x.start - 40), x.start)]


def _were_among(s: Sentence) -> list[Relation]:
    """participatedIn: "Vĩnh Hoàn Corporation … and Bình Minh Plastics were among the other winners." — the bodies
    and people the sentence opens with, of the event the sentence names, else the latest one before."""
    m = _were_among_re().search(s.text, s.start, s.end)
    if m is None:
        return []
    at = m.start()
    ev = event_of(s, at)
    if ev is None:
        return []
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, s.start, at)]


# "The forum drew 800 delegates, among them representatives of A and B": the bodies after it
_AMONG_INLINE = re.compile(r",?\s+(?:among\s+them|including)\s+(?P<lead>(?:senior\s+)?(?:representatives|executives|delegates|officials|"
                           r"leaders|experts)\s+(?:of|from)\s+(?:the\s+)?)?")
# "About 400 guests were present, including A and B", "… drew 600 delegates from 15 countries, including X": a plain
# "including" lists attendees only after a noun for those who came
_COMERS = re.compile(r"(?<![\w-])(?:delegates|guests|participants|attendees|people|visitors|businesses|companies|firms|"
                     r"investors|officials|representatives|experts|scientists|leaders|dignitaries)(?![\w-])"
                     r"(?:\s+(?:were\s+present|attended|took\s+part))?(?:\s+(?:from|of)\s+[^,;.]{1,40})?\s*$")


def _among_them_inline(s: Sentence) -> list[Relation]:
    """participatedIn: "The forum drew more than 800 delegates, among them representatives of Mitsubishi Corporation
    and …" — after a word of attendance (``attendance_after``), the bodies and people listed took part in the event
    the sentence names before that word, else in the latest one named before."""
    cue = re.search(cue_pattern("attendance_after", "en"), s.text[s.start:s.end])
    if cue is None:
        return []
    m = _AMONG_INLINE.search(s.text, s.start + cue.end(), s.end)
    if m is None or m.group("lead") is None and not _COMERS.search(s.text[s.start:m.start()]):
        return []
    # "X attended the SelectUSA Investment Summit, where companies including A and B …": the event attended
    attended = [e for e in s.of_type("Event") if s.start + cue.end() <= e.start < m.start() and not e.nested]
    ev = attended[0] if attended else event_of(s, s.start + cue.start())
    if ev is None:
        return []
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in list_members(s, m.end(), s.end)]


_FAIR = re.compile(r"\b(?:[Ee]xpo|[Ff]air|[Ee]xhibition|[Ss]how|[Ff]estival|[Ss]howcase)\b")


_BEAT = re.compile(r"(?<![\w])(?:beat|beats|defeated|defeats|edged|edges|lost\s+to|loses\s+to|drew\s+with|draws\s+with|"
                   r"overcame|outplayed|knocked\s+out)\s+$")
_AT_CONTEST = re.compile(r"\s+(?:[^.;,]{0,20}?\s)?(?:in|at)\s+(?:the\s+)?(?:(?:final|semi-final|semifinal|quarter-final|"
                         r"quarterfinal|first\s+round|second\s+round|group\s+stage|opening\s+match|match)\s+(?:of|at)\s+"
                         r"(?:the\s+)?)?$")


def contest_opponents(s: Sentence) -> list[Relation]:
    """participatedIn: "Tài, who beat Khoa in the final of the Hà Nội Open", "X defeated Y at the 2025 …
    Championship" — both sides of a match took part in the contest it was played at."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    people = s.of_type("Person")
    for ev in s.of_type("Event"):
        for q in people:
            if q.end >= ev.start or not _AT_CONTEST.match(s.text, q.end, ev.start):
                continue
            if not _BEAT.search(s.text, max(s.start, q.start - 20), q.start):
                continue
            out.append(Relation(q.id, "participatedIn", ev.id, s.index))
            before = [p for p in people if p.end <= q.start - 4]
            if before:  # the winner: the person the clause is about ("Tài, who beat …", "Tài beat …")
                out.append(Relation(before[-1].id, "participatedIn", ev.id, s.index))
    return out


# "… handed investment certificates to 15 companies, including A, B and C", "granted licences to A and B": the
# things handed over and "to"; the recipients follow (a count and "including" may stand first)
@lru_cache(maxsize=1)
def _handed_to_re() -> "re.Pattern":
    return re.compile(r"(?<![\w])(?:" + cue_pattern("hand_over_verbs", "en") + r")\s+(?:[\w-]+\s+){0,3}?(?:"
                      + cue_pattern("handed_things", "en") + r")\s+to\s+")


# what may stand between two recipients of one list: a comma or "and", a country's possessive or "the"
# ("… to Hyosung for a 300 MW wind farm and to CJ CheilJedang for …": what each one is handed it for, "and to")
_RECIPIENT_GAP = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+for\s+(?:a|an|the|its|their)\s+[^,;.()]{1,80}?)?"
                            r"\s*(?:,|,?\s+and(?:\s+to)?|,\s+including|\s+including)\s+(?:the\s+)?"
                            r"(?:(?:Japanese|Korean|South\s+Korean|Chinese|Singaporean|US|Thai|Taiwanese|Vietnamese)\s+"
                            r"(?:firm|company|group)\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?")


def handed_to_recipients(s: Sentence) -> list[Relation]:
    """participatedIn: the bodies an award, licence or certificate is handed "to" at an event
    (ANNOTATION.md: being handed a decision or award at the event is taking part) — "Deputy Prime Minister X
    attended the conference and handed investment certificates to 15 companies, including A, B and C". The
    event is the sentence's own (before the verb), else the latest one named before; the recipients form one
    list right after "to" (after a count of them and "including")."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for m in _handed_to_re().finditer(s.text, s.start, s.end):
        if re.search(r"(?<![\w])(?:had|has|have|would|will)\s+(?:already\s+|also\s+)?$", s.text[max(s.start, m.start() - 20):m.start()]):
            continue  # "… told the session it had granted licences to …": reported, not handed over there
        here = [e for e in s.of_type("Event") if e.end <= m.start()]
        ev = max(here, key=lambda e: e.start) if here else event_of(s, s.start)
        if ev is None:
            continue
        orgs = sorted((o for o in s.of_type("Organization") if o.start >= m.end() and not o.ref), key=lambda o: o.start)
        # the first recipient right after "to", or after "N companies/investors/projects, including"
        lead = re.compile(r"(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|[\w-]+)\s+"
                          r"(?:[\w-]+\s+)?(?:companies|investors|firms|businesses|enterprises)\s*,?\s+including\s+)?"
                          r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?")
        if not orgs or not lead.fullmatch(s.text, m.end(), orgs[0].start):
            continue
        group = [orgs[0]]
        for o in orgs[1:]:
            if not _RECIPIENT_GAP.fullmatch(s.text, group[-1].end, o.start):
                break
            group.append(o)
        out += [Relation(o.id, "participatedIn", ev.id, s.index) for o in group]
    return out


def gathered_place(s: Sentence) -> list[Relation]:
    """locatedIn: people who "gathered in X (on DAY) for the EVENT" met where the event was held — "Experts from
    ten countries gathered in Đà Nẵng on Thursday for an international workshop on …", "Officials met in Huế on
    Thursday for a seminar on …", "… convened in Cần Thơ at a forum on …"."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        for pl in s.of_type("Place"):
            if pl.end <= ev.start and _GATHERED_IN.search(s.text[max(s.start, pl.start - 25):pl.start]) \
                    and _FOR_THE_EVENT.fullmatch(s.text[pl.end:ev.start]):
                out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
    return out


# "gathered in", "met in", "convened in": people came together at the place; "for / at" the event follows
_GATHERED_IN = re.compile(r"(?<![\w])(?:gathered|converged|met|convened|assembled)\s+(?:in|at)\s+(?:the\s+)?$")
_FOR_THE_EVENT = re.compile(r"(?:\s*,)?(?:\s+(?:on|this|last)\s+[A-Z]?[a-z]+(?:\s+\d{1,2})?)?\s*,?\s+(?:for|at)\s+"
                            r"(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2}")


# "On the sidelines of the forum, X met with Y …": a meeting the sentence places at the event named first
_SIDELINES = re.compile(r"\s*(?:Also\s+)?On\s+the\s+sidelines\s+of\s+(?:the\s+|this\s+year['’]s\s+)?")
_MEETING_VERB = re.compile(r"(?<![\w])(?:met|meets|received|receives|held\s+talks|had\s+talks|talked|hosted|"
                           r"had\s+(?:a|separate)\s+(?:meeting|meetings|working\s+session)|"
                           r"held\s+(?:a|separate)\s+(?:meeting|meetings|working\s+session))(?![\w])")


def sidelines_meetings(s: Sentence) -> list[Relation]:
    """participatedIn: both sides of a meeting held "on the sidelines of" an event were at that event —
    "On the sidelines of the workshop, Deputy Minister X met with Japanese Ambassador Y to discuss …"."""
    if s.lang != "en":
        return []
    m = _SIDELINES.match(s.text, s.start, s.end)
    if m is None:
        return []
    ev = next((e for e in s.of_type("Event") if e.start == m.end()), None)
    verb = _MEETING_VERB.search(s.text, ev.end, s.end) if ev is not None else None
    if verb is None or not re.match(r"\s*,", s.text[ev.end:ev.end + 3]):
        return []
    # the subject between the comma and the verb, and the counterparts right after it (not those of a later clause)
    stop = re.search(r",\s+(?:saying|and|where|who|which)\b|\s+to\s+discuss\b|;", s.text[verb.end():s.end])
    end = verb.end() + stop.start() if stop else s.end
    return [Relation(p.id, "participatedIn", ev.id, s.index) for p in s.of_type("Person")
            if ev.end < p.start and p.end <= end]


# "The gold prize went to A, …", "In the women's category, the Golden Ball went to B", "… and third prize to C",
# "Second place went to A, and third to B"
_WENT_TO = re.compile(r"(?<![\w])(?:[Pp]rize|[Pp]rizes|[Aa]ward|[Aa]wards|Ball|[Mm]edal|[Tt]rophy|[Cc]up|[Hh]onour|[Hh]onor|"
                      r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\s+[Pp]lace)"
                      r"\s+(?:went|goes|was\s+given|was\s+awarded)\s+to\s+(?:the\s+)?")
_AND_PRIZE_TO = re.compile(r",?\s+(?:and|while)\s+(?:the\s+)?(?:first|second|third|fourth|gold|silver|bronze|top|special|"
                           r"consolation)(?:\s+(?:prize|award|medal|place)s?)?\s+(?:went\s+)?to\s+(?:the\s+)?")


def prize_went_to(s: Sentence) -> list[Relation]:
    """participatedIn: who a prize "went to" at an award event (ANNOTATION.md: being handed an award at the
    event is taking part) — "Second prize went to GreenLoop, a Hà Nội company …, and third prize to MedBot". The
    event is the sentence's own, else the latest named before."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for m in _WENT_TO.finditer(s.text, s.start, s.end):
        winners = [x for x in s.mentions if x.type in ("Person", "Organization") and x.start == m.end() and not x.nested]
        # the ellipsis after the first winner's apposition: ", and third prize to C"
        for e in _AND_PRIZE_TO.finditer(s.text, m.end(), s.end):
            winners += [x for x in s.mentions if x.type in ("Person", "Organization") and x.start == e.end()
                        and not x.nested]
        if not winners:
            continue
        here = [e for e in s.of_type("Event") if e.end <= m.start() and not e.nested]
        ev = max(here, key=lambda e: e.start) if here else event_of(s, s.start)
        if ev is not None:
            out += [Relation(w.id, "participatedIn", ev.id, s.index) for w in winners]
    return out

"""English participatedIn of contest reports: who raced, played or competed (one function each).

- Results: "Peter Kiprono won the men's full marathon in 2 hours 16 minutes", "Hoàng Nguyên Thanh of
  the Military Zone 5 Sports Centre … finished seventh", "FPT University won the Hanoi Youth Cup" — the
  person or body a sentence opens with, before a verb of result (``result_verbs``) and what it won or
  the place it took (``result_things``), took part in the contest the sentence names, else in the
  latest one named before.
- Teams from bodies: "A team from the Hồ Chí Minh City University of Technology won …", "Also taking
  part were teams from Đà Nẵng University and FPT University" — the bodies after a contestant noun
  (``contestant_nouns``) and "from" took part, in a sentence that says they competed (``contest_verbs``).
The cue words are data in kg/data/relations/cues.json.
"""
from __future__ import annotations

import re

from kg.relations.attendance import LOOKBACK
from kg.relations.event_scope_en import only_event_before
from kg.relations.base import CLAUSE_OPENING_EN, after_dateline, Mention, Relation, Sentence, untitled_head
from kg.relations.cues import cue_pattern


def _contest_of(s: Sentence, after: int) -> Mention | None:
    """The named event of the sentence after ``after``, else the latest event of the sentences before (a
    reference such as "the challenge" stands for the one it names), else the one event the article named."""
    events = [m for m in s.ex.mentions if m.type == "Event" and not m.nested]
    here = [m for m in events if m.sentence == s.index and m.start >= after and not m.ref]
    if here:
        return here[0]
    earlier = [m for m in events if s.index - LOOKBACK <= m.sentence < s.index and (not m.ref or m.meta.get("ref_only"))]
    return max(earlier, key=lambda m: (m.sentence, m.start)) if earlier else only_event_before(s)


def _result_re() -> re.Pattern:
    return re.compile(r"[^.;]{0,120}?\s(?:" + cue_pattern("result_verbs", "en") + r")\s+(?:the\s+|a\s+|an\s+)?"
                      r"(?:(?:men['’]s|women['’]s|boys['’]|girls['’]|[\w'’-]+)\s+){0,3}?(?:"
                      + cue_pattern("result_things", "en") + r")(?![\w-])")


def contest_results(s: Sentence) -> list[Relation]:
    """participatedIn: "Peter Kiprono won the men's full marathon …", "Mercy Chebet won the women's race"."""
    if s.lang != "en" or not s.mentions:
        return []
    own = after_dateline(s)  # "HÀ NỘI — Hà Nội FC won the … final": the dateline's place is no contestant
    out: list[Relation] = []
    # each clause may tell a result: "A won the men's race, while B took the women's title"
    openings = list(CLAUSE_OPENING_EN.finditer(s.text, own, s.end))
    for start, end in zip([own] + [m.end() for m in openings], [m.start() for m in openings] + [s.end]):
        out += _clause_result(s, start, end)
    return out


# before the contestant: an honorific, "the", or a demonym and a lower-case noun ("Kenyan runner", "local athlete")
_CONTESTANT_HEAD = re.compile(r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|[Tt]he\s+|(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?"
                              r"(?:[a-z][a-z-]+\s+)?(?:runner|athlete|cyclist|swimmer|player|boxer|shooter|archer|"
                              r"lifter|wrestler|skater|rower|golfer|driver|racer|contestant|competitor|student|pupil)\s+)?")


def _clause_result(s: Sentence, start: int, end: int) -> list[Relation]:
    """participatedIn of the contestant who opens the clause from ``start`` to ``end`` and the side it beat."""
    who = next((m for m in s.mentions if m.start >= start), None)
    if who is None or who.type not in ("Person", "Organization") or who.ref:
        return []
    head = untitled_head(s, who)[start - s.start:]  # (a dateline holds no title, so its length is kept)
    if not (_CONTESTANT_HEAD.fullmatch(head) or _TEAM_FROM.fullmatch(head)):
        return []
    m = _result_re().match(s.text, who.end, end)
    # "Thái Sơn Nam won the 2026 National Futsal Cup": the contest itself is what was won
    won = next((e for e in s.of_type("Event") if not e.nested and _WON.fullmatch(s.text, who.end, e.start)
                and _CONTEST_HEAD.search(e.text)), None) if m is None else None
    if m is None and won is None:
        return []
    ev = won or _contest_of(s, who.end)
    if ev is None:
        return []
    beaten = _BEATING.match(s.text, m.end() if m else ev.end, s.end)
    rival = next((x for x in s.mentions if beaten and x.start == beaten.end() and x.type == who.type), None)
    return [Relation(x.id, "participatedIn", ev.id, s.index) for x in (who, rival) if x is not None]


# "A team from X won …", "Students from X won …": the body the contestants come from took part
_TEAM_FROM = re.compile(r"\s*(?:[Aa]n?\s+|[Tt]he\s+)?(?:[\w-]+\s+){0,2}?(?:team|teams|squad|students|pupils)\s+from\s+(?:the\s+)?")
_WON = re.compile(r"\s+(?:won|wins|clinched|lifted|claimed)\s+(?:the\s+)?")
# the heads of a contest's name: what a side wins by winning it (not an award: "won the Golden Ball")
_CONTEST_HEAD = re.compile(r"(?<![\w-])(?:Cup|Championships?|Competition|Contest|Tournament|Olympiad|Games|League|Open|"
                           r"Marathon|Race)(?![\w-])")


# "… won the final on Saturday, beating Thép Xanh Nam Định 4-3 on penalties": the side beaten played too
_BEATING = re.compile(r"[^.;]{0,60}?,\s*(?:beating|defeating|edging(?:\s+out)?|after\s+beating|overcoming)\s+(?:the\s+)?")


_GAP = re.compile(r"(?:[\s,]*(?:and\s+)?(?:the\s+)?|\s+(?:in|of)\s+(?:[A-ZĐ][\w’'-]*\s*){1,4}[\s,]*(?:and\s+)?(?:the\s+)?)")


def teams_from_bodies(s: Sentence) -> list[Relation]:
    """participatedIn: "Also taking part were teams from Đà Nẵng University and FPT University"."""
    if s.lang != "en" or not re.search(cue_pattern("contest_verbs", "en"), s.text[s.start:s.end]):
        return []
    out: list[Relation] = []
    for m in re.finditer(r"(?i:" + cue_pattern("contestant_nouns", "en") + r")\s+from\s+(?:the\s+)?", s.text[:s.end]):
        if m.start() < s.start:
            continue
        at, bodies = m.end(), []
        for b in (x for x in s.mentions if x.start >= m.end()):
            if b.type == "Place" and b.start >= at:
                continue  # "in Thailand": the gap reader takes it
            if b.type != "Organization" or not _GAP.fullmatch(s.text, at, b.start):
                break
            bodies.append(b)
            at = b.end
        if not bodies:
            continue
        ev = _contest_of(s, m.start()) if m.start() > s.start else _contest_of(s, bodies[-1].end)
        if ev is not None:
            out += [Relation(b.id, "participatedIn", ev.id, s.index) for b in bodies]
    return out


_LED_TEAM = re.compile(r"(?<![\w])(?:[Tt]he\s+|[Aa]\s+|[Ii]ts\s+)?(?:[\w-]+\s+)?(?:team|squad|crew)\s*,?\s+"
                       r"(?:led|captained|headed)\s+by\s+(?:[a-z][\w-]*\s+){0,3}$")
# the last words of the names of contests (a team's leader takes part in a contest, not in a conference)
_CONTEST_NAME = re.compile(r"\b(?:cup|challenge|championships?|contest|competition|olympiad|hackathon|games|tournament|"
                           r"open|marathon|race|regatta|league)(?:\s+\d{4})?$", re.IGNORECASE)


def team_leaders(s: Sentence) -> list[Relation]:
    """participatedIn: "The winning team, led by fourth-year student Lê Hoàng Phúc, received …" — the leader
    of a team in a report of a contest took part in it."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if p.ref or not _LED_TEAM.search(s.text, max(s.start, p.start - 80), p.start):
            continue
        ev = _contest_of(s, p.end)
        if ev is not None and _CONTEST_NAME.search(ev.name or ev.text):
            out.append(Relation(p.id, "participatedIn", ev.id, s.index))
    return out

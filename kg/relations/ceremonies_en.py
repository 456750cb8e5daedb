"""English: the facts of a ceremony named after the act it performs or the event it opened.

- ``opening_ceremony_date``: see below;
- ``ceremony_object_places``: "a groundbreaking ceremony for the second passenger terminal of Long Thành
  International Airport in Đồng Nai Province": a ceremony for a works is held where the works is;
- ``act_ceremony_date``: a ceremony of a kind whose act a sentence before tells ("X on Wednesday
  inaugurated its institute at Y … . … attended the inauguration ceremony") takes that day, the body that
  performed the act as its host, and the places the act was done at.


"The Hue Festival 2026 opened on Saturday evening at the Ngo Mon Gate. The opening ceremony was
attended by …": the ceremony that opens an event is held the day the event opened. A sentence that
names an opening ceremony and no day of its own takes the date of the latest event of the sentence
before that "opened" (the event's own verb, right after its name and an optional day), or that someone
"opened".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.places import elsewhere_at
from kg.relations.base import Relation, latest_act
from kg.relations.cues import cue_table
from kg.relations.dates import published_day, relative_day

if TYPE_CHECKING:
    from kg.relations.base import Sentence

_BARE_CEREMONY = re.compile(r"(?:the\s+)?ceremony", re.IGNORECASE)
LOOKBACK = 1  # the sentence right before: the guideline's adjacent sentences about the same thing
_CEREMONY = re.compile(r"\bopening\s+ceremony$", re.IGNORECASE)
# "X opened", "X officially opened on Saturday", "X was opened", "X on Friday opened" (the event is the subject)
_OPENED = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:(?:was|were|has\s+been|officially)\s+)*"
                     r"(?:(?:on|this|last)\s+\w+(?:\s+(?:morning|afternoon|evening))?\s+)?(?:officially\s+)?opened\b")

# "Prime Minister X on Wednesday opened the 35th Vietnam International Trade Fair": the event opened
_OPENED_IT = re.compile(r"\b(?:officially\s+)?opened\s+(?:the\s+|a\s+)?$")


def opening_ceremony_date(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """date: the opening ceremony of an event the sentences before say opened on a day."""
    if s.lang != "en" or any(d[2] for d in s.dates):
        return []
    ceremonies = [m for m in s.of_type("Event") if _CEREMONY.search(m.text)]
    dated = {r.subject for r in rels if r.predicate == "date"}
    ceremonies = [c for c in ceremonies if c.id not in dated]
    if not ceremonies:
        return []
    opened = sorted((m for m in s.ex.mentions if m.type == "Event" and not m.nested
                     and s.index - LOOKBACK <= m.sentence < s.index and not _CEREMONY.search(m.text)
                     and (_OPENED.match(s.text, m.end) or _OPENED_IT.search(s.text, max(0, m.start - 30), m.start))),
                    key=lambda m: (m.sentence, m.start))
    for ev in reversed(opened):
        day = next((r.obj for r in rels if r.predicate == "date" and r.subject == ev.id and r.sentence == ev.sentence), None)
        if isinstance(day, str):
            return [Relation(c.id, "date", day, s.index) for c in ceremonies]
    return []


ACT_LOOKBACK = 2
# between the body and its act: an apposition, a day ("VinFast, the electric vehicle arm of Vingroup, on Sunday")
_SUBJECT_GAP = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s*,[^,;.]{1,80},)?(?:\s+(?:on|this|last)\s+[A-Z][a-z]+"
                          r"(?:\s+(?:morning|afternoon|evening))?)?\s+(?:(?:officially|has|have|also)\s+)*")


def after_dateline_at(text: str, a: int, b: int) -> int:
    """Where a sentence's own words begin, past a dateline ("HÀ NỘI — ", "CẦN THƠ, Dec 5 (VNA) – ")."""
    m = re.match(r"[A-ZĐ][^\n—–]{0,60}?\s[—–-]\s", text[a:b])
    return a + m.end() if m and text[a:a + m.end()].split("—")[0].split("–")[0].strip().isupper() else a


def act_ceremony_date(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """date, organized, locatedIn: "Cần Thơ University on Wednesday inaugurated its institute … . …
    attended the inauguration ceremony" — a ceremony of a kind (``ceremony_acts``) that names no day takes
    the one day of the latest sentence of the two before that tells its act ("inaugurated", "broke ground",
    "launched", "signed"); the body that opens that sentence and performs the act hosts it, and the
    places written "at / in" after the act are where it was held."""
    if s.lang != "en" or any(d[2] for d in s.dates):
        return []
    dated = {r.subject for r in rels if r.predicate == "date"}
    hosted = {r.obj for r in rels if r.predicate == "organized"}
    placed = {r.subject for r in rels if r.predicate == "locatedIn"}
    out: list[Relation] = []
    acts = cue_table("ceremony_acts", "en")
    for c in s.of_type("Event"):
        kind = re.search(r"\b(\w+)\s+ceremony$", c.text)
        name = kind.group(1).casefold() if kind else ("" if _BARE_CEREMONY.fullmatch(c.text) else None)
        # (a bare "the ceremony" is the ceremony of whichever host's act was told: "X inaugurated …")
        verbs = acts.get(name) if name else "|".join(v for k, v in acts.items() if k != "signing") if name == "" else None
        if not verbs or c.id in dated and name:
            continue
        act = re.compile(r"\b(?:" + verbs + r")\b")
        found = latest_act(s, act, ACT_LOOKBACK)
        if found is None:
            continue
        j, verb = found
        a, b = s.ex.sentences[j]
        days = {d[2] for d in s.article_dates if a <= d[0] < b and d[2]}
        pub = published_day(s.ex.article.published)
        hit = relative_day(s.text[a:b], s.lang, pub) if pub is not None else None
        if hit is not None:  # "on Wednesday": the weekday, resolved against the published day
            days.add(hit[1])
        if len(days) != 1 or any(m.type == "Event" and not m.nested and m.sentence == j
                                 and verb.end() <= m.start <= verb.end() + 30 for m in s.ex.mentions):
            continue  # (an act that names its own event right after the verb dates that one)
        if c.id not in dated:
            out.append(Relation(c.id, "date", days.pop(), s.index))
        lead = after_dateline_at(s.text, a, b)
        ms = sorted((m for m in s.ex.mentions if m.sentence == j and not m.nested and m.start >= lead),
                    key=lambda m: m.start)
        # (the parties that sign at a signing ceremony take part in it: they do not host it)
        if c.id not in hosted and name != "signing" and ms and ms[0].type == "Organization" \
                and _SUBJECT_GAP.fullmatch(
                s.text, ms[0].end, verb.start()) and s.text[lead:ms[0].start].strip().lower() in ("", "the"):
            out.append(Relation(ms[0].id, "organized", c.id, s.index))
        if c.id not in placed:
            out += [Relation(c.id, "locatedIn", m.id, s.index) for m in ms if m.type == "Place" and m.start > verb.end()
                    and re.search(r"\b(?:at|in)\s+(?:the\s+)?$", s.text[max(a, m.start - 8):m.start])
                    and not elsewhere_at(s.text, a, m.start)]  # ("for its new plants in X": the plants' place)
    return out


# "… ceremony for the second passenger terminal of | at …": the works, in lower case, then its site
_FOR_WORKS = re.compile(r"\s+for\s+(?:the|a|an|its)\s+(?:[a-z0-9][\w-]*\s+){1,5}(?:of|at)\s+(?:the\s+)?$")
_SITE_KINDS = re.compile(r"\b(?:groundbreaking|inauguration|launch|completion|commissioning|opening)\s+ceremony$")


def ceremony_object_places(s: "Sentence") -> list[Relation]:
    """locatedIn: the site of the works a ceremony is for, and the place it is in ("… of X in Y")."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    places = sorted(s.of_type("Place"), key=lambda m: m.start)
    for c in s.of_type("Event"):
        if not _SITE_KINDS.search(c.text):
            continue
        site = next((p for p in places if p.start > c.end and _FOR_WORKS.fullmatch(s.text, c.end, p.start)), None)
        if site is None:
            continue
        out.append(Relation(c.id, "locatedIn", site.id, s.index))
        nxt = next((p for p in places if p.start > site.end and re.fullmatch(r"\s+in\s+(?:the\s+)?", s.text[site.end:p.start])), None)
        if nxt is not None:
            out.append(Relation(c.id, "locatedIn", nxt.id, s.index))
    return out

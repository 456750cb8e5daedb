"""Vietnamese: a bare ceremony named after the act a sentence before it tells.

"Sáng 10/12, UBND tỉnh X và Tập đoàn Y ký kết thỏa thuận hợp tác … . Tham dự lễ ký kết có …": the
signing ceremony the article names only by its kind ("lễ ký kết") took place the day the signing is
dated, where the signing was done ("tại Hà Nội"), and the parties that signed took part in it. A host's act is
told the same way ("Sáng 20/11, Công ty X khánh thành nhà máy … tại …. Dự lễ khánh thành có …"): the body that did it
organised the ceremony. The ceremonies and their acts are data: ``ceremony_acts`` (``vi``) and ``ceremony_hosts`` in
``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.relations.base import Relation, latest_act
from kg.relations.cues import cue_table, cue_words
from kg.textutil import compiled

if TYPE_CHECKING:
    from kg.relations.base import Sentence

LOOKBACK = 4  # the act is told in the lead; the ceremony may be named a paragraph later


def act_ceremony_facts(s: "Sentence", rels: list[Relation]) -> list[Relation]:
    """date, participatedIn, locatedIn of a bare ceremony ("lễ ký kết") from the latest sentence before it that
    tells its act with one day: the parties before the verb took part, the places after "tại" hold it."""
    if s.lang != "vi":
        return []
    acts = cue_table("ceremony_acts", "vi")
    dated = {r.subject for r in rels if r.predicate == "date"}
    out: list[Relation] = []
    for c in s.of_type("Event"):
        kind = re.fullmatch(r"(?:[Ll]ễ|buổi lễ)\s+(.+)", c.text)
        verbs = acts.get(kind.group(1).casefold()) if kind else None
        if not verbs or c.id in dated or any(r.subject == c.id and r.predicate == "date" for r in out):
            continue
        act = compiled(r"(?<![\w])(?<!lễ )(?<!Lễ )(?:" + verbs + r")(?![\w])")
        found = latest_act(s, act, LOOKBACK)
        if found is None:
            continue
        j, verb = found
        a, b = s.ex.sentences[j]
        days = {d[2] for d in s.article_dates if a <= d[0] < b and d[2]}
        if len(days) != 1 or any(m.type == "Event" and m.sentence == j and not m.nested for m in s.ex.mentions):
            continue  # (a sentence that names its own event dates that one)
        out.append(Relation(c.id, "date", days.pop(), s.index))
        ms = [m for m in s.ex.mentions if m.sentence == j and not m.nested]
        hosted = kind.group(1).casefold() in cue_words("ceremony_hosts", "vi")  # (the body organised it)
        out += [Relation(m.id, "organized" if hosted and m.type == "Organization" else "participatedIn", c.id, s.index)
                for m in ms if m.type in ("Organization", "Person") and m.end <= verb.start() and not m.ref]
        out += [Relation(c.id, "locatedIn", m.id, s.index) for m in ms if m.type == "Place"
                and re.search(r"(?<![\w])tại\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$", s.text[max(a, m.start - 16):m.start])]
    return out

"""The parties of a trial: "xét xử bị cáo Trần Văn Hưng", "Theo cáo trạng, bị cáo X …", "Luật sư Y … bào chữa cho
bị cáo Z" (Vietnamese). A defendant, and a lawyer who defends one, took part in the trial the article names (the
one hearing: "phiên tòa sơ thẩm", "phiên xét xử phúc thẩm"). The words are data in
``kg/data/relations/cues.json`` (``trial_party_words``, ``defence_verbs``, ``trial_event_words``).
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.textutil import compiled


def _the_trial(s: Sentence) -> Mention | None:
    """The first trial the article names at or before the sentence (an event whose name holds a hearing word)."""
    words = compiled(r"(?<![\w])(?:" + cue_pattern("trial_event_words", "vi") + r")(?![\w])", re.IGNORECASE)
    trials = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and words.search(m.text)
              and m.sentence <= s.index]  # (a trial named only later is the happenings' to key: kg.relations.happenings)
    return min(trials, key=lambda m: (m.sentence, m.start)) if trials else None


def defendants_at_trial(s: Sentence) -> list[Relation]:
    """participatedIn: the defendants of a sentence (with the names listed after one), and a lawyer who defends one,
    in the article's trial."""
    if s.lang != "vi":
        return []
    people = s.of_type("Person")
    if not people:
        return []
    party = compiled(r"(?<![\w])(?:" + cue_pattern("trial_party_words", "vi") + r")\s+$", re.IGNORECASE)
    # the verb, not the role noun of one who speaks after the trial ("Luật sư X, người bào chữa cho bị cáo Y, cho
    # biết thân chủ sẽ kháng cáo")
    defends = compiled(r"(?<![\w])(?<!người )(?:" + cue_pattern("defence_verbs", "vi") + r")(?![\w])", re.IGNORECASE)
    who = [p for p in people if party.search(s.text, max(s.start, p.start - 12), p.start)]
    # "Luật sư X, Đoàn Luật sư …, bào chữa cho bị cáo Y": the defence counsel
    who += [p for p in people if p not in who and re.search(r"(?<![\w])[Ll]uật sư\s+$", s.text[max(s.start, p.start - 9):p.start])
            and defends.search(s.text, p.end, s.end)]
    for p in sorted(people, key=lambda m: m.start):  # "Các bị cáo A, B và C": the names listed with a defendant
        if p not in who and any(q.end <= p.start and re.fullmatch(r"\s*(?:,|và)\s*", s.text[q.end:p.start]) for q in who):
            who.append(p)
    if not who:
        return []
    trial = _the_trial(s)
    if trial is None:
        return []
    return [Relation(p.id, "participatedIn", trial.id, s.index) for p in who]

"""Places named as teams where :func:`kg.nlp.recognizers.context.team_candidates` does not look:
the team before its result ("Thanh Hóa giành chiến thắng 2-0 …", "Nhật Bản thắng Úc 3-1") and
the side beaten or met after a score ("… chiến thắng 2-0 trước Quảng Nam").

VLSP tags a country, province or city that stands for its team as ORG. Only places the
gazetteer knows are relabelled, and only in a sentence about a match (a score or a sport
word), so "Việt Nam thắng kiện" or "Mỹ vượt qua Trung Quốc về xuất khẩu" stay places.
The cue words are data: ``kg/data/patterns/teams_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.context import about_a_match
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation


@lru_cache(maxsize=1)
def _match_re() -> re.Pattern[str]:
    data = pattern_data("teams_vi.json")
    return re.compile(r"(?<![\w])(?:" + "|".join(data["match_res"]) + r")(?![\w])")


def _about_match(text: str, at: int) -> bool:
    """The sentence around ``at`` is about a match: a score, a sport word, or one of ``match_res``."""
    if about_a_match(text, at):
        return True
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(".", at), text.find("\n", at)) if e >= 0]
    return _match_re().search(text, start, min(ends) if ends else len(text)) is not None


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(verb right after a team, cue right before the other side, cue right before the side a
    player helps) as anchored regexes."""
    data = pattern_data("teams_vi.json")
    score = data["score_re"]
    after = re.compile(r"\s+(?:" + escaped_alternation(data["subject_verbs"]) + r")(?![\w])")
    # "thắng 2-0 trước |", "thất bại 1-3 trước |", "gặp |": the cue ends where the team starts
    before = re.compile(r"(?<![\w])(?:(?:" + score + r")\s+)?(?:" + escaped_alternation(data["object_cues"]) + r")"
                        r"(?:\s+(?:" + score + r"))?\s+$")
    helped = re.compile(r"(?<![\w])(?:" + escaped_alternation(data.get("beneficiary_cues", [])) + r"|(?:ấn định|nâng) tỷ số "
                        + score + r" cho)\s+$")  # "… ấn định tỷ số 2-1 cho Bình Dương"
    return after, before, helped


def team_subject_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Known places that are a side of a match result: ORG candidates over them."""
    after, before, helped = _patterns()
    out: list[Candidate] = []
    for c in cands:  # "Thành phố Hồ Chí Minh FC", "Bình Định FC": a known place and "FC" is its club
        if c.label == "LOC" and c.source == "gazetteer" and not c.ref \
                and (m := re.match(r"[ ](?:FC|F\.C\.)(?![\w])", text[c.end:c.end + 6])):
            out.append(Candidate(c.start, c.end + m.end(), "ORG", PRIORITY["team-cue"], "team-cue", gid=c.gid))
    for c in cands:
        if c.label != "LOC" or c.ref or c.source != "gazetteer":
            continue
        if any(o.label in ("LOC", "ORG") and o.start <= c.start and c.end <= o.end and o.length > c.length
               for o in cands):
            continue  # "Cộng hòa Séc thắng …": the team is the whole name, not "Séc"
        subject = after.match(text, c.end) is not None
        # a cue before the place counts after a score ("thắng 2-0 trước |") or a result noun in
        # the same clause; the plain cues are handled by team_candidates
        window = text[max(0, c.start - 40):c.start]
        clause = re.split(r"[,;.:!?\n]", window)[-1]
        obj = before.search(clause) is not None and re.search(r"\d\s?[-–]\s?\d|thắng|thua|thất bại|hòa|hoà",
                                                              clause) is not None
        obj = obj or helped.search(clause) is not None  # "ghi bàn, giúp Nam Định vươn lên"
        if (subject or obj) and _about_match(text, c.start):
            out.append(Candidate(c.start, c.end, "ORG", PRIORITY["team-cue"], "team-cue", gid=c.gid))
    return out

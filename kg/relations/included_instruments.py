"""implements of an instrument named as one of a counted set that carries out another (Vietnamese).

"Bộ đã trình Chính phủ ban hành 14 nghị định hướng dẫn thi hành Luật X, trong đó có Nghị định số 88/…":
the set ("14 nghị định", "các quyết định", "nhiều văn bản") is named by its kind with an implementing verb and
the instrument it carries out right after; each instrument listed after "trong đó có" / "gồm" is one of the
set, so it carries out that instrument too.

Also issued and date of the members of a set the sentence before says a body passed (both languages,
:func:`counted_issued`): "HĐND tỉnh thông qua 25 nghị quyết. Trong đó có Nghị quyết về …".
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.dates import published_day, relative_day
from kg.relations.policies import policy_ref_at

# the counted set and its verb: "14 nghị định hướng dẫn thi hành", "các thông tư quy định chi tiết"
_SET = re.compile(r"(?<![\w])(?:\d+|các|nhiều|những|hàng loạt)\s+(?:nghị định|thông tư|quyết định|nghị quyết|"
                  r"kế hoạch|văn bản(?:\s+quy phạm pháp luật)?)\s+(?:để\s+|nhằm\s+)?"
                  r"(?:hướng dẫn thi hành|quy định chi tiết(?:\s+thi hành)?|hướng dẫn|cụ thể hóa|cụ thể hoá|"
                  r"triển khai|thực hiện)\s+(?:(?:một số điều (?:của|tại)|các điều (?:của|tại))\s+)?", re.IGNORECASE)
# "…, trong đó có A (và B)", "…, gồm A, B": the members of the set
_MEMBERS = re.compile(r"[^.;:]{0,120}?,\s*(?:trong đó có|trong đó|gồm|bao gồm)\s+(?:các\s+)?$")


def counted_set_members(s: Sentence) -> list[Relation]:
    """implements: each instrument of "N <kind> <verb> T, trong đó có A và B" carries out T."""
    if s.lang != "vi":
        return []
    policies = sorted(s.of_type("Policy"), key=lambda m: m.start)
    out: list[Relation] = []
    for m in _SET.finditer(s.text, s.start, s.end):
        target = next((p for p in policies if p.start == m.end()), None)
        end = target.end if target is not None else None
        if target is None:  # the instrument named again by its kind: "… hướng dẫn thi hành Luật, trong đó có …"
            target = policy_ref_at(s, m.end())
            ref = re.match(r"\s*\w+(?:\s+(?:này|nói trên|trên)(?![\w]))?", s.text[m.end():s.end]) if target else None
            end = m.end() + ref.end() if ref else None
        if target is None or end is None:
            continue
        members = _members_after(s, policies, end)
        out += [Relation(p.id, "implements", target.id, s.index) for p in members if p.id != target.id]
    return out


def _members_after(s: Sentence, policies: list[Mention], end: int) -> list[Mention]:
    later = [p for p in policies if p.start >= end]
    if not later or not _MEMBERS.fullmatch(s.text, end, later[0].start):
        return []
    out = [later[0]]
    for p in later[1:]:
        gap = s.text[out[-1].end:p.start]
        if not re.fullmatch(r"\s*(?:,\s*(?:và\s+)?|và\s+)|\s+(?:về|của)\s+[^,;:.()]{1,80}?(?:,\s*(?:và\s+)?|\s+và\s+)", gap):
            break
        out.append(p)
    return out


# a count or a plural word before a set's kind: "25 nghị quyết", "các văn bản", "fifteen laws", "a raft of decrees"
_COUNTS = {"vi": r"(?:(?:tổng cộng|gần|hơn|trên|khoảng)\s+)?(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|nhiều|"
                 r"một loạt|hàng loạt|hàng chục)",
           "en": r"(?:(?:a total of|more than|nearly|about|some|over)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|"
                 r"ten|eleven|twelve|\w+teen|twenty|thirty|several|many|a number of|a series of|a raft of|a package of)"}


@lru_cache(maxsize=2)
def _counted_set(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The issuing verb and a counted set of instruments ("thông qua 25 nghị quyết", "passed 15 laws"), and the
    opening that names members of it ("Trong đó có", "Among them is"), made once per language."""
    verb = cue_pattern("issue_verbs", lang)
    counted = re.compile(r"(?:" + verb + r")\s+" + _COUNTS[lang] + r"\s+(?:[\w-]+\s+){0,2}?(?:"
                         + cue_pattern("counted_kinds", lang) + r")(?![\w])", re.IGNORECASE)
    opening = re.compile(r"\s*(?:" + cue_pattern("counted_list_openings", lang) + r")\s*(?:[,:]\s*)?(?:(?:các|the|a|an)\s+)?",
                         re.IGNORECASE)
    return counted, opening


# between two members: a comma or "and", or the first one's subject then one ("Resolution 12 on support for teachers and")
_NEXT_MEMBER = re.compile(r"\s*(?:,|;)?\s*(?:(?:và|and)\s+)?(?:(?:các|the|a|an)\s+)?|\s+(?:về|của|on|of)\s+[^,;:.()]{1,80}?"
                          r"(?:,\s*(?:và\s+|and\s+)?|\s+(?:và|and)\s+)(?:(?:các|the|a|an)\s+)?")
_IN_EFFECT = re.compile(r"(?:hiệu lực|effect|từ ngày|from|until|đến ngày|by)\s+(?:(?:kể\s+)?từ\s+)?(?:ngày\s+|on\s+)?$", re.IGNORECASE)


def counted_issued(s: Sentence) -> list[Relation]:
    """issued (and date) of the instruments a sentence lists right after an opening that names members of the set
    the sentence before says a body passed: "HĐND tỉnh Nghệ An thông qua 25 nghị quyết. Trong đó có Nghị quyết về
    …", "The National Assembly on Friday passed 15 laws. Among them is the Law on …": the body issued each, on the
    day that sentence gives."""
    if s.index == 0:
        return []
    counted, opening = _counted_set(s.lang)
    head = opening.match(s.text, s.start, s.end)
    policies = sorted((p for p in s.of_type("Policy") if not p.nested), key=lambda m: m.start)
    if head is None or not policies or policies[0].start != head.end():
        return []
    a, b = s.ex.sentences[s.index - 1]
    found = counted.search(s.text, a, b)
    if found is None:
        return []
    bodies = [m for m in s.ex.mentions if m.sentence == s.index - 1 and m.type == "Organization" and not m.nested
              and m.end <= found.start() and not re.search(r"[;:]", s.text[m.end:found.start()])]
    if not bodies:
        return []  # "Kỳ họp thông qua 25 nghị quyết": no body named as the one that passed them
    members = [policies[0]]
    for p in policies[1:]:  # "Nghị quyết A và Nghị quyết B", "the Law on X, the Law on Y and …"
        if not _NEXT_MEMBER.fullmatch(s.text, members[-1].end, p.start):
            break
        members.append(p)
    issuer = bodies[-1]
    # the day the set was passed: written in that sentence (not one it takes effect), else a weekday ("on Friday")
    days = {d[2] for d in s.article_dates if a <= d[0] < b and d[2] and not _IN_EFFECT.search(s.text, max(a, d[0] - 30), d[0])}
    pub = published_day(s.ex.article.published)
    if not days and pub is not None and (day := relative_day(s.text[a:found.start()], s.lang, pub)) is not None:
        days = {day[1]}
    out = [Relation(issuer.id, "issued", p.id, s.index) for p in members]
    if len(days) == 1:
        out += [Relation(p.id, "date", next(iter(days)), s.index) for p in members]
    return out

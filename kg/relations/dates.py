"""date from words relative to the article's publication date.

"sáng nay", "hôm qua", "this morning", "yesterday" and weekdays ("thứ Hai vừa qua",
"on Friday") date the event of their sentence (or the policy a sentence issues) when
the sentence writes no date of its own. A weekday is the latest such day on or before
the publication date (ANNOTATION.md); without a full publication date nothing is dated.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from kg.nlp.patterns import LAST_WEEKDAY
from kg.relations.cues import cue_pattern, cue_table, cue_words
from kg.relations.date_filters import (DAY_THEN_THAT, basis_between, clause_of_another, day_of_another_noun,
                                       entry_into_force, not_continued, not_parts, visited)
from kg.relations.base import SAY_VI, Mention, Relation, Sentence, nearest, time_framed
from kg.relations.scheduled_en import scheduled_event, span_end
from kg.relations.same_day_en import SAME_DAY_INSIDE_EN, same_day_event
from kg.textutil import compiled
from kg.alternations import whole_words


def published_day(published: str | None) -> date | None:
    """The publication date, if the article gives a full one ("2025-06-30")."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def relative_day(text: str, lang: str, published: date) -> tuple[int, str] | None:
    """The first relative day word of ``text``: (its offset, the ISO date it means)."""
    if _any_day_word(lang).search(text) is None:
        return None  # (most sentences: none of the words below, so none of their searches can match)
    found: list[tuple[int, str]] = []
    for pattern, delta in _word_patterns("relative_days", lang):
        for m in pattern.finditer(text):
            found.append((m.start(), (published + timedelta(days=delta)).isoformat()))
    for pattern, wd in _word_patterns("weekdays", lang):
        for m in pattern.finditer(text):
            lead = re.search(r"(vào|hôm|ngày|sáng|chiều|tối|trưa)\s+$", text[max(0, m.start() - 6):m.start()], re.IGNORECASE)
            if lang == "vi" and not (m.group().split()[-1][0].isupper() or lead):
                continue  # "lần thứ hai" is "the second time", not Monday
            if lang == "vi" and re.match(r"\s+(tuần|tháng)\s+(sau|tới)", text[m.end():]):
                continue  # a weekday to come is no date of what happened
            if DEADLINE.search(text[max(0, m.start() - 30):m.start()]) or re.search(
                    r"(?<![\w])next\s+$", text[max(0, m.start() - 6):m.start()], re.IGNORECASE):
                continue  # "will close on Thursday", "by Friday", "next Monday": a day to come
            delta = (published.weekday() - wd) % 7 \
                or 7 * bool(LAST_WEEKDAY.search(text, max(0, m.start() - 6), m.start()))  # "last Friday" on a Friday
            found.append((m.start(), (published - timedelta(days=delta)).isoformat()))
    return min(found) if found else None


@lru_cache(maxsize=8)
def _word_patterns(kind: str, lang: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    """Each word of the cue table ``kind`` (``relative_days``, ``weekdays``) as a whole-word pattern, with
    its number, in the table's order: made once per language."""
    return tuple((compiled(rf"(?<![\w]){re.escape(word)}(?![\w])", re.IGNORECASE), value)
                 for word, value in cue_table(kind, lang).items())


@lru_cache(maxsize=4)
def _any_day_word(lang: str) -> re.Pattern[str]:
    """One search for every relative-day and weekday word :func:`relative_day` looks for, each as
    it looks for it: wherever one of its searches matches, this one matches too."""
    words = list(cue_table("relative_days", lang)) + list(cue_table("weekdays", lang))
    return whole_words(tuple(words), re.IGNORECASE) if words else re.compile(r"(?!)")  # (grouped: kg.alternations)


# "HÀ NỘI, Dec 17 (VNS) — ": a dateline (place, day, agency, dash) opening the article's first sentence
_DATELINE = re.compile(r"[^\W\d][^\n,—–]{0,40},\s+[^\n—–()]{3,25}?\s*(?:\([^()\n]{1,20}\)\s*)?[—–]\s*")
_AGENCY_END = re.compile(r"\([A-Z]{2,6}\)\s*[—–]\s*$")  # a news agency's short name closing a dateline: "(VNA) – "


def dateline_end(s: "Sentence") -> int:
    """The offset just after the dateline ``s`` opens with ("HÀ NỘI, Dec 17 (VNS) — ", "Hanoi, December 2 (VNA) – "),
    else ``s.start``."""
    m = _DATELINE.match(s.text, s.start, s.end)
    return m.end() if m and (m.group().split(",")[0].isupper() or _AGENCY_END.search(m.group())) else s.start


def _own_dates(s: "Sentence") -> list:
    """The sentence's written dates but the dateline's: the day of the report, not of what happened
    once the sentence names its own day ("HÀ NỘI, Dec 17 — The bank on Tuesday held a meeting")."""
    head = dateline_end(s)
    return [d for d in s.dates if d[0] >= head]


# coming somewhere for an event: the day of the journey is not the event's
_CAME_FOR = re.compile(r"(?<![\w])(?:arrived|arrives|came|travelled|traveled|flew|landed|left|departed)\b[^.;]{0,100}?"
                       r"\bfor\s+(?:the\s+|an?\s+)?$")


# between a happening and the larger event it was part of: "a seminar at the expo", "a dialogue on the
# sidelines of the summit", "A seminar on green aquaculture was also held at the exhibition"
_HELD_WITHIN = re.compile(r"(?:\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:held|organi[sz]ed|hosted|staged))?"
                          r"\s+(?:at|during|on\s+the\s+sidelines\s+of|as\s+part\s+of)\s+(?:the\s+|this\s+year['’]s\s+)?")


# the last day of an event told in the present or future ("closes on Tuesday", "will run until Sunday")
_ENDS_ON = re.compile(r"(?<![\w])(?:closes|ends|runs|lasts|continues|will\s+(?:close|end|run|last|continue))"
                      r"(?:(?:\s+[\w-]+){0,6}?\s+(?:on|until|till|through))?\s+(?:next\s+)?$")  # (or "ends Friday")


# a reported clause opened before a date: "… told a press conference on Thursday that officers arrested … on November 28"
_REPORTED_CLAUSE = re.compile(r"(?<![\w])(?:told|said|announced|reported)\b[^.;]{0,80}?\bthat\b")


def relative_dates(s: "Sentence") -> list["Relation"]:
    """date: the sentence's event (or issued policy) on the day a relative word names."""

    if any(d[2] and not _rule_applies(s, d) and not (s.lang == "en" and _REPORTED_CLAUSE.search(s.text, s.start, d[0]))
           for d in _own_dates(s)):
        return []  # the sentence writes its own date (not one inside what was said: "told … on Thursday that …")
    pub = published_day(s.ex.article.published)
    if pub is None:
        return []
    hit = relative_day(s.text[s.start:s.end], s.lang, pub)
    if hit is None:
        return []
    pos, iso = s.start + hit[0], hit[1]
    if s.lang == "en" and _ENDS_ON.search(s.text, max(s.start, pos - 60), pos):
        return []  # "The festival closes on Tuesday": the day it ends, not the day it is dated by
    events = s.of_type("Event")
    if s.lang == "en" and DAY_THEN_THAT.match(s.text, pos):
        # "… told a press conference on Wednesday that the meeting of … would …": the day is the telling's,
        # so it dates the event told at, never one named in what was told
        events = [e for e in events if e.end <= pos]
        if not events:
            return []
    if _unnamed_happening(s):
        return []  # "X held a press conference … on Wednesday": the day is the press conference's
    passed = _passed_that_day(s, pos)
    if passed is not None:
        # "… on Tuesday passed a resolution … at its 28th session": the sitting it was passed at, that day too
        at = [e for e in events if e.start > passed.end
              and re.search(r"(?<![\w])at\s+(?:its|the|their|a)\s+$", s.text[max(s.start, e.start - 20):e.start])]
        return [Relation(p.id, "date", iso, s.index) for p in _listed_on(s, [passed])] \
            + [Relation(e.id, "date", iso, s.index) for e in at[:1]]
    if events and all(visited(s, e) for e in events):
        return []  # "The chairman visited the fair on Saturday": the day of the visit, not the fair's
    events = [e for e in events if not visited(s, e)]  # ("… on Thursday, the first day of his state visit to …")
    if events:
        ev = nearest(current_events(s, events), Mention(-1, pos, pos, "", "", s.index))
        if s.lang == "en" and pos < ev.start and _CAME_FOR.search(s.text, max(s.start, ev.start - 120), ev.start):
            return []  # "… arrived in Bắc Ninh on Wednesday for the … Conference": the day they came, not the event's
        if s.lang == "en" and ev.end <= pos and _SAID_ON.search(s.text, s.start, pos) \
                and re.search(r"(?<![\w])will\s", s.text[s.start:ev.start]):
            return []  # "X will submit it to the Assembly at its session in May, the minister said on Tuesday"
        if s.lang == "en":
            # "VICOFA held a seminar at the expo on Friday": the day is the seminar's, held within the expo
            within = [e for e in events if e.end <= ev.start and _HELD_WITHIN.fullmatch(s.text, e.end, ev.start)]
            ev = within[-1] if within and ev.end <= pos else ev
        # "… on Saturday held its third plenary meeting in Hạ Long ward, adopting a resolution on …": adopted that day
        adopted = [p for p in s.of_type("Policy") if s.lang == "en" and p.start > ev.end
                   and _ADOPTING_EN.search(s.text, max(ev.end, p.start - 30), p.start)]
        # "On Wednesday, A and B signed a memorandum of understanding on X at a ceremony in Hà Nội": signed that day
        signed = [p for p in s.of_type("Policy") if s.lang == "en" and p.end <= ev.start
                  and _SIGNED_THEN_AT.fullmatch(s.text, p.end, ev.start)
                  and re.search(r"(?<![\w])(?:signed|inked)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$",  # ("a five-year …")
                                s.text[max(s.start, p.start - 40):p.start])]
        return [Relation(ev.id, "date", iso, s.index)] + [Relation(p.id, "date", iso, s.index) for p in adopted[:1] + signed[:1]]
    policies = s.of_type("Policy")
    if s.lang == "en" and _SAID_ON.search(s.text, s.start, pos):
        return []  # "… has issued Circular 32 …, the ministry said in a press release on Tuesday": the saying's day
    if policies and ADOPT_CUE.search(s.text, s.start, s.end):
        verb = ADOPT_CUE.search(s.text, s.start, s.end)
        # "Plan 112, which the committee issued on Monday to implement Directive 19", "Decision 12, handed down on …": the plan's day
        relative = [p for p in policies if p.end <= verb.start() and re.fullmatch(
            r"[/\w.-]*\s*,\s*(?:(?:which|that)\s+(?:the\s+)?[^,.;:]{1,80}?\s+)?", s.text[p.end:verb.start()])]
        # "Circular 86, which guides the Law on Tax Administration, was issued … on Monday": the subject before the
        # clause, not the law the clause names
        relative = relative or [p for p in policies if p.end <= verb.start() and s.lang == "en" and re.fullmatch(
            r"[/\w.-]*\s*,\s*(?:which|that)\s+[^.;:]{1,120}?,\s*(?:was|were|has\s+been|had\s+been)\s+",
            s.text[p.end:verb.start()])][:1]
        # ("approved a plan to implement Directive 20": the directive is what the unnamed plan carries out)
        implement = compiled(cue_pattern("implement_verbs", s.lang))
        adopted = [p for p in policies if p.start >= verb.end() and not implement.search(s.text, verb.end(), p.start)
                   and not (s.lang == "en" and (basis_between(s.text, verb.end(), p.start) or re.search(
                       _GOVERNED_EN, s.text[verb.end():p.start], flags=re.IGNORECASE)))]  # ("…, guides the Law on X")
        after = relative[-1:] or adopted or [  # "Directive 12, signed … on Saturday"
            p for p in policies if p.end <= verb.start() and re.fullmatch(
                r"[/\w.-]*(?:\s+on\s+[^,.;()]{1,80}?)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|has been|được|đã được)\s+)?",
                s.text[p.end:verb.start()])]
        listed = _listed_on(s, after[:1]) if s.lang == "en" else after[:1]
        return [Relation(p.id, "date", iso, s.index) for p in listed]
    return []


def _listed_on(s: "Sentence", first: list[Mention]) -> list[Mention]:
    """``first`` with the instruments listed right after it: "the signing of a memorandum on … and a framework
    agreement on …", "signed a memorandum of understanding on X and an agreement on Y" (English)."""
    listed = list(first)
    for p in [p for p in s.of_type("Policy") if listed and p.start >= listed[-1].end]:
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:(?:a|an|the)\s+)?", s.text[listed[-1].end:p.start]):
            break
        listed.append(p)
    return listed


_ADOPTING_EN = re.compile(r",\s+(?:adopting|approving|passing|issuing|signing)\s+(?:(?:a|an|the)\s+)?"
                          r"(?:(?:new|amended|revised|draft)\s+)?$")


# "… told the forum that …": the event is where the words were said, and the clause after "that" is what was
_TOLD_THAT = re.compile(r"(?<![\w])(?:told|addressed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a weekday right after a verb of saying ("said in a press release on Tuesday", "told reporters on Monday")
# the rest of an instrument's name, then the event it was signed at: "… on sharing threat intelligence at a ceremony"
_SIGNED_THEN_AT = re.compile(r"[/\w.-]*(?:\s+[^,.;:()]{0,80}?)?,?\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}")
_SAID_ON = re.compile(r"(?<![\w])(?:said|says|announced|reported|told\s+\w+)(?:\s+in\s+a\s+[\w\s-]{1,25}?)?\s+(?:on\s+)?$", re.IGNORECASE)


def _rule_applies(s: "Sentence", d: tuple) -> bool:
    """English: a written date that says when a rule applies or a term ends ("… issued Plan 312 on air
    quality, under which a zone will cover the inner city from July 1, 2026", "comments until January
    15") is no day of what happened, so a weekday ("on Friday") still dates the sentence."""
    return s.lang == "en" and (entry_into_force(s, d) or DEADLINE.search(s.text, max(s.start, d[0] - 25), d[0]) is not None)


def _passed_that_day(s: "Sentence", pos: int) -> "Mention | None":
    """"The National Assembly on Thursday passed the amended Law on …, on the last day of its ninth
    session": the day is the law's, written between the body and the verb that governs the law
    (English), not the session's; likewise "passed a resolution on …", "launched the X programme", "signed a
    regional cooperation agreement on …" (the parties may be bodies, places or people)."""
    if s.lang != "en":
        return None
    verbs = r"(?:" + cue_pattern("issue_verbs", "en") + r"|(?<![\w])(?:launched|signed|inked)(?![\w]))"
    for verb in re.finditer(verbs, s.text[s.start:s.end], flags=re.IGNORECASE):
        at, end = s.start + verb.start(), s.start + verb.end()
        pol = next((p for p in s.of_type("Policy") if p.start >= end and re.fullmatch(
            r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:US)?\$\s?[\d.,]+\s+(?:million|billion)\s+)?(?:(?:amended|revised|new|draft)\s+)?",
            s.text[end:p.start])), None)  # "… on Friday signed a US$300 million loan agreement for …"
        body = [o for o in s.of_type("Organization", "Place", "Person") if o.end <= pos]
        if pol is not None and body and pos < at and re.fullmatch(
                r"\s+(?:[a-z]+\s+){0,2}?(?:on\s+|last\s+)?\w+\s+", s.text[body[-1].end:at]):  # ("ASEAN member states on Friday")
            return pol
        if pol is not None and pos > pol.end and re.fullmatch(cue_pattern("issue_verbs", "en"), verb.group(),
                                                              flags=re.IGNORECASE) and _sitting_then(s, pol, pos):
            return pol  # "… adopted Resolution 38 on land prices at its session last Thursday": the day it was passed
    return None


def _sitting_then(s: "Sentence", pol: "Mention", pos: int) -> bool:
    """The day at ``pos`` follows the sitting the instrument was passed at ("… at its session (on|last) Thursday"),
    with no other clause between the instrument and the sitting."""
    return any(pol.end < e.start and e.end <= pos and not re.search(r"[;:]|,\s+(?:and|but|while|which)\s", s.text[pol.end:e.start])
               and re.search(r"(?<![\w])at\s+(?:its|the|their|a)\s+$", s.text[max(s.start, e.start - 20):e.start])
               and re.fullmatch(r"\s*(?:(?:on|last|this)\s+)?", s.text[e.end:pos]) for e in s.of_type("Event"))


@lru_cache(maxsize=None)
def _happening_pattern(lang: str) -> re.Pattern:
    """"held a press conference", "tổ chức họp báo": a happening held, made once per language."""
    nouns = sorted({re.sub(r"^(the|buổi)\s+", "", n) for n in cue_words("event_nouns", lang)}, key=len, reverse=True)
    return re.compile(r"\b(?:held|hosted|organi[sz]ed|convened|tổ chức)\s+(?:(?:a|an|the|một|cuộc|buổi)\s+)?(?:"
                      + "|".join(re.escape(n) for n in nouns) + r")\b", re.IGNORECASE)


def _unnamed_happening(s: "Sentence") -> bool:
    """The sentence holds a happening it does not name ("held a press conference", "tổ chức họp báo")."""
    pattern = _happening_pattern(s.lang)
    if s.lang == "en" and any(re.search(r"\b(?:during|on the sidelines of|as part of|within the framework of)\s+(?:the\s+)?$",
                                        s.text[max(s.start, e.start - 40):e.start]) for e in s.of_type("Event")):
        return False  # "held talks … on Wednesday, during the … Meeting": the talks are part of that event
    for m in pattern.finditer(s.text[s.start:s.end]):
        start = s.start + m.start()
        if not any(e.type == "Event" and e.start <= start + len(m.group()) and e.end >= start + len(m.group()) - 3
                   for e in s.mentions):
            return True
    return False


# "hoàn thành trước ngày 31/8", "by June 30", "có hiệu lực từ 14/2/2025", "takes effect on July 1" ("comes into force on"),
# "chính thức vận hành từ ngày 1/7/2025": a deadline or an entry into force is no date of the event or policy;
# nor the end of a span ("is scheduled to close on December 11", "kéo dài đến ngày 12/1", "bế mạc vào ngày 9/7", "từ ngày 10/9 đến 14/9")
DEADLINE = re.compile(r"(?:(?<![\w])(?:trước|chậm nhất|hạn chót|đến hết|kéo dài đến|kéo dài tới|diễn ra đến|(?:bế mạc|kết thúc) vào(?: (?:sáng|chiều|tối))?|"
                      r"(?:dự kiến|sẽ) (?:bế mạc|kết thúc)(?: (?:sáng|chiều|tối))?|\d{1,2}(?:/\d{1,2}(?:/\d{4})?)?\s+(?:đến|tới)|"
                      r"before|by|until|till|through|no later than|(?:to|will|and)\s+(?:close|end|conclude|wrap up)\s+on)|"
                      r"hiệu lực(?:\s+(?:thi hành|kể))?(?:\s+từ)?|effect(?:ive)?\s+(?:from|on|as of)|into\s+force\s+(?:from|on|as of)|"
                      r"(?:vận hành|hoạt động|áp dụng)\s+(?:chính thức\s+)?(?:kể\s+)?từ)\s+"
                      r"(?:(?:ngày|hết ngày|the end of)\s+)?$", re.IGNORECASE)
ADOPT_CUE = re.compile(r"\b(thông qua|ban hành|ký|phê duyệt|passed|adopted|issued|signed|signing|inked|approved|promulgated|enacted|released|unveiled|published|handed\s+down)\b",
                       re.IGNORECASE)


_GOVERNED_EN = (r"(?<![\w])(?:" + "|".join(re.escape(w) for w in cue_words("detail_verbs", "en")
                                            + cue_words("implement_verbs", "en") + ["replaces", "amends", "under",
                                                                                      "part of"])
               + r")(?![\w])")


_IMPLEMENTED_VI = re.compile(cue_pattern("implement_verbs", "vi") + r"\s+(?:(?:các|những)\s+)?$", re.IGNORECASE)


def dates_of(s: Sentence) -> list[Relation]:
    """date: a dated event or policy ("Quyết định … ngày 27/4/2022", "ngày 15/1 … Diễn đàn")."""
    out: list[Relation] = []
    targets = s.of_type("Event", "Policy")
    if not targets:
        return out  # (before the dates are read: nothing below changes anything without a target)
    pub = published_day(s.ex.article.published)
    own = s.dates if pub is None or relative_day(s.text[dateline_end(s):s.end], s.lang, pub) is None else _own_dates(s)
    dates = [d for d in own if d[2] and not DEADLINE.search(s.text[max(s.start, d[0] - 25):d[0]])
             and not _bracketed_span(s.text, d[0]) and not span_end(s, d[0])]
    if not targets or not dates:
        return out
    used: set[int] = set()
    # a date written right after a policy ("ngày 27/4/2022", "dated January 14, 2020")
    for pol in s.of_type("Policy"):
        for d in dates:
            gap = s.text[pol.end:d[0]]
            if d[0] >= pol.end and len(gap) <= 45 and re.fullmatch(
                    r"(\s+(số\s+)?[\w/-]+)?(\s+(của|of)\s+[^,.;()]{1,30}?)?\s*(,\s*(?:ngày|dated)|ngày|dated|on|,)?\s*", gap):
                out.append(Relation(pol.id, "date", d[2], s.index))
                used.add(d[0])
                break
    sentence = s.text[s.start:s.end]
    policies = [p for p in s.of_type("Policy") if not any(r.subject == p.id for r in out)]
    events = s.of_type("Event")
    for d in dates:
        if d[0] in used:
            continue
        # a passing/adoption sentence dates its policies
        if policies and ADOPT_CUE.search(sentence):
            if s.lang == "en" and entry_into_force(s, d):
                continue
            for p in policies:
                lo, hi = (d[1], p.start) if d[1] <= p.start else (p.end, d[0])
                if s.lang == "en" and d[1] <= p.start and re.search(_GOVERNED_EN, s.text[lo:hi], flags=re.IGNORECASE):
                    continue  # "The circular, signed … on May 16, guides Decree 70": not Decree 70's day
                if s.lang == "vi" and _IMPLEMENTED_VI.search(s.text, max(s.start, p.start - 30), p.start) \
                        and not (d[0] > p.end and ADOPT_CUE.search(s.text, p.end, d[0])):
                    continue  # "… đã ký kết hợp đồng …, thực hiện Đề án …": the plan carried out was not adopted that day
                    # (unless its own adoption is told after it: "cụ thể hóa Luật X do Quốc hội thông qua ngày …")
                if s.lang == "en" and re.search(r",\s+(?:and|but|while)\s|;", s.text[lo:hi]) and ADOPT_CUE.search(
                        s.text, lo, hi) and any(o.type == "Organization" and lo <= o.start < hi for o in s.mentions):
                    continue  # "… issued the resolution on May 4, and the Assembly passed Resolution 198": another clause
                if s.lang == "en" and clause_of_another(s, p, d, s.of_type("Policy")):
                    continue  # "under the Criminal Code and Resolution 04, which the court issued on October 20"
                out.append(Relation(p.id, "date", d[2], s.index))
            continue
        if events:
            if s.lang == "en" and entry_into_force(s, d):
                continue  # "… agreed to raise minimum wages from July 1, 2026, at its meeting": when the rule applies
            open_ = [e for e in events if not visited(s, e)]  # ("… toured the expo on December 5": the visit's day)
            if not open_:
                continue
            ev = scheduled_event(s, open_, d[0]) or nearest(not_parts(s, not_continued(s, current_events(s, open_))),
                                                             Mention(-1, d[0], d[1], "", "", s.index))
            said = re.search(r"(?<![\w])(?:" + SAY_VI + r")(?![\w])", s.text[ev.end:d[0]]) if ev.end <= d[0] else None
            if said and any(p.type == "Person" and ev.end <= p.start < ev.end + said.start() for p in s.mentions):
                continue  # "Báo cáo tại buổi làm việc, bà X cho biết từ ngày 15/4, …": a date of what is said
            if s.lang == "en" and ev.end <= d[0] and _TOLD_THAT.search(s.text, s.start, ev.start) \
                    and re.match(r"(?:\s+(?:on|last|this)\s+\w+)?\s+that\b", s.text[ev.end:d[0]]):
                continue  # "Thắng told the forum (on Thursday) that the rules would apply from December 30": what was said
            if day_of_another_noun(s, ev, d):
                continue  # "The event is part of … the 80th anniversary of the sector, which falls on August 28"
            if s.lang == "vi" and _happens_after_another_noun(s, ev, d, dates):
                continue  # "Ngày 20/1, … buổi làm việc … chuẩn bị cho cuộc bầu cử …, diễn ra ngày 15/3": the election's day
            out.append(Relation(ev.id, "date", d[2], s.index))
    return out


# ", diễn ra ngày 15/3": a clause that dates the noun right before its comma
_HAPPENS_ON = re.compile(r",\s*(?:sẽ\s+|đã\s+|được\s+)?(?:diễn ra|tổ chức|khai mạc)\s+(?:vào\s+)?"
                         r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?$")


def _happens_after_another_noun(s: Sentence, ev: Mention, d: tuple, dates: list) -> bool:
    """A date in ", diễn ra ngày 15/3" written three or more words after the event, in a sentence whose own date
    comes before the event ("Ngày 20/1, đoàn … có buổi làm việc … về công tác chuẩn bị cho cuộc bầu cử …, diễn ra
    ngày 15/3"), is the day of the noun before the comma, not the event's."""
    if ev.end > d[0]:
        return False
    gap = s.text[ev.end:d[0]]
    m = _HAPPENS_ON.search(gap)
    return m is not None and len(gap[:m.start()].split()) >= 3 and any(o[0] < ev.start for o in dates if o is not d)



# "… on Thursday to prepare for the upcoming meeting of …": the day is not the coming event's
_COMING = re.compile(r"\b(?:upcoming|forthcoming|coming|next|ahead\s+of(?:\s+the)?|prepare\s+for(?:\s+the)?|"
                     r"preparations\s+for(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}$")

_SCHEDULED = re.compile(r",?\s+(?:(?:which\s+is|which\s+will\s+be)\s+)?(?:scheduled|slated|set|due)\s+(?:for|to)\b")


def current_events(s: "Sentence", events: list[Mention]) -> list[Mention]:
    """The events of ``s`` that are not announced as coming ("to prepare for the upcoming meeting"),
    or all of them when every one is."""
    current = [e for e in events if not _COMING.search(s.text, max(s.start, e.start - 30), e.start)
               and not _SCHEDULED.match(s.text, e.end)  # "… for the 14th Congress, scheduled for January"
               and not (s.lang == "vi" and time_framed(s.text, e))]  # "Trước đại hội, ngày 20/3, … buổi làm việc"
    # "The OCA on Sunday named Vietnam host of the 2029 Games, at its general assembly in Tashkent": the day is
    # that of the meeting where it was done, not of what it decided
    setting = [e for e in current if s.lang == "en" and _SETTING.search(s.text, max(s.start, e.start - 12), e.start)]
    return setting or current or events


_SETTING = re.compile(r",\s+at\s+(?:its|their)\s+$")


_SPAN_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*\d{1,2}/\d{1,2}/\d{4}\s*\)")


def _bracketed_span(text: str, at: int) -> bool:
    """The date at ``at`` ends a span in brackets, the years an anniversary counts:
    "Lễ kỷ niệm 75 năm … (2/2/1950 - 2/2/2025)" is not held on either day."""
    open_ = text.rfind("(", max(0, at - 30), at + 1)
    return open_ >= 0 and bool(_SPAN_IN_BRACKETS.match(text, open_))


# ("Trước đó, sáng cùng ngày, …": earlier or later on the same day)
SAME_DAY = re.compile(r"\s*(?:(?:Trước đó|Sau đó)\s*,\s*)?(?:(?:Sáng|Chiều|Tối|Trưa)\s+cùng ngày|Cùng ngày|Trong cùng ngày|Cũng trong ngày|(?:On\s+)?(?:the|that)\s+same\s+day|The same day|Also on that day|"
                      r"(?:Later|Earlier)\s+(?:that|the same)\s+(?:day|morning|afternoon|evening)|(?:Later|Earlier) in the day|"
                      r"That (?:morning|afternoon|evening)|In the (?:morning|afternoon|evening)(?=\s*,))\b", re.IGNORECASE)
# "At the same sitting, the National Assembly adopted Resolution 205 …": adopted at the meeting the article dated
_AT_MEETING_EN = re.compile(r"\s*(?:At|During)\s+the\s+(?P<same>same\s+)?(?:sitting|session|meeting|plenary\s+session|conference|forum|summit|"
                            r"workshop|ceremony|congress)\s*,")  # ("At the conference, the ministry released Circular 19")


# "Trong khuôn khổ triển lãm, chiều cùng ngày, …": the same day after a frame that sets the sentence at an event
_FRAMED_SAME_DAY = re.compile(r"\s*(?:Cũng\s+)?(?:Trong khuôn khổ|Bên lề|Nhân dịp)[^,.;]{0,60},\s*"
                              r"(?:(?:sáng|chiều|tối|trưa)\s+)?cùng ngày\b", re.IGNORECASE)


def _weekdays_before(s: Sentence) -> list[tuple[int, str]]:
    """(offset, ISO date) of the first relative day word ("on Saturday", "yesterday") of each sentence before."""
    pub = published_day(s.ex.article.published)
    if pub is None:
        return []
    out: list[tuple[int, str]] = []
    for a, b in s.ex.sentences[:s.index]:
        hit = relative_day(s.text[a:b], s.lang, pub)
        if hit is not None:
            out.append((a + hit[0], hit[1]))
    return out
    for i in range(s.index - 1, max(-1, s.index - 4), -1):
        a, b = s.ex.sentences[i]
        hit = relative_day(s.text[a:b], s.lang, pub)
        if hit is not None:
            return [hit[1]]
    return []


# "Sau thảo luận, … biểu quyết thông qua Nghị quyết …": adopted at the meeting the article dated
AT_MEETING = re.compile(r"\s*(?:Sau (?:khi )?thảo luận|Kết thúc (?:hội nghị|kỳ họp|phiên họp)|Bế mạc (?:hội nghị|kỳ họp)|"
                        r"(?:Cũng )?[Tt]ại (?:hội nghị|kỳ họp|phiên họp)(?: này)?)\s*,")


# a bound of a period or a deadline, not the day something happened: "từ ngày 1/1/2027", "trước ngày 30/6"
_BOUND = re.compile(r"(?<![\w])(?:từ|kể từ|đến|đến hết|tới|trước|chậm nhất)\s+(?:ngày\s+)?$"
                    # "… requiring companies to disclose their owners from July 1 next year", "by the end of June"
                    r"|(?<![\w])(?:from|until|till|by|before|starting|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$",
                    re.IGNORECASE)


_IN_FORCE = re.compile(r"(?:hiệu lực|áp dụng|thi hành)(?:\s+\S+){0,3}\s+(?:từ|kể từ)\s+(?:ngày\s+)?$|"
                       # "…, which takes effect on January 15, 2027", "effective from July 1": when it applies
                       r"(?:(?:takes?|took|taking|will\s+take)\s+effect|(?:comes?|came|will\s+come)\s+into\s+(?:force|effect)|"
                       r"effective)\s+(?:on|from|as\s+of)\s+$", re.IGNORECASE)


def _in_force(s: Sentence, at: int) -> bool:
    """The date at ``at`` says when an instrument applies, not when anything happened."""
    return _IN_FORCE.search(s.text, max(0, at - 40), at) is not None


def same_day(s: Sentence, rels: list[Relation]) -> list[Relation]:
    """date: "Cùng ngày, UBND tỉnh ban hành Chỉ thị 09", "On the same day, …": the day the article
    wrote last before the sentence, for the sentence's event, or for the policy it issues
    (``rels``: the relations found so far; a sentence already dated is left alone). A sentence
    set at the meeting ("Sau thảo luận, …", "Tại kỳ họp, …") dates only the policy it adopts."""
    if any(d[2] and not _in_force(s, d[0]) for d in s.dates):
        return []  # (a day the sentence gives dates it; not one it only applies from)
    meeting = (at_meeting := (AT_MEETING if s.lang == "vi" else _AT_MEETING_EN).match(s.text, s.start)) is not None
    framed = _FRAMED_SAME_DAY.match(s.text, s.start) if not meeting else None
    if not meeting and not SAME_DAY.match(s.text, s.start) and framed is None and not (
            s.lang != "vi" and SAME_DAY_INSIDE_EN.search(s.text, s.start, s.end)):  # (also "… took place … on the same day")
        return []
    # the day written last before the sentence, as a date or as a weekday ("… on Saturday inspected …")
    written = [(d[0], d[2]) for d in s.article_dates if d[2] and d[0] < s.start and not _IN_FORCE.search(
        s.text, max(0, d[0] - 40), d[0]) and not _BOUND.search(s.text, max(0, d[0] - 16), d[0])] \
        + _weekdays_before(s)  # not "có hiệu lực từ ngày 1/7/2027", "tăng 7,2% từ ngày 1/1/2027", "trước ngày 30/6"
    days = [iso for _, iso in sorted(written)]
    if not days or any(r.predicate == "date" and r.sentence == s.index for r in rels):
        return []
    events = [e for e in s.of_type("Event") if framed is None or e.start >= framed.end()]  # not the frame's event
    if events and not meeting:
        return [Relation((same_day_event(s, events) or events[0]).id, "date", days[-1], s.index)]
    verb = ADOPT_CUE.search(s.text, s.start, s.end)  # ("At the conference, A and B signed …": not the same day unless so said)
    if verb is None or s.lang == "en" and meeting and not at_meeting.group("same") and re.match(r"sign|ink", verb.group(), re.I):
        return []
    after = [p for p in s.of_type("Policy") if p.start >= verb.end()]
    return [Relation(p.id, "date", days[-1], s.index) for p in after[:1]]

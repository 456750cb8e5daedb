"""An event whose name states a policy is about that policy's fields.

"Hội nghị toàn quốc quán triệt và triển khai thực hiện Nghị quyết số 68-NQ/TW … về phát triển kinh tế
tư nhân", "Hội nghị sơ kết một năm thực hiện Đề án về phát triển nhà ở xã hội …": a meeting held to
study, roll out or review an instrument deals with what that instrument is about (ANNOTATION.md: "the
subject named in a title" gives ``about``). The instrument's own ``about`` facts are read after
resolution, so a topic found anywhere in the article for it (in its name, in a "về" clause after it)
passes to every event whose name holds a mention of it; the event's name must hold the instrument's
mention (nested inside it) or go on, right after its head, with a purpose verb ("quán triệt", "triển khai",
"sơ kết", "thực hiện": ``kg/data/patterns/event_policy_purpose_vi.json``) whose object is the instrument;
instruments joined to that one by "và" in the same clause count too. Sharing a sentence is not enough.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from kg.nlp.normalize import normalize
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation

if TYPE_CHECKING:
    from kg.relations.base import Extraction


@lru_cache(maxsize=2)
def _patterns(lang: str = "vi") -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    raw = pattern_data(f"event_policy_purpose_{'en' if lang == 'en' else 'vi'}.json")
    alt = lambda ws: escaped_alternation(ws)  # noqa: E731
    # the words that may stand between the verb and the instrument: any (Vietnamese), or only those of
    # ``between`` ("to review the draft Decree …"; not "to launch its action programme implementing …")
    gap = r"(?:(?:\s+|,\s+)(?:[^\W\d_]+))*?" if "between" not in raw else \
        r"(?:\s+(?:" + alt(raw["between"]) + r"))*"
    # a review's span counted in figures: "sơ kết 2 năm thực hiện …", "tổng kết 10 năm triển khai …"
    span = r"(?:\s+\d+\s+(?:" + alt(raw["spans"]) + r"))?" if "spans" in raw else ""
    purpose = re.compile(r"(?:\s+(?:" + alt(raw["qualifiers"]) + r"))*\s+(?:" + alt(raw["verbs"]) + r")" + span + gap
                         + r"\s+$")
    joined = re.compile(r"[^.;:()\"“”]{0,200}?\s+" + re.escape(raw.get("joiner", "và")) + r"\s+$")
    # "Hội nghị quán triệt | , triển khai Nghị quyết …": a name that already ends with its purpose verb
    verb_end = re.compile(r"(?<![\w])(?:" + alt(raw["verbs"]) + r")$")
    return purpose, re.compile("|".join(r"\s" + re.escape(w) + r"\s" for w in raw["clause_breaks"])), joined, verb_end


@dataclass(frozen=True)
class _Span:
    """A mention's place on the matching text."""

    id: int
    start: int
    end: int
    sentence: int
    ref: bool


_WORD_RUN = re.compile(r"(?:,?\s+[^\W\d_]+){0,6}?,?\s+")


def _lower_run(text: str, start: int, end: int) -> bool:
    """Up to six lower-case words (commas allowed) between ``start`` and ``end``."""
    return _WORD_RUN.fullmatch(text, start, end) is not None and all(
        w[:1].islower() for w in re.findall(r"[^\W\d_]+", text[start:end]))


def _held(text: str, ev, policies: list, lang: str = "vi") -> list:
    """The policy mentions an event's name goes on to, through a purpose verb right after it."""
    purpose, breaks, joined, verb_end = _patterns(lang)
    after = sorted((p for p in policies if p.start >= ev.end and p.sentence == ev.sentence), key=lambda p: p.start)
    if not after:
        return []
    if not text[ev.end:after[0].start].strip():
        if not verb_end.search(text, ev.start, ev.end) or text[ev.end:after[0].start] != " ":
            return []  # "Lễ công bố | Nghị quyết số …": a name that ends with its verb, the instrument right after
    elif not purpose.fullmatch(text, ev.end, after[0].start) and not (
            verb_end.search(text, ev.start, ev.end) and _lower_run(text, ev.end, after[0].start)):
        return []
    out = [after[0]]
    for p in after[1:]:
        gap = text[out[-1].end:p.start]
        if not joined.fullmatch(gap) or breaks.search(gap):
            break
        out.append(p)
    return out


def named_policy_topics(ex: "Extraction", key_of: dict[int, str], entities: dict, facts: list) -> list:
    """``about`` facts from each event to the topics of the policies its name holds."""
    from kg.resolve import Fact

    topics: dict[str, list[str]] = {}
    for f in facts:
        if f.predicate == "about" and not f.literal and entities.get(f.subject) is not None \
                and entities[f.subject].type == "Policy":
            topics.setdefault(f.subject, []).append(f.obj)
    if not topics:
        return []
    known = {(f.subject, f.obj) for f in facts if f.predicate == "about"}
    # offsets are raw by now; the gaps are read on the matching text (no zero-width characters, one spelling)
    norm = normalize(ex.article.text)
    text, at = norm.text, norm.matching_offset
    events = [_Span(m.id, at(m.start), at(m.end), m.sentence, m.ref) for m in ex.mentions
              if m.type == "Event" and key_of.get(m.id) in entities]
    policies = [_Span(m.id, at(m.start), at(m.end), m.sentence, m.ref) for m in ex.mentions
                if m.type == "Policy" and key_of.get(m.id) in entities]
    out = []
    for ev in events:
        e = key_of[ev.id]
        held = [p for p in policies if not ev.ref and ev.start <= p.start and p.end <= ev.end
                and (p.start, p.end) != (ev.start, ev.end)] or _held(text, ev, policies, ex.article.lang)
        for pol in held:
            for t in topics.get(key_of[pol.id], ()):
                if (e, t) not in known:
                    known.add((e, t))
                    out.append(Fact(e, "about", t, False, ev.sentence))
    return out

"""English: people placed at an event by an act only someone there does, in a sentence that names no event.

A report of a forum or a ceremony says who was there by what they did, often a sentence after the event is named
and without naming it again: "Professor X of Y University chaired a panel on cold-chain logistics", "Deputy
Minister Z delivered the keynote speech", "A, CEO of B, and C cut the ribbon". The titled people who open such
a sentence, before the act with nothing but their titles, their bodies and "also" between, took part in the one
event the article has named so far (:func:`kg.relations.event_scope_en.only_event_before`: with two events
named, which one is meant is not safe to say).

The acts are data in ``kg/data/relations/cues.json``: the ``en`` list of ``presence_acts`` (the Vietnamese
pass is :mod:`kg.relations.presence_acts`), and ``presence_panel_verbs`` before one of ``presence_panel_parts``
("chaired the afternoon session", "took part in a panel discussion"). Speech alone ("X said …") is no act of
presence, nor is an act still to come, reported, or of another year.
"""
from __future__ import annotations

import re

from kg.relations.base import CLAUSE_OPENING_EN, Mention, Relation, Sentence, blanked
from kg.relations.cues import cue_pattern
from kg.relations.event_scope_en import only_event_before
from kg.textutil import compiled

# what may be left between the people and the act once their names, titles and bodies are blanked out
_LEFT = re.compile(r"[\s,]*(?:(?:and|of|the|at|from|for|also|then|later|jointly|personally|both|Dr\.?|Mr\.?|Ms\.?|Mrs\.?"
                   r"|Prof\.?|Professor|Associate|Assoc\.)[\s,]+|,[^,;.()]{1,90},)*[\s,]*", re.IGNORECASE)
# between a title and its person, the body the title names: "Deputy Minister | of Industry and Trade | X"
_TITLE_BODY = re.compile(r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?:(?:provincial|municipal|city|district|national)\s+)?"
                         r"[A-Z][\w'’&-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w'’&-]*)*)?[\s.]*")
# words in the head that put the act elsewhere in time, or make it a plan or a report
_NOT_NOW = re.compile(r"(?<![\w])(?:will|would|is\s+to|are\s+to|to\s+be|plans?\s+to|expected|previously|formerly|once|"
                      r"last\s+year|in\s+(?:19|20)\d\d|said|says|told|according)(?![\w])", re.IGNORECASE)


# after the act, a time that puts it in another year: "chaired a panel in 2019", "… last year", "two years ago"
_ANOTHER_YEAR = re.compile(r"(?<![\w])(?:in\s+(?P<year>(?:19|20)\d\d)|last\s+year|years?\s+ago|previously)(?![\w])",
                           re.IGNORECASE)


def _another_year(s: Sentence, start: int) -> bool:
    """A time after ``start`` in the sentence puts the act in another year than the article's."""
    published = (s.ex.article.published or "")[:4]
    return any(not m.group("year") or m.group("year") != published
               for m in _ANOTHER_YEAR.finditer(s.text, start, s.end))


def _acts() -> re.Pattern[str]:
    """The act phrases, each as whole words; a panel verb may have up to two words before its part ("chaired the
    afternoon session")."""
    return compiled(cue_pattern("presence_acts", "en") + r"|(?<![\w])(?:" + cue_pattern("presence_panel_verbs", "en")
                    + r")\s+(?:a|an|the|one|another|its|their)\s+(?:[\w-]+\s+){0,2}?(?:"
                    + cue_pattern("presence_panel_parts", "en") + r")")


# an honorific before the name ("Professor X", "Dr Y", "Assoc. Prof. Z")
_HONORIFIC = re.compile(r"(?<![\w])(?:Professor|Prof\.|Associate\s+Professor|Assoc\.\s+Prof\.|Dr\.?|PhD)\s+$")
# an office apposed after the name, or the person's body: "X, CEO of Z,", "X, chairman of the Z Association,",
# "X of Z University"
_OFFICE_AFTER = re.compile(r"\s*(?:,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,4}?(?:of|at)\s+|\s+(?:of|from)\s+)(?:the\s+)?$")


def _titled(s: Sentence, p: Mention) -> bool:
    """A title or honorific stands right before the person ("Deputy Minister X", "Professor Y"), or an office of a
    body after the name ("X, CEO of Z,", "X of Z University")."""
    if any(t.end_char <= p.start and _TITLE_BODY.fullmatch(s.text, t.end_char, p.start)
           or t.start_char >= p.end and re.fullmatch(r"\s*,\s*(?:the\s+|a\s+|an\s+)?", s.text[p.end:t.start_char],
                                                     flags=re.IGNORECASE)
           for t in s.titles):
        return True
    if _HONORIFIC.search(s.text, max(s.start, p.start - 30), p.start):
        return True
    body = next((o for o in s.of_type("Organization") if p.end < o.start <= p.end + 60), None)
    return body is not None and _OFFICE_AFTER.fullmatch(s.text, p.end, body.start) is not None


_TO_COME = re.compile(r"(?<![\w])(?:will|is\s+to|are\s+to|scheduled|planned|next\s+(?:week|month|year))(?![\w])",
                      re.IGNORECASE)


def _latest_event(s: Sentence) -> Mention | None:
    """The event named in full in the sentence just before (an article of several events goes on about the one it
    has just named)."""
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref and m.sentence == s.index - 1]
    if not named:
        return None
    a, b = s.ex.sentences[s.index - 1]
    return None if _TO_COME.search(s.text, a, b) else max(named, key=lambda m: m.start)  # (not one still to come)


def present_by_act_en(s: Sentence) -> list[Relation]:
    """participatedIn: the titled people who open a sentence naming no event and do an act of presence there."""
    if s.lang != "en":
        return []
    acts = list(_acts().finditer(s.text, s.start, s.end))
    if not acts or any(m.type == "Event" and m.sentence == s.index and not (m.ref and m.start >= acts[0].start())
                       for m in s.ex.mentions):
        return []  # (an event of the sentence is read by the passes that read "at the forum")
    event = only_event_before(s) or _latest_event(s)
    if event is None:
        return []
    out: list[Relation] = []
    for act in acts:
        # (the clause the act belongs to: "…, while Deputy Minister Z delivered the keynote")
        start = max((m.end() for m in CLAUSE_OPENING_EN.finditer(s.text, s.start, act.start())), default=s.start)
        if _NOT_NOW.search(s.text, start, act.start()) or _another_year(s, act.end()):
            continue
        people = [m for m in s.of_type("Person") if start <= m.start and m.end <= act.start()]
        if not people or not all(_titled(s, p) for p in people):
            continue
        spans = [(m.start, m.end) for m in s.mentions if start <= m.start and m.end <= act.start()]
        for t in s.titles:  # (a title with the body it names: "Deputy Minister of Industry and Trade")
            body = _TITLE_BODY.match(s.text, t.end_char, act.start())
            spans.append((t.start_char, body.end() if body else t.end_char))
        if _LEFT.fullmatch(blanked(s.text, start, act.start(), spans)):  # the people open the clause and do the act
            out += [Relation(p.id, "participatedIn", event.id, s.index) for p in people]
    return out

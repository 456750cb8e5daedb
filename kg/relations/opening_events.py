"""Which earlier event a Vietnamese attendance or speech opening means when it names the event's kind: "Dự lễ khai
mạc có …", "Phát biểu khai mạc, …" (the event the lead said opened), "Dự lễ kỷ niệm có …" (the latest event of that
kind, not the one named last); "Tại hội nghị" refers to a "Hội nghị …" (kg.relations.attendance and participation).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_words
from kg.nlp.patterns import pattern_data
from kg.textutil import compiled


def opened_by(s: "Sentence", opening: str) -> "Mention | None":
    """The latest opening (closing) ceremony the article names before the sentence when the sentence opens with a
    speech at one ("Phát biểu khai mạc, ông X …"): the ceremony, whatever event was named in between."""
    kind = re.search(r"\b(khai mạc|bế mạc)\b", opening, flags=re.IGNORECASE)
    if s.lang != "vi" or kind is None:
        return None
    held = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence < s.index
            and kind.group(1).casefold() in m.text.casefold()]
    if not held:  # "Sở X khai mạc Giải Y. … Dự lễ khai mạc có …": the event the article said opened (closed)
        verb = re.compile(r"(?<![\w])" + kind.group(1) + r"\s+$", re.IGNORECASE)
        held = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence < s.index
                and verb.search(s.text, max(0, m.start - 12), m.start)]
    return max(held, key=lambda m: (m.sentence, m.start)) if held else None


def of_the_kind(s: "Sentence", opening: str, event: "Mention") -> "Mention":
    """"… tổ chức Lễ kỷ niệm X và Diễn đàn Y. Dự lễ kỷ niệm có …": the latest earlier event of the kind the
    Vietnamese opening names, where the event named last is of another kind."""
    if s.lang != "vi" or same_kind(opening, event.text, s.lang):
        return event
    kind = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence < s.index
            and same_kind(opening, m.text, s.lang)]
    return max(kind, key=lambda m: (m.sentence, m.start)) if kind else event


GENERIC_NOUNS = set(pattern_data("opening_events_words.json")["generic_nouns"])


@lru_cache(maxsize=None)
def _event_noun_patterns(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The event nouns of ``lang``, longest first, each with its whole-word pattern (made once per language)."""
    nouns = sorted(cue_words("event_nouns", lang), key=len, reverse=True)
    return tuple((n, compiled(rf"(?<![\w]){re.escape(n)}(?![\w])", re.IGNORECASE)) for n in nouns)


def same_kind(opening: str, event_text: str, lang: str) -> bool:
    """"Tại hội nghị" refers to a "Hội nghị …"; "at the press conference" not to an award."""
    named = next((n for n, noun in _event_noun_patterns(lang) if noun.search(opening)), None)
    if named is None or named.casefold() in GENERIC_NOUNS:
        return True
    head = re.sub(r"^(the|buổi|cuộc)\s+", "", named.casefold())
    return bool(compiled(rf"(?<![\w]){re.escape(head)}(?![\w])", re.IGNORECASE).search(event_text))


def kind_named_before(s: "Sentence", opening: str) -> "Mention | None":
    """"Dự lễ ra mắt có …" many paragraphs after the article named its "Lễ ra mắt …": the latest earlier event of
    the kind the Vietnamese opening names, however far back (only a named kind, never the bare "sự kiện")."""
    named = next((n for n, noun in _event_noun_patterns(s.lang) if noun.search(opening)), None)
    if s.lang != "vi" or named is None or named.casefold() in GENERIC_NOUNS:
        return None
    kind = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref and m.sentence < s.index
            and same_kind(opening, m.text, s.lang)]
    return max(kind, key=lambda m: (m.sentence, m.start)) if kind else None

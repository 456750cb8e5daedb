"""What every recogniser proposes: candidate spans, the word view, the labels.

Shared by :mod:`kg.nlp.recognizers` and the passes kept in their own modules
(:mod:`kg.nlp.document`, :mod:`kg.nlp.names`), so those can import them
without importing the recogniser.
"""
from __future__ import annotations

from dataclasses import dataclass, field


# A candidate's priority comes from its source: kg.nlp.recognizers.priorities.PRIORITY.
LABELS = ("PER", "ORG", "LOC", "POLICY", "EVENT", "TOPIC", "DATE")
TYPE_OF_LABEL = {"PER": "Person", "ORG": "Organization", "LOC": "Place",
                 "POLICY": "Policy", "EVENT": "Event", "TOPIC": "Topic"}
LABEL_OF_TYPE = {v: k for k, v in TYPE_OF_LABEL.items()}


@dataclass(frozen=True)
class Word:
    """A syllable or punctuation mark with its offsets."""

    i: int
    start: int
    end: int
    text: str

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass
class Candidate:
    """A proposed span: what it is, how sure we are, and what we know about it."""

    start: int
    end: int
    label: str
    priority: int
    source: str
    ref: bool = False  # a short reference ("ông Trung", "Diễn đàn") that needs an antecedent
    gid: str | None = None  # gazetteer id
    value: str | None = None  # ISO date for DATE spans; office for titles
    meta: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Analysis:
    """Everything the recognisers found in one text."""

    ents: list[Candidate]
    nested: list[Candidate]
    titles: list[Candidate]

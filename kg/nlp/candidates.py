"""What every recogniser proposes: candidate spans, their priorities, the word view.

Shared by :mod:`kg.nlp.recognize` and the passes kept in their own modules
(:mod:`kg.nlp.document`, :mod:`kg.nlp.names`), so those can import them
without importing the recogniser.
"""
from __future__ import annotations

from dataclasses import dataclass, field


# Priorities: higher wins when two candidates cover the same text.
PRI_GAZETTEER = 68
PRI_POLICY = 66
PRI_PERSON_CUE = 69  # above the gazetteer: "anh Đức" is a man, not Germany
PRI_ROLE_CUE = 65
PRI_EVENT = 62
PRI_DATE = 70
PRI_PERSON = 61
PRI_ORG_PATTERN = 60
PRI_PLACE_PATTERN = 60
PRI_NAME_RUN = 40
PRI_MODEL = 35
PRI_CRF = 30
PRI_REF = 20

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

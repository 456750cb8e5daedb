"""What every recogniser proposes: candidate spans and their labels.

Shared by every recogniser, the resolver and :mod:`kg.nlp` (which reads a
span's candidate through ``span._.kg_source`` and the like).
"""
from __future__ import annotations

from dataclasses import dataclass, field


# A candidate's priority comes from its source: kg.nlp.recognizers.priorities.PRIORITY.
LABELS = ("PER", "ORG", "LOC", "POLICY", "EVENT", "TOPIC", "DATE")
TYPE_OF_LABEL = {"PER": "Person", "ORG": "Organization", "LOC": "Place",
                 "POLICY": "Policy", "EVENT": "Event", "TOPIC": "Topic"}
LABEL_OF_TYPE = {v: k for k, v in TYPE_OF_LABEL.items()}


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

"""Cue lexicons of the relation passes, read from ``kg/data/relations/cues.json``.

The words that signal attendance, issuing, implementing, topics and places are
data, not code: a new cue is one line in the JSON file, and every pass reads
its words through :func:`cue_pattern`.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from kg.alternations import phrase_groups


@lru_cache(maxsize=1)
def load_cues() -> dict[str, dict[str, list[str]]]:
    """The cue lists, by kind and language."""
    text = resources.files("kg").joinpath("data/relations/cues.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def cue_words(kind: str, lang: str) -> list[str]:
    """The cue words of ``kind`` in ``lang`` (Vietnamese for any language without its own list)."""
    entry = load_cues()[kind]
    return list(entry.get(lang) or entry.get("vi") or [])


@lru_cache(maxsize=None)
def cue_pattern(kind: str, lang: str) -> str:
    """A regex alternation of the cue words, longest first, each as whole words (grouped by first character:
    :func:`kg.alternations.phrase_groups`, the same matches with or without ``re.IGNORECASE``, found faster)."""
    return rf"(?<![\w])(?:{phrase_groups(cue_words(kind, lang))})(?![\w])"


def cue_table(kind: str, lang: str) -> dict[str, int]:
    """A cue table that maps words to values: numbers (relative days, weekdays) or words
    (``policy_ref_kind_words``)."""
    entry = load_cues()[kind]
    return dict(entry.get(lang) or entry.get("vi") or {})

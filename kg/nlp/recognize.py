"""Where kg's entity recognition used to live; it is now :mod:`kg.nlp.recognizers`.

Kept so that existing imports (``from kg.nlp.recognize import analyze_text``,
``TYPE_OF_LABEL``) keep working.
"""
from __future__ import annotations

from kg.nlp.recognizers.candidates import LABEL_OF_TYPE, LABELS, TYPE_OF_LABEL, Analysis, Candidate  # noqa: F401
from kg.nlp.recognizers.words import Word  # noqa: F401
from kg.nlp.recognizers.stages import analyze_text  # noqa: F401

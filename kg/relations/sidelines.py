"""What puts a body at an event it is said to act "on the sidelines of" ("Bên lề hội thảo, A và B ký …").

The tune golds count the parties to a signing on an event's sidelines as taking part in it, and no one
else: a body that shows a model or hands over a gift there is not (read by kg.relations.attendance).
"""
from __future__ import annotations

import re

from kg.relations.base import Sentence

# "Bên lề hội thảo, …", "Cũng bên lề diễn đàn, …"
_SIDELINES = re.compile(r"\s*(?:cũng\s+)?bên lề(?![\w])", re.IGNORECASE)

# (only "ký": the "trao" of signing_verbs, an exchange of signed papers, would be a gift here)
_SIGNS = re.compile(r"\s*(?:đã\s+|cũng\s+|đồng thời\s+|vừa\s+)*ký(?![\w])", re.IGNORECASE)


def unsigned_sidelines(s: Sentence, body: str, pos: int) -> bool:
    """``body`` (the sentence's text) opens on an event's sidelines and the clause after ``pos`` (its subjects'
    end) signs nothing."""
    return _SIDELINES.match(body) is not None and _SIGNS.match(s.text, pos, s.end) is None

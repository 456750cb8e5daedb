"""A title that is the object of a preposition addresses someone else: "Báo cáo với Phó Thủ tướng, Chủ tịch
UBND tỉnh X Nguyễn Văn A cho biết …", "Reporting to the Deputy Prime Minister, provincial Chairman B said …".

A chain of titles before a name ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội C") runs back over commas; a
title right after "với", "tới", "to", "with" … is the person spoken to, and the chain stops before it.
The prepositions are data (``addressee_prepositions`` in cues.json).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.cues import cue_pattern


@lru_cache(maxsize=None)
def _preposition_before(lang: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + cue_pattern("addressee_prepositions", lang) + r")\s+(?:the\s+)?$", re.IGNORECASE)


def addressed_title(text: str, start: int, lang: str) -> bool:
    """Whether the title (or its body) starting at ``start`` follows a preposition that makes it an addressee."""
    return _preposition_before(lang).search(text, max(0, start - 30), start) is not None

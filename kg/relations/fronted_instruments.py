"""Where the subject of an instrument in a fronted clause ends (Vietnamese).

"Thực hiện Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân, phương pháp thuế khoán … đã được bãi bỏ": the
clause that opens with a fronting verb (``fronting_verbs`` in ``kg/data/patterns/fronted_instruments_vi.json``)
names the instrument and its subject; its comma closes it, and the words after that comma open the main clause
("phương pháp thuế khoán" is what the sentence reports, not the resolution's field). A list of fields right
after the comma ("về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, …") goes on as before: only a
comma followed by other words before the next field ends the subject. Used by kg.relations.topics.topics_of.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Sentence
from kg.textutil import phrase_alternation

# a comma, then at least one word before the next field: a new clause, not the next item of the list
_CLAUSE_AFTER_COMMA = re.compile(r"\s*,\s*(?!và\s)[^\W\d]+(?:\s+[^\W\d]+)*\s+")


@lru_cache(maxsize=1)
def _fronting() -> re.Pattern:
    """A fronting verb right before an instrument, at the sentence's start or after a comma."""
    verbs = phrase_alternation(pattern_data("fronted_instruments_vi.json")["fronting_verbs"])
    return re.compile(rf"(?:^|[,:]\s*)(?:{verbs})\s+$", re.IGNORECASE)


def fronted_instrument(s: Sentence, h: Mention) -> bool:
    """``h`` is a policy a fronting verb opens the clause with ("Thực hiện Nghị quyết … về X, …")."""
    if s.lang != "vi" or h.type != "Policy":
        return False
    return _fronting().search(s.text[s.start:h.start].lstrip()) is not None


def fronted_subject_ends(s: Sentence, h: Mention, last_end: int, next_start: int) -> bool:
    """The subject list of ``h``, a fronted instrument, ended at a comma before the field at ``next_start``
    (its previous field ended at ``last_end``): words stand between that comma and the field."""
    return fronted_instrument(s, h) and _CLAUSE_AFTER_COMMA.fullmatch(s.text, last_end, next_start) is not None

"""English: the bodies (and people) named after a group of attendees that a verb of gathering opens.

"The event also drew representatives of A, B and C", "The conference was joined by officials from A and B",
"A seminar took place on Saturday, with scholars from A and B", "… brought together delegates from A": each
body or person of the list after the group noun ("representatives of", "officials from") took part in the
event of the sentence, else in the one the sentences before name (:func:`kg.relations.attendance.event_of`).
The openers and the group nouns are data (``group_openers`` and ``attendee_groups`` in
kg/data/relations/cues.json). A bare "with" opens such a list only after a comma or right after the event:
"cooperation with experts from the World Bank" names no attendee.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.attendance import event_of, list_members
from kg.relations.base import Relation, Sentence, with_opens
from kg.relations.cues import cue_pattern

# "more than 300 delegates", "some 40 scientists", "senior officials": a count and up to two lower-case
# words may come between the opener and the group noun
_COUNT = r"(?:(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|hundreds\s+of|dozens\s+of)\s+)?(?:\d[\d,.]*\s+)?"

# where the list ends: a clause of its own ("…, which …"), a purpose ("… to discuss …"), a quote's verb
_END = re.compile(r";|,\s+(?:which|who|whose|where|when|while|as|but|said|says|according)\b"
                  r"|\s+(?:to|who|which|that|where|said|says)\s")


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """Opener, count, group noun and its "of" / "from": the list of bodies begins after it."""
    return re.compile(r"(?P<verb>" + cue_pattern("group_openers", "en") + r")\s+" + _COUNT
                      + r"(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:" + cue_pattern("attendee_groups", "en")
                      + r")\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def attendee_groups(s: Sentence) -> list[Relation]:
    """participatedIn for the bodies and people named after "drew / joined by / with … representatives of"."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for m in _opening().finditer(s.text, s.start, s.end):
        at = m.start()
        if m.group("verb").casefold() == "with" and not with_opens(s, at):
            continue
        stop = _END.search(s.text, m.end(), s.end)
        event = event_of(s, at)
        if event is None:
            continue
        members = list_members(s, m.end(), stop.start() if stop else s.end)
        out += [Relation(x.id, "participatedIn", event.id, s.index) for x in members]
    return out

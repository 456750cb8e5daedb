"""English: which event a sentence far from any event name, or a list after a programme, belongs to.

- ``only_event_before``: a report of one contest or fair goes on about it for many sentences; where no
  event is named within the look-back, the one event the article has named so far is the sentence's.
- ``programme_item``: "It features talks by writers, a used-book market and an exhibition of rare maps" —
  a happening listed as part of what an event offers is not the event a following list belongs to.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.textutil import norm_key

if TYPE_CHECKING:
    from kg.relations.base import Mention, Sentence


# the year or ordinal of an edition, before or after the name: "2026 National Cup", "140th Canton Fair",
# "VinFuture Prize 2026" are the "National Cup", "Canton Fair", "VinFuture Prize" the headline names
_EDITION = re.compile(r"^(?:\d{4}|\d+(?:st|nd|rd|th))\s+|\s+\d{4}$")


def only_event_before(s: "Sentence") -> "Mention | None":
    """English: the one event an article has named before this sentence, however far back (a report of one
    contest or fair goes on about it for many sentences); None where it named none or several."""
    if s.lang != "en":
        return None
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref and m.sentence < s.index]
    if not named or len({norm_key(_EDITION.sub("", m.text)) for m in named}) > 1:
        return None
    return max(named, key=lambda m: (m.sentence, m.start))


def programme_item(s: "Sentence", ev: "Mention") -> bool:
    """English: ``ev`` is a happening listed as part of what an event offers ("It features talks by
    writers, a used-book market and an exhibition of rare maps"), not an event a list belongs to."""
    return ev.ref and re.search(r"\b(?:features?|featuring|include[sd]?|including|offers?|offering)\s+[^.;]{0,120}$",
                                s.text[max(0, ev.start - 140):ev.start]) is not None

"""What puts a body at an event it is said to act "on the sidelines of" ("Bên lề hội thảo, A và B ký …").

The tune golds count the parties to a signing on an event's sidelines as taking part in it, and no one
else: a body that shows a model or hands over a gift there is not (read by kg.relations.attendance). In English, one
who speaks there ("Speaking on the sidelines of the forum, X said …") took part too (:func:`side_opening`).
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence

# "Bên lề hội thảo, …", "Cũng bên lề diễn đàn, …"
_SIDELINES = re.compile(r"\s*(?:cũng\s+)?bên lề(?![\w])", re.IGNORECASE)

# (only "ký": the "trao" of signing_verbs, an exchange of signed papers, would be a gift here)
_SIGNS = re.compile(r"\s*(?:đã\s+|cũng\s+|đồng thời\s+|vừa\s+)*ký(?![\w])", re.IGNORECASE)


def unsigned_sidelines(s: Sentence, body: str, pos: int) -> bool:
    """``body`` (the sentence's text) opens on an event's sidelines and the clause after ``pos`` (its subjects'
    end) signs nothing."""
    return _SIDELINES.match(body) is not None and _SIGNS.match(s.text, pos, s.end) is None


# openings that put their subject at the event they name, not read by kg.relations.participation: "During the visit,
# …", "Speaking on the sidelines of the forum, …", "Talking to reporters on the margins of the summit, …", "Bên lề …"
# (a bare "On the sidelines of the forum, X signed …" is the signing readers')
_SIDE_OPENING = re.compile(r"\s*(?:during|within|on the occasion|speaking after|(?:speaking|talking)\s+(?:to\s+(?:reporters|journalists"
                           r"|the\s+press)\s+)?on the (?:sidelines?|margins)|(?:cũng\s+)?(?:trong|nhân dịp|bên lề))\b",
                           re.IGNORECASE)

# "Samsung Vietnam chief executive Choi Joo Ho": a body, then lower-case title words, then the person holding them
_HOLDER_GAP = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){1,4}\s+")


def side_opening(body: str) -> bool:
    """The sentence ``body`` opens with a frame that puts its subject at the event it names."""
    return _SIDE_OPENING.match(body) is not None


def title_holder(s: Sentence, after: list[Mention]) -> Mention | None:
    """English: the person a body opening the clause only titles ("Samsung Vietnam chief executive Choi Joo Ho said
    …"): the speaker is the person, the body names the post."""
    if s.lang != "en" or len(after) < 2 or after[0].type != "Organization" or after[1].type != "Person":
        return None
    return after[1] if _HOLDER_GAP.fullmatch(s.text, after[0].end, after[1].start) else None

"""English phrases that say where a body sits though its place is not right after "based in": "which is based in
the city's Hải Châu district" (a possessive common noun standing for a place named earlier), "JICA, whose office
in Hà Nội has funded …" (the body's own office) and "the X Field Days, held across the Mekong Delta" (an event
spread over a region). ``locations`` in kg.relations.places gives the body before such a
phrase the place after it."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern

_SEAT_CACHE: dict[str, re.Pattern[str]] = {}

# "in the central province of Nghệ An", "in the Mekong Delta province of Đồng Tháp", "in the border commune of Đồng
# Văn": the kind of unit a place is, written before it (a regex fragment ending right before the place)
UNIT_OF = (r"the\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:province|city|district|region|commune|ward|town|capital|island)"
           r"\s+of\s+")


def _seat_pattern() -> re.Pattern[str]:
    """The phrase that ends right before the place (cue lists ``seat_owner_nouns`` and ``own_office_nouns``)."""
    if "en" not in _SEAT_CACHE:
        owners = cue_pattern("seat_owner_nouns", "en")
        offices = cue_pattern("own_office_nouns", "en")
        _SEAT_CACHE["en"] = re.compile(
            rf"(?:\b(?:headquartered|based|located)\s+in\s+the\s+(?:{owners})['’]s\s+"  # "based in the city's"
            r"|,\s+(?:held|taking\s+place|running)\s+across\s+(?:the\s+)?"  # "…, held across the"
            rf"|,\s+whose\s+(?:[a-z]+\s+)?(?:{offices})\s+in\s+(?:the\s+)?)$")  # ", whose office in"
    return _SEAT_CACHE["en"]


def seat_phrase_before(before: str) -> bool:
    """``before`` (the text right before a place) ends with a phrase that seats the body named before it there."""
    return _seat_pattern().search(before) is not None


# "… is a ", "…, which is a ": the copula that says what the body before it is
_COPULA_A = re.compile(r"(?:\s*,\s*which)?\s+(?:is|was|remains)\s+(?:a|an|the)\s+")


def copula_body(s: Sentence, pl: Mention) -> Mention | None:
    """The body (or its short form) a copula right before ``pl`` describes: "The institute is a Nha Trang-based
    research body" (the caller has checked that ``-based`` or a firm noun follows the place)."""
    return next((o for o in s.of_type("Organization") if not o.nested and _COPULA_A.fullmatch(s.text, o.end, pl.start)),
                None)

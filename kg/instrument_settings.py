"""A place or body named inside an English instrument's name that stays an entity of the article with no fact of its own:
its setting ("a project on … in the Mekong Delta", "a memorandum on promoting Khánh Hòa in South Korea and Japan",
"… container berths at Lạch Huyện") or its body ("a decree on the X Fund"), written at the name's end (a period may
follow: "… for 2026-2030"); likewise the built thing an English ceremony is named for ("the groundbreaking of the Cát
Lái Bridge", "the inauguration ceremony for the X Industrial Park"). Read by :func:`kg.resolve.resolve_article`, which
drops other nested mentions no fact uses.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention
from kg.nlp.patterns import UPPER_VI

_CAP = rf"[{UPPER_VI}][\w'’-]*\s+"
_BEFORE = {"Place": re.compile(rf"\s(?:in|for|at)\s+(?:the\s+)?(?:{_CAP}){{0,3}}(?:and\s+(?:{_CAP}){{0,3}})?$"),
           "Organization": re.compile(r"\s(?:on|for)\s+the\s+$")}
# "the groundbreaking ceremony for the …", "the inauguration of the …": the ceremony's built thing closes its name
_SITE_BEFORE = re.compile(r"\s(?:of|for)\s+the\s+$")
_AFTER = re.compile(r"(?:\s+and\s+(?:[^\W\d_][\w'’-]*\s*){1,3})?(?:\s+(?:for|to|until)\s+20\d\d\S*)?")


def named_setting(text: str, type_: str, m: Mention, policies: list[Mention]) -> bool:
    """``m`` (a mention of type ``type_``) ends the name of one of ``policies`` as its setting or body."""
    before = _BEFORE.get(type_)
    return before is not None and any(o.start <= m.start < m.end <= o.end and before.search(text[o.start:m.start])
                                      and _AFTER.fullmatch(text[m.end:o.end]) for o in policies)


def ceremony_site(text: str, m: Mention, events: list[Mention]) -> bool:
    """``m`` (a Place mention) ends the name of one of ``events`` as the thing it was held for ("the groundbreaking of
    the Cát Lái Bridge"): a named place of the article even when no fact uses it."""
    return any(o.start <= m.start < m.end == o.end and _SITE_BEFORE.search(text[o.start:m.start]) for o in events)

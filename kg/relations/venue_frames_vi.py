"""Vietnamese: frames in which a place written after "tại / ở" is no venue of the sentence's event.

- The people of a place: "Trong khuôn khổ lễ hội, các nghệ nhân ở làng Ốp, phường Hoa Lư đã tái hiện …", "Tại hội
  chợ, các hộ nông dân tại xã X giới thiệu …": a noun for people or households (``resident_groups``) right before
  "ở / tại" says where they live or come from; the event named before is held elsewhere.
- A proposal: "Tỉnh đề nghị tổ chức Festival X năm 2032 tại thị xã Y", "xin đăng cai Giải Z tại tỉnh W": a verb
  of asking (``proposal_cues``) before "tổ chức / đăng cai" and the event puts the place in a request, not in
  the text's account of where something is held.

The cue words are data in ``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.relations.cues import cue_pattern
from kg.textutil import compiled


def people_of_place(before: str) -> bool:
    """The words before a place end with a people noun and "ở / tại" (a unit word may follow): "các nghệ nhân ở
    ", "người dân tại xã "."""
    return compiled(r"(?:" + cue_pattern("resident_groups", "vi") + r")\s+(?:tại|ở)\s+(?:"
                    + cue_pattern("unit_words", "vi") + r"\s+)?$", re.IGNORECASE).search(before) is not None


def proposed_event(text: str, lo: int, ev_start: int) -> bool:
    """The event at ``ev_start`` is the object of a request to hold it ("đề nghị tổ chức ", "xin đăng cai "),
    read in the 60 characters before it (not before ``lo``, the sentence's start)."""
    window = text[max(lo, ev_start - 60):ev_start]
    return compiled(r"(?:" + cue_pattern("proposal_cues", "vi") + r")(?:\s+[^\s,.;:]+){0,3}?\s+(?:được\s+)?"
                    r"(?:tổ chức|đăng cai(?:\s+tổ chức)?)\s+(?:lại\s+)?$", re.IGNORECASE).search(window) is not None

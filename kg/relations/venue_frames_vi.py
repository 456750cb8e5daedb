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
    ", "người dân tại xã ". Not the people an event is for or with, which end its name ("Hội nghị đối thoại với
    người lao động tại Khu công nghiệp X", "Tọa đàm … cho học sinh tại Hà Nội": the event's venue)."""
    m = compiled(r"(?:" + cue_pattern("resident_groups", "vi") + r")\s+(?:tại|ở)\s+(?:"
                 + cue_pattern("unit_words", "vi") + r"\s+)?$", re.IGNORECASE).search(before)
    return m is not None and not _FOR_PEOPLE.search(before, 0, m.start())


# "với / cho / dành cho / giữa (các) người lao động": the people are the event's partners or audience
_FOR_PEOPLE = re.compile(r"(?<![\w])(?:với|cho|giữa|về)\s+(?:(?:các|những|toàn thể|đông đảo|hơn|gần|\d+[\d.]*)\s+)*$",
                         re.IGNORECASE)


def proposed_event(text: str, lo: int, ev_start: int) -> bool:
    """The event at ``ev_start`` is the object of a request to hold it ("đề nghị tổ chức ", "xin đăng cai "),
    read in the 60 characters before it (not before ``lo``, the sentence's start)."""
    window = text[max(lo, ev_start - 60):ev_start]
    return compiled(r"(?:" + cue_pattern("proposal_cues", "vi") + r")(?:\s+[^\s,.;:]+){0,3}?\s+(?:được\s+)?"
                    r"(?:tổ chức|đăng cai(?:\s+tổ chức)?)\s+(?:lại\s+)?$", re.IGNORECASE).search(window) is not None


# "tổ chức thêm ba phiên giao dịch việc làm tại X", "các hội chợ ở Y", "nhiều hội thảo tại Z": a bare kind word
# counted or made plural speaks of other happenings of the kind, not of the event named before
_OTHERS_VI = re.compile(r"(?<![\w])(?:thêm|các|những|nhiều|một số|mỗi|hàng loạt|vài|\d+|hai|ba|bốn|sáu|bảy|tám|chín|"
                        r"mười|hàng chục|hàng trăm)(?:\s+(?:cuộc|buổi|đợt|kỳ))?\s+$", re.IGNORECASE)


# "tỉnh sẽ tổ chức hội chợ tại huyện X", "dự kiến tổ chức lễ hội ở Y", "hội chợ năm sau": a happening of the kind still
# to come, not the one told
_COMING_BEFORE_VI = re.compile(r"(?<![\w])(?:sẽ|dự kiến|dự định|có kế hoạch|chuẩn bị)(?:\s+(?:được|tiếp tục|tổ chức|mở|"
                               r"diễn ra|lại|thêm|đăng cai))*\s+$", re.IGNORECASE)
_COMING_AFTER_VI = re.compile(r"\s+(?:năm sau|năm tới|lần tới|lần sau|tiếp theo|kế tiếp|sắp tới)(?![\w])", re.IGNORECASE)


def other_of_kind_vi(text: str, lo: int, ev_start: int, ref: bool, ev_end: int | None = None) -> bool:
    """A bare reference to an event (``ref``) counted or made plural by the words before it (not before ``lo``), or
    one still to come ("sẽ tổ chức hội chợ …", "hội chợ năm sau")."""
    if not ref:
        return False
    before = text[max(lo, ev_start - 30):ev_start]
    return _OTHERS_VI.search(before) is not None or _COMING_BEFORE_VI.search(before) is not None \
        or ev_end is not None and _COMING_AFTER_VI.match(text, ev_end) is not None


def resident_apposition(text: str, pos: int, end: int) -> re.Match[str] | None:
    """", một nông dân ở " (a people noun, ``resident_groups``, in an apposition right after a person's name at
    ``pos``, then "ở / tại"): the place after it is where the person lives. The match ends where the place starts."""
    return compiled(r"\s*,\s*(?:(?:là|một|là một)\s+)?(?:" + cue_pattern("resident_groups", "vi") + r")(?:\s+[^\s,.;:()\d]+)"
                    r"{0,2}?\s+(?:ở|tại)\s+", re.IGNORECASE).match(text, pos, end)

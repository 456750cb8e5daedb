"""about of an event from the purpose clause after it (Vietnamese): "UBND tỉnh sẽ tổ chức Diễn đàn Doanh nghiệp
tư nhân năm 2032 tại thành phố Việt Trì để đối thoại trực tiếp với cộng đồng doanh nghiệp về chuyển đổi số và
kinh tế xanh" — what the meeting is held to discuss is its subject. A verb of discussing or informing opens
the purpose (``_PURPOSE``), its fields after "về"; a verb of furthering or reviewing takes the field as its object,
after a few lower-case words ("để đánh giá tiến độ xây dựng chính quyền số": ``_PURPOSE_DIRECT``); only the event's place, and who holds it ("do Bộ A tổ chức", "được tổ chức"), may stand between its name and the purpose; the fields are the
topics right after "về", joined by "và" or a comma.
"""
from __future__ import annotations

import re

from kg.relations.base import TOPIC_JOIN, Relation, Sentence, joined_run
from kg.relations.cues import cue_pattern

# "Lễ hội là dịp để quảng bá …", "Hội chợ là cơ hội để …": the occasion's purpose, stated after its name
_OCCASION = r"(?:là\s+(?:dịp|cơ hội)\s+)?"
_PURPOSE = re.compile(r"\s*,?\s*" + _OCCASION + r"(?:để|nhằm)\s+(?:cùng\s+)?(?:thảo luận|trao đổi|đối thoại|bàn|bàn thảo|chia sẻ|lấy ý kiến|"
                      r"tham vấn|góp ý|tuyên truyền|phổ biến|tập huấn|thông tin|giới thiệu|kết nối|tìm giải pháp)"
                      r"(?:\s+(?!về\b)[^\s,.;:()]+){0,8}?\s+về\s+$", re.IGNORECASE)
# "… tổ chức phiên họp thường kỳ quý III năm 2031 | để đánh giá tiến độ xây dựng | chính quyền số", "Diễn đàn … | nhằm
# thúc đẩy phát triển | logistics xanh và thu hút đầu tư": a verb of furthering or reviewing, a few lower-case words,
# then the field itself
# (the verbs are data: ``purpose_further_verbs``)
_PURPOSE_DIRECT = re.compile(r"\s*,?\s*" + _OCCASION + r"(?:để|nhằm)\s+(?:cùng\s+)?(?:" + cue_pattern("purpose_further_verbs", "vi") + r")"
                             r"(?:\s+[a-zà-ỹđ]+){0,4}?\s+$"
                             # (or right after "nhằm": "… nhằm | giảm phát thải khí nhà kính", a field with its own verb)
                             r"|\s*,?\s*nhằm\s+$", re.IGNORECASE)
_PLACE_GAP = re.compile(r"\s+(?:tại|ở)\s+")
# who holds the event, written between its name and the purpose: "Diễn đàn … | do Bộ A phối hợp với UBND tỉnh B tổ
# chức | nhằm …", "Hội nghị … | được tổ chức | tại …", "Ngày hội … | được Sở A tổ chức |" (no comma inside: a
# new clause is not the event's)
_HELD_BY_GAP = re.compile(r"\s+(?:(?:đã|sẽ|vừa)\s+)?(?:được\s+)?(?:(?:do|được)\s+[^,.;:()]{2,150}?\s+)?(?:đồng\s+)?tổ chức\b")


def purpose_topics(s: Sentence) -> list[Relation]:
    """about: the topics of "EVENT (tại PLACE) để thảo luận / đối thoại … về X và Y" (or "EVENT là dịp để quảng bá X")."""
    if s.lang != "vi":
        return []
    topics = sorted((m for m in s.mentions if m.type == "Topic"), key=lambda m: m.start)
    places = sorted(s.of_type("Place"), key=lambda m: m.start)
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        end = ev.end
        held = _HELD_BY_GAP.match(s.text, end, s.end)
        if held is not None and not any(end <= e.start < held.end() for e in s.of_type("Event")):
            end = held.end()
        for pl in places:  # "… năm 2032 | tại thành phố Việt Trì |"
            if pl.start >= end and _PLACE_GAP.fullmatch(s.text, end, pl.start) or \
                    pl.start >= end and re.fullmatch(r"\s+(?:tại|ở)\s+\S+(?:\s+\S+)?\s+", s.text[end:pl.start]):
                end = pl.end
                break
        first = next((t for t in topics if t.start >= end), None)
        if first is None or not (_PURPOSE.fullmatch(s.text, end, first.start)
                                 or _PURPOSE_DIRECT.fullmatch(s.text, end, first.start)):
            continue
        out += [Relation(ev.id, "about", t.id, s.index) for t in joined_run(s.text, topics, first, TOPIC_JOIN)]
    return out


_SIGNING = re.compile(r"(?:lễ|buổi lễ)\s+ký(?:\s+kết)?", re.IGNORECASE)


def signed_instrument_topics(s: Sentence) -> list[Relation]:
    """about: a signing ceremony named apart from the instrument it signs ("Lễ ký kết | Thỏa thuận hợp tác về
    khoa học, công nghệ và đổi mới sáng tạo …") is about the fields the instrument's name states."""
    if s.lang != "vi":
        return []
    topics = [m for m in s.mentions + s.nested if m.type == "Topic"]
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        if not _SIGNING.fullmatch(ev.text.strip()):
            continue
        pol = next((p for p in s.of_type("Policy") if p.start > ev.end and not s.text[ev.end:p.start].strip()), None)
        if pol is None:
            continue
        out += [Relation(ev.id, "about", t.id, s.index) for t in topics if pol.start <= t.start and t.end <= pol.end]
    return out

"""Where a Vietnamese event's name ends (kg.nlp.recognizers.events.event_name_vi): "lần đầu", a predicate after the head."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text


def _events(text: str) -> set[str]:
    return {text[e.start:e.end] for e in analyze_text(text, "vi").ents if e.label == "EVENT"}


def test_for_the_first_time_is_no_part_of_the_name():
    """"lần đầu (tiên)" says the event is new; "lần thứ nhất" is its edition and stays."""
    assert "Lễ hội Hoa ban" in _events("Hôm qua, Lễ hội Hoa ban lần đầu được tổ chức tại thành phố Điện Biên Phủ.")
    assert "Liên hoan phim tài liệu châu Á" in _events("Năm nay, Liên hoan phim tài liệu châu Á lần đầu về với Đà Nẵng.")
    got = _events("Sáng 4/10, Festival Hoa Đà Lạt lần đầu tiên có sự tham gia của nghệ nhân Hà Lan.")
    assert "Festival Hoa Đà Lạt" in got and not any("lần đầu" in n for n in got)
    assert "Hội chợ Nông sản Tây Nguyên lần thứ nhất" in _events("Hội chợ Nông sản Tây Nguyên lần thứ nhất diễn ra tại Pleiku.")

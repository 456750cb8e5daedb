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


def test_a_verb_and_a_count_after_the_head_are_its_predicate():
    """"Ngày hội thu hút 3.000 lao động": what the fair drew, no name; "Hội nghị thu hút đầu tư …" stays a name."""
    for text in ("Ngày hội thu hút 3.000 lao động đến tìm việc.", "Hội chợ có hơn 200 gian hàng của doanh nghiệp.",
                 "Hội thi quy tụ 30 đội đến từ các huyện.", "Lễ hội kéo dài 3 ngày với nhiều hoạt động."):
        assert all(len(n.split()) <= 2 for n in _events(text)), text
    held = _events("Sáng 5/6, tỉnh tổ chức Hội nghị thu hút đầu tư vào khu kinh tế Dung Quất.")
    assert "Hội nghị thu hút đầu tư vào khu kinh tế Dung Quất" in held


def test_a_field_that_closes_a_name_keeps_its_year():
    """"… trong ngành dệt may | năm 2027": the sector ends the name's words, the year after it is its edition."""
    got = _events("Ngày 19/10, Bộ Công Thương tổ chức Hội thảo quốc gia về kinh tế tuần hoàn trong ngành dệt may năm 2027.")
    assert "Hội thảo quốc gia về kinh tế tuần hoàn trong ngành dệt may năm 2027" in got
    got = _events("Sáng 2/3, Sở Y tế tổ chức Hội nghị ứng dụng trí tuệ nhân tạo trong y tế năm 2031 tại Cần Thơ.")
    assert any(n.endswith("trong y tế năm 2031") for n in got), got

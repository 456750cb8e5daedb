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


def test_a_congress_is_named_with_its_term():
    """"… lần thứ VII, nhiệm kỳ 2032 - 2037": the term is part of a congress's name (as the tune golds name it), and the
    headline's short form without it is the same event."""
    from articlefacts import resolved_entities

    got = _events("Sáng 12/5, Đại hội đại biểu Hội Cựu chiến binh tỉnh Quảng Ngãi lần thứ VII, nhiệm kỳ 2032 - 2037 "
                  "đã khai mạc tại TP Quảng Ngãi.")
    assert "Đại hội đại biểu Hội Cựu chiến binh tỉnh Quảng Ngãi lần thứ VII, nhiệm kỳ 2032 - 2037" in got
    got = _events("Ngày 20/4, Hội Nông dân tỉnh Hòa Bình tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2032–2037.")
    assert "Đại hội đại biểu lần thứ XII, nhiệm kỳ 2032–2037" in got
    assert "Kỳ họp thứ 12" in _events("Chiều 3/7, Kỳ họp thứ 12 HĐND tỉnh Lâm Đồng khóa VIII bế mạc.")  # (a session: no term)
    text = ("Đại hội Đảng bộ xã Tân Lập lần thứ III thành công tốt đẹp\n\nNgày 2/9, Đảng ủy xã Tân Lập tổ chức Đại hội "
            "đại biểu Đảng bộ xã Tân Lập lần thứ III, nhiệm kỳ 2030 - 2035. Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí.")
    events = [n for n, t in resolved_entities(text, "vi", "2030-09-03") if t == "Event"]
    assert events == ["Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ III, nhiệm kỳ 2030 - 2035"], events


def test_a_unit_named_with_a_number_word_stays_in_the_name():
    """"xã Ba Vì", "huyện Năm Căn": after the unit's head a capitalised "Ba" / "Năm" names it, it is no count."""
    assert "Đại hội Đảng bộ xã Ba Vì" in _events("Đại hội Đảng bộ xã Ba Vì khai mạc.")
    assert "Đại hội Đảng bộ phường Ba Đình lần thứ I" in _events("Đại hội Đảng bộ phường Ba Đình lần thứ I khai mạc.")
    assert "Hội nghị Ban Chấp hành Đảng bộ huyện Năm Căn" in _events("Hội nghị Ban Chấp hành Đảng bộ huyện Năm Căn diễn ra ngày 3/10.")
    # in lower case the count still ends a name: "… xã ba năm liền" is not a unit
    assert not any("ba năm" in n for n in _events("Hội thi của xã ba năm liền đạt giải."))

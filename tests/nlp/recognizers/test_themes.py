"""Tests of kg.nlp.recognizers.themes: words of a theme or a festival's name are no person."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_quoted_theme_names_no_one():
    got = resolved_entities("Tối 2/4, UBND tỉnh Sơn La khai mạc Ngày hội Văn hóa các dân tộc năm 2027 với chủ đề "
                            "\"Hoa Mận - Sắc màu Tây Bắc\".", "vi")
    assert not any(t == "Person" for n, t in got)


def test_the_name_a_festival_celebrates_is_no_person_elsewhere():
    text = ("Lễ hội Hoa Mận Mộc Châu năm 2027 khai mạc tối 2/4. Trong khuôn khổ lễ hội có cuộc thi ảnh Hoa Mận và "
            "phiên chợ vùng cao. Ông Lê Văn Dũng, Phó Chủ tịch UBND huyện, cho biết.")
    got = resolved_entities(text, "vi")
    assert ("Hoa Mận", "Person") not in got
    assert ("Lê Văn Dũng", "Person") in got

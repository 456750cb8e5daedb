"""kg.example_lists: a field named only as an example of a list ("những lĩnh vực liên quan như …") is no Topic of
the article; the same field held by a policy or an event, or named elsewhere, stays."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def topics(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, published="2030-12-10") if t == "Topic"}


def test_fields_listed_as_examples_are_named_in_passing():
    assert "logistics" not in topics("Tại hội thảo, các chuyên gia góp ý về những lĩnh vực liên quan như logistics, "
                                     "quy hoạch đô thị và cấp phép xây dựng.")
    assert "năng lượng tái tạo" not in topics("Tỉnh ưu tiên thu hút đầu tư vào các ngành như năng lượng tái tạo, "
                                              "công nghiệp chế biến và du lịch.")


def test_a_field_an_event_is_about_stays():
    got = facts("Sáng 5/5, Sở Công Thương tỉnh Bình Dương tổ chức Hội thảo về logistics. Các đại biểu bàn nhiều vấn "
                "đề như logistics, kho lạnh và cảng cạn.", "2030-12-10")
    assert any(p == "about" and o == "logistics" for _, p, o in got)
    assert "trí tuệ nhân tạo" in topics("Sáng 5/5, Sở Khoa học và Công nghệ tổ chức Hội thảo về các công nghệ như "
                                        "trí tuệ nhân tạo và chuỗi khối.")


def test_a_field_named_again_outside_the_list_stays():
    assert "năng lượng tái tạo" in topics("Tỉnh ưu tiên các ngành như năng lượng tái tạo và chế biến. Năm nay, năng "
                                          "lượng tái tạo đóng góp 12% sản lượng điện của tỉnh.")

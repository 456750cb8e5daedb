"""Tests of kg.nlp.recognizers.policy_served: a policy's lower-case name goes on to whom it serves ("cho ngành …",
"đối với dự án …") and ends before a bare "đối với"."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_policy_name_goes_on_to_whom_it_serves():
    names = {n for n, t in resolved_entities("Bộ Tài chính đang soạn dự thảo Nghị định về hỗ trợ tín dụng cho hợp tác xã "
                                              "nông nghiệp, dự kiến trình Chính phủ trong tháng 6.") if t == "Policy"}
    assert "Nghị định về hỗ trợ tín dụng cho hợp tác xã nông nghiệp" in names
    names = {n for n, t in resolved_entities("Tỉnh triển khai Đề án về ưu đãi thuế đối với dự án nông nghiệp công nghệ cao "
                                              "trong năm 2027.") if t == "Policy"}
    assert "Đề án về ưu đãi thuế đối với dự án nông nghiệp công nghệ cao" in names


def test_policy_name_ends_before_a_link_to_no_one_served():
    names = {n for n, t in resolved_entities("UBND tỉnh triển khai Nghị định về xử phạt vi phạm hành chính đối với hành vi "
                                              "gian lận thương mại.") if t == "Policy"}
    assert "Nghị định về xử phạt vi phạm hành chính" in names
    assert not any(n.endswith(" đối") for n in names)

"""Tests of kg.nlp.recognizers.trade_companies: companies named through their trade words."""
from __future__ import annotations

from articlefacts import kg_spans, resolved_entities


def test_a_titled_company_name_ends_before_its_holders_full_name():
    got = resolved_entities("Giám đốc Hợp tác xã dịch vụ nông nghiệp Phú Hòa Trần Thị Thu Hằng cho biết giá lúa "
                            "năm nay tăng.", "vi")
    assert ("Hợp tác xã dịch vụ nông nghiệp Phú Hòa", "Organization") in got
    assert ("Trần Thị Thu Hằng", "Person") in got
    # with no title before it, a name run on is the firm's own
    untitled = resolved_entities("Công ty TNHH thương mại Hoàng Long Minh Đức vừa ký hợp đồng mới.", "vi")
    assert ("Công ty TNHH thương mại Hoàng Long Minh Đức", "Organization") in untitled


def test_a_state_owned_single_member_company_keeps_its_legal_form():
    got = resolved_entities("Công ty TNHH Nhà nước một thành viên Xổ số kiến thiết Bình Định ủng hộ 300 triệu đồng.", "vi")
    assert ("Công ty TNHH Nhà nước một thành viên Xổ số kiến thiết Bình Định", "Organization") in got


def test_a_legal_form_after_a_capitalised_trade():
    got = resolved_entities("Trung tâm Phát triển quỹ đất huyện phối hợp với Công ty Đấu giá hợp danh Hưng Phát tổ chức "
                            "phiên đấu giá.", "vi")
    assert ("Công ty Đấu giá hợp danh Hưng Phát", "Organization") in got
    assert not any(t == "Person" for n, t in got)


def test_a_plant_named_by_what_it_makes_is_a_place_even_after_a_rejected_company_run():
    spans = kg_spans("Công ty khởi công Nhà máy điện gió Hướng Linh 7 và mở rộng Nhà máy nước Vạn Niên.", "vi",
                     "2025-11-18")
    assert ("LOC", "Nhà máy điện gió Hướng Linh 7") in spans
    assert ("LOC", "Nhà máy nước Vạn Niên") in spans
    assert not any(label == "ORG" and text.startswith("Công ty khởi") for label, text in spans)

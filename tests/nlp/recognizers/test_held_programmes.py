"""Tests of kg.nlp.recognizers.held_programmes: a quoted programme that is held or brought somewhere is an event;
and the job-fair sitting and road-race heads ("Phiên giao dịch việc làm", "Giải chạy") of EVENT_HEADS_VI."""
from __future__ import annotations

from articlefacts import resolved_entities


def test_a_programme_of_a_kind_held_with_its_name_in_quotes_is_an_event():
    got = resolved_entities('Cùng ngày, Công ty Cổ phần May Sông Hồng tổ chức chương trình hiến máu "Giọt máu nghĩa '
                            'tình" tại nhà máy.', published="2030-04-20")
    assert ('chương trình hiến máu "Giọt máu nghĩa tình"', "Event") in got


def test_a_quoted_programme_that_came_to_a_commune_is_an_event():
    got = resolved_entities('Ngày 9/10, chương trình "Ấm áp vùng cao" năm 2030 của Trung ương Đoàn đã về với xã Pà Cò, '
                            'huyện Mai Châu.', published="2030-10-10")
    assert ('chương trình "Ấm áp vùng cao" năm 2030', "Event") in got
    got = resolved_entities('Sáng 3/6, Chương trình "Thầy thuốc đồng hành" lần thứ III do Bệnh viện Bạch Mai tổ chức '
                            'diễn ra ở huyện Ba Vì.', published="2030-06-03")
    assert ('Chương trình "Thầy thuốc đồng hành" lần thứ III', "Event") in got


def test_a_quoted_programme_carried_out_is_no_event():
    got = resolved_entities('Tỉnh tiếp tục thực hiện Chương trình "Mỗi xã một sản phẩm" trong năm 2030.',
                            published="2030-06-03")
    assert not any(t == "Event" for _, t in got)


def test_a_job_fair_sitting_named_with_a_capital_is_an_event_and_counted_ones_are_not():
    got = resolved_entities("Sáng 12/3, Trung tâm Dịch vụ việc làm tỉnh Nam Định tổ chức Phiên giao dịch việc làm lưu "
                            "động tại Nhà văn hóa xã Hải Hậu. Năm nay, tỉnh tổ chức 24 phiên giao dịch việc làm.",
                            published="2030-03-12")
    assert ("Phiên giao dịch việc làm lưu động", "Event") in got
    assert sum(t == "Event" for _, t in got) == 1


def test_a_road_race_named_with_a_quote_is_an_event():
    got = resolved_entities('Sáng 1/3, Giải chạy "Vì trẻ em vùng cao" diễn ra tại Công viên Yên Sở.',
                            published="2030-03-01")
    assert ('Giải chạy "Vì trẻ em vùng cao"', "Event") in got


def test_book_fairs_and_charity_markets_numbered_or_dated_are_events():
    got = resolved_entities("Tối 15/8, Hội sách Thành phố Hồ Chí Minh lần thứ X năm 2030 khai mạc tại Công viên Lê Văn "
                            "Tám. Ngày 1/6, Hội Chữ thập đỏ huyện Krông Pắc tổ chức Chợ phiên nhân đạo năm 2030 tại xã Ea "
                            "Kly. Hội sách thu hút nhiều bạn đọc.", published="2030-08-16")
    assert ("Hội sách Thành phố Hồ Chí Minh lần thứ X năm 2030", "Event") in got
    assert ("Chợ phiên nhân đạo năm 2030", "Event") in got


def test_a_ceremony_handing_a_quoted_scholarship_keeps_the_title_and_year():
    got = resolved_entities('Sáng 10/5, Tỉnh đoàn Đắk Lắk tổ chức Lễ trao học bổng "Tiếp sức đến trường" năm 2030 tại '
                            'Hội trường Tỉnh ủy.', published="2030-05-10")
    assert ('Lễ trao học bổng "Tiếp sức đến trường" năm 2030', "Event") in got

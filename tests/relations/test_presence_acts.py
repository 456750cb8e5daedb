"""Tests of kg.relations.presence_acts: people placed at the event just told by an act only someone there does."""
from __future__ import annotations

from articlefacts import facts

_VISIT = ("Sáng 3/2, tại Nhà văn hóa xã Tân Lập, tỉnh Phú Thọ, Hội Chữ thập đỏ tỉnh Phú Thọ tổ chức Chương trình "
          "\"Xuân yêu thương\" năm 2031.\n\nPhó Bí thư Tỉnh ủy Phú Thọ Nguyễn Văn Khánh đến thăm, trao quà cho các gia "
          "đình chính sách.\n\nÔng Nguyễn Văn Khánh cho biết, tỉnh sẽ tổ chức Hội nghị tổng kết công tác xã hội năm 2031.")


def test_a_visitor_who_hands_out_gifts_took_part_but_not_in_the_meeting_he_announces():
    got = facts(_VISIT, "2031-02-03")
    assert ("Nguyễn Văn Khánh", "participatedIn", 'Chương trình "Xuân yêu thương" năm 2031') in got
    assert ("Nguyễn Văn Khánh", "participatedIn", "Hội nghị tổng kết công tác xã hội năm 2031") not in got


def test_two_officials_who_hand_over_the_trophy_took_part_in_the_tournament():
    text = ("Tối 20/7, Giải bóng chuyền nữ Cúp Hùng Vương lần thứ 5 năm 2030 khép lại tại Nhà thi đấu tỉnh Phú Thọ.\n\n"
            "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ Lê Thị Hà và Chủ tịch Liên đoàn Bóng chuyền Việt Nam "
            "Trần Đức Phấn trao cúp cho đội vô địch.")
    got = facts(text, "2030-07-21")
    assert ("Lê Thị Hà", "participatedIn", "Giải bóng chuyền nữ Cúp Hùng Vương lần thứ 5 năm 2030") in got
    assert ("Trần Đức Phấn", "participatedIn", "Giải bóng chuyền nữ Cúp Hùng Vương lần thứ 5 năm 2030") in got


def test_a_ribbon_cutter_with_companions_and_those_who_came_along():
    text = ("Ngày 9/6, Công ty Cổ phần Thép Nam Việt tổ chức Lễ khánh thành Nhà máy thép Phú Mỹ 2 tại Khu công nghiệp "
            "Phú Mỹ, thành phố Hồ Chí Minh.\n\nBộ trưởng Bộ Công Thương Nguyễn Hồng Diên cùng lãnh đạo thành phố cắt băng "
            "khánh thành nhà máy. Cùng đi có Thứ trưởng Bộ Công Thương Phan Thị Thắng.")
    got = facts(text, "2030-06-10")
    assert ("Nguyễn Hồng Diên", "participatedIn", "Lễ khánh thành Nhà máy thép Phú Mỹ 2") in got
    assert ("Phan Thị Thắng", "participatedIn", "Lễ khánh thành Nhà máy thép Phú Mỹ 2") in got


def test_an_act_before_the_event_and_a_quoted_official_are_not_attendance():
    text = ("Sáng 12/9, Trường Tiểu học Kim Đồng tổ chức Lễ khai giảng năm học 2030–2031 tại phường Ba Đình, Hà Nội.\n\n"
            "Trước đó, Chủ tịch UBND phường Ba Đình Lê Hồng Sơn đã kiểm tra cơ sở vật chất của nhà trường.\n\n"
            "Theo Phó Giám đốc Sở Giáo dục và Đào tạo Hà Nội Trần Lưu Hoa, Sở sẽ trao 200 suất học bổng.")
    got = facts(text, "2030-09-12")
    assert not any(p == "participatedIn" and s in ("Lê Hồng Sơn", "Trần Lưu Hoa") for s, p, o in got)


def test_people_who_join_in_the_festivities_took_part():
    text = ("Sáng 1/5, Lễ hội Đền Hùng năm 2031 khai mạc tại xã Hy Cương, tỉnh Phú Thọ.\n\n"
            "Chung vui cùng người dân có Phó Chủ tịch UBND tỉnh Phú Thọ Bùi Văn Quang.")
    assert ("Bùi Văn Quang", "participatedIn", "Lễ hội Đền Hùng năm 2031") in facts(text, "2031-05-01")


def test_a_bare_noun_after_the_act_is_the_occasion_just_told():
    text = ("Tối 17/8, trận chung kết Giải bóng đá U19 Quốc gia năm 2030 diễn ra ở Sân vận động Hà Tĩnh.\n\n"
            "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải theo dõi trận đấu trên khán đài và trao cúp cho đội thắng.")
    assert ("Võ Trọng Hải", "participatedIn", "Giải bóng đá U19 Quốc gia năm 2030") in facts(text, "2030-08-18")


def test_an_earlier_visit_is_another_moment_but_an_apposed_title_still_opens_the_act():
    text = ("Sáng 2/3, Sở Giao thông vận tải tỉnh Bắc Ninh tổ chức Lễ khởi công cầu Kênh Vàng tại xã Quế Võ.\n\n"
            "Trước đó, Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn đã đến thăm, tặng quà các hộ dân phải di dời.\n\n"
            "Ông Lê Văn Bình, Giám đốc Sở Giao thông vận tải, trao quyết định giao nhiệm vụ cho nhà thầu.")
    got = facts(text, "2031-03-03")
    assert ("Lê Văn Bình", "participatedIn", "Lễ khởi công cầu Kênh Vàng") in got
    assert ("Vương Quốc Tuấn", "participatedIn", "Lễ khởi công cầu Kênh Vàng") not in got


def test_a_giver_with_companions_but_not_one_who_will_give_later():
    text = ("Ngày 12/10, Trung tâm Bảo trợ xã hội tỉnh Thanh Hóa tổ chức Ngày hội Đoàn kết toàn dân tộc năm 2030.\n\n"
            "Phó Chủ tịch UBND tỉnh Thanh Hóa Đầu Thanh Tùng cùng lãnh đạo các sở, ngành đã trao 300 suất quà cho người "
            "cao tuổi. Theo kế hoạch, Bí thư Tỉnh ủy Nguyễn Doãn Anh sẽ trao thêm 100 suất quà vào tháng 12.")
    got = facts(text, "2030-10-13")
    assert ("Đầu Thanh Tùng", "participatedIn", "Ngày hội Đoàn kết toàn dân tộc năm 2030") in got
    assert ("Nguyễn Doãn Anh", "participatedIn", "Ngày hội Đoàn kết toàn dân tộc năm 2030") not in got


def test_an_untitled_resident_who_hands_something_over_is_not_placed():
    text = ("Sáng 2/12, Tỉnh ủy Cao Bằng tổ chức Hội nghị công bố quyết định về công tác cán bộ năm 2026.\n\n"
            "Ông Lục Văn Khang trao quà và chúc mừng bà Nông Thị Hà.")
    assert not any(s == "Lục Văn Khang" and p == "participatedIn" for s, p, o in facts(text, "2026-12-05"))

"""Vietnamese general news (vi19): working delegations, titled signers of an agreement, museum displays,
agencies named with a paired field, listed companies' stock codes and boards elected at a shareholders'
meeting; sentences written for these tests."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def entities(text: str, published: str) -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one Vietnamese article."""
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.type, e.name) for e in res.entities.values()}

SIGNING = "Lễ ký kết thỏa thuận hợp tác đào tạo kỹ sư"


def test_titled_signers_of_an_agreement_took_part_in_the_signing():
    got = facts(f"Sáng 4/10, Trường Đại học Vinh và Công ty Cổ phần Phần mềm Lam Hồng tổ chức {SIGNING}. "
                "TS Phan Quốc Dũng, Hiệu trưởng Trường Đại học Vinh, và ông Hồ Sỹ Tài, Giám đốc Công ty Cổ phần "
                "Phần mềm Lam Hồng, đã ký thỏa thuận trước sự chứng kiến của đại biểu.", "2027-10-04")
    event = next(o for s, p, o in got if p == "organized")
    assert ("Phan Quốc Dũng", "participatedIn", event) in got
    assert ("Hồ Sỹ Tài", "participatedIn", event) in got
    # the bodies of the signers' titles organised the ceremony; they are not the signers of the sentence
    assert ("Phan Quốc Dũng", "memberOf", "Trường Đại học Vinh") in got


def test_a_body_that_signs_with_another_is_still_a_party():
    got = facts("Ngày 2/3, Sở Công Thương tỉnh Bến Tre tổ chức Hội nghị kết nối tiêu thụ dừa năm 2027. Tại hội nghị, "
                "Công ty TNHH Dừa Xanh ký hợp đồng bao tiêu với Hợp tác xã Dừa Mỏ Cày.", "2027-03-02")
    assert ("Công ty TNHH Dừa Xanh", "participatedIn", "Hội nghị kết nối tiêu thụ dừa năm 2027") in got
    assert ("Hợp tác xã Dừa Mỏ Cày", "participatedIn", "Hội nghị kết nối tiêu thụ dừa năm 2027") in got


def test_the_leader_of_a_ministrys_working_delegation():
    got = facts("Ngày 14/8, đoàn công tác của Bộ Tài chính do Thứ trưởng Lò Văn Hùng làm trưởng đoàn đã có buổi làm "
                "việc với UBND tỉnh Sơn La về giải ngân vốn đầu tư công. Tiếp và làm việc với đoàn có ông Cầm Văn "
                "Pản, Phó Chủ tịch UBND tỉnh Sơn La, cùng lãnh đạo Sở Tài chính tỉnh Sơn La.", "2027-08-14")
    assert ("Lò Văn Hùng", "memberOf", "Bộ Tài chính") in got
    assert ("Lò Văn Hùng", "participatedIn", "buổi làm việc") in got
    assert ("UBND tỉnh Sơn La", "participatedIn", "buổi làm việc") in got
    assert ("Cầm Văn Pản", "participatedIn", "buổi làm việc") in got
    assert ("Sở Tài chính tỉnh Sơn La", "participatedIn", "buổi làm việc") in got


def test_a_delegation_led_by_an_official_of_another_body():
    got = facts("Ngày 9/5, Đoàn kiểm tra liên ngành của Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm do "
                "Thứ trưởng Bộ Y tế Nguyễn Văn Khang làm trưởng đoàn đã làm việc với UBND tỉnh Thái Bình về kết quả "
                "Tháng hành động vì an toàn thực phẩm năm 2027.", "2027-05-09")
    assert ("Nguyễn Văn Khang", "memberOf", "Bộ Y tế") in got
    assert not any(s == "Nguyễn Văn Khang" and p == "memberOf" and o.startswith("Ban Chỉ đạo") for s, p, o in got)
    # the month of action is what the meeting dealt with, not a meeting the delegation attended
    assert ("Nguyễn Văn Khang", "participatedIn", "Tháng hành động vì an toàn thực phẩm năm 2027") not in got


def test_a_museums_themed_display_is_an_event():
    event = "Trưng bày chuyên đề \"Áo dài xưa và nay\""
    got = facts(f"Sáng 2/9, Bảo tàng Phụ nữ Việt Nam khai mạc {event}. Dự lễ khai mạc có bà Hà Thị Nga, Phó Giám đốc "
                "Sở Văn hóa và Thể thao thành phố Hà Nội.", "2027-09-02")
    assert ("Bảo tàng Phụ nữ Việt Nam", "organized", event) in got
    assert (event, "date", "2027-09-02") in got
    assert ("Hà Thị Nga", "participatedIn", event) in got
    # "Trưng bày" alone opens a sentence about what is shown, not a name
    got = facts("Trưng bày giới thiệu hơn 300 hiện vật quý.", "2027-09-02")
    assert not any(p == "date" for s, p, o in got)


def test_an_agency_named_with_a_paired_field():
    got = facts("Tham dự có đại diện Cục Quản lý Dược, Cục Quản lý Khám, chữa bệnh thuộc Bộ Y tế.", "2027-09-02")
    assert ("Cục Quản lý Khám, chữa bệnh", "subOrganizationOf", "Bộ Y tế") in got
    got = facts("Ông Lê Văn Tâm, Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai, cho biết mưa lũ đến sớm.",
                "2027-09-02")
    assert ("Lê Văn Tâm", "memberOf", "Cục Quản lý đê điều và Phòng, chống thiên tai") in got


def test_a_stock_code_is_the_companys_short_name():
    got = facts("Công ty Cổ phần Thủy sản Cà Mau Xanh (mã chứng khoán: CMX) vừa công bố kết quả kinh doanh. "
                "Bà Trần Ngọc Bích, Tổng giám đốc CMX, cho biết doanh thu tăng 12%.", "2027-09-02")
    assert ("Trần Ngọc Bích", "memberOf", "Công ty Cổ phần Thủy sản Cà Mau Xanh") in got
    assert not any(o == "CMX" or s == "CMX" for s, p, o in got)


def test_a_board_chair_elected_with_the_kind_word_of_the_company():
    got = facts("Ngày 18/4, Công ty Cổ phần Gạch men Đồng Tâm Bắc tổ chức Đại hội đồng cổ đông thường niên năm 2027. "
                "Hội đồng quản trị đã bầu ông Võ Hữu Phát giữ chức Chủ tịch Hội đồng quản trị công ty.", "2027-04-18")
    assert ("Võ Hữu Phát", "position", "Chủ tịch Hội đồng quản trị") in got
    assert ("Võ Hữu Phát", "memberOf", "Công ty Cổ phần Gạch men Đồng Tâm Bắc") in got


def test_a_birth_year_or_age_between_a_name_and_its_title():
    got = facts("Ngày 3/5, Tòa án nhân dân tỉnh Thanh Hóa xét xử bị cáo Đinh Công Tráng (SN 1975, trú tại xã Hoằng "
                "Lộc), nguyên Giám đốc Công ty TNHH Vận tải Sông Mã, về tội lừa đảo.", "2027-05-03")
    assert ("Đinh Công Tráng", "position", "nguyên Giám đốc Công ty TNHH Vận tải Sông Mã") in got
    got = facts("Ông Mai Văn Chiến (52 tuổi), Giám đốc Công ty TNHH Cơ khí Đông Anh, cho biết giá thép tăng.", "2027-05-03")
    assert ("Mai Văn Chiến", "position", "Giám đốc") in got
    assert ("Mai Văn Chiến", "memberOf", "Công ty TNHH Cơ khí Đông Anh") in got


def test_tournaments_named_in_lower_case_with_their_year():
    got = facts("Đội tuyển futsal Việt Nam đã giành vé dự Vòng chung kết Giải futsal châu Á 2028 tại Indonesia.",
                "2027-11-02")
    assert ("Vòng chung kết Giải futsal châu Á 2028", "locatedIn", "Indonesia") in got
    got = facts("Các vận động viên sẽ tham dự Giải vô địch điền kinh trẻ Đông Nam Á 2027 tại Thái Lan.", "2027-05-02")
    assert ("Giải vô địch điền kinh trẻ Đông Nam Á 2027", "locatedIn", "Thái Lan") in got
    # without a year or an edition the words name no event
    got = facts("Đội bóng đặt mục tiêu vào vòng chung kết và giành cúp vô địch tại Thái Lan.", "2027-05-02")
    assert not any(p == "locatedIn" for s, p, o in got)


def test_the_same_day_after_a_frame_dates_the_sentences_own_event():
    expo = "Triển lãm \"Huế xưa và nay\""
    talk = "Tọa đàm \"Kinh thành trong ký ức\""
    got = facts(f"Sáng 12/6, Bảo tàng Cổ vật Cung đình Huế khai mạc {expo}. Trong khuôn khổ triển lãm, chiều cùng "
                f"ngày, Hội Sử học tỉnh Thừa Thiên Huế tổ chức {talk}.", "2027-06-12")
    assert (talk, "date", "2027-06-12") in got
    assert (expo, "date", "2027-06-12") in got


def test_a_unit_of_the_body_written_as_its_kind_word():
    got = facts("Ngày 5/3, Bệnh viện Đa khoa tỉnh Kon Tum tổ chức Hội nghị khoa học năm 2027. Khoa Nội tiết của bệnh "
                "viện giới thiệu quy trình chăm sóc người bệnh đái tháo đường.", "2027-03-05")
    assert ("Khoa Nội tiết", "subOrganizationOf", "Bệnh viện Đa khoa tỉnh Kon Tum") in got
    # two schools named before: "của trường" names neither
    got = facts("Trường Đại học Vinh và Trường Đại học Huế ký thỏa thuận hợp tác. Phòng thí nghiệm đặt tại Khoa Hóa "
                "học của trường.", "2027-03-05")
    assert not any(p == "subOrganizationOf" and s == "Khoa Hóa học" for s, p, o in got)


def test_a_tournament_to_qualify_for_is_no_event_attended():
    send_off = "Lễ xuất quân đội tuyển bóng chuyền nữ Việt Nam"
    cup = "Giải vô địch bóng chuyền nữ thế giới 2029"
    got = facts(f"Chiều 3/7, Liên đoàn Bóng chuyền Việt Nam tổ chức {send_off}. Phát biểu tại buổi lễ, Thứ trưởng Bộ "
                f"Văn hóa, Thể thao và Du lịch Lê Hải Nam đề nghị toàn đội quyết tâm giành vé dự {cup}. Nhân dịp này, "
                "Công ty Cổ phần Sữa Ba Vì trao tặng đội tuyển 2 tỷ đồng.", "2028-07-03")
    assert ("Lê Hải Nam", "participatedIn", cup) not in got
    assert ("Công ty Cổ phần Sữa Ba Vì", "participatedIn", cup) not in got
    assert ("Công ty Cổ phần Sữa Ba Vì", "participatedIn", send_off) in got


def test_a_corporation_written_tong_cong_ty_with_a_capital():
    got = facts("Ông Lê Văn An, Tổng Giám đốc Tổng Công ty Lâm nghiệp Trường Sơn - CTCP, cho biết doanh thu tăng.",
                "2027-05-02")
    assert ("Lê Văn An", "memberOf", "Tổng Công ty Lâm nghiệp Trường Sơn - CTCP") in got


def test_a_prize_ceremony_named_after_its_prize_and_edition():
    got = facts("Tối 20/6, Hội Nhà báo Việt Nam tổ chức Lễ trao Giải báo chí quốc gia lần thứ XIX tại Hà Nội.", "2027-06-21")
    assert ("Hội Nhà báo Việt Nam", "organized", "Lễ trao Giải báo chí quốc gia lần thứ XIX") in got
    got = facts("Sáng 9/1, Hội Nhà văn Hà Nội tổ chức Lễ trao Giải thưởng văn học năm 2027 cho 12 tác giả.", "2027-01-09")
    assert ("Hội Nhà văn Hà Nội", "organized", "Lễ trao Giải thưởng văn học năm 2027") in got


def test_an_editions_roman_number_ends_a_sentence():
    from kg.nlp.sentences import split_sentences

    text = "Hội Nhà báo tổ chức Giải báo chí quốc gia lần thứ X. Phó Thủ tướng Lê Thành Long dự."
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Tác giả Nguyễn V. Hùng đoạt giải.")) == 1  # an initial still does not


def test_attended_and_handed_the_prizes():
    got = facts("Tối 20/6, Hội Nhà báo Việt Nam tổ chức Lễ trao Giải báo chí quốc gia năm 2027. Phó Thủ tướng Lê Thành "
                "Long dự và trao giải.", "2027-06-21")
    assert ("Lê Thành Long", "participatedIn", "Lễ trao Giải báo chí quốc gia năm 2027") in got


def test_a_video_link_point_is_not_a_bridge():
    text = ("Sáng 21/9, Bộ Nông nghiệp và Môi trường tổ chức Hội nghị trực tuyến ứng phó bão số 6. Tham dự tại điểm "
            "cầu Hà Tĩnh có ông Nguyễn Văn Quân, Phó Chủ tịch UBND tỉnh Hà Tĩnh.")
    assert ("Place", "cầu Hà Tĩnh") not in entities(text, "2027-09-21")
    got = facts(text, "2027-09-21")
    assert ("Nguyễn Văn Quân", "participatedIn", "Hội nghị trực tuyến ứng phó bão số 6") in got


def test_an_anniversary_that_also_receives_an_order():
    event = "Lễ kỷ niệm 60 năm thành lập và đón nhận Huân chương Độc lập hạng Ba"
    got = facts(f"Ngày 20/11, Trường Đại học Thủy lợi tổ chức {event}. Phó Chủ tịch nước Võ Thị Ánh Xuân dự và trao "
                "Huân chương cho nhà trường.", "2027-11-20")
    assert ("Trường Đại học Thủy lợi", "organized", event) in got
    assert ("Võ Thị Ánh Xuân", "participatedIn", event) in got


def test_a_venue_named_after_a_known_body_keeps_its_whole_name():
    text = "Chiều 14/10, tại Trụ sở Bộ Tư pháp, Bộ trưởng Nguyễn Hải Ninh đã tiếp Đại sứ Australia tại Việt Nam."
    got = entities(text, "2027-10-14")
    assert ("Place", "Trụ sở Bộ Tư pháp") in got
    assert ("Place", "Trụ sở Bộ Tư") not in got


def test_a_delegation_of_a_committee_of_the_assembly():
    got = facts("Ngày 6/3, đoàn công tác của Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội do Phó Chủ nhiệm Tạ "
                "Văn Hạ dẫn đầu đã làm việc với UBND tỉnh Kon Tum.", "2027-03-06")
    assert ("Tạ Văn Hạ", "memberOf", "Ủy ban Khoa học, Công nghệ và Môi trường") in got
    assert ("Tạ Văn Hạ", "memberOf", "Quốc hội") not in got


def test_a_coachs_title_before_the_squad_and_the_name():
    got = facts("Huấn luyện viên trưởng đội tuyển futsal nữ Việt Nam Nguyễn Đình Hoàng cho biết toàn đội đã sẵn sàng.",
                "2027-05-02")
    assert ("Nguyễn Đình Hoàng", "position", "Huấn luyện viên trưởng") in got

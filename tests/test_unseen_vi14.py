"""Constructions of unseen Vietnamese press (issue #9, about / implements / locatedIn), on sentences
written for these tests."""
from __future__ import annotations

import kg.nlp
from test_extract import facts


# ----------------------------------------------------------------------------- datelines

def test_dateline_with_a_dotted_place_is_no_event_date_nor_blocks_the_venue():
    text = ("Sở Y tế tổ chức tập huấn\n\nTP.HCM, ngày 9/4/2030 - Sáng 8/4, tại TP.HCM, Sở Y tế TP.HCM phối hợp với "
            "Hội Điều dưỡng Việt Nam tổ chức Hội nghị tập huấn kỹ năng chăm sóc người bệnh cao tuổi.")
    got = facts(text, "2030-04-09")
    ev = "Hội nghị tập huấn kỹ năng chăm sóc người bệnh cao tuổi"
    assert (ev, "date", "2030-04-08") in got
    assert (ev, "date", "2030-04-09") not in got
    assert (ev, "locatedIn", "Thành phố Hồ Chí Minh") in got


# ----------------------------------------------------------------------------- implements

def test_passive_link_before_the_implementing_verb():
    got = facts("Dự thảo Luật Dân số được xây dựng nhằm thể chế hóa Nghị quyết 21-NQ/TW của Ban Chấp hành Trung ương.")
    assert ("Luật Dân số", "implements", "Nghị quyết 21-NQ/TW") in got
    got = facts("Bộ Y tế cho biết dự thảo Luật Phòng bệnh được soạn thảo để cụ thể hóa Nghị quyết 20-NQ/TW.")
    assert ("Luật Phòng bệnh", "implements", "Nghị quyết 20-NQ/TW") in got


def test_reported_draft_named_by_its_kind_implements():
    text = ("Bộ Y tế lấy ý kiến về dự thảo Luật Dân số\n\nSáng 3/6, Bộ Y tế tổ chức hội thảo tại Hà Nội. "
            "Tham dự có đại diện Ủy ban Xã hội của Quốc hội. Nhiều chuyên gia đã góp ý. "
            "Phát biểu tại hội thảo, Thứ trưởng Bộ Y tế Trần Văn Nam cho biết dự thảo Luật được xây dựng nhằm "
            "thể chế hóa Nghị quyết 21-NQ/TW của Ban Chấp hành Trung ương.")
    got = facts(text, "2030-06-04")
    assert ("Luật Dân số", "implements", "Nghị quyết 21-NQ/TW") in got


def test_draft_of_an_unknown_kind_implements_nothing():
    text = ("Bộ Y tế ban hành Luật Dân số và Luật Phòng bệnh năm 2029. Nhiều chuyên gia đã góp ý. Hội thảo kéo dài. "
            "Hội thảo kết thúc. Ông Trần Văn Nam cho biết dự thảo Luật được xây dựng nhằm thể chế hóa Nghị quyết 21-NQ/TW.")
    got = facts(text, "2030-06-04")
    assert not any(p == "implements" and o == "Nghị quyết 21-NQ/TW" for _, p, o in got)


def test_numbered_action_programme_ends_at_its_number():
    got = facts("Chương trình hành động số 17-CTr/TU cụ thể hóa Nghị quyết 59-NQ/TW thành 5 nhóm giải pháp.")
    assert ("Chương trình hành động số 17-CTr/TU", "implements", "Nghị quyết 59-NQ/TW") in got
    got = facts("Kế hoạch liên tịch số 03/KHLT-SYT-SGD triển khai Chỉ thị số 25-CT/TW của Ban Bí thư.")
    assert ("Kế hoạch liên tịch số 03/KHLT-SYT-SGD", "implements", "Chỉ thị số 25-CT/TW") in got


# ----------------------------------------------------------------------------- a dot inside a word

def test_issuer_with_a_dotted_name_between_a_plan_and_its_subject():
    got = facts("Sở Du lịch đang thực hiện Kế hoạch số 64/KH-UBND của UBND TP.HCM về phát triển du lịch cộng đồng.")
    assert ("Kế hoạch số 64/KH-UBND", "about", "du lịch cộng đồng") in got



# ----------------------------------------------------------------------------- plan names

def test_vision_year_without_den_nam_closes_a_plan_name():
    got = facts("Sở Xây dựng triển khai Chiến lược phát triển nhà ở quốc gia giai đoạn 2021 - 2030, tầm nhìn 2045 "
                "và Nghị định số 100/2024/NĐ-CP.")
    assert ("Sở Xây dựng", "implements", "Chiến lược phát triển nhà ở quốc gia giai đoạn 2021 - 2030, tầm nhìn 2045") in got


# ----------------------------------------------------------------------------- event names

def test_event_name_goes_on_through_giua_and_its_parties():
    got = facts("Chiều 4/9, Sở Công Thương tỉnh Lạng Sơn tổ chức Hội nghị kết nối cung cầu giữa doanh nghiệp "
                "Việt Nam và Trung Quốc tại Trung tâm Hội nghị tỉnh Lạng Sơn.", "2030-09-05")
    ev = "Hội nghị kết nối cung cầu giữa doanh nghiệp Việt Nam và Trung Quốc"
    assert ("Sở Công Thương tỉnh Lạng Sơn", "organized", ev) in got
    assert (ev, "locatedIn", "Trung tâm Hội nghị tỉnh Lạng Sơn") in got


# ----------------------------------------------------------------------------- bodies named by their field

def test_state_centre_named_by_its_field_is_about_it_and_a_ministry_is_not():
    got = facts("Trung tâm Đổi mới sáng tạo Quốc gia phối hợp với Bộ Khoa học và Công nghệ tổ chức tọa đàm.")
    assert ("Trung tâm Đổi mới sáng tạo Quốc gia", "about", "đổi mới sáng tạo") in got
    assert not any(s == "Bộ Khoa học và Công nghệ" and p == "about" for s, p, _ in got)


def test_law_named_with_the_pair_khoa_hoc_cong_nghe():
    got = facts("Quốc hội đã thông qua Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025 tại kỳ họp thứ 9.")
    law = "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025"
    assert ("Quốc hội", "issued", law) in got
    assert (law, "about", "đổi mới sáng tạo") in got


# ----------------------------------------------------------------------------- counted sets of instruments

def test_counted_set_of_decrees_issues_no_law_and_its_issuer_implements_none():
    got = facts("Chính phủ đã ban hành 5 nghị định quy định chi tiết Luật Đầu tư năm 2020.")
    assert ("Chính phủ", "issued", "Luật Đầu tư năm 2020") not in got
    assert ("Chính phủ", "implements", "Luật Đầu tư năm 2020") not in got


def test_members_of_a_counted_set_implement_what_the_set_carries_out():
    got = facts("Bộ Tài chính đã ban hành 6 thông tư hướng dẫn thi hành Luật Quản lý thuế năm 2019, trong đó có "
                "Thông tư số 80/2021/TT-BTC và Thông tư số 19/2021/TT-BTC.")
    assert ("Thông tư số 80/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") in got
    assert ("Thông tư số 19/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") in got
    got = facts("Bộ Tài chính đã ban hành Luật Quản lý thuế năm 2019, trong đó có Thông tư số 80/2021/TT-BTC.")
    assert ("Thông tư số 80/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") not in got


# ----------------------------------------------------------------------------- a field scoping a plan

def test_plan_carrying_out_a_resolution_within_a_field_is_about_that_field():
    got = facts("Sở Khoa học và Công nghệ ban hành Kế hoạch số 33/KH-SKHCN thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị "
                "trong lĩnh vực trí tuệ nhân tạo và an ninh mạng.")
    assert ("Kế hoạch số 33/KH-SKHCN", "about", "trí tuệ nhân tạo") in got
    assert ("Kế hoạch số 33/KH-SKHCN", "about", "an ninh mạng") in got
    assert ("Nghị quyết 57-NQ/TW", "about", "an ninh mạng") not in got


def test_issuer_of_a_counted_set_issues_the_members_listed_after_it():
    got = facts("UBND tỉnh Bình Phước đã ban hành 12 quyết định quy định chi tiết các nội dung được giao, trong đó có "
                "Quyết định số 18/2030/QĐ-UBND về bảng giá đất.")
    assert ("UBND tỉnh Bình Phước", "issued", "Quyết định số 18/2030/QĐ-UBND") in got


def test_counted_set_carrying_out_an_instrument_named_again_by_its_kind():
    got = facts("Quốc hội đã thông qua Luật Dữ liệu năm 2030. Chính phủ đã ban hành 4 nghị định hướng dẫn thi hành "
                "Luật, trong đó có Nghị định số 21/2031/NĐ-CP.")
    assert ("Nghị định số 21/2031/NĐ-CP", "implements", "Luật Dữ liệu năm 2030") in got


# ----------------------------------------------------------------------------- reported purpose clauses

def test_reported_purpose_clause_without_de():
    got = facts("Phát biểu tại hội nghị, ông Trần Văn Bình cho biết, thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành "
                "Trung ương, Tỉnh ủy Ninh Bình đã ban hành Chương trình hành động số 40-CTr/TU với 6 nhóm giải pháp.")
    assert ("Chương trình hành động số 40-CTr/TU", "implements", "Nghị quyết số 29-NQ/TW") in got


def test_nha_truong_after_a_saying_verb_is_the_school_named_before():
    got = facts("PGS Trần Văn Hòa, Hiệu trưởng Trường Đại học Vinh, cho biết nhà trường đang triển khai "
                "Đề án phát triển đội ngũ giảng viên giai đoạn 2030 - 2035.")
    assert any(p == "implements" and "Đại học Vinh" in s for s, p, o in got)
    got = facts("Trường Đại học Vinh tổ chức lễ khai giảng. Phụ huynh yên tâm khi con học trong nhà trường hiện đại.")
    assert not any(p == "implements" for _, p, _ in got)


def test_resolution_being_carried_out_and_concretising_another_after_a_comma():
    got = facts("Tỉnh ủy Lào Cai đang triển khai Nghị quyết số 11-NQ/TU về phát triển du lịch cộng đồng, cụ thể hóa "
                "Nghị quyết 82-NQ/TW của Bộ Chính trị.")
    assert ("Nghị quyết số 11-NQ/TU", "implements", "Nghị quyết 82-NQ/TW") in got
    assert ("Tỉnh ủy Lào Cai", "implements", "Nghị quyết 82-NQ/TW") not in got


# ----------------------------------------------------------------------------- amending instruments

def test_amending_decree_is_not_the_decree_it_amends_and_the_amended_one_details_the_law():
    got = facts("Bộ Tài chính lấy ý kiến dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP "
                "quy định chi tiết một số điều của Luật Quản lý thuế.")
    names = {s for s, _, _ in got} | {o for _, _, o in got}
    assert ("Nghị định số 126/2020/NĐ-CP", "implements", "Luật Quản lý thuế") in got
    assert not any(s.startswith("Nghị định sửa đổi") and p == "implements" for s, p, _ in got)
    assert "Nghị định số 126/2020/NĐ-CP" in names


# ----------------------------------------------------------------------------- locatedIn

def test_dat_tai_that_puts_an_object_there_does_not_locate_the_subject():
    got = facts("PGS Trần Văn Hòa, Hiệu trưởng Trường Đại học Vinh, cho biết nhà trường sẽ đặt tại Hà Tĩnh một phân hiệu.")
    assert not any(p == "locatedIn" and o == "Hà Tĩnh" for _, p, o in got)
    got = facts("Công ty cổ phần Dệt may Nam Định đặt tại Khu công nghiệp Hòa Xá đã xuất khẩu 20 triệu USD.")
    assert ("Công ty cổ phần Dệt may Nam Định", "locatedIn", "Khu công nghiệp Hòa Xá") in got


# ----------------------------------------------------------------------------- the subject of a detailing decree

def test_ve_after_the_law_a_decree_details_is_the_decrees_subject():
    got = facts("Chính phủ ban hành Nghị định số 53/2031/NĐ-CP quy định chi tiết một số điều của Luật Đầu tư về "
                "thu hút đầu tư vào công nghiệp bán dẫn.")
    assert ("Nghị định số 53/2031/NĐ-CP", "about", "thu hút đầu tư") in got
    assert ("Luật Đầu tư", "about", "thu hút đầu tư") not in got


def test_body_in_an_opening_theo_phrase_is_the_source_not_the_implementer():
    got = facts("Theo Giám đốc Sở Y tế tỉnh Nam Định Trần Thị Mai, thực hiện Chỉ thị số 09/CT-BYT, toàn bộ bệnh viện "
                "của tỉnh đã triển khai bệnh án điện tử.")
    assert ("Sở Y tế tỉnh Nam Định", "implements", "Chỉ thị số 09/CT-BYT") not in got
    got = facts("Theo kế hoạch, Sở Y tế tỉnh Nam Định sẽ thực hiện Chỉ thị số 09/CT-BYT trong năm 2031.")
    assert ("Sở Y tế tỉnh Nam Định", "implements", "Chỉ thị số 09/CT-BYT") in got


def test_institute_named_by_its_field_is_about_it():
    got = facts("Viện An ninh mạng thuộc Học viện Kỹ thuật mật mã vừa ra mắt tại Hà Nội.")
    assert ("Viện An ninh mạng", "about", "an ninh mạng") in got
    got = facts("Viện Hàn lâm Khoa học và Công nghệ Việt Nam vừa công bố báo cáo thường niên.")
    assert not any(p == "about" for _, p, _ in got)


# ----------------------------------------------------------------------------- an event's purpose clause

def test_event_held_to_discuss_topics_is_about_them():
    got = facts("Sáng 9/5, Sở Khoa học và Công nghệ tỉnh Hà Tĩnh tổ chức Tọa đàm Doanh nhân trẻ năm 2031 tại thành phố "
                "Hà Tĩnh để trao đổi với các chuyên gia về trí tuệ nhân tạo và an ninh mạng.", "2031-05-10")
    ev = "Tọa đàm Doanh nhân trẻ năm 2031"
    assert (ev, "about", "trí tuệ nhân tạo") in got
    assert (ev, "about", "an ninh mạng") in got
    got = facts("Sáng 9/5, Sở Khoa học và Công nghệ tỉnh Hà Tĩnh tổ chức Tọa đàm Doanh nhân trẻ năm 2031. Các chuyên "
                "gia cho rằng doanh nghiệp cần đầu tư về trí tuệ nhân tạo.", "2031-05-10")
    assert not any(p == "about" and o == "trí tuệ nhân tạo" for _, p, o in got)


def test_signing_ceremony_is_about_the_fields_of_the_instrument_it_signs():
    got = facts("Sáng 2/3, Bộ Công Thương và Tập đoàn Điện lực Việt Nam tổ chức Lễ ký kết Thỏa thuận hợp tác về "
                "khoa học, công nghệ và chuyển đổi số giai đoạn 2031 - 2035.", "2031-03-03")
    assert any(s.startswith("Lễ ký kết") and p == "about" and o == "chuyển đổi số" for s, p, o in got)


def test_party_organisation_of_a_ministry_is_one_body():
    got = facts("Ngày 8/10, Đảng bộ Bộ Tư pháp tổ chức Đại hội đại biểu Đảng bộ Bộ Tư pháp lần thứ IV.", "2030-10-09")
    assert any(s == "Đảng bộ Bộ Tư pháp" and p == "organized" for s, p, _ in got)
    assert not any(s == "Bộ Tư pháp" and p == "organized" for s, p, _ in got)


def test_body_of_an_opening_theo_phrase_before_a_time_adverbial_implements_nothing():
    got = facts("Theo Cục Quản lý đường bộ thuộc Bộ Xây dựng, sau 3 năm thực hiện Đề án số 09 về an toàn giao thông, "
                "số vụ tai nạn đã giảm 12%.")
    assert not any(p == "implements" and s in ("Bộ Xây dựng", "Cục Quản lý đường bộ") for s, p, _ in got)



def test_quantity_in_a_plans_name_is_not_its_number():
    got = facts("Bộ Nông nghiệp và Môi trường triển khai Đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025. "
                "Bộ Tài chính triển khai Đề án 01 của Chính phủ.")
    assert ("Bộ Tài chính", "implements", "Đề án 01") in got
    assert ("Bộ Tài chính", "implements", "Đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025") not in got


def test_resolution_of_a_party_congress_is_a_policy_not_the_congress():
    text = ("Sáng 5/9, Đảng bộ Bộ Y tế tổ chức Đại hội đại biểu Đảng bộ Bộ Y tế lần thứ II. Đại hội quyết tâm thực hiện "
            "thắng lợi Nghị quyết Đại hội XIV của Đảng.")
    got = facts(text, "2030-09-06")
    assert not any(s == "Đại hội XIV" for s, _, _ in got)
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2030-09-06")
    assert any(e.label_ == "POLICY" and e.text == "Nghị quyết Đại hội XIV của Đảng" for e in doc.ents)

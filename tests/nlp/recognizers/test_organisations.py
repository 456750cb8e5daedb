"""Tests of kg.nlp.recognizers.organisations:
Vietnamese organisation names built from a head noun ("Bộ …", "UBND tỉnh …"), brands after a company word, and bare organisation nouns that refer back ("Công ty")."""
from __future__ import annotations

import pytest

import kg.nlp
from kg.nlp.recognizers.stages import analyze_text

from articlefacts import facts, flat_names as ents, graph_triples, kg_spans, resolved_entities, span_pairs


def _triples(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def _orgs(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2032-05-02")
    return {e.text for e in doc.spans["kg"] if e.label_ == "ORG"}


def _kg(nlp, text):
    return span_pairs(nlp, text, "2026-05-04")


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def test_a_person_named_after_the_ministry_of_public_security_is_no_part_of_it():
    got = facts("Thứ trưởng Bộ Công an Lê Văn Tuyến dự buổi lễ.", "2027-06-12")
    assert ("Lê Văn Tuyến", "memberOf", "Bộ Công an") in got


def test_the_subject_bodys_own_session_after_a_dateline():
    got = _triples("HÀ NỘI, Dec 8 (VNA) — The National Assembly Standing Committee on Monday gave opinions on the "
                   "draft Law on Fire Prevention at its 53rd session in Hà Nội.")
    assert any(p == "organized" and o == "53rd session" for s, p, o in got)
    got = _triples("HUẾ, Dec 8 (VNA) — The Huế City People's Committee on Monday held a conference on tourism in Huế.")
    assert any(p == "organized" and o.startswith("conference") for s, p, o in got)


def test_a_companys_country_unit_then_a_name():
    got = _triples("General Director of Samsung Vietnam Choi Joo-ho said the company would offer scholarships.")
    assert ("Choi Joo-ho", "memberOf", "Samsung Vietnam") in got
    assert ("Choi Joo-ho", "position", "general director") in got  # the scorer compares positions folded


def test_an_ampersand_joins_a_company_unit_name():
    assert ("Hyundai Engineering & Construction", "ORG") in _ents(
        "Hyundai Engineering & Construction and a local firm will build the tunnel.")


def test_hospital_departments_named_through_lower_case_field_words():
    got = _orgs("Bệnh nhân được chuyển từ Khoa Cấp cứu sang Khoa Chấn thương chỉnh hình và Khoa Gây mê hồi sức.")
    assert {"Khoa Chấn thương chỉnh hình", "Khoa Gây mê hồi sức"} <= got
    got = _orgs("Trưởng Phòng Vật tư thiết bị y tế và Phòng Kế hoạch tổng hợp đã bị kỷ luật.")
    assert {"Phòng Vật tư thiết bị y tế", "Phòng Kế hoạch tổng hợp"} <= got


def test_a_border_post_named_after_its_border_gate():
    assert "Đồn Biên phòng cửa khẩu quốc tế Tà Lùng" in _orgs(
        "Đồn Biên phòng cửa khẩu quốc tế Tà Lùng đã bắt giữ 3 đối tượng vận chuyển hàng lậu.")


def test_and_before_a_youth_union_starts_a_second_body(nlp):
    got = _kg(nlp, "Ngân hàng Chính sách xã hội Chi nhánh TP.HCM và Thành đoàn TP.HCM ký kết chương trình phối hợp.")
    assert ("Thành đoàn TP.HCM", "ORG") in got
    assert not any(t.startswith("Ngân hàng") and "Thành đoàn" in t for t, _ in got)


def test_a_bare_department_after_a_title_is_the_one_named_before():
    got = facts("Sở Nông nghiệp và Môi trường Hà Nội được giao chủ trì triển khai Kế hoạch số 312/KH-UBND. Bà "
                "Nguyễn Thị Hồng Vân, Phó Giám đốc Sở cho biết thành phố sẽ lắp thêm trạm quan trắc.", "2026-11-27")
    assert ("Nguyễn Thị Hồng Vân", "memberOf", "Sở Nông nghiệp và Môi trường Hà Nội") in got


@pytest.mark.parametrize("text, name", [
    ("Vụ án do Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03, Bộ Công an) khởi tố.",
     "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"),
    ("Cùng dự có ông Vũ Đăng Minh, Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ).", "Vụ Cải cách hành chính"),
])
def test_a_parent_in_brackets_closes_a_long_unit_name(nlp, text, name):
    assert (name, "ORG") in _kg(nlp, text)


def test_a_school_where_pupils_study_stays_a_body():
    ents = _entities("Hơn 2.000 học sinh đang học tại Trường THPT Lê Quý Đôn.")
    assert ("Trường THPT Lê Quý Đôn", "Organization") in ents
    assert ("Trường THPT Lê Quý Đôn", "Place") not in ents


def test_local_body_of_a_district_opening_with_a_country(nlp):
    # "Đức" alone is Germany; "huyện Đức Trọng", "huyện Đức Linh" are districts
    assert ents(nlp, "Công an huyện Đức Linh tạm giữ hai thanh niên.") == [("Công an huyện Đức Linh", "ORG")]
    assert ents(nlp, "Công an tỉnh Nam Định bắt hai người.") == [("Công an tỉnh Nam Định", "ORG")]


def test_more_name_ending_verbs(nlp):
    assert ents(nlp, "Meta bị Ủy ban Thương mại Liên bang Mỹ cáo buộc độc quyền.")[-1] == \
        ("Ủy ban Thương mại Liên bang Mỹ", "ORG")
    assert ents(nlp, "Bộ Ngoại giao Nhật Bản lên án vụ phóng tên lửa.") == [("Bộ Ngoại giao Nhật Bản", "ORG")]


def test_field_words_of_conservation_and_culture(nlp):
    assert ents(nlp, "Trung tâm Bảo tồn di sản Hội An tu bổ ba nhà cổ.") == [("Trung tâm Bảo tồn di sản Hội An", "ORG")]
    assert ents(nlp, "Trung tâm Cứu hộ động vật hoang dã Hà Nội thả hai cá thể khỉ.") == \
        [("Trung tâm Cứu hộ động vật hoang dã Hà Nội", "ORG")]


def test_owner_before_a_company_then_a_person(nlp):
    assert ents(nlp, "Ông chủ Amazon Jeff Bezos thăm Việt Nam.") == \
        [("Amazon", "ORG"), ("Jeff Bezos", "PER"), ("Việt Nam", "LOC")]
    assert ents(nlp, "Qualcomm Technologies mở văn phòng mới.") == [("Qualcomm Technologies", "ORG")]


def test_superior_courts_and_procuracies(nlp):
    assert ents(nlp, "Tòa án nhân dân cấp cao tại Đà Nẵng bác kháng cáo của bị cáo.") == \
        [("Tòa án nhân dân cấp cao tại Đà Nẵng", "ORG")]
    assert ents(nlp, "VKSND cấp cao tại TP.HCM kháng nghị bản án.") == [("VKSND cấp cao tại TP.HCM", "ORG")]


def test_provincial_libraries_and_museums(nlp):
    assert ents(nlp, "Thư viện tỉnh Hà Tĩnh tổ chức ngày hội đọc sách.")[0] == ("Thư viện tỉnh Hà Tĩnh", "ORG")
    assert ents(nlp, "Bảo tàng tỉnh Thanh Hóa trưng bày cổ vật.") == [("Bảo tàng tỉnh Thanh Hóa", "ORG")]


def test_football_training_centre(nlp):
    assert ents(nlp, "Trung tâm Huấn luyện bóng đá Hà Nội khai giảng khóa mới.") == \
        [("Trung tâm Huấn luyện bóng đá Hà Nội", "ORG")]


def test_a_corporation_written_tong_cong_ty_with_a_capital():
    got = facts("Ông Lê Văn An, Tổng Giám đốc Tổng Công ty Lâm nghiệp Trường Sơn - CTCP, cho biết doanh thu tăng.",
                "2027-05-02")
    assert ("Lê Văn An", "memberOf", "Tổng Công ty Lâm nghiệp Trường Sơn - CTCP") in got


def test_a_score_after_a_club_is_no_number_of_its_name():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Thể Công Viettel thắng Công an Hà Nội 3-1 tối 3/12.", "2026-12-04")
    names = {e.text for e in doc.spans["kg"] if e.label_ == "ORG"}
    assert "Công an Hà Nội" in names and not any(n.endswith(" 3") for n in names)


def test_a_numbered_body_keeps_its_number():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Bệnh viện Nhân dân 115 tiếp nhận 20 bệnh nhân.", "2026-12-04")
    assert "Bệnh viện Nhân dân 115" in {e.text for e in doc.spans["kg"]}


def test_a_verb_between_a_body_and_a_capitalised_word_ends_the_body():
    got = {n for n, t in resolved_entities("Ông Hưng yêu cầu Sở Y tế tham mưu UBND tỉnh Hà Nam ban hành kế hoạch.",
                                           "vi", "2026-12-01") if t == "Organization"}
    assert "Sở Y tế" in got or "Sở Y tế tỉnh Hà Nam" in got
    assert not any("tham mưu" in n for n in got)


@pytest.mark.parametrize("text, name", [
    ("Tổng công ty Xây dựng số 4 - CTCP trúng thầu gói thi công nhà ga.", "Tổng công ty Xây dựng số 4 - CTCP"),
    ("Công ty Thủy điện số 2 vận hành thêm một tổ máy.", "Công ty Thủy điện số 2"),
])
def test_a_numbered_company_keeps_its_number(text, name):
    assert name in _orgs(text)


def test_a_document_number_after_a_company_is_not_its_number():
    orgs = _orgs("Công ty Bảo Minh số 12/2025 gửi thông báo.")
    assert not any(o.endswith("số 12") for o in orgs)


def test_a_known_place_closes_a_body_name_before_a_glued_verb():
    # "Định hướng" is one word to the segmenter; the province's name ends the body's
    orgs = _orgs("Sở Y tế giao Trung tâm Kiểm soát bệnh tật tỉnh Nam Định hướng dẫn các trạm y tế xử lý ổ dịch.")
    assert "Trung tâm Kiểm soát bệnh tật tỉnh Nam Định" in orgs


def test_a_countrys_games_delegation_is_a_body_not_a_person():
    ents = _entities("Đoàn Thể thao Việt Nam giành thêm 3 huy chương vàng ở môn vật.")
    assert ("Đoàn Thể thao Việt Nam", "Organization") in ents
    assert not any(t == "Person" for _, t in ents)


def test_a_body_of_the_capitalised_city_named_after_a_person():
    # "Hồ Chí Minh" reads as a person's name; after "Thành phố" it is the city the body serves
    orgs = _orgs("Tham dự có đại diện Sở Y tế Thành phố Hồ Chí Minh, Công an Thành phố Hồ Chí Minh và Hội Nông dân.")
    assert {"Sở Y tế Thành phố Hồ Chí Minh", "Công an Thành phố Hồ Chí Minh"} <= orgs


def test_a_unit_named_with_its_registration_code():
    got = resolved_entities("Bị cáo từng làm Giám đốc Trung tâm Đăng kiểm xe cơ giới 50-05V từ năm 2019. Bệnh viện "
                            "Bạch Mai tiếp nhận 10-12 ca mỗi ngày.", "vi", "2026-12-05")
    assert {("Trung tâm Đăng kiểm xe cơ giới 50-05V", "Organization"), ("Bệnh viện Bạch Mai", "Organization")} <= got


def test_a_local_body_named_by_its_place_ends_with_the_place():
    got = resolved_entities("Dự lễ có Bí thư Tỉnh ủy Lâm Đồng Y Thanh Hà Niê Kđăm và đại diện UBND tỉnh Bà Rịa - Vũng "
                            "Tàu.", "vi", "2026-12-05")
    assert {("Tỉnh ủy Lâm Đồng", "Organization"), ("UBND tỉnh Bà Rịa - Vũng Tàu", "Organization")} <= got
    # a district whose name opens with a country's syllable keeps its whole name
    got = resolved_entities("Bí thư Huyện ủy Đức Trọng Nguyễn Đình Tuấn phát biểu tại hội nghị.", "vi", "2026-12-05")
    assert ("Huyện ủy Đức Trọng", "Organization") in got


def test_a_department_named_by_two_paired_verbs_keeps_both():
    from articlefacts import resolved_entities
    got = resolved_entities("Cục Quản lý, giám sát bảo hiểm thuộc Bộ Tài chính vừa công bố báo cáo.", "vi")
    assert ("Cục Quản lý, giám sát bảo hiểm", "Organization") in got


def test_a_pair_of_nouns_in_lower_case_after_a_department_closes_its_name():
    got = resolved_entities("Theo ông Nguyễn Văn Bình, Giám đốc Sở Tài chính, ngân sách tỉnh năm nay tăng 12%.", "vi")
    assert not any(n.startswith("Sở Tài chính,") for n, t in got)
    assert ("Ủy ban Tài chính, Ngân sách", "Organization") in resolved_entities(
        "Ủy ban Tài chính, Ngân sách thẩm tra dự án luật.", "vi")  # the official name: both halves capitalised


def test_a_pair_whose_first_half_ends_in_lower_case_stays_in_the_name():
    from articlefacts import resolved_entities
    got = resolved_entities("Viện Chiến lược, Chính sách nông nghiệp và môi trường phối hợp với Sở Nông nghiệp và Môi "
                            "trường tỉnh Lâm Đồng tổ chức hội thảo.", "vi")
    assert ("Viện Chiến lược, Chính sách nông nghiệp và môi trường", "Organization") in got


def test_provincial_offices_named_by_their_field_alone():
    from articlefacts import resolved_entities
    got = resolved_entities("Theo Thống kê tỉnh Quảng Bình, thu ngân sách do Thuế tỉnh Quảng Bình quản lý tăng 9%; Thi "
                            "hành án dân sự tỉnh Quảng Bình thu hồi 120 tỷ đồng.", "vi")
    for name in ("Thống kê tỉnh Quảng Bình", "Thuế tỉnh Quảng Bình", "Thi hành án dân sự tỉnh Quảng Bình"):
        assert (name, "Organization") in got


def test_transport_is_a_field_of_a_universitys_name():
    from articlefacts import resolved_entities
    got = resolved_entities("Trường Đại học Giao thông vận tải phối hợp với doanh nghiệp đào tạo kỹ sư đường sắt.", "vi")
    assert ("Trường Đại học Giao thông vận tải", "Organization") in got


def test_a_neighbouring_provinces_government_is_a_body():
    got = facts("Chiều 22/11, UBND tỉnh An Giang và Chính quyền tỉnh Kampot tổ chức Hội nghị hợp tác phát triển năm "
                "2027.", "2027-11-22")
    assert ("Chính quyền tỉnh Kampot", "organized", "Hội nghị hợp tác phát triển năm 2027") in got


def test_the_authority_of_a_hi_tech_park_and_industrial_zones_is_one_body():
    got = kg_spans("Theo Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng, đã có 12 nhà đầu tư.", "vi",
                   "2025-12-14")
    assert ("ORG", "Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng") in got


def test_and_a_capitalised_part_after_a_lower_case_field_tail_stays_in_the_name():
    got = _orgs("Trung tâm Y học hạt nhân và Ung bướu của Bệnh viện Bạch Mai tiếp nhận 300 ca.")
    assert "Trung tâm Y học hạt nhân và Ung bướu" in got
    got = _orgs("Viện Kỹ thuật điều khiển và Tự động hóa thuộc Đại học Bách khoa Hà Nội ký kết hợp tác.")
    assert "Viện Kỹ thuật điều khiển và Tự động hóa" in got
    got = _orgs("Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên thuộc Bộ Giáo dục và Đào tạo.")
    assert "Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên" in got


def test_and_a_second_body_after_a_field_tail_is_not_joined():
    got = _orgs("Trung tâm Giám sát an ninh mạng và Bộ Công an phối hợp xử lý.")
    assert {"Trung tâm Giám sát an ninh mạng", "Bộ Công an"} <= got
    got = _orgs("Trung tâm Y học hạt nhân và Hà Nội cùng triển khai.")
    assert not any(o.endswith("Hà Nội") for o in got)


def test_a_department_of_every_province_names_no_one_body():
    text = ("Sáng 5/3, tại Hà Nội, Bộ Y tế phát động chiến dịch tiêm vắc xin sởi. Bà Hương yêu cầu Sở Y tế các tỉnh, "
            "thành phố chủ động rà soát đối tượng.")
    names = {n for n, t in resolved_entities(text, "vi", "2025-03-05") if t == "Organization"}
    assert "Bộ Y tế" in names
    assert not any(n.startswith("Sở Y tế") for n in names)


def test_a_place_written_with_a_lower_case_syllable_is_a_compound_of_the_name_not_the_place():
    # "Hải dương học" (oceanography) is no "Hải Dương" (a province): the institute's name runs on
    got = facts("Ngày 12/3, Viện Hải dương học phối hợp với Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa tổ chức "
                "hội thảo tại Nha Trang.", "2027-03-13")
    assert any(s == "Viện Hải dương học" and p == "organized" for s, p, o in got)
    assert ("Viện Hải dương", "Organization") not in _entities("Viện Hải dương học vừa công bố báo cáo về rạn san hô.")
    # the province, capitalised, still closes a body's name
    assert "Sở Y tế tỉnh Hải Dương" in _orgs("Sở Y tế tỉnh Hải Dương cho biết số ca bệnh giảm.")


def test_a_head_word_that_ends_a_place_name_opens_no_body():
    text = "Sáng 9/12, Bí thư Thành ủy Hải Phòng Lê Tiến Châu tiếp đoàn đại biểu tỉnh Sơn Đông (Trung Quốc)."
    assert not any(o.startswith("Phòng") for o in _orgs(text))


def test_a_bloc_is_a_body_not_a_place_cut_at_its_first_lower_case_word():
    names = resolved_entities("Hai bên thúc đẩy đàm phán hiệp định giữa Việt Nam và Khối Thị trường chung Nam Mỹ "
                              "(MERCOSUR).", "vi", "2025-11-18")
    assert ("Khối Thị trường chung Nam Mỹ", "Organization") in names
    assert not any(n.startswith("Khối Thị") and t == "Place" for n, t in names)

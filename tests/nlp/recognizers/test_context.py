"""Tests of kg.nlp.recognizers.context: Names that only their neighbours reveal."""
from __future__ import annotations

from articlefacts import flat_names as ents, resolved_entities


def test_unit_does_not_run_through_a_verb_into_the_next_body(nlp):
    assert ents(nlp, "Phòng Cảnh sát hình sự phối hợp với Công an huyện Gia Lâm truy bắt đối tượng.") == \
        [("Phòng Cảnh sát hình sự", "ORG"), ("Công an huyện Gia Lâm", "ORG")]
    # a unit written before its body is still one name with it
    assert ents(nlp, "Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Giang khởi tố vụ án.") == \
        [("Cơ quan Cảnh sát điều tra Công an tỉnh Bắc Giang", "ORG")]


def test_police_force_before_its_body(nlp):
    assert ents(nlp, "Cảnh sát giao thông Công an tỉnh Lâm Đồng xử phạt 200 trường hợp.") == \
        [("Cảnh sát giao thông Công an tỉnh Lâm Đồng", "ORG")]
    assert ents(nlp, "Cảnh sát biển Việt Nam tuần tra.") == [("Cảnh sát biển Việt Nam", "ORG")]


def test_hospital_centre_before_its_hospital(nlp):
    assert ents(nlp, "Các bác sĩ Trung tâm Chống độc Bệnh viện Bạch Mai cứu sống bệnh nhân.") == \
        [("Trung tâm Chống độc Bệnh viện Bạch Mai", "ORG")]
    assert ents(nlp, "Bệnh nhân được chuyển đến Trung tâm Chống độc, Bệnh viện Bạch Mai.") == \
        [("Trung tâm Chống độc", "ORG"), ("Bệnh viện Bạch Mai", "ORG")]


def test_foreign_club_after_a_match_cue(nlp):
    assert ents(nlp, "Nam Định thua đậm trong trận đấu với Buriram United.")[-1] == ("Buriram United", "ORG")
    assert ents(nlp, "Hà Nội FC chuẩn bị cho trận đấu với Shandong Taishan.")[-1] == ("Shandong Taishan", "ORG")
    assert ents(nlp, "Carlos Alcaraz thắng Jannik Sinner ở chung kết.") == \
        [("Carlos Alcaraz", "PER"), ("Jannik Sinner", "PER")]


def test_a_party_department_before_its_committee(nlp):
    assert ents(nlp, "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng tổ chức tọa đàm.") == \
        [("Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", "ORG")]
    assert ents(nlp, "Ban Nội chính Tỉnh ủy Quảng Trị ra mắt chuyên trang.") == \
        [("Ban Nội chính Tỉnh ủy Quảng Trị", "ORG")]


def test_a_foreign_name_with_its_country_in_brackets_and_no_title_is_a_firm(nlp):
    assert ("Alfa Laval", "ORG") in ents(nlp, "Dây chuyền dùng thiết bị của Alfa Laval (Thụy Điển) và Bühler (Thụy Sĩ).")
    assert ("Mark Davies", "PER") in ents(nlp, "Chuyên gia Mark Davies (Anh) cho biết thị trường sẽ hồi phục.")
    # a province in brackets after a Vietnamese name is no firm's country
    assert ("Trà Lĩnh", "ORG") not in ents(nlp, "Hàng hóa qua cửa khẩu Trà Lĩnh (Cao Bằng) tăng 20%.")


def test_english_lists_of_places_give_their_kind_to_unknown_names():
    text = ("Farmers in Buôn Ma Thuột, Krông Pắk and Cư M'gar said they had earned more than ever. "
            "Traders in Hamburg, Trieste and Antwerp asked for data.")
    places = {n for n, t in resolved_entities(text, "en", "2025-10-06") if t == "Place"}
    assert {"Krông Pắk", "Cư M'gar", "Trieste"} <= places


def test_one_known_place_gives_no_kind_to_plain_english_words_of_its_list():
    text = "Buyers in Japan, Mitsubishi and Sumitomo signed new contracts on Monday."
    places = {n for n, t in resolved_entities(text, "en", "2025-10-06") if t == "Place"}
    assert "Mitsubishi" not in places and "Sumitomo" not in places


def test_a_firm_after_a_place_in_an_english_list_stays_out_of_the_places():
    text = ("Vĩnh Hoàn Corporation, a seafood exporter based in Đồng Tháp, and Bình Minh Plastics were among the "
            "other winners.")
    places = {n for n, t in resolved_entities(text, "en", "2025-10-06") if t == "Place"}
    assert "Bình Minh Plastics" not in places


def test_a_centre_joined_to_a_hospital_by_va_is_not_a_ward_of_it(nlp):
    names = [n for n, label in ents(nlp, "Trung tâm Y tế huyện và Bệnh viện Đa khoa tỉnh đã phối hợp khám sàng lọc.")]
    assert not any(n.startswith("Trung tâm Y tế huyện và") for n in names)
    # a ward written before its hospital is still one name with it
    assert ("Trung tâm Chống độc Bệnh viện Bạch Mai", "ORG") in ents(
        nlp, "Ông Hải, Giám đốc Trung tâm Chống độc Bệnh viện Bạch Mai, cho biết số ca ngộ độc tăng.")


def test_a_title_opening_the_next_clause_ends_a_list_of_places(nlp):
    got = ents(nlp, "Đại sứ Việt Nam tại Pháp, Trưởng Phái đoàn thường trực Việt Nam tại UNESCO Đinh Toàn Thắng "
                    "cho biết.")
    assert not any(name.startswith("Trưởng") for name, _ in got)
    assert ("Đinh Toàn Thắng", "PER") in got


def test_a_deputys_constituency_is_no_part_of_the_body(nlp):
    got = ents(nlp, "Tham dự có Bí thư Tỉnh ủy Vũ Đại Thắng cùng đại biểu Quốc hội đơn vị tỉnh Quảng Ninh.")
    assert ("Quốc hội", "ORG") in got
    assert not any(name.startswith("Quốc hội đơn vị") for name, _ in got)


def test_a_national_association_s_local_branch_named_with_a_two_word_unit():
    # "thành phố", like "tỉnh", is the head of the place the branch serves
    got = resolved_entities("Dự lễ có đại diện Hội Sinh viên Việt Nam thành phố Cần Thơ và Hội Liên hiệp Phụ nữ Việt "
                            "Nam tỉnh An Giang.", published="2027-06-06")
    assert ("Hội Sinh viên Việt Nam thành phố Cần Thơ", "Organization") in got
    assert ("Hội Liên hiệp Phụ nữ Việt Nam tỉnh An Giang", "Organization") in got

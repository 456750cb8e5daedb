"""General-news names with no cue: companies through lower-case trade words, former states."""
from __future__ import annotations

import pytest

import kg.nlp


@pytest.fixture(scope="module")
def nlp():
    return kg.nlp.load("vi")


def _ents(nlp, text):
    return [(e.text, e.label_) for e in kg.nlp.annotate(nlp, text).ents if e.label_ in ("PER", "ORG", "LOC")]


@pytest.mark.parametrize("text, name", [
    ("Công ty mía đường Lam Sơn tăng vốn điều lệ.", "Công ty mía đường Lam Sơn"),
    ("Công ty cổ phần dược phẩm Bảo Long nộp hồ sơ niêm yết.", "Công ty cổ phần dược phẩm Bảo Long"),
    ("Ông An là giám đốc Công ty TNHH xây dựng Hòa Bình 2 tại Huế.", "Công ty TNHH xây dựng Hòa Bình 2"),
])
def test_company_names_run_through_lower_case_trade_words(nlp, text, name):
    assert (name, "ORG") in _ents(nlp, text)


@pytest.mark.parametrize("text", ["Công ty này đã ký hợp đồng với Samsung.",
                                  "Công ty tổ chức Hội nghị khách hàng tại Đà Nẵng."])
def test_prose_after_a_company_noun_is_not_a_name(nlp, text):
    assert not any(label == "ORG" and name.startswith("Công ty ") for name, label in _ents(nlp, text))


def test_former_states_are_places(nlp):
    ents = _ents(nlp, "Năm 1980, ông sang Liên Xô học rồi làm việc ở CHDC Đức và Tiệp Khắc.")
    assert {("Liên Xô", "LOC"), ("CHDC Đức", "LOC"), ("Tiệp Khắc", "LOC")} <= set(ents)


def test_byline_reporters_are_people_even_when_named_like_a_place(nlp):
    assert ("Thái Bình", "PER") in _ents(nlp, "PV Thái Bình/VOV Miền Trung thông tin, sáng nay lễ công bố diễn ra.")
    assert not any(label == "PER" for _, label in _ents(nlp, "PV Gas báo lãi lớn."))
    doc = kg.nlp.annotate(kg.nlp.load("en"), "By Thanh Lam, Pham Du   July 11, 2025\nThe trial opened.")
    assert ("Thanh Lam", "PER") in [(e.text, e.label_) for e in doc.ents]


def test_policy_numbered_by_number_and_year(nlp):
    doc = kg.nlp.annotate(nlp, "Ông Hùng công bố Nghị quyết số 202/2025 của Quốc hội và Thông tư 29/2024.")
    assert {"Nghị quyết số 202/2025", "Thông tư 29/2024"} <= {s.text for s in doc.spans["kg"] if s.label_ == "POLICY"}


def test_a_paper_name_in_sentence_case_is_the_common_noun(nlp):
    assert _ents(nlp, "Trên cơ sở ý kiến của Nhân dân, Quốc hội thông qua.") == [("Quốc hội", "ORG")]
    assert ("Nhân Dân", "ORG") in _ents(nlp, "Theo báo Nhân Dân, hội nghị diễn ra.")


def test_a_person_after_a_bare_provincial_body_is_not_a_place(nlp):
    ents = _ents(nlp, "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Huỳnh Văn Sơn ghi nhận kết quả.")
    assert ("Huỳnh Văn Sơn", "PER") in ents
    assert not any("Huỳnh" in name and label != "PER" for name, label in ents)


def test_english_local_bodies_named_after_a_known_place():
    doc = kg.nlp.annotate(kg.nlp.load("en"), "The Hanoi People's Court and the Vinh Phuc Provincial People's "
                                             "Committee met; the Supreme People's Court ruled.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Hanoi People's Court", "ORG") in ents
    assert ("Vinh Phuc Provincial People's Committee", "ORG") in ents
    assert ("Supreme People's Court", "ORG") in ents


def test_vietnamese_words_in_english_copy_are_not_folded_onto_english_names():
    doc = kg.nlp.annotate(kg.nlp.load("en"), "The trial opened in Hanoi.\nẢnh: VnExpress")
    assert ("Ảnh", "LOC") not in [(e.text, e.label_) for e in doc.ents]


def test_amending_resolution_and_the_constitution_it_amends(nlp):
    doc = kg.nlp.annotate(nlp, "Quốc hội thông qua Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của "
                               "Hiến pháp năm 2013 vào sáng 16/6.")
    policies = {s.text for s in list(doc.spans["kg"]) + list(doc.spans["nested"]) if s.label_ == "POLICY"}
    assert {"Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp năm 2013",
            "Hiến pháp năm 2013"} <= policies


def test_english_department_names_stop_before_a_person_and_keep_their_and():
    doc = kg.nlp.annotate(kg.nlp.load("en"), "The former deputy director of the Finance Department Hoang Van Nhiem "
                                             "and a director of the Natural Resources and Environment Department.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Finance Department", "ORG") in ents and ("Hoang Van Nhiem", "PER") in ents
    assert ("Natural Resources and Environment Department", "ORG") in ents


def test_english_name_right_after_a_title_is_a_person():
    nlp_en = kg.nlp.load("en")
    doc = kg.nlp.annotate(nlp_en, "French President Emmanuel Macron met Prime Minister Anthony Albanese in Hanoi.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Emmanuel Macron", "PER") in ents and ("Anthony Albanese", "PER") in ents
    assert [e.label_ for e in kg.nlp.annotate(nlp_en, "The Prime Minister Visited Hanoi.").ents] == ["LOC"]


def test_english_streets_and_well_known_venues():
    doc = kg.nlp.annotate(kg.nlp.load("en"), "They laid a wreath at the monument on Bắc Son street and visited "
                                             "the Temple of Literature on Tran Hung Dao Street.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert {("Bắc Son street", "LOC"), ("Temple of Literature", "LOC"), ("Tran Hung Dao Street", "LOC")} <= set(ents)


def test_an_award_or_work_title_is_not_a_person(nlp):
    found = _ents(nlp, "Bộ phim của đạo diễn Phạm Thiên Ân giành giải Camera Vàng tại Cannes.")
    assert ("Phạm Thiên Ân", "PER") in found
    assert not any(name == "Camera Vàng" and label == "PER" for name, label in found)


@pytest.mark.parametrize("text, place", [
    ("Ông Hà Văn Lực (trú tại Lục Ngạn, Bắc Giang) bị bắt.", "Lục Ngạn"),
    ("Động đất khiến nhiều tòa nhà ở Hoa Liên đổ sập.", "Hoa Liên"),
])
def test_a_two_syllable_run_after_tai_or_o_is_a_place_even_when_it_opens_with_a_family_name(nlp, text, place):
    found = _ents(nlp, text)
    assert (place, "LOC") in found and (place, "PER") not in found


def test_a_three_syllable_name_after_o_stays_a_person(nlp):
    assert ("Nguyễn Văn Hải", "PER") in _ents(nlp, "Chiếc xe máy hiện ở Nguyễn Văn Hải, em trai của chủ xe.")


@pytest.mark.parametrize("text, name, label", [
    ("Diễn viên này vừa ký hợp đồng hợp tác với Netflix.", "Netflix", "ORG"),
    ("Đội tuyển tập luyện tại Mỹ Đình trước trận gặp Thái Lan.", "Mỹ Đình", "LOC"),
    ("Đài Phát thanh và Truyền hình Hà Nội mở thêm kênh mới.", "Đài Phát thanh và Truyền hình Hà Nội", "ORG"),
])
def test_well_known_brands_broadcasters_and_venues_come_from_the_gazetteer(nlp, text, name, label):
    assert (name, label) in _ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh trao 500 suất quà.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"),
    ("Hội Liên hiệp Phụ nữ Việt Nam tỉnh Nghệ An trao quà.", "Hội Liên hiệp Phụ nữ Việt Nam tỉnh Nghệ An"),
])
def test_a_national_body_followed_by_the_province_it_serves_is_one_name(nlp, text, name):
    assert (name, "ORG") in _ents(nlp, text)


def test_an_unknown_foreign_name_with_an_unaccented_part_is_a_person(nlp):
    found = _ents(nlp, "Cảnh sát bắt Takahashi Ryo khi anh này vừa tới Osaka.")
    assert ("Takahashi Ryo", "PER") in found


def test_a_foreign_title_opened_by_the_is_not_a_person(nlp):
    found = _ents(nlp, "Nghiên cứu vừa được đăng trên tạp chí The Lancet tuần trước.")
    assert not any(label == "PER" for _, label in found)


@pytest.mark.parametrize("text, name", [
    ("Theo tờ Le Monde, cuộc đàm phán đã thất bại.", "Le Monde"),
    ("Ông nói với báo Washington Post rằng ông sẽ từ chức.", "Washington Post"),
    ("Theo kênh truyền hình Al Arabiya, vụ nổ xảy ra sáng nay.", "Al Arabiya"),
])
def test_a_capitalised_run_after_a_newspaper_or_channel_word_is_an_organisation(nlp, text, name):
    assert (name, "ORG") in _ents(nlp, text)


@pytest.mark.parametrize("text, name, label", [
    ("Ông thông báo Nguyễn Văn An đã nghỉ việc.", "Nguyễn Văn An", "PER"),
    ("Đài Loan phản đối cuộc tập trận.", "Đài Loan", "LOC"),
])
def test_bao_inside_a_word_and_a_capitalised_dai_are_no_media_cues(nlp, text, name, label):
    assert (name, label) in _ents(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Đội tuyển sẽ tập trung chuẩn bị cho trận gặp Thái Lan vào tháng tới.", "Thái Lan"),
    ("Các cổ động viên Nam Định đốt pháo sáng trên khán đài.", "Nam Định"),
    ("Đội khách đã đánh bại Hải Phòng với tỷ số 2-0.", "Hải Phòng"),
])
def test_a_place_after_a_match_word_is_its_team(nlp, text, name):
    assert (name, "ORG") in _ents(nlp, text)


def test_a_place_after_other_verbs_stays_a_place(nlp):
    assert ("Thái Lan", "LOC") in _ents(nlp, "Đoàn công tác đã gặp đối tác đến từ Thái Lan.")

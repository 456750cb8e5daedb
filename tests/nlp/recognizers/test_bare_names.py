"""Tests of kg.nlp.recognizers.bare_names: Persons named with no title and no family-name cue."""
from __future__ import annotations

import pytest

from articlefacts import flat_names as ents


@pytest.mark.parametrize("text, expected", [
    # an age in apposition
    ("Cảnh sát đã bắt giữ Khải (29 tuổi) tại một nhà nghỉ.", [("Khải", "PER")]),
    ("Lành, 61 tuổi, vẫn ngày ngày chèo đò đưa học sinh qua sông.", [("Lành", "PER")]),
    # a birth year or a home in apposition
    ("Công an đã triệu tập Quân (SN 1994) đến làm việc.", [("Quân", "PER")]),
    ("Nga, trú tại phường 7, đã trả lại số tiền nhặt được.", [("Nga", "PER"), ("phường 7", "LOC")]),
    # a kinship or account noun before the name
    ("Theo lời kể của Thoa, chiếc xe lao thẳng vào quán.", [("Thoa", "PER")]),
    ("Chồng của Nhàn đã đi làm ăn xa từ nhiều năm trước.", [("Nhàn", "PER")]),
    # a bare short name before something only a person does
    ("Văn Toàn ghi bàn ở phút bù giờ.", [("Văn Toàn", "PER")]),
    ("Hoài Lâm quyên góp 500 triệu đồng cho vùng lũ.", [("Hoài Lâm", "PER")]),
])
def test_bare_names_in_person_slots(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Khi bị bắt, đối tượng không chống cự.",
    "Sau khi tốt nghiệp, nhiều sinh viên ở lại thành phố.",
    "Gia đình Việt Nam nào cũng có bàn thờ tổ tiên.",  # a known place after a kin noun stays a place
])
def test_no_bare_name(nlp, text):
    assert all(label != "PER" for _, label in ents(nlp, text))


def test_bare_speaker(nlp):
    assert ents(nlp, "Nhung cho biết ngôi nhà bị cháy rụi chỉ trong vài phút.") == [("Nhung", "PER")]
    assert ents(nlp, "Minh Tuấn nói đêm diễn sẽ được lùi lại.") == [("Minh Tuấn", "PER")]
    # a pronoun or a body that speaks is no name
    assert ents(nlp, "Chị cho biết ngôi nhà bị cháy rụi.") == []
    assert all(label != "PER" for _, label in ents(nlp, "Sở cho biết đã kiểm tra 20 cơ sở."))


def test_named_person(nlp):
    assert ents(nlp, "Một người đàn ông tên Khải đã nhảy xuống sông cứu người.") == [("Khải", "PER")]
    assert ents(nlp, "Người được gọi là Ba Tèo đã bỏ trốn.") == [("Ba Tèo", "PER")]
    assert ents(nlp, "Tên lửa Starship được phóng từ Texas.") == [("Texas", "LOC")]


def test_bare_pair_with_an_adverb(nlp):
    assert ents(nlp, "Neymar và Mbappé cùng lập công trong hiệp hai.") == [("Neymar", "PER"), ("Mbappé", "PER")]
    assert ents(nlp, "Tuấn Anh đi bóng qua ba cầu thủ.") == [("Tuấn Anh", "PER")]


def test_bare_subject_after_a_conjunction(nlp):
    assert ents(nlp, "Hiệp một khép lại với tỷ số 0-0 trước khi Tuấn Hải mở tỷ số ở phút 50.")[-1] == ("Tuấn Hải", "PER")
    assert ents(nlp, "Sau ngày mẹ mất, Thơm sống một mình trong căn nhà nhỏ.") == [("Thơm", "PER")]
    assert all(label != "PER" for _, label in ents(nlp, "Khi Hà Nội cho biết sẽ tăng phí, người dân phản đối."))


def test_one_syllable_after_cua(nlp):
    assert ents(nlp, "Sáng kiến của Thắm giúp cả xóm có nước sạch.") == [("Thắm", "PER")]
    assert ents(nlp, "Lãnh thổ của Nga trải dài qua hai châu lục.")[0] == ("Nga", "LOC")
    assert ents(nlp, "Hàng nghìn người dự lễ nhậm chức của Giáo hoàng Leo XIV.") == [("Leo XIV", "PER")]


def test_kin_word_inside_another_word_is_no_kin(nlp):
    assert all(label != "PER" for _, label in ents(nlp, "Bộ Y tế công bố Chỉ số hài lòng của người bệnh."))


def test_two_one_syllable_names_joined_by_va(nlp):
    assert ents(nlp, "Theo cơ quan điều tra, Tuấn và Hòa đã dùng mã độc chiếm tài khoản.") == \
        [("Tuấn", "PER"), ("Hòa", "PER")]
    assert ents(nlp, "Huế và Vinh đều nắng nóng.") == [("Huế", "LOC"), ("Vinh", "LOC")]
    assert ents(nlp, "Trước khi bị bắt, Sơn từng làm bảo vệ cho một quán bar.") == [("Sơn", "PER")]


def test_friend_spouse_and_opener_before_names(nlp):
    assert ents(nlp, "Anh Lê Văn Tú cùng bạn là Nhân đi câu cá thì gặp nạn.") == [("Lê Văn Tú", "PER"), ("Nhân", "PER")]
    assert ents(nlp, "Huyền và chồng mở tiệm bánh ở đầu ngõ.") == [("Huyền", "PER")]
    assert ents(nlp, "Cả Tâm và Hiền đều đạt điểm tuyệt đối.") == [("Tâm", "PER"), ("Hiền", "PER")]
    assert ents(nlp, "Năm Cam nói hắn không biết gì.") == [("Năm Cam", "PER")]
    # a hospital's name ends before "cấp cứu"
    assert ents(nlp, "Nạn nhân được đưa vào Bệnh viện Đa khoa tỉnh Sơn La cấp cứu.") == \
        [("Bệnh viện Đa khoa tỉnh Sơn La", "ORG")]


def test_a_leaders_spouse_is_no_given_name():
    from articlefacts import resolved_entities
    got = resolved_entities("Chủ tịch nước Lương Cường và Phu nhân đã tới Santiago.", "vi")
    assert {n for n, t in got if t == "Person"} == {"Lương Cường"}

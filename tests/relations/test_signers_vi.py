"""Tests of kg.relations.signers_vi: Vietnamese signers with their titles in commas, and a signed
document named again ("ký văn bản", "Văn bản do … ký"); and of kg.references picking the instrument an
article issues, not the one it amends, for "Thông tư do … ký"."""
from __future__ import annotations

from articlefacts import facts


def signers(text: str, published: str = "2027-04-07") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, published, "vi") if p == "signed"}


def test_titled_signers_of_a_memorandum_named_again():
    text = ("Chiều 7/4, UBND tỉnh Bắc Ninh và Tập đoàn Amkor Technology đã ký kết Biên bản ghi nhớ về hợp tác đào tạo "
            "nhân lực giai đoạn 2027 - 2031.\n\nĐại diện hai bên, ông Vương Quốc Tuấn, Chủ tịch UBND tỉnh Bắc Ninh, và "
            "ông Giel Rutten, Tổng Giám đốc Tập đoàn Amkor Technology, ký biên bản ghi nhớ trước sự chứng kiến của "
            "Thứ trưởng Bộ Khoa học và Công nghệ Bùi Hoàng Phương.")
    got = signers(text)
    mou = "Biên bản ghi nhớ về hợp tác đào tạo nhân lực giai đoạn 2027 - 2031"
    assert ("Vương Quốc Tuấn", mou) in got and ("Giel Rutten", mou) in got
    assert not any(s == "Bùi Hoàng Phương" for s, _ in got)  # a witness, not a signer


def test_signers_of_the_document_of_the_sentence_before():
    text = ("Trong khuôn khổ hội nghị, UBND tỉnh Nghệ An và chính quyền quận Yeongam đã ký Biên bản ghi nhớ về tiếp "
            "nhận lao động thời vụ giai đoạn 2027 - 2029. Đại diện hai bên, ông Hoàng Phú Hiền và ông Woo Seung-hee, "
            "Quận trưởng quận Yeongam, ký văn bản.")
    got = signers(text, "2027-06-24")
    mou = "Biên bản ghi nhớ về tiếp nhận lao động thời vụ giai đoạn 2027 - 2029"
    assert got == {("Hoàng Phú Hiền", mou), ("Woo Seung-hee", mou)}


def test_no_signer_in_a_reported_clause():
    text = ("UBND tỉnh Nghệ An ban hành Kế hoạch số 45/KH-UBND về phòng cháy rừng. Ông Nguyễn Văn Nam cho biết ông "
            "Trần Văn Bình, Giám đốc Sở Nội vụ, đã ký văn bản gửi các xã.")
    assert ("Nguyễn Văn Nam", "Kế hoạch số 45/KH-UBND") not in signers(text, "2027-01-10")


def test_kind_word_signed_by_a_titled_person():
    text = ("UBND tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 45/KH-UBND về phòng cháy, chữa cháy rừng năm 2028. Kế hoạch do "
            "ông Trần Báu Hà, Phó Chủ tịch UBND tỉnh Hà Tĩnh, ký ngày 6/1.")
    assert ("Trần Báu Hà", "Kế hoạch số 45/KH-UBND") in signers(text, "2028-01-08")


def test_document_word_is_the_instrument_the_sentence_before_opens_with():
    text = ("Bộ Y tế ban hành Thông tư số 03/2028/TT-BYT quy định về khám bệnh, chữa bệnh từ xa. Thông tư được ban hành "
            "để thực hiện Luật Bảo hiểm y tế sửa đổi, bổ sung năm 2024 và Nghị định số 188/2025/NĐ-CP của Chính phủ. "
            "Văn bản do ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế, ký ban hành.")
    got = signers(text, "2028-02-01")
    assert ("Trần Văn Thuấn", "Thông tư số 03/2028/TT-BYT") in got
    assert ("Trần Văn Thuấn", "Nghị định số 188/2025/NĐ-CP") not in got


def test_kind_word_names_the_amending_circular_not_the_amended_one():
    text = ("Bộ Tài chính vừa ban hành Thông tư số 41/2027/TT-BTC sửa đổi, bổ sung một số điều của Thông tư số "
            "120/2020/TT-BTC về giao dịch chứng khoán. Thông tư do Thứ trưởng Nguyễn Đức Chi ký ngày 2/8.")
    got = signers(text, "2027-08-05")
    assert got == {("Nguyễn Đức Chi", "Thông tư số 41/2027/TT-BTC")}

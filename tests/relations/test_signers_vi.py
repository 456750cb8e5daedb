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


def test_document_word_signed_by_a_person_titled_before_the_name():
    text = ("UBND tỉnh Hòa Bình vừa ban hành Kế hoạch số 77/KH-UBND về phát triển du lịch nông thôn. Văn bản do "
            "Chủ tịch UBND tỉnh Bùi Đức Khang ký ngày 4/5.")
    assert ("Bùi Đức Khang", "Kế hoạch số 77/KH-UBND") in signers(text, "2028-05-06")
    assert ("Kế hoạch số 77/KH-UBND", "date", "2028-05-04") in facts(text, "2028-05-06")  # the day it was signed
    text = ("Sở Y tế tỉnh Bến Tre ban hành Kế hoạch số 31/KH-SYT về tiêm chủng mở rộng. Văn bản do ông Trần Văn Hòa, "
            "Giám đốc Sở Y tế, ký ban hành ngày 2/3, trước đợt tiêm ngày 15/3.")
    got = facts(text, "2028-03-05")
    assert ("Trần Văn Hòa", "signed", "Kế hoạch số 31/KH-SYT") in got
    assert ("Kế hoạch số 31/KH-SYT", "date", "2028-03-02") in got
    assert ("Kế hoạch số 31/KH-SYT", "date", "2028-03-15") not in got
    text = ("Bộ Tài chính ban hành Thông tư số 45/2028/TT-BTC về quản lý tài sản công. Văn bản do Thứ trưởng Bộ Tài chính "
            "Lê Minh Thắng ký ban hành.")
    assert ("Lê Minh Thắng", "Thông tư số 45/2028/TT-BTC") in signers(text, "2028-05-06")


def test_no_signer_when_the_document_word_is_only_drafted_by_the_person():
    text = ("UBND tỉnh Hòa Bình vừa ban hành Kế hoạch số 77/KH-UBND về phát triển du lịch nông thôn. Văn bản do "
            "Giám đốc Sở Du lịch Phan Thị Hậu tham mưu xây dựng.")
    assert not any(s == "Phan Thị Hậu" for s, _ in signers(text, "2028-05-06"))


def test_passive_signer_past_the_subject_of_the_instrument():
    cases = [
        ("UBND tỉnh Bắc Kạn ban hành Kế hoạch số 215/KH-UBND về phát triển kinh tế số năm 2028 do Phó Chủ tịch UBND "
         "tỉnh Đinh Quang Tuyên ký.", "Đinh Quang Tuyên", "Kế hoạch số 215/KH-UBND"),
        ("Bộ Xây dựng vừa ban hành Thông tư số 09/2028/TT-BXD hướng dẫn xác định chi phí bảo trì công trình do Thứ "
         "trưởng Nguyễn Tường Vân ký.", "Nguyễn Tường Vân", "Thông tư số 09/2028/TT-BXD"),
        ("Quyết định số 310/QĐ-UBND phê duyệt quy hoạch vùng nguyên liệu mía do ông Trần Hữu Lộc, Phó Chủ tịch UBND "
         "tỉnh Thanh Hóa, ký ngày 2/3.", "Trần Hữu Lộc", "Quyết định số 310/QĐ-UBND"),
    ]
    for text, who, doc in cases:
        assert (who, doc) in signers(text, "2028-03-05"), text


def test_no_passive_signer_for_a_cause_after_the_subject():
    text = ("Kế hoạch số 12/KH-UBND về khắc phục thiệt hại do bão số 3 gây ra được triển khai ngay. Ông Trần Văn Lâm, "
            "Chủ tịch UBND huyện, ký công văn gửi các xã.")
    assert ("Trần Văn Lâm", "Kế hoạch số 12/KH-UBND") not in signers(text, "2028-09-10")


def test_the_instrument_a_signed_one_approves_or_amends_is_not_signed():
    got = signers("Quyết định số 456/QĐ-TTg về phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2030 được Thủ tướng "
                  "Chính phủ Phạm Minh Chính ký ban hành ngày 2/6.", "2030-06-05")
    assert ("Phạm Minh Chính", "Quyết định số 456/QĐ-TTg") in got
    assert ("Phạm Minh Chính", "Chương trình chuyển đổi số quốc gia đến năm 2030") not in got
    got = signers("Thông tư số 12/2030/TT-BGDĐT sửa đổi, bổ sung một số điều của Thông tư số 08/2021/TT-BGDĐT do Thứ trưởng "
                  "Bộ Giáo dục và Đào tạo Phạm Ngọc Thưởng ký.", "2030-06-05")
    assert got == {("Phạm Ngọc Thưởng", "Thông tư số 12/2030/TT-BGDĐT")}


def test_passive_signer_after_an_adverb_or_this():
    got = signers("Quyết định số 77/QĐ-UBND phê duyệt danh mục dự án kêu gọi đầu tư năm 2030 vừa được Chủ tịch UBND tỉnh "
                  "Hậu Giang Trương Cảnh Tuyên ký ban hành.", "2030-10-05")
    assert ("Trương Cảnh Tuyên", "Quyết định số 77/QĐ-UBND") in got
    got = signers("Sở Tài chính ban hành Công văn số 55/STC-QLG về giá vật liệu xây dựng. Văn bản này do Giám đốc Sở Tài "
                  "chính Nguyễn Văn Hùng ký ngày 2/10.", "2030-10-05")
    assert ("Nguyễn Văn Hùng", "Công văn số 55/STC-QLG") in got

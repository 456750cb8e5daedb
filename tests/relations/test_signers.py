"""Tests of kg.relations.signers: signed."""
from __future__ import annotations

from articlefacts import facts


def signers(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-04-12", "en") if p == "signed"}


def test_both_signers_after_by_sign():
    got = signers("The agreement on energy cooperation was signed by Minister of Industry and Trade Nguyễn Hồng Diên "
                  "and Lao Minister of Energy and Mines Phosay Sayasone.")
    assert len({s for s, o in got if o == "agreement on energy cooperation"}) == 2


def test_a_witness_after_by_does_not_sign():
    got = signers("The agreement on energy cooperation was signed by Minister of Industry and Trade Nguyễn Hồng Diên "
                  "and witnessed by Prime Minister Phạm Minh Chính.")
    assert len({s for s, o in got if o == "agreement on energy cooperation"}) == 1


def test_signing_for_a_party_signs_the_agreement_named_before():
    got = signers("The two ministers also witnessed the signing of an agreement on joint research in batteries between "
                  "the Hà Nội University of Science and Technology and the National University of Laos. Rector Huỳnh "
                  "Quyết Thắng signed for the Vietnamese university.")
    assert ("Huỳnh Quyết Thắng", "agreement on joint research in batteries") in got


def test_the_signer_after_by_past_a_title_with_for():
    got = signers("The agreement on green energy was signed by Minister for Trade and Industry Gan Kim Yong of Singapore.")
    assert ("Gan Kim Yong", "agreement on green energy") in got


def test_a_signer_for_a_party_signed_an_instrument_of_any_kind_the_sentence_before_had_signed():
    got = signers("The Hà Nội University of Science and Kyoto University put pen to a programme on materials science. "
                  "Rector Trần Văn Bình signed on behalf of the university.")
    assert ("Trần Văn Bình", "programme on materials science") in got
    # an instrument only talked about the sentence before was not signed there
    got = signers("The Hà Nội University of Science discussed a programme on materials science with Kyoto University. "
                  "Rector Trần Văn Bình signed on behalf of the university.")
    assert not got


def test_a_signer_titled_with_a_local_body_after_by_signed():
    got = signers("The Gia Lai People's Committee issued Plan 41/KH-UBND on Monday. Plan 41/KH-UBND, signed by Vice "
                  "Chairman of the provincial People's Committee Đỗ Văn Tâm on April 2, sets a target for coffee.")
    assert ("Đỗ Văn Tâm", "Plan 41/KH-UBND") in got


def test_it_was_signed_off_by_names_the_signer_of_the_instrument_the_sentence_before_opens_with():
    got = signers("Decision 412/QD-UBND, which follows the Law on Planning, was issued by the provincial People's "
                  "Committee on Friday. It was signed off by Vice Chairman Lê Văn Hòa.")
    assert got == {("Lê Văn Hòa", "Decision 412/QD-UBND")}


def test_it_with_no_instrument_opening_the_sentence_before_signs_nothing():
    got = signers("The ministry discussed Decision 412/QD-UBND on Friday. It was signed off by Vice Chairman Lê Văn Hòa.")
    assert not got


def test_two_signers_after_do_and_the_parties_between():
    got = facts("Hai Thủ tướng chứng kiến lễ ký Hiệp định hợp tác song phương năm 2026 giữa Chính phủ Việt Nam và "
                "Chính phủ Lào, do Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng và Bộ trưởng Bộ Kế hoạch và Đầu tư Lào "
                "Phet Phomphiphak ký.", "2026-01-10")
    assert ("Nguyễn Văn Thắng", "signed", "Hiệp định hợp tác song phương năm 2026") in got
    assert ("Phet Phomphiphak", "signed", "Hiệp định hợp tác song phương năm 2026") in got
    one = facts("Quyết định 12/QĐ-UBND do ông Nguyễn Văn An ký và ông Trần Văn Bình thực hiện.", "2026-01-10")
    assert not any(p == "signed" and s == "Trần Văn Bình" for s, p, _ in one)


def test_a_fronted_signed_by_names_the_signer_of_the_subject_after_the_comma():
    assert ("Tran Hong Ha", "Decree 119/2025/ND-CP") in signers(
        "The Government has issued Decree 119/2025/ND-CP on the carbon market. Signed by Deputy Prime Minister Trần "
        "Hồng Hà on June 9, the decree takes effect from August 1.")
    assert ("Nguyen Van Thang", "Circular 12/2025/TT-BTC") in signers(
        "Signed by Minister Nguyễn Văn Thắng, Circular 12/2025/TT-BTC takes effect next month.")


def test_a_signing_day_after_the_instruments_subject():
    got = signers("The ministry's Circular 12/2026/TT-BGDĐT on school canteens was signed on Monday by Deputy Minister "
                  "of Education and Training Lê Tấn Dũng.")
    assert ("Lê Tấn Dũng", "Circular 12/2026/TT-BGDĐT") in got


def test_the_document_signed_by_is_the_instrument_named_before():
    got = signers("The Cần Thơ People's Committee issued Plan 77/KH-UBND on Monday to implement Resolution 57-NQ/TW. "
                  "The document, signed by Vice Chairman Nguyễn Thực Hiện, sets up 20 digital centres.")
    assert ("Nguyễn Thực Hiện", "Plan 77/KH-UBND") in got
    assert ("Nguyễn Thực Hiện", "Resolution 57-NQ/TW") not in got


def test_a_co_signers_title_may_hold_a_comma_and_signatures_go_on_an_agreement():
    got = signers("The memorandum of understanding on dairy cooperation was signed by Minister Trịnh Việt Hùng and "
                  "Mongolian Minister of Food, Agriculture and Light Industry Enkhbayar Jadamba.")
    assert ("Enkhbayar Jadamba", "memorandum of understanding on dairy cooperation") in got
    got = signers("Deputy Minister Phạm Ngọc Thưởng and his Lao counterpart Phout Simmalavong put their signatures on "
                  "an agreement on teacher training for 2027–2030.")
    assert ("Phạm Ngọc Thưởng", "agreement on teacher training for 2027–2030") in got


def test_three_signers_listed_after_by_sign():
    got = signers("The agreement on border trade was signed by Chairman of the Lạng Sơn Provincial People's Committee "
                  "Hồ Tiến Thiệu, Chairman of the Cao Bằng Provincial People's Committee Lê Hải Hòa and Vice Chairman "
                  "of the Hà Giang Provincial People's Committee Nguyễn Văn Sơn.")
    assert {s for s, o in got if o == "agreement on border trade"} == {"Hồ Tiến Thiệu", "Lê Hải Hòa", "Nguyễn Văn Sơn"}


def test_a_list_not_closed_by_and_adds_no_signer():
    got = signers("The agreement on border trade was signed by Chairman Hồ Tiến Thiệu, Deputy Minister Lê Hải Hòa "
                  "said on Monday.")
    assert {s for s, o in got if o == "agreement on border trade"} == {"Hồ Tiến Thiệu"}


def test_signer_after_a_title_then_a_rank_in_commas():
    got = facts("Công an tỉnh Thanh Hóa đang triển khai Kế hoạch số 210/KH-BCA của Bộ Công an về cao điểm tấn công tội "
                "phạm. Kế hoạch do Thứ trưởng Bộ Công an, Thượng tướng Lê Quốc Hùng ký ban hành ngày 25/11/2027.",
                "2027-12-06")
    assert ("Lê Quốc Hùng", "signed", "Kế hoạch số 210/KH-BCA") in got


def test_a_named_circular_signed_by_a_minister_with_his_rank():
    got = facts("Thông tư số 05/2027/TT-BQP do Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang ký ban hành.", "2027-12-06")
    assert ("Phan Văn Giang", "signed", "Thông tư số 05/2027/TT-BQP") in got


def test_a_signer_whose_body_is_written_before_the_title():
    got = signers("Vietnam National University, Hanoi (VNU) named a new rector. VNU's Decision 4512/QĐ-ĐHQGHN on the "
                  "appointment was signed by VNU President Lê Quân and takes effect immediately.")
    assert ("Lê Quân", "Decision 4512/QĐ-ĐHQGHN") in got


def test_it_signed_by_names_the_one_instrument_of_the_sentence_before():
    from articlefacts import facts
    text = ("The Lạng Sơn People's Committee issued Decision 880/QĐ-UBND on border markets on Monday. "
            "It was signed by Vice Chairman Đoàn Thu Hà.")
    assert ("Đoàn Thu Hà", "signed", "Decision 880/QĐ-UBND") in facts(text, "2026-11-02", "en")
    # two instruments before: "It" could be either
    text = ("The Lạng Sơn People's Committee issued Decision 880/QĐ-UBND under Resolution 57-NQ/TW on Monday. "
            "It was signed by Vice Chairman Đoàn Thu Hà.")
    assert not any(p == "signed" for s, p, o in facts(text, "2026-11-02", "en"))


def test_passive_signer_past_an_unnamed_local_body_or_a_title_in_commas():
    # "do Phó Chủ tịch UBND tỉnh A ký": the province left unnamed between the title and the name
    got = facts("Kế hoạch số 42/KH-UBND do Phó Chủ tịch UBND tỉnh Lâm Văn Bi ký ban hành ngày 14/2.", "2030-02-15")
    assert ("Lâm Văn Bi", "signed", "Kế hoạch số 42/KH-UBND") in got
    # "do ông A, <title>, ký": the title in commas before the verb
    got = facts("Quyết định số 300/QĐ-UBND do bà Nguyễn Thị Hoa, Giám đốc Sở Tài chính, ký ngày 3/3.", "2030-03-04")
    assert ("Nguyễn Thị Hoa", "signed", "Quyết định số 300/QĐ-UBND") in got
    # words in commas that are no title: no signer
    got = facts("Quyết định số 300/QĐ-UBND do bà Nguyễn Thị Hoa, người dân xã Hòa Bình, gửi tới UBND tỉnh, ký tên bà.",
                "2030-03-04")
    assert not any(p == "signed" for _, p, _ in got)


def test_passive_signer_who_signs_on_behalf_of_a_body():
    # "được / do <title> A thay mặt Ban Thường vụ ký ban hành": the body signed for stands before the verb
    for text in ("Nghị quyết số 05-NQ/TU được Phó Bí thư Thường trực Tỉnh ủy Hoàng Nghĩa Hiếu thay mặt Ban Thường vụ ký "
                 "ban hành.",
                 "Nghị quyết số 05-NQ/TU do ông Hoàng Nghĩa Hiếu thay mặt Ban Thường vụ Tỉnh ủy ký ban hành."):
        assert ("Hoàng Nghĩa Hiếu", "signed", "Nghị quyết số 05-NQ/TU") in facts(text, "2030-03-04")
    # speaking for a body is no signing
    got = facts("Nghị quyết số 05-NQ/TU được ông Hoàng Nghĩa Hiếu thay mặt Ban Thường vụ Tỉnh ủy phổ biến tới cán bộ.",
                "2030-03-04")
    assert not any(p == "signed" for _, p, _ in got)


def test_signed_by_a_title_with_its_country_before_it():
    for text, signers in (
            ("A memorandum on halal certification was signed by Vietnam's Minister of Science and Technology Nguyễn "
             "Mạnh Hùng.", {"Nguyễn Mạnh Hùng"}),
            ("The leaders witnessed a memorandum of understanding on halal certification signed by Vietnam's Minister "
             "of Science and Technology Nguyễn Mạnh Hùng and Malaysian Minister of Investment, Trade and Industry "
             "Tengku Zafrul Aziz.", {"Nguyễn Mạnh Hùng", "Tengku Zafrul Aziz"}),
            ("A memorandum of understanding on rail training was signed by Japan's Ambassador Ito Naoki.", {"Ito Naoki"})):
        got = {s for s, p, _ in facts(text, "2026-12-02", "en") if p == "signed"}
        assert {n.replace("Nguyễn Mạnh Hùng", "Nguyen Manh Hung") for n in signers} <= got or signers <= got, (text, got)


def test_a_second_agent_after_and_by_signs_too():
    got = signers("The memorandum on seafood trade was signed by Vice Chairman of the city People's Committee "
                  "Trần Văn Lợi, on behalf of the city, and by the bank's deputy director Maria Olsen.")
    assert ("Maria Olsen", "memorandum on seafood trade") in got
    got = signers("The agreement on cooperation in forestry was signed by Minister Đỗ Đức Duy, and by Lao "
                  "Deputy Minister Khamphet Chanthavong.")
    assert len({s for s, o in got}) == 2 and "Khamphet Chanthavong" in {s for s, o in got}


def test_and_by_without_a_person_adds_no_signer():
    got = signers("The memorandum on seafood trade was signed by Vice Chairman Trần Văn Lợi, and by the end of "
                  "the year the city will open an office.")
    assert {s for s, o in got} == {"Trần Văn Lợi"}

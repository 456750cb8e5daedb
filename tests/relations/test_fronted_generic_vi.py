"""kg.relations.fronted_generic_vi: after a fronted "Thực hiện / Để cụ thể hóa / Căn cứ X," a main clause with no named
subject ("tỉnh đã ban hành …", "huyện đã thành lập …") — the plan it issues or the body it sets up carries X out; and
the basis phrases ("Căn cứ", "Trên cơ sở") that implements_refs reads like a fronted "Thực hiện"."""
from __future__ import annotations

from articlefacts import facts


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2031-05-10") if p == "implements"}


def test_a_bare_level_word_issues_a_plan():
    got = implements("Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ, tỉnh đã ban hành Kế hoạch số 77/KH-UBND "
                     "về cải cách hành chính.")
    assert ("Kế hoạch số 77/KH-UBND", "Chỉ thị số 05/CT-TTg") in got


def test_a_sector_drafts_a_scheme():
    got = implements("Quán triệt Nghị quyết số 57-NQ/TW, ngành giáo dục xây dựng Đề án chuyển đổi số trong nhà trường "
                     "giai đoạn 2031 - 2035.")
    assert ("Đề án chuyển đổi số trong nhà trường giai đoạn 2031 - 2035", "Nghị quyết số 57-NQ/TW") in got


def test_the_body_set_up_carries_the_instrument_out():
    got = implements("Để cụ thể hóa Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ, thành phố đã thành lập Ban chỉ đạo "
                     "phòng cháy, chữa cháy thành phố Đà Nẵng.")
    assert ("Ban chỉ đạo phòng cháy, chữa cháy thành phố Đà Nẵng", "Chỉ thị số 19/CT-TTg") in got
    got = implements("Căn cứ Nghị quyết số 12/NQ-HĐND, xã đã kiện toàn Ban Chỉ huy quân sự xã Tân Phú.")
    assert ("Ban Chỉ huy quân sự xã Tân Phú", "Nghị quyết số 12/NQ-HĐND") in got


def test_a_named_subject_stays_the_implementer_and_an_event_implements_nothing():
    got = implements("Nhằm cụ thể hóa Quyết định số 45/QĐ-TTg, Bộ Nông nghiệp và Môi trường đã kiện toàn Ban chỉ đạo "
                     "quốc gia về phòng chống thiên tai.")
    assert ("Bộ Nông nghiệp và Môi trường", "Quyết định số 45/QĐ-TTg") in got
    assert not any(s.startswith("Ban chỉ đạo") for s, _ in got)
    got = implements("Thực hiện Quyết định số 1189/QĐ-TTg, tỉnh tổ chức Hội nghị triển khai Đề án phát triển thể thao "
                     "tỉnh Quảng Trị.")
    assert not any(o == "Quyết định số 1189/QĐ-TTg" and s.startswith("Hội nghị") for s, o in got)


def test_a_legal_basis_opening_the_sentence():
    got = implements("Căn cứ Quyết định số 112/QĐ-UBND của UBND thành phố, Công an thành phố Đà Nẵng đã kiểm tra hơn "
                     "6.000 cơ sở kinh doanh.")
    assert ("Công an thành phố Đà Nẵng", "Quyết định số 112/QĐ-UBND") in got
    got = implements("Trên cơ sở Nghị quyết số 12/NQ-HĐND của HĐND tỉnh, UBND tỉnh Bình Định phê duyệt Đề án phát triển "
                     "nghề muối.")
    assert ("Đề án phát triển nghề muối", "Nghị quyết số 12/NQ-HĐND") in got


def test_a_basis_that_is_no_instrument():
    got = implements("Căn cứ kết quả kiểm tra, Sở Công Thương tỉnh Nam Định đã xử phạt 12 cơ sở vi phạm Nghị định số "
                     "98/2020/NĐ-CP.")
    assert not got
    got = implements("Trên cơ sở đề xuất của Sở Y tế, UBND tỉnh Bình Định phê duyệt Đề án phát triển y tế cơ sở.")
    assert not got


def test_a_bare_kind_word_opening_the_main_clause_names_the_body_again():
    got = implements("Ông Trần Văn Bình, Cục trưởng Cục Thi hành án dân sự tỉnh Đồng Nai, cho biết số việc tồn đọng đã "
                     "giảm. Thực hiện Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ, cục đã rà soát toàn bộ hồ sơ tồn đọng.")
    assert ("Cục Thi hành án dân sự tỉnh Đồng Nai", "Chỉ thị số 12/CT-TTg") in got
    got = implements("Năm 2030, Tòa án nhân dân tỉnh Nghệ An giải quyết 9.000 vụ việc. Quán triệt Chỉ thị số 05-CT/TW, "
                     "Tòa án tỉnh đã rút ngắn thời gian giải quyết án.")
    assert ("Tòa án nhân dân tỉnh Nghệ An", "Chỉ thị số 05-CT/TW") in got


def test_a_plural_or_unnamed_kind_implements_nothing():
    assert not implements("Thực hiện Nghị quyết số 19-NQ/TW, các sở đã rà soát quy hoạch.")
    assert not implements("Thực hiện Nghị quyết số 19-NQ/TW, sở đã rà soát quy hoạch thủy lợi.")


def test_a_fronted_clause_a_speaker_reports():
    got = implements("Ông Nguyễn Văn Sơn, Giám đốc Sở Y tế tỉnh Hà Nam, cho biết tỷ lệ tiêm chủng đạt 98%. Theo ông Sơn, "
                     "để thực hiện Chỉ thị số 25/CT-TTg, sở đã mở thêm 30 điểm tiêm.")
    assert ("Sở Y tế tỉnh Hà Nam", "Chỉ thị số 25/CT-TTg") in got
    got = implements("Bà Lê Thị Hoa cho biết, thực hiện Nghị quyết số 12/NQ-HĐND, tỉnh đã ban hành Kế hoạch số 44/KH-UBND "
                     "về phát triển du lịch cộng đồng.")
    assert ("Kế hoạch số 44/KH-UBND", "Nghị quyết số 12/NQ-HĐND") in got


def test_an_instrument_in_the_middle_of_a_clause_is_no_fronted_one():
    got = implements("Tỉnh đã tổ chức tuyên truyền sâu rộng, thực hiện Nghị quyết số 12/NQ-HĐND, huyện đã ban hành "
                     "Kế hoạch số 46/KH-UBND.")
    assert ("Kế hoạch số 46/KH-UBND", "Nghị quyết số 12/NQ-HĐND") not in got


def test_the_unit_is_the_speakers_body_not_the_instruments_issuer():
    got = implements("Ông Trần Quang Minh, Chi cục trưởng Chi cục Hải quan khu vực III, cho biết lượng hàng qua cảng tăng "
                     "mạnh. Cũng theo ông Minh, để thực hiện Chỉ thị số 29/CT-TTg của Thủ tướng Chính phủ, đơn vị đã áp "
                     "dụng máy soi container.")
    assert ("Chi cục Hải quan khu vực III", "Chỉ thị số 29/CT-TTg") in got
    assert ("Thủ tướng Chính phủ", "Chỉ thị số 29/CT-TTg") not in got
    # no speaker named with a body: the unit is no one the article named
    assert not implements("Thực hiện Thông tư số 12/2030/TT-BYT, đơn vị đã điều chỉnh quy trình khám bệnh.")


def test_a_kind_word_heading_a_compound_is_no_body_named_again():
    # "hội viên", "hội chợ", "trường hợp", "Bộ trưởng": the kind word is part of another noun
    assert not implements("Hội Nông dân tỉnh Long An có hơn 180.000 hội viên. Thực hiện Kế hoạch số 12/KH-HND của Trung "
                          "ương Hội Nông dân Việt Nam, hội viên đã đóng góp 3 tỷ đồng xây nhà tình nghĩa.")
    assert not implements("Hội Liên hiệp Phụ nữ tỉnh Nam Định tổ chức hội chợ. Thực hiện Kế hoạch số 45/KH-UBND của UBND "
                          "tỉnh, hội chợ năm nay có 200 gian hàng.")
    assert not implements("Trường Đại học Cần Thơ tuyển sinh năm 2032. Thực hiện Thông tư số 08/2022/TT-BGDĐT, trường hợp "
                          "thí sinh trúng tuyển phải xác nhận nhập học trực tuyến.")
    got = implements("Bộ Y tế tổ chức hội nghị tổng kết. Thực hiện Nghị định số 15/2018/NĐ-CP của Chính phủ, Bộ trưởng "
                     "Đào Hồng Lan đề nghị các địa phương siết chặt kiểm tra.")
    assert not any(o == "Nghị định số 15/2018/NĐ-CP" for _, o in got)


def test_a_main_clause_that_only_states_or_ranks_implements_nothing():
    got = implements("Sở Y tế tỉnh Hà Nam báo cáo kết quả. Thực hiện Kế hoạch số 20/KH-UBND của UBND tỉnh Hà Nam, Sở Y tế "
                     "tỉnh Hà Nam cho biết tỷ lệ tiêm chủng đạt 98%.")
    assert not any(o == "Kế hoạch số 20/KH-UBND" for _, o in got)
    got = implements("Căn cứ Nghị quyết số 96/2019/QH14 của Quốc hội, Tòa án nhân dân tỉnh Bắc Ninh là đơn vị dẫn đầu "
                     "khối thi đua.")
    assert not any(o == "Nghị quyết số 96/2019/QH14" for _, o in got)
    got = implements("Hội Nông dân tỉnh Cà Mau có 120.000 hội viên. Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh Cà "
                     "Mau, hội đạt giải nhất toàn đoàn.")
    assert not any(o == "Kế hoạch số 45/KH-UBND" for _, o in got)
    # an act stays one: a body holding a campaign, or one that issues a document ("có văn bản")
    got = implements("Thực hiện Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh Bình Phước đã có văn bản chỉ đạo "
                     "các sở rà soát hồ sơ.")
    assert ("UBND tỉnh Bình Phước", "Chỉ thị số 12/CT-TTg") in got


def test_what_a_time_a_place_name_or_a_kind_word_opens_is_made_too():
    got = implements("Để cụ thể hóa Nghị quyết số 39-NQ/TW của Bộ Chính trị, từ năm 2028 tỉnh đã ban hành Đề án phát "
                     "triển hạ tầng giao thông vùng ven biển đến năm 2035.")
    assert ("Đề án phát triển hạ tầng giao thông vùng ven biển đến năm 2035", "Nghị quyết số 39-NQ/TW") in got
    got = implements("Để cụ thể hóa Nghị quyết số 05-NQ/HU của Huyện ủy Bảo Lâm, huyện Bảo Lâm đã ban hành Kế hoạch "
                     "số 36/KH-UBND về du lịch cộng đồng.")
    assert ("Kế hoạch số 36/KH-UBND", "Nghị quyết số 05-NQ/HU") in got
    got = implements("Hội Cựu chiến binh huyện Yên Thành tổ chức đại hội. Hội Cựu chiến binh tỉnh Nghệ An dự đại hội. "
                     "Để cụ thể hóa Chỉ thị số 28-CT/TW của Ban Bí thư, hội đã thành lập Câu lạc bộ Cựu chiến binh doanh "
                     "nhân huyện Yên Thành với 45 thành viên.")
    assert ("Câu lạc bộ Cựu chiến binh doanh nhân huyện Yên Thành", "Chỉ thị số 28-CT/TW") in got

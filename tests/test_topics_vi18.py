"""Vietnamese fields and ``about`` (round vi18): new fields of the topics lexicon (blue economy, nuclear and
radiation safety, open banking …), broad fields that count only as a subject ("kind": "subject"), and the
constructions that say what an event or a law is about."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def _topics(text: str, published: str = "2031-03-02") -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {e.name for e in res.entities.values() if e.type == "Topic"}


def test_blue_economy_is_a_field_of_its_own():
    got = facts("Ngày 2/3, UBND tỉnh Bình Định ban hành Đề án phát triển kinh tế biển xanh tỉnh Bình Định "
                "đến năm 2035.", "2031-03-03")
    assert _about(got, "Đề án phát triển kinh tế biển xanh") == {"kinh tế biển xanh"}


def test_nuclear_and_radiation_safety_fields():
    got = facts("Sáng 4/5, Bộ Khoa học và Công nghệ tổ chức Hội thảo về an toàn bức xạ và năng lượng nguyên tử "
                "tại Hà Nội.", "2031-05-05")
    assert {"an toàn bức xạ", "năng lượng nguyên tử"} <= _about(got, "Hội thảo")


def test_fintech_fields():
    got = facts("Ngày 9/6, Ngân hàng Nhà nước Việt Nam tổ chức Hội thảo về ngân hàng mở, chấm điểm tín dụng và "
                "cho vay ngang hàng.", "2031-06-10")
    assert {"ngân hàng mở", "chấm điểm tín dụng", "cho vay ngang hàng"} <= _about(got, "Hội thảo")


def test_a_broad_field_named_in_passing_is_no_topic():
    assert not _topics("Nhiều hộ dân ở huyện Ninh Phước đã lắp điện mặt trời mái nhà để giảm tiền điện.")


def test_a_broad_field_that_a_plan_is_about_is_a_topic():
    got = facts("Ngày 1/3, UBND tỉnh Ninh Thuận ban hành Kế hoạch số 12/KH-UBND về phát triển điện mặt trời "
                "mái nhà.", "2031-03-02")
    assert _about(got, "Kế hoạch số 12/KH-UBND") == {"điện mặt trời"}


def test_the_fields_a_law_has_provisions_on():
    got = facts("Luật An ninh mạng năm 2025 đã có các quy định riêng liên quan đến bảo vệ dữ liệu cá nhân và "
                "trí tuệ nhân tạo.", "2031-03-02")
    assert {"bảo vệ dữ liệu cá nhân", "trí tuệ nhân tạo"} <= _about(got, "Luật An ninh mạng")


def test_the_fields_a_law_has_content_on_after_trong_do():
    got = facts("Lớp tập huấn giới thiệu các quy định mới của Luật Dữ liệu năm 2024, trong đó có các nội dung "
                "liên quan đến cơ sở dữ liệu quốc gia và định danh điện tử.", "2031-03-02")
    assert {"cơ sở dữ liệu quốc gia", "định danh điện tử"} <= _about(got, "Luật Dữ liệu")


def test_a_plan_whose_sentence_merely_mentions_a_field_is_not_about_it():
    got = facts("UBND tỉnh Lào Cai ban hành Kế hoạch số 7/KH-UBND, giao Sở Tài chính rà soát kinh phí cho "
                "chuyển đổi số.", "2031-03-02")
    assert not _about(got, "Kế hoạch số 7")


def test_delegates_at_the_event_discussed_fields():
    got = facts("Sáng 8/5, Sở Y tế tỉnh An Giang tổ chức Hội thảo \"Bệnh viện thông minh\" tại thành phố Long Xuyên. "
                "Tại hội thảo, các đại biểu đã thảo luận về khám bệnh, chữa bệnh từ xa và an toàn thông tin. "
                "Hội thảo cũng bàn về trí tuệ nhân tạo.", "2031-05-09")
    assert {"khám bệnh, chữa bệnh từ xa", "an toàn thông tin", "trí tuệ nhân tạo"} <= _about(got, "Hội thảo")


def test_a_speaker_at_the_event_is_not_what_it_discussed():
    got = facts("Sáng 8/5, Sở Nội vụ tỉnh An Giang tổ chức Hội nghị tổng kết công tác năm 2030. Tại hội nghị, "
                "ông Nguyễn Văn An cho biết tỉnh sẽ thảo luận về chuyển đổi số vào tháng sau.", "2031-05-09")
    assert "chuyển đổi số" not in _about(got, "Hội nghị")


def test_an_event_name_does_not_end_inside_a_known_field():
    got = facts("Ngày 6/3, Ngân hàng Nhà nước Việt Nam tổ chức Hội thảo lấy ý kiến về cơ chế thử nghiệm có kiểm soát "
                "tại Hà Nội.", "2031-03-07")
    assert "cơ chế thử nghiệm có kiểm soát" in _about(got, "Hội thảo lấy ý kiến về cơ chế thử nghiệm có kiểm soát")


def test_an_event_name_still_ends_at_its_place_after_a_field():
    got = facts("Sáng 3/4, Bộ Y tế tổ chức Hội nghị về phòng, chống tác hại của thuốc lá tại Huế.", "2031-04-04")
    assert any(p == "locatedIn" and o == "Huế" for s, p, o in got)
    assert not any(s.endswith("tại") for s, p, o in got)


def test_a_quoted_title_after_chuyen_de_is_the_subject_of_the_course():
    got = facts("Ngày 14/11, Sở Tư pháp tỉnh Ninh Bình tổ chức lớp tập huấn chuyên đề \"Pháp luật về bảo vệ dữ liệu "
                "cá nhân và an ninh mạng\" cho 80 cán bộ.", "2031-11-15")
    assert {"bảo vệ dữ liệu cá nhân", "an ninh mạng"} <= _about(got, "lớp tập huấn")


def test_chuyen_de_without_a_quoted_title_is_no_subject_cue():
    got = facts("Ngày 14/11, Sở Tư pháp tỉnh Ninh Bình tổ chức lớp tập huấn chuyên đề cho 80 cán bộ làm công tác "
                "chuyển đổi số.", "2031-11-15")
    assert "chuyển đổi số" not in _about(got, "lớp tập huấn")


def test_more_fields_industry_four_and_a_disease():
    got = facts("Ngày 2/4, Sở Y tế tỉnh Đồng Tháp ban hành Kế hoạch số 41/KH-SYT về phòng, chống bệnh tay chân miệng "
                "và bệnh sởi.", "2031-04-03")
    assert {"tay chân miệng", "bệnh sởi"} <= _about(got, "Kế hoạch số 41")
    got = facts("Sáng 9/6, Trường Đại học Cần Thơ tổ chức Hội thảo về cách mạng công nghiệp lần thứ tư và kinh tế tri "
                "thức.", "2031-06-10")
    assert {"cách mạng công nghiệp lần thứ tư", "kinh tế tri thức"} <= _about(got, "Hội thảo")


def test_fields_of_ministries_mandates():
    got = facts("Ngày 5/5, Bộ Công Thương tổ chức Hội thảo về phòng vệ thương mại và thị trường điện cạnh tranh.",
                "2031-05-06")
    assert {"phòng vệ thương mại", "thị trường điện"} <= _about(got, "Hội thảo")
    got = facts("Ngày 6/5, UBND tỉnh Quảng Trị ban hành Kế hoạch số 66/KH-UBND về rà phá bom mìn.", "2031-05-07")
    assert _about(got, "Kế hoạch số 66") == {"rà phá bom mìn"}


def test_lien_quan_den_right_after_an_instrument_gives_its_subject():
    got = facts("Ngày 4/5, Bộ Tài chính ban hành Thông tư số 21/2031/TT-BTC liên quan đến hóa đơn điện tử và "
                "thương mại điện tử.", "2031-05-05")
    assert {"hóa đơn điện tử", "thương mại điện tử"} <= _about(got, "Thông tư số 21")


def test_lien_quan_den_after_other_words_of_the_sentence_gives_nothing():
    got = facts("Luật Đất đai năm 2024 có nhiều điểm mới liên quan đến chuyển đổi số.", "2031-05-05")
    assert not _about(got, "Luật Đất đai")


def test_high_tech_farming_is_no_field_of_high_technology():
    got = facts("Sáng 3/6, Sở Nông nghiệp và Môi trường tỉnh Phú Yên tổ chức Hội thảo về nuôi biển công nghệ cao và "
                "trang trại bò sữa công nghệ cao.", "2031-06-04")
    assert "nuôi biển" in _about(got, "Hội thảo") and "công nghệ cao" not in _about(got, "Hội thảo")
    got = facts("Sáng 3/6, UBND tỉnh Bắc Ninh tổ chức Hội thảo về công nghệ cao và đổi mới sáng tạo.", "2031-06-04")
    assert "công nghệ cao" in _about(got, "Hội thảo")


def test_sustainably_developing_a_thing_is_no_field_of_sustainable_development():
    got = facts("Ngày 3/3, UBND tỉnh Phú Yên ban hành Đề án phát triển bền vững kinh tế biển tỉnh Phú Yên.", "2031-03-04")
    assert _about(got, "Đề án") == {"kinh tế biển"}
    got = facts("Ngày 5/4, Viện Kinh tế Việt Nam tổ chức Hội thảo về phát triển bền vững và tăng trưởng xanh.",
                "2031-04-06")
    assert {"phát triển bền vững", "tăng trưởng xanh"} <= _about(got, "Hội thảo")

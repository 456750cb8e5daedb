"""Vietnamese news constructions of issue 9's ninth round, on sentences written for these tests (other
names, places and fields than the tune articles): fields the lexicon lacks, read from the subject
after "về" in a policy's or event's name."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts

from kg.nlp.recognizers.field_topics import _subject, field_topic_candidates
from kg.nlp.recognizers.stages import Recognition, run_stage


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.name, e.type) for e in res.entities.values()}


def _field(clause: str) -> str | None:
    span = _subject(clause, len("về "))
    return clause[span[0]:span[1]] if span else None


def test_the_field_is_the_subject_past_its_opening_verbs_and_before_its_period_or_place():
    assert _field("về tăng cường công tác trợ giúp pháp lý trong tình hình mới") == "trợ giúp pháp lý"
    assert _field("về đổi mới, nâng cao chất lượng dạy nghề cho lao động nông thôn") == "dạy nghề"
    assert _field("về quản trị rủi ro thiên tai giai đoạn 2026 - 2030") == "quản trị rủi ro thiên tai"
    assert _field("về an sinh xã hội tỉnh Hà Giang") == "an sinh xã hội"


def test_a_subject_that_is_an_act_or_a_list_of_things_names_no_field():
    assert _field("về việc thành lập Hội đồng thẩm định") is None
    assert _field("về phê duyệt danh mục dự án") is None
    assert _field("về các nội dung") is None
    assert _field("về Hà Nội") is None
    # a verb's object is a field only where the lexicon says so
    assert _field("về bảo tồn nguồn gen dược liệu") is None


def _field_topics(text: str) -> set[str]:
    """The field topics of ``text`` (kg.nlp.recognizers.field_topics, which the pipeline does not run)."""
    r = Recognition.start(text, "vi", "2027-03-10")
    for stage in ("gazetteer", "patterns", "context"):
        run_stage(r, stage)
    return {text[c.start:c.end].casefold() for c in field_topic_candidates(r.text, r.cands)}


def test_a_field_after_ve_in_a_directive_is_a_topic():
    # (a field the lexicon does not know: "trợ giúp pháp lý", this test's first example, now is a gazetteer topic)
    text = ("Ngày 4/3, UBND tỉnh Hòa Bình ban hành Chỉ thị số 05/CT-UBND về tăng cường công tác đăng ký hộ tịch "
            "cho người dân vùng sâu. Năm 2026, đăng ký hộ tịch đã đến với 3.000 người.")
    assert _field_topics(text) == {"đăng ký hộ tịch"}
    # a subject named once is no field of the article
    assert _field_topics(text.split(" Năm 2026")[0] + ".") == set()


def test_the_field_written_again_in_another_name_is_the_same_topic():
    text = ("Sáng 3/3, Sở Tư pháp tỉnh Yên Bái tổ chức Hội nghị về nâng cao hiệu quả hòa giải ở cơ sở năm 2027. "
            "Tỉnh cũng ban hành Đề án hòa giải ở cơ sở giai đoạn 2027 - 2030.")
    assert _field_topics(text) == {"hòa giải"}  # "ở": the place of the work closes the field


def test_ve_after_a_person_or_a_plain_verb_reads_no_field():
    assert _field_topics("Ông Nguyễn Văn Bình trao đổi về kinh nghiệm nuôi cá lồng với người dân. Kinh nghiệm nuôi "
                         "cá lồng được chia sẻ rộng rãi.") == set()


def test_ve_governed_by_a_word_inside_the_name_is_not_the_names_subject():
    assert _field_topics("Ngày 2/3, UBND tỉnh Phú Thọ ban hành Đề án xây dựng cơ sở dữ liệu về tài nguyên rừng tỉnh "
                         "Phú Thọ. Tài nguyên rừng của tỉnh đang suy giảm.") == set()
    assert _field_topics("Ngày 2/3, UBND tỉnh Phú Thọ ban hành Đề án số 12/ĐA-UBND về tài nguyên rừng tỉnh Phú Thọ. "
                         "Tài nguyên rừng của tỉnh đang suy giảm.") == {"tài nguyên rừng"}


def test_a_body_named_after_tai_where_a_meeting_is_held_is_its_venue():
    got = facts("Sáng 5/3, tại trụ sở UBND tỉnh Tuyên Quang, Sở Tài chính tổ chức Hội nghị đối thoại doanh nghiệp "
                "năm 2027.", "2027-03-10")
    assert ("Hội nghị đối thoại doanh nghiệp năm 2027", "locatedIn", "trụ sở UBND tỉnh Tuyên Quang") in got
    got = facts("Ngày 6/3, Bộ Y tế tổ chức Hội thảo quốc gia về ghép tạng tại Bệnh viện Trung ương Huế.", "2027-03-10")
    assert ("Hội thảo quốc gia về ghép tạng", "locatedIn", "Bệnh viện Trung ương Huế") in got


def test_a_school_where_pupils_study_stays_a_body():
    ents = _entities("Hơn 2.000 học sinh đang học tại Trường THPT Lê Quý Đôn.")
    assert ("Trường THPT Lê Quý Đôn", "Organization") in ents
    assert ("Trường THPT Lê Quý Đôn", "Place") not in ents


def test_kept_opening_words_make_the_field_and_a_compound_with_nguoi_is_one():
    assert _field("về phòng, chống đuối nước học sinh giai đoạn 2027 - 2030") == "phòng, chống đuối nước học sinh"
    assert _field("về người khuyết tật trên địa bàn tỉnh") == "người khuyết tật"


def test_an_event_name_runs_through_its_beneficiary_to_its_year():
    got = facts("Ngày 12/5, Sở Tư pháp tỉnh Bắc Kạn tổ chức Hội nghị tập huấn về hòa giải cơ sở cho cán bộ xã "
                "vùng cao năm 2027. Tỉnh có 900 tổ hòa giải cơ sở.", "2027-05-20")
    name = "Hội nghị tập huấn về hòa giải cơ sở cho cán bộ xã vùng cao năm 2027"
    assert ("Sở Tư pháp tỉnh Bắc Kạn", "organized", name) in got


def test_a_plans_scope_on_its_territory_is_not_part_of_the_strategy_it_implements():
    got = facts("Ngày 3/3, UBND tỉnh Kon Tum ban hành Kế hoạch số 61/KH-UBND về thực hiện Chiến lược quốc gia về "
                "bình đẳng giới trên địa bàn tỉnh giai đoạn 2026 - 2030.", "2027-03-10")
    assert ("Kế hoạch số 61/KH-UBND", "implements", "Chiến lược quốc gia về bình đẳng giới") in got


def test_a_body_that_is_a_unit_of_another_is_its_sub_organization():
    got = facts("Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh là đơn vị sự nghiệp công lập thuộc Sở Nội vụ tỉnh Hà Tĩnh.",
                "2027-03-10")
    assert ("Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh", "subOrganizationOf", "Sở Nội vụ tỉnh Hà Tĩnh") in got


def test_a_dateline_under_the_title_dates_the_report_not_the_event():
    got = facts("Yên Bái mở lớp dạy nghề cho nông dân\nYên Bái, ngày 9/4/2027 - Sáng 8/4, Sở Nông nghiệp và Môi "
                "trường tỉnh Yên Bái tổ chức Lễ khai giảng lớp dạy nghề trồng quế năm 2027.", "2027-04-09")
    dates = {o for s, p, o in got if p == "date"}
    assert dates == {"2027-04-08"}


def test_a_border_post_is_a_body():
    ents = _entities("Đại diện Đồn Biên phòng Cửa khẩu quốc tế Tà Lùng và Đồn Biên phòng Lý Vạn cùng dự hội nghị.")
    assert {("Đồn Biên phòng Cửa khẩu quốc tế Tà Lùng", "Organization"), ("Đồn Biên phòng Lý Vạn", "Organization")} <= ents


def test_a_second_giver_after_a_semicolon_on_this_occasion_took_part_too():
    got = facts("Sáng 1/6, UBND tỉnh Bến Tre tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2027. Dịp này, Quỹ Bảo trợ "
                "trẻ em tỉnh Bến Tre trao 100 suất học bổng cho học sinh nghèo; Công ty cổ phần Dược phẩm Cửu Long tặng "
                "500 phần quà cho thiếu nhi.", "2027-06-02")
    ev = "Lễ phát động Tháng hành động vì trẻ em năm 2027"
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) in got
    got = facts("Sáng 1/6, UBND tỉnh Bến Tre tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2027. Dịp này, Quỹ Bảo trợ "
                "trẻ em tỉnh Bến Tre trao 100 suất học bổng; Công ty cổ phần Dược phẩm Cửu Long cho biết sẽ tài trợ thêm.",
                "2027-06-02")
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) not in got
    got = facts("Sáng 1/6, UBND tỉnh Bến Tre tổ chức Lễ phát động Tháng hành động vì trẻ em năm 2027. Tại buổi lễ, Quỹ Bảo "
                "trợ trẻ em tỉnh Bến Tre trao 100 suất học bổng; Công ty cổ phần Dược phẩm Cửu Long tặng 500 phần quà.",
                "2027-06-02")
    assert ("Công ty cổ phần Dược phẩm Cửu Long", "participatedIn", ev) in got


def test_a_bare_instrument_word_after_an_implementing_verb_is_the_one_named_before():
    got = facts("Sáng 12/3, Sở Nội vụ tỉnh Phú Yên tổ chức Hội nghị triển khai Chỉ thị số 41-CT/TW của Ban Bí thư về công "
                "tác dân số. Để thực hiện Chỉ thị, UBND tỉnh Phú Yên đã ban hành Kế hoạch số 88/KH-UBND.", "2027-03-20")
    assert ("Kế hoạch số 88/KH-UBND", "implements", "Chỉ thị số 41-CT/TW") in got


def test_an_agency_named_in_lower_case_runs_to_its_ministry_or_to_the_comma_after_its_heads_title():
    got = facts("Ông Lê Minh Hải, Cục trưởng Cục Quản lý chất lượng nông lâm sản thuộc Bộ Nông nghiệp và Môi trường, "
                "dự hội nghị.", "2027-03-10")
    assert ("Lê Minh Hải", "memberOf", "Cục Quản lý chất lượng nông lâm sản") in got
    assert ("Cục Quản lý chất lượng nông lâm sản", "subOrganizationOf", "Bộ Nông nghiệp và Môi trường") in got
    got = facts("Bà Đỗ Thị Hoa, Phó Cục trưởng Cục Phòng, chống tệ nạn xã hội, phát biểu tại hội thảo.", "2027-03-10")
    assert ("Đỗ Thị Hoa", "memberOf", "Cục Phòng, chống tệ nạn xã hội") in got
    got = facts("Đoàn kiểm tra của Cục Kiểm định chất lượng phương tiện giao thông, Bộ Xây dựng đã làm việc với tỉnh.",
                "2027-03-10")
    assert ("Cục Kiểm định chất lượng phương tiện giao thông", "subOrganizationOf", "Bộ Xây dựng") in got
    # a full stop does not close it: the words before it may be the sentence's verb
    ents = _entities("Ông Trần Văn Lộc, Cục trưởng Cục Chăn nuôi và Thú y chủ trì hội nghị.")
    assert not any(n.startswith("Cục Chăn nuôi và Thú y chủ") for n, t in ents)


def test_the_same_day_is_not_the_start_of_a_rule_written_before():
    got = facts("Chiều 9/7, tại Hà Nội, Hội đồng Tiền lương quốc gia tổ chức phiên họp thứ hai năm 2026. Mức lương tối "
                "thiểu sẽ tăng 7,2% từ ngày 1/1/2027. Cùng ngày, Tổng Liên đoàn Lao động Việt Nam tổ chức Hội thảo "
                "Tiền lương và việc làm năm 2026 tại Hà Nội.", "2026-07-10")
    dates = {o for s, p, o in got if p == "date" and s.startswith("Hội thảo")}
    assert dates == {"2026-07-09"}


def test_a_place_opening_the_sentence_after_a_dateline_is_where_the_event_is_held():
    got = facts("Tuyên Quang tuyển chọn lao động\nTuyên Quang, ngày 26/8/2027 - Sáng 25/8, tại phường Minh Xuân, Sở Nội vụ "
                "tỉnh Tuyên Quang phối hợp với Trung tâm Dịch vụ việc làm tỉnh Tuyên Quang tổ chức Hội nghị tuyển chọn "
                "lao động năm 2027.", "2027-08-26")
    assert ("Hội nghị tuyển chọn lao động năm 2027", "locatedIn", "phường Minh Xuân") in got


def test_a_body_named_again_by_its_kind_implements_the_policy_it_carries_out():
    got = facts("Ông Lý Văn Tâm, Giám đốc Trung tâm Khuyến nông tỉnh Cao Bằng, cho biết trung tâm đang thực hiện Kế hoạch "
                "số 56/KH-UBND của UBND tỉnh Cao Bằng.", "2027-03-10")
    assert ("Trung tâm Khuyến nông tỉnh Cao Bằng", "implements", "Kế hoạch số 56/KH-UBND") in got
    # a plan between the body and the verb is what carries the policy out
    got = facts("Theo Sở Xây dựng tỉnh Cao Bằng, sở đang xây dựng Đề án phát triển nhà ở xã hội để triển khai Quyết định "
                "số 338/QĐ-TTg.", "2027-03-10")
    assert ("Sở Xây dựng tỉnh Cao Bằng", "implements", "Quyết định số 338/QĐ-TTg") not in got


def test_a_venue_of_a_commune_or_ward_and_no_place_from_a_bodys_head_in_a_list():
    got = facts("Sáng 4/3, tại Nhà văn hóa xã Đông Hòa, Hội Nông dân tỉnh tổ chức Hội nghị tập huấn kỹ thuật trồng lúa.",
                "2027-03-10")
    assert ("Hội nghị tập huấn kỹ thuật trồng lúa", "locatedIn", "Nhà văn hóa xã Đông Hòa") in got
    assert not any(p == "locatedIn" and o.startswith("Hội") for s, p, o in got)


def test_a_dialogue_goes_on_with_its_partner():
    got = facts("Chiều 20/5, Sở Nội vụ tỉnh Tây Ninh tổ chức Hội nghị đối thoại về chính sách tiền lương với người lao "
                "động tại Khu công nghiệp Phước Đông.", "2027-05-21")
    name = "Hội nghị đối thoại về chính sách tiền lương với người lao động"
    assert ("Sở Nội vụ tỉnh Tây Ninh", "organized", name) in got
    assert (name, "locatedIn", "Khu công nghiệp Phước Đông") in got

"""Vietnamese news constructions of issue 9's sixth round, on sentences written for these tests:
instruments named inside event and body names, steering bodies named by their field, stop syllables
that are half of a noun, contest winners and award presenters, proposers at the one meeting, named
days, bracketed short forms of long plan names, ceremonies named by what they open, generic meetings'
topics."""
from __future__ import annotations

import pytest

import kg.nlp
from kg.nlp import patterns as P
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def _entities(text: str, published: str = "2027-02-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.name, e.type) for e in res.entities.values()}


@pytest.fixture(scope="module")
def nlp():
    return kg.nlp.load("vi")


def _kg(nlp, text, published="2027-02-10"):
    doc = kg.nlp.annotate(nlp, text, published=published)
    return [(s.text, s.label_) for s in doc.spans["kg"]]


def test_an_instrument_named_inside_an_event_name_is_an_entity_issued_by_the_body_after_it():
    got = facts("Sáng 9/2, Sở Tư pháp tỉnh Lào Cai tổ chức Hội nghị phổ biến Nghị quyết số 27-NQ/TW của Ban Chấp "
                "hành Trung ương.", "2027-02-10")
    assert ("Ban Chấp hành Trung ương Đảng", "issued", "Nghị quyết số 27-NQ/TW") in got or \
        any(p == "issued" and o == "Nghị quyết số 27-NQ/TW" for s, p, o in got)
    assert not any(p == "organized" and s.startswith("Ban Chấp hành") for s, p, o in got)
    assert any(p == "organized" and s == "Sở Tư pháp tỉnh Lào Cai" for s, p, o in got)


def test_an_amending_draft_inside_an_event_name_keeps_only_the_amended_decree():
    got = _entities("Ngày 3/2, Cục Hải quan tổ chức Hội thảo góp ý dự thảo Nghị định sửa đổi Nghị định số "
                    "08/2015/NĐ-CP.")
    policies = {n for n, t in got if t == "Policy"}
    assert policies == {"Nghị định số 08/2015/NĐ-CP"}


@pytest.mark.parametrize("words, k, stop", [
    (["khởi", "nghiệp", "đổi", "mới", "sáng", "tạo"], 3, False),  # "đổi mới": a noun
    (["khởi", "nghiệp", "đổi", "mới", "sáng", "tạo"], 4, False),  # "sáng tạo", not the morning
    (["cơ", "quan", "hàng", "không"], 3, False),                    # "hàng không"
    (["hội", "nghị", "mới", "đây"], 2, True),                      # a bare "mới" still ends a name
    (["họp", "sáng", "nay"], 1, True),                             # the morning
])
def test_stop_syllables_that_are_half_of_a_noun(words, k, stop):
    assert P.is_stop_vi(words, k) is stop


def test_a_steering_committee_named_by_its_field_takes_the_province_of_the_article():
    text = ("Chiều 2/2, UBND tỉnh Gia Lai họp bàn công tác giảm nghèo. Ông Trần Minh Khoa, Phó Chủ tịch UBND tỉnh "
            "Gia Lai, Trưởng Ban Chỉ đạo giảm nghèo bền vững tỉnh chủ trì cuộc họp.")
    got = facts(text, "2027-02-02")
    assert ("Trần Minh Khoa", "memberOf", "Ban Chỉ đạo giảm nghèo bền vững tỉnh Gia Lai") in got
    assert ("Trần Minh Khoa", "position", "Trưởng Ban") in got


def test_a_steering_committee_with_its_place_ends_before_the_verb(nlp):
    got = _kg(nlp, "Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum họp phiên thường kỳ.")
    assert ("Ban Chỉ đạo chuyển đổi số tỉnh Kon Tum", "ORG") in got


def test_a_body_named_by_the_instrument_it_implements():
    got = facts("Tổ công tác thực hiện Nghị quyết số 18-NQ/TW tỉnh Yên Bái đã họp ngày 5/2.", "2027-02-10")
    assert any(p == "implements" and s.startswith("Tổ công tác thực hiện Nghị quyết")
               and o == "Nghị quyết số 18-NQ/TW" for s, p, o in got)


def test_contest_winner_and_award_presenter_take_part():
    text = ("Nhóm sinh viên của Trường Đại học Cần Thơ vừa giành giải nhất Cuộc thi Sáng tạo kỹ thuật nông nghiệp "
            "năm 2027. Ông Võ Minh Tâm, Giám đốc Sở Khoa học và Công nghệ, trao giải cho các đội.")
    got = facts(text, "2027-02-10")
    event = "Cuộc thi Sáng tạo kỹ thuật nông nghiệp năm 2027"
    assert ("Trường Đại học Cần Thơ", "participatedIn", event) in got
    assert ("Võ Minh Tâm", "participatedIn", event) in got


def test_proposers_at_the_one_meeting_of_the_article():
    text = ("Ngày 8/2, Bộ Xây dựng tổ chức Hội thảo góp ý dự thảo Luật Nhà ở sửa đổi.\n\n"
            "Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, đề nghị bỏ quy định về thời hạn sở hữu.\n\n"
            "Đại diện Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam kiến nghị giảm thủ tục.")
    got = facts(text, "2027-02-10")
    event = next(o for s, p, o in got if p == "organized")
    assert ("Lê Hoàng Châu", "participatedIn", event) in got
    assert ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "participatedIn", event) in got


def test_no_proposer_when_the_article_names_two_meetings():
    text = ("Ngày 8/2, Bộ Xây dựng tổ chức Hội thảo góp ý dự thảo Luật Nhà ở sửa đổi. Ngày 9/2, Bộ Tài chính tổ "
            "chức Hội nghị tổng kết năm 2026.\n\nÔng Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, đề nghị "
            "bỏ quy định về thời hạn sở hữu.")
    got = facts(text, "2027-02-10")
    assert not any(s == "Lê Hoàng Châu" and p == "participatedIn" for s, p, o in got)


def test_a_named_day_held_is_an_event_and_a_date_is_not(nlp):
    got = _kg(nlp, "Sáng 9/11, Bộ Tư pháp tổ chức Ngày Pháp luật Việt Nam năm 2027. Ngày 15/1 là hạn cuối.")
    assert ("Ngày Pháp luật Việt Nam năm 2027", "EVENT") in got
    assert not any(label == "EVENT" and text.startswith("Ngày 15") for text, label in got)


def test_a_bracketed_short_form_closes_a_long_plan_name_and_names_the_same_plan():
    text = ("Đề án 68 được triển khai mạnh mẽ. Bộ Công an đã trình Đề án bảo đảm an ninh, trật tự và an toàn "
            "giao thông đường thủy (Đề án 68). Kế hoạch số 12/KH-UBND về thực hiện Đề án 68 đã ban hành.")
    policies = {n for n, t in _entities(text) if t == "Policy"}
    assert "Đề án bảo đảm an ninh, trật tự và an toàn giao thông đường thủy" in policies
    assert "Đề án 68" not in policies


def test_what_a_ceremony_opens_is_not_its_host():
    got = facts("Sáng 5/2, Bệnh viện Bạch Mai tổ chức Lễ khánh thành Trung tâm Đột quỵ.", "2027-02-10")
    assert ("Bệnh viện Bạch Mai", "organized", "Lễ khánh thành Trung tâm Đột quỵ") in got
    assert ("Trung tâm Đột quỵ", "organized", "Lễ khánh thành Trung tâm Đột quỵ") not in got


def test_a_generic_meeting_is_about_the_topic_of_its_purpose_clause():
    got = facts("Sáng 6/2, UBND tỉnh Nam Định tổ chức hội nghị trực tuyến triển khai các giải pháp phòng, chống "
                "cúm gia cầm.", "2027-02-10")
    assert any(p == "about" and o == "cúm gia cầm" for s, p, o in got)


def test_an_envoy_post_is_not_part_of_the_role():
    got = facts("Dự lễ có Đại sứ Italy tại Việt Nam Marco Della Seta.", "2027-02-10")
    assert ("Marco Della Seta", "position", "Đại sứ") in got


def test_a_short_form_in_brackets_does_not_stop_thuoc():
    got = facts("Viện Vật lý Địa cầu (IGP) thuộc Viện Hàn lâm Khoa học và Công nghệ Việt Nam công bố báo cáo.",
                "2027-02-10")
    assert ("Viện Vật lý Địa cầu", "subOrganizationOf", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam") in got


def test_two_venues_of_a_kind_joined_by_va_are_two(nlp):
    got = _kg(nlp, "Tàu cá cập cảng cá Sông Đốc và cảng cá Cà Mau.")
    assert ("cảng cá Sông Đốc", "LOC") in got and ("cảng cá Cà Mau", "LOC") in got


def test_a_programme_that_is_held_is_an_event_not_a_plan():
    got = _entities("Tối 5/2, UBND tỉnh Ninh Bình tổ chức Chương trình quảng bá ẩm thực Ninh Bình năm 2027.")
    assert ("Chương trình quảng bá ẩm thực Ninh Bình năm 2027", "Event") in got
    assert not any(t == "Policy" for n, t in got)


def test_a_titled_tournament_is_an_event_and_a_prize_rank_is_not(nlp):
    got = _kg(nlp, "Sáng 2/2, Giải Bóng chuyền Cúp Hùng Vương năm 2027 khai mạc. Đội Sơn La đạt Giải Nhất cuộc thi.")
    assert ("Giải Bóng chuyền Cúp Hùng Vương năm 2027", "EVENT") in got
    assert not any(label == "EVENT" and text.startswith("Giải Nhất") for text, label in got)


def test_title_winners_and_hosts_named_after_a_bare_event_noun():
    text = ("Sáng 2/2, Giải Việt dã Báo Hà Tĩnh năm 2027 diễn ra tại thành phố Hà Tĩnh. Giải do Báo Hà Tĩnh phối hợp "
            "với Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh tổ chức. Trần Văn Lực, vận động viên của Câu lạc bộ "
            "Điền kinh Hà Tĩnh, giành chức vô địch nội dung 10 km nam. Nội dung 10 km nữ thuộc về Lê Thị Hoa.")
    got = facts(text, "2027-02-02")
    event = "Giải Việt dã Báo Hà Tĩnh năm 2027"
    assert ("Báo Hà Tĩnh", "organized", event) in got
    assert any(p == "organized" and s.startswith("Sở Văn hóa") and o == event for s, p, o in got)
    assert ("Trần Văn Lực", "participatedIn", event) in got
    assert ("Lê Thị Hoa", "participatedIn", event) in got


def test_partners_implement_together():
    got = facts("Bộ Tư pháp đang phối hợp với Bộ Công an triển khai Nghị quyết số 27/2026/NQ-CP về cải cách tư pháp.",
                "2027-02-10")
    assert ("Bộ Tư pháp", "implements", "Nghị quyết số 27/2026/NQ-CP") in got
    assert ("Bộ Công an", "implements", "Nghị quyết số 27/2026/NQ-CP") in got


def test_a_continued_sitting_is_held_by_the_body_after_it():
    got = facts("Chiều 3/2, tiếp tục Phiên họp thứ 50, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Dân số.",
                "2027-02-03")
    assert ("Ủy ban Thường vụ Quốc hội", "organized", "Phiên họp thứ 50") in got


def test_a_memorandum_named_by_its_subject_and_period():
    got = _entities("Hai bên ký kết biên bản ghi nhớ hợp tác phát triển nguồn nhân lực giai đoạn 2027 - 2030.")
    assert ("biên bản ghi nhớ hợp tác phát triển nguồn nhân lực giai đoạn 2027 - 2030", "Policy") in got


def test_a_police_unit_runs_over_paired_phrases():
    got = facts("Sáng 4/2, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bắc Giang tổ chức "
                "diễn tập tại Khu công nghiệp Quang Châu.", "2027-02-04")
    unit = "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bắc Giang"
    assert any(s == unit and p == "organized" for s, p, o in got)


def test_a_list_of_places_is_not_a_pair_of_verbs():
    got = _entities("Các quyết định của Trung ương về việc sắp xếp đơn vị hành chính cấp tỉnh, cấp xã đã có hiệu lực.")
    assert not any(t == "Policy" and "cấp xã" in n for n, t in got)


@pytest.mark.parametrize("text, venue", [
    ("Sáng 4/2, diễn tập diễn ra tại Khu chung cư Green Park.", "Khu chung cư Green Park"),
    ("Lễ khai trương diễn ra tại Cảng hàng không quốc tế Phú Quốc.", "Cảng hàng không quốc tế Phú Quốc"),
])
def test_new_venue_kinds(nlp, text, venue):
    assert (venue, "LOC") in _kg(nlp, text)


def test_an_honorary_state_title_is_a_position():
    got = facts("Nghệ nhân ưu tú Đào Văn Tâm, 70 tuổi, trình diễn kỹ thuật làm gốm.", "2027-02-04")
    assert ("Đào Văn Tâm", "position", "Nghệ nhân ưu tú") in got


def test_a_law_name_ends_before_a_second_predicate():
    got = _entities("Tỉnh yêu cầu các xã thực hiện nghiêm Luật Đê điều và báo cáo kết quả trước ngày 30/10.")
    assert ("Luật Đê điều", "Policy") in got


def test_a_cooperative_member_belongs_to_it():
    got = facts("Ông Lâm Văn Chín, xã viên Hợp tác xã Dịch vụ nông nghiệp Tân Phú, cho biết giá lúa tăng.",
                "2027-02-04")
    assert ("Lâm Văn Chín", "memberOf", "Hợp tác xã Dịch vụ nông nghiệp Tân Phú") in got

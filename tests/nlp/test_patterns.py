"""Tests of kg.nlp.patterns: Word lists the rule recognisers share."""
from __future__ import annotations

import pytest

import kg.nlp
from kg.nlp.recognizers.field_topics import _subject

from articlefacts import facts, flat_names as ents, graph_triples, kg_spans, resolved_entities


def _triples(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _spans(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _orgs(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2032-05-02")
    return {e.text for e in doc.spans["kg"] if e.label_ == "ORG"}


def _entities(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def _field(clause: str) -> str | None:
    span = _subject(clause, len("về "))
    return clause[span[0]:span[1]] if span else None


def test_an_innovation_hub_is_a_venue_and_a_showcase_an_event():
    text = ("HUẾ — A local start-up won first prize at the Huế Startup Contest 2025, whose final round took place on "
            "Sunday at the Huế Innovation Hub in Thuận Hóa ward.")
    triples = _triples(text)
    assert ("Huế Startup Contest 2025", "locatedIn", "Huế Innovation Hub") in triples
    text = "The agency will bring 40 firms to the Singapore International Food Showcase in Singapore next month."
    assert "Singapore International Food Showcase" in _spans(text, "EVENT")


def test_an_investment_fund_named_after_its_lower_case_kind():
    assert "Quỹ đầu tư Cửu Long Xanh" in _orgs("Cổ đông lớn thứ hai là Quỹ đầu tư Cửu Long Xanh, nắm giữ 9% vốn.")


def test_an_expressway_written_with_duong_is_a_place_not_a_person():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Xe cứu thương chạy theo đường cao tốc La Sơn - Túy Loan ra Đà Nẵng.",
                          "2032-05-02")
    spans = {(e.text, e.label_) for e in doc.spans["kg"]}
    assert ("đường cao tốc La Sơn - Túy Loan", "LOC") in spans
    assert not any(label == "PER" for _, label in spans)


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


@pytest.mark.parametrize("text, expected", [
    ("Đồn Biên phòng Lũng Cú tuần tra biên giới.", [("Đồn Biên phòng Lũng Cú", "ORG")]),
    ("Cảng vụ Hàng hải Hải Phòng cấm tàu ra khơi.", [("Cảng vụ Hàng hải Hải Phòng", "ORG")]),
    ("Hãng phim Giải Phóng phục chế phim cũ.", [("Hãng phim Giải Phóng", "ORG")]),
])
def test_more_body_heads(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Người dân ngõ Thổ Quan phản ánh tình trạng ngập.", [("ngõ Thổ Quan", "LOC")]),
    ("Đám cháy bùng lên trong hẻm 72 đường Cao Thắng.", [("hẻm 72", "LOC"), ("đường Cao Thắng", "LOC")]),
    ("Shipper len lỏi khắp ngõ ngách Hà Nội.", [("Hà Nội", "LOC")]),
])
def test_alleys(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_more_person_verbs_and_school_heads(nlp):
    assert ents(nlp, "Xe tải lật nghiêng, còn Tâm bỏ chạy khỏi hiện trường.") == [("Tâm", "PER")]
    assert ents(nlp, "Ở chung kết, Hải Yến để thua đối thủ người Nhật Bản.") == [("Hải Yến", "PER"), ("Nhật Bản", "LOC")]
    assert ents(nlp, "Trường Tiểu học và THCS Na Ư có 300 học sinh.") == [("Trường Tiểu học và THCS Na Ư", "ORG")]


def test_a_fine_ends_the_name(nlp):
    assert ents(nlp, "Liên đoàn Bóng đá Tây Ban Nha phạt Barcelona 5 triệu euro.") == \
        [("Liên đoàn Bóng đá Tây Ban Nha", "ORG"), ("Barcelona", "ORG")]


def _events(text: str, lang: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, "2026-11-20")
    return {e.text for e in doc.spans["kg"] if e.label_ == "EVENT"}


def test_a_museums_themed_display_is_an_event():
    event = "Trưng bày chuyên đề \"Áo dài xưa và nay\""
    got = facts(f"Sáng 2/9, Bảo tàng Phụ nữ Việt Nam khai mạc {event}. Dự lễ khai mạc có bà Hà Thị Nga, Phó Giám đốc "
                "Sở Văn hóa và Thể thao thành phố Hà Nội.", "2027-09-02")
    assert ("Bảo tàng Phụ nữ Việt Nam", "organized", event) in got
    assert (event, "date", "2027-09-02") in got
    assert ("Hà Thị Nga", "participatedIn", event) in got
    # "Trưng bày" alone opens a sentence about what is shown, not a name
    got = facts("Trưng bày giới thiệu hơn 300 hiện vật quý.", "2027-09-02")
    assert not any(p == "date" for s, p, o in got)


def test_english_event_tails():
    assert "Mekong International Travel Mart" in _events(
        "The three-day Mekong International Travel Mart opened in Can Tho on Thursday.", "en")
    assert "Saigon Motor Show 2026" in _events("The Saigon Motor Show 2026 opened on Thursday.", "en")


def spans(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    return {(s.label_, s.text) for s in doc.spans["kg"]}


def test_clinics_studios_and_orchestras_are_bodies():
    got = spans("Surgeons from the Mayo Clinic visited the Sunrise Animation Studio and the Huế Symphony Orchestra.")
    assert ("ORG", "Mayo Clinic") in got
    assert ("ORG", "Sunrise Animation Studio") in got
    assert ("ORG", "Huế Symphony Orchestra") in got


def test_a_preposition_with_its_object_stays_in_an_event_name():
    """"đầu tư vào X" (invest in X) goes on; before a stop, a number or a time word "vào" ends the name."""
    from kg.nlp.recognizers.events import event_name_vi

    assert event_name_vi(" thu hút đầu tư vào nông nghiệp công nghệ cao năm 2030 tại Gia Lai", None)[0] \
        == " thu hút đầu tư vào nông nghiệp công nghệ cao năm 2030"
    assert event_name_vi(" xúc tiến đầu tư vào ngày 9/4 tại Vinh", None)[0] == " xúc tiến đầu tư"
    assert event_name_vi(" xúc tiến đầu tư vào các khu kinh tế ven biển", None)[0] == " xúc tiến đầu tư"


def test_the_building_trade_is_no_verb_in_a_name():
    from kg.nlp.recognizers.events import event_name_vi

    assert event_name_vi(" quốc tế Vật liệu xây dựng Việt Nam 2030 khai mạc tại Hà Nội", None)[0] \
        == " quốc tế Vật liệu xây dựng Việt Nam 2030"


def test_the_carrying_out_of_an_instrument_stays_in_a_name():
    """"việc thực hiện X" is a noun of the name: "hội nghị giám sát việc thực hiện Nghị quyết số 42/2029/NQ-HĐND …"."""
    from kg.nlp.recognizers.events import event_name_vi

    assert event_name_vi(" giám sát việc thực hiện Nghị quyết số 42/2029/NQ-HĐND về hỗ trợ hợp tác xã. Hội nghị", None)[0] \
        == " giám sát việc thực hiện Nghị quyết số 42/2029/NQ-HĐND về hỗ trợ hợp tác xã"
    assert event_name_vi(" tổng kết 5 năm thực hiện Chỉ thị 05 tại Hà Nội", None)[0] == " tổng kết 5 năm thực hiện Chỉ thị 05"


def test_electing_ends_a_headline_event_name_but_not_an_election_body():
    from kg.nlp.recognizers.events import event_name_vi

    assert event_name_vi(" Hội Doanh nhân trẻ Đắk Lắk bầu Chủ tịch mới", None)[0] == " Hội Doanh nhân trẻ Đắk Lắk"
    assert event_name_vi(" tập huấn nghiệp vụ bầu cử tại Lào Cai", None)[0] == " tập huấn nghiệp vụ bầu cử"


def test_a_stop_word_in_a_compound_with_a_joined_neighbour_is_no_stop():
    # vi55: event_names writes "cho nhà" as "cho_nhà"; "nhà ở" is still a compound ("tín dụng cho nhà ở xã hội")
    from kg.nlp.patterns import compound_at_vi, is_stop_vi
    assert not is_stop_vi(["tín", "dụng", "cho_nhà", "ở", "xã", "hội"], 3)
    assert not is_stop_vi(["vé", "máy", "bay", "hàng", "không"], 4)
    assert is_stop_vi(["cho_hộ", "nghèo", "ở", "xã"], 2)
    text = "tín dụng cho nhà ở xã hội ở Hà Nội"
    first, second = text.index(" ở ") + 1, text.rindex(" ở ") + 1
    assert compound_at_vi(text, first, first + 1) and not compound_at_vi(text, second, second + 1)


def test_stop_syllables_inside_policy_field_compounds():
    # vi55: "không gian", "không khí", "từ xa", "ngoài công lập", "sau thu hoạch", "nước dưới đất" are nouns
    from kg.nlp.patterns import is_stop_vi
    assert not is_stop_vi("ô nhiễm không khí".split(), 2)
    assert not is_stop_vi("hội chẩn từ xa".split(), 2)
    assert not is_stop_vi("giáo dục ngoài công lập".split(), 2)
    assert not is_stop_vi("tổn thất sau thu hoạch".split(), 2)
    assert not is_stop_vi("khai thác nước dưới đất".split(), 3)
    assert is_stop_vi("hộ nghèo không có nhà".split(), 2)
    assert is_stop_vi("chăm sóc sau sinh".split(), 2)

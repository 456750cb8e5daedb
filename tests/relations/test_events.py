"""Tests of kg.relations.events: organized and locatedIn beyond the first patterns of :mod:`kg.extract`."""
from __future__ import annotations

from functools import partial

import pytest

from articlefacts import facts, graph_triples, kg_spans


_triples = partial(graph_triples, published="2025-11-04")


def _spans(text: str) -> list[tuple[str, str]]:
    return kg_spans(text, "en", "2025-12-04")


def _triples_20251204(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def _graph_triples_20251204(text: str, published: str = "2025-12-04") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def test_venue_past_the_organisers():
    got = _triples("Chinh also attended the Vietnam-Korea Business Forum organised by the Korea Chamber of Commerce "
                   "and Industry (KCCI) and the Ministry of Finance at the Lotte Hotel in Seoul on Monday.")
    assert any(p == "locatedIn" and "Forum" in s and "Lotte" in o for s, p, o in got)


def test_a_named_programme_with_a_lower_case_kind():
    got = _spans("The ministry on Tuesday launched the Aus4Climate programme, a five-year initiative. Under the "
                 "Vietnam programme, farmers get loans.")
    assert ("POLICY", "Aus4Climate programme") in got
    assert not any(label == "POLICY" and "Vietnam" in text for label, text in got)


def test_a_policy_implemented_by_a_list_of_bodies():
    got = _triples_20251204("The ministry on Tuesday launched the Blue Water programme. The programme will be implemented by "
                   "the Institute of Water Resources Planning (IWRP) and the Vietnam Academy for Water Resources.")
    assert ("Institute of Water Resources Planning", "implements", "Blue Water programme") in got
    assert ("Vietnam Academy for Water Resources", "implements", "Blue Water programme") in got


def test_places_of_a_sentence_that_tells_no_happening_do_not_place_the_next_event():
    got = _triples_20251204("The authority had received 40 applications from investors in Japan and South Korea. The "
                   "inauguration ceremony was attended by Deputy Prime Minister Nguyễn Chí Dũng.")
    assert not any(p == "locatedIn" for s, p, o in got)
    got = _triples_20251204("Hải Phòng on Sunday broke ground on the Tiên Lãng power plant in Tiên Lãng commune. The "
                   "ceremony was attended by the Prime Minister.")
    assert ("ceremony", "locatedIn", "Tiên Lãng commune") in got


def test_the_challenge_refers_to_the_named_challenge():
    got = facts("The Mekong University Drone Challenge 2024 took place in Cần Thơ on Monday. "
                "The challenge was co-organised by the Cần Thơ Youth Union and Viettel.", "2024-05-03", "en")
    assert ("Cần Thơ Youth Union", "organized", "Mekong University Drone Challenge 2024") in got


def test_based_in_after_an_apposition_goes_with_the_body_it_describes():
    text = ("The board will work with the Institute of Biotechnology, a unit of the Vietnam Academy of Science and "
            "Technology based in Đà Lạt, to survey the forests.")
    located = {(s, o) for s, p, o in _graph_triples_20251204(text) if p == "locatedIn"}
    assert any(s == "Institute of Biotechnology" for s, o in located)
    assert not any(s.startswith("Vietnam Academy") for s, o in located)


def test_a_described_second_organiser_is_an_organiser():
    text = ("Sơn attended the Vietnam-Japan Business Forum in Tokyo on Monday, organised by the Vietnamese Embassy in "
            "Japan and the Japanese trade agency Japan External Trade Organization.")
    organisers = {s for s, p, o in _graph_triples_20251204(text) if p == "organized"}
    assert {"Vietnamese Embassy in Japan", "Japan External Trade Organization"} <= organisers


def test_a_meeting_at_a_bodys_headquarters_in_a_ward():
    text = ("HUẾ — Chairman of the Huế City People's Committee Lý Quốc Bảo on Tuesday chaired a working session with "
            "20 tourism firms at the committee's headquarters in Thuận Hóa ward.")
    assert ("working session", "locatedIn", "Thuận Hóa ward") in _triples_20260206(text)


def test_a_meeting_of_the_body_named_again():
    text = ("The Huế City Steering Committee for Flood Prevention on Sunday ordered 300 households to move. The order "
            "was issued after an emergency meeting of the committee at the city's Department of Construction.")
    assert any(p == "organized" and o == "emergency meeting of the committee" and "Steering Committee" in s
               for s, p, o in _triples_20260206(text))


def test_a_body_named_again_by_nationality_and_kind():
    text = ("Minister of Agriculture and Environment Trịnh Việt Hùng and Cambodian Minister of Agriculture, Forestry "
            "and Fisheries Dith Tina held talks in Phnom Penh on Tuesday. Representatives of the Department of "
            "Livestock Production under the Vietnamese ministry also took part in the talks. On Wednesday, Hùng "
            "attended the Mekong Farm Trade Forum 2025 in Phnom Penh, organised by the Cambodian ministry and the "
            "Vietnamese Embassy in Cambodia.")
    got = facts(text, "2025-12-24", lang="en")
    assert ("Department of Livestock Production", "subOrganizationOf", "Ministry of Agriculture and Environment") in got
    assert ("Vietnamese Embassy in Cambodia", "organized", "Mekong Farm Trade Forum 2025") in got
    assert any(p == "organized" and "Forestry and Fisheries" in s for s, p, o in got)


def test_on_a_plain_noun_is_no_venue():
    got = located("The Vietnam Seafood Forum 2025 on Tuesday focused on Japan and its market rules.")
    assert not any(p == "Japan" for e, p in got)


def test_the_opening_ceremony_after_a_lead_with_two_hosts():
    text = ("Lab opens\n\nVietnam National University, Hanoi (VNU) and Japanese chipmaker Renesas Electronics on "
            "Wednesday opened a chip design laboratory. The opening ceremony was attended by Ambassador Ito Naoki.")
    got = facts(text, published="2025-10-16", lang="en")
    assert ("Renesas Electronics", "organized", "opening ceremony") in got
    assert ("Vietnam National University, Hanoi", "organized", "opening ceremony") in got
    assert ("opening ceremony", "date", "2025-10-15") in got


def test_a_venue_and_the_ward_it_is_in_both_place_the_event():
    got = facts("Sáng 4/5, tại Trung tâm Hội nghị tỉnh ở phường Buôn Ma Thuột, UBND tỉnh Đắk Lắk tổ chức "
                "Hội nghị xúc tiến đầu tư năm 2026.", "2026-05-04")
    assert ("Hội nghị xúc tiến đầu tư năm 2026", "locatedIn", "Trung tâm Hội nghị tỉnh") in got
    assert ("Hội nghị xúc tiến đầu tư năm 2026", "locatedIn", "phường Buôn Ma Thuột") in got


def test_a_unit_with_its_short_form_and_parent_in_brackets_is_under_the_parent():
    got = facts("Vụ án do Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03, Bộ Công an) khởi tố "
                "vào tháng 5/2025.", "2026-12-22")
    assert ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu", "subOrganizationOf", "Bộ Công an") in got


def test_a_ministry_department_is_not_about_the_field_in_its_name():
    got = facts("Cùng dự có ông Vũ Đăng Minh, Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ).", "2026-12-30")
    assert ("Vụ Cải cách hành chính", "about", "cải cách hành chính") not in got
    assert ("Vũ Đăng Minh", "memberOf", "Vụ Cải cách hành chính") in got


def test_a_venue_named_for_a_body_keeps_the_place_it_stands_in():
    got = facts("Sáng 3/3, Sở Y tế tổ chức Hội nghị tập huấn phòng bệnh dại tại Trung tâm Kiểm soát bệnh tật tỉnh "
                "Gia Lai ở thành phố Pleiku.", "2027-03-10")
    assert ("Hội nghị tập huấn phòng bệnh dại", "locatedIn", "Pleiku") in got


def test_a_held_event_named_on_over_commas_is_at_the_place_after_it():
    text = ("Sáng 14/9, Trung tâm Y tế huyện Krông Pắc tổ chức Lễ phát động chiến dịch tổng vệ sinh môi trường, diệt "
            "lăng quăng phòng, chống dịch bệnh mùa mưa năm 2026 tại xã Ea Kly.")
    got = facts(text, "2026-09-14")
    assert any(p == "locatedIn" and s.startswith("Lễ phát động") and o.endswith("Ea Kly") for s, p, o in got)


def test_a_second_event_held_in_the_same_act_shares_host_day_and_place():
    text = ("Tối 2/9, tại Quảng trường Hồ Chí Minh, UBND tỉnh Nghệ An tổ chức Lễ kỷ niệm 80 năm Quốc khánh và khai mạc "
            "Tuần Văn hóa - Du lịch Nghệ An năm 2026.")
    got = facts(text, "2026-09-02")
    week = "Tuần Văn hóa - Du lịch Nghệ An năm 2026"
    assert ("UBND tỉnh Nghệ An", "organized", week) in got
    assert (week, "date", "2026-09-02") in got
    assert (week, "locatedIn", "Quảng trường Hồ Chí Minh") in got


def test_an_event_jointly_held_by_a_body_named_again_and_another_was_organised_by_both():
    from articlefacts import facts
    got = facts("The Lacquer Art Exhibition 2026 opened on Monday at the Huế Museum of Royal Antiquities. The exhibition "
                "is jointly held by the museum and the Thừa Thiên Arts Foundation.", lang="en", published="2026-02-04")
    assert ("Thừa Thiên Arts Foundation", "organized", "Lacquer Art Exhibition 2026") in got
    assert any(p == "organized" and s != "Thừa Thiên Arts Foundation" for s, p, o in got)


def test_a_unit_its_code_in_brackets_then_its_ministry():
    got = facts("Cục Cảnh sát giao thông (C08) Bộ Công an cho biết số vụ tai nạn giảm 12%.", "2026-12-05")
    assert ("Cục Cảnh sát giao thông", "subOrganizationOf", "Bộ Công an") in got


def test_a_bodys_stake_in_a_country_places_no_ceremony_there():
    got = _triples("Hana Micron on Tuesday inaugurated its second plant at the Vân Trung Industrial Park in Bắc Ninh "
                   "Province, raising its total investment in Việt Nam to US$1.3 billion. The ceremony was attended by "
                   "Deputy Minister of Finance Nguyễn Thị Bích Ngọc.")
    assert not any(p == "locatedIn" and o in ("Vietnam", "Việt Nam") for _, p, o in got)
    assert any(p == "locatedIn" and o in ("Bac Ninh", "Bắc Ninh") for _, p, o in got)


def test_a_sentence_opening_on_its_organisers_gives_the_event_after_them():
    got = facts("QUẢNG NAM — The Hội An Lantern Festival opened on Friday evening. Organised by the Hội An People's "
                "Committee, the three-day festival features lantern-making workshops. Organized by the Ministry of "
                "Culture, Sports and Tourism, the Việt Nam Culture Week will run until Sunday.", "2026-12-05", "en")
    assert ("Hội An People's Committee", "organized", "Hội An Lantern Festival") in got
    assert ("Ministry of Culture, Sports and Tourism", "organized", "Việt Nam Culture Week") in got


def test_an_event_held_in_two_places_is_in_both():
    got = facts("HUẾ — The Huế Festival was held in Huế and Đà Nẵng on Friday.", "2026-12-05", "en")
    assert sum(1 for s, p, _ in got if s == "Huế Festival" and p == "locatedIn") == 2


def test_a_body_s_seat_said_at_the_event_is_not_the_event_s_place():
    got = facts("Ngày 21/10, tại thủ đô Seoul, UBND tỉnh Lâm Đồng tổ chức Hội nghị xúc tiến thương mại nông sản năm 2027. "
                "Trong khuôn khổ hội nghị, Công ty cổ phần Cà phê Đà Lạt, có trụ sở tại phường Xuân Hương - Đà Lạt, đã ký "
                "biên bản ghi nhớ với Tập đoàn E-Mart.", "2027-10-22")
    assert any(s == "Công ty cổ phần Cà phê Đà Lạt" and p == "locatedIn" and "Xuân Hương" in o for s, p, o in got)
    assert not any(p == "locatedIn" and s.startswith("Hội nghị") and "Xuân Hương" in o for s, p, o in got)


def test_a_list_of_organisers_may_end_on_a_body_named_again():
    got = facts("A ceremony to mark the 60th anniversary of the Việt Nam National Museum of Fine Arts was held in Hà Nội "
                "on Saturday. The ceremony was organised by the Ministry of Culture, Sports and Tourism and the museum.",
                "2026-12-06", lang="en")
    assert any(p == "organized" and s == "Việt Nam National Museum of Fine Arts" for s, p, o in got)
    got = facts("The Ministry of Health held a conference on dengue in Hà Nội on Friday. The conference was organised "
                "by the Ministry of Health and the press.", "2026-12-06", lang="en")
    assert {s for s, p, o in got if p == "organized"} <= {"Ministry of Health"}


def test_english_events_joined_under_one_holding_verb_share_holder_day_and_place():
    from articlefacts import facts
    got = facts("The Ministry of Health held the National Nursing Conference and the Health Innovation Awards in Huế "
                "on Friday.", "2026-12-07", "en")
    for ev in ("National Nursing Conference", "Health Innovation Awards"):
        assert ("Ministry of Health", "organized", ev) in got
        assert (ev, "date", "2026-12-04") in got
        assert {(ev, "locatedIn", "Huế"), (ev, "locatedIn", "Hue")} & got


def test_english_events_apart_in_a_sentence_share_no_place():
    from articlefacts import facts
    got = facts("The Ministry of Health held the National Nursing Conference in Huế and the Health Innovation Awards "
                "in Cần Thơ on Friday.", "2026-12-07", "en")
    places = {(e, p) for e, r, p in got if r == "locatedIn"}
    assert not {("National Nursing Conference", "Cần Thơ"), ("National Nursing Conference", "Can Tho")} & places


def test_an_event_dated_in_its_own_sentence_takes_no_day_of_the_sentence_before():
    got = facts("The National Assembly passed the Law on Digital Technology Industry on June 14, 2025. The conference, "
                "held in Đà Nẵng on the morning of May 15, reviewed the law's first year.", "2026-06-10", lang="en")
    assert ("conference", "date", "2026-05-15") in got
    assert ("conference", "date", "2025-06-14") not in got
    # the day of a sentence naming no event nor instrument still dates the ceremony opening the next one
    got = facts("On January 16, the city broke ground on the Thủ Thiêm 4 Bridge in HCM City. The ceremony was attended "
                "by 300 guests.", "2026-06-10", lang="en")
    assert any(p == "date" and o == "2026-01-16" for s, p, o in got)


def test_a_body_that_convenes_or_carries_out_its_sitting_holds_it():
    text = "Sáng 3/3, tại Hà Nội, Ủy ban Thường vụ Quốc hội tiến hành Phiên họp thứ 12."
    assert ("Ủy ban Thường vụ Quốc hội", "organized", "Phiên họp thứ 12") in facts(text, published="2031-03-04")
    text = "Ngày 10/7, Thường trực HĐND tỉnh Gia Lai triệu tập Kỳ họp thứ 9 để bầu bổ sung Phó Chủ tịch UBND tỉnh."
    assert any(p == "organized" and o == "Kỳ họp thứ 9" for s, p, o in facts(text, published="2031-07-11"))


def test_carrying_out_an_inspection_holds_no_event():
    text = "Ngày 10/7, Sở Y tế tỉnh Gia Lai tiến hành kiểm tra tại hội nghị của các cơ sở khám chữa bệnh tư nhân."
    assert not any(p == "organized" and s == "Sở Y tế tỉnh Gia Lai" for s, p, o in facts(text, published="2031-07-11"))


@pytest.mark.parametrize("text, body, event", [
    ("Ngày 11/6, Tỉnh đoàn Nghệ An phát động Chương trình “Tiếp sức mùa thi” năm 2031 với 1.500 tình nguyện viên.",
     "Tỉnh đoàn Nghệ An", "Chương trình “Tiếp sức mùa thi” năm 2031"),
    ("Ngày 2/3, Sở Khoa học và Công nghệ tỉnh Quảng Ngãi phát động Cuộc thi Sáng tạo thanh thiếu niên tỉnh Quảng Ngãi lần thứ 9.",
     "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Cuộc thi Sáng tạo thanh thiếu niên tỉnh Quảng Ngãi lần thứ 9"),
    ("Sáng 2/3, Công an tỉnh Lạng Sơn ra quân chiến dịch cao điểm tấn công, trấn áp tội phạm năm 2030.",
     "Công an tỉnh Lạng Sơn", "chiến dịch cao điểm tấn công, trấn áp tội phạm năm 2030"),
])
def test_the_body_that_launches_a_campaign_programme_or_contest_holds_it(text, body, event):
    assert (body, "organized", event) in facts(text, "2030-12-10")


def test_the_body_at_a_launching_ceremony_is_not_the_launcher_of_the_ceremony():
    got = facts("Sáng 5/6, Sở Y tế tỉnh Nghệ An tổ chức lễ phát động Cuộc thi tìm hiểu pháp luật năm 2030.", "2030-12-10")
    assert not [f for f in got if f[1] == "organized" and "Cuộc thi" in f[2] and not f[2].startswith("lễ")]

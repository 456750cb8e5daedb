"""Tests of kg.relations.dates: date from words relative to the article's publication date."""
from __future__ import annotations

from functools import partial

from articlefacts import facts, graph_triples


_triples = partial(graph_triples, published="2025-11-20")


def _triples_on(text: str, published: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _triples_20251204(text: str, published: str = "2025-12-04") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _dates(text: str, published: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples_20251129(text, published) if p == "date"}


def _triples_20251129(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_talks_during_a_named_meeting_give_both_sides_and_the_day():
    got = _triples("Minister of Foreign Affairs Lê Hoài Trung held talks with Canadian Foreign Minister Anita Anand "
                   "in Ottawa on Tuesday, during the 2nd Vietnam-Canada Strategic Dialogue.")
    ev = "2nd Vietnam-Canada Strategic Dialogue"
    assert ("Le Hoai Trung", "participatedIn", ev) in got and ("Anita Anand", "participatedIn", ev) in got
    assert (ev, "date", "2025-11-18") in got


def test_the_weekday_of_the_sentence_beats_the_dateline():
    text = ("HÀ NỘI, Dec 17 (VNS) — The Ministry of Industry and Trade on Tuesday held a meeting in Hà Nội with "
            "exporters to collect comments on a draft decree on rice exports.")
    got = _triples_on(text, "2025-12-17")
    assert ("meeting", "date", "2025-12-16") in got and ("meeting", "date", "2025-12-17") not in got
    got = _triples_on("HÀ NỘI, Dec 16 (VNS) — The Ministry of Industry and Trade held a meeting in Hà Nội with "
                   "exporters.", "2025-12-16")
    assert ("meeting", "date", "2025-12-16") in got


def test_a_seminar_also_held_at_the_fair_on_a_day_is_dated_that_day():
    got = facts("The Cần Thơ Rice Fair 2024 opened on Tuesday. A seminar on rice exports was also held at the fair "
                "on Thursday.", "2024-05-03", "en")
    assert ("seminar on rice exports", "date", "2024-05-02") in got
    assert ("Cần Thơ Rice Fair 2024", "date", "2024-05-02") not in got


def test_a_weekday_dates_the_plan_despite_the_day_its_rule_applies():
    text = ("The Đà Nẵng People's Committee on Friday issued Plan 45/KH-UBND on rural sanitation, under which "
            "all villages will have sewers from July 1, 2027.")
    assert ("Plan 45/KH-UBND", "date", "2025-11-28") in _triples_20251204(text)
    # a day the sentence writes for the issue itself still wins
    text = "The Đà Nẵng People's Committee issued Plan 45/KH-UBND on rural sanitation on November 20."
    assert ("Plan 45/KH-UBND", "date", "2025-11-20") in _triples_20251204(text)


def test_a_date_in_what_was_told_to_an_event_is_not_its_date():
    text = ("HÀ NỘI — The ministry on Tuesday held a forum on green logistics in Hà Nội.\n\nDeputy Minister Phan Thị "
            "Thắng told the forum that the new rules would apply to large firms from December 30 next year.")
    dates = {o for s, p, o in _triples_20251204(text, "2025-12-03") if p == "date"}
    assert dates == {"2025-12-02"}


def test_a_weekday_before_passed_dates_the_instrument_and_the_sitting_it_was_passed_at():
    text = ("ĐÀ NẴNG — The Đà Nẵng People's Council on Thursday passed a resolution on school fees at its 30th "
            "session, exempting pupils from fees.")
    dates = _dates(text, "2025-12-13")
    assert ("resolution on school fees", "2025-12-11") in dates
    assert ("30th session", "2025-12-11") in dates


def test_a_weekday_before_launched_dates_the_programme():
    text = "HÀ NỘI — The Ministry of Health and UNICEF on Monday launched the Healthy Schools programme, a three-year plan."
    assert ("Healthy Schools programme", "2025-12-08") in _dates(text, "2025-12-10")


def test_a_start_date_of_a_rule_is_no_day_of_the_meeting():
    text = ("The council on Thursday agreed to raise pensions by 5 per cent from October 1, 2026, at its meeting "
            "in Huế.")
    dates = {o for s, p, o in _triples_20260206(text) if p == "date" and s == "meeting"}
    assert dates == {"2026-02-05"}


def test_signers_of_a_document_not_signed_at_an_event_take_part_in_nothing():
    text = ("The Asian Development Bank and the Ministry of Finance on Friday signed a loan agreement for the northern "
            "mountain roads project. Minister of Finance Lý Quốc Bảo signed the agreement.")
    assert not any(p == "participatedIn" for s, p, o in _triples_20260206(text))


def test_bodies_listed_with_the_attendee_of_an_event_took_part():
    got = facts("The Vietnam Expressway Corporation on Friday held a groundbreaking ceremony for the Biên Hòa bypass "
                "in Đồng Nai. Deputy Prime Minister Trần Hồng Hà attended the ceremony with leaders of the Ministry of "
                "Finance and the Đồng Nai Provincial People's Committee.", "2025-12-20", lang="en")
    assert ("Ministry of Finance", "participatedIn", "groundbreaking ceremony for the Biên Hòa bypass") in got
    assert ("Đồng Nai Provincial People's Committee", "participatedIn", "groundbreaking ceremony for the Biên Hòa bypass") in got


def test_with_after_the_event_that_is_no_list_of_attendees():
    got = facts("The Ministry of Health held a conference on dengue in Hà Nội on Tuesday. Deputy Prime Minister Lê "
                "Thành Long chaired the conference with the aim of helping the World Bank fund clinics.",
                "2025-12-20", lang="en")
    assert not any(s == "World Bank" and p == "participatedIn" for s, p, o in got)


def test_bodies_that_attended_as_observers_took_part():
    got = facts("The Ministry of Agriculture and Environment held a conference on coral reefs in Nha Trang on "
                "Tuesday. Representatives of the Asian Development Bank attended as observers.", "2025-12-20", lang="en")
    assert any(s == "Asian Development Bank" and p == "participatedIn" for s, p, o in got)


def test_earlier_in_the_day_is_the_day_written_before():
    text = ("The Cambodian Senate delegation on Tuesday visited the Hồ Chí Minh Mausoleum in Hà Nội. Earlier in the "
            "day, the delegation held talks with Vice Chairwoman of the National Assembly Nguyễn Thị Thanh at the "
            "National Assembly House.")
    got = facts(text, "2025-12-18", lang="en")
    assert ("talks", "date", "2025-12-16") in got


def test_the_day_goes_to_the_meeting_where_it_was_decided():
    got = facts("The Asian Football Confederation on Saturday named Vietnam host of the 2031 Asian Cup, at its congress "
                "in Kuala Lumpur.", "2025-11-24", lang="en")
    assert ("congress", "date", "2025-11-22") in got
    assert not any(s == "2031 Asian Cup" and p == "date" for s, p, o in got)


def test_the_day_an_event_closes_does_not_date_it():
    got = facts("The 2024 Đà Lạt Flower Festival opened in Lâm Đồng on Friday. The festival closes on Tuesday "
                "with a parade.", "2024-05-04", "en")
    assert ("2024 Đà Lạt Flower Festival", "date", "2024-05-03") in got
    assert ("2024 Đà Lạt Flower Festival", "date", "2024-04-30") not in got


def test_the_day_a_delegation_arrived_for_an_event_does_not_date_it():
    got = facts("A delegation led by Park Ji-hoon arrived in Đà Nẵng on Monday for the Đà Nẵng Investment Forum "
                "2024. The forum, held at the Furama Resort on Tuesday, drew 500 delegates.", "2024-05-04", "en")
    assert ("Đà Nẵng Investment Forum 2024", "date", "2024-04-30") in got
    assert ("Đà Nẵng Investment Forum 2024", "date", "2024-04-29") not in got


def test_the_documents_signed_by_and_the_signing_day():
    text = ("Singapore talks\n\nPrime Minister Pham Minh Chinh on Thursday witnessed the signing of a memorandum of "
            "understanding on power trade and a framework agreement on digital economy cooperation in Singapore. "
            "The documents were signed by Minister Nguyen Hong Dien and Minister Tan See Leng after the talks.")
    got = facts(text, published="2025-06-27", lang="en")
    for doc in ("memorandum of understanding on power trade", "framework agreement on digital economy cooperation"):
        assert ("Nguyen Hong Dien", "signed", doc) in got
        assert (doc, "date", "2025-06-26") in got


def test_the_planned_last_day_of_a_fair_does_not_date_it():
    got = facts("Tối 8/1, Sở Công Thương TP Cần Thơ khai mạc Hội chợ sản phẩm OCOP năm 2027. Hội chợ kéo dài đến "
                "ngày 12/1.", "2027-01-08")
    assert ("Hội chợ sản phẩm OCOP năm 2027", "date", "2027-01-08") in got
    assert ("Hội chợ sản phẩm OCOP năm 2027", "date", "2027-01-12") not in got


def test_the_same_day_is_not_the_start_of_a_rule_written_before():
    got = facts("Chiều 9/7, tại Hà Nội, Hội đồng Tiền lương quốc gia tổ chức phiên họp thứ hai năm 2026. Mức lương tối "
                "thiểu sẽ tăng 7,2% từ ngày 1/1/2027. Cùng ngày, Tổng Liên đoàn Lao động Việt Nam tổ chức Hội thảo "
                "Tiền lương và việc làm năm 2026 tại Hà Nội.", "2026-07-10")
    dates = {o for s, p, o in got if p == "date" and s.startswith("Hội thảo")}
    assert dates == {"2026-07-09"}


def test_dateline_with_a_dotted_place_is_no_event_date_nor_blocks_the_venue():
    text = ("Sở Y tế tổ chức tập huấn\n\nTP.HCM, ngày 9/4/2030 - Sáng 8/4, tại TP.HCM, Sở Y tế TP.HCM phối hợp với "
            "Hội Điều dưỡng Việt Nam tổ chức Hội nghị tập huấn kỹ năng chăm sóc người bệnh cao tuổi.")
    got = facts(text, "2030-04-09")
    ev = "Hội nghị tập huấn kỹ năng chăm sóc người bệnh cao tuổi"
    assert (ev, "date", "2030-04-08") in got
    assert (ev, "date", "2030-04-09") not in got
    assert (ev, "locatedIn", "Thành phố Hồ Chí Minh") in got


def test_a_dated_drill_is_named_in_full():
    got = facts("Sáng 7/8, Công an tỉnh Hà Giang tổ chức Diễn tập phương án chữa cháy và cứu nạn, cứu hộ cấp tỉnh năm 2031 "
                "tại Khu công nghiệp Bình Vàng.", "2031-08-07")
    ev = "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ cấp tỉnh năm 2031"
    assert ("Công an tỉnh Hà Giang", "organized", ev) in got
    assert (ev, "date", "2031-08-07") in got


def test_the_same_day_after_a_frame_dates_the_sentences_own_event():
    expo = "Triển lãm \"Huế xưa và nay\""
    talk = "Tọa đàm \"Kinh thành trong ký ức\""
    got = facts(f"Sáng 12/6, Bảo tàng Cổ vật Cung đình Huế khai mạc {expo}. Trong khuôn khổ triển lãm, chiều cùng "
                f"ngày, Hội Sử học tỉnh Thừa Thiên Huế tổ chức {talk}.", "2027-06-12")
    assert (talk, "date", "2027-06-12") in got
    assert (expo, "date", "2027-06-12") in got


def test_a_clause_dating_the_noun_before_it_does_not_date_the_event():
    text = ("Ngày 12/2, đoàn công tác của Bộ Nội vụ đã có buổi làm việc với UBND tỉnh Quảng Trị về công tác chuẩn bị "
            "cho đợt tuyển dụng công chức cấp xã của tỉnh, diễn ra ngày 20/4.")
    dates = {o for s, p, o in facts(text, "2026-02-12") if p == "date" and s == "buổi làm việc"}
    assert dates == {"2026-02-12"}


def test_a_plan_carried_out_by_a_signing_is_not_dated_by_it():
    text = ("Sáng 22/9, Hợp tác xã nông nghiệp Phú Lộc và Công ty cổ phần Giống cây trồng Miền Nam đã ký kết hợp đồng "
            "bao tiêu lúa, thực hiện Đề án phát triển một triệu héc-ta lúa chất lượng cao vùng Đồng bằng sông Cửu Long.")
    got = facts(text, "2026-09-22")
    assert not any(p == "date" and s.startswith("Đề án") for s, p, o in got)
    adopted = facts("Ngày 5/3, UBND tỉnh Nghệ An ban hành Kế hoạch số 12/KH-UBND triển khai Nghị quyết số 57-NQ/TW "
                    "của Bộ Chính trị.", "2026-03-06")
    assert ("Kế hoạch số 12/KH-UBND", "date", "2026-03-05") in adopted
    assert not any(p == "date" and s.startswith("Nghị quyết") for s, p, o in adopted)
    told = facts("Ông Lê Văn Hòa cho biết dự thảo nhằm cụ thể hóa Luật số 28/2026/QH15 do Quốc hội thông qua ngày "
                 "20/11/2026.", "2026-12-01")
    assert ("Luật số 28/2026/QH15", "date", "2026-11-20") in told


def test_the_day_of_a_sitting_is_not_the_continued_sessions():
    text = ("Sáng 6/11, tiếp tục Kỳ họp thứ 10, Quốc hội khóa XV tiến hành phiên chất vấn và trả lời chất vấn đối với "
            "lĩnh vực y tế.")
    dated = {(s, o) for s, p, o in facts(text, "2025-11-06") if p == "date"}
    assert dated == {("phiên chất vấn và trả lời chất vấn", "2025-11-06")}


def test_an_instrument_inked_on_a_weekday_is_dated_by_it_as_a_signed_one_is():
    got = facts("On Wednesday, the Vietnam Maritime Corporation and Maersk inked a memorandum of understanding on port "
                "automation.", "2026-10-30", "en")
    assert ("memorandum of understanding on port automation", "date", "2026-10-28") in got
    got = facts("Vietnam Airlines on Monday inked a memorandum of understanding on pilot training with Airbus.",
                "2026-10-30", "en")
    assert ("memorandum of understanding on pilot training", "date", "2026-10-26") in got


def test_the_same_day_dates_an_instrument_whose_sentence_only_gives_when_it_applies():
    got = _dates("This morning, the Ministry of Finance held a conference on tax reform in Hà Nội. The same day, the "
                 "ministry issued Circular 91/2025/TT-BTC on e-invoices, which takes effect on February 1, 2026.",
                 "2025-11-29")
    assert ("Circular 91/2025/TT-BTC", "2025-11-29") in got
    assert ("Circular 91/2025/TT-BTC", "2026-02-01") not in got


def test_the_same_day_leaves_a_sentence_with_its_own_day_alone():
    got = _dates("This morning, the Ministry of Finance held a conference on tax reform in Hà Nội. The same day, the "
                 "ministry announced that it had issued Circular 92/2025/TT-BTC on November 3.", "2025-11-29")
    assert ("Circular 92/2025/TT-BTC", "2025-11-29") not in got


def test_an_aside_naming_a_part_of_an_event_leaves_the_event_its_days():
    got = _dates("The Việt Nam Dermatology Association will hold its ninth National Congress in Hải Phòng from "
                 "December 4 to 6, with a workshop on laser treatment.", "2025-11-29")
    assert ("ninth National Congress", "2025-12-04") in got
    assert not any(s == "workshop" for s, _ in got)


def test_a_sentence_that_opens_in_the_afternoon_is_on_the_day_written_before():
    got = _dates("The Prime Minister on Tuesday chaired the Government's regular meeting for November in Hà Nội. In the "
                 "afternoon, he attended the Việt Nam–Chile Business Forum 2025 at the Melia Hotel.", "2025-11-29")
    assert ("Việt Nam–Chile Business Forum 2025", "2025-11-25") in got


def test_earlier_in_the_day_inside_a_sentence_dates_its_event():
    got = _dates("The Chilean President on Tuesday laid a wreath at the Hồ Chí Minh Mausoleum, hosted by the Vietnam "
                 "Fatherland Front. An official welcome ceremony for the Chilean President took place earlier in the "
                 "day at the Presidential Palace.", "2025-11-29")
    assert ("official welcome ceremony", "2025-11-25") in got


def test_at_the_same_sitting_dates_the_instrument_it_adopts_not_a_later_one():
    got = _dates("The National Assembly on Wednesday passed the Law on Digital Archives. At the same sitting, "
                 "deputies adopted Resolution 301/2025/QH15 on the 2026 socio-economic plan.", "2025-11-29")
    assert ("Resolution 301/2025/QH15", "2025-11-26") in got


def test_in_the_afternoon_inside_a_clause_is_no_same_day():
    got = _dates("The Chilean President on Tuesday visited the Hồ Chí Minh Mausoleum. The Việt Nam–Chile Business "
                 "Forum 2025 will open in the afternoon of December 12 at the Melia Hotel.", "2025-11-29")
    assert ("Việt Nam–Chile Business Forum 2025", "2025-11-25") not in got


def test_instruments_listed_after_the_verb_a_weekday_governs_share_its_day():
    got = _dates("Việt Nam and New Zealand on Wednesday signed a memorandum of understanding on dairy research and an "
                 "agreement on seasonal labour, during a visit by the New Zealand Prime Minister.", "2025-11-29")
    assert {("memorandum of understanding on dairy research", "2025-11-26"),
            ("agreement on seasonal labour", "2025-11-26")} <= got


def test_an_instrument_after_another_clause_is_not_in_the_list():
    got = _dates("Việt Nam and New Zealand on Wednesday signed a memorandum of understanding on dairy research, while "
                 "the ministry said it was drafting an agreement on seasonal labour.", "2025-11-29")
    assert ("agreement on seasonal labour", "2025-11-26") not in got


def test_an_event_to_come_in_what_someone_said_on_a_weekday_is_not_of_that_day():
    got = _dates("The Ministry of Construction will present the draft railway law to the National Assembly at its "
                 "session in May, Deputy Minister Nguyễn Danh Huy said on Wednesday.", "2025-11-29")
    assert not any(o == "2025-11-26" for _, o in got)


def test_an_event_held_in_what_someone_said_on_a_weekday_keeps_that_day():
    got = _dates("The Vietnam Railway Forum 2025 opened in Hà Nội with 300 delegates, Deputy Minister Nguyễn Danh Huy "
                 "said on Wednesday.", "2025-11-29")
    assert ("Vietnam Railway Forum 2025", "2025-11-26") in got


def test_a_meeting_on_a_weekday_adopting_a_resolution_dates_both():
    got = _dates("The Lào Cai Provincial People's Council on Friday held its 12th session in Cam Đường ward, adopting a "
                 "resolution on forest protection to 2030.", "2025-11-29")
    assert ("12th session", "2025-11-28") in got
    assert any(s.startswith("resolution on forest protection") and o == "2025-11-28" for s, o in got)


def test_a_programme_an_instrument_signed_on_a_day_is_part_of_is_not_of_that_day():
    got = _dates("The portal runs under Decision 1120/QĐ-TTg, signed by the Prime Minister on March 3, 2025, and is "
                 "part of the Government's Project 88 on digital public services.", "2025-11-29")
    assert ("Decision 1120/QĐ-TTg", "2025-03-03") in got
    assert not any(s.startswith("Project 88") for s, _ in got)


def test_the_day_a_portal_reported_a_signing_is_not_the_instruments():
    got = facts("HÀ NỘI — Deputy Prime Minister Lê Thành Long has signed Decree 318/2026/NĐ-CP detailing the Law on "
                "Social Insurance 2024, the Government portal reported on Thursday.", "2026-11-26", lang="en")
    assert not any(p == "date" for _, p, _ in got)


def test_the_day_an_unnamed_plan_was_approved_is_not_the_day_of_what_it_implements():
    got = facts("The municipal People's Committee on Friday approved a plan to implement Directive 20/CT-TTg of the "
                "Prime Minister.", "2025-07-12", lang="en")
    assert not any(p == "date" for _, p, _ in got)
    named = facts("The municipal People's Committee on Friday approved Plan 112/KH-UBND to implement Directive "
                  "20/CT-TTg of the Prime Minister.", "2025-07-12", lang="en")
    assert ("Plan 112/KH-UBND", "date", "2025-07-11") in named
    assert ("Directive 20/CT-TTg", "date", "2025-07-11") not in named


def test_an_instrument_before_a_which_clause_is_dated_by_its_promulgation():
    got = facts("Circular 12/2026/TT-BYT, which guides the Law on Pharmacy, was promulgated by the Ministry of Health "
                "on Monday.", "2026-12-03", "en")
    assert ("Circular 12/2026/TT-BYT", "date", "2026-11-30") in got
    assert not any(s == "Law on Pharmacy" and p == "date" for s, p, o in got)
    got = facts("Resolution 88/NQ-CP on the fund was promulgated by the Government on Monday.", "2026-12-03", "en")
    assert ("Resolution 88/NQ-CP", "date", "2026-11-30") in got


def test_the_day_is_not_that_of_an_event_scheduled_for_later():
    got = facts("The 13th plenum of the 13th Party Central Committee opened in Hà Nội on Monday to discuss personnel "
                "plans for the 14th National Party Congress, scheduled for January next year.", "2025-10-06", lang="en")
    assert ("13th plenum", "date", "2025-10-06") in got
    assert not any(s == "14th National Party Congress" and p == "date" for s, p, _ in got)


def test_a_date_inside_what_was_said_leaves_the_press_conference_its_relative_day():
    got = facts("QUẢNG TRỊ — Colonel Nguyễn Văn Lợi, deputy director of the provincial police, told a press conference "
                "on Thursday that officers arrested five suspects at a rented house in Đông Hà City on November 28.",
                "2026-12-05", "en")
    assert ("press conference", "date", "2026-12-03") in got
    assert ("press conference", "date", "2026-11-28") not in got


def test_a_date_in_a_clause_on_the_later_of_two_policies_is_only_its_own():
    got = facts("The sentence was handed down under the 2015 Criminal Code and Resolution 04/2026/NQ-HĐTP, which the "
                "Supreme People's Court issued on October 20.", "2026-12-04", "en")
    assert ("Resolution 04/2026/NQ-HĐTP", "date", "2026-10-20") in got
    assert not any(s == "2015 Criminal Code" and p == "date" for s, p, _ in got)


def test_a_day_written_with_last_year_is_of_the_year_before_the_publication():
    got = facts("The ministry will double the prize under Decree 265/2025/NĐ-CP, which the Government issued on "
                "October 14 last year.", "2026-12-04", "en")
    assert ("Decree 265/2025/NĐ-CP", "date", "2025-10-14") in got


def test_the_instrument_an_issued_one_rests_on_is_not_dated_by_the_weekday():
    got = facts("The Ministry of Finance has issued Circular 86/2026/TT-BTC on e-invoices. The circular, signed on Monday "
                "by Deputy Minister Cao Anh Tuấn, was issued in accordance with Decree 70/2025/NĐ-CP.", "2026-12-06", "en")
    assert not any(s == "Decree 70/2025/NĐ-CP" and p == "date" for s, p, _ in got)
    assert ("Circular 86/2026/TT-BTC", "date", "2026-11-30") in got
    got = facts("The Government has issued Decree 318/2026/NĐ-CP. The decree, signed by Deputy Prime Minister Nguyễn Chí "
                "Dũng on Monday, guides the Law on Digital Technology Industry, which the National Assembly passed in "
                "June 2025.", "2026-12-06", "en")
    assert not any(s == "Law on Digital Technology Industry" and p == "date" for s, p, _ in got)


def test_a_day_that_falls_to_a_noun_after_the_event_is_not_the_events():
    text = ("An exhibition on Vietnamese diplomacy opened on Thursday in Hà Nội. Speaking at the opening ceremony, "
            "Deputy Minister Hoàng Đạo Cương praised the exhibits. The event is part of activities to celebrate the "
            "80th anniversary of the diplomatic sector, which falls on August 28.")
    got = _triples_on(text, "2025-08-21")
    assert not any(p == "date" and o == "2025-08-28" for _, p, o in got)
    # the event's own clause still dates it
    got = _triples_on("The Hội An Lantern Festival, which falls on April 21, drew crowds to the old town.", "2025-04-22")
    assert ("Hội An Lantern Festival", "date", "2025-04-21") in got


def test_the_same_day_is_not_a_day_the_rule_applies_from():
    text = ("The National Assembly on Tuesday passed the amended Law on Enterprises, requiring companies to disclose "
            "their owners from July 1 next year. On the same day, the legislature also passed the Law on Digital "
            "Technology Industry.")
    got = _triples_on(text, "2025-06-17")
    assert ("Law on Digital Technology Industry", "date", "2025-06-17") in got
    assert ("Law on Digital Technology Industry", "date", "2026-07-01") not in got
    assert ("National Assembly", "issued", "Law on Digital Technology Industry") in got  # "the legislature"


def test_the_day_an_instrument_comes_into_force_is_not_its_date():
    got = _triples_on("The Lâm Đồng Provincial People's Committee has issued a new land price table. Decision "
                      "52/2025/QĐ-UBND, signed on Monday by vice chairman Trần Văn Thái, comes into force on "
                      "January 1, 2026.", "2025-12-03")
    assert ("Decision 52/2025/QĐ-UBND", "date", "2026-01-01") not in got
    assert ("Decision 52/2025/QĐ-UBND", "date", "2025-12-01") in got


def test_an_instrument_adopted_at_a_sitting_dated_after_it_takes_that_day_too():
    got = _triples_on("The Lâm Đồng Provincial People's Council adopted Resolution 38/NQ-HĐND on land prices at its "
                      "session last Thursday.", "2025-12-03")
    assert ("Resolution 38/NQ-HĐND", "date", "2025-11-27") in got


def test_the_day_after_an_event_that_frames_another_is_the_other_s():
    got = facts("Tối 14/11, UBND tỉnh Lào Cai khai mạc Lễ hội Văn hóa dân gian năm 2031. Trong khuôn khổ lễ hội, sáng "
                "15/11, Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai tổ chức Hội thảo về bảo tồn di sản văn hóa phi vật "
                "thể.", "2031-11-16")
    assert ("Lễ hội Văn hóa dân gian năm 2031", "date", "2031-11-15") not in got
    assert any(s.startswith("Hội thảo") and p == "date" and o == "2031-11-15" for s, p, o in got)


def test_the_closing_day_of_a_session_does_not_date_it():
    got = facts("Sáng 7/7, HĐND tỉnh Nghệ An khai mạc kỳ họp thứ 12. Kỳ họp diễn ra trong 3 ngày, bế mạc vào ngày "
                "9/7.", "2028-07-08")
    assert ("kỳ họp thứ 12", "date", "2028-07-07") in got
    assert ("kỳ họp thứ 12", "date", "2028-07-09") not in got


def test_an_event_written_as_the_time_of_another_takes_no_date():
    """"Trước đại hội, ngày 20/3, … có buổi làm việc": the day is the working session's, not the congress's."""
    text = ("Ngày 26/3, Hội Nông dân tỉnh Lai Châu tổ chức Đại hội đại biểu lần thứ X. Trước đại hội, ngày 20/3, Ban Thường "
            "vụ Hội Nông dân tỉnh Lai Châu có buổi làm việc với Tỉnh đoàn Lai Châu.")
    got = facts(text, published="2031-03-27")
    assert ("buổi làm việc", "date", "2031-03-20") in got
    assert ("Đại hội đại biểu lần thứ X", "date", "2031-03-20") not in got
    text = ("Ngày 14/7, Bộ Y tế tổ chức Hội nghị tổng kết công tác y tế dự phòng. Sau hội nghị, chiều 15/7, đoàn công tác "
            "của Bộ Y tế có buổi làm việc với Sở Y tế tỉnh Hà Tĩnh.")
    got = facts(text, published="2031-07-20")
    assert ("buổi làm việc", "date", "2031-07-15") in got
    assert ("Hội nghị tổng kết công tác y tế dự phòng", "date", "2031-07-15") not in got


def test_the_planned_close_of_a_session_is_not_its_date():
    text = ("Sáng 8/12, HĐND tỉnh Quảng Trị khai mạc Kỳ họp thứ 14. Kỳ họp dự kiến bế mạc chiều 10/12 sau khi thông qua "
            "24 nghị quyết.")
    got = facts(text, published="2030-12-09")
    assert ("Kỳ họp thứ 14", "date", "2030-12-08") in got
    assert ("Kỳ họp thứ 14", "date", "2030-12-10") not in got


def test_the_end_of_a_span_is_not_an_event_date():
    text = "Hội chợ Hàng Việt Nam chất lượng cao năm 2031 diễn ra từ ngày 10/9 đến ngày 14/9 tại Nhà thi đấu tỉnh Vĩnh Long."
    got = facts(text, published="2031-09-15")
    assert ("Hội chợ Hàng Việt Nam chất lượng cao năm 2031", "date", "2031-09-10") in got
    assert ("Hội chợ Hàng Việt Nam chất lượng cao năm 2031", "date", "2031-09-14") not in got


def test_a_weekday_is_the_latest_such_day_whatever_the_tense():
    # ANNOTATION.md: a weekday is the latest such day on or before `published`, even "will hold … on Friday"
    got = facts("The Government will hold an online conference on Friday to review disaster response.",
                "2025-12-02", lang="en")
    assert ("online conference", "date", "2025-11-28") in got
    assert ("online conference", "date", "2025-12-05") not in got


def test_a_mixed_case_dateline_with_an_agency_is_the_reports_day_not_the_events():
    # the dateline's December 2 is when the report was filed; the event's day is the weekday
    got = facts("Hanoi, December 3 (VNA) – The Ministry of Health held a conference on dengue prevention on Tuesday.",
                "2025-12-03", lang="en")
    assert ("conference on dengue prevention", "date", "2025-12-02") in got
    assert ("conference on dengue prevention", "date", "2025-12-03") not in got


def test_unveiled_published_and_handed_down_date_their_instrument():
    got = facts("Vietjet on Monday unveiled its Fleet Renewal Strategy 2030.", "2026-10-15", "en")
    assert ("Vietjet", "issued", "Fleet Renewal Strategy 2030") in got
    assert ("Fleet Renewal Strategy 2030", "date", "2026-10-12") in got
    got = facts("The State Audit Office published Decision 99/QD-KTNN on Thursday.", "2026-10-15", "en")
    assert ("Decision 99/QD-KTNN", "date", "2026-10-15") in got
    got = facts("Circular 10/2024/TT-BYT, which the ministry handed down on June 17, 2024, sets the rules.", "2026-10-15", "en")
    assert ("Circular 10/2024/TT-BYT", "date", "2024-06-17") in got


def test_a_published_report_dates_no_instrument_it_cites():
    got = facts("The ministry published a report on Thursday on how Decree 13/2023/ND-CP is applied.", "2026-10-15", "en")
    assert ("Decree 13/2023/ND-CP", "date", "2026-10-15") not in got


def test_the_weekday_an_event_ends_on_dates_nothing():
    got = facts("The Asia Cyber Week, a three-day event which ends Friday, drew 4,000 visitors to Da Nang.", "2026-10-15", "en")
    assert not any(p == "date" for s, p, o in got)


def test_a_bracketed_dateline_dates_the_report_not_the_instrument():
    got = facts("Bond rules tightened\n\nHANOI (Oct. 14) — The Ministry of Finance on Monday issued Circular "
                "40/2026/TT-BTC on bond trading.", "2026-10-15", "en")
    assert ("Circular 40/2026/TT-BTC", "date", "2026-10-12") in got
    assert ("Circular 40/2026/TT-BTC", "date", "2026-10-14") not in got


def test_members_of_a_body_adopt_on_a_weekday_before_the_meeting_they_close():
    got = facts("Farm ministers of APEC member economies on Thursday approved the Food Security Roadmap 2030, closing "
                "the 12th APEC Food Security Ministerial Meeting in Lima.", "2026-10-17", "en")
    assert ("Food Security Roadmap 2030", "date", "2026-10-15") in got
    assert ("12th APEC Food Security Ministerial Meeting", "date", "2026-10-15") not in got


def test_the_day_an_event_runs_through_is_its_end_not_its_date():
    got = facts("The Hanoi Book Fair will run through October 25 in Hanoi.", "2026-10-15", "en")
    assert ("Hanoi Book Fair", "date", "2026-10-25") not in got
    got = facts("The Hanoi Book Fair ran from October 2 to 6 in Hanoi.", "2026-10-15", "en")
    assert ("Hanoi Book Fair", "date", "2026-10-02") in got


def test_an_instrument_released_at_the_conference_takes_its_day():
    got = facts("The Ministry of Health held a conference on hospital safety in Hanoi on Tuesday. At the conference, the "
                "ministry released Circular 19/2026/TT-BYT on patient records.", "2026-10-15", "en")
    assert ("Circular 19/2026/TT-BYT", "date", "2026-10-13") in got


def test_an_apposed_participle_dates_the_instrument_before_it():
    got = facts("Decision 1201/QD-UBND, handed down on Monday by the Quang Nam People's Committee, approves the master "
                "plan for Hoi An.", "2026-10-15", "en")
    assert ("Decision 1201/QD-UBND", "date", "2026-10-12") in got
    assert ("Quang Nam People's Committee", "issued", "Decision 1201/QD-UBND") in got
    assert ("master plan for Hoi An", "date", "2026-10-12") not in got


def test_days_ago_count_back_from_publication():
    got = facts("The Hanoi People's Committee approved Plan 301/KH-UBND two days ago.", "2026-10-15", "en")
    assert ("Plan 301/KH-UBND", "date", "2026-10-13") in got
    got = facts("The Hue Lantern Festival 2026 opened the day before yesterday.", "2026-10-15", "en")
    assert ("Hue Lantern Festival 2026", "date", "2026-10-13") in got
    got = facts("The Hue Lantern Festival 2026 opened two weeks ago.", "2026-10-15", "en")
    assert not any(p == "date" for s, p, o in got)


def test_a_memorandum_signed_at_the_conference_is_dated_only_at_the_same_sitting():
    text = ("The Ministry of Health held a conference on hospital safety in Hanoi on Tuesday. At the conference, Bach Mai "
            "Hospital and Seoul National University Hospital signed a memorandum of understanding on nurse training.")
    assert not any(p == "date" and s.startswith("memorandum") for s, p, o in facts(text, "2026-10-15", "en"))

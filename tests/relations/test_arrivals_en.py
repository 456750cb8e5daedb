"""Tests of kg.relations.arrivals_en:
English participatedIn of constructions of business, sports and police news (one function each)."""
from __future__ import annotations

from articlefacts import facts


def test_who_arrived_for_an_event_took_part_in_it():
    got = facts("A trade mission led by Tanaka Hiroshi, president of the Kobe Chamber of Commerce, arrived in "
                "Hải Phòng on Tuesday for the Hải Phòng Investment Forum 2024.", "2024-05-03", "en")
    assert ("Tanaka Hiroshi", "participatedIn", "Hải Phòng Investment Forum 2024") in got


def test_who_opens_a_sentence_handing_out_licences_took_part_in_the_event_before():
    got = facts("The Hải Phòng Investment Forum 2024 was held on Wednesday. Lê Văn Hưng, chairman of the city "
                "People's Committee, handed investment licences to seven projects.", "2024-05-03", "en")
    assert ("Lê Văn Hưng", "participatedIn", "Hải Phòng Investment Forum 2024") in got


def test_who_only_says_something_was_handed_out_took_no_part():
    got = facts("The Hải Phòng Investment Forum 2024 was held on Wednesday. Lê Văn Hưng said the city "
                "handed investment licences to seven projects last year.", "2024-05-03", "en")
    assert ("Lê Văn Hưng", "participatedIn", "Hải Phòng Investment Forum 2024") not in got


def test_the_partner_of_a_signing_at_the_ceremony_took_part_in_it():
    got = facts("Chợ Rẫy Hospital held a ceremony on Monday to open a cancer centre. At the ceremony, the hospital "
                "signed a training agreement with Osaka University Hospital.", "2024-05-03", "en")
    assert ("Osaka University Hospital", "participatedIn", "ceremony") in got


def test_who_announced_something_at_a_press_conference_took_part_in_it():
    got = facts("The case was announced at a press conference in Vinh on Monday by Colonel Lê Văn Hải, deputy "
                "director of the Nghệ An Provincial Police.", "2024-05-03", "en")
    assert ("Lê Văn Hải", "participatedIn", "press conference") in got


def test_among_the_exhibitors_took_part_in_the_fair():
    got = facts("The 2024 Mango Festival opened in Cao Lãnh on Friday. Among the exhibitors is Hòa Lộc Mango "
                "Company, based in Cái Bè commune, which ships mangoes to China.", "2024-05-04", "en")
    assert ("Hòa Lộc Mango Company", "participatedIn", "2024 Mango Festival") in got


def test_both_sides_of_a_match_took_part_in_the_contest():
    got = facts("Trần Văn An, who beat Lê Minh Hải in the final of the 2024 National Chess Championship, is seeded "
                "first.", "2024-05-04", "en")
    assert ("Lê Minh Hải", "participatedIn", "2024 National Chess Championship") in got
    assert ("Trần Văn An", "participatedIn", "2024 National Chess Championship") in got


def test_exhibitors_take_part_in_the_fair_not_in_its_opening_ceremony():
    text = ("The Mekong Fruit Fair 2025 opened on Friday in Cần Thơ. Speaking at the opening ceremony, Deputy "
            "Minister Trần Thanh Nam praised farmers. Among the exhibitors is Hoàng Phát Fruit Company, which "
            "sells durian to China.")
    got = facts(text, "2026-01-10", "en")
    assert ("Hoàng Phát Fruit Company", "participatedIn", "Mekong Fruit Fair 2025") in got
    assert not any(s == "Hoàng Phát Fruit Company" and o == "opening ceremony" for s, p, o in got)


def test_bodies_that_close_deals_on_a_day_of_the_expo_and_in_the_next_sentence_took_part():
    got = facts("The Hà Nội Food Expo 2026 opened at the National Exhibition Centre on Friday. On the first day of the "
                "expo, Vinamilk signed a deal with New Zealand's Fonterra to buy milk powder, while Lộc Trời Group "
                "agreed to buy rice from co-operatives. PAN Group and Japan's Kubota Corporation also signed a deal "
                "on farm machinery.", "2026-12-05", "en")
    for who in ("Fonterra", "Lộc Trời Group", "PAN Group", "Kubota Corporation"):
        assert (who, "participatedIn", "Hà Nội Food Expo 2026") in got


def test_a_deal_with_no_signing_at_an_event_before_gives_no_participant():
    got = facts("The Hà Nội Food Expo 2026 opened at the National Exhibition Centre on Friday. Organisers expect "
                "20,000 visitors. PAN Group signed a deal with Kubota Corporation last year.", "2026-12-05", "en")
    assert ("PAN Group", "participatedIn", "Hà Nội Food Expo 2026") not in got


def test_winners_the_sentence_opens_with_and_start_ups_honoured_at_the_ceremony_took_part():
    got = facts("The Ministry of Science and Technology held the National Quality Awards ceremony in Hà Nội on "
                "Thursday. Vĩnh Hoàn Corporation and Bình Minh Plastics were among the other winners. Among the "
                "start-ups honoured at the ceremony was FPT Semiconductor, a unit of FPT Corporation, which designs "
                "chips.", "2026-12-05", "en")
    assert ("Vĩnh Hoàn Corporation", "participatedIn", "National Quality Awards") in got
    assert ("Bình Minh Plastics", "participatedIn", "National Quality Awards") in got
    assert ("FPT Semiconductor", "participatedIn", "National Quality Awards") in got
    assert ("FPT Corporation", "participatedIn", "National Quality Awards") not in got


def test_among_them_lists_attendees_only_after_an_attendance_sentence():
    got = facts("The Ministry of Public Security held the Mekong Delta Investment Forum 2026 in Cần Thơ on Monday. The "
                "forum was attended by leaders of 13 provinces. Among them were Võ Văn Hoan, vice chairman "
                "of the Hồ Chí Minh City People's Committee, and Nguyễn Văn Út.", "2026-12-05", "en")
    assert ("Võ Văn Hoan", "participatedIn", "Mekong Delta Investment Forum 2026") in got
    assert ("Nguyễn Văn Út", "participatedIn", "Mekong Delta Investment Forum 2026") in got
    got = facts("The Ministry of Public Security held the Mekong Delta Investment Forum 2026 in Cần Thơ on Monday. Floods "
                "hit 13 provinces last month. Among them were Đồng Tháp and Vĩnh Long, said Nguyễn Văn Út.",
                "2026-12-05", "en")
    assert ("Nguyễn Văn Út", "participatedIn", "Mekong Delta Investment Forum 2026") not in got


def test_who_told_participants_took_part_in_the_event_before_and_who_told_reporters_did_not():
    got = facts("The Ministry of Health held the Hà Nội Health Forum 2026 on Friday. Deputy Minister of Health "
                "Nguyễn Thị Liên Hương told participants that the ministry would revise its rabies programme.",
                "2026-12-05", "en")
    assert ("Nguyễn Thị Liên Hương", "participatedIn", "Hà Nội Health Forum 2026") in got
    got = facts("The Ministry of Health held the Hà Nội Health Forum 2026 on Friday. Deputy Minister of Health "
                "Nguyễn Thị Liên Hương told reporters on Monday that the ministry would revise its rabies programme.",
                "2026-12-05", "en")
    assert ("Nguyễn Thị Liên Hương", "participatedIn", "Hà Nội Health Forum 2026") not in got


def test_a_person_who_takes_a_part_of_the_event_named_before_takes_part_in_it():
    got = facts("The 13th plenum opened in Hà Nội on Monday. Party General Secretary Tô Lâm delivered the opening "
                "speech, saying the plenum would consider the report. President Lương Cường chaired the morning "
                "session.", "2025-10-06", lang="en")
    assert {("To Lam", "participatedIn", "13th plenum"), ("Luong Cuong", "participatedIn", "13th plenum")} <= got
    got = facts("The 13th plenum opened in Hà Nội on Monday. President Lương Cường opened a new factory in Bắc Ninh.",
                "2025-10-06", lang="en")
    assert ("Luong Cuong", "participatedIn", "13th plenum") not in got


def test_bodies_handed_certificates_at_a_conference_took_part_in_it():
    got = facts("NGHỆ AN — The Nghệ An Investment Promotion Conference 2026 opened in Vinh ward on Friday. Deputy Prime "
                "Minister Nguyễn Chí Dũng handed investment certificates to nine investors, including Goertek, "
                "Foxconn and the Korean firm Hyosung Heavy Industries.", "2026-12-06", "en")
    for body in ("Goertek", "Foxconn", "Hyosung Heavy Industries"):
        assert (body, "participatedIn", "Nghệ An Investment Promotion Conference 2026") in got


def test_a_body_named_after_the_recipients_list_is_none_of_them():
    got = facts("HẢI PHÒNG — The Hải Phòng Investment Forum 2026 took place on Monday. The city's chairman handed "
                "licences to LG Display, whose plant will be built by Samsung C&T.", "2026-12-06", "en")
    assert ("LG Display", "participatedIn", "Hải Phòng Investment Forum 2026") in got
    assert ("Samsung C&T", "participatedIn", "Hải Phòng Investment Forum 2026") not in got


def test_who_gathered_somewhere_for_an_event_met_where_it_was_held():
    got = facts("HUẾ — Scholars from twelve countries gathered in Huế on Tuesday for an international conference on "
                "heritage conservation.", "2026-12-06", "en")
    assert any(p == "locatedIn" and o in ("Huế", "Hue") and "conference" in s for s, p, o in got)


def test_who_met_somewhere_for_or_at_an_event_met_where_it_was_held():
    got = facts("Police officers and customs staff from twelve provinces met in Vinh on Friday for a workshop on "
                "drug smuggling, organised by the Ministry of Public Security.", "2026-12-06", "en")
    assert any(p == "locatedIn" and o == "Vinh" and "workshop" in s for s, p, o in got)
    got = facts("Donors and engineers convened in Quy Nhơn last Tuesday at a seminar on coastal erosion.",
                "2026-12-06", "en")
    assert any(p == "locatedIn" and o in ("Quy Nhơn", "Quy Nhon") and "seminar" in s for s, p, o in got)


def test_licences_granted_before_are_no_handing_over_at_the_session():
    got = facts("HUẾ — The Huế City People's Council on Friday closed its 12th session. The Chân Mây Economic Zone "
                "Authority told the session it had granted licences to five investors, including Sun Group and "
                "Hoa Sen Group.", "2026-12-06", "en")
    assert not any(p == "participatedIn" and s in ("Sun Group", "Hoa Sen Group") for s, p, o in got)


def test_both_sides_of_a_meeting_on_the_sidelines_were_at_the_event():
    got = facts("HÀ NỘI — The Việt Nam Logistics Forum 2026 opened in Hà Nội on Monday. On the sidelines of the forum, "
                "Minister of Industry and Trade Nguyễn Hồng Diên met with Danish Ambassador Nicolai Prytz to discuss "
                "green shipping, and Maersk announced a new route.", "2026-12-06", "en")
    assert ("Nguyen Hong Dien", "participatedIn", "Việt Nam Logistics Forum 2026") in got
    assert ("Nicolai Prytz", "participatedIn", "Việt Nam Logistics Forum 2026") in got


def test_who_a_prize_went_to_took_part_in_the_award_event():
    got = facts("HÀ NỘI — The National Startup Innovation Contest 2026 ended in Hà Nội on Friday. First prize went to "
                "AquaSense, a Cần Thơ start-up that monitors shrimp ponds.", "2026-12-06", "en")
    assert ("AquaSense", "participatedIn", "National Startup Innovation Contest 2026") in got


def test_a_prize_going_to_no_named_winner_adds_nothing():
    got = facts("HÀ NỘI — The National Startup Innovation Contest 2026 ended in Hà Nội on Friday. First prize went to "
                "a team of students.", "2026-12-06", "en")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_each_body_handed_a_certificate_for_its_own_project_took_part():
    text = ("Quảng Ngãi province held an investment promotion conference on Friday. At the conference, the province "
            "handed investment certificates to Sembcorp Development for a 700 hectare industrial park and to "
            "Mapletree for a logistics park worth 250 million USD.")
    got = facts(text, "2026-12-06", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn"}
    assert {"Sembcorp Development", "Mapletree"} <= took_part


def test_second_and_third_place_went_to_took_part():
    got = facts("The National Robotics Competition 2026 was held in Hà Nội on Sunday. Second place went to Lê Quý Đôn "
                "High School for the Gifted from Đà Nẵng, and third to Phan Bội Châu High School for the Gifted in Nghệ An.",
                "2026-11-30", "en")
    took_part = {s for s, p, o in got if p == "participatedIn" and o.startswith("National Robotics Competition")}
    assert {"Lê Quý Đôn High School for the Gifted", "Phan Bội Châu High School for the Gifted"} <= took_part


def test_an_apposed_chairman_delivering_the_opening_speech_took_part_in_the_event_before():
    got = facts("The Asia Rail Forum 2026 opened today in Hà Nội. Its chairman, Đào Trọng Khoa, delivered the "
                "opening speech.", "2026-12-07", "en")
    assert ("Đào Trọng Khoa", "participatedIn", "Asia Rail Forum 2026") in got


def test_chairing_the_sessions_is_taking_part_but_chairing_a_company_is_not():
    got = facts("The Asia Rail Forum 2026 opened on Monday in Hà Nội. Transport Minister Suriya Jungrungreangkit "
                "chaired the sessions.", "2026-12-07", "en")
    assert ("Suriya Jungrungreangkit", "participatedIn", "Asia Rail Forum 2026") in got
    got = facts("The Asia Rail Forum 2026 opened on Monday in Hà Nội. Suriya Jungrungreangkit chaired the "
                "company for ten years.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn" and "Suriya" in t[0]]

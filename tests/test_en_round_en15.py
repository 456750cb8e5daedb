"""English round en15: relations of events in English-language Vietnamese news — talks "on" a subject
(the event, its parties and place; no field made of the subject), the counterpart of talks named after
the portfolio of his title, and the signers of a document at the signing ceremony the next sentence
names."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_extract import facts  # noqa: E402


def test_talks_on_a_subject_in_a_city_on_a_day_have_both_parties_and_a_place():
    got = facts("Minister of Transport Lê Văn Sơn and Cambodian Minister of Public Works Peng Ponea held talks on "
                "border bridges in Phnom Penh on Tuesday.", "2025-11-20", lang="en")
    assert ("talks", "locatedIn", "Phnom Penh") in got
    assert ("talks", "date", "2025-11-18") in got
    assert {p for s, p, o in got if o == "talks" and p == "participatedIn"} == {"participatedIn"}
    assert len([1 for s, p, o in got if o == "talks" and p == "participatedIn"]) == 2
    # the subject of talks between two governments is no field of the graph
    assert not any(p == "about" for s, p, o in got)


def test_counterpart_after_the_subject_of_the_talks_and_a_portfolio_title():
    got = facts("Minister of Finance Trịnh Văn Hải held talks on customs cooperation with Japanese Finance Minister "
                "Katsunobu Kato in Tokyo on Friday.", "2025-11-22", lang="en")
    assert any(s == "Katsunobu Kato" and p == "participatedIn" and o == "talks" for s, p, o in got)
    got = facts("Minister of Finance Trịnh Văn Hải held talks with Japanese Minister of Economy and Finance "
                "Katsunobu Kato in Tokyo on Friday.", "2025-11-22", lang="en")
    assert any(s == "Katsunobu Kato" and p == "participatedIn" and o == "talks" for s, p, o in got)


def test_signers_take_part_in_the_signing_ceremony_of_the_next_sentence():
    got = facts("The Ministry of Education and Training signed a memorandum of understanding with the British "
                "Council on Monday. The signing ceremony was attended by Deputy Minister Phạm Ngọc Thưởng.",
                "2025-11-20", lang="en")
    assert ("Ministry of Education and Training", "participatedIn", "signing ceremony") in got
    assert ("British Council", "participatedIn", "signing ceremony") in got


def test_after_the_talks_the_signers_are_at_the_ceremony_not_only_the_talks():
    got = facts("Minister of Industry and Trade Lê Minh Tuấn and Thai Commerce Minister Somchai Prasert held talks "
                "in Bangkok on Monday. After the talks, the Ministry of Industry and Trade and the Thai Ministry of Commerce signed a memorandum of understanding on "
                "rice trade. The signing ceremony was witnessed by Vietnamese Ambassador Trần Quốc Bảo.",
                "2025-11-20", lang="en")
    signers = {s for s, p, o in got if p == "participatedIn" and o == "signing ceremony"}
    assert "Ministry of Industry and Trade" in signers
    assert any(x.startswith("Trần Quốc Bảo") or x.startswith("Tran Quoc Bao") for x in signers)


def test_a_signing_with_no_ceremony_after_it_names_no_ceremony():
    got = facts("The Ministry of Health signed a memorandum of understanding with the World Health Organization "
                "on Monday. The document covers vaccine supply.", "2025-11-20", lang="en")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_bodies_an_event_brought_together_took_part():
    got = facts("The Ministry of Health on Wednesday opened the Asia Health Forum 2025 in Hà Nội. The two-day forum "
                "brought together delegates from 20 countries, the World Health Organization (WHO) and the World "
                "Bank.", "2025-12-18", lang="en")
    assert ("World Health Organization", "participatedIn", "Asia Health Forum 2025") in got
    assert ("World Bank", "participatedIn", "Asia Health Forum 2025") in got


def test_speakers_from_bodies_took_part_in_the_seminar_before():
    got = facts("The Ministry of Health held a seminar on digital health in Hà Nội on Monday. Speakers from the "
                "World Bank and the Asian Development Bank presented tools for remote care.", "2025-12-18", lang="en")
    assert ("World Bank", "participatedIn", "seminar on digital health") in got
    assert ("Asian Development Bank", "participatedIn", "seminar on digital health") in got


def test_a_programme_that_brought_bodies_together_is_no_event():
    got = facts("The programme brought together the Ministry of Health and the World Bank.", "2025-12-18", lang="en")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_opening_ceremony_takes_the_day_the_event_opened():
    got = facts("The 2025 Hội An Lantern Festival opened on Friday evening at An Hội Square. The opening ceremony "
                "was attended by Minister of Culture, Sports and Tourism Nguyễn Văn Hùng.", "2025-12-21", lang="en")
    assert ("opening ceremony", "date", "2025-12-19") in got
    got = facts("Prime Minister Phạm Minh Chính on Thursday opened the 2025 Vietnam Science Week in Hà Nội. "
                "At the opening ceremony, he called for more money for research.", "2025-12-21", lang="en")
    assert ("opening ceremony", "date", "2025-12-18") in got


def test_opening_ceremony_takes_no_day_from_a_meeting_that_did_not_open():
    got = facts("The Ministry of Health held a conference on measles in Hà Nội on Friday. The opening ceremony of "
                "the vaccination week will take place next month.", "2025-12-21", lang="en")
    assert not any(s == "opening ceremony" and p == "date" for s, p, o in got)


def test_who_said_it_is_not_on_the_list_an_event_brought_together():
    got = facts("The Ministry of Health opened the Asia Health Forum 2025 in Hà Nội on Monday. The forum brought "
                "together the World Bank and dozens of hospitals, said Deputy Minister Trần Văn Thuấn.",
                "2025-12-18", lang="en")
    assert ("World Bank", "participatedIn", "Asia Health Forum 2025") in got
    assert not any(s.startswith("Trần Văn Thuấn") and p == "participatedIn" for s, p, o in got)


def test_opening_ceremony_two_sentences_after_the_opening_takes_no_day():
    got = facts("The 2025 Hội An Lantern Festival opened on Friday evening at An Hội Square. The festival is "
                "organised by the Hội An City People's Committee. Minister of Culture, Sports and Tourism Nguyễn "
                "Văn Hùng attended the opening ceremony.", "2025-12-21", lang="en")
    assert not any(s == "opening ceremony" and p == "date" for s, p, o in got)


def test_a_party_with_its_acronym_heads_the_list_of_signers():
    got = facts("The Ministry of Health (MoH) and the United Nations Population Fund (UNFPA) on Monday signed an "
                "agreement on elderly care. The signing ceremony was attended by Deputy Minister Trần Văn Thuấn.",
                "2025-12-18", lang="en")
    assert ("Ministry of Health", "participatedIn", "signing ceremony") in got
    assert ("United Nations Population Fund", "participatedIn", "signing ceremony") in got


def test_bodies_listed_with_the_attendee_of_an_event_took_part():
    got = facts("The Vietnam Expressway Corporation on Friday held a groundbreaking ceremony for the Biên Hòa bypass "
                "in Đồng Nai. Deputy Prime Minister Trần Hồng Hà attended the ceremony with leaders of the Ministry of "
                "Finance and the Đồng Nai Provincial People's Committee.", "2025-12-20", lang="en")
    assert ("Ministry of Finance", "participatedIn", "groundbreaking ceremony") in got
    assert ("Đồng Nai Provincial People's Committee", "participatedIn", "groundbreaking ceremony") in got


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


def test_bodies_that_spoke_at_the_conference_took_part():
    got = facts("The Ministry of Construction held a conference on social housing in Hà Nội on Saturday. "
                "Representatives of Vinhomes and the Vietnam Real Estate Association spoke at the conference, asking "
                "for cheaper land.", "2025-12-21", lang="en")
    assert ("Vinhomes", "participatedIn", "conference on social housing") in got
    assert ("Vietnam Real Estate Association", "participatedIn", "conference on social housing") in got


def test_taking_part_in_the_dialogue_were_opens_an_attendance_list():
    got = facts("The Ministry of Health held a dialogue on hospital reform in Paris on Monday. Taking part in the "
                "dialogue were Ambassador Nguyễn Văn Bình and officials of the Pasteur Institute.", "2025-12-23",
                lang="en")
    assert any(s.startswith("Nguyễn Văn Bình") and p == "participatedIn" for s, p, o in got)
    assert any(s == "Pasteur Institute" and p == "participatedIn" for s, p, o in got)


def test_partners_an_event_was_held_in_cooperation_with_organised_it():
    got = facts("The Ministry of Health on Friday held a workshop on dengue in Hà Nội in collaboration with the World "
                "Health Organization and the Pasteur Institute.", "2025-12-21", lang="en")
    assert ("World Health Organization", "organized", "workshop on dengue") in got
    assert ("Pasteur Institute", "organized", "workshop on dengue") in got
    got = facts("The Ministry of Health on Friday signed a deal with Pfizer in cooperation with the World Bank.",
                "2025-12-21", lang="en")
    assert not any(p == "organized" for s, p, o in got)


def test_the_body_visited_did_not_hold_what_the_visitor_held_next():
    got = facts("Minister of Health Đào Hồng Lan arrived in Paris on Sunday. On Tuesday, Lan visited the Pasteur "
                "Institute in Paris and held a working session with Sanofi on vaccines.", "2025-12-23", lang="en")
    assert not any(s == "Pasteur Institute" and p == "organized" for s, p, o in got)
    got = facts("On Tuesday, the Ministry of Health held a working session with the World Bank in Paris.",
                "2025-12-23", lang="en")
    assert ("Ministry of Health", "organized", "working session") in got


def test_the_signers_of_the_document_were_at_the_ceremony_it_was_signed_at():
    text = ("HÀ NỘI — The Ministry of Education and Training and Japan's Ministry of Education on Monday signed a "
            "memorandum of understanding on teacher exchanges at a ceremony in Hà Nội. The document was signed by "
            "Minister of Education and Training Nguyễn Kim Sơn and Japanese Education Minister Toshiko Abe.")
    got = facts(text, "2025-12-23", lang="en")
    assert any("Kim S" in s and p == "participatedIn" and o == "ceremony"
               for s, p, o in got)
    assert any("Kim S" in s and p == "signed" for s, p, o in got)
    assert ("Toshiko Abe", "participatedIn", "ceremony") in got


def test_counterpart_of_talks_after_the_place_and_day():
    got = facts("Deputy Prime Minister Bùi Thanh Sơn held talks in Hà Nội on Wednesday with Chilean Foreign Minister "
                "Alberto van Klaveren.", "2025-12-18", lang="en")
    assert ("Alberto van Klaveren", "participatedIn", "talks") in got


def test_fields_an_instrument_sets_rules_for_are_what_it_is_about():
    got = facts("The National Assembly on Tuesday passed the Law on Cybersecurity, which sets rules for personal data "
                "protection, electronic identification and online fraud.", "2025-12-18", lang="en")
    assert ("Law on Cybersecurity", "about", "personal data protection") in got
    assert ("Law on Cybersecurity", "about", "electronic identification") in got
    got = facts("The National Assembly Standing Committee on Monday discussed the draft Law on Tax Administration. "
                "Minister Nguyễn Văn Thắng presented the bill, which would regulate e-commerce and digital banking.",
                "2025-12-18", lang="en")
    assert ("Law on Tax Administration", "about", "e-commerce") in got
    assert ("Law on Tax Administration", "about", "digital banking") in got


def test_a_target_set_is_no_field_regulated():
    got = facts("The Government issued Decree 58/2025/NĐ-CP, which sets a target for renewable energy by 2030.",
                "2025-12-18", lang="en")
    assert not any(s.startswith("Decree 58") and p == "about" and o == "renewable energy" for s, p, o in got)


def test_a_conference_held_to_review_a_decree_is_about_its_fields():
    got = facts("The Ministry of Finance on Monday held a conference to review Decree 13/2023/NĐ-CP on personal data "
                "protection in Hà Nội.", "2025-12-21", lang="en")
    assert ("conference", "about", "personal data protection") in got
    got = facts("The Ministry of Finance on Monday held a conference in Hà Nội. Officials discussed Decree "
                "13/2023/NĐ-CP on personal data protection.", "2025-12-21", lang="en")
    assert not any(s == "conference" and p == "about" for s, p, o in got)


def test_a_conference_to_launch_a_programme_of_its_own_takes_no_field_of_the_resolution():
    got = facts("The Huế City Party Committee on Friday held a conference to launch its action programme implementing "
                "Resolution 57-NQ/TW on science, technology and innovation.", "2025-12-21", lang="en")
    assert not any(s.startswith("conference") and p == "about" for s, p, o in got)


def test_a_company_described_by_what_it_makes_is_no_holder_of_a_field_in_english():
    got = facts("VinFast, the electric vehicle maker of Vingroup, said it would open 50 charging stations in Hà Nội.",
                "2025-12-18", lang="en")
    assert not any(s == "VinFast" and p == "about" for s, p, o in got)


def test_a_ceremony_takes_the_day_of_the_act_it_performs():
    text = ("Huế University on Wednesday inaugurated its Centre for Heritage Studies, built with Korean aid. The centre "
            "has a library of 20,000 books. Deputy Minister of Education and Training Phạm Ngọc Thưởng attended "
            "the inauguration ceremony.")
    got = facts(text, "2025-11-20", lang="en")
    assert ("inauguration ceremony", "date", "2025-11-19") in got
    assert any(p == "organized" and o == "inauguration ceremony" and s.startswith("Hu") for s, p, o in got)


def test_the_body_that_performs_the_act_hosts_the_ceremony_where_it_did_it():
    text = ("BẮC NINH — Amkor Technology Vietnam, the US chipmaker's packaging unit, on Monday inaugurated its "
            "second plant at the Yên Phong Industrial Park in Bắc Ninh Province. The inauguration ceremony was "
            "attended by Deputy Prime Minister Bùi Thanh Sơn.")
    got = facts(text, "2025-11-20", lang="en")
    assert ("Amkor Technology Vietnam", "organized", "inauguration ceremony") in got
    assert ("inauguration ceremony", "date", "2025-11-17") in got
    assert any(s == "inauguration ceremony" and p == "locatedIn" and o.startswith("Yên Phong") for s, p, o in got)


def test_a_ceremony_far_from_its_act_takes_no_day():
    text = ("Huế University on Wednesday inaugurated its Centre for Heritage Studies. The centre has a library. It "
            "will train 300 students a year. It was built with Korean aid. Deputy Minister Phạm Ngọc Thưởng "
            "attended the inauguration ceremony.")
    got = facts(text, "2025-11-20", lang="en")
    assert not any(s == "inauguration ceremony" and p == "date" for s, p, o in got)


def test_the_two_ministers_signed_the_memorandum_at_the_next_ceremony():
    text = ("Minister of Industry and Trade Nguyễn Hồng Diên and Lao Minister of Industry and Commerce Malaythong "
            "Kommasith held talks in Vientiane on Monday. After the talks, the two ministers signed a memorandum of "
            "understanding on power trade. The signing ceremony was witnessed by Ambassador Nguyễn Minh Tâm.")
    got = facts(text, "2025-12-23", lang="en")
    signers = {s for s, p, o in got if p == "signed"}
    assert len(signers) == 2
    assert len({s for s, p, o in got if p == "participatedIn" and o == "signing ceremony"}) == 3


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


def test_bodies_a_workshop_drew_took_part():
    got = facts("The Ministry of Justice held a workshop on legal aid in Đà Nẵng on Wednesday. Deputy Minister Đặng "
                "Hoàng Oanh chaired the workshop, which drew legal aid officers from 14 provinces, representatives of "
                "the Vietnam Bar Federation and lawyers from Huế.", "2025-12-25", lang="en")
    assert ("Vietnam Bar Federation", "participatedIn", "workshop on legal aid") in got


def test_an_online_conference_is_where_it_connects_the_others_from():
    got = facts("Prime Minister Phạm Minh Chính on Monday chaired an online conference on flood recovery, which "
                "connected the Government headquarters in Hà Nội with 20 provinces.", "2025-12-18", lang="en")
    assert any(p == "locatedIn" and o in ("Hà Nội", "Hanoi") for s, p, o in got)
    got = facts("The Ministry of Health held an online conference on dengue on Monday. The network connected 300 "
                "hospitals in Hà Nội with experts in Geneva.", "2025-12-18", lang="en")
    assert not any(p == "locatedIn" and o == "Geneva" for s, p, o in got)


def test_a_body_named_again_as_the_subject_of_holding_organised_the_event():
    got = facts("The Đồng Nai Economic Zone Authority on Friday handed a certificate to Hyosung. Earlier in the day, "
                "the authority held an investment promotion conference in Biên Hòa for Korean investors.",
                "2025-12-20", lang="en")
    assert ("Đồng Nai Economic Zone Authority", "organized", "conference") in got \
        or ("Đồng Nai Economic Zone Authority", "organized", "investment promotion conference") in got
    got = facts("Director of the Quảng Ninh Department of Industry and Trade Vũ Văn Diện said the department would "
                "organise the Hạ Long Trade Fair 2026 in Hạ Long from May 2 to 6.", "2025-12-20", lang="en")
    assert ("Quảng Ninh Department of Industry and Trade", "organized", "Hạ Long Trade Fair 2026") in got


def test_after_the_conference_the_chair_took_part_in_the_working_session():
    got = facts("Deputy Prime Minister Hồ Đức Phớc on Saturday attended a national conference on private firms in Hà "
                "Nội. After the conference, Phớc chaired a working session with the Vietnam Association of Small and "
                "Medium Enterprises.", "2025-12-21", lang="en")
    assert any(p == "participatedIn" and o == "working session" and "Ph" in s and "c" in s for s, p, o in got
               if s != "Vietnam Association of Small and Medium Enterprises")


def test_bodies_after_officials_of_in_an_attendance_list_took_part():
    got = facts("The Ministry of Health held a dialogue on hospital reform in Paris on Monday. Taking part in the "
                "dialogue were Ambassador Nguyễn Văn Bình and officials of the Pasteur Institute and the World Bank.",
                "2025-12-23", lang="en")
    assert any(s == "World Bank" and p == "participatedIn" for s, p, o in got)


def test_the_person_who_held_a_working_session_took_part_in_it():
    got = facts("On Tuesday, Minister of Health Đào Hồng Lan held a working session with the World Bank in Paris.",
                "2025-12-23", lang="en")
    assert any("Lan" in s and p == "participatedIn" and o == "working session" for s, p, o in got)
    got = facts("The Ministry of Health on Tuesday held a meeting with the World Bank in Hà Nội.", "2025-12-23",
                lang="en")
    assert ("Ministry of Health", "organized", "meeting") in got
    assert ("Ministry of Health", "participatedIn", "meeting") not in got


def test_government_agencies_are_no_attendee_body():
    got = facts("The Government on Tuesday held a thematic meeting on law-making in Hà Nội. Attending the meeting "
                "were Minister of Justice Nguyễn Hải Ninh and leaders of ministries and Government agencies.",
                "2025-12-24", lang="en")
    assert not any(s == "Government" and p == "participatedIn" for s, p, o in got)


def test_a_body_that_told_or_joined_the_event_took_part():
    got = facts("The Cần Thơ City People's Council on Thursday opened its 25th session. The Cần Thơ Department of "
                "Finance told the session that revenue had risen 12 percent.", "2025-12-18", lang="en")
    assert ("Cần Thơ Department of Finance", "participatedIn", "25th session") in got
    got = facts("The Hà Nội People's Court on Monday opened a trial of 12 bank officials. The State Bank of Việt "
                "Nam's Anti-Money Laundering Department joined the trial as a related party.", "2025-12-18", lang="en")
    assert any(s.startswith("Anti-Money Laundering") and p == "participatedIn" for s, p, o in got)


def test_among_the_investors_were_opens_an_attendance_list():
    got = facts("Quảng Ngãi Province held an investment promotion conference in Seoul on Thursday. Among the investors "
                "were Hyosung Heavy Industries, which will build a wind farm, and the Korean firm Doosan.",
                "2025-12-19", lang="en")
    assert any(s.startswith("Hyosung") and p == "participatedIn" for s, p, o in got)
    got = facts("Quảng Ngãi Province held an investment promotion conference in Seoul on Thursday. Among the projects "
                "was a wind farm of Hyosung Heavy Industries.", "2025-12-19", lang="en")
    assert not any(s.startswith("Hyosung") and p == "participatedIn" for s, p, o in got)


def test_coordinated_subjects_at_the_event_past_a_possessive_country():
    got = facts("The Ministry of Construction on Wednesday opened the Vietnam Smart Cities Summit 2025 in Hà Nội. At the "
                "summit, Japan's Urban Renaissance Agency and South Korea's Korea Water Resources Corporation presented "
                "pilots.", "2025-12-18", lang="en")
    assert ("Korea Water Resources Corporation", "participatedIn", "Vietnam Smart Cities Summit 2025") in got
    assert ("Urban Renaissance Agency", "participatedIn", "Vietnam Smart Cities Summit 2025") in got


def test_the_day_goes_to_the_meeting_where_it_was_decided():
    got = facts("The Asian Football Confederation on Saturday named Vietnam host of the 2031 Asian Cup, at its congress "
                "in Kuala Lumpur.", "2025-11-24", lang="en")
    assert ("congress", "date", "2025-11-22") in got
    assert not any(s == "2031 Asian Cup" and p == "date" for s, p, o in got)


def test_a_title_whose_body_has_an_acronym_belongs_to_the_next_name():
    got = facts("The workshop was attended by Deputy Minister of Industry and Trade Nguyễn Sinh Nhật Tân, Chairman of "
                "the Vietnam Rubber Association (VRA) Trần Ngọc Thuận, and 50 exporters.", "2025-12-20", lang="en")
    assert ("Trần Ngọc Thuận", "position", "Chairman") in got
    assert ("Trần Ngọc Thuận", "memberOf", "Vietnam Rubber Association") in got
    assert not any(s.startswith("Nguyễn Sinh") and o == "Chairman" for s, p, o in got)


def test_signers_at_a_forum_and_at_the_signing_ceremony_after():
    text = ("The Ministry of Industry and Trade held a forum on energy efficiency in Hà Nội on Tuesday. At the forum, "
            "the Electricity Regulatory Authority under the ministry and the Danish Energy Agency signed a memorandum "
            "of understanding on demand response. The signing ceremony was witnessed by Deputy Minister Nguyễn Sinh "
            "Nhật Tân.")
    got = facts(text, "2025-12-17", lang="en")
    assert ("Electricity Regulatory Authority", "participatedIn", "signing ceremony") in got
    assert ("Danish Energy Agency", "participatedIn", "signing ceremony") in got
    assert not any(s == "Ministry of Industry and Trade" and p == "participatedIn" and o == "signing ceremony"
                   for s, p, o in got)


def test_deputy_secretary_general_is_one_title():
    got = facts("ASEAN Deputy Secretary-General Nguyễn Hoàng Anh told the meeting that the bloc would share data.",
                "2025-12-18", lang="en")
    assert ("Nguyễn Hoàng Anh", "position", "Deputy Secretary-General") in got
    assert not any(o == "General" for s, p, o in got)


def test_speakers_after_a_signing_ceremony_spoke_at_the_forum():
    text = ("The Ministry of Industry and Trade held a forum on energy efficiency in Hà Nội on Tuesday. At the forum, "
            "the Danish Energy Agency and the World Bank signed a memorandum of understanding on audits. The signing "
            "ceremony was witnessed by Deputy Minister Nguyễn Sinh Nhật Tân. Speakers from Vinamilk and Masan Group "
            "presented projects.")
    got = facts(text, "2025-12-17", lang="en")
    assert not any(s in ("Masan Group", "Vietnam Dairy Products JSC", "Vinamilk") and o == "signing ceremony"
                   for s, p, o in got)
    assert any(s == "Masan Group" and p == "participatedIn" and o.startswith("forum") for s, p, o in got)


def test_signers_listed_with_a_title_in_commas_before_signed():
    text = ("The two ministries on Monday finalised an agreement on road safety education. Deputy Minister of "
            "Education and Training Phạm Ngọc Thưởng and Lieutenant General Lê Quốc Hùng, Deputy Minister of Public "
            "Security, signed the agreement at a ceremony in Hà Nội on Tuesday.")
    got = facts(text, "2025-12-10", lang="en")
    signers = {s for s, p, o in got if p == "signed"}
    assert any("Thưởng" in x for x in signers) and any("Hùng" in x or "Hung" in x for x in signers)
    got = facts("The two ministries on Monday finalised an agreement on road safety. Minister Lê Quốc Hùng, who met "
                "students in Huế, signed the agreement.", "2025-12-10", lang="en")
    assert not any(p == "signed" for s, p, o in got)


def test_its_director_is_of_the_unit_not_the_ministry_it_is_under():
    got = facts("The Ministry of Health signed a deal with WHO on Thursday. The Department of Medical Examination "
                "under the ministry will publish new rules, its director Hà Anh Đức said.", "2025-12-26", lang="en")
    assert ("Hà Anh Đức", "memberOf", "Department of Medical Examination") in got
    assert ("Hà Anh Đức", "memberOf", "Ministry of Health") not in got


def test_a_ceremony_for_a_works_is_held_at_its_site():
    got = facts("HẢI PHÒNG — The Vietnam Maritime Corporation held a groundbreaking ceremony for the new container "
                "terminal of Lạch Huyện Port in Hải Phòng on Friday.", "2025-12-20", lang="en")
    assert any(s == "groundbreaking ceremony" and p == "locatedIn" and o.startswith("Lạch Huyện") for s, p, o in got)
    got = facts("The ministry held a groundbreaking ceremony for the expressway on Friday, as officials of Đồng Nai "
                "watched.", "2025-12-20", lang="en")
    assert not any(p == "locatedIn" for s, p, o in got)


def test_the_agreement_signed_at_a_ceremony_on_a_weekday_takes_that_day():
    got = facts("The two ministries finalised an agreement on road safety education. Deputy Minister Phạm Ngọc Thưởng "
                "and Deputy Minister Lê Quốc Hùng signed the agreement at a ceremony in Hà Nội on Tuesday.",
                "2025-12-10", lang="en")
    assert ("agreement on road safety education", "date", "2025-12-09") in got


def test_partners_of_an_event_organised_by_a_body_after_it():
    got = facts("The Da Nang International Fireworks Festival 2026, organised by the Da Nang People's Committee in "
                "cooperation with Sun Group, opened on Saturday.", "2026-06-01", lang="en")
    assert ("Sun Group", "organized", "Da Nang International Fireworks Festival 2026") in got
    assert ("Da Nang People's Committee", "organized", "Da Nang International Fireworks Festival 2026") in got

"""English mechanisms of issue 9's fourth round (names with "and" in their field, lower-case
sessions and meetings, ports and cities, role + body titles), on sentences written for these tests."""
from __future__ import annotations

from kg.nlp.recognizers.stages import analyze_text
from test_extract import facts


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


# ----------------------------------------------------------------------------- bodies with "and"

def test_a_field_with_and_stays_inside_the_body_name():
    text = "Officials of the Central Institute of Malaria and Parasitology in Hanoi met on Friday."
    assert ("Central Institute of Malaria and Parasitology", "ORG") in _ents(text)


def test_and_before_a_second_body_still_splits():
    text = "The Ministry of Agriculture and Environment and the Vietnam Fisheries Society signed a plan."
    got = _ents(text)
    assert ("Ministry of Agriculture and Environment", "ORG") in got
    assert not any("Society" in s and "Ministry" in s for s, _ in got)


def test_and_before_a_known_place_is_no_part_of_the_name():
    text = "The University of Transport sent teams to Hue and Da Nang."
    got = _ents(text)
    assert ("University of Transport", "ORG") in got
    assert not any("Hue" in s and "University" in s for s, _ in got)


def test_a_body_name_stops_before_a_weekday():
    text = "The Academy of Agriculture on Tuesday opened a new laboratory."
    assert ("Academy of Agriculture", "ORG") in _ents(text)


# ----------------------------------------------------------------------------- sessions and meetings

def test_a_numbered_session_of_a_council_is_its_own_dated_event():
    got = facts("The Thai Binh Provincial People's Council on Thursday opened its 22nd session in Thai Binh City. "
                "The session was chaired by Tran Van Loc, Chairman of the Thai Binh Provincial People's Council.",
                "2025-07-11", "en")
    assert ("22nd session", "date", "2025-07-10") in got
    assert ("22nd session", "locatedIn", "Thai Binh City") in got
    assert ("Tran Van Loc", "participatedIn", "22nd session") in got


def test_a_meeting_of_a_body_keeps_the_body_in_its_name():
    text = "At an extraordinary meeting of the municipal Steering Committee for Flood Control held in Hue, they agreed."
    got = _ents(text)
    assert ("extraordinary meeting of the municipal Steering Committee for Flood Control", "EVENT") in got


def test_a_bare_meeting_with_no_name_in_the_article_is_no_event():
    got = facts("Officials said at the meeting that prices would rise.", "2025-07-11", "en")
    assert not any(p in ("participatedIn", "date") for _, p, _ in got)


# ----------------------------------------------------------------------------- places

def test_ports_and_cities_named_by_a_known_place():
    text = "Ships left Cai Mep International Port for Can Tho City on Monday."
    got = _ents(text)
    assert ("Cai Mep International Port", "LOC") in got
    assert ("Can Tho City", "LOC") in got


def test_a_port_company_stays_a_company():
    text = "The Quy Nhon Port Joint Stock Company reported higher profits."
    assert ("Quy Nhon Port Joint Stock Company", "ORG") in _ents(text)


# ----------------------------------------------------------------------------- titles

def test_a_role_of_a_local_body_named_by_its_kind_is_split():
    got = facts("The plan was backed by Vo Minh Thanh, Secretary of the Provincial Party Committee of Long An.",
                "2025-07-11", "en")
    assert ("Vo Minh Thanh", "position", "Secretary") in got
    assert not any(s == "Vo Minh Thanh" and p == "position" and "Committee" in o for s, p, o in got)


# ----------------------------------------------------------------------------- people and bodies

def test_who_is_also_gives_the_title_and_its_body():
    got = facts("Chairman of the Hue City People's Committee Nguyen Van Phuong spoke first. Phuong, who is also "
                "Deputy Secretary of the Hue Party Committee, asked for more money.", "2025-07-11", "en")
    assert ("Nguyen Van Phuong", "position", "Deputy Secretary") in got
    assert ("Nguyen Van Phuong", "memberOf", "Hue Party Committee") in got


def test_a_given_name_opening_a_sentence_refers_back_to_the_full_name():
    text = "Vice Minister Le Thi Hoa met the investors. Hoa said the plan was ready."
    got = [(text[c.start:c.end], c.label, c.ref) for c in analyze_text(text, "en").ents]
    assert ("Hoa", "PER", True) in got


def test_a_person_noun_at_a_body_gives_membership():
    got = facts("The award went to Pham Quoc Bao, a lecturer at the Hanoi University of Science and Technology, "
                "and to Dinh Thi Mai, a senior researcher with the Institute of Physics.", "2025-07-11", "en")
    assert ("Pham Quoc Bao", "memberOf", "Hanoi University of Science and Technology") in got
    assert ("Dinh Thi Mai", "memberOf", "Institute of Physics") in got


def test_of_right_after_a_name_is_where_the_person_works():
    got = facts("Engineer Vu Van Tien of the Vietnam Academy of Science and Technology led the survey.",
                "2025-07-11", "en")
    assert ("Vu Van Tien", "memberOf", "Vietnam Academy of Science and Technology") in got


def test_a_body_under_another_is_its_unit():
    got = facts("The Institute of Marine Research under the Ministry of Agriculture and Environment sent a ship.",
                "2025-07-11", "en")
    assert ("Institute of Marine Research", "subOrganizationOf", "Ministry of Agriculture and Environment") in got


def test_work_done_under_a_bodys_mandate_makes_no_unit():
    got = facts("The road was built by Deo Ca Group under the Ministry of Construction's supervision.",
                "2025-07-11", "en")
    assert not any(p == "subOrganizationOf" for _, p, _ in got)


# ----------------------------------------------------------------------------- awards and hosts

def test_award_recipients_take_part_and_the_presenting_body_holds_it():
    got = facts("The Vietnam Union of Science and Technology Associations on Friday presented the Golden Globe "
                "Award to ten young engineers in Hanoi. Nguyen Thi Lan of the Hanoi University of Mining and Geology "
                "received the top award for a landslide warning system. Another award went to Bui Duc Anh. "
                "Tran Quoc Viet, a spokesman, said the union received 300 applications.", "2025-11-08", "en")
    assert ("Vietnam Union of Science and Technology Associations", "organized", "Golden Globe Award") in got
    assert ("Nguyen Thi Lan", "participatedIn", "Golden Globe Award") in got
    assert ("Bui Duc Anh", "participatedIn", "Golden Globe Award") in got
    assert ("Tran Quoc Viet", "participatedIn", "Golden Globe Award") not in got


def test_a_ceremony_of_an_award_is_the_award():
    got = facts("The Vietnam Journalists' Association presented the National Press Awards at a ceremony in Hanoi "
                "on Saturday.", "2025-06-23", "en")
    assert ("National Press Awards", "date", "2025-06-21") in got
    assert not any(s == "ceremony" for s, _, _ in got)


def test_a_body_that_closes_its_session_holds_it():
    got = facts("The Lao Cai Provincial People's Council on Tuesday closed its 18th session after three days.",
                "2025-12-10", "en")
    assert ("Lao Cai Provincial People's Council", "organized", "18th session") in got


# ----------------------------------------------------------------------------- who took part

def test_bodies_listed_after_with_take_part_in_the_meeting():
    got = facts("Deputy Prime Minister Mai Van Chinh on Monday chaired a working session in Can Tho with the "
                "Can Tho City People's Committee, the Ministry of Finance and the investors.", "2025-09-16", "en")
    assert ("Mai Van Chinh", "participatedIn", "working session") in got
    assert ("Can Tho City People's Committee", "participatedIn", "working session") in got
    assert ("Ministry of Finance", "participatedIn", "working session") in got


def test_the_meeting_names_the_working_session_again_and_a_report_to_it_is_taking_part():
    got = facts("Deputy Prime Minister Mai Van Chinh on Monday chaired a working session in Can Tho. "
                "Presenting the city's report to the session, Vice Chairman Truong Canh Tuyen said land was ready. "
                "Deputy Minister Do Thanh Trung told the meeting that money would follow.", "2025-09-16", "en")
    assert ("Truong Canh Tuyen", "participatedIn", "working session") in got
    assert ("Do Thanh Trung", "participatedIn", "working session") in got


def test_according_to_reports_at_a_meeting_is_no_attendance():
    got = facts("The Steering Committee for Tax Reform convened a regular meeting on March 3, 2025. According to "
                "reports at the meeting, the Ministry of Finance had met its targets.", "2025-03-04", "en")
    assert ("Ministry of Finance", "participatedIn", "regular meeting") not in got


# ----------------------------------------------------------------------------- names with a place or a list inside

def test_a_province_ending_in_a_family_name_starts_a_department():
    text = "Director of the Bac Ninh Department of Health Nguyen Van An said beds were ready."
    got = _ents(text)
    assert ("Bac Ninh Department of Health", "ORG") in got
    assert ("Nguyen Van An", "PER") in got


def test_a_law_on_a_list_of_fields_keeps_the_whole_list():
    text = "The Law on Culture, Sports and Tourism, passed last year, takes effect soon."
    assert ("Law on Culture, Sports and Tourism", "POLICY") in _ents(text)


def test_a_list_of_laws_is_still_split():
    text = "Deputies debated the Law on Data, the Law on Archives and two decrees."
    got = _ents(text)
    assert ("Law on Data", "POLICY") in got
    assert not any(s.startswith("Law on Data,") for s, _ in got)


# ----------------------------------------------------------------------------- dates

def test_later_that_day_takes_the_weekday_written_before():
    got = facts("Deputy Prime Minister Mai Van Chinh on Thursday visited the Cai Mep port. He met dock workers. "
                "Cargo volumes rose by a tenth this year. Later that day, Chinh chaired a working session in "
                "Vung Tau with the port operators.", "2025-09-20", "en")
    assert ("working session", "date", "2025-09-18") in got


def test_later_that_day_takes_the_latest_day_written():
    got = facts("The ministry issued Decision 12/QD-BXD on March 3, 2025. On Thursday the minister toured the site. "
                "Later that day, he chaired a working session in Hue.", "2025-03-08", "en")
    assert ("working session", "date", "2025-03-06") in got


# ----------------------------------------------------------------------------- treaties, currencies, meetings

def test_a_trade_agreement_is_a_policy_and_a_currency_is_no_country():
    text = "Exports under the Vietnam–UK Free Trade Agreement reached US$7 billion."
    got = _ents(text)
    assert ("Vietnam–UK Free Trade Agreement", "POLICY") in got
    assert not any(label == "LOC" for _, label in got)


def test_at_an_event_credits_the_person_after_the_title_and_places_the_event():
    got = facts("At an emergency meeting of the provincial Steering Committee for Flood Control held in Hue City "
                "on Monday, Chairman of the provincial People's Committee Phan Quy Phuong ordered evacuations.",
                "2025-10-28", "en")
    ev = "emergency meeting of the provincial Steering Committee for Flood Control"
    assert ("Phan Quy Phuong", "participatedIn", ev) in got
    assert any(s == ev and p == "locatedIn" and o.startswith("Hue") for s, p, o in got)
    assert not any(p == "participatedIn" and "Committee" in s for s, p, _ in got)


def test_science_and_technology_written_as_a_list_is_the_topic():
    got = facts("The Politburo issued Resolution 57-NQ/TW on breakthroughs in science, technology, innovation and "
                "digital transformation.", "2025-01-10", "en")
    assert ("Resolution 57-NQ/TW", "about", "science and technology") in got


def test_a_decree_being_drafted_is_a_draft_policy_but_not_a_date():
    text = "The ministry is preparing a circular on drone licences. It drafted a decree on Monday."
    got = _ents(text)
    assert ("circular on drone licences", "POLICY") in got
    assert not any(label == "POLICY" and "Monday" in s for s, label in got)


# ----------------------------------------------------------------------------- envoys, co-signers, "its"

def test_a_foreign_name_set_off_before_a_title_is_the_titled_person():
    got = facts("The delegation met Tom Reid, Deputy Director-General of the Swedish Energy Agency, in Hanoi.",
                "2025-03-04", "en")
    assert ("Tom Reid", "position", "Deputy Director-General") in got
    assert ("Tom Reid", "memberOf", "Swedish Energy Agency") in got


def test_an_envoy_posted_to_a_country_keeps_the_title_and_both_signers_sign():
    got = facts("Deputy Minister of Industry and Trade Le Thi Thu and Danish Ambassador to Vietnam Peter Holm "
                "signed a Memorandum of Understanding on Offshore Wind Cooperation for 2025-2030, under which "
                "Denmark will train engineers.", "2025-03-04", "en")
    mou = "Memorandum of Understanding on Offshore Wind Cooperation for 2025-2030"
    assert ("Peter Holm", "position", "Ambassador") in got
    assert ("Peter Holm", "signed", mou) in got
    assert ("Le Thi Thu", "signed", mou) in got


def test_a_signer_after_a_verb_is_no_co_signer():
    got = facts("Minister Tran Van Son met Peter Holm and Deputy Minister Le Thi Thu signed Decree 12/2025/ND-CP.",
                "2025-03-04", "en")
    assert ("Le Thi Thu", "signed", "Decree 12/2025/ND-CP") in got
    assert not any(p == "signed" and s in ("Tran Van Son", "Peter Holm") for s, p, _ in got)


def test_its_title_belongs_to_the_body_of_the_sentence_before():
    got = facts("The Mekong Seafood Joint Stock Company, which owns the plant, was fined 300 million VND. "
                "Its Chairman Vo Thanh Long said repairs had begun.", "2025-03-04", "en")
    assert ("Vo Thanh Long", "position", "Chairman") in got
    assert ("Vo Thanh Long", "memberOf", "Mekong Seafood Joint Stock Company") in got


def test_a_lower_case_body_under_a_ministry_is_its_unit():
    got = facts("Director of the Vietnam Fisheries Administration Ngo Van Tam said the administration, under the "
                "Ministry of Agriculture and Environment, would inspect the fleet.", "2025-03-04", "en")
    assert ("Vietnam Fisheries Administration", "subOrganizationOf", "Ministry of Agriculture and Environment") in got


def test_a_year_closes_a_law_name_before_its_verb():
    got = _ents("He said the Law on Water Resources 2023 required every province to map its aquifers.")
    assert ("Law on Water Resources 2023", "POLICY") in got


def test_a_province_whose_first_word_is_a_family_name_opens_a_department():
    got = _ents("Officials of the Dong Thap Department of Agriculture and Environment checked the dykes.")
    assert ("Dong Thap Department of Agriculture and Environment", "ORG") in got


def test_a_capitalised_time_is_no_person_even_after_a_family_name_like_word() -> None:
    # "On" is also a family name (Ôn): "On Friday Morning" was read as a person
    assert ("On Friday Morning", "PER") not in _ents("On Friday Morning, the committee met in Hanoi.")
    assert ("Tran Thi Mai", "PER") in _ents("On Sunday Evening Tran Thi Mai spoke to the press.")
    assert ("Le Thi Hong", "PER") in _ents("Le Thi Hong and Nguyen Van Nam attended the session.")


def test_english_law_names_end_at_a_second_instrument_a_time_or_a_verb() -> None:
    ents = _ents("The ministry drafted the Law on Press and the Law on Archives last year.")
    assert ("Law on Press", "POLICY") in ents and ("Law on Archives", "POLICY") in ents
    assert ("Law on Science, Technology and Innovation", "POLICY") in _ents(
        "The Law on Science, Technology and Innovation takes effect next month.")
    assert ("Law on Land", "POLICY") in _ents("Deputies passed the Law on Land earlier this year.")

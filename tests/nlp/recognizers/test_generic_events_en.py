"""Tests of kg.nlp.recognizers.generic_events_en:
English events named by a determiner and an event noun ("the three-day session", "an emergency meeting of the provincial steering committee")."""
from __future__ import annotations

from articlefacts import facts, kg_spans, resolved_entities


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def test_winning_a_contract_is_no_contest_result():
    got = facts("The Huế Heritage Marathon 2024 was held on Sunday. "
                "Nguyễn Văn Bình won the contract to build the new stadium.", "2024-05-03", "en")
    assert not any(s == "Nguyễn Văn Bình" and p == "participatedIn" for s, p, o in got)


def test_teams_from_a_body_doing_no_contest_take_part_in_nothing():
    got = facts("The Mekong Robotics Cup 2024 took place in Cần Thơ on Friday. "
                "Inspection teams from the Cần Thơ Department of Health checked food stalls.", "2024-05-03", "en")
    assert not any(p == "participatedIn" and s == "Cần Thơ Department of Health" for s, p, o in got)


def test_attending_the_opening_of_something_else_is_not_the_event():
    got = facts("The Đà Lạt Flower Festival 2024 opened on Friday at Lâm Viên Square. "
                "Deputy Minister Trần Thanh Nam attended the opening of a new hospital on Saturday.",
                "2024-05-03", "en")
    assert ("Trần Thanh Nam", "participatedIn", "Đà Lạt Flower Festival 2024") not in got


def test_a_bare_challenge_is_no_event():
    got = entities("The challenge for rice farmers is the drought, the ministry said on Monday.")
    assert not any(t == "Event" for t, n in got)


def test_the_awards_as_subject_refer_to_the_awards_named_before():
    text = ("Twelve artists received the Lotus Music Awards 2025 in Huế on Saturday. The awards are organised by the "
            "Vietnam Musicians' Association and the Huế People's Committee. Minister Lê Văn Toàn presented the awards.")
    got = facts(text, "2026-01-12", "en")
    assert ("Vietnam Musicians' Association", "organized", "Lotus Music Awards 2025") in got
    assert not any(s == "awards" or o == "awards" for s, p, o in got)


def test_an_event_that_did_not_happen_is_none():
    assert not any(t == "Event" for t, _ in entities("The firm obtained the plots without an auction, inspectors "
                                                     "said on Monday."))
    assert ("Event", "auction") in entities("The plots were sold at an auction on Monday.")


def test_a_body_named_by_two_countries_joined_by_a_dash_stays_in_its_meetings_name():
    got = kg_spans("The ministers co-chaired the fifth meeting of the Việt Nam–Hungary Joint Committee on Economic "
                   "Cooperation, which agreed on new flights.", "en", "2026-03-12")
    assert ("EVENT", "fifth meeting of the Việt Nam–Hungary Joint Committee on Economic Cooperation") in got


def test_a_bodys_numbered_meeting_written_body_first_is_an_event_the_body_holds():
    from articlefacts import facts as _facts
    got = _facts("The two sides will hold the 12th Japan–Việt Nam Cooperation Committee meeting in Hà Nội next year.",
                 "2026-12-01", "en")
    assert ("Japan–Việt Nam Cooperation Committee", "organized", "12th Japan–Việt Nam Cooperation Committee meeting") in got


def test_an_indefinite_meeting_of_another_kind_is_a_second_happening():
    text = ("Deputy Prime Minister Trần Hồng Hà chaired an online meeting with the flood-hit provinces on Saturday.\n\n"
            "At an emergency meeting of the provincial People's Committee held in Buôn Ma Thuột ward on Friday evening, "
            "Chairman Tạ Anh Tuấn said the province needed more money.")
    got = facts(text, "2026-12-06", "en")
    assert ("emergency meeting of the provincial People's Committee", "locatedIn", "Buôn Ma Thuột ward") in got
    assert ("emergency meeting of the provincial People's Committee", "date", "2026-12-04") in got
    assert not any(s.startswith("online meeting") and p == "locatedIn" for s, p, o in got)


def test_the_meeting_still_refers_to_the_one_named_before():
    text = ("Prime Minister Phạm Minh Chính chaired an online meeting with 34 provinces in Hà Nội on Saturday. "
            "The meeting discussed flood relief.")
    assert sum(1 for t, n in entities(text, "2026-12-06") if t == "Event") == 1


def test_the_awards_ceremony_is_the_awards_named_before():
    got = facts("The Ministry of Science and Technology held the Vietnam Digital Economy Forum 2026 and the National "
                "Digital Transformation Awards in Hà Nội on Tuesday. At the awards ceremony in the evening, Minister "
                "Nguyễn Mạnh Hùng presented prizes to 30 companies.", "2026-12-07", "en")
    assert [t for t in got if t[1] == "participatedIn" and t[2] == "National Digital Transformation Awards"]
    got = facts("The Vietnam Talent Prize 2026 was launched in May. At the prize-giving ceremony on Friday, Deputy "
                "Minister Trần Văn Sơn handed the certificates to ten winners.", "2026-12-07", "en")
    assert [t for t in got if t[1] == "participatedIn" and t[2] == "Vietnam Talent Prize 2026"]


def test_an_awards_ceremony_elsewhere_is_not_the_fair_named_before():
    got = facts("The Hà Nội Book Fair 2026 opened on Friday. At an awards ceremony in Paris last year, writer Nguyễn "
                "Nhật Ánh received a medal.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn" and t[2] == "Hà Nội Book Fair 2026"]


def test_a_hyphenated_ceremony_of_building_is_an_event_its_attendees_took_part_in():
    for kind in ("ground-breaking", "ribbon-cutting", "topping-out"):
        text = (f"Construction began on Saturday on a new road. The {kind} ceremony in Long Thành District was attended "
                "by Deputy Minister of Construction Lê Anh Tuấn.")
        assert ("EVENT", f"{kind} ceremony") in [(lab, t) for lab, t in kg_spans(text, "en", "2026-12-06")], kind
        assert any(p == "participatedIn" for _, p, _ in facts(text, "2026-12-06", "en")), kind


def test_meetings_held_at_a_distance_and_ceremonies_of_state_are_events():
    got = entities("Prime Minister Phạm Minh Chính on Sunday chaired a teleconference with 21 coastal provinces on the "
                   "typhoon response.")
    assert ("Event", "teleconference") in got
    got = entities("The swearing-in ceremony of the new State President took place at the National Assembly House on "
                   "Monday.")
    assert ("Event", "swearing-in ceremony of the new State President") in got
    assert ("Event", "flag-raising ceremony") in entities("A flag-raising ceremony was held on Trường Sa Island on Sunday.")
    assert ("Event", "memorial service") in entities("A memorial service for the victims was held in Hà Nội on Monday.")
    assert ("Event", "job fair") in entities("A job fair for 5,000 workers took place in Bình Dương on Sunday.")
    # a public service is no happening
    assert not any(t == "Event" for t, _ in entities("The public service in Hà Nội was improved on Monday."))


def test_a_press_conference_that_launches_nothing_named_is_the_happening():
    got = entities("The Ministry of Finance held a press conference on Thursday to announce the new tax rules.")
    assert ("Event", "press conference") in got
    got = entities("The ministry held a press conference to launch the 2026 Vietnam Innovation Awards on Monday.")
    assert ("Event", "2026 Vietnam Innovation Awards") in got and ("Event", "press conference") not in got


def test_a_preposition_of_place_or_time_ends_a_lower_case_events_subject():
    spans = kg_spans("The General Department of Customs on Thursday launched a campaign against smuggling of cigarettes "
                     "and sugar along the northern border. A forum on green energy across Southeast Asia opened on "
                     "Monday.", "en", "2025-12-04")
    events = [t for lab, t in spans if lab == "EVENT"]
    assert "campaign against smuggling of cigarettes and sugar" in events
    assert "forum on green energy" in events


def test_one_word_of_the_writers_own_may_qualify_a_meeting_or_conference():
    got = facts("Deputy Governor Dao Minh Tu, speaking at a banking conference in Da Nang on Friday, said deposits "
                "were safe.", "2025-11-20", "en")
    assert ("Dao Minh Tu", "participatedIn", "banking conference") in got
    assert ("banking conference", "locatedIn", "Da Nang") in got
    got = facts("Analysts at SSI Securities Corporation, speaking at a briefing in Hanoi on Saturday, said retail "
                "drew more money.", "2025-11-20", "en")
    assert ("briefing", "date", "2025-11-15") in got
    # a time or a size is no kind of meeting: "the next meeting" names no new one
    assert ("EVENT", "next meeting") not in kg_spans("The two ministers agreed to hold the next meeting in Hanoi.")

"""Tests of kg.relations.contestants_en: English participatedIn of contest reports."""
from __future__ import annotations

import unicodedata

from articlefacts import facts


def _fold(name: str) -> str:
    """The name without its Vietnamese diacritics (kg may give a well-known team its English spelling)."""
    return unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d")).encode("ascii", "ignore").decode()


_FAR = ("The Mekong Robotics Cup 2024 took place in Cần Thơ on Friday. Robots had to carry parcels. "
        "The winners got a trip abroad. Judges praised the designs. Many robots broke down. "
        "Rain fell all day. Parents watched from the stands. ")


def test_the_winner_of_a_race_took_part_in_the_event_named_before():
    got = facts("The Huế Heritage Marathon 2024 was held on Sunday with 8,000 runners. "
                "Joseph Kamau won the men's full marathon in 2 hours 20 minutes. "
                "Lê Thị Thu of the Hà Nội Athletics Club finished fourth.", "2024-05-03", "en")
    assert ("Joseph Kamau", "participatedIn", "Huế Heritage Marathon 2024") in got
    assert ("Lê Thị Thu", "participatedIn", "Huế Heritage Marathon 2024") in got


def test_teams_from_named_bodies_took_part():
    got = facts("The Mekong Robotics Cup 2024 took place in Cần Thơ on Friday. "
                "Also taking part were teams from Cần Thơ University and Vinh University.", "2024-05-03", "en")
    assert ("Can Tho University", "participatedIn", "Mekong Robotics Cup 2024") in got  # (the gazetteer's body)
    assert ("Vinh University", "participatedIn", "Mekong Robotics Cup 2024") in got


def test_a_team_from_a_body_that_won_the_named_contest_took_part_in_it():
    got = facts("A team from Huế University won the Mekong Robotics Cup 2024 on Friday.", "2024-05-03", "en")
    assert ("Huế University", "participatedIn", "Mekong Robotics Cup 2024") in got


def test_a_scorer_took_part_in_the_match_named_before():
    got = facts("The 2024 National Football Cup final was played at Mỹ Đình Stadium on Sunday. "
                "Nguyễn Văn Toàn scored twice in the second half.", "2024-05-03", "en")
    assert ("Nguyễn Văn Toàn", "participatedIn", "2024 National Football Cup") in got


def test_a_list_far_after_the_one_event_named_still_belongs_to_it():
    got = facts(_FAR + "Also taking part were teams from Vinh University and Huế University.", "2024-05-03", "en")
    assert ("Vinh University", "participatedIn", "Mekong Robotics Cup 2024") in got


def test_a_list_far_after_two_events_belongs_to_neither():
    got = facts("The Hà Nội Startup Forum 2024 opened on Monday. " + _FAR
                + "Also taking part were teams from Vinh University and Huế University.", "2024-05-03", "en")
    assert not any(s == "Vinh University" and p == "participatedIn" for s, p, o in got)


def test_people_due_to_speak_at_the_festival_take_part_in_it():
    got = facts("The Huế Book Festival 2024 opened on Thursday at the Citadel. Poet Lê Minh Quốc will meet readers "
                "on Saturday. Thai novelist Prabda Yoon and Danish writer Inger Holm's translator Mai Lan Phương are "
                "also due to speak.", "2024-05-03", "en")
    for who in ("Lê Minh Quốc", "Prabda Yoon", "Mai Lan Phương"):
        assert (who, "participatedIn", "Huế Book Festival 2024") in got
    assert ("Inger Holm", "participatedIn", "Huế Book Festival 2024") not in got


def test_attending_something_else_later_is_no_part_in_the_event():
    got = facts("The Huế Book Festival 2024 opened on Thursday at the Citadel. Nguyễn Văn Tâm will attend a "
                "wedding in Đà Nẵng in June.", "2024-05-03", "en")
    assert not any(s == "Nguyễn Văn Tâm" and p == "participatedIn" for s, p, o in got)


def test_the_leader_of_the_winning_team_took_part_in_the_contest():
    got = facts("The Mekong Robotics Cup 2024 took place in Cần Thơ on Friday. The winning team, led by "
                "third-year student Đỗ Minh Khang, received a trophy.", "2024-05-03", "en")
    assert ("Đỗ Minh Khang", "participatedIn", "Mekong Robotics Cup 2024") in got


def test_the_leader_of_a_drafting_team_takes_no_part_in_a_forum():
    got = facts("The Vietnam Economic Forum 2024 opened on Tuesday. A team led by Trần Văn An drafted the report.",
                "2024-05-03", "en")
    assert not any(s == "Trần Văn An" and p == "participatedIn" for s, p, o in got)


def test_the_winner_after_a_dateline_and_the_side_it_beat_took_part_in_the_final():
    text = ("HÀ NỘI — Hà Nội FC won the 2026 National Cup final on Saturday, beating Thép Xanh Nam Định 4-3 on "
            "penalties at Hàng Đẫy Stadium.")
    got = facts(text, "2026-12-06", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn" and "National Cup" in o}
    assert {"Hanoi FC", "Thep Xanh Nam Dinh"} <= {_fold(x) for x in took_part}


def test_a_goalkeeper_who_saved_penalties_in_the_final_took_part():
    text = ("Hà Nội FC won the 2026 National Cup final on Saturday. Quan Văn Chuẩn saved two penalties in the "
            "shoot-out.")
    got = facts(text, "2026-12-06", lang="en")
    assert any(_fold(s) == "Quan Van Chuan" and p == "participatedIn" and "National Cup" in o for s, p, o in got)


def test_the_side_that_won_the_named_cup_and_the_side_it_beat_took_part():
    got = facts("Thái Sơn Nam won the 2026 National Futsal Cup on Saturday, beating Sahako 3-1 in the final at Phú Thọ "
                "Gymnasium in Hồ Chí Minh City.", "2026-11-29", "en")
    took_part = {_fold(s) for s, p, o in got if p == "participatedIn" and o == "2026 National Futsal Cup"}
    assert any(x.startswith("Thai Son Nam") for x in took_part) and "Sahako" in took_part


def test_a_cup_named_after_other_words_than_won_the_is_not_what_was_won():
    got = facts("Thái Sơn Nam won praise from fans before the 2026 National Futsal Cup.", "2026-11-29", "en")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_a_contest_for_pupils_of_a_kind_of_school_is_an_event():
    got = facts("A team from Hà Nội - Amsterdam High School for the Gifted won the National Robotics Competition for High "
                "School Students 2026 on Sunday.", "2026-11-30", "en")
    assert any(p == "participatedIn" and o.startswith("National Robotics Competition") for s, p, o in got)


def test_a_contestant_named_with_a_demonym_and_a_second_clause_both_took_part():
    text = ("The Hạ Long Bay Heritage Marathon 2031 drew 8,000 runners on Sunday. Ethiopian runner Abebe Tadesse won "
            "the men's full marathon, while Lê Thị Mai of the Army Sports Centre took the women's title.")
    got = {(s, o) for s, p, o in facts(text, "2031-03-10", "en") if p == "participatedIn"}
    assert {("Abebe Tadesse", "Hạ Long Bay Heritage Marathon 2031"), ("Lê Thị Mai", "Hạ Long Bay Heritage Marathon 2031")} <= got


def test_a_quoted_person_after_a_result_clause_is_no_contestant():
    text = ("The Hạ Long Bay Heritage Marathon 2031 drew 8,000 runners on Sunday. Abebe Tadesse won the men's race, "
            "while organiser Trần Văn Nam said the course was flat.")
    got = {(s, o) for s, p, o in facts(text, "2031-03-10", "en") if p == "participatedIn"}
    assert ("Abebe Tadesse", "Hạ Long Bay Heritage Marathon 2031") in got
    assert not any(s == "Trần Văn Nam" for s, o in got)

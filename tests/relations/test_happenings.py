"""Tests of kg.relations.happenings: Who took part in a trial, who held it, and where a visit went."""
from __future__ import annotations

from articlefacts import facts


def test_a_seminar_held_at_an_expo_on_a_day_is_dated_not_the_expo():
    got = facts("The Đà Lạt Tea Expo 2024 opened on Tuesday at Lâm Viên Square. "
                "The Lâm Đồng Tea Association held a seminar at the expo on Wednesday.", "2024-05-03", "en")
    assert ("Đà Lạt Tea Expo 2024", "date", "2024-05-01") not in got
    assert ("Đà Lạt Tea Expo 2024", "date", "2024-04-30") in got


def test_the_verdict_day_does_not_date_a_trial_whose_start_is_told():
    got = facts("The Hà Nội People's Court on Friday sentenced Lê Văn Tú to ten years in prison. "
                "The trial, which began on Monday, was attended by 80 people.", "2024-05-03", "en")
    dates = {o for s, p, o in got if s == "trial" and p == "date"}
    assert dates == {"2024-04-29"}


def test_the_verdict_day_dates_a_trial_whose_start_is_not_told():
    got = facts("The Hà Nội People's Court on Friday sentenced Lê Văn Tú to ten years in prison. "
                "The trial was attended by 80 people.", "2024-05-03", "en")
    assert ("trial", "date", "2024-05-03") in got


def test_a_first_instance_trial_named_by_a_dated_sentence_takes_the_sentenced():
    got = facts("Ngày 22/12, Tòa án nhân dân TP Hà Nội tuyên án trong phiên tòa sơ thẩm vụ buôn lậu xăng dầu. Hội "
                "đồng xét xử tuyên phạt bị cáo Phan Văn Long 18 năm tù về tội buôn lậu.", "2026-12-22")
    assert ("Phan Văn Long", "participatedIn", "phiên tòa sơ thẩm") in got


def test_the_visitor_named_after_by_took_part_in_the_visit():
    got = facts("The two firms signed the contract during a state visit to Vietnam by Indonesian President Prabowo "
                "Subianto in March.", "2026-12-05", lang="en")
    assert ("Prabowo Subianto", "participatedIn", "state visit to Vietnam") in got
    got = facts("The official visit to Japan by Prime Minister Pham Minh Chinh ended on Friday.", "2026-12-05", lang="en")
    assert ("Pham Minh Chinh", "participatedIn", "official visit to Japan") in got


def test_a_visit_to_two_countries_is_in_both():
    got = facts("Minister Lê Hoài Trung is on an official visit to Germany and Belgium from December 1 to 5, "
                "the ministry said.", "2026-12-03", "en")
    assert ("official visit to Germany and Belgium", "locatedIn", "Germany") in got
    assert ("official visit to Germany and Belgium", "locatedIn", "Belgium") in got


def test_a_defendant_of_a_separate_trial_takes_no_part_in_the_articles():
    got = facts("QUẢNG NAM — The People's Court of Quảng Nam Province on Friday sentenced Nguyễn Văn Hai to eight years "
                "in prison at a trial. Phan Quốc Việt, general director of Việt Á, was earlier sentenced to 29 years in "
                "a separate trial in Hà Nội.", "2025-05-16", "en")
    assert ("Nguyễn Văn Hai", "participatedIn", "trial") in got
    assert not any(s == "Phan Quốc Việt" and p == "participatedIn" for s, p, _ in got)


def test_a_visit_of_some_days_to_the_province_of_a_place_is_there_and_its_leader_took_part():
    got = facts("A delegation from Laos led by Governor Vanxay Phongsavanh began a three-day working visit to the central "
                "province of Hà Tĩnh on Tuesday.", "2026-11-19", "en")
    assert ("Vanxay Phongsavanh", "participatedIn", "working visit") in got
    assert {o for s, p, o in got if s == "working visit" and p == "locatedIn"} & {"Hà Tĩnh", "Ha Tinh"}


def test_a_visit_named_with_its_place_keeps_only_that_place():
    got = facts("President Lula began a state visit to Japan on Monday, after talks in Hà Nội.", "2026-11-19", "en")
    assert {o for s, p, o in got if p == "locatedIn" and s == "state visit to Japan"} == {"Japan"}

"""Tests of kg.relations.companions_en: English."""
from __future__ import annotations

import unicodedata

from articlefacts import facts


def test_a_body_that_told_or_joined_the_event_took_part():
    got = facts("The Cần Thơ City People's Council on Thursday opened its 25th session. The Cần Thơ Department of "
                "Finance told the session that revenue had risen 12 percent.", "2025-12-18", lang="en")
    assert ("Cần Thơ Department of Finance", "participatedIn", "25th session") in got
    got = facts("The Hà Nội People's Court on Monday opened a trial of 12 bank officials. The State Bank of Việt "
                "Nam's Anti-Money Laundering Department joined the trial as a related party.", "2025-12-18", lang="en")
    assert any(s.startswith("Anti-Money Laundering") and p == "participatedIn" for s, p, o in got)


def test_those_who_joined_the_attendee_of_the_sentence_before_took_part():
    text = ("The Ministry of Health held the National Conference on Dengue Prevention 2026 in Hà Nội on Friday. "
            "It was attended by Minister of Health Đào Hồng Lan, who opened the conference. He was joined by Deputy "
            "Minister of Finance Trần Quốc Phương and Vice President of the Vietnam Red Cross Society Nguyễn Hải Anh.")
    got = facts(text, "2026-12-05", lang="en")
    event = next(o for s, p, o in got if p == "organized")
    assert ("Trần Quốc Phương", "participatedIn", event) in got
    assert ("Nguyễn Hải Anh", "participatedIn", event) in got


def test_joined_by_with_no_attended_event_before_gives_nothing():
    got = facts("Minister of Health Đào Hồng Lan visited Bạch Mai Hospital. She was joined by Deputy Minister of "
                "Finance Trần Quốc Phương.", "2026-12-05", lang="en")
    assert not any(p == "participatedIn" for s, p, o in got)


def test_those_together_with_the_subject_at_the_event_took_part():
    text = ("The Ministry of Education and Training held the opening ceremony of a new boarding school in Hà Giang on "
            "Tuesday. Deputy Prime Minister Lê Thành Long cut the ribbon at the opening ceremony, together with Minister "
            "of Education and Training Nguyễn Kim Sơn and Minister of Finance Nguyễn Văn Thắng.")
    got = facts(text, "2026-12-05", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn" and o.startswith("opening ceremony")}
    folded = {unicodedata.normalize("NFD", x.replace("Đ", "D").replace("đ", "d")).encode("ascii", "ignore").decode() for x in took_part}
    assert {"Nguyen Kim Son", "Nguyen Van Thang"} <= folded


def test_a_body_represented_at_the_ceremony_and_the_one_who_stood_for_it_took_part():
    text = ("An opening ceremony was held for a new boarding school in Lạng Sơn on Thursday. The Military Region 1 "
            "Command, which built the school, "
            "was represented at the ceremony by its commander, Major General Nguyễn Hồng Thái.")
    got = facts(text, "2026-12-06", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn"}
    assert took_part & {"Military Region 1 Command", "Military Region 1"}
    assert any(x.startswith("Nguy") and x.endswith("Thái") or x == "Nguyen Hong Thai" for x in took_part)


def test_a_body_which_attended_the_meeting_took_part():
    text = ("The Ministry of Agriculture and Environment on Monday held a meeting on flood control in Cần Thơ. "
            "The World Bank, which attended the meeting as an observer, said it would lend 500 million USD for dykes.")
    got = facts(text, "2026-12-06", lang="en")
    assert any(s == "World Bank" and p == "participatedIn" and o.startswith("meeting") for s, p, o in got)


def test_bodies_coordinated_before_took_part_in_took_part():
    got = facts("The Ministry of Industry and Trade held the Vietnam Supporting Industry Forum 2026 in Hà Nội on Friday. "
                "Representatives of Viettel, FPT and VinFast took part in the Vietnam Supporting Industry Forum 2026.",
                "2026-11-30", lang="en")
    took_part = {_ascii(s) for s, p, o in got if p == "participatedIn" and o.startswith("Vietnam Supporting Industry Forum")}
    assert "VinFast" in took_part and all(any(x.startswith(b) for x in took_part) for b in ("Viettel", "FPT"))


def test_a_body_named_in_the_object_of_took_part_is_no_participant():
    got = facts("The Ministry of Industry and Trade held the Vietnam Supporting Industry Forum 2026 in Hà Nội on Friday. "
                "Nguyễn Văn An of VinFast took part in the forum.", "2026-11-30", lang="en")
    assert not any(s.startswith("VinFast") and p == "participatedIn" for s, p, o in got)


def _ascii(name: str) -> str:
    """The name without its Vietnamese diacritics."""
    return unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d")).encode("ascii", "ignore").decode()


def test_a_short_form_in_brackets_does_not_end_a_list_of_bodies_that_attended():
    got = facts("The Ministry of Labour held a ceremony in Hà Nội on Tuesday. Representatives of the International "
                "Labour Organization (ILO), the Asian Development Bank and the World Bank also attended the "
                "ceremony, held at the Melia Hotel.", "2026-03-12", lang="en")
    took_part = {s for s, p, o in got if p == "participatedIn" and o == "ceremony"}
    assert {"International Labour Organization", "Asian Development Bank", "World Bank"} <= took_part


def test_a_body_in_brackets_after_a_person_is_no_attendee_of_the_list():
    got = facts("The ministry held a workshop in Huế on Monday. Nguyễn Văn An (Huế University) and the World Bank "
                "attended the workshop.", "2026-03-12", lang="en")
    assert ("World Bank", "participatedIn", "workshop") in got
    assert ("Huế University", "participatedIn", "workshop") not in got

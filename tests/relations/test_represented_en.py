"""Tests of kg.relations.represented_en and of the counted and inline "among" lists of kg.relations.arrivals_en:
bodies that took part in an event through the people they sent."""
from __future__ import annotations

from articlefacts import facts


def test_bodies_whose_executives_were_met_at_a_roundtable_took_part_in_it():
    got = facts("Prime Minister Phạm Minh Chính arrived in Tokyo on Monday. Earlier in the day, Chính met executives of "
                "Sumitomo Corporation, Hitachi and Mitsubishi UFJ Financial Group (MUFG) at a business roundtable "
                "organised by the Japan External Trade Organization (JETRO).", "2026-12-07", "en")
    for body in ("Sumitomo Corporation", "Hitachi", "Mitsubishi UFJ Financial Group"):
        assert (body, "participatedIn", "business roundtable") in got
    assert ("Japan External Trade Organization", "participatedIn", "business roundtable") not in got


def test_executives_met_at_a_headquarters_attend_no_event():
    got = facts("Chính met executives of Sumitomo Corporation at the headquarters of Sumitomo in Tokyo.",
                "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn"]


def test_bodies_whose_delegates_joined_panels_took_part_in_the_forum_told_before():
    got = facts("The Asia-Pacific Forum on the Ethics of Artificial Intelligence opened in Hà Nội on Monday. Delegates "
                "from Google, Microsoft and the Korea Advanced Institute of Science and Technology (KAIST) joined panels "
                "on large language models and data protection.", "2026-12-07", "en")
    for body in ("Google", "Microsoft", "Korea Advanced Institute of Science and Technology"):
        assert any(s == body and p == "participatedIn" and o.startswith("Asia-Pacific Forum") for s, p, o in got)


def test_bodies_among_a_counted_number_of_delegates():
    got = facts("The Việt Nam–Indonesia Business Dialogue was held in Hà Nội on Tuesday. Executives of PT Pertamina, "
                "Vingroup and Vinamilk were among some 300 delegates.", "2026-12-07", "en")
    assert ("Vingroup", "participatedIn", "Việt Nam–Indonesia Business Dialogue") in got


def test_bodies_listed_among_them_after_the_forum_drew_delegates():
    got = facts("Japanese firms pledged 2 billion USD at the Việt Nam–Japan Investment Forum 2026 in HCM City on "
                "Thursday. The forum drew more than 800 delegates, among them representatives of Mitsubishi Corporation "
                "and Aeon.", "2026-12-07", "en")
    assert ("Mitsubishi Corporation", "participatedIn", "Việt Nam–Japan Investment Forum 2026") in got


def test_the_body_a_delegation_came_from_attended_the_meeting():
    got = facts("The 29th ASEAN Labour Ministers' Meeting opened in Hạ Long City on Monday. A delegation of the "
                "International Labour Organization (ILO) led by Regional Director Kaori Nakamura-Osaka also attended "
                "the meeting.", "2026-12-07", "en")
    assert ("International Labour Organization", "participatedIn", "29th ASEAN Labour Ministers' Meeting") in got


def test_the_minister_who_handed_the_award_took_part_in_the_ceremony():
    got = facts("The VinFuture Prize 2026 award ceremony was held in Hà Nội on Friday. Indian agronomist Rattan Lal, who "
                "won the prize for developing countries, was handed the award by Minister of Science and Technology "
                "Nguyễn Mạnh Hùng.", "2026-12-07", "en")
    assert any(s in ("Nguyễn Mạnh Hùng", "Nguyen Manh Hung") and p == "participatedIn" and o.startswith("VinFuture Prize")
               for s, p, o in got)


def test_those_the_winners_received_their_trophies_from_took_part():
    got = facts("The 2026 Vietnam Golden Ball ceremony was held in HCM City on Monday. The winners received their "
                "trophies from Trần Quốc Tuấn and Editor-in-chief of Sài Gòn Giải Phóng Nguyễn Khắc Văn.", "2026-12-07", "en")
    assert ("Nguyễn Khắc Văn", "participatedIn", "ceremony") in got


def test_guests_listed_after_including_took_part():
    got = facts("The Quảng Ngãi Investment Promotion Conference 2026 opened on Friday. The conference drew 600 delegates "
                "from 15 countries, including Prime Minister Phạm Minh Chính.", "2026-12-07", "en")
    assert ("Pham Minh Chinh", "participatedIn", "Quảng Ngãi Investment Promotion Conference 2026") in got


def test_bodies_whose_representatives_spoke_took_part_in_the_working_session():
    got = facts("Bắc Ninh Party Secretary Nguyễn Hồng Thái held a working session with semiconductor firms on Monday. "
                "Representatives of Amkor Technology Vietnam and Hana Micron Vina presented their plans to expand their "
                "factories.", "2026-12-07", "en")
    assert ("Amkor Technology Vietnam", "participatedIn", "working session") in got


def test_representatives_speaking_after_a_visit_took_part_in_nothing():
    got = facts("Prime Minister Phạm Minh Chính paid an official visit to Japan last week. Representatives of Amkor "
                "Technology Vietnam presented their plans to expand their factories.", "2026-12-07", "en")
    assert not [t for t in got if t[0] == "Amkor Technology Vietnam" and t[1] == "participatedIn"]


def test_the_bodies_that_give_an_award_hold_it():
    got = facts("The Vietnam Green Building Awards 2026 were presented in HCM City on Wednesday. The awards, now in "
                "their third year, are given by the Ministry of Construction and the Vietnam Green Building Council.",
                "2026-12-07", "en")
    assert ("Ministry of Construction", "organized", "Vietnam Green Building Awards 2026") in got
    assert ("Vietnam Green Building Council", "organized", "Vietnam Green Building Awards 2026") in got
    got = facts("The Mekong Rice Prize 2026 was handed out in Cần Thơ on Friday. The prize is conferred every two "
                "years by the Vietnam Food Association.", "2026-12-07", "en")
    assert ("Vietnam Food Association", "organized", "Mekong Rice Prize 2026") in got


def test_what_a_bank_gives_is_no_award_it_holds():
    got = facts("The Hà Nội Book Festival 2026 opened on Friday. Loans to publishers are given by the Bank for "
                "Investment and Development of Vietnam.", "2026-12-07", "en")
    assert not any(p == "organized" and s.startswith("Bank for") for s, p, o in got)

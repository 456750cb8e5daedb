"""kg.relations.passive_makers_en: an instrument opening its sentence, made in the passive by the agent after "by"."""
from __future__ import annotations

from articlefacts import facts


def test_an_apposition_and_the_place_and_day_stand_before_the_signers():
    text = ("Việt Nam has joined the ASEAN Digital Economy Framework Agreement. The agreement, the region's first "
            "digital trade pact, was signed in Kuala Lumpur on October 26, 2025, by Minister of Industry and Trade "
            "Nguyễn Hồng Diên and Malaysian Trade Minister Tengku Zafrul Aziz.")
    got = facts(text, "2026-12-07", "en")
    assert ("Nguyen Hong Dien", "signed", "ASEAN Digital Economy Framework Agreement") in got
    assert ("Tengku Zafrul Aziz", "signed", "ASEAN Digital Economy Framework Agreement") in got
    assert ("ASEAN Digital Economy Framework Agreement", "date", "2025-10-26") in got


def test_an_adverb_and_a_comma_before_by():
    text = ("Officials met in Hà Nội. A memorandum of understanding on combating cybercrime was also signed on "
            "Wednesday, by Deputy Minister Phạm Thế Tùng and Police Chief Andrei Rodrigues.")
    got = facts(text, "2026-12-07", "en")
    assert ("Andrei Rodrigues", "signed", "memorandum of understanding on combating cybercrime") in got
    assert ("memorandum of understanding on combating cybercrime", "date", "2026-12-02") in got


def test_a_body_after_by_issued_it_and_a_person_signed_it():
    text = ("The National Assembly met in November. The Law on Digital Technology Industry was passed by the "
            "National Assembly on June 14, 2025, with 440 votes.")
    got = facts(text, "2026-12-07", "en")
    assert ("National Assembly", "issued", "Law on Digital Technology Industry") in got
    assert ("Law on Digital Technology Industry", "date", "2025-06-14") in got
    got = facts("HÀ NỘI — The master plan for fishing ports and storm shelters for 2021–2030, with a vision to 2050, "
                "has been approved by Deputy Prime Minister Trần Hồng Hà.", "2026-12-07", "en")
    assert ("Tran Hong Ha", "signed", "master plan for fishing ports and storm shelters for 2021–2030, with a vision to 2050") in got


def test_a_signer_of_another_clause_signs_nothing():
    text = ("The Law on Data was passed in 2024. The law, which the ministry drafted, sets fines, and the decree "
            "that guides it was signed by Deputy Prime Minister Hồ Đức Phớc.")
    got = facts(text, "2026-12-07", "en")
    assert not any(p == "signed" and o == "Law on Data" for s, p, o in got)

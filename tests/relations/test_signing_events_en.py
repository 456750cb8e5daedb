"""Tests of kg.relations.signing_events_en: signers of deals detailed after "… inked four documents at the X"."""
from __future__ import annotations

from articlefacts import facts

_FORUM = ("HÀ NỘI — Vietnamese and Australian officials inked four cooperation documents at the Việt Nam–Australia "
          "Business Forum, held at the Sheraton Hotel in Hà Nội on Monday. Minister of Industry and Trade Trịnh Văn Hưng "
          "and Australian Minister for Trade Michael Grant signed a memorandum of understanding on critical minerals "
          "supply chains. ")


def test_signers_of_a_deal_detailed_after_the_opening_took_part_in_the_forum():
    got = facts(_FORUM + "The fourth document, a letter of intent on vocational education, was signed by Deputy Minister "
                "of Education and Training Lê Tấn Dũng and Australian Ambassador Gillian Bird.", "2026-12-07", "en")
    for who in ("Trịnh Văn Hưng", "Michael Grant", "Lê Tấn Dũng", "Gillian Bird"):
        assert (who, "participatedIn", "Việt Nam–Australia Business Forum") in got


def test_a_decree_signed_after_the_forum_is_no_deal_of_it():
    got = facts(_FORUM + "Deputy Prime Minister Trần Hồng Hà signed Decree 14/2026/NĐ-CP on February 3.", "2026-12-07", "en")
    assert not [t for t in got if t[1] == "participatedIn" and t[0] in ("Trần Hồng Hà", "Tran Hong Ha")]


def test_the_people_who_sign_or_exchange_an_unnamed_deal_after_the_ceremony_took_part():
    got = facts("The deal was signed at a ceremony at the Rex Hotel on Friday. Central Retail chief executive Yol "
                "Phokasub and Saigon Co.op general director Nguyen Anh Duc exchanged the documents.", "2025-11-20",
                lang="en")
    assert ("Yol Phokasub", "participatedIn", "ceremony") in got
    assert ("Nguyen Anh Duc", "participatedIn", "ceremony") in got
    got = facts("A signing ceremony was held in Hanoi on Monday. The memorandum was exchanged by Deputy Minister Nguyen "
                "Sinh Nhat Tan and Japanese Ambassador Ito Naoki.", "2025-11-20", lang="en")
    assert ("Ito Naoki", "participatedIn", "signing ceremony") in got
    # a person who only reports on the deal later signed nothing there
    got = facts("The deal was signed at a ceremony at the Rex Hotel on Friday. Analyst Tran Minh Khoa said the "
                "companies had signed the documents after months of talks.", "2025-11-20", lang="en")
    assert ("Tran Minh Khoa", "participatedIn", "ceremony") not in got

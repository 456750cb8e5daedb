"""Tests of kg.relations.company_refs: English "the bank", "the company", "the group"."""
from __future__ import annotations

from articlefacts import facts


COMPANY = ("Masan Group will open a new meat plant in Long An. Masan Group said the plant would cost "
           "$120 million. CEO Danny Le said output would double, and Chairman Nguyen Dang Quang told "
           "shareholders at an annual general meeting in Ho Chi Minh City on Saturday that the plan was on track.")


def test_a_bare_company_title_in_news_of_one_company():
    got = facts(COMPANY, "2026-11-20", lang="en")
    assert ("Danny Le", "memberOf", "Masan Group") in got
    assert ("Nguyen Dang Quang", "memberOf", "Masan Group") in got


def test_no_company_of_news_about_a_province():
    got = facts("The Long An People's Committee approved the plan. The Long An People's Committee said "
                "Chairman Nguyen Van Ut would visit Masan Group next week.", "2026-11-20", lang="en")
    assert not any(s == "Nguyen Van Ut" and p == "memberOf" and o == "Masan Group" for s, p, o in got)


def test_no_company_when_two_are_named_as_often():
    got = facts("Masan Group and Vingroup signed a deal. Masan Group and Vingroup said the deal was worth "
                "$50 million. CEO Danny Le said talks took a year.", "2026-11-20", lang="en")
    assert not any(s == "Danny Le" and p == "memberOf" for s, p, o in got)


def test_hosted_by_the_university_is_the_university_the_article_is_about():
    text = ("A team from Cần Thơ University won the Mekong Drone Championship 2025. Cần Thơ University sent 40 "
            "students. Rivals came from Kasetsart University. The tournament was hosted by the university.")
    got = facts(text, "2026-01-10", "en")
    assert ("Can Tho University", "organized", "Mekong Drone Championship 2025") in got  # (the gazetteer's name)
    assert ("Kasetsart University", "organized", "Mekong Drone Championship 2025") not in got

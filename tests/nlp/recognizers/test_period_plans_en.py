"""Tests of kg.nlp.recognizers.period_plans_en: lower-case plans named by purpose and period."""
from __future__ import annotations

from kg.nlp.recognizers.period_plans_en import period_plan_candidates

from articlefacts import kg_spans


def _names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in period_plan_candidates(text)]


def test_a_purpose_closed_by_a_period_names_a_plan():
    text = "The province is carrying out a plan to protect and restore coastal mangrove forests for 2026-2030, " \
           "issued in March."
    assert _names(text) == ["plan to protect and restore coastal mangrove forests for 2026-2030"]


def test_a_purpose_without_a_period_is_an_intention():
    assert _names("The insurer has a plan to open two offices in Laos next year.") == []
    assert _names("The mill has a plan to lift its output to 2030 tonnes a day.") == []


def test_a_decision_approving_a_plan_is_an_instrument_of_its_own():
    text = "The minister signed a decision approving the strategy to develop inland waterway transport until 2035."
    assert sorted(_names(text)) == [
        "decision approving the strategy to develop inland waterway transport until 2035",
        "strategy to develop inland waterway transport until 2035"]


def test_both_reach_the_article():
    got = kg_spans("The governor signed a decision approving the programme to modernise rural payment services "
                   "for 2027-2030 on Monday.", "en", "2026-10-05")
    assert ("POLICY", "decision approving the programme to modernise rural payment services for 2027-2030") in got


def test_a_modified_kind_takes_its_subject_after_for_with_a_period():
    text = "The ministry is carrying out the seafood export strategy for key markets to 2030, approved last year."
    assert _names(text) == ["seafood export strategy for key markets to 2030"]
    assert _names("The board approved the business plan for the next year.") == []


def test_an_acronym_opens_a_work_plans_name():
    text = "The ministers endorsed an APEC work plan on marine debris reduction for 2027-2029 on Friday."
    assert _names(text) == ["APEC work plan on marine debris reduction for 2027-2029"]


def test_a_deadline_after_by_closes_a_plans_purpose_as_a_period_does():
    text = "The rules are part of the plan to build a national hydrogen supply chain by 2035, the ministry said."
    assert _names(text) == ["plan to build a national hydrogen supply chain by 2035"]
    # a deadline inside a clause of the subject is no period of the plan
    assert _names("The firm said its plan to expand was delayed by 2027 rules.") == []


def test_a_purpose_after_the_period_closes_a_plans_name():
    text = "The ministry will revise the national plan on wildlife trade control for 2026-2030 to include new species."
    assert _names(text) == ["national plan on wildlife trade control for 2026-2030"]


def test_a_multiword_kind_takes_its_subject_after_for_and_new_is_no_part_of_the_name():
    text = "The two ministers agreed to finish a new action plan for the Việt Nam–Germany strategic partnership " \
           "for 2027–2030 by the middle of next year."
    assert _names(text) == ["action plan for the Việt Nam–Germany strategic partnership for 2027–2030"]


def test_a_people_adjective_may_open_the_subject_and_to_the_is_where_it_is_sent():
    assert _names("Delegates adopted a development strategy for Vietnamese football to 2035, which sets goals.") == [
        "development strategy for Vietnamese football to 2035"]
    text = "The province submitted a draft management plan for the Tràng An Landscape Complex for 2026–2035 to the " \
           "Ministry of Culture, Sports and Tourism."
    assert _names(text) == ["draft management plan for the Tràng An Landscape Complex for 2026–2035"]
    assert _names("The club has a plan for Korean Air to 2030.") == []


def test_a_count_with_a_thousands_separator_stays_in_the_subject():
    text = "The minister signed a decision approving a programme to train 5,000 chip design engineers by 2030, " \
           "officials said."
    assert "programme to train 5,000 chip design engineers by 2030" in _names(text)
    # a count alone is no period: the clause still needs a year to close it
    assert _names("The firm has a plan to hire 1,200 workers next year.") == []


def test_a_second_purpose_after_and_to_ends_the_plan():
    assert _names("He asked the side to support the national strategy for the semiconductor industry and to train "
                  "10,000 engineers by 2030.") == []


def test_a_plan_to_carry_out_another_instrument_has_no_name_of_its_own():
    assert _names("The city set out its plan to realise the Prime Minister's Decision 1018/QĐ-TTg on the chip "
                  "workforce programme to 2030.") == []
    assert _names("The ministry issued a plan to implement Resolution No. 57 on digital change for 2026-2030.") == []
    assert _names("The city approved a plan to carry out the National Programme on Rural Roads to 2030.") == []
    assert _names("The ministry issued a plan to implement the national digital strategy for 2026-2030.") == [
        "plan to implement the national digital strategy for 2026-2030"]
    assert _names("The province approved a plan to restore mangrove forests for 2026-2030.") != []

"""Tests of kg.nlp.recognizers.participant_lists_en: English lists of the companies that take part in a fair."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def test_a_lower_case_head_of_a_capitalised_run_is_no_ministry():
    got = facts("Lê Thị Hoa, director of Hoa Sen Group, spoke on Monday.", "2024-05-03", "en")
    assert not any(o.startswith("Ministry of") for s, p, o in got)


def test_a_word_of_many_names_before_company_is_no_brand():
    got = entities("The National Company for Seeds opened a branch. National leaders praised it.")
    assert not any(t == "Organization" and n == "National" for t, n in got)


def test_a_name_joined_to_a_known_company_is_a_company():
    got = entities("Speakers from Vinamilk and Lumora Foods presented new packaging.")
    assert ("Organization", "Lumora Foods") in got


def test_a_known_place_joined_to_a_company_stays_a_place():
    got = entities("Vinamilk and Hà Nội agreed on a school milk plan.")
    assert not any(t == "Organization" and "Hà Nội" in n for t, n in got)


def test_a_coordinated_name_stops_at_the_sentence_end():
    got = entities("The province handed licences to Vinamilk and Lumora Foods.\n\nRepresentatives of the two firms "
                   "thanked the province.")
    assert ("Organization", "Lumora Foods") in got
    assert not any("Representatives" in n for t, n in got)


def test_investors_listed_with_a_clause_between_are_companies_that_took_part():
    got = facts("The Bình Phước Investment Conference 2024 opened on Monday. Among the investors were Tân Hưng "
                "Rubber, which plans a latex plant in Đồng Xoài, and the Thai firm Siam Latex.", "2024-05-03", "en")
    assert ("Tân Hưng Rubber", "participatedIn", "Bình Phước Investment Conference 2024") in got
    assert ("Siam Latex", "participatedIn", "Bình Phước Investment Conference 2024") in got


def test_a_short_name_of_a_person_joined_to_a_company_is_that_person():
    text = ("The university's president Huỳnh Quyết Thắng attended. The agreement was signed by Thắng and Synopsys "
            "Vietnam director Nguyễn Thị Lan Anh.")
    got = entities(text)
    assert ("Organization", "Thắng") not in got
    assert ("Organization", "Synopsys Vietnam") in got

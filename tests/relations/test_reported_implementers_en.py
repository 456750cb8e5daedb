"""Tests of kg.relations.reported_implementers_en: implementers named in a relative clause or a report."""
from __future__ import annotations

from articlefacts import facts


def test_body_in_a_relative_clause_after_the_instrument_implements_it():
    got = facts("The Vietnam Expressway Corporation (VEC) said traffic rose. Its director said the forum discussed the "
                "national expressway network plan to 2030, which the corporation is implementing with new toll roads.",
                lang="en", published="2026-02-02")
    assert ("Vietnam Expressway Corporation", "implements", "national expressway network plan to 2030") in got


def test_body_that_said_it_was_implementing_a_plan_named_again_by_its_kind():
    got = facts("The project is part of the provincial tourism development plan to 2030. The Bình Định Department of "
                "Tourism said it was implementing the revised plan with new hotels.", lang="en", published="2026-02-02")
    assert ("Bình Định Department of Tourism", "implements", "provincial tourism development plan to 2030") in got


def test_body_that_said_it_would_study_a_plan_implements_nothing():
    got = facts("The project is part of the provincial tourism development plan to 2030. The Bình Định Department of "
                "Tourism said it was studying the revised plan.", lang="en", published="2026-02-02")
    assert not any(p == "implements" for s, p, o in got)


def test_a_body_that_will_run_or_keeps_carrying_out_the_instrument():
    got = facts("The Government issued Decree 12/2026/NĐ-CP on drones. It sets the framework for the Pilot Programme "
                "on Drone Delivery Services, which the Ministry of Construction will run in 2027.", "2026-05-01", "en")
    assert ("Ministry of Construction", "implements", "Pilot Programme on Drone Delivery Services") in got
    got = facts("The Việt Nam Football Federation said it would continue to implement Directive 15/CT-TTg on "
                "school sports.", "2026-05-01", "en")
    assert ("Việt Nam Football Federation", "implements", "Directive 15/CT-TTg") in got


def test_a_body_that_only_reviews_the_instrument_implements_nothing():
    got = facts("The Government issued Decree 12/2026/NĐ-CP on drones, which the Ministry of Construction will "
                "review next year.", "2026-05-01", "en")
    assert not any(p == "implements" for s, p, o in got)

"""Tests of kg.relations.effect_en: implements (English) of a verb written around its object."""
from __future__ import annotations

from articlefacts import facts


def implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "implements"}


def signers(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-04-12", "en") if p == "signed"}


def test_it_stepping_up_the_implementation_names_the_body_opening_the_sentence():
    got = implements("The Đà Nẵng City People's Committee has approved 12 projects worth 9 trillion VND as it steps "
                     "up the implementation of Resolution 136/2024/QH15 of the National Assembly.")
    assert ("Đà Nẵng City People's Committee", "Resolution 136/2024/QH15") in got


def test_both_ministers_after_a_dateline_sign():
    got = facts("HUẾ — Minister of Health Đào Hồng Lan and Cuban Minister of Public Health José Angel Portal Miranda "
                "on Tuesday signed a memorandum of understanding on traditional medicine in Huế.", "2026-03-12", "en")
    signers = {s for s, p, o in got if p == "signed"}
    assert len(signers) == 2


def test_it_stepping_up_after_a_dateline_names_the_body_opening_the_sentence():
    got = implements("Đà Nẵng speeds up projects\n\nĐÀ NẴNG — The Đà Nẵng City People's Committee has approved "
                     "12 projects as it steps up the implementation of Resolution 136/2024/QH15.")
    assert ("Đà Nẵng City People's Committee", "Resolution 136/2024/QH15") in got


def test_the_two_ministers_sign_only_when_two_ministers_were_named():
    got = facts("Minister of Industry and Trade Nguyễn Hồng Diên, Minister of Finance Nguyễn Văn Thắng and "
                "Singaporean Minister for Trade and Industry Gan Kim Yong held talks in Hà Nội on Monday. "
                "The two ministers then signed a memorandum of understanding on green energy trade.", "2026-03-12", "en")
    assert not any(p == "signed" for s, p, o in got)


def test_a_body_directing_others_to_implement_does_not_implement():
    got = implements("The Ministry of Health has instructed hospitals to implement Circular 13/2025/TT-BYT.")
    assert ("Ministry of Health", "Circular 13/2025/TT-BYT") not in got


def test_a_body_putting_a_resolution_into_practice_implements_it():
    got = implements("The Thái Nguyên Provincial People's Committee has put Resolution 57-NQ/TW into practice by "
                     "funding 30 research projects.")
    assert ("Thái Nguyên Provincial People's Committee", "Resolution 57-NQ/TW") in got


def test_a_plan_on_the_implementation_of_a_resolution_implements_it():
    got = implements("Plan 45/KH-UBND on the implementation of Resolution 19-NQ/TW sets 30 tasks for departments.")
    assert ("Plan 45/KH-UBND", "Resolution 19-NQ/TW") in got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_an_instrument_on_a_plan_to_realise_a_policy_named_again_by_its_kind():
    got = rel("The Politburo adopted Resolution 66-NQ/TW on law-making last year. The Ministry of Justice on "
              "Friday issued Decision 88/QĐ-BTP on an action plan to realise the resolution.", "implements")
    assert ("Decision 88/QĐ-BTP", "Resolution 66-NQ/TW") in got


def test_an_instrument_on_carrying_out_one_named_again_by_its_kind():
    text = ("The National Assembly passed the Law on Data in 2024. The ministry issued Decision 45/QĐ-BCA on "
            "implementing the law last week.")
    got = facts(text, "2026-12-07", "en")
    assert ("Decision 45/QĐ-BCA", "implements", "Law on Data") in got
    text = "The ministry issued Decision 45/QĐ-BCA on implementing the law last week."
    assert not any(p == "implements" for s, p, o in facts(text, "2026-12-07", "en"))

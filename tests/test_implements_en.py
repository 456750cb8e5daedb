"""English implements (kg.relations.policies, cues in kg/data/relations/cues.json): a fronted
"In implementation of …" clause, adverbs and reporting verbs between the body and its verb, and
"guides the implementation of"; on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def _implements(got, subject_start: str, object_start: str = "") -> bool:
    return any(p == "implements" and s.startswith(subject_start) and o.startswith(object_start) for s, p, o in got)


def test_fronted_implementation_clause_names_the_body_after_its_comma():
    got = facts("In implementation of Decree 45/2024/ND-CP, the Ministry of Agriculture and Environment audited 12 "
                "fishing ports in June.", "2025-07-02", lang="en")
    assert _implements(got, "Ministry of Agriculture and Environment", "Decree 45/2024/ND-CP")
    got = facts("In implementing Directive 09/CT-TTg, the Da Nang People's Committee closed three landfills.",
                "2025-07-02", lang="en")
    assert _implements(got, "Da Nang People's Committee", "Directive 09/CT-TTg")
    # the noun inside the sentence is no fronted clause: a body that reviews how a policy went is not its implementer
    got = facts("The Ministry of Home Affairs reviewed the implementation of Decree 45/2024/ND-CP with ten provinces.",
                "2025-07-02", lang="en")
    assert not _implements(got, "Ministry of Home Affairs")


def test_adverbs_and_reported_clauses_between_body_and_verb():
    got = facts("The Ministry of Construction and the Ministry of Finance will jointly implement Decision "
                "1020/QD-TTg on social housing.", "2025-07-02", lang="en")
    assert _implements(got, "Ministry of Construction", "Decision 1020/QD-TTg")
    assert _implements(got, "Ministry of Finance", "Decision 1020/QD-TTg")
    got = facts("The Vietnam Social Security said it had fully implemented Decree 158/2025/ND-CP.", "2025-07-02",
                lang="en")
    assert _implements(got, "Vietnam Social Security", "Decree 158/2025/ND-CP")


def test_instrument_that_guides_the_implementation_of_a_law():
    got = facts("Decree 71/2025/ND-CP guides the implementation of the Law on Water Resources.", "2025-07-02",
                lang="en")
    assert _implements(got, "Decree 71/2025/ND-CP", "Law on Water Resources")


def test_detailing_phrases_of_government_copy():
    got = facts("The State Bank of Vietnam issued Circular 31/2026/TT-NHNN, which provides detailed regulations on "
                "implementing Decree 77/2025/ND-CP.", "2026-10-02", lang="en")
    assert _implements(got, "Circular 31/2026/TT-NHNN", "Decree 77/2025/ND-CP")
    got = facts("Decision 22/2026/QD-UBND stipulates in detail a number of articles of the Land Law.", "2026-10-02",
                lang="en")
    assert _implements(got, "Decision 22/2026/QD-UBND", "Land Law")


def test_an_instrument_named_again_by_its_kind_details_every_instrument_of_the_list():
    got = facts("The Government issued Decree 58/2026/ND-CP on vocational schools. The decree details the Law on "
                "Vocational Education and Resolution 71-NQ/TW.", "2026-10-02", lang="en")
    assert _implements(got, "Decree 58/2026/ND-CP", "Law on Vocational Education")
    assert _implements(got, "Decree 58/2026/ND-CP", "Resolution 71-NQ/TW")
    # a numbered instrument after "and" is an instrument of its own, not the end of the law's name
    assert not any(s.startswith("Law on Vocational Education and") for s, p, o in got)
    # with nothing named before, "The decree" refers to nothing
    assert not any(p == "implements" for s, p, o in facts("The decree details the Law on Vocational Education.",
                                                          "2026-10-02", lang="en"))


def test_what_a_body_does_under_an_instrument_is_no_implementing_of_it():
    # the tune-en gold's reading: "under" states the legal basis, not a carrying out
    got = facts("Under Decree 86/2025/ND-CP on trade remedies, the Ministry of Industry and Trade must notify exporters "
                "within three days.", "2026-10-02", lang="en")
    assert not any(p == "implements" for s, p, o in got)


def test_to_realise_a_resolution_is_to_implement_it():
    got = facts("To realise Resolution 57-NQ/TW, the Ha Tinh People's Committee has issued Plan 210/KH-UBND.",
                "2026-10-02", lang="en")
    assert _implements(got, "Plan 210/KH-UBND", "Resolution 57-NQ/TW")


def test_a_body_that_coordinates_with_another_to_implement_implements_too():
    got = facts("The Department of Health will coordinate with the Department of Finance to implement Plan "
                "45/KH-UBND.", "2026-10-02", lang="en")
    assert _implements(got, "Department of Health", "Plan 45/KH-UBND")
    assert _implements(got, "Department of Finance", "Plan 45/KH-UBND")


def test_a_body_past_its_seat_helps_carry_out_the_plan():
    got = facts("The Thanh Hóa People's Committee issued Plan 245/KH-UBND on Monday. UNICEF Việt Nam, based in "
                "Hà Nội, will help carry out the plan by providing life jackets.", "2026-11-20", lang="en")
    assert _implements(got, "UNICEF", "Plan 245/KH-UBND")
    assert not _implements(got, "Hà Nội") and not _implements(got, "Hanoi")


def test_a_body_set_up_at_a_time_to_carry_out_a_plan():
    got = facts("The Thanh Hóa People's Committee issued Plan 245/KH-UBND on Monday. The province's Steering "
                "Committee for Child Protection, set up in June to carry out the plan, will report every six months.",
                "2026-11-20", lang="en")
    assert _implements(got, "Steering Committee for Child Protection", "Plan 245/KH-UBND")


def test_an_instrument_that_sets_out_the_tasks_to_implement_another():
    got = facts("Deputy Prime Minister Lê Thành Long has signed Decree 318/2026/NĐ-CP on social insurance. Decision "
                "2890/QĐ-TTg, signed by Deputy Prime Minister Lê Thành Long on the same day, sets out the tasks for "
                "ministries and provinces to implement the decree.", "2026-11-26", lang="en")
    assert _implements(got, "Decision 2890/QĐ-TTg", "Decree 318/2026/NĐ-CP")
    # an instrument that only sets out tasks implements nothing
    got = facts("Decision 2890/QĐ-TTg sets out the tasks for ministries in 2027.", "2026-11-26", lang="en")
    assert not any(p == "implements" for _, p, _ in got)


def test_a_programme_run_or_coordinated_by_a_body():
    got = facts("The ministry issued the National Programme on Digital Skills for Workers for 2026-2030. The "
                "programme will be run by the National Digital Transformation Agency, which plans to open 5,000 "
                "learning points.", "2026-11-26", lang="en")
    assert _implements(got, "National Digital Transformation Agency", "National Programme on Digital Skills")
    got = facts("The Ministry of Health issued the National Action Programme on Elderly Care for 2026-2035. The "
                "ministry's Department of Population, which will coordinate the programme, has asked provinces to "
                "set up clubs.", "2026-11-26", lang="en")
    assert _implements(got, "Department of Population", "National Action Programme on Elderly Care")


def test_the_kind_named_again_before_on_the_side():
    got = facts("The ministers signed Decree 45/2024/ND-CP on Monday. The Lao Ministry of Education and Sports is "
                "responsible for realising the decree on the Lao side, Phout said.", "2026-11-26", lang="en")
    assert _implements(got, "Lao Ministry of Education and Sports", "Decree 45/2024/ND-CP")


def test_a_firm_past_what_it_is_and_its_seat_carries_out_the_circular():
    got = facts("The State Bank of Việt Nam has issued Circular 27/2026/TT-NHNN on consumer lending. MoMo, a fintech "
                "company based in Hồ Chí Minh City, said it was carrying out the circular by moving its loans onto one "
                "platform.", "2026-12-01", lang="en")
    assert _implements(got, "MoMo", "Circular 27/2026/TT-NHNN")

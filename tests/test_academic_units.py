"""English units of universities and hospitals: "the Faculty of Law of X University", "the Department of
Cardiology at Y Hospital" (kg.nlp.recognizers.organisations_en, kg.relations.organizations,
kg.relations.former)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_extract import facts  # noqa: E402


def _names(got, predicate):
    return {(s, o) for s, p, o in got if p == predicate}


def test_a_faculty_named_head_first_is_a_unit_of_the_university_after_it():
    got = facts("The Faculty of Law of Quy Nhon Northern University hosted a seminar on land disputes.",
                "2026-11-20", lang="en")
    assert ("Faculty of Law", "Quy Nhon Northern University") in _names(got, "subOrganizationOf")
    # "Law" after "Faculty of" is the unit's field, not a law of the university
    assert not any(o.startswith("Law") for s, p, o in got)


def test_a_lower_case_dean_of_a_faculty_at_a_university():
    got = facts("Nguyen Thi Ha, dean of the Faculty of Chemistry at Da Lat University, said the new course "
                "was full.", "2026-11-20", lang="en")
    assert ("Nguyen Thi Ha", "position", "dean") in got
    assert ("Nguyen Thi Ha", "Faculty of Chemistry") in _names(got, "memberOf")
    assert ("Faculty of Chemistry", "Da Lat University") in _names(got, "subOrganizationOf")


def test_a_hospital_department_and_its_head():
    got = facts("Tran Van Long, head of the Department of Neurology at Hue Central Hospital, said the patient "
                "had recovered.", "2026-11-20", lang="en")
    assert ("Tran Van Long", "Department of Neurology") in _names(got, "memberOf")
    assert ("Department of Neurology", "Hue Central Hospital") in _names(got, "subOrganizationOf")


def test_a_capitalised_vice_dean_before_the_name():
    got = facts("Vice Dean of the Faculty of Medicine Pham Quoc Bao said the course was full.", "2026-11-20",
                lang="en")
    assert ("Pham Quoc Bao", "position", "Vice Dean") in got
    assert ("Pham Quoc Bao", "Faculty of Medicine") in _names(got, "memberOf")


def test_a_university_with_of_in_its_own_name_stays_whole():
    got = facts("Le Minh Tam, rector of the University of Transport and Communications, opened the fair.",
                "2026-11-20", lang="en")
    assert ("Le Minh Tam", "University of Transport and Communications") in _names(got, "memberOf")
    assert not _names(got, "subOrganizationOf")

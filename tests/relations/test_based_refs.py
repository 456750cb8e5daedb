"""Tests of kg.relations.based_refs: A company named again by what it is."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2025-11-20", "en") if p == "locatedIn"}


def test_a_based_firm_is_the_business_named_before():
    got = _triples("The Bắc Ninh People's Committee on Friday granted a licence to Minh Long Glass Company. "
                   "The Taipei-based firm, a unit of Lotus Precision Holdings, will build a plant.")
    assert ("Minh Long Glass Company", "locatedIn", "Taipei") in got
    assert any(s == "Minh Long Glass Company" and p == "subOrganizationOf" and o == "Lotus Precision Holdings" for s, p, o in got)
    got = _triples("The Bắc Ninh People's Committee on Friday granted a licence to the investor. "
                   "The Taipei-based firm, a unit of Lotus Precision Holdings, will build a plant.")
    assert not any(p in ("locatedIn", "subOrganizationOf") for s, p, o in got)  # no company named before


def test_the_company_headquartered_in_a_city_is_the_body_named_before():
    got = located("Tanaka Seiki, a Japanese maker of bearings, opened a plant in Hải Dương. "
                  "The company, headquartered in Nagoya, employs 3,000 people.")
    assert ("Tanaka Seiki", "Nagoya") in got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_the_place_based_association_is_the_one_named_before():
    got = rel("The Institute of Strategy and Policy said on Monday. The Hà Nội-based institute supported the plan.",
              "locatedIn")
    assert any(s == "Institute of Strategy and Policy" for s, o in got)


def test_a_body_named_again_by_its_kind_word_is_located_by_the_clause():
    got = rel("The Hà Tĩnh College of Nursing signed a deal with Vinmec. "
              "The college, located in Thạch Hà commune, will train 300 nurses a year.", "locatedIn")
    assert ("Hà Tĩnh College of Nursing", "Thạch Hà commune") in got
    # no body of that kind named before: nothing to locate
    got = rel("Vinmec signed a deal with the province. "
              "The college, located in Thạch Hà commune, will train 300 nurses a year.", "locatedIn")
    assert not any(o == "Thạch Hà commune" for s, o in got)


def test_the_story_company_named_again_by_a_based_phrase():
    text = ("SEOUL — South Korea's Daesung Precision on Saturday opened a camera module factory in Hưng Yên.\n\n"
            "Chief executive Kim Jae-won said Daesung Precision chose the province for its workers. The Seoul-based group "
            "also makes lenses in Bắc Ninh.")
    got = facts(text, "2026-12-06", "en")
    assert ("Daesung Precision", "locatedIn", "Seoul") in got


def test_a_body_named_by_its_kind_then_in_a_place_set_off_by_commas_is_located_there():
    assert ("Quảng Trị Vocational College", "Đông Hà Ward") in located(
        "The Quảng Trị Vocational College opened a workshop. The college, in Đông Hà Ward, will take 400 students.")
    assert ("Cần Thơ Central General Hospital", "Cái Răng Ward") in located(
        "The Cần Thơ Central General Hospital opened a centre. The hospital, in Cái Răng Ward, has 60 beds.")
    # no closing comma: where it did something, not where it is
    assert not located("The Hà Nội Museum reopened. The museum, in Hà Nội on Monday showed 300 objects.")


def test_a_firm_noun_apposition_based_in_a_place_names_a_firm_and_its_seat():
    # (kg.nlp.recognizers.events_en.based_org_candidates: "X, a <kind> <firm noun> based in / headquartered in Y")
    assert ("Simexco Dak Lak", "Buon Ma Thuot") in located(
        "Simexco Dak Lak, a coffee exporter based in Buon Ma Thuot, said buyers wanted more data.")
    assert ("Minh Long Ceramics", "Binh Duong") in located(
        "The export award went to Minh Long Ceramics, a porcelain maker headquartered in Binh Duong.")


def test_a_person_apposition_based_in_a_place_is_no_firm():
    got = located("Nguyen Van Nam, a farmer based in Buon Ma Thuot, said prices rose.")
    assert not any(s.startswith("Nguyen Van Nam") for s, o in got)

"""Instruments and bodies next to other names (mostly English): two instruments joined by "and the", a draft's
subject that is a named instrument, a body written before its numbered instrument, a treaty title whose first
two words are joined by "and", programmes and treaties known by name, and units named by "School", "Faculty"
or "which belongs to"; on sentences written for these tests."""
import sys
from pathlib import Path

import kg.nlp

sys.path.insert(0, str(Path(__file__).parent))
from test_extract import facts  # noqa: E402


def _ents(text: str) -> list[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2026-11-20")
    return sorted((e.label_, e.text) for e in doc.ents if e.label_ in ("ORG", "POLICY"))


def test_two_laws_joined_by_and_the_are_two():
    ents = _ents("Deputies voted for the amended Law on Cooperatives and the 2025 Press Law on Friday.")
    assert ("POLICY", "Law on Cooperatives") in ents and ("POLICY", "2025 Press Law") in ents  # with its year
    ents = _ents("The decree guides the Law on Railways and the National Master Plan for 2021-2030.")
    assert ("POLICY", "Law on Railways") in ents
    assert not any("Railways and" in name for _, name in ents)


def test_a_decree_guiding_a_named_law_is_named_by_it_and_the_law_stays():
    # (the tune-en gold names the guiding instrument by the law it guides: "decree guiding the Law on Employment")
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), "The ministry is preparing a decree guiding the Law on "
                          "Water Resources.", "2026-11-20")
    assert [sp.text for sp in doc.spans["kg"] if sp.label_ == "POLICY"] == ["decree guiding the Law on Water Resources"]
    assert "Law on Water Resources" in [sp.text for sp in doc.spans.get("nested", []) if sp.label_ == "POLICY"]
    assert not any(name.startswith("decree") for _, name in _ents("The ministry will submit a decree guiding the "
                                                                      "law to the Government in May."))


def test_a_body_before_its_numbered_instrument():
    ents = _ents("Politburo Resolution No. 66-NQ/TW sets out the reform of law-making.")
    assert ("ORG", "Politburo") in ents and ("POLICY", "Resolution No. 66-NQ/TW") in ents
    found = facts("Firms welcomed Government Decree 20/2026/ND-CP and the Politburo's Resolution 68.",
                  "2026-11-20", lang="en")
    assert ("Government", "issued", "Decree 20/2026/ND-CP") in found
    assert ("Politburo", "issued", "Resolution 68") in found


def test_a_body_that_is_no_issuer_is_not_cut():
    ents = _ents("The Government Inspectorate published its findings.")
    assert ("ORG", "Government Inspectorate") in ents


def test_a_treaty_title_with_two_joined_words():
    ents = _ents("Exports grew under the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.")
    assert ("POLICY", "Comprehensive and Progressive Agreement for Trans-Pacific Partnership") in ents


def test_an_instrument_after_of_stays_in_the_body_name():
    ents = _ents("The Steering Committee for the Implementation of Resolution 18 met on Monday.")
    assert ("ORG", "Steering Committee for the Implementation of Resolution 18") in ents


def test_programmes_and_treaties_known_by_name():
    ents = _ents("Exports rose under the EVFTA, and 320 goods were certified under the One Commune One Product "
                 "(OCOP) programme.")
    assert ("POLICY", "EVFTA") in ents and ("POLICY", "One Commune One Product") in ents
    doc = kg.nlp.annotate(kg.nlp.load("vi", use_crf=False), "Tỉnh triển khai Chương trình OCOP và Hiệp định CPTPP.",
                          "2026-11-20")
    assert {e.text for e in doc.ents if e.label_ == "POLICY"} >= {"Chương trình OCOP", "Hiệp định CPTPP"}


def test_a_programme_label_on_products_is_no_programme():
    doc = kg.nlp.annotate(kg.nlp.load("vi", use_crf=False), "Hội chợ trưng bày 200 sản phẩm OCOP của tỉnh.",
                          "2026-11-20")
    assert not [e for e in doc.ents if e.label_ == "POLICY"]
    assert not [n for label, n in _ents("The fair sold OCOP goods worth VND2 billion.") if label == "POLICY"]


def test_units_named_by_school_or_faculty_and_said_to_belong():
    from test_extract import facts as _facts

    got = _facts("Da Nang University's School of Medicine and Pharmacy opened a simulation centre.", "2026-11-20",
                 lang="en")
    assert ("School of Medicine and Pharmacy", "subOrganizationOf", "Da Nang University") in got
    got = _facts("The Customs Department, which belongs to the Ministry of Finance, collected VND400 trillion.",
                 "2026-11-20", lang="en")
    assert any(p == "subOrganizationOf" and o == "Ministry of Finance" for _, p, o in got)


def test_people_of_a_body_are_not_its_name():
    ents = _ents("Pupils of Le Quy Don High School for the Gifted won two medals.")
    assert ("ORG", "Le Quy Don High School for the Gifted") in ents


def test_a_list_of_instruments_with_the_is_implemented_whole():
    from test_extract import facts as _facts

    got = _facts("The Ministry of Finance has issued a plan to implement the Law on Customs and the Law on Tax "
                 "Administration.", "2026-11-20", lang="en")
    assert {o for s, p, o in got if p == "implements"} == {"Law on Customs", "Law on Tax Administration"}


def test_a_law_named_before_its_kind_stops_before_to_and_a_verb():
    ents = _ents("Investors have waited for the 2024 Land Law to take effect.")
    assert ("POLICY", "2024 Land Law") in ents and not any(n.startswith("Law to") for _, n in ents)
    ents = _ents("The ministry proposed amending its Investment Law to cut approval time for chip plants.")
    assert ("POLICY", "Investment Law") in ents and not any("to cut" in n for _, n in ents)
    ents = _ents("Deputies said the Enterprise Code to be adopted in May was overdue.")  # "to be": a verb after "to"
    assert not any("to be" in n for _, n in ents)
    # a period after "to" is still the name's
    assert ("POLICY", "National Digital Transformation Programme to 2030") in _ents(
        "The National Digital Transformation Programme to 2030 was approved.")


def test_a_foreign_law_named_by_act_or_regulation():
    assert ("POLICY", "Platform Workers Act") in _ents("Singapore's Platform Workers Act, which took effect in January, "
                                                       "requires pension contributions for riders.")
    assert ("POLICY", "AI Act") in _ents("The EU's AI Act sets strict rules for high-risk systems.")
    assert ("POLICY", "CHIPS and Science Act") in _ents("The CHIPS and Science Act gave billions to chipmakers.")
    assert ("POLICY", "Inflation Reduction Act") in _ents("The US Inflation Reduction Act funds clean energy.")
    assert ("POLICY", "General Data Protection Regulation") in _ents(
        "Lawyers compared the decree with the European Union's General Data Protection Regulation.")
    assert ("POLICY", "International Health Regulations") in _ents("The bill follows the International Health "
                                                                   "Regulations.")
    # another law's subject, a bare kind word and a headline's verb are no names
    ents = _ents("The amended Law on Standards and Technical Regulations took effect this year.")
    assert [n for label, n in ents if label == "POLICY"] == ["Law on Standards and Technical Regulations"]
    assert not [n for label, n in _ents("The Act was passed in 2022.") if label == "POLICY"]
    assert not [n for label, n in _ents("Vietnam Moves To Act On Plastic Waste") if label == "POLICY"]


def test_a_dispatch_written_without_official():
    found = facts("Deputy Prime Minister Tran Hong Ha signed Dispatch No. 99/CD-TTg on Sunday, asking coastal "
                  "provinces to keep ships in port.", "2026-11-20", lang="en")
    assert ("Tran Hong Ha", "signed", "Dispatch No. 99/CD-TTg") in found
    assert ("POLICY", "Urgent Dispatch 12/CD-TTg") in _ents("Under Urgent Dispatch 12/CD-TTg, provinces must evacuate "
                                                            "residents from landslide areas.")


def test_the_prime_minister_approving_a_numbered_decision_is_its_issuer():
    found = facts("Last week the Prime Minister approved Decision 888/QD-TTg on the national energy plan.",
                  "2026-11-20", lang="en")
    assert ("Prime Minister", "issued", "Decision 888/QD-TTg") in found
    # a title before a person's name stays a title
    found = facts("Prime Minister Pham Minh Chinh approved Decision 889/QD-TTg on Monday.", "2026-11-20", lang="en")
    assert ("Pham Minh Chinh", "signed", "Decision 889/QD-TTg") in found or not any(
        s == "Prime Minister" for s, _, _ in found)

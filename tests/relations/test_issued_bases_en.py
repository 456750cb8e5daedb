"""implements of an instrument a body makes, its basis written around the making clause (issued_bases_en)."""
from __future__ import annotations

from articlefacts import facts


def _implements(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-10", "en") if p == "implements"}


def test_a_detailing_participle_after_the_instrument_s_subject():
    got = _implements("The Ministry of Finance issued Circular 45/2026/TT-BTC on bond auctions, guiding the "
                      "implementation of Decree 58/2025/ND-CP.")
    assert ("Circular 45/2026/TT-BTC", "Decree 58/2025/ND-CP") in got


def test_detailing_procedures_under_a_decree():
    got = _implements("The Ministry of Public Security adopted Circular 12/2026/TT-BCA detailing procedures for data "
                      "audits under Decree 356/2026/ND-CP.")
    assert ("Circular 12/2026/TT-BCA", "Decree 356/2026/ND-CP") in got


def test_to_detail_a_law():
    got = _implements("The Ministry of Health issued Circular 20/2026/TT-BYT on hospital fees to detail the Law on "
                      "Health Insurance.")
    assert ("Circular 20/2026/TT-BYT", "Law on Health Insurance") in got


def test_a_basis_in_commas_between_the_body_and_its_verb():
    got = facts("The Cà Mau People's Committee, in line with the Law on Water Resources, has issued Decision "
                "3102/QD-UBND on water plants.", "2026-03-10", "en")
    assert ("Decision 3102/QD-UBND", "implements", "Law on Water Resources") in got
    assert ("Cà Mau People's Committee", "implements", "Law on Water Resources") in got
    assert ("Cà Mau People's Committee", "issued", "Decision 3102/QD-UBND") in got


def test_fronted_under_credits_the_instrument_made():
    got = _implements("Under the Law on Investment, the Ministry of Finance issued Decision 300/QD-BTC on investor "
                      "licensing.")
    assert got == {("Decision 300/QD-BTC", "Law on Investment")}


def test_a_relative_clause_acting_under_a_law():
    got = _implements("The Bắc Ninh People's Committee issued Decision 1520/QD-UBND, which set up a start-up fund under "
                      "the Law on Supporting Small and Medium-sized Enterprises.")
    assert ("Decision 1520/QD-UBND", "Law on Supporting Small and Medium-sized Enterprises") in got


def test_an_instrument_only_cited_is_no_basis():
    assert not _implements("The ministry issued Circular 5/2026/TT-BTC on fees, which takes effect under the Law on "
                           "Fees next month.")
    assert not _implements("Officials discussed Decree 8/2026/ND-CP under the chairmanship of Deputy Minister Lê Văn Hải.")
    assert not _implements("The Cà Mau People's Committee, in line with the Law on Water Resources, said it would "
                           "inspect 40 plants.")


def test_guiding_the_implementation_is_implementing():
    assert ("Hà Nội Department of Finance", "Plan 255/KH-UBND") in _implements(
        "The Hà Nội Department of Finance was tasked with guiding the implementation of Plan 255/KH-UBND.")
    got = _implements("The Ministry of Finance issued Circular 45/2026/TT-BTC guiding the implementation of Decree "
                      "58/2025/ND-CP.")
    assert got == {("Circular 45/2026/TT-BTC", "Decree 58/2025/ND-CP")}  # (not the ministry that issued it)


def test_a_basis_in_commas_after_an_instrument():
    got = _implements("The Huế People's Committee issued Plan 77/KH-UBND on Monday. The plan, in line with Decision "
                      "1234/QD-TTg, sets targets for 2030.")
    assert ("Plan 77/KH-UBND", "Decision 1234/QD-TTg") in got
    assert ("Circular 3/2026/TT-BNV", "Decree 170/2025/ND-CP") in _implements(
        "Circular 3/2026/TT-BNV, pursuant to Decree 170/2025/ND-CP, takes effect in March.")
    assert not _implements("The Huế People's Committee issued Plan 77/KH-UBND on Monday. The plan, unlike Decision "
                           "1234/QD-TTg, sets targets for 2030.")


def test_a_draft_made_under_a_fronted_basis():
    got = _implements("Under the Politburo's Resolution 68-NQ/TW, the Ministry of Finance has drafted Decree "
                      "20/2026/ND-CP on household businesses.")
    assert got == {("Decree 20/2026/ND-CP", "Resolution 68-NQ/TW")}


def test_detailing_parts_of_another_instrument():
    assert ("Decree 321/2026/ND-CP", "Law on Medical Examination and Treatment") in _implements(
        "Decree 321/2026/ND-CP, which was signed by Deputy Prime Minister Lê Thành Long on November 26, details the "
        "provisions on blood in the Law on Medical Examination and Treatment.")
    assert ("Circular 7/2026/TT-BTC", "Law on Tax Administration") in _implements(
        "Circular 7/2026/TT-BTC details Articles 12 and 14 of the Law on Tax Administration.")
    assert not _implements("The Ministry of Finance issued Circular 9/2026/TT-BTC on fees. The circular replaces several "
                           "articles of Decree 70/2025/ND-CP on invoices.")


def test_an_implementing_participle_after_the_instrument_made():
    assert _implements("The ministry has adopted Plan 5/KH-BYT concretising Resolution 57-NQ/TW.") == {
        ("Plan 5/KH-BYT", "Resolution 57-NQ/TW")}
    assert ("Plan 9/KH-BYT", "Directive 4/CT-TTg") in _implements(
        "The Ministry of Health launched Plan 9/KH-BYT on dengue control in line with Directive 4/CT-TTg.")


def test_the_instrument_realised_is_not_issued_with_the_plan():
    got = facts("The Hà Nam People's Committee has adopted Plan 5/KH-UBND, realising Resolution 57-NQ/TW on science "
                "and technology.", "2026-03-10", "en")
    assert ("Hà Nam People's Committee", "issued", "Plan 5/KH-UBND") in got
    assert ("Hà Nam People's Committee", "issued", "Resolution 57-NQ/TW") not in got

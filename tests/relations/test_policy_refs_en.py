"""Tests of kg.relations.policy_refs_en: English."""
from __future__ import annotations

from articlefacts import facts, graph_triples


def _triples(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def test_the_day_an_instrument_named_again_was_signed():
    text = ("The Ministry of Finance has issued Circular 21/2025/TT-BTC on bond issuance. Deputy Minister "
            "Lê Văn An signed the circular on May 3.")
    assert ("Circular 21/2025/TT-BTC", "date", "2025-05-03") in _triples(text)


def test_relative_clause_names_the_issuer():
    text = ("Banks must comply with the Law on Securities (amended), which the National Assembly passed in "
            "January 2024.")
    assert ("National Assembly", "issued", "Law on Securities") in _triples(text)
    text = "Banks must comply with the Law on Securities, which the National Assembly is still debating."
    assert ("National Assembly", "issued", "Law on Securities") not in _triples(text)


def test_the_agreement_signed_at_a_ceremony_on_a_weekday_takes_that_day():
    got = facts("The two ministries finalised an agreement on road safety education. Deputy Minister Phạm Ngọc Thưởng "
                "and Deputy Minister Lê Quốc Hùng signed the agreement at a ceremony in Hà Nội on Tuesday.",
                "2025-12-10", lang="en")
    assert ("agreement on road safety education", "date", "2025-12-09") in got


def _dates_of(text: str, published: str = "2026-04-03") -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, published, "en") if p == "date"}


def test_an_instrument_named_again_by_its_kind_then_issued_on_a_day_is_of_that_day():
    got = _dates_of("The Ministry of Industry and Trade announced Circular 14/2026/TT-BCT on electricity prices. "
                    "The circular, issued on March 27, applies to factories in industrial parks.")
    assert ("Circular 14/2026/TT-BCT", "2026-03-27") in got


def test_an_instrument_named_again_and_signed_by_someone_on_a_weekday():
    got = _dates_of("The Ministry of Industry and Trade announced Circular 14/2026/TT-BCT on electricity prices. "
                    "The circular, signed by Deputy Minister Trương Thanh Hoài on Tuesday, applies to factories.")
    assert ("Circular 14/2026/TT-BCT", "2026-03-31") in got


def test_an_instrument_named_again_and_sent_somewhere_is_not_dated_by_when_it_applies():
    got = _dates_of("The Ministry of Industry and Trade announced Circular 14/2026/TT-BCT on electricity prices. "
                    "The circular, issued to 34 provinces, will apply from May 1.")
    assert not any(s == "Circular 14/2026/TT-BCT" for s, _ in got)


def test_an_instrument_signed_last_weekday_takes_that_weekday_of_the_week_before():
    got = _dates_of("The provincial People's Committee has issued Decision 2456/QĐ-UBND on land prices. "
                    "Chairman Hồ Văn Mười signed the decision last Thursday.", "2026-12-07")
    assert ("Decision 2456/QĐ-UBND", "2026-12-03") in got


def test_a_body_that_issued_a_circular_issued_the_circular_the_next_sentence_names():
    text = ("The State Bank of Vietnam (SBV) has issued a circular capping the interest rates of consumer loans. "
            "Deputy Governor Đào Minh Tú signed Circular 27/2026/TT-NHNN on Wednesday.")
    assert ("State Bank of Vietnam", "issued", "Circular 27/2026/TT-NHNN") in _triples(text, "2026-12-05")
    text = ("The State Bank of Vietnam (SBV) has issued a decree on gold trading. "
            "Deputy Governor Đào Minh Tú signed Circular 27/2026/TT-NHNN on Wednesday.")
    assert ("State Bank of Vietnam", "issued", "Circular 27/2026/TT-NHNN") not in _triples(text, "2026-12-05")


def test_the_day_of_an_instrument_told_in_a_passive_or_fronted_signing():
    got = _dates_of("The Government has issued Decree 320/2026/NĐ-CP on metrology. The decree was signed by Deputy "
                    "Prime Minister Nguyễn Chí Dũng on November 20 and will take effect on January 1, 2027.", "2026-12-05")
    assert ("Decree 320/2026/NĐ-CP", "2026-11-20") in got
    got = _dates_of("The Ministry of Home Affairs has also issued Circular 05/2026/TT-BNV on electronic records. "
                    "Signed by Cường on October 15, the circular sets rules on file formats.", "2026-12-05")
    assert ("Circular 05/2026/TT-BNV", "2026-10-15") in got
    got = _dates_of("The Cần Thơ People's Committee has issued Plan 188/KH-UBND on rice. Under the plan, signed on "
                    "Tuesday by Vice Chairman Nguyễn Thực Hiện, the city will convert 80,000 hectares.", "2026-12-05")
    assert ("Plan 188/KH-UBND", "2026-12-01") in got
    got = _dates_of("The People's Committee has issued Decision 2750/QĐ-UBND on fees. The decision was signed by Vice "
                    "Chairman Trần Hòa Nam and takes effect on January 1, 2026.", "2025-12-05")
    assert not any(s == "Decision 2750/QĐ-UBND" for s, _ in got)
    got = _dates_of("The National Assembly passed the amended Law on Advertising. The law was approved by 438 of the "
                    "452 deputies present and will take effect on July 1, 2027.", "2026-12-05")
    assert not any(o == "2027-07-01" for _, o in got)
    got = _dates_of("The Ministry of Education and Training has issued Circular 29/2026/TT-BGDĐT on AI. The circular was "
                    "signed by Deputy Minister of Education and Training Phạm Ngọc Thưởng on November 27.", "2026-12-05")
    assert ("Circular 29/2026/TT-BGDĐT", "2026-11-27") in got



def test_the_day_an_instrument_named_again_bears():
    text = ("The Government issued Decree 318/2026/NĐ-CP on drones. The decree, dated December 3, details the Law "
            "on Air Defence.")
    assert ("Decree 318/2026/NĐ-CP", "date", "2025-12-03") in _triples(text)


def test_a_day_after_the_kind_with_no_comma_is_not_the_day_it_bears():
    text = ("The Government issued Decree 318/2026/NĐ-CP on drones. Owners of the decree dated December 3 drones "
            "must register.")
    assert ("Decree 318/2026/NĐ-CP", "date", "2025-12-03") not in _triples(text)

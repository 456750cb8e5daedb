"""kg.relations.plural_refs_en: "both treaties", "the two documents" name again the instruments signed."""
from __future__ import annotations

from articlefacts import facts


def test_both_treaties_are_signed_by_each_signer():
    text = ("Việt Nam and Brazil on Wednesday signed a treaty on extradition and a treaty on mutual legal assistance "
            "in criminal matters. Minister Lương Tam Quang and Brazil's Minister of Justice Ricardo Lewandowski put "
            "their names to both treaties at the Itamaraty Palace.")
    got = facts(text, "2026-12-07", "en")
    for who in ("Luong Tam Quang", "Ricardo Lewandowski"):
        assert (who, "signed", "treaty on extradition") in got
        assert (who, "signed", "treaty on mutual legal assistance in criminal matters") in got


def test_the_two_documents_are_the_last_two_instruments():
    text = ("The Ministry of Industry and Trade and the Japanese embassy exchanged a memorandum of understanding on "
            "rice trade and an agreement on halal food. Deputy Minister Phan Thị Thắng and Ambassador Ito Naoki signed "
            "the two documents on Tuesday.")
    got = facts(text, "2026-12-07", "en")
    assert ("Ito Naoki", "signed", "memorandum of understanding on rice trade") in got
    assert ("Phan Thị Thắng", "signed", "agreement on halal food") in got


def test_fewer_instruments_than_the_count_sign_nothing():
    text = ("The Government issued Decree 12/2026/ND-CP in March. Deputy Prime Minister Hồ Đức Phớc signed both "
            "decrees.")
    assert not any(p == "signed" for s, p, o in facts(text, "2026-12-07", "en"))

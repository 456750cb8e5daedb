"""Tests of kg.relations.plurals: People named together by a plural of their title."""
from __future__ import annotations

from articlefacts import facts


def signers(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-04-12", "en") if p == "signed"}


def test_the_two_ministers_named_before_both_sign():
    got = facts("Minister of Industry and Trade Nguyễn Hồng Diên and Singaporean Minister for Trade and Industry "
                "Gan Kim Yong held talks in Hà Nội on Monday. They discussed energy links. Diên said trade had grown. "
                "The two ministers then signed a memorandum of understanding on green energy trade.", "2026-03-12", "en")
    signers = {s for s, p, o in got if p == "signed" and o == "memorandum of understanding on green energy trade"}
    assert len(signers) == 2


def test_two_ministers_named_before_sign_together():
    got = facts("Chiều 4/5, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung và Bộ trưởng Ngoại giao Philippines Theresa "
                "Lazaro hội đàm tại Hà Nội. Sau hội đàm, hai bộ trưởng đã ký Bản ghi nhớ về hợp tác ứng phó sự "
                "cố tràn dầu trên biển.", "2026-05-04")
    memo = "Bản ghi nhớ về hợp tác ứng phó sự cố tràn dầu trên biển"
    assert ("Lê Hoài Trung", "signed", memo) in got and ("Theresa Lazaro", "signed", memo) in got


def test_a_plural_whose_count_does_not_match_refers_to_no_one():
    got = facts("Chiều 4/5, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung thăm Hà Nội. Sau đó, hai bộ trưởng đã ký Bản "
                "ghi nhớ về hợp tác ứng phó sự cố tràn dầu trên biển.", "2026-05-04")
    assert not any(p == "signed" for s, p, o in got)

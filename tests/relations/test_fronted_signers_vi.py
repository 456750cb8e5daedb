"""Tests of kg.relations.fronted_signers_vi: "Ký <document> có ông A …, và ông B …" — both listed people
signed the document, and took part in the signing ceremony the article named before."""
from __future__ import annotations

from articlefacts import facts


def _facts(text: str, published: str = "2027-09-15") -> set[tuple[str, str, str]]:
    return set(facts(text, published, "vi"))


def test_both_signers_listed_after_a_fronted_signing():
    text = ("Sáng 14/9, tại thành phố Huế, UBND thành phố Huế và Tổng công ty Điện lực miền Trung tổ chức Lễ ký kết "
            "Biên bản ghi nhớ về phát triển điện mặt trời mái nhà giai đoạn 2027 - 2030.\n\n"
            "Hai bên sẽ lắp đặt điện mặt trời cho 500 trụ sở cơ quan.\n\n"
            "Ký biên bản ghi nhớ có ông Nguyễn Văn Phương, Chủ tịch UBND thành phố Huế, và ông Ngô Tấn Cư, Tổng Giám "
            "đốc Tổng công ty Điện lực miền Trung.")
    got = _facts(text)
    mou = "Biên bản ghi nhớ về phát triển điện mặt trời mái nhà giai đoạn 2027 - 2030"
    signed = {(s, o) for s, p, o in got if p == "signed"}
    assert ("Nguyễn Văn Phương", mou) in signed and ("Ngô Tấn Cư", mou) in signed
    assert any(s == "Ngô Tấn Cư" and p == "participatedIn" and o.startswith("Lễ ký kết") for s, p, o in got)


def test_a_witness_list_is_not_a_signing():
    text = ("Chiều 14/9, UBND thành phố Huế và Tổng công ty Điện lực miền Trung ký Biên bản ghi nhớ về phát triển điện "
            "mặt trời mái nhà giai đoạn 2027 - 2030. Chứng kiến lễ ký có ông Lê Trường Lưu, Bí thư Thành ủy Huế.")
    assert not any(p == "signed" and s == "Lê Trường Lưu" for s, p, o in _facts(text))

"""signed for the person after "with" in "A signed <instrument> with <title> B" (kg.relations.signing_counterparts_en);
on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def test_the_titled_counterpart_after_with_signed_too():
    got = facts("Minister Nguyễn Văn Hùng met Timor-Leste's Minister of Culture Jorge Soares Cristóvão on Monday. "
                "On the sidelines, Hùng signed a memorandum of understanding on cultural cooperation between Việt Nam "
                "and Timor-Leste for 2027-2029 with Timor-Leste's Minister of Culture Jorge Soares Cristóvão.",
                "2026-11-26", lang="en")
    signers = {s for s, p, _ in got if p == "signed"}
    assert "Jorge Soares Cristóvão" in signers and len(signers) == 2


def test_a_body_after_with_is_no_signer_and_hides_the_person_after_it():
    got = facts("Minister Nguyễn Văn Hùng signed a memorandum of understanding on cultural cooperation with the "
                "Korea Foundation, whose president Kim Ki-hwan attended.", "2026-11-26", lang="en")
    assert {s for s, p, _ in got if p == "signed"} <= {"Nguyễn Văn Hùng", "Nguyen Van Hung"}


def test_a_short_name_after_signed_by_is_a_signer():
    got = facts("Its director, Major General Nguyễn Minh Chính, said the centre would watch 150 agencies. On Wednesday, "
                "the centre and Ensign InfoSecurity signed a memorandum of understanding on sharing threat intelligence "
                "at a ceremony in Hà Nội. The document was signed by Chính and Ensign chief executive Lee Fook Sun.",
                "2026-12-03", lang="en")
    signers = {s for s, p, _ in got if p == "signed"}
    assert {"Nguyễn Minh Chính", "Lee Fook Sun"} <= signers
    # the memorandum signed at the ceremony that day is dated too, not only the ceremony
    assert any(p == "date" and s.startswith("memorandum") and o == "2026-12-02" for s, p, o in got)

"""signed of the person who approves something in an instrument or whose instrument it is (approving_signers_en),
and the signing readers widened with it (signers)."""
from __future__ import annotations

from articlefacts import facts


def _signed(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-12-07", "en") if p == "signed"}


def test_a_person_who_approved_something_in_a_decision_signed_it():
    assert ("Pham Minh Chinh", "Decision 1490/QD-TTg") in _signed(
        "The project, which Prime Minister Phạm Minh Chính approved in Decision 1490/QD-TTg, covers 12 provinces.")
    assert ("Tran Hong Ha", "Decision 88/QD-TTg") in _signed(
        "The province follows the strategy approved by Deputy Prime Minister Trần Hồng Hà in Decision 88/QD-TTg.")


def test_an_instrument_of_a_titled_person():
    assert ("Pham Minh Chinh", "Decision 142/QD-TTg") in _signed(
        "Data protection is a task under Decision 142/QD-TTg of Prime Minister Phạm Minh Chính.")


def test_a_person_near_an_instrument_signed_nothing():
    assert not _signed("Minister Nguyễn Văn Thắng visited the plant and approved the changes in Decision 412/QD-BTC.")
    assert not _signed("The plan, which Deputy Prime Minister Trần Hồng Hà discussed in Hà Nội, follows Decision 88/QD-TTg.")


def test_the_instrument_a_relative_clause_hangs_on_is_the_one_signed():
    got = _signed("The Đà Nẵng People's Committee issued Plan 255/KH-UBND on Monday. The plan, which concretises "
                  "Resolution 68-NQ/TW, was signed on Tuesday by committee Vice Chairman Trần Chí Cường.")
    assert got == {("Trần Chí Cường", "Plan 255/KH-UBND")}


def test_a_second_signer_with_a_lower_case_title():
    got = _signed("The agreement on wind study was signed in Hà Nội on Saturday by Petrovietnam general director Lê Mạnh "
                  "Hùng and Equinor executive vice president Helge Sørensen.")
    assert {("Lê Mạnh Hùng", "agreement on wind study"), ("Helge Sørensen", "agreement on wind study")} <= got


def test_the_deal_on_the_sidelines_refers_back():
    got = _signed("The two ministries signed a memorandum of cooperation on chip training on Thursday. Minister Nguyễn "
                  "Mạnh Hùng and Minister Akazawa Ryosei put pen to the deal on the sidelines of a forum.")
    assert ("Akazawa Ryosei", "memorandum of cooperation on chip training") in got


def test_an_aside_naming_who_approved_the_instrument():
    assert ("Trần Văn Thuấn", "School Eye Health Programme 2027–2030") in _signed(
        "The School Eye Health Programme 2027–2030, approved by Deputy Minister of Health Trần Văn Thuấn, will send eye "
        "doctors to schools.")
    assert not _signed("The School Eye Health Programme 2027–2030, praised by Deputy Minister of Health Trần Văn Thuấn, "
                       "will send eye doctors to schools.")


def test_approving_in_line_with_an_instrument_signs_nothing():
    assert not _signed("Minister Nguyễn Văn Thắng approved the plan in line with Decree 5/2026/ND-CP.")
    assert not _signed("Minister Nguyễn Văn Thắng approved the plan in line with Decision 5/QD-TTg.")

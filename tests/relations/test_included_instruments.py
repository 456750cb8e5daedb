"""Tests of kg.relations.included_instruments:
implements of an instrument named as one of a counted set that carries out another (Vietnamese), and issued
of the members of a set the sentence before says a body passed."""
from __future__ import annotations

from articlefacts import facts


def test_members_of_a_counted_set_implement_what_the_set_carries_out():
    got = facts("Bộ Tài chính đã ban hành 6 thông tư hướng dẫn thi hành Luật Quản lý thuế năm 2019, trong đó có "
                "Thông tư số 80/2021/TT-BTC và Thông tư số 19/2021/TT-BTC.")
    assert ("Thông tư số 80/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") in got
    assert ("Thông tư số 19/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") in got
    got = facts("Bộ Tài chính đã ban hành Luật Quản lý thuế năm 2019, trong đó có Thông tư số 80/2021/TT-BTC.")
    assert ("Thông tư số 80/2021/TT-BTC", "implements", "Luật Quản lý thuế năm 2019") not in got


def test_counted_set_carrying_out_an_instrument_named_again_by_its_kind():
    got = facts("Quốc hội đã thông qua Luật Dữ liệu năm 2030. Chính phủ đã ban hành 4 nghị định hướng dẫn thi hành "
                "Luật, trong đó có Nghị định số 21/2031/NĐ-CP.")
    assert ("Nghị định số 21/2031/NĐ-CP", "implements", "Luật Dữ liệu năm 2030") in got


def test_members_named_after_the_set_a_body_passed_the_sentence_before_are_its():
    got = facts("Chiều 5/12, HĐND tỉnh Nghệ An thông qua 25 nghị quyết quan trọng. Trong đó có Nghị quyết quy định mức hỗ "
                "trợ cho giáo viên mầm non và Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026-2030.",
                "2026-12-06", "vi")
    for name in ("Nghị quyết quy định mức hỗ trợ cho giáo viên mầm non",
                 "Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026-2030"):
        assert ("HĐND tỉnh Nghệ An", "issued", name) in got
        assert (name, "date", "2026-12-05") in got
    got = facts("The National Assembly on Friday passed 15 laws. Among them is the Law on Digital Technology Industry.",
                "2026-12-06", "en")
    assert ("National Assembly", "issued", "Law on Digital Technology Industry") in got
    assert ("Law on Digital Technology Industry", "date", "2026-12-04") in got
    got = facts("The provincial People's Council of Dong Nai adopted 30 resolutions at its session on December 4. They "
                "include Resolution 12/2026/NQ-HDND on support for teachers and Resolution 13/2026/NQ-HDND on public "
                "investment.", "2026-12-06", "en")
    assert {f[2] for f in got if f[1] == "issued"} == {"Resolution 12/2026/NQ-HDND", "Resolution 13/2026/NQ-HDND"}


def test_no_issuer_or_day_the_counted_set_does_not_give():
    # the session, no body, passed them; a day they take effect is not the day they were passed
    got = facts("Kỳ họp thông qua 25 nghị quyết. Trong đó có Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn "
                "2026-2030.", "2026-12-06", "vi")
    assert not any(f[1] == "issued" for f in got)
    got = facts("The National Assembly passed 15 laws, which take effect on January 1, 2027. Among them is the Law on "
                "Digital Technology Industry.", "2026-12-06", "en")
    assert ("National Assembly", "issued", "Law on Digital Technology Industry") in got
    assert not any(f[1] == "date" and f[0] == "Law on Digital Technology Industry" for f in got)
    # without the opening, a law the next sentence names is not one of the set
    got = facts("The National Assembly passed 15 laws on Friday. Experts praised the Law on Digital Technology Industry.",
                "2026-12-06", "en")
    assert not any(f[1] == "issued" for f in got)

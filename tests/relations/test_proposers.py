"""Tests of kg.relations.proposers: Speakers who put a proposal to the one meeting an article reports (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts


def test_proposers_at_the_one_meeting_of_the_article():
    text = ("Ngày 8/2, Bộ Xây dựng tổ chức Hội thảo góp ý dự thảo Luật Nhà ở sửa đổi.\n\n"
            "Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, đề nghị bỏ quy định về thời hạn sở hữu.\n\n"
            "Đại diện Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam kiến nghị giảm thủ tục.")
    got = facts(text, "2027-02-10")
    event = next(o for s, p, o in got if p == "organized")
    assert ("Lê Hoàng Châu", "participatedIn", event) in got
    assert ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "participatedIn", event) in got


def test_no_proposer_when_the_article_names_two_meetings():
    text = ("Ngày 8/2, Bộ Xây dựng tổ chức Hội thảo góp ý dự thảo Luật Nhà ở sửa đổi. Ngày 9/2, Bộ Tài chính tổ "
            "chức Hội nghị tổng kết năm 2026.\n\nÔng Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, đề nghị "
            "bỏ quy định về thời hạn sở hữu.")
    got = facts(text, "2027-02-10")
    assert not any(s == "Lê Hoàng Châu" and p == "participatedIn" for s, p, o in got)

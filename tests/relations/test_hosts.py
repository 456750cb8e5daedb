"""Tests of kg.relations.hosts: Hosts named after the event in a sentence of their own."""
from __future__ import annotations

from articlefacts import facts


FORUM = "Vietnam Diplomatic Forum 2025"


def _organisers(got) -> set[str]:
    return {s for s, p, o in got if p == "organized" and o == FORUM}


def test_a_bracketed_parent_in_a_do_list_of_hosts_is_no_host():
    got = facts("Hội chợ Nông sản an toàn năm 2031 khai mạc ngày 3/5 tại Cần Thơ. Hội chợ do Sở Công Thương thành phố "
                "Cần Thơ phối hợp với Cục Xúc tiến thương mại (Bộ Công Thương) tổ chức.", "2031-05-03")
    ev = "Hội chợ Nông sản an toàn năm 2031"
    assert ("Sở Công Thương thành phố Cần Thơ", "organized", ev) in got
    assert ("Cục Xúc tiến thương mại", "organized", ev) in got
    assert ("Bộ Công Thương", "organized", ev) not in got


def test_a_list_of_co_organisers():
    got = facts("Ngày 3/5, Trường Đại học Cần Thơ tổ chức Hội thảo quốc tế về nông nghiệp thông minh năm 2031. "
                "Đồng tổ chức hội thảo có Viện Nghiên cứu Rau quả và Hội Nông dân Việt Nam.", "2031-05-03")
    ev = "Hội thảo quốc tế về nông nghiệp thông minh năm 2031"
    assert ("Viện Nghiên cứu Rau quả", "organized", ev) in got
    assert ("Hội Nông dân Việt Nam", "organized", ev) in got


def test_lists_of_organisers():
    got = facts("Co-organisers of the Vietnam Diplomatic Forum 2025 included UNDP and the Japan International "
                "Cooperation Agency.", "2025-11-14", lang="en")
    assert _organisers(got) == {"United Nations Development Programme", "Japan International Cooperation Agency"}
    got = facts("The Vietnam Diplomatic Forum 2025 opened on Thursday. The organisers were the Ministry of Foreign "
                "Affairs and UNDP.", "2025-11-14", lang="en")
    assert _organisers(got) == {"Ministry of Foreign Affairs", "United Nations Development Programme"}
    # people among organisers' staff are no list of bodies
    got = facts("The Vietnam Diplomatic Forum 2025 opened on Thursday. The organisers said 600 delegates registered.",
                "2025-11-14", lang="en")
    assert not _organisers(got)


def test_a_bare_event_noun_hosted_by_a_body_that_leads_the_organising():
    text = ("Sáng 9/5, Diễn đàn Doanh nghiệp Việt Nam năm 2031 diễn ra tại Hà Nội. Sự kiện do Bộ Tài chính chủ trì "
            "tổ chức.")
    assert ("Bộ Tài chính", "organized", "Diễn đàn Doanh nghiệp Việt Nam năm 2031") in facts(text, published="2031-05-10")
    text = ("Ngày 20/8, Ngày hội Văn hóa các dân tộc tỉnh Lạng Sơn năm 2031 khai mạc. Sự kiện do Sở Văn hóa, Thể thao và "
            "Du lịch tỉnh Lạng Sơn đứng ra tổ chức.")
    assert ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn", "organized",
            "Ngày hội Văn hóa các dân tộc tỉnh Lạng Sơn năm 2031") in facts(text, published="2031-08-21")


def test_a_body_that_only_leads_the_talk_hosts_nothing():
    text = ("Sáng 9/5, Diễn đàn Doanh nghiệp Việt Nam năm 2031 diễn ra tại Hà Nội. Ông Nguyễn Văn An, Thứ trưởng Bộ "
            "Tài chính, chủ trì phiên thảo luận về thuế.")
    assert ("Bộ Tài chính", "organized", "Diễn đàn Doanh nghiệp Việt Nam năm 2031") not in facts(text, published="2031-05-10")

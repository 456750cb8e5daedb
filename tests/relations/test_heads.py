"""Tests of kg.relations.heads: A role whose body is named nearby, not next to the title."""
from __future__ import annotations

from articlefacts import facts


def test_a_board_chair_elected_with_the_kind_word_of_the_company():
    got = facts("Ngày 18/4, Công ty Cổ phần Gạch men Đồng Tâm Bắc tổ chức Đại hội đồng cổ đông thường niên năm 2027. "
                "Hội đồng quản trị đã bầu ông Võ Hữu Phát giữ chức Chủ tịch Hội đồng quản trị công ty.", "2027-04-18")
    assert ("Võ Hữu Phát", "position", "Chủ tịch Hội đồng quản trị") in got
    assert ("Võ Hữu Phát", "memberOf", "Công ty Cổ phần Gạch men Đồng Tâm Bắc") in got


def test_a_unit_of_the_body_written_as_its_kind_word():
    got = facts("Ngày 5/3, Bệnh viện Đa khoa tỉnh Kon Tum tổ chức Hội nghị khoa học năm 2027. Khoa Nội tiết của bệnh "
                "viện giới thiệu quy trình chăm sóc người bệnh đái tháo đường.", "2027-03-05")
    assert ("Khoa Nội tiết", "subOrganizationOf", "Bệnh viện Đa khoa tỉnh Kon Tum") in got
    # two schools named before: "của trường" names neither
    got = facts("Trường Đại học Vinh và Trường Đại học Huế ký thỏa thuận hợp tác. Phòng thí nghiệm đặt tại Khoa Hóa "
                "học của trường.", "2027-03-05")
    assert not any(p == "subOrganizationOf" and s == "Khoa Hóa học" for s, p, o in got)


def test_bare_minister_opening_a_sentence_belongs_to_the_ministry_the_sentence_before_names():
    from articlefacts import facts
    got = facts("The fair was opened by the Ministry of Industry and Trade in Đà Nẵng. Deputy Minister Lý Quốc Hùng "
                "told exhibitors that exports had risen.", lang="en", published="2026-02-02")
    assert ("Lý Quốc Hùng", "memberOf", "Ministry of Industry and Trade") in got


def test_bare_minister_takes_no_ministry_two_sentences_back_nor_one_a_title_names():
    from articlefacts import facts
    got = facts("The fair was opened by the Ministry of Industry and Trade in Đà Nẵng. Exports rose 12 per cent. "
                "Deputy Minister Lý Quốc Hùng told exhibitors to look for new markets.", lang="en", published="2026-02-02")
    assert not any(s == "Lý Quốc Hùng" and p == "memberOf" for s, p, o in got)
    got = facts("Lý Quốc Hùng met Sato Kenji, Minister of Economy, Trade and Industry of Japan. Deputy Minister "
                "Lý Quốc Hùng said trade would grow.", lang="en", published="2026-02-02")
    assert not any(s == "Lý Quốc Hùng" and p == "memberOf" for s, p, o in got)


def test_a_bare_governor_belongs_to_the_one_state_bank_the_english_article_named():
    text = ("The State Bank of Việt Nam (SBV) on Thursday kept its refinancing rate at 4.5 per cent.\n\n"
            "Governor Nguyễn Thị Hồng said at a meeting in Hà Nội that inflation was under control.")
    got = facts(text, "2025-03-06", lang="en")
    assert ("Nguyen Thi Hong", "position", "Governor") in got  # (the gazetteer's English name)
    assert ("Nguyen Thi Hong", "memberOf", "State Bank of Vietnam") in got


def test_a_foreign_central_bank_before_the_title_keeps_its_governor():
    text = ("The State Bank of Việt Nam (SBV) hosted Thai officials in Hà Nội on Monday.\n\n"
            "Bank of Thailand Governor Sethaput Suthiwartnarueput said rates would stay unchanged.")
    got = facts(text, "2025-03-06", lang="en")
    assert not any(s == "Sethaput Suthiwartnarueput" and p == "memberOf" and o.startswith("State Bank")
                   for s, p, o in got)


def test_a_bare_director_opening_the_sentence_after_a_department():
    got = facts("In HCM City, the Department of Education and Training said nearly 100,000 candidates registered. "
                "Director Nguyễn Văn Hiếu said the city had arranged buses for students.", "2025-06-26", lang="en")
    assert ("Nguyễn Văn Hiếu", "memberOf", "Department of Education and Training") in got


def test_a_bare_chairman_of_the_provincial_peoples_committee_named_in_his_sentence():
    got = facts("The Gia Lai Provincial People's Committee has approved a plan to develop wind power by 2030, Chairman "
                "Phạm Anh Tuấn said on Tuesday.", "2025-10-07", lang="en")
    assert ("Phạm Anh Tuấn", "memberOf", "Gia Lai Provincial People's Committee") in got
    # two such bodies in the sentence: none is his
    got = facts("The Gia Lai Provincial People's Committee and the Bình Định Provincial People's Committee met, Chairman "
                "Phạm Anh Tuấn said on Tuesday.", "2025-10-07", lang="en")
    assert not any(s == "Phạm Anh Tuấn" and p == "memberOf" for s, p, _ in got)

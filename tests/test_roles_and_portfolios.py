"""Roles: English lower-case roles in apposition (kg.relations.former, ``role_heads`` of cues.json), and
ministers named by their portfolio ("Health Minister", "Bộ trưởng Y tế": kg.nlp.lexicon, kept whole by
kg.nlp.recognizers.titles)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_extract import facts  # noqa: E402

from kg.nlp.lexicon import load_lexicon
from kg.textutil import norm_key


def _roles(got, person):
    return {o for s, p, o in got if s == person and p == "position"}, \
        {o for s, p, o in got if s == person and p == "memberOf"}


def test_a_spokeswoman_for_a_ministry():
    got = facts("Le Thi Thu Hang, spokeswoman for the Ministry of Foreign Affairs, said the visit would take "
                "place next month.", "2026-11-20", lang="en")
    assert _roles(got, "Le Thi Thu Hang") == ({"spokeswoman"}, {"Ministry of Foreign Affairs"})


def test_a_chief_executive_officer_and_a_permanent_vice_chairman():
    got = facts("Nguyen Quoc Bao, chief executive officer of Bamboo Airways, said the airline would add "
                "routes. Ho Van Lam, permanent vice chairman of the Binh Dinh People's Committee, welcomed "
                "the plan.", "2026-11-20", lang="en")
    assert _roles(got, "Nguyen Quoc Bao") == ({"chief executive officer"}, {"Bamboo Airways"})
    assert _roles(got, "Ho Van Lam") == ({"permanent vice chairman"}, {"Binh Dinh People's Committee"})


def test_ministers_named_by_their_portfolio():
    got = facts("Health Minister Dao Hong Lan and Deputy Industry and Trade Minister Phan Thi Thang visited the "
                "plant.", "2026-11-20", lang="en")
    assert _roles(got, "Dao Hong Lan")[0] == {"Health Minister"}
    assert _roles(got, "Phan Thi Thang")[0] == {"Deputy Industry and Trade Minister"}
    # "Trade" is part of the title, not a body
    assert not any(o == "Trade" for s, p, o in got)


def test_portfolio_titles_come_from_the_ministries_of_the_gazetteer():
    titles = load_lexicon().titles
    for form in ("Health Minister", "Industry and Trade Minister", "Public Security Minister", "Finance Minister",
                 "Bộ trưởng Y tế", "Thứ trưởng Công Thương", "Bộ trưởng Giáo dục và Đào tạo"):
        assert norm_key(form) in titles, form
    assert norm_key("Ministry Minister") not in titles


def test_a_title_read_whole_is_not_read_again_as_a_lower_case_role():
    got = facts("Ho Chi Minh City Party chief Tran Luu Quang and Vietjet chairwoman Nguyen Thi Phuong Thao "
                "attended the ceremony.", "2026-11-20", lang="en")
    assert _roles(got, "Tran Luu Quang")[0] == {"Party chief"}
    assert _roles(got, "Nguyen Thi Phuong Thao") == ({"chairwoman"}, {"Vietjet"})


def test_vietnamese_ministers_named_by_their_portfolio():
    got = facts("Bộ trưởng Y tế Đào Hồng Lan và Thứ trưởng Công an Lê Quốc Hùng dự lễ khánh thành bệnh viện.",
                "2026-11-20")
    assert _roles(got, "Đào Hồng Lan")[0] == {"Bộ trưởng Y tế"}
    assert _roles(got, "Lê Quốc Hùng")[0] == {"Thứ trưởng Công an"}
    # a ministry named in full keeps the role and the body apart
    got = facts("Bộ trưởng Bộ Y tế Đào Hồng Lan dự lễ khánh thành bệnh viện.", "2026-11-20")
    assert _roles(got, "Đào Hồng Lan") == ({"Bộ trưởng"}, {"Bộ Y tế"})

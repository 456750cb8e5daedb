"""Round ner6: general-news names in ``doc.ents`` (issue 9) — teams as the subject of a result,
bare given names, schools named after a person, org names that stop at verbs, amounts and
glued syllables, local bodies of mass organisations, trade phrases, city districts."""
from __future__ import annotations

import pytest

import kg.nlp
from articlefacts import flat_names as ents
from kg.nlp import patterns as P


@pytest.fixture(scope="module")
def nlp():
    return kg.nlp.load("vi")


@pytest.mark.parametrize("text, expected", [
    # a place that wins or loses a match is its team, subject or beaten side
    ("Thanh Hóa giành chiến thắng 2-0 trước Quảng Nam ở vòng 5.", [("Thanh Hóa", "ORG"), ("Quảng Nam", "ORG")]),
    ("Nhật Bản thắng Úc 3-1 để giành vé dự World Cup.", [("Nhật Bản", "ORG"), ("Úc", "ORG")]),
    ("Lionel Messi ghi hai bàn giúp Argentina đánh bại Peru.",
     [("Lionel Messi", "PER"), ("Argentina", "ORG"), ("Peru", "ORG")]),
])
def test_teams_as_subjects(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Việt Nam vượt qua Thái Lan về xuất khẩu gạo.",  # no match: the countries stay places
    "Mỹ vượt qua Nhật Bản trong cuộc đua xuất khẩu năm nay.",
])
def test_no_team_outside_sport(nlp, text):
    assert all(label == "LOC" for _, label in ents(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Khoa khai nhận đã nhiều lần đe dọa các tiểu thương.", [("Khoa", "PER")]),
    ("Hiền khóc khi nhận tin con gái đỗ đại học.", [("Hiền", "PER")]),
    ("Sau trận, Công Phượng cho biết anh sẽ sang Nhật Bản thi đấu.", [("Công Phượng", "PER"), ("Nhật Bản", "LOC")]),
    ("Minh và Lan gặp nhau lần đầu ở Đà Lạt năm 2010.", [("Minh", "PER"), ("Lan", "PER"), ("Đà Lạt", "LOC")]),
    ("Hai anh em Hùng và Dũng đã cứu một cụ bà khỏi đám cháy.", [("Hùng", "PER"), ("Dũng", "PER")]),
    # a full name's given name at the start of a later sentence
    ("Công an tỉnh Nghệ An đã bắt Lê Văn Khoa. Khoa khai đã bán ma túy.",
     [("Công an tỉnh Nghệ An", "ORG"), ("Lê Văn Khoa", "PER"), ("Khoa", "PER")]),
])
def test_bare_names(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Sabeco thông báo chi 1.500 tỷ đồng trả cổ tức.",  # no person cue
    "Trường học khai giảng sớm.",  # a word, not a name
    "Toàn bộ học sinh đã về nhà.",
])
def test_no_bare_name_without_a_person_cue(nlp, text):
    assert not any(label == "PER" for _, label in ents(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("Trường Cao đẳng Kỹ thuật Cao Thắng ký thỏa thuận.", [("Trường Cao đẳng Kỹ thuật Cao Thắng", "ORG")]),
    # a title before the school: the person after it holds the title
    ("Hiệu trưởng Trường Cao đẳng Y tế Nguyễn Văn An phát biểu.",
     [("Trường Cao đẳng Y tế", "ORG"), ("Nguyễn Văn An", "PER")]),
    # the school is named already
    ("Trường Đại học Y Hà Nội Nguyễn Văn An cho biết.", [("Trường Đại học Y Hà Nội", "ORG"), ("Nguyễn Văn An", "PER")]),
    # a level word ends the school's own words: the name after it is its eponym
    ("Giải nhất thuộc về học sinh Trường THPT Chuyên Lê Khiết ở Quảng Ngãi.",
     [("Trường THPT Chuyên Lê Khiết", "ORG"), ("Quảng Ngãi", "LOC")]),
    ("Hiệu trưởng Trường THPT Chuyên Trần Văn Hòa phát biểu.", [("Trường THPT Chuyên", "ORG"), ("Trần Văn Hòa", "PER")]),
])
def test_eponym_schools(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("text, org", [
    ("Học sinh Trường THCS Trưng Vương đoạt ba huy chương vàng.", "Trường THCS Trưng Vương"),  # glued "Vương đoạt"
    ("Bộ Tư pháp Mỹ khởi kiện Google vì độc quyền quảng cáo.", "Bộ Tư pháp Mỹ"),  # a verb ends the name
    ("Công ty Xổ số kiến thiết Đồng Nai nộp ngân sách hơn 1.000 tỷ đồng.", "Công ty Xổ số kiến thiết Đồng Nai"),
    ("Ủy ban châu Âu phạt Apple 500 triệu euro.", "Apple"),  # an amount, not a unit
    ("Hội Cựu chiến binh xã Phú Xuân quyên góp xây nhà.", "Hội Cựu chiến binh xã Phú Xuân"),
    ("Tổng công ty hàng không Vietjet Air báo lãi.", "Tổng công ty hàng không Vietjet Air"),
    # kept: a capitalised word that begins its own word keeps its syllables
    ("Các bác sĩ Bệnh viện Nhi Trung ương cứu sống bé.", "Bệnh viện Nhi Trung ương"),
])
def test_org_boundaries(nlp, text, org):
    assert (org, "ORG") in ents(nlp, text)


def test_numbered_company_still_closes_on_its_number(nlp):
    text = "Tổng công ty Xây dựng công trình giao thông 4 và Tổng công ty Sông Đà ký kết."
    assert ("Tổng công ty Xây dựng công trình giao thông 4", "ORG") in ents(nlp, text)


def test_districts_are_places(nlp):
    assert ("Hà Đông", "LOC") in ents(nlp, "Bệnh viện tiếp nhận bệnh nhân bỏng nặng từ Hà Đông.")
    assert ents(nlp, "Công an quận Cầu Giấy bắt giữ đối tượng.") == [("Công an quận Cầu Giấy", "ORG")]


def test_data_extends_code_lists():
    assert "khởi kiện" in P.STOP_PHRASES_VI and "tổ chức" in P.STOP_PHRASES_VI
    assert "Hội Cựu chiến binh" in P.LOCAL_BODY_HEADS_VI and "UBND" in P.LOCAL_BODY_HEADS_VI
    # verbs that name events stay out of the stop list ("Lễ khởi công Nhà máy …")
    assert "khởi công" not in P.STOP_PHRASES_VI


@pytest.mark.parametrize("text, expected", [
    ("Sabeco thông báo chi 1.500 tỷ đồng trả cổ tức.", [("Sabeco", "ORG")]),  # an unknown brand before a company verb
    ("Học viện Cảnh sát nhân dân tổ chức lễ tốt nghiệp.", [("Học viện Cảnh sát nhân dân", "ORG")]),  # a tail closes it
])
def test_org_subjects_and_tails(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_no_brand_without_a_company_verb(nlp):
    assert ents(nlp, "Messi thông báo giải nghệ.") == []


def test_two_companies_joined_by_va(nlp):
    text = "Công ty TNHH Hải Long và Công ty cổ phần môi trường xanh Sao Mai bị đình chỉ."
    assert ents(nlp, text) == [("Công ty TNHH Hải Long", "ORG"), ("Công ty cổ phần môi trường xanh Sao Mai", "ORG")]


def test_company_cue_before_a_country_is_no_brand(nlp):
    assert ("Anh", "ORG") not in ents(nlp, "Thủ tướng thăm Ấn Độ cùng một phái đoàn doanh nghiệp Anh.")
    assert ("Nhật Bản", "LOC") in ents(nlp, "Nhiều doanh nghiệp Nhật Bản đầu tư vào Bắc Ninh.")

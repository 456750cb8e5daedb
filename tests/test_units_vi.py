"""Vietnamese bodies: subOrganizationOf from an apposition that names the unit's kind (kg.relations.organizations,
links ``sub_of_links`` of kg/data/relations/cues.json), and a body after "tại" that says where an offence was
(kg.nlp.recognizers.body_venues.offence_site), on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts


def test_a_member_unit_in_apposition_past_its_short_form():
    got = facts("Tổng công ty Điện lực miền Trung (EVNCPC), đơn vị thành viên của Tập đoàn Điện lực Việt Nam, đã "
                "đóng điện trạm biến áp 220 kV.", "2026-09-14")
    assert ("Tổng công ty Điện lực miền Trung", "subOrganizationOf", "Tập đoàn Điện lực Việt Nam") in got


def test_a_public_service_unit_of_a_department():
    got = facts("Trung tâm Y tế huyện Tương Dương, đơn vị sự nghiệp trực thuộc Sở Y tế Nghệ An, đã tiếp nhận hai xe "
                "cứu thương.", "2026-09-14")
    assert ("Trung tâm Y tế huyện Tương Dương", "subOrganizationOf", "Sở Y tế Nghệ An") in got


def test_two_bodies_side_by_side_are_no_unit_and_parent():
    got = facts("Sở Y tế Nghệ An, Sở Tài chính Nghệ An đã thống nhất phương án.", "2026-09-14")
    assert not any(p == "subOrganizationOf" for s, p, o in got)


def test_where_an_offence_was_is_no_venue_of_the_trial():
    got = facts("Ngày 3/12, TAND TP Hà Nội mở phiên tòa xét xử sơ thẩm vụ án vi phạm quy định về đấu thầu tại Bệnh "
                "viện Đa khoa Xanh Pôn.", "2026-12-04")
    assert not any(p == "locatedIn" for s, p, o in got)
    # the hospital stays a body: the "tại" tells where the offence was, nothing is held there
    got = facts("Sáng 5/3, Hội nghị tổng kết năm 2025 của Sở Y tế Hà Nội diễn ra tại Bệnh viện Đa khoa Xanh Pôn.",
                "2026-03-06")
    assert any(p == "locatedIn" and o == "Bệnh viện Đa khoa Xanh Pôn" for s, p, o in got)


def test_a_bare_head_names_the_one_body_so_headed_even_when_its_full_name_goes_on_capitalised():
    got = facts("Chiều 2/12, Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Trị họp khẩn. Ông Lê Văn Bình, Chủ tịch UBND "
                "tỉnh, Trưởng Ban Chỉ huy, chủ trì cuộc họp.", "2026-12-03")
    assert ("Lê Văn Bình", "memberOf", "Ban Chỉ huy Phòng thủ dân sự tỉnh Quảng Trị") in got
    assert not any(o == "Ban Chỉ huy" for s, p, o in got)


def test_a_company_trade_phrase_may_open_capitalised_after_a_legal_form():
    from test_place_heads import _entities

    orgs = _entities("UBND tỉnh giao Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Trị vận hành hồ Ái Tử.",
                     "Organization")
    assert "Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Trị" in orgs
    # a verb after the capitalised name is no trade word: the company ends at its name
    orgs = _entities("Công ty CP Masan cho biết Bộ Công Thương đã đồng ý.", "Organization")
    assert "Công ty CP Masan" in orgs and not any("cho biết" in o for o in orgs)


def test_a_body_far_into_a_clause_after_a_speech_opening_is_no_speaker():
    got = facts("Chiều 2/12, UBND tỉnh Quảng Trị tổ chức cuộc họp khẩn ứng phó với bão. Phát biểu kết luận, Chủ tịch "
                "UBND tỉnh yêu cầu các địa phương thực hiện nghiêm Công điện số 18/CĐ-TTg của Thủ tướng Chính phủ.",
                "2026-12-03")
    assert not any(s == "Thủ tướng Chính phủ" and p == "participatedIn" for s, p, o in got)


def test_a_held_event_named_through_a_verb_used_as_a_noun():
    got = facts("Ngày 29/11, UBND tỉnh Quảng Trị tổ chức Hội nghị xúc tiến đầu tư tại TP Đông Hà.", "2026-12-01")
    assert ("UBND tỉnh Quảng Trị", "organized", "Hội nghị xúc tiến đầu tư") in got
    # "đầu tư tại" ends the event's own name here, not an investment in the place
    assert ("Hội nghị xúc tiến đầu tư", "locatedIn", "TP Đông Hà") in got
    got = facts("Hội thảo khoa học quốc gia về di sản văn hóa diễn ra tại Trường Đại học Vinh.", "2026-12-01")
    assert any(s == "Hội thảo khoa học quốc gia về di sản văn hóa" and p == "locatedIn" for s, p, o in got)

"""Tests of kg.nlp.recognizers.body_venues: A body named where something is held is the venue (Vietnamese)."""
from __future__ import annotations

from articlefacts import facts, resolved_entities


def test_a_body_named_after_tai_where_a_meeting_is_held_is_its_venue():
    got = facts("Sáng 5/3, tại trụ sở UBND tỉnh Tuyên Quang, Sở Tài chính tổ chức Hội nghị đối thoại doanh nghiệp "
                "năm 2027.", "2027-03-10")
    assert ("Hội nghị đối thoại doanh nghiệp năm 2027", "locatedIn", "trụ sở UBND tỉnh Tuyên Quang") in got
    got = facts("Ngày 6/3, Bộ Y tế tổ chức Hội thảo quốc gia về ghép tạng tại Bệnh viện Trung ương Huế.", "2027-03-10")
    assert ("Hội thảo quốc gia về ghép tạng", "locatedIn", "Bệnh viện Trung ương Huế") in got


def test_the_seat_of_a_body_where_a_leader_receives_guests_is_a_place():
    # a reception or a working session is something held there too; the reception itself is no event
    got = resolved_entities("Chiều 12/5, tại trụ sở UBND tỉnh Hưng Yên, ông Trần Văn Nam, Chủ tịch UBND tỉnh Hưng "
                            "Yên, tiếp đoàn doanh nghiệp của tỉnh Gyeonggi, Hàn Quốc.", published="2027-05-13")
    assert ("trụ sở UBND tỉnh Hưng Yên", "Place") in got
    assert not any(t == "Event" for _, t in got)


def test_a_body_after_o_right_after_what_is_held_is_its_venue():
    got = facts("Sáng 4/2, Hội Mỹ thuật Việt Nam khai mạc Triển lãm mỹ thuật “Sắc xuân” ở Bảo tàng Mỹ thuật Việt Nam.",
                "2030-02-05")
    assert ("Triển lãm mỹ thuật “Sắc xuân”", "locatedIn", "Bảo tàng Mỹ thuật Việt Nam") in got
    got = facts("Ngày 9/6, Sở Y tế tỉnh Nghệ An tổ chức Hội nghị tập huấn phòng chống sốt xuất huyết năm 2030 ở Trung tâm "
                "Kiểm soát bệnh tật tỉnh Nghệ An.", "2030-06-10")
    assert ("Hội nghị tập huấn phòng chống sốt xuất huyết năm 2030", "locatedIn",
            "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An") in got
    # "ở" where someone works, the hospital a body who speaks at the event
    got = resolved_entities("Ngày 9/6, bác sĩ Lê Văn An ở Bệnh viện Đa khoa tỉnh Nghệ An trình bày tham luận tại Hội thảo "
                            "Tim mạch năm 2030.", published="2030-06-10")
    assert ("Bệnh viện Đa khoa tỉnh Nghệ An", "Place") not in got


def test_a_health_station_and_the_district_after_it_place_what_is_held_there():
    """"… tại Trạm Y tế xã A, huyện B": the commune's health station is the venue, and the district after the comma
    places the event too (as the tune golds place events held in a body's building)."""
    got = facts("Sáng 9/4, Hội Chữ thập đỏ tỉnh tổ chức Ngày hội hiến máu tình nguyện năm 2031 tại Trạm Y tế xã Tân Phú, "
                "huyện Đồng Phú.", "2031-04-10")
    assert ("Ngày hội hiến máu tình nguyện năm 2031", "locatedIn", "Trạm Y tế xã Tân Phú") in got
    assert ("Ngày hội hiến máu tình nguyện năm 2031", "locatedIn", "Đồng Phú") in got
    got = facts("Sáng 2/6, Trung tâm Y tế huyện tổ chức chiến dịch tiêm vắc xin sởi năm 2031 tại Trạm Y tế phường An Khê, "
                "quận Thanh Khê.", "2031-06-03")
    assert ("chiến dịch tiêm vắc xin sởi năm 2031", "locatedIn", "Thanh Khê") in got

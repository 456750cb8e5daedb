"""kg/nlp/recognizers/listed_fields_vi.py and kg/data/gazetteer/topic_fields_vi.json: the fields a Vietnamese
event discussed, listed after "thảo luận về" / "tập trung vào", whether or not the topic lexicon knows them."""
from __future__ import annotations

from kg.nlp.recognizers.field_topics import field_span

from articlefacts import facts, resolved_entities


def _about(got: set) -> set[str]:
    return {o for _, p, o in got if p == "about"}


def test_fields_the_delegates_discussed_after_the_event():
    got = facts("Sáng 3/6, Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An tổ chức Hội thảo về phát triển du lịch "
                "cộng đồng năm 2027.\n\nCác đại biểu đã thảo luận về bảo tồn nhà sàn, ẩm thực bản địa và "
                "homestay cho khách quốc tế.", "2027-06-03")
    assert {"ẩm thực bản địa"} <= _about(got)


def test_fields_the_meeting_focused_on():
    got = facts("Ngày 3/6, Sở Y tế tỉnh Gia Lai tổ chức Hội nghị tập huấn công tác dược năm 2027.\n\n"
                "Hội nghị cũng thảo luận về đấu thầu thuốc và cung ứng vắc xin ở tuyến xã.", "2027-06-03")
    assert {"đấu thầu thuốc", "cung ứng vắc xin"} <= _about(got)


def test_the_list_ends_with_another_clause():
    got = facts("Ngày 3/6, Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức Hội thảo khoa học năm 2027.\n\n"
                "Các đại biểu đã trao đổi về khảo cổ học biển, cũng như cách giữ chân người giỏi ở lại làm việc.",
                "2027-06-03")
    about = _about(got)
    assert "khảo cổ học biển" in about
    assert not any("giữ chân" in o for o in about)


def test_a_discussion_with_no_event_names_no_topic():
    names = {n for n, t in resolved_entities("Nông dân trong xã thường trao đổi về giá phân bón và thời tiết.",
                                             published="2027-06-03") if t == "Topic"}
    assert "giá phân bón" not in names


def test_a_domain_field_named_by_a_conference():
    # kg/data/gazetteer/topic_fields_vi.json: fields of the health and water domains
    got = facts("Ngày 3/6, Sở Y tế tỉnh Sóc Trăng tổ chức Hội nghị về phòng, chống ngộ độc thực phẩm và phát triển "
                "dược liệu năm 2027.", "2027-06-03")
    assert {"ngộ độc thực phẩm", "dược liệu"} <= _about(got)


def test_a_known_field_narrowed_by_a_modifier():
    # "du lịch" is known; "du lịch xanh" listed is the narrower field (narrowing_modifiers)
    got = facts("Ngày 3/6, Sở Du lịch tỉnh Lâm Đồng tổ chức Hội thảo phát triển sản phẩm mới năm 2027.\n\n"
                "Các đại biểu đã thảo luận về du lịch xanh và ẩm thực bản địa.", "2027-06-03")
    assert "du lịch xanh" in _about(got)


def test_a_count_is_no_field():
    got = facts("Ngày 3/6, UBND tỉnh Lâm Đồng tổ chức Hội nghị chuyển đổi số năm 2027.\n\n"
                "Hội nghị tập trung vào ba nhiệm vụ trọng tâm.", "2027-06-03")
    assert not any("nhiệm vụ" in o for o in _about(got))


def test_a_field_the_headline_and_a_forum_name_share():
    # kg.nlp.recognizers.field_topics.headline_field_candidates: the subject of "Diễn đàn về …" the headline names
    text = ("Cao Bằng thúc đẩy kinh tế cửa khẩu\n\nNgày 3/6, UBND tỉnh Cao Bằng tổ chức Diễn đàn về kinh tế cửa khẩu "
            "năm 2027.")
    assert "kinh tế cửa khẩu" in _about(facts(text, "2027-06-03"))


def test_a_forum_subject_the_headline_does_not_name_is_left_out():
    text = ("Cao Bằng đón nhiều nhà đầu tư\n\nNgày 3/6, UBND tỉnh Cao Bằng tổ chức Diễn đàn về kinh tế cửa khẩu "
            "năm 2027.")
    assert "kinh tế cửa khẩu" not in _about(facts(text, "2027-06-03"))


def test_population_and_marine_fields_of_the_lexicon():
    # kg/data/gazetteer/topic_fields_vi.json: fields of population policy and marine science (social_and_health,
    # agriculture_and_environment)
    got = facts("Ngày 12/9, Bộ Y tế tổ chức Hội thảo về kế hoạch hóa gia đình và mất cân bằng giới tính khi sinh "
                "tại Hà Nội. Cùng ngày, Viện Nghiên cứu Hải sản tổ chức Hội nghị về quy hoạch không gian biển.",
                "2027-09-12")
    abouts = {(s.split()[0], o) for s, p, o in got if p == "about"}
    assert {("Hội", "kế hoạch hóa gia đình"), ("Hội", "mất cân bằng giới tính khi sinh"),
            ("Hội", "quy hoạch không gian biển")} <= abouts


def test_a_subject_field_named_in_passing_is_no_topic():
    names = {n for n, t in resolved_entities("Nhiều hộ dân ven biển sống nhờ nguồn lợi thủy sản và nghề tái chế phế liệu.",
                                             published="2027-06-03") if t == "Topic"}
    assert not names & {"nguồn lợi thủy sản", "tái chế"}


def test_social_media_named_in_passing_is_no_topic():
    # kg/data/gazetteer/topics.json: "mạng xã hội" is a subject-only field in Vietnamese copy too ("vi_kind")
    text = ("Công an tỉnh Hà Giang triệt phá đường dây lừa đảo qua mạng xã hội.\n\n"
            "Ngày 3/6, các đối tượng dùng mạng xã hội để dụ dỗ nạn nhân chuyển tiền.")
    assert "mạng xã hội" not in {n for n, t in resolved_entities(text, published="2027-06-03") if t == "Topic"}
    got = facts("Ngày 3/6, Bộ Công an tổ chức Hội thảo về quản lý mạng xã hội năm 2027.", "2027-06-03")
    assert "mạng xã hội" in _about(got)


def test_attracting_people_is_an_act_not_a_field():
    got = facts("Ngày 5/6, Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức Hội thảo khoa học năm 2027.\n\n"
                "Hội thảo tập trung vào thu hút kỹ sư trẻ và khảo cổ học biển.", "2027-06-05")
    about = _about(got)
    assert not any(t.startswith("thu hút kỹ sư") for t in about)
    assert "khảo cổ học biển" in about



def _field(clause: str) -> str | None:
    span = field_span(clause, len("về "))
    return clause[span[0]:span[1]] if span else None


def test_a_field_holding_a_compound_with_a_stop_word_is_whole():
    # vi55: "ở" of "nhà ở", "bằng" of "mặt bằng", "từ" of "chứng từ" close no field
    assert _field("về phân bổ nhà ở công vụ và cải tạo khu tập thể cũ") == "phân bổ nhà ở công vụ"
    assert _field("về giải phóng mặt bằng cho dự án") == "giải phóng mặt bằng"
    assert _field("về chứng từ điện tử cho doanh nghiệp") == "chứng từ điện tử"
    # (a compound no longer cut short may run past the longest field: none rather than "… hàng")
    assert _field("về đào tạo phi công hàng không dân dụng, cũng như …") is None


def test_a_place_word_after_a_plain_noun_still_closes_the_field():
    assert _field("về đấu thầu thuốc ở tuyến xã") == "đấu thầu thuốc"
    got = facts("Ngày 3/6, Sở Xây dựng tỉnh Bắc Giang tổ chức Hội nghị tập huấn năm 2030.\n\n"
                "Các đại biểu đã thảo luận về phân bổ nhà ở công vụ và cải tạo khu tập thể cũ.", "2030-06-03")
    assert "phân bổ nhà ở công vụ" in _about(got) and "phân bổ nhà" not in _about(got)


def test_a_time_or_a_purpose_closes_a_field():
    # vi55: "thời kỳ", "quý", "hướng tới", "sang" … end the field (field_topics_vi.json 'stop'); not inside "quý hiếm"
    assert _field("về giáo dục nghề nghiệp thời kỳ mới") == "giáo dục nghề nghiệp"
    assert _field("về nuôi trồng thủy sản quý III") == "nuôi trồng thủy sản"
    assert _field("về xuất khẩu nông sản sang thị trường châu Âu") == "xuất khẩu nông sản"
    assert _field("về quản trị rủi ro thiên tai hướng tới phát triển bền vững") == "quản trị rủi ro thiên tai"
    assert _field("về nhân giống cây thuốc quý hiếm.") == "nhân giống cây thuốc quý hiếm"

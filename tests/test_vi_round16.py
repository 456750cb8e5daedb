"""Vietnamese topics and ``about`` (round vi16), on sentences written for these tests: policy fields the topic
lexicon lacked (kg/data/gazetteer/topics.json), the body whose meeting it is standing between a meeting's head
and its subject ("phiên họp Chính phủ chuyên đề về …"), and a steering board "liên ngành về <field> tỉnh …"
named in lower case past its bridge word."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article
from test_extract import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def _entities(text: str, published: str = "2031-05-10") -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang="vi"), doc))
    return {(e.name, e.type) for e in res.entities.values()}


def test_new_policy_fields_are_the_subject_of_a_named_instrument():
    got = facts("Ngày 4/5, Ủy ban nhân dân tỉnh Yên Bái ban hành Kế hoạch số 88/KH-UBND về đào tạo nghề cho lao động "
                "nông thôn năm 2031.", "2031-05-05")
    assert "đào tạo nghề" in _about(got, "Kế hoạch số 88/KH-UBND")
    got = facts("Sáng 9/5, Sở Y tế tỉnh Kon Tum tổ chức Hội thảo về khám, chữa bệnh từ xa cho vùng sâu, vùng xa.",
                "2031-05-10")
    assert "khám bệnh, chữa bệnh từ xa" in _about(got, "Hội thảo")


def test_a_broad_field_named_in_passing_is_no_topic_of_the_article():
    ents = _entities("Ông Lò Văn Tùng, Chủ tịch UBND huyện Mường La, cho biết người cao tuổi trong huyện đã được "
                     "khám sức khỏe định kỳ.")
    assert ("người cao tuổi", "Topic") not in ents


def test_a_vietnamese_only_field_is_not_looked_for_in_english_copy():
    got = facts("HÀ NỘI — The health ministry held a workshop on telemedicine for mountain provinces on Monday.",
                "2031-05-12", lang="en")
    assert not any(o == "telemedicine" for s, p, o in got if p == "about")
    got = facts("Sáng 9/5, Bộ Y tế tổ chức Hội thảo về khám, chữa bệnh từ xa cho các tỉnh miền núi.", "2031-05-10")
    assert "khám bệnh, chữa bệnh từ xa" in _about(got, "Hội thảo")



def test_the_body_whose_meeting_it_is_stands_between_the_head_and_the_subject():
    got = facts("Chiều 2/6, Thủ tướng Chính phủ Trần Quang Huy chủ trì phiên họp Chính phủ chuyên đề về xây dựng "
                "pháp luật tháng 6.", "2031-06-03")
    assert "xây dựng pháp luật" in _about(got, "phiên họp")


def test_a_body_after_the_head_that_is_not_followed_by_a_purpose_gives_no_subject():
    got = facts("Chiều 2/6, đại diện Bộ Tài chính dự phiên họp Chính phủ tại Hà Nội, trong đó bàn về chuyển đổi số.",
                "2031-06-03")
    assert not _about(got, "phiên họp")


def test_a_steering_board_named_in_lower_case_past_its_bridge_word():
    text = "Sáng 20/4, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Nam tổ chức lễ phát động tại thành phố Phủ Lý."
    got = facts(text, "2031-04-21")
    assert ("Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Hà Nam", "about", "an toàn thực phẩm") in got
    # a capitalised name past the bridge is still the body-name grammar's: the name does not run into lower case
    ents = _entities("Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm họp ngày 3/4.")
    assert not any(n.startswith("Ban Chỉ đạo liên ngành về") for n, _ in ents)


def test_a_resolution_on_a_list_of_fields_closed_by_its_period_runs_over_the_commas():
    ents = _entities("Sáng 6/5, HĐND tỉnh Gia Lai thông qua Nghị quyết về phát triển công nghiệp chế biến, dịch vụ "
                     "logistics và thương mại điện tử tỉnh Gia Lai đến năm 2035.")
    name = "Nghị quyết về phát triển công nghiệp chế biến, dịch vụ logistics và thương mại điện tử tỉnh Gia Lai đến năm 2035"
    assert (name, "Policy") in ents
    # no period closing it, or a verb inside: the name ends at the first comma, as before
    ents = _entities("Nghị quyết về phát triển kinh tế tư nhân, hộ kinh doanh được ban hành năm 2031.")
    assert ("Nghị quyết về phát triển kinh tế tư nhân", "Policy") in ents
    ents = _entities("HĐND tỉnh thông qua Nghị quyết về dự toán ngân sách năm 2031, phân bổ ngân sách cấp tỉnh.")
    assert ("Nghị quyết về dự toán ngân sách năm 2031", "Policy") in ents


def test_a_meeting_held_to_further_or_review_a_field_is_about_it():
    got = facts("Sáng 14/6, Sở Công Thương thành phố Đà Nẵng tổ chức Diễn đàn Cảng biển năm 2031 nhằm thúc đẩy phát "
                "triển logistics xanh và thu hút đầu tư vào cảng biển.", "2031-06-15")
    assert {"logistics xanh", "thu hút đầu tư"} <= _about(got, "Diễn đàn Cảng biển")
    got = facts("Chiều 6/10, Ban Chỉ đạo tỉnh Hà Nam tổ chức phiên họp thường kỳ quý III năm 2031 để đánh giá tiến độ "
                "xây dựng chính quyền số.", "2031-10-07")
    assert "chính quyền số" in _about(got, "phiên họp thường kỳ")


def test_a_field_past_a_comma_of_the_purpose_clause_is_not_the_meetings_subject():
    got = facts("Ngày 7/10, Hội Nông dân tỉnh Hà Nam tổ chức Hội thi nhà nông năm 2031 nhằm nâng cao đời sống nông "
                "dân, góp phần xây dựng nông thôn mới.", "2031-10-08")
    assert not _about(got, "Hội thi nhà nông")


def test_a_hearing_on_a_draft_law_is_about_the_laws_field():
    got = facts("Chiều 4/5, Ủy ban Kinh tế của Quốc hội tổ chức phiên giải trình về dự thảo Luật Thương mại điện tử.",
                "2031-05-05")
    assert "thương mại điện tử" in _about(got, "phiên giải trình")
    # a law the meeting's participants only mention is not what it was held on
    got = facts("Chiều 4/5, Ủy ban Kinh tế của Quốc hội tổ chức phiên giải trình với các bộ, ngành. Tại phiên giải "
                "trình, đại biểu Lê Văn Hòa nhắc đến Luật Thương mại điện tử.", "2031-05-05")
    assert "thương mại điện tử" not in _about(got, "phiên giải trình")


def test_a_workshop_named_by_its_subject_up_to_the_verb_of_taking_place():
    text = "Hội thảo quốc tế về trí tuệ nhân tạo trong nông nghiệp diễn ra sáng 20/5 tại Trường Đại học Cần Thơ."
    ents = _entities(text, "2031-05-21")
    assert ("Hội thảo quốc tế về trí tuệ nhân tạo trong nông nghiệp", "Event") in ents
    assert "trí tuệ nhân tạo" in _about(facts(text, "2031-05-21"), "Hội thảo quốc tế")
    # an adverb before the verb is no subject: the bare head stays a reference
    ents = _entities("Hội nghị cũng diễn ra sáng 20/5 tại Hà Giang.", "2031-05-21")
    assert not any(n.startswith("Hội nghị cũng") for n, _ in ents)


def test_a_thematic_resolution_is_named_by_its_subject():
    got = facts("Ngày 3/6, HĐND tỉnh Bình Phước ban hành Nghị quyết chuyên đề về phát triển nông nghiệp hữu cơ.",
                "2031-06-04")
    assert ("HĐND tỉnh Bình Phước", "issued", "Nghị quyết chuyên đề về phát triển nông nghiệp hữu cơ") in got
    assert "nông nghiệp hữu cơ" in _about(got, "Nghị quyết chuyên đề")


def test_an_investment_forum_keeps_its_name_past_dau_tu():
    got = facts("Sáng 10/6, tại Hà Nội, Bộ Tài chính tổ chức Diễn đàn Đầu tư Việt Nam 2031 với chủ đề \"Chuyển đổi xanh "
                "- Động lực tăng trưởng mới\".", "2031-06-11")
    assert ("Bộ Tài chính", "organized", "Diễn đàn Đầu tư Việt Nam 2031") in got
    assert "chuyển đổi xanh" in _about(got, "Diễn đàn Đầu tư")
    # "đầu" of "đầu năm" still ends a name
    ents = _entities("Hội nghị đầu năm của Sở Tài chính tỉnh Bắc Kạn diễn ra sáng 5/1.", "2031-01-06")
    assert not any(n.startswith("Hội nghị đầu năm của") for n, _ in ents)


def test_a_head_capitalised_mid_sentence_names_the_event_by_its_subject():
    got = facts("Sáng 19/6, tại Trung tâm Hội nghị quốc tế, Phó Thủ tướng Hồ Văn Lâm chủ trì Hội nghị toàn quốc về "
                "phát triển công nghiệp hỗ trợ.", "2031-06-20")
    name = "Hội nghị toàn quốc về phát triển công nghiệp hỗ trợ"
    assert ("Hồ Văn Lâm", "participatedIn", name) in got
    assert (name, "about", "công nghiệp hỗ trợ") in got
    # at the start of a sentence a capital says nothing: "Hội nghị về …" stays as the recogniser read it before
    ents = _entities("Hội nghị về việc này sẽ được bàn sau.", "2031-06-20")
    assert not any(n.startswith("Hội nghị về") for n, _ in ents)


def test_a_body_named_for_the_delta_keeps_its_name_and_its_seat():
    got = facts("Viện Nghiên cứu Thủy sản Đồng bằng sông Cửu Long, đóng tại huyện Châu Thành, vừa công bố giống tôm mới.",
                "2031-07-01")
    assert ("Viện Nghiên cứu Thủy sản Đồng bằng sông Cửu Long", "locatedIn", "Châu Thành") in got \
        or ("Viện Nghiên cứu Thủy sản Đồng bằng sông Cửu Long", "locatedIn", "huyện Châu Thành") in got


def test_an_event_name_still_ends_before_the_delta_it_is_held_for():
    ents = _entities("Sáng 17/3, Bộ Nông nghiệp và Môi trường tổ chức Hội nghị triển khai phương án phòng, chống sạt lở "
                     "bờ sông vùng Đồng bằng sông Cửu Long năm 2031.", "2031-03-18")
    assert any(t == "Place" and "Đồng bằng sông Cửu Long" in n for n, t in ents)


def test_a_steering_board_on_corruption_keeps_its_standing_field_list():
    got = facts("Chiều 2/4, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Thái Bình tổ chức hội nghị tại Trung tâm "
                "Hội nghị tỉnh.", "2031-04-03")
    name = "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Thái Bình"
    assert (name, "about", "phòng, chống tham nhũng") in got
    assert any(s == name and p == "organized" for s, p, o in got)


def test_a_body_that_lies_in_a_place_is_located_there():
    got = facts("Bệnh viện Đa khoa tỉnh Lai Châu nằm tại phường Đông Phong, cách trung tâm tỉnh 3 km.", "2031-08-12")
    assert any(s == "Bệnh viện Đa khoa tỉnh Lai Châu" and p == "locatedIn" and "Đông Phong" in o for s, p, o in got)


def test_a_resolution_on_a_strategy_is_on_the_strategys_field():
    got = facts("Năm 2031, Bộ Chính trị ban hành Nghị quyết số 09-NQ/TW về Chiến lược phát triển công nghiệp văn hóa Việt "
                "Nam đến năm 2045.", "2031-08-12")
    assert "công nghiệp văn hóa" in _about(got, "Nghị quyết số 09-NQ/TW")
    # an instrument further on in the sentence is not what the first one is about
    got = facts("Bộ Chính trị ban hành Nghị quyết số 09-NQ/TW về công tác cán bộ, sau đó Chính phủ ban hành Chiến lược "
                "phát triển công nghiệp văn hóa đến năm 2045.", "2031-08-12")
    assert "công nghiệp văn hóa" not in _about(got, "Nghị quyết số 09-NQ/TW")

"""Tests of kg.nlp.recognizers.held_event_names: where a plain-words event name ends after its organising verb."""
from __future__ import annotations

from kg.nlp.recognizers.held_event_names import held_to_boundary

from articlefacts import facts


def _name(text: str, head: str, first_words: str) -> str:
    start = text.index(head)
    end = held_to_boundary(text, start, start + len(head) + 1 + len(first_words))
    return text[start:end] if end else ""


def test_the_name_runs_to_a_boundary_after_the_organising_verb():
    text = "Sáng 3/4, UBND tỉnh tổ chức lễ thả cá giống tái tạo nguồn lợi thủy sản tại cảng cá."
    assert _name(text, "lễ", "thả") == "lễ thả cá giống tái tạo nguồn lợi thủy sản"


def test_a_quoted_name_inside_counts_as_one_word():
    text = "Sáng 8/12, Thành đoàn tổ chức lễ ra quân chiến dịch \"Mùa hè xanh vì cộng đồng bền vững\" năm 2026 tại Hà Nội."
    assert _name(text, "lễ", "ra quân chiến dịch") == 'lễ ra quân chiến dịch "Mùa hè xanh vì cộng đồng bền vững" năm 2026'


def test_no_organising_verb_names_nothing():
    assert _name("Sáng 3/4, người dân tham gia lễ thả cá giống tại cảng cá.", "lễ", "thả") == ""


def test_an_online_conference_is_named_with_its_subject():
    from kg.nlp.recognizers.stages import analyze_text
    text = "Sáng 5/12, Thủ tướng chủ trì Hội nghị trực tuyến về phòng chống thiên tai."
    ents = {(text[e.start:e.end], e.label) for e in analyze_text(text, "vi").ents}
    assert ("Hội nghị trực tuyến về phòng chống thiên tai", "EVENT") in ents


def test_a_held_name_runs_over_whom_or_what_it_is_for():
    """"tổ chức tọa đàm chuyển đổi số trong doanh nghiệp nhỏ và vừa | tại …": the joiners ("trong", "cho") and a "và"
    after them stay in a plain-words name held up to a boundary."""
    from articlefacts import resolved_entities

    for text, name in (
            ("Ngày 12/3, Sở Khoa học và Công nghệ tỉnh Bắc Ninh tổ chức tọa đàm chuyển đổi số trong doanh nghiệp nhỏ và "
             "vừa tại phường Kinh Bắc.", "tọa đàm chuyển đổi số trong doanh nghiệp nhỏ và vừa"),
            ("Ngày 12/3, Sở Tư pháp tỉnh Bắc Ninh tổ chức hội nghị phổ biến pháp luật cho doanh nghiệp tại phường Kinh "
             "Bắc.", "hội nghị phổ biến pháp luật cho doanh nghiệp")):
        assert (name, "Event") in resolved_entities(text, published="2031-12-31")


def test_a_joiner_that_opens_a_frame_a_size_or_prose_ends_nothing_into_a_name():
    from articlefacts import resolved_entities

    for text in ("Sáng 5/5, Sở Giáo dục tỉnh Phú Thọ tổ chức hội thảo trong khuôn khổ Tuần lễ Học tập suốt đời năm 2031.",
                 "Sáng 5/5, UBND tỉnh Phú Thọ tổ chức hội nghị với hơn 300 đại biểu tham dự.",
                 "Sáng 5/5, Sở Y tế tỉnh Phú Thọ tổ chức hội nghị trong hai ngày tại phường Việt Trì."):
        events = {n for n, t in resolved_entities(text, published="2031-12-31") if t == "Event"}
        assert not any(n.startswith(("hội thảo trong", "hội nghị với", "hội nghị trong")) for n in events)


def test_a_held_name_runs_over_its_subject_and_a_time_after_to_the_boundary():
    from articlefacts import resolved_entities

    text = ("Ngày 20/11, Ủy ban An toàn giao thông Quốc gia sẽ tổ chức Hội thảo quốc gia về cấp cứu và chăm sóc nạn "
            "nhân sau tai nạn giao thông tại Hà Nội.")
    events = {n for n, t in resolved_entities(text, "vi", "2030-11-18") if t == "Event"}
    assert "Hội thảo quốc gia về cấp cứu và chăm sóc nạn nhân sau tai nạn giao thông" in events
    # a joiner before a plural is prose, not what the event is for
    text = "Sáng 9/9, Hội Phụ nữ tỉnh tổ chức lễ thả rùa biển cho các em học sinh xem tại bãi biển Cửa Lò."
    assert not any("học sinh" in n for n, t in resolved_entities(text, "vi", "2030-09-10") if t == "Event")


# vi55: a boundary word that is half of a compound with its neighbour ("nhà ở", "hàng không") ends no name there

def test_a_compound_with_a_place_word_runs_on_to_the_boundary():
    text = "Sáng 20/10, Ngân hàng Nhà nước tổ chức Hội thảo về tín dụng cho nhà ở xã hội tại Hà Nội."
    assert _name(text, "Hội thảo", "về tín dụng") == "Hội thảo về tín dụng cho nhà ở xã hội"
    text = "Chiều 3/4, Sở Xây dựng tổ chức hội nghị tập huấn quản lý nhà ở chung cư cho cán bộ phường ở Quy Nhơn."
    assert _name(text, "hội nghị", "tập huấn quản lý") == "hội nghị tập huấn quản lý nhà ở chung cư cho cán bộ phường"


def test_a_place_word_after_a_plain_noun_still_ends_the_name():
    text = "Sáng 3/4, UBND huyện tổ chức lễ bàn giao nhà tình nghĩa cho hộ nghèo ở xã Tân Lập."
    assert _name(text, "lễ", "bàn giao") == "lễ bàn giao nhà tình nghĩa cho hộ nghèo"
    text = "Sáng 3/4, UBND huyện tổ chức hội nghị tập huấn nghiệp vụ cho cán bộ ở xã Tân Lập."
    assert _name(text, "hội nghị", "tập huấn") == "hội nghị tập huấn nghiệp vụ cho cán bộ"


def test_a_meeting_on_housing_credit_is_about_its_fields():
    got = facts("Sáng 17/6, Hiệp hội Bất động sản Việt Nam tổ chức Hội thảo về tín dụng cho nhà ở xã hội và nhà ở "
                "cho công nhân năm 2030.", "2030-06-18")
    name = "Hội thảo về tín dụng cho nhà ở xã hội và nhà ở cho công nhân năm 2030"
    assert (name, "about", "nhà ở xã hội") in got
    assert ("Hiệp hội Bất động sản Việt Nam", "organized", name) in got
    got = facts("Ngày 5/3, Sở Xây dựng tỉnh Long An tổ chức Hội nghị về phát triển nhà ở cho người thu nhập thấp tại "
                "Tân An.", "2030-03-06")
    assert ("Sở Xây dựng tỉnh Long An", "organized", "Hội nghị về phát triển nhà ở cho người thu nhập thấp") in got


def _events(text: str) -> set[str]:
    return {o for s, p, o in facts(text, "2032-05-10") if p == "organized"}


def test_a_quoted_title_closes_a_lower_case_held_name():
    got = _events("Cũng tại hội chợ, Hội Nông dân tỉnh Cà Mau tổ chức hội thi “Nhà nông đua tài” cho 12 đội.")
    assert "hội thi “Nhà nông đua tài”" in got
    got = _events("Sáng 3/6, Thư viện tỉnh Nam Định tổ chức cuộc thi “Đại sứ văn hóa đọc” với hơn 200 học sinh.")
    assert "cuộc thi “Đại sứ văn hóa đọc”" in got


def test_a_lower_case_tournament_held_and_dated_is_an_event():
    got = _events("Sáng 12/5, Huyện đoàn Tân Châu tổ chức khai mạc giải bóng đá thiếu niên nhi đồng huyện Tân Châu "
                  "năm 2032 tại sân vận động huyện.")
    assert "giải bóng đá thiếu niên nhi đồng huyện Tân Châu năm 2032" in got
    # neither dated nor numbered: prose about the kind
    assert not _events("Huyện đoàn Tân Châu tổ chức giải bóng đá phong trào cho thanh niên.")


def test_a_night_show_held_with_its_title_and_the_troupe_in_it():
    got = facts("Tối 15/11, tại Quảng trường Hồ Nước Ngọt, Ban tổ chức đã tổ chức đêm nghệ thuật “Sắc màu văn hóa Khmer” "
                "với sự tham gia của Đoàn Nghệ thuật Khmer Ánh Bình Minh.", "2030-11-16")
    assert ("Đoàn Nghệ thuật Khmer Ánh Bình Minh", "participatedIn", "đêm nghệ thuật “Sắc màu văn hóa Khmer”") in got
    assert ("đêm nghệ thuật “Sắc màu văn hóa Khmer”", "locatedIn", "Quảng trường Hồ Nước Ngọt") in got

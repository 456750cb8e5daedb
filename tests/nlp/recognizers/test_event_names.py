"""Long Vietnamese event names in lower case end where the name ends (kg/nlp/recognizers/event_names.py)."""
from __future__ import annotations

import pytest

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.event_names import ceremony_candidates, finish_event_names
from articlefacts import facts


def test_giving_ceremony_runs_over_commas_to_the_recipient():
    text = ("Sáng 5/9, UBND tỉnh Bình Định tổ chức Lễ trao Giấy chứng nhận đăng ký đầu tư, Giấy phép xây dựng "
            "nhà máy điện gió Phù Mỹ cho Công ty cổ phần Năng lượng Xanh.")
    got = [text[c.start:c.end] for c in ceremony_candidates(text)]
    assert got == ["Lễ trao Giấy chứng nhận đăng ký đầu tư, Giấy phép xây dựng nhà máy điện gió Phù Mỹ"]


def test_giving_ceremony_without_a_recipient_is_left_to_the_recogniser():
    text = "Lễ trao giải diễn ra tại Hà Nội. Công ty cho biết sẽ tiếp tục."
    assert ceremony_candidates(text) == []


def test_name_stopping_on_va_continues_through_a_paired_verb():
    text = "Tại Hội nghị tổng kết năm học 2024-2025 và triển khai nhiệm vụ năm học mới của Sở, ông A phát biểu."
    start = text.index("Hội nghị")
    cut = Candidate(start, text.index(" triển khai"), "EVENT", PRIORITY["event-head"], "event-head")
    (done,) = finish_event_names(text, [cut])
    assert text[done.start:done.end] == "Hội nghị tổng kết năm học 2024-2025 và triển khai nhiệm vụ năm học mới"


def test_dangling_va_is_dropped():
    text = "Hội nghị tổng kết năm 2024 và các đại biểu đã thống nhất."
    cut = Candidate(0, text.index(" các"), "EVENT", PRIORITY["event-head"], "event-head")
    (done,) = finish_event_names(text, [cut])
    assert text[done.start:done.end] == "Hội nghị tổng kết năm 2024"


def test_ceremony_event_gets_its_organiser_and_date():
    got = facts("Sáng 5/9/2025, UBND tỉnh Bình Định tổ chức Lễ trao Giấy chứng nhận đăng ký đầu tư dự án nhà máy "
                "điện gió Phù Mỹ cho Công ty cổ phần Năng lượng Xanh.", "2025-09-06")
    ev = "Lễ trao Giấy chứng nhận đăng ký đầu tư dự án nhà máy điện gió Phù Mỹ"
    assert ("UBND tỉnh Bình Định", "organized", ev) in got
    assert (ev, "date", "2025-09-05") in got


@pytest.mark.parametrize("second", ["Hội nghị quy tụ 250 doanh nghiệp.", "Hội nghị khép lại lúc 16h30 cùng ngày."])
def test_a_count_or_time_after_a_sentence_initial_head_is_no_edition_so_the_head_refers_back(second):
    import kg.nlp
    from kg.article import Article
    from kg.extract import extract
    from kg.resolve import resolve_article
    text = ("Sáng 5/3, Sở Công Thương tổ chức Hội nghị kết nối cung cầu năm 2025. "
            + second)
    art = Article(id="a", text=text, published="2025-03-05", lang="vi", title="t")
    ents = resolve_article(extract(art, kg.nlp.annotate(kg.nlp.load("vi"), text, "2025-03-05"))).entities
    events = [e for e in ents.values() if e.type == "Event"]
    assert [e.name for e in events] == ["Hội nghị kết nối cung cầu năm 2025"]
    assert "Hội nghị" in events[0].labels["vi"]


def test_an_edition_keeps_its_year():
    from kg.nlp.lexicon import load_lexicon
    from kg.nlp.recognizers.events import event_name_vi

    name, _ = event_name_vi(" khai mạc Lễ hội Hoa Ban lần thứ IX năm 2026 với chủ đề", load_lexicon())
    assert name.strip() == "khai mạc Lễ hội Hoa Ban lần thứ IX năm 2026"


def test_an_award_ceremony_with_no_recipient_and_its_venue():
    from articlefacts import facts

    got = facts("Tối 18/5, tại Nhà hát Lớn Hà Nội, Bộ Khoa học và Công nghệ tổ chức Lễ trao Giải thưởng Khoa học và "
                "Công nghệ Việt Nam năm 2026 nhân Ngày Khoa học và Công nghệ Việt Nam.", "2026-05-19")
    event = "Lễ trao Giải thưởng Khoa học và Công nghệ Việt Nam năm 2026"
    assert ("Bộ Khoa học và Công nghệ", "organized", event) in got
    assert (event, "date", "2026-05-18") in got
    assert not any(p == "organized" and s.startswith("Nhà hát") for s, p, o in got)


def test_a_prize_ceremony_named_after_its_prize_and_edition():
    got = facts("Tối 20/6, Hội Nhà báo Việt Nam tổ chức Lễ trao Giải báo chí quốc gia lần thứ XIX tại Hà Nội.", "2027-06-21")
    assert ("Hội Nhà báo Việt Nam", "organized", "Lễ trao Giải báo chí quốc gia lần thứ XIX") in got
    got = facts("Sáng 9/1, Hội Nhà văn Hà Nội tổ chức Lễ trao Giải thưởng văn học năm 2027 cho 12 tác giả.", "2027-01-09")
    assert ("Hội Nhà văn Hà Nội", "organized", "Lễ trao Giải thưởng văn học năm 2027") in got


def test_a_review_meetings_name_goes_on_with_the_year_it_plans_for():
    from articlefacts import resolved_entities
    got = resolved_entities("Ngày 9/1, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2026, triển khai "
                            "nhiệm vụ năm 2027.", "vi")
    assert ("Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027", "Event") in got
    plain = resolved_entities("Ngày 9/1, Sở Tư pháp tỉnh Nam Định tổ chức Hội nghị tổng kết công tác năm 2026, triển "
                              "khai các văn bản mới.", "vi")
    assert ("Hội nghị tổng kết công tác năm 2026", "Event") in plain


def test_receiving_ceremony_runs_over_la_into_the_heritage_listing():
    text = ("Tối 18/3, UBND thành phố Hội An tổ chức Lễ đón nhận Bằng công nhận Nghề làm gốm Thanh Hà là di sản văn "
            "hóa phi vật thể quốc gia.")
    got = [text[c.start:c.end] for c in ceremony_candidates(text)]
    assert got == ["Lễ đón nhận Bằng công nhận Nghề làm gốm Thanh Hà là di sản văn hóa phi vật thể quốc gia"]


def test_receiving_ceremony_without_a_listing_is_left_to_the_recogniser():
    text = ("Tối 14/11, UBND tỉnh Lạng Sơn tổ chức Lễ đón nhận danh hiệu Công viên địa chất toàn cầu UNESCO Lạng Sơn "
            "và khai mạc Tuần Văn hóa - Du lịch Lạng Sơn năm 2026.")
    assert ceremony_candidates(text) == []


def test_a_set_phrase_with_a_function_word_stays_in_the_name():
    from kg.nlp.recognizers.event_names import bound_phrases_joined

    assert bound_phrases_joined("phân loại rác tại nguồn năm 2028") == "phân loại rác tại_nguồn năm 2028"
    assert bound_phrases_joined("khai mạc tại Nhà hát Lớn") == "khai mạc tại Nhà hát Lớn"
    got = facts("Sáng 1/6, UBND tỉnh Quảng Nam tổ chức Lễ ra quân triển khai phân loại chất thải rắn sinh hoạt tại nguồn "
                "năm 2028.", "2028-06-02")
    name = "Lễ ra quân triển khai phân loại chất thải rắn sinh hoạt tại nguồn năm 2028"
    assert ("UBND tỉnh Quảng Nam", "organized", name) in got and (name, "date", "2028-06-01") in got
    # a place after "tại" still ends the name
    got = facts("Sáng 1/6, UBND tỉnh Quảng Nam tổ chức Lễ ra quân năm 2028 tại Tam Kỳ.", "2028-06-02")
    assert not any(s.endswith("Tam Kỳ") for s, p, o in got if p == "date")


def test_a_quoted_title_after_a_genre_word_names_the_event():
    got = facts("Tối 12/6, Cục Điện ảnh khai mạc Liên hoan phim “Hành trình xanh” tại Nhà hát Lớn Hà Nội.", "2030-06-13")
    assert ("Cục Điện ảnh", "organized", "Liên hoan phim “Hành trình xanh”") in got
    got = facts("Cùng ngày, Sở Văn hóa tỉnh Hà Tĩnh khai mạc Triển lãm ảnh “Biển đảo quê hương” tại Bảo tàng tỉnh Hà Tĩnh.",
                "2030-08-31")
    assert ("Triển lãm ảnh “Biển đảo quê hương”", "locatedIn", "Bảo tàng tỉnh Hà Tĩnh") in got


def test_a_title_case_name_lists_its_fields_over_commas_to_its_edition():
    from articlefacts import resolved_entities

    for text, name in (
            ("Tuần lễ Văn hóa, Du lịch Cà Mau năm 2031 sẽ khai mạc vào tối 20/4 tại Quảng trường Văn hóa Cà Mau.",
             "Tuần lễ Văn hóa, Du lịch Cà Mau năm 2031"),
            ("Sáng 2/9, UBND tỉnh Lạng Sơn tổ chức Ngày hội Văn hóa, Thể thao và Du lịch các dân tộc tỉnh Lạng Sơn lần thứ "
             "III tại phường Đông Kinh.", "Ngày hội Văn hóa, Thể thao và Du lịch các dân tộc tỉnh Lạng Sơn lần thứ III")):
        assert (name, "Event") in resolved_entities(text, published="2031-12-31")


def test_a_person_apposed_after_the_comma_is_no_field_of_the_name():
    from articlefacts import resolved_entities

    text = "Ngày 5/5, Sở Văn hóa tổ chức Hội thi Văn nghệ, Bà Nguyễn Thị Lan năm 2031."
    assert not any(n.startswith("Hội thi Văn nghệ,") for n, t in resolved_entities(text, published="2031-12-31"))


def test_joiners_with_a_content_word_are_one_word_of_the_name():
    from kg.nlp.recognizers.event_names import bound_phrases_joined

    assert bound_phrases_joined("tưởng niệm các nạn nhân tử vong do tai nạn giao thông") == \
        "tưởng niệm các_nạn nhân tử vong do_tai nạn giao thông"
    assert bound_phrases_joined("uống vitamin A cho trẻ từ 6 đến 36 tháng tuổi") == "uống vitamin A cho_trẻ từ_6_đến_36_tháng_tuổi"
    assert bound_phrases_joined("kết nối doanh nghiệp với các nhà đầu tư") == "kết nối doanh nghiệp với_các_nhà đầu tư"
    # a joiner before a time, an agent or a figure stays a stop: "trong năm", "do các bộ", "sau khi"
    assert bound_phrases_joined("thu hút khách trong năm") == "thu hút khách trong năm"
    assert bound_phrases_joined("diễn ra do các bộ") == "diễn ra do các_bộ"
    assert bound_phrases_joined("hoàn thành sau khi") == "hoàn thành sau khi"


def _vi_events(text: str, published: str = "2030-12-01") -> set[str]:
    from articlefacts import resolved_entities

    return {n for n, t in resolved_entities(text, "vi", published) if t == "Event"}


@pytest.mark.parametrize("text, name", [
    ("Tối 27/7, Thành đoàn Đà Nẵng tổ chức Lễ thắp nến tri ân các anh hùng liệt sĩ năm 2030 tại nghĩa trang thành phố.",
     "Lễ thắp nến tri ân các anh hùng liệt sĩ năm 2030"),
    ("Ngày 10/5, Bộ Y tế phát động Chiến dịch uống vitamin A cho trẻ dưới 5 tuổi năm 2030 tại Hà Giang.",
     "Chiến dịch uống vitamin A cho trẻ dưới 5 tuổi năm 2030"),
    ("Sáng 2/9, UBND huyện Mèo Vạc tổ chức Hội nghị biểu dương các điển hình tiên tiến trong phong trào thi đua năm 2030.",
     "Hội nghị biểu dương các điển hình tiên tiến trong phong trào thi đua năm 2030"),
    ("Chiều 14/3, Hội Nông dân tỉnh Lạng Sơn tổ chức Hội thảo nâng cao giá trị nông sản do nông dân sản xuất năm 2030.",
     "Hội thảo nâng cao giá trị nông sản do nông dân sản xuất năm 2030"),
])
def test_a_name_closed_by_its_year_runs_over_joiners_with_a_content_word(text, name):
    assert name in _vi_events(text)


def test_a_joiner_before_an_agent_still_ends_the_name():
    # "do các chuyên gia …": who presents it, no part of the workshop's name
    assert not any("chuyên gia" in n for n in _vi_events("Hội thảo do các chuyên gia của Viện trình bày năm 2030."))

"""Tests of kg.nlp.recognizers.events: Events."""
from __future__ import annotations

from functools import partial

import pytest

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article

from articlefacts import facts, graph_triples, kg_spans, resolved_entities, span_pairs


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


_spans = partial(kg_spans, published="2025-11-20")


def entities(text: str, published: str = "2024-05-03") -> set[tuple[str, str]]:
    """(type, name) of the entities kg finds in one English article."""
    return {(t, n) for n, t in resolved_entities(text, "en", published)}


def _triples(text: str, published: str = "2025-12-04") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _spans_20251204(text: str, label: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in list(doc.spans["kg"]) + list(doc.spans.get("nested", [])) if sp.label_ == label]


def _triples_20260206(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _spans_20251210(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _entities(text: str, published: str = "2025-12-22") -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, published)
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published=published), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def _events(text: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2032-05-02")
    return {e.text for e in doc.spans["kg"] if e.label_ == "EVENT"}


def _kg(nlp, text):
    return span_pairs(nlp, text, "2026-05-04")


def _entities_20270310(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _entities_20310510(text: str, published: str = "2031-05-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def test_a_programme_held_abroad_is_an_event_named_with_its_place_and_year():
    got = facts("Ngày 17/3, Sở Du lịch tỉnh Khánh Hòa tổ chức Chương trình xúc tiến du lịch Khánh Hòa tại Ấn Độ năm "
                "2027.", "2027-03-18")
    assert ("Sở Du lịch tỉnh Khánh Hòa", "organized", "Chương trình xúc tiến du lịch Khánh Hòa tại Ấn Độ năm 2027") in got


def test_workshop_subject_goes_on_with_the_way_it_is_taken():
    got = facts("Sáng 14/1, Sở Y tế tỉnh Bình Định tổ chức Hội thảo về quản lý chất thải y tế theo hướng kinh tế tuần "
                "hoàn.", "2027-01-15")
    assert "kinh tế tuần hoàn" in _about(got, "Hội thảo về quản lý chất thải y tế theo hướng kinh tế tuần hoàn")


def test_exercise_ends_an_event_name():
    got = _spans("Coast guards of four countries joined the Mekong Search and Rescue Exercise 2025 in Cần Thơ.")
    assert ("EVENT", "Mekong Search and Rescue Exercise 2025") in got


def test_a_challenge_with_a_year_is_an_event_not_the_university_in_its_name():
    got = entities("The Mekong University Drone Challenge 2024 took place in Cần Thơ on Monday.")
    assert ("Event", "Mekong University Drone Challenge 2024") in got
    assert ("Organization", "Mekong University Drone Challenge 2024") not in got


def test_a_short_form_in_brackets_does_not_push_the_venue_away():
    got = _triples("The Vietnam International Aquaculture Exhibition 2026 (Vietaqua 2026) opened on Wednesday at the "
                   "Saigon Exhibition and Convention Centre in Hồ Chí Minh City.")
    located = {o for s, p, o in got if p == "locatedIn" and s.startswith("Vietnam International Aquaculture")}
    assert "Saigon Exhibition and Convention Centre" in located


def test_earlier_in_the_day_dates_a_happening_by_the_lead():
    text = ("ĐÀ NẴNG, Dec 5 — The Đà Nẵng Tourism Authority on Friday granted licences to five hotel chains. "
            "Earlier in the day, the authority held a conference in Đà Nẵng for Japanese tour operators.")
    assert any(p == "locatedIn" and o in ("Đà Nẵng", "Da Nang") for s, p, o in _triples(text, "2025-12-05"))
    # without the lead's date, the same words name no happening
    text = "The authority held a conference in Đà Nẵng for Japanese tour operators."
    assert not any(p == "locatedIn" for s, p, o in _triples(text, "2025-12-05"))


def test_lower_case_programmes_and_regulations_are_policies():
    assert "national action programme on green transport for 2026-2030" in _spans_20251204(
        "The ministry adopted the national action programme on green transport for 2026-2030.", "POLICY")
    assert "national technical regulation on drinking water quality" in _spans_20251204(
        "The ministry is drafting a national technical regulation on drinking water quality.", "POLICY")
    assert "agreement on wildlife protection" in _spans_20251204(
        "The two provinces signed an agreement on wildlife protection last week.", "POLICY")


def test_the_press_conference_named_again_is_the_one_before():
    text = ("Tax officials spoke at a press conference in Huế on Thursday. The press conference was organised by "
            "the Ministry of Finance.")
    assert ("Ministry of Finance", "organized", "press conference") in _triples_20260206(text)


def test_a_press_conference_held_to_launch_an_award_is_no_event_of_its_own():
    text = ("The Ministry of Finance held a press conference to launch the Green Budget Awards 2026 in Huế on "
            "Thursday. Speaking at the press conference, Deputy Minister Lê Văn An praised the awards.")
    triples = _triples_20260206(text)
    assert ("Ministry of Finance", "organized", "Green Budget Awards 2026") in triples
    assert not any("press conference" in (s, o) for s, p, o in triples)


def test_talks_without_place_or_day_are_no_event():
    assert ("EVENT", "talks") not in _spans_20251210("The two firms have held talks for months about a merger.")


def test_press_conference_after_a_ceremony_is_an_event():
    text = ("ĐÀ NẴNG — The city held a groundbreaking ceremony for a new container port on Saturday. "
            "At a press conference after the ceremony, Deputy Minister of Construction Lê Văn An said the port "
            "would open in 2028.")
    assert ("EVENT", "press conference") in _spans_20251210(text, "2025-12-14")
    assert ("Lê Văn An", "participatedIn", "press conference") in graph_triples(text, "en", "2025-12-14")


def test_a_trial_run_is_no_trial():
    text = "The authority will oversee the trial run of the new terminal, due in June."
    assert not any(label == "EVENT" for label, _ in _spans_20251210(text))


def test_a_company_named_after_its_describing_noun():
    spans = _spans_20251210("Investors included the Japanese firm Marubeni and the state-owned company Petrolimex, "
                   "which signed memorandums with the province.")
    assert ("ORG", "Marubeni") in spans
    assert ("ORG", "Petrolimex") in spans


def test_air_before_a_common_word_is_no_airline():
    assert not any(label == "ORG" for label, _ in _spans_20251210("The Air Quality Index rose sharply on Monday."))


def test_capitals_of_central_asia_are_places():
    spans = _spans_20251210("The delegation flew from Almaty to Bishkek after a stop in Dushanbe.")
    for city in ("Almaty", "Bishkek", "Dushanbe"):
        assert ("LOC", city) in spans


def test_talks_during_a_named_meeting_are_that_meeting():
    text = ("SINGAPORE — Minister Lê Văn An held talks with his Singaporean counterpart in Singapore on Monday, "
            "during the 5th Vietnam-Singapore Connectivity Ministers' Meeting.")
    assert ("EVENT", "talks") not in _spans_20251210(text, "2025-12-10")


def test_a_committee_keeps_the_field_it_is_named_for():
    spans = _spans_20251210("Delegates met the National Assembly's Committee on Legal Affairs on Monday.")
    assert any(label == "ORG" and text.endswith("Committee on Legal Affairs") for label, text in spans)


def test_a_ceremony_to_launch_a_facility_in_a_place():
    text = ("HẢI PHÒNG — Deputy Prime Minister Lê Văn An on Friday met port operators in Hải Phòng. "
            "After the meeting, An attended a ceremony to launch a new container terminal in Đình Vũ ward.")
    assert ("ceremony", "locatedIn", "Đình Vũ ward") in graph_triples(text, "en", "2025-12-19")


def test_a_press_conference_at_a_headquarters_after_a_dated_lead():
    text = ("ĐÀ NẴNG — The Đà Nẵng City Police said on Tuesday they had seized 40 kg of heroin. "
            "The ring used fishing boats, Colonel Lê Văn An said at a press conference at the city police "
            "headquarters.")
    assert ("EVENT", "press conference") in _spans_20251210(text, "2025-12-10")


def test_a_showcase_is_an_event():
    spans = _spans_20251210("Vietrade will bring 40 firms to the Singapore International Food Showcase next month.")
    assert ("EVENT", "Singapore International Food Showcase") in spans


def test_an_event_name_with_and_between_its_words():
    spans = _spans_20251210("Vietnam will host the 2031 Asian Beach and Water Sports Games, officials said. "
                   "VCCI and Vietnam Business Forum staff met on Monday.")
    assert ("EVENT", "2031 Asian Beach and Water Sports Games") in spans
    assert ("EVENT", "Vietnam Business Forum") in spans


def test_welcome_and_handover_ceremonies_are_events():
    spans = _spans_20251222("An official welcome ceremony for the Lao leader took place at the Presidential Palace on "
                   "Monday. The handover ceremony followed on Tuesday.")
    assert ("EVENT", "official welcome ceremony") in spans
    assert ("EVENT", "handover ceremony") in spans


def test_business_dialogue_named_by_its_countries():
    spans = _spans_20251222("The Prime Minister attended a Việt Nam–Philippines business dialogue in Manila on Tuesday.")
    assert ("EVENT", "Việt Nam–Philippines business dialogue") in spans


def test_a_welcome_ceremony_with_no_time_is_no_event_of_its_own():
    ents = _entities("The President chaired the official welcome ceremony and a state banquet in honour of the guest.")
    assert not any(kind == "Event" for kind, _ in ents)
    ents = _entities("An official welcome ceremony for the guest took place at the Presidential Palace on Monday.")
    assert ("Event", "official welcome ceremony") in ents


def test_the_tournament_refers_to_the_named_championship():
    got = facts("The 2024 National Badminton Championship opened at Hàng Đẫy Stadium in Hà Nội on Tuesday. "
                "The tournament is organised by the Việt Nam Badminton Federation and runs until May 9.",
                "2024-05-03", "en")
    assert ("Việt Nam Badminton Federation", "organized", "2024 National Badminton Championship") in got


def test_the_race_noun_refers_only_to_an_event_of_its_kind():
    got = facts("The Vietnam Economic Forum 2024 opened in Huế on Monday. "
                "The tournament is organised by the Việt Nam Chess Federation.", "2024-05-03", "en")
    assert not any(p == "organized" and o == "Vietnam Economic Forum 2024" for s, p, o in got)


def test_prize_money_is_no_event():
    got = entities("Prize money has been raised to VND500 million this year. The prize money comes from sponsors.")
    assert not any(t == "Event" for t, n in got)


def test_an_open_is_a_contest_but_an_open_university_is_not():
    got = entities("Trần Văn An won the Đà Nẵng Open in June. His sister studied at Hanoi Open University.")
    assert ("Event", "Đà Nẵng Open") in got
    assert not any(t == "Event" and "University" in n for t, n in got)


def test_a_body_that_approves_is_no_event_and_a_lower_case_chairman():
    got = facts("The firm lent money to relatives of chairman Dang Van Tuan without the approval of the general "
                "meeting of shareholders on Thursday.", lang="en")
    assert ("Dang Van Tuan", "position", "chairman") in got
    assert not any("general meeting" in s for s, p, _ in got)


def test_a_festival_named_in_english_is_an_event_not_a_person():
    text = "Tối 2/5, Ủy ban nhân dân tỉnh Khánh Hòa khai mạc Festival Biển Nha Trang lần thứ XII năm 2032."
    assert "Festival Biển Nha Trang lần thứ XII năm 2032" in _events(text)
    assert ("Ủy ban nhân dân tỉnh Khánh Hòa", "organized", "Festival Biển Nha Trang lần thứ XII năm 2032") \
        in facts(text, "2032-05-02")


def test_a_bare_year_after_a_name_closes_the_event():
    assert _events("Hội chợ Nông sản Sơn La 2032 thu hút hơn 300 gian hàng.") == {"Hội chợ Nông sản Sơn La 2032"}
    assert "Hội nghị tổng kết giai đoạn 2026 - 2030" in _events(
        "Sáng 3/5 diễn ra Hội nghị tổng kết giai đoạn 2026 - 2030 tại Hà Nội.")


def test_who_a_meeting_elects_is_no_part_of_its_name():
    text = "Đại hội bầu bổ sung ông Lưu Văn Thịnh, Giám đốc Công ty TNHH Dệt may Hưng Yên, làm thành viên Hội đồng quản trị."
    assert not any("Thịnh" in e for e in _events(text))
    got = facts(text, "2032-05-02")
    assert ("Lưu Văn Thịnh", "position", "Giám đốc") in got


def test_an_event_name_runs_through_a_preposition_to_its_field(nlp):
    got = _kg(nlp, "Ngày 26/11, Sở tổ chức Hội thảo chuyển đổi xe buýt sang năng lượng xanh.")
    assert ("Hội thảo chuyển đổi xe buýt sang năng lượng xanh", "EVENT") in got


def test_a_preposition_before_prose_still_ends_the_event_name(nlp):
    got = _kg(nlp, "Ngày 26/11, Sở tổ chức Hội thảo chuyển đổi xe buýt sang năm sau mới xong.")
    assert not any(t.startswith("Hội thảo") and "sang" in t for t, _ in got)


def test_a_policy_named_with_its_year_and_an_exam_as_an_event(nlp):
    got = _kg(nlp, "Bộ công bố phương án Kỳ thi tốt nghiệp trung học phổ thông năm 2027. Hội nghị thống nhất "
                   "ban hành Nghị quyết về nhiệm vụ năm 2027, trong đó tập trung phát triển du lịch.")
    assert ("Kỳ thi tốt nghiệp trung học phổ thông năm 2027", "EVENT") in got
    assert ("Nghị quyết về nhiệm vụ năm 2027", "POLICY") in got


def test_a_ceremony_named_in_plain_words_after_its_organising_verb(nlp):
    got = _kg(nlp, "Sáng 15/1, Ban Quản lý Vườn quốc gia Côn Đảo tổ chức lễ thả rùa biển tại bãi Đầm Trầu.")
    assert ("lễ thả rùa biển", "EVENT") in got and ("bãi Đầm Trầu", "LOC") in got


def test_a_plain_ceremony_name_ends_before_where_the_goods_go(nlp):
    got = _kg(nlp, "Sáng 3/12, Công ty Vina T&T tổ chức lễ xuất khẩu lô chanh leo đầu tiên sang thị trường Úc.")
    assert ("lễ xuất khẩu lô chanh leo đầu tiên", "EVENT") in got


def test_an_anniversary_is_named_with_what_was_founded(nlp):
    got = _kg(nlp, "Chiều 3/12, Lễ kỷ niệm 60 năm thành lập ngành Kiểm sát được tổ chức tại Hà Nội.")
    assert ("Lễ kỷ niệm 60 năm thành lập ngành Kiểm sát", "EVENT") in got


def test_a_meeting_named_by_its_subject_after_ve():
    got = facts("Sáng 5/1, Bộ Y tế tổ chức Hội nghị về phát triển y tế cơ sở.", "2027-01-10")
    assert ("Bộ Y tế", "organized", "Hội nghị về phát triển y tế cơ sở") in got
    # "về việc …" opens no name
    assert not any(n.startswith("Hội nghị về") for n, t in _entities_20270310("Sáng 5/1, Bộ trưởng dự Hội nghị về việc "
                                                                       "sắp xếp bộ máy.") if t == "Event")


def test_a_dialogue_goes_on_with_its_partner():
    got = facts("Chiều 20/5, Sở Nội vụ tỉnh Tây Ninh tổ chức Hội nghị đối thoại về chính sách tiền lương với người lao "
                "động tại Khu công nghiệp Phước Đông.", "2027-05-21")
    name = "Hội nghị đối thoại về chính sách tiền lương với người lao động"
    assert ("Sở Nội vụ tỉnh Tây Ninh", "organized", name) in got
    assert (name, "locatedIn", "Khu công nghiệp Phước Đông") in got


def test_event_name_goes_on_through_giua_and_its_parties():
    got = facts("Chiều 4/9, Sở Công Thương tỉnh Lạng Sơn tổ chức Hội nghị kết nối cung cầu giữa doanh nghiệp "
                "Việt Nam và Trung Quốc tại Trung tâm Hội nghị tỉnh Lạng Sơn.", "2030-09-05")
    ev = "Hội nghị kết nối cung cầu giữa doanh nghiệp Việt Nam và Trung Quốc"
    assert ("Sở Công Thương tỉnh Lạng Sơn", "organized", ev) in got
    assert (ev, "locatedIn", "Trung tâm Hội nghị tỉnh Lạng Sơn") in got


def test_a_workshop_named_by_its_subject_up_to_the_verb_of_taking_place():
    text = "Hội thảo quốc tế về trí tuệ nhân tạo trong nông nghiệp diễn ra sáng 20/5 tại Trường Đại học Cần Thơ."
    ents = _entities_20310510(text, "2031-05-21")
    assert ("Hội thảo quốc tế về trí tuệ nhân tạo trong nông nghiệp", "Event") in ents
    assert "trí tuệ nhân tạo" in _about(facts(text, "2031-05-21"), "Hội thảo quốc tế")
    # an adverb before the verb is no subject: the bare head stays a reference
    ents = _entities_20310510("Hội nghị cũng diễn ra sáng 20/5 tại Hà Giang.", "2031-05-21")
    assert not any(n.startswith("Hội nghị cũng") for n, _ in ents)


def test_a_head_capitalised_mid_sentence_names_the_event_by_its_subject():
    got = facts("Sáng 19/6, tại Trung tâm Hội nghị quốc tế, Phó Thủ tướng Hồ Văn Lâm chủ trì Hội nghị toàn quốc về "
                "phát triển công nghiệp hỗ trợ.", "2031-06-20")
    name = "Hội nghị toàn quốc về phát triển công nghiệp hỗ trợ"
    assert ("Hồ Văn Lâm", "participatedIn", name) in got
    assert (name, "about", "công nghiệp hỗ trợ") in got
    # at the start of a sentence a capital says nothing: "Hội nghị về …" stays as the recogniser read it before
    ents = _entities_20310510("Hội nghị về việc này sẽ được bàn sau.", "2031-06-20")
    assert not any(n.startswith("Hội nghị về") for n, _ in ents)


def test_a_body_named_for_the_delta_keeps_its_name_and_its_seat():
    got = facts("Viện Nghiên cứu Thủy sản Đồng bằng sông Cửu Long, đóng tại huyện Châu Thành, vừa công bố giống tôm mới.",
                "2031-07-01")
    assert ("Viện Nghiên cứu Thủy sản Đồng bằng sông Cửu Long", "locatedIn", "Châu Thành") in got \
        or ("Viện Nghiên cứu Thủy sản Đồng bằng sông Cửu Long", "locatedIn", "huyện Châu Thành") in got


def test_an_event_name_still_ends_before_the_delta_it_is_held_for():
    ents = _entities_20310510("Sáng 17/3, Bộ Nông nghiệp và Môi trường tổ chức Hội nghị triển khai phương án phòng, chống sạt lở "
                     "bờ sông vùng Đồng bằng sông Cửu Long năm 2031.", "2031-03-18")
    assert any(t == "Place" and "Đồng bằng sông Cửu Long" in n for n, t in ents)


def test_an_undated_drill_headline_names_no_event():
    got = facts("Diễn tập ứng cứu sự cố tràn dầu quy mô lớn\n\nCác lực lượng đã phối hợp nhịp nhàng.", "2031-08-07")
    assert not any(p in ("organized", "participatedIn", "date") for s, p, o in got)


def _entities_20261120(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-11-20")
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published="2026-11-20"), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def _events_20261120(text: str, lang: str) -> set[str]:
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, "2026-11-20")
    return {e.text for e in doc.spans["kg"] if e.label_ == "EVENT"}


def test_an_event_name_does_not_end_inside_a_known_field():
    got = facts("Ngày 6/3, Ngân hàng Nhà nước Việt Nam tổ chức Hội thảo lấy ý kiến về cơ chế thử nghiệm có kiểm soát "
                "tại Hà Nội.", "2031-03-07")
    assert "cơ chế thử nghiệm có kiểm soát" in _about(got, "Hội thảo lấy ý kiến về cơ chế thử nghiệm có kiểm soát")


def test_an_event_name_still_ends_at_its_place_after_a_field():
    got = facts("Sáng 3/4, Bộ Y tế tổ chức Hội nghị về phòng, chống tác hại của thuốc lá tại Huế.", "2031-04-04")
    assert any(p == "locatedIn" and o == "Huế" for s, p, o in got)
    assert not any(s.endswith("tại") for s, p, o in got)


def test_a_cup_that_ends_a_headline_is_an_event():
    got = _entities_20261120("Indonesia lose AFF Cup\n\nMalaysia won the trophy after a 2-1 win in Kuala Lumpur on Sunday.")
    assert ("Event", "AFF Cup") in got
    assert not any(t == "Organization" for t, _ in got)  # no football federation read in the cup's name


def test_a_vietnamese_event_name_goes_on_through_doi_voi():
    got = _events_20261120("Hội thảo về cơ chế thử nghiệm có kiểm soát đối với công nghệ tài chính diễn ra ngày 3/12.", "vi")
    assert "Hội thảo về cơ chế thử nghiệm có kiểm soát đối với công nghệ tài chính" in got


def _vi_entities(text: str) -> set[tuple[str, str]]:
    return {(t, n) for n, t in resolved_entities(text, "vi", "2026-12-02")}


def test_a_ceremony_named_up_to_a_measure_of_what_it_opens():
    got = _vi_entities("Sáng 2/12, Công ty cổ phần Cấp nước Hòa Bình tổ chức lễ khánh thành Nhà máy nước sạch Lương Sơn "
                   "với công suất 20.000 m3 mỗi ngày.")
    assert ("Event", "lễ khánh thành Nhà máy nước sạch Lương Sơn") in got
    assert not any(t == "Event" and "công suất" in n for t, n in got)


def test_an_event_after_a_verb_of_taking_place_is_named_in_full():
    got = _vi_entities("Sáng 2/12, tại tỉnh Hòa Bình đã diễn ra lễ khởi công Dự án cầu Hòa Sơn.")
    assert ("Event", "lễ khởi công Dự án cầu Hòa Sơn") in got
    # "diễn ra" after the event is the other order, and says nothing of what follows it
    assert ("Event", "hội thảo về an ninh mạng") in _vi_entities(
        "Sáng 2/12 diễn ra hội thảo về an ninh mạng với sự tham gia của 200 chuyên gia.")


def test_a_field_that_ends_on_a_stop_word_runs_on_in_an_events_name():
    # "vừa" (also "just") ends "doanh nghiệp nhỏ và vừa", which is no end of the name
    got = _vi_entities("Sáng 2/12, Sở Công Thương tổ chức Hội nghị hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận vốn.")
    assert ("Event", "Hội nghị hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận vốn") in got


def test_an_event_name_runs_over_a_comma_to_the_year_that_closes_it():
    got = kg_spans("Sáng 2/5, UBND huyện Cờ Đỏ tổ chức Lễ ra quân chiến dịch dọn dẹp vệ sinh, diệt lăng quăng phòng, "
                   "chống sốt xuất huyết năm 2026 tại xã Thới Xuân.", lang="vi", published="2026-05-02")
    assert ("EVENT", "Lễ ra quân chiến dịch dọn dẹp vệ sinh, diệt lăng quăng phòng, chống sốt xuất huyết năm 2026") in got


def test_a_comma_with_no_year_after_it_still_ends_an_event_name():
    got = kg_spans("Hội nghị tổng kết công tác thi đua, các đại biểu đã thảo luận sôi nổi.", lang="vi",
                   published="2026-05-02")
    assert not any(label == "EVENT" and "," in t for label, t in got)


def test_a_ceremony_held_ends_with_the_proper_name_it_opens():
    got = resolved_entities("Sáng 21/8, UBND tỉnh Quảng Trị tổ chức lễ khánh thành cầu Đại Lộc bắc qua sông "
                            "Thạch Hãn.", "vi", "2026-12-05")
    assert ("lễ khánh thành cầu Đại Lộc", "Event") in got
    assert not any(t == "Event" for _, t in resolved_entities(
        "Sáng 21/8, UBND tỉnh tổ chức lễ thả cá giống cho các em học sinh xem.", "vi", "2026-12-05"))


def test_a_ceremony_held_whose_name_quotes_a_campaign():
    got = resolved_entities("Sáng 8/12, Thành đoàn Hà Nội tổ chức lễ ra quân chiến dịch \"Làm sạch môi trường\" năm "
                            "2026 tại công viên Thống Nhất.", "vi", "2026-12-08")
    assert ('lễ ra quân chiến dịch "Làm sạch môi trường" năm 2026', "Event") in got


def test_a_nationality_and_congress_name_a_legislature_not_an_event():
    from articlefacts import resolved_entities
    ents = resolved_entities("The delegation met leaders of the Peruvian Congress. The 14th National Party Congress opened "
                             "in Hà Nội.", "en", "2026-02-02")
    assert ("Peruvian Congress", "Organization") in ents
    assert ("Peruvian Congress", "Event") not in ents
    assert ("14th National Party Congress", "Event") in ents


def test_an_event_name_runs_over_a_proper_name_whose_word_is_also_a_stop_word():
    got = resolved_entities("Sáng 20/10, UBND tỉnh Bắc Kạn tổ chức lễ khởi công dự án cao tốc Chợ Mới - Bắc Kạn giai "
                            "đoạn 2 với tổng mức đầu tư 5.700 tỷ đồng.", "vi", "2026-10-20")
    assert ("lễ khởi công dự án cao tốc Chợ Mới - Bắc Kạn giai đoạn 2", "Event") in got


def test_an_ordinal_sitting_keeps_the_year_it_was_held_in():
    from articlefacts import resolved_entities
    got = resolved_entities("Chiều 11/7, Hội đồng Tiền lương quốc gia tổ chức phiên họp thứ hai năm 2027 tại Hà Nội.", "vi")
    assert ("phiên họp thứ hai năm 2027", "Event") in got


def test_a_world_tour_is_an_event_name():
    got = kg_spans("The tournament in Huế is a stop on the WTT World Tour this season.", "en", "2026-06-01")
    assert ("EVENT", "WTT World Tour") in got


# predicate_verbs (kg/data/patterns/event_names_vi.json): a bare head followed by a verb of focus ("Hội thảo tập trung
# vào …") is the event named before, then its predicate, not a new event's name
_FOCUS_TEXT = ("Sáng 12/5, Sở Công Thương tỉnh Bình Định tổ chức Hội thảo phát triển thương mại biên giới năm 2027. "
               "Hội thảo tập trung vào chuyển đổi số, logistics xanh và thương mại điện tử.")


def test_a_head_then_a_verb_of_focus_names_no_new_event():
    events = {n for n, t in resolved_entities(_FOCUS_TEXT, published="2027-05-12") if t == "Event"}
    assert events == {"Hội thảo phát triển thương mại biên giới năm 2027"}


def test_the_fields_it_focuses_on_go_to_the_event_named_before():
    got = facts(_FOCUS_TEXT, "2027-05-12")
    assert ("Hội thảo phát triển thương mại biên giới năm 2027", "about", "logistics xanh") in got
    assert ("Hội thảo phát triển thương mại biên giới năm 2027", "about", "chuyển đổi số") in got


def test_a_verb_used_as_a_name_still_names_the_event():
    events = {n for n, t in resolved_entities(
        "Chiều 20/5, UBND tỉnh Gia Lai tổ chức Hội nghị triển khai Luật Việc làm năm 2025.", published="2027-05-20")
        if t == "Event"}
    assert any(n.startswith("Hội nghị triển khai Luật Việc làm") for n in events)


def test_a_quoted_title_after_scope_words_names_the_workshop():
    got = resolved_entities('Ngày 20/11, Trường Đại học Kinh tế tổ chức Hội thảo khoa học quốc gia "Kinh tế tuần hoàn '
                            'trong nông nghiệp: Cơ hội và thách thức".', "vi", "2026-11-21")
    assert ('Hội thảo khoa học quốc gia "Kinh tế tuần hoàn trong nông nghiệp: Cơ hội và thách thức"', "Event") in got
    got = resolved_entities("Sáng 3/12, Bộ Y tế tổ chức Hội nghị khoa học thường niên lần thứ 5 “Y tế số”.", "vi",
                            "2026-12-04")
    assert ("Hội nghị khoa học thường niên lần thứ 5 “Y tế số”", "Event") in got


def test_a_dated_campaign_launched_is_an_event_its_launcher_organised():
    text = ("Sáng 24/5, tại phường Hoa Lư, Tỉnh đoàn Ninh Bình phát động Chiến dịch thanh niên tình nguyện hè năm 2027. "
            "Dự lễ có Phó Chủ tịch UBND tỉnh Ninh Bình Vũ Thị Ngọc Lan. Theo Bí thư Tỉnh đoàn Phạm Thu Hằng, chiến dịch "
            "năm nay huy động khoảng 12.000 đoàn viên.")
    got = facts(text, "2027-05-24")
    assert ("Tỉnh đoàn Ninh Bình", "organized", "Chiến dịch thanh niên tình nguyện hè năm 2027") in got
    assert ("Phạm Thu Hằng", "memberOf", "Tỉnh đoàn Ninh Bình") in got
    ents = resolved_entities(text, "vi", "2027-05-24")
    assert not any(n.startswith("chiến dịch năm nay") for n, _ in ents)  # prose about the campaign


def test_a_war_campaign_named_with_no_date_is_no_event():
    ents = resolved_entities("Bảo tàng trưng bày hiện vật về Chiến dịch Điện Biên Phủ.", "vi", "2027-05-07")
    assert not any(t == "Event" and n.startswith("Chiến dịch") for n, t in ents)


def test_a_review_names_the_period_and_what_was_carried_out():
    assert "Hội nghị sơ kết 6 tháng triển khai Đề án 06" in _events(
        "Bộ Công an tổ chức Hội nghị sơ kết 6 tháng triển khai Đề án 06 vào chiều 5/7.")
    assert "Hội nghị tổng kết 5 năm thực hiện phong trào thi đua giai đoạn 2021 - 2025" in _events(
        "Sáng 28/11, Bộ Công Thương tổ chức Hội nghị tổng kết 5 năm thực hiện phong trào thi đua giai đoạn 2021 - 2025.")


def test_a_campaigns_quoted_title_goes_on_the_events_name():
    text = ("Sáng 28/11, Ủy ban Mặt trận Tổ quốc tỉnh tổ chức Hội nghị tổng kết 5 năm thực hiện phong trào thi đua "
            "\"Cả nước chung tay vì người nghèo\" giai đoạn 2021 - 2025.")
    assert "Hội nghị tổng kết 5 năm thực hiện phong trào thi đua \"Cả nước chung tay vì người nghèo\" " \
           "giai đoạn 2021 - 2025" in _events(text)


def test_a_ceremony_verb_with_a_stop_word_inside_names_the_ceremony():
    got = facts("Sáng 14/2, UBND thành phố Hải Phòng tổ chức Lễ giao nhận quân năm 2028 tại Quảng trường Nhà hát "
                "Thành phố.", "2028-02-14")
    assert ("Ủy ban nhân dân Thành phố Hải Phòng", "organized", "Lễ giao nhận quân năm 2028") in got


def test_a_stamp_issue_ceremony_keeps_the_quoted_title_of_the_set():
    got = kg_spans("Sáng 2/9, Bộ Khoa học và Công nghệ tổ chức Lễ phát hành bộ tem “Danh lam thắng cảnh Việt Nam” tại "
                   "Hà Nội.", "vi", "2027-09-02")
    assert ("EVENT", "Lễ phát hành bộ tem “Danh lam thắng cảnh Việt Nam”") in got


def test_a_groundbreaking_names_what_is_built_and_a_free_trade_zone_is_one_name():
    assert "lễ khởi công xây dựng hạ tầng Khu công nghiệp Phú Hà" in _events(
        "Sáng 14/12, UBND thành phố tổ chức lễ khởi công xây dựng hạ tầng Khu công nghiệp Phú Hà.")
    assert "Lễ khởi công dự án mở rộng Khu thương mại tự do Đà Nẵng" in _events(
        "Sáng 14/12, UBND thành phố tổ chức Lễ khởi công dự án mở rộng Khu thương mại tự do Đà Nẵng.")


def test_a_meeting_head_after_va_opens_a_second_event():
    got = _events("Sáng 6/12, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 11/2025 và Hội nghị "
                  "trực tuyến Chính phủ với các địa phương.")
    assert "Phiên họp Chính phủ thường kỳ tháng 11/2025" in got
    assert not any(" và Hội nghị" in e for e in got)


def test_an_event_head_inside_a_bodys_name_opens_no_event():
    got = kg_spans("Cùng dự có Chủ tịch Ủy ban Olympic Việt Nam Nguyễn Mạnh Hùng.", "vi", "2025-11-28")
    assert ("ORG", "Ủy ban Olympic Việt Nam") in got and ("PER", "Nguyễn Mạnh Hùng") in got
    assert not any(label == "EVENT" for label, _ in got)


def test_an_event_name_ends_before_a_delta_written_in_lower_case():
    spans = kg_spans("Hội thảo quốc tế về an ninh nguồn nước vùng đồng bằng sông Cửu Long diễn ra tại Cần Thơ.", "vi",
                     "2025-11-20")
    assert ("EVENT", "Hội thảo quốc tế về an ninh nguồn nước") in spans
    assert not any(text.endswith("vùng đồng") for _, text in spans)


def test_an_anniversary_of_a_founding_day_in_lower_case_is_named_whole():
    got = [t for label, t in kg_spans("Sáng 15/10, tại Hội trường C2, Trường Đại học Bách khoa Hà Nội tổ chức Lễ kỷ niệm "
                                      "70 năm ngày thành lập trường (1956 - 2026).", "vi", "2026-10-15") if label == "EVENT"]
    assert got == ["Lễ kỷ niệm 70 năm ngày thành lập trường"]


def test_an_english_event_name_goes_on_through_of_the_to_its_body():
    got = resolved_entities("The ninth National Congress of the Việt Nam Farmers' Union opened on Monday in Hà Nội.",
                            "en", "2026-11-30")
    assert ("ninth National Congress of the Việt Nam Farmers' Union", "Event") in got
    got = resolved_entities("The Asia Rail Forum opened on the Monday after the holiday.", "en", "2026-11-30")
    assert not [n for n, t in got if t == "Event" and "Monday" in n]


def test_an_edition_year_closes_a_name_with_its_subject():
    assert ("EVENT", "Workshop on Digital Heritage Preservation 2026") in kg_spans(
        "The Workshop on Digital Heritage Preservation 2026 was organised by the city.", "en")
    assert ("EVENT", "Forum on Sustainable Fisheries 2025") in kg_spans(
        "Delegates met at the Forum on Sustainable Fisheries 2025 in Nha Trang.", "en")
    # a period of years is a plan's span, not an edition
    assert ("EVENT", "Conference on Rural Roads 2026") not in kg_spans(
        "The Conference on Rural Roads 2026-2030 plan was discussed.", "en")


def test_the_talks_refer_back_to_the_dialogue_named_before():
    got = facts("The Việt Nam–Japan Energy Dialogue was held in Tokyo on Monday. The talks were co-chaired by Deputy "
                "Minister Trương Thanh Hoài.", "2026-12-07", "en")
    assert ("Trương Thanh Hoài", "participatedIn", "Việt Nam–Japan Energy Dialogue") in got
    assert not [t for t in got if t[2] == "talks"]


def test_a_compound_ordinal_closes_a_sitting_name():
    names = {n for n, t in resolved_entities("Ngày 6/5, Kỳ họp thứ hai mươi ba của Quốc hội khóa XVI bế mạc tại Nhà "
                                             "Quốc hội.", published="2031-05-07") if t == "Event"}
    assert "Kỳ họp thứ hai mươi ba" in names and "Kỳ họp thứ hai" not in names
    names = {n for n, t in resolved_entities("Ngày 6/5, HĐND tỉnh Gia Lai khai mạc Kỳ họp thứ hai năm 2031 tại phường "
                                             "Pleiku.", published="2031-05-07") if t == "Event"}
    assert "Kỳ họp thứ hai năm 2031" in names


@pytest.mark.parametrize("text, name", [
    ("Sáng 8/3, Liên đoàn Lao động tỉnh Bắc Ninh tổ chức Hội thao công nhân viên chức lao động năm 2030.",
     "Hội thao công nhân viên chức lao động năm 2030"),
    ("Ngày 1/10, Tổng cục Thống kê triển khai Tổng điều tra dân số và nhà ở năm 2029 trên phạm vi cả nước.",
     "Tổng điều tra dân số và nhà ở năm 2029"),
    ("Tối 1/5, Hội đồng Đội Trung ương tổ chức Hội khỏe Phù Đổng toàn quốc lần thứ XI năm 2030.",
     "Hội khỏe Phù Đổng toàn quốc lần thứ XI năm 2030"),
    ("Sáng 4/6, UBND tỉnh Sơn La khai mạc Ngày hội văn hóa, thể thao các dân tộc tỉnh Sơn La lần thứ VII năm 2030.",
     "Ngày hội văn hóa, thể thao các dân tộc tỉnh Sơn La lần thứ VII năm 2030"),
])
def test_sports_days_shows_and_censuses_named_by_their_edition(text, name):
    assert (name, "Event") in resolved_entities(text, "vi", "2030-12-01")


def test_a_sports_day_without_an_edition_is_no_event_of_its_own():
    assert not [n for n, t in resolved_entities("Hội thao năm nay có 12 môn thi đấu.", "vi", "2030-12-01") if t == "Event"]

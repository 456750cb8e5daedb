"""Relation rules on sentences written for these tests (not taken from the articles)."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article

from articlefacts import facts, resolved_entities  # noqa: F401  (the flat test files import facts from here too)


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def topics(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "en", "2025-11-14") if t == "Topic"}


def test_steering_board_named_by_its_field_right_after_its_head():
    got = facts("Chiều 3/4, Ban Chỉ đạo cải cách hành chính tỉnh Hà Tĩnh họp phiên thường kỳ quý I.", "2027-04-04")
    assert "cải cách hành chính" in _about(got, "Ban Chỉ đạo cải cách hành chính")


def test_steering_board_named_by_its_task_and_field():
    got = facts("Sáng 9/4, Ban Chỉ đạo phát triển kinh tế tập thể tỉnh Hà Tĩnh họp phiên thường kỳ quý I.", "2027-04-09")
    assert "kinh tế tập thể" in _about(got, "Ban Chỉ đạo phát triển kinh tế tập thể")


def test_a_board_whose_name_only_holds_a_field_after_its_own_words_is_not_about_it():
    got = facts("Sáng 9/4, Ban Quản lý Khu công nghệ cao Hòa Lạc làm việc với các doanh nghiệp.", "2027-04-09")
    assert not _about(got, "Ban Quản lý Khu công nghệ cao")


def test_a_ministry_named_by_its_field_is_still_not_about_it():
    got = facts("Bộ Giáo dục và Đào tạo vừa công bố kết quả kỳ thi tốt nghiệp.", "2027-07-20")
    assert not _about(got, "Bộ Giáo dục")


def test_a_field_inside_a_longer_field_of_a_laws_name_is_not_its_own_topic():
    got = facts("Ngày 15/3, Quốc hội thông qua Luật Công nghiệp công nghệ số với 6 chương, 51 điều.", "2027-03-16")
    topics = {o.casefold() for o in _about(got, "Luật Công nghiệp")}
    assert topics == {"công nghiệp công nghệ số"}


def test_a_field_only_inside_a_body_name_is_no_topic():
    assert topics("Officers of the Trade Remedies Authority of Vietnam checked the steel imports in Huế.") == set()
    assert topics("Samples went to the Institute of Environmental Science and Technology for testing.") == set()
    assert "cybersecurity" not in topics("The Department of Cyber Security arrested 12 people in Cần Thơ.")


def test_a_field_the_text_also_names_on_its_own_stays_with_the_body():
    text = "The Vietnam E-commerce Association said e-commerce revenue rose by 25 per cent this year."
    assert ("Vietnam E-commerce Association", "about", "e-commerce") in facts(text, "2025-11-14", lang="en")
    assert "cybersecurity" in topics("The Department of Cyber Security said the Law on Cybersecurity would take "
                                     "effect in July.")


def test_a_field_inside_a_body_named_in_an_event_is_no_subject_of_the_event():
    text = ("The third plenary meeting of the Vietnam Cyber Security Association was held in Quảng Ngãi "
            "on Sunday.")
    assert topics(text) == set()
    assert not any(p == "about" for s, p, o in facts(text, "2025-11-14", lang="en"))


def test_a_board_named_on_or_for_its_subject_keeps_it():
    got = facts("The Lang Son Provincial Steering Committee for Digital Transformation met on Sunday.", "2025-11-14",
                lang="en")
    assert any(p == "about" and o == "digital transformation" for s, p, o in got)


def test_title_before_name_splits_role_and_body():
    got = facts("Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết ngân sách tăng.")
    assert ("Hồ Đức Phớc", "position", "Bộ trưởng") in got
    assert ("Hồ Đức Phớc", "memberOf", "Bộ Tài chính") in got


def test_chain_of_titles_after_a_name():
    got = facts("Dự hội nghị có ông Trần Văn Sơn, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội, Thứ trưởng Bộ Y tế.")
    assert ("Trần Văn Sơn", "memberOf", "Bộ Chính trị") in got
    assert ("Trần Văn Sơn", "position", "Bí thư") in got
    assert any(s == "Trần Văn Sơn" and p == "memberOf" and o.startswith("Thành ủy") and "Hà Nội" in o
               for s, p, o in got)
    assert ("Trần Văn Sơn", "position", "Thứ trưởng") in got
    assert ("Trần Văn Sơn", "memberOf", "Bộ Y tế") in got


def test_fixed_office_keeps_the_whole_title():
    got = facts("Đồng chí Lê Thị Hoa, Bí thư Trung ương Đảng, phát biểu.")
    assert ("Lê Thị Hoa", "position", "Bí thư Trung ương Đảng") in got


def test_office_split_reuses_the_head_word():
    got = facts("Ông Phạm Văn Nam, Chánh Văn phòng Trung ương Đảng, chủ trì buổi họp.")
    assert ("Phạm Văn Nam", "position", "Chánh Văn phòng") in got
    assert ("Phạm Văn Nam", "memberOf", "Văn phòng Trung ương Đảng") in got


def test_a_list_sharing_one_title():
    got = facts("Tham dự có các đồng chí Ủy viên Trung ương Đảng: Nguyễn Văn Hải, Bộ trưởng Bộ Y tế; "
                "Đỗ Thị Lan, Bộ trưởng Bộ Tư pháp.")
    for name in ("Nguyễn Văn Hải", "Đỗ Thị Lan"):
        assert (name, "memberOf", "Ban Chấp hành Trung ương Đảng") in got
    assert ("Đỗ Thị Lan", "memberOf", "Bộ Tư pháp") in got
    assert ("Nguyễn Văn Hải", "memberOf", "Bộ Tư pháp") not in got


def test_former_role_keeps_nguyen_and_no_membership():
    got = facts("Buổi lễ có sự tham dự của nguyên Chủ tịch Quốc hội Trần Minh Đức.")
    assert ("Trần Minh Đức", "position", "nguyên Chủ tịch Quốc hội") in got
    assert not any(p == "memberOf" for s, p, o in got if s == "Trần Minh Đức")


def test_organizer_date_place_and_participants_of_an_event():
    text = ("Ngày 12/3, tại Đà Nẵng, Bộ Công Thương phối hợp với Liên đoàn Thương mại và Công nghiệp Việt Nam "
            "tổ chức Diễn đàn Kinh tế tư nhân lần thứ II. Thủ tướng Phạm Minh Chính dự và phát biểu tại Diễn đàn.")
    got = facts(text)
    event = "Diễn đàn Kinh tế tư nhân lần thứ II"
    assert ("Bộ Công Thương", "organized", event) in got
    assert ("Liên đoàn Thương mại và Công nghiệp Việt Nam", "organized", event) in got
    assert (event, "date", "2024-03-12") in got
    assert (event, "locatedIn", "Đà Nẵng") in got
    assert ("Phạm Minh Chính", "participatedIn", event) in got


def test_policy_issuer_date_and_topics():
    text = ("Quyết định số 127/QĐ-TTg ngày 26/1/2021 của Thủ tướng Chính phủ về trí tuệ nhân tạo "
            "và chuyển đổi số đã được triển khai.")
    got = facts(text)
    policy = "Quyết định số 127/QĐ-TTg"
    assert ("Thủ tướng Chính phủ", "issued", policy) in got
    assert (policy, "date", "2021-01-26") in got
    assert (policy, "about", "trí tuệ nhân tạo") in got
    assert (policy, "about", "chuyển đổi số") in got


def test_passing_a_law_dates_it():
    got = facts("Sáng 14/6, Quốc hội thông qua Luật Dữ liệu với đa số đại biểu tán thành.")
    assert ("Quốc hội", "issued", "Luật Dữ liệu") in got
    assert ("Luật Dữ liệu", "date", "2024-06-14") in got


def test_subsidiary_and_negated_past_link():
    got = facts("Tập đoàn FPT thành lập công ty con là Công ty cổ phần Alpha Beta. "
                "Công ty cổ phần Gamma từng là công ty con của Tập đoàn FPT.")
    subs = {(s, o) for s, p, o in got if p == "subOrganizationOf"}
    assert ("Công ty cổ phần Alpha Beta", "Tập đoàn FPT") in subs
    assert not any(s == "Công ty cổ phần Gamma" for s, _ in subs)


def test_short_forms_resolve_to_the_full_name():
    text = ("Ông Hoàng Minh Tuấn, Chủ tịch Hiệp hội Phần mềm và Dịch vụ Công nghệ thông tin Việt Nam, "
            "cho rằng AI là cơ hội. Theo ông Tuấn, doanh nghiệp cần đầu tư.")
    article = Article(id="t", text=text, published="2024-06-10")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load(), text)))
    person = res.entities["person/hoang-minh-tuan"]
    assert "Tuấn" in person.labels["vi"]
    assert len([e for e in res.entities.values() if e.type == "Person"]) == 1


def test_english_titles_and_ministry_from_the_title():
    got = facts("Minister of Health Tran Thi Lan chaired the meeting on May 3, 2024 in Hanoi.", lang="en",
                published=None)
    assert ("Tran Thi Lan", "position", "Minister") in got
    assert ("Tran Thi Lan", "memberOf", "Ministry of Health") in got


def test_two_names_of_one_edition_are_one_event():
    text = ("Bộ Y tế tổ chức Hội nghị Y tế số quốc gia lần thứ III tại Huế. "
            "Nhiều doanh nghiệp dự Hội nghị quốc gia về y tế số lần thứ III.")
    article = Article(id="t", text=text, published="2024-06-10")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load(), text)))
    assert len([e for e in res.entities.values() if e.type == "Event"]) == 1


def statements_of(text: str, lang: str = "vi") -> list[tuple[str, str]]:
    article = Article(id="t", text=text, published="2024-06-10", lang=lang)
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load(lang), text, "2024-06-10")))
    return [(res.entities[q.speaker].name, text[q.start:q.end]) for q in res.statements]


def test_claims_and_quotes_become_statements():
    got = statements_of("Ông Lê Văn Bình, Giám đốc Sở Tài chính, cho rằng thị trường vốn cần minh bạch hơn. "
                        "Theo ông Bình, doanh nghiệp nhỏ vẫn khó tiếp cận tín dụng ngân hàng.")
    assert ("Lê Văn Bình", "thị trường vốn cần minh bạch hơn.") in got
    assert ("Lê Văn Bình", "doanh nghiệp nhỏ vẫn khó tiếp cận tín dụng ngân hàng.") in got


def test_english_quote_with_the_speaker_after_it():
    got = statements_of('"Data is the new infrastructure of the economy", said Tran Van Hai at the forum.', "en")
    assert got == [("Tran Van Hai", "Data is the new infrastructure of the economy")]


def test_attendance_list_after_the_event_sentence_and_reported_speech():
    text = ("Sáng 20/3, Bộ Y tế tổ chức Hội nghị Y tế cơ sở lần thứ IV tại Huế. "
            "Tham dự có Thứ trưởng Bộ Y tế Trần Văn Lâm và đại diện Tập đoàn Sao Mai và Tập đoàn Hưng Thịnh. "
            "Ông Lâm cho biết đề án sẽ được trình tại Kỳ họp thứ 9.")
    got = facts(text)
    assert ("Trần Văn Lâm", "participatedIn", "Hội nghị Y tế cơ sở lần thứ IV") in got
    assert not any(p == "participatedIn" and "Kỳ họp" in o for s, p, o in got)


def test_two_bodies_joined_by_va_stay_two():
    doc = kg.nlp.annotate(kg.nlp.load(), "Đại diện Tập đoàn Sao Mai và Tập đoàn Hưng Thịnh ký kết hợp tác.")
    orgs = [e.text for e in doc.ents if e.label_ == "ORG"]
    assert orgs == ["Tập đoàn Sao Mai", "Tập đoàn Hưng Thịnh"]


def test_named_national_strategy_is_a_policy():
    got = facts("Thủ tướng ký Quyết định số 99/QĐ-TTg phê duyệt Chiến lược quốc gia về kinh tế số.")
    assert ("Chiến lược quốc gia về kinh tế số", "about", "kinh tế số") in got


def test_english_committee_names_keep_their_listed_fields_and_policies_their_body():
    text = ("Deputy Prime Minister Tran Van Son chaired a meeting of the National Steering Committee for "
            "Science, Technology, Innovation and Digital Transformation in Hanoi. Speaking at the meeting, "
            "Son asked ministries to speed up Resolution 57 of the Politburo.")
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2025-06-12")
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("National Steering Committee for Science, Technology, Innovation and Digital Transformation", "ORG") in found
    assert ("Resolution 57", "POLICY") in found and ("Politburo", "ORG") in found
    assert ("Son", "PER") in found  # the given name standing alone refers back
    got = facts(text, published="2025-06-12", lang="en")
    assert ("Politburo", "issued", "Resolution 57") in got


def test_bracketed_acronym_names_the_whole_body_and_editions_end_event_names():
    text = ("Sáng 7/5, Ủy ban nhân dân thành phố Hà Nội tổ chức Hội nghị xúc tiến đầu tư năm 2025. "
            "Ngân hàng TMCP Quân đội (MB) ký thỏa thuận với Tập đoàn Sao Mai. MB sẽ cung cấp giải pháp "
            "thanh toán không dùng tiền mặt.")
    article = Article(id="t", text=text, published="2025-05-08")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load(), text, "2025-05-08")))
    events = [e.name for e in res.entities.values() if e.type == "Event"]
    assert events == ["Hội nghị xúc tiến đầu tư năm 2025"]
    with_mb = [k for k, e in res.entities.items() if "MB" in {x for ls in e.labels.values() for x in ls}]
    assert len(with_mb) == 1 and "quan-doi" not in with_mb[0]  # the bank, not the army in its name


def test_english_organisers_datelines_and_long_subjects():
    text = ('HANOI, March 3 - The Ministry of Health (MOH) and the Vietnam Chamber of Commerce and Industry '
            '(VCCI) held the "Digital Health" Awards 2024 in Hanoi on Tuesday.\n'
            'The Working Group on Hospital Data Standards for Provincial Hospitals, set up by the Government '
            '(Group 12), convened a regular meeting on March 5, 2024.')
    got = facts(text, published="2024-03-06", lang="en")
    awards = next(o for s, p, o in got if p == "organized" and "Awards" in o)
    assert "Ministry of Health" in {s for s, p, o in got if p == "organized" and o == awards}
    assert not any(p == "date" and o == "2024-03-03" for s, p, o in got)  # the dateline dates the report
    assert any(p == "organized" and s.startswith("Working Group on Hospital Data Standards") and o == "regular meeting"
               for s, p, o in got)
    assert ("regular meeting", "date", "2024-03-05") in got


def test_another_form_of_a_title_refers_to_its_holder():
    text = "General Secretary To Lam visited Hanoi on March 3. The Party leader later met voters."
    article = Article(id="t", text=text, published="2025-03-05", lang="en")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("en"), text, "2025-03-05")))
    to_lam = res.entities["person/to-lam"]
    # the reference is resolved (a mention of To Lam, with its merge record) but a bare title
    # is a position, not one of his names
    assert "Party leader" not in {x for ls in to_lam.labels.values() for x in ls}
    assert to_lam.merges["Party leader"].startswith("a bare title")
    assert any(res.extraction.article.text[m.start:m.end] == "Party leader"
               for m in res.extraction.mentions if m.id in to_lam.mentions)


def test_laws_listed_together_are_each_issued_and_dated():
    got = facts("Sáng 14/6, Quốc hội thông qua Luật Dữ liệu và Luật Công nghiệp công nghệ số với đa số tán thành.")
    for law in ("Luật Dữ liệu", "Luật Công nghiệp công nghệ số"):
        assert ("Quốc hội", "issued", law) in got
        assert (law, "date", "2024-06-14") in got
    got = facts("The National Assembly passed the Law on Data, the Law on amendments to the Law on Press, "
                "and the revised Law on Cinema on June 14.", lang="en")
    for law in ("Law on Data", "Law on Press", "Law on Cinema"):
        assert any(p == "issued" and o.endswith(law) for s, p, o in got), law


def test_local_bodies_and_a_name_right_after_a_province():
    got = facts("Phó Chủ tịch UBND tỉnh Bắc Ninh Đào Văn Hùng cho biết Sở Y tế tỉnh Bắc Ninh sẽ ban hành "
                "Kế hoạch hành động về chuyển đổi số trong quý IV.")
    assert ("Đào Văn Hùng", "position", "Phó Chủ tịch") in got
    assert any(s == "Đào Văn Hùng" and p == "memberOf" and o.startswith("UBND tỉnh Bắc Ninh") for s, p, o in got)
    assert ("Kế hoạch hành động về chuyển đổi số", "about", "chuyển đổi số") in got


def test_elliptical_numbers_and_plain_word_plans_are_policies():
    text = ("Cùng với các Nghị quyết 57, 59 và 66, Thủ tướng đã phê duyệt Đề án phát triển kinh tế số "
            "và Chương trình chuyển đổi số quốc gia.")
    article = Article(id="t", text=text, published="2025-05-20")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load(), text, "2025-05-20")))
    names = {e.name for e in res.entities.values() if e.type == "Policy"}
    assert {"Nghị quyết 57", "Nghị quyết 59", "Nghị quyết 66", "Đề án phát triển kinh tế số"} <= names
    assert "policy/nghi-quyet-59" in res.entities


def test_possessive_event_and_title_with_given_name():
    text = ("Prime Minister Tran Van Hai on July 1 chaired the Government's meeting with localities. "
            "PM Hai asked ministries to act quickly.")
    got = facts(text, published="2025-07-02", lang="en")
    assert ("Government", "organized", "meeting") in got
    article = Article(id="t", text=text, published="2025-07-02", lang="en")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("en"), text, "2025-07-02")))
    assert "Hai" in {x for ls in res.entities["person/tran-van-hai"].labels.values() for x in ls}


def test_a_bare_steering_committee_refers_back():
    text = ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ tổ chức Phiên họp thứ hai vào ngày 3/3. "
            "Ban Chỉ đạo yêu cầu các bộ khẩn trương triển khai Nghị quyết 57.")
    article = Article(id="t", text=text, published="2025-03-05")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load(), text, "2025-03-05")))
    steering = [e for e in res.entities.values() if e.type == "Organization" and e.name.startswith("Ban Chỉ đạo")]
    assert len(steering) == 1 and "Ban Chỉ đạo" in steering[0].merges


def test_a_bare_title_speaks_for_the_person_it_refers_to():
    got = statements_of("General Secretary To Lam chaired the meeting in Hanoi. "
                        "The Party chief said the plan must be carried out this year.", "en")
    assert ("To Lam", "the plan must be carried out this year.") in got
    got = statements_of("Thủ tướng Lê Văn Hải dự hội nghị. Thủ tướng nhấn mạnh cần hoàn thành kế hoạch trong năm nay.")
    assert ("Lê Văn Hải", "cần hoàn thành kế hoạch trong năm nay.") in got


def test_companies_named_after_the_group_they_appear_with_are_its_companies():
    got = facts("Tập đoàn Sao Mai hiện có hai mảng chính: nhà ở thuộc công ty Sao Mai Land; "
                "bán lẻ thuộc công ty Sao Mai Retail.")
    assert ("Sao Mai Land", "subOrganizationOf", "Tập đoàn Sao Mai") in got
    assert ("Sao Mai Retail", "subOrganizationOf", "Tập đoàn Sao Mai") in got
    got = facts("Hai công ty Sao Mai Land và Sao Mai Retail cùng báo lãi.")  # no group named: nothing stated
    assert not any(p == "subOrganizationOf" for _, p, _ in got)


def test_the_body_that_broke_ground_held_the_ceremony_of_the_next_sentence():
    got = facts("Groundbreaking Ceremony for Vietnam’s First Solar Glass Plant Attended by Leaders\n"
                "On March 3, Sunrise Group officially broke ground on a solar glass plant in Hanoi. "
                "The ceremony was attended by Prime Minister Pham Minh Chinh.",
                published="2025-03-05", lang="en")
    organized = [(s, o) for s, p, o in got if p == "organized"]
    assert organized and organized[0][0] == "Sunrise Group"
    assert (organized[0][1], "date", "2025-03-03") in got


def test_the_law_an_amending_law_names_is_a_policy_of_its_own():
    got = facts("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ.")
    assert ("Luật Sở hữu trí tuệ", "about", "sở hữu trí tuệ") in got
    assert any(s.startswith("Luật sửa đổi") and p == "about" for s, p, _ in got)
    got = facts("The National Assembly passed the Law on amendments to several articles of the Law on "
                "Intellectual Property.", lang="en")
    assert ("Law on Intellectual Property", "about", "intellectual property") in got


def test_an_amending_draft_named_in_an_event_and_the_decree_it_amends_are_both_instruments():
    from articlefacts import resolved_entities
    got = resolved_entities("Ngày 6/12, Bộ Tài chính tổ chức Hội thảo lấy ý kiến dự thảo Nghị định sửa đổi Nghị định số "
                            "80/2024/NĐ-CP về mua bán điện trực tiếp.", "vi", "2026-12-07")
    assert ("Nghị định sửa đổi Nghị định số 80/2024/NĐ-CP", "Policy") in got
    assert ("Nghị định số 80/2024/NĐ-CP", "Policy") in got


def test_an_english_state_board_set_up_on_a_field_is_about_it_but_a_ministry_is_not():
    got = facts("HÀ NỘI — The Central Steering Committee on Anti-Corruption met in Hà Nội on Monday. The Ministry of "
                "Finance also met on Monday.", "2026-11-10", "en")
    abouts = {(s, o) for s, p, o in got if p == "about"}
    assert any("Steering Committee" in s and o == "anti-corruption" for s, o in abouts)
    assert not any(s.startswith("Ministry") for s, o in abouts)

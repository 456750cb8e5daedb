"""Tests of kg.entity_merge: Merging entities."""
from __future__ import annotations

import kg.nlp
from articlefacts import resolved_entities


def test_an_event_named_without_its_year_is_the_one_named_with_it():
    text = ("Bamboo Design Awards draw 300 entries\n\nHÀ NỘI — The Bamboo Design Awards 2025 were presented in Hà Nội "
            "on Friday. The awards are organised by the Vietnam Design Association.")
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-01-10")
    from kg.article import Article
    from kg.extract import extract
    from kg.resolve import resolve_article
    res = resolve_article(extract(Article(id="t", text=text, published="2026-01-10", lang="en"), doc))
    events = [e.name for e in res.entities.values() if e.type == "Event"]
    assert events.count("Bamboo Design Awards 2025") == 1 and "Bamboo Design Awards" not in events


def test_a_headlines_instrument_named_by_its_subject_is_the_numbered_one_with_that_subject():
    text = ("Thủ tướng ban hành Chỉ thị về tăng cường phòng, chống buôn lậu\n\nThủ tướng Chính phủ vừa ký ban hành "
            "Chỉ thị số 35/CT-TTg ngày 2/12/2026 về tăng cường phòng, chống buôn lậu, gian lận thương mại.")
    got = [n for n, t in resolved_entities(text, "vi", "2026-12-03") if t == "Policy"]
    assert got == ["Chỉ thị số 35/CT-TTg"]
    # two numbered instruments of the type: the headline's is neither
    two = text + " Thủ tướng cũng ký Chỉ thị số 36/CT-TTg về tăng cường quản lý thị trường vàng."
    assert len([n for n, t in resolved_entities(two, "vi", "2026-12-03") if t == "Policy"]) == 3


def test_a_draft_named_shorter_in_the_headline_is_the_one_draft_the_lead_names():
    text = ("Bộ Công Thương lấy ý kiến dự thảo Nghị định về mua bán điện trực tiếp\n\n"
            "Ngày 3/12, Bộ Công Thương tổ chức hội thảo góp ý dự thảo Nghị định quy định chi tiết một số điều của "
            "Luật Điện lực năm 2024 về cơ chế mua bán điện trực tiếp.")
    policies = {n for n, t in resolved_entities(text, "vi", "2026-12-05") if t == "Policy"}
    assert "Nghị định quy định chi tiết một số điều của Luật Điện lực năm 2024" in policies
    assert "Nghị định về mua bán điện trực tiếp" not in policies


def test_a_headline_event_of_the_same_year_is_the_leads_event():
    text = ("Khai mạc Lễ hội Hoa Mận Mộc Châu năm 2027\n\nTối 2/4, UBND huyện Mộc Châu khai mạc Lễ hội Hoa Mận lần thứ V "
            "năm 2027 tại quảng trường trung tâm.")
    events = {n for n, t in resolved_entities(text, "vi", "2027-04-03") if t == "Event"}
    assert events == {"Lễ hội Hoa Mận lần thứ V năm 2027"}
    # another year is another edition
    two = ("Lễ hội Hoa Mận năm 2026 thu hút 20.000 khách. Tối 2/4, UBND huyện Mộc Châu khai mạc Lễ hội Hoa Mận lần "
           "thứ V năm 2027.")
    assert len({n for n, t in resolved_entities(two, "vi", "2027-04-03") if t == "Event"}) == 2


def test_a_short_name_in_brackets_names_the_body_again():
    text = ("Chiều 8/1, Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả (Ban Chỉ đạo 389 quốc gia) "
            "tổ chức hội nghị tổng kết. Ông Nguyễn Văn Hải là thành viên Ban Chỉ đạo 389 quốc gia.")
    orgs = {n for n, t in resolved_entities(text, "vi", "2026-01-09") if t == "Organization"}
    assert orgs == {"Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả"}


def test_a_known_bodys_short_form_opening_a_name_is_the_same_body():
    text = ("Sáng 3/12, Ngân hàng Nhà nước Chi nhánh Khu vực 10 tổ chức hội nghị. Theo NHNN Chi nhánh Khu vực 10, "
            "tín dụng tăng 12%. Kho bạc Nhà nước tỉnh Hà Tĩnh cho biết KBNN tỉnh Hà Tĩnh đã giải ngân 80% vốn.")
    orgs = {n for n, t in resolved_entities(text, "vi", "2026-12-05") if t == "Organization"}
    assert orgs == {"Ngân hàng Nhà nước Chi nhánh Khu vực 10", "Kho bạc Nhà nước tỉnh Hà Tĩnh"}


def test_a_workshop_named_by_its_quoted_title_and_in_the_headline_by_its_subject_is_one_event():
    text = ("Hội thảo quốc gia về bảo đảm an ninh lương thực\n\nSáng 17/11, tại Cần Thơ, Bộ Nông nghiệp và Môi trường tổ "
            "chức Hội thảo quốc gia \"Bảo đảm an ninh lương thực trong bối cảnh biến đổi khí hậu\".")
    events = {n for n, t in resolved_entities(text, "vi", "2026-11-18") if t == "Event"}
    assert events == {"Hội thảo quốc gia \"Bảo đảm an ninh lương thực trong bối cảnh biến đổi khí hậu\""}


def test_a_headline_event_named_by_its_host_is_the_leads_event_of_that_head():
    text = ("Đại hội đồng cổ đông Vietcombank thông qua kế hoạch lợi nhuận\n\nSáng 25/4, tại Hà Nội, Ngân hàng TMCP "
            "Ngoại thương Việt Nam (Vietcombank) tổ chức Đại hội đồng cổ đông thường niên năm 2026.")
    events = {n for n, t in resolved_entities(text, "vi", "2026-04-25") if t == "Event"}
    assert events == {"Đại hội đồng cổ đông thường niên năm 2026"}
    # the head named with a body that is no host in the article stays apart
    other = ("Đại hội đồng cổ đông Sacombank thông qua kế hoạch\n\nSáng 25/4, Ngân hàng TMCP Ngoại thương Việt Nam "
             "(Vietcombank) tổ chức Đại hội đồng cổ đông thường niên năm 2026.")
    assert len({n for n, t in resolved_entities(other, "vi", "2026-04-25") if t == "Event"}) == 2


def test_a_headline_event_naming_its_place_without_the_level_is_the_leads_event():
    text = ("Khánh thành Bệnh viện Ung bướu Cần Thơ cơ sở 2\n\nSáng 6/12, Thủ tướng Phạm Minh Chính dự lễ khánh thành "
            "Bệnh viện Ung bướu thành phố Cần Thơ cơ sở 2.\n\nPhát biểu tại lễ khánh thành Bệnh viện Ung bướu Cần Thơ "
            "cơ sở 2, Thủ tướng đề nghị mở rộng mạng lưới.")
    got = [n for n, t in resolved_entities(text, "vi", "2025-12-06") if t == "Event"]
    assert got == ["lễ khánh thành Bệnh viện Ung bướu thành phố Cần Thơ cơ sở 2"]


def test_a_headline_that_cuts_the_event_name_short_is_the_same_event():
    from articlefacts import graph_triples

    got = graph_triples("Hội thảo quốc tế về bảo tồn rừng ngập mặn ven biển\n\nNgày 24/11, tại Cà Mau, Viện Sinh thái "
                        "và Tài nguyên sinh vật tổ chức Hội thảo quốc tế về bảo tồn rừng ngập mặn ven biển Đông Nam Á.",
                        "vi", "2028-11-25")
    events = {s for s, p, o in got if p == "date"}
    assert events == {"Hội thảo quốc tế về bảo tồn rừng ngập mặn ven biển Đông Nam Á"}
    # two body events that both begin with the headline's words: the headline is neither
    got = graph_triples("Hội thảo quốc tế về bảo tồn rừng ngập mặn\n\nNgày 24/11, Viện Sinh thái và Tài nguyên sinh vật "
                        "tổ chức Hội thảo quốc tế về bảo tồn rừng ngập mặn ven biển Đông Nam Á. Ngày 25/11, Viện Địa lý "
                        "tổ chức Hội thảo quốc tế về bảo tồn rừng ngập mặn vùng Tây Nam Bộ.", "vi", "2028-11-26")
    assert len({s for s, p, o in got if p == "date"}) == 2

"""Tests of kg.nlp.recognizers.gazetteer:
Known names from the shipped gazetteer (:mod:`kg.nlp.lexicon`), longest match at each word."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article

from articlefacts import facts, kg_spans, resolved_entities


def _spans(text: str, label: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in list(doc.spans["kg"]) + list(doc.spans.get("nested", [])) if sp.label_ == label]


def _spans_20260206(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _entities(text: str, published: str = "2025-12-22") -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, published)
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published=published), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def _spans_20251222(text: str, published: str = "2025-12-22") -> list[tuple[str, str]]:
    return kg_spans(text, "en", published)


def topics(text: str, published: str = "2026-03-12") -> set[str]:
    """The names of the Topic entities kg finds in one English article."""
    return {n for n, t in resolved_entities(text, "en", published) if t == "Topic"}


def topics_20251114(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "en", "2025-11-14") if t == "Topic"}


def _entities_20270310(text: str, published: str = "2027-03-10") -> set[tuple[str, str]]:
    """(name, type) of every entity of one article."""
    return resolved_entities(text, "vi", published)


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def _entities_20310510(text: str, published: str = "2031-05-10") -> set[tuple[str, str]]:
    return resolved_entities(text, "vi", published)


def test_bare_education_is_no_topic_but_education_and_training_is():
    assert _spans("Education and health would take a third of the budget.", "TOPIC") == []
    assert "education and training" in _spans("The province will invest more in education and training.", "TOPIC")


def test_a_development_agency_by_its_own_name():
    text = "The forum was co-organised by the Ministry of Finance and the Agence Française de Développement (AFD)."
    assert "Agence Française de Développement" in _spans_20260206(text, "ORG")


def test_military_region_is_an_organization():
    spans = _spans_20251222("Military Region 7 sent 800 soldiers to help residents clear mud after the flood.")
    assert ("ORG", "Military Region 7") in spans


def test_foreign_companies_active_in_vietnam_are_known():
    ents = _entities("The delegation visited plants of Hitachi and Renesas before meeting Petronas.")
    assert {("Organization", "Hitachi"), ("Organization", "Renesas Electronics"),
            ("Organization", "Petronas")} <= ents


def test_provinces_and_states_of_partner_countries_are_places():
    ents = _entities("Exporters sell to buyers in Gyeonggi, Queensland and Ohio, and trucks cross into Guangxi.")
    assert {("Place", "Gyeonggi"), ("Place", "Queensland"), ("Place", "Ohio"), ("Place", "Guangxi")} <= ents


def test_chinese_cities_have_their_english_names():
    ents = _entities("Flights to Kunming and Nanning will resume next month.")
    assert ("Place", "Kunming") in ents and ("Place", "Nanning") in ents


def test_national_university_named_with_its_city_after_a_comma():
    ents = _entities("Researchers at Vietnam National University, Hồ Chí Minh City built the model.")
    assert ("Organization", "Vietnam National University, Ho Chi Minh City") in ents


def test_start_ups_as_firms_are_not_the_field_of_innovative_startups():
    got = topics("The fund will lend to start-ups working on robots and drones in Đà Nẵng.")
    assert "innovative startups" not in got


def test_innovative_start_ups_name_the_field():
    got = topics("The province wants 500 innovative start-ups by 2030 under its plan.")
    assert "innovative startups" in got


def test_personal_data_written_as_a_phrase_is_the_field():
    assert "personal data protection" in topics_20251114("The ministers agreed on common standards for the protection of "
                                                 "personal data in cloud services.")


def test_a_city_written_with_a_hyphen_is_the_gazetteer_city():
    got = _entities_20270310("Sáng 1/3, tại thành phố Phan Rang - Tháp Chàm, tỉnh tổ chức hội chợ.")
    assert any(t == "Place" and n.startswith("Phan Rang") for n, t in got)
    assert not any(t == "Person" and "Phan Rang" in n for n, t in got)


def test_a_field_word_that_names_a_kind_of_thing_is_no_topic():
    ents = _entities_20270310("Sở Y tế triển khai Đề án Bệnh viện vệ tinh giai đoạn 2026 - 2030. Người dân dùng căn cước gắn "
                     "chip khi khám bệnh.")
    assert not any(t == "Topic" for n, t in ents)
    assert ("vệ tinh", "Topic") in _entities_20270310("Việt Nam sẽ phóng thêm một vệ tinh quan sát Trái đất.")


def test_a_broad_field_named_in_passing_is_no_topic_of_the_article():
    ents = _entities_20310510("Ông Lò Văn Tùng, Chủ tịch UBND huyện Mường La, cho biết người cao tuổi trong huyện đã được "
                     "khám sức khỏe định kỳ.")
    assert ("người cao tuổi", "Topic") not in ents


def test_a_vietnamese_only_field_is_not_looked_for_in_english_copy():
    # (named in passing, the English word is no Topic; as the one-word subject of a meeting or an instrument it is a
    # field of policy_fields_en.json, as the English gold counts it: "an agreement on telemedicine")
    ents = resolved_entities("HÀ NỘI — The deputy minister asked the hospital to use telemedicine to guide district "
                             "hospitals.", "en", "2031-05-12")
    assert not any(t == "Topic" for n, t in ents)
    got = facts("Sáng 9/5, Bộ Y tế tổ chức Hội thảo về khám, chữa bệnh từ xa cho các tỉnh miền núi.", "2031-05-10")
    assert "khám bệnh, chữa bệnh từ xa" in _about(got, "Hội thảo")


def test_high_tech_farming_is_no_field_of_high_technology():
    got = facts("Sáng 3/6, Sở Nông nghiệp và Môi trường tỉnh Phú Yên tổ chức Hội thảo về nuôi biển công nghệ cao và "
                "trang trại bò sữa công nghệ cao.", "2031-06-04")
    assert "nuôi biển" in _about(got, "Hội thảo") and "công nghệ cao" not in _about(got, "Hội thảo")
    got = facts("Sáng 3/6, UBND tỉnh Bắc Ninh tổ chức Hội thảo về công nghệ cao và đổi mới sáng tạo.", "2031-06-04")
    assert "công nghệ cao" in _about(got, "Hội thảo")


def test_sustainably_developing_a_thing_is_no_field_of_sustainable_development():
    got = facts("Ngày 3/3, UBND tỉnh Phú Yên ban hành Đề án phát triển bền vững kinh tế biển tỉnh Phú Yên.", "2031-03-04")
    assert _about(got, "Đề án") == {"kinh tế biển"}
    got = facts("Ngày 5/4, Viện Kinh tế Việt Nam tổ chức Hội thảo về phát triển bền vững và tăng trưởng xanh.",
                "2031-04-06")
    assert {"phát triển bền vững", "tăng trưởng xanh"} <= _about(got, "Hội thảo")


def test_an_english_form_with_tones_names_nothing_in_vietnamese_copy():
    # English copy calls the football club "Công An Hà Nội"; Vietnamese copy's "Công an Hà Nội" is the city police
    vi = resolved_entities("Công an Hà Nội vừa triệt phá một đường dây lừa đảo.", "vi", "2026-12-04")
    assert vi == {("Công an Hà Nội", "Organization")}
    en = resolved_entities("Công An Hà Nội lost 2-1 to Hà Nội FC on Saturday.", "en", "2026-12-04")
    assert ("Cong An Ha Noi FC", "Organization") in en


def test_rooftop_solar_power_and_health_records_are_fields_of_their_own():
    got = facts("HÀ NỘI — The ministry on Monday held a workshop on rooftop solar power and electronic health records.",
                "2026-02-10", "en")
    about = {o for s, p, o in got if p == "about"}
    assert {"rooftop solar power", "electronic health records"} <= about
    assert "solar power" not in about


def test_health_records_named_in_passing_are_no_field_of_the_article():
    got = resolved_entities("The hospital has kept electronic medical records since 2023, its director said.", "en",
                            "2026-02-10")
    assert not any(t == "Topic" for _, t in got)


def test_places_inside_quoted_speech_are_places_but_not_inside_a_quoted_title():
    from articlefacts import kg_spans
    spans = kg_spans('The critic said the show was "worthy of the stages of Berlin and Tokyo". The novel "Berlin" sold '
                     'well.', "en", "2026-02-02")
    assert [t for label, t in spans if label == "LOC"] == ["Berlin", "Tokyo"]


def test_world_cities_english_news_names_are_places():
    from articlefacts import kg_spans
    spans = kg_spans("The firm has offices in Bengaluru, Johannesburg and Sao Paulo.", "en", "2026-02-02")
    assert {("LOC", "Bengaluru"), ("LOC", "Johannesburg"), ("LOC", "Sao Paulo")} <= set(spans)


def test_a_toned_country_word_opening_a_vietnamese_name_is_no_place_in_english_copy():
    from articlefacts import kg_spans
    spans = kg_spans("Fans queued for hours as Mỹ Tâm Entertainment sold tickets; sales to Mỹ also rose.", "en",
                     "2026-02-02")
    assert ("LOC", "Mỹ") in spans and [t for label, t in spans if label == "LOC"] == ["Mỹ"]


def test_new_lexicon_fields_are_topics_only_where_held():
    held = facts("Sở Văn hóa và Thể thao ban hành Kế hoạch số 14/KH-SVHTT về phát triển du lịch bền vững và du lịch đêm.")
    assert ("Kế hoạch số 14/KH-SVHTT", "about", "du lịch bền vững") in held
    assert ("Kế hoạch số 14/KH-SVHTT", "about", "du lịch đêm") in held
    passing = resolved_entities("Nhiều du khách ở lại phố cổ vì du lịch đêm ở đây ngày càng sôi động.")
    assert ("du lịch đêm", "Topic") not in passing


def test_tourism_education_and_health_fields_of_the_lexicon_held_by_a_subject():
    got = facts("HUẾ — The Huế People's Committee on Monday approved a plan for the development of heritage tourism "
                "to 2030. It also held a workshop on teacher training.", "2026-03-20", "en")
    about = {(s, o) for s, p, o in got if p == "about"}
    assert ("plan for the development of heritage tourism to 2030", "heritage tourism") in about
    assert ("workshop on teacher training", "teacher training") in about
    # a field named in passing, held by nothing, is no Topic of the article (kind "subject")
    names = resolved_entities("HUẾ — Officials said cruise tourism had grown fast in Huế this year.", "en", "2026-03-20")
    assert ("cruise tourism", "Topic") not in names


def test_a_venue_written_with_its_diacritics_and_the_hague_are_places():
    from articlefacts import kg_spans
    got = kg_spans("Officials met in The Hague before the show at the Imperial Citadel of Thăng Long.", "en", "2026-02-02")
    assert ("LOC", "The Hague") in got
    assert ("LOC", "Imperial Citadel of Thăng Long") in got


def test_chip_design_is_an_english_field_that_vietnamese_copy_names_inside_bodies():
    # English copy: "chip design" is a field, the subject of the memorandum that names it
    got = facts("The university and the firm signed a memorandum of understanding on joint training in chip "
                "design on Monday.", "2026-03-02", lang="en")
    assert any(p == "about" and o == "chip design" for _, p, o in got)
    # Vietnamese copy (vi_match false): the centre's name keeps it, no topic of its own
    doc = kg.nlp.annotate(kg.nlp.load("vi", use_crf=False), "Lễ khánh thành Trung tâm Thiết kế vi mạch bán dẫn diễn ra "
                          "tại Hà Nội.", "2026-03-02")
    spans = [sp.text for sp in list(doc.spans["kg"]) + list(doc.spans.get("nested", [])) if sp.label_ == "TOPIC"]
    assert not any(s.casefold() in ("thiết kế vi mạch", "thiết kế chip") for s in spans)


def test_english_names_a_ministry_in_lower_case_by_its_portfolio():
    from articlefacts import graph_triples, resolved_entities
    got = resolved_entities("The fund, under the health ministry, said the finance ministry approved it.", "en",
                            "2026-12-02")
    assert {("Ministry of Health", "Organization"), ("Ministry of Finance", "Organization")} <= got
    triples = graph_triples("The Vietnam Tobacco Control Fund, under the health ministry, will fund school programmes.",
                            "en", "2026-12-02")
    assert ("Vietnam Tobacco Control Fund", "subOrganizationOf", "Ministry of Health") in triples
    assert not any(t == "Organization" for n, t in resolved_entities("Ý kiến của nhân dân được lắng nghe.", "vi"))


def test_a_capital_letter_in_english_copy_is_no_place_written_with_a_diacritic():
    spans = kg_spans("Y Thanh Hà Niê Kđăm was elected Secretary. Exports to Italy rose.", "en", "2025-10-03")
    assert ("LOC", "Y") not in spans and ("LOC", "Italy") in spans


def test_a_lower_case_vietnamese_form_of_a_topic_is_no_topic_in_english_copy():
    # Vietnamese "in 3D" is 3D printing; English "scanned in 3D" is no topic; English forms and acronyms stay known
    assert not _spans("The museum's artefacts will be scanned in 3D next year.", "TOPIC")
    assert "3D printing" in _spans("The firm makes 3D printing machines in Bắc Ninh.", "TOPIC")


def test_intangible_cultural_heritage_is_its_own_topic_in_english_copy():
    # English copy names the narrower field apart ("a conference on intangible cultural heritage" beside "the Law on
    # Cultural Heritage"); Vietnamese copy's "di sản văn hóa phi vật thể" stays the field "di sản văn hóa"
    text = ("HUẾ — The ministry held a conference on intangible cultural heritage in Huế on Monday. It is drafting "
            "amendments to the Law on Cultural Heritage.")
    names = {n for t, n in _entities(text) if t == "Topic"}
    assert {"intangible cultural heritage", "cultural heritage"} <= names
    vi = resolved_entities("Tỉnh tổ chức hội thảo về bảo tồn di sản văn hóa phi vật thể.", "vi", "2025-12-04")
    assert ("di sản văn hóa", "Topic") in vi


def test_an_english_body_name_written_with_a_toned_place_is_the_known_body():
    # English copy that keeps the place's tones ("Hải Phòng People's Committee") names the gazetteer's body, whose
    # English name is spelt without them: one entity with the plain spelling later, not two
    text = ("HẢI PHÒNG — The Hải Phòng People's Committee met investors on Monday. Chairman of the Hai Phong "
            "People's Committee Nguyễn Văn Tùng spoke.")
    bodies = {n for t, n in _entities(text) if t == "Organization"}
    assert bodies == {"Hai Phong People's Committee"}
    # a person's tones are no spelling to fold: the lookup is for bodies only
    assert ("Person", "Nguyễn Văn Tùng") in _entities(text)


def test_aid_agencies_and_foreign_chambers_in_vietnam_are_known_bodies():
    got = _entities("The World Food Programme (WFP), Save the Children and CARE International in Vietnam met the "
                    "Korea Chamber of Business in Vietnam and the Australian Chamber of Commerce in Việt Nam.")
    assert {("Organization", "World Food Programme"), ("Organization", "Save the Children"),
            ("Organization", "CARE International"), ("Organization", "Korea Chamber of Business in Vietnam"),
            ("Organization", "Australian Chamber of Commerce in Vietnam")} <= got
    assert not any(t == "Policy" for t, _ in got)  # a UN programme here is a body, not a plan


def test_an_insurer_named_after_a_place_is_no_place():
    got = _entities("Bảo Việt Life overtook Prudential Vietnam in new premiums. Visitors climbed Fansipan and Landmark 81.")
    assert ("Organization", "Bao Viet Life") in got and ("Organization", "Prudential Vietnam") in got
    assert ("Place", "Fansipan") in got and ("Place", "Landmark 81") in got
    assert not any(t == "Place" and "Bảo Việt" in n for t, n in got)


def test_a_known_body_written_with_a_toned_place_is_found_past_the_place():
    # the run "Hồ Chí Minh Stock …" is no prefix of a toned key, but its folded form is one of an English name:
    # the lookup goes on to the whole name, and "the company" later is not the exchange
    text = ("Revenue rose 21 per cent, the Đồng Tháp-based Vĩnh Hoàn Corporation said in a filing with the Hồ Chí "
            "Minh Stock Exchange on Wednesday. The company will hold its annual shareholders' meeting on April 18.")
    bodies = {n for t, n in _entities(text, "2026-01-15") if t == "Organization"}
    assert "Ho Chi Minh Stock Exchange" in bodies and not any("Hồ Chí Minh Stock" in n for n in bodies)
    from articlefacts import facts
    organisers = {s for s, p, o in facts(text, "2026-01-15", "en") if p == "organized"}
    assert "Ho Chi Minh Stock Exchange" not in organisers


def test_a_toned_district_with_its_english_kind_word_is_the_known_district():
    got = _entities("Floods hit Vĩnh Linh and Hải Lăng districts on Monday. Officials inspected dykes in Vĩnh Linh District.")
    places = {n for t, n in got if t == "Place"}
    assert "Vinh Linh" in places and "Vĩnh Linh District" not in places
    # the tones must be the place's own: "Vinh District" is no "Vĩnh Linh"
    assert ("Place", "Vinh Linh") not in _entities("Officials inspected dykes in Vĩnh District and Linh Town.")

"""English round en12: bodies after "Representatives of" without "the", rule start dates that are no
event's day, "the press conference" named again, signers past an instrument's subject, loan
agreements and bare strategies in lower case, bodies that open a sentence together at an event,
titles posted "for" a country, and a unit "of" its university."""
from articlefacts import graph_triples, kg_spans


def _triples(text: str, published: str = "2026-02-06") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _graph_labels(text: str) -> set[str]:
    from rdflib import RDFS

    from kg import rdf
    from kg.article import Article
    from kg.build import analyze_article

    g = rdf.article_graph(analyze_article(Article(id="t", text=text, url=None, published="2026-02-06", lang="en",
                                                  source=None), use_crf=False))
    return {str(o) for o in g.objects(None, RDFS.label)}


def _spans(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def test_representatives_of_a_list_of_bodies_without_the():
    text = ("Officials met at a workshop in Huế on Thursday. Representatives of Vietnam Airlines, Hue Central Hospital "
            "and the Vietnam Red Cross Society attended.")
    orgs = _spans(text, "ORG")
    assert "Vietnam Airlines" in orgs and not any(o.startswith("Representatives") for o in orgs)
    assert ("Vietnam Airlines", "participatedIn", "workshop") in _triples(text)


def test_a_research_institute_of_a_university_is_two_bodies():
    text = "The Southern Coastal Ecology Research Institute of Huế University will lead the survey."
    orgs = _spans(text, "ORG")
    assert "Southern Coastal Ecology Research Institute" in orgs and "Huế University" in orgs
    assert ("Southern Coastal Ecology Research Institute", "subOrganizationOf", "Huế University") in _triples(text)


def test_one_name_with_of_stays_whole():
    orgs = _spans("The Hanoi University of Science and Technology and the Vietnam Academy of Social Sciences met.", "ORG")
    assert "Hanoi University of Science and Technology" in orgs
    assert "Vietnam Academy of Social Sciences" in orgs


def test_a_start_date_of_a_rule_is_no_day_of_the_meeting():
    text = ("The council on Thursday agreed to raise pensions by 5 per cent from October 1, 2026, at its meeting "
            "in Huế.")
    dates = {o for s, p, o in _triples(text) if p == "date" and s == "meeting"}
    assert dates == {"2026-02-05"}


def test_the_press_conference_named_again_is_the_one_before():
    text = ("Tax officials spoke at a press conference in Huế on Thursday. The press conference was organised by "
            "the Ministry of Finance.")
    assert ("Ministry of Finance", "organized", "press conference") in _triples(text)


def test_a_press_conference_held_to_launch_an_award_is_no_event_of_its_own():
    text = ("The Ministry of Finance held a press conference to launch the Green Budget Awards 2026 in Huế on "
            "Thursday. Speaking at the press conference, Deputy Minister Lê Văn An praised the awards.")
    triples = _triples(text)
    assert ("Ministry of Finance", "organized", "Green Budget Awards 2026") in triples
    assert not any("press conference" in (s, o) for s, p, o in triples)


def test_signer_in_a_relative_clause_after_the_instruments_subject():
    text = ("The fees are set in Circular 31/2026/TT-BTC on port charges, which Deputy Minister of Finance "
            "Lê Văn An signed on January 20.")
    triples = _triples(text)
    assert ("Lê Văn An", "signed", "Circular 31/2026/TT-BTC") in triples
    assert ("Circular 31/2026/TT-BTC", "date", "2026-01-20") in triples


def test_a_loan_agreement_after_its_amount_and_its_signers():
    text = ("The Asian Development Bank and the Ministry of Finance on Friday signed a US$150 million loan agreement "
            "for the northern mountain roads project at a ceremony in Hà Nội. Minister of Finance Lý Quốc Bảo "
            "signed the agreement.")
    assert "loan agreement for the northern mountain roads project" in _spans(text, "POLICY")
    triples = _triples(text)
    assert ("Lý Quốc Bảo", "signed", "loan agreement for the northern mountain roads project") in triples
    assert ("Asian Development Bank", "participatedIn", "ceremony") in triples
    assert ("Ministry of Finance", "participatedIn", "ceremony") in triples


def test_a_bare_strategy_with_its_subject_and_horizon():
    text = "The ministry is preparing a strategy for the development of inland waterways to 2040."
    assert "strategy for the development of inland waterways to 2040" in _spans(text, "POLICY")


def test_a_title_posted_for_a_country():
    text = "Asian Development Bank Country Director for Việt Nam Shantanu Chakraborty spoke at the event."
    triples = _triples(text)
    assert ("Shantanu Chakraborty", "position", "country director") in triples
    assert ("Shantanu Chakraborty", "memberOf", "Asian Development Bank") in triples


def test_a_code_named_before_its_kind_with_its_year():
    text = "Inspectors checked compliance with the Maritime Code 2015 and the Labour Code at the port."
    policies = [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == "POLICY"]
    assert "Maritime Code 2015" in policies and "Labour Code" in policies
    assert "Code 2015" not in policies


def test_the_kind_implements_each_instrument_of_a_list():
    text = ("Fees are set by Circular 08/2026/TT-BXD, which Deputy Minister Lý Quốc Bảo signed on March 2. "
            "Officials said the circular implements the Law on Roads 2024 and Resolution 66-NQ/TW of the Politburo.")
    triples = _triples(text)
    assert ("Circular 08/2026/TT-BXD", "implements", "Law on Roads 2024") in triples
    assert ("Circular 08/2026/TT-BXD", "implements", "Resolution 66-NQ/TW") in triples


def test_the_draft_with_a_relative_clause_that_guides_a_law_with_its_year():
    text = ("The ministry held a workshop on the draft decree on offshore wind power in Huế on Friday. The draft, "
            "which guides the amended Maritime Law 2025, sets rules for sea areas.")
    assert "Maritime Law 2025" in _spans(text, "POLICY")
    assert ("draft decree on offshore wind power", "implements", "Maritime Law 2025") in _triples(text)


def test_he_signed_names_the_one_person_before_and_his_local_body_issued_it():
    text = ("Chairman of the Huế City People's Committee Lý Quốc Bảo said the plan implements Decision No. "
            "210/QĐ-UBND on heritage tourism, which he signed on April 3.")
    triples = _triples(text)
    assert ("Lý Quốc Bảo", "signed", "Decision No. 210/QĐ-UBND") in triples
    assert ("Huế City People's Committee", "issued", "Decision No. 210/QĐ-UBND") in triples


def test_he_signed_with_two_people_before_names_no_one():
    text = ("Minister Lý Quốc Bảo and Ambassador Hà Minh Khang said the plan implements Decision No. "
            "210/QĐ-UBND on heritage tourism, which he signed on April 3.")
    assert not any(p == "signed" for s, p, o in _triples(text))


def test_a_lower_case_instrument_a_body_plans_to_issue():
    text = "The ministry also plans to issue a circular on water tariffs for industrial parks next year."
    assert "circular on water tariffs for industrial parks" in _spans(text, "POLICY")


def test_a_development_agency_by_its_own_name():
    text = "The forum was co-organised by the Ministry of Finance and the Agence Française de Développement (AFD)."
    assert "Agence Française de Développement" in _spans(text, "ORG")


def test_a_document_signed_on_a_weekday_at_a_ceremony_and_its_signers_there():
    text = ("The Asian Development Bank and the Ministry of Finance on Friday signed a US$150 million loan agreement "
            "for the northern mountain roads project at a ceremony in Hà Nội. Minister of Finance Lý Quốc Bảo and "
            "ADB Country Director Hà Minh Khang signed the agreement.")
    triples = _triples(text)
    doc = "loan agreement for the northern mountain roads project"
    assert (doc, "date", "2026-02-06") in triples and ("ceremony", "date", "2026-02-06") in triples
    assert ("Lý Quốc Bảo", "participatedIn", "ceremony") in triples
    assert ("Hà Minh Khang", "participatedIn", "ceremony") in triples


def test_signers_of_a_document_not_signed_at_an_event_take_part_in_nothing():
    text = ("The Asian Development Bank and the Ministry of Finance on Friday signed a loan agreement for the northern "
            "mountain roads project. Minister of Finance Lý Quốc Bảo signed the agreement.")
    assert not any(p == "participatedIn" for s, p, o in _triples(text))


def test_a_trial_is_about_the_crime_the_court_sentences_for():
    text = ("The Huế People's Court on Friday sentenced nine people to between two and ten years in prison for "
            "smuggling cigarettes, at the end of a three-day trial.")
    triples = _triples(text)
    assert any(s == "trial" and p == "about" and "smuggling" in o for s, p, o in triples)


def test_a_crime_named_outside_a_sentencing_sentence_is_no_trials_subject():
    text = ("The Huế People's Court on Friday sentenced nine people to prison at the end of a three-day trial. "
            "The province has stepped up the fight against smuggling.")
    assert not any(s == "trial" and p == "about" for s, p, o in _triples(text))


def test_from_after_a_verb_of_protecting_stays_in_the_subject():
    text = "The two ministries on Friday signed an agreement on protecting workers from heat stress at a ceremony."
    assert "agreement on protecting workers from heat stress" in _spans(text, "POLICY")
    assert "decree on imports" in _spans("Officials are drafting a decree on imports from Laos.", "POLICY")


def test_a_treaty_name_with_a_small_joiner():
    text = "Officials reviewed the ASEAN-Korea Trade in Services Agreement on Monday."
    assert "ASEAN-Korea Trade in Services Agreement" in _spans(text, "POLICY")


def test_a_companys_general_meeting_is_organised_by_the_company():
    text = ("Shareholders of the Lạc Hồng Dairy Joint Stock Company on Friday approved a plan to build a new farm, at the company's "
            "annual general meeting in Hà Nội.")
    triples = _triples(text)
    assert any(p == "organized" and o == "annual general meeting" and "Lạc Hồng Dairy" in s for s, p, o in triples)
    assert not any(s.startswith("Shareholders") for s, p, o in triples)


def test_the_general_meeting_after_the_sentence_that_names_the_shareholders():
    text = ("Shareholders of the Lạc Hồng Dairy Joint Stock Company on Friday approved a cash dividend of 35 per cent. The annual general meeting, "
            "held at the company's headquarters in Hồ Chí Minh City, was chaired by Chairman Lý Quốc Bảo.")
    assert any(p == "organized" and o == "annual general meeting" and "Lạc Hồng Dairy" in s for s, p, o in _triples(text))


def test_a_meeting_at_a_bodys_headquarters_in_a_ward():
    text = ("HUẾ — Chairman of the Huế City People's Committee Lý Quốc Bảo on Tuesday chaired a working session with "
            "20 tourism firms at the committee's headquarters in Thuận Hóa ward.")
    assert ("working session", "locatedIn", "Thuận Hóa ward") in _triples(text)


def test_an_instruments_subject_after_for_past_the_task():
    text = ("The Ministry of Finance on Monday launched a national strategy for the development of the bond "
            "market to 2030 at a ceremony in Hà Nội.")
    assert ("national strategy for the development of the bond market to 2030", "about", "bond market") in _triples(text)


def test_a_subject_that_narrows_a_known_field_is_the_field():
    text = "Scientists met at a conference on marine biodiversity in Nha Trang on Friday."
    assert ("conference on marine biodiversity", "about", "marine biodiversity") in _triples(text)
    text = "Officials met at a workshop on pension reform in Huế on Friday."
    topics = {o for s, p, o in _triples(text) if p == "about"}
    assert "pension reform" in topics


def test_a_vague_modifier_does_not_narrow_a_known_field():
    text = "Experts met at a forum on responsible artificial intelligence in Hà Nội on Friday."
    topics = {o for s, p, o in _triples(text) if p == "about"}
    assert "artificial intelligence" in topics and "responsible artificial intelligence" not in topics


def test_a_trailing_payments_head_is_trimmed_and_no_field_ends_in_and():
    triples = _triples("The Government issued Decree 12/2026/NĐ-CP on maternity insurance payments.")
    assert ("Decree 12/2026/NĐ-CP", "about", "maternity insurance") in triples


def test_a_drafting_committee_for_a_named_law_holds_its_meeting():
    text = ("HUẾ — The drafting committee for the amended Law on Archives held its second meeting in Huế on "
            "Thursday, chaired by Minister Lý Quốc Bảo.")
    triples = _triples(text)
    assert ("drafting committee for the amended Law on Archives", "organized", "second meeting") in triples
    assert "Law on Archives" in _graph_labels(text)  # the law is an entity of its own


def test_a_meeting_of_the_body_named_again():
    text = ("The Huế City Steering Committee for Flood Prevention on Sunday ordered 300 households to move. The order "
            "was issued after an emergency meeting of the committee at the city's Department of Construction.")
    assert any(p == "organized" and o == "emergency meeting of the committee" and "Steering Committee" in s
               for s, p, o in _triples(text))


def test_an_innovation_hub_is_a_venue_and_a_showcase_an_event():
    text = ("HUẾ — A local start-up won first prize at the Huế Startup Contest 2025, whose final round took place on "
            "Sunday at the Huế Innovation Hub in Thuận Hóa ward.")
    triples = _triples(text)
    assert ("Huế Startup Contest 2025", "locatedIn", "Huế Innovation Hub") in triples
    text = "The agency will bring 40 firms to the Singapore International Food Showcase in Singapore next month."
    assert "Singapore International Food Showcase" in _spans(text, "EVENT")


def test_a_body_that_launches_a_programme_does_not_issue_it():
    text = "The Huế City People's Committee on Friday launched a tourism promotion programme for 2026 at a ceremony."
    triples = _triples(text)
    assert not any(p == "issued" for s, p, o in triples)
    assert ("Huế City People's Committee", "organized", "ceremony") in triples
    assert any(p == "issued" for s, p, o in _triples(
        "The Huế City People's Committee on Friday issued Plan 12/KH-UBND on tourism promotion."))


def test_for_public_before_a_non_procedure_noun_stays_in_the_subject():
    text = "The council on Thursday passed a resolution on free meals for public school pupils at its session."
    assert "resolution on free meals for public school pupils" in _spans(text, "POLICY")
    text = "The ministry published a draft circular on e-prescriptions for public comments."
    assert "draft circular on e-prescriptions" in _spans(text, "POLICY")

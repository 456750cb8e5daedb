"""English round en13: events and organisations of English-language Vietnamese news — talks held in a
city on a day, a question-and-answer session inside a longer sitting, a press conference set after
another happening, "trial run" (no trial), companies a describing noun names ("the Japanese firm …"),
airlines named "Air" and a place, and capitals of Central Asia."""
import kg.nlp
from articlefacts import graph_triples


def _spans(text: str, published: str = "2025-12-10") -> list[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, published)
    return [(sp.label_, sp.text) for sp in doc.spans["kg"]]


def test_talks_held_in_a_city_on_a_day_are_an_event():
    text = ("TASHKENT — Prime Minister Phạm Minh Chính and Uzbek Prime Minister Abdulla Aripov held talks in "
            "Tashkent on Monday. The two sides agreed to open a direct flight.")
    triples = graph_triples(text, "en", "2025-12-10")
    assert ("talks", "date", "2025-12-08") in triples
    assert ("talks", "locatedIn", "Tashkent") in triples


def test_talks_without_place_or_day_are_no_event():
    assert ("EVENT", "talks") not in _spans("The two firms have held talks for months about a merger.")


def test_question_and_answer_session_is_its_own_event_inside_a_sitting():
    text = ("HÀ NỘI — Deputies on Tuesday questioned the Minister of Health, on the 12th day of the National "
            "Assembly's tenth session. The question-and-answer session was chaired by National Assembly "
            "Chairman Trần Thanh Mẫn.")
    triples = graph_triples(text, "en", "2025-12-10")
    assert ("Tran Thanh Man", "participatedIn", "question-and-answer session") in triples \
        or ("Trần Thanh Mẫn", "participatedIn", "question-and-answer session") in triples


def test_press_conference_after_a_ceremony_is_an_event():
    text = ("ĐÀ NẴNG — The city held a groundbreaking ceremony for a new container port on Saturday. "
            "At a press conference after the ceremony, Deputy Minister of Construction Lê Văn An said the port "
            "would open in 2028.")
    assert ("EVENT", "press conference") in _spans(text, "2025-12-14")
    assert ("Lê Văn An", "participatedIn", "press conference") in graph_triples(text, "en", "2025-12-14")


def test_a_trial_run_is_no_trial():
    text = "The authority will oversee the trial run of the new terminal, due in June."
    assert not any(label == "EVENT" for label, _ in _spans(text))


def test_a_company_named_after_its_describing_noun():
    spans = _spans("Investors included the Japanese firm Marubeni and the state-owned company Petrolimex, "
                   "which signed memorandums with the province.")
    assert ("ORG", "Marubeni") in spans
    assert ("ORG", "Petrolimex") in spans


def test_an_airline_is_air_and_a_place():
    spans = _spans("Bamboo Airways and Air Canada will start flights between Hà Nội and Toronto next year.")
    assert ("ORG", "Air Canada") in spans
    assert ("LOC", "Canada") not in spans


def test_air_before_a_common_word_is_no_airline():
    assert not any(label == "ORG" for label, _ in _spans("The Air Quality Index rose sharply on Monday."))


def test_capitals_of_central_asia_are_places():
    spans = _spans("The delegation flew from Almaty to Bishkek after a stop in Dushanbe.")
    for city in ("Almaty", "Bishkek", "Dushanbe"):
        assert ("LOC", city) in spans


def test_talks_during_a_named_meeting_are_that_meeting():
    text = ("SINGAPORE — Minister Lê Văn An held talks with his Singaporean counterpart in Singapore on Monday, "
            "during the 5th Vietnam-Singapore Connectivity Ministers' Meeting.")
    assert ("EVENT", "talks") not in _spans(text, "2025-12-10")


def test_a_named_fair_in_lower_case_after_capitalised_words():
    spans = _spans("The department said it would hold a Vietnam-Laos trade fair in Savannakhet in March and "
                   "an OCOP handicraft fair later.")
    assert ("EVENT", "Vietnam-Laos trade fair") in spans


def test_a_forum_of_two_countries_joined_by_a_dash():
    spans = _spans("He attended the Việt Nam–Uzbekistan business forum in Tashkent on Monday.")
    assert ("EVENT", "Việt Nam–Uzbekistan business forum") in spans


def test_police_commands_and_senates_are_bodies():
    spans = _spans("The Đà Nẵng City Police worked with the Japanese National Police and the Quảng Nam Border "
                   "Guard Command, the President of the Philippine Senate said.")
    assert ("ORG", "Đà Nẵng City Police") in spans
    assert ("ORG", "Quảng Nam Border Guard Command") in spans
    assert ("ORG", "Philippine Senate") in spans


def test_a_peoples_committee_takes_no_field_after_it():
    spans = _spans("The minister held a working session with the Cần Thơ City People's Committee on the Cái Cui "
                   "Port expansion on Monday.")
    assert ("ORG", "Cần Thơ City People's Committee") in spans


def test_a_committee_keeps_the_field_it_is_named_for():
    spans = _spans("Delegates met the National Assembly's Committee on Legal Affairs on Monday.")
    assert any(label == "ORG" and text.endswith("Committee on Legal Affairs") for label, text in spans)


def test_a_limited_company():
    assert ("ORG", "Green Delta Logistics Limited") in _spans("The terminal will be run by Green Delta "
                                                               "Logistics Limited, the port operator said.")


def test_a_ceremony_to_launch_a_facility_in_a_place():
    text = ("HẢI PHÒNG — Deputy Prime Minister Lê Văn An on Friday met port operators in Hải Phòng. "
            "After the meeting, An attended a ceremony to launch a new container terminal in Đình Vũ ward.")
    assert ("ceremony", "locatedIn", "Đình Vũ ward") in graph_triples(text, "en", "2025-12-19")


def test_a_port_written_in_lower_case_after_its_place():
    assert ("LOC", "Liên Chiểu container port") in _spans("Work on Liên Chiểu container port speeds up.")


def test_a_company_owned_by_a_foreign_country():
    spans = _spans("The plant will be built by Taiwan's Foxlink Precision and Japan's Marubeni, while China's "
                   "Guangxi province will supply power. Singapore's Deputy Prime Minister attended.")
    assert ("ORG", "Foxlink Precision") in spans
    assert ("ORG", "Marubeni") in spans
    assert not any(label == "ORG" and text.startswith(("Guangxi", "Deputy")) for label, text in spans)


def test_a_titled_body_keeps_its_country_before_a_foreign_name():
    spans = _spans("Chairman of the Civil Aviation Authority of Singapore Han Kok Juan signed the agreement "
                   "with Indonesian Minister of Foreign Affairs Sugiono.")
    assert ("ORG", "Civil Aviation Authority of Singapore") in spans
    assert ("PER", "Han Kok Juan") in spans
    assert ("PER", "Sugiono") in spans


def test_a_press_conference_at_a_headquarters_after_a_dated_lead():
    text = ("ĐÀ NẴNG — The Đà Nẵng City Police said on Tuesday they had seized 40 kg of heroin. "
            "The ring used fishing boats, Colonel Lê Văn An said at a press conference at the city police "
            "headquarters.")
    assert ("EVENT", "press conference") in _spans(text, "2025-12-10")


def test_a_showcase_is_an_event():
    spans = _spans("Vietrade will bring 40 firms to the Singapore International Food Showcase next month.")
    assert ("EVENT", "Singapore International Food Showcase") in spans


def test_an_amount_after_a_company_is_not_its_name():
    spans = _spans("The provincial People's Committee fined Hòa Bình Sand Joint Stock Company 820 million VND.")
    assert ("ORG", "Hòa Bình Sand Joint Stock Company") in spans


def test_an_aircraft_model_is_no_company_mention():
    spans = _spans("The carrier will lease six Airbus A330neo aircraft. Boeing will supply 787-9 jets.")
    assert ("ORG", "Airbus") not in spans
    assert ("ORG", "Boeing") in spans


def test_an_event_name_with_and_between_its_words():
    spans = _spans("Vietnam will host the 2031 Asian Beach and Water Sports Games, officials said. "
                   "VCCI and Vietnam Business Forum staff met on Monday.")
    assert ("EVENT", "2031 Asian Beach and Water Sports Games") in spans
    assert ("EVENT", "Vietnam Business Forum") in spans


def test_a_provincial_party_congress_in_lower_case():
    spans = _spans("The secretary asked officials to prepare for the provincial Party congress in October.")
    assert ("EVENT", "provincial Party congress") in spans


def test_an_ethnic_place_name_with_an_apostrophe():
    spans = _spans("Drills will be held in Kon Plông and K'Bang communes and in Đắk Glei commune.")
    assert ("LOC", "K'Bang") in spans
    spans = _spans("Rangers patrolled K'Bang commune on Monday.")
    assert ("LOC", "K'Bang commune") in spans


def test_a_foreign_province_in_lower_case():
    spans = _spans("Officials will visit factories in Chungcheong province and Shizuoka prefecture.")
    assert ("LOC", "Chungcheong province") in spans
    assert ("LOC", "Shizuoka prefecture") in spans


def test_a_company_before_a_title_and_a_name():
    text = "The contract was signed by Minister Lê Văn An and Siemag Director General Markus Berger on Monday."
    spans = _spans(text)
    assert ("ORG", "Siemag") in spans
    assert ("Markus Berger", "memberOf", "Siemag") in graph_triples(text, "en", "2025-12-10")


def test_no_body_from_a_nationality_or_the_end_of_a_longer_name_before_a_title():
    spans = _spans("He met Lao Deputy Prime Minister Saleumxay Kommasith, New Zealand Ambassador Helen Carver "
                   "and Minister of Public Security General Lương Tam Quang.")
    assert not any(label == "ORG" and text in ("Lao", "Zealand", "Security") for label, text in spans)


def test_a_nationality_and_a_describing_word_before_a_company_noun():
    assert ("ORG", "Danieli") in _spans("It signed a deal with Italian engineering firm Danieli last year.")


def test_us_as_an_adjective_is_no_place():
    assert not any(label == "LOC" for label, _ in _spans("Exporters hit by US tariffs asked for cheaper loans."))
    spans = _spans("Exporters hit by US tariffs met officials. The US will send a trade mission.")
    assert any(label == "LOC" and text.endswith("US") for label, text in spans)

"""kg.nlp.recognizers.missions_en: embassies, consulates and trade offices of English copy are one body
with their seat."""
from kg.nlp.recognizers.missions_en import mission_candidates


def _spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in mission_candidates(text)]


def test_mission_keeps_sender_and_seat():
    text = ("He met businesses at the Embassy of Vietnam in Kuala Lumpur on Friday. The Consulate General of "
            "Vietnam in Osaka and the Vietnam Trade Office in the Philippines held a seminar.")
    assert _spans(text) == ["Embassy of Vietnam in Kuala Lumpur", "Consulate General of Vietnam in Osaka",
                            "Vietnam Trade Office in the Philippines"]


def test_bare_mission_word_is_not_a_name():
    assert _spans("The Embassy said the visa office in the city would open.") == []


def test_a_chamber_of_commerce_is_one_body_with_its_seat():
    text = ("A delegation of the Korea Chamber of Commerce and Industry in Việt Nam met the Danish Chamber of "
            "Commerce in Việt Nam.")
    assert _spans(text) == ["Korea Chamber of Commerce and Industry in Việt Nam",
                            "Danish Chamber of Commerce in Việt Nam"]


def test_a_chamber_with_no_seat_is_left_to_the_gazetteer():
    assert _spans("The Vietnam Chamber of Commerce and Industry said exports rose.") == []

"""kg.nlp.recognizers.titled_policies_en: English instruments named by a capitalised title ending in its
kind, or by their parties."""
from kg.nlp.recognizers.titled_policies_en import titled_policy_candidates


def _spans(text: str) -> list[str]:
    return [text[c.start:c.end] for c in titled_policy_candidates(text)]


def test_title_ending_in_its_kind_is_a_policy():
    text = "The city will build seven metro lines under its Urban Railway Development Plan, which implements it."
    assert _spans(text) == ["Urban Railway Development Plan"]


def test_numbered_plan_keeps_its_roman_numeral():
    assert "Power Development Plan VIII" in _spans("EVN is carrying out Power Development Plan VIII this year.")


def test_short_or_generic_titles_and_headlines_are_not_read():
    assert _spans("The Action Plan was approved by the board on Monday after a long debate in the city.") == []
    assert _spans("Ho Chi Minh City Unveils New Urban Railway Plan\n\nThe city said.") == []
    # "… Plan on X" belongs to the Law-on patterns
    assert _spans("It adopted the Ho Chi Minh City Master Plan on Urban Railways in May last year.") == []


def test_document_named_by_its_parties():
    text = "They welcomed the Vietnam-Malaysia Memorandum of Understanding on Maritime Cooperation, which sets up a hotline."
    assert _spans(text) == ["Vietnam-Malaysia Memorandum of Understanding on Maritime Cooperation"]


def test_a_title_may_open_with_a_vietnamese_capital_and_join_two_parties_by_a_dash():
    assert _spans("Officials praised the Quảng Ngãi Định Cư Resettlement Plan, which ends in May.") == \
        ["Quảng Ngãi Định Cư Resettlement Plan"]
    assert _spans("The deal gives effect to the Canada–Việt Nam Green Growth Strategy, adopted last year.") == \
        ["Canada–Việt Nam Green Growth Strategy"]


def test_two_title_words_may_be_joined_by_and_after_a_possessor():
    assert _spans("The lab will serve the city's Tourism and Hospitality Skills Programme, which runs to 2030.") == \
        ["Tourism and Hospitality Skills Programme"]
    # one word after "and" names two parties, not one title
    assert _spans("Officials from Laos and Thailand Plan to meet.") == []


def test_a_title_ending_in_project_is_an_instrument_but_not_a_body_named_after_one():
    assert _spans("The clinic is part of the Central Highlands Maternal Health Project, which ends in 2028.") == \
        ["Central Highlands Maternal Health Project"]
    assert _spans("The Central Project Management Unit will build the dykes.") == []


def test_parties_of_two_words_and_a_lower_case_kind_after_the():
    text = "The memorandum helps implement the Việt Nam–Laos cooperation agreement for 2026–2030, which they signed."
    assert "Việt Nam–Laos cooperation agreement for 2026–2030" in _spans(text)
    text = "The deal carries out the Việt Nam–Philippines Plan of Action for 2026–2030, adopted last year."
    assert "Việt Nam–Philippines Plan of Action for 2026–2030" in _spans(text)
    # a lower-case kind with no "the" before it is a description
    assert not _spans("Officials discussed a Vietnam–Laos cooperation agreement for railways on Monday.")


def test_a_title_with_of_before_a_lower_case_project_is_a_policy():
    text = "He urged provinces to speed up the One Million Hectares of High-Quality, Low-Emission Rice project."
    assert _spans(text) == ["One Million Hectares of High-Quality, Low-Emission Rice project"]
    # a site or brand before "project" names no policy
    assert _spans("Work on the Vinhomes Ocean Park project was delayed by the rain.") == []


def test_year_or_period_after_the_kind_word_is_part_of_the_title():
    assert _spans("The province approved the Coastal Erosion Control Programme 2026-2030, with a budget.") == \
        ["Coastal Erosion Control Programme 2026-2030"]
    assert _spans("Officials adopted the Digital Economy Strategy 2030 in March.") == ["Digital Economy Strategy 2030"]


def test_a_date_after_the_title_is_no_subject():
    assert _spans("The city launched the Smart Tourism Development Plan on December 2 at its offices.") == \
        ["Smart Tourism Development Plan"]
    assert _spans("The board approved the Green Port Upgrade Programme on Monday in Hải Phòng.") == \
        ["Green Port Upgrade Programme"]


def test_the_year_before_a_title_is_its_own():
    assert _spans("Teachers follow the 2018 General Education Programme closely.") == \
        ["2018 General Education Programme"]
    # a year that dates the sentence ("In 2025 …") is not the title's
    assert _spans("In 2025 Urban Railway Development Plan revisions were approved by the city.") == \
        ["Urban Railway Development Plan"]

"""English company names that end in a trade word (kg.nlp.recognizers.trade_names_en)."""
from kg.nlp.recognizers.trade_names_en import trade_name_candidates


def names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in trade_name_candidates(text) if c.label == "ORG"]


def test_trade_word_ends_a_company():
    assert names("Officials from Sembcorp Development attended the ceremony.") == ["Sembcorp Development"]
    assert names("Maersk Line will deploy larger ships.") == ["Maersk Line"]


def test_possessive_place_and_based_open_the_name():
    text = "Singapore's Sembcorp Development and US-based Gulfstream Energy signed the deal."
    assert names(text) == ["Sembcorp Development", "Gulfstream Energy"]


def test_listed_trade_names_both_count():
    assert names("The deal was signed by Keppel Land and Mapletree Investments.") == ["Keppel Land",
                                                                                      "Mapletree Investments"]


def test_tail_of_a_longer_body_is_no_company():
    assert names("the Vietnam Bank for Agriculture and Rural Development said") == []
    assert names("the Power Development Plan VIII") == []


def test_a_five_word_firm_and_not_a_venue_ending_in_a_trade_word():
    assert names("The coach, operated by Phương Trang Futa Bus Lines, was travelling.") == [
        "Phương Trang Futa Bus Lines"]
    assert names("They restored temples at the Hoa Lư Ancient Capital last year.") == []


def test_vina_ends_a_foreign_firms_local_arm():
    assert names("Seoul Semicon Vina plans to hire 2,000 more workers.") == ["Seoul Semicon Vina"]


def test_subject_of_a_named_forum_is_no_company():
    assert names("The 12th Asia-Pacific Forum on Sustainable Development wrapped up in Bangkok.") == []
    assert names("A conference on Rural Development opened. Sembcorp Development spoke.") == ["Sembcorp Development"]

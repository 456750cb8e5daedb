"""Tests of kg.nlp.recognizers.topic_modifiers_en: English topic words that only modify another noun."""
from __future__ import annotations

import kg.nlp

from articlefacts import kg_spans, resolved_entities


def _spans(text: str) -> list[tuple[str, str]]:
    return kg_spans(text, "en", "2025-12-04")


def _spans_20251204(text: str, label: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in list(doc.spans["kg"]) + list(doc.spans.get("nested", [])) if sp.label_ == label]


def topics(text: str, published: str = "2026-03-12") -> set[str]:
    """The names of the Topic entities kg finds in one English article."""
    return {n for n, t in resolved_entities(text, "en", published) if t == "Topic"}


def topics_20251114(text: str) -> set[str]:
    return {n for n, t in resolved_entities(text, "en", "2025-11-14") if t == "Topic"}


def test_a_topic_word_that_only_modifies_a_noun_is_no_topic():
    got = _spans("Logistics costs in the region are high, and the port wants to become a logistics hub.")
    assert not any(label == "TOPIC" for label, _ in got)
    got = _spans("The forum discussed logistics and renewable energy.")
    assert ("TOPIC", "logistics") in got


def test_a_field_word_before_data_or_testing_is_a_modifier():
    assert _spans_20251204("The province will use satellite data to warn farmers of floods.", "TOPIC") == []
    assert "satellites" not in [t.casefold() for t in _spans_20251204("Engineers ran chip testing lines in Bắc Ninh.", "TOPIC")]
    assert "chip" not in [t.casefold() for t in _spans_20251204("Engineers ran chip testing lines in Bắc Ninh.", "TOPIC")]


def test_high_tech_before_a_noun_is_an_adjective_not_a_field():
    got = topics("Bình Dương province wants more high-tech investment and plans a high-tech industrial zone near "
                 "the port.")
    assert "high technology" not in got


def test_high_tech_as_a_noun_stays_a_field():
    # (the recogniser keeps the noun; "high technology" is a sector the article keeps only as a subject or in its
    # headline: "en_kind" "subject", kg.resolve)
    assert "high-tech" in _spans_20251204("The city gives land rent cuts to firms in high-tech and in renewable energy.",
                                          "TOPIC")


def test_a_field_word_before_firms_only_names_the_firms():
    got = topics("Representatives of several logistics firms asked the city to widen the port road.")
    assert "logistics" not in got


def test_a_field_word_that_only_qualifies_an_event_or_a_deal_is_no_topic():
    assert topics_20251114("Quảng Ngãi held an investment promotion conference for Korean firms on Friday.") == set()
    assert topics_20251114("PV Gas signed a 10-year liquefied natural gas deal with a Qatari supplier on Monday.") == set()
    assert topics_20251114("Customs officers will scan every e-commerce parcel from January.") == set()
    assert "e-commerce" in _spans_20251204("Customs officers said e-commerce grew by a fifth this year.", "TOPIC")


def test_an_acronym_that_only_qualifies_a_thing_is_no_topic():
    assert topics_20251114("Patients can see their test results on the VNeID app from March.") == set()
    assert "artificial intelligence" in topics_20251114("The school will teach AI to every student from March.")


def test_field_words_sharing_one_head_only_name_the_things_they_modify():
    got = topics("Colleges were told to train technicians for chip and logistics firms in the north.")
    assert "semiconductors" not in got and "chips" not in got and "logistics" not in got
    # a list of fields with no head after it stays a list of fields
    assert "logistics" in _spans_20251204("The city wants more investment in chip design and logistics this year.",
                                          "TOPIC")


def test_a_list_whose_last_field_ends_in_a_head_word_stays_a_list_of_fields():
    got = topics("The seminar also discussed artificial intelligence and data centres, the organisers said.")
    assert {"artificial intelligence", "data center"} <= got


def test_a_field_word_before_a_maker_of_things_or_a_plant_is_no_topic():
    # "chip designer", "chip factories": the firm or the plant, not the field
    got = topics("Nvidia, the US chip designer, said it would open a research centre. The province set aside "
                 "land for chip factories.")
    assert not got & {"chips", "chip design"}


def test_a_list_holding_a_plural_names_fields_not_modifiers_of_a_shared_head():
    got = _spans("He invited Malaysian firms to invest in semiconductors, renewable energy and financial centres.")
    assert ("TOPIC", "semiconductors") in got
    assert ("TOPIC", "renewable energy") in got
    # modifiers sharing one head stay no topics
    assert not any(label == "TOPIC" for label, _ in _spans("Chip and logistics firms hired more engineers."))


def test_a_topic_word_before_the_managers_or_staff_of_a_firm_is_no_topic():
    # who runs a unit named by its field ("IT managers", "the logistics staff") is not the article's subject
    for text in ("HÀ NỘI — About 400 IT managers from banks attended.",
                 "HÀ NỘI — The port cut its logistics staff by a third last year.",
                 "HÀ NỘI — The bank's blockchain manager resigned on Monday."):
        assert not any(label == "TOPIC" for label, _ in _spans(text)), text


def test_a_topic_word_before_a_preposition_stays_a_topic():
    got = _spans("HÀ NỘI — The forum discussed blockchain for public services and offshore wind in the south.")
    assert ("TOPIC", "blockchain") in got


def test_a_field_that_names_an_office_s_portfolio_is_no_topic():
    # "ministers of …", "the department of …": the field words name the office, through a list of portfolios
    for text in ("HÀ NỘI — Its members include deputy ministers of finance, of science and technology, and of "
                 "home affairs.",
                 "HÀ NỘI — The provincial department of science and technology said the lab would open next year.",
                 "HÀ NỘI — Officials from the ministries of health and of information technology met on Monday."):
        assert not any(label == "TOPIC" for label, _ in _spans(text)), text


def test_a_field_after_of_with_no_office_before_is_still_a_topic():
    got = _spans("HÀ NỘI — The forum discussed the future of artificial intelligence in schools.")
    assert ("TOPIC", "artificial intelligence") in got


def test_a_field_joined_to_a_determined_phrase_shares_no_head_with_it():
    # "X and the cost of …": two phrases of a list, not two modifiers of "cost"
    for text, field in (("Speaking at a forum in Quy Nhơn on Saturday, officials fined boat owners. The forum discussed "
                         "fishing vessel traceability and the cost of satellite devices.", "fishing vessel traceability"),
                        ("HÀ NỘI — The workshop discussed rice straw recycling and the price of fertiliser.",
                         "rice straw recycling")):
        assert ("TOPIC", field) in _spans(text), text
    # … while modifiers that share their head are still no topics: "chip and logistics firms"
    assert not any(t == "logistics" for _, t in _spans("HÀ NỘI — Chip and logistics firms said demand rose."))


def test_a_field_word_before_a_device_noun_is_no_topic():
    for text in ("HÀ NỘI — Boat owners said satellite devices cost too much.",
                 "HÀ NỘI — The firm imports drone equipment from Japan."):
        assert not any(label == "TOPIC" for label, _ in _spans(text)), text

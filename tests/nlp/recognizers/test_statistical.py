"""The statistical taggers' people are kept only when they look like names (kg.nlp.recognizers.statistical)."""
import pytest

import kg.nlp
from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.statistical import english_person_shape, plausible_person
from articlefacts import resolved_entities


@pytest.fixture(scope="module")
def nlp_en():
    return kg.nlp.load("en")


@pytest.mark.parametrize("name", ["Sembcorp Development", "Urgent Safeguarding", "Tạ Quang Bửu Library",
                                  "Lam Zen Buddhist", "Dalat Hasfarm", "Saigon Hasfarm", "Airbus A330neo"])
def test_company_heritage_and_institution_runs_are_no_persons(name):
    assert not plausible_person(name, load_lexicon(), "en")


@pytest.mark.parametrize("name", ["Sabine Weyand", "Yoji Muto", "Park Min-soo", "Samantha Power", "Hue Nguyen",
                                  "Tengku Zafrul Aziz"])
def test_foreign_names_still_pass(name):
    assert english_person_shape(name.split(), load_lexicon())


def test_a_flower_company_is_no_person(nlp_en):
    doc = kg.nlp.annotate(nlp_en, "Dalat Hasfarm, a flower grower based in Đà Lạt, will export 20 million stems.",
                          "2026-12-01")
    assert not [s.text for s in doc.spans["kg"] if s.label_ == "PER"]


def test_a_coast_after_a_nationality_is_no_person(nlp_en):
    doc = kg.nlp.annotate(nlp_en, "New container service links Cái Mép with US West Coast ports", "2026-12-01")
    assert not [s.text for s in doc.spans["kg"] if s.label_ == "PER"]


@pytest.mark.parametrize("text", ["It is linked to the Truc Lam Zen Buddhist sect founded by King Tran Nhan Tong.",
                                  "The conference at the Tạ Quang Bửu Library in Hà Nội drew 400 researchers."])
def test_family_name_runs_ending_in_body_words_are_no_persons(nlp_en, text):
    doc = kg.nlp.annotate(nlp_en, text, "2026-12-01")
    persons = [s.text for s in doc.spans["kg"] if s.label_ == "PER"]
    assert not [p for p in persons if "Buddhist" in p or "Library" in p]


def test_a_participle_opening_an_english_sentence_is_no_part_of_a_name():
    text = ("Prime Minister Phạm Minh Chính held talks with President Lula in Brasília on Monday. "
            "Accompanying Chính were Minister of Foreign Affairs Bùi Thanh Sơn and Minister of Industry and Trade "
            "Nguyễn Hồng Diên.")
    people = {n for n, t in resolved_entities(text, "en", "2025-07-08") if t == "Person"}
    assert not any(n.startswith("Accompanying") for n in people)


def test_a_participle_opening_the_sentence_is_no_first_name():
    """"Joining Giang at the talks were …": a seven-letter participle before a short name opens the sentence."""
    text = ("Minister of National Defence General Phan Văn Giang co-chaired the annual defence talks in Phnom Penh "
            "on Friday.\n\nJoining Giang at the talks were Lieutenant General Nguyễn Văn Nghĩa and Lieutenant General "
            "Lê Đức Thái.")
    people = {n for n, t in resolved_entities(text, "en", "2026-12-07") if t == "Person"}
    assert not any(n.startswith("Joining") for n in people)
    assert {"Nguyễn Văn Nghĩa", "Lê Đức Thái"} <= people

"""English copy that lost its paragraph breaks: run-in headlines, credits and bylines
(kg.nlp.sentences, kg.nlp.recognizers.context.credit_candidates, kg.nlp.recognizers.resolve.cut_at_sentences)."""
from __future__ import annotations

import pytest

from articlefacts import graph_triples
from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.context import credit_candidates
from kg.nlp.recognizers.resolve import cut_at_sentences
from kg.nlp.sentences import split_sentences


def sentences(text: str, lang: str = "en") -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


def test_a_run_in_headline_ends_before_the_opener():
    text = "Province reviews flood recovery in March The provincial committee met on Monday."
    assert sentences(text) == ["Province reviews flood recovery in March", "The provincial committee met on Monday."]


def test_a_run_in_credit_ends_before_the_opener():
    text = "Delegates at the opening session – Photo: VNA/Minh Quan The session was chaired by the minister."
    assert sentences(text)[-1] == "The session was chaired by the minister."
    text = "Officials at the site. Photo by VnExpress/Le Hoa Among the guests were three ministers."
    assert sentences(text) == ["Officials at the site.", "Photo by VnExpress/Le Hoa",
                               "Among the guests were three ministers."]


@pytest.mark.parametrize("text", [
    "Minister Attends The Opening Of The New Bridge",            # a headline in title case
    "He gave an interview to the newspaper The Saigon Times last week.",  # a name after a lower-case word
    "The award of The Ministry went to the Museum of The Arts.",  # after a joining word
    "The decision was signed by Vice Chairman Phan The Tuan.",  # Thế in a name written without marks
])
def test_openers_inside_a_sentence_stay_inside(text):
    assert sentences(text) == [text]


def test_a_vietnamese_opener_mid_line_ends_the_sentence_before_it():
    text = "Hội nghị diễn ra tại Hà Nội Phát biểu tại hội nghị, ông Lê Minh nhấn mạnh yêu cầu. Ảnh: TTXVN Sau khi"
    assert sentences(text, "vi") == ["Hội nghị diễn ra tại Hà Nội", "Phát biểu tại hội nghị, ông Lê Minh nhấn mạnh yêu cầu.",
                                     "Ảnh: TTXVN", "Sau khi"]
    # the same words in lower case, or a capital word before a name, stay inside
    text = "Ông Nam phát biểu sau khi Tham tán Lê Hòa dự lễ."
    assert sentences(text, "vi") == [text]


def test_a_vietnamese_headline_run_into_its_lead_ends_before_the_lead_s_date_or_agency():
    text = "Quảng Bình khánh thành cầu Nhật Lệ 3 Sáng 2/9, UBND tỉnh Quảng Bình tổ chức lễ khánh thành."
    assert sentences(text, "vi") == ["Quảng Bình khánh thành cầu Nhật Lệ 3",
                                     "Sáng 2/9, UBND tỉnh Quảng Bình tổ chức lễ khánh thành."]
    text = "Bộ Y tế họp về dịch sởi (Chinhphu.vn) - Chiều 3/4, Bộ Y tế họp."
    assert sentences(text, "vi")[0] == "Bộ Y tế họp về dịch sởi"
    text = "Hội nghị diễn ra ngày 15/1 tại Hà Nội, sáng 16/1 bế mạc."  # dates inside a sentence stay
    assert sentences(text, "vi") == [text]


def test_a_vietnamese_credit_stops_before_an_opener():
    text = "Ảnh: Nhật Bắc Sau khi khai mạc, đoàn đi thăm Cảng Liên Chiểu."
    found = [text[c.start:c.end] for c in credit_candidates(text, load_lexicon())]
    assert found == ["Nhật Bắc"]


def test_vietnamese_text_is_not_cut_at_english_openers():
    text = "Ban tổ chức công bố kết quả The Voice mùa thứ năm tại Hà Nội."
    assert sentences(text, "vi") == [text]


def test_a_credit_names_only_the_run_of_capitalised_words_before_the_next_sentence():
    text = "Photo: VNA/Hoang Nam The delegation visited the Ministry of Finance, Ministry of Health and the port."
    found = [(text[c.start:c.end], c.label) for c in credit_candidates(text, load_lexicon())]
    assert found == [("VNA", "ORG"), ("Hoang Nam", "PER")]


def test_a_byline_run_into_the_headline_names_its_reporters():
    from kg.nlp.recognizers.names import byline_candidates

    text = "Ninh Binh opens new rice export port By Hoang Lan, Tran Duc   May 6, 2025 | 09:10 am The port"
    assert [text[c.start:c.end] for c in byline_candidates(text, "en")][:2] == ["Hoang Lan", "Tran Duc"]
    text = "The plan was drafted By Nguyen Van An and approved."  # no date or bar after the names: no byline
    assert byline_candidates(text, "en") == []


def test_a_name_across_a_sentence_start_keeps_its_longer_side():
    text = "Ministry reviews tasks in May The Steering Committee for Flood Control met."
    start = text.index("The Steering")
    run_in = Candidate(text.index("May"), text.index(" met"), "ORG", 60, "org-tail")
    short = Candidate(text.index("Ministry"), text.index(" reviews"), "ORG", 60, "org-tail")
    kept = cut_at_sentences([run_in, short], [start], text)
    assert [text[c.start:c.end] for c in kept] == ["Steering Committee for Flood Control", "Ministry"]
    law = Candidate(0, len("Law on Water Resources The 15"), "POLICY", 60, "policy")
    kept = cut_at_sentences([law], [len("Law on Water Resources ")], "Law on Water Resources The 15th session")
    assert [(c.start, c.end) for c in kept] == [(0, len("Law on Water Resources"))]


ARTICLE = ("Hai Phong opens new container terminal to ease port congestion\n"
           "By Tran Minh\n"
           "The Hai Phong People's Committee opened the Lach Huyen container terminal on Tuesday, "
           "the city's largest port project this decade.\n"
           "Cranes at the new terminal – Photo: VNA/Quoc Dung\n"
           "The ceremony was attended by Deputy Prime Minister Tran Hong Ha and Minister of Transport "
           "Tran Hong Minh.\n"
           "Among the guests were leaders of the Vietnam Maritime Administration.")


def test_english_copy_on_one_line_gives_the_facts_of_the_paragraphs():
    clean = graph_triples(ARTICLE, "en", "2025-05-20")
    one_line = graph_triples(ARTICLE.replace("\n", " "), "en", "2025-05-20")
    # the byline needs its own line; everything else is the same
    assert clean and {t for t in clean if "Tran Minh" not in " ".join(map(str, t))} \
        == {t for t in one_line if "Tran Minh" not in " ".join(map(str, t))}

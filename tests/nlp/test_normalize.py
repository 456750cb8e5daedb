"""kg.nlp.normalize, the text normaliser: messy real text finds what clean text finds, at raw offsets."""
from __future__ import annotations

import re
import unicodedata

import pytest

import kg.nlp
from articlefacts import hard_wrapped
from kg.nlp.normalize import normalize, respell
from kg.textutil import tone_last

CLEAN = ("Tổng Bí thư Tô Lâm và bà Nguyễn Thị Lan, Chủ tịch UBND tỉnh Khánh Hòa, "
         "dự hội nghị tại Hà Nội.\nÔng Phạm Văn Thụy phát biểu.")


def _marks_after_syllable(text: str) -> str:
    """Every tone mark typed after the syllable's last letter, decomposed (a PDF export)."""
    return re.sub(r"\w+", lambda m: tone_last(m.group()), text)


MESSY = {
    "decomposed": unicodedata.normalize("NFD", CLEAN),
    "marks after the final consonant": _marks_after_syllable(CLEAN),
    "old tone placement": CLEAN.replace("Khánh Hòa", "Khánh Hoà").replace("Thụy", "Thuỵ"),
    "line wrap inside a name": CLEAN.replace("Nguyễn Thị Lan", "Nguyễn\nThị Lan"),
    "zero-width characters": "\ufeff" + CLEAN.replace("Tô Lâm", "Tô L\u200bâm")
    .replace("Khánh Hòa", "Khánh\u200d Hòa").replace("Hà Nội", "Hà\u00adNội".replace("\u00ad", " \u00ad")),
    "non-breaking spaces": CLEAN.replace("Tô Lâm", "Tô\u00a0Lâm").replace("Hà Nội", "Hà\u202fNội"),
    "runs of spaces": CLEAN.replace(" ", "  ").replace("Khánh  Hòa", "Khánh \u00a0 Hòa"),
}


@pytest.fixture(scope="module")
def nlp():
    return kg.nlp.load("vi")


def _clean_ents(doc):
    return [(e._.kg_text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("kind", list(MESSY))
def test_messy_text_finds_the_clean_entities_at_raw_offsets(nlp, kind):
    clean = kg.nlp.annotate(nlp, CLEAN)
    messy_text = MESSY[kind]
    doc = kg.nlp.annotate(nlp, messy_text)
    assert doc.text == messy_text
    assert _clean_ents(doc) == [(e.text, e.label_) for e in clean.ents]
    assert ("Tô Lâm", "PER") in _clean_ents(doc) and ("Nguyễn Thị Lan", "PER") in _clean_ents(doc)
    for ent, ref in zip(doc.ents, clean.ents):
        raw = messy_text[ent.start_char:ent.end_char]
        assert raw == ent.text
        # the raw span holds exactly the messy spelling of the name: nothing cut, nothing extra
        assert normalize(raw).text == ref.text, (raw, ref.text)
        assert not raw[:1].isspace() and not raw[-1:].isspace()
    # sentences are raw spans too, and the same two sentences
    assert [normalize(s.text.strip()).text.replace("\n", " ") for s in doc.sents] == \
        [s.text.strip() for s in clean.sents]


def test_zero_width_inside_a_name_does_not_cut_it(nlp):
    text = "Tổng Bí thư Tô L\u200bâm làm việc với Bộ Công an."
    doc = kg.nlp.annotate(nlp, text)
    person = [e for e in doc.ents if e.label_ == "PER"]
    assert [(p.start_char, p.end_char) for p in person] == [(12, 19)]
    assert person[0]._.kg_text == "Tô Lâm"


def test_extraction_names_are_normalised_and_offsets_raw(nlp):
    from kg.article import Article
    from kg.extract import extract

    text = "Bà Nguyễn\nThị Lan, Chủ tịch UBND tinh\u0309 Khánh Hoà, dự lễ khởi công."
    doc = kg.nlp.annotate(nlp, text)
    ex = extract(Article(id="x", text=text, lang="vi"), doc)
    names = {m.text: (m.start, m.end) for m in ex.mentions}
    assert "Nguyễn Thị Lan" in names and text[slice(*names["Nguyễn Thị Lan"])] == "Nguyễn\nThị Lan"
    assert "UBND tỉnh Khánh Hòa" in names


@pytest.mark.parametrize("written, matched", [
    ("quye\u0302t\u0301", "quyết"),  # mark after the final consonant
    ("tinh\u0309", "tỉnh"),
    ("Hôị", "Hội"),  # mark on the wrong vowel
    ("Hoà", "Hòa"), ("Thuỵ", "Thụy"), ("khoẻ", "khỏe"),  # old placement
    ("người", "người"), ("hoàng", "hoàng"), ("quý", "quý"), ("giữa", "giữa"), ("ngoài", "ngoài"),
    ("café", "café"), ("Đắk", "Đắk"),  # not Vietnamese syllables of the checked shape: NFC only
])
def test_respell_puts_the_tone_on_the_matching_vowel(written, matched):
    assert respell(written) == matched


def test_line_breaks_join_only_inside_sentences():
    n = normalize("Thủ tướng thăm Pháp\nSáng 15/1, ông Nguyễn\nVăn An và bà Trần Thị\nBình dự\nlễ khai mạc.\n\nHết")
    assert n.text == "Thủ tướng thăm Pháp\nSáng 15/1, ông Nguyễn Văn An và bà Trần Thị Bình dự lễ khai mạc.\n\nHết"
    assert len(n.text) == len(n.original) and n.starts is None


def test_clean_text_is_left_alone():
    text = "Tổng Bí thư Tô Lâm dự Diễn đàn.\nẢnh: TTXVN"
    n = normalize(text)
    assert not n.changed and n.text is text


# A news item hard-wrapped at 60 columns, as a PDF or e-mail export gives it.
PARAGRAPH = ("Sáng 3/9, tại Hà Nội, dự lễ có các đồng chí: Trần Văn Nam, Ủy viên Bộ Chính trị, Bí thư "
             "Thành ủy; Lê Thị Hoa, Bộ trưởng Bộ Y tế; các lãnh đạo địa phương và đại diện Hội Nông dân "
             "tỉnh Bắc Ninh, Hội Cựu chiến binh. Kinh phí của chương trình là 120 tỷ đồng, do Ủy ban nhân "
             "dân thành phố cân đối từ ngân sách (nguồn chi thường xuyên) theo kế hoạch đã được phê duyệt.")


@pytest.mark.parametrize("width, first_chars", [(40, "1B"), (44, "(T"), (61, "1BY"), (78, "(")])
def test_hard_wrapped_text_is_joined_across_capitals_numbers_and_brackets(width, first_chars):
    body = hard_wrapped(PARAGRAPH, width)
    assert set(first_chars) <= {body[m.end()] for m in re.finditer(r"\n", body)}  # lines that go on with these
    text = "Chủ tịch nước dự lễ kỷ niệm\n\n" + body + "\n"
    n = normalize(text)
    assert n.text == "Chủ tịch nước dự lễ kỷ niệm\n\n" + PARAGRAPH + "\n" and len(n.text) == len(text)


def test_a_short_line_before_the_body_is_not_a_wrap():
    text = "Tin: Phóng viên Hà An\n" + hard_wrapped(PARAGRAPH, 60)
    assert normalize(text).text == "Tin: Phóng viên Hà An\n" + PARAGRAPH


def test_list_items_each_keep_their_line():
    text = ("Nghị định quy định:\na) đối tượng được hỗ trợ;\nb) mức hỗ trợ;\n- thời hạn nộp hồ sơ;\n"
            "các nội dung khác do Bộ Tài chính hướng dẫn.")
    n = normalize(text)
    assert n.text.count("\n") == 3 and "hồ sơ; các nội dung" in n.text  # a ';' before lower case runs on


def test_a_line_starting_with_a_comma_continues_the_one_before():
    assert normalize("Ông Trần Văn Nam, Ủy viên Bộ Chính trị\n, Bí thư Thành ủy dự lễ.").text == \
        "Ông Trần Văn Nam, Ủy viên Bộ Chính trị , Bí thư Thành ủy dự lễ."


def test_runs_of_spaces_in_english_copy_match_as_one():
    text = "Prime  Minister Pham  Minh  Chinh chaired the meeting of the  Ministry of  Finance in Hanoi."
    n = normalize(text)
    assert n.text == " ".join(text.split())
    start = n.text.index("Pham Minh Chinh")
    assert text[slice(*n.span(start, start + len("Pham Minh Chinh")))] == "Pham  Minh  Chinh"


@pytest.mark.parametrize("text, matched", [
    ("Title\nHUẾ - The Thừa Thiên Huế People's Committee met on Monday.",
     "Title\nHUẾ — The Thừa Thiên Huế People's Committee met on Monday."),
    ("HANOI, Mar 3 (VNA) - The Ministry of Finance said.", "HANOI, Mar 3 (VNA) — The Ministry of Finance said."),
    ("BÀ RỊA - VŨNG TÀU - The province opened a port.", "Bà Rịa - Vũng Tàu — The province opened a port."),
    ("Tỉnh Bà Rịa - Vũng Tàu khánh thành cảng.", "Tỉnh Bà Rịa - Vũng Tàu khánh thành cảng."),  # a name's own hyphen
])
def test_a_hyphen_after_a_dateline_in_capitals_reads_as_its_dash(text, matched):
    assert normalize(text).text == matched


def test_a_plain_text_dateline_does_not_join_the_place_to_the_body_after_it():
    from articlefacts import kg_spans

    dashed = kg_spans("HUẾ — The Thừa Thiên Huế People's Committee met on Monday.")
    assert kg_spans("HUẾ - The Thừa Thiên Huế People's Committee met on Monday.") == dashed
    assert ("ORG", "Thừa Thiên Huế People's Committee") in dashed


def test_an_english_titles_hyphened_prefix_reads_as_the_title_and_keeps_its_length():
    raw = "World Bank Vice-President Manuela Ferro met Co-Chair Lee; a well-known X-ray."
    norm = normalize(raw)
    assert norm.text == "World Bank Vice President Manuela Ferro met Co Chair Lee; a well-known X-ray."
    assert len(norm.text) == len(raw)

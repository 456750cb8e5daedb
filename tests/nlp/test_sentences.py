"""Tests of kg.nlp.sentences: Sentence splitting for news text."""
from __future__ import annotations

from kg.corpus import iter_articles, sample_corpus_dir
from kg.nlp.sentences import split_sentences


def test_sentence_starts_from_the_offset_array_equal_the_token_walk():
    import kg.nlp
    from kg.nlp.sentences import split_sentences
    from kg.nlp.tokenizer import doc_text

    nlp = kg.nlp.load("vi", use_crf=False)
    texts = ["", "Một câu. Hai câu!\n\nBa câu? TP.HCM ngày 1/1.", *[a.text for a in iter_articles([sample_corpus_dir()])]]
    for text in texts:
        doc = nlp.get_pipe("kg_sentences")(nlp.get_pipe("kg_normalizer")(nlp.make_doc(text)))
        starts = {s for s, _ in split_sentences(doc_text(doc))}
        assert [t.is_sent_start for t in doc] == [t.i == 0 or t.idx in starts for t in doc]
        assert len(list(doc.sents)) == max(1, sum(t.i == 0 or t.idx in starts for t in doc)) if len(doc) else True


def test_an_editions_roman_number_ends_a_sentence():
    from kg.nlp.sentences import split_sentences

    text = "Hội Nhà báo tổ chức Giải báo chí quốc gia lần thứ X. Phó Thủ tướng Lê Thành Long dự."
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Tác giả Nguyễn V. Hùng đoạt giải.")) == 1  # an initial still does not


def test_a_pronoun_before_a_capitalised_word_is_a_chinese_surname_not_a_sentence():
    text = "Also attending were Deputy Prime Minister Trần Hồng Hà and Chinese Ambassador He Wei."
    assert [text[a:b] for a, b in split_sentences(text, "en")] == [text]
    run_in = "The minister opened the fair on Monday He said trade would grow."
    assert [run_in[a:b] for a, b in split_sentences(run_in, "en")][-1] == "He said trade would grow."

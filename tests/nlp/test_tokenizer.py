"""Tests of kg.nlp.tokenizer: Tokenizer and word segmentation for Vietnamese and English news."""
from __future__ import annotations

import random

from kg.corpus import iter_articles, sample_corpus_dir


def test_token_edges_equal_the_token_walk():
    import kg.nlp
    from kg.nlp.tokenizer import token_edges

    texts = ["", "  ", "Bộ Y tế (BYT) họp ngày 12/6/2025, 1.000 người.\n\nTP.HCM  và  Hà Nội…",
             "Prime Minister Pham Minh Chinh visited Japan's capital on 5 May."]
    texts += [a.text[:4000] for a in iter_articles([sample_corpus_dir()])]
    for lang in ("vi", "en"):
        nlp = kg.nlp.load(lang, use_crf=False)
        for text in texts:
            doc = nlp.make_doc(text)
            assert token_edges(doc) == ({t.idx: t.i for t in doc}, {t.idx + len(t): t.i + 1 for t in doc}), text


def test_word_chars_noted_by_kg_words_equal_the_spans():
    import kg.nlp
    from kg.nlp.tokenizer import WORD_CHARS_KEY, word_chars

    texts = ["Bộ Y tế (BYT) họp ngày 12/6/2025 tại TP.HCM.\n\nÔng  Nguyễn Văn An…", ""]
    texts += [a.text for a in iter_articles([sample_corpus_dir()])]
    for lang in ("vi", "en"):
        nlp = kg.nlp.load(lang, use_crf=False)
        for text in texts:
            doc = nlp.make_doc(text)
            for name, proc in nlp.pipeline:
                doc = proc(doc)
                if name == "kg_words":
                    break
            plain = [(w.start_char, w.end_char) for w in doc.spans["words"]]
            assert WORD_CHARS_KEY in doc.user_data
            assert word_chars(doc) == plain and WORD_CHARS_KEY not in doc.user_data
            assert word_chars(doc) == plain  # without the note: read from the spans
            if len(plain) > 2:  # spans changed after kg_words: the note is not used
                doc.user_data[WORD_CHARS_KEY] = plain
                doc.spans["words"] = list(doc.spans["words"])[1:]
                assert word_chars(doc) == plain[1:]


def test_words_and_spaces_equal_spacy_s_alignment():
    from spacy.util import get_words_and_spaces

    from kg.nlp.tokenizer import TOKEN_RE, words_and_spaces

    rng = random.Random(9)
    texts = ["", " ", "\n", "  Bộ  Y tế \n\n họp\u00a0ngày 1.000,5\u2003TP.HCM …  ", "x\t", "a-b c,d. e"]
    texts += [a.text for a in iter_articles([sample_corpus_dir()])]
    alphabet = list("aĐ1 .,-\n\t\u00a0\u2003…(") + ["TP.HCM", "1.000", "  "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert words_and_spaces(text) == get_words_and_spaces(TOKEN_RE.findall(text), text), repr(text)


def test_the_text_the_tokenizer_keeps_is_the_text_spacy_joins():
    import kg.nlp
    from kg.nlp.tokenizer import doc_text

    nlp = kg.nlp.load("vi", use_crf=False)
    texts = ["", " ", "Một câu.  Hai\n\n câu\t!\n", "  mở đầu bằng khoảng trắng", "kết thúc \n ",
             "TP.HCM ngày 1/1 – “Bộ Y tế”…", *[a.text for a in iter_articles([sample_corpus_dir()])]]
    for text in texts:
        doc = nlp.tokenizer(text)
        assert doc_text(doc) == "".join(t.text_with_ws for t in doc) == text
        clean = nlp.get_pipe("kg_normalizer")(nlp.tokenizer(text.replace(" ", "  ")))
        assert doc_text(clean) == "".join(t.text_with_ws for t in clean)

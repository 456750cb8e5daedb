"""The shortcuts taken for speed give the values the plain computation gives."""
from __future__ import annotations

import re
import unicodedata

from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.titles import title_candidates
from kg.nlp.recognizers.words import words_of
from kg.textutil import TONE_MARKS, fold, fold_key, norm_key

TEXTS = ["Nguyễn  Hòa Bình", "nguyễn hoà bình", "  THỦ TƯỚNG Phạm Minh Chính. ", "Bộ\u00a0Tài chính",
         "(“Nghị quyết 57-NQ/TW”)", "Thủ-tướng", "ĐẶNG Thị Hoà", "e\u0301 a\u0300 hoa\u0300", "", "...",
         "Straße İstanbul ǅ", "quốc  hội\tkhóa XV", "Hòa hoà HÒA HOÀ"]


def plain_norm_key(text: str) -> str:
    """norm_key written out in one piece, with no memo and no word-by-word NFC."""
    text = re.sub(r"[\s\u00a0]+", " ", unicodedata.normalize("NFC", text).casefold()).strip(" .,;:\"'“”‘’()")
    words = []
    for w in text.split(" "):
        d = unicodedata.normalize("NFD", w)
        words.append("".join(c for c in d if c not in TONE_MARKS) + "".join(c for c in d if c in TONE_MARKS))
    return unicodedata.normalize("NFC", " ".join(words))


def test_norm_key_equals_the_plain_computation():
    for text in TEXTS:
        assert norm_key(text) == plain_norm_key(text), text
        norm_key.cache_clear()  # and again with nothing memoised
        assert norm_key(text) == plain_norm_key(text), text


def test_fold_keeps_length_and_matches_per_character_nfd():
    for text in TEXTS:
        folded = fold(text)
        assert len(folded) == len(text)
        for ch, f in zip(text, folded):
            base = "d" if ch in "đĐ" else unicodedata.normalize("NFD", ch)[0].lower()
            assert f == (base if len(base) == 1 else ch)
    assert fold_key("Tô Lâm") == fold_key("To Lam") == "to lam"


def test_every_title_is_found_after_the_first_word_shortcut():
    lex = load_lexicon()
    assert lex.title_first_words == {k.split(" ")[0] for k in lex.titles}
    missed = []
    for key, title in lex.titles.items():
        if title.kind == "honorific" or not title.text[:1].isupper():
            continue
        text = f"Hôm qua, {title.text} Nguyễn Văn An phát biểu."
        starts = {c.start for c in title_candidates(text, words_of(text), lex)}
        if text.index(title.text) not in starts:  # found (perhaps with its body split off)
            missed.append(title.text)
    # A few titles legitimately lose to a place check; the shortcut would drop
    # whole families of them.
    assert len(missed) <= len(lex.titles) // 20, missed[:20]


def test_model_features_read_each_syllable_the_same_from_the_memo():
    from kg.nlp.model import _word_facts, line_features
    from kg.nlp.lexicon import WORD_RE

    text = "Thủ tướng Phạm Minh Chính làm việc với huyện Đông Anh và ông John Smith."
    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    _word_facts.cache_clear()
    first = line_features(words)
    again = line_features(words)  # now every syllable is memoised
    assert first == again
    pham = [w for _, _, w in words].index("Phạm")
    assert {"surname", "w=" + norm_key("Phạm"), "shape=Aa", "-1:title_word", "-2:title_word"} <= set(first[pham])
    assert "-1:place_head" in first[[w for _, _, w in words].index("Đông")]
    assert "foreign" in first[[w for _, _, w in words].index("John")]


def test_org_heads_from_a_word_keep_every_head_that_can_match_in_order():
    from kg.nlp import patterns as P
    from kg.nlp.recognizers.organisations import _ORG_HEADS_LONGEST_FIRST, _org_heads_from

    for head in P.ORG_HEADS_VI:
        first = words_of(head)[0].text
        found = _org_heads_from(first)
        assert head in found
        assert list(found) == [h for h in _ORG_HEADS_LONGEST_FIRST if h in found]  # longest first kept
    assert _org_heads_from("Bộ") and not _org_heads_from("Hôm")


def test_restored_doc_keeps_sentence_starts_and_only_those():
    import kg.nlp

    text = "Ông Tô L\u200bâm đến Hà Nội.\nBà Nguyễn Thị Hoà phát biểu. Hội nghị kết thúc."
    doc = kg.nlp.annotate(kg.nlp.load("vi"), text, "2025-01-15")
    assert doc.text == text
    assert [s.text.split()[0] for s in doc.sents] == ["Ông", "Bà", "Hội"]
    starts = {s.start for s in doc.sents}
    assert all(t.is_sent_start == (t.i in starts) for t in doc)


def test_offset_literals_from_the_memo_equal_fresh_ones():
    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.rdf import _offset

    for n in (0, 7, 12345, 7):
        lit = _offset(n)
        assert lit == Literal(n, datatype=XSD.nonNegativeInteger)
        assert lit.datatype == XSD.nonNegativeInteger and lit.toPython() == n


def test_doc_text_is_the_docs_own_text_even_with_copied_user_data():
    import kg.nlp
    from kg.nlp.tokenizer import doc_text

    nlp = kg.nlp.load("vi", use_crf=False)
    a, b = nlp.make_doc("Ông Tô L\u200bâm ở Khánh Hoà."), nlp.make_doc("Hà Nội")
    assert doc_text(a) == a.text and doc_text(a) == a.text  # built, then read back
    b.user_data.update(a.user_data)  # what the normaliser does with a re-tokenised doc
    assert doc_text(b) == b.text == "Hà Nội"
    doc = kg.nlp.annotate(nlp, "Ông Tô L\u200bâm ở Khánh Hoà.\nBộ Y tế họp.")
    assert doc_text(doc) == doc.text == "Ông Tô L\u200bâm ở Khánh Hoà.\nBộ Y tế họp."


def test_normalize_memo_gives_what_a_fresh_normalisation_gives():
    from kg.nlp.normalize import _normalize, normalize

    for text in TEXTS:
        first = normalize(text)
        _normalize.cache_clear()
        again = normalize(text)
        assert (first.text, first.original, first.starts) == (again.text, again.original, again.starts)

"""kg.nlp.pieces: bounded pieces for underthesea and spaCy, and that underthesea only ever gets them.

Long single lines made underthesea's CRF features grow faster than the text
(issue 12, item 5); linearity is checked here structurally, by the length of
every input underthesea receives, not by timing (tests/bench/bench_long_lines.py times it).
"""
from __future__ import annotations

import pytest

import kg.nlp
from kg.nlp.pieces import UNDERTHESEA_PIECE, bounded_pieces, line_pieces
from kg.nlp.tokenizer import segment_words

SENTENCES = ("Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1. "
             "Ông Park Hang Seo và bà Angela Merkel gặp lãnh đạo Bộ Chính trị, Chính phủ. ")


def one_line(n: int) -> str:
    return (SENTENCES * (n // len(SENTENCES) + 1))[:n].rstrip()


def check_cover(text: str, pieces: list[tuple[int, int]], start: int, end: int, limit: int) -> None:
    assert pieces[0][0] == start and pieces[-1][1] == end
    for (s1, e1), (s2, _) in zip(pieces, pieces[1:]):
        assert e1 == s2, "pieces must be contiguous"
    assert all(0 < e - s <= limit for s, e in pieces)
    assert all(e - s >= limit // 2 for s, e in pieces[:-1]), "short pieces would make the count grow"


@pytest.mark.parametrize("limit", [2, 7, 50, 500])
def test_pieces_cover_the_range_within_the_limit(limit):
    text = one_line(3000) + "\n\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n" + one_line(900)
    check_cover(text, bounded_pieces(text, 0, len(text), limit), 0, len(text), limit)
    check_cover(text, bounded_pieces(text, 10, 2000, limit), 10, 2000, limit)


def test_pieces_prefer_line_then_sentence_then_comma_breaks():
    text = "a" * 300 + ". " + "b" * 100 + ", " + "c" * 50 + "\n" + "d" * 200
    assert bounded_pieces(text, limit=500)[0] == (0, 455)  # after the line break
    assert bounded_pieces(text, limit=420)[0] == (0, 302)  # no line break in reach: the sentence end
    text = "a" * 300 + ", " + "b" * 100 + " " + "c" * 300
    assert bounded_pieces(text, limit=420)[0] == (0, 302)  # the comma before a bare space
    assert bounded_pieces("x" * 1000, limit=400) == [(0, 400), (400, 800), (800, 1000)]  # no break: hard


def test_line_pieces_skip_blank_lines():
    text = "một hai.\n\n   \nba bốn"
    assert [text[s:e] for s, e in line_pieces(text)] == ["một hai.", "ba bốn"]


def test_underthesea_only_gets_bounded_pieces(monkeypatch):
    from kg.nlp import fastcrf

    sizes: dict[str, list[int]] = {"word_tokenize": [], "ner": []}

    def recording(name, real):
        def call(sentence, *args, **kwargs):
            sizes[name].append(len(sentence))
            return real(sentence, *args, **kwargs)
        return call

    # kg segments with underthesea's segmenter through kg.nlp.fastcrf.word_tokenize and
    # tags names with kg.nlp.fastcrf.ner (underthesea's NER models)
    for name in sizes:
        monkeypatch.setattr(fastcrf, name, recording(name, getattr(fastcrf, name)))
    text = one_line(20_000)
    words = segment_words(text, "vi")
    people = kg.nlp.crf_person_spans(text, [(0, len(text))])
    for name, seen in sizes.items():
        assert seen and max(seen) <= UNDERTHESEA_PIECE, f"{name} got {max(seen)} characters at once"
        assert sum(seen) >= len(text) - 200, f"{name} did not see the whole line"
    # offsets map back: words are in order, inside the text, and are the text's own syllables
    assert all(0 <= s < e <= len(text) for s, e in words)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(words, words[1:]))
    assert sum(len(text[s:e].split()) for s, e in words) >= 0.98 * len(text.split())
    assert {text[s:e] for s, e in people} >= {"Park Hang Seo", "Angela Merkel"}


def test_long_text_is_annotated_in_pieces_with_the_same_result(monkeypatch):
    nlp = kg.nlp.load("vi", use_crf=False)
    text = "\n".join(one_line(700) for _ in range(4))
    whole = kg.nlp.annotate(nlp, text, "2025-01-15")
    monkeypatch.setattr(kg.nlp, "CHUNK_CHARS", 1000)
    pieced = kg.nlp.annotate(nlp, text, "2025-01-15")
    assert pieced.text == text
    key = lambda doc: [(e.start_char, e.end_char, e.label_, e._.kg_source, e._.kg_gid) for e in doc.ents]  # noqa: E731
    assert key(pieced) == key(whole)
    assert [(s.start_char, s.end_char) for s in pieced.spans["kg"]] == [(s.start_char, s.end_char) for s in whole.spans["kg"]]
    assert pieced.user_data["published"] == "2025-01-15"

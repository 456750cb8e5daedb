"""The second speed round of issue #11 (``speed2``) changes no output: every fast path below is
compared with the computation it replaced. (The whole output of a corpus is compared between two
versions with ``tests/bench/bench_rules.py --digests``, outside the tests: pinned digests would fail
on every intended change of what kg extracts.)"""
from __future__ import annotations

import math
import random
import re
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal

from kg.article import Article
from kg.corpus import iter_articles
from kg.nlp.recognizers.words import Word, words_of

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def _texts() -> list[Article]:
    return [a for a in iter_articles([ROOT / "kg" / "data" / "sample", DATA / "tune-vi", DATA / "tune-en"])
            if isinstance(a, Article)]


def test_word_keeps_the_dataclass_equality_hash_and_repr():
    a, b = words_of("Ông Nguyễn Văn An"), words_of("Ông Nguyễn Văn An")
    assert a == b and hash(a[1]) == hash(b[1]) and a[1] != a[2] and (a[0] == "Ông") is False
    assert repr(a[1]) == "Word(i=1, start=4, end=10, text='Nguyễn')"
    w = Word(0, 0, 4, "VinAI")
    assert (w.is_cap, w.is_alpha, w.is_word, w.name_syl) == (True, True, True, False)
    assert [x.name_syl for x in words_of("Đức ĐỨC đức A 12 ,")] == [True, False, False, True, False, False]


def test_whole_word_occurrences_equal_the_pattern():
    from kg.nlp.recognizers.repeats import whole_word_occurrences

    rng = random.Random(5)
    alphabet = list("ab _.Đđ1\n") + ["ab", "a b", "Bộ Y tế"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
        pattern = rf"(?<![\w]){re.escape(name)}(?![\w])"
        assert whole_word_occurrences(text, name) == [m.span() for m in re.finditer(pattern, text)], (text, name)


def test_known_key_prefixes_cut_no_gazetteer_or_title_match(monkeypatch):
    """The gazetteer and the title finder find the same with and without stopping runs early."""
    from kg.nlp.lexicon import load_lexicon
    from kg.nlp.recognizers import gazetteer, titles

    lex = load_lexicon()
    texts = [(a.text, a.lang or "vi") for a in _texts()]
    texts += [("Tỉnh Bà Rịa-Vũng Tàu, UBND TP.HCM (Sở Tài chính) và Bộ trưởng Bộ Kế hoạch và Đầu tư.", "vi"),
              ("Deputy Prime Ministers Tran Hong Ha and Ho Duc Phoc visited Ha Noi and Ba Ria-Vung Tau.", "en")]
    fast = [(gazetteer.gazetteer_candidates(t, words_of(t), lang, lex), titles.title_candidates(t, words_of(t), lex))
            for t, lang in texts]
    monkeypatch.setattr(gazetteer, "_prefixes", lambda lex, folded: None)
    monkeypatch.setattr(titles, "_title_prefixes", lambda lex: None)
    slow = [(gazetteer.gazetteer_candidates(t, words_of(t), lang, lex), titles.title_candidates(t, words_of(t), lex))
            for t, lang in texts]
    assert fast == slow
    assert sum(len(g) for g, _ in fast) > 500 and sum(len(t) for _, t in fast) > 200


def test_unexplained_lines_equal_the_scan():
    from kg.nlp.recognizers.candidates import Candidate
    from kg.nlp.recognizers.statistical import unexplained_lines
    from kg.nlp.recognizers.words import cap_run

    def plain(text, words, cands):
        covered = sorted((c.start, c.end) for c in cands if not c.ref)
        lines, i = set(), 0
        while i < len(words):
            j = cap_run(text, words, i)
            if j > i and not any(s <= words[i].start and words[j].end <= e for s, e in covered):
                end = text.find("\n", words[j].end)
                lines.add((text.rfind("\n", 0, words[i].start) + 1, len(text) if end < 0 else end))
            i = max(i, j) + 1
        return sorted(lines)

    rng = random.Random(2)
    for a in _texts()[:40]:
        words = words_of(a.text)
        for _ in range(3):
            cands = [Candidate(s, s + rng.randint(1, 40), "PER", 1, "x", ref=rng.random() < 0.2)
                     for s in rng.sample(range(len(a.text)), min(25, len(a.text)))]
            assert unexplained_lines(a.text, words, cands) == plain(a.text, words, cands)


def test_policy_parts_equal_the_loop_over_types():
    from kg.nlp.lexicon import load_lexicon
    from kg.policy_names import policy_parts
    from kg.textutil import norm_key

    def plain(text):
        types = sorted(load_lexicon().policy_types, key=lambda t: -len(t.get("vi", "")))
        kind, prefix = None, ""
        for t in types:
            for name in [t.get("vi"), t.get("en"), *t.get("aliases", []), *t.get("en_aliases", [])]:
                if name and norm_key(text).startswith(norm_key(name) + " "):
                    kind, prefix = t["vi"], norm_key(name) + " "
                    break
            if kind:
                break
        m = re.search(r"(?:số|No\.?|Number)?\s*(\d{1,5})((?:/\d{4})?(?:/|-)[A-ZĐ][\wĐ/-]*)?", text)
        if m and kind in ("Chương trình", "Kế hoạch", "Đề án", "Chiến lược", "Quy hoạch") and not m.group(2) \
                and not re.match(r"\S+(?:\s+\S+)?\s+(?:số\s+)?\d", text) and re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            m = None
        if m and kind and not m.group(2) and re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and not re.match(
                r"(?:số\s*|no\.?\s*|number\s+)?\d", norm_key(text)[len(prefix):]):
            m = None  # "Luật Đất đai 2024": the year a named law was passed
        if m and not m.group(2) and re.fullmatch(r"(?:19|20)\d\d", m.group(1)) and re.match(
                r"(?:[A-Za-z-]+\s+){1,3}(?:on|regarding|concerning|for|to)\s+\D", text):
            m = None  # "Law on Pharmacy 2024": the English name's year
        if not m or not kind:
            return kind or text.split()[0], None, None
        code = m.group(1) + m.group(2) if m.group(2) else None
        return kind, str(int(m.group(1))) if m.group(1).isdigit() and len(m.group(1)) < 4 else m.group(1), code

    names = ["Nghị quyết số 57-NQ/TW", "Resolution 57", "Nghị định 13/2023/NĐ-CP", "Luật Đất đai 2024",
             "Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030", "Kế hoạch số 2026", "Decree No. 90/2024/ND-CP",
             "Quyết định 135/2025/QĐ-TTg", "Chỉ thị 05", "Thông tư 01/2025/TT-BTC", "Đề án 06", "Law on Data",
             "Law on Pharmacy 2024"]
    for name in names:
        assert policy_parts(name) == plain(name), name


def test_numeric_order_fast_path_equals_rdflib():
    """_ordered gives what it gave before its numeric shortcut (the same value, or the same error)."""
    from rdflib.namespace import XSD

    from kg.shacl_compiled import _ordered

    def before(v, w, strict):
        def plain(x):
            if isinstance(x, Literal) and isinstance(x.value, str):
                return x.value, True
            return x, False

        (a, a_str), (b, b_str) = plain(v), plain(w)
        if a_str != b_str:
            return False
        try:
            return bool(a < b) if strict else bool(a <= b)
        except TypeError:
            return False

    def outcome(f, *args):
        try:
            return f(*args)
        except Exception as e:  # (Decimal against NaN raises, before and after)
            return type(e)

    values = [Literal(n, datatype=XSD.nonNegativeInteger) for n in (0, 3, 17)]
    values += [Literal(n, datatype=XSD.integer) for n in (-2, 3)] + [Literal(Decimal("3.0")), Literal(2.5),
                                                                      Literal(math.nan), Literal("3"), Literal("x")]
    for v in values:
        for w in values:
            for strict in (True, False):
                assert outcome(_ordered, v, w, strict) == outcome(before, v, w, strict), (v, w, strict)


@pytest.fixture(scope="module")
def pieces() -> list[str]:
    from kg.nlp.pieces import line_pieces

    out = []
    for a in _texts()[:30]:
        out += [a.text[s:e] for s, e in line_pieces(a.text)]
    return out + ["", " ", "=> http://x.vn/a?b=1 và 12/5/2025 09:30, 1.000,5 đồng :)) ×", "Hòa Bình HOÀ thuý"]


def test_regex_tokenizer_fast_path_equals_underthesea(pieces):
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    from kg.nlp.fastws import _tokenizer

    fast = _tokenizer()
    assert fast.__name__ == "fast"  # the check of the pattern's groups passed
    for piece in pieces:
        assert fast(piece) == tokenize(piece, use_token_normalize=True, fixed_words=[]), piece


def test_strings_the_model_does_not_know_change_no_tag(pieces):
    from kg.nlp import fastws

    tag, dictionary = fastws._model()
    known = fastws._known()
    assert known is not None
    blanked = 0
    for piece in pieces:
        tokens = fastws._tokenizer()(piece)
        if not tokens:
            continue
        full, lean = fastws.features(tokens, dictionary), fastws.features(tokens, dictionary, known)
        assert all(x == y or y == "" for a, b in zip(full, lean) for x, y in zip(a, b))
        blanked += sum(y == "" for b in lean for y in b)
        assert tag(lean) == tag(full), piece
    assert blanked > 1000


def test_column_features_equal_the_row_by_row_ones(pieces):
    from kg.nlp.fastcrf import _row_features, _taggers, sentence_features, word_tokenize

    rng = random.Random(1)
    for tagger in _taggers():
        width = max(f.column for f in tagger.features) + 1
        for piece in pieces[:60]:
            words = list(word_tokenize(piece))
            for k in (0, 1, 2, 3, len(words)):
                rows = [(w, *(rng.choice(["N", "V", "B-NP", "X"]) for _ in range(width - 1))) for w in words[:k]]
                assert sentence_features(rows, tagger.features) == _row_features(rows, tagger.features), rows


def test_oxigraph_triples_convert_each_term_alike():
    from kg import rdf
    from kg.drawing import to_oxigraph
    from kg.graphfiles import oxigraph_triples

    s, p = rdf.entity_iri("person/to-lam"), rdf._KGO.charStart
    triples = [(s, p, rdf._integer(3)), (s, p, rdf._offset(3)), (s, p, Literal("x", lang="vi")), (s, p, Literal("y")),
               (s, p, rdf._integer(3)), (s, p, s)]
    terms: dict = {}
    for _ in range(2):
        got = oxigraph_triples(triples, terms)
        assert [(t.subject, t.predicate, t.object) for t in got] == [tuple(map(to_oxigraph, t)) for t in triples]


def test_column_built_crf_lines_equal_the_plain_ones(pieces):
    """kg's own CRF features, built column by column, for lines of every length from 0 up."""
    from kg.nlp import model
    from kg.nlp.lexicon import WORD_RE
    from tests.test_speed_equivalence import _plain_line_features

    for piece in pieces[:80]:
        words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(piece)]
        for k in (0, 1, 2, 3, 4, len(words)):
            for lang in ("vi", "en"):
                assert model.line_features(words[:k], lang) == _plain_line_features(words[:k], lang), piece


def test_word_spans_equal_char_span_expand():
    """kg_words makes a word's span from the tokens at its ends, as doc.char_span(…, "expand") would."""
    import kg.nlp
    from kg.nlp.tokenizer import doc_text, segment_words

    for a in _texts()[:40] + [Article(id="x", text="Ông  Putin\n\nca ngợi TP.HCM,  ngày 1/2 ((( ))) 1.000.000 đồng")]:
        lang = a.lang if a.lang in kg.nlp.SUPPORTED_LANGS else "vi"
        nlp = kg.nlp.load(lang)
        doc = nlp.make_doc(a.text)
        for _, proc in nlp.pipeline[:3]:  # normaliser, sentences, words
            doc = proc(doc)
        want = [doc.char_span(s, e, alignment_mode="expand") for s, e in segment_words(doc_text(doc), lang)]
        assert [(w.start, w.end) for w in want if w is not None] == [(w.start, w.end) for w in doc.spans["words"]]


def test_one_work_cue_search_equals_one_per_cue():
    from kg.nlp import patterns as P
    from kg.nlp.recognizers.statistical import after_work_cue

    rng = random.Random(4)
    cues = list(P.WORK_CUES_VI)
    texts = [f"{pre}{c}{gap}Nguyễn An" for c in cues for pre in ("", "x", "nhận ", "(") for gap in (" ", "  ", "\n", "")]
    texts += ["".join(rng.choice(cues + [" ", "a", "\n"]) for _ in range(6)) + " Minh" for _ in range(500)]
    for text in texts:
        start = len(text) - (4 if text.endswith("Minh") else 9)
        before = text[max(0, start - 20):start]
        want = any(re.search(rf"(?<![\w]){re.escape(c)}\s$", before) for c in cues)
        assert after_work_cue(text, start) == want, text


def test_quads_sort_as_their_triples():
    """render_block sorts an article's quads by their text: the order of their triples' texts."""
    import pyoxigraph as ox
    from rdflib import BNode, URIRef

    from kg.graphfiles import oxigraph_triples, quads_block, trig_block

    s = URIRef("https://w3id.org/kg-vn/resource/person/a")
    p, q = URIRef("https://w3id.org/kg-vn/ontology#label"), URIRef("https://w3id.org/kg-vn/ontology#labe")
    objects = [Literal("abc"), Literal("abc", lang="en"), Literal("abc", lang="en-us"), Literal("ab"),
               Literal(17), Literal(1), Literal("a\nb"), Literal("a\tb"), Literal("a b"), URIRef("urn:x"),
               URIRef("urn:x:y"), s, Literal("abc", datatype=URIRef("urn:dt"))]
    triples = [(s, pred, o) for pred in (p, q) for o in objects]
    graph = ox.NamedNode("https://w3id.org/kg-vn/resource/graph/x")
    by_triple = sorted(oxigraph_triples(triples, {}), key=str)
    by_quad = sorted(oxigraph_triples(triples, {}, graph), key=str)
    assert [q.triple for q in by_quad] == by_triple
    assert quads_block(by_quad) == trig_block(graph.value, by_triple)
    with_blank = triples + [(BNode("b1"), p, Literal("x"))]  # (read back through N-Triples, as quads)
    spo = [(t.subject, t.predicate, t.object) for t in sorted(oxigraph_triples(with_blank, {}), key=str)]
    assert [(q.subject, q.predicate, q.object) for q in sorted(oxigraph_triples(with_blank, {}, graph), key=str)] == spo

"""The third speed round of issue #11 (``speed3``) changes no output: every fast path below is
compared with the computation it replaced (the whole output of a corpus is compared between two
versions with ``tests/bench/bench_rules.py --digests``, outside the tests)."""
from __future__ import annotations

import random

import pytest
from rdflib import Literal, URIRef

from kg.article import Article
from kg.build import analyze_article
from kg.corpus import iter_articles, sample_corpus_dir
from kg.rdf import article_triples


@pytest.fixture(scope="module")
def triples() -> list[list[tuple]]:
    """The article triples of the bundled sample corpus (Vietnamese and English)."""
    return [article_triples(analyze_article(a, use_crf=False), {}) for a in iter_articles([sample_corpus_dir()])]


def _plain_by_focus(triples, rules) -> dict:
    """:func:`kg.shacl_compiled.results_by_focus` without its memo: every value node checked again
    for every focus node (the fast paths themselves are checked against pyshacl in
    tests/test_shacl_compiled.py)."""
    from kg.shacl_compiled import _Index, _results

    index = _Index(triples)
    found: dict = {}
    for rule in rules:
        for focus in index.focus_nodes(rule.targets):
            n = _results(index, rule, focus)
            if n:
                found.setdefault(focus, []).extend([f"{focus} {rule.path or ''}: {rule.message}"] * n)
    return found


def test_memoised_value_checks_give_the_plain_results_on_real_and_broken_graphs(triples):
    from kg.render import shipped_shapes
    from kg.shacl_compiled import results_by_focus

    rules = shipped_shapes().article_rules
    rng = random.Random(11)
    cases = [list(t) for t in triples]
    for _ in range(40):  # deletions, extra values of the wrong kind, values shared between nodes
        t = list(rng.choice(triples))
        for d in rng.sample(t, 5):
            t.remove(d)
        for s, p, o in rng.sample(t, 4):
            t.append((s, p, rng.choice([Literal("x"), Literal(-3), URIRef("urn:x:extra"), t[0][2], t[-1][0]])))
        cases.append(t)
    broken = 0
    for t in cases:
        got = results_by_focus(t, rules)
        assert got == _plain_by_focus(t, rules)
        broken += bool(got)
    assert broken > 20  # the broken graphs do give results


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


def test_candidate_spans_from_token_edges_equal_char_span():
    import kg.nlp
    from kg.nlp.recognizers.candidates import Candidate
    from kg.nlp.recognizers.components import CANDIDATES_KEY, _spans
    from kg.nlp.tokenizer import token_edges

    rng = random.Random(3)
    texts = ["Bộ Y tế (BYT) họp ngày 12/6/2025 tại TP.HCM.\n\nÔng  Nguyễn Văn An…"]
    texts += [a.text[:3000] for a in iter_articles([sample_corpus_dir()])]
    nlp = kg.nlp.load("vi", use_crf=False)
    for text in texts:
        cands = [Candidate(start=a, end=a + rng.randint(1, 40), label=rng.choice(["ORG", "PER", "LOC"]), priority=1, source="t")
                 for a in (rng.randint(0, len(text)) for _ in range(400))]
        fast_doc, plain_doc = nlp.make_doc(text), nlp.make_doc(text)
        fast = _spans(fast_doc, cands, token_edges(fast_doc))
        plain = _spans(plain_doc, cands)
        assert [(s.start, s.end, s.label_) for s in fast] == [(s.start, s.end, s.label_) for s in plain]
        assert fast_doc.user_data[CANDIDATES_KEY] == plain_doc.user_data[CANDIDATES_KEY]
        assert len(plain) > 20


def test_graph_facts_read_each_predicate_once_as_before(triples):
    """The facts with one text per predicate object noted equal those with every predicate a new object."""
    from dataclasses import asdict

    from kg.graphfacts import graph_facts

    for t in triples:
        fresh = [(s, URIRef(str(p)), o) for s, p, o in t]
        assert asdict(graph_facts(t)) == asdict(graph_facts(fresh))
        assert graph_facts(t).relations and graph_facts(t).types


def test_compiled_patterns_equal_re_compile_and_leave_re_s_own_cache():
    import re

    from kg.textutil import compiled

    samples = ["Bộ Y tế và Sở Y tế Hà Nội", "UBND tỉnh Quảng Ninh (UBND)", "the WHO and who", "", "a\nb  c"]
    for pattern, flags in [(r"(?<![\w])UBND\ tỉnh(?![\w])", 0), (r"\s+và\s+(?=Sở\ Y\ tế\s)", 0),
                           (r"(?P<who>who)\b", re.IGNORECASE), (r"^b", re.MULTILINE), (r"[^a-z0-9]+", 0)]:
        mine, theirs = compiled(pattern, flags), re.compile(pattern, flags)
        assert (mine.pattern, mine.flags, mine.groupindex) == (theirs.pattern, theirs.flags, theirs.groupindex)
        for text in samples:
            assert [m.span() for m in mine.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    fresh = r"speed3\ (?:fresh|new)\ name " + str(random.random())
    compiled(fresh)
    assert not any(key[1] == fresh for key in re._cache)  # (a name's pattern pushes no fixed one out)
    assert compiled(fresh) is compiled(fresh)


def test_word_ends_with_the_compiled_syllable_pattern_equal_the_searches_by_text():
    import re

    from kg.nlp.recognizers.document import cut_at_stops, one_syllable
    from kg.nlp.recognizers.stages import Recognition
    from kg.nlp.tokenizer import segment_words

    for a in list(iter_articles([sample_corpus_dir()])) + [Article(id="x", text="Tỉnh  Tuyên Quang nhiệm kỳ\tmới, TP.HCM")]:
        spans = segment_words(a.text, "vi")
        plain: dict[int, int] = {}
        for ws, we in cut_at_stops(a.text, spans):
            if one_syllable(a.text[ws:we]):
                plain[ws] = we
                continue
            for m in re.finditer(r"\S+", a.text[ws:we]):
                plain[ws + m.start()] = we
        assert Recognition.start(a.text, "vi", None, None, spans).word_ends == plain


def test_distinct_triples_are_indexed_as_their_set(triples):
    from kg.render import shipped_shapes
    from kg.shacl_compiled import DistinctTriples, _Index, results_by_focus

    rules = shipped_shapes().article_rules
    for t in triples:
        assert isinstance(t, DistinctTriples) and len(set(t)) == len(t)
        broken = DistinctTriples(list(t)[5:] + [(t[0][0], t[1][1], Literal(-1))])
        for case in (t, broken):
            fast, plain = _Index(case), _Index(list(case))
            assert {k: sorted(v) for k, v in fast.objects.items()} == {k: sorted(v) for k, v in plain.objects.items()}
            assert fast.types == plain.types and fast.instances == plain.instances
            assert results_by_focus(case, rules) == results_by_focus(list(case), rules)


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


def test_memoised_collapse_spaces_equals_the_substitution():
    import re

    from kg.textutil import collapse_spaces

    rng = random.Random(13)
    alphabet = list("aĐ \n\t\u00a0\u2003.") + ["Bộ Y tế", "  "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for _ in range(2):  # computed, then remembered
            assert collapse_spaces(text) == re.sub(r"[\s\u00a0]+", " ", text).strip()


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

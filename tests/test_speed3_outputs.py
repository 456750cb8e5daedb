"""The third speed round of issue #11 (``speed3``) changes no output: every fast path below is
compared with the computation it replaced (the whole output of a corpus is compared between two
versions with ``tests/bench/bench_rules.py --digests``, outside the tests)."""
from __future__ import annotations

import random

import pytest
from rdflib import Literal, URIRef

from kg.build import analyze_article
from kg.corpus import iter_articles, sample_corpus_dir
from kg.rdf import article_triples


@pytest.fixture(scope="module")
def triples() -> list[list[tuple]]:
    """The article triples of the bundled sample corpus (Vietnamese and English)."""
    return [article_triples(analyze_article(a, use_crf=False), {}) for a in iter_articles([sample_corpus_dir()])]


def _plain_results(index, rule, focus) -> int:
    """:func:`kg.shacl_compiled._results` as it was: every value node checked, no memo."""
    from kg.shacl_compiled import _ordered, _value_results

    values = index.values(focus, rule.path) if rule.path is not None else [focus]
    found = 0
    if rule.min_count is not None and len(values) < rule.min_count:
        found += 1
    if rule.max_count is not None and len(values) > rule.max_count:
        found += 1
    for v in values:
        found += _value_results(index, rule.values, v)
        if rule.any_of is not None and all(_value_results(index, m, v) for m in rule.any_of):
            found += 1
    for other, strict in [(p, True) for p in rule.less_than] + [(p, False) for p in rule.less_than_or_equals]:
        found += sum(not _ordered(v, w, strict) for v in set(values) for w in set(index.values(focus, other)))
    if rule.qualified is not None:
        matching = sum(not _value_results(index, rule.qualified, v) for v in values)
        found += rule.qualified_max is not None and matching > rule.qualified_max
        found += rule.qualified_min is not None and matching < rule.qualified_min
    if rule.unique_lang:
        langs = [str(v.language).lower() for v in values if isinstance(v, Literal) and v.language]
        found += len({lang for lang in langs if langs.count(lang) > 1})
    return found


def _plain_by_focus(triples, rules) -> dict:
    from kg.shacl_compiled import _Index

    index = _Index(triples)
    found: dict = {}
    for rule in rules:
        for focus in index.focus_nodes(rule.targets):
            n = _plain_results(index, rule, focus)
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

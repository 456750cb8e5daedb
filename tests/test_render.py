"""kg.render: an article's graph block and SHACL check, made in the worker before merging."""
from __future__ import annotations

import pickle

import kg.nlp
from kg import rdf
from kg.article import Article
from kg.cache import graph_signature, options_key
from kg.extract import extract
from kg.graphfiles import block_quads
from kg.render import check_graph, prerender, render_block
from kg.resolve import resolve_article
from kg.shacl import check_article, load_shapes

TEXT = ("Ngày 3/4, Bộ Y tế tổ chức Hội nghị Y tế số lần thứ II tại Huế. "
        "Bộ trưởng Bộ Y tế Đào Hồng Lan dự hội nghị.")


def resolved():
    art = Article(id="r1", text=TEXT, published="2024-04-05", title="Tin thử")
    return resolve_article(extract(art, kg.nlp.annotate(kg.nlp.load(), TEXT, art.published)))


def test_prerender_holds_the_block_and_check_the_main_process_would_make():
    res = resolved()
    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    done = prerender(res, options_key(True), validate=True)
    block, graph = render_block(res, {}, {})
    assert done.block == block
    assert done.signature == graph_signature(options_key(True), rdf.graph_keys(res), {})
    assert done.check == check_graph(graph, shapes) == (True, [])
    assert {(q.subject.value, q.predicate.value) for q in block_quads(done.block)} >= {
        (str(rdf.entity_iri("person/dao-hong-lan")), str(rdf.RDFS.label))}
    # it travels back from a worker process
    assert pickle.loads(pickle.dumps(done)).block == done.block


def test_prerender_without_validation_checks_nothing():
    assert prerender(resolved(), options_key(True), validate=False).check is None


def test_a_renamed_entity_gets_its_merged_iri_and_another_signature():
    res = resolved()
    keys = rdf.graph_keys(res)
    assert "person/dao-hong-lan" in keys
    key_map = {"person/dao-hong-lan": "person/dao-hong-lan-2"}
    block, _ = render_block(res, key_map, {})
    iris = {q.subject.value for q in block_quads(block)} | {q.object.value for q in block_quads(block)}
    assert str(rdf.entity_iri("person/dao-hong-lan-2")) in iris
    assert str(rdf.entity_iri("person/dao-hong-lan")) not in iris
    assert graph_signature("o", keys, key_map) != graph_signature("o", keys, {})


def test_the_check_reads_either_store_and_finds_a_violation():
    res = resolved()
    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    _, plain = render_block(res, {}, {})
    _, checkable = render_block(res, {}, {}, for_check=True)
    assert check_graph(plain, shapes) == check_graph(checkable, shapes) == check_article(checkable, shapes)
    article = rdf.article_iri("r1")
    checkable.remove((article, rdf.RDF.type, None))  # a mention's article must be a kgo:Article
    ok, lines = check_graph(checkable, shapes)
    assert not ok and lines


def test_a_worker_keeps_what_it_prerendered_in_the_cache_and_sends_back_the_key(tmp_path):
    """kg.render.prerender_into writes the result, summary, block, facts and check where the build's
    own process would have written them (kg.render.keep_prerendered), and returns only the key."""
    from kg.cache import ArticleCache, article_key
    from kg.render import Kept, check_digest, keep_prerendered, prerender_into

    res, options = resolved(), options_key(True)
    kept = prerender_into(res, options, True, tmp_path / "w")
    assert kept == Kept(article_key(res.extraction.article))
    main = ArticleCache(tmp_path / "m", options=options)
    done = prerender(res, options, validate=True)
    keep_prerendered(main, kept.key, done)
    worker = ArticleCache(tmp_path / "w", options=options)
    assert worker.load_graph(kept.key, done.signature) == main.load_graph(kept.key, done.signature) == done.block
    assert worker.load_check(kept.key, check_digest(done.signature)) == done.check
    assert worker.load_summary(kept.key) == main.load_summary(kept.key) is not None
    assert worker.has_resolved(kept.key) and worker.load_resolved(kept.key).extraction.article == res.extraction.article
    written = sorted(p.relative_to(tmp_path / "w").as_posix() for p in (tmp_path / "w").rglob("*") if p.is_file())
    assert written == sorted(p.relative_to(tmp_path / "m").as_posix() for p in (tmp_path / "m").rglob("*") if p.is_file())

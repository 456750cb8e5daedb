"""The build pipeline: articles in, knowledge graph out.

Named stages, each a plain function, so a later incremental build can cache
them: ``read`` (kg.corpus) → ``annotate`` (kg.nlp) → ``extract`` → ``resolve``
→ ``to_rdf`` → ``write`` (TriG, Turtle, store, SHACL report, graph.html).
Articles stream through the first stages one at a time; only their small
resolved form is kept until the corpus-level key merge.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg.corpus import Article, ReadError, iter_articles
from kg.fsutil import write_atomic
from kg.resolve import Resolved, merge_events, merge_keys, resolve_article


@dataclass
class BuildReport:
    """What a build did, for the CLI and tests."""

    out_dir: Path
    articles: int = 0
    errors: list[str] = field(default_factory=list)
    entities: int = 0
    facts: int = 0
    quads: int = 0
    conforms: bool | None = None
    violations: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0


def analyze_article(article: Article, use_crf: bool = True) -> Resolved:
    """Run nlp → extract → resolve on one article."""
    import kg.nlp
    from kg.extract import extract

    lang = article.lang if article.lang in kg.nlp.SUPPORTED_LANGS else "vi"
    nlp = kg.nlp.load(lang, use_crf=use_crf)
    doc = kg.nlp.annotate(nlp, article.text, article.published)
    return resolve_article(extract(article, doc))


def build(paths: Iterable[str | Path], out_dir: str | Path, *, use_crf: bool = True,
          validate: bool = True, html: bool = True,
          on_article: Callable[[Article | ReadError], None] | None = None,
          on_stage: Callable[[str], None] | None = None) -> BuildReport:
    """Build the knowledge graph of ``paths`` into ``out_dir``.

    Unreadable files are reported in ``BuildReport.errors`` (one line each)
    and skipped; everything else is built. ``on_stage`` hears the name of each
    stage after the article loop (for a progress line).
    """
    stage = on_stage or (lambda name: None)
    from kg import rdf
    from kg.store import write_store

    t0 = time.monotonic()
    if validate:
        rdf.ontology_path("shapes.ttl")  # a missing resource stops the build before anything is written
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(out)
    resolved: list[Resolved] = []
    seen_ids: dict[str, int] = {}
    for item in iter_articles(paths):
        if isinstance(item, ReadError):
            report.errors.append(str(item))
        else:
            item = _unique_id(item, seen_ids)
            resolved.append(analyze_article(item, use_crf=use_crf))
            report.articles += 1
        if on_article:
            on_article(item)
    stage("merging entities across articles")
    key_map = merge_keys([k for r in resolved for k in r.entities])
    key_map.update(merge_events(resolved, key_map))
    ds = rdf.new_dataset()
    entity_keys: set[str] = set()
    for res in resolved:
        g = rdf.article_graph(res, key_map)
        _add_graph(ds, g)
        entity_keys |= {key_map.get(k, k) for k in res.entities}
        report.facts += len(res.facts)
    report.entities = len(entity_keys)
    stage("writing graph.trig and graph.ttl")
    report.outputs["merges"] = write_atomic(out / "merges.tsv", merges_table(resolved, key_map))
    trig = write_atomic(out / "graph.trig", ds.serialize(format="trig"))
    union = rdf.union_graph(ds)
    ttl = write_atomic(out / "graph.ttl", union.serialize(format="turtle"))
    report.outputs.update(trig=trig, ttl=ttl)
    stage("loading the store")
    report.quads = write_store(out / "store", trig)
    report.outputs["store"] = out / "store"
    if validate:
        stage("checking SHACL shapes")
        report.conforms, report.violations = rdf.validate(union)
        write_atomic(out / "shacl-report.txt",
                     ("conforms\n" if report.conforms else "") + "".join(v + "\n" for v in report.violations))
    if html:
        stage("drawing graph.html")
        from kg.analyze import drawing_graph
        from kg.viz import write_graph_html

        report.outputs["html"] = write_graph_html(drawing_graph(ds), out / "graph.html")
    report.seconds = time.monotonic() - t0
    return report


def merges_table(resolved: list[Resolved], key_map: dict[str, str]) -> str:
    """Every merge resolution made, for review: entity IRI, surface form, reason, article.

    Besides the per-article merges, one entity named differently in different
    articles ("Tô Lâm" / "To Lam": one IRI, since IRIs ignore diacritics) is
    listed with the reason "same name without diacritics or case".
    """
    from kg.rdf import entity_iri
    from kg.textutil import norm_key

    rows: set[tuple[str, str, str, str]] = set()
    names: dict[str, dict[str, str]] = {}
    for res in resolved:
        for key, ent in res.entities.items():
            iri = str(entity_iri(key_map.get(key, key)))
            for surface, reason in ent.merges.items():
                rows.add((iri, surface, reason, res.extraction.article.id))
            names.setdefault(iri, {}).setdefault(norm_key(ent.name), ent.name)
    for res in resolved:
        for key, ent in res.entities.items():
            iri = str(entity_iri(key_map.get(key, key)))
            if len(names[iri]) > 1:
                rows.add((iri, ent.name, "same name without diacritics or case, in another article",
                          res.extraction.article.id))
    lines = ["entity\tlabel\treason\tarticle"]
    lines += ["\t".join(r) for r in sorted(rows)]
    return "\n".join(lines) + "\n"


def _add_graph(ds, g) -> None:
    target = ds.graph(g.identifier)
    for triple in g:
        target.add(triple)


def _unique_id(article: Article, seen: dict[str, int]) -> Article:
    """Two inputs with the same id get "-2", "-3" … so no named graph is overwritten."""
    from dataclasses import replace

    n = seen.get(article.id, 0) + 1
    seen[article.id] = n
    return article if n == 1 else replace(article, id=f"{article.id}-{n}")

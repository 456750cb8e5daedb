"""The ``kg`` command line: build, query, eval, eval-ner, train; the commands that read a
build folder (analyze, path, viz, export, serve) are in :mod:`kg.cli_graph`.

Every user mistake ends in one line on stderr ("kg: error: …") and a non-zero
exit, never a traceback (:func:`kg.cliutil.fail`).
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from kg import cli_graph
from kg.cliutil import DEFAULT_OUT, err, fail

app = typer.Typer(
    help="Turn Vietnamese and English policy news into an RDF knowledge graph, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    """The output formats of ``kg query``."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    turtle = "turtle"


def _os_error(e: OSError, out: Path) -> str:
    """One line naming the file an OSError is about and why (not always a write error)."""
    reason = e.strerror or str(e)
    if e.filename is None:
        return f"build into {out} failed: {reason}"
    return f"{e.filename}: {reason}"


def expected_articles(inputs: List[Path]) -> int | None:
    """A quick count of the articles ``inputs`` hold, for the progress bar's total: one per
    text or HTML file, one per non-blank line of a .jsonl file (None when a path is unreadable)."""
    from kg.corpus import SUFFIXES

    total = 0
    try:
        for given in inputs:
            path = Path(given)
            files = [path] if path.is_file() else sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not p.name.lower().startswith(("readme", "sources")))
            for f in files:
                if f.suffix.lower() == ".jsonl":
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                else:
                    total += 1
    except OSError:
        return None
    return total or None


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            print(f"kg {version('kg')}")
        except PackageNotFoundError:
            print("kg (version unknown: not installed)")
        raise typer.Exit()


@app.callback()
def main_options(
    show_version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                      help="Print kg's version and exit."),
) -> None:
    """Turn Vietnamese and English policy news into an RDF knowledge graph, offline."""


def build(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Article files (.txt .md .html .jsonl) or folders. Default: the bundled sample corpus."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Output folder."),
    crf: bool = typer.Option(True, help="Also use underthesea's CRF for Vietnamese names."),
    validate: bool = typer.Option(True, help="Check the output against ontology/shapes.ttl (SHACL)."),
    html: bool = typer.Option(True, help="Write graph.html, the offline entity-graph picture."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    wait: float = typer.Option(10.0, min=0, help="Seconds to wait for another build writing the same --out."),
    prune: bool = typer.Option(False, "--prune", help="Drop the articles --out holds that are not in the inputs "
                               "(default: the inputs are added to them)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Worker processes for extraction. Default: the number of cores."),
    executor: str = typer.Option("local", help="Where to extract: local (processes) or dask (a cluster)."),
    scheduler: Optional[str] = typer.Option(None, help="The Dask scheduler address (tcp://HOST:8786) "
                                            "for --executor dask."),
    store: Optional[str] = typer.Option(None, "--store", help="Also write the graphs to this SPARQL 1.1 Graph "
                                        "Store endpoint (e.g. http://HOST:7878/store), one PUT per article."),
) -> None:
    """Build the knowledge graph: graph.trig (a named graph per article), graph.ttl,
    the Oxigraph store that `kg query` reads, shacl-report.txt, graph.html and
    manifest.json.

    Files are read as UTF-8 (UTF-16 with its byte-order mark; an HTML page in
    its declared charset); Markdown, scraped HTML in a JSON Lines text and text
    decoded with the wrong encoding are read as their words. Unreadable, empty
    or undecodable files and articles in an unsupported language are reported
    one line each; the rest is built, and the exit code is 1. The outputs are
    switched into --out only at the end, all together; when no article could be
    read, --out is left as it was.

    Incremental: the inputs are added to the articles --out already holds
    (same id, new content: replaced; unchanged: reused from --out/cache
    without extraction); --prune keeps only the inputs.
    """
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    from kg.article import ReadError
    from kg.build import BuildError, NoArticles, build as run_build
    from kg.corpus import sample_corpus_dir
    from kg.executors import EXECUTORS, default_jobs
    from kg.rdf import MissingResource

    if executor not in EXECUTORS:
        fail(f"unknown --executor {executor!r} (choose from {', '.join(EXECUTORS)})")

    inputs = list(paths) if paths else [sample_corpus_dir()]
    errors: list[str] = []
    progress = Progress(TextColumn("[bold]kg build"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.description}"), TimeElapsedColumn(), TextColumn("ETA"),
                        TimeRemainingColumn(), console=err, disable=quiet or not err.is_terminal, transient=True)

    def on_article(item) -> None:
        if isinstance(item, ReadError):
            err.print(f"kg: error: {item}", markup=False)
            errors.append(str(item))
        else:
            for warning in item.warnings:
                err.print(f"kg: warning: {item.path}: {warning}", markup=False)
        progress.advance(task)
        progress.update(task, description=getattr(item, "id", "") or "")

    def on_stage(name: str) -> None:
        progress.update(task, description=name)

    with progress:
        task = progress.add_task("", total=None if quiet else expected_articles(inputs))
        try:
            report = run_build(inputs, out, use_crf=crf, validate=validate, html=html,
                               on_article=on_article, on_stage=on_stage, wait=wait, prune=prune,
                               jobs=jobs or default_jobs(), executor=executor, scheduler=scheduler,
                               store_url=store)
        except NoArticles as e:
            fail(str(e), code=1)
        except BuildError as e:
            fail(str(e))
        except MissingResource as e:
            fail(str(e))
        except OSError as e:
            fail(_os_error(e, out))
    if report.pushed is not None and not quiet:
        p = report.pushed
        err.print(f"kg: {store}: {p.graphs} graphs ({p.triples} triples) written, {p.deleted} removed",
                  markup=False)
    for note in report.notes:
        err.print(f"kg: warning: {note}", markup=False)
    if not quiet:
        changes = [f"{report.extracted} extracted", f"{report.reused} reused"]
        changes += [f"{len(report.changed)} changed"] if report.changed else []
        changes += [f"{len(report.removed)} removed"] if report.removed else []
        err.print(f"kg: {'up to date; ' if report.up_to_date else ''}{', '.join(changes)}", markup=False)
        err.print(f"kg: {report.articles} articles, {report.entities} entities, {report.facts} facts, "
                  f"{report.quads} quads in {report.seconds:.1f}s → {out}/", markup=False)
        if report.conforms is False:
            err.print(f"kg: SHACL: {len(report.violations)} violations (see {out}/shacl-report.txt)",
                      markup=False)
            for line in report.violations[:10]:
                err.print(f"  {line}", markup=False)
    if report.cleaned and not quiet:
        err.print(f"kg: cleaned up after an interrupted build: {', '.join(report.cleaned)}", markup=False)
    if errors:
        raise typer.Exit(1)


def query(
    sparql: str = typer.Argument(..., help="A SPARQL query, or the path of a .rq file."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="The build folder whose store to query."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    limit: Optional[int] = typer.Option(None, help="Show at most this many rows."),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", help="Query this remote SPARQL endpoint instead of --out's store (e.g. the "
        "store `kg build --store` wrote into: http://HOST:7878/query?union-default-graph for Oxigraph server)."),
    timeout: float = typer.Option(60.0, min=1, help="Seconds to wait for --endpoint's answer."),
) -> None:
    """Run SPARQL against the built store (the union of all article graphs).

    Common prefixes (kgo:, kgr:, rdfs:, skos:, prov:, schema:, dcterms: …) are
    declared for you, locally and with --endpoint.
    """
    from kg.remote import RemoteStoreError, query_endpoint
    from kg.store import escape_controls, format_result, open_store, query_result, run_query

    text = sparql
    candidate = Path(sparql)
    if sparql.endswith(".rq") or (len(sparql) < 300 and "\n" not in sparql and candidate.is_file()):
        try:
            text = candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            fail(f"cannot read {sparql}: {getattr(e, 'strerror', None) or e}")
    try:
        if endpoint:
            result = query_result(query_endpoint(endpoint, text, timeout=timeout), limit)
        else:
            result = run_query(open_store(out / "store"), text, limit=limit)
        output = format_result(result, fmt.value)
        if fmt.value != "table" and sys.stdout.isatty():  # the table escapes its own cells
            output = escape_controls(output, keep="\t\n\r")
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    except (ValueError, RemoteStoreError) as e:
        fail(str(e))


def eval_(
    gold: List[Path] = typer.Argument(..., help="Folders of *.gold.json files (ANNOTATION.md format), or files."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss and false positive."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the scores as JSON here."),
    crf: bool = typer.Option(True, help="Also use underthesea's CRF for Vietnamese names."),
) -> None:
    """Score the extractor on annotated articles: per-type and per-relation P/R/F1.

    Each gold article is built alone, exactly like `kg build`, and compared by
    type and label (case, spacing and tone placement ignored).
    """
    import json as json_module

    from rich.table import Table

    from kg.evaluate import evaluate, gold_files, prf

    missing = [str(p) for p in gold if not p.exists()]
    if missing:
        fail(f"no such file or directory: {missing[0]}")
    if not any(True for _ in gold_files(gold)):
        fail("no *.gold.json files found in " + ", ".join(str(p) for p in gold))
    try:
        total, per_article = evaluate(gold, use_crf=crf)
    except (KeyError, ValueError, OSError) as e:
        fail(f"cannot read the gold files: {e}")
    out = Console(highlight=False, soft_wrap=True)
    if verbose:
        for aid, score in per_article.items():
            e, r = prf(score.total("entity:")), prf(score.total("relation:"))
            out.print(f"== {aid}: entity F1 {e[2]:.3f}, relation F1 {r[2]:.3f}", markup=False)
            for m in score.misses:
                out.print(f"   miss  {m}", markup=False)
            for x in score.extras:
                out.print(f"   extra {x}", markup=False)
    table = Table("", "P", "R", "F1", "gold", title=f"{len(per_article)} articles")
    summary: dict = {"articles": len(per_article), "categories": {}}
    for key in sorted(total.counts):
        p, r, f = prf(total.counts[key])
        n = total.counts[key]["tp"] + total.counts[key]["fn"]
        table.add_row(key, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(n))
        summary["categories"][key] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "gold": n}
    for name, plural in (("entity", "entities"), ("relation", "relations")):
        p, r, f = prf(total.total(name + ":"))
        table.add_row(f"[bold]{plural} (micro)", f"{p:.3f}", f"{r:.3f}", f"{f:.3f}",
                      str(total.total(name + ":")["tp"] + total.total(name + ":")["fn"]))
        summary[name] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
    out.print(table)
    if json_out:
        from kg.fsutil import write_atomic

        write_atomic(json_out, json_module.dumps(summary, ensure_ascii=False, indent=1) + "\n")


def eval_ner(
    test_set: Path = typer.Argument(..., help="Bracketed sentences ('[PER Tô Lâm] …'), VLSP 2018 ENAMEX lines, "
                                              "or a CoNLL/VLSP 2016 column file."),
    lang: str = typer.Option("vi", help="Language of the sentences: vi or en."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss and false positive."),
    crf: bool = typer.Option(True, help="Also use underthesea's CRF for Vietnamese names."),
) -> None:
    """Score kg's named-entity recogniser (doc.ents) on PER / ORG / LOC, exact spans.

    The usual way Vietnamese NER is reported (VLSP: names as written, no
    titles). Runs `kg.nlp.load()` on each sentence alone.
    """
    from rich.table import Table

    import kg.nlp
    from kg.ner_eval import SCORED_LABELS, read_examples, score_ner

    if not test_set.is_file():
        fail(f"no such file: {test_set}")
    if lang not in kg.nlp.SUPPORTED_LANGS:
        fail(f"unsupported language {lang!r}: use vi or en")
    try:
        examples = read_examples(test_set)
    except (ValueError, UnicodeDecodeError) as e:
        fail(f"cannot read {test_set}: {e}")
    if not examples:
        fail(f"no sentences in {test_set}")
    score = score_ner(kg.nlp.load(lang, use_crf=crf), examples)
    out = Console(highlight=False, soft_wrap=True)
    if verbose:
        for kind, rows in (("miss ", score.misses), ("extra", score.extras)):
            for i, surface, label in rows:
                out.print(f"   {kind} {label} {surface!r}  (sentence {i + 1}: {examples[i].text[:90]})", markup=False)
    table = Table("", "P", "R", "F1", "gold", title=f"{len(examples)} sentences")
    for label in (*SCORED_LABELS, None):
        p, r, f, n = score.prf(label)
        table.add_row(label or "[bold]micro", f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(n))
    out.print(table)


def train(
    lang: str = typer.Option("all", help="vi, en, or all."),
    out: Path = typer.Option(None, "--out", "-o", help="Model folder (default: the package's kg/data/models)."),
    n: int = typer.Option(3000, help="Synthetic training sentences per language."),
    seed: int = typer.Option(13, help="Random seed (the same seed gives the same model)."),
    relations: bool = typer.Option(False, "--relations", help="Train the learned relation classifier instead, on the "
                                   "gold articles (../shared/corpus seed, dev, dev-en; tests/data/tune-vi, tune-en)."),
) -> None:
    """Retrain kg's own NER (a CRF over syllables) on our template sentences and our annotated sentences.

    Template sentences are filled from the gazetteer; annotated sentences are
    kg/data/train/ner-LANG.txt (bracketed: '[PER …]', '[ORG …]', '[LOC …]').

    Writes ner-LANG.crfsuite and ner-LANG.json (held-out scores) and prints the scores.
    """
    from kg.train import MODEL_DIR, train as train_model

    if relations:
        _train_relations(out or MODEL_DIR)
        return
    langs = ("vi", "en") if lang == "all" else (lang,)
    if any(x not in ("vi", "en") for x in langs):
        fail(f"unknown language {lang!r}: use vi, en or all")
    if n < 50:
        fail("--n must be at least 50")
    for code in langs:
        meta = train_model(code, out or MODEL_DIR, n=n, seed=seed)
        h = meta["held_out"]
        written = meta.get("held_out_written")
        extra = (f"; held-out written sentences P {written['p']:.3f} R {written['r']:.3f} F1 {written['f1']:.3f}"
                 if written else "")
        err.print(f"kg: ner-{code}: held-out template sentences P {h['p']:.3f} R {h['r']:.3f} F1 {h['f1']:.3f}"
                  f"{extra}, {meta['bytes'] / 1024:.0f} KiB → {(out or MODEL_DIR) / f'ner-{code}.crfsuite'}",
                  markup=False)


def _train_relations(out_dir: Path) -> None:
    """``kg train --relations``: cross-validate and write relations.json, printing the cross-validated gain."""
    from kg.train_relations import default_sets, train as train_relations

    sets = default_sets()
    if not any(p.exists() for dirs in sets.values() for p in dirs):
        fail("no gold articles found (../shared/corpus, tests/data/tune-vi, tune-en)")
    meta = train_relations(sets, out_dir / "relations.json")
    for name, r in meta["cv"].items():
        err.print(f"kg: relations, {name} held out: +{r['added_right']} right, +{r['added_wrong']} wrong; P/R/F1 "
                  f"{'/'.join(f'{x:.3f}' for x in r['before'])} → {'/'.join(f'{x:.3f}' for x in r['after'])}",
                  markup=False)
    err.print(f"kg: relations: threshold {meta['threshold']}, {'enabled' if meta['enabled'] else 'off by default'}, "
              f"{meta['features']} features → {out_dir / 'relations.json'}", markup=False)


# Every command, in the order `kg --help` lists them.
app.command()(build)
app.command()(query)
app.command("eval")(eval_)
app.command("eval-ner")(eval_ner)
app.command("analyze")(cli_graph.analyze_cmd)
app.command("path")(cli_graph.path_cmd)
app.command("viz")(cli_graph.viz_cmd)
app.command("export")(cli_graph.export_cmd)
app.command("serve")(cli_graph.serve_cmd)
app.command()(train)


def main() -> None:
    """Entry point of the ``kg`` script."""
    app()


if __name__ == "__main__":
    main()

"""The ``kg`` command line: build, query.

Every user mistake ends in one line on stderr ("kg: error: …") and a non-zero
exit, never a traceback.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

app = typer.Typer(
    help="Turn Vietnamese and English policy news into an RDF knowledge graph, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# soft_wrap: one message is one line, however long its path (no wrapping at 80 columns).
err = Console(stderr=True, highlight=False, soft_wrap=True)

DEFAULT_OUT = Path("output")


class Format(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    turtle = "turtle"


def fail(message: str, code: int = 2) -> None:
    """Print one error line and exit."""
    err.print(f"kg: error: {message}", markup=False)
    raise typer.Exit(code)


@app.command()
def build(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Article files (.txt .md .html .jsonl) or folders. Default: the bundled sample corpus."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="Output folder."),
    crf: bool = typer.Option(True, help="Also use underthesea's CRF for Vietnamese names."),
    validate: bool = typer.Option(True, help="Check the output against ontology/shapes.ttl (SHACL)."),
    html: bool = typer.Option(True, help="Write graph.html, the offline entity-graph picture."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Build the knowledge graph: graph.trig (a named graph per article), graph.ttl,
    the Oxigraph store that `kg query` reads, shacl-report.txt and graph.html.

    Unreadable, empty or non-UTF-8 files are reported one line each; the rest
    is built, and the exit code is 1.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from kg.build import build as run_build
    from kg.corpus import ReadError, sample_corpus_dir

    inputs = list(paths) if paths else [sample_corpus_dir()]
    errors: list[str] = []
    progress = Progress(TextColumn("[bold]kg build"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.description}"), TimeElapsedColumn(),
                        console=err, disable=quiet or not err.is_terminal, transient=True)

    def on_article(item) -> None:
        if isinstance(item, ReadError):
            err.print(f"kg: error: {item}", markup=False)
            errors.append(str(item))
        progress.advance(task)
        progress.update(task, description=getattr(item, "id", "") or "")

    with progress:
        task = progress.add_task("", total=None)
        try:
            report = run_build(inputs, out, use_crf=crf, validate=validate, html=html, on_article=on_article)
        except OSError as e:
            fail(f"cannot write to {out}: {e.strerror or e}")
    if not quiet:
        err.print(f"kg: {report.articles} articles, {report.entities} entities, {report.facts} facts, "
                  f"{report.quads} quads in {report.seconds:.1f}s → {out}/", markup=False)
        if report.conforms is False:
            err.print(f"kg: SHACL: {len(report.violations)} violations (see {out}/shacl-report.txt)",
                      markup=False)
            for line in report.violations[:10]:
                err.print(f"  {line}", markup=False)
    if errors or report.articles == 0:
        if report.articles == 0 and not errors:
            err.print("kg: error: no articles found", markup=False)
        raise typer.Exit(1)


@app.command()
def query(
    sparql: str = typer.Argument(..., help="A SPARQL query, or the path of a .rq file."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="The build folder whose store to query."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    limit: Optional[int] = typer.Option(None, help="Show at most this many rows."),
) -> None:
    """Run SPARQL against the built store (the union of all article graphs).

    Common prefixes (kgo:, kgr:, rdfs:, skos:, prov:, schema:, dcterms: …) are
    declared for you.
    """
    from kg.store import format_result, open_store, run_query

    text = sparql
    candidate = Path(sparql)
    if sparql.endswith(".rq") or (len(sparql) < 300 and "\n" not in sparql and candidate.is_file()):
        try:
            text = candidate.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            fail(f"cannot read {sparql}: {getattr(e, 'strerror', None) or e}")
    try:
        store = open_store(out / "store")
        result = run_query(store, text, limit=limit)
        output = format_result(result, fmt.value)
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    except ValueError as e:
        fail(str(e))


@app.command("eval")
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


def main() -> None:
    """Entry point of the ``kg`` script."""
    app()


if __name__ == "__main__":
    main()

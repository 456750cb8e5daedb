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


FOLDER_ARG = "The build folder (with graph.trig). Default: output/; --out says the same."
FILE_SUFFIXES = (".html", ".htm", ".jsonld", ".json", ".nt", ".nq", ".graphml", ".gexf", ".csv", ".ttl")


def build_folder(arg: Optional[Path], opt: Optional[Path], file_option: str | None = None) -> Path:
    """The build folder of a command that takes it as an argument and as ``--out`` (one meaning
    everywhere: the build folder). ``file_option`` names the option that writes a file, for the
    hint when ``--out`` looks like one."""
    if opt is not None and file_option and opt.suffix.lower() in FILE_SUFFIXES and not opt.is_dir():
        fail(f"--out is the build folder; write the file with {file_option} {opt}")
    if arg is not None and opt is not None and arg != opt:
        fail(f"two build folders given: {arg} and --out {opt}")
    return opt or arg or DEFAULT_OUT


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


@app.command()
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

    Unreadable, empty or non-UTF-8 files and articles in an unsupported
    language are reported one line each; the rest is built, and the exit code
    is 1. The outputs are switched into --out only at the end, all together;
    when no article could be read, --out is left as it was.

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


@app.command()
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


@app.command("eval-ner")
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


@app.command("analyze")
def analyze_cmd(
    folder: Optional[Path] = typer.Argument(None, help=FOLDER_ARG, show_default=False),
    out_opt: Optional[Path] = typer.Option(None, "--out", "-o", help="The build folder (same as the argument)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
) -> None:
    """Analyse a build: degree, PageRank, betweenness, communities, k-cores, bridges.

    Adds the named graph kgr:graph/analysis to graph.trig and the store, and
    writes report.json, report.md and report.html into the same folder.
    """
    from kg.analyze import analyze_build
    from kg.report import build_report, write_reports

    out = build_folder(folder, out_opt)
    try:
        result = analyze_build(out)
        report = build_report(result)
        write_reports(report, out)
    except ValueError as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot write to {out}: {e.strerror or e}")
    if not quiet:
        s = report["summary"]
        err.print(f"kg: {s['entities']} entities, {s['links']} links ({s['links'] - s['co_mention_only_links']} "
                  f"by typed relations, {s['co_mention_only_links']} by co-mention only), "
                  f"{s['communities_2_or_more']} communities → {out}/report.html", markup=False)
        top = ", ".join(f"{e['label']} ({e['pagerank']:.4f})" for e in report["top_overall"][:5])
        err.print(f"kg: top PageRank: {top}", markup=False)


@app.command("path")
def path_cmd(
    source: str = typer.Argument(..., help="An entity name (label or alias; case and diacritics optional)."),
    target: str = typer.Argument(..., help="Another entity name."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", help="The build folder (with graph.trig)."),
    max_paths: int = typer.Option(3, "--max", help="Show at most this many shortest paths."),
) -> None:
    """Explain how two entities are connected: the shortest paths between them,
    each hop with its relation (or co-mention), sentence and article.
    """
    from rich.text import Text

    from kg.analyze import load_build
    from kg.paths import find_paths, resolve_entity
    from kg.projection import analysis_graph
    from kg.textutil import collapse_spaces

    if max_paths < 1:
        fail("--max must be at least 1")
    try:
        graph = analysis_graph(load_build(out))
        a, b = resolve_entity(graph, source), resolve_entity(graph, target)
    except ValueError as e:  # EntityLookupError is a ValueError
        fail(str(e))
    if a == b:
        fail(f"{source!r} and {target!r} name the same entity")
    paths = find_paths(graph, a, b, max_paths)
    if not paths:
        fail(f"no path between {graph.nodes[a]['label']} and {graph.nodes[b]['label']}", code=1)
    console = Console(highlight=False, soft_wrap=True)
    for i, hops in enumerate(paths, 1):
        names = [hops[0].source_label] + [h.target_label for h in hops]
        console.print(Text(f"Path {i}/{len(paths)}, {len(hops)} hop{'s' if len(hops) != 1 else ''}: "
                           + " → ".join(names), style="bold"))
        for hop in hops:
            for link in hop.links:
                if link.relation is None:
                    where = "" if link.scope == "sentence" else " (same article)"
                    arrow = f"{hop.source_label} —co-mentioned with{where}— {hop.target_label}"
                elif link.forward:
                    arrow = f"{hop.source_label} —{link.relation}→ {hop.target_label}"
                else:
                    arrow = f"{hop.source_label} ←{link.relation}— {hop.target_label}"
                console.print(Text(f"  {arrow}", style="cyan"))
                if link.sentence:
                    console.print(Text(f"    “{collapse_spaces(link.sentence)}”"))
                if link.title or link.url:
                    source_line = " ".join(x for x in (link.title, f"<{link.url}>" if link.url else "") if x)
                    console.print(Text(f"    — {source_line}", style="dim"))
        if i < len(paths):
            console.print()


@app.command("viz")
def viz_cmd(
    folder: Optional[Path] = typer.Argument(None, help=FOLDER_ARG, show_default=False),
    out_opt: Optional[Path] = typer.Option(None, "--out", "-o", help="The build folder (same as the argument)."),
    around: Optional[str] = typer.Option(
        None, "--around", help="Draw only this entity's neighbourhood (label or alias; diacritics optional)."),
    hops: int = typer.Option(2, "--hops", help="With --around: how many relations away to go."),
    top: Optional[int] = typer.Option(None, "--top", help="Draw at most this many entities (the most central)."),
    html_out: Optional[Path] = typer.Option(
        None, "--file", "-F", help="The HTML file. Default: graph.html or graph-around-<name>.html in the folder."),
) -> None:
    """Draw the entity graph as an offline HTML page: the whole graph (graph.html)
    or, with --around, one entity's neighbourhood. Uses kgo:pagerank and
    kgo:community from `kg analyze` when graph.trig has them.
    """
    from kg.export import load_dataset
    from kg.projection import drawing_graph
    from kg.textutil import slugify
    from kg.viz import MAX_NODES, ego_network, find_entity, write_graph_html

    out = build_folder(folder, out_opt, "--file")
    if hops < 0:
        fail("--hops must be 0 or more")
    if top is not None and top < 1:
        fail("--top must be at least 1")
    try:
        ds = load_dataset(out)
    except FileNotFoundError as e:
        fail(str(e))
    except Exception as e:  # rdflib parse errors have no common base class
        fail(f"cannot read {out / 'graph.trig'}: {e}")
    g = drawing_graph(ds)
    focus = note = None
    title = "kg — entity graph"
    target = html_out or out / "graph.html"
    if around is not None:
        try:
            focus = find_entity(g, around, ds)
        except LookupError as e:
            fail(str(e))
        g = ego_network(g, focus, hops)
        label = str(g.nodes[focus].get("label") or focus)
        title = f"kg — around {label}"
        note = f"Entities within {hops} link{'s' if hops != 1 else ''} (relation or co-mention) of {label}."
        target = html_out or out / f"graph-around-{slugify(around)}.html"
    try:
        write_graph_html(g, target, title=title, rdf=ds, max_nodes=top or MAX_NODES, focus=focus, note=note)
    except OSError as e:
        fail(f"cannot write {target}: {e.strerror or e}")
    shown = min(g.number_of_nodes(), top or MAX_NODES)
    err.print(f"kg: {shown} of {g.number_of_nodes()} entities drawn → {target}", markup=False)


@app.command("export")
def export_cmd(
    folder: Optional[Path] = typer.Argument(None, help=FOLDER_ARG, show_default=False),
    out_opt: Optional[Path] = typer.Option(None, "--out", "-o", help="The build folder (same as the argument)."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", help="jsonld, nt, nquads (RDF); graphml, gexf (Gephi); csv (nodes.csv + edges.csv)."),
    path: Optional[Path] = typer.Option(
        None, "--file", "-F", help="Output file (a folder for csv). Default: export.jsonld, export.nt, export.nq, "
                                  "graph.graphml, graph.gexf or csv/ in the build folder."),
) -> None:
    """Export the graph: RDF of the union (JSON-LD, N-Triples) or with its named
    graphs (N-Quads), the entity graph for Gephi (GraphML, GEXF), or CSV tables.
    """
    from kg.export import FORMATS, export

    out = build_folder(folder, out_opt, "--file")
    if fmt is None:
        fail(f"--format is required: one of {', '.join(FORMATS)}")
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    try:
        written = export(out, fmt, path)
    except FileNotFoundError as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot write {path or out}: {e.strerror or e}")
    except Exception as e:  # rdflib parse errors have no common base class
        fail(f"cannot read {out / 'graph.trig'}: {e}")
    for p in written:
        err.print(f"kg: wrote {p}", markup=False)


@app.command("serve")
def serve_cmd(
    folder: Optional[Path] = typer.Argument(None, help=FOLDER_ARG, show_default=False),
    out_opt: Optional[Path] = typer.Option(None, "--out", "-o", help="The build folder (same as the argument)."),
    port: int = typer.Option(7878, "--port", "-p", help="TCP port (0: any free port)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run before the client gets 503."),
    max_rows: int = typer.Option(10000, "--max-rows", help="Cap on result rows (X-KG-Truncated: true when cut)."),
    max_concurrent: int = typer.Option(4, "--max-concurrent",
                                       help="Query worker processes: queries that run at once."),
    max_queue: int = typer.Option(64, "--max-queue", help="Queries that may wait for a worker (503 beyond)."),
    max_memory: int = typer.Option(1024, "--max-memory", help="Address space of each query worker, in MB."),
    allow_service: List[str] = typer.Option([], "--allow-service", metavar="IRI-PREFIX",
                                            help="Let SERVICE call endpoints under this prefix (repeatable)."),
    cors: List[str] = typer.Option([], "--cors", metavar="ORIGIN",
                                   help="Allow this origin (or *) to read answers in a browser (repeatable)."),
    public_url: Optional[str] = typer.Option(None, "--public-url",
                                             help="The URL clients use (behind a proxy), for sd:endpoint."),
) -> None:
    """Serve the built store read-only: a SPARQL 1.1 endpoint at /sparql and an
    offline explorer (query editor, entity search, entity pages) at /.

    Each query runs in a worker process, killed at --timeout or when it needs
    more than --max-memory; SERVICE is refused unless --allow-service allows it.
    """
    from kg.serve import serve

    out = build_folder(folder, out_opt)
    if not 0 <= port <= 65535:
        fail(f"--port must be between 0 and 65535, not {port}")

    def ready(url: str) -> None:
        err.print(f"kg: serving {out}/ at {url}; SPARQL at /sparql; Ctrl+C to stop", markup=False)

    try:
        serve(out, host, port, timeout=timeout, max_rows=max_rows, max_concurrent=max_concurrent,
              max_queue=max_queue, max_memory_mb=max_memory, allow_service=allow_service, cors=cors,
              public_url=public_url, on_ready=ready)
    except ValueError as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot listen on {host}:{port}: {e.strerror or e}")


@app.command()
def train(
    lang: str = typer.Option("all", help="vi, en, or all."),
    out: Path = typer.Option(None, "--out", "-o", help="Model folder (default: the package's kg/data/models)."),
    n: int = typer.Option(3000, help="Synthetic training sentences per language."),
    seed: int = typer.Option(13, help="Random seed (the same seed gives the same model)."),
) -> None:
    """Retrain kg's own NER (a CRF over syllables) on our template sentences and our annotated sentences.

    Template sentences are filled from the gazetteer; annotated sentences are
    kg/data/train/ner-LANG.txt (bracketed: '[PER …]', '[ORG …]', '[LOC …]').

    Writes ner-LANG.crfsuite and ner-LANG.json (held-out scores) and prints the scores.
    """
    from kg.train import MODEL_DIR, train as train_model

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


def main() -> None:
    """Entry point of the ``kg`` script."""
    app()


if __name__ == "__main__":
    main()

"""The ``kg`` commands that read a build folder: analyze, path, viz, export, serve.

Plain functions with typer parameters; :mod:`kg.cli` registers them on its
app, in the order ``kg --help`` lists them.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from kg.cliutil import DEFAULT_OUT, FOLDER_ARG, build_folder, err, fail


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
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", help="Serve the remote store behind this SPARQL query endpoint instead of a build "
        "folder (what `kg build --store` filled; Oxigraph server: http://HOST:7878/query?union-default-graph). "
        "No entity pictures then."),
) -> None:
    """Serve the built store read-only: a SPARQL 1.1 endpoint at /sparql and an
    offline explorer (query editor, entity search, entity pages) at /.

    Each query runs in a worker process, killed at --timeout or when it needs
    more than --max-memory; SERVICE is refused unless --allow-service allows it.
    With --endpoint, the remote server runs the queries (its limits apply).
    """
    from kg.serve import serve

    if endpoint is not None and (folder is not None or out_opt is not None):
        fail("give a build folder or --endpoint, not both")
    out = build_folder(folder, out_opt) if endpoint is None else None
    if not 0 <= port <= 65535:
        fail(f"--port must be between 0 and 65535, not {port}")

    def ready(url: str) -> None:
        source = f"{out}/" if endpoint is None else endpoint
        err.print(f"kg: serving {source} at {url}; SPARQL at /sparql; Ctrl+C to stop", markup=False)

    try:
        serve(out, host, port, timeout=timeout, max_rows=max_rows, max_concurrent=max_concurrent,
              max_queue=max_queue, max_memory_mb=max_memory, allow_service=allow_service, cors=cors,
              public_url=public_url, on_ready=ready, endpoint=endpoint)
    except ValueError as e:
        fail(str(e))
    except OSError as e:
        fail(f"cannot listen on {host}:{port}: {e.strerror or e}")

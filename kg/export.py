"""Export a build folder's graph to formats other tools read.

RDF formats come straight from ``graph.trig``: JSON-LD and N-Triples of the
union of the article graphs, N-Quads with the named graphs kept. Gephi-style
formats (GraphML, GEXF) and CSV come from the entity projection of
:func:`kg.projection.entity_graph`, flattened to scalar attributes.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import networkx as nx
import rdflib

from kg.fsutil import write_atomic

FORMATS: dict[str, str] = {  # format → default output name inside the build folder
    "jsonld": "export.jsonld",
    "nt": "export.nt",
    "nquads": "export.nq",
    "graphml": "graph.graphml",
    "gexf": "graph.gexf",
    "csv": "csv",
}


def load_dataset(build_dir: Path) -> rdflib.Dataset:
    """The build's ``graph.trig`` as a Dataset (FileNotFoundError if missing)."""
    path = Path(build_dir) / "graph.trig"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found (run `kg build` first)")
    ds = rdflib.Dataset()
    ds.parse(path, format="trig")
    return ds


def to_jsonld(ds: rdflib.Dataset) -> str:
    """JSON-LD of the union graph, compacted with the kg prefixes as context."""
    from kg.rdf import union_graph
    from kg.store import PREFIXES

    return union_graph(ds).serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True, indent=2)


def to_ntriples(ds: rdflib.Dataset) -> str:
    """N-Triples of the union graph, lines sorted (deterministic)."""
    from kg.rdf import union_graph

    text = union_graph(ds).serialize(format="nt")
    return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))


def to_nquads(ds: rdflib.Dataset) -> str:
    """N-Quads keeping each article's named graph, lines sorted (deterministic)."""
    text = ds.serialize(format="nquads")
    return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))


def flat_graph(g: nx.MultiDiGraph, scores: dict[str, dict[str, Any]] | None = None) -> nx.MultiDiGraph:
    """The entity projection with scalar attributes only (what GraphML/GEXF can hold).

    Nodes: label, type, aliases (joined with "; "), articles (count), and
    pagerank / community when known. Edges (keys ``e0``, ``e1`` …): relation,
    label, weight, sentence (the first supporting one).
    """
    scores = scores or {}
    out = nx.MultiDiGraph()
    for node, d in sorted(g.nodes(data=True)):
        attrs: dict[str, Any] = {
            "label": str(d.get("label") or node),
            "type": str(d.get("type", "")),
            "aliases": "; ".join(str(a) for a in d.get("aliases") or []),
            "articles": len(d.get("articles") or []),
        }
        extra = {**{k: d[k] for k in ("pagerank", "community") if d.get(k) is not None}, **scores.get(node, {})}
        if "pagerank" in extra:
            attrs["pagerank"] = float(extra["pagerank"])
        if "community" in extra:
            attrs["community"] = int(extra["community"])
        out.add_node(node, **attrs)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for i, (s, o, key, d) in enumerate(edges):
        rel = str(d.get("relation") or key)
        sentences = d.get("sentences") or []
        out.add_edge(
            s, o, key=f"e{i}",  # GraphML edge ids must be unique
            relation=rel,
            label=rel,
            weight=int(d.get("weight", 1)),
            sentence=" ".join(str(sentences[0].get("text") or "").split()) if sentences else "",  # one line
        )
    return out


def _xml_text(write: Any, g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    write(g, buf)
    return buf.getvalue()


def to_graphml(g: nx.MultiDiGraph) -> bytes:
    """GraphML (UTF-8) of a flat graph."""
    return _xml_text(nx.write_graphml, g)


def to_gexf(g: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2 (UTF-8) of a flat graph."""
    return _xml_text(nx.write_gexf, g)


def _csv_text(header: list[str], rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def write_csv(g: nx.MultiDiGraph, folder: Path) -> list[Path]:
    """nodes.csv and edges.csv of a flat graph into ``folder``; return both paths."""
    folder = Path(folder)
    extra = [k for k in ("pagerank", "community") if any(k in d for _, d in g.nodes(data=True))]
    nodes = [
        [n, d["label"], d["type"], d["aliases"], d["articles"], *[d.get(k, "") for k in extra]]
        for n, d in g.nodes(data=True)
    ]
    edges = [[s, o, d["relation"], d["weight"], d["sentence"]] for s, o, d in g.edges(data=True)]
    return [
        write_atomic(folder / "nodes.csv", _csv_text(["id", "label", "type", "aliases", "articles", *extra], nodes)),
        write_atomic(folder / "edges.csv", _csv_text(["source", "target", "relation", "weight", "sentence"], edges)),
    ]


def export(build_dir: Path, fmt: str, out: Path | None = None) -> list[Path]:
    """Export the build in ``build_dir`` as ``fmt``; return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    build_dir = Path(build_dir)
    target = Path(out) if out is not None else build_dir / FORMATS[fmt]
    ds = load_dataset(build_dir)
    if fmt == "jsonld":
        return [write_atomic(target, to_jsonld(ds))]
    if fmt == "nt":
        return [write_atomic(target, to_ntriples(ds))]
    if fmt == "nquads":
        return [write_atomic(target, to_nquads(ds))]

    from kg.projection import entity_graph
    from kg.viz import analysis_scores

    flat = flat_graph(entity_graph(ds), analysis_scores(ds))
    if fmt == "graphml":
        return [write_atomic(target, to_graphml(flat))]
    if fmt == "gexf":
        return [write_atomic(target, to_gexf(flat))]
    return write_csv(flat, target)

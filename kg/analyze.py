"""Graph analysis of a build: metrics of the analysis projection, written back as RDF.

:func:`analyze` computes degree, PageRank, betweenness, Louvain communities,
k-cores and bridges on :func:`kg.projection.analysis_graph`;
:func:`analysis_rdf` writes them as the named graph ``kgr:graph/analysis``;
:func:`analyze_build` does all of that for a build folder (graph.trig and the
store). The projections themselves are in :mod:`kg.projection`; explained
paths between two entities (``kg path``) in :mod:`kg.paths`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import rdflib
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import SKOS, XSD

from kg.projection import named_graphs, analysis_graph, entity_graph, local_name
from kg.rdf import KGO, KGR

ANALYSIS_GRAPH = KGR["graph/analysis"]
SEED = 42
COMMUNITY_METHOD = "louvain"
# PageRank: the usual damping; a tight tolerance so the 6 stored decimals are exact.
PAGERANK_ALPHA = 0.85
PAGERANK_TOL = 1e-10
PAGERANK_MAX_ITER = 1000
# Betweenness is exact up to this many entities, then estimated from a seeded sample of sources.
BETWEENNESS_EXACT = 1500
BETWEENNESS_SAMPLES = 500


@dataclass
class NodeMetrics:
    """The metrics of one entity in the analysis projection."""

    iri: str
    label: str
    type: str
    degree: int
    pagerank: float
    betweenness: float
    community: int
    kcore: int
    relation_degree: int = 0  # neighbours linked by a typed relation (the rest are co-mentions)
    mentions: int = 0  # NIF mentions of the entity in the articles


@dataclass
class Analysis:
    """Everything :func:`analyze` computes; communities are numbered from 1 (index + 1)."""

    graph: nx.Graph
    nodes: dict[str, NodeMetrics] = field(default_factory=dict)
    communities: list[list[str]] = field(default_factory=list)
    bridges: list[tuple[str, str]] = field(default_factory=list)
    method: str = COMMUNITY_METHOD
    seed: int = SEED


def pagerank(graph: nx.Graph) -> dict[str, float]:
    """PageRank weighted by the number of supporting articles (empty graph → {})."""
    if graph.number_of_nodes() == 0:
        return {}
    return nx.pagerank(graph, alpha=PAGERANK_ALPHA, weight="weight",
                       tol=PAGERANK_TOL, max_iter=PAGERANK_MAX_ITER)


def analyze(graph: nx.Graph, seed: int = SEED) -> Analysis:
    """Degree, PageRank, betweenness, Louvain communities, k-core and bridges.

    ``graph`` is the projection of :func:`analysis_graph`. Degree is the
    number of distinct neighbours; betweenness counts hops (as `kg path`
    does), normalised; Louvain uses the article weights and ``seed``. Networkx
    has no Leiden of its own (it only dispatches to optional backends), so
    Louvain is used. Communities are numbered by size, then by first member.
    """
    out = Analysis(graph=graph, seed=seed)
    if graph.number_of_nodes() == 0:
        return out
    pr = pagerank(graph)
    n = graph.number_of_nodes()
    # exact up to BETWEENNESS_EXACT nodes; above, Brandes from a seeded sample of sources
    sample = None if n <= BETWEENNESS_EXACT else BETWEENNESS_SAMPLES
    btw = nx.betweenness_centrality(graph, normalized=True, k=sample, seed=seed if sample else None)
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    out.communities = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    member_of = {n: i + 1 for i, c in enumerate(out.communities) for n in c}
    core = nx.core_number(graph)
    out.bridges = sorted(tuple(sorted(e)) for e in nx.bridges(graph))
    for n in sorted(graph.nodes):
        d = graph.nodes[n]
        out.nodes[n] = NodeMetrics(
            iri=n, label=d.get("label", local_name(n)), type=d.get("type", ""),
            degree=int(graph.degree(n)), pagerank=float(pr[n]), betweenness=float(btw[n]),
            community=member_of[n], kcore=int(core[n]),
            relation_degree=sum(1 for m in graph[n] if graph.edges[n, m].get("relations")),
            mentions=int(d.get("mentions", 0)))
    return out


def _decimal(x: float) -> Literal:
    """``x`` rounded to 6 places as an ``xsd:decimal`` literal."""
    return Literal(f"{round(x, 6):.6f}", datatype=XSD.decimal)


def analysis_rdf(analysis: Analysis) -> rdflib.Graph:
    """The named graph ``kgr:graph/analysis`` holding the metrics.

    Each entity gets ``kgo:pagerank``/``kgo:betweenness`` (``xsd:decimal``, 6
    places) and ``kgo:degree``/``kgo:community``/``kgo:kcore``
    (``xsd:integer``); each community is a ``kgr:community/{n}`` node, a
    ``kgo:Community`` with a label and ``skos:member`` links to its entities.
    """
    g = rdflib.Graph(identifier=ANALYSIS_GRAPH)
    for iri, m in sorted(analysis.nodes.items()):
        node = URIRef(iri)
        g.add((node, KGO.pagerank, _decimal(m.pagerank)))
        g.add((node, KGO.betweenness, _decimal(m.betweenness)))
        g.add((node, KGO.degree, Literal(m.degree, datatype=XSD.integer)))
        g.add((node, KGO.community, Literal(m.community, datatype=XSD.integer)))
        g.add((node, KGO.kcore, Literal(m.kcore, datatype=XSD.integer)))
    for i, members in enumerate(analysis.communities, start=1):
        node = KGR[f"community/{i}"]
        g.add((node, RDF.type, KGO.Community))
        g.add((node, RDFS.label, Literal(f"Cộng đồng {i}", lang="vi")))
        g.add((node, RDFS.label, Literal(f"Community {i}", lang="en")))
        g.add((node, KGO.community, Literal(i, datatype=XSD.integer)))
        for iri in members:
            g.add((node, SKOS.member, URIRef(iri)))
    return g


@dataclass
class BuildAnalysis:
    """What :func:`analyze_build` did: the data it read and what it computed and wrote."""

    dataset: rdflib.Dataset
    multi: nx.MultiDiGraph
    analysis: Analysis
    outputs: dict[str, Path] = field(default_factory=dict)
    quads: int = 0


def load_build(build_dir: str | Path) -> rdflib.Dataset:
    """Read ``graph.trig`` of a build folder; ValueError (one line) if it is missing or broken."""
    from kg.rdf import new_dataset

    trig = Path(build_dir) / "graph.trig"
    if not trig.is_file():
        raise ValueError(f"no graph.trig in {build_dir} — run `kg build` first")
    ds = new_dataset()
    try:
        ds.parse(str(trig), format="trig")
    except Exception as e:  # rdflib raises many parser error types
        first = (str(e).strip().splitlines() or [type(e).__name__])[0][:300]
        raise ValueError(f"cannot read {trig}: {first}") from None
    return ds


def serialize_trig(ds: rdflib.Dataset) -> str:
    """TriG of the named graphs of ``ds``, in IRI order, so equal data gives equal bytes.

    rdflib writes graphs in set order, which changes between runs; each graph
    is serialised on its own (with our prefixes) and the pieces are joined.
    """
    from kg.rdf import bind_prefixes, new_dataset

    prefixes: set[str] = set()
    blocks: list[str] = []
    for ctx in sorted(named_graphs(ds), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        one = new_dataset()
        default = ctx.identifier == DATASET_DEFAULT_GRAPH_ID
        target = getattr(one, "default_graph", None) if default else one.graph(ctx.identifier)
        target = one.default_context if target is None else target
        for triple in ctx:
            target.add(triple)
        bind_prefixes(one)
        lines = one.serialize(format="trig").splitlines()
        prefixes.update(x for x in lines if x.startswith("@prefix"))
        blocks.append("\n".join(x for x in lines if not x.startswith("@prefix")).strip("\n"))
    names = [x.split()[1] for x in prefixes]
    if len(names) != len(set(names)):  # rdflib made up the same ns1: twice: let it write all at once
        return ds.serialize(format="trig")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n\n".join(blocks) + "\n"


def analyze_build(build_dir: str | Path, seed: int = SEED) -> BuildAnalysis:
    """Analyse a build folder and store the results next to the articles.

    Replaces the ``kgr:graph/analysis`` named graph of ``graph.trig``
    (atomically) and rebuilds the Oxigraph store from it; the article graphs
    are not changed, and the analysis graph is left out of the projection.
    """
    from kg.fsutil import write_atomic
    from kg.store import write_store

    out = Path(build_dir)
    ds = load_build(out)
    ds.remove_graph(ANALYSIS_GRAPH)
    multi = entity_graph(ds)
    result = analyze(analysis_graph(ds, multi), seed=seed)
    target = ds.graph(ANALYSIS_GRAPH)
    for triple in analysis_rdf(result):
        target.add(triple)
    trig = write_atomic(out / "graph.trig", serialize_trig(ds))
    quads = write_store(out / "store", trig)
    return BuildAnalysis(dataset=ds, multi=multi, analysis=result,
                         outputs={"trig": trig, "store": out / "store"}, quads=quads)

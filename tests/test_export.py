"""Tests for kg.export and `kg export`: RDF, Gephi and CSV exports of a real build."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib import Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.corpus import sample_corpus_dir
from kg.export import FORMATS, export, flat_graph, to_gexf, to_graphml
from kg.projection import entity_graph

KGO = rdflib.Namespace("https://w3id.org/kg-vn/ontology#")
KGR = rdflib.Namespace("https://w3id.org/kg-vn/resource/")
ENTITY_CLASSES = {KGO[c] for c in ("Person", "Organization", "Policy", "Event", "Place", "Topic")}
TO_LAM = "https://w3id.org/kg-vn/resource/person/to-lam"
RDF_SUFFIXES = {".jsonld", ".json-ld", ".nt", ".nq", ".nquads", ".rdf", ".owl", ".n3"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "out"
    report = build([sample_corpus_dir()], out, validate=False)
    assert report.articles >= 5
    return out


@pytest.fixture()
def work(built: Path, tmp_path: Path) -> Path:
    """A fresh build folder holding a copy of the build's graph.trig."""
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(built / "graph.trig", out / "graph.trig")
    return out


def dataset(folder: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(folder / "graph.trig", format="trig")
    return ds


def union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def entities(ds: rdflib.Dataset) -> set[str]:
    return {str(s) for s, _, c, _ in ds.quads((None, RDF.type, None, None)) if c in ENTITY_CLASSES}


def named(ds: rdflib.Dataset) -> dict[str, int]:
    return {str(g.identifier): len(g) for g in ds.graphs() if len(g)}


def add_analysis(folder: Path) -> None:
    """Append a kgr:graph/analysis graph (as `kg analyze` does) to the folder's graph.trig."""
    ds = dataset(folder)
    g = ds.graph(KGR["graph/analysis"])
    for i, iri in enumerate(sorted(entities(ds))):
        g.add((rdflib.URIRef(iri), KGO.pagerank, Literal(f"{(i + 1) / 1000:.4f}", datatype=XSD.decimal)))
        g.add((rdflib.URIRef(iri), KGO.community, Literal(i % 3)))
    (folder / "graph.trig").write_text(ds.serialize(format="trig"), encoding="utf-8")


def test_build_writes_no_rdf_exports(built: Path) -> None:
    found = [p for p in built.rglob("*") if p.suffix.lower() in RDF_SUFFIXES]
    assert found == []  # the shared scorer loads every RDF file in the build folder
    assert (built / "graph.html").is_file()


# --------------------------------------------------------------------------- RDF


def test_jsonld_is_the_union(work: Path) -> None:
    (path,) = export(work, "jsonld")
    assert path == work / "export.jsonld"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["kgo"] == str(KGO)
    parsed = rdflib.Graph().parse(path, format="json-ld")
    assert isomorphic(parsed, union(dataset(work)))
    assert "Tô Lâm" in path.read_text(encoding="utf-8")


def test_ntriples_is_the_union_and_deterministic(work: Path, tmp_path: Path) -> None:
    (path,) = export(work, "nt")
    assert path == work / "export.nt"
    parsed = rdflib.Graph().parse(path, format="nt")
    assert isomorphic(parsed, union(dataset(work)))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    (again,) = export(work, "nt", tmp_path / "again.nt")
    assert again.read_bytes() == path.read_bytes()


def test_nquads_keeps_named_graphs(work: Path) -> None:
    (path,) = export(work, "nquads")
    assert path == work / "export.nq"
    parsed = rdflib.Dataset()
    parsed.parse(path, format="nquads")
    original = dataset(work)
    assert named(parsed) == named(original)
    assert len([n for n in named(parsed) if n.startswith(str(KGR["graph/"]))]) >= 5
    assert len(list(parsed.quads())) == len(list(original.quads()))


# --------------------------------------------------------------------------- Gephi


def check_flat(g: nx.Graph, ds: rdflib.Dataset) -> None:
    assert set(g.nodes) == entities(ds)
    for _, d in g.nodes(data=True):
        assert all(isinstance(v, (str, int, float)) for v in d.values()), d
        assert d["type"] in {"Person", "Organization", "Policy", "Event", "Place", "Topic"}
    to_lam = g.nodes[TO_LAM]
    assert to_lam["label"] == "Tô Lâm" and to_lam["type"] == "Person"
    assert "To Lam" in to_lam["aliases"].split("; ")
    assert int(to_lam["articles"]) >= 2
    projection = entity_graph(ds)
    assert g.number_of_edges() == projection.number_of_edges()
    relations = {d["relation"] for *_, d in g.edges(data=True)}
    assert relations == {d["relation"] for *_, d in projection.edges(data=True)}
    for *_, d in g.edges(data=True):
        assert all(isinstance(v, (str, int, float)) for v in d.values()), d
        assert d["label"] == d["relation"] and int(d["weight"]) >= 1
    assert any(d["sentence"] for *_, d in g.edges(data=True))


def test_graphml_round_trip(work: Path) -> None:
    (path,) = export(work, "graphml")
    assert path == work / "graph.graphml"
    check_flat(nx.read_graphml(path), dataset(work))


def test_gexf_round_trip(work: Path) -> None:
    (path,) = export(work, "gexf")
    assert path == work / "graph.gexf"
    check_flat(nx.read_gexf(path), dataset(work))


def test_pagerank_and_community_are_exported(work: Path) -> None:
    add_analysis(work)
    (graphml,) = export(work, "graphml")
    (gexf,) = export(work, "gexf")
    for g in (nx.read_graphml(graphml), nx.read_gexf(gexf)):
        values = {d["pagerank"] for _, d in g.nodes(data=True)}
        assert all(isinstance(v, float) for v in values) and len(values) == g.number_of_nodes()
        assert {int(d["community"]) for _, d in g.nodes(data=True)} == {0, 1, 2}
    nodes_csv, _ = export(work, "csv")
    with nodes_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(float(r["pagerank"]) > 0 and r["community"] in {"0", "1", "2"} for r in rows)


def test_parallel_edges_survive() -> None:
    g = nx.MultiDiGraph()
    for n in ("urn:a", "urn:b"):
        g.add_node(n, label=n[-1], type="Organization", aliases=["x", "y"], articles=["urn:art"], sentences=[{}])
    for rel in ("issued", "implements"):
        g.add_edge("urn:a", "urn:b", key=rel, relation=rel, weight=2, articles=["urn:art"],
                   sentences=[{"text": f"A {rel} B.", "article": "urn:art", "title": "t", "url": None}])
    flat = flat_graph(g)
    assert flat.nodes["urn:a"] == {"label": "a", "type": "Organization", "aliases": "x; y", "articles": 1}
    for data, reader in ((to_graphml(flat), nx.read_graphml), (to_gexf(flat), nx.read_gexf)):
        back = reader(io.BytesIO(data))
        assert back.is_multigraph() and back.number_of_edges() == 2
        assert sorted(d["relation"] for *_, d in back.edges(data=True)) == ["implements", "issued"]
        assert sorted(d["sentence"] for *_, d in back.edges(data=True)) == ["A implements B.", "A issued B."]


# --------------------------------------------------------------------------- CSV


def test_csv_tables(work: Path) -> None:
    paths = export(work, "csv")
    assert paths == [work / "csv" / "nodes.csv", work / "csv" / "edges.csv"]
    with paths[0].open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["id", "label", "type", "aliases", "articles"]
        nodes = {r["id"]: r for r in reader}
    with paths[1].open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["source", "target", "relation", "weight", "sentence"]
        edges = list(reader)
    ds = dataset(work)
    assert set(nodes) == entities(ds)
    assert nodes[TO_LAM]["label"] == "Tô Lâm" and "To Lam" in nodes[TO_LAM]["aliases"].split("; ")
    assert int(nodes[TO_LAM]["articles"]) >= 2
    assert len(edges) == entity_graph(ds).number_of_edges()
    assert all(e["source"] in nodes and e["target"] in nodes and int(e["weight"]) >= 1 for e in edges)
    assert any("Tô Lâm" in e["sentence"] for e in edges if TO_LAM in (e["source"], e["target"]))
    assert all("\n" not in e["sentence"] and e["sentence"] == e["sentence"].strip() for e in edges)


# --------------------------------------------------------------------------- kg export


def test_cli_export_every_format(work: Path) -> None:
    runner = CliRunner()
    for fmt, name in FORMATS.items():
        result = runner.invoke(app, ["export", str(work), "--format", fmt])
        assert result.exit_code == 0, result.output
        assert (work / name).exists()
        assert f"kg: wrote {work / name}" in result.output


def test_cli_export_file(work: Path, tmp_path: Path) -> None:
    target = tmp_path / "deep" / "g.nq"
    result = CliRunner().invoke(app, ["export", str(work), "-f", "nquads", "--file", str(target)])
    assert result.exit_code == 0, result.output
    assert target.is_file() and not (work / "export.nq").exists()
    # --out is the build folder, as for every command
    again = tmp_path / "again.nq"
    result = CliRunner().invoke(app, ["export", "--out", str(work), "-f", "nquads", "-F", str(again)])
    assert result.exit_code == 0, result.output
    assert again.read_bytes() == target.read_bytes()
    result = CliRunner().invoke(app, ["export", str(work), "-f", "nquads", "--out", str(tmp_path / "x.nq")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"kg: error: --out is the build folder; write the file with "
                                                  f"--file {tmp_path / 'x.nq'}"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "--format is required: one of jsonld, nt, nquads, graphml, gexf, csv"),
        (["--format", "xml"], "unknown format 'xml'"),
    ],
)
def test_cli_export_errors(work: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["export", str(work), *args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0]


def test_cli_export_without_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", str(tmp_path), "-f", "nt"])
    assert result.exit_code == 2
    assert result.output.strip() == f"kg: error: {tmp_path / 'graph.trig'} not found (run `kg build` first)"

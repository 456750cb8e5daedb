"""Tests for kg.viz: the offline, escaped HTML picture of the entity graph."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.projection import entity_graph
from kg.viz import (
    TYPE_COLORS,
    _sentence_lines,
    analysis_scores,
    edge_tooltip,
    ego_network,
    find_entity,
    graph_data,
    node_tooltip,
    render_html,
    script_json,
    write_graph_html,
)

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
KGR = Namespace("https://w3id.org/kg-vn/resource/")
SCHEMA = Namespace("https://schema.org/")
XSS = "<script>alert(1)</script>"

PERSON = KGR["person/to-lam"]
ORG = KGR["organization/bo-chinh-tri"]
POLICY = KGR["policy/nghi-quyet-57"]
EVENT = KGR["event/dien-dan"]


def build_dataset() -> rdflib.Dataset:
    """Two article graphs: person, organization, policy, event, with sentences."""
    ds = rdflib.Dataset()
    arts = {}
    for aid, title, url in (
        ("a1", "Nghị quyết 57 về khoa học", "https://example.vn/a1"),
        ("a2", f"Forum news {XSS}", "https://example.com/a2"),
    ):
        g = ds.graph(KGR[f"graph/{aid}"])
        art = KGR[f"article/{aid}"]
        g.add((art, RDF.type, KGO.Article))
        g.add((art, DCTERMS.title, Literal(title)))
        g.add((art, SCHEMA.url, URIRef(url)))
        arts[aid] = (g, art)

    def ent(aid: str, iri, cls, label: Literal) -> None:
        g, art = arts[aid]
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, label))
        g.add((iri, KGO.mentionedIn, art))

    def rel(aid: str, n: str, s, p, o, sentence: str) -> None:
        g, art = arts[aid]
        g.add((s, p, o))
        a = KGR[f"assertion/{n}"]
        g.add((a, RDF.type, KGO.Assertion))
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, PROV.wasDerivedFrom, art))
        g.add((a, KGO.sentence, Literal(sentence)))

    ent("a1", PERSON, KGO.Person, Literal("Tô Lâm", lang="vi"))
    ent("a1", ORG, KGO.Organization, Literal("Bộ Chính trị", lang="vi"))
    ent("a1", POLICY, KGO.Policy, Literal("Nghị quyết 57", lang="vi"))
    ent("a2", PERSON, KGO.Person, Literal("To Lam", lang="en"))
    ent("a2", ORG, KGO.Organization, Literal("Politburo", lang="en"))
    ent("a2", EVENT, KGO.Event, Literal(f"Diễn đàn {XSS}", lang="vi"))
    arts["a1"][0].add((PERSON, SKOS.altLabel, Literal(f"alias {XSS}")))
    rel("a1", "pos", PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi"), "Tổng Bí thư Tô Lâm phát biểu.")
    rel("a1", "m1", PERSON, KGO.memberOf, ORG, "Tô Lâm, Ủy viên Bộ Chính trị.")
    rel("a2", "m2", PERSON, KGO.memberOf, ORG, f"To Lam {XSS} of the Politburo.")
    rel("a1", "i1", ORG, KGO.issued, POLICY, "Bộ Chính trị ban hành Nghị quyết 57.")
    rel("a2", "e1", PERSON, KGO.participatedIn, EVENT, 'He attended <a href="https://evil.example/">here</a>.')
    return ds


def add_analysis(ds: rdflib.Dataset, pagerank: dict, community: dict) -> None:
    """The named graph kgr:graph/analysis that `kg analyze` writes."""
    g = ds.graph(KGR["graph/analysis"])
    for iri, value in pagerank.items():
        g.add((iri, KGO.pagerank, Literal(str(value), datatype=XSD.decimal)))
    for iri, value in community.items():
        g.add((iri, KGO.community, Literal(value, datatype=XSD.integer)))


def page_data(page: str) -> dict:
    """The JSON the page embeds for its script."""
    m = re.search(r"window\.kgData = (\{.*?\});\n</script>", page, re.DOTALL)
    assert m, "no embedded graph data"
    return json.loads(m.group(1))


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def line_graph(n: int) -> nx.MultiDiGraph:
    """A star of ``n`` - 1 leaves around a hub plus a chain, so degrees differ."""
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"urn:n{i:03d}", label=f"Node {i:03d}", type="Topic", aliases=[], articles=[], sentences=[])
    for i in range(1, n):
        g.add_edge("urn:n000", f"urn:n{i:03d}", key="about", relation="about", sentences=[], weight=1)
    for i in range(1, n - 1, 2):
        g.add_edge(f"urn:n{i:03d}", f"urn:n{i + 1:03d}", key="about", relation="about", sentences=[], weight=1)
    return g


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    return entity_graph(build_dataset())


@pytest.fixture()
def page(graph: nx.MultiDiGraph, tmp_path: Path) -> str:
    out = write_graph_html(graph, tmp_path / "sub" / "graph.html", title=f"Graph {XSS}")
    assert out == tmp_path / "sub" / "graph.html"
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]  # no temp files left
    return out.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the page


def test_page_is_complete(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">")
    assert page.rstrip().endswith("</html>")
    assert "<title>Graph &lt;script&gt;" in page


def test_no_external_resources(page: str) -> None:
    parser = TagCollector()
    parser.feed(page)
    for tag, attrs in parser.tags:
        if tag in ("script", "link", "img", "iframe"):
            for name in ("src", "href"):
                assert not attrs.get(name), f"{tag} loads {attrs.get(name)!r}"
    assert "bootstrap" not in page.lower()
    assert "cdnjs" not in page and "jsdelivr" not in page and "unpkg" not in page
    assert "sourceMappingURL" not in page


def test_vis_network_is_inlined(page: str) -> None:
    import pyvis

    js = (Path(pyvis.__file__).parent / "templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")
    assert "new vis.Network(" in page
    assert js[2000:2400] in page  # a chunk of the shipped library, verbatim
    assert ".vis-network" in page  # its CSS


def test_labels_legend_and_filters(page: str, graph: nx.MultiDiGraph) -> None:
    data = page_data(page)
    assert {n["label"] for n in data["nodes"]} == {d["label"] for _, d in graph.nodes(data=True)}
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)
    for _, d in graph.nodes(data=True):
        assert html.escape(d["label"]) in page  # the escaped entity list
    colors = {n["id"]: n["color"] for n in data["nodes"]}
    assert colors[str(PERSON)] == TYPE_COLORS["Person"]
    assert colors[str(EVENT)] == TYPE_COLORS["Event"]
    assert sorted(e["label"] for e in data["edges"]) == ["issued", "memberOf", "participatedIn"]
    parser = TagCollector()
    parser.feed(page)
    boxes = {a["value"]: a for t, a in parser.tags if t == "input" and a.get("class") == "kg-type"}
    assert set(boxes) == set(TYPE_COLORS)  # one filter checkbox per type in the legend
    assert "checked" in boxes["Person"] and "disabled" in boxes["Place"]  # no places in this graph
    for t, color in TYPE_COLORS.items():
        assert color in page
    assert 'id="kg-search"' in page
    assert 'id="kg-community"' not in page  # no communities without kgo:community


def test_text_is_escaped(page: str) -> None:
    assert XSS not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the escaped heading
    parser = TagCollector()
    parser.feed(page)
    data_script = next(s for s in parser.scripts if "window.kgData" in s)
    assert "<" not in data_script and "\\u003cscript\\u003e" in data_script
    assert "innerHTML" not in page.split("window.kgData", 1)[1]  # our script never uses it


def test_script_json_is_safe_in_script_context() -> None:
    text = script_json({"a": "</script><!-- & ->", "b": "Tô Lâm"})
    assert "</" not in text and "<!--" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & ->", "b": "Tô Lâm"}


def test_tooltips_are_plain_text(graph: nx.MultiDiGraph) -> None:
    tip = node_tooltip(graph.nodes[str(PERSON)])
    assert tip.splitlines()[0] == "Tô Lâm"
    assert "Type: Person" in tip
    assert "Titles: Tổng Bí thư" in tip
    assert "Tổng Bí thư Tô Lâm phát biểu." in tip
    assert "<br" not in tip and "&lt;" not in tip
    e = graph.edges[str(PERSON), str(ORG), "memberOf"]
    etip = edge_tooltip("Tô Lâm", "memberOf", "Bộ Chính trị", e)
    assert "2 supporting articles" in etip
    assert "Forum news" in etip and "https://example.com/a2" in etip


def test_node_tooltips_have_relation_sentences(page: str) -> None:
    tips = {n["id"]: n["title"] for n in page_data(page)["nodes"]}
    org = tips[str(ORG)]
    assert "Type: Organization" in org
    assert "Bộ Chính trị ban hành Nghị quyết 57." in org  # from its issued relation
    assert "— Nghị quyết 57 về khoa học" in org  # with the article title
    assert f"Also: alias {XSS}" in tips[str(PERSON)]  # plain text, escaped only as JSON
    assert tips[str(PERSON)].count("• ") <= 5


def test_size_by_degree_without_analysis(page: str, graph: nx.MultiDiGraph) -> None:
    data = page_data(page)
    assert data["measure"] == "degree"
    values = {n["id"]: n["value"] for n in data["nodes"]}
    assert values == {n: k + 1 for n, k in graph.degree()}
    assert "Node size: number of links." in page


def test_size_by_pagerank_and_community_filter(graph: nx.MultiDiGraph) -> None:
    ds = build_dataset()
    add_analysis(ds, {PERSON: "0.4", ORG: "0.3", POLICY: "0.2", EVENT: "0.1"}, {PERSON: 1, ORG: 1, POLICY: 2, EVENT: 2})
    assert analysis_scores(ds)[str(PERSON)] == {"pagerank": 0.4, "community": 1}
    page = render_html(entity_graph(ds), rdf=ds)
    data = page_data(page)
    assert data["measure"] == "PageRank"
    assert {n["id"]: n["value"] for n in data["nodes"]}[str(PERSON)] == 0.4
    assert {n["id"]: n.get("community") for n in data["nodes"]}[str(EVENT)] == 2
    assert "Node size: PageRank." in page
    assert '<select id="kg-community">' in page
    assert '<option value="1">community 1 (2)</option>' in page
    assert "PageRank: 0.4000" in {n["id"]: n["title"] for n in data["nodes"]}[str(PERSON)]


def test_analysis_scores_from_plain_graph() -> None:
    g = rdflib.Graph()
    g.add((PERSON, KGO.pagerank, Literal("0.25", datatype=XSD.decimal)))
    g.add((PERSON, KGO.community, Literal(3)))
    g.add((ORG, KGO.pagerank, Literal("not a number")))
    assert analysis_scores(g) == {str(PERSON): {"pagerank": 0.25, "community": 3}}
    assert analysis_scores(None) == {}


def test_large_graph_draws_top_nodes_with_fixed_layout() -> None:
    g = line_graph(40)
    page = render_html(g, max_nodes=10)
    data = page_data(page)
    assert data["truncated"] and data["total"] == 40 and data["shown"] == 10
    ids = [n["id"] for n in data["nodes"]]
    assert "urn:n000" in ids  # the hub
    # the hub (degree 39), then the chain nodes (degree 2) by label, before the leaves
    assert ids == ["urn:n000"] + [f"urn:n{i:03d}" for i in range(1, 10)]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False
    assert {(e["from"], e["to"]) for e in data["edges"]} <= {(a, b) for a in ids for b in ids}
    assert "showing the 10 most central or most mentioned of 40 entities (by degree and mentions)" in page
    # the 30 others are in the page too (short tooltips), with every link that touches them
    assert sorted(n["id"] for n in data["extra"]["nodes"]) == sorted(f"urn:n{i:03d}" for i in range(10, 40))
    order = ids + [n["id"] for n in data["extra"]["nodes"]]
    assert {(order[t[0]], order[t[1]]) for t in data["extra"]["links"]} == {
        (s, o) for s, o in g.edges() if s not in ids or o not in ids}
    assert "physics off" in page
    assert render_html(g, max_nodes=10) == page  # deterministic layout


def test_undrawn_edges_are_compact_and_share_their_sentences() -> None:
    """kg.viz._link_item: indices into the page's nodes, the tooltip's sentence kept once for all its edges."""
    g = line_graph(12)
    said = [{"text": "Tất cả cùng dự.", "article": "urn:a", "title": "Tin", "url": "https://example.org/1"},
            {"text": "Lần hai.", "article": "urn:b", "title": "Tin 2", "url": None}]
    for i in (9, 10, 11):
        g.add_edge("urn:n008", f"urn:n{i:03d}", key="co-mentioned", relation="co-mentioned", comention=True,
                   weight=0.5, sentences=said)
    g.edges["urn:n000", "urn:n011", "about"].update(weight=3, sentences=said[1:])
    data = graph_data(g, max_nodes=2)
    assert [n["id"] for n in data["nodes"]] == ["urn:n000", "urn:n008"]
    order = [n["id"] for n in data["nodes"]] + [n["id"] for n in data["extra"]["nodes"]]
    links = {(order[t[0]], t[2], order[t[1]]): t for t in data["extra"]["links"]}
    co = [links[("urn:n008", "co-mentioned", f"urn:n{i:03d}")] for i in (9, 10, 11)]
    (shared,) = {t[5] for t in co}
    assert [t[3:5] + t[6:7] for t in co] == [[1, 2, 1]] * 3
    extra = data["extra"]
    assert [extra["texts"][shared], extra["sources"][co[0][7]]] == _sentence_lines(said[:1])
    about = links[("urn:n000", "about", "urn:n011")]
    assert about[3:5] == [3, 3] and about[6] == 0 and extra["texts"][about[5]] == "• “Lần hai.”"
    assert extra["sources"][about[7]] == "   — Tin 2"
    assert all(t[5] == t[7] == -1 for k, t in links.items() if k[0] != "urn:n008" and k[2] != "urn:n011")
    assert len(extra["texts"]) == len(extra["sources"]) == 2


def test_most_mentioned_are_drawn_and_unlinked_start_hidden_on_large_graphs() -> None:
    g = line_graph(200)
    g.add_node("urn:famous", label="Famous", type="Place", mentions=500)  # named often, no relation
    g.add_node("urn:lonely", label="Lonely", type="Person", mentions=1)
    for i in range(200):
        g.nodes[f"urn:n{i:03d}"]["mentions"] = 2
    data = page_data(render_html(g, max_nodes=20))
    drawn = {n["id"]: n for n in data["nodes"]}
    assert "urn:famous" in drawn and drawn["urn:famous"]["isolated"] is True
    assert data["hideIsolated"] is True and data["isolated"] == 2
    assert "urn:lonely" in {n["id"] for n in data["extra"]["nodes"]}
    small = page_data(render_html(line_graph(20), max_nodes=50))
    assert small["hideIsolated"] is False


def test_co_mention_edges_are_dashed_and_explained() -> None:
    g = line_graph(3)
    g.add_edge("urn:n001", "urn:n002", key="co-mentioned", relation="co-mentioned", comention=True, weight=0.3,
               sentences=[{"text": "A và B cùng dự.", "article": "urn:a", "title": "Tin", "url": None}])
    data = page_data(render_html(g))
    (co,) = [e for e in data["edges"] if e.get("comention")]
    assert co["dashes"] is True and co["label"] == "" and co["arrows"]["to"]["enabled"] is False
    assert "co-mentioned with" in co["title"] and "A và B cùng dự." in co["title"]
    assert "and 1 co-mention links (dashed)" in render_html(g)


def test_small_graph_uses_physics(page: str) -> None:
    data = page_data(page)
    assert not data["truncated"] and data["options"]["physics"]["enabled"] is True
    assert all("x" not in n for n in data["nodes"])


def test_focus_node_is_kept_when_cutting() -> None:
    data = page_data(render_html(line_graph(40), max_nodes=5, focus="urn:n039"))
    assert data["focus"] == "urn:n039"
    assert "urn:n039" in {n["id"] for n in data["nodes"]}


def test_rewrite_replaces_file(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "g.html"
    path.write_text("old", encoding="utf-8")
    write_graph_html(graph, path)
    text = path.read_text(encoding="utf-8")
    assert text.rstrip().endswith("</html>") and "kg — entity graph" in text


# --------------------------------------------------------------------------- names and neighbourhoods


def test_find_entity_ignores_diacritics_and_case(graph: nx.MultiDiGraph) -> None:
    ds = build_dataset()
    assert find_entity(graph, "to lam", ds) == str(PERSON)
    assert find_entity(graph, "TÔ LÂM", ds) == str(PERSON)
    assert find_entity(graph, "nghi quyet 57", ds) == str(POLICY)
    assert find_entity(graph, "Politburo", ds) == str(ORG)  # an rdfs:label in another language
    assert find_entity(graph, str(EVENT), ds) == str(EVENT)  # an IRI
    assert find_entity(graph, "Bo Chinh", ds) == str(ORG)  # whole words of one name


def test_find_entity_errors_name_candidates(graph: nx.MultiDiGraph) -> None:
    g = graph.copy()
    g.add_node("urn:other", label="Nghị quyết 58", type="Policy", aliases=[], articles=[], sentences=[])
    with pytest.raises(LookupError) as e:
        find_entity(g, "Nghị quyết", build_dataset())
    assert "ambiguous" in str(e.value)
    assert "Nghị quyết 57 (Policy)" in str(e.value) and "Nghị quyết 58 (Policy)" in str(e.value)
    with pytest.raises(LookupError) as e:
        find_entity(g, "To Lamm")
    assert "no entity named 'To Lamm'; did you mean: Tô Lâm (Person)" in str(e.value)
    with pytest.raises(LookupError) as e:
        find_entity(g, "qqqqqq")
    assert len(re.findall(r"\((?:Person|Organization|Policy|Event)\)", str(e.value))) == 5  # of 5 entities
    assert "the most connected are: Bộ Chính trị (Organization)" in str(e.value)


def test_ego_network(graph: nx.MultiDiGraph) -> None:
    one = ego_network(graph, str(POLICY), 1)
    assert set(one) == {str(POLICY), str(ORG)}
    two = ego_network(graph, str(POLICY), 2)
    assert set(two) == {str(POLICY), str(ORG), str(PERSON)}
    assert set(ego_network(graph, str(POLICY), 0)) == {str(POLICY)}
    assert two.number_of_edges() == 2 and two.edges[str(ORG), str(POLICY), "issued"]["relation"] == "issued"


# --------------------------------------------------------------------------- kg viz


@pytest.fixture()
def build_dir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    ds = build_dataset()
    add_analysis(ds, {PERSON: "0.4", ORG: "0.3", POLICY: "0.2", EVENT: "0.1"}, {PERSON: 1, ORG: 1, POLICY: 2, EVENT: 2})
    (out / "graph.trig").write_text(ds.serialize(format="trig"), encoding="utf-8")
    return out


def test_cli_viz_around(build_dir: Path) -> None:
    result = CliRunner().invoke(app, ["viz", str(build_dir), "--around", "Nghi quyet 57", "--hops", "1"])
    assert result.exit_code == 0, result.output
    out = build_dir / "graph-around-nghi-quyet-57.html"
    data = page_data(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {str(POLICY), str(ORG)}
    assert data["focus"] == str(POLICY) and data["measure"] == "PageRank"
    assert "Entities within 1 link (relation or co-mention) of Nghị quyết 57." in out.read_text(encoding="utf-8")


def test_cli_viz_redraws_with_top_and_out(build_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["viz", "--out", str(build_dir), "--top", "2", "--file", str(tmp_path / "x.html")])
    assert result.exit_code == 0, result.output
    data = page_data((tmp_path / "x.html").read_text(encoding="utf-8"))
    assert [n["id"] for n in data["nodes"]] == sorted([str(PERSON), str(ORG)])  # highest PageRank
    assert data["truncated"] and data["total"] == 4
    result = CliRunner().invoke(app, ["viz", str(build_dir)])
    assert result.exit_code == 0 and page_data((build_dir / "graph.html").read_text("utf-8"))["shown"] == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--around", "script"], "'script' is ambiguous; did you mean: Tô Lâm (Person), Diễn đàn"),
        (["--around", "nobody at all"], "no entity named 'nobody at all'"),
        (["--hops", "-1", "--around", "To Lam"], "--hops must be 0 or more"),
        (["--top", "0"], "--top must be at least 1"),
    ],
)
def test_cli_viz_errors_are_one_line(build_dir: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["viz", str(build_dir), *args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0]


def test_cli_viz_without_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["viz", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == f"kg: error: {tmp_path / 'graph.trig'} not found (run `kg build` first)"


def test_the_page_data_in_pieces_is_script_json(tmp_path) -> None:
    """The page is written a piece at a time: the same escaped JSON, and the same page as one string."""
    from kg.viz import graph_data
    from kg.vizpage import script_json_pieces

    g = entity_graph(build_dataset())
    data = graph_data(g, max_nodes=2)
    data["odd"] = {"empty": [], "nested": {}, "text": XSS + " & Tô Lâm", "n": [1.5, None, True]}
    whole = script_json(data)
    for size in (1, 50, 1 << 20):
        pieces = list(script_json_pieces(data, size=size))
        assert "".join(pieces) == whole
    assert len(list(script_json_pieces(data, size=1))) > 10
    page = write_graph_html(g, tmp_path / "p.html", max_nodes=2).read_text(encoding="utf-8")
    assert page == render_html(g, max_nodes=2)
    assert "window.kgData = " + script_json(graph_data(g, max_nodes=2)) + ";" in page

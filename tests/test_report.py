"""End-to-end tests of `kg analyze`, the reports and `kg path` on a small built corpus.

Three short Vietnamese articles are built once per module with kg.build.build
and analysed through the CLI; the tests then read the store, graph.trig and
the report files.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from typer.testing import CliRunner

from kg.analyze import ANALYSIS_GRAPH, analyze, load_build
from kg.cli import app
from kg.projection import analysis_graph
from kg.report import SECTIONS, svg_bar_chart
from kg.store import open_store, run_query

ARTICLES = {
    "a1.md": """---
title: Bộ Chính trị ban hành Nghị quyết 57 <b>& khoa học
url: https://example.vn/a1?x=1&y=2
published: 2024-12-24
---
Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

Tổng Bí thư Tô Lâm ký Nghị quyết 57-NQ/TW.
""",
    "a2.md": """---
title: Diễn đàn quốc gia về doanh nghiệp công nghệ số
url: https://example.vn/a2
published: 2025-01-16
---
Sáng 15/1/2025, tại Hà Nội, Bộ Thông tin và Truyền thông tổ chức Diễn đàn quốc gia phát triển doanh nghiệp công nghệ số Việt Nam.

Tổng Bí thư Tô Lâm dự và phát biểu tại Diễn đàn quốc gia phát triển doanh nghiệp công nghệ số Việt Nam.
""",
    "a3.md": """---
title: Chính phủ triển khai Nghị quyết 57
url: https://example.vn/a3
published: 2025-03-01
---
Ngày 6/3/2025, Chính phủ ban hành Nghị quyết 03/NQ-CP triển khai Nghị quyết 57-NQ/TW.

Thủ tướng Phạm Minh Chính ký Nghị quyết 03/NQ-CP.
""",
}
TITLE = "Bộ Chính trị ban hành Nghị quyết 57 <b>& khoa học"
URLS = {"https://example.vn/a1?x=1&y=2", "https://example.vn/a2", "https://example.vn/a3"}
KGR = "https://w3id.org/kg-vn/resource/"
TO_LAM, BCT, NQ57 = KGR + "person/to-lam", KGR + "organization/bo-chinh-tri", KGR + "policy/nghi-quyet-57"


def invoke(*args: str):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The three articles built and analysed (kg analyze via the CLI)."""
    from kg.build import build

    root = tmp_path_factory.mktemp("report")
    src = root / "articles"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = root / "out"
    report = build([src], out, html=False)
    assert report.articles == 3 and not report.errors
    result = invoke("analyze", out)
    assert result.exit_code == 0, result.stderr
    assert "top PageRank:" in result.stderr
    return out


def projection(out: Path) -> nx.Graph:
    ds = load_build(out)
    ds.remove_graph(ANALYSIS_GRAPH)
    return analysis_graph(ds)


def test_sparql_top5_pagerank_equals_networkx(built) -> None:
    store = open_store(built / "store")
    result = run_query(store, "SELECT DISTINCT ?e ?pr WHERE { ?e kgo:pagerank ?pr } "
                              "ORDER BY DESC(?pr) ?e LIMIT 5")
    sparql = [row[0] for row in result.rows]
    del store
    pr = nx.pagerank(projection(built), alpha=0.85, weight="weight", tol=1e-10, max_iter=1000)
    # stored values have 6 decimals; equal ones are ordered by IRI on both sides
    expected = sorted(pr, key=lambda n: (-round(pr[n], 6), n))[:5]
    assert len(sparql) == 5
    assert sparql == expected


def test_analysis_graph_in_trig_and_store(built) -> None:
    ds = rdflib.Dataset()
    ds.parse(built / "graph.trig", format="trig")
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert names == [KGR + "graph/a1", KGR + "graph/a2", KGR + "graph/a3", KGR + "graph/analysis"]
    analysis = ds.graph(ANALYSIS_GRAPH)
    KGO = rdflib.Namespace("https://w3id.org/kg-vn/ontology#")
    assert analysis.value(rdflib.URIRef(TO_LAM), KGO.degree).datatype == rdflib.XSD.integer
    store = open_store(built / "store")
    rows = run_query(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH kgr:graph/analysis "
                            "{ ?c a kgo:Community ; skos:member ?m } }", union=False).rows
    del store
    communities = {int(o) for s, o in analysis.subject_objects(KGO.community)
                   if (s, rdflib.RDF.type, KGO.Community) not in analysis}
    assert int(rows[0][0]) == len(communities) == max(communities) >= 2


def test_rerun_replaces_analysis_and_is_reproducible(built) -> None:
    before = {n: (built / n).read_bytes() for n in ("graph.trig", "report.json", "report.md", "report.html")}
    result = invoke("analyze", built, "--quiet")
    assert result.exit_code == 0 and result.stderr == ""
    after = {n: (built / n).read_bytes() for n in before}
    assert after == before  # same communities, same numbers, same bytes
    assert before["graph.trig"].count(f"<{KGR}graph/analysis>".encode()) == 1
    g = projection(built)
    assert analyze(g).communities == analyze(projection(built)).communities


def test_report_json_sections(built) -> None:
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert set(report) == set(SECTIONS) | {"top_overall"}
    assert set(report["top"]) == {"Person", "Organization", "Policy", "Event"}
    people = [e["label"] for e in report["top"]["Person"]]
    assert "Tô Lâm" in people and "Phạm Minh Chính" in people
    for e in report["top"]["Policy"]:
        assert set(e) >= {"iri", "label", "pagerank", "degree", "betweenness", "community"}
    ranks = [e["pagerank"] for e in report["top_overall"]]
    assert ranks == sorted(ranks, reverse=True)
    assert report["summary"]["articles"] == 3 and report["summary"]["community_method"] == "louvain"
    members = [m["iri"] for c in report["communities"] for m in c["members"]]
    assert len(members) == len(set(members)) and all(c["size"] >= 2 for c in report["communities"])
    dates = [r["date"] for r in report["timeline"]]
    assert dates == sorted(dates) and "2024-12-22" in dates
    assert all(r["type"] in ("Event", "Policy") for r in report["timeline"])
    for b in report["brokers"]:
        assert len(b["communities"]) >= 2 and b["betweenness"] > 0
    assert {a["title"] for a in report["articles"]} >= {TITLE}


def test_report_counts_mentions_and_their_timeline(built) -> None:
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    m = report["mentions"]
    top = {e["iri"]: e for e in m["top"]}
    # Tô Lâm is named in a1 and a2 (once each), Nghị quyết 57 in a1 (twice) and a3
    assert top[TO_LAM]["mentions"] == 2 and top[TO_LAM]["articles"] == 2
    assert top[NQ57]["mentions"] >= 3 and top[NQ57]["articles"] == 2
    counts = [e["mentions"] for e in m["top"]]
    assert counts == sorted(counts, reverse=True)
    assert [r["month"] for r in m["timeline"]] == ["2024-12", "2025-01", "2025-03"]
    assert sum(r["mentions"] for r in m["timeline"]) == m["total"]
    assert m["timeline"][1]["entities"].get(TO_LAM) == 1
    index = [e["iri"] for e in report["entities"]]
    assert len(index) == len(set(index)) == report["summary"]["entities"]
    assert {e["iri"] for e in report["top_overall"]} <= set(index)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_report_html_offline_and_escaped(built) -> None:
    page = (built / "report.html").read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(page)
    tags = [t for t, _ in parser.tags]
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    assert not [a for t, a in parser.tags if "src" in a]
    hrefs = {a.get("href") for t, a in parser.tags if "href" in a}
    assert {t for t, a in parser.tags if "href" in a} == {"a"}
    assert {h for h in hrefs if not h.startswith("#")} == URLS  # the articles' own URLs …
    ids = {a.get("id") for t, a in parser.tags if "id" in a}
    anchors = {h[1:] for h in hrefs if h.startswith("#")}
    assert anchors and anchors <= ids  # … and entity names linking to the entity index
    assert "entity-person/to-lam" in anchors
    assert tags.count("svg") == 3  # PageRank, entities by type, mentions per month
    assert "Bộ Chính trị ban hành Nghị quyết 57 &lt;b&gt;&amp; khoa học" in page
    assert TITLE not in page  # never raw
    assert "b" not in tags  # the title's <b> did not become markup
    assert TITLE in "".join(parser.text)


def test_report_md_escapes_title(built) -> None:
    md = (built / "report.md").read_text(encoding="utf-8")
    assert "## Communities" in md and "## Timeline" in md and "## Brokers" in md
    assert "&lt;b&gt;&amp; khoa học" in md and "<b>" not in md
    assert "(<https://example.vn/a3>)" in md


def test_svg_bar_chart_escapes_and_scales() -> None:
    svg = svg_bar_chart([("<x>", 2.0, "#000"), ("y", 1.0, "#111")], "A & B")
    assert "&lt;x&gt;" in svg and "<x>" not in svg and "A &amp; B" in svg
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([0-9.]+)"', svg)]
    assert widths[0] == pytest.approx(2 * widths[1])


def test_path_through_a_third_entity(built) -> None:
    g = projection(built)
    assert not g.has_edge(TO_LAM, BCT)  # linked only through the resolution
    result = invoke("path", "Tô Lâm", "Bộ Chính trị", "--out", built)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Path 1/1, 2 hops: Tô Lâm → Nghị quyết 57-NQ/TW → Bộ Chính trị"
    assert "  Tô Lâm —signed→ Nghị quyết 57-NQ/TW" in lines
    assert "  Nghị quyết 57-NQ/TW ←issued— Bộ Chính trị" in lines
    assert "    “Tổng Bí thư Tô Lâm ký Nghị quyết 57-NQ/TW.”" in lines
    assert f"    — {TITLE} <https://example.vn/a1?x=1&y=2>" in lines
    assert "\x1b[" not in result.stdout  # no colour codes when not a terminal


def test_path_without_diacritics(built) -> None:
    plain = invoke("path", "To Lam", "bo chinh tri", "--out", built)
    marked = invoke("path", "Tô Lâm", "Bộ Chính trị", "--out", built)
    assert plain.exit_code == 0 and plain.stdout == marked.stdout


def test_path_unknown_name_is_one_line_error(built) -> None:
    result = invoke("path", "To Lamm", "Bộ Chính trị", "--out", built)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: no entity named 'To Lamm'")
    assert "Tô Lâm (Person)" in lines[0]
    assert result.stdout == ""


def test_path_and_analyze_without_build(tmp_path) -> None:
    for args in (("analyze", tmp_path), ("path", "a", "b", "--out", tmp_path)):
        result = invoke(*args)
        assert result.exit_code == 2
        assert result.stderr.splitlines() == [f"kg: error: no graph.trig in {tmp_path} — run `kg build` first"]

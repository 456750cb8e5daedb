"""graph.html in a real browser: the system Chromium driven by Playwright, offline.

The sample corpus is built once; every test opens output/graph.html from
file:// with every non-file request aborted (and recorded), waits for the
vis-network layout to settle, then checks what a reader sees: the node count,
a tooltip, the search box, a type filter. The screenshot goes to a temporary
folder; with KG_UPDATE_SCREENSHOTS=1 it replaces docs/graph.png (the README's picture).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
import rdflib
from rdflib.namespace import RDF

from browser_support import check_png, launch, screenshot_path, skip_without_browser

skip_without_browser()

from playwright.sync_api import Browser, Page  # noqa: E402

from kg.build import build  # noqa: E402
from kg.corpus import sample_corpus_dir  # noqa: E402
from kg.projection import entity_graph  # noqa: E402
from kg.viz import node_sentences  # noqa: E402

KGO = rdflib.Namespace("https://w3id.org/kg-vn/ontology#")
ENTITY_CLASSES = {KGO[c] for c in ("Person", "Organization", "Policy", "Event", "Place", "Topic")}
TO_LAM = "https://w3id.org/kg-vn/resource/person/to-lam"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "out"
    build([sample_corpus_dir()], out, validate=False)
    return out


@pytest.fixture(scope="module")
def dataset(built: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(built / "graph.trig", format="trig")
    return ds


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launch()


@pytest.fixture()
def page(browser: Browser, built: Path) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
    blocked: list[str] = []
    errors: list[str] = []

    def route(r) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.goto((built / "graph.html").as_uri())
    pg.wait_for_function("window.kgReady === true", timeout=20_000)
    yield pg
    context.close()
    assert blocked == [], f"the page tried to reach the network: {blocked}"
    assert errors == [], f"script errors: {errors}"


def node_screen_position(page: Page, node: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    return page.evaluate(
        """(id) => {
            const net = window.kgNetwork;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById("kg-graph").getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )


def test_every_entity_is_drawn(page: Page, dataset: rdflib.Dataset) -> None:
    n_entities = len({s for s, _, c, _ in dataset.quads((None, RDF.type, None, None)) if c in ENTITY_CLASSES})
    assert n_entities > 10
    assert page.evaluate("window.kgNodes.length") == n_entities
    assert page.evaluate("window.kgVisibleCount()") == n_entities
    drawn = page.evaluate("Object.keys(window.kgNetwork.getPositions()).length")
    assert drawn == n_entities
    assert page.locator("#kg-legend").inner_text().count("(") == 6


def test_hover_shows_tooltip(page: Page, dataset: rdflib.Dataset) -> None:
    sentences = node_sentences(entity_graph(dataset), TO_LAM)
    assert sentences
    x, y = node_screen_position(page, TO_LAM)
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=5)
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5_000)
    text = tip.inner_text()
    assert text.startswith("Tô Lâm")
    assert "Type: Person" in text
    assert "To Lam" in text  # an alias
    assert " ".join(sentences[0]["text"].split())[:80] in " ".join(text.split())
    assert sentences[0]["title"] in text  # the article it comes from


def test_search_focuses_entity(page: Page) -> None:
    box = page.locator("#kg-search")
    box.fill("to lam")  # no diacritics, lower case
    box.press("Enter")
    assert page.evaluate("window.kgNetwork.getSelectedNodes()") == [TO_LAM]
    assert page.locator("#kg-search-status").inner_text() == "Tô Lâm (Person)"
    page.wait_for_function(  # the view moves to the node (a short animation)
        """(id) => {
            const c = window.kgNetwork.getViewPosition(), p = window.kgNetwork.getPositions([id])[id];
            return Math.abs(c.x - p.x) < 2 && Math.abs(c.y - p.y) < 2;
        }""",
        arg=TO_LAM, timeout=3_000)
    box.fill("không có ai")
    box.press("Enter")
    assert page.locator("#kg-search-status").inner_text().startswith("no entity matches")


def test_type_filter_hides_nodes(page: Page) -> None:
    before = page.evaluate("window.kgVisibleCount()")
    edges_before = page.evaluate("window.kgEdgesView.length")
    topics = page.evaluate("window.kgNodes.get({filter: n => n.type === 'Topic'}).length")
    assert topics > 0
    page.locator("input.kg-type[value=Topic]").uncheck()
    assert page.evaluate("window.kgVisibleCount()") == before - topics
    assert page.evaluate("window.kgEdgesView.length") < edges_before
    drawn = page.evaluate("Object.keys(window.kgNetwork.getPositions()).length")
    assert drawn == before - topics
    page.locator("input.kg-type[value=Topic]").check()
    assert page.evaluate("window.kgVisibleCount()") == before


def test_screenshot(page: Page, tmp_path: Path) -> None:
    page.evaluate("window.kgNetwork.fit()")
    page.wait_for_timeout(300)
    target = screenshot_path("graph.png", tmp_path)
    page.screenshot(path=str(target))
    check_png(target, (1400, 900))


def test_search_reaches_an_entity_that_is_not_drawn(browser: Browser, tmp_path: Path) -> None:
    """A cut picture (3 of 41 drawn): the search still finds an entity and draws it with its neighbours."""
    import networkx as nx

    from kg.viz import _edge_item, write_graph_html

    g = nx.MultiDiGraph()
    for i in range(40):
        g.add_node(f"urn:n{i:03d}", label=f"Nút {i:03d}", type="Topic", aliases=[f"alias {i}"], articles=[],
                   sentences=[])
    for i in range(1, 40):
        g.add_edge("urn:n000", f"urn:n{i:03d}", key="about", relation="about", sentences=[], weight=1)
    g.add_edge("urn:n030", "urn:n031", key="about", relation="about", sentences=[], weight=1)
    g.add_edge("urn:n030", "urn:n031", key="memberOf", relation="memberOf", sentences=[], weight=1)
    said = [{"text": f"Câu {i} <b>nói</b> rõ.", "article": f"urn:a{i}", "title": "Tin", "url": None} for i in (1, 2)]
    g.add_edge("urn:n038", "urn:n039", key="about", relation="about", sentences=said, weight=2)
    g.add_edge("urn:n037", "urn:n039", key="co-mentioned", relation="co-mentioned", comention=True, weight=0.5,
               sentences=said)
    g.add_node("urn:alone", label="Hà Nội", type="Place", aliases=[], articles=[], sentences=[], mentions=0)
    path = write_graph_html(g, tmp_path / "cut.html", max_nodes=3)  # the hub, n030 and n031
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else r.abort())
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.wait_for_function("window.kgReady === true", timeout=20_000)
    assert sorted(pg.evaluate("window.kgNodes.getIds()")) == ["urn:n000", "urn:n030", "urn:n031"]
    pg.fill("#kg-search", "nut 039")  # no diacritics
    pg.press("#kg-search", "Enter")
    assert pg.evaluate("window.kgNetwork.getSelectedNodes()") == ["urn:n039"]
    assert "not among the drawn entities" in pg.inner_text("#kg-search-status")
    # drawn with its neighbours (the hub was drawn already; n038 comes along) and their links
    assert sorted(pg.evaluate("window.kgNodes.getIds()")) == ["urn:n000", "urn:n030", "urn:n031", "urn:n037",
                                                               "urn:n038", "urn:n039"]
    assert pg.evaluate("window.kgEdges.get({filter: e => e.to === 'urn:n039'}).length") == 3
    # edges drawn on demand are the ones kg.viz would draw, tooltips included (one sentence, the count in full)
    for s, o, key in [("urn:n038", "urn:n039", "about"), ("urn:n037", "urn:n039", "co-mentioned")]:
        made = pg.evaluate(f"window.kgEdges.get('{s} {key} {o}')")
        want = _edge_item(g, s, o, key, g.edges[s, o, key], short=True)
        if key == "about":
            assert made == want and "Câu 1 <b>nói</b> rõ." in made["title"] and "Câu 2" not in made["title"]
        else:  # the short tooltip used to count only the one sentence it shows
            assert made == dict(want, title=want["title"].replace("in 1 sentence", "in 2 sentences"))
    assert "urn:n039" in pg.evaluate("Object.keys(window.kgNetwork.getPositions())")
    # an unlinked entity: found and shown too
    pg.fill("#kg-search", "ha noi")
    pg.press("#kg-search", "Enter")
    assert pg.evaluate("window.kgNetwork.getSelectedNodes()") == ["urn:alone"]
    context.close()
    assert errors == []

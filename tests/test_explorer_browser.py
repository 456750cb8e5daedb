"""The `kg serve` explorer and the analysis report in a real browser (system Chromium, offline).

The sample corpus is built and analysed (`kg analyze`) once; a server runs in a
background thread on 127.0.0.1 (ephemeral port). Every test's browser context
aborts and records each request that is not to that server (or, for the
report, to file://), and each test ends by checking that nothing was blocked
and that no script error happened. Screenshots go to a temporary folder; with
KG_UPDATE_SCREENSHOTS=1 they replace docs/explorer.png, docs/entity.png and
docs/report.png (the README's pictures).
"""

from __future__ import annotations

import csv
import io
import re
import threading
from pathlib import Path
from typing import Callable, Iterator

import pytest

from browser_support import check_png, launch, screenshot_path, skip_without_browser

skip_without_browser()

from playwright.sync_api import Browser, BrowserContext, Page  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from kg.build import build  # noqa: E402
from kg.cli import app  # noqa: E402
from kg.corpus import sample_corpus_dir  # noqa: E402
from kg.serve import load_state, make_server, server_url  # noqa: E402

TO_LAM = "https://w3id.org/kg-vn/resource/person/to-lam"
DOCS = Path(__file__).resolve().parents[1] / "docs"
POSITIONS = Path(__file__).resolve().parents[1] / "ontology" / "queries" / "positions.rq"


def projected_variables(query: str) -> list[str]:
    """The variables of a query's SELECT line, in order (``(… AS ?v)`` gives ``v``)."""
    line = next(ln for ln in query.splitlines() if ln.lstrip().upper().startswith("SELECT"))
    line = re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\s+AS\s+(\?\w+)\s*\)", r"\1", line, flags=re.IGNORECASE)
    return re.findall(r"\?(\w+)", line)


POSITIONS_VARS = projected_variables(POSITIONS.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("explorer-browser") / "out"
    report = build([sample_corpus_dir()], out, validate=False, html=False)
    assert report.articles == 5
    result = CliRunner().invoke(app, ["analyze", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").is_file()
    return out


@pytest.fixture(scope="module")
def base(built: Path) -> Iterator[str]:
    server = make_server(load_state(built, timeout=20, max_rows=10_000), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server_url(server)
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launch()


EXPECTED_ERRORS: dict[int, list[str]] = {}  # id(page) → console errors a test provokes on purpose


def expect_console_error(page: Page, text: str) -> None:
    """Let one console error containing ``text`` (e.g. a 400 the test asks for) pass the final check."""
    EXPECTED_ERRORS.setdefault(id(page), []).append(text)


def unexpected(page: Page, errors: list[str]) -> list[str]:
    allowed = list(EXPECTED_ERRORS.pop(id(page), []))
    left = []
    for e in errors:
        hit = next((a for a in allowed if a in e), None)
        if hit is None:
            left.append(e)
        else:
            allowed.remove(hit)
    return left


def offline_context(browser: Browser, allowed: Callable[[str], bool]) -> tuple[BrowserContext, Page, list, list]:
    """A context that aborts (and records) every request ``allowed`` refuses; page errors recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1,
                                  accept_downloads=True)
    blocked: list[str] = []
    errors: list[str] = []

    def route(r) -> None:
        if allowed(r.request.url):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    context.on("weberror", lambda e: errors.append(f"weberror: {e.error}"))
    pg = context.new_page()
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    return context, pg, blocked, errors


@pytest.fixture()
def page(browser: Browser, base: str) -> Iterator[Page]:
    """A page of the explorer (frames included: the ego-network iframe is watched too)."""
    context, pg, blocked, errors = offline_context(browser, lambda url: url.startswith(base + "/"))
    pg.goto(base + "/")
    yield pg
    context.close()
    assert blocked == [], f"the page tried to reach the network: {blocked}"
    assert unexpected(pg, errors) == [], f"script errors: {errors}"


@pytest.fixture()
def file_page(browser: Browser) -> Iterator[Page]:
    """A page allowed to read file:// URLs only."""
    context, pg, blocked, errors = offline_context(browser, lambda url: url.startswith("file://"))
    yield pg
    context.close()
    assert blocked == [], f"the page tried to reach the network: {blocked}"
    assert unexpected(pg, errors) == [], f"script errors: {errors}"


# --------------------------------------------------------------------------- explorer


def run_positions(page: Page) -> None:
    page.select_option("#examples", label=next(
        t for t in page.locator("#examples option").all_inner_texts() if t.startswith("positions")))
    assert "kgo:position" in page.input_value("#query")
    page.click("#run")
    page.wait_for_selector("#results table tr:nth-child(2)", timeout=10_000)


def test_explorer_runs_example_and_downloads_csv(page: Page, tmp_path: Path) -> None:
    run_positions(page)
    table = page.locator("#results table")
    assert table.locator("tr").first.locator("th").all_inner_texts() == [f"?{v}" for v in POSITIONS_VARS]
    rows = table.locator("tr:has(td)")
    assert rows.count() >= 2
    assert table.locator("td", has_text="Tổng Bí thư").count() >= 1
    status = page.inner_text("#status")
    assert status.startswith(f"{rows.count()} rows"), status
    # an entity IRI is a link to its page
    assert table.locator(f'a[href="/entity?iri={TO_LAM.replace(":", "%3A").replace("/", "%2F")}"]').count() >= 1

    page.evaluate("const q = document.getElementById('query'); q.scrollTop = q.scrollHeight")  # show the SELECT
    page.screenshot(path=str(shot := screenshot_path("explorer.png", tmp_path)))
    check_png(shot, (1400, 900))

    with page.expect_download(timeout=10_000) as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "results.csv"
    saved = tmp_path / "results.csv"
    download.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == POSITIONS_VARS
    assert len(parsed) - 1 == rows.count()
    assert any("Tổng Bí thư" in cell for row in parsed[1:] for cell in row)
    page.wait_for_function("document.getElementById('status').textContent === 'downloaded results.csv'")


def test_explorer_shows_query_errors(page: Page) -> None:
    expect_console_error(page, "status of 400")
    page.fill("#query", "SELECT ?x WHERE { ?x ")
    page.click("#run")
    page.wait_for_selector("#status.error", timeout=10_000)
    assert page.inner_text("#status").startswith("400")
    assert page.locator("#results table").count() == 0


# --------------------------------------------------------------------------- search and entity page


def test_search_and_entity_page(page: Page, base: str, tmp_path: Path) -> None:
    page.fill("#search", "to lam")
    hit = page.locator("#search-results a", has_text="Tô Lâm")
    hit.first.wait_for(timeout=5_000)
    assert page.locator("#search-results li").first.inner_text().startswith("Tô Lâm")
    assert "Person" in page.locator("#search-results li").first.inner_text()
    with page.expect_navigation():
        hit.first.click()
    assert page.url.startswith(base + "/entity?iri=")

    article = page.locator("#entity")
    assert page.inner_text("h1") == "Tô Lâm"
    assert TO_LAM in article.locator("p.muted code").inner_text()
    assert "kgo:Person" in article.locator("p.muted").inner_text()
    relations = article.locator("table tr:has(td)")  # relations out and in
    assert relations.count() >= 1
    assert "kgo:position" in article.inner_text()
    sources = article.locator("ul.sources li")
    assert sources.count() >= 1
    assert len(sources.first.locator("q").inner_text()) > 20

    iframe = page.locator("iframe")
    assert iframe.count() == 1
    iframe.scroll_into_view_if_needed()
    frame = page.frame_locator("iframe")
    frame.locator("#kg-graph canvas").wait_for(timeout=10_000)
    child = next(f for f in page.frames if "/entity/graph?iri=" in f.url)
    # poll from here: wait_for_function would evaluate a string in the page, which its CSP forbids
    for _ in range(200):
        if child.evaluate("window.kgReady === true"):
            break
        page.wait_for_timeout(100)
    assert child.evaluate("window.kgReady === true")
    ids = child.evaluate("window.kgNodes.getIds()")
    assert TO_LAM in ids and len(ids) >= 3

    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shot := screenshot_path("entity.png", tmp_path)), full_page=True)
    check_png(shot)


def test_entity_page_lists_where_it_is_mentioned(page: Page, base: str, built: Path, tmp_path: Path) -> None:
    page.goto(base + "/entity?iri=" + TO_LAM.replace(":", "%3A").replace("/", "%2F"))
    heading = page.locator("h2#mentioned-in")
    heading.scroll_into_view_if_needed()
    assert re.fullmatch(r"Mentioned in \d+ articles", heading.inner_text())
    n_articles = int(heading.inner_text().split()[2])
    items = page.locator("ol.mentions > li.mention")
    assert items.count() == n_articles >= 2
    dates = items.locator("time").all_inner_texts()
    assert dates == sorted(dates, reverse=True) and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates)
    first = items.first
    link = first.locator("a").first
    assert link.get_attribute("href").startswith("https://example.org/kg-sample/") and link.inner_text()
    sentences = first.locator("ul.sentences q")
    assert sentences.count() >= 1
    assert "Tô Lâm" in sentences.first.locator("mark").all_inner_texts() or \
        "To Lam" in sentences.first.locator("mark").all_inner_texts()
    assert re.match(r"\d+ mentions · articles 1–\d+, newest first", page.inner_text("p.mentions-note"))
    heading.scroll_into_view_if_needed()
    page.screenshot(path=str(shot := screenshot_path("entity-mentions.png", tmp_path)))
    check_png(shot, (1400, 900))


def test_unknown_entity_is_404(page: Page, base: str) -> None:
    expect_console_error(page, "status of 404")
    response = page.goto(base + "/entity?iri=" + "https%3A%2F%2Fw3id.org%2Fkg-vn%2Fresource%2Fperson%2Fnobody")
    assert response is not None and response.status == 404


# --------------------------------------------------------------------------- report


def test_report_page(file_page: Page, built: Path, tmp_path: Path) -> None:
    file_page.goto((built / "report.html").as_uri())
    assert file_page.inner_text("h1") == "Knowledge graph analysis"
    headings = file_page.locator("h2").all_inner_texts()
    for h in ("Top entities by PageRank", "Communities", "Brokers", "Bridges", "Timeline", "Articles"):
        assert h in headings
    assert set(file_page.locator("h3").all_inner_texts()) >= {"Person", "Organization", "Policy"}
    top_rows = file_page.locator("h3:text-is('Person') + table tbody tr")
    assert top_rows.count() >= 1
    assert "Tô Lâm" in file_page.locator("h3:text-is('Person') + table").inner_text()
    charts = file_page.locator("svg.chart")
    assert charts.count() == 3  # PageRank, entities by type, mentions per month
    assert "Mentions" in headings and "Entities" in headings
    # an entity name is a link to its row in the entity index
    file_page.locator("h3:text-is('Person') + table a", has_text="Tô Lâm").first.click()
    assert file_page.url.endswith("#entity-person/to-lam")
    row = file_page.locator("[id='entity-person/to-lam']")
    assert row.locator("td").first.inner_text() == "Tô Lâm"
    file_page.evaluate("window.scrollTo(0, 0)")
    assert charts.first.locator("rect").count() >= 2
    box = charts.first.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 50
    assert file_page.evaluate("document.scripts.length") == 0

    file_page.screenshot(path=str(shot := screenshot_path("report.png", tmp_path)))
    check_png(shot, (1400, 900))

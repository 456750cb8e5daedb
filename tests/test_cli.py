"""Black-box tests of the ``kg`` command line (kg build, kg query, help).

The sample corpus is built once per module through the CLI; one test runs the
real ``kg`` executable the way the shared scorer does.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.article import Article
from kg.corpus import iter_articles, sample_corpus_dir
from texts import GOOD_MD

QUERIES = Path(__file__).resolve().parents[1] / "ontology" / "queries"
RESEARCHER_QUERIES = ("positions.rq", "policies_issued.rq", "events.rq", "resolution57.rq",
                      "sources_of_fact.rq", "people_by_organization.rq")
SUMMARY = re.compile(r"^kg: (\d+) articles, \d+ entities, \d+ facts, \d+ quads in [\d.]+s → .+/$")
ERROR_LINE = re.compile(r"^kg: error: (.+): (.+)$")



@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):
    result = runner.invoke(app, [str(a) for a in args])
    # A traceback would be an exception other than the SystemExit typer raises.
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"kg {' '.join(map(str, args))} raised {result.exception!r}")
    assert "Traceback" not in result.output
    return result


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kg: error:")]


@pytest.fixture(scope="module")
def sample_out(runner, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli-sample") / "out"
    result = run(runner, "build", "--out", out)
    assert result.exit_code == 0, result.output
    n = sum(isinstance(a, Article) for a in iter_articles([sample_corpus_dir()]))
    summary = [m for m in map(SUMMARY.match, result.stderr.splitlines()) if m]
    assert len(summary) == 1, result.stderr
    assert int(summary[0].group(1)) == n
    assert result.stdout == ""
    for name in ("graph.trig", "graph.ttl", "graph.html", "shacl-report.txt"):
        assert (out / name).is_file()
    assert (out / "store" / "CURRENT").is_file()
    return out


# --------------------------------------------------------------------------- kg build


def test_build_default_is_the_sample(sample_out):
    trig = (sample_out / "graph.trig").read_text(encoding="utf-8")
    for art in iter_articles([sample_corpus_dir()]):
        assert f"graph/{art.id}" in trig


def test_build_reports_bad_files_one_line_each(runner, tmp_path):
    src = tmp_path / "a-folder-with-a-long-enough-name-to-need-more-than-eighty-columns"
    src.mkdir()
    (src / "good.md").write_text(GOOD_MD, encoding="utf-8")
    bad = {}
    bad["empty"] = src / "empty.txt"
    bad["empty"].write_bytes(b"")
    bad["nonutf8"] = src / "nonutf8.txt"
    bad["nonutf8"].write_bytes(b"\xff\xfe bad")
    bad["dangling"] = src / "dangling.txt"  # unreadable even for root
    os.symlink(tmp_path / "does-not-exist", bad["dangling"])
    if os.geteuid() != 0:
        bad["noperm"] = src / "noperm.txt"
        bad["noperm"].write_text("Bộ Chính trị.", encoding="utf-8")
        bad["noperm"].chmod(0)
    out = tmp_path / "out"
    result = run(runner, "build", src, "--out", out)
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == len(bad), result.stderr
    for line in lines:
        assert ERROR_LINE.match(line), line
    for key, path in bad.items():
        hits = [line for line in lines if line.startswith(f"kg: error: {path}: ")]
        assert len(hits) == 1, f"{key}: {result.stderr}"
    assert "empty" in next(l for l in lines if str(bad["empty"]) in l)
    assert "UTF-8" in next(l for l in lines if str(bad["nonutf8"]) in l)
    assert "graph/good" in (out / "graph.trig").read_text(encoding="utf-8")
    assert any(m for m in map(SUMMARY.match, result.stderr.splitlines())), result.stderr


def test_build_missing_path(runner, tmp_path):
    missing = tmp_path / "no-such-folder"
    result = run(runner, "build", missing, "--out", tmp_path / "out")
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert lines == [f"kg: error: {missing}: no such file or directory",
                     f"kg: error: no articles to build; {tmp_path / 'out'} left as it was"], result.stderr


def test_kg_executable_builds_jsonl(tmp_path):
    """The interface the shared scorer uses: `kg build FILE.jsonl --out DIR`."""
    exe = shutil.which("kg")
    cmd = [exe] if exe else [sys.executable, "-c", "from kg.cli import main; main()"]
    inp = tmp_path / "one.jsonl"
    inp.write_text(json.dumps({"id": "one", "lang": "vi", "published": "2024-12-24", "url": None,
                               "source": "test", "text": GOOD_MD.split("---\n")[-1]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    p = subprocess.run(cmd + ["build", str(inp), "--out", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr + p.stdout
    assert any(SUMMARY.match(line) for line in p.stderr.splitlines()), p.stderr
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert "graph/one" in trig and "kgo:issued" in trig


# --------------------------------------------------------------------------- kg query

SELECT_PERSONS = "SELECT ?p ?name WHERE { ?p a kgo:Person ; rdfs:label ?name } ORDER BY ?p"


def test_query_table(runner, sample_out):
    result = run(runner, "query", SELECT_PERSONS, "--out", sample_out, "--format", "table")
    assert result.exit_code == 0, result.output
    assert "kgr:person/to-lam" in result.stdout
    assert re.search(r"\d+ rows", result.stdout)


def test_query_csv(runner, sample_out):
    result = run(runner, "query", SELECT_PERSONS, "--out", sample_out, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["p", "name"]
    assert len(rows) > 1 and all(len(r) == 2 for r in rows)
    assert ["https://w3id.org/kg-vn/resource/person/to-lam", "Tô Lâm"] in rows


def test_query_tsv(runner, sample_out):
    result = run(runner, "query", SELECT_PERSONS, "--out", sample_out, "--format", "tsv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.rstrip("\n").split("\n")
    assert lines[0] == "?p\t?name"
    assert "<https://w3id.org/kg-vn/resource/person/to-lam>\t\"Tô Lâm\"@vi" in lines


def test_query_json(runner, sample_out):
    result = run(runner, "query", SELECT_PERSONS, "--out", sample_out, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["p", "name"]
    bindings = doc["results"]["bindings"]
    assert bindings
    for b in bindings:
        assert b["p"]["type"] == "uri"
        assert b["name"]["type"] == "literal" and "value" in b["name"]
    assert {"type": "literal", "value": "Tô Lâm", "xml:lang": "vi"} in [b["name"] for b in bindings]


def test_query_from_rq_file(runner, sample_out):
    result = run(runner, "query", QUERIES / "positions.rq", "--out", sample_out, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["person", "name", "title"]
    assert any(b["person"]["value"] == "https://w3id.org/kg-vn/resource/person/to-lam"
               and b["name"]["value"] in ("Tô Lâm", "To Lam") and b["title"]["value"] == "Tổng Bí thư"
               for b in doc["results"]["bindings"])


def test_query_syntax_error(runner, sample_out):
    result = run(runner, "query", "SELECT ?x WHERE { ?x ?y", "--out", sample_out)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip("\n").split("\n")
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr


def test_query_without_store(runner, tmp_path):
    result = run(runner, "query", "SELECT * WHERE { ?s ?p ?o }", "--out", tmp_path)
    assert result.exit_code == 2
    lines = result.stderr.strip("\n").split("\n")
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert "kg build" in lines[0]


@pytest.mark.parametrize("rq", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_every_bundled_query_runs(runner, sample_out, rq):
    result = run(runner, "query", QUERIES / rq, "--out", sample_out, "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"]
    if rq in RESEARCHER_QUERIES:
        assert doc["results"]["bindings"], f"{rq} returned no rows on the sample build"


def test_researcher_queries_exist():
    for rq in RESEARCHER_QUERIES:
        assert (QUERIES / rq).is_file(), rq


# --------------------------------------------------------------------------- help


def test_help(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    assert "build" in result.stdout and "query" in result.stdout
    assert "knowledge graph" in result.stdout


def test_build_help(runner):
    result = run(runner, "build", "--help")
    assert result.exit_code == 0
    assert "--out" in result.stdout and "graph.trig" in result.stdout


def test_query_help(runner):
    result = run(runner, "query", "--help")
    assert result.exit_code == 0
    assert "--format" in result.stdout and "SPARQL" in result.stdout


def test_build_bad_article_fields_cost_one_line_each(runner, tmp_path):
    """A bad lang refuses its article, a bad url is a warning; the rest is built (exit 1)."""
    inp = tmp_path / "mixed.jsonl"
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [
        {"id": "ok", "lang": "vi-VN", "url": "https://e.vn/a b", "text": "Tổng Bí thư Tô Lâm dự họp tại Hà Nội."},
        {"id": "bad", "lang": "x y z", "text": "Tổng Bí thư Tô Lâm."},
    ]), encoding="utf-8")
    out = tmp_path / "out"
    result = run(runner, "build", inp, "--out", out, "--no-html", "--no-crf")
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [f"kg: error: {inp}: line 2: 'lang' 'x y z' is not a language tag "
                                          "(kg reads vi, en)"]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("kg: warning:")]
    assert warnings == [f"kg: warning: {inp}:1: url 'https://e.vn/a b' percent-encoded"]
    assert "https://e.vn/a%20b" in (out / "graph.trig").read_text(encoding="utf-8")
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["articles"][0]["id"] == "ok"


def test_version(runner):
    from importlib.metadata import version

    result = run(runner, "--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"kg {version('kg')}"


def test_build_progress_knows_its_total_and_names_its_stages(tmp_path):
    from kg.build import build as run_build
    from kg.cli import expected_articles
    from kg.corpus import sample_corpus_dir

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Bộ Y tế họp báo.\nSáng 4/3, Bộ Y tế tổ chức họp báo.\n", encoding="utf-8")
    (folder / "b.jsonl").write_text('{"id": "x", "text": "Hà Nội."}\n\n{"id": "y", "text": "Huế."}\n',
                                    encoding="utf-8")
    (folder / ".hidden.txt").write_text("no", encoding="utf-8")
    (folder / "README.md").write_text("no", encoding="utf-8")
    assert expected_articles([folder]) == 3
    assert expected_articles([sample_corpus_dir()]) == 5
    stages: list[str] = []
    seen: list[str] = []
    run_build([folder], tmp_path / "out", use_crf=False, on_article=lambda a: seen.append(a.id),
              on_stage=stages.append)
    assert len(seen) == 3
    assert stages == ["merging entities across articles", "writing graph.trig and graph.ttl", "loading the store",
                      "checking SHACL shapes", "drawing graph.html"]

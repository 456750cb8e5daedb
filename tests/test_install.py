"""Installation: what a fresh machine gets from pyproject.toml.

- Every third-party module that ``kg/`` imports is declared in pyproject.toml.
- The ontology ships as package data, and a missing resource is named as such.
- A wheel installed into a brand-new virtualenv (no system site packages)
  builds the bundled sample and answers a query, from a folder that is not the
  checkout. This test talks to the package registry through pip.
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]

# distribution name (as in pyproject.toml) → the module it installs, where they differ
MODULE_OF = {"python-crfsuite": "pycrfsuite", "dask[distributed]": "distributed", "markdown-it-py": "markdown_it"}


def _declared_modules() -> set[str]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = set()
    # an optional extra (not the test one) declares what kg imports only when it is used
    extras = [r for name, reqs in meta.get("optional-dependencies", {}).items() if name != "test" for r in reqs]
    for req in meta["dependencies"] + extras:
        full = req.split(">")[0].split("<")[0].split("=")[0].strip().lower()
        dist = full.split("[")[0]
        names.add(MODULE_OF.get(dist, dist.replace("-", "_")))
        if full in MODULE_OF:  # an extra that installs another module too (dask[distributed])
            names.add(MODULE_OF[full])
    return names


def _imported_top_level(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.add(node.module.split(".")[0])
    return out


def test_every_imported_package_is_declared():
    stdlib = set(sys.stdlib_module_names)
    declared = _declared_modules()
    undeclared = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        for mod in _imported_top_level(path) - stdlib - {"kg", "__future__"}:
            if mod not in declared:
                undeclared.setdefault(mod, []).append(str(path.relative_to(ROOT)))
    assert not undeclared, f"imported but not in pyproject.toml dependencies: {undeclared}"


def test_declared_check_sees_a_missing_package(tmp_path):
    """The check above would notice an import of an undeclared package."""
    f = tmp_path / "m.py"
    f.write_text("import pyvi\nfrom rdflib import Graph\n", encoding="utf-8")
    assert _imported_top_level(f) - _declared_modules() == {"pyvi"}


def test_ontology_is_package_data():
    from kg.rdf import ontology_path

    shapes = ontology_path("shapes.ttl")
    assert shapes.read_text(encoding="utf-8") == (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    assert {p.name for p in ontology_path("queries").glob("*.rq")} == \
        {p.name for p in (ROOT / "ontology" / "queries").glob("*.rq")}


def test_vietnamese_pipeline_needs_no_pyvi(monkeypatch):
    """spaCy's own Vietnamese tokenizer imports pyvi; kg's pipeline must not."""
    import builtins

    import kg.nlp

    real_import = builtins.__import__

    def no_pyvi(name, *args, **kwargs):
        if name.split(".")[0] == "pyvi":
            raise ImportError("pyvi is not installed (blocked by the test)")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyvi)
    kg.nlp.load.cache_clear()
    try:
        nlp = kg.nlp.load("vi", use_crf=False)
        doc = kg.nlp.annotate(nlp, "Tổng Bí thư Tô Lâm dự hội nghị tại Hà Nội.")
        assert "Tô Lâm" in {e.text for e in doc.ents}
    finally:
        kg.nlp.load.cache_clear()


def test_missing_shapes_is_named_not_a_write_error(tmp_path, monkeypatch):
    """A missing resource is one line that names it; nothing is written."""
    import importlib.resources

    from kg.cli import app

    real_files = importlib.resources.files
    empty = tmp_path / "empty-ontology"
    empty.mkdir()
    monkeypatch.setattr(importlib.resources, "files",
                        lambda pkg: empty if pkg == "kg.ontology" else real_files(pkg))
    art = tmp_path / "a.txt"
    art.write_text("Bộ Tài chính họp tại Hà Nội.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(art), "--out", str(out), "--quiet", "--no-crf"])
    assert result.exit_code == 2
    assert "shapes.ttl" in result.output and "reinstall" in result.output
    assert "cannot write" not in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    """A wheel of this checkout installed into a new virtualenv without system site packages."""
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(ROOT)],
                   check=True, cwd=base)
    wheels = list(dist.glob("kg-*.whl"))
    assert len(wheels) == 1
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheels[0])], check=True, cwd=base)
    return env_dir


def _run(env_dir: Path, args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_wheel_installs_and_builds_outside_the_checkout(wheel_venv, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    kg = str(wheel_venv / "bin" / "kg")
    where = _run(wheel_venv, [str(wheel_venv / "bin" / "python"), "-c",
                              "import kg, kg.ontology; print(kg.__file__); print(kg.ontology.__file__)"], work)
    assert where.returncode == 0, where.stderr
    assert all(str(wheel_venv) in line for line in where.stdout.split()), where.stdout
    pyvi = _run(wheel_venv, [str(wheel_venv / "bin" / "python"), "-c", "import pyvi"], work)
    assert pyvi.returncode != 0  # the pipeline below runs without it

    sample = _run(wheel_venv, [kg, "build", "--out", "sample", "--quiet"], work)
    assert sample.returncode == 0, sample.stderr
    for name in ("graph.ttl", "graph.trig", "store", "shacl-report.txt", "graph.html"):
        assert (work / "sample" / name).exists(), name
    assert (work / "sample" / "shacl-report.txt").read_text(encoding="utf-8").startswith("conforms")

    (work / "SOME.txt").write_text(
        "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ tại Hà Nội ngày 5/3/2025.\n",
        encoding="utf-8")
    one = _run(wheel_venv, [kg, "build", "SOME.txt", "--out", "out", "--quiet"], work)
    assert one.returncode == 0, one.stderr
    assert (work / "out" / "graph.html").exists()
    assert (work / "out" / "shacl-report.txt").read_text(encoding="utf-8").startswith("conforms")
    query = _run(wheel_venv, [kg, "query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--out", "out",
                              "--format", "csv"], work)
    assert query.returncode == 0, query.stderr
    n = int(query.stdout.split()[-1])
    assert n > 10

"""The build folder as a transaction (kg.buildfolder): lock, manifest, zero articles, real kills.

Each test builds small JSON Lines inputs; the kill tests run the real ``kg``
executable and SIGKILL it while it is paused (``KG_BUILD_PAUSE``) inside the
store step or half way through the switch.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import buildfolder
from kg.build import BuildError, NoArticles, build
from kg.cli import app
from kg.store import open_store
from corpus_files import write_jsonl

ARTICLES_A = [
    {"id": "a1", "lang": "vi", "published": "2025-01-15",
     "text": "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1."},
]
ARTICLES_B = [
    {"id": "b1", "lang": "vi", "published": "2024-12-24",
     "text": "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về khoa học, công nghệ."},
    {"id": "b2", "lang": "en", "published": "2025-01-15",
     "text": "General Secretary To Lam attended the forum in Hanoi on 15 January."},
]


def kg_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("kg")
    return [str(exe)] if exe.is_file() else [sys.executable, "-c", "from kg.cli import main; main()"]


def assert_whole_build(out: Path) -> dict:
    """``out`` holds exactly the build its manifest describes; return the manifest."""
    manifest = buildfolder.read_manifest(out)
    assert manifest is not None, f"no manifest in {out}"
    for name in buildfolder.OUTPUTS:
        entry = manifest["files"].get(name)
        path = out / name
        if entry is None:
            assert not path.exists(), f"{name} is not part of the build in the manifest"
        elif name == "store":
            store = open_store(path)
            named = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"]
            assert int(named.value) == entry["quads"], "store/ belongs to another build"
            del store
        else:
            assert buildfolder.file_hash(path) == entry["sha256"], f"{name} belongs to another build"
    return manifest


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir()
                  if p.name.startswith((buildfolder.STAGING_PREFIX, ".store.", buildfolder.COMMIT_NAME))
                  or p.name.endswith(".tmp"))


# --------------------------------------------------------------------------- manifest


def test_manifest_describes_the_build(tmp_path):
    inp = write_jsonl(tmp_path / "b.jsonl", ARTICLES_B)
    out = tmp_path / "out"
    report = build([inp], out, html=False)
    manifest = assert_whole_build(out)
    assert manifest["kg_version"] and len(manifest["build_id"]) == 32
    assert manifest["created"].endswith("Z")
    assert [a["id"] for a in manifest["articles"]] == ["b1", "b2"]
    assert manifest["articles"][0]["sha256"] == buildfolder.text_hash(ARTICLES_B[0]["text"])
    assert manifest["files"]["store"]["quads"] == report.quads > 0
    assert set(manifest["files"]) == {"merges.tsv", "graph.trig", "graph.ttl", "store", "shacl-report.txt"}
    assert leftovers(out) == []


def test_a_smaller_build_removes_outputs_of_the_old_one(tmp_path):
    inp = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)
    out = tmp_path / "out"
    build([inp], out, html=True)
    assert (out / "graph.html").is_file()
    build([inp], out, html=False, validate=False)
    assert not (out / "graph.html").exists() and not (out / "shacl-report.txt").exists()
    assert_whole_build(out)


# --------------------------------------------------------------------------- zero articles


@pytest.mark.parametrize("inputs", ["typo_dir", "empty_dir"])
def test_no_articles_replaces_nothing(tmp_path, inputs):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, html=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (tmp_path / "empty_dir").mkdir()
    with pytest.raises(NoArticles, match="left as it was"):
        build([tmp_path / inputs], out, html=False)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert_whole_build(out)
    assert leftovers(out) == []


def test_no_articles_into_a_new_folder_creates_nothing(tmp_path):
    with pytest.raises(NoArticles):
        build([tmp_path / "typo"], tmp_path / "new" / "out", html=False)
    assert not (tmp_path / "new" / "out").exists()


def test_cli_no_articles_is_an_error_and_keeps_the_build(tmp_path):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, html=False)
    trig = (out / "graph.trig").read_bytes()
    result = CliRunner().invoke(app, ["build", str(tmp_path / "typo"), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == f"kg: error: no articles to build; {out} left as it was"
    assert (out / "graph.trig").read_bytes() == trig


def test_a_failing_build_leaves_no_new_file_beside_the_old_graph(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, html=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    import kg.store

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.store, "write_store", broken)
    with pytest.raises(OSError):
        build([write_jsonl(tmp_path / "b.jsonl", ARTICLES_B)], out, html=False)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert leftovers(out) == []
    assert_whole_build(out)


# --------------------------------------------------------------------------- lock


def test_a_second_build_refuses_while_one_is_running(tmp_path):
    out = tmp_path / "out"
    inp = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)
    with buildfolder.locked(out):
        with pytest.raises(BuildError, match="being written by another kg build"):
            build([inp], out, wait=0)
        result = CliRunner().invoke(app, ["build", str(inp), "--out", str(out), "--wait", "0"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"kg: error: {out} is being written by another kg build (pid {os.getpid()}); "
                                     "try again when it has finished")
    assert not (out / "graph.trig").exists()


def test_a_second_build_waits_for_the_first(tmp_path):
    out = tmp_path / "out"
    inp = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)
    holding = threading.Event()

    def hold() -> None:
        with buildfolder.locked(out):
            holding.set()
            time.sleep(0.5)

    t = threading.Thread(target=hold)
    t.start()
    holding.wait(5)
    t0 = time.monotonic()
    report = build([inp], out, html=False, wait=30)
    t.join()
    assert time.monotonic() - t0 >= 0.3  # it waited for the lock
    assert report.articles == 1
    assert_whole_build(out)


# --------------------------------------------------------------------------- leftovers and kills


def test_leftovers_of_killed_builds_are_cleaned(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".store.new-x1").mkdir()
    (out / ".kg-staging-x2").mkdir()
    (out / ".kg-staging-x2" / "graph.trig").write_text("half", encoding="utf-8")
    (out / ".graph.trig.x3.tmp").write_text("half", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    report = build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, html=False)
    assert sorted(report.cleaned) == [".graph.trig.x3.tmp", ".kg-staging-x2", ".store.new-x1"]
    assert leftovers(out) == []
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def run_and_kill(cmd: list[str], env: dict, ready) -> subprocess.Popen:
    """Start ``cmd``, wait until ``ready()`` holds (at most 120 s), SIGKILL it."""
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while not ready():
            assert p.poll() is None, f"the build ended before the kill: {p.stderr.read().decode()}"
            assert time.monotonic() < deadline, "the build never reached the pause"
            time.sleep(0.05)
        time.sleep(0.2)
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(30)
        p.stderr.close()
    return p


def kill_env(tmp_path: Path, step: str) -> dict:
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir(exist_ok=True)
    return {**os.environ, "KG_BUILD_PAUSE": step, "KG_BUILD_PAUSE_SECONDS": "60", "TMPDIR": str(tmpdir)}


def test_kill_during_the_store_step_leaves_the_old_build(tmp_path):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, html=False)
    old = assert_whole_build(out)
    new_input = write_jsonl(tmp_path / "b.jsonl", ARTICLES_B)
    env = kill_env(tmp_path, "store")

    def in_store_step() -> bool:
        return any((s / "graph.trig").is_file() for s in out.glob(buildfolder.STAGING_PREFIX + "*"))

    run_and_kill(kg_cmd() + ["build", str(new_input), "--out", str(out), "--no-html", "--prune"], env,
                 in_store_step)
    assert assert_whole_build(out)["build_id"] == old["build_id"]  # entirely the old build
    assert leftovers(out), "the kill should have left a staging folder"
    assert list((tmp_path / "tmpdir").iterdir()) == [], "the build wrote temp files outside --out"

    p = subprocess.run(kg_cmd() + ["build", str(new_input), "--out", str(out), "--no-html", "--prune"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "cleaned up after an interrupted build" in p.stderr
    assert [a["id"] for a in assert_whole_build(out)["articles"]] == ["b1", "b2"]
    assert leftovers(out) == []


def test_kill_during_the_switch_is_finished_by_the_next_build(tmp_path):
    out = tmp_path / "out"
    build([write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)], out, html=False)
    old_trig = (out / "graph.trig").read_bytes()
    new_input = write_jsonl(tmp_path / "b.jsonl", ARTICLES_B)
    env = kill_env(tmp_path, "switch")
    run_and_kill(kg_cmd() + ["build", str(new_input), "--out", str(out), "--no-html", "--prune"], env,
                 lambda: (out / buildfolder.COMMIT_NAME).is_file())
    assert (out / buildfolder.COMMIT_NAME).is_file()
    assert (out / "graph.trig").read_bytes() == old_trig  # killed after merges.tsv, before graph.trig

    with buildfolder.locked(out):
        done = buildfolder.recover(out)
    assert done and done[0].startswith("finished the switch")
    manifest = assert_whole_build(out)  # entirely the new build now
    assert [a["id"] for a in manifest["articles"]] == ["b1", "b2"]
    assert leftovers(out) == []


def test_two_kg_processes_into_one_folder_the_second_refuses(tmp_path):
    out = tmp_path / "out"
    first_input = write_jsonl(tmp_path / "a.jsonl", ARTICLES_A)
    env = kill_env(tmp_path, "store")
    first = subprocess.Popen(kg_cmd() + ["build", str(first_input), "--out", str(out), "--no-html"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not any((s / "graph.trig").is_file() for s in out.glob(buildfolder.STAGING_PREFIX + "*")):
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        second = subprocess.run(kg_cmd() + ["build", str(write_jsonl(tmp_path / "b.jsonl", ARTICLES_B)),
                                            "--out", str(out), "--wait", "0.5"],
                                capture_output=True, text=True, timeout=300)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    assert second.returncode == 2
    assert second.stderr.strip() == (f"kg: error: {out} is being written by another kg build (pid {first.pid}); "
                                     "try again when it has finished")

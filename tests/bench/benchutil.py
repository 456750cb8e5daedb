"""Shared helpers of the benchmark scripts: run a command and measure its time and peak RSS."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def kg_cmd() -> list[str]:
    """The ``kg`` command of this interpreter."""
    exe = Path(sys.executable).with_name("kg")
    return [str(exe)] if exe.is_file() else [sys.executable, "-c", "from kg.cli import main; main()"]


def run(cmd: list[str]) -> tuple[float, float]:
    """Run ``cmd``; return (wall seconds, peak RSS in MB of the process or its largest child)."""
    seconds, rss, _ = run_cpu(cmd)
    return seconds, rss


def run_cpu(cmd: list[str]) -> tuple[float, float, float]:
    """Like :func:`run`, plus the CPU seconds (user + system) of the process and its children.

    On a machine shared with other work the wall time of a parallel run says
    little on its own; the CPU time shows the work done, wherever it ran.
    """
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode() if p.stderr else ""
    if p.returncode not in (0,):
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}): {err[-500:]}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def load_average() -> str:
    """The 1-minute load average, to print beside timings (others' work slows a run down)."""
    return f"{os.getloadavg()[0]:.1f}"


def write_corpus(n: int, path: Path) -> int:
    """Write ``n`` benchmark articles (make_corpus.py) to ``path``; return their syllables."""
    import json

    sys.path.insert(0, str(HERE))
    from make_corpus import corpus

    syllables = 0
    with open(path, "w", encoding="utf-8") as f:
        for rec in corpus(n):
            syllables += len(rec["text"].split())
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return syllables

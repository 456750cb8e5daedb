"""Helpers for the endpoint's trust tests and benchmarks: a `kg serve` process, its memory
and CPU as Linux reports them, and a closed-loop load generator over raw sockets.
"""
from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

QUERIES = Path(__file__).resolve().parents[1] / "ontology" / "queries"


# --------------------------------------------------------------------------- a server process


@dataclass
class ServerProcess:
    """A `kg serve` child process and the URL it listens on; its log goes to a file."""

    proc: subprocess.Popen
    url: str
    log: Path

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def start_server(out: Path, log: Path, *args: str) -> ServerProcess:
    """Run ``kg serve OUT --port 0 ARGS`` and wait (up to 120 s) for its "serving … at URL" line."""
    handle = log.open("w")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out), "--port", "0", *args],
                            stdout=subprocess.DEVNULL, stderr=handle)
    handle.close()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        m = re.search(r"at (http://127\.0\.0\.1:\d+)/", log.read_text(errors="replace"))
        if m:
            return ServerProcess(proc, m.group(1), log)
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve exited: {log.read_text(errors='replace')}")
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("kg serve did not start")


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of one process in MB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants, in MB."""
    return sum(rss_mb(p) for p in process_tree(pid))


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and its live descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in process_tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick


# --------------------------------------------------------------------------- load


def example_queries() -> list[tuple[str, str]]:
    """(name, text) of every example query of ontology/queries/."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(QUERIES.glob("*.rq"))]


@dataclass
class LoadReport:
    """What a load run saw: status counts, connection errors and latencies (seconds)."""

    statuses: dict[int, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    retry_after_missing: int = 0  # 503 answers without a Retry-After header

    @property
    def total(self) -> int:
        return sum(self.statuses.values()) + sum(self.errors.values())

    @property
    def ok_share(self) -> float:
        return self.statuses.get(200, 0) / self.total if self.total else 0.0

    def percentile(self, q: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")

    def summary(self) -> str:
        return (f"{self.total} requests, {self.ok_share:.2%} answered 200, statuses {dict(sorted(self.statuses.items()))}, "
                f"connection errors {self.errors or 0}; latency p50 {self.percentile(0.5) * 1000:.0f} ms, "
                f"p95 {self.percentile(0.95) * 1000:.0f} ms, p99 {self.percentile(0.99) * 1000:.0f} ms")


def one_request(url: str, query: str, timeout: float = 120) -> tuple[int, dict[str, str]]:
    """POST one query (a new connection, as the server speaks HTTP/1.0); (status, headers)."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request("POST", "/sparql", body=query.encode("utf-8"),
                     headers={"Content-Type": "application/sparql-query",
                              "Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()


def run_load(url: str, clients: int, seconds: float, queries: list[str]) -> LoadReport:
    """``clients`` threads, each sending the queries in turn for ``seconds`` (closed loop)."""
    report = LoadReport()
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(k: int) -> None:
        i = k
        while time.monotonic() < stop_at:
            query = queries[i % len(queries)]
            i += 1
            t0 = time.monotonic()
            try:
                status, headers = one_request(url, query)
            except (ConnectionError, OSError, http.client.HTTPException) as e:
                with lock:
                    name = type(e).__name__
                    report.errors[name] = report.errors.get(name, 0) + 1
                continue
            dt = time.monotonic() - t0
            with lock:
                report.statuses[status] = report.statuses.get(status, 0) + 1
                report.latencies.append(dt)
                if status == 503 and "retry-after" not in headers:
                    report.retry_after_missing += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return report

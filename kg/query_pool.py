"""A pool of worker processes that run SPARQL queries where they can be stopped.

pyoxigraph cannot interrupt a query, and a hostile one can crash the process
(stack overflow) or eat all memory. So ``kg serve`` never runs a client's query
in its own process: each query goes to one of ``size`` worker processes, each
with the store opened read-only (RocksDB allows many read-only openers) and an
address-space cap (``RLIMIT_AS``). A worker that runs past the timeout is
killed and replaced, so its CPU, its memory and its slot come back at once; a
worker that dies (segfault, out of memory) costs one answer and is replaced.

Requests wait for a free worker in a bounded queue: beyond ``max_queue``
waiting requests, or after waiting ``timeout`` seconds, the caller is told the
pool is busy (the server answers 503 with Retry-After).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, Callable

DEFAULT_MAX_MEMORY_MB = 1024  # address space per worker (about 370 MB of it is pyoxigraph's baseline)
MIN_MEMORY_MB = 512
START_TIMEOUT = 60.0  # seconds a new worker may take to open the store
_CTX = mp.get_context("spawn")  # never fork a threaded server holding RocksDB handles


class PoolBusy(Exception):
    """Every worker is taken and the queue is full, or the wait ran out."""


class QueryTimeout(Exception):
    """The query ran past the timeout; its worker was killed."""


class WorkerDied(Exception):
    """The worker died while running the query (crash or out of memory)."""

    def __init__(self, message: str, out_of_memory: bool) -> None:
        super().__init__(message)
        self.out_of_memory = out_of_memory


@dataclass(frozen=True)
class Job:
    """One query for a worker, with everything the answer depends on."""

    text: str
    default_graphs: list[str]
    named_graphs: list[str]
    limit: int | None
    accept: str | None


@dataclass(eq=False)
class _Waiter:
    """A request waiting for a worker; a released worker is handed to the oldest waiter."""

    event: threading.Event = field(default_factory=threading.Event)
    worker: "_Worker | None" = None


Render = Callable[[Any, "str | None"], "tuple[str, bytes]"]  # (QueryResult, Accept) -> (Content-Type, body)


# --------------------------------------------------------------------------- the worker process


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the server dies (no orphaned runaway query)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


MIN_HEADROOM = 128 * 2**20  # address space a worker may always add after opening the store


def _address_space() -> int:
    """This process's current address space (VmSize), in bytes; 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def worker_main(conn: Connection, store_dir: str, max_memory: int, render: Render) -> None:
    """Open the store read-only under a memory cap, then answer jobs until the pipe closes.

    Replies: ("ok", content_type, body, truncated), ("bad", message) for a
    client mistake (400), ("io", message) for a store error, ("memory",
    message) when Python ran out of memory (the worker then exits).
    """
    import resource

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    _die_with_parent()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # Rust's "memory allocation failed" and backtraces are not the server's log
    try:
        from kg.store import open_store, run_query

        # The cap comes after the store is open: RocksDB's start-up (threads, maps) under
        # it aborted now and then (SIGABRT) on a busy machine; queries are what it is for.
        store = open_store(store_dir)
        cap = max(max_memory, _address_space() + MIN_HEADROOM)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError, MemoryError) as e:
        conn.send(("fail", str(e) or type(e).__name__))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job: Job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result = run_query(store, job.text, limit=job.limit, default_graphs=job.default_graphs,
                               named_graphs=job.named_graphs)
            ctype, body = render(result, job.accept)
            reply: tuple[Any, ...] = ("ok", ctype, body, result.truncated)
        except ValueError as e:
            reply = ("bad", str(e))
        except OSError as e:
            reply = ("io", str(e) or type(e).__name__)
        except MemoryError:
            conn.send(("memory", "the query ran out of memory"))
            return
        result = None  # free the answer before waiting for the next job
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


# --------------------------------------------------------------------------- the pool


class _Worker:
    """The server's handle on one worker process."""

    def __init__(self, store_dir: str, max_memory: int, render: Render) -> None:
        self.conn, child = _CTX.Pipe(duplex=True)
        self.proc = _CTX.Process(target=worker_main, args=(child, store_dir, max_memory, render),
                                 name="kg-query-worker", daemon=True)
        self.proc.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        """Block until the worker has opened the store; ValueError with its reason otherwise."""
        if not self.conn.poll(timeout):
            self.kill()
            raise ValueError("a query worker did not start in time")
        try:
            msg = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise ValueError(f"a query worker could not start (exit code {self.proc.exitcode})") from None
        if msg[0] != "ready":
            self.kill()
            raise ValueError(msg[1])

    def kill(self) -> None:
        """Stop the process now (SIGKILL frees its memory at once) and reap it."""
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    @property
    def pid(self) -> int | None:
        return self.proc.pid


class QueryPool:
    """``size`` worker processes over one store; :meth:`run` sends a job to a free one."""

    def __init__(self, store_dir: str, *, size: int, max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
                 max_queue: int = 64, render: Render, log: Callable[[str], None] | None = None) -> None:
        self.store_dir = str(store_dir)
        self.size = size
        self.max_memory = max_memory_mb * 2**20
        self.max_memory_mb = max_memory_mb
        self.max_queue = max_queue
        self.render = render
        self.log = log or (lambda msg: None)
        self._free: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._waiters: deque[_Waiter] = deque()  # first come, first served
        self._closed = False
        self._respawn: queue.Queue[int] = queue.Queue()

    # -- life cycle

    def start(self) -> None:
        """Start every worker (in parallel) and wait until each has opened the store.

        ValueError when a worker cannot open it. Workers are started by one
        long-lived thread of the pool: Linux kills a worker when the *thread*
        that started it ends (see _die_with_parent).
        """
        started: queue.Queue[BaseException | None] = queue.Queue()
        threading.Thread(target=self._spawner, args=(started,), name="kg-worker-spawner", daemon=True).start()
        error = started.get()
        if error is not None:
            raise error

    def _spawner(self, started: queue.Queue[BaseException | None]) -> None:
        """Start the first workers, then a successor for each one killed or dead, until closed."""
        workers = [_Worker(self.store_dir, self.max_memory, self.render) for _ in range(self.size)]
        try:
            for w in workers:
                w.wait_ready(START_TIMEOUT)
        except (ValueError, OSError) as e:
            for w in workers:
                w.kill()
            started.put(e if isinstance(e, ValueError) else ValueError(f"cannot start a query worker: {e}"))
            return
        with self._lock:
            self._all.update(workers)
        for w in workers:
            self._release(w)
        started.put(None)
        while True:
            self._respawn.get()
            if self._closed:
                return
            self._spawn_successor()

    def close(self) -> None:
        """Kill every worker; requests still waiting get PoolBusy."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
            self._free.clear()
            waiters = list(self._waiters)
            self._waiters.clear()
        for waiter in waiters:
            waiter.event.set()  # they find no worker and give up
        self._respawn.put(0)  # wakes the spawner, which sees _closed and ends
        for w in workers:
            w.kill()

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and diagnostics)."""
        with self._lock:
            return sorted(w.pid for w in self._all if w.pid is not None)

    def _replace(self, dead: _Worker) -> None:
        """Drop a dead or killed worker; the spawner thread starts its successor."""
        with self._lock:
            self._all.discard(dead)
        self._respawn.put(1)

    def _spawn_successor(self) -> None:
        for attempt in range(5):
            if self._closed:
                return
            try:
                w = _Worker(self.store_dir, self.max_memory, self.render)
                w.wait_ready(START_TIMEOUT)
            except (ValueError, OSError) as e:
                self.log(f"cannot start a query worker: {e}")
                time.sleep(0.5 * 2**attempt)
                continue
            with self._lock:
                self._all.add(w)
            self._release(w)
            return

    # -- queries

    def _acquire(self, timeout: float) -> _Worker:
        """A free worker, waiting in line at most ``timeout`` seconds; PoolBusy otherwise."""
        with self._lock:
            if self._closed:
                raise PoolBusy("the server is stopping")
            if self._free and not self._waiters:
                return self._free.pop()
            if len(self._waiters) >= self.max_queue:
                raise PoolBusy(f"too many queries waiting (limit {self.max_queue})")
            waiter = _Waiter()
            self._waiters.append(waiter)
        waiter.event.wait(timeout)
        with self._lock:
            if waiter.worker is not None:
                return waiter.worker
            if waiter in self._waiters:
                self._waiters.remove(waiter)
        raise PoolBusy(f"no query worker became free within {timeout:g} s")

    def _release(self, w: _Worker) -> None:
        """Hand a worker to the oldest waiting request, or put it back on the free list."""
        with self._lock:
            if not self._closed:
                if self._waiters:
                    waiter = self._waiters.popleft()
                    waiter.worker = w
                    waiter.event.set()
                else:
                    self._free.append(w)
                return
        w.kill()

    def run(self, job: Job, timeout: float) -> tuple[str, bytes, bool]:
        """(Content-Type, body, truncated) of a job, run in a worker within ``timeout`` seconds.

        The wait for a free worker is bounded by ``timeout`` too. Raises
        ValueError (client mistake), OSError (store error), PoolBusy,
        QueryTimeout (the worker was killed) or WorkerDied.
        """
        w = self._acquire(timeout)
        try:
            w.conn.send(job)
            ready = w.conn.poll(timeout)
            reply = w.conn.recv() if ready else None
        except (EOFError, OSError):
            reply = ("died",)
        except BaseException:  # the request thread is being torn down: never leak a busy worker
            w.kill()
            self._replace(w)
            raise
        if reply is None:
            self.log(f"query worker {w.pid} killed after {timeout:g} s")
            w.kill()
            self._replace(w)
            raise QueryTimeout(f"query timed out after {timeout:g} s and was stopped")
        kind = reply[0]
        if kind in ("died", "memory"):
            w.proc.join(2)  # let it finish dying, so its exit code tells a crash from a memory abort
            w.kill()
            self._replace(w)
            code = w.proc.exitcode
            oom = kind == "memory" or code == -signal.SIGABRT
            self.log(f"query worker {w.pid} died (exit code {code}); replacing it")
            if oom:
                raise WorkerDied(f"the query ran out of memory (limit {self.max_memory_mb} MB per query) "
                                 "and was stopped", out_of_memory=True)
            raise WorkerDied("the query crashed its worker process (it was replaced)", out_of_memory=False)
        self._release(w)
        if kind == "ok":
            return reply[1], reply[2], reply[3]
        if kind == "bad":
            raise ValueError(reply[1])
        raise OSError(reply[1])


"""Where articles are extracted: in this process, in worker processes, or on a Dask cluster.

Every executor takes a stream of articles and yields their
:class:`kg.resolve.Resolved` results **in input order**, holding only a bounded
window of articles in flight, so a build's output never depends on how many
workers ran it. Each worker loads the spaCy pipeline once (``kg.nlp.load`` is
cached per process) and reuses it for every article it gets.
"""
from __future__ import annotations

import os
from collections import deque
from itertools import chain, islice
from typing import Callable, Iterable, Iterator

from kg.article import Article

EXECUTORS = ("local", "dask")
# Fewer articles than this are extracted in this process: each worker takes a
# few seconds to load the pipeline, more than a handful of articles cost.
MIN_PARALLEL = 8


class ExecutorError(Exception):
    """The executor cannot run (a missing extra, an unreachable scheduler); one line."""


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


Finish = Callable[[object], object] | None  # applied to each result where it was extracted


def analyze_batch(articles: list[Article], use_crf: bool, finish: Finish = None) -> list:
    """Extract a batch of articles in this process (the unit of work sent to a worker)."""
    return list(analyze_batch_iter(articles, use_crf, finish))


def _warm(use_crf: bool) -> None:
    """Load the Vietnamese pipeline once when a worker process starts.

    The worker then collects cyclic garbage as rarely as a build does
    (:data:`kg.collect.GC_THRESHOLD`), never scanning the loaded models.
    """
    import gc

    import kg.nlp
    from kg.collect import GC_THRESHOLD

    kg.nlp.load("vi", use_crf=use_crf)
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def extract_all(articles: Iterable[Article], *, use_crf: bool = True, jobs: int = 1,
                executor: str = "local", scheduler: str | None = None, finish: Finish = None) -> Iterator:
    """Yield the extraction result of each article, in the order given.

    With ``finish`` (a picklable function of one result), yield ``finish(result)``
    instead, computed in the process that extracted the article: work that
    needs only the one result runs in the workers too.
    """
    if executor == "dask":
        yield from _dask(articles, use_crf=use_crf, scheduler=scheduler, finish=finish)
        return
    if executor != "local":
        raise ExecutorError(f"unknown executor {executor!r} (choose from {', '.join(EXECUTORS)})")
    it = iter(articles)
    head = list(islice(it, MIN_PARALLEL))
    if jobs <= 1 or len(head) < MIN_PARALLEL:  # a pool would only add its start-up
        yield from analyze_batch_iter(chain(head, it), use_crf, finish)
        return
    yield from _processes(chain(head, it), use_crf=use_crf, jobs=jobs, finish=finish)


def analyze_batch_iter(articles: Iterable[Article], use_crf: bool, finish: Finish = None) -> Iterator:
    """Extract articles one by one in this process."""
    from kg.build import analyze_article

    for a in articles:
        res = analyze_article(a, use_crf=use_crf)
        yield res if finish is None else finish(res)


def _processes(articles: Iterable[Article], *, use_crf: bool, jobs: int, finish: Finish) -> Iterator:
    """Extract in ``jobs`` worker processes, a bounded window of articles in flight."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # spawn: workers start from a clean process, not a copy of one with threads running
    # (forkserver would also leave a socket folder in $TMPDIR when the build is killed)
    ctx = multiprocessing.get_context("spawn")
    window: deque = deque()
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_warm,
                                 initargs=(use_crf,)) as pool:
            for batch in _batches(articles, 4):
                window.append(pool.submit(analyze_batch, batch, use_crf, finish))
                if len(window) >= jobs * 4:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
    except BrokenProcessPool:
        raise ExecutorError("a worker process died (out of memory, or a script calling kg.build.build "
                            "with jobs > 1 outside `if __name__ == '__main__':`); try --jobs 1") from None


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def _dask(articles: Iterable[Article], *, use_crf: bool, scheduler: str | None, finish: Finish) -> Iterator:
    """Extract on a Dask cluster: batches of articles go to the workers, results come back in order."""
    try:
        from distributed import Client
    except ImportError:
        raise ExecutorError("--executor dask needs dask.distributed: pip install 'kg[dask]'") from None
    if not scheduler:
        raise ExecutorError("--executor dask needs --scheduler tcp://HOST:PORT")
    try:
        client = Client(scheduler, timeout=10)
    except (OSError, TimeoutError) as e:
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    try:
        nworkers = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque = deque()
        for batch in _batches(articles, 8):
            window.append(client.submit(analyze_batch, batch, use_crf, finish, pure=False))
            if len(window) >= nworkers * 4:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        client.close()

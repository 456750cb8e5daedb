"""Crash-safe file writes: a reader sees the old file or the new one, never half."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def write_atomic(path: Path, text: str | bytes, durable: bool = True) -> Path:
    """Write ``text`` to ``path`` through a temp file in the same folder, then rename.

    ``durable`` syncs the file to disk before the rename; a file that can be
    made again (a cache entry) skips that wait.
    """
    return write_atomic_pieces(path, [text], durable)


def write_atomic_pieces(path: Path, pieces: Iterable[str | bytes], durable: bool = True) -> Path:
    """:func:`write_atomic` of the concatenation of ``pieces``, written as they come."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            for text in pieces:
                f.write(text.encode("utf-8") if isinstance(text, str) else text)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


class BackgroundWrites:
    """Durable :func:`write_atomic` calls made on a thread of their own, so that the caller goes on
    while the disk syncs (a build's loop waited ~13 ms per article in ``fsync``). :meth:`wait` (and
    leaving a ``with`` block) returns once every write is on disk, raising the first that failed.
    """

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kg-sync")
        self._pending: list = []

    def write(self, path: Path, data: str | bytes) -> None:
        """Write ``data`` to ``path`` atomically and durably, soon."""
        if len(self._pending) >= 1024:  # forget the writes already done (their errors are raised now)
            running = []
            for f in self._pending:
                if f.done():
                    f.result()
                else:
                    running.append(f)
            self._pending = running
        self._pending.append(self._pool.submit(write_atomic, path, data))

    def wait(self) -> None:
        """Block until every write so far is done; raise the first error among them."""
        pending, self._pending = self._pending, []
        for f in pending:
            f.result()

    def __enter__(self) -> "BackgroundWrites":
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.wait()
        finally:
            self._pool.shutdown(wait=True)

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

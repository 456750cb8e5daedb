"""Loading a large TriG file into Oxigraph in bounded memory (used by :func:`kg.store.write_store`)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

# Oxigraph's bulk loader sorts up to a million quads per thread in memory (1.8 GB
# peak for 3.9 million quads at once); loaded a piece at a time, a store of any
# size is loaded in about 450 MB, a little slower.
LOAD_PIECE_BYTES = 16 << 20  # of kg's TriG: about 250,000 quads
UNION_PIECE_QUADS = 250_000


def trig_pieces(path: Path, size: int = LOAD_PIECE_BYTES) -> Iterator[bytes]:
    """A TriG file as pieces of about ``size`` bytes, each its prefix lines plus whole graphs.

    Cut only after a line that is a lone ``}`` (the end of a graph as Oxigraph
    writes TriG); a file written otherwise fails to parse in pieces, and
    :func:`write_store` then loads it whole.
    """
    head: list[bytes] = []
    body: list[bytes] = []
    n = 0
    with open(path, "rb") as f:
        for line in f:
            if not body and (line.lstrip().lower().startswith((b"@prefix", b"prefix", b"@base", b"base"))
                             or not line.strip()):
                head.append(line)
                continue
            body.append(line)
            n += len(line)
            if n >= size and line.rstrip(b"\r\n") == b"}":
                yield b"".join(head + body)
                body, n = [], 0
    if body or not head:
        yield b"".join(head + body)


def piece_triples(piece: bytes) -> bytes:
    """A piece of :func:`trig_pieces` as Turtle: its prefix lines and the triples of all its graphs.

    Loaded into the default graph, that is the union of the piece's graphs
    (see :func:`kg.store.materialise_union`), parsed by Oxigraph instead of
    copied quad by quad in Python. Only the ``<graph> {`` and ``}`` lines
    Oxigraph writes at column 0 go; a piece written otherwise fails to parse.
    """
    return b"".join(line for line in piece.splitlines(keepends=True)
                    if not (line.rstrip(b"\r\n") == b"}"
                            or (line.startswith(b"<") and line.rstrip(b" \r\n").endswith(b"{"))))


def malloc_trim() -> None:
    """Give the C heap's free pages back to the system (glibc; elsewhere nothing)."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass

"""Loading a large TriG file into an on-disk Oxigraph store in bounded memory: :func:`write_store`
(which :mod:`kg.store` exports), its graphs and their union, and graph.ttl beside them."""
from __future__ import annotations

import gc
import re
import shutil
import tempfile
import uuid
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from itertools import islice
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

import pyoxigraph as ox

# Oxigraph's bulk loader sorts up to a million quads per thread in memory (1.8 GB
# peak for 3.9 million quads at once); loaded a piece at a time, a store of any
# size is loaded in about 450 MB, a little slower.
LOAD_PIECE_BYTES = 16 << 20  # of kg's TriG: about 250,000 quads
UNION_PIECE_QUADS = 250_000
# The named graphs (six indexes each quad) cost the loader about twice what their union (three) does:
# two threads load them, so the three loads keep two cores busy.
GRAPH_LOADERS = 2
# a TriG file smaller than this (one or two pieces) has each piece's graphs loaded in GRAPH_LOADERS parts
SPLIT_BELOW = 2 * LOAD_PIECE_BYTES


_HEADS = (b"@prefix", b"prefix", b"@base", b"base")
# a line that is a lone "}" (a graph's end as Oxigraph writes TriG): after a line's end, at the start, at the end
_CLOSE_LINE = re.compile(rb"\n\}\r*\n")
_FIRST_CLOSE = re.compile(rb"\}\r*\n")
_LAST_CLOSE = re.compile(rb"(?:\A|\n)\}\r*\Z")


def _head_line(line: bytes) -> bool:
    """Whether a line met before a piece's first graph line is one every later piece repeats (a prefix, a blank)."""
    return line.lstrip().lower().startswith(_HEADS) or not line.strip()


def _cut(buf: bytes, size: int) -> int | None:
    """The end of the first lone ``}`` line of ``buf`` that ends ``size`` bytes or more into it, if any."""
    if len(buf) < size:
        return None
    start = buf.rfind(b"\n", 0, size - 1) + 1  # the line holding byte size - 1: the first that ends far enough
    if start == 0 and (m := _FIRST_CLOSE.match(buf)):
        return m.end()
    m = _CLOSE_LINE.search(buf, max(start - 1, 0))
    return None if m is None else m.end()


def trig_pieces(path: Path, size: int = LOAD_PIECE_BYTES) -> Iterator[bytes]:
    """A TriG file as pieces of about ``size`` bytes, each its prefix lines plus whole graphs.

    Cut only after a line that is a lone ``}`` (the end of a graph as Oxigraph
    writes TriG); a file written otherwise fails to parse in pieces, and
    :func:`write_store` then loads it whole. The prefix and blank lines that
    begin the file (or follow a cut) head every piece after them. The file is
    read in blocks and cut by byte searches (a loop over its lines took 0.2 s
    of CPU per 1,000 bench articles).
    """
    head: list[bytes] = []
    buf = b""
    eof = False
    with open(path, "rb") as f:
        def fill() -> bool:
            nonlocal buf, eof
            more = b"" if eof else f.read(max(size, 1 << 20))
            eof = not more
            buf += more
            return not eof

        while True:
            pos = 0
            while True:  # the head lines at the start of the file or right after a cut
                end = buf.find(b"\n", pos)
                if end < 0 and fill():
                    continue
                line = buf[pos:] if end < 0 else buf[pos:end + 1]
                if not line or not _head_line(line):
                    break
                head.append(line)
                pos += len(line)
            buf = buf[pos:] if pos else buf
            while (cut := _cut(buf, size)) is None and fill():
                pass
            if cut is None:  # the end of the file: the rest is the last piece
                if buf or not head:
                    yield b"".join([*head, buf])
                if not head and len(buf) >= size and _LAST_CLOSE.search(buf):
                    yield b""  # a cut at the very last line leaves an empty piece (as the line loop did)
                return
            yield b"".join([*head, memoryview(buf)[:cut]])
            buf = buf[cut:]


def piece_triples(piece: bytes) -> bytes:
    """A piece of :func:`trig_pieces` as Turtle: its prefix lines and the triples of all its graphs.

    Loaded into the default graph, that is the union of the piece's graphs
    (see :func:`materialise_union`), parsed by Oxigraph instead of
    copied quad by quad in Python. Only the ``<graph> {`` and ``}`` lines
    Oxigraph writes at column 0 go; a piece written otherwise fails to parse.
    """
    if b"\r" in piece:  # lines as splitlines cuts them
        return b"".join(line for line in piece.splitlines(keepends=True)
                        if not (line.rstrip(b"\r\n") == b"}"
                                or (line.startswith(b"<") and line.rstrip(b" \r\n").endswith(b"{"))))
    # without carriage returns, the same lines found by a regex (a loop over the lines took 4 times as long)
    view, end, kept = memoryview(piece), len(piece), []
    first = _GRAPH_LINE.match(piece)
    at = 0 if first is None else min(first.end() + 1, end)
    for m in _LATER_GRAPH_LINE.finditer(piece, 0 if first is None else first.end()):
        kept.append(view[at:m.start() + 1])
        at = min(m.end() + 1, end)
    kept.append(view[at:])
    return b"".join(kept)


# a graph's first or last line (without its line end), at the start of a piece or after a line's end
_GRAPH_LINE = re.compile(rb"(?:\}|<[^\n]*\{ *)(?=\n|\Z)")
_LATER_GRAPH_LINE = re.compile(rb"\n(?:\}|<[^\n]*\{ *)(?=\n|\Z)")


# Oxigraph keeps a literal of a type derived from xsd:integer as an xsd:integer in canonical form
# ("017"^^xsd:nonNegativeInteger is 17); :func:`stored_turtle` writes kg's Turtle that way.
_XSD = rb"(?:xsd:|<http://www\.w3\.org/2001/XMLSchema#)"
_INTEGER_TYPES = (rb"(?:integer|nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger"
                  rb"|unsignedLong|unsignedInt|unsignedShort|unsignedByte|long|int|short|byte)\b>?")
_INTEGER = re.compile(rb'"([+-]?[0-9]+)"\^\^' + _XSD + _INTEGER_TYPES)
# what else kg writes typed, in the form Oxigraph keeps as it is
_AS_STORED = re.compile(rb'"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}"\^\^' + _XSD + rb'date\b>?|[0-9]{4}"\^\^' + _XSD
                        + rb'gYear\b>?)')
_UPPER_LANGUAGE = re.compile(rb'"@[a-z0-9-]*[A-Z]')


def stored_turtle(turtle: bytes) -> bytes | None:
    """``turtle`` with each literal as an Oxigraph store gives it back, or None when unsure.

    Integers of the types derived from xsd:integer are written as plain
    integers in canonical form; dates and years in kg's form stay. Anything
    else typed (Oxigraph canonicalises decimals, booleans, times, ...), a
    language tag with capitals, or a blank node (labels are scoped to one
    parse, and the pieces are parsed apart) gives None: the caller then dumps
    the store instead.
    """
    if b"_:" in turtle or _UPPER_LANGUAGE.search(turtle):
        return None
    out = _INTEGER.sub(lambda m: str(int(m[1])).encode(), turtle)
    if out.count(b"^^") != len(_AS_STORED.findall(out)):
        return None
    return out


def graph_parts(piece: bytes, parts: int) -> list[bytes]:
    """A piece of :func:`trig_pieces` as up to ``parts`` pieces of about equal size, each its head
    lines plus whole graphs (cut after lone ``}`` lines, as :func:`trig_pieces` cuts)."""
    at = 0
    while (end := piece.find(b"\n", at)) >= 0 and _head_line(piece[at:end + 1]):
        at = end + 1
    head, step = piece[:at], max((len(piece) - at) // max(parts, 1), 1)
    out: list[bytes] = []
    while len(out) < parts - 1 and (m := _CLOSE_LINE.search(piece, at + step - 1)) is not None:
        out.append(head + piece[at:m.end()])
        at = m.end()
    if at < len(piece) or not out:
        out.append(head + piece[at:])
    return out


def load_pieces(store: ox.Store, pieces: Iterable[bytes], union: IO[bytes] | None = None, split: int = 1) -> bool:
    """Bulk-load each TriG piece's graphs into ``store`` and, on a second thread, their union into its
    default graph (:func:`piece_triples`); with ``union``, also write that union to it as Turtle.

    Oxigraph loads outside the GIL, so the two loads run on two cores (each one
    alone is single-threaded for a piece this size). With ``split``, each
    piece's graphs are loaded in that many parts (:func:`graph_parts`), on the
    graph loaders side by side: a file of one or two pieces would otherwise
    load its graphs on one core. Returns False when ``union`` could not be
    written as the store holds it (:func:`stored_turtle`); the store is
    complete either way. Raises SyntaxError from a piece that does not parse.
    """
    writing = union is not None

    def union_turtle(piece: bytes) -> bytes:
        nonlocal writing
        turtle = piece_triples(piece)
        if writing:
            stored = stored_turtle(turtle)
            if stored is None:
                writing = False
            else:
                union.write(stored)  # type: ignore[union-attr]
        return turtle

    pending: deque[tuple[Future, ...]] = deque()
    with ThreadPoolExecutor(GRAPH_LOADERS) as graphs, ThreadPoolExecutor(1) as default:
        try:
            for piece in pieces:
                loads = [graphs.submit(store.bulk_load, part, format=ox.RdfFormat.TRIG)
                         for part in (graph_parts(piece, split) if split > 1 else [piece])]
                # the union's Turtle is made here, on the thread that only waits for the loads: the union's
                # loader (half the loading of all the graphs, on one thread) is the longest of the three
                loads.append(default.submit(store.bulk_load, union_turtle(piece), format=ox.RdfFormat.TURTLE,
                                            to_graph=ox.DefaultGraph()))
                pending.append(tuple(loads))
                while len(pending) > GRAPH_LOADERS:  # a piece or two in memory per thread
                    for done in pending.popleft():
                        done.result()
            while pending:
                for done in pending.popleft():
                    done.result()
        except BaseException:
            for futures in pending:
                for future in futures:
                    future.cancel()
            raise
    return writing


def write_store(store_dir: Path, trig_path: Path, union_turtle: Path | None = None,
                loaded: Callable[[], object] | None = None) -> int:
    """(Re)build the on-disk store from a TriG file; return the number of quads the file holds.

    The store also holds the union of the file's graphs in its default graph
    (:func:`materialise_union`); with ``union_turtle``, that union is also
    written there as Turtle (graph.ttl). The store is built in a fresh sibling
    temp dir and then renamed into place, so a crash never leaves a
    half-written store at ``store_dir``. ``loaded`` is called once the quads are
    in, before the store is compacted (one thread: a core is free for other work).
    """
    store_dir, trig_path = Path(store_dir), Path(trig_path)
    if not trig_path.is_file():
        raise FileNotFoundError(f"no TriG file at {trig_path}")
    parent = store_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.new-", dir=parent))
    turtle_tmp = None if union_turtle is None else union_turtle.with_name(f".{union_turtle.name}.{uuid.uuid4().hex}")
    try:
        store = ox.Store(str(tmp))
        written: bool | None = None
        try:  # each piece's graphs and, beside them, their union as Turtle (kg.bulkload.load_pieces)
            with open(turtle_tmp, "wb") if turtle_tmp else nullcontext() as turtle:
                small = trig_path.stat().st_size < SPLIT_BELOW  # one or two pieces: each loaded in parts
                written = load_pieces(store, trig_pieces(trig_path), turtle, GRAPH_LOADERS if small else 1)
        except SyntaxError:
            pass  # handled below, once the error's traceback (which holds the store) is gone
        if written is None:
            del store  # not cut where expected (not a file kg wrote): load it whole
            gc.collect()
            shutil.rmtree(tmp, ignore_errors=True)
            store = ox.Store(str(tmp))
            try:
                store.bulk_load(path=str(trig_path), format=ox.RdfFormat.TRIG)
            except SyntaxError as e:
                from kg.store import first_line

                raise ValueError(f"cannot load {trig_path}: {first_line(e)}") from None
            materialise_union(store)
            written = False
        if loaded is not None:
            loaded()
        # The bulk loader leaves each piece's sorted runs apart; compacting them once (19 s at
        # 10,000 articles) makes every later scan fast: Oxigraph's dump of the union for
        # graph.ttl took 77 s on the store as loaded and 24 s after, and every query gains.
        # The count (one scan, 3 s at 10,000 articles) runs beside the compaction: both release the GIL.
        with ThreadPoolExecutor(1) as counter:
            counted = counter.submit(named_quads_of, store)
            store.optimize()
            store.flush()
            count = counted.result()
        if turtle_tmp is not None and not written:  # the union as the store holds it, dumped
            from kg.graphfiles import file_prefixes

            store.dump(str(turtle_tmp), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=file_prefixes())
        # RocksDB keeps its lock until the Store object is collected.
        del store
        gc.collect()
        malloc_trim()
        if turtle_tmp is not None and union_turtle is not None:
            turtle_tmp.replace(union_turtle)
    except BaseException:
        gc.collect()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if turtle_tmp is not None:
            turtle_tmp.unlink(missing_ok=True)
    switch_into_place(tmp, store_dir)
    return count


def named_quads_of(store: ox.Store) -> int:
    """The number of quads in the store's named graphs (Oxigraph counts them in one scan)."""
    rows = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
    return int(rows[0]["n"].value)


def switch_into_place(tmp: Path, store_dir: Path) -> None:
    """Rename the finished store ``tmp`` to ``store_dir``, removing the store that was there."""
    old: Path | None = None
    if store_dir.exists():
        old = store_dir.parent / f".{store_dir.name}.old-{uuid.uuid4().hex}"
        store_dir.rename(old)
    tmp.rename(store_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def materialise_union(store: ox.Store) -> None:
    """Copy every triple of every named graph into the default graph (once each).

    Oxigraph's ``use_default_graph_as_union`` evaluates joins over the union
    slowly (a 300-article store: 114 s for a query that takes 62 ms over the
    same triples stored in the default graph), so the store keeps the union
    itself, at about 1.8× the quads. Named graphs keep provenance (``GRAPH ?g``).
    """
    default = ox.DefaultGraph()
    quads = (ox.Quad(q.subject, q.predicate, q.object, default)
             for q in store.quads_for_pattern(None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph))
    while piece := list(islice(quads, UNION_PIECE_QUADS)):
        store.bulk_extend(piece)


def malloc_trim() -> None:
    """Give the C heap's free pages back to the system (glibc; elsewhere nothing)."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass

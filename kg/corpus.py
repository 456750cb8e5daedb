"""Read news articles from files and folders, one at a time.

The corpus reader turns plain text, Markdown, HTML and JSON Lines files into
:class:`~kg.article.Article` records with normalised text (Unicode NFC,
``\\n`` line breaks) and metadata (title, url, published date, language,
source).  It streams: folders are walked lazily and JSON Lines files are read
line by line, so a corpus never has to fit in memory.  Problems with a file or
a line are reported as :class:`~kg.article.ReadError` values in the same stream
instead of being raised, so one bad file never stops a build.

This module walks files and folders (:func:`iter_articles`); the reader of
each format is in :mod:`kg.corpus_formats`, the article model and its
metadata normalisation in :mod:`kg.article`.  Only the standard library is
used (``html.parser`` for HTML).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable, Iterator

from kg.article import Article, ReadError
from kg.corpus_formats import READERS, os_reason

__all__ = [
    "SUFFIXES",
    "iter_articles",
    "sample_corpus_dir",
]


SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")

_SKIP_PREFIXES = ("readme", "sources")


# --------------------------------------------------------------------------- #
# Bundled sample
# --------------------------------------------------------------------------- #

# The bundled sample corpus (kg/data/sample/) holds five short news-style
# articles written for this project in its own words: four in Vietnamese and
# one in English.  They report public facts only: the Politburo's Resolution
# 57-NQ/TW of 22 December 2024 on breakthroughs in science, technology,
# innovation and national digital transformation; the 6th National Forum on
# Developing Vietnamese Digital Technology Enterprises, held by the Ministry of
# Information and Communications in Hanoi on 15 January 2025, where General
# Secretary To Lam spoke and Standing Deputy Prime Minister Nguyen Hoa Binh
# attended; One Mount Group taking on a "Make in Vietnam" Layer-1 blockchain
# network at that forum; and the Vietnam Blockchain Association and its
# chairman Phan Duc Trung on Resolution 57 and blockchain.  Views attributed
# to people are paraphrased, not quoted.  Each file has front matter (title,
# published, lang, source "kg sample") so that dates like "ngày 15/1" can be
# resolved to a year.


def sample_corpus_dir() -> Path:
    """Return the folder of the bundled sample corpus (for demos and tests)."""
    return Path(__file__).parent / "data" / "sample"


# --------------------------------------------------------------------------- #
# Walking
# --------------------------------------------------------------------------- #


def _skipped_when_walking(name: str) -> bool:
    """Hidden files, gold annotations, README* and SOURCES* are not articles."""
    low = name.lower()
    return (
        name.startswith(".")
        or low.endswith(".gold.json")
        or low.startswith(_SKIP_PREFIXES)
        or os.path.splitext(low)[1] not in READERS
    )


def _walk(folder: Path, seen: set[str], excluded: frozenset[str] = frozenset()) -> Iterator[Path | ReadError]:
    """Yield article files under ``folder`` recursively, sorted by name.

    Folders whose real path is in ``excluded`` (the build's own output
    folder) are passed over silently.
    """
    try:
        real = os.path.realpath(folder)
    except OSError:  # pragma: no cover - defensive
        real = str(folder)
    if real in seen or real in excluded:  # symlink loop, or the output folder
        return
    seen.add(real)
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as e:
        yield ReadError(str(folder), os_reason(e))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(child, seen, excluded)
        elif not _skipped_when_walking(entry.name):
            yield child


_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"))


def _read_file(path: Path) -> Iterator[Article | ReadError]:
    """Dispatch one file to the reader for its suffix; anything but a regular file is skipped."""
    shown = str(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        yield ReadError(shown, os_reason(e))
        return
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
        yield ReadError(shown, f"{kind}, not a regular file: skipped")
        return
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        yield ReadError(shown, f"unsupported file type '{path.suffix or path.name}'")
        return
    yield from reader(path, shown)


def iter_articles(paths: Iterable[str | Path],
                  exclude: Iterable[str | Path] = ()) -> Iterator[Article | ReadError]:
    """Yield an Article (or a ReadError) for every article in ``paths``.

    Each path may be a file or a folder.  Folders are walked recursively in
    sorted order, skipping hidden entries, ``*.gold.json``, ``README*``,
    ``SOURCES*`` and files with unknown suffixes; a file named explicitly is
    always read (an unknown suffix is then a ReadError).  Nothing is raised for
    bad input: missing paths, unreadable or non-UTF-8 files, FIFOs, devices
    and sockets, empty texts and bad JSON lines come back as ReadError values,
    and reading goes on.  Folders in ``exclude`` (a build's output folder) are
    skipped silently while walking and are a ReadError when named; a file or
    folder inside one that is named explicitly is read.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    excluded = frozenset(os.path.realpath(p) for p in exclude)
    for given in paths:
        path = Path(given)
        try:
            exists = path.exists()
            is_dir = path.is_dir()
        except OSError as e:
            yield ReadError(str(path), os_reason(e))
            continue
        if not exists:
            yield ReadError(str(path), "no such file or directory")
        elif os.path.realpath(path) in excluded:
            yield ReadError(str(path), "is the output folder: not read")
        elif is_dir:
            for item in _walk(path, set(), excluded):
                if isinstance(item, ReadError):
                    yield item
                else:
                    yield from _read_file(item)
        else:
            yield from _read_file(path)

"""Remembered JSON Lines articles: a rebuild takes its unchanged input lines' articles from the cache.

Reading a line is more than parsing its JSON (:func:`kg.corpus_formats.record_article`:
mojibake repair, NFC, markup detection, the headline joined to the text, the metadata
normalised): about half a millisecond an article, and a rebuild of 10,000 articles reads
every line before the first new article, at the end of the inputs, reaches a worker.
A build remembers, for each line that gave an article, the digest of the line's bytes and
place (file and line number) and the content key of that article
(:func:`kg.cache.article_key`); the next build meeting the same bytes at the same place
takes the article kept under that key (:meth:`kg.cache.ArticleCache.load_article`: the same
fields, the key hashes them), with the line's path and the warnings it gave. The memo is
kept per options key (other code may read a line otherwise); a line it does not know, or
whose article is no longer cached, is read as usual.
"""
from __future__ import annotations

import hashlib
import pickle
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from kg.article import Article

if TYPE_CHECKING:
    from kg.cache import ArticleCache

_active: "LineMemo | None" = None  # the memo of the build reading its inputs now (:func:`remembering`)


class LineMemo:
    """The remembered lines of one build folder's cache (``cache/lines/{options key}.pickle``)."""

    def __init__(self, cache: "ArticleCache") -> None:
        self.cache = cache
        self.path = cache.root / "lines" / f"{cache.options}.pickle"
        try:
            known = pickle.loads(self.path.read_bytes())
        except Exception:  # missing, damaged or foreign: an empty memo
            known = None
        self.known: dict[bytes, tuple[str, tuple[str, ...]]] = known if isinstance(known, dict) else {}
        self.seen: dict[bytes, tuple[str, tuple[str, ...]]] = {}  # the lines this build read: what it keeps

    @staticmethod
    def digest(raw: bytes, lineno: int, shown: str) -> bytes:
        """What names one line: its bytes, its number and its file (the fallback id and path come from them)."""
        h = hashlib.sha256(raw)
        h.update(f"\0{lineno}\0{shown}".encode("utf-8", "surrogatepass"))
        return h.digest()

    def recall(self, digest: bytes, path: str) -> Article | None:
        """The article the line ``digest`` gave the last build, at ``path``; None when unknown or not cached."""
        hit = self.known.get(digest)
        if hit is None:
            return None
        article = self.cache.load_article(hit[0])
        if article is None:
            return None
        self.seen[digest] = hit
        return replace(article, path=path, warnings=hit[1])

    def note(self, digest: bytes, article: Article) -> None:
        """Remember the article a line gave (read as usual)."""
        from kg.cache import article_key

        self.seen[digest] = (article_key(article), tuple(article.warnings))

    def save(self) -> None:
        """Keep the lines this build read for the next one (not synced: a damaged memo is an empty one)."""
        from kg.fsutil import write_atomic

        if self.seen != self.known:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, pickle.dumps(self.seen, protocol=pickle.HIGHEST_PROTOCOL), durable=False)


def active() -> LineMemo | None:
    """The memo the JSON Lines reader consults, if a build set one."""
    return _active


@contextmanager
def remembering(memo: LineMemo) -> Iterator[LineMemo]:
    """Within the block, JSON Lines lines are recalled from and noted in ``memo``; saved on a clean exit."""
    global _active
    before, _active = _active, memo
    try:
        yield memo
    finally:
        _active = before
    memo.save()

"""kg.linememo: a build takes the articles of the JSON Lines lines it read before from its cache,
the same articles as a fresh reading gives."""
from __future__ import annotations

import json

from kg.cache import ArticleCache, article_key
from kg.corpus import iter_articles
from kg.linememo import LineMemo, remembering

LINES = [
    {"id": "x1", "lang": "vi", "title": "Hà Nội khởi công cầu mới", "text": "Sáng 2/6, UBND thành phố khởi công."},
    {"id": "x2", "lang": "en", "url": "not a url", "text": "The ministry met on Monday."},  # a warning
]


def write(path, records) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def read(path, cache, memo=True):
    if not memo:
        return list(iter_articles([path]))
    with remembering(LineMemo(cache)) as m:
        return list(iter_articles([path])), m


def test_a_remembered_line_gives_the_article_a_fresh_reading_gives(tmp_path):
    src = tmp_path / "in.jsonl"
    write(src, LINES)
    cache = ArticleCache(tmp_path / "out", use_crf=False, options="test")
    fresh, memo = read(src, cache)
    for a in fresh:
        cache.save_article(article_key(a), a)
    again, memo = read(src, cache)
    assert again == fresh == read(src, cache, memo=False) and fresh[1].warnings
    assert len(memo.known) == 2 and all(memo.recall(d, "p") is not None for d in memo.known)


def test_a_changed_moved_or_uncached_line_is_read_again(tmp_path):
    src = tmp_path / "in.jsonl"
    write(src, LINES)
    cache = ArticleCache(tmp_path / "out", use_crf=False, options="test")
    fresh, _ = read(src, cache)
    for a in fresh:
        cache.save_article(article_key(a), a)
    write(src, [dict(LINES[0], text="Chiều 2/6, UBND thành phố khởi công."), LINES[1]])  # x1 changed
    changed, _ = read(src, cache)
    assert changed == read(src, cache, memo=False) and changed[0].text.startswith("Hà Nội khởi công cầu mới\n\nChiều")
    write(src, [LINES[1]])  # x2 moved to line 1: its fallback id and path are another line's
    moved, _ = read(src, cache)
    assert moved == read(src, cache, memo=False) and moved[0].path.endswith("in.jsonl:1")
    write(src, LINES)
    for p in (cache.root / "articles").iterdir():  # the articles no longer cached: read as usual
        p.unlink()
    assert read(src, cache)[0] == fresh


def test_a_rebuild_reads_no_unchanged_line_again(tmp_path, monkeypatch):
    """kg build: the second build of the same file takes every article from the cache, and
    writes the same graph and manifest articles."""
    import kg.corpus_formats
    from kg import buildfolder
    from kg.build import build

    src = tmp_path / "in.jsonl"
    write(src, LINES)
    out = tmp_path / "out"
    build([src], out, use_crf=False, validate=False, html=False)
    trig, listed = (out / "graph.trig").read_bytes(), buildfolder.read_manifest(out)["articles"]

    def refuse(*args, **kwargs):
        raise AssertionError("a remembered line was read again")

    monkeypatch.setattr(kg.corpus_formats, "record_article", refuse)
    report = build([src], out, use_crf=False, validate=False, html=True)  # another option: all written again
    assert not report.up_to_date and report.extracted == 0 and report.warnings
    assert (out / "graph.trig").read_bytes() == trig and buildfolder.read_manifest(out)["articles"] == listed

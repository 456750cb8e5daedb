"""Tests for kg.corpus (with kg.corpus_formats and kg.article): reading articles from files and folders."""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from kg.article import (
    MAX_ID_CHARS,
    Article,
    ReadError,
    normalize_lang,
    normalize_published,
    normalize_url,
    sanitize_id,
)
from kg.corpus import SUFFIXES, iter_articles, sample_corpus_dir


def read_all(*paths: str | Path) -> list[Article | ReadError]:
    return list(iter_articles(paths))


def only_article(*paths: str | Path) -> Article:
    items = read_all(*paths)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def only_error(*paths: str | Path) -> ReadError:
    items = read_all(*paths)
    assert len(items) == 1, items
    assert isinstance(items[0], ReadError), items[0]
    return items[0]


# --------------------------------------------------------------------------- #
# Text and Markdown
# --------------------------------------------------------------------------- #


def test_front_matter_parsed(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(
        "---\n"
        'title: "Tổng Bí thư Tô Lâm dự Diễn đàn"\n'
        "url: 'https://example.org/a'\n"
        "date: 2025-01-15\n"
        "language: vi\n"
        "source: kg sample\n"
        "id: bai-1\n"
        "unknown: ignored\n"
        "---\n"
        "\n"
        "Ngày 15/1, tại Hà Nội.\r\nDòng hai.\n",
        encoding="utf-8",
        newline="",
    )
    a = only_article(f)
    assert a.id == "bai-1"
    assert a.title == "Tổng Bí thư Tô Lâm dự Diễn đàn"
    assert a.url == "https://example.org/a"
    assert a.published == "2025-01-15"
    assert a.lang == "vi"
    assert a.source == "kg sample"
    # the headline kept apart in the front matter is read as the article's first line
    assert a.text == "Tổng Bí thư Tô Lâm dự Diễn đàn\n\nNgày 15/1, tại Hà Nội.\nDòng hai."
    assert "---" not in a.text
    assert a.path == str(f)


def test_front_matter_published_wins_over_date_and_en_lang(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text(
        "---\npublished: 2025-01\ndate: 2024-12-22\nlang: en\n---\nGeneral Secretary To Lam.\n",
        encoding="utf-8",
    )
    a = only_article(f)
    assert a.published == "2025-01"
    assert a.lang == "en"
    assert a.title is None
    assert a.id == "b"


def test_txt_without_front_matter(tmp_path: Path) -> None:
    f = tmp_path / "plain.txt"
    f.write_text("Not a heading in txt: #1\nBody.\n", encoding="utf-8")
    a = only_article(f)
    assert a.title == "Not a heading in txt: #1"  # the first line is the headline, as written
    assert a.lang == "vi"
    assert a.published is None
    assert a.text == "Not a heading in txt: #1\nBody."
    md = tmp_path / "scraped.txt"  # Markdown saved as .txt: its heading's words (kg.markdown_text)
    md.write_text("# A heading\n\nBody.\n", encoding="utf-8")
    assert only_article(md).title == "A heading" and only_article(md).text == "A heading\n\nBody."
    g = tmp_path / "tin.txt"
    g.write_text("\n  Bộ Y tế họp báo về dịch sốt xuất huyết  \nSáng 4/3, Bộ Y tế tổ chức họp báo.\n", encoding="utf-8")
    b = only_article(g)
    assert b.title == "Bộ Y tế họp báo về dịch sốt xuất huyết"
    assert b.text.startswith("Bộ Y tế họp báo")


def test_md_heading_becomes_title_and_stays_in_text(tmp_path: Path) -> None:
    f = tmp_path / "tin.md"
    f.write_text("# Nghị quyết 57-NQ/TW\n\nBộ Chính trị ban hành.\n", encoding="utf-8")
    a = only_article(f)
    assert a.title == "Nghị quyết 57-NQ/TW"
    assert a.text == "Nghị quyết 57-NQ/TW\n\nBộ Chính trị ban hành."  # the heading's words, not its mark
    assert a.id == "tin"


def test_unclosed_front_matter_is_body(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("---\ntitle: x\nno closing line\n", encoding="utf-8")
    a = only_article(f)
    assert a.title is None
    assert a.text.startswith("---\ntitle: x")


def test_front_matter_only_is_error(tmp_path: Path) -> None:
    f = tmp_path / "fm.md"
    f.write_text("---\ntitle: x\n---\n\n  \n", encoding="utf-8")
    err = only_error(f)
    assert "empty" in err.reason


def test_bom_stripped(tmp_path: Path) -> None:
    f = tmp_path / "bom.md"
    f.write_bytes("\ufeff---\ntitle: T\n---\nText.\n".encode("utf-8"))
    a = only_article(f)
    assert a.title == "T"
    assert a.text == "Text."


def test_nfc_normalisation(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Tô Lâm, Nghị quyết")
    assert decomposed != "Tô Lâm, Nghị quyết"
    f = tmp_path / "nfd.md"
    f.write_text(f"---\ntitle: {decomposed}\n---\n{decomposed}\n", encoding="utf-8")
    a = only_article(f)
    assert a.text == "Tô Lâm, Nghị quyết"
    assert a.title == "Tô Lâm, Nghị quyết"
    assert unicodedata.is_normalized("NFC", a.text)


# --------------------------------------------------------------------------- #
# HTML
# --------------------------------------------------------------------------- #

HTML_PAGE = """<!doctype html>
<html lang="vi-VN">
<head>
  <title>Page title | Site</title>
  <meta property="og:title" content="Tổng Bí thư Tô Lâm &amp; doanh nghiệp công nghệ số">
  <meta property="og:site_name" content="Báo Mẫu">
  <meta property="article:published_time" content="2025-01-16T10:43:00+07:00">
  <link rel="canonical" href="https://example.org/tin-1">
  <script>var tracking = "SCRIPT_TEXT";</script>
  <style>body { color: red }</style>
</head>
<body>
  <nav><a href="/">Trang chủ NAV_TEXT</a></nav>
  <header>HEADER_TEXT</header>
  <div>Outside article BODY_ONLY</div>
  <article>
    <h1>Tiêu đề   bài viết</h1>
    <p>Ngày 15/1, tại   Hà Nội,
       Bộ TT&amp;TT tổ chức Diễn đàn.</p>
    <script>alert("INLINE_SCRIPT")</script>
    <p>Dòng hai<br>Dòng ba</p>
    <aside>ASIDE_TEXT</aside>
    <ul><li>Một</li><li>Hai</li></ul>
  </article>
  <footer>FOOTER_TEXT</footer>
</body>
</html>
"""


def test_html_meta_and_article_text(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    a = only_article(f)
    assert a.id == "page"
    assert a.title == "Tổng Bí thư Tô Lâm & doanh nghiệp công nghệ số"
    assert a.url == "https://example.org/tin-1"
    assert a.published == "2025-01-16"
    assert a.lang == "vi"
    assert a.source == "Báo Mẫu"
    assert a.text.split("\n") == [
        "Tiêu đề bài viết",
        "Ngày 15/1, tại Hà Nội, Bộ TT&TT tổ chức Diễn đàn.",
        "Dòng hai",
        "Dòng ba",
        "Một",
        "Hai",
    ]
    for junk in ("SCRIPT_TEXT", "INLINE_SCRIPT", "NAV_TEXT", "HEADER_TEXT",
                 "FOOTER_TEXT", "ASIDE_TEXT", "BODY_ONLY", "color: red"):
        assert junk not in a.text


def test_html_fallbacks_title_time_main(tmp_path: Path) -> None:
    f = tmp_path / "p.htm"
    f.write_text(
        "<html lang='en'><head><title> Plain  title </title>"
        "<meta property='og:url' content='https://example.org/og'></head>"
        "<body><div>outside</div><main><p>Main text.</p>"
        "<time datetime='2025-01-15'>15 Jan</time></main></body></html>",
        encoding="utf-8",
    )
    a = only_article(f)
    assert a.title == "Plain title"
    assert a.url == "https://example.org/og"
    assert a.published == "2025-01-15"
    assert a.lang == "en"
    assert a.text == "Main text.\n15 Jan"
    assert "outside" not in a.text


def test_html_body_fallback_and_meta_date_names(tmp_path: Path) -> None:
    f = tmp_path / "q.html"
    f.write_text(
        "<html><head><meta name='pubdate' content='16/01/2025'>"
        "<meta name='date' content='2025-01'></head>"
        "<body><p>A</p><div>B <b>bold</b></div><form>FORM</form></body></html>",
        encoding="utf-8",
    )
    a = only_article(f)
    assert a.published == "2025-01"  # invalid pubdate skipped, next candidate used
    assert a.text == "A\nB bold"
    assert a.lang == "vi"
    assert a.title is None


def test_html_without_text_is_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    assert "empty" in only_error(f).reason


# --------------------------------------------------------------------------- #
# JSON Lines
# --------------------------------------------------------------------------- #


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "tin 1/ok", "text": "Một.", "title": "T1", "lang": "en",
                    "published": "2025-01-16T10:43:00+07:00", "source": "S"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Hai.", "title": None, "url": None, "id": None,
                    "published": None, "lang": None}),
        json.dumps({"text": "   "}),
        json.dumps({"text": None}),
        json.dumps([1, 2]),
        json.dumps({"text": "Ba.", "published": "16/01/2025"}, ensure_ascii=False),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(f)
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "ReadError", "ReadError", "Article",
                     "ReadError", "ReadError", "ReadError", "Article"]

    a1, e2, e3, a5, e6, e7, e8, a9 = items
    assert isinstance(a1, Article)
    assert a1.id == "tin-1-ok"
    assert a1.published == "2025-01-16"
    assert a1.lang == "en"
    assert a1.source == "S"
    assert a1.path == f"{f}:1"

    assert isinstance(e2, ReadError)
    assert e2.path == str(f)
    assert e2.reason.startswith("line 2: invalid JSON")
    assert str(e2) == f"{f}: {e2.reason}"
    assert e3.reason == "line 3: missing 'text'"

    assert isinstance(a5, Article)
    assert a5.id == "news-5"  # null id counts as missing: stem + line number
    assert a5.title is None and a5.url is None and a5.published is None
    assert a5.lang == "vi"
    assert a5.path == f"{f}:5"

    assert e6.reason == "line 6: empty text"
    assert e7.reason == "line 7: missing 'text'"
    assert e8.reason == "line 8: not a JSON object"

    assert isinstance(a9, Article)
    assert a9.published is None
    assert a9.id == "news-9"


def test_jsonl_bad_utf8_line_keeps_going(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "ok"}).encode() + b"\n"
    bad = b'{"text": "x\xff"}\n'
    f.write_bytes(good + bad + good)
    items = read_all(f)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    err = items[1]
    assert isinstance(err, ReadError)
    assert err.reason == f"line 2: not UTF-8 (byte 0xff at offset {len(good) + 11})"


def test_jsonl_only_blank_lines_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "blank.jsonl"
    f.write_text("\n  \n\n", encoding="utf-8")
    assert only_error(f).reason == "empty file"


# --------------------------------------------------------------------------- #
# Errors
# --------------------------------------------------------------------------- #


def test_non_utf8_file(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Hà Nội".encode("utf-8")[:3] + b"\xff rest")
    err = only_error(f)
    assert err.path == str(f)
    assert err.reason == "not UTF-8 (byte 0xff at offset 3)"


def test_cp1258_file_names_byte(tmp_path: Path) -> None:
    f = tmp_path / "old.md"
    f.write_bytes(b"abc\xe0def")
    err = only_error(f)
    assert "0xe0" in err.reason and "offset 3" in err.reason


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.md").write_text("  \n\t\n", encoding="utf-8")
    errs = read_all(tmp_path / "e.txt", tmp_path / "w.md")
    assert all(isinstance(e, ReadError) for e in errs)
    assert [e.reason for e in errs] == ["empty file", "empty file"]


def test_missing_path(tmp_path: Path) -> None:
    err = only_error(tmp_path / "nope.md")
    assert err.reason == "no such file or directory"
    assert str(err) == f"{tmp_path / 'nope.md'}: no such file or directory"


def test_unsupported_suffix_named_explicitly(tmp_path: Path) -> None:
    f = tmp_path / "doc.pdf"
    f.write_bytes(b"%PDF")
    assert only_error(f).reason == "unsupported file type '.pdf'"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root ignores file permissions",
)
def test_permission_denied(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("x", encoding="utf-8")
    f.chmod(0)
    try:
        assert only_error(f).reason == "permission denied"
    finally:
        f.chmod(0o644)


def test_os_errors_become_read_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "locked.md"
    f.write_text("x", encoding="utf-8")

    def deny(self: Path, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert only_error(f).reason == "permission denied"


def test_generator_is_lazy_and_never_raises(tmp_path: Path) -> None:
    it = iter_articles([tmp_path / "missing", tmp_path])
    first = next(it)
    assert isinstance(first, ReadError)
    assert list(it) == []  # empty folder: nothing


# --------------------------------------------------------------------------- #
# Walking folders
# --------------------------------------------------------------------------- #


def test_folder_walk_order_and_skips(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "a" / "c.md").write_text("c", encoding="utf-8")
    (tmp_path / "b" / "a.html").write_text("<p>ba</p>", encoding="utf-8")
    (tmp_path / "m.txt").write_text("m", encoding="utf-8")
    (tmp_path / ".hidden" / "h.txt").write_text("h", encoding="utf-8")
    (tmp_path / ".dot.txt").write_text("dot", encoding="utf-8")
    (tmp_path / "m.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "README.md").write_text("readme", encoding="utf-8")
    (tmp_path / "SOURCES.txt").write_text("sources", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "data.json").write_text("{}", encoding="utf-8")

    items = read_all(tmp_path)
    assert all(isinstance(i, Article) for i in items), items
    assert [i.text for i in items] == ["c", "z", "ba", "m"]
    assert [Path(i.path).name for i in items] == ["c.md", "z.txt", "a.html", "m.txt"]


def test_explicit_paths_keep_given_order(tmp_path: Path) -> None:
    (tmp_path / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "1.txt").write_text("one", encoding="utf-8")
    items = read_all(str(tmp_path / "2.txt"), tmp_path / "1.txt")
    assert [i.text for i in items] == ["two", "one"]


def test_suffix_case_insensitive_in_folder(tmp_path: Path) -> None:
    (tmp_path / "UP.MD").write_text("# Hi\nbody", encoding="utf-8")
    a = only_article(tmp_path)
    assert a.title == "Hi"


# --------------------------------------------------------------------------- #
# Ids and dates
# --------------------------------------------------------------------------- #


def test_id_sanitisation(tmp_path: Path) -> None:
    (tmp_path / "tin tức (1).txt").write_text("a", encoding="utf-8")
    (tmp_path / "x.md").write_text("---\nid: 'a/b c:d'\n---\nb", encoding="utf-8")
    (tmp_path / "y.md").write_text('---\nid: ""\n---\nc', encoding="utf-8")
    ids = [i.id for i in read_all(tmp_path / "tin tức (1).txt", tmp_path / "x.md",
                                  tmp_path / "y.md")]
    assert ids == ["tin-t-c--1-", "a-b-c-d", "y"]
    for i in ids:
        assert i and all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in i)


def test_id_sanitisation_is_nfc_stable(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "tức")
    f = tmp_path / "j.jsonl"
    f.write_text(json.dumps({"id": nfd, "text": "x"}) + "\n"
                 + json.dumps({"id": "tức", "text": "y"}) + "\n", encoding="utf-8")
    a, b = read_all(f)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == b.id == "t-c"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-01-16T10:43:00+07:00", "2025-01-16"),
        ("2025-01-16T03:43:00Z", "2025-01-16"),
        ("2025-01-16 10:43", "2025-01-16"),
        ("2025-01-16", "2025-01-16"),
        ("2025-01", "2025-01"),
        ("2025", "2025"),
        ("16/01/2025", None),
        ("2025-13", None),
        ("2025-02-30", None),
        ("2025-1-5", None),
        ("January 2025", None),
        ("", None),
        (None, None),
    ],
)
def test_published_normalisation(given: str | None, expected: str | None) -> None:
    assert normalize_published(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [("2025-01-16T10:43:00+07:00", "2025-01-16"), ("2025-01", "2025-01"),
     ("16/01/2025", None)],
)
def test_published_in_front_matter(tmp_path: Path, given: str, expected: str | None) -> None:
    f = tmp_path / "d.md"
    f.write_text(f"---\npublished: \"{given}\"\n---\nx\n", encoding="utf-8")
    assert only_article(f).published == expected


# --------------------------------------------------------------------------- #
# Bundled sample
# --------------------------------------------------------------------------- #


def test_bundled_sample() -> None:
    folder = sample_corpus_dir()
    assert folder.is_dir()
    items = list(iter_articles([folder]))
    assert len(items) == 5, [str(i) for i in items if isinstance(i, ReadError)]
    assert all(isinstance(i, Article) for i in items)
    langs = sorted(i.lang for i in items)
    assert langs == ["en", "vi", "vi", "vi", "vi"]
    ids = [i.id for i in items]
    assert len(set(ids)) == 5
    for a in items:
        assert a.text.strip()
        assert a.published
        assert a.title
        assert a.source == "kg sample"
        assert unicodedata.is_normalized("NFC", a.text)
        assert 150 <= len(a.text.split()) <= 320
    text = "\n".join(a.text for a in items)
    for needle in ("Tổng Bí thư Tô Lâm", "Nghị quyết 57-NQ/TW", "Nghị quyết 57",
                   "Phan Đức Trung", "ông Trung", "One Mount Group",
                   "Nguyễn Hòa Bình", "Bộ Thông tin và Truyền thông (Bộ TT&TT)",
                   "ngày 15/1", "tại Hà Nội", "General Secretary To Lam",
                   "Resolution 57", "Ministry of Information and Communications"):
        assert needle in text, needle


def test_suffixes_constant() -> None:
    assert SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")


# --------------------------------------------------------------------------- #
# Validation at the door: language, url, id length, non-regular files, --out
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("tag, lang", [("vi_VN", "vi"), ("vi-VN", "vi"), ("VI", "vi"), (" vi ", "vi"),
                                       ("vie", "vi"), ("en-US", "en"), ("en_GB", "en"), ("EN", "en"),
                                       (None, "vi"), ("", "vi")])
def test_language_tags_are_normalised(tag, lang) -> None:
    assert normalize_lang(tag) == lang


def test_bad_or_unsupported_language_is_one_error_and_the_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "langs.jsonl"
    f.write_text("".join(json.dumps({"id": f"l{i}", "text": "Tô Lâm dự họp.", "lang": lang}) + "\n"
                         for i, lang in enumerate(["x y z", "fr", "vi_VN", "en-US"])), encoding="utf-8")
    items = read_all(f)
    assert [type(i).__name__ for i in items] == ["ReadError", "ReadError", "Article", "Article"]
    assert str(items[0]) == f"{f}: line 1: 'lang' 'x y z' is not a language tag (kg reads vi, en)"
    assert str(items[1]) == f"{f}: line 2: language 'fr' is not supported (kg reads vi, en)"
    assert [items[2].lang, items[3].lang] == ["vi", "en"]


def test_html_locale_is_normalised(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text('<html><head><meta property="og:locale" content="vi_VN"></head>'
                 "<body><p>Tô Lâm dự họp.</p></body></html>", encoding="utf-8")
    assert only_article(f).lang == "vi"


def test_url_is_made_a_valid_iri_or_dropped_with_a_warning(tmp_path: Path) -> None:
    from rdflib import URIRef

    f = tmp_path / "urls.jsonl"
    urls = ["https://báo.vn/tin tức/a b?x=1 2", "https://e.vn/ok", "not a url", 'https://e.vn/<script>"']
    f.write_text("".join(json.dumps({"id": f"u{i}", "text": "Tô Lâm.", "url": u}, ensure_ascii=False) + "\n"
                         for i, u in enumerate(urls)), encoding="utf-8")
    a, b, c, d = read_all(f)
    assert a.url == "https://báo.vn/tin%20tức/a%20b?x=1%202"
    assert a.warnings == ("url 'https://báo.vn/tin tức/a b?x=1 2' percent-encoded",)
    assert (b.url, b.warnings) == ("https://e.vn/ok", ())
    assert c.url is None and c.warnings == ("url 'not a url' dropped: not an absolute http(s) address",)
    assert d.url == "https://e.vn/%3Cscript%3E%22"
    for art in (a, b, d):
        URIRef(art.url).n3()  # rdflib accepts it as an IRI (it raises on a bad one)
        assert normalize_url(art.url) == (art.url, None)  # already valid: unchanged


def test_long_ids_are_capped_and_stay_unique() -> None:
    one, two = "x" * 1_000_000 + "1", "x" * 1_000_000 + "2"
    a, b = sanitize_id(one), sanitize_id(two)
    assert len(a) == len(b) == MAX_ID_CHARS
    assert a != b and a.startswith("x" * 100)
    assert sanitize_id(one) == a  # stable
    assert sanitize_id("x" * MAX_ID_CHARS) == "x" * MAX_ID_CHARS


def _read_with_timeout(*paths, exclude=()) -> list:
    """Read in a thread, so a FIFO that blocks fails the test instead of hanging it."""
    import threading

    box: list = []
    t = threading.Thread(target=lambda: box.append(list(iter_articles(paths, exclude=exclude))), daemon=True)
    t.start()
    t.join(30)
    assert box, "reading blocked"
    return box[0]


def test_fifos_and_devices_are_skipped_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Tô Lâm dự họp.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    items = _read_with_timeout(tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError"]
    assert str(items[1]) == f"{tmp_path / 'pipe.txt'}: a FIFO, not a regular file: skipped"
    (err,) = _read_with_timeout("/dev/zero")
    assert str(err) == "/dev/zero: a character device, not a regular file: skipped"


def test_files_over_the_size_cap_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.corpus_formats

    monkeypatch.setattr(kg.corpus_formats, "MAX_FILE_BYTES", 1024 * 1024)
    f = tmp_path / "big.txt"
    f.write_bytes(b"a " * (600 * 1024))
    assert only_error(f).reason == "file too large (over 1 MB), not read"


def test_the_output_folder_is_never_read(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "out").mkdir(parents=True)
    (src / "a.md").write_text("Tô Lâm dự họp.", encoding="utf-8")
    (src / "out" / "graph.html").write_text("<p>Tô Lâm</p>", encoding="utf-8")
    items = _read_with_timeout(src, exclude=[src / "out"])
    assert [i.id for i in items] == ["a"]  # no error noise for the skipped folder
    (err,) = _read_with_timeout(src / "out", exclude=[src / "out"])
    assert err.reason == "is the output folder: not read"
    (src / "out" / "corpus").mkdir()
    (src / "out" / "corpus" / "b.md").write_text("Tô Lâm dự họp.", encoding="utf-8")
    (b,) = _read_with_timeout(src / "out" / "corpus", exclude=[src / "out"])  # `kg build corpus/ --out .`
    assert b.id == "b"


def test_a_jsonl_line_over_the_size_cap_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.corpus_formats

    monkeypatch.setattr(kg.corpus_formats, "MAX_FILE_BYTES", 1024 * 1024)
    f = tmp_path / "big.jsonl"
    big = json.dumps({"id": "big", "text": "a " * (3 * 1024 * 1024)})
    f.write_text(json.dumps({"id": "one", "text": "Một."}) + "\n" + big + "\n"
                 + json.dumps({"id": "three", "text": "Ba."}) + "\n", encoding="utf-8")
    one, err, three = read_all(f)
    assert (one.id, three.id) == ("one", "three")
    assert str(err) == f"{f}: line 2: too large (over 1 MB), not read"


def _as_windows_1258(text: str) -> bytes:
    """``text`` in Windows-1258: letters with their vowel marks precomposed, tone marks combining after them."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out.append(base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258"))
    return b"".join(out)


def test_utf16_with_its_mark_and_html_in_its_declared_charset_are_read(tmp_path: Path) -> None:
    text = "Sáng 3/5, Bộ Y tế họp tại Hà Nội; Thủ tướng Phạm Minh Chính dự."
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))  # Windows' "Unicode" text, with its byte-order mark
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head>"
            f"<body><article><p>{text}</p></article></body></html>")
    (tmp_path / "b.html").write_bytes(_as_windows_1258(page))
    (tmp_path / "c.txt").write_bytes(_as_windows_1258(text))  # a text file says no charset: refused, not guessed
    got = {a.id if isinstance(a, Article) else a.path.rsplit("/", 1)[-1]: a for a in iter_articles([tmp_path])}
    assert got["a"].text == text and got["b"].text == text
    assert isinstance(got["c.txt"], ReadError) and "not UTF-8" in got["c.txt"].reason


def test_a_headline_kept_apart_is_read_as_the_first_line_once(tmp_path: Path) -> None:
    records = [{"id": "apart", "title": "Quảng Trị khởi công cầu Cửa Việt 2",
                "text": "Sáng 8/4, UBND tỉnh Quảng Trị tổ chức lễ khởi công."},
               {"id": "within", "title": "Quảng Trị khởi công cầu Cửa Việt 2",
                "text": "Quảng Trị khởi công cầu Cửa Việt 2\n\nSáng 8/4, UBND tỉnh tổ chức lễ khởi công."},
               {"id": "none", "text": "Sáng 8/4, UBND tỉnh tổ chức lễ khởi công."}]
    f = tmp_path / "news.jsonl"
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    got = {a.id: a for a in iter_articles([f])}
    assert got["apart"].text == "Quảng Trị khởi công cầu Cửa Việt 2\n\nSáng 8/4, UBND tỉnh Quảng Trị tổ chức lễ khởi công."
    assert got["within"].text == records[1]["text"] and got["none"].text == records[2]["text"]
    assert got["apart"].title == "Quảng Trị khởi công cầu Cửa Việt 2"

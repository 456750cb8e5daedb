"""Read one file of each format as articles: plain text and Markdown, HTML, JSON Lines.

Each reader takes a path (and the name to report it under) and yields
:class:`~kg.article.Article` or :class:`~kg.article.ReadError` values; one bad
file or line is a ReadError, never an exception. :data:`READERS` maps a file
suffix to its reader. HTML is read with the standard library's ``html.parser``,
Markdown with markdown-it-py (:mod:`kg.markdown_text`).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterator

from kg import linememo
from kg.article import Article, ReadError, make_article, nfc, normalize_published, pick_meta
from kg.html_content import HTML_BLOCK, HTML_CELL, HTML_SKIP, story_text
from kg.markdown_text import looks_like_markdown, markdown_text

_BOM = "\ufeff"
_MD_HEADING = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_WS = re.compile(r"\s+")
# A text, Markdown or HTML file larger than this is not an article (and is not read).
MAX_FILE_BYTES = 64 * 1024 * 1024


_HTML_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]{2,20})", re.IGNORECASE)


def _decode(data: bytes, base_offset: int = 0, html: bool = False) -> str:
    """Decode UTF-8 strictly; raise ValueError with a short reason otherwise.

    A file that starts with a UTF-16 byte-order mark (Windows' "Unicode" text) is UTF-16, and
    an HTML page that is not UTF-8 is read in the charset its ``<meta>`` declares
    (``windows-1258``, the old Vietnamese code page, among them)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if _latin_script(text):  # (kg reads Vietnamese and English: anything else is no UTF-16 text of ours)
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        declared = _HTML_CHARSET.search(data[:4096]) if html else None
        if declared is not None:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        bad = data[e.start]
        raise ValueError(
            f"not UTF-8 (byte 0x{bad:02x} at offset {base_offset + e.start})"
        ) from None


def _latin_script(text: str) -> bool:
    """Nine characters in ten of ``text`` are Latin letters (Vietnamese's among them), digits, spaces or punctuation."""
    if not text:
        return False
    latin = sum(1 for c in text if c < "\u0250" or "\u1e00" <= c < "\u1f00" or "\u2000" <= c < "\u2070")
    return latin >= 0.9 * len(text)


def os_reason(e: OSError) -> str:
    """A short reason for an OS error."""
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    msg = e.strerror or str(e) or type(e).__name__
    return f"cannot read: {msg}".splitlines()[0]


# --------------------------------------------------------------------------- #
# Plain text and Markdown
# --------------------------------------------------------------------------- #


def _unquote(value: str) -> str:
    """Strip one pair of matching surrounding quotes."""
    v = value.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


def _split_front_matter(text: str) -> tuple[dict[str, str] | None, str]:
    """Split ``---`` front matter from the body; (None, text) if there is none.

    Only simple ``key: value`` lines are understood; comments, blank lines and
    anything else are ignored.  No YAML library is involved.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return None, text  # no closing line: not front matter
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if not line.strip() or line.lstrip().startswith("#") or ":" not in line:
            continue
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key and key not in meta:
            meta[key] = _unquote(value)
    return meta, "\n".join(lines[end + 1 :])


def _read_whole(path: Path, shown: str) -> str | ReadError:
    """A whole file as NFC text without BOM, or the one-line reason it cannot be read."""
    try:
        with path.open("rb") as f:  # at most one byte past the cap is read
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        return ReadError(shown, os_reason(e))
    if len(data) > MAX_FILE_BYTES:
        return ReadError(shown, f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB), not read")
    try:
        text = nfc(_decode(data, html=path.suffix.lower() in (".html", ".htm"))).removeprefix(_BOM)
    except ValueError as e:
        return ReadError(shown, str(e))
    if not text.strip():
        return ReadError(shown, "empty file")
    return text


def with_headline(title: str | None, text: str) -> str:
    """``text`` read as its article: headline, blank line, body.

    A JSON Lines record or a file's front matter often keeps the headline apart from the
    body ("title": "Tô Lâm chủ trì Hội nghị … về hội nhập quốc tế"); the headline states the
    story's event, place and actors, so it is read as the article's first line, as in a
    page. A body that already opens with its headline (or holds it in its first lines) is
    left as it is.

    >>> with_headline("Hà Nội khởi công cầu mới", "Sáng 2/6, UBND thành phố …")
    'Hà Nội khởi công cầu mới\\n\\nSáng 2/6, UBND thành phố …'
    >>> with_headline("Hà Nội khởi công cầu mới", "Hà Nội khởi công cầu mới\\n\\nSáng 2/6 …")
    'Hà Nội khởi công cầu mới\\n\\nSáng 2/6 …'
    """
    if not title:
        return text
    head = _WS.sub(" ", nfc(title)).strip()
    if not head or "\n" in title or _WS.sub(" ", text[:len(head) + 600]).casefold().find(head.casefold()) >= 0:
        return text
    return head + "\n\n" + text


def _read_text_file(path: Path, shown: str) -> Iterator[Article | ReadError]:
    """Read a ``.txt`` or ``.md``/``.markdown`` file as one article."""
    text = _read_whole(path, shown)
    if isinstance(text, ReadError):
        yield text
        return
    fm, body = _split_front_matter(text)
    body = body.strip()
    if not body:
        yield ReadError(shown, "empty text (front matter only)")
        return
    meta = pick_meta(fm or {})
    if path.suffix.lower() in (".md", ".markdown") and not meta.get("title"):
        m = _MD_HEADING.match(body.split("\n", 1)[0])
        if m:
            meta["title"] = m.group(1)
    if path.suffix.lower() in (".md", ".markdown") or looks_like_markdown(body):
        body = markdown_text(body)  # emphasis, links and images are markup, not the article's words
        if not body:
            yield ReadError(shown, "empty text (Markdown markup only)")
            return
    first = body.split("\n", 1)[0].strip()
    if path.suffix.lower() == ".txt" and fm is None and re.search(r"\w", first) and len(first) <= 300:
        meta["title"] = first  # a .txt without front matter: its first line is the headline
    yield make_article(meta, with_headline(meta.get("title"), body), path.stem, shown)


# --------------------------------------------------------------------------- #
# HTML
# --------------------------------------------------------------------------- #

_PUBLISHED_KEYS = (
    "property:article:published_time",
    "name:pubdate",
    "name:date",
    "itemprop:datepublished",
)


class _HTMLExtractor(HTMLParser):
    """One pass over an HTML page collecting metadata and candidate texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.canonical: str | None = None
        self.lang: str | None = None
        self.time_datetime: str | None = None
        self.doc: list[str] = []
        self.articles: list[list[str]] = []
        self.mains: list[list[str]] = []
        self._skip = 0
        self._in_title = False
        self._seen_title = False
        self._in_head = False
        self._article_depth = 0
        self._main_depth = 0

    # -- helpers --
    def _emit(self, s: str) -> None:
        self.doc.append(s)
        if self._article_depth:
            self.articles[-1].append(s)
        if self._main_depth:
            self.mains[-1].append(s)

    # -- parser callbacks --
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang") and self.lang is None:
            self.lang = a["lang"]
        elif tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        elif tag == "meta":
            content = a.get("content", "").strip()
            if content:
                for attr in ("property", "name", "itemprop"):
                    if a.get(attr):
                        self.meta.setdefault(f"{attr}:{a[attr].strip().lower()}", content)
            return
        elif tag == "link":
            rels = a.get("rel", "").lower().split()
            if "canonical" in rels and a.get("href") and self.canonical is None:
                self.canonical = a["href"].strip()
            return
        elif tag == "time" and a.get("datetime") and self.time_datetime is None:
            self.time_datetime = a["datetime"].strip()

        if tag in HTML_SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "title" and not self._seen_title:
            self._in_title = True
            return
        if tag == "article":
            if self._article_depth == 0:
                self.articles.append([])
            self._article_depth += 1
        elif tag == "main":
            if self._main_depth == 0:
                self.mains.append([])
            self._main_depth += 1
        if tag in HTML_BLOCK:
            self._emit("\n")
        elif tag in HTML_CELL:
            self._emit(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        if tag in HTML_SKIP:
            if self._skip:
                self._skip -= 1
            return
        if self._skip:
            return
        if tag == "title" and self._in_title:
            self._in_title = False
            self._seen_title = True
            return
        if tag in HTML_BLOCK:
            self._emit("\n")
        elif tag in HTML_CELL:
            self._emit(" ")
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        elif tag == "main" and self._main_depth:
            self._main_depth -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("meta", "link", "br", "hr", "img", "input"):
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._in_head:
            return
        # Newlines in the HTML source are plain whitespace; only block
        # elements end a line.
        self._emit(data.replace("\n", " "))


def _html_lines(parts: list[str]) -> str:
    """Join collected pieces; collapse whitespace per line; drop blank lines."""
    lines = (_WS.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _parse_html(html: str) -> tuple[dict[str, Any], str]:
    """Extract (metadata, main text) from an HTML document."""
    p = _HTMLExtractor()
    p.feed(html)
    p.close()

    meta: dict[str, Any] = {}
    title = p.meta.get("property:og:title") or "".join(p.title_parts)
    meta["title"] = _WS.sub(" ", title).strip() or None
    for key in _PUBLISHED_KEYS:
        value = normalize_published(p.meta.get(key))
        if value:
            meta["published"] = value
            break
    else:
        meta["published"] = normalize_published(p.time_datetime)
    meta["url"] = p.canonical or p.meta.get("property:og:url")
    lang = p.lang or p.meta.get("property:og:locale")
    if lang and lang.strip():
        meta["lang"] = lang.strip()
    meta["source"] = p.meta.get("property:og:site_name")

    # Prefer the longest <article> (pages often carry teaser <article>s),
    # then the longest <main>, then the story's block (kg.html_content), then the whole body.
    text = ""
    for candidates in (p.articles, p.mains):
        texts = [t for t in (_html_lines(c) for c in candidates) if t]
        if texts:
            text = max(texts, key=len)
            break
    if not text:  # no <article> or <main>: the densest block of prose, else the whole body
        text = story_text(html) or _html_lines(p.doc)
    return meta, text


# HTML markup in a text that should be plain: a page, or a fragment of paragraphs ("<p>…</p>")
_MARKUP = re.compile(r"<(?:p|div|br|html|body|article|section|h[1-6]|li|ul|ol|span|a|b|strong|em|i|figure|"
                     r"figcaption|img|table|tr|td|blockquote|script|style)(?:\s[^<>]*)?/?>", re.IGNORECASE)
_PAGE = re.compile(r"<(?:html|body|head)[\s>]", re.IGNORECASE)


def html_text(markup: str) -> tuple[dict[str, Any], str]:
    """(metadata, text) of HTML met where plain text was expected (a JSON Lines ``text``).

    A whole page is read as an ``.html`` file is (:func:`_parse_html`: its story, not its
    menus); a fragment is all story, so all its text is kept, one line per block.
    """
    if _PAGE.search(markup):
        return _parse_html(markup)
    p = _HTMLExtractor()
    p.feed(markup)
    p.close()
    return {}, nfc(_html_lines(p.doc))


def _read_html_file(path: Path, shown: str) -> Iterator[Article | ReadError]:
    """Read an ``.html``/``.htm`` page as one article."""
    html = _read_whole(path, shown)
    if isinstance(html, ReadError):
        yield html
        return
    meta, text = _parse_html(html)
    if not text:
        yield ReadError(shown, "empty text (no text found in HTML)")
        return
    yield make_article(meta, text, path.stem, shown)


# --------------------------------------------------------------------------- #
# JSON Lines
# --------------------------------------------------------------------------- #


def _jsonl_line(
    raw: bytes, lineno: int, offset: int, path: Path, shown: str
) -> Article | ReadError | None:
    """Turn one JSON Lines line into an Article, a ReadError, or None (blank); a line a build read
    before is taken from its cache (:mod:`kg.linememo`)."""
    memo = linememo.active()
    if memo is not None:
        digest = memo.digest(raw, lineno, shown)
        known = memo.recall(digest, f"{shown}:{lineno}")
        if known is not None:
            return known
    try:
        line = _decode(raw, offset)
    except ValueError as e:
        return ReadError(shown, f"line {lineno}: {e}")
    if lineno == 1:
        line = line.removeprefix(_BOM)
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return ReadError(shown, f"line {lineno}: invalid JSON: {e.msg} (column {e.colno})")
    except RecursionError:
        return ReadError(shown, f"line {lineno}: invalid JSON: nested too deeply")
    if not isinstance(obj, dict):
        return ReadError(shown, f"line {lineno}: not a JSON object")
    article = record_article(obj, f"{path.stem}-{lineno}", f"{shown}:{lineno}")
    if isinstance(article, ReadError):
        return ReadError(shown, f"line {lineno}: {article.reason}")
    if memo is not None:
        memo.note(digest, article)
    return article


def record_article(obj: dict, fallback_id: str, shown: str) -> Article | ReadError:
    """The article of one JSON record (a JSON Lines line; ``kg eval``'s gold article, read as
    the shared scorer hands it to ``kg build``): its ``text`` as plain text (HTML or Markdown
    in it read), its metadata, its ``title`` as the first line when the text lacks it."""
    text = obj.get("text")
    if text is None:
        return ReadError(shown, "missing 'text'")
    if not isinstance(text, str):
        return ReadError(shown, "'text' is not a string")
    text = nfc(text).strip()
    meta = pick_meta(obj)
    if _MARKUP.search(text):  # scraped HTML in the text field: its text, and its page's metadata where the line has none
        page_meta, text = html_text(text)
        meta = {**{k: v for k, v in page_meta.items() if v}, **{k: v for k, v in meta.items() if v is not None}}
    elif looks_like_markdown(text):  # a scraper's Markdown: its words
        text = markdown_text(text)
    if not text:
        return ReadError(shown, "empty text")
    for field in ("id", "title", "url", "published", "lang", "source"):
        value = meta.get(field)
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            return ReadError(shown, f"'{field}' must be a string")
    title = meta.get("title")
    return make_article(meta, with_headline(title if isinstance(title, str) else None, text), fallback_id, shown)


def _read_jsonl_file(path: Path, shown: str) -> Iterator[Article | ReadError]:
    """Read a ``.jsonl`` file line by line; each bad line is its own ReadError."""
    try:
        f: BinaryIO = open(path, "rb")
    except OSError as e:
        yield ReadError(shown, os_reason(e))
        return
    with f:
        offset = 0
        lineno = 0
        any_content = False
        try:
            while raw := f.readline(MAX_FILE_BYTES + 1):
                lineno += 1
                if len(raw) > MAX_FILE_BYTES:  # one article that big is not an article: skip the line
                    while raw and not raw.endswith(b"\n"):
                        offset += len(raw)
                        raw = f.readline(1 << 20)
                    offset += len(raw)
                    any_content = True
                    yield ReadError(shown, f"line {lineno}: too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB), "
                                           "not read")
                    continue
                item = _jsonl_line(raw, lineno, offset, path, shown)
                offset += len(raw)
                if item is not None:
                    any_content = True
                    yield item
        except OSError as e:
            yield ReadError(shown, f"line {lineno + 1}: {os_reason(e)}")
            return
        if not any_content:
            yield ReadError(shown, "empty file")


# --------------------------------------------------------------------------- #
# By suffix
# --------------------------------------------------------------------------- #

# The reader of each file suffix kg reads (kg.corpus.SUFFIXES).
READERS: dict[str, Callable[[Path, str], Iterator[Article | ReadError]]] = {
    ".txt": _read_text_file,
    ".md": _read_text_file,
    ".markdown": _read_text_file,
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".jsonl": _read_jsonl_file,
}

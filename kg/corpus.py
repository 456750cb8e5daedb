"""Read news articles from files and folders, one at a time.

The corpus reader turns plain text, Markdown, HTML and JSON Lines files into
:class:`Article` records with normalised text (Unicode NFC, ``\\n`` line
breaks) and metadata (title, url, published date, language, source).  It
streams: folders are walked lazily and JSON Lines files are read line by line,
so a corpus never has to fit in memory.  Problems with a file or a line are
reported as :class:`ReadError` values in the same stream instead of being
raised, so one bad file never stops a build.

Only the standard library is used (``html.parser`` for HTML).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

__all__ = [
    "Article",
    "ReadError",
    "SUFFIXES",
    "iter_articles",
    "sample_corpus_dir",
    "normalize_published",
    "sanitize_id",
    "normalize_lang",
    "normalize_url",
    "SUPPORTED_LANGS",
    "MAX_ID_CHARS",
    "MAX_FILE_BYTES",
]


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str = "vi"
    source: str | None = None
    path: str | None = None
    warnings: tuple[str, ...] = ()  # what was dropped or changed at the door (e.g. a bad url)


@dataclass(frozen=True)
class ReadError:
    """A file (or one JSON Lines line) that could not be read as an article."""

    path: str
    reason: str

    def __str__(self) -> str:
        """Render as ``"{path}: {reason}"`` for logs and CLI output."""
        return f"{self.path}: {self.reason}"


SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")

_SKIP_PREFIXES = ("readme", "sources")
_BOM = "\ufeff"
_ID_BAD = re.compile(r"[^A-Za-z0-9._-]")
_DATE_ONLY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ]\S")
_MD_HEADING = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_WS = re.compile(r"\s+")
# A BCP 47-shaped tag: a 2–3 letter language, then subtags ("vi", "vi-VN", "en_US").
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_LANG_ALIASES = {"vi": "vi", "vie": "vi", "en": "en", "eng": "en"}
SUPPORTED_LANGS: tuple[str, ...] = ("vi", "en")
# Ids name graphs, files and IRIs; a longer one is cut and given a hash suffix.
MAX_ID_CHARS = 120
# A text, Markdown or HTML file larger than this is not an article (and is not read).
MAX_FILE_BYTES = 64 * 1024 * 1024
# Characters an IRI may not hold (RFC 3987): controls, space and <>"{}|\^`.
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f\ufff0-\uffff]')
_URL_SCHEME = re.compile(r"^(https?|ftp)://[^/?#\s]+", re.IGNORECASE)

# Front-matter and JSON keys → Article field (first listed name wins).
_META_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title",),
    "url": ("url",),
    "published": ("published", "date"),
    "lang": ("lang", "language"),
    "source": ("source",),
}


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
# Small helpers
# --------------------------------------------------------------------------- #


def _nfc(s: str) -> str:
    """Normalise to NFC and Unix line breaks."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", s)


def _clean_value(value: Any) -> str | None:
    """Turn a metadata value into a stripped NFC string, or None if blank."""
    if value is None:
        return None
    s = _nfc(str(value)).strip()
    return s or None


def sanitize_id(raw: str | None, fallback: str = "article") -> str:
    """Make an article id safe for IRIs and file names.

    Characters outside ``[A-Za-z0-9._-]`` become ``-`` (after NFC, so composed
    and decomposed input give the same id).  A blank id falls back to
    ``fallback`` (itself sanitized), and finally to ``"article"``.
    """
    for candidate in (raw, fallback, "article"):
        if candidate is None:
            continue
        cand = unicodedata.normalize("NFC", str(candidate)).strip()
        if cand:
            return _cap_id(_ID_BAD.sub("-", cand))
    return "article"  # pragma: no cover - unreachable


def _cap_id(safe: str) -> str:
    """Cut an id longer than MAX_ID_CHARS, keeping it unique with a hash of the whole."""
    if len(safe) <= MAX_ID_CHARS:
        return safe
    digest = hashlib.sha256(safe.encode("utf-8")).hexdigest()[:16]
    return f"{safe[:MAX_ID_CHARS - 17]}-{digest}"


def normalize_lang(value: str | None) -> str:
    """The language kg reads for a tag: ``vi_VN``, ``vi-VN``, ``VI`` → ``vi``; ``en-US`` → ``en``.

    No tag means Vietnamese. ValueError (one-line reason) for something that is
    not a language tag or names a language kg does not read.
    """
    if value is None or not str(value).strip():
        return "vi"
    raw = str(value).strip()
    m = _LANG_TAG.match(raw)
    if not m:
        raise ValueError(f"'lang' {_shown(raw)} is not a language tag (kg reads {', '.join(SUPPORTED_LANGS)})")
    lang = _LANG_ALIASES.get(m.group(1).lower())
    if lang is None:
        raise ValueError(f"language {_shown(raw)} is not supported (kg reads {', '.join(SUPPORTED_LANGS)})")
    return lang


def normalize_url(value: str | None) -> tuple[str | None, str | None]:
    """A url made a valid IRI, and a warning when it had to be changed or dropped.

    Spaces and other characters an IRI cannot hold are percent-encoded
    (non-ASCII letters are fine in an IRI and stay); a value that is not an
    absolute http(s)/ftp address is dropped.
    """
    if value is None:
        return None, None
    raw = str(value).strip()
    if not raw:
        return None, None
    if not _URL_SCHEME.match(raw):
        return None, f"url {_shown(raw)} dropped: not an absolute http(s) address"
    fixed = _IRI_BAD.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), raw)
    try:
        from rdflib import URIRef

        URIRef(fixed)
    except Exception:  # pragma: no cover - every bad character is encoded above
        return None, f"url {_shown(raw)} dropped: not a valid IRI"
    if fixed != raw:
        return fixed, f"url {_shown(raw)} percent-encoded"
    return fixed, None


def _shown(value: str, limit: int = 60) -> str:
    """A value quoted for a one-line message: repr, cut to ``limit`` characters."""
    text = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(text)


def normalize_published(value: Any) -> str | None:
    """Return ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for a valid ISO 8601 value.

    A full ISO datetime (``2025-01-16T10:43:00+07:00``) is cut to its date.
    Anything else (``16/01/2025``, ``2025-13``, free text) gives None: a wrong
    date is worse than no date.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    m = _DATE_ONLY.match(s)
    if m:
        year, month, day = m.groups()
        try:
            date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        return s
    if _DATETIME.match(s):
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            return None
        return dt.date().isoformat()
    return None


def _decode(data: bytes, base_offset: int = 0) -> str:
    """Decode UTF-8 strictly; raise ValueError with a short reason otherwise."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = data[e.start]
        raise ValueError(
            f"not UTF-8 (byte 0x{bad:02x} at offset {base_offset + e.start})"
        ) from None


def _os_reason(e: OSError) -> str:
    """A short reason for an OS error."""
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    msg = e.strerror or str(e) or type(e).__name__
    return f"cannot read: {msg}".splitlines()[0]


def _make_article(
    meta: dict[str, Any], text: str, fallback_id: str, path: str
) -> Article | ReadError:
    """Build an Article from raw metadata (already key-normalised) and text.

    This is the door every article passes: its language tag is normalised
    (or the article refused with one reason), its url made a valid IRI (or
    dropped with a warning), its id made safe and short.
    """
    try:
        lang = normalize_lang(_clean_value(meta.get("lang")))
    except ValueError as e:
        return ReadError(path, str(e))
    url, url_warning = normalize_url(_clean_value(meta.get("url")))
    return Article(
        id=sanitize_id(_clean_value(meta.get("id")), fallback_id),
        text=text,
        title=_clean_value(meta.get("title")),
        url=url,
        published=normalize_published(_clean_value(meta.get("published"))),
        lang=lang,
        source=_clean_value(meta.get("source")),
        path=path,
        warnings=(url_warning,) if url_warning else (),
    )


def _pick_meta(raw: dict[str, Any]) -> dict[str, Any]:
    """Map front-matter/JSON keys (with aliases) to Article field names."""
    lowered = {str(k).strip().lower(): v for k, v in raw.items()}
    out: dict[str, Any] = {}
    for field, names in _META_KEYS.items():
        for name in names:
            if lowered.get(name) is not None:
                out[field] = lowered[name]
                break
    return out


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
        return ReadError(shown, _os_reason(e))
    if len(data) > MAX_FILE_BYTES:
        return ReadError(shown, f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB), not read")
    try:
        text = _nfc(_decode(data)).removeprefix(_BOM)
    except ValueError as e:
        return ReadError(shown, str(e))
    if not text.strip():
        return ReadError(shown, "empty file")
    return text


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
    meta = _pick_meta(fm or {})
    if path.suffix.lower() in (".md", ".markdown") and not meta.get("title"):
        m = _MD_HEADING.match(body.split("\n", 1)[0])
        if m:
            meta["title"] = m.group(1)
    first = body.split("\n", 1)[0].strip()
    if path.suffix.lower() == ".txt" and fm is None and re.search(r"\w", first) and len(first) <= 300:
        meta["title"] = first  # a .txt without front matter: its first line is the headline
    yield _make_article(meta, body, path.stem, shown)


# --------------------------------------------------------------------------- #
# HTML
# --------------------------------------------------------------------------- #

_HTML_SKIP = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
     "svg", "template", "iframe"}
)
_HTML_BLOCK = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr",
     "section", "blockquote", "figcaption", "article", "main", "ul", "ol",
     "table", "figure", "pre", "dd", "dt", "dl", "hr", "address", "details",
     "summary", "body"}
)
_HTML_CELL = frozenset({"td", "th"})
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

        if tag in _HTML_SKIP:
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
        if tag in _HTML_BLOCK:
            self._emit("\n")
        elif tag in _HTML_CELL:
            self._emit(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        if tag in _HTML_SKIP:
            if self._skip:
                self._skip -= 1
            return
        if self._skip:
            return
        if tag == "title" and self._in_title:
            self._in_title = False
            self._seen_title = True
            return
        if tag in _HTML_BLOCK:
            self._emit("\n")
        elif tag in _HTML_CELL:
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
    # then the longest <main>, then the whole body.
    text = ""
    for candidates in (p.articles, p.mains):
        texts = [t for t in (_html_lines(c) for c in candidates) if t]
        if texts:
            text = max(texts, key=len)
            break
    if not text:
        text = _html_lines(p.doc)
    return meta, text


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
    yield _make_article(meta, text, path.stem, shown)


# --------------------------------------------------------------------------- #
# JSON Lines
# --------------------------------------------------------------------------- #


def _jsonl_line(
    raw: bytes, lineno: int, offset: int, path: Path, shown: str
) -> Article | ReadError | None:
    """Turn one JSON Lines line into an Article, a ReadError, or None (blank)."""
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
    text = obj.get("text")
    if text is None:
        return ReadError(shown, f"line {lineno}: missing 'text'")
    if not isinstance(text, str):
        return ReadError(shown, f"line {lineno}: 'text' is not a string")
    text = _nfc(text).strip()
    if not text:
        return ReadError(shown, f"line {lineno}: empty text")
    meta = _pick_meta(obj)
    for field in ("id", "title", "url", "published", "lang", "source"):
        value = meta.get(field)
        if isinstance(value, bool) or not isinstance(value, (str, int, float, type(None))):
            return ReadError(shown, f"line {lineno}: '{field}' must be a string")
    article = _make_article(meta, text, f"{path.stem}-{lineno}", f"{shown}:{lineno}")
    if isinstance(article, ReadError):
        return ReadError(shown, f"line {lineno}: {article.reason}")
    return article


def _read_jsonl_file(path: Path, shown: str) -> Iterator[Article | ReadError]:
    """Read a ``.jsonl`` file line by line; each bad line is its own ReadError."""
    try:
        f: BinaryIO = open(path, "rb")
    except OSError as e:
        yield ReadError(shown, _os_reason(e))
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
            yield ReadError(shown, f"line {lineno + 1}: {_os_reason(e)}")
            return
        if not any_content:
            yield ReadError(shown, "empty file")


# --------------------------------------------------------------------------- #
# Walking
# --------------------------------------------------------------------------- #

_READERS = {
    ".txt": _read_text_file,
    ".md": _read_text_file,
    ".markdown": _read_text_file,
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".jsonl": _read_jsonl_file,
}


def _skipped_when_walking(name: str) -> bool:
    """Hidden files, gold annotations, README* and SOURCES* are not articles."""
    low = name.lower()
    return (
        name.startswith(".")
        or low.endswith(".gold.json")
        or low.startswith(_SKIP_PREFIXES)
        or os.path.splitext(low)[1] not in _READERS
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
        yield ReadError(str(folder), _os_reason(e))
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
        yield ReadError(shown, _os_reason(e))
        return
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
        yield ReadError(shown, f"{kind}, not a regular file: skipped")
        return
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
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
            yield ReadError(str(path), _os_reason(e))
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

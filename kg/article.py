"""The article model and the door every article passes.

:class:`Article` is one news article with normalised text (Unicode NFC,
``\\n`` line breaks) and metadata (title, url, published date, language,
source); :class:`ReadError` is a file (or one JSON Lines line) that could not
be read. :func:`make_article` builds an Article from raw metadata, normalising
its language tag, url, date and id (:func:`normalize_lang`,
:func:`normalize_url`, :func:`normalize_published`, :func:`sanitize_id`).
The readers of each file format are in :mod:`kg.corpus_formats`; walking
files and folders is :func:`kg.corpus.iter_articles`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

__all__ = [
    "Article",
    "ReadError",
    "make_article",
    "pick_meta",
    "nfc",
    "normalize_published",
    "sanitize_id",
    "normalize_lang",
    "normalize_url",
    "SUPPORTED_LANGS",
    "MAX_ID_CHARS",
    "unique_id",
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


_ID_BAD = re.compile(r"[^A-Za-z0-9._-]")
_DATE_ONLY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ]\S")
# A BCP 47-shaped tag: a 2–3 letter language, then subtags ("vi", "vi-VN", "en_US").
_LANG_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_LANG_ALIASES = {"vi": "vi", "vie": "vi", "en": "en", "eng": "en"}
SUPPORTED_LANGS: tuple[str, ...] = ("vi", "en")
# Ids name graphs, files and IRIs; a longer one is cut and given a hash suffix.
MAX_ID_CHARS = 120
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


def nfc(s: str) -> str:
    """Normalise to NFC and Unix line breaks, with text mis-decoded as Latin-1 / Windows-1252 repaired
    and HTML character references left in plain text read."""
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", unescape_references(repair_mojibake(s)))


# an HTML character reference: "&amp;", "&nbsp;", "&#8220;", "&#x201C;" (the semicolon written)
_CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_references(s: str) -> str:
    """``s`` with the HTML character references a scraper left in plain text read ("Bộ Tài
    chính &amp; Ngân hàng", "&#8220;Make in Vietnam&#8221;"); a name HTML does not define stays.

    >>> unescape_references("&#8220;Make in Vietnam&#8221; &amp; AT&T; R&D")
    '“Make in Vietnam” & AT&T; R&D'
    """
    if "&" not in s:
        return s
    import html
    from html.entities import html5

    def read(m: re.Match) -> str:
        ref = m.group()
        return html.unescape(ref) if ref[1] == "#" else html5.get(ref[1:], ref)
    return _CHAR_REFERENCE.sub(read, s)


# UTF-8 read as Latin-1 or Windows-1252: a lead byte's letter ("Ã", "á", "â", "Æ" …) before a
# continuation byte's character (U+0080–U+00BF, or what Windows-1252 puts there: "€", "™", "œ" …)
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair_mojibake(s: str) -> str:
    """``s`` with UTF-8 that was decoded as Latin-1 or Windows-1252 decoded again.

    A page saved or scraped with the wrong encoding turns "Tổng Bí thư" into "Tá»\x95ng BÃ\xad
    thÆ°", and every recogniser reads nothing of it. ftfy's ``fix_encoding`` undoes it (only that:
    quotes, ligatures and the rest are left as they are); clean text is never passed to it.

    >>> repair_mojibake("Bá»™ Y táº¿ vÃ  Sá»Ÿ"), repair_mojibake("Giá 5 €, Bộ Y tế")
    ('Bộ Y tế và Sở', 'Giá 5 €, Bộ Y tế')
    """
    if _MOJIBAKE.search(s) is None:
        return s
    from ftfy import fix_encoding

    return fix_encoding(s)


def _clean_value(value: Any) -> str | None:
    """Turn a metadata value into a stripped NFC string, or None if blank."""
    if value is None:
        return None
    s = nfc(str(value)).strip()
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

def make_article(
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


def pick_meta(raw: dict[str, Any]) -> dict[str, Any]:
    """Map front-matter/JSON keys (with aliases) to Article field names."""
    lowered = {str(k).strip().lower(): v for k, v in raw.items()}
    out: dict[str, Any] = {}
    for field, names in _META_KEYS.items():
        for name in names:
            if lowered.get(name) is not None:
                out[field] = lowered[name]
                break
    return out


def unique_id(article: Article, used: set[str]) -> Article:
    """An id no earlier article has: "-2", "-3" … appended until it is free.

    Ids ``a, a, a-2`` become ``a, a-2, a-2-2``: no two articles share a
    named graph, whatever ids the inputs bring. ``used`` is updated.
    """
    new_id, n = article.id, 1
    while new_id in used:
        n += 1
        new_id = f"{article.id}-{n}"
    used.add(new_id)
    return article if new_id == article.id else replace(article, id=new_id)

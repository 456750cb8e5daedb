"""The plain text of a Markdown article: what kg reads of a ``.md`` file.

Pages converted to Markdown (by scrapers and readers) keep their story in
emphasis, links and images: "**Sáng 13/11, [Bộ Tài chính](https://…) họp**".
Read as it stands, the markup splits names ("[Bộ Tài chính](" is no name), and
recognition and relations lose much of the article (the shared dev set written
as such Markdown: relation F1 0.957 → 0.797). :func:`markdown_text` parses the
Markdown with markdown-it-py (CommonMark, with tables) and keeps its words:
one block per paragraph, heading, list item, quote or table row (blank lines
between them, as in a ``.txt`` article), a link as its text, no images, no
HTML tags, no emphasis marks; line breaks inside a paragraph stay line breaks.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt


# Signs that a text meant as plain is Markdown: a link or image to an address, a "# " heading line, bold.
_MARKDOWN_SIGNS = re.compile(r"!?\[[^\]\n]+\]\((?:https?://|/|www\.)[^)\s]*\)|^#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*",
                             re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """``text`` (a ``.txt`` file or a JSON Lines ``text``) carries Markdown's links, headings or bold.

    >>> looks_like_markdown("Sáng 1/1, [Bộ Tài chính](https://x.vn) họp."), looks_like_markdown("Giá 5 * 3 đồng.")
    (True, False)
    """
    return _MARKDOWN_SIGNS.search(text) is not None


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def markdown_text(source: str) -> str:
    """The text of Markdown ``source``, one block per paragraph, heading, list item or table row.

    >>> markdown_text("# Tin mới\\n\\n**Sáng 1/1**, [Bộ Tài chính](https://x.vn) họp.\\n\\n![ảnh](a.jpg)")
    'Tin mới\\n\\nSáng 1/1, Bộ Tài chính họp.'
    """
    blocks: list[str] = []
    row: list[str] | None = None
    marker = ""
    for token in _parser().parse(source):
        if token.type == "inline":
            text = _inline_text(token.children or [])
            if row is not None:
                row.append(text.strip())
            elif text.strip():
                blocks.append(marker + text.strip())
                marker = ""
        elif token.type == "list_item_open":
            marker = f"{token.info}{token.markup} " if token.info else f"{token.markup} "
        elif token.type == "list_item_close":
            marker = ""  # (an empty item's mark does not pass to the next block)
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                blocks.append(" | ".join(row))
            row = None
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip("\n"))
        elif token.type == "html_block":
            from kg.corpus_formats import html_text  # a block of raw HTML: its text

            text = html_text(token.content)[1]
            if text.strip():
                blocks.append(text.strip())
    return "\n\n".join(blocks)


def _inline_text(children: list[Any]) -> str:
    """The words of a paragraph's inline tokens: text and code as written, breaks as line breaks."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)

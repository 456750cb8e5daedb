"""The story of a news page that marks no ``<article>`` or ``<main>``: its densest block of prose.

Many Vietnamese news sites lay a story out in plain ``<div>`` blocks beside menus,
"related news" lists, most-read boxes and a footer. Read whole, those lists name
people, bodies and places the story never mentions, and every one of them would
become a mention of the article (false facts and co-mentions in the graph). This
module keeps the story the way readability tools do, with only the standard library:

1. the page becomes a tree of block elements, each with its own text and how much of
   it is link text; blocks that are page furniture by tag (``nav``, ``footer`` …) or by
   class / id ("menu", "related", "sidebar" …) are left out;
2. each block of prose (25+ characters of its own) scores 1, plus its commas, plus
   one per 100 characters (at most 3); its parent gets the score, its grandparent half;
3. the best-scoring block, weighed by how little of it is links, is the story; its
   siblings join it when they are prose too (a lead in its own ``<div>``, a heading),
   and blocks inside it made of links (a "read also" list) are dropped.

:func:`story_text` returns None when no block is clearly a story (a short page, a
page of links): the caller then reads the whole body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# The tags kg's HTML reader (kg.corpus_formats) also reads by: page furniture and scripts it skips,
# blocks that end a line, table cells.
HTML_SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                       "svg", "template", "iframe"})
HTML_BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "section", "blockquote",
                        "figcaption", "article", "main", "ul", "ol", "table", "figure", "pre", "dd", "dt", "dl", "hr",
                        "address", "details", "summary", "body"})
HTML_CELL = frozenset({"td", "th"})
# the story's tree: every block and cell is a node; controls and the head are furniture too
BLOCK_TAGS = (HTML_BLOCK | HTML_CELL) - {"br", "hr"}
SKIP_TAGS = HTML_SKIP | {"button", "select", "head", "title"}
# class / id words of page furniture, unless the block also says it holds the content
_FURNITURE = re.compile(r"menu|nav|footer|header|sidebar|related|relate|lienquan|tin-?khac|comment|share|social|"
                        r"banner|breadcrumb|\bads?\b|advert|quangcao|popular|most-?read|docnhieu|box-?hot|"
                        r"tag-?list|\btags?\b|widget|subscribe|newsletter|copyright|bottom|top-?bar", re.I)
_CONTENT = re.compile(r"article|content|detail|story|entry|post-?body|main|body|chitiet|noidung|sapo|lead", re.I)
_HEADINGS = frozenset({"h1", "h2", "h3"})
_WS = re.compile(r"\s+")
MIN_PROSE = 25  # characters of its own text that make a block prose
MIN_STORY = 140  # characters a story has at least


@dataclass(eq=False)
class Block:
    """A block element: its items (inline text or child blocks) and the link text among them."""

    tag: str
    parent: "Block | None" = None
    items: list["Block | str"] = field(default_factory=list)
    link_chars: int = 0
    score: float = 0.0

    def own_text(self) -> str:
        return _WS.sub(" ", "".join(i for i in self.items if isinstance(i, str))).strip()

    def chars(self) -> int:
        return sum(len(i.strip()) if isinstance(i, str) else i.chars() for i in self.items)

    def links(self) -> int:
        return self.link_chars + sum(i.links() for i in self.items if isinstance(i, Block))

    def link_density(self) -> float:
        n = self.chars()
        return self.links() / n if n else 1.0

    def blocks(self) -> list["Block"]:
        return [i for i in self.items if isinstance(i, Block)]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Block("body")
        self.stack = [self.root]
        self.skip = 0
        self.skip_tags: list[str] = []
        self.link = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag == self.skip_tags[-1]:
                self.skip += 1
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        hint = f"{a.get('class', '')} {a.get('id', '')}"
        if tag in SKIP_TAGS or (tag in BLOCK_TAGS and tag != "body" and _FURNITURE.search(hint)
                                and not _CONTENT.search(hint)):
            self.skip, self.skip_tags = 1, self.skip_tags + [tag]
            return
        if tag == "a":
            self.link += 1
        elif tag == "br":
            self.stack[-1].items.append("\n")
        elif tag in BLOCK_TAGS and tag != "body":
            block = Block(tag, self.stack[-1])
            self.stack[-1].items.append(block)
            self.stack.append(block)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip:
            self.stack[-1].items.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip_tags[-1]:
                self.skip -= 1
                if not self.skip:
                    self.skip_tags.pop()
            return
        if tag == "a":
            self.link = max(0, self.link - 1)
        elif tag in BLOCK_TAGS and tag != "body":
            for k in range(len(self.stack) - 1, 0, -1):  # close the nearest open block of this tag
                if self.stack[k].tag == tag:
                    del self.stack[k:]
                    break

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.stack[-1].items.append(data.replace("\n", " "))
        if self.link:
            self.stack[-1].link_chars += len(data.strip())


def story_text(html: str) -> str | None:
    """The text of the densest block of prose of ``html`` and its prose siblings, one line per
    block, or None when no block is clearly a story."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    top = _best_block(builder.root)
    if top is None:
        return None
    parent = top.parent or top
    chosen = [b for b in parent.blocks() if b is top or _joins(b, top)] if top.parent else [top]
    text = "\n".join(line for b in chosen for line in _lines(b))
    return text if len(text) >= MIN_STORY else None


def _best_block(root: Block) -> Block | None:
    """The block whose prose (its own and its children's) outweighs every other's."""
    prose: list[Block] = []

    def walk(b: Block) -> None:
        own = b.own_text()
        if len(own) >= MIN_PROSE:
            prose.append(b)
        for child in b.blocks():
            walk(child)

    walk(root)
    scored: set[int] = set()
    candidates: list[Block] = []
    for b in prose:
        own = b.own_text()
        points = 1 + own.count(",") + min(len(own) // 100, 3)
        for up, share in ((b.parent, 1.0), (b.parent.parent if b.parent else None, 0.5)):
            if up is not None:
                if id(up) not in scored:
                    scored.add(id(up))
                    candidates.append(up)
                up.score += points * share
    best = max(candidates, key=lambda c: c.score * (1 - c.link_density()), default=None)
    if best is None or best.chars() < MIN_STORY:
        return None
    return best


def _joins(sibling: Block, top: Block) -> bool:
    """A sibling of the story's block that belongs to the story: prose with few links
    (a lead in a block of its own) or a heading."""
    if sibling.link_density() > 0.25:
        return False
    if sibling.tag in _HEADINGS:
        return True
    text = " ".join(_lines(sibling))
    return sibling.score * (1 - sibling.link_density()) >= 0.2 * top.score or \
        (len(text) >= 80 and bool(re.search(r"[.!?…]", text)))


def _lines(b: Block) -> list[str]:
    """The lines of a block: one per block inside it, dropping blocks made of links."""
    out: list[str] = []
    current: list[str] = []
    for item in b.items:
        if isinstance(item, str):
            current.append(item)
            continue
        if current:
            out.append("".join(current))
            current = []
        if not (item.chars() >= 20 and item.link_density() > 0.5):  # a "read also" list inside the story
            out.extend(_lines(item))
    if current:
        out.append("".join(current))
    lines = (_WS.sub(" ", x).strip() for piece in out for x in piece.split("\n"))  # "\n": a <br>
    return [line for line in lines if line]

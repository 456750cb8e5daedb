"""Does messy copy of an article lose what its clean copy gives? (issue #9, "messy real text")

Each gold article of the folders given is altered one way at a time, as real copy arrives
from PDF, e-mail and CMS exports, and scored exactly as ``kg eval`` scores it (the gold is
unchanged: only the text's form changes). A robust pipeline scores every altered copy as
it scores the clean one.

Alterations:
  clean       the text as it is
  wrapped     every paragraph hard-wrapped at 72 columns (a PDF or e-mail export)
  spaces      the first 200 spaces doubled (justified or retyped copy)
  capitals    the headline (first line) in capitals (portals' titles, official headings)
  decomposed  Unicode NFD (combining marks after their letters)
  marks_last  every tone mark typed after its syllable's last letter, decomposed
  old_tones   the old tone placement ("hoà", "thuỷ") for the gazetteer's "hòa", "thủy"
  crlf_nbsp   Windows line ends and the first 40 spaces non-breaking
  ascii_marks straight quotes and hyphens for curly quotes and dashes (a plain-text export)
  one_line    the paragraphs joined by a space into one line (scrapers that drop paragraph breaks)
  markdown    written as Markdown (a "# " headline, the lead in bold, capitalised names linked, a photo
              after the lead) and read back by kg's .md reader, as scraped Markdown arrives
  read_also   "Xem thêm: …" / "Read more: …" lines with other stories' headlines between paragraphs
              (a scraper's plain text keeps a page's in-story links)
  mojibake    the UTF-8 text decoded as Windows-1252 (a page saved or scraped with the wrong encoding),
              read back by kg's .txt reader
  html_page   laid out as a news page without <article> (menus, related and most-read lists,
              footer) and read back by kg's HTML reader
  invisible   soft hyphens inside long words and zero-width spaces after some (CMS and PDF exports)
  entities    HTML entities left in plain text ("&nbsp;", "&amp;", "&quot;", "&#8220;"), as a scraper
              that does not unescape them leaves them, read back by kg's .txt reader
  page_tail   the page's tail kept after the story: a "related news" list of other headlines, tags and
              share links (a scraper that keeps everything below the story)

usage (from the repository): PYTHONPATH=. python docs/experiments/messy_copy.py [--only=NAME,...] DIR [DIR ...]
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
import textwrap
import unicodedata
from pathlib import Path
from typing import Callable

from kg.evaluate import evaluate, prf
from kg.textutil import tone_last

_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé",
              "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def _old_tones(text: str) -> str:
    """The old placement in open syllables ("hòa" -> "hoà"; not "hoàng")."""
    pattern = re.compile("(" + "|".join(_OLD_TONES) + r")(?![^\W\d_])", re.IGNORECASE)

    def swap(m: re.Match) -> str:
        old = _OLD_TONES[m.group().lower()]
        return old if m.group()[0].islower() else old[0].upper() + old[1:]

    return pattern.sub(swap, text)


_FURNITURE = ("<div class='menu'><a href='/'>Trang chủ</a> <a href='/ts'>Thời sự</a> <a href='/tg'>Thế giới</a></div>",
              "<div class='related'><h3>Tin liên quan</h3><ul><li><a href='/1'>Thủ tướng Phạm Minh Chính thăm Nhật "
              "Bản</a></li><li><a href='/2'>Bộ Tài chính công bố giá xăng dầu mới</a></li><li><a href='/3'>Công an "
              "TP.HCM triệt phá đường dây lừa đảo qua mạng</a></li></ul></div>"
              "<div class='box-hot'><h3>Đọc nhiều</h3><a href='/4'>Ngân hàng Nhà nước điều chỉnh lãi suất</a></div>"
              "<div class='bottom'>© Báo điện tử. Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</div>")


def _as_page(text: str) -> str:
    """The article laid out as a news page with no <article> (headline, lead in its own block,
    paragraphs, related and most-read lists, footer), read back by kg's HTML reader."""
    from html import escape

    from kg.corpus_formats import _parse_html

    paras = [p for p in text.split("\n") if p.strip()]
    head, lead, body = paras[0], paras[1] if len(paras) > 1 else "", paras[2:]
    page = ("<html><body>" + _FURNITURE[0] + "<div class='wrap'><div class='col'><h1>" + escape(head) + "</h1>"
            + "<div class='sapo'>" + escape(lead) + "</div><div class='detail'>"
            + "".join("<p>" + escape(p) + "</p>" for p in body) + "</div>" + _FURNITURE[1] + "</div></div></body></html>")
    return _parse_html(page)[1]


def _as_markdown(text: str) -> str:
    """The article written as Markdown, as converters of news pages give it, read back by kg's .md reader."""
    paras = [p for p in text.split("\n") if p.strip()]
    head, lead, body = paras[0], paras[1] if len(paras) > 1 else "", paras[2:]
    linked = [0]

    def link(m: re.Match) -> str:  # the first five names of two or more capitalised words, as tag links
        if linked[0] >= 5:
            return m.group()
        linked[0] += 1
        return f"[{m.group()}](https://news.example.vn/tag/{linked[0]})"

    body = [re.sub(r"\b[A-ZĐÀ-Ỹ][\w]+(?: [A-ZĐÀ-Ỹ][\w]+)+", link, p) for p in body]
    md = "\n\n".join([f"# {head}", f"**{lead}**" if lead else "", "![Ảnh minh họa](https://img.example.vn/1.jpg)",
                       *body])
    return _read_back(md, ".md")


_READ_ALSO = {"vi": ("Xem thêm: Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki",
                     ">> Đọc thêm: Bộ Tài chính công bố giá xăng dầu mới từ 15 giờ chiều nay"),
              "en": ("Read more: Prime Minister Phạm Minh Chính receives Japanese Ambassador Ito Naoki",
                     "Related: Ministry of Finance announces new petrol prices from 3pm today")}


def _read_also(text: str) -> str:
    """Two lines linking other stories, after the second and the fourth paragraph."""
    paras = text.split("\n")
    full = [i for i, p in enumerate(paras) if p.strip()]
    lang = "en" if len(re.findall(r"\b(?:the|and|of)\b", text)) > 10 else "vi"
    for k, at in reversed(list(enumerate(full[1:5:2]))):
        paras.insert(at + 1, _READ_ALSO[lang][k])
    return "\n".join(paras)


_TAIL = {"vi": ("", "Tin liên quan", "Bộ trưởng Bộ Xây dựng Trần Hồng Minh kiểm tra cao tốc Bắc - Nam",
                "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành từ ngày mai",
                "Thủ tướng chủ trì Hội nghị Chính phủ với các địa phương", "Tags: kinh tế, chính sách, thời sự",
                "Chia sẻ Facebook | Zalo | In bài"),
         "en": ("", "Related news", "Construction Minister Tran Hong Minh inspects the North-South expressway",
                "State Bank of Vietnam adjusts policy rates from tomorrow",
                "Prime Minister chairs Government conference with localities", "Tags: economy, policy, news",
                "Share on Facebook | Twitter | Print")}


def _page_tail(text: str) -> str:
    """The story, then a related-news list, tags and share links."""
    lang = "en" if len(re.findall(r"\b(?:the|and|of)\b", text)) > 10 else "vi"
    return text.rstrip("\n") + "\n" + "\n".join(_TAIL[lang]) + "\n"


def _invisible(text: str) -> str:
    """A soft hyphen after the third letter of every fourth word of seven letters or more, and a
    zero-width space after every fifth word."""
    count = [0, 0]

    def word(m: re.Match) -> str:
        w = m.group()
        count[0] += 1
        if len(w) >= 7 and count[0] % 4 == 0:
            w = w[:3] + "\u00ad" + w[3:]
        if count[0] % 5 == 0:
            w += "\u200b"
        return w
    return re.sub(r"\w+", word, text)


def _entities(text: str) -> str:
    """HTML entities for ampersands, quotes and the spaces after the first 20 full stops, read back by
    kg's .txt reader."""
    text = text.replace("&", "&amp;").replace('"', "&quot;").replace("“", "&#8220;").replace("”", "&#8221;")
    return _read_back(re.sub(r"\. ", ".&nbsp;", text, count=20), ".txt")


def _read_back(text: str, suffix: str) -> str:
    """``text`` saved as a file with ``suffix`` and read by kg's reader of that suffix."""
    from kg.corpus_formats import READERS

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_text(text, encoding="utf-8")
        [article] = READERS[suffix](path, path.name)
    return article.text


def _mojibake(text: str) -> str:
    """UTF-8 decoded as Windows-1252 (bytes it leaves undefined as Latin-1 does), read back."""
    chars = []
    for b in text.encode("utf-8"):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return _read_back("".join(chars), ".txt")


ALTERATIONS: dict[str, Callable[[str], str]] = {
    "clean": lambda t: t,
    "wrapped": lambda t: "\n".join("\n".join(textwrap.wrap(p, 72, break_on_hyphens=False)) if p.strip() else p
                                   for p in t.split("\n")),
    "spaces": lambda t: t.replace(" ", "  ", 200),
    "capitals": lambda t: t.partition("\n")[0].upper() + "".join(t.partition("\n")[1:]),
    "decomposed": lambda t: unicodedata.normalize("NFD", t),
    "marks_last": lambda t: re.sub(r"\w+", lambda m: tone_last(m.group()), t),
    "old_tones": _old_tones,
    "crlf_nbsp": lambda t: t.replace("\n", "\r\n").replace(" ", "\u00a0", 40),
    "ascii_marks": lambda t: t.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
                                                         "…": "."})),
    "one_line": lambda t: " ".join(p.strip() for p in t.split("\n") if p.strip()),
    "markdown": _as_markdown,
    "mojibake": _mojibake,
    "read_also": _read_also,
    "html_page": _as_page,
    "invisible": _invisible,
    "entities": _entities,
    "page_tail": _page_tail,
}


def altered_copy(src: Path, dst: Path, alter: Callable[[str], str]) -> None:
    """Copy the gold articles of ``src`` into ``dst`` with their texts altered."""
    dst.mkdir(parents=True, exist_ok=True)
    for gold in sorted(src.glob("*.gold.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        text = (src / meta["text_file"]).read_text(encoding="utf-8")
        (dst / meta["text_file"]).write_text(alter(text), encoding="utf-8", newline="")
        (dst / gold.name).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def main(dirs: list[Path], only: list[str]) -> None:
    with tempfile.TemporaryDirectory(prefix="kg-messy-") as tmp:
        for name, alter in ALTERATIONS.items():
            if only and name not in only:
                continue
            copies = [Path(tmp) / name / f"{i}-{d.name}" for i, d in enumerate(dirs)]
            for src, dst in zip(dirs, copies):
                altered_copy(src, dst, alter)
            total, per_article = evaluate(copies)
            ent, rel = prf(total.total("entity:"))[2], prf(total.total("relation:"))[2]
            print(f"{name:<11} entity F1 {ent:.3f}  relation F1 {rel:.3f}  ({len(per_article)} articles)", flush=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    names = [a.removeprefix("--only=") for a in args if a.startswith("--only=")]
    folders = [Path(a) for a in args if not a.startswith("--only=")]
    if not folders or any(n not in ALTERATIONS for n in ",".join(names).split(",") if n):
        sys.exit(__doc__)
    main(folders, [n for n in ",".join(names).split(",") if n])

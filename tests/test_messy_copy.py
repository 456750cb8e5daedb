"""The same article in messy copy gives the same facts as its clean copy (the normaliser's promise)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from articlefacts import graph_triples, hard_wrapped
from kg.corpus import iter_articles

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "sample"
ARTICLES = [a for a in iter_articles([SAMPLE]) if not isinstance(a, Exception)]


def with_read_also_lines(text: str) -> str:
    """Lines linking other stories (as a scraper's plain text keeps them) after the first paragraph."""
    first, _, rest = text.partition("\n\n")
    return (first + "\n>> Xem thêm: Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Ito Naoki\n"
            "Read more: Deputy Prime Minister Trần Hồng Hà meets Cần Thơ leaders\n\n" + rest)


def with_page_tail(text: str) -> str:
    """A scraper's page tail after the story: a related-news list under its header, tags, share links."""
    return (text.rstrip("\n") + "\n\nTin liên quan\nBộ trưởng Bộ Xây dựng kiểm tra cao tốc Bắc - Nam\n"
            "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành\n\nRelated news:\nDeputy Prime Minister Trần Hồng Hà "
            "meets Cần Thơ leaders\nTags: kinh tế, chính sách\nChia sẻ Facebook | Zalo | In bài\n")


MESSY = {
    "read-also lines": with_read_also_lines,
    "page tail": with_page_tail,
    "hard-wrapped at 72 columns": hard_wrapped,
    "spaces doubled": lambda t: t.replace(" ", "  "),
    "wrapped and doubled": lambda t: hard_wrapped(t).replace(" ", "  "),
}


@pytest.mark.parametrize("kind", list(MESSY))
@pytest.mark.parametrize("article", ARTICLES, ids=[a.id for a in ARTICLES])
def test_messy_copy_gives_the_clean_copy_facts(article, kind):
    clean = graph_triples(article.text, article.lang, article.published or "2025-01-20")
    messy = graph_triples(MESSY[kind](article.text), article.lang, article.published or "2025-01-20")
    assert clean and messy == clean


def test_the_sample_has_articles_in_both_languages():
    assert {a.lang for a in ARTICLES} == {"vi", "en"} and all(re.search(r"\n", a.text) for a in ARTICLES)

"""A .md article is read as its words, without Markdown's marks (kg.markdown_text)."""
from __future__ import annotations

from articlefacts import graph_triples
from kg.corpus import iter_articles
from kg.markdown_text import markdown_text


def test_emphasis_links_and_images_leave_only_their_words():
    md = ("# Đà Nẵng khai trương cảng **Liên Chiểu**\n\n"
          "**Sáng 2/6, [UBND thành phố Đà Nẵng](https://x.vn/tag/ubnd) tổ chức lễ khởi công.**\n\n"
          "![Toàn cảnh buổi lễ](https://img.x.vn/1.jpg)\n\n"
          "Ông *Trần Minh* phát biểu <span>tại</span> buổi lễ,\ncho biết cảng hoàn thành năm 2027.")
    assert markdown_text(md).split("\n\n") == [
        "Đà Nẵng khai trương cảng Liên Chiểu",
        "Sáng 2/6, UBND thành phố Đà Nẵng tổ chức lễ khởi công.",
        "Ông Trần Minh phát biểu tại buổi lễ,\ncho biết cảng hoàn thành năm 2027.",  # a line break stays one
    ]


def test_lists_keep_their_marks_and_table_rows_their_cells():
    md = ("Nhiệm vụ:\n\n- Rà soát quy hoạch\n- Giải phóng mặt bằng\n\n1. Quý I\n2. Quý II\n\n"
          "| Đơn vị | Vốn |\n|---|---|\n| Sở Xây dựng | 120 tỷ đồng |\n\n<div><p>Nguồn: Sở Tài chính</p></div>\n")
    assert markdown_text(md).split("\n\n") == ["Nhiệm vụ:", "- Rà soát quy hoạch", "- Giải phóng mặt bằng",
                                               "1. Quý I", "2. Quý II", "Đơn vị | Vốn", "Sở Xây dựng | 120 tỷ đồng",
                                               "Nguồn: Sở Tài chính"]
    assert markdown_text("-\n\nĐoạn sau.") == "Đoạn sau."  # an empty item's mark stays with it


def test_a_markdown_article_gives_the_facts_of_its_plain_copy(tmp_path):
    plain = ("Hà Nội khởi công cầu Trần Hưng Đạo\n\n"
             "Sáng 10/10, UBND thành phố Hà Nội tổ chức lễ khởi công cầu Trần Hưng Đạo. "
             "Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh dự lễ khởi công.")
    md = ("# Hà Nội khởi công cầu Trần Hưng Đạo\n\n"
          "**Sáng 10/10, [UBND thành phố Hà Nội](https://x.vn/t/1) tổ chức lễ khởi công cầu Trần Hưng Đạo.** "
          "Chủ tịch [UBND thành phố Hà Nội](https://x.vn/t/1) **Trần Sỹ Thanh** dự lễ khởi công.\n\n"
          "![Phối cảnh cầu](https://img.x.vn/c.jpg)\n")
    path = tmp_path / "cau.md"
    path.write_text(md, encoding="utf-8")
    [article] = iter_articles([path])
    assert article.title == "Hà Nội khởi công cầu Trần Hưng Đạo" and "](" not in article.text
    facts = graph_triples(article.text, "vi", "2025-10-10")
    assert facts and facts == graph_triples(plain, "vi", "2025-10-10")


def test_markdown_in_a_txt_file_or_a_jsonl_text_is_read_as_markdown_and_plain_text_is_left(tmp_path):
    import json

    md = "# Bến Tre thu hút đầu tư\n\n**Chiều 4/3**, [Sở Tài chính](https://x.vn/t) công bố *kết quả*."
    (tmp_path / "a.txt").write_text(md, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": md}, ensure_ascii=False), encoding="utf-8")
    plain = "Giá lúa 5 * 3 nghìn đồng; xem mục [1] và # 2 của báo cáo.\nDòng hai."
    (tmp_path / "c.txt").write_text(plain, encoding="utf-8")
    a, b, c = sorted(iter_articles([tmp_path]), key=lambda x: x.id)
    want = "Bến Tre thu hút đầu tư\n\nChiều 4/3, Sở Tài chính công bố kết quả."
    assert a.text == want and b.text == want and a.title == "Bến Tre thu hút đầu tư"
    assert c.text == plain

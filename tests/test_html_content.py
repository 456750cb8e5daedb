"""A news page without <article>: the story's block is read, the page furniture around it is not."""
from __future__ import annotations

from pathlib import Path

from kg.corpus import iter_articles
from kg.html_content import story_text

PAGE = Path(__file__).parent / "data" / "html" / "news_without_article_tag.html"


def test_the_story_lead_and_headline_are_kept_and_the_lists_beside_them_dropped():
    text = story_text(PAGE.read_text(encoding="utf-8"))
    assert text is not None
    lines = text.split("\n")
    assert lines[0] == "Hà Tĩnh khởi công cầu Cửa Hội mới"  # the headline
    assert lines[1].startswith("Sáng 12/10, UBND tỉnh Hà Tĩnh tổ chức lễ khởi công")  # the lead, a block of its own
    assert any("Võ Trọng Hải" in line for line in lines) and lines[-1].endswith("chất lượng và tiến độ.")
    for furniture in ("Thời sự", "Tin liên quan", "Phạm Minh Chính", "Tô Lâm", "Đọc nhiều", "Giấy phép số"):
        assert furniture not in text


def test_a_reader_of_the_page_gives_only_the_story():
    [article] = list(iter_articles([PAGE]))
    assert article.title == "Hà Tĩnh khởi công cầu Cửa Hội mới" and article.published == "2025-10-12"
    assert "Phạm Minh Chính" not in article.text and "Nguyễn Văn Thông" in article.text


def test_a_story_written_with_line_breaks_keeps_its_paragraphs_and_drops_a_read_also_list():
    html = ("<html><body><div class='menu-top'><a href='/'>Trang chủ</a> <a href='/x'>Xã hội</a></div>"
            "<div id='noidung'>Chiều 5/11, Sở Y tế Cần Thơ tổ chức hội nghị triển khai tiêm chủng mở rộng, "
            "với sự tham dự của lãnh đạo 9 quận, huyện.<br><br>Bác sĩ Lê Văn Tâm, Giám đốc Sở Y tế, cho biết "
            "năm nay thành phố sẽ tiêm cho hơn 20.000 trẻ em, tập trung ở các xã vùng sâu."
            "<ul><li><a href='/1'>Xem thêm: Cần Thơ khai trương bệnh viện mới</a></li>"
            "<li><a href='/2'>Xem thêm: Giá thuốc tăng mạnh</a></li></ul></div>"
            "<div class='copyright'>Bản quyền thuộc về báo điện tử</div></body></html>")
    text = story_text(html)
    assert text is not None and text.split("\n")[0].startswith("Chiều 5/11, Sở Y tế Cần Thơ")
    assert len(text.split("\n")) == 2 and "Bác sĩ Lê Văn Tâm" in text
    assert "Xem thêm" not in text and "Trang chủ" not in text and "Bản quyền" not in text


def test_a_page_with_no_clear_story_is_left_to_the_caller():
    assert story_text("<html><body><p>Liên hệ</p><div><a href='/a'>Tin mới</a></div></body></html>") is None


def test_html_in_a_jsonl_text_field_is_read_as_html(tmp_path):
    import json

    page = PAGE.read_text(encoding="utf-8")
    fragment = ("<p>Sáng 3/4, <b>UBND tỉnh Quảng Trị</b> tổ chức hội nghị xúc tiến đầu tư.</p>"
                "<p>Ông Lê Văn Hòa phát biểu&nbsp;tại hội nghị.<br>Ảnh: Minh Khang</p>")
    lines = [{"id": "page", "text": page}, {"id": "frag", "text": fragment, "title": "Xúc tiến đầu tư"},
             {"id": "plain", "text": "Giá lúa tăng khi x < y và y > z."}]
    path = tmp_path / "scraped.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    page_article, frag_article, plain_article = iter_articles([path])
    # a whole page: its story, not its menus, and the page's own title and date where the line has none
    assert "Nguyễn Văn Thông" in page_article.text and "Phạm Minh Chính" not in page_article.text
    assert page_article.title == "Hà Tĩnh khởi công cầu Cửa Hội mới" and page_article.published == "2025-10-12"
    # a fragment: every paragraph, no tags, entities decoded, the line's own title kept
    assert frag_article.text.split("\n") == ["Sáng 3/4, UBND tỉnh Quảng Trị tổ chức hội nghị xúc tiến đầu tư.",
                                             "Ông Lê Văn Hòa phát biểu tại hội nghị.", "Ảnh: Minh Khang"]
    assert frag_article.title == "Xúc tiến đầu tư"
    # comparison signs are no markup
    assert plain_article.text == "Giá lúa tăng khi x < y và y > z."

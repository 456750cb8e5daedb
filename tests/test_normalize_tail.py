"""The normaliser blanks a page's list of other stories, its tag and share lines (kg.nlp.normalize
.blank_related_lists), and the reader reads HTML character references left in plain text
(kg.article.unescape_references); on text written for these tests."""
from __future__ import annotations

from kg.article import nfc, unescape_references
from kg.nlp.normalize import blank_related_lists


def _lines(text: str) -> list[str]:
    return [line.strip() for line in blank_related_lists(text).split("\n")]


def test_related_list_is_blanked_up_to_the_next_paragraph_of_the_story():
    text = ("Sở Y tế tỉnh An Giang tổ chức hội nghị.\n"
            "Tin liên quan:\n"
            "Bộ Y tế họp về dịch sốt xuất huyết\n"
            "\n"
            "Giá thuốc tăng mạnh ở Cần Thơ?\n"
            "Phát biểu tại hội nghị, ông Trần Văn Bình cho biết tỉnh sẽ mở thêm ba điểm tiêm chủng trong tháng tới.\n")
    assert _lines(text) == ["Sở Y tế tỉnh An Giang tổ chức hội nghị.", "", "", "", "",
                            "Phát biểu tại hội nghị, ông Trần Văn Bình cho biết tỉnh sẽ mở thêm ba điểm tiêm chủng "
                            "trong tháng tới.", ""]
    assert len(blank_related_lists(text)) == len(text)  # offsets hold


def test_story_lines_that_open_like_furniture_stay():
    for line in ("Chia sẻ với phóng viên, ông Nam cho biết dự án sẽ xong trong năm nay.",
                 "Chủ đề: Chuyển đổi số vì nhân dân",
                 "Share prices of Vietnam Airlines rose 3 percent."):
        assert _lines("Hội nghị kết thúc.\n" + line)[1] == line
    # a lone header with nothing after it, a tag line and a share line go
    assert _lines("Hội nghị kết thúc.\nRelated news\nTags: economy, policy\nShare on Facebook | Twitter | Print") == \
        ["Hội nghị kết thúc.", "", "", ""]


def test_html_references_in_plain_text_are_read():
    assert unescape_references("Bộ Tài chính &amp; Ngân hàng Nhà nước") == "Bộ Tài chính & Ngân hàng Nhà nước"
    assert nfc("&#8220;Make in Vietnam&#8221;&nbsp;2025") == "“Make in Vietnam”\u00a02025"
    assert unescape_references("R&D and AT&T; &notaname;") == "R&D and AT&T; &notaname;"

"""kg/data/patterns/topic_attributes_vi.json, any_topic: a field's name after a thing it qualifies ("thẻ",
"kế hoạch", "hạ tầng") or in a time clause ("sau khi") is no Topic; the same field named for itself is."""
from __future__ import annotations

import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article


def topics(text: str) -> set[str]:
    article = Article(id="t", text=text, published="2026-05-10", lang="vi")
    res = resolve_article(extract(article, kg.nlp.annotate(kg.nlp.load("vi"), text, "2026-05-10")))
    return {e.name for e in res.entities.values() if e.type == "Topic"}


def test_a_card_or_a_plan_of_the_field_is_no_topic():
    assert "bảo hiểm y tế" not in topics("Xã Hòa Bình trao 150 thẻ bảo hiểm y tế cho hộ nghèo vào sáng nay.")
    assert "đầu tư công" not in topics("HĐND tỉnh Yên Bái điều chỉnh kế hoạch đầu tư công để làm thêm hai tuyến đường.")


def test_a_time_clause_names_no_field():
    assert "sáp nhập đơn vị hành chính" not in topics(
        "Quy mô dân số của phường tăng gấp ba sau khi sắp xếp đơn vị hành chính.")


def test_the_field_named_for_itself_stays_a_topic():
    assert "bảo hiểm y tế" in topics("Sở Y tế tỉnh Yên Bái tổ chức Hội thảo về bảo hiểm y tế học sinh vào sáng nay.")
    # a broad field (vi_kind "subject") is the Topic of a meeting or policy about it, not of a passing mention: the tune
    # golds leave "giải ngân vốn đầu tư công" in 11 of 15 articles without the Topic
    assert "đầu tư công" in topics("Bộ Tài chính tổ chức Hội nghị về đầu tư công vào sáng nay.")
    assert "đầu tư công" not in topics("Chính phủ giao các bộ đẩy nhanh giải ngân vốn đầu tư công trong năm nay.")


def test_one_half_of_a_paired_field_names_the_field():
    # "dạy thêm, học thêm": either half, written alone, is the same field (gazetteer aliases)
    assert "dạy thêm, học thêm" in topics("Từ tháng 9, giáo viên không được thu tiền dạy thêm với học sinh lớp mình.")


def test_the_full_field_phrase_of_the_health_resolution_is_the_health_care_topic():
    got = topics("Tỉnh ủy Nam Định quán triệt Nghị quyết số 72-NQ/TW về một số giải pháp đột phá, tăng cường bảo vệ, "
                 "chăm sóc và nâng cao sức khỏe Nhân dân.")
    assert "chăm sóc sức khỏe nhân dân" in got


def test_a_field_name_longer_than_fourteen_words_is_still_found():
    # "khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định": 16 tokens with its comma
    assert "chống khai thác IUU" in topics("Tỉnh ủy Cà Mau ban hành kế hoạch phòng, chống khai thác hải sản bất hợp "
                                           "pháp, không báo cáo và không theo quy định trong năm nay.")

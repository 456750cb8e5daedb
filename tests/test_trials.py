"""A trial named only as "phiên tòa" after the dated verdict sentence (kg.nlp.recognizers.events,
kg.relations.happenings), on sentences written for these tests."""
from __future__ import annotations

from test_extract import facts

TEXT = ("Chiều 8/9, sau 5 ngày xét xử, Hội đồng xét xử Tòa án nhân dân tỉnh Nghệ An đã tuyên án sơ thẩm đối với 6 "
        "bị cáo. Bị cáo Hồ Văn Lâm bị tuyên phạt 8 năm tù. Tại phiên tòa, đại diện Viện Kiểm sát nhân dân tỉnh "
        "Nghệ An giữ quyền công tố.")


def test_verdict_article_names_its_trial():
    got = facts(TEXT, "2026-09-08")
    assert ("phiên tòa", "date", "2026-09-08") in got
    assert ("Hồ Văn Lâm", "participatedIn", "phiên tòa") in got
    assert ("Tòa án nhân dân tỉnh Nghệ An", "organized", "phiên tòa") in got


def test_no_trial_without_a_dated_trial_sentence():
    got = facts("Luật sư cho rằng phiên tòa cần công khai.", "2026-09-08")
    assert not any(s == "phiên tòa" or o == "phiên tòa" for s, p, o in got)

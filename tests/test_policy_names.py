"""Tests of kg.policy_names: Policy names."""
from __future__ import annotations

from articlefacts import facts, resolved_entities
from kg.policy_names import policy_key, policy_labels, policy_parts


def test_two_laws_of_the_same_year_stay_two():
    from kg.policy_names import policy_key

    assert policy_key("Law on Pharmacy 2024") != policy_key("Law on Cultural Heritage 2024")
    assert policy_key("Resolution 57") == policy_key("Nghị quyết 57-NQ/TW")


def test_quantity_in_a_plans_name_is_not_its_number():
    got = facts("Bộ Nông nghiệp và Môi trường triển khai Đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025. "
                "Bộ Tài chính triển khai Đề án 01 của Chính phủ.")
    assert ("Bộ Tài chính", "implements", "Đề án 01") in got
    assert ("Bộ Tài chính", "implements", "Đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025") not in got


def test_the_year_of_a_named_law_is_no_number():
    # two laws of one year were one entity, "policy/luat-2024", in every article of the corpus
    assert policy_key("Luật Đất đai năm 2024") != policy_key("Luật Nhà ở năm 2024")
    assert policy_key("Luật Đất đai năm 2024") == policy_key("Luật Đất đai 2024") == "policy/luat-dat-dai-2024"
    assert policy_parts("Bộ luật Hình sự 2015") == ("Bộ luật", None, None)
    assert policy_parts("Luật số 2024")[1] == "2024"  # written as a number, read as one
    assert policy_key("2024 Land Law") == policy_key("Land Law 2024")
    assert {"Land Law 2024", "2024 Land Law"} <= policy_labels("2024 Land Law", "en")
    assert {"Luật Nhà ở 2023", "Luật Nhà ở năm 2023"} <= policy_labels("Luật Nhà ở 2023", "vi")


def test_two_laws_of_one_year_stay_two_entities_and_a_law_without_its_year_is_the_one_with_it():
    vi = {(t, n) for n, t in resolved_entities(
        "Luật Đất đai năm 2024 và Luật Nhà ở năm 2024 có hiệu lực từ ngày 1/8/2024. Luật Đất đai quy định người dân "
        "được cấp sổ.", "vi", "2026-12-01")}
    assert vi == {("Policy", "Luật Đất đai năm 2024"), ("Policy", "Luật Nhà ở năm 2024")}
    en = {(t, n) for n, t in resolved_entities(
        "The 2024 Land Law took effect on August 1. Under the Land Law, farmers can lease land for 50 years.",
        "en", "2026-12-01")}
    assert en == {("Policy", "2024 Land Law")}


def test_only_laws_get_their_year_written_the_other_way():
    assert policy_labels("Kế hoạch phát triển giai đoạn 2026 - 2030", "vi") == {"Kế hoạch phát triển giai đoạn 2026 - 2030"}
    assert policy_labels("Chiến lược phát triển đến năm 2030", "vi") == {"Chiến lược phát triển đến năm 2030"}


def test_an_amending_instrument_is_not_keyed_by_the_amended_ones_number():
    assert policy_key("Thông tư sửa đổi Thông tư số 02/2023/TT-NHNN") != policy_key("Thông tư số 02/2023/TT-NHNN")
    assert policy_key("Nghị định số 15/2026/NĐ-CP") == policy_key("Nghị định 15/2026/NĐ-CP")
    assert policy_key("circular amending Circular 02/2023/TT-NHNN") != policy_key("Circular 02/2023/TT-NHNN")


def test_a_count_in_an_english_instruments_subject_is_no_number():
    from kg.policy_names import policy_parts
    assert policy_parts("programme to train 500 quantum engineers by 2030") == ("Chương trình", None, None)
    assert policy_parts("Programme 500") == ("Chương trình", "500", None)
    assert policy_parts("Plan 120 on digital transformation")[1] == "120"


def test_two_instruments_of_one_number_and_different_codes_stay_two():
    # a city's directive carrying out the Prime Minister's directive of the same number
    text = ("Chủ tịch UBND thành phố Hà Nội ký Chỉ thị số 20/CT-UBND về giảm ô nhiễm không khí. Chỉ thị 20/CT-UBND "
            "nhằm triển khai Chỉ thị số 20/CT-TTg của Thủ tướng Chính phủ.")
    got = {(t, n) for n, t in resolved_entities(text, "vi", "2026-12-01")}
    assert {("Policy", "Chỉ thị số 20/CT-UBND"), ("Policy", "Chỉ thị số 20/CT-TTg")} <= got
    assert ("Chỉ thị số 20/CT-UBND", "implements", "Chỉ thị số 20/CT-TTg") in facts(text)
    en = ("Hanoi's Directive 20/2025/CT-UBND carries out the Prime Minister's Directive 20/CT-TTg on air pollution. "
          "Directive 20/CT-TTg asks localities to act.")
    assert {n for n, t in resolved_entities(en, "en", "2026-12-01") if t == "Policy"} == {
        "Directive 20/2025/CT-UBND", "Directive 20/CT-TTg"}


def test_one_instrument_written_with_and_without_its_code_stays_one():
    got = {n for n, t in resolved_entities("Nghị quyết 57 đặt mục tiêu đến năm 2030. Nghị quyết số 57-NQ/TW của Bộ "
                                           "Chính trị được ban hành năm 2024.", "vi", "2026-12-01") if t == "Policy"}
    assert len(got) == 1


def _policy_labels_in_graph(text: str, lang: str) -> dict[str, set[str]]:
    from kg.article import Article
    from kg.build import analyze_article
    from kg.evaluate import predicted
    from kg import rdf

    g = rdf.article_graph(analyze_article(Article(id="t", text=text, url=None, published="2026-11-20", lang=lang,
                                                  source=None), use_crf=False))
    ents, _ = predicted(g)
    return {next(iter(e["names"])): e["labels"] for e in ents.values() if "Policy" in e["types"]}


def test_two_instruments_of_one_number_share_no_short_label():
    # the city's directive and the Prime Minister's of the same number are two; "Directive 20" names neither for sure
    got = _policy_labels_in_graph("The Hanoi People's Committee on Tuesday issued Directive 20/CT-UBND on dust. The city "
                                  "acts under Directive 20/CT-TTg of the Prime Minister on air pollution.", "en")
    assert set(got) == {"Directive 20/CT-UBND", "Directive 20/CT-TTg"}
    assert all("directive 20" not in labels for labels in got.values())
    assert "directive 20/ct-ttg" in got["Directive 20/CT-TTg"]  # its own name stays
    got = _policy_labels_in_graph("Thông tư 43/2026/TT-BYT thay thế Thông tư 43/2018/TT-BYT của Bộ Y tế.", "vi")
    assert len(got) == 2 and all("thông tư 43" not in labels for labels in got.values())
    # one instrument alone keeps its short forms
    got = _policy_labels_in_graph("The Ministry of Health issued Circular 12/2026/TT-BYT on drug registration.", "en")
    assert "circular 12" in got["Circular 12/2026/TT-BYT"]

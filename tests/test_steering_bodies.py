"""Central bodies named by the fields they steer, listed in lower case after "về" ("Ban Chỉ đạo Trung ương về
phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"); on sentences written for these tests."""
import kg.nlp


def _orgs(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("vi", use_crf=False), text, "2026-11-20")
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_the_field_list_after_ve_is_the_name():
    assert _orgs("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số họp "
                 "phiên thứ tư.") == ["Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
                                      "chuyển đổi số"]
    assert _orgs("Hội đồng quốc gia về phát triển bền vững và nâng cao năng lực cạnh tranh tổ chức hội nghị.") == [
        "Hội đồng quốc gia về phát triển bền vững và nâng cao năng lực cạnh tranh"]


def test_the_name_ends_at_a_verb_or_a_second_body():
    orgs = _orgs("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực và Ban Chỉ đạo cải cách tư "
                 "pháp họp chiều 3/12.")
    assert orgs == ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
                    "Ban Chỉ đạo cải cách tư pháp"]


def test_each_field_of_the_list_is_what_the_board_is_about():
    from test_extract import facts

    got = facts("Ban Chỉ đạo quốc gia về chuyển đổi số, đổi mới sáng tạo và khoa học, công nghệ họp phiên thứ hai.",
                "2026-11-20")
    board = "Ban Chỉ đạo quốc gia về chuyển đổi số, đổi mới sáng tạo và khoa học, công nghệ"
    assert {o for s, p, o in got if s == board and p == "about"} >= {"chuyển đổi số", "đổi mới sáng tạo"}

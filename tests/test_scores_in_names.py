"""A score or a range after a name is no part of it: "Công an Hà Nội 2-1" (kg.nlp.recognizers.organisations)."""
import kg.nlp


def test_a_score_after_a_club_is_no_number_of_its_name():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Thể Công Viettel thắng Công an Hà Nội 3-1 tối 3/12.", "2026-12-04")
    names = {e.text for e in doc.spans["kg"] if e.label_ == "ORG"}
    assert "Công an Hà Nội" in names and not any(n.endswith(" 3") for n in names)


def test_a_numbered_body_keeps_its_number():
    doc = kg.nlp.annotate(kg.nlp.load("vi"), "Bệnh viện Nhân dân 115 tiếp nhận 20 bệnh nhân.", "2026-12-04")
    assert "Bệnh viện Nhân dân 115" in {e.text for e in doc.spans["kg"]}

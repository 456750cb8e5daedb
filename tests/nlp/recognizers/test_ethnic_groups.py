"""kg.nlp.recognizers.ethnic_groups: Viet Nam's ethnic groups listed in a sentence are no persons;
a person named beside them still is."""
import kg.nlp
from kg.nlp.recognizers.ethnic_groups import ethnic_list_spans


def _persons(text: str, lang: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load(lang, use_crf=False), text, "2026-11-20")
    return [e.text for e in doc.ents if e.label_ == "PER"]


def test_ethnic_groups_of_a_list_are_no_persons():
    assert _persons("Lễ hội quy tụ nghệ nhân các dân tộc Tày, Nùng, La Chí và Pà Thẻn của tỉnh.", "vi") == []
    assert _persons("Đồng bào Hà Nhì và Cống ở Mường Tè đón Tết sớm.", "vi") == []
    assert _persons("Dancers from the Si La, La Hu and Cong ethnic groups performed.", "en") == []


def test_a_person_beside_an_ethnic_group_stays():
    assert _persons("Bà Lò Thị Mai, người dân tộc Thái, cho biết nghề dệt đã có từ lâu.", "vi") == ["Lò Thị Mai"]
    assert _persons("Dao Van Hung said the Dao community had kept the craft.", "en")[:1] == ["Dao Van Hung"]


def test_the_list_is_found_after_its_cue_or_before_it():
    text = "nghệ nhân dân tộc Mông, Dao và Lô Lô"
    assert [text[s:e] for s, e in ethnic_list_spans(text)] == ["Mông, Dao và Lô Lô"]
    text = "the Ede, Jarai and Bahnar peoples"
    assert [text[s:e] for s, e in ethnic_list_spans(text)] == ["Ede, Jarai and Bahnar"]

"""Tests of kg.relations.base: what joins two fields of one subject (TOPIC_JOIN)."""
from __future__ import annotations

from articlefacts import facts


def _about(got: set, subject_start: str) -> set[str]:
    return {o for s, p, o in got if p == "about" and s.startswith(subject_start)}


def test_a_field_set_for_an_activity_of_another_field_keeps_both():
    got = facts("Bộ Tài chính ban hành Thông tư số 21/2031/TT-BTC hướng dẫn về hóa đơn điện tử đối với hoạt động "
                "thương mại điện tử.", "2031-03-02")
    assert {"hóa đơn điện tử", "thương mại điện tử"} <= _about(got, "Thông tư số 21/2031")


def test_whom_a_field_is_set_for_is_no_field_of_the_subject():
    got = facts("Bộ Tài chính ban hành Thông tư số 22/2031/TT-BTC về chuyển đổi số đối với doanh nghiệp nhỏ và vừa.",
                "2031-03-02")
    assert _about(got, "Thông tư số 22/2031") == {"chuyển đổi số"}


def _located_en(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2027-04-14", "en") if p == "locatedIn"}


def test_an_event_to_come_with_its_short_form_takes_place_at_its_venue_and_city():
    got = _located_en("The Asia Pacific Packaging and Printing Exhibition 2027 (ProPak Asia 2027) will take place "
                      "from May 12 to 15 at the Thiskle Exhibition Centre (TEC) in Cần Thơ.")
    ev = "Asia Pacific Packaging and Printing Exhibition 2027"
    assert {(ev, "Thiskle Exhibition Centre"), (ev, "Can Tho")} <= got


def test_an_event_named_again_will_open_at_its_venue_past_its_organisers():
    got = _located_en("The Mekong Orchard Fruit Festival 2027 was announced in Vĩnh Long. The festival, organised by the "
                      "Vĩnh Long People's Committee and the Việt Nam Fruit Association, will open at Ngũ Long Square.")
    assert ("Mekong Orchard Fruit Festival 2027", "Ngũ Long Square") in got


def test_an_event_that_will_open_something_is_not_held_where_that_is():
    got = _located_en("The Asia Pacific Packaging and Printing Exhibition 2027 (ProPak Asia 2027) will open a trade "
                      "office for its exhibitors in Singapore next year.")
    assert not any(o == "Singapore" for _, o in got)


def test_a_happening_held_between_two_parties_is_at_its_venue():
    got = _located_en("A business matching session between seafood exporters and European buyers was held on Monday at "
                      "the Hải Phòng Convention Centre.")
    assert ("business matching session", "Hải Phòng Convention Centre") in got


def _sentence_view():
    from kg.article import Article
    from kg.relations.base import Extraction, Mention, Sentence

    text = "Bộ trưởng Nguyễn Văn Thắng dự Hội nghị tại Hà Nội."
    ms = [Mention(0, 10, 26, "Nguyễn Văn Thắng", "Person", 0), Mention(1, 30, 38, "Hội nghị", "Event", 0),
          Mention(2, 43, 49, "Hà Nội", "Place", 0)]
    ex = Extraction(Article(id="t", text=text), [(0, len(text))], list(ms), [])
    return Sentence(0, 0, len(text), text, "vi", ms, [], [], [], ex), ms


def test_of_type_gives_the_mentions_of_those_types_in_order_as_a_new_list_each_time():
    s, ms = _sentence_view()
    got = s.of_type("Place", "Person")
    assert got == [ms[0], ms[2]]
    got.append(ms[1])  # a rule may grow the list it was given: the next answer is unchanged
    assert s.of_type("Person", "Place") == [ms[0], ms[2]] and s.of_type("Place", "Person") == [ms[0], ms[2]]
    assert s.of_type("Event") == [ms[1]] and s.of_type("Topic") == []


def test_of_type_sees_a_mention_added_to_the_sentence():
    from kg.relations.base import Mention

    s, ms = _sentence_view()
    assert s.of_type("Place") == [ms[2]]
    more = Mention(3, 0, 9, "Bộ trưởng", "Place", 0)
    s.mentions.append(more)
    assert s.of_type("Place") == [ms[2], more]


def test_an_events_owner_before_tai_is_no_seat_named():
    got = facts("Sáng 3/12, Phó Thủ tướng Nguyễn Chí Dũng dự Hội nghị tổng kết công tác năm 2026 của Bộ Tài chính "
                "tại Hà Nội.", "2026-12-04")
    assert ("Hội nghị tổng kết công tác năm 2026", "locatedIn", "Hà Nội") in got
    # a body's office in a country is still its seat, no venue
    got = facts("Ông Lê Văn An, đại diện Thương vụ Việt Nam tại Đức, dự Hội nghị xúc tiến thương mại sáng 3/12.",
                "2026-12-04")
    assert not any(p == "locatedIn" and o == "Đức" and s.startswith("Hội nghị") for s, p, o in got)

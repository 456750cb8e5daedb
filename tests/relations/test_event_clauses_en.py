"""Tests of kg.relations.event_clauses_en: English."""
from __future__ import annotations

from articlefacts import facts


def about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-03-12", "en") if p == "about"}


def test_a_participle_after_the_event_and_its_place_gives_its_subject():
    got = about("The Ministry of Industry and Trade on Monday held a workshop in Hải Phòng discussing ways "
                "to expand cybersecurity training for small firms.")
    assert ("workshop", "cybersecurity") in got


def test_a_which_clause_after_the_event_and_its_day_lists_its_subjects():
    got = about("About 300 delegates attended the Central Highlands Coffee Forum 2026 in Đắk Lắk on Tuesday, "
                "which centred on digital transformation and cloud computing.")
    assert ("Central Highlands Coffee Forum 2026", "digital transformation") in got
    assert ("Central Highlands Coffee Forum 2026", "cloud computing") in got


def test_which_also_discussed_after_attending_the_event():
    got = about("Officials of the Ministry of Finance also spoke at the seminar, which also discussed e-commerce "
                "and artificial intelligence.")
    assert ("seminar", "e-commerce") in got
    assert ("seminar", "artificial intelligence") in got


def test_a_field_in_a_later_clause_of_speaking_is_not_the_event_subject():
    got = about("The Ministry of Health held a conference in Huế on Friday discussing hospital fees, and Minister "
                "Đào Hồng Lan said artificial intelligence would help doctors.")
    assert ("conference", "artificial intelligence") not in got


def test_a_clause_not_right_after_the_event_gives_it_no_subject():
    got = about("The Ministry of Health held a conference in Huế on Friday. Doctors at the Huế Central Hospital "
                "are using software focusing on artificial intelligence.")
    assert ("conference", "artificial intelligence") not in got


def test_the_meeting_reviewed_cooperation_in_fields():
    got = about("The two ministers co-chaired the third Việt Nam–Laos Ministerial Meeting in Vientiane on Monday. "
                "The meeting reviewed cooperation in the digital economy and e-commerce.")
    assert ("third Việt Nam–Laos Ministerial Meeting", "digital economy") in got
    assert ("third Việt Nam–Laos Ministerial Meeting", "e-commerce") in got


def test_the_two_leaders_agreeing_on_cooperation_fields_after_their_talks():
    got = about("President Lương Cường held talks with Chilean President Gabriel Boric in Santiago on Monday. "
                "The two leaders agreed to boost cooperation in renewable energy, e-commerce and human resources training, "
                "and to open a direct flight.")
    assert ("talks", "renewable energy") in got
    assert ("talks", "e-commerce") in got


def test_the_two_sides_with_no_meeting_before_give_no_subject():
    got = about("Việt Nam and Chile signed a trade deal in 2011. The two sides agreed to boost cooperation in "
                "renewable energy.")
    assert not any(o == "renewable energy" for _, o in got)


def test_a_forum_focusing_on_a_field_for_its_beneficiaries():
    got = about("The Vietnam Chamber of Commerce and Industry on Tuesday organised a forum in Hà Nội, focusing on "
                "digital transformation for small and medium-sized enterprises.")
    assert ("forum", "digital transformation") in got
    assert not any(o.endswith("enterprises") for _, o in got)


def test_talks_on_a_field_after_their_place_and_day():
    got = about("Minister of Health Đào Hồng Lan and Lao Minister of Health Phoxay Xayasith held talks in Vientiane on "
                "Monday on food safety and the exchange of doctors.")
    assert ("talks", "food safety") in got


def test_a_meeting_with_bodies_to_collect_comments_on_a_draft():
    got = about("The Ministry of Finance on Friday held a meeting in Hà Nội with the Vietnam Banks Association and "
                "insurers to collect comments on rules for green bonds.")
    assert ("meeting", "green bonds") in got


def test_on_a_named_day_and_a_later_participle_give_no_subject():
    got = about("The Ministry of Science and Technology held a ceremony in Hà Nội on Vietnam Science and Technology "
                "Day, honouring engineers of cybersecurity firms.")
    assert not any(s == "ceremony" for s, _ in got)


def test_comments_on_a_draft_make_the_fields_of_its_name_the_subject():
    got = about("The Vietnam Chamber of Commerce and Industry on Monday held a workshop in Hà Nội to gather feedback on "
                "the draft Law on Cybersecurity.")
    assert ("workshop", "cybersecurity") in got


def test_a_bare_on_a_draft_after_the_event_is_not_enough():
    got = about("The Vietnam Chamber of Commerce and Industry on Monday held a workshop in Hà Nội on the draft Law on "
                "Cybersecurity.")
    assert ("workshop", "cybersecurity") not in got


def test_the_two_sides_discussing_ways_to_boost_cooperation_after_their_meeting():
    got = about("Deputy Prime Minister Bùi Thanh Sơn met Thai Foreign Minister Maris Sangiampongsa at the "
                "10th Việt Nam–Thailand Joint Commission meeting in Bangkok on Monday. The two sides discussed ways to "
                "boost cooperation in digital transformation and renewable energy.")
    assert any(o == "renewable energy" and "meeting" in s for s, o in got)


def test_comments_on_a_draft_guiding_a_law_make_the_laws_field_the_meetings():
    from articlefacts import facts
    got = facts("HÀ NỘI — The ministry on Thursday held a workshop in Hà Nội to collect comments on a draft decree guiding "
                "the Law on Water Resources.", "2026-04-17", "en")
    assert ("workshop", "about", "water resources") in got
    # a decree that only cites the law names no subject of the meeting
    got = facts("HÀ NỘI — The ministry on Thursday held a workshop in Hà Nội to collect comments on a draft decree, "
                "which cites the Law on Water Resources.", "2026-04-17", "en")
    assert ("workshop", "about", "water resources") not in got


def test_who_is_before_an_event_co_chaired_by_others_took_no_part():
    got = facts("Hun Manet welcomed the results of the 21st meeting of the Cambodia-Việt Nam Joint Committee, co-chaired "
                "earlier in the day by Minister Nguyễn Hồng Diên and Cambodian Minister of Commerce Cham Nimul.",
                "2025-08-14", lang="en")
    assert not any(s == "Hun Manet" and p == "participatedIn" for s, p, _ in got)
    assert any(s == "Cham Nimul" and p == "participatedIn" for s, p, _ in got)
    talk = facts("Art historian Corinne de Ménonville gave a talk at the opening ceremony, which was attended by Deputy "
                 "Minister Tạ Quang Đông.", "2025-08-14", lang="en")
    assert ("Corinne de Ménonville", "participatedIn", "opening ceremony") in talk  # at the event: she took part


def test_a_clause_conjunction_ends_the_subject_an_event_focused_on():
    # "but" / "while" open a clause of their own: the field after it is not the event's subject
    for text in ("HÀ NỘI — The seminar focused on flood forecasting but did not cover dam safety.",
                 "HÀ NỘI — The seminar, which focused on flood forecasting while leaving out dam safety, drew 100 people."):
        got = {(s, o) for s, p, o in facts(text, "2026-12-04", "en") if p == "about"}
        assert ("seminar", "flood forecasting") in got, text
        assert ("seminar", "dam safety") not in got, text

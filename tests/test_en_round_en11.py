"""English round en11 (issue 9): instruments named again by their kind or by "It", relative-clause
issuers and signing days, bodies that join an event with a participle clause, lower-case programmes
for "the prevention and control of …", and the "Việt Nam …" spelling of English body names."""
import kg.nlp
from articlefacts import graph_triples


def _triples(text: str, published: str = "2025-11-29") -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", published)


def _orgs(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-11-29")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "ORG"]


def test_viet_nam_spelling_of_a_known_english_body_name():
    text = "The talks were organised by the Ministry of Finance and the Việt Nam General Confederation of Labour."
    assert "Việt Nam General Confederation of Labour" in _orgs(text)
    triples = _triples(text + " It was attended by Deputy Minister Lê Văn An.")
    assert any(s.endswith("General Confederation of Labour") and p == "organized" for s, p, o in triples)


def test_bodies_that_co_chair_an_event_take_part_in_it():
    # ANNOTATION.md: chairing ("chủ trì", "chaired by") is a participatedIn cue, for bodies too
    text = ("Officials discussed tax incentives at a forum in Đà Nẵng on Friday. The forum, co-chaired by the "
            "Ministry of Finance and the Đà Nẵng City People's Committee, reviewed new rules.")
    triples = _triples(text)
    assert ("Ministry of Finance", "participatedIn", "forum") in triples
    assert ("Ministry of Finance", "organized", "forum") not in triples


def test_a_person_who_chairs_still_takes_part():
    text = ("Officials discussed tax incentives at a forum in Đà Nẵng on Friday. The forum was chaired by "
            "Deputy Minister of Finance Lê Văn An.")
    triples = _triples(text)
    assert ("Lê Văn An", "participatedIn", "forum") in triples
    assert ("Lê Văn An", "organized", "forum") not in triples


def test_bodies_that_joined_the_event_with_a_participle_clause():
    text = ("Officials discussed tax incentives at a forum in Đà Nẵng on Friday. UNICEF and the World Bank "
            "joined the forum, presenting a report on child poverty.")
    triples = _triples(text)
    assert ("World Bank", "participatedIn", "forum") in triples


def test_it_and_the_kind_refer_to_the_instrument_that_implements():
    text = ("The Ministry of Finance has issued Circular 21/2025/TT-BTC on bond issuance. Deputy Minister "
            "Lê Văn An signed the circular on May 3. It implements Decree 10/2024/NĐ-CP on securities. "
            "Officials said the circular also implements Resolution 57-NQ/TW.")
    triples = _triples(text)
    assert ("Circular 21/2025/TT-BTC", "implements", "Decree 10/2024/NĐ-CP") in triples
    assert ("Circular 21/2025/TT-BTC", "implements", "Resolution 57-NQ/TW") in triples


def test_it_after_a_sentence_without_one_instrument_implements_nothing():
    text = ("The Ministry of Finance met bond issuers in Hà Nội on Monday. It implements Decree 10/2024/NĐ-CP "
            "on securities.")
    assert not any(p == "implements" for s, p, o in _triples(text))


def test_the_day_an_instrument_named_again_was_signed():
    text = ("The Ministry of Finance has issued Circular 21/2025/TT-BTC on bond issuance. Deputy Minister "
            "Lê Văn An signed the circular on May 3.")
    assert ("Circular 21/2025/TT-BTC", "date", "2025-05-03") in _triples(text)


def test_relative_clause_names_the_issuer():
    text = ("Banks must comply with the Law on Securities (amended), which the National Assembly passed in "
            "January 2024.")
    assert ("National Assembly", "issued", "Law on Securities") in _triples(text)
    text = "Banks must comply with the Law on Securities, which the National Assembly is still debating."
    assert ("National Assembly", "issued", "Law on Securities") not in _triples(text)


def _policies(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-11-29")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "POLICY"]


def test_a_programme_for_a_pair_that_governs_of():
    text = "The ministry launched the national programme for the prevention and control of rabies for 2026–2030 on Monday."
    assert "national programme for the prevention and control of rabies for 2026–2030" in _policies(text)
    text = "The ministry is drafting a decree on seaport fees and charges from next year."
    assert "decree on seaport fees and charges" in " ".join(_policies(text))


def test_a_setting_after_in_closes_a_lower_case_subject():
    text = "The ministry is drafting a decree on food safety in schools, officials said."
    assert "decree on food safety in schools" in _policies(text)
    # a set phrase and a named place are not the subject's setting
    assert "decree on fees" in _policies("The ministry is drafting a decree on fees in force from next year.")
    assert "decree on seaport fees" in _policies("The ministry is drafting a decree on seaport fees in Hải Phòng.")


def _about_pairs(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(text) if p == "about"}


def test_and_a_verb_before_a_name_is_not_a_second_field():
    text = "The circular implements Decree 61/2024/NĐ-CP on digital banking and replaces Circular 12/2019/TT-NHNN."
    assert ("Decree 61/2024/NĐ-CP", "digital banking") in _about_pairs(text)
    text = "The ministry held a workshop on drug prevention and control in Hà Nội on Monday."
    assert any(o == "drug prevention and control" for s, o in _about_pairs(text))


def test_representatives_who_present_at_the_event_take_part():
    text = ("The State Bank of Vietnam held a conference on green credit in Đà Lạt on Friday. Representatives of "
            "Agribank and MoMo presented their plans for farm loans.")
    assert ("MoMo", "participatedIn", "conference on green credit") in _triples(text)
    # "said" may report a statement made elsewhere
    text = ("The State Bank of Vietnam held a conference on green credit in Đà Lạt on Friday. Representatives of "
            "MoMo said the loans would help farmers.")
    assert ("MoMo", "participatedIn", "conference on green credit") not in _triples(text)


def test_every_partner_listed_after_with_at_a_signing_takes_part():
    text = ("The Ministry of Science and Technology opened Techfest Vietnam 2025 in Hà Nội on Friday. During the "
            "festival, the ministry signed agreements with Google and the Korea Institute of Science and Technology "
            "(KIST) on training engineers.")
    triples = _triples(text)
    assert ("Korea Institute of Science and Technology", "participatedIn", "festival") in triples
    assert ("Google", "participatedIn", "festival") in triples


def _dates(text: str, published: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(text, published) if p == "date"}


def test_a_weekday_before_passed_dates_the_instrument_and_the_sitting_it_was_passed_at():
    text = ("ĐÀ NẴNG — The Đà Nẵng People's Council on Thursday passed a resolution on school fees at its 30th "
            "session, exempting pupils from fees.")
    dates = _dates(text, "2025-12-13")
    assert ("resolution on school fees", "2025-12-11") in dates
    assert ("30th session", "2025-12-11") in dates


def test_a_weekday_before_launched_dates_the_programme():
    text = "HÀ NỘI — The Ministry of Health and UNICEF on Monday launched the Healthy Schools programme, a three-year plan."
    assert ("Healthy Schools programme", "2025-12-08") in _dates(text, "2025-12-10")


def test_a_signed_kind_with_a_modifier_after_signed():
    text = "HUẾ — Leaders of three provinces on Friday signed a regional cooperation agreement on flood warning."
    assert "regional cooperation agreement on flood warning" in _policies(text)
    # an agreement still to be negotiated is no instrument
    text = "The two sides agreed to begin negotiations on a bilateral agreement on rice exports next year."
    assert not any("bilateral" in p for p in _policies(text))


def test_the_body_a_draft_is_submitted_to_holds_its_session():
    text = ("The ministry has finished the draft Law on Digital Technology. The draft will be submitted to the "
            "National Assembly for approval at its tenth session, which opens on October 20.")
    assert ("National Assembly", "organized", "tenth session") in _triples(text)

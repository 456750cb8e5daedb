"""Tests of kg.relations.purposes_en: what an English event or instrument is held or made to further is its
subject."""
from __future__ import annotations

from articlefacts import facts


def _about(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(text, "2026-04-02", "en") if p == "about"}


def test_an_event_aimed_at_furthering_fields_past_an_aside_on_its_organiser():
    about = _about("ĐÀ NẴNG — The Central Region Startup Festival 2026 opened in Đà Nẵng on Wednesday. The festival, "
                   "organised by the Đà Nẵng Department of Science and Technology, aimed at promoting innovation and "
                   "e-commerce among young people.")
    assert ("Central Region Startup Festival 2026", "innovation") in about
    assert ("Central Region Startup Festival 2026", "e-commerce") in about


def test_an_instrument_that_aims_to_further_a_list_of_fields():
    about = _about("HÀ NỘI — Decision 1234/QĐ-TTg, signed by Deputy Prime Minister Bùi Thanh Sơn, aims to boost "
                   "e-commerce and cybersecurity in rural areas.")
    assert {o for s, o in about if s.startswith("Decision 1234")} >= {"e-commerce", "cybersecurity"}


def test_a_purpose_of_someone_else_is_not_the_events():
    # the minister's aim, said at the event, is no subject of the event
    about = _about("ĐÀ NẴNG — The Central Region Startup Festival 2026 opened in Đà Nẵng on Wednesday. Minister "
                   "Nguyễn Mạnh Hùng said the city wanted to promote e-commerce.")
    assert ("Central Region Startup Festival 2026", "e-commerce") not in about


def test_a_plan_named_again_gives_priority_to_fields():
    about = _about("HUẾ — The Huế People's Committee on Monday approved a plan for the development of digital "
                   "economy to 2030. The plan, signed by Vice Chairman Phan Quý Phương, gives priority to e-commerce, "
                   "cybersecurity and cloud computing.")
    plan = {o for s, o in about if s.startswith("plan for the development")}
    assert {"e-commerce", "cybersecurity", "cloud computing"} <= plan


def test_a_company_plan_names_no_instrument_again():
    about = _about("HÀ NỘI — The company's new plan focuses on e-commerce and logistics.")
    assert about == set()


def test_a_programme_named_again_past_who_funds_it():
    about = _about("CANBERRA — The two ministries agreed on a joint programme to develop seaweed farming. The "
                   "programme, funded by the Asian Development Bank, focuses on e-commerce and cybersecurity.")
    prog = {o for s, o in about if s.startswith("joint programme")}
    assert {"e-commerce", "cybersecurity"} <= prog
    assert not any(s == "Asian Development Bank" for s, o in about)


def test_an_instrument_named_again_mid_sentence_is_aimed_at_a_field():
    about = _about("The Ministry of Finance published the draft amended Law on Insurance Business on Monday. Deputy "
                   "Minister Lê Văn Minh said the draft was aimed at consumer protection and digital transformation.")
    assert {o for s, o in about if "Insurance Business" in s} >= {"consumer protection", "digital transformation"}


def test_it_opening_a_sentence_is_the_programme_the_sentence_before_opened_with():
    about = _about("The Ministry of Industry and Trade launched the National Programme on Export Promotion for "
                   "2026-2030 on Tuesday.\n\nThe programme aims to help 5,000 firms sell abroad. It will focus on "
                   "logistics, e-commerce and cold chain logistics.")
    assert {o for s, o in about if "Export Promotion" in s} >= {"logistics", "e-commerce", "cold chain logistics"}


def test_it_after_a_sentence_that_opens_with_someone_else_is_no_holder():
    about = _about("The Ministry of Industry and Trade launched the National Programme on Export Promotion for "
                   "2026-2030 on Tuesday.\n\nMinister Nguyễn Hồng Diên spoke at the launch. It will focus on "
                   "logistics and e-commerce, he said.")
    assert not {o for s, o in about if "Export Promotion" in s} & {"logistics", "e-commerce"}


def test_what_an_instrument_named_again_covers_is_its_scope():
    about = _about("The Ministry of Finance published the draft Law on Digital Assets on Monday. The draft will cover "
                   "blockchain and cryptocurrency exchanges.")
    assert ("Law on Digital Assets", "blockchain") in about


def test_what_an_instrument_sets_rules_for_is_not_its_scope():
    about = _about("The Ministry of Finance published the draft Law on Digital Assets on Monday. The draft would "
                   "set rules for blockchain platforms and cryptocurrency exchanges.")
    assert ("Law on Digital Assets", "blockchain") not in about


def test_it_is_the_instrument_the_sentence_before_named_last():
    about = _about("Delegates also debated a resolution regarding flood prevention in the rainy season. It focuses on "
                   "flood risk mapping and early warning.")
    assert ("resolution regarding flood prevention", "flood risk mapping") in about


def test_a_list_goes_on_past_the_use_of_a_field():
    about = _about("The Ministry of Home Affairs launched the National Programme on Civil Service Reform for 2026-2030 "
                   "on Friday.\n\nThe programme aims to cut paperwork. It will focus on e-government and the use of "
                   "artificial intelligence in public services.")
    assert {o for s, o in about if "Civil Service Reform" in s} >= {"e-government", "artificial intelligence"}


def test_an_agreement_with_a_partner_in_lower_case_on_cooperation_in_a_field():
    about = _about("ĐÀ LẠT — Hoa Sen Company signed an agreement with the provincial government on cooperation in "
                   "plant breeding on Monday.")
    assert ("agreement on cooperation in plant breeding", "plant breeding") in about


def test_an_agreement_with_a_partner_in_lower_case_on_no_cooperation_is_no_instrument():
    about = _about("ĐÀ LẠT — Hoa Sen Company signed an agreement with the provincial government on the sale of land "
                   "for organic agriculture.")
    assert not about


def test_a_field_inside_a_longer_subject_after_the_partner_is_not_the_agreements():
    about = _about("ĐÀ LẠT — Hoa Sen Company signed an agreement with the provincial government on cooperation in "
                   "e-commerce training on Monday.")
    assert not any(o == "e-commerce" for s, o in about)


def test_a_course_named_again_with_its_length_focuses_on_fields():
    about = _about("HUẾ — The Ministry of Health on Tuesday opened a training course on hospital infection control in "
                   "Huế. The five-day course focuses on hand hygiene, sterilisation and antimicrobial resistance.")
    course = {o for s, o in about if s == "training course on hospital infection control"}
    assert {"hand hygiene", "sterilisation", "antimicrobial resistance"} <= course


def test_what_an_instrument_named_again_covers_in_fields_such_as_is_its_scope():
    about = _about("The Ministry of Agriculture and Environment is drafting a decree on fisheries inspection. The decree "
                   "will cover fields such as vessel monitoring, catch certification and port controls.")
    decree = {o for s, o in about if s == "decree on fisheries inspection"}
    assert {"vessel monitoring", "catch certification", "port controls"} <= decree


def test_what_a_programme_also_promotes_is_its_subject():
    about = _about("The Prime Minister has approved the national programme on child protection for 2026-2030. It also "
                   "promotes online safety and school counselling.")
    programme = {o for s, o in about if s.startswith("national programme on child protection")}
    assert {"online safety", "school counselling"} <= programme


def test_the_decree_named_again_is_not_the_one_it_replaces():
    about = _about("HÀ NỘI — The Government has issued Decree 88/2026/NĐ-CP on fertiliser trading. The decree, signed by "
                   "Deputy Prime Minister Trần Hồng Hà on Monday, replaces Decree 84/2019/NĐ-CP. The decree sets out rules "
                   "in areas such as fertiliser labelling, soil testing and import licensing.")
    assert ("Decree 88/2026/NĐ-CP", "soil testing") in about
    assert not {o for s, o in about if s.startswith("Decree 84")}


def test_the_bioeconomy_an_instrument_aims_to_boost_is_its_field():
    """The lexicon names the bioeconomy (kg/data/gazetteer/topics.json): a strategy that aims to boost it is about it."""
    got = facts("The Ministry of Science and Technology approved the National Bioindustry Strategy on Monday. The "
                "National Bioindustry Strategy aims to boost the bioeconomy across the country.", "2026-11-20", "en")
    assert ("National Bioindustry Strategy", "about", "bioeconomy") in got
    assert not any(p == "about" and o == "country" for s, p, o in got)

"""Tests of kg.nlp.recognizers.drafts_en: Drafts that English copy names in lower case."""
from __future__ import annotations

from functools import partial

import kg.nlp
from kg.nlp.recognizers.drafts_en import draft_candidates
from kg.nlp.recognizers.stages import analyze_text
from kg.relations.organizations import _described_unit

from articlefacts import facts, kg_spans


_spans = partial(kg_spans, published="2025-11-20")


def _policies(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "POLICY"]


def _spans_20251204(text: str, label: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-12-04")
    return [sp.text for sp in list(doc.spans["kg"]) + list(doc.spans.get("nested", [])) if sp.label_ == label]


def _policies_20251129(text: str) -> list[str]:
    doc = kg.nlp.annotate(kg.nlp.load("en", use_crf=False), text, "2025-11-29")
    return [sp.text for sp in doc.spans["kg"] if sp.label_ == "POLICY"]


def _spans_20260206(text: str, label: str) -> list[str]:
    return [t for lab, t in kg_spans(text, "en", "2026-02-06") if lab == label]


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in analyze_text(text, "en").ents]


def test_described_unit_apposition():
    assert _described_unit(", the electric vehicle arm of ")
    assert _described_unit(", a wholly owned subsidiary of the ")
    assert not _described_unit(", the largest customer of ")


def test_draft_subject_keeps_a_last_pair_of_nouns():
    text = "He asked them to finish the draft decree on incentives for electric vehicle makers and buyers before May."
    assert [text[c.start:c.end] for c in draft_candidates(text)] == [
        "draft decree on incentives for electric vehicle makers and buyers"]


def test_possessive_plan_on_a_subject_is_an_instrument_about_it():
    got = _spans("The province will plant 2 million trees by 2030 under its action plan on climate change adaptation.")
    assert ("POLICY", "action plan on climate change adaptation") in got


def test_in_after_a_governing_noun_goes_on():
    assert _policies("The two institutes signed a memorandum of understanding on cooperation in shrimp breeding "
                     "research.") == ["memorandum of understanding on cooperation in shrimp breeding research"]
    # "in" before a place still ends the name
    assert "draft decree on rice exports" in _policies("The ministry sent the draft decree on rice exports in Hà Nội.")


def test_a_pair_and_a_horizon_close_the_subject():
    got = _policies("Police chiefs adopted a plan on cooperation in human trafficking prevention and control "
                    "for 2027-2029.")
    assert got == ["plan on cooperation in human trafficking prevention and control for 2027-2029"]
    got = _policies("The agencies signed a memorandum of understanding on sending and receiving nurses under "
                    "the programme.")
    assert got[0] == "memorandum of understanding on sending and receiving nurses"


def test_plans_named_by_their_period():
    assert _policies("The council adopted the province's 2026 public investment plan worth 21 trillion VND.") == [
        "2026 public investment plan"]
    assert _policies("The district adopted a replanting plan for 2026-2027 for pepper farms.") == [
        "replanting plan for 2026-2027"]
    assert _policies("The council also approved the province's action plan for 2026-2030.") == [
        "action plan for 2026-2030"]
    assert _policies("The company unveiled the plan for 2026 on Monday.") == []
    assert _policies("The ministry's plan was approved.") == []


def test_a_drafts_procedure_and_sector_phrase():
    assert _policies("The ministry has published a draft circular on school meals for comments until May 1.") == [
        "draft circular on school meals"]
    assert _policies("Shops may be fined under a draft decree on penalties in the food safety sector, the ministry "
                     "said.") == ["draft decree on penalties in the food safety sector"]


def test_an_adopted_resolution_with_its_vision():
    assert _policies("The committee closed its meeting, adopting a resolution on developing sea tourism to 2030 "
                     "with a vision to 2045.") == ["resolution on developing sea tourism to 2030 with a vision to 2045"]


def test_a_lower_case_master_plan_with_its_scope_is_a_policy():
    assert "master plan for the national railway network to 2050" in _spans_20251204(
        "The ministry is compiling a master plan for the national railway network to 2050.", "POLICY")
    assert _spans_20251204("The city will revise its master plan next year.", "POLICY") == []


def test_a_programme_for_a_pair_that_governs_of():
    text = "The ministry launched the national programme for the prevention and control of rabies for 2026–2030 on Monday."
    assert "national programme for the prevention and control of rabies for 2026–2030" in _policies_20251129(text)
    text = "The ministry is drafting a decree on seaport fees and charges from next year."
    assert "decree on seaport fees and charges" in " ".join(_policies_20251129(text))


def test_a_setting_after_in_closes_a_lower_case_subject():
    text = "The ministry is drafting a decree on food safety in schools, officials said."
    assert "decree on food safety in schools" in _policies_20251129(text)
    # a set phrase and a named place are not the subject's setting
    assert "decree on fees" in _policies_20251129("The ministry is drafting a decree on fees in force from next year.")
    assert "decree on seaport fees" in _policies_20251129("The ministry is drafting a decree on seaport fees in Hải Phòng.")


def test_a_signed_kind_with_a_modifier_after_signed():
    text = "HUẾ — Leaders of three provinces on Friday signed a regional cooperation agreement on flood warning."
    assert "regional cooperation agreement on flood warning" in _policies_20251129(text)
    # an agreement still to be negotiated is no instrument
    text = "The two sides agreed to begin negotiations on a bilateral agreement on rice exports next year."
    assert not any("bilateral" in p for p in _policies_20251129(text))


def test_a_bare_strategy_with_its_subject_and_horizon():
    text = "The ministry is preparing a strategy for the development of inland waterways to 2040."
    assert "strategy for the development of inland waterways to 2040" in _spans_20260206(text, "POLICY")


def test_a_lower_case_instrument_a_body_plans_to_issue():
    text = "The ministry also plans to issue a circular on water tariffs for industrial parks next year."
    assert "circular on water tariffs for industrial parks" in _spans_20260206(text, "POLICY")


def test_from_after_a_verb_of_protecting_stays_in_the_subject():
    text = "The two ministries on Friday signed an agreement on protecting workers from heat stress at a ceremony."
    assert "agreement on protecting workers from heat stress" in _spans_20260206(text, "POLICY")
    assert "decree on imports" in _spans_20260206("Officials are drafting a decree on imports from Laos.", "POLICY")


def test_for_public_before_a_non_procedure_noun_stays_in_the_subject():
    text = "The council on Thursday passed a resolution on free meals for public school pupils at its session."
    assert "resolution on free meals for public school pupils" in _spans_20260206(text, "POLICY")
    text = "The ministry published a draft circular on e-prescriptions for public comments."
    assert "draft circular on e-prescriptions" in _spans_20260206(text, "POLICY")


def test_a_lower_case_national_programme_with_its_horizon():
    got = _ents("Students train under the national programme on chip design talent to 2030, approved last year.")
    assert ("national programme on chip design talent to 2030", "POLICY") in got


def rel(text: str, p: str) -> set[tuple[str, str]]:
    return {(a, b) for a, q, b in facts(text, "2026-03-20", "en") if q == p}


def test_a_signed_cooperation_programme_is_an_instrument_with_its_subject():
    text = ("The Quảng Ninh Provincial People's Committee and FPT Corporation on Monday signed a cooperation "
            "programme on digital transformation for the 2026-2030 period.")
    got = rel(text, "about")
    assert any(s.startswith("cooperation programme on digital transformation") and o == "digital transformation"
               for s, o in got)


def test_a_bare_programme_is_an_instrument_only_with_a_field_for_subject():
    assert "programme for the development of craft villages to 2030" in _policies(
        "The province on Friday launched a programme for the development of craft villages to 2030.")
    assert "programme on organic tea farming" in _policies("Thái Nguyên approved its programme on organic tea farming.")
    assert not _policies("The broadcaster will air a programme on the history of the citadel.")
    assert not _policies("The university runs a programme for gifted pupils.")


def test_a_programme_to_further_a_field_is_named_with_it():
    assert "programme to develop organic tea farming" in _policies("The province on Monday approved a programme to "
                                                                   "develop organic tea farming.")
    assert not _policies("The province on Monday approved a programme to promote the province in Japan.")
    # a plan to do something is what a firm or body means to do
    assert not _policies("The bank on Monday announced a plan to develop digital banking.")


def test_a_last_pair_of_three_words_closes_the_subject():
    assert _policies("The two firms signed a memorandum of understanding on smart meters and utility-scale wind "
                     "turbines at the fair.") == [
        "memorandum of understanding on smart meters and utility-scale wind turbines"]
    # four words after "and" are no part of the pair: the name ends before "and"
    assert _policies("The two firms signed a memorandum of understanding on smart meters and several large new "
                     "projects at the fair.") == ["memorandum of understanding on smart meters"]


def test_a_qualified_programme_on_a_field_is_an_instrument():
    assert _policies("The two ministries agreed on a joint programme to develop seaweed farming in the south.") == [
        "joint programme to develop seaweed farming"]
    assert _policies("The institute runs a research programme on drought-tolerant rice varieties.") == [
        "research programme on drought-tolerant rice varieties"]
    # a qualified programme for whom it serves names no field
    assert _policies("The province launched a new programme for gifted students.") == []


def test_an_approved_plan_to_further_a_field_is_an_instrument():
    assert _policies("The Prime Minister on Monday approved a plan to develop the hydrogen economy.") == [
        "plan to develop the hydrogen economy"]
    # a plan nobody adopted is an intention
    assert _policies("The company has a plan to develop the hydrogen economy.") == []
    # … unless the text names it by its number next: the numbered plan is that instrument
    assert _policies("The province on Monday approved a plan to develop the hydrogen economy. Plan 12/KH-UBND, "
                     "signed by the chairman, sets a target of ten plants.") == ["Plan 12/KH-UBND"]


def test_a_bare_memorandum_names_an_instrument_only_with_a_field():
    assert _policies("The two ministries signed a memorandum on green bonds, and the bank pledged US$50 million.") == [
        "memorandum on green bonds"]
    assert _policies("The two provinces signed a memorandum on the Lao side of the border.") == []
    assert _policies("The two provinces signed a memorandum on building a cross-border market.") == []


def test_instrument_named_by_lower_case_words_after_a_signing_verb():
    from articlefacts import graph_triples, resolved_entities
    ents = resolved_entities("Hòa Phát Group on Tuesday signed a ten-year iron ore supply contract with Vale of Brazil. "
                             "The contract was signed by Nguyễn Việt Thắng.", "en", "2026-02-02")
    assert ("iron ore supply contract", "Policy") in ents
    text = ("Hòa Phát Group on Tuesday signed a port services agreement with Gemadept Corporation. The agreement was "
            "signed by Nguyễn Việt Thắng and Nguyễn Văn Minh.")
    assert ("Nguyễn Việt Thắng", "signed", "port services agreement") in graph_triples(text, "en", "2026-02-02")


def test_no_instrument_without_a_signing_verb_or_with_a_bare_modifier():
    from articlefacts import resolved_entities
    ents = resolved_entities("The firms discussed an iron ore supply contract. They signed a new agreement with Vale. "
                             "Hòa Phát also signed a training agreement with Huế University.", "en", "2026-02-02")
    assert not any(t == "Policy" for n, t in ents)


def test_memorandum_with_a_partner_is_named_by_its_subject_when_its_signers_are_named():
    from articlefacts import graph_triples, resolved_entities
    text = ("The ministry signed a memorandum of understanding with Google Asia Pacific on digital skills for 2,000 teachers. "
            "The memorandum was signed by Deputy Minister Lê Quân and Marc Woo.")
    ents = resolved_entities(text, "en", "2026-02-02")
    assert ("memorandum of understanding on digital skills for 2,000 teachers", "Policy") in ents
    assert ("Google Asia Pacific", "Organization") in ents
    assert ("Lê Quân", "signed", "memorandum of understanding on digital skills for 2,000 teachers") in \
        graph_triples(text, "en", "2026-02-02")
    ents = resolved_entities("The ministry signed a memorandum of understanding with Google Asia Pacific on digital "
                             "skills for teachers.", "en", "2026-02-02")
    assert not any(t == "Policy" for n, t in ents)


def test_a_plan_covering_its_field_is_a_draft_named_with_it():
    text = "The Ministry of Health is preparing a plan covering mental health care in primary schools."
    assert [text[c.start:c.end] for c in draft_candidates(text)] == [
        "plan covering mental health care in primary schools"]


def test_a_memorandum_concerning_its_field_is_named_with_it():
    from kg.nlp.recognizers.signed_drafts_en import signed_document_candidates
    text = "The two provinces signed a memorandum of understanding concerning wildlife trafficking on Monday."
    assert [text[c.start:c.end] for c in signed_document_candidates(text)] == [
        "memorandum of understanding concerning wildlife trafficking"]


def test_two_lower_case_resolutions_named_one_after_the_other():
    text = ("The council adopted six resolutions, including a resolution on support for organic shrimp farming and "
            "a resolution for the development of rural tourism.")
    assert [text[c.start:c.end] for c in draft_candidates(text)] == [
        "resolution on support for organic shrimp farming", "resolution for the development of rural tourism"]


def test_a_resolution_delegates_debated_is_an_instrument():
    text = "Delegates also debated a resolution regarding flood prevention in the rainy season."
    assert [text[c.start:c.end] for c in draft_candidates(text)] == ["resolution regarding flood prevention"]


def test_a_signed_subject_keeps_a_number_with_its_thousands_point_and_a_deadline():
    got = _policies("The two schools signed a memorandum of understanding on training 2,500 nurses by 2028. "
                    "The memorandum was signed by the two rectors.")
    assert "memorandum of understanding on training 2,500 nurses by 2028" in got


def test_a_letter_of_intent_is_a_signed_instrument():
    got = _policies("The fifth document, a letter of intent on rice trade, was signed by the two ministers.")
    assert "letter of intent on rice trade" in got


def test_a_duration_before_a_programme_is_no_part_of_its_name():
    got = _policies("The two institutes put pen to a two-year programme on soil health.")
    assert "programme on soil health" in got
    # a duration before a programme for people names no field, as without it
    assert not _policies("The school runs a two-year programme for gifted students.")


def test_a_scheme_on_a_field_until_a_year_is_an_instrument():
    assert _policies("The agency will carry out a scheme on upgrading inland ports until 2030, the minister said.") == [
        "scheme on upgrading inland ports until 2030"]
    assert _policies("The coach drew a scheme on the whiteboard.") == []


def test_a_time_adverb_ends_a_drafts_subject():
    assert _policies("The agency will publish a draft decree detailing fines for food labelling breaches later this "
                     "year.") == ["draft decree detailing fines for food labelling breaches"]


def test_a_joint_statement_on_a_field_is_an_instrument_up_to_its_participle():
    assert _policies("Both sides welcomed a joint statement on maritime search and rescue adopted at the talks.") == [
        "joint statement on maritime search and rescue"]
    assert _policies("The leaders issued a joint statement that lists five areas.") == []


def test_on_after_a_noun_that_governs_it_goes_on_with_the_subject():
    assert _policies("The agency is drafting a circular guiding the reporting of data on the gold market, which it "
                     "will publish soon.") == ["circular guiding the reporting of data on the gold market"]
    assert _policies("The ministry is drafting a decree on fees on Monday.") == ["decree on fees"]


def test_an_acronym_before_a_lower_case_word_opens_a_field():
    assert _policies("The city will launch a programme to develop STEM education in 300 schools next year.") == [
        "programme to develop STEM education"]
    assert _policies("The two firms signed a memorandum on ASEAN.") == []


def test_a_programme_on_a_field_for_whom_it_serves():
    # the field first, then "for" and whom it serves: the programme and its whole name
    got = _policies("The confederation will launch a programme on skills training for migrant workers next month.")
    assert got == ["programme on skills training for migrant workers"]
    # whom alone, or a one-word subject before them, names no field
    assert not _policies("The union runs a programme on support for migrant workers.")


def _draft_names(text: str) -> list[str]:
    return [text[c.start:c.end] for c in draft_candidates(text)]


def test_a_project_on_a_field_is_an_instrument_but_not_a_project_for_or_to():
    text = "The health ministry approved a project on developing mobile clinics in mountainous areas for 2026–2030."
    assert _draft_names(text) == ["project on developing mobile clinics in mountainous areas for 2026–2030"]
    assert _draft_names("The court system will launch a project on digital archiving in adjudication for "
                        "2027-2029, the chief justice said.") == [
        "project on digital archiving in adjudication for 2027-2029"]
    # works and ventures are no instruments
    assert _draft_names("Workers finished the project for the new terminal in May.") == []
    assert _draft_names("The cooperative launched a project to grow organic tea on 30 hectares.") == []
    assert _draft_names("She gave a talk on the project on Monday.") == []


def test_a_comma_between_hyphenated_modifiers_stays_inside_the_subject():
    text = ("Farmers joined the project on two million hectares of low-input, high-yield maize in the Central Highlands, "
            "officials said.")
    assert _draft_names(text) == [
        "project on two million hectares of low-input, high-yield maize in the Central Highlands"]


def test_a_region_closes_the_subject_but_a_city_after_in_does_not():
    text = "The ministry runs a programme on flood-resilient housing in the Red River Delta, the report said."
    assert _draft_names(text) == ["programme on flood-resilient housing in the Red River Delta"]
    text = "The ministry launched a programme on flood-resilient housing in Hà Nội on Monday."
    assert _draft_names(text) == ["programme on flood-resilient housing"]


def test_issued_guidelines_on_a_field_need_no_determiner():
    text = "The tax department has issued guidelines on e-invoicing for small traders, which take effect in July."
    assert _draft_names(text) == ["guidelines on e-invoicing"]
    assert _draft_names("The agency issued guidelines on dengue vector control, its director said.") == [
        "guidelines on dengue vector control"]
    # not without a verb of issuing, nor on something that is no field
    assert _draft_names("Officials discussed guidelines on waste sorting.") == []
    assert _draft_names("The board issued guidelines on the Lao side of the border.") == []


def test_a_pair_of_settings_after_in_closes_the_subject():
    text = "The ministry will issue a circular on antibiotic residues in shrimp and catfish, the deputy minister said."
    assert _draft_names(text) == ["circular on antibiotic residues in shrimp and catfish"]
    # a named instrument after "and" is no second setting
    text = "The ministry issued a circular on food safety in schools and the Law on Food Safety took effect."
    assert _draft_names(text) == ["circular on food safety in schools"]


def test_a_revised_decree_on_investment_under_a_model_keeps_the_model():
    assert _policies("Minh said the ministry would submit the draft revised decree on investment under the "
                     "public-private partnership model to the Government this month.") == [
        "draft revised decree on investment under the public-private partnership model"]
    assert _policies("The ministry drafted a decree on fees under the Law on Roads.")[0] == "decree on fees"


def test_the_activity_a_drafts_subject_comes_from_closes_its_name():
    got = _policies("Nam said the ministry was drafting a decree on carbon credits from rice farming to implement "
                    "the Law on Environmental Protection.")
    assert "decree on carbon credits from rice farming" in got
    assert "decree on fees" in _policies("The ministry is drafting a decree on fees from Monday.")


def test_a_draft_named_after_a_base_form_verb():
    # "will draft a circular on …": the verb in its base form says the instrument is a draft, as "is drafting" does
    assert "circular on online advertising" in _policies(
        "The department will draft a circular on online advertising in the first quarter of next year.")
    assert "decree on food labelling" in _policies("The ministry will prepare a decree on food labelling next year.")
    got = facts("HÀ NỘI — The department will draft a circular on online advertising next year.", "2026-12-06", lang="en")
    assert ("circular on online advertising", "about", "online advertising") in got


def test_a_memorandums_subject_ends_before_its_value_and_a_region_is_no_company():
    text = ("PARIS — Vietnam Airlines and European planemaker Airbus on Tuesday signed a memorandum of understanding on "
            "the purchase of 20 A321neo aircraft worth about US$2.5 billion. The document was signed by Vietnam "
            "Airlines Chairman Đặng Ngọc Hòa.")
    got = _spans(text)
    assert ("POLICY", "memorandum of understanding on the purchase of 20 A321neo aircraft") in got
    assert ("ORG", "European") not in got


def test_an_approved_plan_to_pilot_or_upgrade_something_is_an_instrument():
    assert _policies("The city on Monday approved a plan to pilot a car-free zone in the old quarter.") == [
        "plan to pilot a car-free zone"]
    assert _policies("The ministry approved a programme to upgrade rural clinics.") == [
        "programme to upgrade rural clinics"]
    # a plan nobody adopted is still an intention
    assert _policies("The retailer has a plan to pilot a cashless store.") == []


def test_a_pair_of_proper_names_stays_in_the_subject():
    assert _policies("The ministry on Friday approved a plan to upgrade the waterway linking Cần Thơ and Hồ Chí Minh "
                     "City, officials said.") == ["plan to upgrade the waterway linking Cần Thơ and Hồ Chí Minh City"]


def test_a_pair_of_fields_then_whom_the_instrument_serves():
    # "on occupational safety and health for platform workers": the pair, then "for" whom it serves, is one subject
    # (a procedure after "for" still ends it: "for public comment")
    text = "The ministry has drafted a decree on occupational safety and health for platform workers."
    assert "decree on occupational safety and health for platform workers" in _policies(text)
    text = "The ministry is drafting a decree on food safety and hygiene for public comment."
    assert "decree on food safety and hygiene" in _policies(text)


def test_a_programme_on_the_digitisation_of_a_field():
    # "the digitisation of" opens a field as "the development of" does (field_tasks)
    text = "The city launched a programme on the digitisation of cultural heritage for 2026–2030."
    assert "programme on the digitisation of cultural heritage for 2026–2030" in _policies(text)


def test_a_subject_a_comma_cut_goes_on_as_a_list_of_fields():
    assert _policies("The campaign is part of the national target programme on health care, population and "
                     "development for 2026-2035 approved by the National Assembly.") == [
        "national target programme on health care, population and development for 2026-2035"]
    assert _policies("The ministry issued a decree on fisheries, aquaculture and seafood processing last week.") == [
        "decree on fisheries, aquaculture and seafood processing"]
    # a clause after the comma is no list
    assert _policies("It drafted a decree on wages, the ministry said and added more.") == ["decree on wages"]


def test_a_day_after_on_is_no_subject_of_the_signed_kind():
    assert _policies("Samsung Electronics Vietnam and the Hanoi University of Science and Technology signed an "
                     "agreement on Thursday to train 1,000 engineers.") == []
    assert _policies("The two sides signed an agreement on March 5 to build a factory.") == []


def test_regulations_issued_governing_a_field_are_an_instrument():
    text = "The Plant Protection Department has issued regulations governing the management of growing area codes."
    assert "regulations governing the management of growing area codes" in _draft_names(text)
    assert not _draft_names("Exporters said the regulations were too strict.")


def test_a_signed_cooperation_in_a_list_of_fields_is_named_with_the_whole_list():
    from kg.nlp.recognizers.signed_drafts_en import signed_with_candidates
    text = ("AGC also signed a memorandum of understanding with Dung Quất Technical College on cooperation in "
            "vocational training, technology transfer and environmental protection.")
    names = [c.meta["name"] for c in signed_with_candidates(text)]
    assert names == ["memorandum of understanding on cooperation in vocational training, technology transfer and "
                     "environmental protection"]


def test_the_regulations_on_a_field_are_an_instrument_up_to_so_that():
    text = "The authority is revising the regulations on disaster risk warnings so that messages reach every phone."
    assert "regulations on disaster risk warnings" in _draft_names(text)


def test_an_implementation_agreement_signed_between_two_countries_is_an_instrument():
    from articlefacts import resolved_entities

    got = resolved_entities("HÀ NỘI — Việt Nam and Singapore on Friday signed an implementation agreement on carbon "
                            "credits under Article 6 of the Paris Agreement.", "en", "2026-12-07")
    assert ("implementation agreement on carbon credits", "Policy") in got


def test_a_word_that_sets_the_instrument_apart_stands_before_its_kind():
    # "a separate plan on …", "a detailed plan on …", "a dedicated strategy on …": the word is no part of the name
    text = ("HÀ NỘI — The ministry is also preparing a separate plan on elderly care. The Government issued a "
            "detailed plan on dengue prevention last week. The city is drafting a dedicated strategy on night-time "
            "economy development.")
    got = kg_spans(text)
    for name in ("plan on elderly care", "plan on dengue prevention", "strategy on night-time economy development"):
        assert ("POLICY", name) in got, got
    # an adjective that is no such word still opens no instrument here
    assert not any(label == "POLICY" for label, _ in kg_spans("HÀ NỘI — Farmers have a good plan on paper."))


def test_a_compound_deal_whose_signers_sign_the_agreement():
    from kg.nlp.recognizers.signed_drafts_en import compound_signed_candidates
    text = ("The utility and a Lao developer on Thursday inked a power purchase agreement under which it will buy "
            "wind power. Its general director and the developer's chairman signed the agreement in Hà Nội.")
    assert [text[c.start:c.end] for c in compound_signed_candidates(text)] == ["power purchase agreement"]
    text = "The utility inked a power purchase agreement under which it will buy wind power."
    assert compound_signed_candidates(text) == []  # nobody is said to sign it


def test_a_modified_signed_kind_needs_a_signing_verb_before_or_a_signed_clause_after():
    from kg.nlp.recognizers.signed_drafts_en import signed_document_candidates

    def names(text: str) -> list[str]:
        return [text[c.start:c.end] for c in signed_document_candidates(text)]

    assert names("The two universities inked a separate agreement on internships.") == [
        "separate agreement on internships"]
    assert names("The deal follows the intergovernmental memorandum of understanding on energy cooperation, which "
                 "the two governments signed in 2016.") == [
        "intergovernmental memorandum of understanding on energy cooperation"]
    assert names("Talks continue on an intergovernmental agreement on energy cooperation.") == []


def test_a_bodys_possessive_names_its_lower_case_instrument_and_its_issuer():
    for text, body, name in [
            ("The State Bank's circular on loan classification takes effect next month.",
             "State Bank of Vietnam", "circular on loan classification"),
            ("Factories complained that the Government's new decree on carbon markets sets caps too early.",
             "Government", "decree on carbon markets"),
            ("The Politburo's resolution on private economic development calls for cutting red tape.",
             "Politburo", "resolution on private economic development"),
            ("The Ministry of Health's action plan on dengue prevention requires weekly checks in schools.",
             "Ministry of Health", "action plan on dengue prevention")]:
        got = facts(text, "2026-12-07", "en")
        assert (body, "issued", name) in got, (text, got)


def test_an_instrument_brought_in_by_a_and_its_issuer_after_by():
    got = facts("A decree on social insurance issued by the Government last month lets workers withdraw savings.",
                "2026-12-07", "en")
    assert ("Government", "issued", "decree on social insurance") in got


def test_a_possessive_or_a_bare_kind_that_names_no_issued_instrument():
    text = ("The court's decision on the appeal came on Monday. Businesses want a decree on land prices soon. "
            "Plan 5/KH-UBND follows Resolution 138/NQ-CP, the Government's action programme for the Politburo "
            "resolution.")
    assert _policies(text) == ["Plan 5/KH-UBND", "Resolution 138/NQ-CP"]


def test_a_finite_verb_ends_the_subject_of_an_instrument_opening_its_clause():
    assert _policies("The draft decree on rural water supply sets fees for households.") == [
        "draft decree on rural water supply"]
    assert _policies("The national strategy on green growth calls for cutting emissions.") == [
        "national strategy on green growth"]


def test_a_bodys_name_as_attribute_of_a_lower_case_instrument_issues_it():
    got = facts("Land near stations can be sold, as allowed by a Government decree on transit-oriented development "
                "that took effect in July.", "2026-12-07", "en")
    assert ("Government", "issued", "decree on transit-oriented development") in got
    got = facts("Provinces must apply the Politburo resolution on private economic development.", "2026-12-07", "en")
    assert ("Politburo", "issued", "resolution on private economic development") in got
    assert _policies("The Vietnamese decree on drones is strict.") == []
    # (a number named soon after names the instrument the description brings in)
    assert _policies("A Government decree on rice export business tightens licences. Decree 285/2026/NĐ-CP replaces "
                     "Decree 107.") == ["Decree 285/2026/NĐ-CP", "Decree 107"]


def test_more_verbs_of_making_bring_in_a_lower_case_instrument():
    assert _policies("The Ministry of Construction has also released a circular on technical standards for metro "
                     "systems.") == ["circular on technical standards for metro systems"]
    assert _policies("The council is expected to pass a resolution on incentives for relocated institutions.") == [
        "resolution on incentives for relocated institutions"]
    assert _policies("The department had drawn up a plan on English teaching in public schools implementing the "
                     "project.") == ["plan on English teaching in public schools"]


def test_a_time_preposition_ends_a_signed_instruments_name():
    spans = _spans("Vietnam and Japan on Wednesday signed an agreement on the mutual recognition of driving licences "
                   "during Prime Minister Pham Minh Chinh's official visit to Tokyo.", "en")
    assert ("POLICY", "agreement on the mutual recognition of driving licences") in spans

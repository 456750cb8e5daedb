"""The recognisers in the order they run, grouped in the stages the spaCy components run.

One text's candidates travel from stage to stage in a :class:`Recognition`:

``gazetteer``   known names and titles from the lexicon (:mod:`.gazetteer`, :mod:`.titles`)
``patterns``    dates, then names built by rules from the text: persons, organisations,
                policies, events, places, credits and bylines
``context``     names that other names or the article as a whole reveal: units and
                branches of bodies, local bodies, event names finished, bodies read
                from context, unexplained capitalised runs, lists
``statistical`` people proposed by underthesea's CRF and by kg's own CRF (optional)
``resolve``     (:mod:`.resolve`) the best non-overlapping spans, nested names, titles

The order inside a stage is the order of the ``STAGES`` table and matters: a
recogniser sees every candidate proposed before it. :func:`analyze_text` runs
every stage on a plain string; the spaCy components in :mod:`.components` run
one stage each on a ``Doc``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from kg.nlp.recognizers.ethnic_groups import without_ethnic_persons
from kg.nlp.recognizers.decorations import without_decoration_persons
from kg.nlp.recognizers.candidates import Analysis, Candidate
from kg.nlp.recognizers.dates import date_candidates
from kg.nlp.recognizers.document import cut_at_stops, local_body_candidates, shared_place_candidates
from kg.nlp.recognizers.body_names import standing_office_candidates
from kg.nlp.recognizers.listed_places import listed_place_candidates
from kg.nlp.recognizers.purpose_bodies import body_references, purpose_body_candidates
from kg.nlp.recognizers.document import SYLLABLE, one_syllable
from kg.nlp.recognizers.bodies_en import lower_body_candidates
from kg.nlp.recognizers.topic_modifiers_en import topic_as_modifier, topic_as_portfolio
from kg.nlp.recognizers.drafts_en import draft_candidates
from kg.nlp.recognizers.signed_drafts_en import (compound_signed_candidates, dated_plan_candidates,
                                                signed_document_candidates, signed_with_candidates)
from kg.nlp.recognizers.event_names import ceremony_candidates, finish_event_names
from kg.nlp.recognizers.gatherings_vi import gathering_candidates
from kg.nlp.recognizers.held_compounds_en import held_compound_candidates
from kg.nlp.recognizers.events_en import (based_org_candidates, english_event_candidates, held_lower_event_candidates,
                                         named_lower_event_candidates)
from kg.nlp.lexicon import Lexicon, load_lexicon
from kg.nlp.recognizers.title_bodies import title_body_candidates
from kg.nlp.recognizers.trade_companies import company_candidates
from kg.nlp.recognizers.names import (association_candidates, byline_candidates, constitution_candidates,
                                      media_candidates,
                                      english_local_body_candidates, english_street_candidates,
                                      address_street_candidates,
                                      english_titled_names)
from kg.nlp.recognizers.context import (context_candidates, credit_candidates, list_candidates, name_run_candidates,
                                        team_candidates)
from kg.nlp.recognizers.events import event_candidates, generic_event_candidates
from kg.nlp.recognizers.elections import election_candidates
from kg.nlp.recognizers.launched_campaigns import launched_campaign_candidates
from kg.nlp.recognizers.working_sessions_vi import verbal_working_sessions
from kg.nlp.recognizers.gazetteer import gazetteer_candidates
from kg.nlp.recognizers.companies import (brand_extensions, company_short_forms, english_company_short_forms,
                                         institution_short_forms)
from kg.nlp.recognizers.organisations import org_candidates, org_reference_candidates
from kg.nlp.recognizers.persons import given_name_references, highland_names, person_candidates
from kg.nlp.recognizers.regulating_policies import regulating_policy_candidates
from kg.nlp.recognizers.regional_units import regional_unit_candidates
from kg.nlp.recognizers.team_subjects import team_subject_candidates
from kg.nlp.recognizers.bare_names import bare_name_candidates
from kg.nlp.recognizers.org_subjects import org_subject_candidates
from kg.nlp.recognizers.body_venues import body_venue_candidates
from kg.nlp.recognizers.agency_names import agency_name_candidates
from kg.nlp.recognizers.unit_tails import unit_tail_candidates
from kg.nlp.recognizers.ward_bodies import ward_body_candidates
from kg.nlp.recognizers.eponym_schools import eponym_school_candidates
from kg.nlp.recognizers.place_heads import place_head_candidates
from kg.nlp.recognizers.address_units import address_unit_candidates
from kg.nlp.recognizers.places import place_candidates
from kg.nlp.recognizers.policies import policy_candidates
from kg.nlp.recognizers.policy_refs import policy_reference_candidates
from kg.nlp.recognizers.titled_policies_en import titled_policy_candidates
from kg.nlp.recognizers.period_plans_en import period_plan_candidates
from kg.nlp.recognizers.national_plans_en import national_plan_candidates
from kg.nlp.recognizers.guiding_drafts_en import guiding_draft_candidates
from kg.nlp.recognizers.field_plans_en import field_plan_candidates
from kg.nlp.recognizers.field_topics_en import field_topic_candidates as english_field_topics, listed_field_candidates
from kg.nlp.recognizers.field_topics_en import lower_body_topic_candidates
from kg.nlp.recognizers.learned_topics_en import learned_topic_candidates
from kg.nlp.recognizers.field_topics import headline_field_candidates
from kg.nlp.recognizers.listed_fields_vi import listed_field_candidates_vi
from kg.nlp.recognizers.titled_event_fields_en import titled_event_field_candidates
from kg.nlp.recognizers.coordinated_topics_en import coordinated_topic_candidates
from kg.nlp.recognizers.missions_en import mission_candidates
from kg.nlp.recognizers.sports_en import sport_candidates
from kg.nlp.recognizers.vietnamese_places_en import vietnamese_place_candidates
from kg.nlp.recognizers.numbered_units_en import numbered_unit_candidates
from kg.nlp.recognizers.policy_visions_en import vision_candidates
from kg.nlp.recognizers.occupations_en import occupation_name_candidates
from kg.nlp.recognizers.participant_lists_en import coordinated_company_candidates, participant_list_candidates
from kg.nlp.recognizers.acronym_names import acronym_name_candidates
from kg.nlp.recognizers.name_edges_en import trimmed_name_edges
from kg.nlp.recognizers.org_origins_en import trimmed_origins
from kg.nlp.recognizers.brand_arms_en import brand_arm_candidates
from kg.nlp.recognizers.agreements import memorandum_candidates, qualified_number_candidates
from kg.nlp.recognizers.visits import visit_candidates
from kg.nlp.recognizers.brand_lists import brand_list_candidates
from kg.nlp.recognizers.party_units import party_unit_candidates
from kg.nlp.recognizers.repeats import repeated_name_candidates, repeated_english_bodies
from kg.nlp.recognizers.head_refs import clause_head_references
from kg.nlp.recognizers.resolve import resolve
from kg.nlp.recognizers.statistical import CrfTagger, ModelTagger, statistical_candidates
from kg.nlp.recognizers.speakers_en import speaker_given_names, speakers_after_said
from kg.nlp.recognizers.local_acronyms_en import local_acronym_candidates, local_lower_body_candidates
from kg.nlp.recognizers.possessive_bodies_en import possessive_body_candidates
from kg.nlp.recognizers.cued_companies_en import cued_company_candidates
from kg.nlp.recognizers.dharma_names_en import dharma_name_candidates
from kg.nlp.recognizers.storms import storm_candidates
from kg.nlp.recognizers.foreign_names_en import given_name_candidates, korean_name_candidates
from kg.nlp.recognizers.scorers_en import scorer_candidates
from kg.nlp.recognizers.transliterated_names import transliterated_name_candidates
from kg.nlp.recognizers.managed_places import managed_place_candidates
from kg.nlp.recognizers.role_bodies_en import role_body_candidates
from kg.nlp.recognizers.country_firms_en import country_firm_candidates
from kg.nlp.recognizers.trade_names_en import trade_name_candidates
from kg.nlp.recognizers.dated_events_en import dated_event_candidates
from kg.nlp.recognizers.subsidiaries_en import (apposed_company_candidates, legal_prefix_companies, tail_short_forms,
                                                listed_company_candidates, named_company_candidates,
                                                org_before_title_candidates, vietnam_arm_candidates)
from kg.nlp.recognizers.compass_regions import drop_compass_regions
from kg.nlp.recognizers.missions_vi import mission_candidates_vi
from kg.nlp.recognizers.themes import drop_theme_persons
from kg.nlp.recognizers.titles import title_candidates
from kg.nlp.recognizers.words import Word, sentence_start, words_of


@dataclass
class Recognition:
    """One text's candidates between stages (``doc.user_data["kg_recognition"]`` in the pipeline)."""

    text: str
    lang: str
    published: str | None
    words: list[Word]
    word_spans: list[tuple[int, int]]
    word_ends: dict[int, int]  # syllable start -> end of the segmented word it begins or continues
    sentences: list[tuple[int, int]]
    cands: list[Candidate] = field(default_factory=list)
    titles: list[Candidate] = field(default_factory=list)
    dates: list[Candidate] = field(default_factory=list)  # found first, competing last
    stages: list[str] = field(default_factory=list)  # the stages run so far, in order

    @classmethod
    def start(cls, text: str, lang: str, published: str | None = None,
              sentences: list[tuple[int, int]] | None = None,
              word_spans: list[tuple[int, int]] | None = None) -> "Recognition":
        """The empty recognition of ``text``: its word view, word ends and sentences."""
        word_ends: dict[int, int] = {}
        for ws, we in cut_at_stops(text, word_spans or []):
            if one_syllable(text[ws:we]):
                word_ends[ws] = we  # (most words: one syllable)
                continue
            for m in SYLLABLE.finditer(text[ws:we]):
                word_ends[ws + m.start()] = we
        return cls(text, lang, published, words_of(text), list(word_spans or []), word_ends,
                   sentences or [(0, len(text))])


@dataclass(frozen=True)
class Step:
    """One recogniser: its name, the languages it reads, and how it is called.

    ``run`` returns the candidates to add; with ``replaces`` it returns the
    whole new candidate list (a pass that rewrites earlier candidates).
    """

    name: str
    run: Callable[[Recognition, Lexicon], list[Candidate]]
    langs: str = "all"  # "all", "vi", or "other" (every language but Vietnamese)
    replaces: bool = False

    def reads(self, lang: str) -> bool:
        return self.langs == "all" or (self.langs == "vi") == (lang == "vi")


def _titles(r: Recognition, lex: Lexicon) -> list[Candidate]:
    r.titles = title_candidates(r.text, r.words, lex)
    return []


def _dates(r: Recognition, lex: Lexicon) -> list[Candidate]:
    r.dates = date_candidates(r.text, r.lang, r.published)
    return []


def _segment_starts(word_spans: list[tuple[int, int]]) -> set[int] | None:
    """Every syllable start that begins a segmented word, or None without segmentation."""
    return {s for s, _ in word_spans} if word_spans else None


STAGES: dict[str, tuple[Step, ...]] = {
    "gazetteer": (
        Step("gazetteer", lambda r, lex: gazetteer_candidates(r.text, r.words, r.lang, lex)),
        Step("titles", _titles),
    ),
    "patterns": (
        Step("dates", _dates),
        Step("persons", lambda r, lex: person_candidates(r.text, r.words, r.lang, lex)),
        Step("given-names", lambda r, lex: given_name_references(r.text, r.words, r.cands, r.lang)),
        Step("organisations", lambda r, lex: org_candidates(r.text, r.words, r.lang, lex, r.word_ends,
                                                             frozenset(t.start for t in r.titles), r.titles)),
        Step("highland-names", lambda r, lex: highland_names(r.text, r.words, r.titles, r.cands)),
        Step("policies", lambda r, lex: policy_candidates(r.text, r.lang, lex)),
        Step("policy-references", lambda r, lex: policy_reference_candidates(r.text, r.lang)),
        Step("memoranda", lambda r, lex: memorandum_candidates(r.text), "vi"),
        Step("qualified-numbers", lambda r, lex: qualified_number_candidates(r.text, lex), "vi"),
        Step("constitution", lambda r, lex: constitution_candidates(r.text)),
        Step("events", lambda r, lex: event_candidates(r.text, r.words, r.lang, lex)),
        Step("elections", lambda r, lex: election_candidates(r.text), "vi"),  # "cuộc bầu cử đại biểu Quốc hội khóa XVI"
        Step("launched-campaigns", lambda r, lex: launched_campaign_candidates(r.text, lex), "vi"),  # "phát động chiến dịch …"
        Step("gatherings", lambda r, lex: gathering_candidates(r.text, lex), "vi"),
        Step("storms", lambda r, lex: storm_candidates(r.text, r.lang), "other"),
        Step("visits", lambda r, lex: visit_candidates(r.text, lex), "vi"),
        Step("org-references", lambda r, lex: org_reference_candidates(r.text, r.lang)),
        Step("head-references", lambda r, lex: clause_head_references(r.text, r.words, lex), "vi"),
        Step("dated-events", lambda r, lex: generic_event_candidates(r.text, r.lang, r.sentences, r.dates)),
        Step("working-sessions", lambda r, lex: verbal_working_sessions(r.text, r.sentences, r.dates), "vi"),
        Step("venues", lambda r, lex: place_candidates(r.text, r.words, r.lang, lex, r.word_ends)),
        Step("place-heads", lambda r, lex: place_head_candidates(r.text, r.words, lex,
                                                                 _segment_starts(r.word_spans)), "vi"),
        Step("address-units", lambda r, lex: address_unit_candidates(r.text, lex), "vi"),  # "P. Bến Nghé, Q.1"
        Step("brand-extensions", lambda r, lex: brand_extensions(r.text, r.words, r.cands)),
        Step("company-short-forms", lambda r, lex: company_short_forms(r.text, r.cands)),
        Step("institution-short-forms", lambda r, lex: institution_short_forms(r.text, r.cands, lex), "vi"),
        Step("company-short-forms-en", lambda r, lex: english_company_short_forms(r.text, r.cands), "other"),
        Step("credits", lambda r, lex: credit_candidates(r.text, lex)),
        Step("bylines", lambda r, lex: byline_candidates(r.text, r.lang, lex)),
        Step("media", lambda r, lex: media_candidates(r.text), "vi"),
        # before "context", which reads a company's short form in brackets: "Công ty cổ phần … (Dofarm)"
        Step("companies", lambda r, lex: company_candidates(r.text, lex, r.titles), "vi"),
        # the brand of a company named through lower-case trade words ("Công ty TNHH công nghệ Goertek Vina")
        Step("company-short-forms-lower", lambda r, lex: company_short_forms(
            r.text, [c for c in r.cands if c.source == "company-lower"]), "vi"),
        Step("brand-lists", lambda r, lex: brand_list_candidates(r.text, lex), "vi"),
        Step("associations", lambda r, lex: association_candidates(r.text, lex), "vi"),
        Step("agency-names", lambda r, lex: agency_name_candidates(r.text), "vi"),
        Step("unit-tails", lambda r, lex: unit_tail_candidates(r.text), "vi"),
        Step("missions-vi", lambda r, lex: mission_candidates_vi(r.text, lex), "vi"),
        Step("regional-units", lambda r, lex: regional_unit_candidates(r.text, lex), "vi"),
        # last: only instruments no other recogniser names (a draft's reading keeps its own)
        Step("regulating-policies", lambda r, lex: regulating_policy_candidates(r.text, r.cands), "vi"),
    ),
    "context": (
        Step("context", lambda r, lex: context_candidates(r.text, r.words, lex, r.cands, r.titles), "vi"),
        Step("title-bodies", lambda r, lex: title_body_candidates(r.text, r.cands, r.titles), "vi"),
        Step("teams", lambda r, lex: team_candidates(r.text, r.cands), "vi"),
        Step("team-subjects", lambda r, lex: team_subject_candidates(r.text, r.cands), "vi"),
        Step("local-bodies", lambda r, lex: local_body_candidates(r.text, r.lang, r.cands)),
        Step("ward-bodies", lambda r, lex: ward_body_candidates(r.text, r.cands), "vi"),
        Step("party-units", lambda r, lex: party_unit_candidates(r.text, r.cands), "vi"),
        Step("shared-place-bodies", lambda r, lex: shared_place_candidates(r.text), "vi"),
        Step("ceremonies", lambda r, lex: ceremony_candidates(r.text), "vi"),
        Step("event-names", lambda r, lex: finish_event_names(r.text, r.cands), "vi", replaces=True),
        Step("managed-places", lambda r, lex: managed_place_candidates(r.text, r.cands), "vi"),
        Step("purpose-bodies", lambda r, lex: purpose_body_candidates(r.text, r.cands), "vi"),
        Step("standing-offices", lambda r, lex: standing_office_candidates(r.text, r.cands), "vi"),
        Step("body-references", lambda r, lex: body_references(r.text, r.cands), "vi"),
        Step("local-bodies-en", lambda r, lex: english_local_body_candidates(r.text, lex), "other"),
        Step("streets-en", lambda r, lex: english_street_candidates(r.text), "other"),
        Step("streets-vi", lambda r, lex: address_street_candidates(r.text), "vi"),
        Step("events-en", lambda r, lex: english_event_candidates(r.text), "other"),
        Step("named-lower-events-en", lambda r, lex: named_lower_event_candidates(r.text), "other"),
        Step("held-lower-events-en", lambda r, lex: held_lower_event_candidates(r.text), "other"),
        Step("held-compound-events-en", lambda r, lex: held_compound_candidates(r.text), "other"),
        Step("drafts-en", lambda r, lex: draft_candidates(r.text), "other"),
        Step("memoranda-en", lambda r, lex: signed_document_candidates(r.text), "other"),
        Step("compound-memoranda-en", lambda r, lex: compound_signed_candidates(r.text), "other"),
        Step("partnered-memoranda-en", lambda r, lex: signed_with_candidates(r.text), "other"),
        Step("dated-plans-en", lambda r, lex: dated_plan_candidates(r.text), "other"),
        Step("field-plans-en", lambda r, lex: field_plan_candidates(r.text, r.cands), "other"),
        Step("period-plans-en", lambda r, lex: period_plan_candidates(r.text), "other"),
        Step("national-plans-en", lambda r, lex: national_plan_candidates(r.text), "other"),
        Step("titled-policies-en", lambda r, lex: titled_policy_candidates(r.text), "other"),
        Step("guiding-drafts-en", lambda r, lex: guiding_draft_candidates(r.text, r.cands), "other"),
        Step("policy-visions-en", lambda r, lex: vision_candidates(r.text, r.cands), "other"),  # "… to 2025, Orientation to 2030"
        Step("field-topics-en", lambda r, lex: english_field_topics(r.text, r.cands), "other"),
        Step("listed-fields-en", lambda r, lex: listed_field_candidates(r.text, r.cands), "other"),
        Step("titled-event-fields-en", lambda r, lex: titled_event_field_candidates(r.text, r.cands), "other"),
        Step("listed-fields-vi", lambda r, lex: listed_field_candidates_vi(r.text, r.cands), "vi"),
        Step("headline-fields-vi", lambda r, lex: headline_field_candidates(r.text, r.cands), "vi"),
        Step("coordinated-topics-en", lambda r, lex: coordinated_topic_candidates(r.text, r.cands, lex), "other"),
        Step("missions-en", lambda r, lex: mission_candidates(r.text), "other"),
        Step("sports-en", lambda r, lex: sport_candidates(r.text), "other"),  # "the V.League 1", "Bangkok United"
        Step("numbered-units-en", lambda r, lex: numbered_unit_candidates(r.text, r.cands), "other"),
        Step("bodies-en", lambda r, lex: lower_body_candidates(r.text), "other"),
        Step("lower-body-fields-en", lambda r, lex: lower_body_topic_candidates(r.text, r.cands), "other"),
        Step("based-orgs-en", lambda r, lex: based_org_candidates(r.text), "other"),
        Step("local-acronyms-en", lambda r, lex: local_acronym_candidates(r.text, lex), "other"),  # "the Nghe An CDC"
        Step("local-lower-bodies-en", lambda r, lex: local_lower_body_candidates(r.text, lex), "other"),  # "the Đồng Nai police"
        Step("possessive-bodies-en", lambda r, lex: possessive_body_candidates(r.text, r.cands, lex), "other"),  # "Hanoi's Department of Health"
        Step("vietnamese-places-en", lambda r, lex: vietnamese_place_candidates(r.text, r.cands, lex), "other"),
        # before the runs of capitals typed by their neighbours: "Thép Nam Kim (NKG)" is a body, not a person
        Step("acronym-names", lambda r, lex: acronym_name_candidates(r.text, r.words, r.lang, lex, r.cands, r.titles)),
        Step("name-runs", lambda r, lex: name_run_candidates(r.text, r.words, r.lang, lex, r.cands, r.titles,
                                                             r.word_ends)),
        Step("listed-places", lambda r, lex: listed_place_candidates(r.text, r.words, r.cands), "vi"),
        Step("titled-names-en", lambda r, lex: english_titled_names(r.text, r.titles, r.cands, lex), "other"),
        Step("occupation-names-en", lambda r, lex: occupation_name_candidates(r.text, r.cands, lex), "other"),
        # the family name of a foreign name found above ("Rafael Mendoza" … "Mendoza said")
        Step("given-names-en", lambda r, lex: given_name_references(r.text, r.words, r.cands, r.lang), "other"),
        Step("apposed-companies", lambda r, lex: apposed_company_candidates(r.text), "other"),
        Step("role-bodies-en", lambda r, lex: role_body_candidates(r.text, r.cands, lex), "other"),
        Step("country-firms-en", lambda r, lex: country_firm_candidates(r.text, r.cands, lex), "other"),
        Step("dated-events-en", lambda r, lex: dated_event_candidates(r.text, lex), "other"),
        Step("given-name-runs-en", lambda r, lex: given_name_candidates(r.text, lex), "other"),
        Step("scorers-en", lambda r, lex: scorer_candidates(r.text, lex), "other"),  # "a goal from Kim Min-jae"
        Step("named-companies", lambda r, lex: named_company_candidates(r.text, lex), "other"),
        Step("cued-companies-en", lambda r, lex: cued_company_candidates(r.text, lex), "other"),  # "shares of Pharmacity"
        Step("legal-prefix-companies", lambda r, lex: legal_prefix_companies(r.text, lex), "other"),
        Step("trade-names-en", lambda r, lex: trade_name_candidates(r.text), "other"),  # "Sembcorp Development"
        Step("tail-short-forms", lambda r, lex: tail_short_forms(r.text, lex), "other"),
        Step("listed-companies", lambda r, lex: listed_company_candidates(r.text, lex), "other"),
        Step("participant-lists-en", lambda r, lex: participant_list_candidates(r.text, lex), "other"),
        Step("coordinated-companies-en", lambda r, lex: coordinated_company_candidates(r.text, r.cands, lex), "other"),
        Step("repeated-bodies-en", lambda r, lex: repeated_english_bodies(r.text, r.cands), "other"),
        Step("titled-orgs-en", lambda r, lex: org_before_title_candidates(r.text, r.titles, r.cands, lex), "other"),
        Step("vietnam-arms", lambda r, lex: vietnam_arm_candidates(r.text, r.cands, lex), "other"),
        Step("brand-arms-en", lambda r, lex: brand_arm_candidates(r.text, lex), "other"),  # "Amata Vietnam"
        Step("korean-names", lambda r, lex: korean_name_candidates(r.text), "other"),
        Step("dharma-names-en", lambda r, lex: dharma_name_candidates(r.text), "other"),  # "Thích Trí Quảng"
        Step("transliterated-names", lambda r, lex: transliterated_name_candidates(r.text, lex), "vi"),
        Step("speakers-en", lambda r, lex: speaker_given_names(r.text, r.words, r.cands, lex), "other"),
        Step("said-names-en", lambda r, lex: speakers_after_said(r.text, r.cands, lex), "other"),  # "…," said X.
        Step("lists", lambda r, lex: list_candidates(r.text, r.words, lex, r.cands, r.titles), "vi"),
        Step("place-lists-en", lambda r, lex: list_candidates(r.text, r.words, lex, r.cands, r.titles, "en"), "other"),
        Step("repeats", lambda r, lex: repeated_name_candidates(r.text, r.cands), "vi"),
        Step("eponym-schools", lambda r, lex: eponym_school_candidates(r.text, lex, r.cands, r.titles), "vi"),
        Step("org-subjects", lambda r, lex: org_subject_candidates(r.text, r.words, lex, r.cands), "vi"),
        Step("bare-names", lambda r, lex: bare_name_candidates(r.text, r.words, lex, r.cands, r.word_ends), "vi"),
        Step("body-venues", lambda r, lex: body_venue_candidates(r.text, r.cands, r.sentences), "vi"),
        # last of the English ones: fields no lexicon lists, where no other candidate stands
        Step("learned-topics-en", lambda r, lex: learned_topic_candidates(r.text, r.cands), "other"),
        Step("theme-words", lambda r, lex: drop_theme_persons(r.text, r.cands), "vi", replaces=True),
        Step("compass-regions", lambda r, lex: drop_compass_regions(r.text, r.cands), replaces=True),
    ),
}

# What each stage needs to have run before it (the last stage it follows).
AFTER = {"gazetteer": None, "patterns": "gazetteer", "context": "patterns", "statistical": "context",
         "resolve": "context"}


def run_stage(r: Recognition, stage: str, lex: Lexicon | None = None) -> None:
    """Run the recognisers of ``stage`` in order, adding their candidates to ``r``."""
    lex = lex or load_lexicon()
    for step in STAGES[stage]:
        if not step.reads(r.lang):
            continue
        found = step.run(r, lex)
        if step.replaces:
            r.cands = found
        else:
            r.cands += found
    r.stages.append(stage)


def run_statistical(r: Recognition, crf: CrfTagger | None, model: ModelTagger | None,
                    lex: Lexicon | None = None) -> None:
    """Add the people ``crf`` and ``model`` propose where the rules explain nothing."""
    r.cands += statistical_candidates(r.text, r.lang, r.words, r.cands, lex or load_lexicon(), crf, model)
    r.stages.append("statistical")


def final_candidates(r: Recognition) -> list[Candidate]:
    """The candidates resolution chooses from: all of them, less the ethnic groups of a list and the decorations
    taken for persons (and Vietnamese theme words the statistical stage took for persons), and English topic words
    inside a name."""
    cands = without_decoration_persons(r.text, without_ethnic_persons(r.text, r.cands))
    if r.lang == "vi":  # (and the persons the statistical stage proposed inside a theme or a celebrated name)
        return drop_theme_persons(r.text, cands) if "statistical" in r.stages else cands
    cands = trimmed_name_edges(r.text, cands)  # "South Korea's LG Group": the country, then the company
    cands = trimmed_origins(r.text, cands)  # "Chulalongkorn University of Thailand": the university, then the country
    return [c for c in cands if not _topic_inside_a_name(r.text, c, cands)
            and not topic_as_modifier(r.text, c, cands) and not topic_as_portfolio(r.text, c)]


def _topic_inside_a_name(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """English: "Minister of Culture, Sports and Tourism": a title-case topic word among the fields a
    body's name lists, in a name no other candidate covers, is part of that name, not a topic."""
    surface = text[c.start:c.end]
    if c.label != "TOPIC" or not surface[:1].isupper() or surface.isupper() or sentence_start(text, c.start):
        return False
    if any(o is not c and o.label not in ("TOPIC", "TITLE", "DATE") and o.start <= c.start and c.end <= o.end
           for o in cands):
        return False  # inside a policy's or body's name: the nested topic gives ``about``
    before = _BODY_FIELDS_BEFORE.search(text, max(0, c.start - 80), c.start)
    after = re.match(r"(?:,|\s+(?:and|&))?\s+[A-Z][a-z]", text[c.end:c.end + 40])
    return bool(before and after)


# "Minister of Culture, ", "Ministry of Science and ": a body's head and the fields its name lists
_BODY_FIELDS_BEFORE = re.compile(r"\b(?:Minister|Ministry|Department|Committee|Commission|Institute|University|"
                                 r"Academy|Association|Federation|Council)\s+(?:of|for|on)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w-]*,?\s+(?:and\s+|&\s+)?){1,4}$")


def analyze_text(text: str, lang: str = "vi", published: str | None = None,
                 sentences: list[tuple[int, int]] | None = None,
                 crf: CrfTagger | None = None,
                 word_spans: list[tuple[int, int]] | None = None,
                 model: ModelTagger | None = None) -> Analysis:
    """Run every recogniser over ``text`` and pick the entity spans.

    ``word_spans`` (from the word segmenter) lets a name end where its last word ends.
    ``crf`` proposes PER spans for the given lines; it is only asked about
    lines with capitalised runs that nothing else explains, since it is slow.
    ``model`` (kg's own trained CRF, :mod:`kg.train`) proposes names of people
    for the same purpose: two or more title-case syllables, lowest priority.
    """
    lex = load_lexicon()
    r = Recognition.start(text, lang, published, sentences, word_spans)
    for stage in ("gazetteer", "patterns", "context"):
        run_stage(r, stage, lex)
    run_statistical(r, crf, model, lex)
    return resolve(r.text, final_candidates(r), r.dates, r.titles, lex)

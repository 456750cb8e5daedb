"""Relation passes added to the rules of :mod:`kg.extract` for text nobody tuned for.

Each pass reads one sentence (a :class:`kg.extract.Sentence`) and returns relations;
:func:`sentence_relations` runs them all. Their cue words live in
``kg/data/relations/cues.json`` (:mod:`kg.relations.cues`).
"""
from __future__ import annotations


from kg.relations.affiliations import affiliations, possessive_titles, relative_titles
from kg.relations.kind_titles_en import kind_titles
from kg.relations.elections_en import elected_officers
from kg.relations.awards import (award_recipients, body_opens_event, ceremony_recipients, handed_at_event_en,
                                 meeting_partners)
from kg.relations.attendance import at_event_openings, semicolon_givers, attendance_lists, took_part
from kg.relations.meeting_speakers import representatives_presented, session_speakers, speaker_after_opening
from kg.relations.conversations import conversation_parties, plural_parties, possessor_participants, visit_stays
from kg.relations.event_subjects import subject_at_event
from kg.relations.pronouns import pronoun_memberships
from kg.relations.signing_refs import signers_at_the_signing, signers_of_documents, signers_of_it
from kg.relations.trial_topics import trial_crime_topics
from kg.relations.general_meetings import general_meeting_hosts
from kg.relations.dates import relative_dates, same_day
from kg.relations.delegations_en import delegation_leaders, received_at_reception
from kg.relations.delegations_vi import delegation_heads, verbal_sessions
from kg.relations.held_sessions_vi import held_sessions
from kg.relations.ceremony_hosts_en import launch_ceremony_hosts
from kg.relations.former import former_titles, lower_case_roles
from kg.relations.heads import bodies_of_bare_roles, kind_word_bodies, units_of_kind_word
from kg.relations.promulgation import (adopted_by_the_meeting, approved_under, detailing_instruments,
                                       promulgated_by_decision)
from kg.relations.happenings import trial_parties, visit_places, visitors
from kg.relations.visit_hosts_en import visit_hosts
from kg.relations.organizations import unit_of
from kg.relations.bare_parents import bare_kind_parents
from kg.relations.had_documents import had_documents
from kg.relations.own_units import own_units
from kg.relations.ref_titles import titles_of_a_ref
from kg.relations.foreign_titles import foreign_bodies, foreign_memberships
from kg.relations.based_refs import based_firm_refs
from kg.relations.firm_places_en import firm_home_places
from kg.relations.openings import opening_attendees, attended_the_opening, due_at_the_event
from kg.relations.parents import acronym_parents, named_parents, subsidiary_of_named
from kg.relations.visits import visit_meetings
from kg.relations.questions import delegation_members, question_time
from kg.relations.owners import dispatched
from kg.relations.participation import possessed_events
from kg.relations.signing_parties import signing_parties
from kg.relations.people import led_bodies
from kg.relations.places import hosting_places, org_places
from kg.relations.residences import residences
from kg.relations.office_seats import office_seats
from kg.relations.on_behalf import on_behalf_members
from kg.relations.dateline_places_en import events_in_the_dateline_place
from kg.relations.lead_event_places_en import lead_event_in_dateline
from kg.relations.seats_en import body_seats, named_after_opening
from kg.relations.including import attended_including, including_subjects
from kg.relations.journeys import journey_venues
from kg.relations.defendants import defendants_at_trial
from kg.relations.board_elections import board_elections
from kg.relations.events import apposed_sub_bodies, event_place_lists, joined_events, meeting_of_the_body, organizers_by_list
from kg.relations.reported_implementers_en import reported_implementers
from kg.relations.plan_implementers_en import plan_implementers
from kg.relations.plural_signers_en import plural_signers
from kg.relations.signing_counterparts_en import signed_with
from kg.relations.implements_en import (clause_implements, fronted_basis_implements, implemented_under, tasks_set_out,
                                        object_clause_implements, referring_subject_implements, named_next_implements,
                                        action_programme_for)
from kg.relations.relative_organisers_en import relative_organisers
from kg.relations.policy_refs_en import announced_issuers, attributive_issuers, ref_dates, relative_issuers
from kg.relations.assigned_tasks import lead_body_implements, plan_purpose
from kg.relations.policies import implements_more, implements_refs, issued_more
from kg.relations.signers import signed_by
from kg.relations.passive_makers_en import passive_makers
from kg.relations.plural_refs_en import plural_signed
from kg.relations.lede_instruments_en import lede_instruments
from kg.relations.purpose_implementers_en import purpose_implementers
from kg.relations.policy_subjects import (issued_the_kind, ref_body_issued, ref_issued_by, signed_in_clause, signed_the_kind,
                                         subject_implements, subject_signed)
from kg.relations.titles import chained_titles
from kg.relations.academic_ranks_en import academic_ranks
from kg.relations.competitions_en import match_sides, won_by
from kg.relations.titled_refs_en import titled_heads_of_refs
from kg.relations.effect_en import instrument_on_implementing, put_into_effect, subject_named_by_it
from kg.relations.signers import signed_for_a_party
from kg.relations.signers_vi import apposed_passive_signer, apposed_signers
from kg.relations.fronted_signers_vi import fronted_signers
from kg.relations.policy_clauses import accordingly_topics
from kg.relations.body_topics import committee_subject, committee_topics
from kg.relations.topics import continued_policy_topics, discussed_topics
from kg.relations.winners import award_presenters, contest_winners, title_winners
from kg.relations.proposers import proposers_at_event
from kg.relations.named_tasks import bodies_named_by_task, partners_implement, plans_named_for_a_kind
from kg.relations.sessions import continued_sittings
from kg.relations.event_topics import compound_focus_topics, generic_event_topics
from kg.relations.regulated_topics import regulated_topics
from kg.relations.board_topic_lists import cut_board_lists
from kg.relations.policy_clauses_vi import according_to_kind_topics, kind_regulated_topics, purpose_policy_topics
from kg.relations.hosts import hosts_after_event, organiser_lists
from kg.relations.chairs import chaired_by, prosecutors
from kg.relations.bare_implementers import bare_body_implements, bare_body_implements_en
from kg.relations.fronted_generic_vi import generic_subject_implements
from kg.relations.undertakings_en import own_instruments, province_acts, undertaken_under
from kg.relations.handovers import handed_at_event
from kg.relations.bullet_lists import bulleted_attendance
from kg.relations.kind_subjects import kind_subject_implements
from kg.relations.included_instruments import counted_issued, counted_set_members
from kg.relations.field_scopes import scoped_plan_topics
from kg.relations.event_purposes import purpose_topics, signed_instrument_topics
from kg.relations.purposes_en import partner_split_topics_en, purpose_topics_en
from kg.relations.scene_venues import scene_venues
from kg.relations.activity_venues_vi import activity_venues
from kg.relations.attendee_examples import attendee_examples
from kg.relations.report_speakers import (heard_at_event, presented_reports, presenting_bodies, report_speakers,
                                          represented_bodies)
from kg.relations.base import Relation, Sentence
from kg.relations.signer_bodies import signer_body_issued, signer_memberships
from kg.relations.continued_lists import continued_lists
from kg.relations.ceremonies_en import act_ceremony_date, ceremony_object_places, opening_ceremony_date
from kg.relations.ceremonies_vi import act_ceremony_facts
from kg.relations.presence_acts import present_by_act
from kg.relations.presence_acts_en import present_by_act_en
from kg.relations.seat_refs_vi import seat_of_kind_ref
from kg.relations.match_results_vi import result_sides
from kg.relations.companions_en import attending_with, bodies_at_event, joined_attendees
from kg.relations.trophy_presenters_en import trophy_handovers
from kg.relations.exhibitors_en import exhibitors
from kg.relations.it_events_en import it_held_event, it_held_places, it_organised_by, they_held_it
from kg.relations.co_organisers_en import cooperating_organisers
from kg.relations.regulated_topics_en import regulated_topics_en
from kg.relations.remit_topics_en import remit_topics_en
from kg.relations.event_clauses_en import clause_event_topics, parties_agreed_topics
from kg.relations.online_venues_en import online_venues
from kg.relations.venue_refs_en import venue_refs
from kg.relations.contestants_en import contest_results, teams_from_bodies, team_leaders
from kg.relations.organisers_en import apposed_organisers
from kg.relations.arrivals_en import (came_for_event, presenters_en, signing_partners_at_event, announced_at_by, among_participants,
                                      contest_opponents, handed_to_recipients, gathered_place,
                                      sidelines_meetings, prize_went_to)
from kg.relations.talks_en import talks_named_nearby
from kg.relations.attendee_groups_en import attendee_groups
from kg.relations.delegation_parts_en import delegation_parts, sent_delegations
from kg.relations.event_hosts_en import hosted_by_places
from kg.relations.event_weekdays_en import dated_right_after
from kg.relations.held_by_en import held_later_by
from kg.relations.joint_organisers_en import joint_organisers
from kg.relations.signing_events_en import signers_at_the_told_event
from kg.relations.named_next_en import named_next_issuers
from kg.relations.issued_bases_en import issued_on_basis
from kg.relations.approving_signers_en import approving_signers
from kg.relations.represented_en import (award_conferrers, award_givers, bodies_met_at_event, delegates_on_panels, delegation_bodies,
                                         speaking_representatives)


PASSES = (attendance_lists, at_event_openings, relative_dates, organizers_by_list, event_place_lists, issued_more, implements_more,
          committee_topics, committee_subject, continued_policy_topics, apposed_sub_bodies, trial_parties, visit_places,
          org_places, office_seats, residences, signing_parties, took_part, present_by_act, present_by_act_en, seat_of_kind_ref, result_sides, trophy_handovers, representatives_presented, signed_by, passive_makers, plural_signed, lede_instruments, purpose_implementers, implements_refs,
          lead_body_implements, plan_purpose, unit_of, led_bodies, possessed_events,
          implemented_under, referring_subject_implements, ref_dates, relative_issuers, attributive_issuers,
          fronted_basis_implements, object_clause_implements, tasks_set_out, action_programme_for,
          accordingly_topics, relative_titles, affiliations, possessive_titles, kind_titles, elected_officers, academic_ranks, match_sides, won_by,
          titled_heads_of_refs,
          award_recipients, body_opens_event, meeting_partners, session_speakers, bodies_of_bare_roles, kind_word_bodies,
          promulgated_by_decision, detailing_instruments, speaker_after_opening,
          put_into_effect, subject_named_by_it, instrument_on_implementing, signed_for_a_party,
          approved_under, adopted_by_the_meeting, clause_implements, ceremony_recipients, handed_at_event_en,
          subject_implements, subject_signed, ref_issued_by, discussed_topics, signed_in_clause,
          issued_the_kind, visitors, visit_hosts, signed_the_kind, ref_body_issued, named_parents, acronym_parents, subsidiary_of_named,
          visit_meetings, question_time, delegation_members, dispatched, conversation_parties,
          possessor_participants, subject_at_event, pronoun_memberships, signers_of_documents, signers_of_it,
          visit_stays, attended_including, including_subjects, journey_venues, contest_winners, proposers_at_event,
          bodies_named_by_task, award_presenters, generic_event_topics, title_winners, hosts_after_event,
          compound_focus_topics,
          partners_implement, continued_sittings, chaired_by, plans_named_for_a_kind, prosecutors, own_units,
          titles_of_a_ref, based_firm_refs, firm_home_places, opening_attendees, bare_body_implements, bare_body_implements_en, generic_subject_implements, undertaken_under, province_acts, own_instruments, delegation_leaders,
          launch_ceremony_hosts, regulated_topics, represented_bodies, presenting_bodies, presented_reports, attendee_examples,
          report_speakers, heard_at_event,
          kind_subject_implements, bulleted_attendance, signers_at_the_signing, trial_crime_topics,
          general_meeting_hosts, meeting_of_the_body, hosting_places, organiser_lists, counted_set_members, counted_issued,
          scoped_plan_topics, purpose_topics, purpose_topics_en, partner_split_topics_en, signed_instrument_topics,
          attending_with, cooperating_organisers,
          regulated_topics_en, remit_topics_en, online_venues, venue_refs, bodies_at_event, ceremony_object_places, came_for_event, presenters_en,
          signing_partners_at_event, announced_at_by, among_participants,
          contest_opponents, contest_results, teams_from_bodies,
          attended_the_opening, apposed_organisers, due_at_the_event, team_leaders,
          clause_event_topics, parties_agreed_topics, continued_lists, body_seats,
          named_after_opening, delegation_heads, verbal_sessions, held_sessions, units_of_kind_word, defendants_at_trial, board_elections,
          reported_implementers, plan_implementers, plural_signers, signed_with, apposed_signers, apposed_passive_signer, fronted_signers, purpose_policy_topics, kind_regulated_topics, according_to_kind_topics,
          cut_board_lists, it_held_places, named_next_implements, it_held_event, it_organised_by, they_held_it, exhibitors, received_at_reception,
          events_in_the_dateline_place, announced_issuers, relative_organisers, handed_to_recipients,
          gathered_place, sidelines_meetings, prize_went_to, talks_named_nearby,
          bodies_met_at_event, delegates_on_panels, delegation_bodies, award_givers, award_conferrers, speaking_representatives,
          hosted_by_places, dated_right_after, held_later_by, joint_organisers, bare_kind_parents, had_documents, attendee_groups,
          delegation_parts, sent_delegations,
          on_behalf_members, named_next_issuers, issued_on_basis, approving_signers)


# The passes whose first statement is ``if s.lang != "en" …: return []`` (and "vi"): they find nothing in a
# sentence of the other language, so such a sentence does not call them (~0.3 ms of each article's CPU went to
# calling 109 English passes on Vietnamese sentences). tests/relations/test_pass_languages.py reads each
# pass's first statement and fails when a guarded pass is missing from them.
EN_ONLY = frozenset({
    "academic_ranks", "acronym_parents", "action_programme_for", "among_participants", "announced_at_by", "approving_signers",
    "announced_issuers", "apposed_organisers", "attended_the_opening", "attendee_groups", "attending_with",
    "attributive_issuers", "award_conferrers", "award_givers", "bare_body_implements_en", "based_firm_refs",
    "bodies_at_event", "bodies_met_at_event", "body_seats", "came_for_event", "ceremony_object_places",
    "clause_event_topics", "compound_focus_topics", "contest_opponents", "contest_results", "conversation_parties",
    "cooperating_organisers", "delegates_on_panels", "delegation_bodies", "delegation_leaders", "delegation_parts",
    "due_at_the_event", "elected_officers", "events_in_the_dateline_place", "exhibitors", "firm_home_places",
    "fronted_basis_implements", "gathered_place", "general_meeting_hosts", "handed_at_event_en",
    "handed_to_recipients", "held_later_by", "including_subjects", "instrument_on_implementing", "issued_on_basis", "issued_the_kind",
    "it_held_places", "it_organised_by", "joint_organisers", "kind_titles", "launch_ceremony_hosts",
    "lede_instruments", "match_sides", "named_after_opening", "named_next_implements", "named_next_issuers",
    "object_clause_implements",
    "online_venues", "opening_attendees", "own_instruments", "own_units", "parties_agreed_topics",
    "partner_split_topics_en", "passive_makers", "plan_implementers", "plural_signed", "plural_signers",
    "possessive_titles", "possessor_participants", "present_by_act_en", "presenters_en", "prize_went_to", "pronoun_memberships",
    "province_acts", "purpose_implementers", "purpose_topics_en", "put_into_effect", "ref_dates", "ref_issued_by",
    "referring_subject_implements", "regulated_topics_en", "relative_issuers", "relative_organisers",
    "remit_topics_en", "reported_implementers", "representatives_presented", "sent_delegations", "session_speakers",
    "sidelines_meetings", "signed_for_a_party", "signed_in_clause", "signed_with", "signers_of_documents",
    "signers_of_it", "signing_partners_at_event", "speaking_representatives", "subject_implements",
    "subject_named_by_it", "subject_signed", "talks_named_nearby", "tasks_set_out", "team_leaders",
    "teams_from_bodies", "they_held_it", "titled_heads_of_refs", "titles_of_a_ref", "trial_crime_topics",
    "trophy_handovers", "undertaken_under", "venue_refs", "visit_hosts", "visit_stays", "won_by"})
VI_ONLY = frozenset({
    "according_to_kind_topics", "accordingly_topics", "apposed_passive_signer", "apposed_signers",
    "attendee_examples", "award_presenters", "bare_body_implements", "bare_kind_parents", "board_elections", "generic_subject_implements",
    "ceremony_recipients", "chaired_by", "contest_winners", "continued_lists", "continued_sittings",
    "counted_set_members", "cut_board_lists", "defendants_at_trial", "delegation_heads", "delegation_members",
    "dispatched", "fronted_signers", "generic_event_topics", "had_documents", "heard_at_event", "held_sessions",
    "hosts_after_event", "kind_regulated_topics", "kind_subject_implements", "lead_body_implements",
    "named_parents", "office_seats", "plan_purpose", "present_by_act", "presented_reports", "presenting_bodies",
    "promulgated_by_decision", "proposers_at_event", "prosecutors", "purpose_policy_topics", "purpose_topics",
    "question_time", "report_speakers", "represented_bodies", "result_sides", "scoped_plan_topics", "seat_of_kind_ref",
    "signed_instrument_topics",
    "title_winners", "verbal_sessions", "visit_meetings"})
PASSES_OF_LANGUAGE = {"vi": tuple(r for r in PASSES if r.__name__ not in EN_ONLY),
                      "en": tuple(r for r in PASSES if r.__name__ not in VI_ONLY)}


def sentence_relations(s: "Sentence", rels: list["Relation"]) -> list["Relation"]:
    """``rels`` (what the rules of kg.extract found so far) with what the passes of this
    package find in one sentence; titles that swallowed their body are corrected."""
    foreign_bodies(s)
    out = chained_titles(s, rels)
    out += former_titles(s, rels + out)
    out += lower_case_roles(s, rels + out)
    out += same_day(s, rels)
    out += opening_ceremony_date(s, rels + out)
    out += act_ceremony_date(s, rels + out)
    out += act_ceremony_facts(s, rels + out)
    out += plural_parties(s, rels + out)
    for rule in PASSES_OF_LANGUAGE.get(s.lang, PASSES):
        out += rule(s)
    out += semicolon_givers(s, rels + out)
    out += handed_at_event(s, rels + out)
    out += joined_events(s, rels + out)
    out += joined_attendees(s, rels + out)
    out += scene_venues(s, rels + out)
    out += activity_venues(s, rels + out)
    out += lead_event_in_dateline(s, rels + out)
    out += signers_at_the_told_event(s, rels + out)
    out = foreign_memberships(s, out)
    out += signer_body_issued(s, out)  # (``out`` holds ``rels`` corrected)
    return out + signer_memberships(s, out)

"""implements (English): the basis of an instrument a body makes, written around the clause that makes it.

- after the instrument and its subject: "the ministry promulgated Circular 45 on survey permits, guiding the
  implementation of Decree 58", "adopted Circular 12 detailing the procedures … under Decree 356", "issued Decision
  300 on licensing under the Law on Investment", "issued Circular 20 on fees to detail the Law on X";
- between the body and its verb: "The Cà Mau People's Committee, in line with the programme, has issued Decision
  3102" (the body and its instrument both act on the basis, as with a fronted "In line with …, the committee …");
- fronted "Under Resolution 57, the province adopted Plan 19", "In line with the circular, the department has rolled
  out Plan 312" (the plan; a fronted "Under …" over a body's other acts is no implementing: tune-en reads "Under
  Decree 86, the ministry must …" so);
- a relative clause on any instrument: "Decision 1520, which set up a fund under the Law on X";
- the basis in commas after an instrument, before its verb: "The plan, in line with Decision 1234, sets …";
- the parts of another instrument one details: "Decree 321 details the provisions on blood in the Law on X".

The words are data (``issued_bases_en.json``, the shared ``basis_phrases``, ``detail_verbs``); an instrument only
cited ("the ministry said Decree 8 under the Law on X …") is no basis: each reading needs the making verb, the
relative pronoun or the detailing participle right where it says.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.policies import policy_after, policy_ref_at
from kg.textutil import phrase_alternation

# the instrument's own tail and subject: "Circular 45/2026/TT-BCT on survey permits for offshore projects"
_TAIL = re.compile(r"[/\w.-]*(?:\s+(?:on|about|regarding|for|to)\s+[^,.;:()]{1,120}?)?\s*,?\s*")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    """The compiled readers (built once, from the data file and the shared cue lists)."""
    data = pattern_data("issued_bases_en.json")
    basis = r"(?:" + cue_pattern("basis_phrases", "en") + r"|" + phrase_alternation(data["basis_words"]) + r")"
    detail = r"(?:" + cue_pattern("detail_verbs", "en") + r")"
    made = r"(?:" + phrase_alternation(data["made_verbs"]) + r")"
    return {
        # right before the instrument: "has issued ", "promulgated the "
        "made_before": re.compile(r"(?<![\w])" + made + r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$", re.IGNORECASE),
        # what links the instrument (past its tail) to its basis
        "link": re.compile(r"(?<![\w])(?:" + basis + r"|" + phrase_alternation(data["implementing_participles"]) + r"|"
                           + detail + r"(?:\s+[^,.;:()]{1,80}?\s+" + basis + r")?"
                           r"|to\s+(?:" + phrase_alternation(data["purpose_detail_verbs"]) + r"))(?=\s)", re.IGNORECASE),
        # a body, then the basis in commas, then the making verb
        "aside": re.compile(r"\s*,\s*(?:" + basis + r")(?=\s)", re.IGNORECASE),
        "aside_end": re.compile(r"[^,.;:()]{0,100}?,\s*(?:(?:has|have|had|also|recently|now|on\s+\w+|last\s+\w+|this\s+\w+)\s+){0,3}"
                                + made + r"\s+(?:the\s+|a\s+|an\s+|its\s+)?", re.IGNORECASE),
        "fronted": re.compile(r"\s*(?:[^\s—–]+(?:\s+[^\s—–]+){0,4}\s+[—–]\s+)?(?:Under|(?i:" + basis + r"))(?=\s)"),
        "fronted_end": re.compile(r"[^,.;:()]{0,100}?,\s*(?:the\s+)?"),
        "fronted_verb": re.compile(r"\s+(?:(?:has|have|had|also|on\s+\w+|last\s+\w+|this\s+\w+)\s+){0,3}" + made
                                   + r"\s+(?:the\s+|a\s+|an\s+|its\s+)?", re.IGNORECASE),
        "relative": re.compile(r"[/\w.-]*\s*,\s*(?:which|that)\s+(?!(?:" + phrase_alternation(data["relative_not_verbs"])
                               + r")\b)[a-z][\w-]*(?:\s+[^,.;:()]{1,80}?)?\s+(?:" + basis + r")(?=\s)"),
        # an instrument's verb of detailing and the parts of another it details: "details the provisions on blood in"
        "parts": re.compile(r"[/\w.-]*(?:\s*,\s*[^,;:()]{1,120}?,)?\s+(?:also\s+)?" + detail + r"\s+(?:(?:"
                            + phrase_alternation(data["part_quantifiers"]) + r")\s+)?(?:"
                            + phrase_alternation(data["detailed_parts"]) + r")(?:\s+[\d,\s]+(?:and\s+\d+)?)?"
                            r"(?:\s+(?:on|about|regarding)\s+[^,.;:()]{1,80}?)?\s+(?:of|in|under)\s+", re.IGNORECASE),
    }


def _target(s: Sentence, policies: list[Mention], pos: int, made: Mention) -> Mention | None:
    """The instrument named at ``pos`` (past "the" and an owner), or one a kind word there names again."""
    found = policy_after(s, policies, pos)
    if found is not None and re.search(r"[,.;:()]", s.text[pos:found.start]):
        found = None
    found = found or policy_ref_at(s, pos)
    return found if found is not None and found.id != made.id else None


def _trailing(s: Sentence, policies: list[Mention], made: Mention) -> Mention | None:
    """The basis written after the instrument the verb before it makes."""
    pats = _patterns()
    if not pats["made_before"].search(s.text, max(s.start, made.start - 40), made.start):
        return None
    for link in pats["link"].finditer(s.text, made.end, min(s.end, made.end + 260)):
        if not _TAIL.fullmatch(s.text, made.end, link.start()):
            continue
        return _target(s, policies, link.end(), made)
    return None


def _aside(s: Sentence, policies: list[Mention]) -> list[Relation]:
    """"The committee, in line with the programme, has issued Decision 3102": the decision and the committee
    carry the programme out, and the committee issued the decision."""
    out: list[Relation] = []
    pats = _patterns()
    for org in s.of_type("Organization"):
        m = pats["aside"].match(s.text, org.end, s.end)
        if m is None:
            continue
        end = pats["aside_end"].match(s.text, m.end(), s.end)
        made = next((p for p in policies if end and p.start == end.end()), None)
        basis = _target(s, policies, m.end(), made) if made is not None else None
        if basis is not None and basis.end <= end.end():
            out += [Relation(made.id, "implements", basis.id, s.index), Relation(org.id, "implements", basis.id, s.index),
                    Relation(org.id, "issued", made.id, s.index)]  # (the aside hides the body from the issuer readers)
    return out


def _detailed_parts(s: Sentence, policies: list[Mention]) -> list[Relation]:
    """"Decree 321, which was signed by X on November 26, details the provisions on blood in the Law on Y", "The
    circular guides several articles of Decree 70": the instrument detailing parts of another carries it out."""
    out: list[Relation] = []
    lead = re.match(r"\s*(?:The|This)\s+(?:new\s+|amended\s+|revised\s+)?[a-z]+(?=\s)", s.text[s.start:s.end])
    heads = [(p, p.end) for p in policies] + ([(policy_ref_at(s, s.start), s.start + lead.end())] if lead else [])
    for head, end in heads:
        m = _patterns()["parts"].match(s.text, end, s.end) if head is not None else None
        basis = _target(s, policies, m.end(), head) if m is not None else None
        if basis is not None:
            out.append(Relation(head.id, "implements", basis.id, s.index))
    return out


def _instrument_aside(s: Sentence, policies: list[Mention]) -> list[Relation]:
    """"The plan, in line with Decision 1234, sets targets …", "Circular 3, pursuant to Decree 170, takes effect …": an
    instrument (named, or "The plan" opening the sentence) with its basis in commas before its verb."""
    out: list[Relation] = []
    pats = _patterns()
    lead = re.match(r"\s*(?:The|This)\s+(?:new\s+|amended\s+|revised\s+)?[a-z]+(?=\s*,)", s.text[s.start:s.end])
    heads = [(p, p.end) for p in policies] + ([(policy_ref_at(s, s.start), s.start + lead.end())] if lead else [])
    for head, end in heads:
        tail = re.match(r"[/\w.-]*", s.text[end:s.end])
        m = pats["aside"].match(s.text, end + tail.end(), s.end) if head is not None else None
        if m is None:
            continue
        basis = _target(s, policies, m.end(), head)
        close = re.compile(r"[^,.;:()]{0,100}?,\s+(?:(?:also|will|would|must|now)\s+)?[a-z]+s?\b")
        if basis is not None and (c := close.match(s.text, m.end(), s.end)) is not None and basis.end <= c.end():
            out.append(Relation(head.id, "implements", basis.id, s.index))
    return out


def _fronted_under(s: Sentence, policies: list[Mention]) -> list[Relation]:
    """"Under Resolution 57, the province adopted Plan 19", "In line with the circular, the department has rolled out
    Plan 312": the plan the clause after the comma makes."""
    pats = _patterns()
    m = pats["fronted"].match(s.text, s.start, s.end)
    if m is None:
        return []
    comma = pats["fronted_end"].match(s.text, m.end(), s.end)
    org = next((o for o in s.of_type("Organization") if comma and o.start == comma.end()), None)
    verb = pats["fronted_verb"].match(s.text, org.end, s.end) if org is not None else None
    made = next((p for p in policies if verb and p.start == verb.end()), None)
    basis = _target(s, policies, m.end(), made) if made is not None else None
    return [Relation(made.id, "implements", basis.id, s.index)] if basis is not None and basis.end <= comma.end() else []


def issued_on_basis(s: Sentence) -> list[Relation]:
    """implements: an instrument made (or described in a relative clause) on the basis its clause names."""
    if s.lang != "en":
        return []
    policies = sorted((p for p in s.of_type("Policy") if not p.nested), key=lambda p: p.start)
    if not policies:
        return []
    out: list[Relation] = []
    for made in policies:
        basis = _trailing(s, policies, made)
        if basis is None and (rel := _patterns()["relative"].match(s.text, made.end, s.end)) is not None:
            basis = _target(s, policies, rel.end(), made)
        if basis is not None:
            out.append(Relation(made.id, "implements", basis.id, s.index))
    return out + _aside(s, policies) + _instrument_aside(s, policies) + _detailed_parts(s, policies) + _fronted_under(s, policies)

"""Instruments English copy names in lower case by how they came about rather than by a draft's kind: signed
memoranda and agreements with their subject ("signed a memorandum of understanding on renewable energy
cooperation"), compound deals whose signers the next sentences name ("signed a five-year engine maintenance
agreement"), and plans named by their period ("the 2026 public investment plan").

Split from :mod:`kg.nlp.recognizers.drafts_en`, whose subject reader (:func:`~kg.nlp.recognizers.drafts_en.subject_words`)
and field test they share; word lists are data in ``kg/data/patterns/drafts_en.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.drafts_en import (DATA, DATE_WORDS, POSSESSOR, draft_data, listed_end, names_a_field,
                                         subject_words)
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.signed_places_en import sited_place
from kg.textutil import phrase_alternation


@lru_cache(maxsize=1)
def _signed_pattern() -> re.Pattern:
    data = pattern_data(DATA.name)
    kinds = phrase_alternation(data["signed_kinds"])
    mods = "|".join(map(re.escape, data.get("signed_modifiers", [])))
    kinds = rf"(?:(?:{mods})\s+)?(?:{kinds})" if mods else kinds
    amount = rf"(?:(?:{data['amounts']})\s+)?" if data.get("amounts") else ""  # "a US$300 million loan agreement"
    links = "|".join(map(re.escape, data.get("signed_links", ["on"])))
    # (a number's thousands point is no punctuation: "on training 1,200 technicians")
    # ("a memorandum of understanding (MoU) on …": the kind's acronym in brackets before its subject)
    return re.compile(rf"(?<![\w])(?i:a|an|the)\s+{amount}(?P<kind>{kinds})(?P<acronym>\s+\([A-Z][A-Za-z]{{1,5}}\))?"
                      rf"(?P<link>\s+(?:{links})\s+)"
                      rf"(?=(?P<rest>(?:[^\n,.;:()\"“”!?]|(?<=\d)[,.](?=\d))+))")  # lookahead: "A and a B" are both read


# a signing verb right before the determiner: "… on Friday signed a regional cooperation agreement on …"
_SIGNED_BEFORE = re.compile(r"(?<![\w])(?:signed|inked|sign|signing)\s+$")
# a relative clause right after the instrument that says it was signed: "…, which the two governments signed in 2016"
_SIGNED_AFTER = re.compile(r"\s*,?\s*(?:which|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?[^\n.;:,]{0,50}?"
                           r"(?<![\w])(?:signed|inked)(?![\w])")


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("signed_modifiers", ()))


@lru_cache(maxsize=1)
def _signed_with_pattern() -> re.Pattern:
    """"a memorandum of understanding with Samsung Electronics Vietnam on training …": the partner between
    the kind and its subject (named, or in lower case as ``lower``: "with the provincial government")."""
    data = pattern_data(DATA.name)
    kinds = phrase_alternation(data["signed_kinds"])
    links = "|".join(map(re.escape, data.get("signed_links", ["on"])))
    return re.compile(rf"(?<![\w])(?:signed|inked|sign|signing)\s+(?i:a|an|the)\s+(?P<kind>{kinds})\s+with\s+(?:(?:the\s+)?"
                      rf"[A-Z][\w&’'.-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&’'.-]*){{0,6}}"
                      rf"|(?P<lower>the(?:\s+[a-z][\w-]*){{1,3}}))"
                      rf"(?P<link>\s+(?:{links})\s+)(?=(?P<rest>(?:[^\n,.;:()\"“”!?]|(?<=\d)[,.](?=\d))+))")


def _signed_subject(text: str, m: re.Match) -> list[str]:
    """The words of a signed kind's subject after the match (its ``rest`` group), without a closing article; none when
    they are not written as one run right there."""
    _, stops, max_words = draft_data()
    rest = m.group("rest").split()
    kept = subject_words(rest, stops - {"the"} | {"between", "with"}, max_words)
    if kept and kept[0].casefold() in DATE_WORDS.union(pattern_data(DATA.name)["not_subject_first"]):
        return []  # "signed the memorandum on behalf of the ministry", "… an agreement on Thursday to …"
    while kept and kept[-1].casefold() in ("the", "a", "an"):
        kept.pop()
    kept += rest[len(kept):len(kept) + sited_place(kept, rest)]  # "… on promoting farm products in Japan"
    return kept if kept and text.startswith(" ".join(kept), m.start("rest")) else []


def signed_with_candidates(text: str) -> list[Candidate]:
    """"signed a memorandum of understanding with Samsung Electronics Vietnam on training 5,000 engineers in chip
    design": the kind, named with its subject and without the partner ("memorandum of understanding on training
    5,000 engineers in chip design"), as a Policy candidate over the kind's words only (the partner stays a body)."""
    out: list[Candidate] = []
    for m in _signed_with_pattern().finditer(text):
        kept = _signed_subject(text, m)
        if not kept:
            continue
        if m.group("lower") and not _cooperation_in_field(kept):
            continue  # a partner in lower case ("with the provincial government") only before cooperation in a field
        if not _signers_named(text, m.group("kind").split()[0].casefold(), m.end()) and not _cooperation_in_field(kept):
            continue  # the tune sets leave a partner's memorandum unannotated unless its signers are named, or it
            # is one of cooperation in a field ("signed an agreement with the province on cooperation in plant breeding")
        end = m.start("rest") + len(" ".join(kept))
        if kept == m.group("rest").split():  # "… on cooperation in vocational training, technology transfer and …"
            end = listed_end(text, end, draft_data()[1])
        name = f"{m.group('kind')} {m.group('link').strip()} {' '.join(text[m.start('rest'):end].split())}"
        out.append(Candidate(m.start("kind"), m.end("kind"), "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": "Memorandum", "name": name}))
    return out


def signed_document_candidates(text: str) -> list[Candidate]:
    """Memoranda English copy names in lower case with their subject ("signed a memorandum of
    understanding on renewable energy cooperation between …"), as Policy candidates (``signed_kinds``)."""
    out: list[Candidate] = []
    for m in _signed_pattern().finditer(text):
        kept = _signed_subject(text, m)
        if not kept:
            continue
        if m.group("kind").casefold() in pattern_data(DATA.name)["field_signed_kinds"] and (
                not names_a_field(kept) or kept[0].casefold() in ("a", "an", "the") or kept[0].endswith("ing")):
            continue  # "a memorandum on the Lao side", "… on building a zone": a bare memorandum names a field or nothing
        end = m.start("rest") + len(" ".join(kept))
        if m.group("kind").split()[0].casefold() in _modifiers() and not _SIGNED_BEFORE.search(text, 0, m.start()) \
                and not _SIGNED_AFTER.match(text, end):
            continue  # "negotiations on a bilateral agreement on …": one still to be made is no instrument (one "…, which
            # the two governments signed in 2016" is)
        meta = {"type": "Memorandum"}
        if m.group("acronym"):  # named without its acronym: "memorandum of understanding on …"
            meta["name"] = f"{m.group('kind')} {m.group('link').strip()} {' '.join(text[m.start('rest'):end].split())}"
        out.append(Candidate(m.start("kind"), end, "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en", meta=meta))
    return out


@lru_cache(maxsize=1)
def _compound_pattern() -> re.Pattern:
    data = pattern_data(DATA.name)
    amount = rf"(?:(?:{data['amounts']})\s+)?" if data.get("amounts") else ""
    kinds = phrase_alternation(data["compound_kinds"])
    after = "|".join(map(re.escape, data["compound_after"]))
    return re.compile(rf"(?<![\w])(?:signed|inked|sign|signing)\s+(?:a|an|the)\s+{amount}(?:[\w-]+-(?:year|month)\s+)?"
                      rf"(?P<name>(?:[a-z][a-z-]*\s+){{1,3}}(?:{kinds}))(?=\s*[,.;]|\s+(?:{after})\b)")


def _cooperation_in_field(kept: list[str]) -> bool:
    """The subject is cooperation in a lower-case field ("cooperation in plant breeding")."""
    return len(kept) > 2 and kept[0].casefold() == "cooperation" and kept[1] == "in" and names_a_field(kept[2:])


@lru_cache(maxsize=64)
def _signers_named_pattern(kind: str) -> re.Pattern:
    """"The agreement was signed by …" or "… signed the agreement" / "… put their names to the agreement"
    (``signed_ref_verbs``): the instrument named again as what people signed."""
    from kg.relations.cues import cue_pattern  # (here: kg.relations imports kg.nlp, which imports this module)

    verbs = cue_pattern("signed_ref_verbs", "en")
    return re.compile(rf"\b[Tt]he\s+{re.escape(kind)}\s+(?:was|were|is)\s+signed\s+by\b"
                      rf"|(?<![\w])(?:{verbs})\s+the\s+{re.escape(kind)}\b")


def _signers_named(text: str, kind: str, at: int) -> bool:
    """The sentences after ``at`` name who signed the instrument: "The agreement was signed by …", "A and B signed
    the agreement in Hà Nội"."""
    return _signers_named_pattern(kind).search(text[at:at + 400]) is not None


def compound_signed_candidates(text: str) -> list[Candidate]:
    """"signed a five-year engine maintenance agreement with SR Technics": the lower-case words before the
    kind and the kind (``compound_kinds``) as a Policy candidate, without the duration; only where a signing
    verb says it is an instrument and the next sentences name its signers ("The agreement was signed by …"), and
    not where a modifier alone stands before the kind ("a new agreement")."""
    _, stops, _ = draft_data()
    out: list[Candidate] = []
    for m in _compound_pattern().finditer(text):
        words = m.group("name").split()
        lead = [w for w in words[:-1] if w not in ("of", "understanding")]
        if any(w in stops or w in ("a", "an", "the") or w in _modifiers() for w in lead):
            continue
        if not _signers_named(text, words[-1] if words[-1] != "understanding" else "memorandum", m.end()):
            continue  # a deal the article then treats as a signed document; not every "cooperation agreement"
        out.append(Candidate(m.start("name"), m.end("name"), "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": "Memorandum"}))
    return out


@lru_cache(maxsize=1)
def _dated_pattern() -> re.Pattern:
    data = pattern_data(DATA.name)
    kinds = phrase_alternation(data["dated_kinds"])
    mod = r"[a-z][a-z-]*\s+"
    year = r"20\d\d(?:[-–]20\d\d)?"
    # "the 2026 public investment plan"; "a replanting plan for 2026-2027", "the tourism development strategy to 2030"
    return re.compile(rf"(?<![\w])(?i:{'|'.join(data['openers'])}|{POSSESSOR})\s+(?:(?P<start>{year}\s+(?:{mod}){{0,3}}(?:{kinds}))(?![\w-])"
                      rf"|(?P<start2>(?:{mod}){{1,3}}(?:{kinds})\s+(?:for|to)\s+{year})(?![\w-]))")


def dated_plan_candidates(text: str) -> list[Candidate]:
    """Plans, programmes and strategies English copy names in lower case by their period: a year
    before them ("the 2026 public investment plan") or a horizon after them ("a replanting plan for
    2026-2027"), with up to three lower-case words between (``dated_kinds``); none of those words may be
    a stop word ("the plan for 2026" has no name)."""
    _, stops, _ = draft_data()
    out: list[Candidate] = []
    for m in _dated_pattern().finditer(text):
        g = "start" if m.group("start") else "start2"
        words = [w for w in m.group(g).split() if not w[:1].isdigit()]
        if any(w.casefold() in stops | {"the", "a", "an"} for w in words[:-1] if w.casefold() not in ("to", "for")):
            continue
        out.append(Candidate(m.start(g), m.end(g), "POLICY", PRIORITY["policy-draft-en"], "policy-draft-en",
                             meta={"type": m.group(g).split()[-1].capitalize() if g == "start" else "Plan"}))
    return out

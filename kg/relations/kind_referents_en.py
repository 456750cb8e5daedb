"""Which instrument an English "the resolution", "the plan", "the decree" names again.

The latest instrument of that kind the article named, passing over one named only in passing:
as what the sentence's instrument carries out or rests on ("The resolution implements … Resolution 201",
"The plan was issued pursuant to … Decision 1569, under which the Prime Minister approved the
capital's master plan"). An instrument the article introduces (the subject of its sentence, the object
of an issue verb: "issued Plan 52 to implement …") stays the referent the later "the X" keeps.
Cue words are data: ``passing_instrument_cues``, ``implement_verbs``, ``issue_verbs``.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Sentence
from kg.relations.cues import cue_pattern
from kg.nlp.patterns import pattern_data

# a relative clause hung on an instrument named before: "Decision 1569, under which …", "…, whose …"
_RELATIVE = r",\s*(?:(?:under|in|by|with|through)\s+)?(?:which|whose)\b|\bwhereby\b"


# a relative clause after an instrument that tells who issued it
_ISSUED_AFTER = re.compile(r"[/\w.-]*\s*,\s*(?:which|that)\s+(?:the\s+)?[^,.;:()]{0,60}?\b(?:issued|adopted|approved|"
                           r"passed|promulgated|signed)\b")


def in_passing(s: Sentence, p: Mention) -> bool:
    """``p`` is named as what another instrument carries out or rests on, or inside a relative clause
    hung on an instrument named before it in its sentence, not introduced in its own right."""
    a, b = s.ex.sentences[p.sentence]
    lead = s.text[a:p.start]
    earlier = [q for q in s.ex.mentions if q.type == "Policy" and q.sentence == p.sentence
               and q.end <= p.start and q is not p]
    if any(re.search(_RELATIVE, s.text[q.end:p.start], flags=re.IGNORECASE) for q in earlier):
        return True
    issued = list(re.finditer(r"\b(?:" + cue_pattern("issue_verbs", "en") + r")\b", lead, flags=re.IGNORECASE))
    tail = lead[issued[-1].end():] if issued else lead
    if re.search(r"\b(?:" + cue_pattern("implement_verbs", "en") + r")\b", tail, flags=re.IGNORECASE):
        return True
    if _ISSUED_AFTER.match(s.text, p.end, b):
        return False  # "… under Decree 312, which the Government issued on Tuesday": introduced in its own right
    return re.search(r"\b(?:" + cue_pattern("passing_instrument_cues", "en") + r")\b", tail, flags=re.IGNORECASE) is not None


def kind_referent(s: Sentence, earlier: list[Mention]) -> Mention | None:
    """Of the instruments of one kind named before a "the X", the latest not named in passing (the
    latest of all when each one was)."""
    own = [p for p in earlier if not in_passing(s, p)]
    pick = own or earlier
    return max(pick, key=lambda p: p.start) if pick else None


# a word for any instrument: "the new rules", "the regulation" (not "the rules of origin", "the regulation on …")
_GENERIC = re.compile(r"\s*(?:[Tt]he|[Tt]hese|[Tt]his)\s+(?:new\s+|amended\s+|revised\s+)?(?:rules|regulations?)\b"
                      r"(?!\s+(?:of|on|for|No|\d)\b)")
_PLAIN_MODIFIERS = set(pattern_data("kind_referents_en_words.json")["plain_modifiers"])
_NOT_MODIFIERS = set(pattern_data("kind_referents_en_words.json")["not_modifiers"])


def described_referent(s: Sentence, pos: int) -> Mention | None:
    """The instrument "the training agreement", "the animal health memorandum" at ``pos`` names again: a kind word
    after a few lower-case words that each occur in the instrument's own name ("cooperation agreement on training
    engineers …", "memorandum of understanding on … animal health …"); the latest such one not named in passing.
    None when a word is missing from every instrument of that kind, so that a different instrument ("the national
    strategy" against "Plan 12") is never taken for one named before."""
    generic = _GENERIC.match(s.text, pos, s.end)
    if generic is not None:  # "The new rules are part of efforts to …": the latest instrument introduced
        earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.end <= pos]
        return kind_referent(s, earlier)
    kinds = cue_pattern("policy_ref_kinds", "en")
    m = re.match(r"\s*(?:the|this|its)\s+(?P<mods>(?:[a-z][a-z-]*\s+){1,3})(?P<kind>" + kinds + r")\b"
                 r"(?!\s+(?:of|on|No|\d)\b)", s.text[pos:s.end])
    if m is None:
        return None
    mods = [w for w in m.group("mods").split() if w not in _PLAIN_MODIFIERS]
    if not mods or any(w in _NOT_MODIFIERS for w in mods):
        return None
    kind = m.group("kind").casefold()
    if any(p.type == "Policy" and pos <= p.start < pos + m.end() for p in s.mentions):
        return None  # (a named instrument there: "the National Strategy …")

    def words(p: Mention) -> set[str]:
        return set(re.findall(r"[\w-]+", p.text.casefold()))

    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence <= s.index
               and p.end <= pos and kind in p.text.casefold() and all(w in words(p) for w in mods)]
    return kind_referent(s, earlier)

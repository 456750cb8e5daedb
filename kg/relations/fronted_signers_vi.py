"""signed and participatedIn (Vietnamese) from a signing fronted before its list of signers:
"Ký biên bản ghi nhớ có ông A, Giám đốc X, và ông B, Tổng Giám đốc Y." — every person listed after "có"
signed the document named after "Ký", or named again by its kind (the latest of that kind the article named
before); when the article named a signing ceremony before ("Lễ ký kết …"), the signers took part in it.

Cue words are data: ``fronted_signing_links``, ``signed_document_words``, ``policy_ref_kinds`` in
``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Relation, Sentence


@lru_cache(maxsize=1)
def _fronted() -> re.Pattern:
    """"(Đại diện hai bên) ký (kết) <document> có …" opening the sentence."""
    from kg.relations.cues import cue_pattern

    words = cue_pattern("signed_document_words", "vi") + "|" + cue_pattern("policy_ref_kinds", "vi")
    return re.compile(r"\s*(?:(?:tham gia|trực tiếp|đại diện hai bên)\s+)?ký(?:\s+kết)?\s+(?:các\s+|hai\s+)?"
                      r"(?P<doc>(?P<kind>" + words + r")[^.;:,]{0,80}?)\s+(?:"
                      + cue_pattern("fronted_signing_links", "vi") + r")\s*:?\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _any_kind() -> re.Pattern:
    from kg.relations.cues import cue_pattern

    return re.compile(cue_pattern("signed_document_words", "vi"), re.IGNORECASE)


def _document(s: Sentence, start: int, end: int, kind: str) -> Mention | None:
    """The document: named in the fronted phrase, else the latest instrument of that kind named before."""
    named = next((p for p in s.of_type("Policy") if start <= p.start < end and not p.nested), None)
    if named is not None:
        return named
    kind = kind.casefold()
    any_kind = _any_kind().fullmatch(kind) is not None
    # an instrument named inside the ceremony's name counts ("Lễ ký kết Biên bản ghi nhớ về …")
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.ref
               and p.sentence < s.index and (any_kind or p.text.casefold().startswith(kind))]
    return max(earlier, key=lambda p: (p.sentence, p.start)) if earlier else None


def _signing_event(s: Sentence) -> Mention | None:
    """The signing ceremony the article named before this sentence ("Lễ ký kết …", "lễ ký …")."""
    events = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref and m.sentence < s.index
              and re.match(r"(?:buổi\s+)?lễ\s+ký", m.name or m.text, flags=re.IGNORECASE)]
    return max(events, key=lambda m: (m.sentence, m.start)) if events else None


def fronted_signers(s: Sentence) -> list[Relation]:
    """signed (and participatedIn the signing ceremony) of the people listed after "Ký <document> có"."""
    if s.lang != "vi":
        return []
    m = _fronted().match(s.text, s.start, s.end)
    if m is None:
        return []
    doc = _document(s, m.start("doc"), m.end("doc"), m.group("kind"))
    people = [p for p in s.of_type("Person") if p.start >= m.end() and not p.nested]
    if doc is None or not people:
        return []
    out = [Relation(p.id, "signed", doc.id, s.index) for p in people]
    event = _signing_event(s)
    if event is not None:
        out += [Relation(p.id, "participatedIn", event.id, s.index) for p in people]
    return out

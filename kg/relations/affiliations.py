"""English appositions that tie a person to a body or a role without a capitalised title
right before the name:

- "Quan, who is also Deputy Secretary of the Hai Phong Party Committee," — a relative clause
  with "is" gives the title's ``position`` and body, as a title written after the name does;
- "X, a researcher at the Institute of Chemistry," / "X, a lecturer at the University of …" —
  a person noun (``affiliation_nouns`` in cues.json) and "at"/"of"/"with" give ``memberOf``;
- "Professor X of the Hanoi University of …" — "of" right after a name, before a body, gives
  ``memberOf`` (how English copy writes where a scientist or official works);
- "The X Corporation, which runs the park, was fined … Its General Director Y said …" — a title
  after "its" belongs to the body the clause or the sentence before is about.
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern

_WHO_IS = re.compile(r"\s*,\s*who\s+(?:is|serves\s+as)\s+(?:(?:also|currently|now|concurrently)\s+)?(?:the\s+)?",
                     re.IGNORECASE)


def relative_titles(s: Sentence) -> list[Relation]:
    """position and memberOf from "X, who is also TITLE (of BODY)"."""
    from kg.relations.people import title_relations

    if s.lang != "en":
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        m = _WHO_IS.match(s.text[p.end:s.end])
        if not m:
            continue
        at = p.end + m.end()
        t = next((t for t in s.titles if t.start_char == at), None)
        if t is not None:
            out += title_relations(s, p, t)
    return out


def affiliations(s: Sentence) -> list[Relation]:
    """memberOf from "X, a researcher at BODY", "X of BODY" and "X, thành viên/lãnh đạo BODY"."""
    if s.lang == "vi":
        return _affiliations_vi(s)
    if s.lang != "en":
        return []
    out: list[Relation] = []
    nouns = cue_pattern("affiliation_nouns", s.lang)
    positions = cue_pattern("affiliation_positions", s.lang)
    orgs = s.of_type("Organization")
    for p in s.of_type("Person"):
        rest = s.text[p.end:s.end]
        # (an age may stand first: "Phan Minh Tuấn, 32, a lecturer at …")
        # (the article may be left out: "Thomas Ziegler, curator at Cologne Zoo,")
        m = re.match(r"\s*,\s*(?:\d{1,3},\s*)?(?:(?:a|an|the)\s+)?(?:(?:senior|junior|young|leading|chief|visiting|former)\s+)?(?:(?!former\b)[a-z][a-z-]+\s+)??(?P<noun>"
                     + nouns + r")\s+(?:at|of|with|from)\s+(?:the\s+)?", rest, flags=re.IGNORECASE)
        if m and "former" not in m.group(0).casefold():
            org = _org_at(orgs, p.end + m.end())
            if org is not None:
                out.append(Relation(p.id, "memberOf", org.id, s.index))
                if re.fullmatch(positions, m.group("noun"), flags=re.IGNORECASE):  # "a professor at …": a role too
                    out.append(Relation(p.id, "position", m.group("noun"), s.index))
            continue
        m = re.match(r"\s*,\s*the\s+", rest)  # "Helen Okafor, the WHO representative in Vietnam,"
        org = _org_at(orgs, p.end + m.end()) if m else None
        role = re.match(r"\s+(?P<role>" + positions + "|" + cue_pattern("role_heads", s.lang) + r")(?=[\s,.;]|$)",
                        s.text[org.end:s.end]) if org is not None else None
        if role and role.group("role")[:1].islower():
            out += [Relation(p.id, "memberOf", org.id, s.index), Relation(p.id, "position", role.group("role"), s.index)]
            continue
        # ("Phạm Văn Long of Hải Phòng-based Long Phát Technology Company": the body after its base)
        m = re.match(r"\s+of\s+(?:the\s+)?(?:[A-ZĐ][^\s,;.]*(?:\s+[A-ZĐ][^\s,;.]*){0,3}-based\s+)?", rest)
        if m:
            org = _org_at(orgs, p.end + m.end())
            if org is not None:
                out.append(Relation(p.id, "memberOf", org.id, s.index))
    return out


def _affiliations_vi(s: Sentence) -> list[Relation]:
    """memberOf from a lower-case person noun after a name: "bà Y, lãnh đạo Sở Tài chính tỉnh …",
    "ông X - thành viên Hội đồng quản trị …" (``affiliation_nouns`` in cues.json)."""
    out: list[Relation] = []
    nouns = cue_pattern("affiliation_nouns", s.lang)
    orgs = s.of_type("Organization")
    for p in s.of_type("Person"):
        m = re.match(r"\s*[,–-]\s*(?P<noun>" + nouns + r")\s+(?:của\s+|tại\s+)?", s.text[p.end:s.end])
        if m and m.group("noun").casefold() == "lãnh đạo" and has_title_before(s, p):
            continue  # "Phó Thủ tướng X, lãnh đạo Bộ Y tế cùng …": the ministry's leaders, the next attendees
        org = _org_at(orgs, p.end + m.end()) if m else None
        if org is None:
            org = _apposed_body(s, p, orgs)
        if org is not None:
            out.append(Relation(p.id, "memberOf", org.id, s.index))
    return out


def _apposed_body(s: Sentence, p: Mention, orgs: list[Mention]) -> Mention | None:
    """"luật sư Nguyễn Văn Hậu, Đoàn Luật sư TP Hồ Chí Minh, bào chữa …": after a role written before the name
    (``apposed_body_roles``), a body set off by commas is the person's (Vietnamese)."""
    if not re.search(r"(?<![\w.])(?:" + cue_pattern("apposed_body_roles", s.lang) + r")\s+$",
                     s.text[max(s.start, p.start - 12):p.start], flags=re.IGNORECASE):
        return None
    m = re.match(r"\s*,\s*", s.text[p.end:s.end])
    org = _org_at(orgs, p.end + m.end()) if m else None
    if org is None or not re.match(r"\s*,\s*[a-zà-ỹđ]", s.text[org.end:s.end]) \
            or re.match(r"\s*,\s*(?:ông|bà|và)\s", s.text[org.end:s.end]):
        return None  # ("luật sư A, Công ty B, ông C": a list)
    return org


def has_title_before(s: Sentence, p: Mention) -> bool:
    """A title stands right before the person's name ("Phó Thủ tướng Hồ Đức Phớc"), its body between or not
    ("Bộ trưởng Bộ Xây dựng Trần Hồng Minh")."""
    def gap(t) -> str:
        between = s.text[t.end_char:p.start]
        body = next((o for o in s.mentions if o.type == "Organization" and o.start == t.end_char + 1
                     and o.end <= p.start), None)
        return between if body is None else s.text[body.end:p.start]
    return any(t.end_char <= p.start and re.fullmatch(r"\s*(?:(?:ông|bà)\s+)?", gap(t)) for t in s.titles)


def _org_at(orgs: list[Mention], pos: int) -> Mention | None:
    return next((o for o in orgs if o.start == pos), None)


# "Its", "The company's", "the university's": a body named before, written as its possessive
_POSSESSIVE = re.compile(r"(?<![\w])(?:[Ii]ts|[Tt]he\s+(?:company|firm|group|corporation|bank|hospital|university|"
                         r"school|college|institute|association|federation|club|museum|agency|ministry|department)['’]s)"
                         r"\s+$")


def possessive_titles(s: Sentence) -> list[Relation]:
    """memberOf from "Its TITLE NAME", "The company's TITLE, NAME,": the body the possessive stands for is the
    latest one named in the sentence before the title, else the first (the subject) of the sentence before."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        t = next((t for t in s.titles if t.end_char <= p.start
                  and re.fullmatch(r"\s*,?\s*", s.text[t.end_char:p.start])), None)
        possessive = _POSSESSIVE.search(s.text, max(s.start, t.start_char - 30), t.start_char) if t is not None else None
        if possessive is None:
            continue
        body = possessive_body(s, t.start_char)
        if body is not None and _fits_noun(possessive, body):
            out.append(Relation(p.id, "memberOf", body.id, s.index))
        if "," in s.text[t.end_char:p.start]:  # "The company's CEO, Mai Kiều Liên, …": the apposed name holds the title
            out.append(Relation(p.id, "position", t.text, s.index))
    return out


# "The bank's CEO X" after a sentence naming a Party commission: no business is a state or Party body
_BUSINESS_NOUNS = frozenset({"company", "firm", "group", "corporation", "bank"})
_STATE_BODY = re.compile(r"(?i)\b(?:ministry|commission|committee|council|department|party|people['’]s|government|assembly)\b")


_NOUN_OWNER = re.compile(r"(?i)the\s+(\w+)['’]s")


def _fits_noun(possessive: re.Match, body: Mention) -> bool:
    """The body "The <noun>'s" stands for is of that kind: a business no state body, another kind named so
    ("The hospital's director" is no ministry's; an acronym may stand for the name)."""
    noun = _NOUN_OWNER.search(possessive.group())
    if noun is None:
        return True  # "Its …"
    word = noun.group(1).casefold()
    if word in _BUSINESS_NOUNS:
        return not _STATE_BODY.search(body.text)
    return word in body.text.casefold() or body.text.isupper()


def attribution_subject(s: Sentence, its_at: int) -> Mention | None:
    """The body that opens the sentence when "its" at ``its_at`` starts an attribution set off at the end
    ("MoMo has raised $200 million from Japan's Mizuho Bank, its founder X said": MoMo's founder), else None."""
    # (", said its director, X": the speech verb before "its", the attribution the same)
    said_before = re.search(r",\s*(?:said|says|told|added)\s+$", s.text[max(s.start, its_at - 12):its_at])
    if not said_before and (not re.search(r",\s*$", s.text[max(s.start, its_at - 4):its_at]) or
                            not re.search(r"\b(?:said|says|told|added)\b", s.text[its_at:s.end])):
        return None
    dateline = re.match(r"[^—\n]{0,60}—\s*", s.text[s.start:s.end])  # "HCM CITY — "
    opening = s.start + (dateline.end() if dateline else 0)
    ordered = [m for m in sorted(s.mentions, key=lambda m: m.start) if not m.nested and m.start >= opening]
    first = ordered[0] if ordered else None
    while first is not None and first.type == "Organization" and re.match(r"[’']s\s+(?:[a-z][\w-]*\s+){0,3}",
                                                                          s.text[first.end:s.end]):
        # "Vingroup's AI unit VinAI will …, its general director X told": the unit after the owner is the subject
        nxt = next((m for m in ordered if m.start > first.end), None)
        gap = s.text[first.end:nxt.start] if nxt is not None else ""
        first = nxt if nxt is not None and re.fullmatch(r"[’']s\s+(?:[a-z][\w-]*\s+){0,3}", gap) else None
    if first is not None and first.type == "Organization" and first.ref and first.end <= its_at:
        # "The hospital, which is run by …, treated …, said its director, X": the body "the hospital" names again
        # (the reference itself, which the article's references resolve)
        return first if not s.text[opening:first.start].strip() else None
    if first is None or first.type != "Organization" or first.ref or first.end > its_at:
        return None
    lead = s.text[opening:first.start].split()
    stops = {"of", "in", "at", "on", "by", "with", "from", "to", "for", "and", "after", "before", "under"}
    return first if len(lead) <= 3 and not any(w.casefold() in stops for w in lead) else None


def possessive_body(s: Sentence, pos: int) -> Mention | None:
    """The organisation "its" at ``pos`` refers to: the sentence's subject in an attribution set off at its
    end (:func:`attribution_subject`), else the latest one named before it in the sentence."""
    here = [o for o in s.of_type("Organization") if o.end <= pos and not o.ref]
    its = re.search(r"[Ii]ts\s+$", s.text[max(s.start, pos - 8):pos])
    subject = attribution_subject(s, pos - len(its.group())) if its else None
    if subject is not None:
        return subject
    if here:
        return here[-1]
    before = [o for o in s.ex.mentions if o.type == "Organization" and o.sentence == s.index - 1
              and not o.nested and not o.ref]
    return min(before, key=lambda o: o.start) if before else None

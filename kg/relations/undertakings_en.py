"""English implements by a body that acts under an instrument: "Hà Nội University of Science and Technology has
put in place a new curriculum under the programme", "The Tax Sub-department has launched a campaign in line with
the ministry's Circular 86", "Bạch Mai Hospital has begun applying the guidelines", "Vietcombank said it had set up a unit in line with the
decree". The body opens the sentence;
what it did (``verbs``) is no instrument itself (a named plan made under another is the plan's implements, read
elsewhere); the instrument after the link (``bases``) is named or named again by its kind. Cue words are data
(``kg/data/patterns/undertakings_en.json``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import pattern_data
from kg.relations.base import Mention, Relation, Sentence
from kg.textutil import phrase_alternation


# the words before a named instrument: "the", an owner ("the ministry's Circular 86", "the Government's Decree 70")
_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[\w-]+['’]s\s+)?")


@lru_cache(maxsize=1)
def _frames() -> tuple[re.Pattern, re.Pattern]:
    """(deed under an instrument, begun applying an instrument), each read right after the body's name."""
    d = pattern_data("undertakings_en.json")
    # (or reported of itself: "Vietcombank said it had set up a unit in line with the decree")
    aux = r"(?:\s+(?:said|says|announced)\s+(?:that\s+)?it)?\s+(?:(?:has|have|had)\s+(?:also\s+|already\s+|now\s+|recently\s+)?)?"
    ahead = r"\s+(?:(?:will|would|is|are|plans\s+to|also)\s+){1,2}(?:" + phrase_alternation(d["verbs_ahead"]) + r")"
    deed = re.compile(r"(?:" + aux + r"(?:" + phrase_alternation(d["verbs"]) + r")|" + ahead + r")\s+(?P<obj>[^,.;:()\"“”]{3,80}?)"
                      r"\s+(?:" + phrase_alternation(d["bases"]) + r")\s+"
                      # ("has provided free vaccines, as required by Decree 104": any deed done, then an obligation met)
                      r"|" + aux + r"(?-i:[a-z]+ed)\s+(?P<done>[^.;:()\"“”]{3,80}?)\s*,?\s+(?:"
                      + phrase_alternation(d["any_deed_bases"]) + r")\s+", re.IGNORECASE)
    applying = re.compile(r"\s+(?:has|have|had)\s+(?:also\s+)?(?:begun|started)\s+(?:"
                          + phrase_alternation(d["apply_verbs"]) + r")\s+", re.IGNORECASE)
    return deed, applying


_OPENER = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _opening_body(s: Sentence) -> Mention | None:
    """The body that opens the sentence ("The Đà Nẵng People's Committee …"), if one does."""
    return next((o for o in s.of_type("Organization") if not o.nested and _OPENER.fullmatch(s.text, s.start, o.start)),
                None)


def undertaken_under(s: Sentence) -> list[Relation]:
    """implements: the body opening the sentence did something under (or began applying) an instrument."""
    if s.lang != "en":
        return []
    from kg.relations.policies import policy_ref_at

    body = _opening_body(s)
    if body is None:
        return []
    deed, applying = _frames()
    policies = s.of_type("Policy")
    m = deed.match(s.text, body.end, s.end)
    obj = "obj" if m is None or m.group("obj") is not None else "done"
    if m is not None and any(m.start(obj) <= p.start < m.end(obj) for p in policies):
        return []  # "… has issued Plan 12 under Resolution 57": the plan carries it out
    m = m or applying.match(s.text, body.end, s.end)
    if m is None:
        return []
    target = next((p for p in policies if p.start >= m.end() and _OPENING.fullmatch(s.text, m.end(), p.start)), None) \
        or policy_ref_at(s, m.end())
    return [Relation(body.id, "implements", target.id, s.index)] if target is not None else []


@lru_cache(maxsize=1)
def _province_frame() -> re.Pattern:
    """"(said) the province (has also) rolled out | issued …", from a clause's start."""
    from kg.relations.cues import cue_pattern

    d = pattern_data("undertakings_en.json")
    return re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\bthat\s)|(?<=\bsaid\s))(?:the|The)\s+(?:"
                      + phrase_alternation(d["province_words"]) + r")\s+(?:(?:has|have|had|also|already|now)\s+)"
                      r"{0,3}(?:(?P<issue>" + phrase_alternation(d["province_issue_verbs"]) + r")|"
                      + cue_pattern("implement_verbs", "en") + r")\s+", re.MULTILINE)


def province_acts(s: Sentence) -> list[Relation]:
    """issued / implements by "the province" (or "the city"): the People's Committee the article named last."""
    if s.lang != "en":
        return []
    from kg.relations.policies import policy_ref_at

    ends = tuple(e.casefold() for e in pattern_data("undertakings_en.json")["province_bodies"])
    out: list[Relation] = []
    for m in _province_frame().finditer(s.text[:s.end], s.start):
        bodies = [o for o in s.ex.mentions if o.type == "Organization" and not o.ref and o.start < m.start()
                  and _named_committee((o.name or o.text).casefold().replace("’", "'"), ends)]
        if len({(o.gid or (o.name or o.text).casefold()) for o in bodies}) != 1:
            continue  # none, or two committees the words could mean
        target = next((p for p in s.of_type("Policy") if p.start >= m.end()
                       and _OPENING.fullmatch(s.text, m.end(), p.start)), None) or policy_ref_at(s, m.end())
        if target is not None:
            out.append(Relation(bodies[-1].id, "issued" if m.group("issue") else "implements", target.id, s.index))
    return out


def _named_committee(name: str, ends: tuple[str, ...]) -> bool:
    """``name`` is a People's Committee named with its place ("đồng nai people's committee", not the bare words)."""
    return any(name.endswith(e) and name[:-len(e)].strip() not in ("", "the", "provincial", "city") for e in ends)


_ITS = re.compile(r"(?<![\w])its\s+(?:own\s+|new\s+)?$")


def own_instruments(s: Sentence) -> list[Relation]:
    """issued: "The Đà Nẵng People's Committee will give scholarships under its Plan 67": the instrument "its" gives
    to the body opening the sentence, with no other body named between them."""
    if s.lang != "en":
        return []
    body = _opening_body(s)
    if body is None:
        return []
    out: list[Relation] = []
    for p in s.of_type("Policy"):
        if p.start > body.end and _ITS.search(s.text, max(body.end, p.start - 12), p.start) and not any(
                o.type in ("Organization", "Person") and body.end <= o.start < p.start for o in s.mentions):
            out.append(Relation(body.id, "issued", p.id, s.index))
    return out

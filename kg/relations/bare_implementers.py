"""implements by a body named again by its kind (Vietnamese): "Bà X, Giám đốc Trung tâm Trợ giúp pháp lý
tỉnh Y, cho biết trung tâm đang thực hiện Quyết định số 1258", "Theo Sở Z, thời gian tới sở sẽ phối hợp …
triển khai Kế hoạch số 204", "… Bộ sẽ tăng ngân sách … để thực hiện Nghị quyết số 57". The bare kind word
("trung tâm", "sở", "Bộ") is the subject of the implementing verb; the body is the last one of that kind
the article named in this sentence or the two before it."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Relation, Sentence
from kg.nlp.patterns import pattern_data

@lru_cache(maxsize=1)
def _bare() -> re.Pattern:
    """The bare kind word (``bare_implementer_kinds``), its tense words, at most a short clause, then the
    implementing verb right before a policy."""
    from kg.relations.cues import cue_pattern

    return re.compile(r"(?<![\w])(?P<kind>" + cue_pattern("bare_implementer_kinds", "vi") + r")(?: tỉnh| thành phố)?"
                      r"\s+(?:(?:(?:đang|sẽ|đã|vẫn|cũng|tiếp tục|thời gian tới)\s+){1,3}(?:[^.;:\"“”]{0,80}?\s)?"
                      # "trung tâm được thành lập để triển khai …", "Trung tâm thành lập đơn vị để thực hiện …"
                      r"|(?:được\s+)?thành\s+lập\s+(?:[^.;:,\"“”]{0,40}?\s)?(?:để|nhằm)\s+)"
                      r"(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)\s+$", re.IGNORECASE)


def _last_of_kind(s: Sentence, kind: str, pos: int) -> Mention | None:
    """The last body of the kind named in this sentence or the two before, else the only one the article
    named before ("Thứ trưởng Lê Xuân Định cho biết, năm 2027, Bộ sẽ …" far below "Bộ Khoa học và Công nghệ")."""
    named = [m for m in s.ex.mentions if m.type == "Organization" and not m.ref and not m.nested
             and m.sentence <= s.index and m.end <= pos
             and (m.name or m.text).casefold().startswith(kind + " ")]
    near = [m for m in named if m.sentence >= s.index - 2]
    if near:
        return _speakers_body(s, near, pos) or max(near, key=lambda m: m.start)
    if kind in _FIRM_KINDS:  # "Ông X, Tổng giám đốc Vietnam Airlines, cho biết hãng đang thực hiện …": a firm's
        firms = [m for m in s.ex.mentions if m.type == "Organization" and not m.ref and not m.nested
                 and m.sentence == s.index and m.end <= pos and _is_firm(m)]  # name need not open with the word
        return _speakers_body(s, firms, pos)
    return named[-1] if len({(m.gid or (m.name or m.text).casefold()) for m in named}) == 1 else None


_FIRM_KINDS = frozenset(pattern_data("bare_implementers_words.json")["firm_kinds"])


def speakers_unit(s: Sentence, pos: int) -> Mention | None:
    """The body "đơn vị" (the unit) at ``pos`` names again: the one the sentence's speaker was named with earlier
    ("Ông Trần Quang Minh, Chi cục trưởng Chi cục Hải quan khu vực III, cho biết … Cũng theo ông Minh, … đơn vị đã …")."""
    bodies = [m for m in s.ex.mentions if m.type == "Organization" and not m.ref and not m.nested
              and s.index - 2 <= m.sentence <= s.index and m.end <= pos]
    return _speakers_body(s, bodies, pos) if bodies else None


def body_of_kind(s: Sentence, kind: str, pos: int) -> Mention | None:
    """The body a bare kind word (``bare_implementer_kinds``: "sở", "tòa án") at ``pos`` names again: the last one
    of that kind named in this sentence or the two before (see :func:`_last_of_kind`)."""
    return _last_of_kind(s, kind.casefold(), pos)


def _is_firm(m: Mention) -> bool:
    """A company: the gazetteer's, or a name opening with a firm's word ("Công ty …", "Tập đoàn …")."""
    from kg.nlp.lexicon import entry_by_id

    entry = entry_by_id("Organization", m.gid) if m.gid else None
    if entry is not None:
        return entry.kind == "company"
    return re.match(r"(?:Tổng\s+)?(?:Công ty|Tập đoàn)\s", m.name or m.text, flags=re.IGNORECASE) is not None


def _speakers_body(s: Sentence, bodies: list[Mention], pos: int) -> Mention | None:
    """The body the sentence's speaker was named with ("PGS.TS Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, …. Ông Cơ
    cho biết bệnh viện đang thực hiện …"), not one named later in passing ("… từ Bệnh viện Hữu nghị Việt Đức")."""
    speakers = [p for p in s.mentions if p.type == "Person" and p.end <= pos]
    if not speakers:
        return None
    short = (speakers[-1].name or speakers[-1].text).split()[-1]
    for m in sorted(bodies, key=lambda m: -m.start):
        person = max((p for p in s.ex.mentions if p.type == "Person" and p.sentence == m.sentence and p.end < m.start),
                     key=lambda p: p.end, default=None)
        if person is not None and (person.name or person.text).split()[-1] == short \
                and re.fullmatch(r",\s*[^,.;()]{1,40}\s", s.text[person.end:m.start]):
            return m
    return None


def bare_body_implements(s: Sentence) -> list[Relation]:
    """implements: "… trung tâm đang thực hiện Quyết định số …": the body the kind word names again."""
    if s.lang != "vi":
        return []
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        m = _bare().search(s.text, max(s.start, pol.start - 140), pol.start)
        if m is None or m.start("kind") > s.start and s.text[m.start("kind") - 1].isalpha():
            continue
        if any(p.type == "Policy" and m.start("kind") < p.start < pol.start for p in s.mentions):
            continue  # "Bộ đang xây dựng Đề án … để triển khai Quyết định …": the plan implements it
        kind = m.group("kind")
        if re.search(r"(?<![\w])(?:các|những|nhiều|mọi|một số|hai|ba)\s+$", s.text[max(s.start, m.start("kind") - 12):m.start("kind")],
                     flags=re.IGNORECASE):
            continue  # "các ngân hàng sẽ thực hiện …": a plural, not one body named again
        if any(o.start <= m.start("kind") < o.end and not (o.ref and o.end <= m.end("kind")) for o in s.mentions):
            continue  # the word is part of a name ("Sở Tư pháp đang triển khai …" is read by the rules for names)
        body = _last_of_kind(s, kind.casefold(), m.start("kind"))
        if body is not None:
            out.append(Relation(body.id, "implements", pol.id, s.index))
    return out



@lru_cache(maxsize=1)
def _bare_subject_en() -> re.Pattern:
    """"(that|said) the <kind> (will|had been set up to …) implement|carry out …", built once."""
    from kg.relations.cues import cue_pattern
    from kg.relations.organizations import REF_HEADS

    links, verbs = cue_pattern("implement_links", "en"), cue_pattern("implement_verbs", "en")
    # (a sentence's start: the text's, a line's, or after the full stop of the sentence before)
    return re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\bthat\s)|(?<=\bsaid\s))(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}(?:" + REF_HEADS
                      + r")\s+(?:(?:" + links + r")\s+){1,4}(?:" + verbs + r")\s+", re.MULTILINE)


def _foreign_body(name: str) -> bool:
    """A body whose name opens with another country's adjective ("Lao Ministry of Public Security", "Japanese
    Ministry of …"; ``kg/data/relations/nationalities.json``)."""
    from kg.relations.foreign_titles import nationalities

    first = re.match(r"(?:the\s+)?([A-Z][a-z]+)\b", name)
    return first is not None and first.group(1) != "Vietnamese" and first.group(1) in nationalities()


def bare_body_implements_en(s: Sentence) -> list[Relation]:
    """implements (English) by a body named again by its kind as the subject of a clause: "Hà said the council
    had been set up to implement Resolution 120", "The committee will carry out the plan" (the policy named,
    or named again by its kind); the body is the latest one of the article whose name holds the words."""
    if s.lang != "en":
        return []
    from kg.relations.organizations import org_ref_at
    from kg.relations.policies import policy_after, policy_ref_at

    out: list[Relation] = []
    policies = s.of_type("Policy")
    for m in _bare_subject_en().finditer(s.text[:s.end], s.start):
        if any(o.start <= m.start() < o.end for o in s.mentions if not o.ref):
            continue  # the words open a name
        body = org_ref_at(s, m.start() + 4)  # (after "The " / "the ": org_ref_at reads a lower-case "the" only)
        if body is not None and _foreign_body(body.name or body.text):
            continue  # "the ministry" after "… with help from the Lao Ministry of Public Security": a home body
        target = policy_after(s, policies, m.end()) or policy_ref_at(s, m.end())
        if body is not None and target is not None:
            out.append(Relation(body.id, "implements", target.id, s.index))
    return out

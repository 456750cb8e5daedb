"""Merging entities: within one article, and across the corpus.

:func:`merge_within` folds the entities of one article that are the same
thing under two names (a known organisation under its full legal name, a long
body name cut short, an organisation without its legal form, two names of one
event, a policy number without its year, an acronym in brackets). Across the
corpus, :func:`merge_keys` folds unqualified policy numbers into the single
qualified one the corpus knows ("Nghị định 13" → "Nghị định 13/2023/NĐ-CP")
and :func:`merge_events` gives an event told in a Vietnamese and an English
article one IRI.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.entity_keys import ORG_LEGAL_HEADS, event_kind, org_core
from kg.extract import Extraction
from kg.introduced_policies import introduced_then_numbered
from kg.nlp.patterns import pattern_data
from kg.policy_names import code_tails
from kg.textutil import fold_key, norm_key, slugify

if TYPE_CHECKING:  # kg.resolve imports this module
    from kg.resolve import Entity, Resolved


# ----------------------------------------------------------------------------- one article


def merge_within(entities: dict[str, Entity], key_of: dict[int, str], ex: Extraction) -> None:
    """Merge entities of one article that are the same thing under two names."""
    # a foreign body ("Japan's Ministry of Justice", kg.relations.foreign_titles) is never its namesake
    foreign = {key_of[m.id]: m.meta["foreign"] for m in ex.mentions if m.meta.get("foreign") and m.id in key_of}

    def merge(src: str, dst: str, reason: str) -> None:
        if src == dst or src not in entities or dst not in entities or foreign.get(src) != foreign.get(dst):
            return
        a, b = entities.pop(src), entities[dst]
        for lang, labels in a.labels.items():
            for label in labels:
                b.add_label(label, lang)
                b.note_merge(label, reason)
        b.mentions += a.mentions
        if len(a.name) > len(b.name) and b.gid is None:
            b.name = a.name
        for mid, k in list(key_of.items()):
            if k == src:
                key_of[mid] = dst

    keys = sorted(entities, key=lambda k: -len(entities[k].name))
    for k in keys:
        e = entities.get(k)
        if e is None:
            continue
        for k2 in keys:
            e2 = entities.get(k2)
            if e2 is None or k2 == k or e2.type != e.type:
                continue
            if e.type == "Organization" and e.gid is None and e2.gid is not None \
                    and norm_key(e.name).endswith(" " + norm_key(e2.name)) and ORG_LEGAL_HEADS.match(e.name):
                # "Công ty cổ phần … VinAI" is the known VinAI under its full legal name
                entities[k2].add_label(e.name, e.lang)
                merge(k, k2, "the full legal name of a known organisation")
                continue
            if e.type == "Organization" and e.gid is None and e2.gid is None and _short_body(e2.name, e.name) \
                    and sum(_short_body(e2.name, x.name) for x in entities.values() if x.type == "Organization") == 1:
                # "Ban Quản lý dự án" is "Ban Quản lý dự án đầu tư xây dựng … tỉnh Bình Định" named short
                merge(k2, k, "a long body name cut short")
                continue
            if e.type == "Organization" and e.gid is None and e2.gid is None and len(e2.name) < len(e.name) \
                    and (spelt := _spelt_out(e2.name)) is not None and spelt == _spelt_out(e.name):
                # "BHXH tỉnh Nghệ An" is "Bảo hiểm xã hội tỉnh Nghệ An": a known body's short form opens the name
                merge(k2, k, "a known body's short form opening the same name")
                continue
            if e.type == "Organization" and e2.gid is None:
                # "One Mount" ⊂ "CTCP One Mount Group"; "Movian AI" ends "Công ty … Movian AI"
                if org_core(e2.name) == org_core(e.name) or (
                        len(e2.name) >= 4 and norm_key(e.name).endswith(" " + norm_key(e2.name))
                        and re.match(r"(Công ty|CTCP|Tập đoàn|Tổng công ty)", e.name)):
                    merge(k2, k, "the same organisation without its legal form")
            elif e.type == "Person" and e2.gid is None and norm_key(e2.name) != norm_key(e.name):
                continue
            elif e.type == "Event" and (_quoted_subject(e.name, e2.name) or _quoted_subject(e2.name, e.name)):
                merge(k2, k, "the same event named by its quoted title and by its subject")
            elif e.type == "Event" and _same_event(e.name, e2.name):
                body_name = _body_name(e, e2, ex)
                merge(k2, k, "the same event head and edition")
                if body_name:  # the headline's shorter form is an alias of the lead's name
                    entities[k].name = body_name
            elif e.type == "Event" and _without_levels(e.name) == _without_levels(e2.name):
                # the headline's "lễ khánh thành Bệnh viện … Cần Thơ" is the lead's "… thành phố Cần Thơ"
                name = _body_name(e, e2, ex) or max(e.name, e2.name, key=len)
                merge(k2, k, "the same event, its place named with its level in one form")
                entities[k].name = name
            elif e.type == "Event" and (pair := _headline_host_form(e, e2, k, k2, entities, ex)) is not None:
                lead_name = entities[pair[1]].name
                merge(*pair, "the headline's event named by its host, the lead's by its edition")
                entities[pair[1]].name = lead_name
            elif e.type == "Event" and e2.gid is None and _edition_of(e2.name, e.name) and sum(
                    _edition_of(e2.name, x.name) for x in entities.values() if x.type == "Event") == 1:
                # the headline's "Golden Globe Science and Technology Awards" is the body's "… Awards 2025"
                merge(k2, k, "the same event named without its year or edition")
            elif e.type == "Event" and (pair := _headline_prefix(e, e2, k, k2, entities, ex)) is not None:
                # the headline's "Hội thảo quốc tế về … vùng núi đá vôi" is the lead's "… vùng núi đá vôi Đông Nam Á"
                merge(*pair, "the headline's event named by the first words of the lead's name")
            elif e.type == "Policy" and _policy_generalises(k2, k) and _codes_agree(e, e2):
                merge(k2, k, "the same instrument number, without its year")
            elif e.type == "Policy" and e2.gid is None and _edition_of(e2.name, e.name) and sum(
                    _edition_of(e2.name, x.name) for x in entities.values() if x.type == "Policy") == 1:
                merge(k2, k, "the same law named without its year")  # "the 2024 Land Law" … "the Land Law"
    for short, full in _subject_named_policies(entities, key_of, ex):
        number_name = entities[full].name  # the name with the number stays the name
        merge(short, full, "the same instrument named by its subject, as in the headline")
        entities[full].name = number_name
    for short, full in introduced_then_numbered(entities, key_of, ex):
        number_name = entities[full].name  # "a decision on X" … "Decision 58/2026/QĐ-UBND was signed …"
        merge(short, full, "an instrument introduced by its kind, then named by its number")
        if full in entities:
            entities[full].name = number_name
    for short, full in _headline_drafts(entities, key_of, ex):
        full_name = entities[full].name  # the lead's name stays the name
        merge(short, full, "the same draft, named shorter in the headline")
        entities[full].name = full_name
    # "Ministry of Information and Communications (MIC)": the bracketed acronym is an alias
    from kg.relations.acronyms import bracketed_short_form

    text = ex.article.text
    for m in ex.mentions:
        k = key_of.get(m.id)
        if k is None or m.nested:
            continue  # "(MB)" names the bank, not "Quân đội" inside the bank's name
        after = bracketed_short_form(text, m.end)
        whole = after and any(o.type == m.type and (o.start, o.end) == after.span("acr") for o in ex.mentions)
        if after and m.type in ("Organization", "Topic", "Policy") and not any(
                o.start == after.start("acr") and o.type != m.type and not (whole and o.end < after.end("acr"))
                for o in ex.mentions):  # (but "SHTP" inside "(SHTP-TC)", read whole as the body's, is no other thing)
            short = after.group("acr")
            for other in ex.mentions:
                if text[other.start:other.end] == short and key_of.get(other.id) not in (None, k) \
                        and other.type == m.type:
                    merge(key_of[other.id], k, "an acronym given in brackets after the name")
            entities[k].add_label(short, "en" if short.isascii() else "vi")
            entities[k].note_merge(short, "an acronym given in brackets after the name")
        if m.type == "Organization" and (text.startswith(" (", m.end) or text.startswith("(", m.end)):
            inner = next((o for o in ex.mentions if o.type == "Organization" and not o.nested
                          and o.start in (m.end + 1, m.end + 2) and text.startswith(")", o.end)), None)
            if inner is not None and key_of.get(inner.id) not in (None, k) \
                    and m.text.split()[:2] == inner.text.split()[:2]:
                # "Ban Chỉ đạo quốc gia chống buôn lậu, … (Ban Chỉ đạo 389 quốc gia)": the body named again, short
                merge(key_of[inner.id], k, "a short name given in brackets after the name")


@lru_cache(maxsize=4096)
def _spelt_out(name: str) -> str | None:
    """The key of ``name`` with the known organisation that opens it written as the lexicon names it
    ("NHNN Chi nhánh Khu vực 10" → "ngân hàng nhà nước việt nam chi nhánh khu vực 10"); ``None`` when no known
    organisation of up to five words opens it and words follow."""
    from kg.nlp.lexicon import load_lexicon

    words, lex = name.split(), load_lexicon()
    for n in range(min(len(words) - 1, 5), 0, -1):
        known = next((e for e in lex.lookup(" ".join(words[:n])) if e.type == "Organization"), None)
        if known is not None:
            return norm_key(known.name + " " + " ".join(words[n:]))
    return None


def _short_body(short: str, full: str) -> bool:
    """``short`` opens the Vietnamese body name ``full``, which goes on in lower case to its place
    ("Ban Quản lý" / "Ban Quản lý dự án" → "Ban Quản lý dự án … tỉnh Bình Định"), or capitalised after
    a head of ``short_heads`` ("Ban Chỉ huy" → "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An")."""
    s, f = norm_key(short), norm_key(full)
    if not f.startswith(s + " ") or len(short.split()) < 2:
        return False
    rest = full[len(short):].split()
    return bool(rest) and (rest[0][:1].islower() or short in pattern_data("purpose_bodies.json")["short_heads"]) \
        and bool(re.search(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã)\s+[A-ZĐ]", full[len(short):]))


_EDITION = r"(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"


def _edition_of(short: str, full: str) -> bool:
    """``full`` is ``short`` with its year or edition ("X 2025", "2025 X", "the seventh X"): one English event."""
    s, f = norm_key(short), norm_key(full)
    # (no pattern built from the names: one per pair of entities filled re's cache and evicted every other)
    return len(short.split()) >= 2 and f != s and (
        f.startswith(s) and _YEAR_AFTER.fullmatch(f, len(s)) is not None
        or f.endswith(s) and _EDITION_BEFORE.fullmatch(f, 0, len(f) - len(s)) is not None)


_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d")
_EDITION_BEFORE = re.compile(_EDITION + r"\s+")


def _body_name(a: "Entity", b: "Entity", ex: Extraction) -> str | None:
    """The name of the one of two entities the article's body names (the other only in its headline), else None."""
    sentence = {m.id: m.sentence for m in ex.mentions}
    in_body = [e for e in (a, b) if any(sentence.get(i, 0) > 0 for i in e.mentions)]
    return in_body[0].name if len(in_body) == 1 else None


_LEVELS = re.compile(r"(?<![\w])(?:thanh pho|tinh|tp\.?|huyen|quan|thi xa)\s+")  # (folded)


def _without_levels(name: str) -> str:
    """An event's name without the level words before its places ("Bệnh viện Ung bướu thành phố Cần Thơ")."""
    return _LEVELS.sub("", fold_key(name))


def _headline_host_form(a: "Entity", b: "Entity", ka: str, kb: str, entities: dict[str, "Entity"],
                        ex: Extraction) -> tuple[str, str] | None:
    """(headline key, lead key) when one event is named only in the headline by its head and its host
    ("Đại hội đồng cổ đông Vietcombank") and the other, in the body, by the same head and its edition
    ("Đại hội đồng cổ đông thường niên năm 2026"), the one body event with that head; else None."""
    wa, wb = fold_key(a.name).split(), fold_key(b.name).split()
    if wa[:2] != wb[:2]:
        return None  # (most pairs: no head in common)
    sentence = {m.id: m.sentence for m in ex.mentions}
    in_body = {k: any(sentence.get(i, 0) > 0 for i in e.mentions) for k, e in ((ka, a), (kb, b))}
    if in_body[ka] == in_body[kb]:
        return None
    (hk, hw), (bk, bw) = ((ka, wa), (kb, wb)) if in_body[kb] else ((kb, wb), (ka, wa))
    n = next((i for i, (x, y) in enumerate(zip(hw, bw)) if x != y), min(len(hw), len(bw)))
    host = " ".join(hw[n:])
    if n < 2 or not host or sum(fold_key(e.name).split()[:n] == hw[:n] for e in entities.values()
                                if e.type == "Event") != 2:
        return None
    hosts = {fold_key(label) for e in entities.values() if e.type == "Organization"
             and any(sentence.get(i, 0) > 0 for i in e.mentions)  # a body the lead names too
             for labels in e.labels.values() for label in labels | {e.name}}
    return (hk, bk) if host in hosts else None


def _headline_prefix(a: "Entity", b: "Entity", ka: str, kb: str, entities: dict[str, "Entity"],
                     ex: Extraction) -> tuple[str, str] | None:
    """(headline key, body key) when an event named only in the headline, in four words or more, is the first
    words of the name of the one body event that begins so (the headline cut the name short); else None."""
    sentence = {m.id: m.sentence for m in ex.mentions}
    in_body = {k: any(sentence.get(i, 0) > 0 for i in e.mentions) for k, e in ((ka, a), (kb, b))}
    if in_body[ka] == in_body[kb]:
        return None
    (hk, h), (bk, body) = ((ka, a), (kb, b)) if in_body[kb] else ((kb, b), (ka, a))
    hw = fold_key(h.name).split()
    if len(hw) < 4 or not fold_key(body.name).startswith(" ".join(hw) + " "):
        return None
    longer = [e for e in entities.values() if e.type == "Event" and fold_key(e.name).startswith(" ".join(hw) + " ")]
    return (hk, bk) if len(longer) == 1 else None


_TERM = re.compile(r",?\s+nhiem ky\s+\d{4}\s*[–-]\s*\d{4}")  # (folded)


def _same_event(a: str, b: str) -> bool:
    """Two names of one event: same head word and the same edition ("lần thứ VI", "2025")."""
    # (a congress's term tells no two editions apart: "… lần thứ I" is "… lần thứ I, nhiệm kỳ 2025 - 2030")
    fa, fb = (_TERM.sub("", fold_key(x)) for x in (a, b))
    if fa.split()[:2] != fb.split()[:2]:
        return False
    edition = r"(lan thu \S+|nam \d{4}|\d{4}|\d+(st|nd|rd|th))"
    ea, eb = ({re.sub(r"^nam ", "", m.group(1)) for m in re.finditer(edition, f)} for f in (fa, fb))
    if not ea & eb:
        return False
    for kind in (r"lan thu ", r"\d{4}$"):  # "lần thứ X năm 2026" is "… năm 2026" of the same year, not of another
        in_a, in_b = ({x for x in e if re.match(kind, x)} for e in (ea, eb))
        if in_a and in_b and in_a != in_b:
            return False
    # the rest of the names must not tell two events apart: "Đại hội TDTT tỉnh Lâm Đồng lần thứ X" is not
    # "Đại hội TDTT toàn quốc lần thứ X", but "Diễn đàn lần thứ VI" is "Diễn đàn quốc gia … lần thứ VI"
    ra, rb = (set(re.sub(edition, " ", f).split()[2:]) for f in (fa, fb))
    return ra <= rb or rb <= ra


_QUOTED_TITLE = re.compile(r"(?P<head>[^\"“]+?)\s*[\"“](?P<title>[^\"”]+)[\"”]")


def _quoted_subject(quoted: str, subject: str) -> bool:
    """'Hội thảo quốc gia "Bảo đảm an ninh lương thực trong …"' is 'Hội thảo quốc gia về bảo đảm an ninh lương
    thực' (a headline's form): the same head, and the subject after "về" opens the quoted title (or the reverse)."""
    q = _QUOTED_TITLE.fullmatch(quoted)
    if q is None or " về " not in subject:
        return False
    head, rest = subject.split(" về ", 1)
    title, about = fold_key(q.group("title")), fold_key(rest)
    return fold_key(head) == fold_key(q.group("head")) and bool(about) and (
        title.startswith(about) or about.startswith(title))


_BY_SUBJECT = re.compile(r"(?P<kind>\S+(?:\s\S+)?)\s+(?:về|on)\s+(?P<subject>.+)")


def _subject_named_policies(entities: dict[str, Entity], key_of: dict[int, str],
                            ex: Extraction) -> list[tuple[str, str]]:
    """(key, key) pairs of one instrument named by its subject in the headline ("Chỉ thị về tăng cường phòng, chống
    buôn lậu") and by its number in the lead, with the same subject written after it ("Chỉ thị số 35/CT-TTg ngày
    2/12/2026 về tăng cường phòng, chống buôn lậu, gian lận thương mại"): the only numbered one of its type whose
    subject opens the same way. An instrument the body names later with that subject is another one (a provincial
    resolution "về phát triển kinh tế tư nhân" that carries out Resolution 68-NQ/TW "về phát triển kinh tế tư
    nhân")."""
    from kg.policy_names import policy_parts

    text = ex.article.text
    ends: dict[str, list[int]] = {}  # where the article's lead (its first three sentences) names each instrument
    headline: set[str] = set()
    for m in ex.mentions:
        if m.type == "Policy" and not m.nested and m.id in key_of and m.sentence < 3:
            ends.setdefault(key_of[m.id], []).append(m.end)
            if m.sentence == 0:
                headline.add(key_of[m.id])
    out = []
    for k, e in entities.items():
        named = _BY_SUBJECT.fullmatch(e.name) if e.type == "Policy" and k in headline else None
        kind, number, _ = policy_parts(e.name) if named else ("", None, None)
        if named is None or number is not None or len(named["subject"].split()) < 3:
            continue
        opening = r"\s+".join(map(re.escape, named["subject"].split()[:3]))
        same = [k2 for k2, e2 in entities.items() if k2 != k and e2.type == "Policy"
                and policy_parts(e2.name)[:1] == (kind,) and policy_parts(e2.name)[1] is not None]
        told = [k2 for k2 in same if any(re.match(r"[^.;:\n]{0,80}?(?<![\w])(?:về|on)\s+" + opening + r"(?![\w])",
                                                  text[end:end + 200]) for end in ends.get(k2, ()))]
        if len(same) == 1 and told == same:
            out.append((k, same[0]))
    return out


_DRAFT_BEFORE = re.compile(r"(?<![\w])(?:dự thảo|draft)\s+$", re.IGNORECASE)


def _headline_drafts(entities: dict[str, Entity], key_of: dict[int, str], ex: Extraction) -> list[tuple[str, str]]:
    """(key, key) pairs of one draft named in the headline ("lấy ý kiến dự thảo Nghị định về bảo vệ tài nguyên nước")
    and in the lead by its full name ("góp ý dự thảo Nghị định quy định chi tiết một số điều của Luật Tài nguyên nước
    năm 2023 …"): the one draft of that kind the lead names, when the headline's is a draft named by no number."""
    from kg.policy_names import policy_parts

    text = ex.article.text
    drafts: dict[int, set[str]] = {0: set(), 1: set()}  # the headline's and the lead's drafts
    for m in ex.mentions:
        if m.type == "Policy" and not m.nested and m.id in key_of and m.sentence < 3 \
                and _DRAFT_BEFORE.search(text, max(0, m.start - 10), m.start):
            drafts[min(m.sentence, 1)].add(key_of[m.id])
    out = []
    for k in drafts[0]:
        kind, number, _ = policy_parts(entities[k].name)
        same = [k2 for k2 in drafts[1] - {k} if policy_parts(entities[k2].name)[0] == kind]
        if number is None and len(same) == 1:
            out.append((k, same[0]))
    return out


def _policy_generalises(short: str, full: str) -> bool:
    """"policy/nghi-quyet-57" names the same thing as "policy/nghi-quyet-57-2024"."""
    return full.startswith(short + "-") and re.fullmatch(r"-\d{4}", full[len(short):]) is not None


def _codes_agree(a: Entity, b: Entity) -> bool:
    """Neither policy's codes name another kind or issuer than the other's ("20/2023/CT-TTg" is not "20/CT-UBND")."""
    ta, tb = code_tails(a.names()), code_tails(b.names())
    return not ta or not tb or bool(ta & tb)


# ----------------------------------------------------------------------------- corpus level


def merge_keys(keys: list[str]) -> dict[str, str]:
    """Map unqualified policy keys onto the one qualified key the corpus has.

    >>> merge_keys(["policy/nghi-dinh-13", "policy/nghi-dinh-13-2023"])
    {'policy/nghi-dinh-13': 'policy/nghi-dinh-13-2023'}
    """
    out: dict[str, str] = {}
    ks = sorted(set(keys))
    by_stem: dict[str, list[str]] = {}  # "policy/x" → the keys "policy/x-YYYY" (_policy_generalises)
    for x in ks:
        m = re.fullmatch(r"(.*)-\d{4}", x, re.DOTALL)
        if m:
            by_stem.setdefault(m.group(1), []).append(x)
    for k in ks:
        if not k.startswith("policy/"):
            continue
        longer = by_stem.get(k, [])
        if len(longer) == 1:
            out[k] = longer[0]
    return out


def merge_events(resolved: list[Resolved], key_map: dict[str, str] | None = None) -> dict[str, str]:
    """One IRI for an event told in a Vietnamese and an English article: the same kind of event
    (or the same name), the same date and the same organiser.

    Each article contributes its dated, organised events; an English event key
    maps onto the Vietnamese one when exactly one Vietnamese event matches.
    """
    key_map = key_map or {}
    seen: dict[tuple[str, str, str], dict[str, set[str]]] = {}
    for res in resolved:
        lang = "en" if res.extraction.article.lang == "en" else "vi"
        for key, ent in res.entities.items():
            if ent.type != "Event":
                continue
            dates = {f.obj for f in res.facts if f.subject == key and f.predicate == "date"}
            orgs = {key_map.get(f.subject, f.subject) for f in res.facts if f.obj == key and f.predicate == "organized"}
            kind = event_kind(ent.name) or "name:" + slugify(ent.name)
            for d in dates:
                for o in orgs:
                    seen.setdefault((kind, d, o), {"vi": set(), "en": set()})[lang].add(key)
    out: dict[str, str] = {}
    for (_, _, _), by_lang in sorted(seen.items()):
        if len(by_lang["vi"]) == 1:
            target = next(iter(by_lang["vi"]))
            for k in sorted(by_lang["en"]):
                if k != target:
                    out.setdefault(k, target)
    return out

"""Policy names: instrument type, number and code, the document they describe, and their labels.

"Nghị quyết 57" = "Nghị quyết số 57-NQ/TW" = "Resolution 57": :func:`policy_parts` reads the
parts, :func:`policy_key` gives the corpus-wide key, :func:`policy_labels` the surface variants in
both languages, :func:`code_tail` what tells apart two instruments of one number, :func:`policy_document` what the code says of the document (year, issuing body).
Used by entity resolution (kg.resolve) and the RDF writer (kg.rdf).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.lexicon import load_lexicon
from kg.textutil import norm_key, slugify


_PLAN_KINDS = frozenset({"Chương trình", "Kế hoạch", "Đề án", "Chiến lược", "Quy hoạch"})
_LAW_KINDS = frozenset({"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"})


@lru_cache(maxsize=1)
def _type_prefixes() -> tuple[tuple[str, str], ...]:
    """(key prefix of a type's name, its Vietnamese type), longest Vietnamese type first, each type's
    names in the lexicon's order: the order in which :func:`policy_parts` tries them."""
    types = sorted(load_lexicon().policy_types, key=lambda t: -len(t.get("vi", "")))
    return tuple((norm_key(name) + " ", t["vi"]) for t in types
                 for name in [t.get("vi"), t.get("en"), *t.get("aliases", []), *t.get("en_aliases", [])] if name)


_NUMBER_RE = re.compile(r"(?:số|No\.?|Number)?\s*(\d{1,5})((?:/\d{4})?(?:/|-)[A-ZĐ][\wĐ/-]*)?")
_NUMBERED_RE = re.compile(r"\S+(?:\s+\S+)?\s+(?:số\s+)?\d")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# "năm" before the year that ends a named instrument's name
_YEAR_AFTER_NAM = re.compile(r"\s+năm\s+((?:19|20)\d\d)$")
# a number written right after the instrument's type (in a norm_key, after the type's key prefix)
_RIGHT_AFTER_TYPE = re.compile(r"(?:số\s*|no\.?\s*|number\s+)?\d")
# an English instrument named by its subject: "Law on …", "draft decree regarding …" (not "Resolution 57")
_EN_NAMED_RE = re.compile(r"(?:[A-Za-z-]+\s+){1,3}(?:on|regarding|concerning|for|to)\s+\D")


_QUANTITY_RE = re.compile(r"[.,]?\d*\s*(?:triệu|nghìn|ngàn|tỷ|trăm|%|ha\b|héc-ta|km|căn|người|hộ\b|million|billion|thousand)",
                          re.IGNORECASE)
# an amending instrument named after the one it amends, with no number of its own
_AMENDING_RE = re.compile(r"\S+(?:\s+\S+)?\s+(?:sửa đổi|amending)", re.IGNORECASE)
# the amended instrument's type named after the amending verb, right before its number
_AMENDED_NAMED = re.compile(r"(?:(?:sửa đổi|bổ sung|thay thế)\s+(?:Luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|"
                            r"Pháp lệnh)(?:\s+số)?|(?:amending|replacing|supplementing)\s+(?:the\s+)?(?:Law|Decree|"
                            r"Resolution|Circular|Decision|Directive|Ordinance)(?:\s+No\.)?)\s*$")


@lru_cache(maxsize=16384)
def policy_parts(text: str) -> tuple[str, str | None, str | None]:
    """(Vietnamese instrument type, number, full code) of a policy name.

    Memoised: resolution and the graph ask it of the same names many times per article.

    >>> policy_parts("Nghị quyết số 57-NQ/TW")
    ('Nghị quyết', '57', '57-NQ/TW')
    >>> policy_parts("Resolution 57")
    ('Nghị quyết', '57', None)
    """
    key = norm_key(text)
    prefix, kind = next(((prefix, vi) for prefix, vi in _type_prefixes() if key.startswith(prefix)), ("", None))
    m = _NUMBER_RE.search(text)
    if m and kind in _PLAN_KINDS and not m.group(2) and not _NUMBERED_RE.match(text) \
            and _YEAR_RE.fullmatch(m.group(1)):
        m = None  # "Chương trình … giai đoạn 2026 - 2030", "Kế hoạch … năm 2026": a year, not the plan's number
    if m and kind and not m.group(2) and _YEAR_RE.fullmatch(m.group(1)) \
            and not _RIGHT_AFTER_TYPE.match(key, len(prefix)):
        m = None  # "Luật Đất đai năm 2024", "Luật Dược 2024": the year a named law was passed, not its number
    if m and not m.group(2) and _EN_NAMED_RE.match(text) and (_YEAR_RE.fullmatch(m.group(1))
                                                               or not _RIGHT_AFTER_TYPE.match(key, len(prefix))):
        m = None  # "Law on Pharmacy 2024", "resolution on … for 2026-2030": the English name's year, no number;
        # "programme to train 500 engineers": a count in its subject
    if m and not m.group(2) and _QUANTITY_RE.match(text, m.end()):
        m = None  # "Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ …": a quantity in the plan's name, not its number
    if m and _AMENDING_RE.match(text) and (re.search(r"(?<![\w])(?:của|of)\s", text[:m.start()])
                                           or _AMENDED_NAMED.search(text[:m.start()])):
        m = None  # "Nghị định sửa đổi, bổ sung … của Nghị định số 100/2024/NĐ-CP", "Thông tư sửa đổi Thông tư số
        # 02/2023/TT-NHNN": the amended instrument's number
    if not m or not kind:
        return kind or text.split()[0], None, None
    code = m.group(1) + m.group(2) if m.group(2) else None
    return kind, str(int(m.group(1))) if m.group(1).isdigit() and len(m.group(1)) < 4 else m.group(1), code


@dataclass(frozen=True)
class PolicyDocument:
    """What a policy's name and code say about the document itself."""

    kind: str  # Vietnamese instrument type: "Nghị quyết", "Nghị định", "Luật" …
    number: str | None  # "57"
    code: str | None  # "57-NQ/TW", "13/2023/NĐ-CP"
    year: str | None  # "2023" when the code carries it
    issuer: str | None  # entity key of the body the code names ("…/NĐ-CP" → Chính phủ)


def policy_document(names: list[str]) -> PolicyDocument:
    """Type, number, code, year and code-named issuer from a policy's names (the fullest wins).

    >>> d = policy_document(["Nghị định 13", "Nghị định số 13/2023/NĐ-CP"])
    >>> (d.kind, d.number, d.code, d.year, d.issuer)
    ('Nghị định', '13', '13/2023/NĐ-CP', '2023', 'organization/chinh-phu')
    """
    best = None
    for name in sorted(names, key=len, reverse=True):
        parts = policy_parts(name)
        if best is None or (parts[2] and not best[2]) or (parts[1] and not best[1]):
            best = parts
    kind, number, code = best if best else ("", None, None)
    year = re.search(r"/((?:19|20)\d{2})/", code or "")
    issuer = None
    suffix = re.search(r"[-/]([A-ZĐ][A-Za-zĐ]*\d*)$", code or "")
    if suffix:
        org_id = load_lexicon().org_codes.get(suffix.group(1).casefold())
        issuer = f"organization/{org_id}" if org_id else None
    return PolicyDocument(kind, number, code, year.group(1) if year else None, issuer)


def policy_key(text: str) -> str:
    """Deterministic key of a policy: type + number (+ year from the code)."""
    kind, number, code = policy_parts(text)
    if number is None:  # "Luật Đất đai năm 2024" = "Luật Đất đai 2024"; "2024 Land Law" = "Land Law 2024"
        leading = _LEADING_YEAR.match(text)
        if leading:
            return "policy/" + slugify(f"{leading['name']} {leading['year']}")
        return "policy/" + slugify(_YEAR_AFTER_NAM.sub(r" \1", text) if kind in _LAW_KINDS else text)
    year = re.search(r"/(\d{4})/", code or "")
    return "policy/" + slugify(f"{kind} {number}" + (f" {year.group(1)}" if year else ""))


_CODE_TAIL = re.compile(r"^\d+(?:/(?:19|20)\d\d)?[/-](?P<tail>.+)$")


def code_tail(code: str | None) -> str | None:
    """The part of an instrument's code after its number and year, folded: the kind and issuer it names.

    Two codes with the same number and different tails are two documents ("20/CT-UBND", a city's
    directive, is not the Prime Minister's "20/CT-TTg").

    >>> code_tail("20/CT-UBND"), code_tail("13/2023/NĐ-CP"), code_tail("57-NQ/TW") == code_tail("57/NQ-TW")
    ('ctubnd', 'nđcp', True)
    """
    m = _CODE_TAIL.match(code or "")
    return re.sub(r"[\W_]+", "", m["tail"]).casefold() if m else None


def code_tails(names: set[str] | list[str]) -> set[str]:
    """The code tails (:func:`code_tail`) of a policy's names."""
    return {t for name in names if (t := code_tail(policy_parts(name)[2]))}


def apart_key(key: str, code: str) -> str:
    """The key of an instrument that shares ``key``'s type and number but not its code: "policy/chi-thi-20-ct-ttg"."""
    return f"{key}-{slugify(_CODE_TAIL.match(code)['tail'])}"


def policy_labels(text: str, lang: str) -> set[str]:
    """Surface variants of a numbered instrument name, in both languages."""
    kind, number, code = policy_parts(text)
    if number is None:
        return {text} | (_year_forms(text, lang) if kind in _LAW_KINDS or lang != "vi" else set())
    lex = load_lexicon()
    en = next((t.get("en") for t in lex.policy_types if t.get("vi") == kind), None)
    out = {text, f"{kind} {number}", f"{kind} số {number}"}
    if code:
        out |= {f"{kind} {code}", f"{kind} số {code}"}
    if en:
        out |= {f"{en} {number}", f"{en} No. {number}"}
        if code:
            out |= {f"{en} {code}", f"{en} No. {code}"}
    return out


_ENDING_YEAR = re.compile(r"^(?P<name>.+?)(?:\s+năm)?\s+(?P<year>(?:19|20)\d\d)$")
_LEADING_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)\s+(?P<name>.+\s(?:Law|Code|Constitution))$")


def _year_forms(text: str, lang: str) -> set[str]:
    """The other ways of writing the year of a named instrument: "Luật Đất đai năm 2024" / "Luật Đất đai 2024";
    "2024 Land Law" / "Land Law 2024".

    >>> sorted(_year_forms("2024 Land Law", "en"))
    ['2024 Land Law', 'Land Law', 'Land Law 2024']
    """
    m = _ENDING_YEAR.match(text)
    if m and m["name"][-1:].isalpha() and lang == "vi":
        return {f"{m['name']} năm {m['year']}", f"{m['name']} {m['year']}"}
    if not m or m["name"].split()[-1] not in ("Law", "Code", "Constitution"):
        m = _LEADING_YEAR.match(text)
    # (in English also the name without the year, which kg gave such a law before it kept the year)
    return {f"{m['year']} {m['name']}", f"{m['name']} {m['year']}", m["name"]} if m else set()


def unshared_labels(policies: list) -> None:
    """Drop the labels two instruments of one article share: beside the city's "Directive 20/CT-UBND", the Prime
    Minister's "Directive 20/CT-TTg" is kept apart, and "Directive 20" (a variant both got) names neither for sure.
    An instrument's own name stays."""
    seen: dict[str, int] = {}
    for ent in policies:
        for name in {n.casefold() for n in ent.names()}:
            seen[name] = seen.get(name, 0) + 1
    shared = {n for n, count in seen.items() if count > 1}
    if not shared:
        return
    for ent in policies:
        for lang, names in ent.labels.items():
            ent.labels[lang] = {n for n in names if n.casefold() not in shared or n == ent.name}

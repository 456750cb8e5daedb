"""The body a bare "Công ty" / "Hiệp hội" / "the ministry" refers to: the one of that kind (by its name's head,
or a company the gazetteer knows) that the speaker belongs to, that was last a sentence's subject, or that was
named last before it (:mod:`kg.org_speakers` reads the first two). Split out of :mod:`kg.resolve` by way of
:mod:`kg.references`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.nlp.lexicon import entry_by_id
from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.org_speakers import latest_subject, opens_sentence, previous_subject, speaker_body

if TYPE_CHECKING:
    from kg.extract import Extraction, Mention
    from kg.resolve import Entity


ORG_REF_KINDS = {"công ty": ("Công ty", "CTCP", "Tổng công ty"), "tập đoàn": ("Tập đoàn",),
                 "hiệp hội": ("Hiệp hội",), "liên đoàn": ("Liên đoàn",), "ngân hàng": ("Ngân hàng",),
                 "ban chỉ đạo": ("Ban Chỉ đạo",), "hội đồng": ("Hội đồng",), "tổ công tác": ("Tổ công tác",),
                 "sở": ("Sở",), "cục": ("Cục",), "bộ": ("Bộ",), "viện": ("Viện",), "chi cục": ("Chi cục",), "quỹ": ("Quỹ",),
                 "tổng cục": ("Tổng cục",), "tổng công ty": ("Tổng công ty",), "trung tâm": ("Trung tâm",),
                 "nhà trường": ("Trường", "Đại học", "Học viện"),  # "cho biết nhà trường đang …": the school
                 "company": ("Công ty", "CTCP", "company"), "group": ("Tập đoàn", "group"), "association": ("Hiệp hội", "association"),
                 "ministry": ("Bộ", "Ministry"), "steering committee": ("Ban Chỉ đạo", "steering committee"),
                 "working group": ("Tổ công tác", "working group"), "task force": ("task force",), "bệnh viện": ("Bệnh viện",),
                 "institute": ("Viện", "Institute", "institute"), "university": ("Trường Đại học", "Đại học", "university"),
                 "centre": ("Trung tâm", "centre"), "hospital": ("Bệnh viện", "hospital"),
                 "department": ("department",), "central bank": ("State Bank", "central bank"),
                 "federation": ("federation",), "court": ("court",), "foundation": ("foundation",),
                 "legislature": ("national assembly", "quốc hội", "parliament"),  # "the legislature also passed …"
                 "ủy ban": ("Ủy ban",), "ban": ("Ban",)}  # "Chủ nhiệm Ủy ban Phan Văn Mãi": the committee named before


# English heads that refer back only when the article named one body of that kind before them
_ONE_OF_KIND = frozenset({"central bank", "federation", "court", "foundation", "legislature"})

# Bodies whose name opens with a head but which a bare head never means
ORG_REF_NOT = {"bộ": ("Bộ Chính trị", "Bộ Tư lệnh", "Bộ Chỉ huy", "Bộ đội"),
               "ủy ban": ("Ủy ban nhân dân", "Ủy ban Mặt trận", "Ủy ban Kiểm tra"),
               "ban": ("Ban Chấp hành", "Ban Thường vụ", "Ban Bí thư", "Ban Chỉ đạo", "Ban Quản lý")}


def org_antecedent(m: Mention, ex: Extraction, entities: dict[str, Entity]) -> str | None:
    """The body a bare "Công ty" / "Hiệp hội" / "the company" refers to: the one of that kind
    (by its name's head, or a company in the gazetteer) mentioned last before it."""
    heads = ORG_REF_KINDS.get(m.meta.get("head", ""), ())

    def latest(accept) -> str | None:
        best: tuple[int, str] | None = None
        for key, e in entities.items():
            if e.type != "Organization" or not accept(e):
                continue
            seen = [mm.start for mm in ex.mentions if mm.id in e.mentions and mm.start < m.start
                    and not (mm.nested and mm.id in inner)]
            if seen and (best is None or max(seen) > best[0]):
                best = (max(seen), key)
        return best[1] if best else None

    # a nested body inside a whole one ("Department of Health" in "the provincial Department of …") is not "the department"
    inner = set() if ex.article.lang != "en" else {mm.id for mm in ex.mentions if mm.nested and any(
        o.type == "Organization" and not o.nested and not o.ref and o.start <= mm.start and mm.end <= o.end
        and (o.start, o.end) != (mm.start, mm.end) for o in ex.mentions)}

    def named_so(e: Entity) -> bool:  # the article names it so: "Công ty cổ phần …"
        names = [mm.name or mm.text for mm in ex.mentions if mm.id in e.mentions]  # "Ministry of Health" of a title's "Health"
        # English heads in lower case stand anywhere in the name: "the provincial steering committee for …"
        if any(n.startswith(x) for n in names for x in ORG_REF_NOT.get(m.meta.get("head", ""), ())):
            return False  # "Bộ" alone is a ministry, never the Politburo or a command
        if m.meta.get("head") == "legislature":  # the assembly itself, not its Standing Committee or a committee of it
            return any(re.fullmatch(rf"(?:the\s+)?{h}(?:\s+of\s+.+|\s+việt\s+nam)?", n.casefold()) for n in names + [e.name] for h in heads)
        return any(n.startswith(h + " ") or h.islower() and f" {h} " in f" {n.casefold()} " for n in names for h in heads)

    def known_company(e: Entity) -> bool:
        entry = entry_by_id("Organization", e.gid) if e.gid else None
        return entry is not None and entry.kind == "company" and m.meta.get("head") in (
            "công ty", "tập đoàn", "company", "group")

    if m.meta.get("head") in _ONE_OF_KIND and len({k for k, e in entities.items() if e.type == "Organization"
                                                 and named_so(e) and any(mm.id in e.mentions and mm.start < m.start
                                                                         for mm in ex.mentions)}) != 1:
        return None  # "the central bank" after the State Bank of Vietnam and the European Central Bank: no guess
    own = speaker_body(m, ex, entities, named_so)
    if own is None and m.meta.get("head") in _COMPANY_REFS:  # the company the sentence before is about
        own = previous_subject(m, ex, entities, lambda e: named_so(e) or known_company(e) or company_like(e))
    if own is None and ex.article.lang == "en" and opens_sentence(ex, m):
        own = latest_subject(m, ex, entities, named_so)
    return own or latest(named_so) or latest(known_company)



_COMPANY_REFS = frozenset(pattern_data("company_refs.json")["refs"])


def company_like(e: Entity) -> bool:
    """``e`` may be what "công ty" / "the company" means: a company the gazetteer knows, or a body it does not
    know whose name opens with no head of another kind ("Bộ", "Ủy ban", "Sở" …; "Công ty", "Tập đoàn" are
    companies') and holds no English word of a state organ, school or association ("Ministry", "Committee" …):
    "Hana Micron Vina", "Nhựa Tiền Phong", "Cảng Container quốc tế Tân Cảng Hải Phòng"."""
    return company_names({e.name} | {n for ns in e.labels.values() for n in ns}, e.gid)


def company_names(names: set[str], gid: str | None) -> bool:
    """The body of gazetteer id ``gid`` and ``names`` may be a company (:func:`company_like`)."""
    entry = entry_by_id("Organization", gid) if gid else None
    if entry is not None:
        return entry.kind == "company"
    data = pattern_data("company_refs.json")
    heads = [h for h in P.ORG_HEADS_VI + P.LOCAL_BODY_HEADS_VI if h not in data["company_heads_vi"]]
    if any(n.startswith(h + " ") or n == h for n in names for h in heads
           if not any(n.startswith(c + " ") for c in data["company_heads_vi"])):
        return False
    words = set(data["body_words_en"])
    return not any(re.sub(r"['’]s$", "", w) in words for n in names for w in n.split())

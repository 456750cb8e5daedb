"""A known company's units and branches ("Qualcomm Technologies", "Agribank Chi nhánh Nghệ An") and the
short forms a company named in full goes by later ("Công ty cổ phần 1Matrix" → "1Matrix", "Phuoc Loc
Real Estate Company" → "Phuoc Loc"); moved out of :mod:`.organisations`."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.entity_keys import ORG_LEGAL_HEADS as LEGAL_HEAD
from kg.nlp.lexicon import load_lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.organisations import brand_run
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import Word, adjacent, cap_run, starts_person, stop_at
from kg.textutil import compiled, norm_key, escaped_alternation
from kg.nlp.patterns import pattern_data
from kg.nlp import patterns as P


_BRANCH_RE = re.compile(r"[ ](?:(?:Chi nhánh|chi nhánh|CN)[ ])?")


_OWNER_BEFORE = re.compile(  # a company's owner or founder before it: "ông chủ Facebook Mark Zuckerberg"
    r"(?<![\w])(?:[Ôô]ng chủ|[Bb]à chủ|[Nn](?:hà|gười|hà đồng) sáng lập|[Ss]ếp|CEO|[Tt]ỷ phú|[Ôô]ng trùm)\s+$")


def brand_extensions(text: str, words: list[Word], cands: list[Candidate]) -> list[Candidate]:
    """A known company followed by more brand words names a unit: "Qualcomm Technologies"; a known
    company followed by "Chi nhánh" and a known place names its branch: "Agribank Chi nhánh Nghệ An"."""
    out: list[Candidate] = []
    by_end = {w.end: w.i for w in words}
    by_start = {w.start: w.i for w in words}
    lex = load_lexicon()
    for c in cands:
        entry = lex.entries.get(f"Organization:{c.gid}") if c.label == "ORG" and c.gid else None
        branch = _BRANCH_RE.match(text[c.end:c.end + 12])
        k = by_start.get(c.end + branch.end()) if branch else None
        if entry is not None and entry.kind == "company" and c.source == "gazetteer" and k is not None:
            # "Agribank Chi nhánh Nghệ An", "Vietcombank Nghệ An": a company's branch in a province or city
            marked = branch.end() > 1
            j = cap_run(text, words, k, max_len=4)
            known = next((jj for jj in range(j, k - 1, -1) if any(
                e.type == "Place" and (marked or e.kind in ("province", "city"))
                for e in lex.lookup(text[words[k].start:words[jj].end]))), -1)
            if known >= k:
                out.append(Candidate(c.start, words[known].end, "ORG", PRIORITY["org-brand/unit"], "org-brand"))
        if c.label != "ORG" or c.source != "gazetteer" or c.end not in by_end:
            continue
        entry = lex.entries.get(f"Organization:{c.gid}")
        if not text[c.start:c.end].isascii() or entry is None or entry.kind != "company":
            continue
        k = by_end[c.end] + 1
        if any(norm_key(text[words[k].start:words[x].end]) in lex.titles
               for x in range(k, min(k + 3, len(words)))) if k < len(words) else False:
            continue  # "Boeing Vice President Brendan Nelson": the company, then a title
        if k < len(words) and _OWNER_BEFORE.search(text, max(0, c.start - 30), c.start):
            continue  # "ông chủ Facebook Mark Zuckerberg": the company's owner follows, not a unit
        if k < len(words) and adjacent(text, words[k - 1], words[k]) and not starts_person(text, words, k, lex):
            j = brand_run(text, words, k, max_len=2)
            if j > k and brand_run(text, words, k, max_len=5) > j \
                    and any(e.type == "Place" for e in lex.lookup(words[k].text)):
                j = k  # "General Director of Samsung Vietnam Choi Joo-ho": the unit in a country, then a name
            if j >= k and any(re.fullmatch(r"(?:Hotel|Resort|Complex|Tower|Building|Centre|Center|Mall)", w.text)
                              for w in words[k:j + 1]):
                continue  # "the Lotte Hotel", "the Lotte Hotel Seoul": a building of the company, a venue
            if j >= k and (re.search(r"(?<![\w])[A-Z]{1,3}\d{2,}[a-z]*(?![\w])", text[words[k].start:words[j].end])
                           or re.match(r"\d{2,4}(?![\w.,])", words[k].text)):
                continue  # "Airbus A321neo aircraft", "Boeing 737 MAX jets": a product model, not a unit of the company
            if j >= k and not any(w.is_alpha for w in words[k:j + 1]):
                continue  # "phạt Apple 500 triệu euro": an amount, not a unit of the company
            if j >= k and not stop_at(words, j) and not any(
                    c2.label == "PER" and c2.start == words[k].start for c2 in cands) \
                    and not any(e.type == "Person" for e in lex.lookup(text[words[k].start:words[j].end])):
                # "Nvidia Jensen Huang" is the company and its chief, not a unit
                amp = re.match(r"[ ]?&[ ]?[A-Z][\w-]*", text[words[j].end:words[j].end + 30])
                end = words[j].end + amp.end() if amp else words[j].end  # "Hyundai Engineering & Construction"
                end = _unit_end(text, end)
                out.append(Candidate(c.start, end, "ORG", PRIORITY["org-brand/unit"], "org-brand"))
    return out


# a unit's hyphenated last word goes on ("Samsung Electro-Mechanics"), and its Vietnamese arm is the
# unit with the country after it ("Samsung Electro-Mechanics Việt Nam") unless a name follows
_HYPHEN_TAIL = re.compile(r"(?:-[A-Z][a-z]+)+(?![\w-])")
_ARM_TAIL = re.compile(r"[ ](?:Vietnam|Viet Nam|Việt Nam)(?![\w])(?![ ]+[A-ZĐ])")


def _unit_end(text: str, end: int) -> int:
    """Where a company's unit that the word run ended at ``end`` really ends: over a hyphenated
    continuation of its last word and the country of its Vietnamese arm."""
    hyphen = _HYPHEN_TAIL.match(text, end)
    if hyphen is None:
        return end
    arm = _ARM_TAIL.match(text, hyphen.end())
    return arm.end() if arm else hyphen.end()


def company_short_forms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The brand of a company named in full stands alone later: "Công ty cổ phần 1Matrix" → "1Matrix".

    The brand is the name without its legal head; for long descriptive names
    ("Công ty cổ phần Nghiên cứu và Ứng dụng … Movian AI") it is the trailing
    Latin-script words.
    """
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG":
            continue
        name = text[c.start:c.end]
        head = LEGAL_HEAD.match(name)
        if not head:
            continue
        core = name[head.end():]
        brand = re.search(r"(?:[0-9]*[A-Z][\w&-]*)(?:\s+[0-9]*[A-Z][\w&-]*)*$", core)
        short = brand.group() if brand and brand.group().isascii() else _group_brand(core) or _whole_core(core)
        if not short:
            continue
        out += [Candidate(m.start(), m.end(), "ORG", PRIORITY["org-short"], "org-short")
                for m in _uses_elsewhere(text, short, c)]
    return out


def _group_brand(core: str) -> str:
    """A Vietnamese brand of two words or more right after "Tập đoàn" in a company's name ("Công ty cổ phần Tập
    đoàn Lộc Trời" → "Lộc Trời"), no place's or known person's name ("Tập đoàn … Việt Nam" stays whole); "" else."""
    m = _GROUP_BRAND.fullmatch(core)
    if m is None or any(e.type in ("Place", "Person") for e in load_lexicon().lookup(m.group(1))):
        return ""
    return m.group(1)


def _whole_core(core: str) -> str:
    """A Vietnamese company's whole name past its legal head, written alone later ("Nhà máy của Sữa Bắc Miền Trung"
    after "Công ty TNHH Sữa Bắc Miền Trung"): two words or more, each capitalised, no known place or person; "" else."""
    words = core.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or \
            any(e.type in ("Place", "Person") for e in load_lexicon().lookup(core)):
        return ""
    return core


_GROUP_BRAND = re.compile(rf"Tập đoàn ([{P.UPPER_VI}][\w-]*(?:\s+[{P.UPPER_VI}][\w-]*)+)")


def _uses_elsewhere(text: str, short: str, c: Candidate) -> list[re.Match]:
    """The uses of ``short`` as a whole word outside the candidate ``c`` whose name holds it."""
    return [m for m in compiled(r"(?<![\w])" + re.escape(short) + r"(?![\w])").finditer(text)
            if not c.start <= m.start() < c.end]


# institutions whose proper name stands alone later: "Bệnh viện Bạch Mai" → "Bạch Mai", "Học viện Nông nghiệp
# Việt Nam" is no such one (a place closes it)
_INSTITUTION_HEAD = re.compile(rf"(?:Bệnh viện|Trường Đại học|Đại học|Học viện|Viện)\s+(?=[{P.UPPER_VI}])")
_INSTITUTION_BEFORE = re.compile(r"(?<![\w])(?:Bệnh viện|Đại học|Học viện|Viện|Trường)\s+$")


def institution_short_forms(text: str, cands: list[Candidate], lex) -> list[Candidate]:
    """A hospital, university or institute named in full stands alone later by its proper name: "ca ghép tim thứ 12
    của Bạch Mai" after "Bệnh viện Bạch Mai" (Vietnamese); not where that name is a known place or person."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref:
            continue
        name = text[c.start:c.end]
        head = _INSTITUTION_HEAD.match(name)
        if not head:
            continue
        short = name[head.end():]
        if not 2 <= len(short.split()) <= 3 or not all(w[:1].isupper() for w in short.split()) \
                or lex.lookup(short):
            continue
        out += [Candidate(m.start(), m.end(), "ORG", PRIORITY["org-short"], "org-short", meta={"name": name})
                for m in _uses_elsewhere(text, short, c)
                if not _INSTITUTION_BEFORE.search(text, max(0, m.start() - 14), m.start())]  # (the full name again)
    return out


@lru_cache(maxsize=1)
def _en_company_tail() -> re.Pattern:
    data = pattern_data("companies.json")
    tails = escaped_alternation(data["en_tails"])
    return re.compile(rf"\s+(?:{tails})$")


def english_company_short_forms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A company named in full stands alone later by its first words: "Phuoc Loc Real Estate
    Company" → "Phuoc Loc" (two words or more, written alone: not followed by another capital), unless
    those words name a place there ("Nam Đình Vũ Port" of "Nam Đình Vũ Port JSC")."""
    out: list[Candidate] = []
    places = {(c.start, c.end) for c in cands if c.label == "LOC"}  # "Nam Đình Vũ Port" of "… Port JSC": the port
    for c in cands:
        name = text[c.start:c.end]
        if c.label != "ORG" or c.ref or not _en_company_tail().search(name):
            continue
        words = name[:_en_company_tail().search(name).start()].split()
        for n in range(len(words), 1, -1):
            if not all(w[:1].isupper() for w in words[:n]):
                continue
            short = " ".join(words[:n])
            # (at a line's end, as a headline's last words, the next line's capital opens no longer name)
            found = [m for m in re.finditer(r"(?<![\w])" + re.escape(short) + r"(?![\w])(?![ \t]+[A-Z])", text)
                     if not c.start <= m.start() < c.end and (m.start(), m.end()) not in places]
            out += [Candidate(m.start(), m.end(), "ORG", PRIORITY["org-short"], "org-short", meta={"name": name})
                    for m in found]
            if found:
                break
    return out

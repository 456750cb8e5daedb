"""The shipped gazetteer: Vietnamese bodies, places, topics, people and titles.

The JSON files under ``kg/data/gazetteer`` are general knowledge written for
this project (names, English names, Wikidata IDs of public institutions). This
module loads them once and indexes them for the recognisers: surface form →
entry, title strings, surnames, policy instrument types.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.textutil import fold_key, nfc, norm_key

# How the recognisers split text into words ("TP.HCM" and "1.000" are one word).
WORD_RE = re.compile(r"\w+(?:[.,]\w+)*|[^\w\s]", re.UNICODE)

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# gazetteer file → entity type
TYPED_FILES = {
    "organizations.json": "Organization",
    "places.json": "Place",
    "topics.json": "Topic",
    "topic_fields_vi.json": "Topic",  # policy fields by domain: {"domains": {domain: [entries]}}
    "people.json": "Person",
    "policies.json": "Policy",  # programmes, partnerships and treaties known by name ("One Commune One Product")
}


@dataclass(frozen=True)
class Entry:
    """One known entity: its id, type, names and the facts we ship about it."""

    id: str
    type: str
    name: str
    en: str | None
    aliases: tuple[str, ...]
    en_aliases: tuple[str, ...]
    kind: str | None = None
    parent: str | None = None
    wikidata: str | None = None
    codes: tuple[str, ...] = ()
    # False: the English names label the entity but are not looked for in English copy (a Vietnamese policy field
    # the English gold does not count: "thematic Government meeting on law-making", tune-en t205)
    en_match: bool = True
    # False: the Vietnamese names label the entity but are not looked for in Vietnamese copy (a field English copy
    # writes apart, "chip design", that Vietnamese copy names inside bodies: "Trung tâm Thiết kế vi mạch")
    vi_match: bool = True
    # "subject": in English copy, a sector the news names in passing ("chips", "logistics", "e-commerce") is a Topic
    # of the article only as a subject or in the headline (as ``kind`` "subject" in both languages: kg.resolve)
    en_kind: str | None = None
    # "subject": in Vietnamese copy, a policy field the news names in passing ("đầu tư công", "số hóa") is a Topic
    # of the article only as the subject of a policy, event or body (kg.resolve), not in English copy
    vi_kind: str | None = None

    @cached_property
    def surfaces(self) -> tuple[str, ...]:
        """Every name the entry is known by, Vietnamese first (worked out once: the recognisers ask often)."""
        names = [self.name, *self.aliases]
        if self.en:
            names.append(self.en)
        names.extend(self.en_aliases)
        return tuple(dict.fromkeys(n for n in names if n))

    @cached_property
    def surfaces_by_key(self) -> dict[str, tuple[str, ...]]:
        """The surfaces of each :func:`kg.textutil.norm_key`, in :attr:`surfaces` order (the gazetteer's case checks
        ask for a hit's forms of the same key at every hit)."""
        out: dict[str, list[str]] = {}
        for s in self.surfaces:
            out.setdefault(norm_key(s), []).append(s)
        return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class Title:
    """A title or rank as written before or after a name."""

    text: str
    en: str | None
    kind: str  # role | rank | office | membership | honorific
    org: str | None = None
    canonical: str = ""  # the Vietnamese title this one is a form of ("Party leader" → "Tổng Bí thư")
    capitalised: bool = False  # a title only when written with a capital ("Deputy X", not "300 đại biểu")


@dataclass
class Lexicon:
    """Indexes over the gazetteer, built once per process."""

    entries: dict[str, Entry] = field(default_factory=dict)
    by_norm: dict[str, list[Entry]] = field(default_factory=dict)  # norm_key(surface) → entries
    by_fold: dict[str, list[Entry]] = field(default_factory=dict)  # fold_key(surface) → entries
    titles: dict[str, Title] = field(default_factory=dict)  # norm_key(title) → Title (matched in text)
    title_forms: dict[str, str] = field(default_factory=dict)  # norm_key(any form) → canonical title
    surnames: frozenset[str] = frozenset()  # fold_key of Vietnamese family names
    surnames_exact: frozenset[str] = frozenset()  # norm_key of the same, tones kept
    policy_types: list[dict] = field(default_factory=list)
    first_words: dict[str, int] = field(default_factory=dict)  # fold_key(first word) → longest entry, in words
    org_codes: dict[str, str] = field(default_factory=dict)  # document code ("TTg") → org id
    title_first_words: frozenset[str] = frozenset()  # first word of every key of ``titles``
    portfolio_titles: set[str] = field(default_factory=set)  # keys of "Bộ trưởng Y tế", "Thứ trưởng Công Thương"
    portfolios_en: frozenset[str] = frozenset()  # "Health", "Industry and Trade": before "Minister" (titles.py)

    def is_surname(self, word: str, folded: bool = False) -> bool:
        """``word`` is a family name, tones and all ("Cận" is not "Cấn", "Ban" is not "Bàn").

        ``folded``: text written without diacritics (English news: "To Lam") matches
        any family name it folds to.
        """
        if folded and word.isascii():
            return fold_key(word) in self.surnames
        return norm_key(word) in self.surnames_exact

    def lookup(self, surface: str, folded: bool = False) -> list[Entry]:
        """Entries whose name or alias equals ``surface`` (spelling-insensitive)."""
        if folded:
            return self.by_fold.get(fold_key(surface), [])
        return self.by_norm.get(norm_key(surface), [])


def _load(name: str) -> list | dict:
    """A gazetteer file's entries; a file grouped by domain ({"domains": {domain: [entries]}}) as one list."""
    path = GAZETTEER_DIR / name
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and "domains" in data:
        return [entry for entries in data["domains"].values() for entry in entries]
    return data


_VIETNAM = re.compile(r"\b(?:Vietnam|Viet Nam)\b")


def _with_viet_nam(en: str | None, aliases: list[str]) -> tuple[str, ...]:
    """English names written "Vietnam …" / "Viet Nam …" are also written "Việt Nam …" (the house style
    of Vietnam News and VNA English): "Việt Nam General Confederation of Labour"."""
    out = list(aliases)
    for name in [nfc(en)] if en else []:
        out.append(name)
    out += [_VIETNAM.sub("Việt Nam", a) for a in out]
    known = {nfc(en)} if en else set()
    return tuple(a for a in dict.fromkeys(out) if a not in known or a in aliases)


def _city_forms(raw: dict, type_: str) -> list[str]:
    """A city is also written with its level in Vietnamese copy, "TP X" / "TP. X" / "thành phố X" ("TP Hạ Long"),
    which most gazetteer entries do not list."""
    name = raw["name"]
    if type_ != "Place" or raw.get("kind") != "city" or name.casefold().startswith("thành phố"):
        return []
    return [f"{level} {name}" for level in ("TP", "TP.", "thành phố")]


_LEGAL_FORM = re.compile(r"Công ty (cổ phần|trách nhiệm hữu hạn) ", re.IGNORECASE)
_SHORT_FORM = {"cổ phần": "CP", "trách nhiệm hữu hạn": "TNHH"}


def _legal_short_forms(raw: dict, type_: str) -> list[str]:
    """A company's legal form is also written short in Vietnamese copy: "Công ty CP Sữa Việt Nam" for "Công ty
    Cổ phần Sữa Việt Nam", "Công ty TNHH …" for "Công ty Trách nhiệm hữu hạn …"."""
    if type_ != "Organization":
        return []
    return [_LEGAL_FORM.sub(lambda m: f"Công ty {_SHORT_FORM[m.group(1).casefold()]} ", x, count=1)
            for x in [raw["name"], *raw.get("aliases", [])] if _LEGAL_FORM.match(x)]


def _entry(raw: dict, type_: str) -> Entry:
    return Entry(
        id=raw["id"],
        type=type_,
        name=nfc(raw["name"]),
        en=nfc(raw["en"]) if raw.get("en") else None,
        aliases=tuple(dict.fromkeys(nfc(a) for a in [*raw.get("aliases", []), *_city_forms(raw, type_),
                                                      *_legal_short_forms(raw, type_)])),
        en_aliases=_with_viet_nam(raw.get("en"), [nfc(a) for a in raw.get("en_aliases", [])]),
        kind=raw.get("kind"),
        parent=raw.get("parent"),
        wikidata=raw.get("wikidata"),
        codes=tuple(raw.get("codes", [])),
        en_match=raw.get("en_match", True),
        vi_match=raw.get("vi_match", True),
        en_kind=raw.get("en_kind"),
        vi_kind=raw.get("vi_kind"),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load and index every gazetteer file (cached for the process)."""
    lex = Lexicon()
    for filename, type_ in TYPED_FILES.items():
        for raw in _load(filename):
            entry = _entry(raw, type_)
            key = f"{type_}:{entry.id}"
            lex.entries[key] = entry
            # other spellings: "Bà Rịa-Vũng Tàu" is also written with an en dash ("Bà Rịa–Vũng Tàu", Vietnam News style)
            variants = [re.sub(r"(?<=\w)-(?=\w)", "–", x) for x in entry.surfaces if re.search(r"\w-\w", x)]
            # … and a spaced dash is also written glued ("Thể Công - Viettel" as "Thể Công-Viettel")
            variants += [re.sub(r"(?<=\w) [-–] (?=\w)", d, x) for x in entry.surfaces if re.search(r"\w [-–] \w", x)
                         for d in ("-", "–")]
            # a city in English copy is also "… City" ("Ha Long City", "Vinh City"), as the city's own style has it
            if type_ == "Place" and entry.kind == "city" and entry.en and not entry.en.endswith(" City"):
                variants.append(f"{entry.en} City")
            for surface in (*entry.surfaces, *variants):
                lex.by_norm.setdefault(norm_key(surface), []).append(entry)
                lex.by_fold.setdefault(fold_key(surface), []).append(entry)
                words = WORD_RE.findall(surface)
                if words:
                    first = fold_key(words[0])
                    lex.first_words[first] = max(lex.first_words.get(first, 0), len(words))
            for code in entry.codes:
                lex.org_codes[code.casefold()] = entry.id
    for raw in _load("titles.json"):
        vi = nfc(raw["vi"])
        kind = raw.get("kind", "role")
        main = [vi] + ([nfc(raw["en"])] if raw.get("en") else [])
        aliases = [nfc(a) for a in [*raw.get("aliases", []), *raw.get("en_aliases", [])]]
        for form in main + aliases:
            lex.title_forms.setdefault(norm_key(form), vi)
        # Aliases are matched in text only when short and naming no body ("Party leader", not
        # "Phó Thủ tướng Thường trực Chính phủ", whose body the extractor splits off itself); a board
        # role names the company's organ, not a body ("Chairman of the Board of Directors").
        # (an alias naming only the title's own body after "of" is matched whole: "Permanent Member of the
        # Secretariat"; "National Assembly Chairman" stays the role and its body)
        short = [a for a in aliases if kind != "membership"
                 and (len(a.split()) <= 3 or " of the Board" in a or raw.get("org") and " of " in a)
                 and not any(e.type == "Organization" and (e.id != raw.get("org") or " of " not in a)
                             for part in _spans_of(a) for e in lex.lookup(part))]
        for form in main + short:
            lex.titles.setdefault(norm_key(form), Title(form, raw.get("en"), kind, raw.get("org"), canonical=vi,
                                                        capitalised=bool(raw.get("capitalised"))))
        _add_deputy_title(lex, vi, raw.get("en"), kind, raw.get("org"))
    _add_portfolio_titles(lex)
    lex.title_first_words = frozenset(k.split(" ")[0] for k in lex.titles)
    surnames = _load("surnames.json")
    if isinstance(surnames, dict):
        lex.surnames = frozenset(fold_key(s) for s in surnames.get("vi", []))
        lex.surnames_exact = frozenset(norm_key(s) for s in surnames.get("vi", []))
    lex.policy_types = list(_load("policy_types.json"))
    return lex


def title_key(text: str) -> str:
    """One key for every form of a title ("Party leader", "General Secretary", "Tổng Bí thư")."""
    return norm_key(load_lexicon().title_forms.get(norm_key(text), text))


def _spans_of(text: str) -> list[str]:
    """Every run of consecutive words of ``text`` (to look for a body named inside a title)."""
    words = text.split()
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


def entry_by_id(type_: str, id_: str) -> Entry | None:
    """The gazetteer entry of that type and id, if any."""
    return load_lexicon().entries.get(f"{type_}:{id_}")


def _add_deputy_title(lex: Lexicon, vi: str, en: str | None, kind: str, org: str | None) -> None:
    """Every office has its deputy: "Chánh án" → "Phó Chánh án" (unless listed on its own).

    Only single-word-led roles of one office; a listed deputy title keeps its own entry.
    """
    if kind != "role" or org or vi.startswith("Phó ") or not vi[:1].isupper():
        return
    deputy = f"Phó {vi}"
    lex.titles.setdefault(norm_key(deputy), Title(deputy, f"Deputy {en}" if en else None, kind, None,
                                                  canonical=deputy))
    lex.title_forms.setdefault(norm_key(deputy), deputy)


def _add_portfolio_titles(lex: Lexicon) -> None:
    """A minister named by the portfolio, not the ministry: "Bộ trưởng Y tế", "Thứ trưởng Công Thương" — one
    title for each ministry of the Government in the gazetteer, from its names ("Bộ Y tế"), written whole as
    the gold writes "Bộ trưởng Ngoại giao". The English portfolios of the same ministries ("Health" of "Ministry
    of Health", "Industry and Trade", "Defence" of "Defence Ministry") go to ``portfolios_en``, which the title
    recogniser reads with its own list ("Health Minister", :func:`kg.nlp.recognizers.titles._portfolio_titles`)."""
    ports: set[str] = set()
    for entry in [e for e in lex.entries.values() if e.type == "Organization" and e.kind == "ministry"
                  and e.parent == "chinh-phu"]:
        forms = [f"{role} {name[len('Bộ '):]}" for name in (entry.name, *entry.aliases) if name.startswith("Bộ ")
                 for role in ("Bộ trưởng", "Thứ trưởng")]
        for form in forms:
            if "," not in form and len(form.split()) <= 7:
                lex.titles.setdefault(norm_key(form), Title(form, None, "role", None, canonical=form))
                lex.title_forms.setdefault(norm_key(form), form)
                lex.portfolio_titles.add(norm_key(form))
        ports.update(e[len("Ministry of "):] for e in (entry.en, *entry.en_aliases) if e and e.startswith("Ministry of "))
        ports.update(e[:-len(" Ministry")] for e in entry.en_aliases if e.endswith(" Ministry"))
    lex.portfolios_en = frozenset(p for p in ports if "," not in p and len(p.split()) <= 6)

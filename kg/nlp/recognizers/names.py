"""Name passes that need no cue word before the name, kept out of the main recogniser.

``association_candidates``: associations named through lower-case words up to the place they
are of ("Hội hữu nghị Việt Nam - Séc"); words in ``kg/data/patterns/associations_vi.json``.

``media_candidates``: the capitalised run after a word for a newspaper, channel or agency
("tờ Le Monde", "báo Washington Post"), an organisation even when it starts with a place;
the cue words are ``MEDIA_CUES_VI`` in :mod:`kg.nlp.patterns`.

``byline_candidates``: the reporters a byline names ("PV Thái Bình/VOV",
"By Thanh Lam, Pham Du"), people even when the name is also a place; the cue
words are in ``kg/data/patterns/bylines.json``.

``english_local_body_candidates``: a known place before an English local body
("the Hanoi People's Court", "Vinh Phuc Provincial People's Committee").

``english_titled_names``: in English copy, the capitalised run right after a
title is a person ("French President Emmanuel Macron").

``english_street_candidates``: streets and roads named in English copy
("Bắc Son street", "Tran Hung Dao Street"); ``address_street_candidates``: the street of a
Vietnamese address ("tại số 16 Lê Thánh Tông, …": a place, not the king it is named after).

``constitution_candidates``: a constitution named by its year ("Hiến pháp năm 2013",
"the 2013 Constitution").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon, load_lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation

CAP = rf"(?:[{P.UPPER_VI}][\wÀ-ỹ]*|\d+)"
# the name that ends a company starts with a capital letter (not "Nhà máy rộng 12 ha"); the class
# spells the capitals out, as À-Ỹ also holds lower-case letters ("… Việt Nam điều chỉnh")
CAP_FIRST = rf"[{P.UPPER_VI}][\wÀ-ỹ]*"


@lru_cache(maxsize=1)
def _association_re() -> tuple[re.Pattern, dict]:
    data = pattern_data("associations_vi.json")
    heads = escaped_alternation(data["heads"])
    pattern = (rf"(?<![\w])(?:{heads})(?P<lower>(?:\s+[a-zà-ỹđ]+){{1,{int(data['max_lower'])}}})"
               rf"\s+(?P<name>{CAP_FIRST}(?:\s+{CAP}){{0,3}})")
    return re.compile(pattern), data


_ABROAD_RE = re.compile(rf"\s+tại\s+(?P<place>{CAP_FIRST}(?:\s+{CAP_FIRST}){{0,2}})")
_PARTNER_RE = re.compile(rf"\s*[-–]\s*{CAP_FIRST}(?:\s+{CAP_FIRST}){{0,2}}")


def association_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """Associations named through lower-case words up to the place they are of: "Hội hữu nghị
    Việt Nam - Séc", "Liên hiệp các tổ chức hữu nghị Việt Nam"."""
    pattern, data = _association_re()
    not_after, inside = frozenset(data["not_after_head"]), frozenset(data["inside"])
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        lower = m.group("lower").split()
        if lower[0] in not_after or any(w in P.STOP_VI and w not in inside for w in lower):
            continue
        words = m.group("name").split()
        place = next((n for n in range(len(words), 0, -1)
                      if any(e.type == "Place" for e in lex.lookup(" ".join(words[:n])))), 0)
        if not place:
            continue  # the name must end in the place the body is of
        end = m.start("name") + len(re.match(r"\S+(?:\s+\S+){%d}" % (place - 1), m.group("name")).group())
        partner = _PARTNER_RE.match(text, end)
        if partner and any(e.type == "Place" for e in lex.lookup(partner.group().strip(" -–"))):
            end = partner.end()  # "Hội hữu nghị Việt Nam - Séc"
        abroad = _ABROAD_RE.match(text, end)
        if abroad and any(e.type == "Place" and e.kind == "country" for e in lex.lookup(abroad.group("place"))):
            end = abroad.end()  # "Hội người Việt Nam tại Pháp": the community abroad
        out.append(Candidate(m.start(), end, "ORG", PRIORITY["association-lower"], "association-lower"))
    return out


_UP = P.UPPER_VI
_MEDIA_RE = re.compile(
    r"(?<![\w])(?P<before>[\wÀ-ỹ]+\s+)?(?P<cue>(?:" + escaped_alternation(P.MEDIA_CUES_VI)
    + rf"))\s+(?P<name>[{_UP}][\w.&'’-]*(?:\s+(?:[{_UP}][\w.&'’-]*|\d+)){{0,5}})")


def media_candidates(text: str) -> list[Candidate]:
    """Newspapers, channels and agencies named after their cue word: "tờ Le Monde", "báo Tiền Phong"."""
    out: list[Candidate] = []
    for m in _MEDIA_RE.finditer(text):
        if not m.group("cue")[:1].islower():
            continue  # a capitalised cue opens a name of its own ("Báo Nhân Dân", "Đài Loan")
        before = (m.group("before") or "").strip().casefold()
        if m.group("cue").casefold() == "báo" and before in P.NOT_MEDIA_BAO_VI:
            continue  # "thông báo", "cảnh báo", "họp báo"
        name = m.group("name").rstrip(".")
        out.append(Candidate(m.start("name"), m.start("name") + len(name), "ORG", PRIORITY["media-cue"], "media-cue"))
    return out


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a reporter's name: two to four capitalised words, no month ("By Pham Du   July 11": the date follows)
_NAME = rf"[{P.UPPER_VI}][a-zà-ỹđ]+(?:[ ]+(?!(?:{_MONTHS})\b)[{P.UPPER_VI}][a-zà-ỹđ]+){{1,3}}"


@lru_cache(maxsize=1)
def _byline_res() -> tuple[re.Pattern, re.Pattern]:
    data = pattern_data("bylines.json")
    vi = escaped_alternation(data["vi"])
    en = escaped_alternation(data["en_line_start"])
    names = rf"(?P<names>{_NAME}(?:[ ]*(?:,|và|and|&)[ ]*{_NAME})*)"
    # an English byline opens its line, or, in copy that lost its line breaks, follows the headline's last
    # lower-case word and ends at the date or the dateline's bar ("… scandal By Thanh Lam, Pham Du   July 11")
    run_in = rf"(?<=[a-z0-9] )(?=(?:{en})[ ]+{_NAME}(?:[ ]*(?:,|and|&)[ ]*{_NAME})*(?:[ ]{{2,}}|[ ]*\||[ ]+(?:{_MONTHS})\b))"
    return (re.compile(rf"(?<![\w])(?:{vi})[ ]+{names}(?![ ]*[{P.UPPER_VI}\w])"),
            re.compile(rf"(?:^[ \t]*|{run_in})(?:{en})[ ]+{names}", re.MULTILINE))


def byline_candidates(text: str, lang: str, lex: Lexicon | None = None) -> list[Candidate]:
    """Reporters named in a byline: "PV Thái Bình/VOV Miền Trung", "By Thanh Lam, Pham Du"; not a
    newspaper the reporter writes for ("Trao đổi với PV Tiền Phong")."""
    vi, en = _byline_res()
    out: list[Candidate] = []
    for m in (vi if lang == "vi" else en).finditer(text):
        base = m.start("names")
        for part in re.finditer(_NAME, m.group("names")):
            if lex is not None and any(e.type == "Organization" and e.kind == "media" for e in lex.lookup(part.group())):
                continue
            out.append(Candidate(base + part.start(), base + part.end(), "PER", PRIORITY["byline"], "byline"))
    return out


_EN_LOCAL_BODY_RE = re.compile(
    r"(?<![\w'’])(?P<place>[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,3})[ ]"
    r"(?:(?:Provincial|Municipal|City|District|Province)[ ])?"
    r"(?:People['’]s[ ](?:Court|Committee|Council|Procuracy)|Party[ ]Committee|Police(?:[ ]Department)?)\b")


def english_local_body_candidates(text: str, lex) -> list[Candidate]:
    """Local bodies named after a known place in English: "the Hanoi People's Court"."""
    out: list[Candidate] = []
    for m in _EN_LOCAL_BODY_RE.finditer(text):
        words = m.group("place").split()
        while words and words[-1] in ("Provincial", "Municipal", "City", "District", "Province"):
            words.pop()
        # the place may be the run's tail ("Former Vinh Phuc Party Committee")
        for k in range(len(words)):
            place = " ".join(words[k:])
            if any(e.type == "Place" for e in lex.lookup(place) + lex.lookup(place, folded=True)):
                start = m.start("place") + len(" ".join(words[:k])) + (1 if k else 0)
                out.append(Candidate(start, m.end(), "ORG", PRIORITY["org-local-en"], "org-local-en"))
                break
    # "Hanoi Party Secretary To Lam": the place's Party Committee, named by its leader's title
    for m in _EN_PARTY_LEADER_RE.finditer(text):
        words = m.group("place").split()
        for k in range(len(words)):  # the place may be the run's tail ("On Monday Hanoi Party Secretary …")
            place = " ".join(words[k:])
            if any(e.type == "Place" for e in lex.lookup(place) + lex.lookup(place, folded=True)):
                start = m.start("place") + len(" ".join(words[:k])) + (1 if k else 0)
                out.append(Candidate(start, m.end("party"), "ORG", PRIORITY["org-local-en"], "org-local-en",
                                     meta={"name": f"{place} Party Committee"}))
                break
    return out


_EN_PARTY_LEADER_RE = re.compile(
    r"(?<![\w'’])(?P<place>[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,3})[ ](?P<party>Party)"  # ("Ho Chi Minh City")
    r"(?=[ ](?:(?:Standing[ ])?Deputy[ ])?(?:Secretary|chief)\b)")


_CONSTITUTION_RE = re.compile(r"(?<![\w])(?:Hiến pháp(?:\s+năm)?\s+(?:19|20)\d\d|(?:19|20)\d\d\s+Constitution)\b")


def constitution_candidates(text: str) -> list[Candidate]:
    """Constitutions named by their year: "Hiến pháp năm 2013", "the 2013 Constitution"."""
    return [Candidate(m.start(), m.end(), "POLICY", PRIORITY["policy-constitution"], "policy-constitution", meta={"type": "Hiến pháp"})
            for m in _CONSTITUTION_RE.finditer(text)]


_EN_NAME_AFTER_TITLE = re.compile(
    rf"[ ]+(?P<name>[{P.UPPER_VI}][\wÀ-ỹ'’-]+(?:[ ](?:(?:de|van|von|der|bin|al|da|dos|del|la|le)[ ])?[{P.UPPER_VI}][\wÀ-ỹ'’-]+){{1,4}})"
    rf"(?![ ]*[{P.UPPER_VI}])")


def english_titled_names(text: str, titles: list[Candidate], cands: list[Candidate], lex) -> list[Candidate]:
    """A two- to four-word capitalised run right after a title names a person, in English copy.

    Runs another recogniser already explains (a known body or place) are left alone.
    """
    taken = [(c.start, c.end) for c in cands if not c.ref and c.label in ("ORG", "LOC", "POLICY", "EVENT")]
    out: list[Candidate] = []
    places = {c.start: c for c in cands if c.label == "LOC" and not c.ref}
    for t in titles:
        at = t.end
        to = re.match(r"[ ]+(?:to|in)[ ]+(?P<the>the[ ]+)?", text[at:at + 12])  # "Ambassador to", "Representative in"
        # (a place named with its article, "the Philippines", starts at "the")
        post = (places.get(at + to.end()) or (places.get(at + to.start("the")) if to.group("the") else None)) if to else None
        if post is not None:
            at = post.end  # "Ambassador to Vietnam James Whitfield", "Ambassador to the Philippines Tran Thi Mai"
            at += 1 if text[at:at + 2] == ", " else 0  # "the French Ambassador to Việt Nam, Olivier Brochet"
        out += name_after(text, at, taken, lex) or _one_word_name_after(text, at, taken, cands, lex)
    out += _names_before_titles(text, titles, taken, lex)
    out += _names_after_lower_roles(text, taken, lex)
    out += _names_before_lower_roles(text, taken, lex)
    out += _names_after_title_bodies(text, titles, taken + [(c.start, c.end) for c in out], lex)
    return out


# "Minister of Economy, Trade and Industry Kenji Morita": the body's capitalised words, then two more
_EN_BODY_THEN_NAME = re.compile(
    r"[ ]+(?:of|for)[ ]+(?:the[ ]+)?(?P<body>[A-Z][\w’'-]*(?:,?[ ](?:and[ ]|&[ ]|of[ ])?[A-Z][\w’'-]*)*?)"
    r"(?P<acronym>[ ]\([A-Z][A-Za-z&]{1,9}\))?"  # "… of China (GACC) Zhao Zenglian": the body's short form
    rf"[ ](?P<name>[A-ZÀ-Ý][a-zà-ỹ’'-]+[ ][A-ZÀ-Ý][a-zà-ỹ’'-]+(?:[A-Z][a-zà-ỹ’'-]+)?)(?![\w’'-])(?![ ]+[{P.UPPER_VI}])")


def _names_after_title_bodies(text: str, titles: list[Candidate], taken: list[tuple[int, int]], lex) -> list[Candidate]:
    """A foreign name after a title and its body ("Japanese Minister of Economy, Trade and Industry
    Kenji Morita", "Minister of Defence Richard Marles"): the last two capitalised words of the run,
    when neither is a known surname (Vietnamese names are found by their surname) nor a body word;
    three when the word before them is no body word either ("Minister for Trade and Industry Gan Kim
    Yong": a name whose second word may look like a Vietnamese family name)."""
    out: list[Candidate] = []
    for t in titles:
        m = _EN_BODY_THEN_NAME.match(text, t.end)
        if m is None:
            continue
        s, e = m.span("name")
        parts = m.group("name").split()
        first = _before_word(text, s)
        # the body's country closes it ("… of China (GACC) Zhao Zenglian", "Minister of Education of Japan Toshiko Abe")
        country = any(e_.type == "Place" for e_ in lex.lookup(m.group("body").rsplit(" of ", 1)[-1]))
        if " of " in m.group("body") and not any(e_.type == "Organization" for e_ in lex.lookup(m.group("body"))) \
                and not country and not (first and any(
                e_.type == "Place" for e_ in lex.lookup(text[m.start("body"):s - len(first) - 1].rsplit(" of ", 1)[-1]))):
            continue  # an "of" inside the body only before the body's country ("… Authority of Singapore Teo Eng Dih")
        if first and m.start("body") < s - len(first) - 1 and first not in _body_vocabulary() \
                and not lex.lookup(first) and not lex.is_surname(first, folded=True) \
                and (_before_word(text, s - len(first) - 1) in _body_vocabulary()
                     or any(e_.type == "Place" for e_ in lex.lookup(_before_word(text, s - len(first) - 1) or "-"))):
            # "… Authority of Singapore Teo Eng Dih": a body's country before the name
            s, parts = s - len(first) - 1, []  # the three words are the name; the first is no family name
        if len(parts) == 2 and _body_ends_with(text[m.start("body"):s + len(parts[0])], lex):
            s, parts = s + len(parts[0]) + 1, parts[1:]  # "Minister of Foreign Affairs Sugiono": a one-word name
        if any(a < e and s < b for a, b in taken) or lex.lookup(text[s:e]) or any(
                lex.is_surname(p, folded=True) or p in P.BODY_WORDS_EN or p.casefold() in lex.titles
                or lex.lookup(p) for p in parts):
            continue
        out.append(Candidate(s, e, "PER", PRIORITY["title-name"], "title-name"))
    return out


def _body_ends_with(body: str, lex) -> bool:
    """``body`` (the body of a title, through the first word of what looked like a name) is a known
    body's name: "Foreign Affairs" of "Minister of Foreign Affairs Sugiono" ("Ministry of Foreign Affairs")."""
    return any(e.type == "Organization" for name in (body, f"Ministry of {body}") for e in lex.lookup(name))


def _before_word(text: str, at: int) -> str:
    """The capitalised word that ends right before ``at`` (after one space), or ""."""
    m = re.search(r"([A-Z][\w’'-]*)[ ]$", text[max(0, at - 30):at])
    return m.group(1) if m else ""


@lru_cache(maxsize=1)
def _body_vocabulary() -> frozenset[str]:
    """The capitalised words of every English body name the gazetteer knows ("Trade", "Industry",
    "Affairs"): a capitalised word outside them, between a title's body and a name, is the name's."""
    lex = load_lexicon()
    words: set[str] = set(P.BODY_WORDS_EN)
    for e in lex.entries.values():
        if e.type == "Organization":
            for name in (e.en or "", *e.en_aliases):
                words |= {w.strip(",()") for w in name.split() if w[:1].isupper()}
    return frozenset(words)


def _names_after_lower_roles(text: str, taken: list[tuple[int, int]], lex) -> list[Candidate]:
    """"Seojin Electronics chief executive Park Jin-ho": a capitalised run of two to four words right
    after a lower-case role (``role_heads`` of ``kg/data/relations/cues.json``) that a body's name
    opens the phrase with, in English copy."""
    from kg.relations.cues import cue_pattern

    out: list[Candidate] = []
    role = re.compile(r"(?<=[A-Za-z] )(?:" + cue_pattern("role_heads", "en") + r")(?=[ ][A-Z])")
    for r in role.finditer(text):
        if not r.group()[:1].islower() or not re.search(r"[A-Z][\w&.'’-]*\)?[ ](?:(?:senior|executive|sports|trade|"
                                                         r"foreign|finance|health|defence|defense|first|acting)[ ]){0,2}$",
                                                         text[max(0, r.start() - 50):r.start()]):
            continue  # after a capitalised word: the body or country whose role it is ("JICA senior vice president")
        out += name_after(text, r.end(), taken, lex)
    for c in _COUNTERPART.finditer(text):  # "met his Lao counterpart Malaithong Kommasith": a person, no role
        out += name_after(text, c.end(), taken, lex)
    return out


_COUNTERPART = re.compile(r"(?<![\w])counterparts?(?=[ ][A-Z])")


def _set_off_name(text: str, m: re.Match, taken: list[tuple[int, int]], lex, group: str = "name") -> list[Candidate]:
    """The run ``m`` matched as "name" (set off by a comma before a title or role) as a PER candidate, unless it
    overlaps ``taken``, is a known name, holds a title or date word, or is the tail of a longer capitalised run."""
    s, e = m.span(group)
    parts = m.group(group).split()
    if any(a < e and s < b for a, b in taken) or lex.lookup(m.group(group)) \
            or any(p in _NOT_GIVEN_EN or p.casefold() in lex.titles for p in parts) \
            or re.search(r"[A-Z][\w'’-]*[ ]$", text[max(0, s - 20):s]):
        return []
    return [Candidate(s, e, "PER", PRIORITY["title-name"], "title-name")]


def _names_before_lower_roles(text: str, taken: list[tuple[int, int]], lex) -> list[Candidate]:
    """"led by Tanaka Hiroshi, president of the Kobe Chamber of Commerce,": a two- or three-word capitalised run
    set off by a comma before a lower-case role (``role_heads``) of a capitalised body is the person it describes."""
    from kg.relations.cues import cue_pattern

    out: list[Candidate] = []
    role = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){1,2}),[ ](?:the[ ])?(?:"
                      + cue_pattern("role_heads", "en") + r")[ ](?:of|at)[ ](?:the[ ])?[A-Z]"
                      # "Rachel Tan, a partner at Lotus Peak Capital": a person noun after "a" (affiliation_nouns)
                      r"|(?<![\w'’-])(?P<aname>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){1,2}),[ ](?:a|an)[ ](?:[a-z-]+[ ]){0,2}?(?:"
                      + cue_pattern("affiliation_nouns", "en") + "|" + cue_pattern("role_heads", "en")
                      + r")[ ](?:of|at|with)[ ](?:the[ ])?[A-Z]")
    for m in role.finditer(text):
        if m.group("aname"):
            out += _set_off_name(text, m, taken, lex, "aname")
            continue
        out += _set_off_name(text, m, taken, lex)
    return out


def name_after(text: str, at: int, taken: list[tuple[int, int]], lex) -> list[Candidate]:
    """The English name written at ``at`` (after a title or a role) as a PER candidate, unless it
    overlaps ``taken``, is a known name of something else, or holds a title word."""
    m = _EN_NAME_AFTER_TITLE.match(text, at)
    if m is None:
        return []
    s, e = m.span("name")
    if text[e - 2:e] in ("'s", "’s"):
        e -= 2  # "Korean writer Han Kang's translator": the possessive is no part of the name
    name = text[s:e]
    if any(a < e and s < b for a, b in taken) or lex.lookup(name) or \
            any(w in lex.titles for w in name.casefold().split()):
        return []
    return [Candidate(s, e, "PER", PRIORITY["title-name"], "title-name")]


# "Foreign Minister Sugiono and …", "President Prabowo said": one plain (unaccented) capitalised word
# after a title, then a clause goes on: a verb, a comma, "and", "'s"
_EN_ONE_WORD_AFTER_TITLE = re.compile(r"[ ]+(?P<name>[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)(?=,|[ ]+(?:and|who|has|had|is|was|"
                                      r"said|says|told|met|held|visited|arrived|received|[a-z]+ed)\b|'s\b|’s\b)")


def _one_word_name_after(text: str, at: int, taken: list[tuple[int, int]], cands: list[Candidate],
                         lex) -> list[Candidate]:
    """A one-word name after a title (many Indonesian, Thai and Burmese leaders go by one name):
    not a word of a person already named (a Vietnamese given name standing for the full name),
    no family name, title, body, date or known name of anything."""
    m = _EN_ONE_WORD_AFTER_TITLE.match(text, at)
    if m is None:
        return []
    s, e = m.span("name")
    word = m.group("name")
    named = {p for c in cands if c.label == "PER" for p in text[c.start:c.end].split()}
    if any(a < e and s < b for a, b in taken) or word in named or word in _NOT_GIVEN_EN \
            or word in P.BODY_WORDS_EN or word.casefold() in lex.titles or lex.lookup(word) \
            or lex.lookup(word, folded=True) or lex.is_surname(word, folded=True):
        return []
    return [Candidate(s, e, "PER", PRIORITY["title-name"], "title-name")]


_EN_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){1,2}),[ ](?:the[ ])?"
    r"(?:(?P<nat>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?P<own>['’]s)?[ ]|(?P<org>(?:[A-Z][\w&-]*[ ]){1,4})"
    r"|(?P<owner>[A-Z][\w&-]*(?:[ ][A-Z][\w&-]*){0,3})['’]s[ ](?:[A-Z][a-z]+[ ])?)?$")
# ("…, the German Minister", "…, Germany's Minister", "…, UNDP Resident Representative": a known body before the title;
# "…, the EU's High Representative": a known body owns the title, a word may qualify it)


def _names_before_titles(text: str, titles: list[Candidate], taken: list[tuple[int, int]], lex) -> list[Candidate]:
    """"Ben Rowe, Deputy Director-General of the …": a two- or three-word capitalised run
    set off by a comma before a title is the person the title describes."""
    out: list[Candidate] = []
    for t in titles:
        m = _EN_NAME_BEFORE_COMMA.search(text, max(0, t.start - 60), t.start)
        if m is None or m.end() != t.start:
            continue
        if m.group("nat") and not _nationality(m.group("nat"), bool(m.group("own")), lex):
            continue
        if m.group("org") and not any(e.type == "Organization" for e in lex.lookup(m.group("org").strip())):
            continue
        if m.group("owner") and not any(e.type == "Organization" for e in lex.lookup(m.group("owner"))):
            continue
        out += _set_off_name(text, m, taken, lex)
    return out


def _nationality(word: str, owner: bool, lex) -> bool:
    """``word`` says whose the title is: a nationality ("German") or, as an owner, a country ("Germany's")."""
    from kg.nlp.recognizers.subsidiaries_en import nationalities

    if owner:
        return any(e.type == "Place" and e.kind == "country" for e in lex.lookup(word))
    return word in nationalities()


# Capitalised words that open English sentences or name times, never a person's name.
_NOT_GIVEN_EN = frozenset(pattern_data("names_words.json")["not_given_en"])


_EN_STREET_RE = re.compile(rf"(?<![\w])(?!(?:The|A|An|This|That)\b)(?P<name>(?:(?!(?:19|20)\d\d[ ])\d{{1,4}}[ ])?[{P.UPPER_VI}][\wÀ-ỹ'’-]*(?:[ ][{P.UPPER_VI}][\wÀ-ỹ'’-]*){{0,3}})"
                           r"[ ](?:street|road|avenue|boulevard|Street|Road|Avenue|Boulevard)\b")


def english_street_candidates(text: str) -> list[Candidate]:
    """Streets in English copy: a capitalised name before "street", "road", "avenue" …"""
    return [Candidate(m.start(), m.end(), "LOC", PRIORITY["street-en"], "street-en") for m in _EN_STREET_RE.finditer(text)]


# "tại số 16 Lê Thánh Tông, phường …", "ngụ 37/2 Hùng Vương": the capitalised words after a house
# number where something is, up to a comma or the sentence's end, name a street
# (after "số", the house number's word, the street may run into the clause: "khu đất tại số 15 Nguyễn Huệ | trái với
# …"; without it a lower-case word after the run is no address: "ở 3 Trường Đại học lớn")
_VI_ADDRESS_RE = re.compile(
    r"(?:(?<![\w])(?:[Tt]ại|[Ởở]|ngụ|trú|chỉ|nhà)\s+(?P<no>số\s+)?|,\s+(?P<no2>số)\s+)\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*,?\s+"
    rf"(?P<name>(?:(?:đường|phố)\s+)?[{P.UPPER_VI}][\w]*(?:[ ][{P.UPPER_VI}][\w]*){{0,3}})"
    r"(?=\s*[,.;)]|\s*$|[ ]\(|(?P<clause>[ ][a-zà-ỹđ]))")


def address_street_candidates(text: str) -> list[Candidate]:
    """The street of a Vietnamese address after a house number (see the module docstring)."""
    return [Candidate(m.start("name"), m.end("name"), "LOC", PRIORITY["street-vi"], "street-vi")
            for m in _VI_ADDRESS_RE.finditer(text) if not m.group("clause") or m.group("no") or m.group("no2")]

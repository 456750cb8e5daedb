"""English companies named by context: a foreign company's Vietnamese arm named by its brand and
the country, and a name an apposition calls a company.

"Japanese chipmaker Renesas Electronics … Renesas Vietnam general director Hiroshi Tanaka": the
article names the company in full, and its local unit as the brand (the full name's first word)
and "Vietnam". Without the full name first, "X Vietnam" could be anything, so only brands of
companies the article has named count.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.patterns import PATTERNS_DIR
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.sports_en import sports_sentence
from kg.nlp.patterns import pattern_data


# the first words of bodies' names that are no brand: "the Northern Power Corporation" gives no "Northern Việt Nam"
_NOT_BRANDS = frozenset(pattern_data("subsidiaries_en_words.json")["not_brands"])


_SHORT_TAILS = frozenset(pattern_data("subsidiaries_en_words.json")["short_tails"])  # "Japan's Aeon Co.": a company's abbreviated legal form


def vietnam_arm_candidates(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """"<Brand> Vietnam" / "<Brand> Viet Nam" / "<Brand> Việt Nam" for the brand of a company named in full
    before, or of a company the gazetteer knows ("Nestlé Việt Nam", "Bosch Việt Nam")."""
    heads = set(P.ORG_TAILS_EN) | set(P.ORG_HEADS_EN)
    brands = set()
    for c in cands:
        if c.label == "ORG" and c.source == "gazetteer" and c.gid and not c.ref:
            entry = lex.entries.get(f"Organization:{c.gid}")
            if entry is not None and entry.kind == "company":
                brands.add(text[c.start:c.end])
                continue
        words = text[c.start:c.end].split()
        if c.label != "ORG" or c.ref or len(words) < 2 or not (words[-1] in heads or words[-1].rstrip(".") in _SHORT_TAILS):
            continue
        brand = words[0]
        if re.fullmatch(r"[A-Z][\w&-]{2,}", brand) and brand not in heads \
                and all(e.type == "Organization" and e.kind == "company" for e in lex.lookup(brand)) \
                and brand.casefold() not in _NOT_BRANDS:  # ("Aeon Co.": a brand the gazetteer knows in capitals)
            brands.add(brand)
    out: list[Candidate] = []
    for brand in brands:
        for m in re.finditer(rf"(?<![\w]){re.escape(brand)}\s+(?:Vietnam|Viet Nam|Việt Nam)(?![\w])(?!\s+[A-ZĐ])", text):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-brand"], "org-brand"))
    return out


@lru_cache(maxsize=1)
def _company_nouns() -> str:
    """The ``company_nouns`` of foreign_names_en.json as a regex alternation, longest first."""
    data = pattern_data("foreign_names_en.json")
    return "|".join(sorted(map(re.escape, data["company_nouns"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _apposed_company_re() -> re.Pattern:
    nouns = _company_nouns()
    # "Hanatour, South Korea's biggest tour operator": a place's possessive opens the apposition too
    return re.compile(r"(?<![\w’'-])(?P<org>[A-Z][\w&’'-]*(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){0,3}),\s+(?:the|a|an|its|their|"
                      r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s)\s+"
                      # (not "X, the firm's general manager"; "X, the company's Vietnamese subsidiary" is a company)
                      r"(?P<words>(?:[\w’'-]+\s+){0,5}?)(?P<noun>" + nouns + r")\b(?![’']s\b)")


@lru_cache(maxsize=1)
def _body_only_nouns() -> frozenset[str]:
    return frozenset(pattern_data("foreign_names_en.json")["body_only_nouns"])


# what may follow a noun that ends the apposition: a preposition, a relative word, "based", a stop
_APPOSITION_END = re.compile(r"\s*[,.;:)]|\s+(?:in|at|from|with|that|which|whose|based|owned|founded|set\s+up|"
                             r"specialising|specializing|headquartered|known)\b")
_INNER_STOPS = frozenset(pattern_data("subsidiaries_en_words.json")["inner_stops"])


def _body_only(m: re.Match, text: str) -> bool:
    """"Nông Trại Số, a start-up in Cần Thơ": the apposition's noun never describes a person
    (``body_only_nouns``), nothing before it links it to another noun ("the founder of a company"), and the
    noun ends the phrase ("a company director" is a person): the name is a company, over a family-name reading."""
    return (m.group("noun") in _body_only_nouns() and not _INNER_STOPS & set(m.group("words").casefold().split())
            and _APPOSITION_END.match(text, m.end()) is not None)


def apposed_company_candidates(text: str) -> list[Candidate]:
    """"Becamex IDC, the largest industrial park developer in …": a capitalised name that an
    apposition calls a company (``company_nouns``); "its collagen business, Vĩnh Hoàn Collagen, …": the
    name set off after a company's part (``unit_nouns_before_name`` of companies.json). Low priority: a
    known place or person wins."""
    out = [Candidate(m.start("org"), m.end("org"), "ORG",
                     PRIORITY["org-apposed-firm-en" if _body_only(m, text) else "name-run"], "org-apposed")
           for m in _apposed_company_re().finditer(text) if not _adverbial(m.group("org"))]
    # (over a family name inside it, as for "Hoàng Long Seafood, a Cà Mau-based shrimp processor")
    return out + [Candidate(m.start(g), m.end(g), "ORG", PRIORITY["org-apposed-firm-en"], "org-apposed")
                  for m in _unit_before_name_re().finditer(text) for g in ("org", "org2") if m.group(g)]


@lru_cache(maxsize=1)
def _unit_before_name_re() -> re.Pattern:
    nouns = "|".join(map(re.escape, pattern_data("companies.json")["unit_nouns_before_name"]))
    return re.compile(r"(?<![\w’'-])(?:its|their|the\s+(?:company|group|firm|bank|corporation)[’']s)\s+(?:[a-z][\w-]*\s+){0,4}"
                      r"(?:" + nouns + rf"),\s+(?P<org>[{P.UPPER_VI}][\w&’'-]*(?:\s+[{P.UPPER_VI}][\w&’'-]*){{0,4}})(?=\s*[,.;)])"
                      # "Foxconn's subsidiary Fukang Technology will …", "Gemadept's unit Nam Đình Vũ Port JSC,": a
                      # capitalised owner's possessive, the unit noun, then the unit's name
                      r"|(?<![\w’'-])[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}[’']s\s+(?:[a-z][\w-]*\s+){0,2}(?:" + nouns
                      + rf")\s+(?P<org2>[{P.UPPER_VI}][\w&’'-]*(?:\s+[{P.UPPER_VI}][\w&’'-]*){{0,4}})(?=\s*[,.;)]|\s+[a-z])")


_OPENING_PREPOSITIONS = frozenset(pattern_data("subsidiaries_en_words.json")["opening_prepositions"])


def _adverbial(words: str) -> bool:
    """"In March", "Last Friday", "Earlier this year": a time or place phrase that opens a sentence
    before its comma ("In March, the retailer signed …"), no name the apposition describes."""
    first, *rest = words.split()
    return first.casefold() in _OPENING_PREPOSITIONS or first in P.EN_SENTENCE_OPENERS or any(
        w.casefold() in P.MONTHS_EN or w.casefold() in P.WEEKDAYS_EN for w in (first, *rest))


@lru_cache(maxsize=1)
def _named_company_re() -> re.Pattern:
    nouns = _company_nouns()
    # "the Japanese firm Sojitz", "the national company Kazakh Invest", "South Korean chipmaker SK Hynix",
    # "Italian engineering firm Danieli", "British education analytics firm Quacquarelli Symonds": a determiner or
    # a nationality, describing words, the noun, the name
    return re.compile(r"(?:(?<![\w’'-])(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?|(?<![\w’'-])(?:[A-Z][a-z]+(?:-based)?\s+){1,2}(?:[a-z][\w-]*\s+){0,2}?)"
                      r"(?:" + nouns + r")(?:\s+(?P<org>[A-Z][\w&’'-]*(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){0,3})(?=[,.;:)]|\s+[a-z(]|$)"
                      # "the organiser, iME Vietnam, said": the name set off by commas (a brand may open in lower case)
                      r"|,\s+(?P<set>(?:[A-Z]|[a-z]{1,3}[A-Z])[\w&’'-]*(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){0,3})(?=,))")


_VIETNAM_ARM = re.compile(r"\S\s+(?:Vietnam|Viet Nam|Việt Nam)$")  # a firm's local arm: "Hansae Vietnam"
_NATION_OWNED = re.compile(r"(?<![\w’'-])(?P<nat>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-(?:owned|invested|backed|funded)\s+"
                           r"(?P<org>[A-Z][\w&’'-]*(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){0,3})(?=[,.;:)]|\s+[a-z(]|$)")


def named_company_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """"the Japanese firm Sojitz": a capitalised name after a company noun and the words that describe
    it (``company_nouns``); "Air Astana", "Air France", "Korean Air", "Bangkok Air": "Air" and a known place or a
    nationality name an airline. Low
    priority: a known place or person, or a longer name, wins."""
    # (set off by commas after the noun, the name outranks a country inside it: "the organiser, iME Vietnam,";
    # so does a local arm's name: "South Korean company Hansae Vietnam")
    out = [Candidate(m.start(g), m.end(g), "ORG", PRIORITY["name-run" if g == "org" and not _VIETNAM_ARM.search(m.group(g))
                                                           else "org-apposed-firm-en"], "org-apposed")
           for m in _named_company_re().finditer(text) for g in ("org", "set")
           if m.group(g) and not any(e.type in ("Place", "Person") for e in lex.lookup(m.group(g)))]
    # "Taiwanese-owned Pouyuen Việt Nam", "Japanese-invested Meiko": a nationality's owned or invested firm
    out += [Candidate(m.start("org"), m.end("org"), "ORG",
                      PRIORITY["org-apposed-firm-en" if _VIETNAM_ARM.search(m.group("org")) else "name-run"], "org-apposed")
            for m in _NATION_OWNED.finditer(text) if m.group("nat") in nationalities()
            and not any(e.type in ("Place", "Person") for e in lex.lookup(m.group("org")))]
    out += _country_companies(text, lex)
    for m in re.finditer(r"(?<![\w’'-])Air\s+(?P<place>[A-Z][\w-]+)(?![\w’'-])", text):
        if any(e.type == "Place" for e in lex.lookup(m.group("place"))):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-tail"], "org-apposed"))  # over the place inside
    for m in re.finditer(r"(?<![\w’'-])(?P<nat>[A-Z][a-z]+)\s+Air(?![\w’'-])(?!\s+(?:Force|force|Defence|Defense|"
                         r"Command|Show|show|quality|pollution|conditioning|conditioner))", text):
        if m.group("nat") in nationalities() or any(e.type == "Place" for e in lex.lookup(m.group("nat"))):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-tail"], "org-apposed"))  # "Korean Air", "Bangkok Air"
    return out


@lru_cache(maxsize=1)
def _opening_company_re() -> re.Pattern:
    """A capitalised company noun opening a sentence before a capitalised name ("Startup Wiicamp won …")."""
    nouns = "|".join(map(re.escape, pattern_data("foreign_names_en.json")["opening_company_nouns"]))
    return re.compile(r"(?:" + nouns + r")[ ](?=[A-Z])")


def trim_opening_company_nouns(cands: list[Candidate], text: str) -> list[Candidate]:
    """"Startup Wiicamp, based in Đà Nẵng, …", "Airline Bamboo Airways resumed …": a name that a sentence opens
    with its company noun is the company's name without the noun, which is an ORG (``opening_company_nouns``)."""
    out: list[Candidate] = []
    for c in cands:
        m = _opening_company_re().match(text, c.start, c.end) if c.label in ("ORG", "PER") else None
        if m is not None and m.end() < c.end and (c.start == 0 or re.search(r"(?:[.!?][”\"]?|—|\n)\s*$",
                                                                            text[max(0, c.start - 4):c.start])):
            c = Candidate(m.end(), c.end, "ORG", c.priority, c.source, c.ref, c.gid, c.value, c.meta)
        out.append(c)
    return out


_COUNTRY_OWNED = re.compile(r"(?<![\w’'-])(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+"
                            r"(?P<org>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})(?=[,.;:)]|\s+[a-z(]|\s+\d+-\d|$)")


def _country_companies(text: str, lex: Lexicon) -> list[Candidate]:
    """"South Korea's Hanwha Energy", "Germany's KfW": a capitalised name owned by a foreign country or
    territory, which names nothing the gazetteer knows and opens with no title ("Singapore's Deputy Prime
    Minister"), is a company of that country; in a sentence that tells a match, a player of it ("Japan's Riko Gunji"). Viet Nam's own ("Vietnam's First Semiconductor Chip") is left
    out: the country's words there open places, days and products as often."""
    from kg.textutil import norm_key

    out: list[Candidate] = []
    for m in _COUNTRY_OWNED.finditer(text):
        if not any(e.type == "Place" and e.kind in ("country", "region") and e.id != "viet-nam"
                   for e in lex.lookup(m.group("country"))):
            continue
        if re.match(r"\s+(?:province|city|state|region|prefecture|county|district|island|islands|port|airport|"
                    r"capital|river|bay|sea|peninsula|mountains?|border|area|zone|park)\b", text[m.end("org"):]):
            continue  # "China's Yunnan province": a place of that country
        words = m.group("org").split()
        if lex.lookup(m.group("org")) or words[0] in lex.title_first_words or any(
                w in pattern_data("foreign_names_en.json")["title_words"] for w in words) or any(
                norm_key(" ".join(words[:k])) in lex.titles for k in range(1, len(words) + 1)):
            continue
        if sports_sentence(text, m.start(), m.end()):  # "beating Japan's Riko Gunji 21-15": a player of that country
            out.append(Candidate(m.start("org"), m.end("org"), "PER", PRIORITY["name-run"], "athlete-en"))
            continue
        out.append(Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY["name-run"], "org-apposed"))
    return out


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """English nationality adjectives ("Lao", "Kazakh"): ``kg/data/relations/nationalities.json``."""
    path = PATTERNS_DIR.parent / "relations" / "nationalities.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["adjectives"])


DEMONYM = re.compile(r"[A-Z][a-z]*(?:ese|ian|ean|an|ish|ic|i|ch|ss|ek)$")  # "Indonesian", "Thai", "French"


def org_before_title_candidates(text: str, titles: list[Candidate], cands: list[Candidate],
                                lex: Lexicon) -> list[Candidate]:
    """"Rosatom Director General Alexey Likhachev", "Navetco Chairman Trần Văn Bình": one capitalised word
    that names nothing known, right before a title that a person's name follows, is the body of the title.
    Nationality words ("Indonesian Minister …"), body words and the first words of titles are left out."""
    from kg.nlp import patterns as P
    from kg.textutil import norm_key

    people = {c.start for c in cands if c.label == "PER" and not c.ref}
    out: list[Candidate] = []
    for t in titles:
        after = re.match(r"\s+", text[t.end:t.end + 3])
        if after is None or t.end + after.end() not in people:
            continue
        m = re.search(r"(?<![\w’'&.-])([A-Z][\w&-]*[A-Za-z0-9])\s+$", text[max(0, t.start - 40):t.start])
        if m is None:
            continue
        word = m.group(1)
        if re.search(r"(?:[A-ZĐ][\w’'-]*|\b(?:of|for|on|in))\s+$", text[max(0, t.start - len(m.group(0)) - 30):t.start - len(m.group(0))]):
            continue  # the last word of a longer name ("Minister of Public Security General …", "New Zealand …")
        if DEMONYM.fullmatch(word) or word in nationalities() or word in P.BODY_WORDS_EN or word in lex.title_first_words \
                or norm_key(word) in lex.titles or lex.lookup(word) or word in ("The", "A", "An", "Former", "Then",
                                                                              "Acting", "Vice", "Deputy", "Party"):
            continue
        start = t.start - len(m.group(0))
        if re.search(r"(?:^|[.!?:;\n]\s*|—\s*)$", text[max(0, start - 4):start]) and word.isalpha() and word.istitle():
            continue  # a sentence-opening word in title case ("Meanwhile Director …") may be anything
        out.append(Candidate(start, start + len(word), "ORG", PRIORITY["name-run"], "org-apposed"))
    return out



@lru_cache(maxsize=1)
def _legal_prefix_re() -> re.Pattern:
    forms = "|".join(sorted(map(re.escape, pattern_data("foreign_names_en.json")["legal_prefixes"]), key=len, reverse=True))
    return re.compile(r"(?<![\w’'-])(?:" + forms + r")\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:&\s+)?[A-Z][\w’'-]*){0,3})"
                      r"(?![\w’'-])")


def legal_prefix_companies(text: str, lex: Lexicon) -> list[Candidate]:
    """"PT Pertamina", "PJSC Gazprom": a legal form written before a capitalised name (``legal_prefixes``)
    makes the whole a company; the name written alone later ("Pertamina's chief executive") is the
    same company's short form."""
    out: list[Candidate] = []
    for m in _legal_prefix_re().finditer(text):
        name = m.group("name")
        if any(e.type in ("Place", "Person") for e in lex.lookup(name)):
            continue
        full = text[m.start():m.end()]
        out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["org-tail"], "org-legal-prefix"))
        for n in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])(?!\s+[A-Z])", text):
            if not m.start() <= n.start() < m.end():
                out.append(Candidate(n.start(), n.end(), "ORG", PRIORITY["org-short"], "org-short", meta={"name": full}))
    return out


_LISTED_NAME = r"[A-Z][\w&’'-]*(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){0,3}"


@lru_cache(maxsize=1)
def _listed_companies_re() -> re.Pattern:
    plural = "|".join(sorted((re.escape(n[:-1] + "ies" if n.endswith("y") else n + "s")
                              for n in pattern_data("foreign_names_en.json")["company_nouns"]), key=len, reverse=True))
    # "Two Vietnamese exporters, Hòa Phát Group and Vina Kyoei Steel, were …", "lenders such as A, B and C"
    return re.compile(r"(?<![\w’'-])(?:" + plural + r")(?:,?\s+(?:including|such\s+as|like)\s+|,\s+|:\s+)"
                      # (one name alone after "including" / "such as": "five Korean firms, including Doosan Enerbility,")
                      r"(?P<list>" + _LISTED_NAME + r"(?:,\s+" + _LISTED_NAME + r")*,?\s+and\s+" + _LISTED_NAME
                      + r"|(?:(?<=including\s)|(?<=such\sas\s))" + _LISTED_NAME + r")"
                      r"(?=[,.;:)]|\s+[a-z(]|$)")


def listed_company_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """Each capitalised name of a list that a plural company noun opens ("two Vietnamese exporters,
    Hòa Phát Group and Vina Kyoei Steel, …"): a company, unless the gazetteer knows it as a place or
    person. Low priority: a longer or known name wins."""
    out: list[Candidate] = []
    for m in _listed_companies_re().finditer(text):
        for item in re.finditer(_LISTED_NAME, m.group("list")):
            if item.group() in ("And",) or any(e.type in ("Place", "Person") for e in lex.lookup(item.group())):
                continue
            s = m.start("list") + item.start()
            # "firms including Maersk Vietnam and Vinafreight": a brand's Vietnamese arm, over the country inside
            arm = re.fullmatch(r"[A-Z][\w&’'-]*\s+(?:Vietnam|Viet\s+Nam|Việt\s+Nam)", item.group()) is not None
            out.append(Candidate(s, s + len(item.group()), "ORG",
                                 PRIORITY["org-apposed-firm-en" if arm else "name-run"], "org-apposed"))
    return out


@lru_cache(maxsize=1)
def _tail_full_re() -> re.Pattern:
    data = pattern_data("short_form_tails_en.json")
    tails = "|".join(sorted(map(re.escape, data["tails"]), key=len, reverse=True))
    # one word before a company's kind word is its brand ("Sumitomo Corporation" … "Sumitomo's office"),
    # unless it is a word of many names (``not_brands``: "National", "International", …)
    one = "|".join(sorted(map(re.escape, data.get("one_word_tails", [])), key=len, reverse=True)) or "(?!)"
    stop = "|".join(map(re.escape, data.get("not_brands", []))) or "(?!)"
    return re.compile(rf"(?<![\w’'-])(?:(?P<name>[{P.UPPER_VI}][\w’'-]*(?:\s+[{P.UPPER_VI}][\w’'-]*){{1,2}})\s+(?:" + tails + r")"
                      r"|(?<![A-Z]\w\s)(?<![A-Z]\w\w\s)(?!(?:" + stop + r")\s)(?P<brand>[A-Z][a-z]{3,}[\w-]*)\s+(?:" + one + r"))"
                      r"(?![\w’'-])")


def tail_short_forms(text: str, lex: Lexicon) -> list[Candidate]:
    """"Bạch Mai Hospital … 40 doctors from Bạch Mai will …": the words before a body's kind word, written
    alone later, are the body's short form (``short_form_tails_en.json``), unless they name a known place,
    person or body of their own."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for m in _tail_full_re().finditer(text):
        name = re.sub(r"^.*['’]s\s+", "", m.group("name") or m.group("brand"))  # "Japan's Sumitomo Corporation"
        if name in seen or name.split()[0] in ("The", "A", "An") or lex.lookup(name):
            continue
        seen.add(name)
        full = m.group()[m.group().rfind(name):]
        # (a possessive is the body's too: "Kato Hiroshi, general manager of Sumitomo's Hà Nội office")
        for n in re.finditer(r"(?<![\w’'-])" + re.escape(name) + rf"(?![\w-])(?![’'](?!s\b))(?!\s+[{P.UPPER_VI}&])", text):
            if n.start() > m.start() and not any(k.start() <= n.start() < k.end() for k in _tail_full_re().finditer(text)):
                out.append(Candidate(n.start(), n.end(), "ORG", PRIORITY["org-short"], "org-short", meta={"name": full}))
    return out

"""English organisation names: Title-Case runs that hold an organisation word ("Committee",
"Group"), cut at titles, "and", commas and people's names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.lexicon import Lexicon
from kg.textutil import norm_key
from kg.nlp import patterns as P
from kg.nlp.recognizers.words import Word, adjacent, after_amount
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.legal_forms_en import limited_companies
from kg.nlp.recognizers.org_segments_en import en_list_comma, english_segments, unit_heads
from kg.nlp.recognizers.people_of_bodies_en import nationality_opens_phrase, person_before_of


_DATE_WORDS = frozenset(P.MONTHS_EN) | frozenset(P.WEEKDAYS_EN)


# a number followed by these is an amount ("750 million VND", "40 per cent"), never part of a name
_QUANTITY_AFTER = re.compile(r"(?:[.,]\d+)*\s*(?:million|billion|trillion|thousand|per\s*cent|percent|%|USD|VND|VNĐ|"
                             r"tonnes?|tons?|hectares?|ha|km|kg|people|workers|employees|households|cases)\b")


# a sum of money written with its currency code ("VND1.2 billion", "USD500", "VNĐ3 billion")
_CURRENCY = re.compile(r"(?:VND|VNĐ|USD|US\$|EUR|JPY|KRW|SGD)\s?\d")

def _english_run(text: str, words: list[Word], i: int, joiners=P.NAME_JOINERS_EN,
                 max_len: int = 24, lex: Lexicon | None = None) -> int:
    """Last index of a Title-Case English name run from ``i`` (joiners allowed inside)."""
    n = len(words)
    if i >= n or not (words[i].is_cap or words[i].text[:1].isdigit()):
        return -1
    j = i
    while j + 1 < n and j - i < max_len:
        nxt = words[j + 1]
        if not adjacent(text, words[j], nxt):
            break
        if nxt.is_word and (nxt.is_cap or nxt.text.isdigit()):
            if _CURRENCY.match(text, nxt.start):
                break  # "… fined Minh Phúc Steel Joint Stock Company VND1.2 billion": an amount, not the name
            if nxt.text.isdigit() and re.match(r"\d+[–-]\d+(?![\w–-])", text[nxt.start:nxt.start + 8]):
                break  # "… beat Vietnam's Team Flash 3-1": a score, not the name
            if nxt.text.isdigit() and _QUANTITY_AFTER.match(text, nxt.end):
                break  # "… fined Thanh Binh Mineral Joint Stock Company 750 million VND": an amount, not the name
            j += 1
            continue
        if nxt.text in ("'", "’") and j + 3 < n and words[j + 2].text == "s" and words[j + 3].is_cap \
                and adjacent(text, nxt, words[j + 2]) and adjacent(text, words[j + 2], words[j + 3]):
            if lex is not None and any(e.type == "Organization" for k in range(i, j + 1)
                                       for e in lex.lookup(text[words[k].start:words[j].end])):
                break  # "the Ministry of Health's Department of …": a known body, then its unit
            if j > i and words[j].text in P.BODY_WORDS_EN and words[j].text not in ("People", "Women"):
                break  # "the Hải Phòng Police's Economic Police Division": a body, then its unit
            j += 3  # "High People's Court", "Women's Union"
            continue
        if nxt.text in ("'", "’") and words[j].text.endswith("s") and words[j].text[:-1].isalpha() and j + 2 < n \
                and words[j + 2].text in P.ORG_TAILS_EN and adjacent(text, words[j], nxt) \
                and adjacent(text, nxt, words[j + 2]):
            j += 2  # "… Friendship Parliamentarians' Union", "Farmers' Association": a plural owner in the name
            continue
        if _lower_compound_tail(text, words, j):
            j += 2  # "Drug-related Crime …", "Inter-sectoral Steering Committee", "Hi-tech Agriculture Company"
            continue
        if nxt.text.casefold() in joiners:
            if nxt.text in ("on", "for") and _peoples_body(words, j):
                break  # "… People's Committee on the Cần Giờ port": a local body's name ends there
            m = j + 1
            while m < n and words[m].text.casefold() in joiners and adjacent(text, words[m - 1], words[m]):
                m += 1
            if m < n and words[m].text.casefold() in _DATE_WORDS:
                break  # "… Institute of Hygiene on Monday", "… Council in June": a date, not the name
            if m < n and re.fullmatch(r"(?:19|20)\d\d", words[m].text):
                break  # "… Party Committee for the 2020-2025 term": a term or year, not the name
            if m < n and words[m].text.isdigit() and re.match(r"\s+[a-z]", text[words[m].end:words[m].end + 3]):
                break  # "… of Đông Phương Bank to 16 years in prison", "… Group by 20 per cent": a quantity
            if m < n and nationality_opens_phrase(text, words[m]):
                break  # "… Physiology and Japanese biologist …": a new phrase
            if words[j + 1].text == "and" and j + 2 < m and words[j + 2].text in ("to", "in", "at", "from", "with", "by"):
                break  # "to Cho Ray Hospital in Ho Chi Minh City and to the University …": two phrases, no name
            if m < n and (words[m].is_cap or words[m].text.isdigit()) and adjacent(text, words[m - 1], words[m]) \
                    and (words[j + 1].text != "," or en_list_comma(text, words[j + 1].start)):
                j = m
                continue
        break
    return j


def _lower_compound_tail(text: str, words: list[Word], j: int) -> bool:
    """Word ``j`` opens a hyphenated compound with a lower-case tail ("Drug-related", "Inter-sectoral") written
    tight, and a capitalised word follows it: the compound is a word of the name, not its end."""
    if not (j + 2 < len(words) and words[j].is_cap and words[j + 1].text in ("-", "‑") and words[j + 2].is_alpha
            and words[j + 2].text.islower() and text[words[j].end:words[j + 2].start] == words[j + 1].text):
        return False
    if text[words[j].start:words[j + 2].end] in P.ORG_TAILS_EN:
        return True  # "the Hà Nội Tax Sub-department": the compound is the body's head word
    return j + 3 < len(words) and words[j + 3].is_cap and adjacent(text, words[j + 2], words[j + 3])


def _is_tail(text: str, words: list[Word], k: int, tails: set[str]) -> bool:
    """Word ``k`` is an organisation word, or ends one written as a compound ("Sub-department")."""
    return words[k].text in tails or k >= 2 and words[k - 1].text in ("-", "‑") \
        and text[words[k - 2].start:words[k].end] in tails


def _number_before_joiner(words: list[Word], s: int, seg_end: int) -> bool:
    """A bare number then a lower-case joiner opens no name: "a plan for 2026–2035 to the Ministry of …" (the
    end of a period, then the body it goes to); nor does an ordinal ("the 12th … Committee meeting": its meeting's)."""
    return s < seg_end and (words[s].text.isdigit() and words[s + 1].text in P.NAME_JOINERS_EN - {"&", "-", "–", ","}
                            or re.fullmatch(r"\d+(?:st|nd|rd|th)", words[s].text) is not None)  # "the 12th … Committee"


def _peoples_body(words: list[Word], j: int) -> bool:
    """Word ``j`` ends "People's Committee" / "People's Council" / "People's Court" / "People's Procuracy": a
    local organ named by its place, which takes no field after it ("on …", "for …")."""
    return j >= 3 and words[j].text in ("Committee", "Council", "Court", "Procuracy") and words[j - 1].text == "s" \
        and words[j - 2].text in ("'", "’") and words[j - 3].text == "People"


def english_orgs(text: str, words: list[Word], lex: Lexicon,
                  titles: list[Candidate] | None = None) -> list[Candidate]:
    """English organisation names: Title-Case runs with an organisation word.

    A run such as "Member of the Politburo and Minister of Public Security
    General" holds titles and several names: it is cut at titles (with their
    "of the"), at " and " / ",", and before a person's name; each remaining
    segment that holds an organisation word ("Committee", "Group" …) is a name.
    """
    out: list[Candidate] = []
    tails = set(P.ORG_TAILS_EN) - {"Party"}
    title_spans = [(t.start, t.end) for t in titles or []]
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if not (w.is_cap or w.text[:1].isdigit()) or (i > 0 and adjacent(text, words[i - 1], w)
                                                      and (words[i - 1].is_cap or words[i - 1].text[:1].isdigit())
                                                      and words[i - 1].is_word):
            i += 1
            continue
        if i > 0 and adjacent(text, words[i - 1], w) and words[i - 1].text in ("/", "-"):
            i += 1  # "ND-CP" of "Decree 88/2024/ND-CP of the Government": the end of a code, no body
            continue
        j = _english_run(text, words, i, lex=lex)
        if j < 0:
            i += 1
            continue
        for seg_start, seg_end in english_segments(text, words, i, j, title_spans, lex):
            s = after_amount(words, seg_start, seg_end)  # "closed at VNĐ63,500 on the … Stock Exchange"
            while s <= seg_end and (words[s].text.casefold() in P.NAME_JOINERS_EN | {"the"}
                                    or words[s].text in _LEADING_WORDS and s < seg_end
                                    or words[s].text.islower() and s > 0 and words[s - 1].text in ("-", "‑")
                                    or _number_before_joiner(words, s, seg_end)
                                    or words[s].text in ("A", "An") and s < seg_end and words[s + 1].text.isascii()
                                    and not _place_opener(words, s, seg_end, lex)):
                s += 1  # "According to the Ministry of Finance", "Under the …": the body after
                # ("A Vietnam Airlines flight …": the article, not a name; "A Lưới", "An Giang" keep theirs)
            if s > seg_end:
                continue  # joiners only ("ON" in a line of capitals)
            if s + 3 <= seg_end and words[s].text not in P.ORG_TAILS_EN + P.ORG_HEADS_EN \
                    and words[s + 1].text in ("of", "from") and words[s + 2].text == "the":
                s += 3  # "Officials of the Central Institute …", "Representatives of the …": the body after
            elif s + 2 <= seg_end and words[s].text in _people_groups() and words[s + 1].text in ("of", "from"):
                s += 2  # "Representatives of Vietnam Airlines, Vietjet Air and …": the body after
            last = seg_end
            while last > s and (words[last].text.casefold() in P.NAME_JOINERS_EN or _name_prefix_letter(text, words, last)):
                last -= 1
            if any(te <= words[s].start and not text[te:words[s].start].strip() for _, te in title_spans):
                # "Ambassador Ito Naoki and World Bank Country Director …": the titled person, then the body
                k = next((k for k in range(s + 1, last) if words[k].text == "and"), None)
                s = s if k is None else k + 1
            s = person_before_of(text, words, s, last, title_spans)  # "geneticist Maria Hoffmann of the …"
            s = _after_place_possessive(text, words, s, last, lex)  # "Taiwan's Unitech Corporation"
            titled = _before_titled_name(text, words, s, last, title_spans, tails, lex)
            if titled == last and not _after_title(text, words[s].start, title_spans):
                # a title's body keeps its country ("Chairman of the … Authority of Singapore Han Kok Juan")
                titled = _before_country(text, words, s, last, tails, lex)  # "… Hospital of South Korea"
            last = titled
            unit = _unit_of_parent(words, s, last)  # "… Research Institute of Cần Thơ University": two bodies
            if unit is not None:
                parent = unit + 2 + (words[unit + 2].text == "the")  # "… Division of the … Police Department"
                out.append(Candidate(words[parent].start, words[last].end, "ORG", PRIORITY["org-tail"], "org-tail"))
                last = unit
            # ("QS Asia University Rankings 2026": the year after a ranking's end word)
            end_word = words[last - 1] if last > s and re.fullmatch(r"(?:19|20)\d\d", words[last].text) else words[last]
            if last < s or not any(_is_tail(text, words, k, tails) and (x.text != "Court" or _a_court(words, k))
                                   for k, x in enumerate(words[s:last + 1], start=s)) or end_word.text in _EVENT_ENDS \
                    or any(words[k].text in _EVENT_ENDS and words[k + 1].text in ("for", "on")
                           and not any(x.text in tails for x in words[s:k]) for k in range(s, last)):
                continue  # ("the 2026 Asian Society for Cardiovascular Surgery Award": an award, no society;
                # "the National Robotics Competition for High School Students": a contest for a school's pupils)
            surface = text[words[s].start:words[last].end]
            if _LOWER_LEVEL_BEFORE.search(text, max(0, words[s].start - 12), words[s].start) \
                    and re.fullmatch(r"People['’]s\s+(?:Committee|Council)", surface):
                # "the commune People's Committee": the one named before ("the Phú Tân Commune People's Committee"), or
                # a kind of local body; a reference, no name of its own
                out.append(Candidate(words[s].start, words[last].end, "ORG", PRIORITY["org-ref"], "org-ref", ref=True,
                                     meta={"head": surface.casefold().replace("’", "'")}))
                continue
            if _VENUE_END.search(surface) or norm_key(surface) in _generic_organs():
                continue  # "the Bac Ninh Provincial Convention Centre" is a venue (kg.nlp.recognizers.places)
            if lex.titles.get(norm_key(surface)) is None and (last > s or surface in ("Politburo", "Government")):
                end = words[last].end + _place_kind_after(text, words, s, last, lex)
                end = at_city_end(text, surface, end, lex)
                poss = re.match(r"['’]s\s+", surface)  # "the Hà Nội Police's Economic Police Division": the unit
                out.append(Candidate(words[s].start + (poss.end() if poss else 0), end, "ORG", PRIORITY["org-tail"],
                                     "org-tail"))
        i = j + 1
    return out + limited_companies(text)


_AT_CITY = re.compile(r"[ ]at[ ]+((?:[A-ZĐ][\w-]*[ ]?){1,4})")


def at_city_end(text: str, surface: str, end: int, lex) -> int:
    """"University of Medicine and Pharmacy at Hồ Chí Minh City": a "University of …" name that goes on
    with "at" and a known city or province is named after its seat, which belongs to the name (where the
    name ends, ``end`` when it does not go on so)."""
    if not surface.startswith("University of "):
        return end
    m = _AT_CITY.match(text, end)
    if m is None:
        return end
    run = m.group(1).rstrip()
    for cut in range(len(run), 0, -1):
        if cut < len(run) and run[cut] != " ":
            continue
        if any(e.type == "Place" and e.kind in ("city", "province") for e in lex.lookup(run[:cut])):
            return m.start(1) + cut
    return end


def _place_kind_after(text: str, words: list, s: int, last: int, lex) -> int:
    """"People's Council of Quảng Ninh province": a body name that ends "of <known place>" takes the
    lower-case kind word after the place (how many characters to add)."""
    kind = re.match(r"\s+(?:province|city)\b", text[words[last].end:words[last].end + 12])
    if not kind:
        return 0
    for k in range(last - 1, s, -1):
        if words[k].text == "of":
            place = text[words[k + 1].start:words[last].end]
            return kind.end() if any(e.type == "Place" for e in lex.lookup(place)) else 0
    return 0


def _before_country(text: str, words: list, s: int, last: int, tails: set[str], lex) -> int:
    """"Seoul National University Hospital of South Korea": a whole name of three or more words with no
    "of" in it, then "of" and a country, is the body; the country says where it is, it is not the name's
    ("University of Tokyo", "Ministry of Foreign Affairs of Japan" keep theirs, and "… Corporation of Vietnam" is
    how Vietnamese bodies write their own names)."""
    for k in range(last - 1, s + 2, -1):
        if words[k].text != "of":
            continue
        country = text[words[k + 1].start:words[last].end]
        if any(w.text.casefold() in ("of", "for") for w in words[s:k]) or words[k - 1].text not in tails:
            return last
        if any(e.type == "Place" and e.kind == "country" and e.id != "viet-nam" for e in lex.lookup(country)):
            return k - 1
        if words[k - 1].text in pattern_data("companies.json")["en_tails"] and any(
                e.type == "Place" and e.kind in ("province", "city") for e in lex.lookup(country)):
            return k - 1  # "Hưng Thịnh Medical Equipment Company of Hà Nội": a firm of that city
        return last
    return last


@lru_cache(maxsize=1)
def _generic_organs() -> frozenset[str]:
    """"Board of Directors", "Board of Supervisors": a body's organs, part of a title, not a named body."""
    data = pattern_data("generic_organs_en.json")
    return frozenset(norm_key(o) for o in data["organs"])


@lru_cache(maxsize=1)
def _people_groups() -> frozenset[str]:
    """"Representatives", "Officials": people a body sends, not the first word of its name."""
    data = pattern_data("generic_organs_en.json")
    return frozenset(data["people_groups"])


def _unit_of_parent(words: list, s: int, last: int) -> int | None:
    """The last word of a unit's name when the run from ``s`` to ``last`` is a unit of three or more
    words with no "of" or "for" in it, "of", and a parent's name with none either ("the Mekong Delta
    Development Research Institute of Cần Thơ University"), else None ("University of Technology",
    "Vietnam Academy of Science and Technology" are one name each)."""
    data = unit_heads()
    if words[s].text in data[0] and words[last].text in data[1]:
        return _head_first_unit(words, s, last)
    for k in range(s + 3, last):
        if words[k].text != "of":
            continue
        p = k + 1 + (words[k + 1].text == "the")  # the parent's first word
        parent_head = any(" ".join(w.text for w in words[last - len(h.split()) + 1:last + 1]) == h for h in data[1])
        if words[k - 1].text in data[0] and parent_head and last - p >= 1 and not any(
                w.text.casefold() in ("of", "for", "the") for w in words[s:k] + words[p:last + 1]):
            return k - 1
        return None
    return None


def _head_first_unit(words: list, s: int, last: int) -> int | None:
    """"Faculty of Law of Vietnam National University": a unit named head first ("Faculty of Law"), a
    second "of", and a parent of two or more words: the unit's last word, else None ("School of
    Economics", "Institute of Physics of the University …" with "the" are left whole)."""
    ofs = [k for k in range(s + 1, last) if words[k].text == "of"]
    if len(ofs) != 2 or ofs[0] != s + 1 or last - ofs[1] < 2 or ofs[1] - ofs[0] < 2 \
            or any(w.text.casefold() in ("for", "the") for w in words[s:last + 1]):
        return None
    return ofs[1] - 1


def _after_title(text: str, start: int, title_spans: list[tuple[int, int]]) -> bool:
    """The body at ``start`` is a title's complement: "Chief Executive of the …"."""
    return any(re.fullmatch(r"\s+of\s+(?:the\s+)?", text[e:start]) for _, e in title_spans if e <= start)


def _name_prefix_letter(text: str, words: list, k: int) -> bool:
    """Word ``k`` is the one capital letter that opens an Ê Đê or Gia Rai person's name ("H’Ngăm Niê Kdăm",
    "Y Giang Gry Niê Knơng"), not the last word of the body before it ("… People's Committee H’Ngăm …")."""
    w = words[k].text
    return len(w) == 1 and w in "HY" and (text[words[k].end:words[k].end + 1] in ("'", "’")
                                          or k + 1 < len(words) and words[k + 1].text[:1].isupper())


def _before_titled_name(text: str, words: list, s: int, last: int, title_spans: list[tuple[int, int]],
                        tails: set[str], lex) -> int:
    """"Speaker of the Hungarian National Assembly Laszlo Kover": after a title's "of (the)", the body
    ends at its last organisation word when two capitalised words that name nothing known follow it."""
    if s > last or s >= len(words) or not _after_title(text, words[s].start, title_spans):
        return last  # (an empty run: "ON" alone)
    tail_at = max((k for k in range(s, last + 1) if words[k].text in tails), default=None)
    if tail_at is not None and tail_at + 2 <= last and words[tail_at + 1].text == "of":
        # "… Authority of Singapore Teo Eng Dih": the body's country or city is part of its name
        tail_at = max((k for k in range(tail_at + 2, min(last, tail_at + 4) + 1)
                       if any(e.type == "Place" for e in lex.lookup(text[words[tail_at + 2].start:words[k].end]))),
                      default=tail_at)
    rest = [w.text for w in words[tail_at + 1:last + 1]] if tail_at is not None else []
    if len(rest) in (2, 3) and all(re.fullmatch(r"[A-Z][a-z’'-]+", w) and not lex.lookup(w)
                                   and w not in P.BODY_WORDS_EN for w in rest):
        return tail_at
    return last


def _after_place_possessive(text: str, words: list, s: int, last: int, lex) -> int:
    """The first word after a country or place in the possessive that opens a body's name
    ("South Korea's Seojin Electronics": the company is "Seojin Electronics"), else ``s``."""
    for k in range(s, last):
        if words[k].text in ("'s", "’s", "'", "’"):
            owner = text[words[s].start:words[k].start].strip()
            nxt = k + 2 if words[k].text in ("'", "’") and words[k + 1].text == "s" else k + 1
            if k > s and nxt <= last and any(e.type == "Place" for e in lex.lookup(owner)):
                return nxt
            return s
    return s


# a lower-case level of local government right before a body's kind ("the commune People's Committee")
_LOWER_LEVEL_BEFORE = re.compile(r"(?<![\w-])(?:commune|ward|district|village|town)\s+$")
# ("the Quảng Ninh Exhibition and Fair Centre", "the Đà Nẵng Administrative Centre": venues where things are held)
_VENUE_END = re.compile(r"\b(?:(?:Convention|Conference|Exhibition|Exhibition and Convention|Convention and Exhibition|"
                        r"Exhibition and Fair|Exhibition Fair|Fair|Administrative)\s+Cent(?:re|er)|"
                        r"Complex|Hotel|Resort)$"  # "the Government Complex", "the Lotte Hotel": buildings
                        r"|\b(?:Strategic|Comprehensive)\b.*\bPartnership$")  # two countries' ties, no body

# Capitalised words that open a sentence before a body's name, never a word of the name
# event kinds that end a name as its last word: the run names the event, not the body inside it
# the last words of a name that is no body: an event's, or a ranking's ("QS Asia University Rankings 2026")
_EVENT_ENDS = frozenset(w for w in P.EVENT_TAILS_EN if " " not in w) - set(P.ORG_TAILS_EN) | {"Rankings", "Ranking",
                                                                                                 "Index"}

_LEADING_WORDS = frozenset(pattern_data("organisations_en_words.json")["leading_words"])


_COURT_QUALIFIERS = frozenset(pattern_data("organisations_en_words.json")["court_qualifiers"])


def _place_opener(words: list[Word], s: int, seg_end: int, lex: Lexicon) -> bool:
    """"An Giang", "An Lão": the capital "A"/"An" at ``s`` opens a known place's name with the words after
    it (one or two), so it is no article ("The An Giang Department of …" names the province's department)."""
    return any(any(e.type == "Place" for e in lex.lookup(" ".join(w.text for w in words[s:k + 1])))
               for k in range(s + 1, min(s + 2, seg_end) + 1))


def _a_court(words: list[Word], k: int) -> bool:
    """"Court" at ``k`` names a court of law when a court's qualifier comes before it ("High People's
    Court", "Supreme Court"), not in "Royal Court music"."""
    j = k - 3 if k >= 3 and words[k - 1].text == "s" and words[k - 2].text in ("'", "’") else k - 1
    return j >= 0 and words[j].text in _COURT_QUALIFIERS

"""Places built by rules: named venues ("Tòa nhà …", "… Convention Centre"). Places opened by an
administrative or geographic word ("huyện Gia Lâm", "sông Hồng") are in :mod:`.place_heads`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.normalize import is_vietnamese_syllable
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.lexicon import Lexicon
from kg.nlp import patterns as P
from kg.nlp.recognizers.words import Word
from kg.nlp.recognizers.organisations import extend_vi_name
from kg.nlp.patterns import pattern_data
from kg.textutil import escaped_alternation, phrase_alternation


@lru_cache(maxsize=1)
def _venue_head_re() -> re.Pattern:
    """The words that open a named venue (`kg/data/patterns/venues_vi.json`), longest first."""
    heads = pattern_data("venues_vi.json")["heads"]
    alts = escaped_alternation(heads)
    return re.compile(rf"(?<![\w])(?:{alts})\s+")


# one or two lower-case words of a venue's kind before the unit that names it ("Nhà thi đấu đa năng huyện Bảo Lâm",
# "Sân vận động trung tâm tỉnh X"); a function word there ends the venue ("Nhà thi đấu của huyện X")
_MODIFIERS = (r"(?:(?!(?:tại|ở|của|và|với|cho|thuộc|trên|trong|do|là|được|đã|sẽ|nay|này|mới|cũ)\s)"
              r"[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+\s+){0,2}")


# up to four lower-case words of a venue's kind before the known place that names it ("Nhà thi đấu thể dục thể thao
# Quy Nhơn", "Sân vận động trung tâm Thanh Hóa"; no count: "Khách sạn năm sao Hà Nội" is a kind of hotel)
_KINDS_THEN_NAME = re.compile(r"(?!(?:\S+\s+){0,3}(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)"
                              + _MODIFIERS.replace("{0,2}", "{1,4}")
                              + rf"(?P<name>[{P.UPPER_VI}][\w]*(?:\s+[{P.UPPER_VI}][\w]*){{0,3}})")


def _known_place_after_kinds(text: str, pos: int, lex: Lexicon) -> int:
    """End of the known place named after a strong venue head's lower-case kind words at ``pos``, else 0."""
    m = _KINDS_THEN_NAME.match(text, pos)
    if m is None:
        return 0
    name = m.group("name").split()
    for n in range(len(name), 0, -1):
        if any(e.type == "Place" for e in lex.lookup(" ".join(name[:n]))):
            return m.start("name") + len(" ".join(name[:n]))
    return 0


# a level word with no name after it, right after a venue's head or its kind words: the article's own province
# ("Nhà văn hóa trung tâm tỉnh", "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh")
_BARE_LEVEL = re.compile(_MODIFIERS + rf"(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\w])(?![ ]+[{P.UPPER_VI}\d])")


# a count or amount after a number ("850 triệu đồng", "3 ha", "12 người"): the number is no part of a name before it
QUANTITY_AFTER = re.compile(r"\s*(?:[.,]\d+)?\s*(?:triệu|tỷ|nghìn|ngàn|trăm|đồng|ha|km|m2|tấn|người|hộ|lượt|%)(?![\w])")

def _known_body_end(text: str, words: list[Word], k: int, lex: Lexicon) -> int:
    """End of the longest body of the lexicon named from word ``k`` ("Bộ Tư pháp", whose lower-case word a
    capitalised run leaves out), else -1."""
    for jj in range(min(len(words) - 1, k + 7), k, -1):
        if not text[words[jj].end - 1].isalnum():
            continue  # (the lexicon's look-up forgives a mark after the name: "Bộ Tư pháp,")
        if any(e.type == "Organization" for e in lex.lookup(text[words[k].start:words[jj].end])):
            return words[jj].end
    return -1


@lru_cache(maxsize=1)
def _second_venue_re() -> re.Pattern:
    """"và" before another venue's head or a natural place's: where a venue's name ends."""
    heads = pattern_data("venues_vi.json")["heads"] + ["bãi biển", "sông", "hồ", "đảo", "núi", "đèo", "vịnh"]
    alts = escaped_alternation(set(heads))
    return re.compile(rf"\s+và\s+(?=(?:{alts})\s)")


@lru_cache(maxsize=1)
def _small_units() -> str:
    """The units whose own venues are named by them (``small_units``: "Nhà văn hóa thôn Đông"), longest first."""
    units = pattern_data("venues_vi.json")["small_units"]
    return escaped_alternation(units)


@lru_cache(maxsize=1)
def _strong_heads() -> frozenset[str]:
    """Venue heads whose venue outranks a local body of the same words (``strong_heads``)."""
    return frozenset(pattern_data("venues_vi.json").get("strong_heads", []))


# "An" before a consonant, "A" before a toned syllable: a place's first syllable ("An Lão", "A Lưới"), no article
_SYLLABLE_AN_A = re.compile(r"(?:An\s+(?![AEIOUaeiouĂÂÊÔƠƯăâêôơư])|A\s+(?=[^\W\d_]*[^\x00-\x7f]))")


def place_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                     word_ends: dict[int, int] | None = None) -> list[Candidate]:
    """Named venues: "Tòa nhà Văn phòng Symphony", "hội trường Diên Hồng", "… Hi-Tech Park"."""
    out: list[Candidate] = []
    if lang == "vi":
        head_re = _venue_head_re()
        starts = {w.start: w.i for w in words}
        for m in head_re.finditer(text):
            k = starts.get(m.end())
            if k is None:
                continue
            # a venue named after a day: "Quảng trường 7/5", "Quảng trường 16 tháng 4", "Sân vận động 19/8"
            day = re.match(r"\d{1,2}(?:/\d{1,2}|\s+tháng\s+\d{1,2})(?![\d/])", text[m.end():m.end() + 16])
            if day and m.group()[:1].isupper():
                out.append(Candidate(m.start(), m.end() + day.end(), "LOC", PRIORITY["venue"], "venue"))
                continue
            # a venue named by its province or city: "Quảng trường tỉnh Đồng Nai", "Nhà thi đấu tỉnh Bắc Giang"
            small = _small_units()  # (a capitalised head's lower-case kind words first: "Nhà thi đấu đa năng huyện X")
            unit_named = re.match(rf"{_MODIFIERS if m.group()[:1].isupper() else ''}(?P<level>tỉnh|thành phố|huyện|quận|thị xã|{small})\s+"
                                  rf"(?P<name>[{P.UPPER_VI}][\w]*(?:\s+[{P.UPPER_VI}][\w]*){{0,2}}|\d{{1,3}}[A-Z]?(?![\w/]))", text[m.end():m.end() + 60])
            if unit_named and re.fullmatch(rf"(?:{small})", unit_named.group("level")):
                # "Nhà văn hóa xã Đông Hòa", "Nhà văn hóa thôn 3": communes, wards and villages are rarely in
                # the lexicon; their capitalised name (or number) ends it
                out.append(Candidate(m.start(), m.end() + unit_named.end(), "LOC", PRIORITY["venue"], "venue"))
                continue
            if unit_named and not unit_named.group("name")[:1].isupper():
                unit_named = None  # "Nhà văn hóa huyện 3": only a village or a commune is numbered
            if unit_named and m.group()[:1].isupper():
                name = unit_named.group("name").split()
                for n in range(len(name), 0, -1):  # the longest known place: "tỉnh Đồng Nai ở …"
                    if any(e.type == "Place" for e in lex.lookup(" ".join(name[:n]))):
                        end = m.end() + unit_named.start("name") + len(" ".join(name[:n]))
                        # "Trung tâm Hội nghị tỉnh Tuyên Quang": a strong head's venue outranks the body reading
                        strong = m.group().strip() in _strong_heads()
                        out.append(Candidate(m.start(), end, "LOC", PRIORITY["venue-local" if strong else "venue"],
                                             "venue"))
                        break
                else:
                    if len(name) == 2 and not lex.lookup(" ".join(name)):  # "Nhà văn hóa huyện Thạch Thất"
                        out.append(Candidate(m.start(), m.end() + unit_named.end(), "LOC", PRIORITY["venue"], "venue"))
                    else:
                        name = []
                if name:
                    continue
            if m.group().strip() in _strong_heads() and (known := _known_place_after_kinds(text, m.end(), lex)):
                # "Nhà thi đấu thể dục thể thao Quy Nhơn": the kind's lower-case words, then the city it serves
                out.append(Candidate(m.start(), known, "LOC", PRIORITY["venue-local"], "venue"))
                continue
            if m.group()[:1].isupper() and (level := _BARE_LEVEL.match(text, m.end())):
                # "tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, UBND tỉnh …": the venue of the article's province
                strong = m.group().strip() in _strong_heads()  # ("Trung tâm Hội nghị tỉnh": a venue, not a body)
                out.append(Candidate(m.start(), level.end(), "LOC", PRIORITY["venue-local" if strong else "venue"],
                                     "venue"))
                continue
            j = extend_vi_name(text, words, k, lex, word_ends=word_ends)
            body = _known_body_end(text, words, k, lex)
            if body > (words[j].end if j >= k else m.end()) and m.group()[:1].isupper():
                # "Trụ sở Bộ Tư pháp": the whole name of a known body, where the capitalised run stops short of it
                out.append(Candidate(m.start(), body, "LOC", PRIORITY["venue"], "venue"))
                continue
            if j >= k:
                # "Nhà Văn hóa Lao động tỉnh": the venue of the article's province, its level word closing it
                unit = re.match(rf" (?:tỉnh|thành phố|huyện|quận|thị xã)(?![\w])(?![ ]+[{P.UPPER_VI}\d])",
                                text[words[j].end:words[j].end + 15])
                end = words[j].end + (unit.end() if unit else 0)
                # "cảng cá Cửa Việt và cảng cá Cửa Tùng", "khu du lịch Tràng An và bãi biển Mỹ Khê": a second
                # venue (of any kind) is its own name
                pair = _second_venue_re().search(text[m.end():end])
                strong = m.group().strip() in _strong_heads()  # "Trung tâm Hội nghị Cần Thơ": a venue, not a body
                out.append(Candidate(m.start(), m.end() + pair.start() if pair else end, "LOC",
                                     PRIORITY["venue-local" if strong else "venue"], "venue"))
                continue
            # a venue named after a river, lake or mountain: "Công viên sông Hậu", "Quảng trường hồ Gươm"
            natural = re.match(rf"(?:bờ biển|bờ sông|bờ hồ|ven sông|ven biển|bãi biển|sông|hồ|núi|đảo|biển|bãi)\s+"
                               rf"[{P.UPPER_VI}][\w]*(?:\s+[{P.UPPER_VI}][\w]*){{0,2}}",
                               text[m.end():m.end() + 40])
            if natural:
                out.append(Candidate(m.start(), m.end() + natural.end(), "LOC", PRIORITY["venue"], "venue"))
                continue
            # the venue of the local unit the article is about: "tại Trung tâm Hội nghị thành phố"
            # ("Nhà văn hóa trung tâm tỉnh": the unit's central hall)
            unit = re.match(rf"(?:trung tâm\s+)?(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường)(?![\w])(?![ ]+[{P.UPPER_VI}\d])",
                            text[m.end():m.end() + 30])
            if unit and re.search(r"(?<![\w])tại\s+$", text[max(0, m.start() - 6):m.start()]):
                out.append(Candidate(m.start(), m.end() + unit.end(), "LOC", PRIORITY["venue-local"], "venue"))
        out += _venues_after_at(text)
        return out
    en, lower, numbered = _english_venue_res()
    bare = _english_venue_heads()
    from kg.nlp.recognizers.gazetteer import quoted_spans
    quotes = quoted_spans(text)  # "the drama "The River Keeper"": a work's title, as for the gazetteer's places
    for m in en.finditer(text):
        if any(qs <= m.start() and m.end() <= qe for qs, qe in quotes):
            continue
        lead = re.match(r"(?:The|A|An|In|At|On)\s+", m.group())  # "The Ngan Sau River rose …": not part of the name
        if lead and _SYLLABLE_AN_A.match(m.group()):
            lead = None  # "An Dương District", "A Lưới District": the name's first syllable, no article
        start = m.start() + (lead.end() if lead and m.group()[lead.end():].count(" ") else 0)
        dash = re.search(r"\s[–-]\s+", text[start:m.end()])
        if dash and re.match(r"\s*\([A-Z][\w-]*\)", text[m.end():]):
            start += dash.end()  # "Tân Cảng - Hải Phòng … Terminal (TC-HICT)": a firm's name; only the venue's part
        if text[start:m.end()] in bare:
            continue  # "… Earners and Industrial Park Workers": a kind of venue alone names none
        ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 12), start)
        if ordinal:
            start = ordinal.start()  # "the 700th Anniversary Stadium": the ordinal opens the name
        if text[m.end():m.end() + 1] in "’'" and not m.group().endswith(_possessive_heads()):
            continue  # "Saigon Port's operator" is the company; "the Hoa Lư Ancient Capital's temples" a place's
        if any(w in _body_words_before_heads() for w in text[start:m.end()].split()[:-1]):
            # "Kim Đồng Publishing House": a publisher, not a house; "… Hydro-Meteorological Station": a body
            out.append(Candidate(start, m.end(), "ORG", PRIORITY["org-tail"], "venue-body"))
            continue
        if _FIRM_GOES_ON.match(text, m.end()) or _CHAIN_AFTER.match(text, m.end()):
            continue  # "Nghi Sơn Refinery and Petrochemical LLC", "the Tops Market chains": a firm's name, no venue
        if len(text[start:m.end()].split()) == 2 and _person_apposition_re().match(text, m.end()):
            continue  # "Ellen Park, CEO of Blue Harbor, said": a person a role describes, no park
        if m.group().endswith("Province") and any(e.type == "Place" and e.kind == "province" for e in lex.lookup(
                text[start:m.end()].rsplit(None, 1)[0])):
            continue  # "Bắc Ninh Province" is the known province (as "Bắc Ninh province"); "Guangxi Province" is named whole
        out.append(Candidate(start, m.end() + _city_after(text, m, lex), "LOC", PRIORITY["venue"], "venue"))
    for m in _kind_first_re().finditer(text):  # "at the Hotel Nikko Saigon"
        out.append(Candidate(m.start(), m.end(), "LOC", PRIORITY["venue"], "venue"))
    for m in _owned_venue_re().finditer(text):  # "at the province's Exhibition and Fair Centre"
        out.append(Candidate(m.start("venue"), m.end(), "LOC", PRIORITY["venue"], "venue"))
    for m in lower.finditer(text):  # "the Tham Luong depot", "the Tinh Bien border gate"
        if all(re.fullmatch(r"[A-Z]{2,5}", w) for w in m.group().split() if w[:1].isupper()) and not (
                m.group().split()[-1] in ("centre", "center", "stadium") and text[:m.start()].endswith("the ")):
            continue  # "an LNG power plant": an acronym of a kind names no venue ("the BEXCO exhibition centre" does)
        if any(re.search(r"-[a-z]+$", w) for w in m.group().split()):
            continue  # "ADB-funded reservoir", "Japan-backed terminal": a describing compound, not a name
        if m.group().split()[-2] in _english_venue_heads():
            continue  # "Quảng Trị Airport terminal": a part of the venue the name before it is
        kind = m.group().split()[-1]
        if kind == "railway" and (re.fullmatch(r"[A-Z][a-z]+(?:ese|ian|ish|an)", m.group().split()[0])
                                  and len(m.group().split()) == 2
                                  or re.match(r"[ ]+(?:engineers|workers|technicians|experts|staff|students|industry|"
                                              r"sector)\b", text[m.end():m.end() + 14])):
            continue  # "Vietnamese railway engineers": a nationality, or the railway's people or trade
        if kind in ("port", "canal", "island", "terminal", "park", "zone", "cluster") and any(
                e.type == "Place" and e.kind in ("province", "city", "country")
                for e in lex.lookup(re.sub(r"(?:\s+[a-z][\w-]*)+$", "", m.group()))):
            continue  # "Hải Phòng port", "the Đồng Nai industrial park": the city's, and the city the place named
        if kind in ("province", "prefecture") and any(e.type == "Place" for e in lex.lookup(m.group()[:-len(kind)].strip())):
            continue  # "Tây Ninh province" is the known province; "Gyeonggi province" names one the gazetteer lacks
        # "the An Thoi special zone": after an article, "An" is the name's first syllable, not one
        start = m.start() - 3 if re.search(r"(?<![\w])the An $", text[max(0, m.start() - 7):m.start()]) else m.start()
        prev = re.search(r"(?<![\w])([^\W\d_][\w]{0,2}) $", text[max(0, m.start() - 5):m.start()])
        if prev and prev.group(1)[0].isupper() and (not prev.group(1).isascii() or any(
                e.type == "Place" for e in lex.lookup(f"{prev.group(1)} {m.group()[:-len(kind)].strip()}"))):
            start = m.start() - len(prev.group(1)) - 1  # "in A Lưới commune", "the Ô Quy Hồ pass": a syllable of the name
        out.append(Candidate(start, m.end(), "LOC", PRIORITY["venue"], "venue"))
    for m in _at_heads_re().finditer(text):  # "at the Hồ Gươm Theatre": where it is held
        out.append(Candidate(m.start("name"), m.end(), "LOC", PRIORITY["venue"], "venue"))
    for m in _heads_first_re().finditer(text):  # "the Palace of Westminster", "the Temple of Heaven"
        out.append(Candidate(m.start(), m.end(), "LOC", PRIORITY["venue"], "venue"))
    for m in numbered.finditer(text):  # "District 12", "Metro Line 2"
        out.append(Candidate(m.start(), m.end(), "LOC", PRIORITY["venue"], "venue"))
    for m in _DATE_NAMED_VENUE.finditer(text):  # "the 2 April Square", "10-3 Square": named after a day
        out.append(Candidate(m.start(), m.end(), "LOC", PRIORITY["venue"], "venue"))
    # "in the districts of Huong Khe and Vu Quang": each capitalised name of the list is a place
    # ("wards such as Hồng Hà and Nguyễn Phúc", "communes including Bản Xèo": the examples of a plural unit word)
    for m in re.finditer(r"\b(?:(?:districts|provinces|communes|towns|cities|wards)(?:\s+such\s+as|,?\s+including)|"
                         r"(?:districts|provinces|communes|towns|cities|wards|" + _part_nouns() + r")\s+of)\s+", text):
        item = _PLACE_ITEM_EN.match(text, m.end())
        while item is not None:
            out.append(Candidate(item.start("name"), item.end("name"), "LOC", PRIORITY["place-list-en"], "place-list-en"))
            item = _PLACE_ITEM_EN.match(text, item.end(), min(len(text), item.end() + 60))
    # "in Bat Xat, Bao Yen and Van Ban districts": each name of a list before a plural unit word is a place
    for m in _PLURAL_UNIT_LIST_EN.finditer(text):
        for item in re.finditer(_NAME_EN, m.group("list")):
            if item.group().split()[0] not in ("The", "A", "An", "In", "At", "On", "From"):
                out.append(Candidate(m.start("list") + item.start(), m.start("list") + item.end(), "LOC",
                                     PRIORITY["place-list-en"], "place-list-en"))
    # "from Cầu Giấy to Hoàng Mai", "from Nhổn to Cầu Giấy": the other end of a route whose one end is a
    # known place is a place too (not the person a family-name reading would make it)
    for m in _ROUTE_EN.finditer(text):
        a, b = m.group("a"), m.group("b")
        known_a = any(e.type == "Place" for e in lex.lookup(a))
        known_b = any(e.type == "Place" for e in lex.lookup(b))
        if known_a != known_b:
            name = "b" if known_a else "a"
            if not lex.lookup(m.group(name)):
                out.append(Candidate(m.start(name), m.end(name), "LOC", PRIORITY["place-list-en"], "place-list-en"))
    # "in Tashkent, Uzbekistan": a capitalised name after "in" and before a comma and a known country is a
    # place of that country
    for m in _IN_PLACE_OF_COUNTRY.finditer(text):
        country = lex.lookup(m.group("country"))
        # (or a known province or city, when the name is spelt in Vietnamese syllables: "in Tân Uyên, Bình Dương")
        local = len(m.group("name").split()) >= 2 and all(is_vietnamese_syllable(w) for w in m.group("name").split()) \
            and any(e.type == "Place" and e.kind in ("province", "city") for e in country)
        if (local or any(e.type == "Place" and e.kind == "country" for e in country)) and not lex.lookup(m.group("name")):
            out.append(Candidate(m.start("name"), m.end("name"), "LOC", PRIORITY["place-list-en"], "place-list-en"))
    # "Quang Ngai City": a known province and "City" is the city of that name
    for m in re.finditer(r"(?<![\w])(?P<place>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3})\s+City\b", text):
        place = m.group("place")
        while place and not any(e.type == "Place" for e in lex.lookup(place)):
            place = place.split(" ", 1)[1] if " " in place else ""
        known = [e for e in lex.lookup(place) if e.type == "Place"] if place else []
        if len(known) == 1 and known[0].kind == "city":  # "Cần Thơ City" is the known city itself
            out.append(Candidate(m.end() - len(place) - 5, m.end(), "LOC", PRIORITY["gazetteer"], "gazetteer",
                                 gid=known[0].id))
            continue
        if place:
            out.append(Candidate(m.end() - len(place) - 5, m.end(), "LOC", PRIORITY["venue"], "venue"))
    # "was held in Dong Van on Saturday", "headquartered in Tan Uyen": a name of Vietnamese syllables after a verb
    # of being held or based and "in" is a place (a district or town the gazetteer lacks)
    for m in _HELD_IN_VI_NAME.finditer(text):
        name = m.group("name").split()
        if all(is_vietnamese_syllable(w) for w in name) and not lex.lookup(m.group("name")) \
                and not (len(name) == 3 and lex.is_surname(name[0], folded=True)):  # ("Nguyen Van Binh": a person)
            out.append(Candidate(m.start("name"), m.end("name"), "LOC", PRIORITY["place-list-en"], "place-list-en"))
    # "in Lào Cai city": a known province and "city" in lower case is its capital of that name, another place
    # (a known city stays itself: "Cần Thơ city")
    for m in re.finditer(r"(?<![\w])(?P<place>[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,2})\s+city\b(?!\s+[A-Z])", text):
        known = [e for e in lex.lookup(m.group("place")) if e.type == "Place"]
        if known and all(e.kind == "province" for e in known):
            out.append(Candidate(m.start("place"), m.end(), "LOC", PRIORITY["venue"], "venue"))
    return out


_ROUTE_PLACE = rf"[{P.UPPER_VI}][\w’'-]*(?:\s+[{P.UPPER_VI}][\w’'-]*){{0,2}}"
_ROUTE_EN = re.compile(rf"(?<![\w])from\s+(?P<a>{_ROUTE_PLACE})\s+to\s+(?P<b>{_ROUTE_PLACE})(?=[,.;]|\s+[a-z(]|$)")


@lru_cache(maxsize=1)
def _person_apposition_re() -> re.Pattern:
    """", CEO of …", ", a researcher at …": a person's role set off after a name."""
    from kg.relations.cues import cue_pattern
    return re.compile(r",[ ](?:(?:a|an|the)[ ])?(?:" + cue_pattern("role_heads", "en") + "|"
                      + cue_pattern("affiliation_nouns", "en") + r")[ ](?:of|at|for)[ ]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _part_nouns() -> str:
    """"the beaches of Sơn Trà", "the outskirts of Huế": nouns of the parts of a place (``part_nouns``)."""
    return "|".join(map(re.escape, pattern_data("venues_en.json").get("part_nouns", []))) or "(?!)"


@lru_cache(maxsize=1)
def _body_words_before_heads() -> frozenset[str]:
    """Words that make a name ending in a venue head a body (``body_words`` of venues_en.json)."""
    return frozenset(pattern_data("venues_en.json").get("body_words", ()))


_CHAIN_AFTER = re.compile(r"[ ](?:chains?|brands?|stores|outlets|franchises?)\b")
# "the 700th Anniversary Stadium": an ordinal after "the" and before a venue's capitalised name is the name's
_ORDINAL_BEFORE = re.compile(r"(?<=\bthe )\d+(?:st|nd|rd|th) $")
_FIRM_GOES_ON = re.compile(r"[ ]and[ ](?:[A-Z][\w-]*[ ]){1,3}(?:LLC|JSC|Company|Co\.|Corporation|Corp\.|Ltd\.?)\b")


@lru_cache(maxsize=1)
def _english_venue_heads() -> frozenset[str]:
    """The venue heads of ``venues_en.json`` ("Industrial Park"): alone, they name no venue."""
    return frozenset(pattern_data("venues_en.json")["heads"])


@lru_cache(maxsize=1)
def _english_venue_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The venue patterns built from ``kg/data/patterns/venues_en.json``."""
    data = pattern_data("venues_en.json")
    alt = lambda xs: escaped_alternation(xs)  # noqa: E731
    # a number may stand inside the name ("Nhon Trach 3 Industrial Park"), never first; any word may open with an
    # accented capital, as the first does ("the Văn Úc River", not "the Úc River")
    heads = re.compile(r"(?<![\w])(?!(?:MW|GW|kW|" + "|".join(P.PLACE_PREPOSITIONS_EN) + r")\s)[A-ZĐÀ-Ý][\w-]*\s+(?:(?:[–-]\s+)?(?:[A-ZĐÀ-Ý][\w–-]*|\d{1,3})\s+){0,4}(?:" + alt(data["heads"])
                       + r")\b(?:\s+(?:II|III|IV)\b)?(?![-‑])(?![’'](?!s\b))(?!\s+[A-Z][a-z]+-[a-z]+\b)")  # "… Industrial Park II"  # "Coach Park Hang-seo": a Korean name, no park
    lower = re.compile(r"(?<![\w])(?!(?:The|A|An|In|At|On|From|To|MW|GW|kW|" + "|".join(P.PLACE_PREPOSITIONS_EN) + r")\s)([A-ZĐ](?:[’'][A-Z])?[\w–-]*)(?:\s+(?:[–-]\s+)?[A-ZĐ][\w–-]*){0,3}(?:\s+\d{1,2})?\s+(?:(?:international|national|main)\s+)?(?:"
                       + alt(data["lower_heads"]) + r")\b(?![ ]+[A-Z])(?![ ]+delta\b)")  # not "the Ba Dinh ward People's Committee"
    # (nor "the Red river delta": the region, which the gazetteer knows)
    numbered = re.compile(r"(?<![\w])(?:" + alt(data["numbered"]) + r")\s+\d{1,3}[A-Z]?\b(?![.,]\d)"
                          r"|(?<![\w])(?:" + alt(data.get("lettered", ["(?!)"])) + r")\s+[A-Z]\d?\b(?![.,'’-])")  # "Hall B"
    return heads, lower, numbered


@lru_cache(maxsize=1)
def _at_heads_vi_re() -> re.Pattern:
    """A head that opens a venue only after "tại / ở" (``at_heads`` of venues_vi.json), then up to five words."""
    heads = "|".join(re.escape(h) for h in pattern_data("venues_vi.json").get("at_heads", ()))
    return re.compile(r"(?<![\w])(?:[Tt]ại|ở)\s+(?P<name>(?:" + heads + r")(?:[ ][^\W\d_][\w-]*){1,5})")


def _venues_after_at(text: str) -> list[Candidate]:
    """"ở Cung An Định", "tại Cung Hội nghị Quốc tế Ariyana": the head and the capitalised words after it (not a
    person "Cung …"), up to the first lower-case word."""
    out: list[Candidate] = []
    for m in _at_heads_vi_re().finditer(text):
        end = m.start("name")
        for w in re.finditer(r"\S+", m.group("name")):
            if w.start() and not w.group()[0].isupper():
                break
            end = m.start("name") + w.end()
        if text[m.start("name"):end].count(" "):
            out.append(Candidate(m.start("name"), end, "LOC", PRIORITY["venue-local"], "venue"))
    return out


@lru_cache(maxsize=1)
def _owned_venue_re() -> re.Pattern:
    """A venue named only by a head of two or more words after a local unit's possessive ("the province's Exhibition and
    Fair Centre", "the city's Convention Centre"): the unit's venue, no body nor event."""
    heads = [h for h in pattern_data("venues_en.json")["heads"] if " " in h]
    return re.compile(r"(?<![\w])(?:province|city|commune|ward|district|town)['’]s\s+(?P<venue>"
                      + phrase_alternation(heads) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _possessive_heads() -> tuple[str, ...]:
    """Venue heads that stay a place before "'s" (``possessive_heads`` of venues_en.json)."""
    return tuple(pattern_data("venues_en.json").get("possessive_heads", ()))


@lru_cache(maxsize=1)
def _at_heads_re() -> re.Pattern:
    """Venues whose kind also names a troupe ("… Theatre"): only after at / in / inside (``at_heads``)."""
    heads = "|".join(re.escape(h) for h in pattern_data("venues_en.json").get("at_heads", ()))
    return re.compile(r"(?<![\w])(?:at|in|inside|outside)\s+(?:the\s+)?(?P<name>[A-ZĐÀ-Ý][\w’'-]*"
                      r"(?:\s+[A-ZĐÀ-Ý][\w’'-]*){0,4}\s+(?:" + heads + r"))\b")


@lru_cache(maxsize=1)
def _kind_first_re() -> re.Pattern:
    """Venues named by their kind first after "the" ("the Hotel Nikko Saigon"): ``kind_first`` of venues_en.json."""
    kinds = "|".join(re.escape(h) for h in pattern_data("venues_en.json").get("kind_first", ()))
    return re.compile(r"(?<=\bthe\s)(?:" + kinds + r")\s+(?!of\b)[A-ZĐÀ-Ý][\w’'-]*(?:\s+[A-ZĐÀ-Ý][\w’'-]*){0,2}")


def _city_after(text: str, m: re.Match, lex: Lexicon) -> int:
    """How many characters after a venue name ending in one of ``city_after`` ("the Hyatt Hotel") a known city or
    country takes that is still the name's ("the Hyatt Hotel Canberra"): none when another capitalised word follows."""
    if m.group().rsplit(None, 1)[-1] not in pattern_data("venues_en.json").get("city_after", ()):
        return 0
    place = re.match(r"[ ]([A-ZĐÀ-Ý][\w’'-]*(?:[ ][A-ZĐÀ-Ý][\w’'-]*)?)(?![\w’'-])(?![ ]+[A-ZĐÀ-Ý])", text[m.end():m.end() + 40])
    if place is None or not any(e.type == "Place" and e.kind in ("city", "province", "country")
                                for e in lex.lookup(place.group(1))):
        return 0
    return place.end()


@lru_cache(maxsize=1)
def _heads_first_re() -> re.Pattern:
    """Venues named by their kind first and "of" ("Palace of Westminster"): ``heads_first`` of venues_en.json."""
    heads = "|".join(re.escape(h) for h in pattern_data("venues_en.json").get("heads_first", ()))
    return re.compile(r"(?<![\w])(?:" + heads + r")\s+(?:the\s+)?[A-ZĐÀ-Ý][\w’'-]*(?:\s+[A-ZĐÀ-Ý][\w’'-]*){0,2}")


_NAME_EN = r"[A-ZĐ](?:[’'][A-Z])?[\w-]*(?:\s+[A-ZĐ][\w-]*){0,2}"  # "K'Bang": an apostrophe inside an ethnic name
_IN_PLACE_OF_COUNTRY = re.compile(r"(?<![\w])in\s+(?P<name>[A-ZĐ][\w'-]+(?:\s+[A-ZĐ][\w'-]+){0,2}),\s+"
                                  r"(?P<country>[A-ZĐ][\w'-]+(?:\s+[A-ZĐ][\w'-]+){0,2}?)(?:\s+(?:province|city))?"
                                  r"(?=[,.;)]|\s+(?:on|in|and|to|for|with)\b|$)")
_DATE_NAMED_VENUE = re.compile(r"(?<=\bthe\s)\d{1,2}(?:[-/.]\d{1,2}|\s+(?:" + "|".join(m.capitalize() for m in P.MONTHS_EN) + r")\b)\s+"
                               r"(?:Square|Park|Street|Stadium|Bridge|Road)\b|(?<![\w,./-])\d{1,2}[-/.]\d{1,2}\s+"
                               r"(?:Square|Park|Street|Stadium)\b")
_PLURAL_UNIT_LIST_EN = re.compile(rf"(?<![\w])(?P<list>{_NAME_EN}(?:,\s+{_NAME_EN})*,?\s+and\s+{_NAME_EN})\s+"
                                  r"(?:districts|provinces|communes|towns|cities|wards|"
                                  + escaped_alternation(pattern_data("venues_en.json").get("plural_heads", ["(?!)"]))
                                  + r")\b")
_HELD_IN_VI_NAME = re.compile(r"(?<![\w])(?:held|took\s+place|was\s+staged|kicked\s+off|opened|got\s+under\s+way|"
                              r"based|headquartered|located)\s+(?:on\s+[A-Z][a-z]+\s+)?in\s+"
                              r"(?P<name>[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*){1,2})(?=[,.;]|\s+(?:on|in|and|from|with|last|this|"
                              r"next|until|to)\b)")
_PLACE_ITEM_EN = re.compile(r"(?:,\s*|,?\s+and\s+)?(?P<name>[A-ZĐ](?:[’'][A-Z])?[\w-]*(?:\s+[A-ZĐ][\w-]*){0,2})")

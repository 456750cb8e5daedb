"""Places opened by an administrative or geographic word: "huyện Gia Lâm", "sông Hồng", "phường Tân Sơn Hòa".
Split out of :mod:`.places` (which keeps the named venues) because both had grown to the size limit.
"""
from __future__ import annotations

import re

from kg.alternations import grouped_alternation
from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.normalize import is_vietnamese_syllable
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.places import QUANTITY_AFTER  # an amount after a number: not the place's number
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.words import (Word, adjacent, cap_run, last_syllable_of_unit, named_with_honorific, person_run,
                                      starts_person)
from kg.nlp.patterns import pattern_data


def _written_lower(text: str, head: str, end: int) -> bool:
    """The text also writes the capitalised head word that is a surname ("Đèo", "Hồ") in lower case before
    the same name ("đèo Bảo Lộc"): at the start of a sentence it opens that place, not a person."""
    name = re.match(r"[\w'’-]+(?:\s+[A-ZĐ\u00C0-\u1EF8][\w'’-]*)?", text[end:])
    return name is not None and (head[:1].lower() + head[1:] + " " + name.group()) in text


def place_head_candidates(text: str, words: list[Word], lex: Lexicon,
                          word_starts: set[int] | None = None) -> list[Candidate]:
    """Places opened by an administrative or geographic word: "huyện Gia Lâm", "sông Hồng".

    The head word is part of the name (VLSP convention); the name after it is a
    run of capitalised syllables, or a number for units that are numbered
    ("quận 1", "quốc lộ 1A").
    """
    out: list[Candidate] = []
    starts = {w.start: w.i for w in words}
    for m in _PLACE_HEAD_RE.finditer(text):
        head = m.group(1)
        if word_starts is not None and m.start(1) not in word_starts \
                and not (head in _SETTLEMENTS and re.search(r"(?<![\w])(?:dân|trưởng|Trưởng) $",
                                                            text[max(0, m.start(1) - 8):m.start(1)])):
            continue  # "nông thôn", "thủy điện", "ven biển": the head word is part of another word
            # (but "người dân làng Phù Đổng", "trưởng thôn Khuổi Phầy": the village's people, its head)
        if re.search(r"(?<![\w])(?:miền|rừng|đồi)\s+$", text[max(0, m.start(1) - 8):m.start(1)], re.IGNORECASE):
            continue  # "các huyện miền núi Mường Lát": a kind of land, not the mountain's name
        if head.casefold() == "biển" and re.search(r"(?<![\w])(?:bờ|ven|vùng|đường ven)\s+$",
                                                   text[max(0, m.start(1) - 10):m.start(1)], re.IGNORECASE):
            continue  # "bờ biển Tây", "đường ven biển Dung Quất - Sa Huỳnh": a coast, not a sea's name
        if head.casefold() == "cầu" and re.search(r"(?<![\w])điểm\s+$", text[max(0, m.start(1) - 8):m.start(1)],
                                                  re.IGNORECASE):
            continue  # "tại điểm cầu Quảng Ngãi": a video link's end in a place, not a bridge
        if head[:1].isupper() and (lex.is_surname(head.split()[0]) and not _written_lower(text, head, m.end())
                                   or head.casefold() not in P.CAPITALISABLE_PLACE_HEADS_VI):
            continue  # ("Đèo Bảo Lộc dài 10 km" opening a sentence is the pass when the text writes "đèo Bảo Lộc" too)
        k = starts.get(m.end())
        if k is None:
            continue
        before = text[max(0, m.start(1) - 20):m.start(1)]
        plural = re.search(r"(?:(?:các|những|nhiều|mọi|hai|ba|bốn|năm|một số) (?:tuyến )?|(?<![\w])tuyến )$", before)
        if plural is None and head.casefold() not in _STREETS:  # "3 xã gồm …"; but "hẻm 72 đường Cao Thắng" is one street
            plural = re.search(r"(?<![\w.,/])\d{1,2} $", before)
        kind = re.match(rf"(?:miền núi|vùng cao|ven biển|biên giới|vùng sâu) (?=[{P.UPPER_VI}])", text[m.end():m.end() + 12])
        if plural and not kind and (head.casefold() in _STREETS or head.casefold() in _ADMIN_HEADS
                                    or head.casefold() in _SETTLEMENTS):
            # "các tuyến đường như …", "3 xã gồm Hương Trà, Hương Toàn và Hương Vân"
            kind = re.match(rf"(?:như|gồm có|gồm|là):? (?=[{P.UPPER_VI}])", text[m.end():m.end() + 9])
        if plural and not kind and plural.group() == "tuyến " \
                and not re.match(rf"(?:[{P.UPPER_VI}][\wÀ-ỹ]*[ ]?){{1,4}}(?:,|[ ]và[ ])", text[m.end():m.end() + 40]):
            plural = None  # "tuyến đường Nguyễn Trãi": one street, its head inside the name
        if plural and kind and starts.get(m.end() + kind.end()) is not None:
            k = starts[m.end() + kind.end()]  # "các huyện miền núi Mường Lát và Quan Sơn"
        first = words[k]
        if first.text[:1].isdigit():
            if head.casefold() not in P.NUMBERED_PLACE_HEADS_VI or not re.fullmatch(r"\d{1,3}[A-Z]?", first.text):
                continue
            j = k
            if head.casefold().endswith("vành đai") and j + 2 < len(words) and words[j + 1].text in ("-", "–") \
                    and (region := person_run(text, words, j + 2, max_len=3)) >= 0:
                # "đường Vành đai 4 - Vùng Thủ đô": the ring road named with the region it rings (a known place may
                # have a lower-case word: "Thủ đô")
                j = max([region] + [b for a in range(j + 2, region + 1) for b in range(a, min(len(words), region + 3))
                                    if any(e.type == "Place" for e in lex.lookup(text[words[a].start:words[b].end]))])
        else:
            if head.casefold() in ("tỉnh", "thành phố") and starts_person(text, words, k, lex) \
                    and not lex.lookup(text[words[k].start:words[k + 1].end]):
                continue  # "Chủ tịch UBND tỉnh Huỳnh Văn Sơn": no province is named after a person
            if head.casefold() in _ADMIN_HEADS and _LEADER_BEFORE.search(text, max(0, m.start(1) - 20), m.start(1)) \
                    and starts_person(text, words, k, lex) and cap_run(text, words, k) - k >= 2:
                continue  # "Chủ tịch xã Nguyễn Văn Thắng": the leader of the commune, then his full name
            if head.casefold() in _ADMIN_HEADS and starts_person(text, words, k, lex) \
                    and named_with_honorific(text, text[words[k].start:words[cap_run(text, words, k)].end]):
                continue  # "Chủ tịch UBND phường Phạm Thị Lan Hương ký": the article calls the run "bà Phạm Thị Lan Hương"
            j = person_run(text, words, k, max_len=4)
            if j < 0 and lex.lookup(first.text) and first.text[:1].isupper():
                j = k  # "cao tốc TP.HCM - …": a known name that is not a syllable
            if j < 0:
                continue
            # a person's name after a two-syllable place name is not part of it
            # ("huyện Thạch Thất Đỗ Quang Vinh"; "đường Lê Văn Sỹ" is one name)
            for jj in range(k + 2, j + 1):
                if lex.is_surname(words[jj].text) and starts_person(text, words, jj, lex):
                    j = jj - 1
                    break
            # a known place followed by more capitalised words ends at the place
            # ("tỉnh Quảng Nam Nguyễn Văn A", "Ủy ban châu Âu Ursula von der Leyen")
            for jj in range(j - 1, k - 1, -1):
                if any(e.type == "Place" for e in lex.lookup(text[m.start(1):words[jj].end])
                       + (lex.lookup(text[words[k].start:words[jj].end])
                          if jj > k or not is_vietnamese_syllable(words[k].text) else [])):
                    # (one foreign word is a whole name: "tỉnh Gyeonggi Kim Sung-joong"; one Vietnamese syllable
                    # rarely is: "huyện Lào Cai" is not the country Lào)
                    if not last_syllable_of_unit(text, words, head, jj, j):
                        j = jj
                    break
            # "Phong Nha - Kẻ Bàng", "TP.HCM - Trung Lương": two names joined by a dash
            # (but "hai tỉnh Nghệ An - Hà Tĩnh", "tỉnh Đồng Nai - Bình Dương": two provinces, listed below)
            if j + 2 < len(words) and words[j + 1].text in ("-", "–") and text[words[j].end:words[j + 1].start] == " " \
                    and not (plural and head.casefold() in _ADMIN_HEADS) \
                    and person_run(text, words, j + 2, max_len=3) >= 0 \
                    and text[words[j + 1].end:words[j + 2].start] == " ":
                if head.casefold() in _ADMIN_HEADS and _two_places(text, words, k, j, lex):
                    plural = plural or "-"
                else:
                    j = person_run(text, words, j + 2, max_len=3)
            if j + 1 < len(words) and re.fullmatch(r"\d{1,3}", words[j + 1].text) \
                    and adjacent(text, words[j], words[j + 1]) and not QUANTITY_AFTER.match(text, words[j + 1].end):
                j += 1  # "sân vận động Quân khu 7" (not "sông Đồng Nai 850 triệu đồng": an amount after the name)
        start = m.start(1)
        if plural or kind:
            start = words[k].start  # "các tỉnh Tây Bắc", "các khu công nghiệp Yên Phong": the name alone
        out.append(Candidate(start, words[j].end, "LOC", PRIORITY["place-head"], "place-head"))
        # "huyện Yên Châu, Mai Sơn và thị xã Mộc Châu": a singular head listing names up to "và"
        listing = plural or (head.casefold() in _ADMIN_HEADS and _comma_list_after(text, words[j].end))
        joins = (",", "và", "-", "–") if plural and head.casefold() in _ADMIN_HEADS else (",", "và")
        while listing and not first.text[:1].isdigit() and j + 2 < len(words) and words[j + 1].text in joins:
            nxt = person_run(text, words, j + 2, max_len=4)  # "các huyện Mường Lát và Quan Sơn": each is one
            if nxt < 0 or not adjacent(text, words[j + 1], words[j + 2]):
                break
            if nxt - j - 2 >= 2 and starts_person(text, words, j + 2, lex) and head.casefold() not in _STREETS \
                    and not lex.lookup(text[words[j + 2].start:words[nxt].end]):
                break  # "… và Nguyễn Văn Nam": a person of three syllables ends the list (streets bear such names)
            out.append(Candidate(words[j + 2].start, words[nxt].end, "LOC", PRIORITY["place-head"], "place-head"))
            j = nxt
    return out


_ADMIN_HEADS = frozenset(pattern_data("place_heads_words.json")["admin_heads"])
# a leader's title right before an administrative head: the unit is the title's, a person follows
_LEADER_BEFORE = re.compile(r"(?<![\w])(?:Chủ tịch|chủ tịch|Bí thư|bí thư|Trưởng Công an|trưởng công an|"
                            r"Chỉ huy trưởng|chỉ huy trưởng)\s+$")
# streets, often named after people: "các tuyến phố Hàng Gai, Lý Thường Kiệt và …"
_STREETS = frozenset(pattern_data("place_heads_words.json")["streets"])
# settlements whose head the segmenter may glue onto "dân" or "trưởng" ("dân làng", "trưởng thôn")
_SETTLEMENTS = frozenset(pattern_data("place_heads_words.json")["settlements"])


def _two_places(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> bool:
    """words[k..j] and the run after the dash that follows are each a known place, and together they are none
    ("Đồng Nai - Bình Dương"; "Bà Rịa - Vũng Tàu" is one province)."""
    right = person_run(text, words, j + 2, max_len=3)
    known = lambda a, b: any(e.type == "Place" for e in lex.lookup(text[words[a].start:words[b].end]))
    return known(k, j) and known(j + 2, right) and not known(k, right)


def _comma_list_after(text: str, pos: int) -> bool:
    """A list of capitalised names follows at ``pos`` and closes with "và": ", Mai Sơn và …"."""
    return re.match(rf",[ ](?:[{P.UPPER_VI}][\wÀ-ỹ]*[ ]){{1,3}}(?:và|,)[ ]", text[pos:pos + 60]) is not None


# a head's first letter in either case; the heads grouped by it (kg.alternations: the same matches, found faster)
_PLACE_HEAD_RE = re.compile(r"(?<![\w.])(" + grouped_alternation([
    (frozenset(h[0] if not h[0].isalpha() else h[0] + h[0].upper()), re.escape(h[1:]))
    for h in sorted(P.PLACE_HEADS_VI, key=len, reverse=True)]) + r")[^\S\n]+(?=[\w])")  # a line break ends the name



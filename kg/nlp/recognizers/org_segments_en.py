"""English organisation runs cut into the names they hold (:func:`english_segments`): at titles and their
"of the", at "and" and commas that join names rather than the fields of one name, at instruments written after a
body, and before people's names. Split out of :mod:`kg.nlp.recognizers.organisations_en`, which types the
segments."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.nlp.lexicon import Lexicon, load_lexicon
from kg.nlp.recognizers.field_lists_en import field_list_comma
from kg.nlp.recognizers.words import Word, adjacent, cap_run, ends_place, starts_person
from kg.textutil import norm_key


@lru_cache(maxsize=1)
def unit_heads() -> tuple[frozenset[str], frozenset[str]]:
    """The heads of units ("Faculty", "Division") and of the bodies they belong to (generic_organs_en.json)."""
    data = pattern_data("generic_organs_en.json")
    return frozenset(data["unit_heads"]), frozenset(data["parent_heads"])


@lru_cache(maxsize=1)
def field_pairs() -> frozenset[str]:
    """Pairs of words that name one field ("Search and Rescue"; ``field_pairs`` of generic_organs_en.json)."""
    return frozenset(pattern_data("generic_organs_en.json")["field_pairs"])


def _tail_before_person(text: str, words: list[Word], k: int, j: int, lex: Lexicon) -> bool:
    """Words ``k``..``j`` reach an organisation word before any person's name or comma."""
    for x in range(k, j + 1):
        if words[x].text == "," or starts_person(text, words, x, lex, folded=True):
            return False
        if words[x].text in P.ORG_TAILS_EN:
            return True
    return False


_LAST_CAPITALISED = re.compile(r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*$")


def en_list_comma(text: str, pos: int) -> bool:
    """The comma at ``pos`` lists parts of one English name ("for Science, Technology, Innovation and …")."""
    before = text[max(0, pos - 60):pos]
    if before.split()[-1:] and before.split()[-1] in P.ORG_TAILS_EN:
        return False  # "executives of Sumitomo Corporation, Hitachi and …": a list of bodies, the first one whole
    item = _LAST_CAPITALISED.search(before)
    if item and any(e.type == "Organization" for e in load_lexicon().lookup(item.group())):
        return False  # "Representatives of Viettel, FPT Corporation and VNPT": a known body, then the next one
    return bool(re.search(r"\b(for|on|of)\s+[A-Z][\w-]*(,?\s+[A-Z][\w-]*)*$", before)) and bool(
        re.match(r",\s*[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z]", text[pos:pos + 80])) \
        or field_list_comma(text, pos)  # "Fire Prevention, Fire Fighting and Rescue Police Division"


# instrument kinds: written with a number after a body's name they end it ("Government Decree 15")
_INSTRUMENT_KINDS = frozenset(pattern_data("org_segments_en_words.json")["instrument_kinds"])


def english_segments(text: str, words: list[Word], i: int, j: int, title_spans: list[tuple[int, int]],
                      lex: Lexicon) -> list[tuple[int, int]]:
    """Split the run words[i..j] at titles (and their "of the"), " and ", "," and person names."""
    cuts: set[int] = set()  # word indexes that do not belong to any segment
    for k in range(i, j + 1):
        wk = words[k]
        if any(ts <= wk.start < te for ts, te in title_spans):
            cuts.add(k)
        elif wk.text == "," and en_list_comma(text, wk.start):
            continue  # "Committee for Science, Technology, Innovation and Digital Transformation"
        elif wk.text in (",",) or wk.text.casefold() == "and":
            commas = [x for x in range(i, k) if words[x].text == ","]
            if wk.text.casefold() == "and" and commas and k + 1 <= j \
                    and not any(words[x].text.casefold() == "and" for x in range(commas[-1], k)) \
                    and any(x.text in ("for", "on", "of") for x in words[i:k]) and not starts_person(text, words, k + 1, lex):
                continue  # the last item of such a list (one "and" closes it: "… Sports and Tourism and the …")
            last_cut = max([c for c in cuts if c < k], default=i - 1)
            if wk.text.casefold() == "and" and i > 1 and words[i - 1].text == "," and (words[i - 2].text in P.ORG_TAILS_EN
                    or any(e.type == "Organization" for e in lex.lookup(words[i - 2].text))) \
                    and not any(words[x].text.casefold() == "and" for x in range(i, k)):
                cuts.add(k)  # "Sumitomo Corporation, Hitachi and MUFG", "Vinamilk, Masan Consumer and Hòa Phát Group":
                continue  # a list of bodies ends at its first "and"
            first = _after_based(words, last_cut + 1, k)  # ("Hà Nội-based Vingroup and Sharp Corporation")
            if wk.text.casefold() == "and" and k - 1 >= first and any(
                    e.type in ("Organization", "Place") for e in lex.lookup(text[words[first].start:words[k - 1].end])):
                cuts.add(k)  # "Samsung and FPT Corporation": a known body, then another ("Hà Nội and Hòa Phát Group")
                continue
            if wk.text.casefold() == "and" and _acronym_ends_name(words, last_cut + 1, k):
                cuts.add(k)  # "Becamex IDC and Sumitomo Corporation", "Xanh SM and Be Group": a name ends in its acronym
                continue
            new_body = k + 1 <= j and (words[k + 1].text == "the" or any(  # "Attapeu and the Quang Ninh … Committee": two
                e.type == "Place" for e in lex.lookup(words[k + 1].text))  # "… Vietnam and Hanoi College of …": two
                or re.fullmatch(r"[A-Z]{2,6}", words[k + 1].text) is not None and k + 1 < j  # "Morgan Stanley and SSI
                and not any(x.text in ("of", "for") for x in words[i:k]))  # Securities Corporation": two
            if wk.text.casefold() == "and" and not new_body and not any(x.text in P.ORG_TAILS_EN for x in words[last_cut + 1:k]) \
                    and _tail_before_person(text, words, k + 1, j, lex):
                continue  # "Natural Resources and Environment Department": one body
            if wk.text.casefold() == "and" and _and_in_complement(text, words, last_cut + 1, k, j, lex, cuts) \
                    and (k == j or lex.titles.get(norm_key(words[k + 1].text)) is None):  # ("… of Oxford and Professor X")
                continue  # "Institute of Hygiene and Epidemiology": the field after "of" has two parts
            cuts.add(k)
    # "of the" right after a title belongs to the title
    # "Resolution 57 of the Politburo": the instrument is not part of the body's name
    policy_words = _INSTRUMENT_KINDS
    for k in range(i, j + 1):
        if words[k].text in policy_words and k + 1 <= j and words[k + 1].text in ("on", "to", "for"):
            # "Law on Digital Technology Industry to the National Assembly": the body is after "to the"
            m = next((x for x in range(k + 2, j) if words[x].text in ("to", "by") and words[x + 1].text == "the"), None)
            for x in range(k, (m + 2) if m is not None else j + 1):
                cuts.add(x)
        if words[k].text in policy_words and not (k - 2 >= i and words[k - 1].text == "of"
                                                  and words[k - 2].text in unit_heads()[0]):
            # ("Faculty of Law of Huế University": the unit's field, no instrument)
            m = k + 1
            while m <= j and (words[m].text[:1].isdigit() or words[m].text in ("No", "Number", ".", "/", "-")):
                m += 1
            if m <= j and words[m].text == "of":
                for x in range(k, min(j, m + (2 if m + 1 <= j and words[m + 1].text == "the" else 1)) + 1):
                    cuts.add(x)
            elif m > k + 1 and k > i and words[k - 1].text.casefold() not in P.NAME_JOINERS_EN:
                end = next((x for x in range(m, j + 1) if words[x].text in (",", "and")), j + 1)
                cuts.update(range(k, end))  # "Politburo Resolution No. 57-NQ/TW": the body, then its instrument
                # ("Steering Committee for the Implementation of Resolution 36": the instrument is the name's)
            elif m > k + 1 and k == i:  # "Resolution 43 and Politburo Resolution 57": an instrument opens the run
                cuts.update(range(k, m + (m <= j and words[m].text.casefold() == "and")))
    for k in range(i, j + 1):
        if k in cuts and k + 1 <= j and words[k + 1].text.casefold() in ("of", "for") and \
                any(ts <= words[k].start < te for ts, te in title_spans):
            cuts.add(k + 1)
            if k + 2 <= j and words[k + 2].text.casefold() == "the":
                cuts.add(k + 2)
    segments: list[tuple[int, int]] = []
    start = None
    k = i
    while k <= j:
        if k in cuts or (start is not None and _person_at(text, words, k, lex)):
            if start is not None:
                segments.append((start, k - 1))
                start = None
            if k not in cuts:  # a person's name: skip it
                end = cap_run(text, words, k)
                k = max(k, end) + 1
                continue
        elif start is None:
            if _person_at(text, words, k, lex):
                k = max(k, cap_run(text, words, k)) + 1
                continue
            start = k
        k += 1
    if start is not None:
        segments.append((start, j))
    return segments


def _person_at(text: str, words: list[Word], k: int, lex: Lexicon) -> bool:
    """A person's name starts at word ``k``, unless the word ends a known place ("An" of "Nghe An
    Department of Health", where "An" is also a family name)."""
    return starts_person(text, words, k, lex, folded=True) and not (
        k > 0 and adjacent(text, words[k - 1], words[k]) and ends_place(text, words, k, lex)) \
        and not _place_opens_body(text, words, k, lex) \
        and not _org_tail_closes(text, words, cap_run(text, words, k))  # "Loc Real Estate Company", "… JSC"


def _org_tail_closes(text: str, words: list[Word], end: int) -> bool:
    """The run of name syllables ending at word ``end`` closes with an organisation word, or one right after it
    that is no name syllable ("Hung Thinh Real Estate JSC")."""
    if words[end].text in P.ORG_TAILS_EN:
        return True
    if end + 2 < len(words) and words[end + 1].text in ("-", "‑") \
            and text[words[end].start:words[end + 2].end] in P.ORG_TAILS_EN:
        return True  # "Hà Nội Tax Sub-department": the organisation word is a compound
    if end + 2 < len(words) and words[end + 1].text.isdigit() and words[end + 2].text in P.ORG_TAILS_EN \
            and adjacent(text, words[end], words[end + 1]) and adjacent(text, words[end + 1], words[end + 2]):
        return True  # "Nhan Dan 115 Hospital": a name, its number, then the organisation word
    k = end + 1  # "Trung An High-Tech Agriculture JSC": capitalised words of the name, then its organisation word
    while k < len(words) and k <= end + 5 and adjacent(text, words[k - 1], words[k]) \
            and (words[k].text[:1].isupper() or words[k].text in ("-", "‑", "&")):
        if words[k].text in P.ORG_TAILS_EN:
            return True
        k += 1
    return False


def _place_opens_body(text: str, words: list[Word], k: int, lex: Lexicon) -> bool:
    """A known place starts at word ``k`` and an organisation word follows it, at most two capitalised
    words on ("Dong Nai Department of …", "Can Tho Innovation Centre", where "Dong" and "Can" are also
    family names): the run is a local body, not a person."""
    for m in (1, 2):
        if k + m + 1 >= len(words):
            break
        place = text[words[k].start:words[k + m].end]
        if not any(e.type == "Place" for e in lex.lookup(place) + lex.lookup(place, folded=True)):
            continue
        for x in range(k + m + 1, min(len(words), k + m + 6)):
            if words[x].text in P.ORG_TAILS_EN + P.ORG_HEADS_EN:
                return True
            if words[x].text == "and" and x + 1 < len(words) and words[x + 1].is_cap:
                continue  # "Lâm Đồng Fire Prevention and Rescue Police Division": a field of two parts
            if words[x].text == "&" and adjacent(text, words[x - 1], words[x]):
                continue  # "Hà Nội T&T Club": a brand of initials joined by "&"
            if not (words[x].is_cap and adjacent(text, words[x - 1], words[x])):
                break
    return False


def _after_based(words: list[Word], start: int, k: int) -> int:
    """The first word after a "<place>-based" that opens the words before ``k``, else ``start``."""
    for x in range(start + 1, k - 1):
        if words[x].text in ("based", "headquartered") and words[x - 1].text in ("-", "‑"):
            return x + 1
    return start


def _acronym_ends_name(words: list[Word], start: int, k: int) -> bool:
    """The words before the "and" at ``k`` are a name that ends in an acronym ("Becamex IDC", "Xanh SM"), with no
    field of a body ("Bank for Agriculture …"): the "and" joins two names, no two fields of one."""
    return k - 1 > start and re.fullmatch(r"[A-Z]{2,6}", words[k - 1].text) is not None \
        and not any(w.text in ("of", "for", "on") for w in words[start:k])


def _and_in_complement(text: str, words: list[Word], start: int, k: int, j: int, lex: Lexicon,
                       cuts: set[int]) -> bool:
    """The "and" at ``k`` joins two fields after a body's "of"/"for" ("Ministry of Industry and Trade",
    "University of Engineering and Technology"), not two names.

    Before it: an organisation word with its complement ("Institute of Hygiene"), and no other "and"
    kept so. After it: one to four capitalised words up to the next "and", comma or the run's end,
    with no organisation word, no person and no name the gazetteer knows ("and Hanoi", "and the
    European Chamber" are second names). A second "and" is kept only in a last known pair of words
    (:func:`field_pairs`).
    """
    head = next((x for x in range(start, k - 1) if words[x].text in P.ORG_TAILS_EN
                 and words[x + 1].text in ("of", "for", "on") and words[x + 2].is_cap), None)
    if head is None:
        return False
    kept = [x for x in range(head, k) if words[x].text == "and" and x not in cuts]
    if kept and not (kept == [k - 2] and k + 1 <= j and (k + 2 > j or words[k + 2].text in (",", "and"))
                     and f"{words[k - 1].text} and {words[k + 1].text}" in field_pairs()):
        return False  # (a known pair closes the field: "Natural Disaster Prevention and Search and Rescue")
    end = k + 1
    while end <= j and words[end].text not in (",", "and") and words[end].is_cap:
        if end > k + 1 and starts_person(text, words, end, lex, folded=True):
            break  # "… of Education and Training Le Thuy My Chau": the name after the body
        end += 1
    piece = words[k + 1:end]
    if not 1 <= len(piece) <= 4:
        return False
    if any(w.text in P.ORG_TAILS_EN for w in piece) or starts_person(text, words, k + 1, lex, folded=True):
        return False
    return not any(e.type in ("Organization", "Place", "Person")
                   for x in range(len(piece)) for e in lex.lookup(text[piece[0].start:piece[x].end]))

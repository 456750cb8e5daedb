"""Names that only their neighbours reveal: acronyms in brackets, units of bodies,
branches, bodies with the place they serve, unknown names listed with known ones,
capitalised runs no other recogniser explains, and photo or source credits.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.nlp.recognizers.candidates import LABEL_OF_TYPE, Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.lexicon import Lexicon
from kg.textutil import compiled, norm_key, escaped_alternation
from kg.nlp import patterns as P
from kg.nlp.recognizers.words import Word, foreign_word, mask, person_run, sentence_start, starts_org_head
from kg.nlp.recognizers.gazetteer import prefer_entry
from kg.nlp.patterns import pattern_data


# A role written right before a name ("cầu thủ", "HLV"), matched at the end of the text before it.
_ROLE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:" + escaped_alternation(P.PERSON_ROLES_VI) + r")$",
    re.IGNORECASE)


# (the unit's field may hold paired phrases: "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an …")
_UNIT_OF_BODY_RE = re.compile(r"((?:(?:Cơ quan|Phòng|Đội|Cục|Trại tạm giam) (?:Cảnh sát|An ninh|CSĐT)|Cảnh sát(?= [a-zà-ỹđ]))"
                              r"(?: [a-zà-ỹđ]+(?:,(?= [a-zà-ỹđ]))?){0,10}"
                              r"|Ban (?:Thường vụ|Chấp hành|Giám đốc|Giám hiệu|Tổ chức|Tuyên giáo và Dân vận|Tuyên giáo|Dân vận|Kiểm tra"
                              r"|Nội chính|Kinh tế)"
                              r"|Ủy ban Kiểm tra|Uỷ ban Kiểm tra) $")


# a hospital's centre or department written right before it: "Khoa Hồi sức tích cực Bệnh viện Nhi Trung ương"
_WARD_OF_HOSPITAL_RE = re.compile(rf"((?<![\w])(?:Trung tâm|Khoa) [{P.UPPER_VI}][\wÀ-ỹ]*(?: [a-zà-ỹđ]+){{0,4}}) $")


_CENTRAL = "Trung ương "


def names_unit_of_body(unit: str) -> bool:
    """``unit`` (ending in a space) is the whole of a unit's name that is written right before its body's:
    "Ban Tuyên giáo " before "Tỉnh ủy Nghệ An", "Phòng Cảnh sát kinh tế " before "Công an tỉnh …"."""
    m = _UNIT_OF_BODY_RE.search(unit)
    return m is not None and m.start() == 0 and not _clause_between(m.group(1))


def _clause_between(unit: str) -> bool:
    """The lower-case words of a unit before a body hold a verb ending a name, or "với", or "thuộc" (the body
    after "Cục Cảnh sát giao thông thuộc Bộ Công an" is the unit's parent, not the end of its name), or end with
    "và" ("Trung tâm Y tế huyện và Bệnh viện Đa khoa tỉnh": two bodies joined, not a ward of the hospital)."""
    ws = unit.split()
    return "với" in ws or "thuộc" in ws or ws[-1:] == ["và"] or any(f"{a} {b}" in P.STOP_PHRASES_VI for a, b in zip(ws, ws[1:]))


def _listed_place_en(name: str, items: list, seps: list[str]) -> bool:
    """An unknown name of an English list of places is one too: a Vietnamese name written with its marks, or any
    name beside two known places. Two names joined by ", and" are no list ("… based in Đồng Tháp, and Bình Minh
    Plastics": the comma closes an aside)."""
    if len(items) == 2 and seps[0].startswith(","):
        return False
    return not name.isascii() or sum(1 for *_, label in items if label) >= 2  # "Hamburg, Trieste and Antwerp"


# words that open a Vietnamese title and never a name ("Trưởng Phái đoàn …", "Phó Trưởng ban …")
_TITLE_OPENERS = frozenset(norm_key(w) for w in ("Trưởng", "Phó"))


def list_candidates(text: str, words: list[Word], lex: Lexicon, cands: list[Candidate],
                    titles: list[Candidate], lang: str = "vi") -> list[Candidate]:
    """Unknown names listed with known ones take their kind: "Quang Hải, Tiến Linh và Hoàng Đức",
    "Pháp, Ý, Phần Lan" (a list joins names of one kind). In English copy only Vietnamese place names
    (written with their marks) join a list of places ("in Buôn Ma Thuột, Krông Pắk and Cư M'gar"), or any name
    a list of two known places holds."""
    known = {c.start: c for c in cands if c.label in ("PER", "LOC", "ORG") and not c.ref}
    covered = mask(text, [c for c in cands + titles if not c.ref or c.label == "PER"])
    by_start = {w.start: w for w in words}
    word_starts = [w.start for w in words]
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        items: list[tuple[int, int, str | None]] = []  # (start, end, label or None for an unknown run)
        seps: list[str] = []  # what joins them
        pos = words[i].start
        while True:
            c = known.get(pos)
            if c is not None:
                items.append((c.start, c.end, c.label))
                end = c.end
            else:
                w = by_start.get(pos)
                j = person_run(text, words, w.i, max_len=4) if w is not None and not covered[pos] else -1
                if j < 0 or lang == "vi" and items and norm_key(w.text) in _TITLE_OPENERS:
                    break  # "Đại sứ tại Pháp, Trưởng Phái đoàn …": a title opens the next clause, not a listed name
                end = words[j].end
                if any(covered[end - 1:end]):
                    break
                items.append((pos, end, None))
            sep = re.match(r"(?:,| và| hoặc| cùng) " if lang == "vi" else r"(?:,? and|,? or|,) ", text[end:end + 8])
            if not sep:
                break
            seps.append(sep.group())
            pos = end + sep.end()
        labels = {label for *_, label in items if label}
        if len(items) >= 2 and len(labels) == 1 and any(label is None for *_, label in items) \
                and (lang == "vi" or labels == {"LOC"} and all(l or _listed_place_en(text[s:e], items, seps) for s, e, l in items)):
            label = labels.pop()
            for s, e, l in items:
                n_words = len(text[s:e].split())
                single_place = label == "LOC" and any(x.type == "Place" for x in lex.lookup(text[s:e]))
                if l is None and not sentence_start(text, s) and (2 <= n_words <= 4 or single_place or lang != "vi") \
                        and not (label == "LOC" and starts_org_head(text, s)):
                    out.append(Candidate(s, e, label, PRIORITY["list"], "list"))
                    # ("tại xã Đông Hòa, Hội Nông dân tỉnh tổ chức …": a body's head opens no place of the list)
        i = bisect_left(word_starts, items[-1][1]) if items else i + 1
    return out


_COMPANY_START_RE = re.compile(r"(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng)\s")


@lru_cache(maxsize=1)
def _legal_tail_re() -> re.Pattern:
    """" - CTCP" after a company's name: its legal form (``legal_tails`` of companies.json)."""
    data = pattern_data("companies.json")
    forms = escaped_alternation(set(data["legal_tails"]))
    return re.compile(rf" [-–] (?:{forms})(?![\w])")


def short_forms(text: str, end: int, lex: Lexicon) -> list[Candidate]:
    """A short form in brackets right after a name ending at ``end``, and its later bare uses."""
    out: list[Candidate] = []
    m = re.match(r" ?\(([A-ZĐ][A-Za-zĐ0-9&.+-]{1,11}(?: [A-ZĐ][A-Za-zĐ0-9&.+-]{1,11}){0,2})\)", text[end:end + 40])
    if m and any(e.type == "Place" for e in lex.lookup(m.group(1))):
        return out  # "Bệnh viện Chợ Rẫy (TP.HCM)": a place in brackets
    short = m.group(1) if m else ""
    if " " in short and sum(ch.isupper() for ch in short.split()[0]) < 2:
        short = ""  # of several words, only one opening with an abbreviation: "(PV Power)", "(EVN HCMC)"
    if short and (sum(ch.isupper() for ch in short) >= 2 or len(short) <= 4 or foreign_word(short)):
        out.append(Candidate(end + m.start(1), end + m.end(1), "ORG", PRIORITY["org-acronym"], "org-acronym"))
        # … and so is every later bare use of it: "Tổng Giám đốc Dofarm" names the company
        for later in compiled(rf"(?<![\w&-]){re.escape(short)}(?![\w&-])").finditer(text[end + m.end():]):
            s = end + m.end() + later.start()
            out.append(Candidate(s, s + len(short), "ORG", PRIORITY["org-acronym"], "org-acronym"))
    return out


def _legal_tails(text: str, lex: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """A company name with its legal form after a dash ("… Việt Nam - CTCP"), and the short
    form in brackets after it ("(ACV)")."""
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref or not _COMPANY_START_RE.match(text, c.start):
            continue
        tail = _legal_tail_re().match(text, c.end)
        if tail:
            out.append(Candidate(c.start, tail.end(), "ORG", PRIORITY["org-legal-tail"], "org-legal-tail"))
            out.extend(short_forms(text, tail.end(), lex))
    return out


def context_candidates(text: str, words: list[Word], lex: Lexicon, cands: list[Candidate],
                       titles: list[Candidate]) -> list[Candidate]:
    """Names that only their neighbours reveal.

    * a short form in brackets right after an organisation is that organisation's:
      "Cục Dự trữ Liên bang Mỹ (Fed)", "Hiệp hội Dệt may Việt Nam (Vitas)";
    * a unit written before the body it belongs to is one name with it:
      "Cơ quan Cảnh sát điều tra Công an tỉnh Đồng Nai", "Ban Thường vụ Tỉnh ủy Nghệ An";
    * a legal form after a dash ends a company's name: "… Việt Nam - CTCP (ACV)";
    * a company followed by "Việt Nam" is its Vietnamese arm: "Samsung Việt Nam";
    * a body followed by the place it serves is one name: "Bộ đội Biên phòng tỉnh Cao Bằng";
    * an age-group team: "U23 Việt Nam";
    * a one-word country right after a title is a place, even when the word is
      also a common word: "Thủ tướng Anh Keir Starmer", "Tổng thống Pháp".
    """
    out: list[Candidate] = []
    for c in cands:
        if c.label != "ORG" or c.ref:
            continue
        out.extend(short_forms(text, c.end, lex))
    for c in cands:
        if c.label != "ORG" or c.ref:
            continue
        name = text[c.start:c.end]
        window_start = max(0, c.start - 60)
        m = _UNIT_OF_BODY_RE.search(text, window_start, c.start)
        police_unit = m is not None and m.group(1).startswith(("Cơ quan", "Phòng", "Đội", "Cục", "Trại", "Cảnh sát"))
        if m is None and name.startswith(("Bệnh viện ", "Viện ")):
            m = _WARD_OF_HOSPITAL_RE.search(text, window_start, c.start)  # "Trung tâm Chống độc Bệnh viện Bạch Mai"
        if m and _clause_between(m.group(1)):
            m = None  # "Cục Cảnh sát giao thông phối hợp với Công an TP Hà Nội": two bodies, a verb between
        if m and (not police_unit or name.startswith(("Công an ", "Bộ Công an", "Bộ Quốc phòng"))):
            out.append(Candidate(m.start(), c.end, "ORG", PRIORITY["org-unit"], "org-unit"))
        if name.startswith("Hội ") and text[max(0, c.start - len(_CENTRAL)):c.start] == _CENTRAL:
            # "Trung ương Hội Nông dân Việt Nam": an association's central level is named with it
            out.append(Candidate(c.start - len(_CENTRAL), c.end, "ORG", PRIORITY["org-unit"], "org-unit"))
        entry = lex.entries.get(f"Organization:{c.gid}") if c.gid else None
        if (entry is not None and entry.kind == "company") or c.source in ("org-brand", "brand"):
            m = re.match(r" (Việt Nam|Vietnam)\b", text[c.end:c.end + 10])
            if m:  # "Samsung Việt Nam": the company's Vietnamese arm
                out.append(Candidate(c.start, c.end + m.end(), "ORG", PRIORITY["org-branch"], "org-branch"))
    loc_at = {}
    for c in cands:
        if c.label == "LOC" and not c.ref and (c.start not in loc_at or c.length > loc_at[c.start].length):
            loc_at[c.start] = c
    for c in cands:
        if c.label != "ORG" or c.ref or c.source in ("org-unit", "org-place"):
            continue
        # "Trung tâm Bảo trợ xã hội tỉnh Phú Thọ", "Bộ đội Biên phòng tỉnh Cao Bằng", "TAND TP.HCM":
        # a body's name ends with the place it serves
        # the lower-case words between may be the place's own head ("… Việt Nam tỉnh Hà Tĩnh"):
        # the shortest gap that reaches a place is taken
        m = next((m for n in range(5) if (m := compiled(r" ((?:[a-zà-ỹđ]+ ){%d})" % n).match(text[c.end:c.end + 60]))
                  and c.end + m.end() in loc_at), None)
        if not m or any(P.is_stop_vi(w.split(), 0) for w in m.group(1).split()) or _has_verb(m.group(1)):
            continue  # "Ban Chỉ đạo … kiểm tra tỉnh Nam Định": a verb between, the place is its object
        if m.group(1).startswith("đơn vị "):
            continue  # "đại biểu Quốc hội đơn vị tỉnh Quảng Ninh": the deputies' constituency, not the body's name
        if m.group(1) and any(l.end == c.end and l.start > c.start for l in loc_at.values()):
            continue  # "Đoàn ĐBQH tỉnh Bình Phước | tiếp xúc cử tri huyện …": the name has its place
        loc = loc_at[c.end + m.end()]
        head = text[loc.start:loc.end].split()[0].casefold()
        head2 = " ".join(text[loc.start:loc.end].split()[:2]).casefold()  # "thành phố", "thị xã", "đặc khu"
        name = text[c.start:c.end]
        if head in P.ADMIN_HEADS_VI or head2 in P.ADMIN_HEADS_VI or head in ("tp", "tp.") or (not m.group(1) and (
                name.split()[-1][:1].islower() or name.isupper() or re.fullmatch(r"[A-ZĐ]{2,}", name.split()[0]))):
            out.append(Candidate(c.start, loc.end, "ORG", PRIORITY["org-place"], "org-place"))
    for m in re.finditer(rf"(?<![\w])U\d{{2}}(?: nữ)? ([{P.UPPER_VI}][\wÀ-ỹ]*(?: [{P.UPPER_VI}][\wÀ-ỹ]*){{0,2}})", text):
        if any(e.type == "Place" for e in lex.lookup(m.group(1))):
            out.append(Candidate(m.start(), m.end(), "ORG", PRIORITY["team"], "team"))  # "U23 Việt Nam"
    starts = {w.start: w for w in words}
    for t in titles:
        w = starts.get(t.end + 1)
        if w is None or text[t.end] != " " or not w.is_cap:
            continue
        key = norm_key(w.text)
        if key in P.AMBIGUOUS_PLACES and any(e.type == "Place" for e in lex.lookup(w.text)):
            out.append(Candidate(w.start, w.end, "LOC", PRIORITY["gazetteer"], "gazetteer",
                                 gid=next(e.id for e in lex.lookup(w.text) if e.type == "Place")))
    return out + _legal_tails(text, lex, cands + out)


_MIXED_CASE_RE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+[A-Z]*")  # "HoSE", "VinFast"
_ACRONYM_RE = re.compile(r"[A-ZĐ]{2,6}\+?")  # "BYD", "BTS"


def name_run_candidates(text: str, words: list[Word], lang: str, lex: Lexicon,
                        cands: list[Candidate], titles: list[Candidate],
                        word_ends: dict[int, int] | None = None) -> list[Candidate]:
    """Names that no other recogniser explains, typed by the words around them.

    A run of capitalised words (or one foreign word) that no candidate covers is a
    person after a role or a title ("cầu thủ …", "Tổng thống Mỹ Donald Trump"), a
    place after a place cue ("tại", "ở", "đến"), an organisation when it ends in
    an organisation word ("… FC"), and otherwise a person when it looks like a
    foreign personal name of two or more words.
    """
    if lang != "vi":
        return []
    out: list[Candidate] = []
    covered = mask(text, [c for c in cands if not c.ref and c.label != "TOPIC"] + titles)
    title_ends = {t.end: t for t in titles}
    body_ends: dict[int, Candidate] = {}
    for c in cands:  # the longest body or place ending at each position
        if c.label in ("LOC", "ORG") and not c.ref and (c.end not in body_ends or c.start < body_ends[c.end].start):
            body_ends[c.end] = c
    # a brand in mixed case or an acronym after a word that introduces a body
    # ("sàn HoSE", "hãng BYD", "nhóm nhạc BTS") names an organisation
    for w in words:
        # (both shapes start with a capital: most words are neither, and need no cue)
        if not w.is_cap or covered[w.start] or w.text.casefold() in P.NOT_NAME_WORDS:
            continue
        mixed = _MIXED_CASE_RE.fullmatch(w.text) is not None
        acronym = _ACRONYM_RE.fullmatch(w.text) is not None and w.text not in P.COMMON_ACRONYMS
        if not (mixed or acronym):
            continue
        prev = text[max(0, w.start - 20):w.start].rstrip().rsplit(None, 2)[-2:]
        cue = " ".join(prev).casefold() in P.ORG_CUES_VI or (prev and prev[-1].casefold() in P.ORG_CUES_VI)
        if cue:  # uncued, a mixed-case word is as often a product ("AirPods")
            out.append(Candidate(w.start, w.end, "ORG", PRIORITY["name-run"], "name-run"))
            covered[w.start:w.end] = b"\x01" * (w.end - w.start)
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        j = person_run(text, words, i, max_len=4)
        if j < 0 or covered[w.start] or covered[words[j].end - 1]:
            i += 1
            continue
        start, end = w.start, words[j].end
        if starts_org_head(text, start) or (i == j and word_ends and word_ends.get(words[j].start, end) > end):
            i = j + 1
            continue  # the run ends inside a word ("Trao đổi", "Diễn đàn")
        parts = [x.text for x in words[i:j + 1] if x.is_alpha]
        foreign = [p for p in parts if foreign_word(p)]
        before = text[max(0, start - 40):start]
        prev = before.rstrip().split()[-1].casefold() if before.strip() else ""
        # what stands right before the run: a title, or a title and the body or country it
        # belongs to ("Tổng thống Mỹ Donald Trump", "Người phát ngôn Nhà Trắng Karoline Leavitt")
        cue_end = start - (len(before) - len(before.rstrip()))
        after_title = cue_end in title_ends
        for _ in range(2):
            if after_title or cue_end not in body_ends:
                break
            cue_end = len(text[:body_ends[cue_end].start].rstrip())
            after_title = cue_end in title_ends
            if not after_title:  # "Chủ tịch Thượng viện Campuchia Hun Sen": a body the gazetteer lacks
                window = text[max(0, cue_end - 40):cue_end]
                for n_parts in (1, 2, 3):
                    body = compiled(rf"(?:\s[{P.UPPER_VI}][\wÀ-ỹ]*(?:\s[a-zà-ỹđ]+)?){{%d}}$" % n_parts).search(window)
                    if body and (cue_end - len(body.group())) in title_ends:
                        after_title = True
                        break
        if any(p.casefold() in P.NOT_NAME_WORDS for p in parts):
            i = j + 1
            continue  # "Premier League", "World Cup": names of competitions, not people
        after_role = _ROLE_BEFORE_RE.search(before.rstrip()) is not None
        label = None
        if after_title or after_role:
            label = "PER"
        elif prev in ("tại", "ở", "đến", "tới", "sang", "từ", "thăm", "về") and not sentence_start(text, start):
            label = "LOC"
        elif parts and parts[-1] in P.ORG_TAILS_LATIN or parts[0] in ("Al", "Real", "Inter", "AC", "FC", "CLB") \
                or _CLUB_CUE_RE.search(before):  # "trận đấu với Shandong Taishan": a club, not a person
            label = "ORG"
        elif foreign and _country_in_brackets(text, end, lex) and not sentence_start(text, start) \
                and prev not in ("theo", "ông", "bà"):
            label = "ORG"  # "công nghệ của Tetra Pak (Thụy Điển)": a foreign firm and its country, no title or role
        elif len(parts) >= 2 and (len(foreign) == len(parts) or foreign and parts[0] not in ("The", "A", "An")
                                 and all(p.isascii() and len(p) >= 2 and p[:1].isupper() for p in parts)):
            label = "PER"  # "Takahashi Ryo": one word no Vietnamese syllable, the rest unaccented
        if label is not None and (len(parts) >= 2 or foreign or (label == "PER" and after_role)):
            out.append(Candidate(start, end, label, PRIORITY["name-run"], "name-run"))
        i = j + 1
    return out


def _country_in_brackets(text: str, end: int, lex: Lexicon) -> bool:
    """A known country in brackets right after ``end``: "(Thụy Điển)", "(Hàn Quốc)" (not a province: "Trà Lĩnh (Cao
    Bằng)" is a district)."""
    m = re.match(r"\s*\(([^()]{2,25})\)", text[end:end + 30])
    return m is not None and any(e.type == "Place" and e.kind == "country" for e in lex.lookup(m.group(1)))


# words after which a capitalised run is the club met or supported (no result verbs: "thắng Novak Djokovic")
_CLUB_CUE_RE = re.compile(r"(?<![\w])(?:trận gặp|trận đấu với|trận đấu gặp|đối đầu với|cổ động viên|câu lạc bộ|"
                          r"làm khách trước|chạm trán)\s+$")


# "Cộng hòa Séc" is a country's name, not a draw against it
_TEAM_CUE_RE = re.compile(r"(?<![\w])(?<!Cộng )(?<!cộng )(?:" + escaped_alternation(P.TEAM_CUES_VI)
                          + r")\s+$")


_SQUAD_RE = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(c) for c in P.SQUAD_WORDS_VI) + r")"
                       r"(?:\s+(?:" + escaped_alternation(P.SQUAD_QUALIFIERS_VI)
                       + r"|U\d{2}))*\s+$")


def team_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A known place right after a match word is its team: "trận gặp Thái Lan", "thắng Hải Phòng",
    "đội tuyển bóng chuyền nữ Việt Nam"."""
    out: list[Candidate] = []
    for c in cands:
        if c.label == "LOC" and not c.ref and c.source == "gazetteer" \
                and _SQUAD_RE.search(text, max(0, c.start - 50), c.start):
            out.append(Candidate(c.start, c.end, "ORG", PRIORITY["team-cue"], "team-cue", gid=c.gid))
            continue
        cue = _TEAM_CUE_RE.search(text, max(0, c.start - 20), c.start) \
            if c.label == "LOC" and not c.ref and c.source == "gazetteer" else None
        if cue and (cue.group().split()[-1] not in P.RESULT_VERBS_VI or about_a_match(text, c.start)):
            # "trận đấu với Shandong Taishan": a club named after its province goes on with its own name
            more = _CLUB_TAIL.match(text, c.end)
            if more:
                out.append(Candidate(c.start, more.end(), "ORG", PRIORITY["team-cue"], "team-cue"))
            else:
                out.append(Candidate(c.start, c.end, "ORG", PRIORITY["team-cue"], "team-cue", gid=c.gid))
    return out


# capitalised words of a foreign club after its place: "Taishan", "United", "FC" (no Vietnamese syllable)
_CLUB_TAIL = re.compile(r"(?:[ ](?:[A-Z][a-z]+|FC|CF|SC|AFC)(?![\w’'-]))+")


_SPORT_RE = re.compile(r"(?<![\w-])(?:" + escaped_alternation(P.SPORT_WORDS_VI)
                       + r")(?![\w-])|\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?![/.]\d)")


def about_a_match(text: str, at: int) -> bool:
    """The sentence around offset ``at`` is about a match: a score ("3-1") or a sport word."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(".", at), text.find("\n", at)) if e >= 0]
    return _SPORT_RE.search(text, start, min(ends) if ends else len(text)) is not None


def credit_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """Photo and source credits: "Ảnh: VinAI", "Photo: VGP/Nhat Bac"."""
    out: list[Candidate] = []
    for m in re.finditer(r"(?:Ảnh|Photo|Nguồn|Source)\s*:\s*(?P<body>[^\n)|]+)", text):
        body_start = m.start("body")
        for part in re.finditer(r"[^/,;]+", m.group("body")):
            name, whole = _credit_name(part.group().strip())
            if not name or len(name) > 40:
                continue
            s = body_start + part.start() + (len(part.group()) - len(part.group().lstrip()))
            e = s + len(name)
            known = lex.lookup(name) or lex.lookup(name, folded=True)
            if known:
                label = LABEL_OF_TYPE[prefer_entry(known).type]
            elif name.isupper():
                label = "ORG"
            else:
                label = "PER"
            out.append(Candidate(s, e, label, PRIORITY["credit"], "credit"))
            if not whole:
                break
    return out


_OPENERS = frozenset(P.EN_SENTENCE_OPENERS)
_VI_OPENERS = frozenset(P.VI_SENTENCE_OPENERS)


def _credit_name(part: str) -> tuple[str, bool]:
    """The name a credit's part opens with, and whether it is the whole part.

    A credit ends at its line's end, but copy without paragraph breaks runs it into the
    next sentence ("Photo: VGP/Nhat Bac The event was attended by …"): the name is the
    run of capitalised words before a sentence end, a lower-case word or an English
    sentence opener, and nothing after such a stop is a credit.
    """
    words = part.split(" ")
    run: list[str] = []
    for i, w in enumerate(words):
        if not w[:1].isupper() and not w[:1].isdigit() or run and (
                w in _OPENERS or " ".join(words[i:i + 2]) in _VI_OPENERS):
            break
        run.append(w)
        if w.endswith((".", "!", "?")) and not (len(w) == 2 and w[0].isupper()):
            break
    name = " ".join(run).rstrip(".!?")
    return (name if name[:1].isupper() else ""), len(run) == len(words)


def _has_verb(words: str) -> bool:
    """A predicate of ``body_names_vi.json``'s ``verbs`` stands in the lower-case words."""
    from kg.nlp.recognizers.body_names import body_data

    low = words.split()
    verbs = body_data()["verbs"]
    return any(w in verbs or " ".join(low[i:i + 2]) in verbs for i, w in enumerate(low))

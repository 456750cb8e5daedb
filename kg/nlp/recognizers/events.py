"""Events: named ones ("Diễn đàn … lần thứ VI", "… Summit 2025"), bare references
("Diễn đàn", "the ceremony"), and unnamed happenings in a dated sentence ("họp báo").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.recognizers.generic_events_en import ANNOUNCES as _ANNOUNCES, generic_events_en as _generic_en
from kg.nlp.recognizers.act_ceremonies import act_ceremonies
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.held_programmes import held_programmes
from kg.nlp.recognizers.words import Word
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.lexicon import Lexicon
from kg.nlp import patterns as P
from kg.nlp.recognizers.held_event_names import (PLACE_NAME_WORDS, after_unit_head, held_to_boundary, held_whole,
                                                 kept_unbounded, subject_to_held, titled_subject)
from kg.nlp.recognizers.paired_phrases import mask_paired_commas
from kg.nlp.recognizers.treaty_meetings import parties_tail
from kg.nlp.recognizers.sector_tails import sector_tail
from kg.nlp.recognizers.event_names import ORDINAL_TAIL, term_tail, event_name_data as event_names_data, bound_phrases_joined, leading_ceremony_verb, quoted_title_scope, verb_may_name, carried_instrument_name
from kg.alternations import first_char_alternation, whole_words

# a weekday or month after "on" dates an English event, it does not name its subject ("… Week 2025 on Friday")
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
         r"July|August|September|October|November|December)")


# a body's head right before a capitalised event head makes it a word of the body's name
_ORG_HEAD_BEFORE = re.compile(r"(?<![\w])(?:Ủy ban|Uỷ ban|Ban|Hội|Liên đoàn|Quỹ|Viện|Trung tâm|Câu lạc bộ)\s+$")


def event_candidates(text: str, words: list[Word], lang: str, lex: Lexicon) -> list[Candidate]:
    """Named events ("Diễn đàn … lần thứ VI") and bare references ("Diễn đàn", "the ceremony")."""
    out: list[Candidate] = []
    if lang == "vi":
        heads = first_char_alternation(P.EVENT_HEADS_VI, True)  # (grouped: the pattern below ignores case)
        masked = mask_paired_commas(text)  # "Hội nghị triển khai Luật Khám bệnh, chữa bệnh"
        for m in re.finditer(rf"(?<![\w])(?P<head>{heads})(?![\w])", text, flags=re.IGNORECASE):
            head = m.group("head")
            if head in P.CAPITALISED_EVENT_HEADS_VI:
                continue  # (only "Chiến dịch …" names a campaign)
            if head[:1].isupper() and _ORG_HEAD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Ủy ban Olympic Việt Nam", "Hội Diễn đàn …": a word of a body's name
            rest = masked[m.end():]
            line_end = rest.find("\n")
            rest = rest if line_end < 0 else rest[:line_end]
            name, scoped = event_name_vi(rest, lex, ceremony=head.casefold() == "lễ")
            capital = head[:1].isupper()
            if name:
                # a number is an edition ("… 2025", "Trung ương 11"), not a count of a noun or a
                # time ("Hội nghị thu hút 300 doanh nghiệp", "… kết thúc lúc 17h": the conference
                # named before, and a verb)
                numbered = re.search(r"\b(lần thứ|thứ|năm \d{4}|nhiệm kỳ|khóa|khoá|kỷ niệm \d+ năm)\b"
                                     r"|(?<![\w.,])\d+(?![\w.,])(?!\s+[a-zà-ỹđ])", name)
                named = re.search(rf"(^|\s)[\"“]?[{P.UPPER_VI}]", name)  # a capitalised word ("À-Ỹ" held "ở", "ứng")
                if head.casefold() in P.NUMBERED_EVENT_HEADS_VI and not numbered:
                    continue
                end = m.end() + len(name)
                if not ((capital and named) or numbered or scoped or held_whole(text, m.start(), end)
                        or (capital and titled_subject(text, m.start(), end, name))):
                    # "tổ chức Hội nghị xúc tiến đầu tư | tại …": held, named in full up to the boundary
                    end = (capital and subject_to_held(text, m.end())) or held_to_boundary(masked, m.start(), end) or kept_unbounded(name, capital, end)
                if end:
                    out.append(Candidate(m.start(), end, "EVENT", PRIORITY["event-head"], "event-head",
                                         meta={"head": head.casefold()}))
                    continue
            # A bare head: a reference to an event named elsewhere in the text.
            start = m.start()
            end = m.end()
            if not capital and len(head.split()) < 2:
                classifier = re.search(r"(?<![\w])(?:buổi|cuộc)\s$", text[max(0, start - 6):start], flags=re.IGNORECASE)
                ceremony = _ceremony_after(text, m) if classifier is None else None
                if classifier is None and ceremony is None:
                    continue
                if classifier is not None:
                    start -= len(classifier.group())  # "tại buổi lễ": the ceremony named before
                else:
                    end = ceremony  # "Phát biểu tại lễ khởi công, …": the groundbreaking named before
            out.append(Candidate(start, end, "EVENT", PRIORITY["event-ref"], "event-ref", ref=True,
                                 meta={"head": head.casefold()}))
        from kg.nlp.recognizers.named_days import (games_candidates, held_programme_candidates,
                                                   named_day_candidates, tournament_candidates)
        out += named_day_candidates(text, lex)  # "khai mạc Ngày Sách và Văn hóa đọc Việt Nam lần thứ 6"
        out += held_programme_candidates(text, lex)  # "tổ chức Chương trình giới thiệu điểm đến du lịch …"
        out += tournament_candidates(text, lex)  # "Giải Marathon quốc tế Di sản Hạ Long năm 2027"
        out += games_candidates(text)  # "SEA Games 33", "ASIAD 20", "Olympic Paris 2024"
        out += held_programmes(text)  # "tổ chức Chương trình “Tết Sum vầy” năm 2027": a quoted programme held
    else:
        tails = "|".join(P.EVENT_TAILS_EN)
        ordinal = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
        for m in re.finditer(
                rf"(?<![\w])(?:(?:the|The)\s+)?(?P<name>(?:{ordinal}\s+)?(?:(?:19|20)\d\d\s+(?=[A-ZĐ]))?"
                rf"(?:[\"“][^\"”\n]+[\"”]\s+)?"  # "2025 Golden Globe Science and Technology Award"
                # "Viet Nam – Indonesia Business Forum": a dash joins the parties' names
                # (not a dateline's dash: "PARIS — The UNESCO General Conference")
                rf"(?:[A-ZĐ][\w’'-]*(?:(?<=[a-zà-ỹ])\s*[–-]\s*(?=[A-ZĐ]))?\s*(?<=[\s–-])"
                rf"(?:and\s+(?=(?:[A-ZĐ][\w’'-]*\s+){{1,2}}(?:{tails})))?){{0,10}}(?:{tails})(?![\w’'-])(?:(?:\s+[A-ZĐ][\w’'-]*){{0,3}}?\s+(?:19|20)\d\d(?![\w/–-])|\s+\d{{4}})?"
                rf"(?:\s+(?:on|for|of)\s+(?:the\s+)?(?!{_WHEN}\b)[A-ZĐ][\w’'-]*(?:(?:\s+(?:and|of|for|the|in))*\s+[A-ZĐ][\w’'-]*)*"
                # "the Workshop on Digital Heritage Preservation 2026": the edition's year closes the name
                rf"(?:\s+(?:19|20)\d\d(?![\w/–-]))?)?)", text):
            name = m.group("name")
            s = m.start("name")
            if "\n" in name:  # a headline's last words are no part of the next line's name
                s, name = s + name.rindex("\n") + 1, name[name.rindex("\n") + 1:]
            if not name or name.split()[0] in ("The", "A", "An"):
                continue
            if name.split()[-1] in ("Open", "Cup") and (len(name.split()) < 2 or re.match(r"[ \t]+[A-ZĐ]", text[m.end("name"):])
                                                       or name.split()[0] in ("Open", "Cup")):
                continue  # "the Vietnam Open", "the AFF Cup"; not "Hanoi Open University" nor a sentence's "Open …"
            if _NOT_AN_EVENT_AFTER.match(text, m.end("name")) and len(name.split()) == 1:
                continue  # "Prize money has been raised …": a sentence opening with the tail word is no name
            two = re.match(r"(?P<first>[A-ZĐ][\w’'-]*(?:\s+[A-ZĐ][\w’'-]*)*)\s+and\s+", name)
            if two and (two.group("first").isupper() or any(e.type in ("Place", "Organization")
                                                               for e in lex.lookup(two.group("first")))):
                s, name = s + two.end(), name[two.end():]  # "VCCI and Vietnam Business Forum": a body, then the event
            end = s + len(name)
            if _national_legislature(name):  # "the Chilean Congress", "the US Congress": a legislature, not a congress held
                out.append(Candidate(s, end, "ORG", PRIORITY["event-tail"], "org-legislature-en"))
                continue
            held_in = re.search(r"\s+in\s+(?P<place>[A-ZĐ][^\n]*)$", name)
            if held_in and any(e.type == "Place" for e in lex.lookup(held_in.group("place"), folded=True)):
                end = s + held_in.start()  # "the Asia-Pacific Forum on Climate Resilience in Da Nang": where, not its name
            out.append(Candidate(s, end, "EVENT", PRIORITY["event-tail"], "event-tail",
                                 meta={"head": text[s:end].split()[-1].casefold()}))
        out += _generic_en(text)
    return out


# a prize or award noun followed by one of these is part of another noun ("prize money", "award winners")
_NOT_AN_EVENT_AFTER = re.compile(r"\s+(?:money|pool|fund|funds|winners?|draw|rules|season)\b")


_ORDINAL_WORD = r"nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?:\s+\w+)?"


# "Lễ kỷ niệm 80 năm | thành lập ngành Tư pháp", "… 70 năm | ngày thành lập trường": what the anniversary is of goes on
_ANNIVERSARY = re.compile(r"kỷ niệm\s+\d+\s+năm(?:\s+ngày)?\s*$", re.IGNORECASE)


# a name that runs on over a comma to its year or edition, which then closes it before a stop or a mark: "Lễ phát
# động chiến dịch vệ sinh môi trường, diệt bọ gậy phòng, chống sốt xuất huyết năm 2026 tại …" (lower-case words; a place)
_EDITION_CLOSES_AFTER_COMMA = re.compile(
    r"(,(?:\s+[a-zà-ỹđ][^\s,.;:()\"“”]*|,(?=\s+[a-zà-ỹđ])|\s+(?:tỉnh|thành phố|huyện|xã|phường)(?:\s+[" + P.UPPER_VI + r"]\w*){1,3}){1,14}?"
    r"\s+(?:năm\s+\d{4}|lần\s+thứ\s+[^\s,.;:()]+(?:\s+năm\s+\d{4})?))"
    r"(?=\s+(?:tại|ở|do|vào|của|với|diễn|được|đã|sẽ|và)\b|\s*[,.;:]|\s*$)")


def event_name_vi(rest: str, lex: Lexicon | None = None, ceremony: bool = False) -> tuple[str, bool]:
    """The name after an event head: up to punctuation, a stop word, or "lần thứ N"; a stop word
    inside a known place ("vùng Đồng bằng sông Cửu Long") ends it before the place, and the name
    of an event held for a place is a name (True) even in lower case. After "Lễ" (``ceremony``) a ceremony verb
    opens the name whole ("Lễ giao nhận quân năm 2027")."""
    if not rest.startswith(" "):
        return "", False
    # "Hội thảo “…”", "Hội thảo quốc tế “…”": a quoted title, after a lower-case scope word or two
    m_quote = quoted_title_scope().match(rest)  # "Hội thảo khoa học quốc gia “…”", "Triển lãm ảnh “…”"
    if m_quote:
        return m_quote.group(0), False
    if carried := carried_instrument_name(rest):  # "… thực hiện Chương trình … giai đoạn 2021 - 2025"
        return carried, False
    tokens = re.findall(r"\d+(?:[.,]\d{3})+(?![\d])|[^\s,.;:()\"“”|!?]+|\s+|[,.;:()\"“”|!?]", rest)  # ("5.000": one count)
    kept = ""
    words = 0
    syllables = [t.casefold() for t in tokens if not t.isspace()]
    if " ".join(syllables[:2]) in _predicate_verbs():
        return "", False  # "Diễn đàn tập trung vào logistics xanh": the bare head (one named before), then its predicate
    if _count_predicate().match(rest):
        return "", False  # "Ngày hội thu hút 3.000 lao động": the bare head, then what it drew (not "thu hút đầu tư")
    after_day = False
    inside_field = 0  # the token a known field that runs past a stop word ends at: "cơ chế thử nghiệm | có kiểm soát"
    if ceremony and (verb_end := leading_ceremony_verb(rest)):  # "Lễ giao nhận quân …": no stop word inside the ceremony's verb
        inside_field = next(i for i in range(len(tokens) + 1) if len("".join(tokens[:i])) >= verb_end)
    for idx, tok in enumerate(tokens):
        if tok.isspace() or idx < inside_field:
            kept += tok
            words += not tok.isspace()
            continue
        low = tok.casefold()
        if tok == "," and kept.rstrip().casefold().endswith("phòng") and \
                "".join(tokens[idx + 1:idx + 3]).strip().casefold() == "chống":
            kept += tok  # "công tác phòng, chống dịch": one phrase
            continue
        if tok == "," and words and (closed := _EDITION_CLOSES_AFTER_COMMA.match("".join(tokens[idx:]))):
            return kept + closed.group(1), False  # "Lễ phát động chiến dịch …, diệt bọ gậy … năm 2026 | tại …"
        if tok == "," and lex is not None and (across := _topic_across(tokens, idx, lex)):
            return "".join(tokens[:across]), False  # "… về phòng, chống buôn lậu, gian lận thương mại": the field
        if tok in "\"“" and (quoted := _quoted_title_after(kept, "".join(tokens[idx:]))):
            return kept + quoted, False  # "… phong trào thi đua “Cả nước chung tay vì người nghèo” giai đoạn 2021 - 2025"
        if tok in ",.;:()\"“”|!?":
            break
        if low == "lần" and words and "".join(tokens[idx + 1:idx + 3]).strip().casefold() == "đầu":
            break  # "Lễ hội Hoa ban | lần đầu được tổ chức": for the first time, no edition ("lần thứ nhất" is one)
        if low in ("ông", "bà") and "".join(tokens[idx + 1:idx + 3]).strip()[:1].isupper():
            break  # "Đại hội bầu | bà Lê Thị Hồng Nhung …": a person named with an honorific is no part of a name
        if low == "và" and words and _second_event().match("".join(tokens[idx + 1:idx + 6])):
            break  # "Phiên họp Chính phủ thường kỳ tháng 11 | và Hội nghị trực tuyến …": a second event of its own
        if words and re.search(r"(?:^|\s)(?:lần\s+)?thứ\s*$", kept) and re.fullmatch(_ORDINAL_WORD, low):
            year = ORDINAL_TAIL.match("".join(tokens[idx + 1:idx + 9]))  # "thứ hai mươi ba": the tens and units too
            name = kept + tok + (year.group() if year else "")
            return name + (term_tail(rest[len(name):]) if re.search(r"lần\s+thứ\s*$", kept) else ""), False
            # "lần thứ ba, nhiệm kỳ …": the ordinal and the term it belongs to
            # closes the name, with the year it was held in ("phiên họp thứ hai năm 2025")
        # "về" may open the name too: "Hội thảo về trí tuệ nhân tạo trong y tế", "Hội nghị về phát triển …";
        # a dialogue goes on with its partner: "Hội nghị đối thoại … với người lao động", and a subject with whom
        # it concerns: "Tọa đàm chính sách đối với doanh nghiệp nhỏ và vừa"; a subject goes on with
        # the way it is taken: "… về quản lý chất thải rắn sinh hoạt theo hướng kinh tế tuần hoàn"; a link goes
        # on with the parties it joins: "Hội nghị kết nối giao thương giữa doanh nghiệp Việt Nam và Lào"
        # ("Đồng bằng sông Cửu Long" is no stop in a body's name, but an event's name still ends before the delta
        # it is held for: the place check below)
        delta = low == "bằng" and 0 < words < len(syllables) and syllables[words - 1] == "đồng"
        # (a capitalised word of a place's name that goes on a proper name is no stop: "cao tốc Chợ Mới - Bắc Kạn")
        proper = words and low in PLACE_NAME_WORDS and tok[:1].isupper() and kept.split()[-1:] \
            and kept.split()[-1][:1].isupper() or words and tok[:1].isupper() and after_unit_head(kept)
        if (P.is_stop_vi(syllables, words) or delta) and not proper and not (low in ("về", "và") and words) \
                and low != "lần" \
                and not (low == "với" and re.search(r"(?:^|\s)đối thoại(?:\s|$)|\sđối\s*$", kept)) \
                and not (low == "giữa" and words >= 2) \
                and not (low in ("thành", "ngày") and _ANNIVERSARY.search(kept) and "".join(tokens[idx + 1:idx + 3]).strip()
                         .casefold() in ("lập", "thành", "truyền", "thiết", "sinh")) \
                and not (low == "theo" and words and "".join(tokens[idx + 1:idx + 3]).strip().casefold() == "hướng") \
                and not (low == "về" and words == 0 and _SUBJECT_AFTER.match("".join(tokens[idx + 1:idx + 3]))) \
                and not _named_day(tok, tokens[idx + 1:idx + 3]) and not after_day \
                and not (verb_may_name(kept, words) and " ".join(syllables[words:words + 2]) in _verbs_as_names()):  # "lễ khởi công xây dựng …"
            if lex is not None and words and tok not in P.PLACE_HEADS_VI and (across := _topic_across(tokens, idx, lex)) > idx:
                inside_field = across  # "… về cơ chế thử nghiệm có kiểm soát đối với …": no name ends inside a field
                kept += tok
                words += 1
                continue
            place = _known_place_start(tokens, idx, lex) if lex is not None else None
            topic = _topic_tail(tokens, idx, lex) if lex is not None and words >= 2 and place is None else ""
            if topic:  # "Hội thảo chuyển đổi xe buýt | sang năng lượng xanh": the field closes the name, with its year
                year = _YEAR_AFTER.match(rest, len(kept) + len(topic))  # ("… trong ngành dệt may | năm 2027")
                return kept + topic + (year.group() if year else ""), False
            if place is not None:  # "… xâm nhập mặn vùng Đồng bằng sông Cửu Long": the name ends before the place
                return re.sub(r"\s+(?:" + "|".join(map(re.escape, P.PLACE_HEADS_VI)) + r"|vùng|khu vực)\s*$", "",
                              "".join(tokens[:place]).rstrip()), words > 1
            break  # ("lần" may start "lần thứ N", which ends the name below)
        kept += tok
        words += 1
        after_day = _named_day(tok, tokens[idx + 1:idx + 3])  # "Ngày thành lập …": the verb names the day
        if _year_after_name(tokens, idx):
            return kept, False  # "Festival Huế 2032 | thu hút …": a bare year after a name closes it
        # "lần thứ VI" / "năm 2025" / "nhiệm kỳ 2020-2025" end the name
        tail = re.search(r"(lần thứ|thứ)\s+\S+$|năm\s+\d{4}$|nhiệm kỳ\s+[\d–-]+$|khó?a\s+\S+$", kept)
        if tail:
            year = re.match(r"\s+năm\s+\d{4}(?![\w/])", "".join(tokens[idx + 1:idx + 5])) if tail.group(1) else None
            parties = parties_tail("".join(tokens[idx + 1:])) if tail.group(1) and not year else ""
            name = kept + (year.group() if year else parties)
            if tail.group(1) and not parties:  # "… lần thứ VII, nhiệm kỳ 2032 - 2037": its term
                name += term_tail(rest[len(name):]) if re.search(r"lần\s+thứ\s+\S+$", kept) else ""
            return name, False  # "… lần thứ IX năm 2026": the year too
            # (and a treaty's parties: "Hội nghị lần thứ 17 các Bên tham gia Công ước về Đa dạng sinh học")
    # An edition ("lần thứ VI", "năm 2025") ends a name that runs through verbs used as nouns
    # ("Hội nghị xúc tiến đầu tư năm 2025"), as long as no function word comes before it.
    m = re.match(r"(.*?\S)\s+(lần thứ\s+\w+(?:\s+năm\s+\d{4}(?![\w/]))?|năm\s+\d{4})", rest)
    if m and len(m.group(0)) > len(kept.rstrip()) and not re.search(r"[,.;:()\"“”|]", m.group(0)) \
            and len(bound_phrases_joined(m.group(1)).split()) <= 16 and not _DECIDES.search(m.group(1)) \
            and not re.search(r"(?<![\w])cho\s+(?:biết|thấy|rằng|phép)(?![\w])", m.group(1)) \
            and not any(w.casefold() in P.STOP_VI - {"và", "về", "lần", "cho"}
                        - ({"với"} if re.search(r"(?:^|\s)đối thoại\s", m.group(1)) else set())
                        - ({"tại"} if _ABROAD.search(m.group(1)) else set()) for w in bound_phrases_joined(m.group(1)).split()):
        return m.group(0), False  # (its beneficiary too: "Hội nghị tập huấn … cho cán bộ cấp xã năm 2027")
    return kept.rstrip(), False


_YEAR_AFTER = re.compile(r"\s+năm\s+\d{4}(?![\w/])")


def _year_after_name(tokens: list[str], idx: int) -> bool:
    """``tokens[idx]`` is a bare year written after a capitalised word and a lower-case word follows it:
    "Festival Huế 2032 thu hút …", "Hội chợ Hà Nội 2032 đón …" (not "giai đoạn 2026 - 2030")."""
    if not re.fullmatch(r"(?:19|20)\d{2}", tokens[idx]):
        return False
    before = [t for t in tokens[:idx] if not t.isspace()]
    after = [t for t in tokens[idx + 1:idx + 3] if not t.isspace()]
    return bool(before) and before[-1][:1].isupper() and bool(after) and after[0][:1].islower()


# a place the event is held in, named in its title before its year: "Chương trình xúc tiến du lịch Khánh Hòa tại
# Ấn Độ | năm 2030", "Hội nghị xúc tiến đầu tư tại Nhật Bản năm 2027"
_ABROAD = re.compile(r"\stại(?:\s+[" + P.UPPER_VI + r"][\w-]*)+$")


# a lower-case subject after "về" that is not a function word: "về trí tuệ nhân tạo", "về phát triển …"
_SUBJECT_AFTER = re.compile(r"\s(?!(?:việc|các|những|dự|tới|đến|nước|nhà|làm|với|từ|sau|trước|phía)(?![\w]))[a-zà-ỹđ]")


# what a meeting does, never part of its name: "Hội nghị | thống nhất ban hành Nghị quyết … năm 2027"
_DECIDES = re.compile(r"(?<![\w])(?:thống nhất|ban hành|thông qua|biểu quyết|quyết định)(?![\w])", re.IGNORECASE)


def _topic_tail(tokens: list[str], idx: int, lex: Lexicon) -> str:
    """A preposition and a known topic that end the clause ("sang năng lượng xanh", "trong chuyển đổi
    số."): the event's field, part of its name; "" otherwise."""
    clause = ""
    for tok in tokens[idx:]:
        if tok in ",.;:()\"“”|!?":
            break
        clause += tok
    if clause != clause.rstrip() and not clause.strip():
        return ""
    parts = clause.strip().split(" ", 1)
    if len(parts) < 2 or len(parts[1].split()) > 6:
        return sector_tail(clause) if len(parts) == 2 else ""
    if any(e.type == "Topic" for e in lex.lookup(parts[1])):
        return clause.rstrip()
    return sector_tail(clause)  # "… trong giáo dục vùng cao": a sector the lexicon does not list


def _topic_across(tokens: list[str], idx: int, lex: Lexicon) -> int:
    """The end (a token index) of a known field that starts in the name's last six words and runs on past the
    comma at ``idx`` ("phòng, chống buôn lậu | , gian lận thương mại"), or 0."""
    starts = [k for k in range(idx) if not tokens[k].isspace() and tokens[k] != ","][-6:]
    ends = [k + 1 for k in range(idx, min(len(tokens), idx + 12))  # (a field may end at the stop: "nhỏ và vừa")
            if not tokens[k].isspace() and tokens[k] != "," and (k + 1 == len(tokens) or tokens[k + 1] in (" ", ","))]
    best = 0
    for a in starts:
        for b in ends:
            if b > best and any(e.type == "Topic" for e in lex.lookup("".join(tokens[a:b]))):
                best = b
    return best


def _known_place_start(tokens: list[str], idx: int, lex: Lexicon) -> int | None:
    """Where a capitalised known place of up to six syllables that token ``idx`` is inside starts
    ("bằng" in "Đồng bằng sông Cửu Long"), else None."""
    words = [(k, tok) for k, tok in enumerate(tokens) if not tok.isspace()]
    at = next(n for n, (k, _) in enumerate(words) if k == idx)
    for a in range(max(0, at - 2), at):
        for b in range(at + 1, min(len(words), a + 6)):
            # (written in lower case, the place still holds a capitalised name: "vùng đồng bằng sông Cửu Long")
            if (words[a][1][:1].isupper() or any(w[:1].isupper() for _, w in words[a + 1:b + 1])) and any(
                    e.type == "Place" for e in lex.lookup(" ".join(w for _, w in words[a:b + 1]))):
                return words[a][0]
    return None


@lru_cache(maxsize=1)
def _second_event() -> re.Pattern:
    """An event head that opens a second event after "và" (``second_event_heads``)."""
    heads = event_names_data().get("second_event_heads", ())
    return re.compile(r"\s+(?:" + first_char_alternation(heads, False) + r")(?![\w])")


def _quoted_title_after(kept: str, rest: str) -> str:
    """The quoted title (and the period after it) that goes on a lower-case name ending with one of
    ``quoted_titles_after`` ("… thực hiện phong trào thi đua", "… khởi động chương trình"), or ""."""
    nouns = event_names_data().get("quoted_titles_after", ())
    if not any(re.search(rf"(?:^|\s){re.escape(n)}\s*$", kept, re.IGNORECASE) for n in nouns):
        return ""
    m = re.match(r"[\"“][^\"”\n]{2,150}[\"”](?:\s+(?:giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|năm\s+\d{4})(?![\w/]))?", rest)
    return m.group() if m else ""


def _predicate_verbs() -> frozenset[str]:
    """Verbs that open a sentence's predicate right after a bare head ("Hội thảo tập trung vào …")."""
    return frozenset(event_names_data().get("predicate_verbs", ()))


@lru_cache(maxsize=1)
def _count_predicate() -> re.Pattern:
    """A verb of ``count_verbs`` and a count after it, perhaps "about" or "over" ("thu hút hơn 3.000 …", "có 200 …")."""
    verbs = "|".join(sorted(map(re.escape, event_names_data().get("count_verbs", ())), key=len, reverse=True))
    return re.compile(rf"\s+(?:{verbs})\s+(?:(?:hơn|gần|khoảng|trên|tới|đến|chừng)\s+)?\d", re.IGNORECASE)


def _verbs_as_names() -> frozenset[str]:
    """Verbs that name an event right after its head ("Hội nghị triển khai Luật …")."""
    return frozenset(event_names_data()["verbs_as_names"])


def _named_day(tok: str, after: list[str]) -> bool:
    """A capitalised "Ngày" that opens a named day, not a date: "Lễ kỷ niệm 75 năm Ngày thiết lập
    quan hệ ngoại giao …", "… Ngày Quốc tế Hạnh phúc" (not "… Ngày 15/1")."""
    nxt = "".join(after).strip()
    return tok == "Ngày" and bool(nxt) and not nxt[:1].isdigit()


_TRIAL_VERB = re.compile(r"(?<![\w])(?:xét xử|tuyên án|nghị án|mở phiên tòa)(?![\w])", re.IGNORECASE)
_TRIAL_NOUN = re.compile(r"(?<![\w])(?:phiên tòa(?: sơ thẩm| phúc thẩm)?|phiên toà|phiên xử)(?![\w])", re.IGNORECASE)
# "a ceremony on December 20 to mark the 50th anniversary …": what a new happening is held for
_TO_MARK_EN = re.compile(r"(?:\s+(?:on|in|at)\s+[^.;,]{1,40}?)?\s+to\s+(?:mark|celebrate|commemorate|honou?r)\b")
# "Chiều cùng ngày, …": a sentence dated by the day written before it (kg.relations.dates.same_day)
_SAME_DAY_VI = re.compile(r"\s*(?:(?:Trước đó|Sau đó)\s*,\s*)?(?:(?:Sáng|Chiều|Tối|Trưa|sáng|chiều|tối|trưa)\s+)?(?:[Cc]ùng ngày|[Cc]ũng trong ngày)\b")
# "Earlier in the day, the authority held an investment promotion conference …": the day the article dated
_SAME_DAY_EN = re.compile(r"\s*(?:(?:Earlier|Later)\s+(?:in\s+the|that|the\s+same)\s+day|(?:On\s+)?[Tt]he\s+same\s+day)\b")


def _dated_lead(text: str, sentences: list[tuple[int, int]], dates: list[Candidate], index: int) -> bool:
    """The first dated sentence of an English article, among its first four, with a day that is not
    one to come ("until Saturday"): a news lead."""
    def days(k: int) -> list[Candidate]:
        a, b = sentences[k]
        return [d for d in dates if a <= d.start < b and d.value]
    if index >= 4 or any(days(k) for k in range(index)):
        return False
    return any(not re.search(r"\b(?:until|till|by|before|from)\s+$", text[max(0, d.start - 8):d.start])
               for d in days(index))


# "At a press conference after the ceremony, …": a happening set by another of the story's
_AFTER_EVENT = re.compile(r"\s+(?:right\s+|shortly\s+|immediately\s+)?(?:after|following)\s+the\s+(?:[\w-]+\s+)?"
                          r"(?:ceremony|talks|meeting|conference|forum|session|summit|signing)\b")


# "a ceremony to launch the port's new container terminal in Hiệp Phước commune": what the ceremony marks,
# then its place
_CEREMONY_PURPOSE = re.compile(r"\s+to\s+(?:launch|open|inaugurate|mark|celebrate|start|begin|commission)\s+"
                               r"[^.;,]{1,60}?\s+(?:in|at)\s+(?:the\s+)?[A-ZĐ]")


def _placed_happenings(text: str, pattern: re.Pattern, start: int, end: int) -> list[Candidate]:
    """"At a meeting in Buon Ma Thuot City …", "told a press conference in Hanoi", "at a ceremony in Bac
    Ninh City", "at a press conference after the ceremony", "… at the police headquarters": after a dated lead, a happening written with "a" and its place is one of the story's own
    (the lead's, :mod:`kg.relations.lead_events`, when it follows the lead)."""
    out: list[Candidate] = []
    for m in pattern.finditer(text, start, end):
        if re.search(r"\b(?:a|an)\s+$", text[max(start, m.start() - 4):m.start()]) \
                and (re.match(r"\s+(?:in|at)\s+(?:the\s+)?(?:[A-ZĐ]|(?:[\w’'-]+\s+){0,2}(?:headquarters|head\s+office)\b)",
                              text[m.end():m.end() + 40]) or _AFTER_EVENT.match(text, m.end())
                     or m.group(1).casefold().endswith("ceremony") and _CEREMONY_PURPOSE.match(text, m.end())):
            out.append(Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-dated"], "event-dated", ref=True,
                                 meta={"head": m.group(1).casefold().split()[-1], "generic": True,
                                       "standalone": True}))
    return out


# English news dates its happenings by weekday ("on Thursday"); a happening held "to launch" another
# names that other as the event


def generic_event_candidates(text: str, lang: str, sentences: list[tuple[int, int]],
                             dates: list[Candidate]) -> list[Candidate]:
    """Unnamed happenings ("họp báo", "regular meeting") in a sentence that dates them."""
    out: list[Candidate] = []
    nouns = P.GENERIC_EVENTS_VI if lang == "vi" else P.GENERIC_EVENTS_EN
    pattern = whole_words(nouns, re.IGNORECASE)
    for k, (s_start, s_end) in enumerate(sentences):
        if not any(s_start <= d.start < s_end and d.value and d.source != "date-dateline"
                   and (d.source != "date-weekday" or lang != "vi") for d in dates) and not (lang == "vi" and _SAME_DAY_VI.match(text, s_start)) \
                and not (lang != "vi" and k and _SAME_DAY_EN.match(text, s_start)
                         and any(_dated_lead(text, sentences, dates, j) for j in range(min(k, 4)))):
            if lang != "vi" and k and any(_dated_lead(text, sentences, dates, j) for j in range(min(k, 4))):
                out += _placed_happenings(text, pattern, s_start, s_end)
            continue
        for m in pattern.finditer(text, s_start, s_end):
            if lang != "vi" and _ANNOUNCES.match(text, m.end()):
                continue  # "a press conference to launch the … Awards": the awards are the happening
            # "will hold a ceremony on December 20 to mark …" after "the opening ceremony": a new one, held for that
            fresh = lang != "vi" and re.search(r"(?<![\w])(?:a|an)\s+$", text[max(s_start, m.start() - 4):m.start()],
                                               flags=re.IGNORECASE) is not None and _TO_MARK_EN.match(text, m.end()) is not None
            out.append(Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-dated"], "event-dated", ref=True,
                                 meta={"head": m.group(1).casefold().split()[-1], "generic": True,
                                       "standalone": True, **({"indefinite": True} if fresh else {})}))
    # "Tại phiên tòa, …" in an article whose dated sentence reports the trial or its verdict: that trial
    if lang == "vi" and not out and any(_TRIAL_VERB.search(text, a, b) and any(a <= d.start < b and d.value for d in dates)
                                        for a, b in sentences):
        m = _TRIAL_NOUN.search(text)
        if m:
            out.append(Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-dated"], "event-dated", ref=True,
                                 meta={"head": "phiên tòa", "generic": True, "standalone": True}))
    if lang == "vi":
        out += act_ceremonies(text, sentences, dates)  # "Tham dự lễ ký kết / lễ khánh thành có …"
    # "Tham dự buổi làm việc có …" before or after the dated sentence: the same happening named again
    # (a classifier word in lower case makes it one happening: "buổi làm việc", "cuộc họp")
    dated = {text[c.start:c.end].casefold() for c in out if re.match(r"(?:buổi|cuộc)\s", text[c.start:c.end], re.I)}
    seen = {c.start for c in out}
    for m in pattern.finditer(text):
        if m.start() not in seen and m.group(1).casefold() in dated \
                and not re.match(r"\s+(?:này|đó|nói trên|nêu trên|thứ|lần)\b", text[m.end():m.end() + 12]):
            out.append(Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-dated"], "event-dated", ref=True,
                                 meta={"head": m.group(1).casefold().split()[-1], "generic": True,
                                       "standalone": True}))
    return out


def _ceremony_after(text: str, m: re.Match) -> int | None:
    """Where "lễ" + a ceremony verb ends, when a preposition of attendance comes before it ("tại lễ khởi
    công", "dự lễ khánh thành"): a reference to the ceremony the article named (verbs: ``ceremony_verbs``
    of ``kg/data/patterns/event_names_vi.json``)."""
    from kg.nlp.recognizers.event_names import ceremony_verbs_alt

    if m.group("head").casefold() != "lễ" or not re.search(r"(?<![\w])(?:tại|dự|trong|sau)\s+$",
                                                           text[max(0, m.start() - 6):m.start()]):
        return None
    verb = re.match(rf"\s+(?:{ceremony_verbs_alt()})(?![\w])", text[m.end():])
    return m.end() + verb.end() if verb else None


def _national_legislature(name: str) -> bool:
    """"Chilean Congress", "US Congress": a nationality (or the US) and "Congress" alone name a country's
    legislature (``nationalities.json``), not a congress that is held."""
    from kg.nlp.recognizers.subsidiaries_en import DEMONYM, nationalities

    words = name.split()
    return len(words) == 2 and words[1] == "Congress" and (
        words[0] in nationalities() or words[0] in ("US", "U.S.") or DEMONYM.fullmatch(words[0]) is not None)

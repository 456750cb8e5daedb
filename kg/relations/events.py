"""organized and locatedIn beyond the first patterns of :mod:`kg.extract`.

- organized by a list: "Hội nghị … do Bộ Chính trị, Ban Bí thư tổ chức",
  "the forum, organised by A and B";
- locatedIn of an event for every place of a list after "tại" ("tại Hội trường X, tỉnh Y"),
  and "tổ chức … từ / tại PLACE" when the event is the subject of an earlier clause;
- locatedIn from a headline: "Khánh thành nhà máy … tại Sa Đéc" places the article's "Lễ khánh thành …".
"""
from __future__ import annotations

import re

from kg.relations.coordination import name_list
from kg.relations.cues import cue_pattern
from kg.relations.places import KIND_OF_AFTER, another_event, elsewhere, elsewhere_at, offence_before, owns_place
from kg.relations.base import (AT_PLACE_VI, Extraction, Mention, NEGATED, Relation, Sentence, held_at,
                               named_after_the_place, not_a_venue, said_at_event, seat_of_a_name, timed_by_the_event)
from kg.relations.venue_frames_vi import proposed_event


# a sentence opening on its event's organisers: "Organised by the city, the festival …"
_BY_OPENING = re.compile(r"(?:Co-)?(?:Organi[sz]ed|Hosted|Convened)\s+(?:jointly\s+)?by\s+(?:the\s+)?")


def organizers_by_list(s: "Sentence") -> list["Relation"]:
    """organized: "EVENT do A, B (phối hợp) tổ chức", "EVENT organised by A, B and C"."""

    events = [e for e in s.of_type("Event")]
    if not events:
        return []
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    if s.lang == "vi":
        starts = [m.end() for m in re.finditer(r"\bdo\s+", s.text[s.start:s.end])]
        tail = r"\s+(?:(?:cùng\s+)?phối hợp\s+|đồng\s+|chủ trì\s+)?(?:tổ chức|đăng cai)\b"
    else:
        starts = [m.end() for m in re.finditer(r"\b(?:[Oo]rgani[sz]ed|[Hh]osted|[Cc]onvened|(?:co|Co)-organi[sz]ed|held)\s+"
                                               r"(?:jointly\s+)?by\s+(?:the\s+)?",
                                               s.text[s.start:s.end])]
        tail = None
    opening = _BY_OPENING.match(s.text, s.start, s.end) if s.lang != "vi" else None
    for st in starts:
        pos = s.start + st
        group: list[Mention] = []
        first = next((o for o in orgs if o.start == pos and not o.nested), None)
        ref_end = pos
        if s.lang == "en" and first is None:
            # "organised by the Cambodian ministry and the Vietnamese Embassy in Cambodia": a body named again
            from kg.relations.organizations import REF_HEADS, org_ref_at
            span = re.match(r"(?:[A-Z][a-z]+(?:an|ese|ish)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:" + REF_HEADS + r")\b",
                            s.text[pos:s.end])
            from kg.relations.company_refs import main_body_ref
            # "hosted by the university": the university the article is about, else the latest one named
            first = (main_body_ref(s, pos) or org_ref_at(s, pos)) if span else None
            ref_end = pos + span.end() if span else pos
        if first is not None:
            # "organised by the Ministry of …'s Trade Promotion Agency and the …": the agency and the …
            group = name_list(s, first, partners=True, described=s.lang != "vi", possessive=True,
                              end=ref_end if ref_end > pos else None)
        if group and s.lang == "en":
            end = ref_end if group[-1] is first and ref_end > pos else group[-1].end
            group += _trailing_ref(s, end)  # "organised by the Ministry of Culture, Sports and Tourism and the museum"
        if not group:
            continue
        if tail is not None and not re.match(tail, s.text[group[-1].end:s.end]):
            continue
        ev = [e for e in events if e.end <= s.start + st]
        if not ev and opening and opening.end() - s.start == st:
            # "Organised by the Hội An People's Committee, the three-day festival features …": the sentence's subject
            ev = [e for e in events if e.start > group[-1].end and re.fullmatch(r",\s+(?:the\s+)?[\w\s-]{0,40}?",
                                                                             s.text[group[-1].end:e.start])][:1]
        if not ev:
            continue
        for o in group:
            out.append(Relation(o.id, "organized", ev[-1].id, s.index))
    return out


def _trailing_ref(s: "Sentence", pos: int) -> list["Mention"]:
    """The body a list of English organisers ends on, named again in lower case ("… and the museum",
    "… and the department"): the organisation of the article those words name, when one is."""
    m = re.match(r"\s*,?\s*and\s+(?=the\s+[a-z])", s.text[pos:s.end])
    if not m:
        return []
    from kg.relations.organizations import org_ref_at
    ref = org_ref_at(s, pos + m.end())
    return [ref] if ref is not None else []


# the verb that holds the event right before its name: "Sở Y tế tổ chức | Lễ phát động …"
_HOLDS_BEFORE = re.compile(r"(?<![\w])(?:tổ chức|khai mạc|phát động|long trọng tổ chức|phối hợp tổ chức)\s+$")


def _held_name_then_place(s: "Sentence", ev: "Mention", pl: "Mention") -> bool:
    """"X tổ chức Lễ phát động chiến dịch …, diệt bọ gậy phòng, chống sốt xuất huyết năm 2026 tại phường Y": the
    event held is named on over commas up to "tại"; with no name of anything but a topic and no clause mark between,
    the place is its venue however long the name (Vietnamese)."""
    if s.lang != "vi" or ev.end > pl.start or pl.start - ev.end > 120:
        return False
    if not _HOLDS_BEFORE.search(s.text, max(s.start, ev.start - 30), ev.start):
        return False
    between = s.text[ev.end:pl.start]
    if re.search(r"[.;:()]", between) or not re.search(AT_PLACE_VI + "$", between[-12:]):
        return False
    return not any(m.type != "Topic" and ev.end <= m.start < pl.start for m in s.mentions)


def event_place_lists(s: "Sentence") -> list["Relation"]:
    """locatedIn: every place of "tại A, B" for the event of the sentence."""

    events = [e for e in s.of_type("Event") if not another_event(s, e)]  # (not "a second event … in X")
    places = s.of_type("Place")
    if not events or not places:
        return []
    out: list[Relation] = []
    prep = AT_PLACE_VI + "$" if s.lang == "vi" else r"\b(?:in|at)\s+(?:the\s+)?$"
    held = r"(?:tổ chức|diễn ra|khai mạc|truyền hình trực tiếp)[^.;]{0,40}\btừ\s+$" if s.lang == "vi" else None
    for i, pl in enumerate(places):
        before = s.text[max(s.start, pl.start - 60):pl.start]
        first = re.search(prep, before[-24:], flags=re.IGNORECASE) or (held and re.search(held, before)) \
            or s.lang != "vi" and re.search(r"\bon\s+the\s+$", before) and any(held_at(s, e, pl) for e in events)
        if not first:
            continue
        if not_a_venue(s, before) or seat_of_a_name(s, pl) or s.lang != "vi" and KIND_OF_AFTER.match(s.text, pl.end) \
                or offence_before(s, pl.start):
            continue  # ("in the Mekong Delta city of Cần Thơ": the region only says where the city is; "accused of … at X")
        if s.lang != "vi" and re.search(r"\b(?:headquartered|based)\s+in\s+(?:the\s+)?$", before):
            continue  # "The association, headquartered in Hà Nội, will hold the summit in Đà Nẵng": the body's seat
        if s.lang == "vi" and re.search(r"(?<![\w])trụ sở(?:\s+chính)?\s+(?:tại|ở)\s+$", before):
            continue  # "Trong khuôn khổ hội nghị, Công ty X, có trụ sở tại phường Y, …": the body's seat
        if s.lang != "vi" and any(owns_place(s, pl, q) for q in places):
            continue  # ("in Hanoi's Ba Đình District": the district, kg.relations.places.locations)
        chain = [pl]
        for nxt in places[i + 1:]:
            # "tại A, B", "tại Trung tâm Hội nghị tỉnh ở phường X", "at the X Centre in Y ward, Z City":
            # the venue and the places it is in
            if re.fullmatch(r"\s*(?:,|ở|thuộc|và)\s*" if s.lang == "vi" else r"\s*(?:,|in|and)\s*",
                            s.text[chain[-1].end:nxt.start]) \
                    or re.fullmatch(r"\s*\(\s*", s.text[chain[-1].end:nxt.start]) and _places_in_brackets(s, nxt) \
                    and not _country(nxt):
                chain.append(nxt)  # (and "tại Cảng Cát Lái (TP.HCM)": the city in brackets, not "Mumbai (Ấn Độ)")
            else:
                break
        ev = min(events, key=lambda e: abs(e.start - pl.start))
        if abs(ev.start - pl.start) > 90 and pl.start - s.start > 30 and not _past_organisers(s, ev, pl) \
                and not held_at(s, ev, pl) and not _at_headquarters_in(s, ev, pl) and not _held_name_then_place(s, ev, pl) \
                or said_at_event(s, ev, pl) or named_after_the_place(s, ev, pl) or timed_by_the_event(s, ev, pl) \
                or s.lang == "vi" and proposed_event(s.text, s.start, ev.start):
            continue  # too far from the event to be its venue, in what was said there, or another noun's place
        if re.search(r"(nước ngoài|đầu tư|doanh nghiệp|công ty|investors?|companies|firms)\s+(tại|ở|in|at)\s+$", before) \
                or elsewhere(s, pl):
            continue  # "các nhà đầu tư nước ngoài tại Việt Nam": where the investors are
        for p in chain:
            out.append(Relation(ev.id, "locatedIn", p.id, s.index))
    return out


# "… chaired a working session with 15 companies at the provincial Party Committee's headquarters in Kinh
# Bắc ward": an unnamed seat of a body, then the place it is in
_AT_HEADQUARTERS = re.compile(r"(?:\s+with\s+[^.;:]{1,60}?)?,?\s+at\s+(?:the|its|their)\s+[^.;:,]{0,60}?"
                              r"(?:headquarters|head office|offices|office|premises)\s+in\s+(?:the\s+)?")


def _at_headquarters_in(s: "Sentence", ev, pl) -> bool:
    """English: only the event's partners and a body's seat stand between the event and the place."""
    return s.lang == "en" and ev.end <= pl.start and _AT_HEADQUARTERS.fullmatch(s.text, ev.end, pl.start) is not None


def _past_organisers(s: "Sentence", ev, pl) -> bool:
    """Only the event's organisers stand between it and its venue: "the X Forum organised by A and
    B at the Lotte Hotel" (``fallback_host_by`` cues, then bodies, then "at / in")."""
    inside = [x for x in s.mentions if ev.end <= x.start and x.end <= pl.start]
    if not inside or any(x.type != "Organization" for x in inside):
        return False
    gap = s.text[ev.end:pl.start]
    for x in sorted(inside, key=lambda x: -x.start):  # each body as one token
        gap = gap[:x.start - ev.end] + " ORG " + gap[x.end - ev.end:]
    by = cue_pattern("fallback_host_by", s.lang)
    return re.fullmatch(r"\s*,?\s*(?:jointly\s+)?(?:" + by + r")(?:\s+(?:the\s+)?ORG(?:\s*\([^()]{1,12}\))?\s*(?:,|and|và)?)+"
                        r"\s*(?:at|in|tại|ở)\s+(?:the\s+)?", gap, flags=re.IGNORECASE) is not None


def apposed_sub_bodies(s: "Sentence") -> list["Relation"]:
    """subOrganizationOf: "Vụ Giáo dục phổ thông, Bộ Giáo dục và Đào tạo", "Cục X - Bộ Y", "Vụ X (Bộ Y)", "Cục X (C03) Bộ Y",
    "Trường Đại học X, Đại học Quốc gia Y": a unit named with its parent after a comma or dash, or with
    the parent in brackets."""

    sub = r"(?:" + cue_pattern("sub_body_heads", s.lang) + r")"
    parent = r"(?:" + cue_pattern("parent_body_heads", s.lang) + r")"
    # a short form in brackets after a body is that body's ("Cục … (C03), Bộ Công an")
    orgs = [o for o in s.of_type("Organization")
            if not (s.text[o.start - 1:o.start] == "(" and s.text[o.end:o.end + 1] == ")" and " " not in o.text)]
    out: list[Relation] = []
    for i, (a, b) in enumerate(zip(orgs, orgs[1:])):
        gap = s.text[a.end:b.start]
        # "Vụ X (Bộ Y)", "Cục X (C03, Bộ Công an)": the parent in brackets, after the unit's short form
        bracketed = re.fullmatch(r"\s*\(\s*(?:[A-ZĐ][A-ZĐ0-9&.-]{1,9}\s*,\s*)?", gap) \
            and re.match(r"\s*\)", s.text[b.end:b.end + 3])
        if not bracketed and not re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?[,–-]\s*(?:the\s+)?"
                                              r"|\s*\([A-ZĐ][A-ZĐ0-9&.-]{1,9}\)\s+", gap):
            continue  # "Vụ Giáo dục Đại học (Bộ GD-ĐT)": the ministry in brackets; "Cục … (C03) Bộ Công an"
        if not re.match(parent, b.text) or re.match(sub, b.text):
            continue
        if bracketed:  # a ministry in brackets after any body is its parent: "Tổng công ty X (Bộ Quốc phòng)"
            out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))
            continue
        if not re.match(sub, a.text):
            continue
        # "Cục A, Cục B, Bộ C" or "Cục A, Bộ B và Bộ C" is a list of bodies, not one body and its ministry
        if i > 0 and re.fullmatch(r"\s*,\s*", s.text[orgs[i - 1].end:a.start]):
            continue
        if i + 2 < len(orgs) and re.fullmatch(r"\s*(?:,|và|and)\s*", s.text[b.end:orgs[i + 2].start]):
            continue
        out.append(Relation(a.id, "subOrganizationOf", b.id, s.index))
    return out


EVENT_REF_OPENING = re.compile(r"\s*(The (?:(?:opening|closing|launch|inauguration|signing|groundbreaking|award)\s+)?"
                               r"(ceremony|event|meeting|conference|forum|session)|Sự kiện|Buổi lễ|Hội nghị|"
                               r"Diễn đàn|Lễ khởi công|Buổi làm việc)\b")


def adjacent_event_facts(ex: Extraction, dates: list[tuple[int, int, str | None]], text: str) -> list[Relation]:
    """A dated sentence with no event, followed by one that opens with the event ("The ceremony …"),
    dates and places that event: "On January 16th, X broke ground … in Hanoi. The ceremony was …"."""
    out: list[Relation] = []
    for i in range(len(ex.sentences) - 1):
        s_start, s_end = ex.sentences[i]
        if any(m.type == "Event" and not m.nested and m.sentence == i for m in ex.mentions):
            continue
        n_start, n_end = ex.sentences[i + 1]
        if not EVENT_REF_OPENING.match(text, n_start):
            continue
        ev = next((m for m in ex.mentions if m.type == "Event" and m.sentence == i + 1 and not m.nested), None)
        if ev is None or ev.start > n_start + 20:
            continue
        # (not when the event's own sentence dates it, nor when the earlier day is an instrument's: "… passed the Law
        # on X on June 14. The conference, held on May 15, …")
        own_day = any(n_start <= d[0] < n_end and d[2] for d in dates)
        instrument = any(m.type == "Policy" and m.sentence == i and not m.nested for m in ex.mentions)
        for d in dates:
            if s_start <= d[0] < s_end and d[2] and not own_day and not instrument:
                out.append(Relation(ev.id, "date", d[2], i))
        dated = any(s_start <= d[0] < s_end and d[2] for d in dates)
        for pl in ex.mentions:  # (where a happening is told: "investors in Japan" places no ceremony)
            if pl.type == "Place" and pl.sentence == i and not pl.nested and \
                    re.search(r"\b(in|tại|ở)\s+$", text[max(s_start, pl.start - 6):pl.start]) and \
                    (dated or _HAPPENING.search(text, s_start, pl.start)) and \
                    not (ex.article.lang == "en" and (elsewhere_at(text, s_start, pl.start)  # ("for its plants in X")
                                                      or _place_of_an_object(ex, text, s_start, pl))):
                out.append(Relation(ev.id, "locatedIn", pl.id, i))
        # "X broke ground on … The ceremony …": X held the ceremony; "A and B on Wednesday opened …": both
        orgs = sorted((o for o in ex.mentions if o.type == "Organization" and o.sentence == i and not o.nested),
                      key=lambda o: o.start)
        for k, org in enumerate(orgs):
            if HOLD_VERB.match(text, org.end) and not NEGATED.search(text[org.end:org.end + 30]):
                subjects = [org]
                while k > 0 and re.fullmatch(r"\)?\s*(?:\([^()]{1,12}\))?\s*(?:and|,)\s+(?:[\w-]+\s+){0,2}",
                                             text[orgs[k - 1].end:subjects[-1].start]):
                    k -= 1  # "Vietnam National University, Hanoi (VNU) and Japanese chipmaker Renesas"
                    subjects.append(orgs[k])
                out += [Relation(o.id, "organized", ev.id, i) for o in subjects]
                break
    return out


_UNIT_PHRASE = re.compile(r"[A-ZĐ][\w'’-]*(?:\s+[A-ZĐ][\w'’-]*){0,3}\s+(?:town|commune|ward|district|village|border\s+gate|"
                          r"port|province|city)\s+in\s+$")


def _place_of_an_object(ex: Extraction, text: str, s_start: int, pl: Mention) -> bool:
    """``pl`` only says where another place is, one that a route links: "an expressway connecting Đồng Đăng
    town in Lạng Sơn Province with Trà Lĩnh border gate in Cao Bằng Province" (what the road links, not where
    the ceremony of the next sentence was). A place chained to a venue or a work ("at the Vũng Áng Economic Zone
    in Hà Tĩnh", "broke ground on the Tiên Lãng power plant in Tiên Lãng commune") stays."""
    inner = next((m for m in ex.mentions if m.sentence == pl.sentence and not m.nested and m.end < pl.start
                  and re.fullmatch(r"\s+in\s+(?:the\s+)?", text[m.end:pl.start])), None)
    start = inner.start if inner is not None else None
    if start is None:
        unit = _UNIT_PHRASE.search(text, max(s_start, pl.start - 60), pl.start)
        if unit is None:
            return False
        start = unit.start()
    return re.search(r"\b(?:connecting|linking|connects|links|between|from|to|with|and)\s+(?:the\s+)?$",
                     text[max(s_start, start - 14):start]) is not None


_HAPPENING = re.compile(r"(?<![\w])(?:broke ground|inaugurated|launched|opened|held|hosted|organi[sz]ed|began|started|"
                        r"signed|unveiled|khởi công|khánh thành|khai trương|khai mạc|tổ chức|ra mắt|ký)\b", re.IGNORECASE)


HOLD_VERB = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:on|this|last)\s+[A-Z]?\w+(?:\s+(?:morning|afternoon|evening))?)?"
                       r"\s+(?:(?:officially|has|have|đã|chính thức|vừa)\s+){0,2}"
                       r"(?:broke ground|inaugurated|launched|opened|held|hosted|organi[sz]ed|"
                       r"khởi công|khánh thành|khai trương|tổ chức|ra mắt)\b")


HEADLINE_VERBS = re.compile(r"(?<![\w])(khởi công|khánh thành|khai trương|khai mạc|ra mắt|kỷ niệm)\b", re.IGNORECASE)


def headline_place(ex: Extraction, text: str) -> list[Relation]:
    """locatedIn from the headline: "Khánh thành nhà máy … tại Sa Đéc" places the article's
    "Lễ khánh thành …" (the first such ceremony of the next sentences) where the headline says."""
    if not ex.sentences:
        return []
    h_start, h_end = ex.sentences[0]
    headline = text[h_start:h_end].rstrip()
    verb = HEADLINE_VERBS.search(headline)
    # "Đà Nẵng tổ chức hội nghị xúc tiến đầu tư tại phường Hòa Cường": the meeting the lead names
    held = None if verb else re.search(r"(?<![\w])(?:tổ chức|họp|mở)\s+(?P<noun>" + cue_pattern("speech_events", "vi") + r")",
                                       headline, flags=re.IGNORECASE)
    if (verb is None and held is None) or headline.endswith((".", "!", "?")) or "\n" in headline:
        return []
    verb = verb or held
    places = [m for m in ex.mentions if m.type == "Place" and m.sentence == 0 and not m.nested
              and m.start > h_start + verb.end() and re.search(r"\b(?:tại|ở)\s+$", text[max(h_start, m.start - 5):m.start])]
    kind = held.group("noun").casefold() if held else "lễ " + verb.group(1).casefold()
    event = next((m for m in ex.mentions if m.type == "Event" and not m.nested and not m.ref and 1 <= m.sentence <= 3
                  and m.text.casefold().startswith(kind)), None)
    if event is None:
        return []
    return [Relation(event.id, "locatedIn", p.id, 0) for p in places]


def meeting_of_the_body(s: "Sentence") -> list["Relation"]:
    """organized (English): "an emergency meeting of the committee": the body the reference at the end
    of the event's name names again (the latest body of the article whose name holds its words) holds it."""
    from kg.relations.organizations import org_ref_at

    if s.lang != "en":
        return []
    out: list[Relation] = []
    for ev in s.of_type("Event"):
        m = re.search(r"\bof\s+(?P<ref>the\s+[a-z][\w\s-]{2,40})$", ev.text)
        if m is None:
            continue
        org = org_ref_at(s, ev.start + m.start("ref"))
        if org is not None:
            out.append(Relation(org.id, "organized", ev.id, s.index))
    return out


def _country(m: Mention) -> bool:
    """A country of the gazetteer ("Ấn Độ" in "thành phố Mumbai (Ấn Độ)": where the city is, not the event)."""
    from kg.nlp.lexicon import entry_by_id

    entry = entry_by_id("Place", m.gid) if m.gid else None
    return entry is not None and entry.kind == "country"


def _places_in_brackets(s: Sentence, first: Mention) -> bool:
    """The brackets opened right before ``first`` hold places only, joined by commas ("(TP.HCM)", "(phường Cái Khế,
    quận Ninh Kiều)")."""
    close = s.text.find(")", first.end, s.end)
    if close < 0:
        return False
    inside = s.text[first.start:close]
    for m in sorted((m for m in s.of_type("Place") if first.start <= m.start and m.end <= close), key=lambda m: -m.start):
        inside = inside[:m.start - first.start] + inside[m.end - first.start:]
    return re.fullmatch(r"[\s,]*", inside) is not None



# "tổ chức Lễ đón nhận … và khai mạc Tuần Văn hóa …": a second event held in the same act
_JOINED_EVENT = re.compile(r"\s+và\s+(?:(?:long trọng\s+)?(?:khai mạc|tổ chức|phát động|bế mạc|công bố|ra mắt|"
                           r"phát lệnh khởi công|khởi công|khánh thành)\s+)?")


def joined_events(s: "Sentence", rels: list["Relation"]) -> list["Relation"]:
    """organized, date, locatedIn: "UBND tỉnh tổ chức Lễ đón nhận … và khai mạc Tuần Văn hóa - Du lịch … năm 2026"
    (Vietnamese): the second event, joined to the first by "và" and a holding verb, is held by the same body on the
    same day at the same place (``rels``: the relations found so far)."""
    if s.lang != "vi":
        return _joined_events_en(s, rels)
    events = s.of_type("Event")
    out: list[Relation] = []
    for first, second in zip(events, events[1:]):
        if not _JOINED_EVENT.fullmatch(s.text, first.end, second.start):
            continue
        have = {(r.subject, r.predicate, r.obj) for r in rels}
        for r in rels:
            if r.sentence != s.index:
                continue
            if r.predicate == "organized" and r.obj == first.id:
                new = Relation(r.subject, "organized", second.id, s.index)
            elif r.predicate in ("date", "locatedIn") and r.subject == first.id:
                new = Relation(second.id, r.predicate, r.obj, s.index)
            else:
                continue
            if (new.subject, new.predicate, new.obj) not in have:
                out.append(new)
    return out


# "held the Vietnam Digital Economy Forum and the National Digital Transformation Awards ceremony in Hà Nội": two
# events joined by "and" as the objects (or subjects) of one holding verb
_JOINED_EVENT_EN = re.compile(r",?\s+and\s+(?:the\s+|an?\s+|its\s+|their\s+)?")
_HELD_EN = re.compile(r"(?<![\w-])(?:held|hosted|organi[sz]ed|co-organi[sz]ed|staged|took\s+place|opened)(?![\w-])")


def _joined_events_en(s: "Sentence", rels: list["Relation"]) -> list["Relation"]:
    """organized, date, locatedIn (English): the holder, day and place a sentence gives once for two events it joins
    by "and" under one holding verb hold for both, in either direction, unless the other has its own."""
    events = s.of_type("Event")
    if len(events) < 2 or not _HELD_EN.search(s.text, s.start, s.end):
        return []
    mine = [r for r in rels if r.sentence == s.index]
    have = {(r.subject, r.predicate, r.obj) for r in rels}
    out: list[Relation] = []
    for first, second in zip(events, events[1:]):
        if not _JOINED_EVENT_EN.fullmatch(s.text, first.end, second.start):
            continue
        for a, b in ((first, second), (second, first)):
            for r in mine:
                if r.predicate == "organized" and r.obj == a.id:
                    new = Relation(r.subject, "organized", b.id, s.index)
                elif r.predicate in ("date", "locatedIn") and r.subject == a.id \
                        and not any(x.predicate == r.predicate and x.subject == b.id for x in mine):
                    new = Relation(b.id, r.predicate, r.obj, s.index)
                else:
                    continue
                if (new.subject, new.predicate, new.obj) not in have:
                    have.add((new.subject, new.predicate, new.obj))
                    out.append(new)
    return out


"""Where a body is, when the text says so next to its name: ``locatedIn``.

- "the Dong Ha-based Quang Tri Water Supply Company", "a Hanoi-based firm X": the place
  before ``-based`` / ``-headquartered`` locates the body after it;
- "Công ty cổ phần Sữa Việt Nam (TP.HCM)", "Saigon Newport Corporation (Ho Chi Minh City)":
  a place alone in brackets right after a body locates it;
- where a person lives, written next to the name, is read by kg.relations.residences.

A place inside a body's own name ("Sở Y tế tỉnh Nghệ An") is part of the name, not a
stated location, and gives nothing here. The suffixes are ``based_suffixes`` in
``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.body_venues import offence_site
from kg.relations.cues import cue_pattern, cue_words
from kg.relations.on_sites_vi import on_site_vi
from kg.relations.venue_frames_vi import other_of_kind_vi, proposed_event
from kg.relations.seat_phrases_en import UNIT_OF, copula_body, seat_phrase_before
from kg.relations.event_sites_vi import event_ground, unnamed_site
from kg.relations.base import (AT_PLACE_VI, Mention, Relation, Sentence, nearest, state_body, held_at,
                               named_after_the_place, not_a_venue, said_at_event, seat_of_a_name, timed_by_the_event)
from kg.nlp.patterns import UPPER_VI



def org_places(s: "Sentence") -> list["Relation"]:
    """locatedIn for bodies written "X-based BODY" or "BODY (PLACE)"."""

    out: list[Relation] = []
    places = [m for m in s.mentions + s.nested if m.type == "Place"]
    orgs = [m for m in s.mentions if m.type == "Organization" and not m.ref]
    suffixes = "|".join(re.escape(x) for x in cue_words("based_suffixes", s.lang))
    # "the Dong Ha-based Quang Tri Water Supply Company", "the Binh Duong-based furniture maker Minh Phat":
    # up to three lower-case words that say what the body is may stand between
    based = re.compile(rf"[-‑–]\s?(?:{suffixes})\s+(?:(?:a|an|the)\s+)?(?:(?!(?:and|or|of|the|with|in|at|for|to|"
                       rf"such|as|is|are|was|were|has|have|will)\s)[a-z][\w-]*\s+){{0,3}}") if suffixes else None
    for pl in places:
        if based is not None:
            m = based.match(s.text, pl.end)
            if m:
                org = next((o for o in orgs if o.start == m.end()), None)
                if org is not None:
                    out.append(Relation(org.id, "locatedIn", pl.id, s.index))
                    continue
        home = _apposed_home(s, pl, orgs, suffixes) if s.lang == "en" else None
        if home is not None:
            out.append(Relation(home.id, "locatedIn", pl.id, s.index))
            continue
        if re.match(r"\s*\)", s.text[pl.end:pl.end + 3]):
            opening = s.text.rfind("(", s.start, pl.start)
            if opening < 0 or s.text[opening + 1:pl.start].strip():
                continue
            org = next((o for o in orgs if o.end <= opening and not s.text[o.end:opening].strip()), None)
            if org is not None:
                out.append(Relation(org.id, "locatedIn", pl.id, s.index))
    return out


def _apposed_home(s: Sentence, pl: Mention, orgs: list[Mention], suffixes: str) -> Mention | None:
    """"SeaSense, a Đà Nẵng-based start-up, …", "GreenLoop, a Hà Nội company that …": the place in an
    apposition that says what the body is locates it (``firm_nouns``, ``based_suffixes``)."""
    firms = cue_pattern("firm_nouns", "en")
    after = rf"(?:[-‑–]\s?(?:{suffixes})\b|\s+(?:{firms}))" if suffixes else rf"\s+(?:{firms})"
    if not re.match(after, s.text[pl.end:pl.end + 40], flags=re.IGNORECASE):
        if re.match(r"['’]s\s", s.text[pl.end:pl.end + 3]):
            return None  # "… in Cần Thơ's Ninh Kiều ward": the ward locates it, not the city that owns it
        # "Nông Trại Số, a start-up in Cần Thơ that …": the place after the noun that says what the body is;
        # "Hùng Vương Hospital, a public hospital in Hồ Chí Minh City", "…, a satellite clinic in Cần Thơ's Ninh
        # Kiều ward": so does the kind of body it is (a whole place, not one inside another's name)
        from kg.relations.organizations import REF_HEADS
        kinds = firms if pl.nested else rf"{firms}|{REF_HEADS}"
        return next((o for o in orgs if o.end <= pl.start and re.fullmatch(
            rf"(?:\s*\([^()]{{1,12}}\))?\s*,\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{kinds})\s+(?:based\s+)?in\s+"
            rf"(?:[{UPPER_VI}][\w-]*(?:\s+[{UPPER_VI}][\w-]*){{0,3}}['’]s\s+|{UNIT_OF})?", s.text[o.end:pl.start])), None)
    # "Viettel, the Hà Nội-headquartered military telecoms group": the definite apposition says it as well;
    # "The institute is a Nha Trang-based research body": so does a copula (kg.relations.seat_phrases_en)
    return next((o for o in orgs if re.fullmatch(r"(?:\s*\([^()]{1,12}\))?\s*,\s*(?:a|an|the)\s+",
                                                 s.text[o.end:pl.start])), None) or copula_body(s, pl)


def locations(s: Sentence) -> list[Relation]:
    """locatedIn: events held in a place, organisations based or located somewhere."""
    places = s.of_type("Place")
    if not places:
        return []
    out: list[Relation] = []
    events = [e for e in s.of_type("Event") if not another_event(s, e)]
    orgs = s.of_type("Organization")
    # "tại đặc khu Côn Đảo": a unit word the place's span left out may stand after "tại"
    prep = r"\b" + AT_PLACE_VI + r"(?:" + cue_pattern("unit_words", s.lang) + r"\s+)?$" if s.lang == "vi" \
        else r"\b(in|at)\s+(the\s+)?$"
    placed: dict[int, list[Mention]] = {}  # event id → the places already given to it in this sentence
    sited: dict[int, list[Mention]] = {}  # body or event id → the places "located in" gave it
    for pl in places:
        ground = _on_the_ground(s, pl, orgs)
        if ground is not None:  # "Công ty X đóng trên địa bàn tỉnh Y"
            out.append(Relation(ground.id, "locatedIn", pl.id, s.index))
            continue
        if s.lang != "vi" and KIND_OF_AFTER.match(s.text, pl.end):
            continue  # "in the Mekong Delta city of Cần Thơ": the region only says where the city is
        if s.lang != "vi" and any(owns_place(s, pl, q) for q in places):
            continue  # "in Hanoi's Ba Đình District": the district says where; the city, whose it is
        owner = next((q for q in places if owns_place(s, q, pl)), None) if s.lang != "vi" else None
        at = owner or pl  # the words before "Hanoi's Ba Đình District" are the district's
        before = _region_of(s, at) or _on_site(s, at) or on_site_vi(s, at) or s.text[max(s.start, at.start - 30):at.start]
        if s.lang == "vi" and events and (unnamed_site(s, at) or event_ground(s, events, at)):
            before = "tại "  # "Buổi lễ diễn ra tại đầu cầu phía xã Tam Nông": the spot has no name; the commune holds it
        # "located on the university's Hòa An campus (in Cần Thơ City)": the campus, then the city after it
        on_site = re.search(r"\blocated\s+(?:on|at|in)\s+(?:the\s+)?[\w-]+['’]s\s+$", before) \
            or s.lang == "en" and seat_phrase_before(before)  # "based in the city's X district", ", whose office in X"
        chained = next((k for k, pls in sited.items() if _chained(s, pl, pls)), None)
        if not re.search(prep, before, flags=re.IGNORECASE) and not re.search(r"(,|và|and)\s+$", before) \
                and not on_site and not (s.lang != "vi" and events and re.search(r"\s+of\s+$", before)
                                         and _chained(s, pl, placed.get(nearest(events, pl).id, ()))):
            continue  # (but "held in Hòa Hải ward of Đà Nẵng" names where the ward is, on the event's chain)
        # "đặt tại / trụ sở tại / có văn phòng tại / nằm tại / headquartered in" → the organisation before it (not "đặt" that puts an object
        # there: "nhà trường sẽ đặt tại Thái Nguyên một phân hiệu")
        if s.lang == "vi" and re.search(r"(?<![\w])đặt\s+(?:tại|ở)\s+$", before) \
                and re.match(r"\s+(?:một|các|những|\d+)\s", s.text[pl.end:s.end]):
            continue
        # (", whose headquarters is in Hà Nội": the body before the relative clause)
        if re.search(r"(đặt|trụ sở|có văn phòng(?: đại diện)?|đóng|nằm|headquartered|based|located|(?:(?:has|have|had)\s+"
                     r"(?:its|their)|,\s+with(?:\s+its|\s+their)?)\s+(?:headquarters|head\s+office|main\s+office)|,\s+whose\s+(?:headquarters|head\s+office)"
                     r"\s+(?:is|are|was|were))\s+(chính\s+)?(tại|ở|in|at)\s+(?:the\s+)?$", before) or \
                on_site or chained is not None or \
                _continues_list(s, pl, places, r"(đặt|trụ sở|đóng|nằm|headquartered|based|located)"):
            subj = [m for m in orgs + events if m.end <= pl.start]
            if chained is not None:
                out.append(Relation(chained, "locatedIn", pl.id, s.index))
                sited[chained].append(pl)
            elif subj and not (s.lang == "en" and _OF_GENERIC_NOUNS.search(s.text, max(subj, key=lambda m: m.end).end,
                                                                              pl.start)):
                # the nearest body or event before "đặt tại / based in" ("Cũng tại buổi lễ, Công ty X, có trụ
                # sở tại Tokyo, …": the company, not the ceremony named before it; but "officials of the X and
                # executives of two dredging companies based in Y": the unnamed companies are there)
                target = max(subj, key=lambda m: m.end)
                target = _apposed_head(s, target, subj)
                out.append(Relation(target.id, "locatedIn", pl.id, s.index))
                sited.setdefault(target.id, []).append(pl)
            continue
        if not re.search(prep, before, flags=re.IGNORECASE) and not (
                events and _chained(s, pl, placed.get(nearest(events, pl).id, ()), joined=True)):
            continue  # (", Hà Nội" after a place the event already has goes on the chain)
        office = _represented_office(s, pl, orgs)
        if office is not None:  # "bà X, Trưởng đại diện WHO tại Việt Nam": the body's office, not the event's place
            out.append(Relation(office.id, "locatedIn", pl.id, s.index))
            continue
        if events and (not_a_venue(s, before) or s.lang == "vi" and offence_site(s.text, s.start, at.start)
                       or offence_before(s, at.start)):
            continue  # (and "xét xử vụ án vi phạm … tại X", "managers accused of leasing land at X": where the offence was)
        host = None
        if events and s.lang != "vi" and pl.end <= nearest(events, pl).start:
            # "the Việt Nam National Museum of History in Hà Nội opened an exhibition": the body before "in", as
            # with no event ("ORG in LOC" below); the event after it keeps its own reading
            own = _body_in(s, orgs, pl)
            if own is not None:
                out.append(Relation(own.id, "locatedIn", pl.id, s.index))
        if events and s.lang != "vi":
            # "at a ceremony at the National Children's Hospital in Hanoi": the facility is in the city too ("at the
            # Department of Foreign Affairs building in Pasay city": its building)
            host = next((o for o in orgs if _HOST_IN.fullmatch(s.text, o.end, pl.start)
                         and not o.ref
                         and re.search(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:headquarters|offices?|premises)\s+of\s+(?:the\s+)?)?"
                                       r"(?:(?:provincial|municipal|city|district)\s+)?$",  # "at the headquarters of X in Y"
                                       s.text[max(s.start, o.start - 40):o.start])), None)
            if host is not None and not state_body(host):
                out.append(Relation(host.id, "locatedIn", pl.id, s.index))
            # (a state body's premises place the event, not the body: "a meeting at the provincial
            # Department of Agriculture and Environment in Chiềng Sinh ward")
        if events and not seat_of_a_name(s, pl):  # ("thương vụ Việt Nam tại Đức": the body's seat, below)
            # "The X election was held in New York during the Y session": the event whose own clause holds the place
            ev = next((e for e in events if held_at(s, e, pl)), None) or nearest(events, pl)
            near = abs(ev.start - pl.start) <= 90 or pl.start - _opening(s) <= 30 \
                or 0 <= pl.start - _past_short_form(s, ev.end) <= 40 \
                or held_at(s, ev, pl) \
                or _chained(s, pl, placed.get(ev.id, ()), joined=True) \
                or host is not None and 0 <= host.start - ev.end <= 60  # "opened … at the X Centre (XC) in Y"
            if said_at_event(s, ev, pl) or named_after_the_place(s, ev, pl) or timed_by_the_event(s, ev, pl) \
                    or _in_own_complement(s, ev, pl, places) or s.lang == "vi" and proposed_event(s.text, s.start, ev.start):
                continue  # "Tại buổi lễ, ông X cho biết công ty mẹ tại Hàn Quốc …": what was said there
            # "doanh nghiệp đầu tư tại X" invests there; not "Hội nghị xúc tiến đầu tư | tại X", whose name ends so
            invest = (re.search(r"(nước ngoài|đầu tư|doanh nghiệp|công ty)\s+(tại|ở|in)\s+$", before) or elsewhere(s, at)) \
                and not re.fullmatch(r"\s+(?:tại|ở|in)\s+", s.text[ev.end:at.start]) \
                and not held_at(s, ev, at)  # ("The festival, organised by …, will open in Cần Thơ": its own clause)
            if near and not invest:
                out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
                placed.setdefault(ev.id, []).append(pl)
            continue
        # "ORG, tại LOC …"
        prev = [o for o in orgs if o.end <= pl.start and (re.fullmatch(r"\s*,\s*(tại|ở)\s+", s.text[o.end:pl.start])
                                                          or (not state_body(o) or _international(o)) and not o.ref
                                                          and re.fullmatch(r"(?:\s*\([^()]{1,15}\))?" + _OWN_SITE
                                                                           + r"\s+(?:in|tại|ở)\s+(?:the\s+)?",
                                                                           s.text[o.end:pl.start]))]  # "(JETRO) tại Hà Nội"
        # "bếp ăn của Công ty X tại Khu công nghiệp Y", "open the X Centre in the Y Park": a body that is
        # no state organ, right before "tại / in" a place
        if prev:
            out.append(Relation(prev[-1].id, "locatedIn", pl.id, s.index))
            if s.lang != "vi":  # (the Vietnamese gold keeps a body's first place only: "tại phường A, TP B")
                sited.setdefault(prev[-1].id, []).append(pl)
    # "Trung tâm … của Việt Nam", "Qualcomm – tập đoàn sản xuất chip hàng đầu của Mỹ"
    for o in orgs:
        if state_body(o):
            continue
        for pl in places:
            gap = s.text[o.end:pl.start]
            # ("the Mediterranean Shipping Company (MSC) of Switzerland": its acronym may stand between)
            if pl.start > o.end and re.fullmatch(r"(?:\s*\([A-Z][\w&.-]{1,12}\))?\s+(của|of)\s+|\s*[–—-]\s*(tập đoàn|công ty|hãng|doanh nghiệp)"
                                                  r"[^–—,;.()]{0,60}\s(của|of)\s+", gap):
                out.append(Relation(o.id, "locatedIn", pl.id, s.index))
            elif s.lang == "en" and pl.start > o.end and _FROM_PLACE.fullmatch(gap) and not o.ref \
                    and not re.match(r"\s+to\s", s.text[pl.end:pl.end + 5]):
                out.append(Relation(o.id, "locatedIn", pl.id, s.index))  # "Vĩnh Hiệp Company from Gia Lai province"
    return out


_HOST_IN = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:building|compound|headquarters|offices))?\s+in\s+(?:the\s+)?")


def _body_in(s: Sentence, orgs: list[Mention], pl: Mention) -> Mention | None:
    """A named body that is no state organ right before "in (the) PLACE" (English)."""
    return next((o for o in orgs if o.end <= pl.start and not o.ref and (not state_body(o) or _international(o))
                 and re.fullmatch(r"\s+in\s+(?:the\s+)?", s.text[o.end:pl.start])), None)


def _in_own_complement(s: Sentence, ev: Mention, pl: Mention, places: list[Mention]) -> bool:
    """``pl`` stands in the event's own complement, not after "in / at", and the clause goes on to say where the
    event was held: "A ceremony to commemorate the soldiers who died on the Trường Sơn Road was held at the
    Trường Sơn National Martyrs' Cemetery" (the road is what the ceremony is about; the cemetery, where)."""
    if s.lang == "vi" or pl.start < ev.end or re.search(r"\b(?:in|at)\s+(?:the\s+)?$", s.text[max(s.start, pl.start - 8):pl.start]):
        return False
    return any(q.start >= pl.end and held_at(s, ev, q) for q in places)


# a firm named with where it comes from in a list ("Among the exhibitors were A, B Company from Gia Lai
# province and …"), not a move ("moved production from China to Việt Nam")
_OF_GENERIC_NOUNS = re.compile(r"\s(?:of|from|with|and|including)\s+(?:[\w-]+\s+){0,3}[a-z][a-z-]*s\s+"
                               r"(?:(?:which|that)\s+(?:are|were)\s+)?(?:based|headquartered|located)\s+in\s")
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?")


# "A second event will take place in …", "next year's expo will be staged in …": another happening of the kind
_ANOTHER = re.compile(r"(?:\b(?:another|(?:a|the)\s+(?:second|third|further|similar|new|next)|next\s+year['’]s|"
                      r"next\s+month['’]s|the\s+following)\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE)


def offence_before(s: Sentence, at: int) -> bool:
    """English: the place at ``at`` closes a clause that tells an offence ("managers accused of leasing land at
    X wharf", ``offence_cues``): where the offence was, not where the sentence's event is held."""
    return s.lang == "en" and re.search(cue_pattern("offence_cues", "en") + r"[^,.;:()]{0,80}$",
                                        s.text[s.start:at]) is not None


def another_event(s: Sentence, ev: Mention) -> bool:
    """``ev`` is a bare kind word that names another happening than the one it would refer to ("a second event",
    "thêm ba phiên giao dịch việc làm")."""
    return another_of_kind(s.text, s.start, ev) if s.lang != "vi" else other_of_kind_vi(s.text, s.start, ev.start, ev.ref, ev.end)


def another_of_kind(text: str, lo: int, ev: Mention) -> bool:
    """The words before ``ev`` (not before ``lo``) make it another happening of its kind (English)."""
    if ev.ref and _ANOTHER.search(text[max(lo, ev.start - 30):ev.start]):
        return True
    # "A second event will take place …": the ordinal inside a bare kind word's span, after "a"
    return re.search(r"(?<![\w])(?:a|another)\s+(?:second|third|further|similar)\s+[\w-]+$",
                     text[max(lo, ev.start - 12):ev.end], flags=re.IGNORECASE) is not None


def elsewhere(s: Sentence, pl: Mention) -> bool:
    """``pl`` is where a verb's object goes or will be, or where a body's plants are, not the sentence's event:
    "Vingroup plans to invest in a car plant in India, …", "exports shrimp to buyers in Japan" (``elsewhere_verbs``),
    "for its two new plants in X" (English)."""
    return s.lang != "vi" and elsewhere_at(s.text, s.start, pl.start)


def elsewhere_at(text: str, lo: int, start: int) -> bool:
    """:func:`elsewhere` for a place at ``start`` of a sentence that begins at ``lo``."""
    verbs = cue_pattern("elsewhere_verbs", "en")
    window = text[max(lo, start - 70):start]
    if re.search(rf"{verbs}\s+(?:[\w-]+\s+){{0,6}}(?:in|to)\s+(?:the\s+)?$", window,  # (words only: no comma between)
                 flags=re.IGNORECASE):
        return True
    # "… to buy gas for its two new plants in Nhơn Trạch commune": the body's premises (``seat_nouns``), not
    # the venue ("at its campus in …" is where the sentence's event is)
    return re.search(r"(?<!\bat\s)\b(?:its|their)\s+(?:[\w-]+\s+){0,4}(?:" + cue_pattern("seat_nouns", "en")
                     + r")\s+in\s+(?:the\s+)?$", window, flags=re.IGNORECASE) is not None


def owns_place(s: Sentence, owner: Mention, pl: Mention) -> bool:
    """``owner`` is the place whose ``pl`` is, in English: "Hanoi's Ba Đình District"."""
    return owner.end < pl.start and re.fullmatch(r"['’]s\s+", s.text[owner.end:pl.start]) is not None


_IN_BRACKETS = r"(?:\s*\([^()]{1,40}\))?"  # "Cung Văn hóa Hữu nghị (Hà Nội) là nơi diễn ra …": where the venue is
_HOSTS = re.compile(_IN_BRACKETS + r"\s+(?:hosted|hosts|will\s+host|is\s+hosting|has\s+hosted|(?:(?:sẽ|đã|vừa|lần đầu|chính thức)\s+){0,2}đăng cai(?:\s+tổ chức)?|"
                    r"(?:sẽ\s+)?là\s+(?:nơi|địa điểm)\s+(?:diễn ra|tổ chức|đăng cai))\s+(?:the\s+)?")


def hosting_places(s: Sentence) -> list[Relation]:
    """locatedIn: a place that hosts an event is where it is held: "The Mekong Delta province of Đồng
    Tháp hosted the Vietnam Rice Festival 2025", "Đà Nẵng đăng cai Hội nghị …", "Trung tâm Hội nghị quốc gia (Hà
    Nội) là nơi diễn ra …" (the place in brackets too), "X was the venue for …"."""
    places = s.of_type("Place")
    out: list[Relation] = []
    for pl in places:
        for ev in s.of_type("Event"):
            if ev.start > pl.end and _HOSTS.fullmatch(s.text, pl.end, ev.start) or _venue_named(s, ev, pl):
                out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
                out += [Relation(ev.id, "locatedIn", q.id, s.index) for q in places
                        if pl.end < q.start and q.end < ev.start and s.text[pl.end:q.start].strip() == "("]
    return out


_BE = r"(?:was|is|will\s+be|would\s+be|has\s+been)"
_VENUE_OF = re.compile(_IN_BRACKETS + r"\s+" + _BE + r"\s+(?:also\s+)?the\s+(?:main\s+)?venue\s+(?:of|for)\s+(?:the\s+)?")
_VENUE_IS = re.compile(r"\s*(?:['’]s\s+venue\s+|\s+venue\s+)?" + _BE + r"\s+(?:the\s+)?")


def _venue_named(s: Sentence, ev: Mention, pl: Mention) -> bool:
    """The sentence names the event's venue: "The venue of the opening ceremony was the X Hall", "the
    Y Stadium will be the venue for the final", "The final's venue is Z" (English)."""
    if s.lang == "vi":
        return False
    if ev.start > pl.end:
        return _VENUE_OF.fullmatch(s.text, pl.end, ev.start) is not None
    if not re.search(r"(?<![\w])venue\s+(?:of|for)\s+(?:the\s+)?$", s.text[max(s.start, ev.start - 20):ev.start],
                     flags=re.IGNORECASE) and not re.match(r"['’]s\s+venue\b|\s+venue\b", s.text[ev.end:ev.end + 12]):
        return False
    return _VENUE_IS.fullmatch(s.text, ev.end, pl.start) is not None


# "in the central province of Quảng Ngãi", "at the Mekong Delta city of Cần Thơ": a place named after its kind
_KINDS = r"(?:province|city|town|district|commune|ward|capital|port\s+city|region|island|archipelago|country|state)"
_REGION_OF = re.compile(r"\b(?P<prep>in|at)\s+the\s+(?:[\w-]+\s+){0,3}" + _KINDS + r"\s+of\s+$", re.IGNORECASE)
# "at the Ariyana Convention Centre in the central city of Đà Nẵng": the place named after its kind goes on the chain
# (", in the northern mountainous province of Tuyên Quang" after a commune, too); "in Tân Thành ward of Cà Mau
# Province": a unit word ends the place before, and "of" names the larger place that holds it
_CHAIN_KIND_OF = r"|\s*,?\s+in\s+the\s+(?:[\w-]+\s+){0,3}" + _KINDS + r"\s+of\s+"
_UNIT_OF = re.compile(r"\b(?:commune|ward|village|hamlet|district|town|township)$")


KIND_OF_AFTER = re.compile(r"\s+(?:province|city|town|district|region|port\s+city)\s+of\s+[A-ZĐ]")


def _region_of(s: Sentence, pl: Mention) -> str | None:
    """The words before ``pl`` read as "in " when they name its kind first ("in the central province of X"),
    else None (English)."""
    if s.lang == "vi":
        return None
    window = s.text[max(s.start, pl.start - 60):pl.start]
    m = _REGION_OF.search(window)
    return window[:m.start()] + m.group("prep") + " " if m else None


def _on_site(s: Sentence, pl: Mention) -> str | None:
    """The words before ``pl`` read with "in" for "on" when the place is an island, a beach, a street …
    ("was staged on Phu Quoc island", "located on Nguyễn Huệ Street"; ``on_sites``), else None (English)."""
    if s.lang == "vi":
        return None
    window = s.text[max(s.start, pl.start - 30):pl.start]
    m = re.search(r"\bon\s+(?:the\s+)?$", window)
    if m is None:
        return None
    kinds = cue_pattern("on_sites", "en")
    last = s.text[pl.start:pl.end].split()[-1]
    if not (re.fullmatch(kinds, last, flags=re.IGNORECASE) or re.match(r"\s+" + kinds, s.text[pl.end:pl.end + 20],
                                                                          flags=re.IGNORECASE)):
        return None
    return window[:m.start()] + "in" + window[m.start() + 2:]


def _apposed_head(s: Sentence, target: Mention, subj: list[Mention]) -> Mention:
    """"the Institute of Oceanography, a unit of the Vietnam Academy of Science and Technology based in
    Nha Trang": "based in" goes with the apposition's noun ("a unit"), which is the body before it."""
    if s.lang == "vi":
        return _unit_before(s, target, subj)
    head = [m for m in subj if m.type == "Organization" and m.end <= target.start and re.fullmatch(
        r"(?:\s*\([^()]{1,15}\))?\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:of|under|to|for)|"  # "a supplier to Samsung"
        r"(?:which|that)\s+(?:comes|is|falls|operates)\s+(?:directly\s+)?under)\s+(?:the\s+)?",  # "which comes under the ministry"
        s.text[m.end:target.start])]
    return head[-1] if head else target


# a noun for a firm in apposition right after a body: what follows describes that body
_APPOSED_FIRM = re.compile(r"\s*,\s*(?:một\s+)?(?:doanh nghiệp|tập đoàn|công ty|hãng)\s+(?:có\s+)?(?:trụ sở|đặt|đóng)")


def _unit_before(s: Sentence, target: Mention, subj: list[Mention]) -> Mention:
    """"Đồn Biên phòng X, đơn vị thuộc Bộ Chỉ huy Y, đóng trên địa bàn xã Z", "Bệnh viện X là bệnh viện trực
    thuộc Bộ Y tế, có trụ sở tại …": the seat is the unit's, written before its parent (``unit_link``)."""
    from kg.relations.organizations import past_this, this_unit, unit_link

    if _APPOSED_FIRM.match(s.text, target.end):
        return target  # "X là công ty con của Tập đoàn Y, doanh nghiệp có trụ sở tại …": the apposition is Y's
    unit = [m for m in subj if m.type == "Organization" and m.end <= target.start
            and unit_link(past_this(m, s.text[m.end:target.start]))]
    if unit:
        return unit[-1]
    named = this_unit(s)  # "Đây là đơn vị trực thuộc Sở Y, có trụ sở tại …": the body the sentence before named
    return named[0] if named is not None and named[1].id == target.id else target


def _past_short_form(s: Sentence, end: int) -> int:
    """Where a name's own words end, past its short form in brackets: "The Vietnam International Fisheries
    Exhibition 2025 (Vietfish 2025) opened …" (the short form is part of the name, not of the gap to the place)."""
    m = re.match(r"\s*\([^()]{1,20}\)", s.text[end:s.end])
    return end + m.end() if m else end


# "opened the X Centre at its main campus in …": the body's own site before the place
_OWN_SITE = r"(?:\s+at\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:campus|headquarters|premises|site|compound))?"


# "Hà Tĩnh, ngày 26/8/2027 - ": a Vietnamese dateline before the sentence's own words
_DATELINE_VI = re.compile(r"\s*[^\W\d](?:[^\n,.;:]|\.(?=\w)){1,35},\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?\s*[-–—]\s*")


def _opening(s: Sentence) -> int:
    """Where the sentence's own words begin: past a dateline ("Hà Tĩnh, ngày 26/8/2027 - Sáng 25/8, tại …")."""
    m = _DATELINE_VI.match(s.text, s.start, s.end) if s.lang == "vi" else None
    return m.end() if m else s.start


def _chained(s: Sentence, pl: Mention, earlier: "list[Mention] | tuple", joined: bool = False) -> bool:
    """``pl`` narrows a place the event already has, right after it: "at the X Centre in Y ward",
    "tại Nhà hát X ở phường Y", "at the Saigon Exhibition and Convention Center (SECC) in Y" — however long
    the event's name before them was; with ``joined``, an event's second venue too: "diễn ra tại Hà Nội và Ninh Bình"."""
    if joined and s.lang == "vi" and any(re.fullmatch(r"\s+và\s+", s.text[p.end:pl.start]) for p in earlier):
        return True
    if s.lang != "vi":  # "at the Meridian Gate of the Huế Imperial Citadel, in the central city of Huế": the site's
        # larger site stands between the venue and its city
        earlier = list(earlier) + [q for q in s.of_type("Place") for p in earlier
                                   if p.end < q.start and _PART_OF.fullmatch(s.text, p.end, q.start)]
    return any(_CHAIN.fullmatch(s.text[p.end:pl.start])  # "… Border Gate area in Lào Cai ward"
               or s.lang != "vi" and _UNIT_OF.search(s.text[p.start:p.end]) is not None
               and re.fullmatch(r"\s+of\s+", s.text[p.end:pl.start]) is not None for p in earlier)


_CHAIN = re.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:area|compound|grounds|site|campus))?\s+(?:in|tại|ở)\s+"
                    r"(?:the\s+)?|\s*,\s*" + _CHAIN_KIND_OF)
_PART_OF = re.compile(r"\s+of\s+(?:the\s+)?")


_HOUSE_NUMBER = r"(?:số\s+\d+[\w/-]*\s+)?"  # "số 58 ", "số 8A ", "số 12/3 ": a house number before its street


def _continues_list(s: Sentence, pl: Mention, places: list[Mention], cue: str) -> bool:
    """``pl`` is a later item of "đặt tại A và B" / "tại A, B"."""
    earlier = [p for p in places if p.end <= pl.start]
    if not earlier:
        return False
    prev = earlier[-1]
    if not re.fullmatch(r"\s*(,|và|and)\s*", s.text[prev.end:pl.start]):
        return False
    # (the first item may be the street of an address, "trụ sở tại số 58 Trường Sơn, phường X": the street is no
    # seat of its own, but the ward after it is the body's)
    return bool(re.search(cue + r"\s+(chính\s+)?(tại|ở|in|at)\s+" + (_HOUSE_NUMBER if s.lang == "vi" else "") + "$",
                          s.text[max(s.start, prev.start - 30):prev.start])) \
        or _continues_list(s, prev, places, cue)


def _on_the_ground(s: Sentence, pl: Mention, orgs: list[Mention]) -> Mention | None:
    """The named body written right before "đóng / có trụ sở / hoạt động trên địa bàn" ``pl``: "Công ty X
    (hiện) đóng trên địa bàn tỉnh Y" is based there (not "các doanh nghiệp đóng trên địa bàn", whose bodies
    are no names)."""
    if s.lang != "vi":
        return None
    ground = r"(?:\s*,)?\s+(?:hiện\s+|đang\s+)?(?:" + cue_pattern("ground_verbs", s.lang) + r")\s+trên\s+địa\s+bàn\s+" \
        r"(?:(?:" + cue_pattern("unit_words", s.lang) + r")\s+)?"
    body = next((o for o in orgs if o.end <= pl.start and not o.ref
                 and re.fullmatch(ground, s.text[o.end:pl.start], flags=re.IGNORECASE)), None)
    if body is None:  # "Đại tá X, Sư đoàn trưởng Sư đoàn Y, cho biết đơn vị đã đóng quân trên địa bàn tỉnh Z"
        bare = re.search(r"(?<![\w])(?<!các )(?<!những )(?<!nhiều )(?<!mọi )đơn vị(?:\s+này)?\s+(?:đã\s+)?" + ground.removeprefix(r"(?:\s*,)?\s+") + "$",
                         s.text[max(s.start, pl.start - 80):pl.start])
        named = [o for o in orgs if not o.ref and o.end <= pl.start - (len(s.text[max(s.start, pl.start - 80):pl.start])
                                                                       - bare.start())] if bare else []
        body = named[-1] if named else None
    return _unit_before(s, body, orgs) if body is not None else None


def _represented_office(s: Sentence, pl: Mention, orgs: list[Mention]) -> Mention | None:
    """The body a representative's title names right before "tại / in" a place ("Trưởng đại diện
    Tổ chức Y tế Thế giới (WHO) tại Việt Nam", "Chief Representative of JICA in Vietnam"): the
    body's office sits there (``representative_titles``)."""
    org = next((o for o in orgs if o.end <= pl.start and re.fullmatch(
        r"(?:\s*\([^()]{1,15}\))?\s+(?:tại|ở|in)\s+(?:the\s+)?", s.text[o.end:pl.start])), None)
    if org is None:
        return None
    title = re.search(r"(?<![\w])(?:" + cue_pattern("representative_titles", s.lang) + r")\s+(?:of\s+(?:the\s+)?)?$",
                      s.text[max(s.start, org.start - 40):org.start], flags=re.IGNORECASE)
    return org if title else None


def _international(o: "Mention") -> bool:
    """An international body: "Ngân hàng Thế giới tại Việt Nam" is its office in that country."""
    from kg.nlp.lexicon import entry_by_id

    entry = entry_by_id("Organization", o.gid) if o.gid else None
    return entry is not None and entry.kind == "international"

"""Happenings English copy names in lower case: "a state visit to Viet Nam", "a trial in
Hanoi", "the third plenary meeting of the provincial steering committee".

A determiner or a possessive ("To Lam's state visit to China"), optional modifiers (ordinals, "three-day"), an event noun and, for nouns
that take one, a capitalised complement ("to Viet Nam"); the nouns, their prepositions
and the modifiers live in ``kg/data/patterns/events_en.json``. The span is a reference
(:mod:`kg.resolve` links it to a named event of the same kind) and stands on its own
when the article names none.

:func:`based_org_candidates` reads the body after "Hanoi-based".
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.normalize import is_vietnamese_syllable
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.generic_events_en import sentence_dated
from kg.nlp.recognizers.subsidiaries_en import nationalities
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import PATTERNS_DIR, UPPER_VI, pattern_data
from kg.textutil import phrase_alternation, escaped_alternation

DATA = PATTERNS_DIR / "events_en.json"
_CAP = rf"[{UPPER_VI}][\w’'-]*(?:–[{UPPER_VI}][\w’'-]*)?"  # "Việt Nam–Korea": a pair of countries joined by a dash
_DATE_WORDS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
               "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# a day in the clause after a happening named only by its kind (a bare "final" is a happening when dated)
_DAY_AFTER = re.compile(rf"[^.;!?]{{0,80}}?(?:\b(?:on|this|last)\s+(?:{_DATE_WORDS}|\d|morning|afternoon|evening|night)"
                        r"|\b(?:today|yesterday|tonight)\b)")
# "the final of the 2026 ASEAN Women's Futsal Championship": a year may open the capitalised name
_CAPS = rf"(?:the\s+)?(?:(?:19|20)\d\d\s+)?{_CAP}(?:\s+(?:(?:of|and|the)\s+){{0,2}}{_CAP})*"


@lru_cache(maxsize=1)
def _need_ordinal() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("need_ordinal", []))


@lru_cache(maxsize=1)
def _ordinals() -> str:
    return "|".join(pattern_data(DATA.name).get("ordinals", [])) or "(?!)"


@lru_cache(maxsize=1)
def _venue_words() -> str:
    return "|".join(map(re.escape, pattern_data(DATA.name).get("venue_words", []))) or "(?!)"


@lru_cache(maxsize=1)
def _compound_words() -> str:
    return "|".join(map(re.escape, pattern_data(DATA.name).get("compound_words", []))) or "(?!)"


@lru_cache(maxsize=1)
def _modified_nouns() -> str:
    return "|".join(map(re.escape, pattern_data(DATA.name).get("modified_nouns", []))) or "(?!)"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, list[str]]:
    return pattern_data(DATA.name)["kinds"]


_DATE_CAPS = frozenset(pattern_data("events_en_words.json")["date_caps"])


@lru_cache(maxsize=1)
def _subject_not() -> str:
    """Words after "on" that open no subject ("the sidelines", "behalf"): ``subject_not``."""
    words = pattern_data(DATA.name).get("subject_not", [])
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"


@lru_cache(maxsize=1)
def _subject_preps() -> str:
    """The words that open a lower-case event's subject ("on", "regarding"): ``subject_preps``."""
    preps = pattern_data(DATA.name).get("subject_preps", ["on"])
    return "|".join(map(re.escape, preps))


@lru_cache(maxsize=1)
def _subject_data() -> tuple[frozenset[str], int]:
    d = pattern_data(DATA.name)
    return frozenset(d["subject_stops"]), int(d["subject_max_words"])


_SPAN_OF_YEARS = re.compile(r"(?:the\s+)?(?:\d{1,3}|[a-z]+)\s+(?:years|decades)\s+of\s")


_WORD_SERIES = re.compile(r"[a-z][\w-]*(?:,\s+[a-z][\w-]*)+,?\s+and\s+[a-z][\w-]*(?=\s+[a-z])")


def _lower_subject(text: str, end: int) -> int:
    """End of a lower-case subject after the noun ("… on social housing development", "… on
    attracting high-tech investment"): words up to punctuation, a stop word (``subject_stops``) or a
    capitalised word; ``end`` when there is none or it is a date ("on Thursday")."""
    m = re.match(r"\s+(?:" + _subject_preps() + r")\s+", text[end:end + 14])
    if not m:
        return end
    stops, most = _subject_data()
    pos, words, last = end + m.end(), 0, end
    if re.match(r"(?:the\s+)?(?:" + _subject_not() + r")\b", text[pos:pos + 30]):
        return end  # "a meeting on the sidelines of …", "on behalf of …": no subject
    span = _SPAN_OF_YEARS.match(text, pos)
    if span:  # "an exhibition on 80 years of Vietnamese diplomacy": the span of years opens the subject
        pos, words, last = span.end(), 3, span.end() - 1
    series = _WORD_SERIES.match(text, pos)
    after = re.match(r"\s+([a-z][\w-]*)", text[series.end():series.end() + 40]) if series else None
    if series and after and after.group(1) not in stops and not set(series.group().replace(",", " ").split()) & stops:
        # "a campaign against illegal, unreported and unregulated fishing": single words in a comma series modify the
        # noun after them; the commas do not close the subject
        pos, words, last = series.end(), len(series.group().split()), series.end()
    for w in re.finditer(r"\S+", text[pos:pos + 200]):
        word = w.group()
        bare = word.rstrip(",.;:!?)")
        if words >= 3 and span and w.start() == 0 and (bare in nationalities() or bare == "Vietnamese") and bare == word \
                and re.match(r"\s+[a-z]", text[pos + w.end():]):
            words += 1  # "… 80 years of Vietnamese diplomacy": a nationality's field
            last = pos + w.end()
            continue
        if words < 2 and words == len(text[pos:pos + w.start()].split()) and re.fullmatch(r"[A-Z][a-z]+", bare) \
                and bare not in _DATE_CAPS and bare == word and re.match(r"\s+[a-z]", text[pos + w.end():]):
            words += 1  # "a meeting on African swine fever control": a capitalised word opens the subject
            last = pos + w.start() + len(bare)
            continue
        if words >= 2 and re.match(rf"[{UPPER_VI}]", bare) and re.search(r"\bof\s+(?:the\s+)?$", text[pos:pos + w.start()]):
            run = _CAPS_RUN.match(text, pos + w.start())
            if run and not any(x in _DATE_CAPS for x in run.group().split()):
                last, words = run.end(), words + 1  # "… on the restoration of the Huế Imperial City": its name closes it
            break
        if bare == "in" and word == bare and words >= 1:
            setting = _in_setting(text, pos + w.end(), stops)
            if setting:  # "a workshop on artificial intelligence in advertising in HCM City": the setting closes it
                last, words = setting, words + 1
            break
        if not re.fullmatch(r"[a-z][a-z'’-]*", bare) or bare in stops or words >= most \
                or bare == "and" and re.match(r"\s+an?\s", text[pos + w.end():pos + w.end() + 5]):
            break  # ("a workshop on night-time economy | and a press conference": a second thing)
        words += 1
        last = pos + w.start() + len(bare)
        if bare != word or text[last:last + 1] == "\n":
            break  # punctuation closes the subject
    while words and text[end:last].split()[-1] in ("the", "a", "an", "of", "for"):
        last = end + text[end:last].rstrip().rfind(" ")
        words -= 1
    return last if words >= 1 and len(text[end:last].split()) >= 2 else end


_CAPS_RUN = re.compile(rf"[{UPPER_VI}][\w’'-]*(?:\s+[{UPPER_VI}][\w’'-]*){{0,5}}(?![\w’'-])")


@lru_cache(maxsize=1)
def _in_not() -> frozenset[str]:
    return frozenset(pattern_data(DATA.name).get("in_not_settings", []))


def _in_setting(text: str, at: int, stops: frozenset[str]) -> int:
    """End of a setting after the "in" that ends at ``at``: one or two lower-case words ("in law firms", "in
    advertising") and then punctuation, the end of the line or a stop word; 0 for a time or a phrase of
    ``in_not_settings`` ("in recent years", "in principle") or a capitalised place ("in Hà Nội")."""
    for n in (1, 2):
        m = re.match(rf"(?:\s+[a-z][a-z-]*){{{n}}}", text[at:at + 80])
        if m is None:
            return 0
        words = m.group().split()
        if any(x in stops or x in ("the", "a", "an", "this", "that") or x in _in_not() for x in words):
            return 0
        after = text[at + m.end():at + m.end() + 40]
        nxt = re.match(r"\s+(\S+)", after)
        if re.match(r"[,.;:!?)]|\s*$|[ \t]*\n", after) or nxt and nxt.group(1).rstrip(",.;:!?)").casefold() in stops:
            return at + m.end()
    return 0


@lru_cache(maxsize=1)
def _need_complement() -> frozenset[str]:
    """Nouns that name an event only with their complement ("visit to Kuala Lumpur", not "the visit")."""
    return frozenset(pattern_data(DATA.name).get("need_complement", []))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    data = pattern_data(DATA.name)
    openers = "|".join(re.escape(o) for o in data["openers"])
    mods = "|".join(data["modifiers"])
    ords = "|".join(data.get("ordinals", []))
    terms = "|".join(data.get("term_words", [])) or "(?!)"
    own = "|".join(data.get("name_modifiers", [])) or "(?!)"  # "online national conference": part of the name
    projects = frozenset(data.get("project_kinds", ()))
    # "… for the Tân Phước industrial park", "… of the Mỹ Thuận 2 Bridge", "… for the Long Thành - HCM City railway": a
    # built thing's name, numerals, a spaced dash between its ends, and its head
    project = (rf"(?:the\s+)?{_CAP}(?:(?:\s+(?:(?:of|and|the)\s+){{0,2}}|\s+[-–]\s+)(?:{_CAP}|\d+[A-Z]?\b))*"
                rf"(?:\s+(?:{phrase_alternation(data.get('project_heads', ()))}))?")
    out = []
    for kind, preps in sorted(data["kinds"].items(), key=lambda kv: -len(kv[0])):
        noun = r"\s+".join(re.escape(w) for w in kind.split())
        thing = project if kind in projects else _CAPS
        comp = rf"(?P<comp>\s+(?:{'|'.join(preps)})\s+{thing}(?=[\s,.;:!?)]|$))?" if preps else "(?P<comp>)"
        if preps:  # "… Party Organisation for the 2025-2030 term": the term is part of a congress's name
            comp += rf"(?:\s+for\s+the\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s+(?i:{terms}))?"
        out.append((kind, re.compile(rf"(?<![\w])(?:(?i:{openers})|{_CAP}['’]s)\s+(?:(?i:{mods})\s+){{0,2}}"
                                     rf"(?P<name>(?:(?i:{ords})\s+(?:(?i:{mods})\s+){{0,2}})?(?:(?:{own})\s+){{0,2}}(?i:{noun}){comp})(?![\w-])")))
    return out


_HELD_TALKS = re.compile(r"(?<![\w])(?:held|hold|holds|holding)\s+(?:(?:bilateral|official|phone|online|separate)\s+)?"
                         r"(?P<name>talks)(?=(?:\s+(?:with|on)\s+[^.;]{1,90}?)?\s+(?:at\s+(?:the\s+|\d{1,4}\s+)[A-ZĐ]|in\s+[A-ZĐ][\w’'-]+"
                         rf"(?:\s+[A-ZĐ][\w’'-]+)*\s+on\s+(?:{_DATE_WORDS})\b))")
# "… agreed on Monday to raise trade, during talks in Putrajaya": talks at a named place are the event
_DURING_TALKS = re.compile(r"(?<![\w])during\s+(?:their\s+|the\s+)?(?:(?:bilateral|official|separate)\s+)?(?P<name>talks)"
                           r"(?=(?:\s+(?:with|on)\s+[^.;]{1,90}?)?\s+(?:at\s+the\s+|in\s+)[A-ZĐ])")
# "X paid a courtesy call on Y at the Presidential Palace": a call at a named venue, or in a city on a day, is an event
# (told in passing, "paid a courtesy call on the Prime Minister, who …", it is part of the visit)
_PAID_CALL = re.compile(r"(?<![\w])(?:paid|pays|paying|pay)\s+(?:a\s+)?(?P<name>courtesy\s+call)(?=\s+(?:on|to)\s+[^.;]{1,90}?"
                        r"\s+(?:at\s+(?:the\s+|\d{1,4}\s+)[A-ZĐ]|in\s+[A-ZĐ][\w’'-]+(?:\s+[A-ZĐ][\w’'-]+)*\s+on\s+(?:"
                        + _DATE_WORDS + r")\b))")
# at a named venue, or in a city on a day: "… held talks at the Istana", "held talks with X at the
# National Assembly House", "held talks in Astana on Tuesday"


# "… to Japan of Prime Minister …", "… to Laos of the President …": who makes the visit, after its place
_OF_TITLED = re.compile(r"\s+of\s+(?:the\s+)?(?:Prime|President|Deputy|Vice|General|Party|State|Minister|Chairman|"
                        r"Chairwoman|Secretary|Speaker|King|Queen|Premier|National\s+Assembly\s+Chair|Mr|Ms|Mrs)\b")


def english_event_candidates(text: str) -> list[Candidate]:
    """Lower-case events of English copy, as references that may stand alone."""
    out: list[Candidate] = []
    for m in [*_HELD_TALKS.finditer(text), *_DURING_TALKS.finditer(text), *_PAID_CALL.finditer(text)]:
        if re.match(r"[^.;\n]{0,140}?\s+during\s+the\s+(?:\d|[A-ZĐ])", text[m.end():]):
            continue  # "… held talks with X in Canberra on Wednesday, during the 6th … Meeting": that meeting's
        kind = re.sub(r"\s+", " ", m.group("name"))  # "talks", "courtesy call"
        out.append(Candidate(m.start("name"), m.end("name"), "EVENT", PRIORITY["event-lower/bare"], "event-lower",
                             ref=True, meta={"head": kind.split()[-1], "kind": kind, "generic": True, "standalone": True}))
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            name, end = m.group("name"), m.end("name")
            if name[:1].isupper():
                continue  # a capitalised name ("the Party Congress") is the recogniser's
            if re.match(r"\s+(?:" + _venue_words() + r")\b", text[end:end + 20], flags=re.IGNORECASE):
                continue  # "the provincial conference centre": a place, not a happening
            if not m.group("comp") and re.match(r"\s+(?:" + _compound_words() + r")\b", text[end:end + 20]):
                continue  # "the trial run of the first terminal": a test, not a court's trial
            comp = m.group("comp") or ""
            if kind in pattern_data(DATA.name).get("part_of_named", ()):
                if not comp:
                    continue  # "the final decision": no contest named, no happening
                if not _DAY_AFTER.match(text, m.end("comp")):
                    continue  # "who beat Khoa in the final of the Hà Nội Open in September": told in passing, undated
                end, comp = m.start("comp"), ""  # "the final of the … Championship": the final, the championship apart
            whose = _OF_TITLED.search(comp)
            if whose:  # "the official visit to Japan of Prime Minister Phạm Minh Chính": the visitor is no part
                end, comp = m.start("comp") + whose.start(), comp[:whose.start()]
            if re.search(r"['’]s$", comp) or re.match(r"\s+\w+\s+(?:the\s+)?(?:" + _DATE_WORDS + r")\b", comp):
                end, comp = m.start("comp"), ""  # "a workshop on the Party's …", "a seminar on Thursday"
            subject_of = False
            if re.match(r"\s+on\s", comp) and _lower_subject(text, m.start("comp")) > end:
                comp = ""  # "a meeting on African swine fever control": the subject runs past its capitals
                end = m.start("comp")
            if not comp and "on" in _kinds().get(kind, ()):
                subject = _lower_subject(text, end)
                if subject > end:  # "a workshop on climate-smart rice farming": the subject is the name's
                    end, comp, subject_of = subject, text[end:subject], True
            if kind in _need_ordinal() and not re.match(r"(?i:" + _ordinals() + r")\s", name) and not (
                    subject_of or re.match(r"\s+on\s", comp)):
                continue  # "its tenth session" is a happening; "the session" alone is not named ("a meeting on X" is)
            if not comp and kind in _need_complement():
                continue  # "the visit" alone names nothing
            if kind in pattern_data(DATA.name).get("definite_only", ()) and not re.match(r"(?i:the)\s", m.group()):
                continue  # "hosted a reception for X" is part of a visit; "the reception" names one back
            if not comp and kind in pattern_data(DATA.name).get("need_subject", ()):
                continue  # "a photo exhibition highlighting …": the generic reader's
            if not subject_of and kind in pattern_data(DATA.name).get("need_subject", ()) and re.match(r" [a-z]", text[end:]):
                continue  # "a campaign on HPV vaccination", "an exhibition on Đông Sơn bronze drums": capitals that open a
                # lower-case subject cut it short; no name rather than a wrong one
            # with a complement it is a name that holds others ("state visit to Viet Nam") and
            # competes as a named event; alone it competes as a reference
            ordinal = bool(re.match(r"(?i:" + _ordinals() + r")\s", name))  # "its tenth session": not the 50th
            pri = PRIORITY["event-lower"] if comp or ordinal else PRIORITY["event-lower/bare"]
            # ("subject": a reference only to the event of that subject: "a workshop on plastic waste" is not the
            # "workshop on rabies prevention" named before it)
            out.append(Candidate(m.start("name"), end, "EVENT", pri, "event-lower",
                                 ref=not ordinal or bool(comp), meta={"head": kind.split()[-1], "kind": kind, "generic": True,
                                                 "standalone": True, "subject": subject_of}))
    return out


@lru_cache(maxsize=1)
def _named_lower() -> re.Pattern:
    data = pattern_data(DATA.name)
    heads, mods = data.get("named_lower_heads", []), data.get("named_lower_modifiers", [])
    alt = lambda xs: phrase_alternation(xs) or "(?!)"  # noqa: E731
    cap = rf"[{UPPER_VI}][\w’'–-]*"  # "Việt Nam–Kazakhstan": a pair of countries joined by a dash
    # an owner before the name ("the province's Blue Sea 2026 campaign", "its Green Sunday campaign") is no part of it
    owner = r"(?:(?i:the)\s+[a-z]+['’]s|its|their)"
    return re.compile(rf"(?<![\w])(?:(?i:the|an?)|{owner})\s+(?P<name>(?!(?:This|That|These|Its|Their)\b)(?:{cap}\s+|\d{{4}}\s+){{1,5}}"
                      rf"(?:(?:{alt(mods)})\s+)?(?:{alt(heads)}))(?![\w-])")


def named_lower_event_candidates(text: str) -> list[Candidate]:
    """A capitalised name before a lower-case happening noun: "the Victory Day parade", "the National
    Day celebration", "a Vietnam-China trade fair" (``named_lower_heads``, ``named_lower_modifiers``); the
    whole is the event's name."""
    return [Candidate(m.start("name"), m.end("name"), "EVENT", PRIORITY["event-lower"], "event-lower-named",
                      meta={"head": m.group("name").split()[-1]})
            for m in _named_lower().finditer(text) if not _modifier_only(text, m.start("name"), m.end("name"))]


def _modifier_only(text: str, start: int, end: int) -> bool:
    """"Vinexad, a Hà Nội-based trade fair company": an event noun before a noun it only modifies
    (``modified_nouns``), or after a "-based" place, names no happening."""
    return bool(re.search(r"[-‑](?:based|headquartered)\b", text[start:end])
                or re.match(r"\s+(?:" + _modified_nouns() + r")\b", text[end:end + 20], flags=re.IGNORECASE)
        # "the BEXCO exhibition centre": the noun names the venue, as for the lower-case events above
        or re.match(r"\s+(?:" + _venue_words() + r")\b", text[end:end + 20], flags=re.IGNORECASE))


def based_org_candidates(text: str) -> list[Candidate]:
    """The body after "Hanoi-based" / "Dong Ha-based": a capitalised run ending in an
    organisation word ("Thang Long Construction Company"), which a family name inside it
    ("Long") must not turn into a person."""
    from kg.nlp import patterns as P

    tails = escaped_alternation(P.ORG_TAILS_EN)
    out: list[Candidate] = []
    for m in re.finditer(rf"[-‑](?:based|headquartered)\s+(?P<org>(?:[{UPPER_VI}][\w’'&.-]*\s+){{0,6}}(?:{tails}))(?![\w])",
                         text):
        out.append(Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY["org-based-en"], "org-based-en"))
    # "Hoàng Long Seafood, a Cà Mau-based shrimp processor", "Minh Phú Seafood, based in Cà Mau": the name set
    # off before the apposition is a firm (which a family name at its head must not turn into a person)
    firms = "|".join(re.escape(w) for w in pattern_data("companies.json").get("apposed_firm_nouns", ()))
    for m in re.finditer(rf"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=\b[a-z]{{2}}\s))(?:(?:The|A|An)\s+)?(?!(?:The|A|An)\s)(?P<org>[{UPPER_VI}][\w’'&-]*(?:\s+[{UPPER_VI}][\w’'&-]*){{1,4}}),"
                         rf"\s+(?:a\s+[^,;.]{{1,30}}[-‑](?:based|headquartered)\s+(?:[a-z-]+\s+){{0,2}}(?:{firms})\b|"
                         # "Simexco Đắk Lắk, a coffee exporter based in Buôn Ma Thuột": the firm noun, then its seat
                         rf"an?\s+(?:[a-z-]+\s+){{0,2}}(?:{firms})\s+(?:based|headquartered)\s+in\s+[{UPPER_VI}]|"
                         # "Fukang Technology, which already runs a plant in …": a relative "which" that runs a works
                         rf"which\s+(?:already\s+|also\s+|now\s+)?(?:runs|operates|owns|has\s+run|has\s+operated)\s+"
                         rf"(?:a|an|two|three|four|five|several|\d+)\s+(?:[a-z-]+\s+){{0,2}}(?:plant|factory|factories|plants|mill|"
                         rf"mills|refinery|brewery|shipyard|hotel|hotels|resort|store|stores|farm|farms|mine|port|terminal)s?\b|"
                         rf"(?P<seat>(?:which\s+is\s+)?(?:based|headquartered)\s+in\s+[{UPPER_VI}]))", text):
        if m.group("seat") and all(is_vietnamese_syllable(w) for w in m.group("org").split()):
            continue  # "Nguyễn Văn Nam, based in Hà Nội, …": a person's name may stand so too
        out.append(Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY["org-apposed-firm-en"], "org-based-en"))
    # "leased from Ireland-based Avolon, …": a short capitalised name after "-based" is a company too
    for m in re.finditer(r"[-‑](?:based|headquartered)\s+(?P<org>[A-Z][\w&’'-]+(?:\s+[A-Z][\w&’'-]+){0,2})(?=[,.;]|\s+[a-z(])",
                         text):
        # ("the Tokyo-based Japan Tobacco": a name of two or more words holds its own over a country inside it)
        band = "org-based-en" if " " in m.group("org") else "name-run"
        out.append(Candidate(m.start("org"), m.end("org"), "ORG", PRIORITY[band], "org-based-en"))
    # "the Toulouse-based company": the capitalised word(s) before "-based" name a place
    for m in re.finditer(rf"(?<![\w’'-])(?P<place>[{UPPER_VI}][\w’'.]+(?:\s+[{UPPER_VI}][\w’'.]+){{0,3}})[-‑](?:based|headquartered)\b",
                         text):
        out.append(Candidate(m.start("place"), m.end("place"), "LOC", PRIORITY["name-run"], "place-based-en"))
    # "a supplier to Samsung based in Suwon": the capitalised name after "based / headquartered in" is a place
    for m in re.finditer(rf"(?<![\w-])(?:based|headquartered)\s+in\s+(?P<place>[{UPPER_VI}][\w’'-]+(?:\s+[{UPPER_VI}][\w’'-]+){{0,2}})"
                         r"(?=[,.;]|\s+[a-z(]|$)", text):
        out.append(Candidate(m.start("place"), m.end("place"), "LOC", PRIORITY["name-run"], "place-based-en"))
    return out


# a time between a verb of holding and what was held: "took part on Friday in a flood rescue drill"
_HELD_TIME = rf"(?:\s+(?:on\s+(?:{_DATE_WORDS})|this\s+(?:morning|afternoon|evening|week)|yesterday|today))?"
# "a flood and landslide rescue drill", "a search and rescue exercise": two lower-case words joined by "and" inside the
# name (never its first word, nor the last before the kind: "a concert and fair" is two things)
_AND_JOINED = re.compile(r"(?<=[a-z-] )and (?=[a-z][a-z-]* [a-z])")
# a guest named after "for" (a title or a name), for whose visit a reception was held
_FOR_GUEST = re.compile(rf"\s+for\s+(?:the\s+)?(?:visiting\s+)?[{UPPER_VI}]")
# the subject after a kind that takes one ("a crackdown on drink driving"): the kinds reader's name
_SUBJECT_AFTER = re.compile(r"\s+(?:on|against|regarding|concerning)\s")
# a perfect tense before the verb of holding: "has launched a campaign" tells of no one day
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?$")
# how long or how big it was, before the words that name it ("a month-long crackdown", "a three-day drill")
_SIZE_WORD = re.compile(r"\w+-(?:day|week|month|year|long)|large-scale|similar")


@lru_cache(maxsize=1)
def _held_lower() -> tuple[re.Pattern, frozenset[str]]:
    data = pattern_data("events_en.json")
    alt = lambda xs: phrase_alternation(xs)  # noqa: E731
    kinds, verbs, after = alt(data["held_kinds"]), alt(data["held_verbs"]), alt(data["held_after"])
    # ("sat the 2026 high school graduation exam": the year opens the name)
    name = rf"(?P<name>(?:(?:19|20)\d\d\s+)?(?:[a-z][a-z-]*\s+){{0,5}}(?:{kinds}))"
    return re.compile(rf"(?<![\w])(?:(?:{verbs}){_HELD_TIME}\s+(?:a|an|the|its|their)\s+{name}(?![\w-])"
                      rf"|(?:(?:[Tt]he|An?)\s+(?:finals?\s+of\s+the\s+)?){name.replace('name', 'pname')}"
                      # "A business matching session between logistics firms and exporters was held …": its complement
                      rf"(?:\s+(?:between|for|on|among)\s+[^,.;:()]{{1,60}}?)?\s+(?:{after})\b"
                      rf"|(?<![\w])in\s+(?:a|an)\s+{name.replace('name', 'iname')}(?![\w-]))"), \
        frozenset(data["held_not_words"])


@lru_cache(maxsize=1)
def _held_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``held_dated_kinds`` (named only in a sentence that says when), ``held_in_kinds`` (named after "in a") and
    ``visit_part_kinds`` (no happening of their own when held for a named guest)."""
    data = pattern_data("events_en.json")
    return frozenset(data["held_dated_kinds"]), frozenset(data["held_in_kinds"]), frozenset(data["visit_part_kinds"])


def held_lower_event_candidates(text: str) -> list[Candidate]:
    """"held a national cyber security drill", "joined a business matching session", "the national student
    start-up competition will be held on May 9": the lower-case words before a happening noun (``held_kinds``)
    that a verb says was held or attended name the event (function words and "new", "first" cut it). In a
    sentence that says when, "in a by-election", "in a flood rescue drill" needs no verb (``held_in_kinds``); a
    campaign is one happening only in such a sentence and with words of its own (``held_dated_kinds``). The kind
    alone after "The" ("The drill was organised by …") refers back to the one named before."""
    pattern, not_words = _held_lower()
    dated_kinds, in_kinds, guest_kinds = _held_sets()
    out: list[Candidate] = []
    for m in pattern.finditer(text):
        group = next(g for g in ("name", "pname", "iname") if m.group(g))
        start, end = m.span(group)
        words = text[start:end].split()
        while len(words) > 1 and (words[0] in not_words or _SIZE_WORD.fullmatch(words[0])):
            start += len(words[0]) + (len(text[start + len(words[0]):]) - len(text[start + len(words[0]):].lstrip()))
            words = words[1:]
        inner = _AND_JOINED.sub("", " ".join(words) + " ").split()
        if any(w in not_words for w in inner):
            last = max(i for i, w in enumerate(words) if w in not_words)
            if words[last] not in ("the", "a", "an") or words[last - 1] != "of" or last > len(words) - 3 or any(
                    w in not_words for w in _AND_JOINED.sub("", " ".join(words[last + 1:]) + " ").split()):
                continue
            # "The second round of the presidential election took place …": the happening after the last article
            # (a bare kind, "the first edition of the contest", may be another one of its kind)
            start = start + len(" ".join(words[:last + 1])) + 1 if re.fullmatch(r"\S+(?: \S+)*", text[start:end]) else -1
            if start < 0:
                continue
            words = words[last + 1:]
        kind = next((k for k in sorted(dated_kinds | in_kinds | guest_kinds, key=len, reverse=True)
                     if " ".join(words).endswith(k)), "")
        dated = sentence_dated(text, m.start())
        perfect = _PERFECT.search(text, max(0, m.start() - 20), m.start())
        if kind in dated_kinds and (not dated or perfect or len(words) == 1 and kind not in guest_kinds):
            continue  # ("have started an emergency vaccination campaign": going on since some day not told)
        if group == "iname" and not (kind in in_kinds and dated):
            continue
        if kind in guest_kinds and _FOR_GUEST.match(text, end):
            continue  # "hosted a reception for President Macron": a part of the guest's visit
        if _SUBJECT_AFTER.match(text, end) and "on" in _kinds().get(words[-1], ()):
            continue  # "launched a national campaign on HPV vaccination": named with its subject by the kinds reader
        # "The four-day fair was organised by …": the fair named before, else a happening of its own
        back = group == "pname" and len(words) == 1 and bool(re.match(r"[Tt]he\s", m.group()))
        out.append(Candidate(start, end, "EVENT", PRIORITY["event-lower/bare" if back else "event-lower"],
                             "event-lower-held", ref=back,
                             meta={"head": words[-1], "standalone": True, **({"generic": True} if back else {})}))
    return out

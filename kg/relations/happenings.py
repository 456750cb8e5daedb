"""Who took part in a trial, who held it, and where a visit went.

``trial_parties``: in an article about one trial ("a trial in Hanoi", "phiên tòa"), the people
a sentence says were sentenced, convicted or jailed (``verdict_verbs``) took part in it, and a
court that is the subject of such a verb ("The Hanoi People's Court sentenced …") held it.

``visit_places``: "a state visit to Viet Nam" is located in the place its name goes to.

``visitors``: "Foreign Minister X, who is paying an official visit to Vietnam …": X takes part in it.

``title_places``: the place of a title ("Representative in Vietnam", "Ambassador to Vietnam") locates nothing.

``visit_destinations``: a visit whose name says where it goes is located there only ("held talks in
Hanoi with X, who is paying an official visit to Vietnam": the talks were in Hanoi, the visit is to Vietnam).

Cue words: ``verdict_verbs``, ``trial_heads``, ``court_heads`` and ``travel_to`` in
``kg/data/relations/cues.json``.
"""
from __future__ import annotations

import re

from kg.relations.cues import cue_pattern, cue_words
from kg.relations.dates import published_day, relative_day
from kg.textutil import norm_key
from kg.relations.base import Extraction, Mention, Relation, Sentence, blanked, title_spans



def _the_trial(s: "Sentence") -> "Mention | None":
    """The article's trial when it names one (its mentions may repeat); of several ("the appeal
    trial", "the first-instance trial"), the one this sentence names, else the latest one named
    before it, else the first one the article goes on to name."""
    heads = {norm_key(h) for h in cue_words("trial_heads", s.lang)}
    trials = [m for m in s.ex.mentions if m.type == "Event" and not m.nested
              and (norm_key(m.meta.get("head", "") or m.text.split()[-1]) in heads
                   or any(norm_key(m.text).startswith(h) for h in heads))]  # "phiên tòa sơ thẩm" (a dated event)
    if not trials or len({norm_key(m.text) for m in trials}) == 1:
        return trials[0] if trials else None
    here = [m for m in trials if m.sentence == s.index]
    before = [m for m in trials if m.sentence < s.index]
    if here:
        return min(here, key=lambda m: m.start)
    return max(before, key=lambda m: (m.sentence, m.start)) if before else min(trials, key=lambda m: (m.sentence, m.start))


_BEGAN_ON = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:began|begun|opened|started|was\s+held|held|took\s+place|"
                       r"got\s+under\s+way)\b[^.;]{0,60}?\b(?:on|from)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|\d)")


def _dated_start(s: "Sentence", trial: "Mention") -> bool:
    """Some sentence of the article says when ``trial`` (a mention of the same name) began or was held."""
    key = norm_key(trial.text)
    for m in s.ex.mentions:
        if m.type == "Event" and not m.nested and norm_key(m.text) == key and m.sentence != s.index:
            end = s.ex.sentences[m.sentence][1]
            if _BEGAN_ON.match(s.text, m.end, end):
                return True
    return False


_ANOTHER_TRIAL = re.compile(r"(?<![\w])(?:(?:a|an)\s+(?:separate|different|earlier|previous|other)|another)\s+"
                            r"(?:(?:first-instance|appeal|criminal)\s+)?(?:trial|case|hearing)(?![\w])"
                            r"|(?<![\w])(?:vụ án|phiên tòa|phiên xét xử)\s+(?:khác|trước đó)(?![\w])", re.IGNORECASE)


def trial_parties(s: "Sentence") -> list["Relation"]:
    """participatedIn for the people a verdict names; organized for the court that gives it."""

    verdict = re.compile(cue_pattern("verdict_verbs", s.lang), re.IGNORECASE)
    body = s.text[s.start:s.end]
    cue = verdict.search(body)
    if cue is None:
        return []
    trial = _the_trial(s)
    if trial is None or _ANOTHER_TRIAL.search(body):
        return []  # "X was earlier sentenced to 29 years in a separate trial in Hà Nội": not the article's trial
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if p.source not in ("credit", "byline"):
            out.append(Relation(p.id, "participatedIn", trial.id, s.index))
    pub = published_day(s.ex.article.published)
    hit = relative_day(body, s.lang, pub) if pub is not None and not s.of_type("Event") \
        and not any(d[2] for d in s.dates) else None
    if hit is not None and not (s.lang == "en" and _dated_start(s, trial)):
        # "The court on Thursday upheld …": the verdict's day is the trial's, unless the article says
        # when the trial began ("The trial, which began on Monday, …", "held … from December 15 to 19")
        out.append(Relation(trial.id, "date", hit[1], s.index))
    elif s.lang == "vi" and not s.of_type("Event") and trial.sentence > s.index:
        days = [d[2] for d in s.dates if d[2] and re.fullmatch(r"\d{4}-\d\d-\d\d", d[2])]
        if days:  # "Chiều 8/9, … Hội đồng xét xử đã tuyên án …", the trial named after: the verdict's day
            out.append(Relation(trial.id, "date", days[0], s.index))
    courts = re.compile(cue_pattern("court_heads", s.lang))
    verb_at = s.start + cue.start()
    for org in s.of_type("Organization"):
        # "The High People's Court in Ho Chi Minh City on Thursday upheld …": its seat and day may come between
        if org.end <= verb_at and courts.search(org.text) and re.fullmatch(
                r"\s*(?:in\s+[^,.;]{1,40}?\s+)?(?:(?:on|last|this)\s+\w+\s+)?(?:(?:has|have|had|đã|vừa)\s+)?",
                s.text[org.end:verb_at]):
            out.append(Relation(org.id, "organized", trial.id, s.index))
    return out


def visit_places(s: "Sentence") -> list["Relation"]:
    """locatedIn for a visit whose name ends in the place it goes to ("state visit to Viet Nam")."""

    travel = re.compile(cue_pattern("travel_to", s.lang) + r"\s+(?:to|tới|đến)?\s*(?:the\s+)?$", re.IGNORECASE)
    out: list[Relation] = []  # "… working visit to the United States": "the" may stand before the place
    for ev in s.of_type("Event"):
        for pl in s.nested + s.mentions:
            if pl.type != "Place" or not ev.start < pl.start or pl.end != ev.end:
                continue
            listed = [] if travel.search(s.text[ev.start:pl.start]) else _listed_before(s, ev, pl, travel)
            if travel.search(s.text[ev.start:pl.start]) or listed:
                out += [Relation(ev.id, "locatedIn", o.id, s.index) for o in listed + [pl]]
                break
        else:
            # "a working visit to the central province of Hà Tĩnh": the place the visit goes to, after its name
            to = _TO_PLACE.match(s.text, ev.end, s.end) if re.search(r"(?i)" + cue_pattern("travel_to", s.lang) + r"$",
                                                                      ev.text) else None
            pl = next((m for m in s.mentions if to and m.type == "Place" and m.start == to.end()), None)
            if pl is not None:
                out.append(Relation(ev.id, "locatedIn", pl.id, s.index))
    return out


# "… visit to the central province of", "… trip to the city of", "… visit to": the destination follows (English)
_TO_PLACE = re.compile(r"\s+to\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:province|city|region|state|district|commune|"
                       r"country|nation|kingdom|republic)\s+of\s+)?")


def _listed_before(s: "Sentence", ev: "Mention", last: "Mention", travel: re.Pattern) -> list["Mention"]:
    """The places listed before ``last`` in a visit's name ("official visit to Germany and Belgium": Germany),
    when the list runs back to the travel word; else none."""
    places = {pl.start: pl for pl in s.nested + s.mentions if pl.type == "Place" and ev.start < pl.start < last.start
              and pl.end < last.start}
    out: list["Mention"] = []
    end = last.start
    while True:
        gap = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", s.text[ev.start:end])
        if gap is None:
            return []
        before = ev.start + gap.start()
        pl = next((p for p in places.values() if p.end == before), None)
        if pl is None:
            return []
        out.append(pl)
        if travel.search(s.text[ev.start:pl.start]):
            return out
        end = pl.start


def visitors(s: "Sentence") -> list["Relation"]:
    """participatedIn: the person a sentence or a relative clause says is on a visit ("X, who is paying
    an official visit to …", "Man is paying an official visit to Hungary …", "Y was on a working trip to …",
    "Z wrapped up a state visit to …")."""
    travel = re.compile(cue_pattern("travel_to", s.lang), re.IGNORECASE)
    clause = re.compile(r"(?:,?\s+who)?\s+(?:(?:is|was|are|were|has\s+been|have\s+been)\s+(?:paying|making|on|conducting)|"
                        # "X paid / wrapped up / began a three-day state visit to …"
                        r"(?:has\s+|have\s+|had\s+)?(?:paid|pays|made|makes|began|begins|started|starts|wrapped\s+up|"
                        r"wraps\s+up|concluded|concludes|ended|ends|completed|completes|kicked\s+off|kicks\s+off))\s+"
                        r"(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?:[\w]+-(?:day|week)\s+)?$", re.IGNORECASE)
    out: list[Relation] = []  # ("began a three-day working visit": its length before the visit the name begins with)
    for ev in s.of_type("Event"):
        if not travel.search(ev.text):
            continue
        people = [p for p in s.of_type("Person") if p.end <= ev.start]
        if people and clause.fullmatch(s.text[people[-1].end:ev.start]):
            out.append(Relation(people[-1].id, "participatedIn", ev.id, s.index))
        visitor = _visitor_after(s, ev)
        if visitor is not None:
            out.append(Relation(visitor.id, "participatedIn", ev.id, s.index))
    return out


def _visitor_after(s: "Sentence", ev: "Mention") -> "Mention | None":
    """"a visit to the US by Party General Secretary To Lam": the person after "by", titles aside (English)."""
    if s.lang != "en":
        return None
    after = next((p for p in s.of_type("Person") if p.start >= ev.end), None)
    if after is None or after.start - ev.end > 80:
        return None
    gap = blanked(s.text, ev.end, after.start, title_spans(s))
    # ("by Indonesian President …": a nationality before the title)
    return after if re.fullmatch(r"\s+by\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}\s*", gap) else None


def visit_destinations(ex: "Extraction", rels: list["Relation"]) -> list["Relation"]:
    """``rels`` without the places of a visit other than the one its name goes to (English)."""
    if ex.article.lang != "en":
        return rels
    travel = re.compile(cue_pattern("travel_to", "en") + r"\s+to\s+(?:the\s+)?(?P<place>.+)$", re.IGNORECASE)
    by_id = {m.id: m for m in ex.mentions}
    goes_to: dict[int, set[str]] = {}
    for m in ex.mentions:
        hit = travel.search(m.text) if m.type == "Event" else None
        if hit:  # "a visit to Germany and Belgium" goes to each place of its list
            goes_to[m.id] = {norm_key(re.sub(r"^the\s+", "", p, flags=re.IGNORECASE))
                             for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", hit.group("place"))}
    return [r for r in rels if not (r.predicate == "locatedIn" and r.subject in goes_to and isinstance(r.obj, int)
                                    and r.obj in by_id
                                    and norm_key(re.sub(r"^the\s+", "", by_id[r.obj].text, flags=re.IGNORECASE))
                                    not in goes_to[r.subject])]  # "the United States" is the place "United States"


def visitors_only(ex: "Extraction", rels: list["Relation"]) -> list["Relation"]:
    """``rels`` without bodies taking part in a visit (English): "Vietnam Airlines signed a deal with
    Boeing during Phoc's working visit to the United States" — the visit's participants are people."""
    if ex.article.lang != "en":
        return rels
    travel = re.compile(r"\b(?:" + cue_pattern("travel_to", "en") + r")\b", re.IGNORECASE)
    by_id = {m.id: m for m in ex.mentions}
    visits = {m.id for m in ex.mentions if m.type == "Event" and travel.search(m.text)}
    return [r for r in rels if not (r.predicate == "participatedIn" and r.obj in visits
                                    and getattr(by_id.get(r.subject), "type", None) == "Organization")]


def title_places(ex: "Extraction", rels: list["Relation"], titles: list, text: str) -> list["Relation"]:
    """``rels`` without the locatedIn whose place belongs to a person's title ("UNICEF Representative in
    Vietnam Sarah Klein, who attended the ceremony": the ceremony is not in Vietnam for that). ``titles``
    and the mentions' offsets are on ``text`` (the matching text)."""
    ends = {t.end_char for t in titles}
    by_id = {m.id: m for m in ex.mentions}
    out = []
    for r in rels:
        place = by_id.get(r.obj) if r.predicate == "locatedIn" and isinstance(r.obj, int) else None
        if place is not None and place.type == "Place" and any(
                0 < place.start - e <= 9 and re.fullmatch(r"\s+(?:in|to)\s+(?:the\s+)?", text[e:place.start])
                for e in ends):
            continue
        out.append(r)
    return out

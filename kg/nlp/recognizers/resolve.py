"""Span resolution: from every candidate to the spans a document keeps.

:func:`resolve` drops topics that name a body's field ("Bộ Khoa học và Công
nghệ"), cuts titles off names (:func:`drop_titles_as_names`), starts a name
after the place it follows (:func:`trim_names_after_places`), keeps the best
non-overlapping spans (:func:`resolve_overlaps`) and moves a title's body out
of the title. :func:`named_entity_view` is the flat view on ``doc.ents``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from kg.nlp.recognizers.candidates import Analysis, Candidate
from kg.nlp.recognizers.document import SOURCE as LOCAL_BODY_SOURCE, trim_titles_into_bodies
from kg.nlp.recognizers.purpose_bodies import BODY_REF_SOURCE
from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import EN_SENTENCE_OPENERS
from kg.nlp.recognizers.of_known_bodies import split_units_of_known_bodies
from kg.nlp.recognizers.people_of_bodies_en import nationality_phrase
from kg.nlp.recognizers.subsidiaries_en import trim_opening_company_nouns
from kg.nlp.recognizers.foreign_names_en import join_hyphenated_given_names
from kg.textutil import norm_key

# A topic right after one of these is the field of a body or a minister ("Minister of Health"). (Not after
# "Viện": an institute named by its field is about it, "Viện Trí tuệ nhân tạo", as a centre is.)
_FIELD_OF_BODY_RE = re.compile(
    r"(Minister|Ministry|Department|Committee|Commission|Institute|Academy|University|Council|Bộ|Ủy ban)"
    r"\s+(of|for|on)?\s*(the\s+)?$")


# "Steering Committee for Natural Disaster Prevention": a body set up for a subject names it (``about``)
_SUBJECT_BODY_RE = re.compile(r"(?:Steering\s+Committee|Working\s+Group|Task\s+Force)\s+(?:for|on)\s+(?:the\s+)?$")


# "eight Airbus A321neo aircraft", "Boeing 787-9 jets": a maker's name before a model code and a craft noun
# names the product, not the company
_MODEL_AFTER = re.compile(r"\s+(?:[A-Z]{1,2}\d{3}[a-zA-Z]*|\d{3}(?:-\d{1,3})?)(?:\s+(?:MAX|XWB|neo|LR|XLR))?\s+"
                          r"(?:aircraft|jets?|planes?|airliners?|Dreamliners?|engines?|models?|fleet|family|helicopters?)\b")


# "US chipmaker NVIDIA", "US tariffs": the abbreviation used as an adjective, like "American"
_ATTRIBUTIVE = re.compile(r"(?:US|U\.S\.)\s+(?!(?:and|or|to|in|on|at|is|was|has|had|will|would|said|says|for|of|with|"
                          r"as|by|from|are|were|have|could|can|may|should)\b)[a-z][\w-]*")


def drop_attributive_countries(cands: list[Candidate], text: str) -> list[Candidate]:
    """A country named only as an adjective ("US chipmaker NVIDIA", "US tariffs") is no Place of the
    article, as "American companies" is none; one named as a noun anywhere ("the US") keeps them all."""
    us = [c for c in cands if c.label == "LOC" and not c.ref and re.fullmatch(r"(?:[Tt]he\s+)?(?:US|U\.S\.)", text[c.start:c.end])]
    attributive = [c for c in us if _ATTRIBUTIVE.match(text, c.start)]
    gids = {c.gid for c in cands if c.label == "LOC" and c.gid} if us else set()
    if not attributive or len(attributive) < len(us) or any(
            c.label == "LOC" and c.gid in {u.gid for u in us} and c not in us for c in cands) or not gids:
        return cands
    return [c for c in cands if c not in attributive]


def resolve(text: str, cands: list[Candidate], dates: list[Candidate], titles: list[Candidate],
            lex: Lexicon, sentence_starts: list[int] = ()) -> Analysis:
    """The entities, nested names and titles of ``text`` from all its candidates (dates last).

    ``sentence_starts`` (offsets where sentences begin): no candidate runs across one
    (:func:`cut_at_sentences`).
    """
    cands = cut_at_sentences(cands + dates, sentence_starts, text)
    cands = [c for c in cands if not (c.label == "TOPIC" and _FIELD_OF_BODY_RE.search(
        text[max(0, c.start - 40):c.start]) and not _SUBJECT_BODY_RE.search(text[max(0, c.start - 40):c.start]))]
    cands = [c for c in cands if not (c.label == "ORG" and _MODEL_AFTER.match(text, c.end))]
    cands = drop_attributive_countries(cands, text)
    cands = drop_dates_in_quoted_titles(cands, text)
    cands = [c for c in cands if not (c.label == "PER" and nationality_phrase(text[c.start:c.end]))]
    cands = trim_opening_company_nouns(cands, text)  # "Startup Wiicamp won …": the company is "Wiicamp"
    cands = join_hyphenated_given_names(cands, text)  # "Jean-Marc Lenz", not "Marc Lenz"
    cands = drop_titles_as_names(cands, titles, text, lex)
    cands = drop_offices_inside_titles(cands, titles, text, lex)
    cands = trim_names_after_places(cands, text)
    cands = split_units_of_known_bodies(cands, text, lex)
    kept, rest = resolve_overlaps(cands)
    return Analysis(ents=kept, nested=rest, titles=trim_titles_into_bodies(titles, kept, text, lex))


_QUOTED = re.compile(r"[\"“][^\"”\n]{2,200}[\"”]")


def drop_dates_in_quoted_titles(cands: list[Candidate], text: str) -> list[Candidate]:
    """A date inside the quoted title of an event's name is part of the name, not a date of its own: "Lễ phát hành
    bộ tem “Kỷ niệm 80 năm … (6/1/1946 - 6/1/2026)”" (dates outrank names, and would cut the event)."""
    quoted = [(q.start(), q.end()) for c in cands if c.label == "EVENT"
              for q in _QUOTED.finditer(text, c.start, c.end)]
    if not quoted:
        return cands
    return [c for c in cands if not (c.label == "DATE" and any(a < c.start and c.end < b for a, b in quoted))]


def cut_at_sentences(cands: list[Candidate], sentence_starts: list[int], text: str) -> list[Candidate]:
    """``cands`` with those that run across a sentence start cut to their longer side.

    A name never runs across a sentence end; where one seems to, a headline or credit ran
    into the next sentence ("… in February The Working Group on …", "Law on Artificial
    Intelligence The 15th …"): the side holding most of the name is kept, without the
    opener it begins with ("The"), and dropped if no capitalised word is left.
    """
    if not sentence_starts:
        return cands
    out = []
    for c in cands:
        i = bisect_left(sentence_starts, c.start + 1)
        if i == len(sentence_starts) or sentence_starts[i] >= c.end:
            out.append(c)
            continue
        cut = sentence_starts[i]
        left = text[c.start:cut].rstrip()
        right_start = sentence_starts[bisect_left(sentence_starts, c.end) - 1]
        right = text[right_start:c.end]
        if len(left) >= len(right):
            start, end = c.start, c.start + len(left)
        else:
            opener = _OPENER_RE.match(right)
            start, end = right_start + (opener.end() if opener else 0), c.end
        if end > start and any(w[:1].isupper() for w in text[start:end].split()):
            out.append(replace(c, start=start, end=end))
    return out


_OPENER_RE = re.compile(r"(?:" + "|".join(EN_SENTENCE_OPENERS) + r")\s+")


def drop_offices_inside_titles(cands: list[Candidate], titles: list[Candidate], text: str,
                               lex: Lexicon) -> list[Candidate]:
    """An office that starts inside a title with a role of its own and runs past it gives way to
    the body after the title: "Phó Thủ tướng Chính phủ X" is the role "Phó Thủ tướng" of "Chính
    phủ", not of the office "Thủ tướng Chính phủ" (but "Chánh Văn phòng Trung ương Đảng" keeps
    "Văn phòng Trung ương Đảng": "Văn phòng" is no role)."""
    out = []
    for c in cands:
        t = next((t for t in titles if c.label == "ORG" and t.start < c.start < t.end < c.end
                  and lex.titles.get(norm_key(text[c.start:t.end])) is not None), None)
        if t is not None:
            after = t.end + len(text[t.end:c.end]) - len(text[t.end:c.end].lstrip())
            if any(o.label == "ORG" and o.start == after and o.end == c.end for o in cands):
                continue
        out.append(c)
    return out


def resolve_overlaps(cands: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Keep the best non-overlapping candidates; return (kept, nested-or-dropped).

    Candidates compete in bands of ten priority points (dates; known names and
    cued names; patterns; the CRF; references): within a band the longer span
    wins ("Trần Minh Đức" over the country "Đức"), then the higher priority.
    A candidate fully inside a kept one is returned as nested (a topic inside
    an event's name still counts).
    """
    order = sorted(cands, key=lambda c: (-(c.priority // 10), -c.length, -c.priority, c.start))
    kept: list[Candidate] = []
    rest: list[Candidate] = []
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    for c in order:
        if any(taken[c.start:c.end]):
            rest.append(c)
            continue
        kept.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    return kept, rest


def trim_names_after_places(cands: list[Candidate], text: str) -> list[Candidate]:
    """A surname-led name that begins inside a place or local body starts after it.

    "huyện Nga Sơn Mai Văn Hiếu": "Sơn" ends the district and is also a family
    name; the person is "Mai Văn Hiếu".
    """
    places = [c for c in cands if c.source in ("place-head", "org-local", "org-place") and not c.ref]
    out: list[Candidate] = []
    for c in cands:
        if c.label == "PER" and c.source == "surname":
            host = next((p for p in places if p.start < c.start < p.end < c.end), None)
            if host is not None:
                rest = text[host.end:c.end].lstrip()
                if len(rest.split()) >= 2:
                    c = Candidate(c.end - len(rest), c.end, c.label, c.priority, c.source, c.ref, c.gid, c.value,
                                  c.meta)
                else:
                    continue
        out.append(c)
    return out


def drop_titles_as_names(cands: list[Candidate], titles: list[Candidate], text: str,
                          lex: Lexicon) -> list[Candidate]:
    """Remove name candidates that are really titles or start with one.

    "Tổng Bí thư Tô Lâm" can look like a capitalised run; the title part is
    cut off, and a person span that is only a title is dropped. An office
    organisation ("Thủ tướng Chính phủ") directly followed by a name is a title
    plus an organisation, not the office.
    """
    out: list[Candidate] = []
    title_spans = [(t.start, t.end) for t in titles]
    persons = [c for c in cands if c.label == "PER" and c.source != "crf"]
    for c in cands:
        if c.label == "PER" and _opens_title(text, c, lex):
            continue  # "Phó Giáo sư, Tiến sĩ Đặng Đức Anh": "Phó Giáo" (a family name and a syllable) opens the honorific
        if c.label == "PER":
            inside = [t for t in title_spans if t[0] <= c.start < t[1]]
            if inside:
                t_end = max(e for _, e in inside)
                if t_end >= c.end:
                    continue
                rest = text[t_end:c.end].lstrip()
                if len(rest.split()) < 2 and c.source not in ("honorific",):
                    continue
                c = Candidate(c.end - len(rest), c.end, c.label, c.priority, c.source, c.ref, c.gid, c.value, c.meta)
        if c.label == "ORG" and c.source == "gazetteer":
            # (or is one after a nationality: "Vietnamese Prime Minister X", an alias of the office)
            t = next((t for t in titles if t.start == c.start), None) \
                or next((t for t in titles if c.start < t.start and t.end == c.end
                         and re.fullmatch(r"[A-Z][a-z]+\s+", text[c.start:t.start])), None)
            if t is not None and any(p.start in range(c.end, c.end + 2) for p in persons):
                continue
            inside = next((t for t in titles if t.start < c.start and c.end <= t.end), None)
            if inside is not None and lex.titles.get(norm_key(text[c.start:c.end])) is not None:
                continue  # "Prime Minister" inside "Deputy Prime Minister" is part of a title
            if t is not None and t.end == c.end and not (
                    re.match(r"[’']s\b", text[c.end:c.end + 3])
                    or re.search(r"\b(của|of the)\s+$", text[max(0, c.start - 8):c.start])
                    or _OFFICE_ISSUES.match(text, c.end) and re.search(r"\b[Tt]he\s+$", text[max(0, c.start - 4):c.start])):
                continue  # "Prime Minister" alone is a title (a person's mention), not the office
                # (the office issues: "the Prime Minister earlier issued Directive 09/CT-TTg")
        if c.label in ("ORG", "LOC", "EVENT", "TOPIC") and c.source != "gazetteer":
            if (c.start, c.end) in title_spans:
                continue
        out.append(c)
    return out


_NEXT_WORD = re.compile(r" (\w+)")
# an office as the subject of issuing an instrument: "the Prime Minister (has / earlier) issued …", "… approved Decision 888/QĐ-TTg"
_OFFICE_ISSUES = re.compile(r"\s+(?:(?:has|had|earlier|also|then|later)\s+){0,2}(?:issued|promulgated|approved)\s+[A-Z]")


def _opens_title(text: str, c: Candidate, lex: Lexicon) -> bool:
    """The name candidate and the lower-case word after it are a known title or honorific ("Phó Giáo" + "sư",
    "Giáo" + "sư"): the capitalised run is the title's start, not a name."""
    m = _NEXT_WORD.match(text, c.end)
    return m is not None and m.group(1)[:1].islower() and \
        lex.titles.get(norm_key(f"{text[c.start:c.end]} {m.group(1)}")) is not None


def named_entity_view(ents: list[Candidate], nested: list[Candidate]) -> list[Candidate]:
    """``ents`` with every event that contains names replaced by those names.

    The knowledge graph needs "Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng"
    as an event (``doc.spans["kg"]``); named-entity recognition, as VLSP scores
    it, needs the organisation inside it. ``doc.ents`` is that flat view.
    """
    out: list[Candidate] = []
    for c in ents:
        if c.source in (LOCAL_BODY_SOURCE, BODY_REF_SOURCE):
            continue  # "UBND tỉnh", "Ủy ban" read from context: references, not names as written
        if c.label != "EVENT":
            out.append(c)
            continue
        inside = sorted((n for n in nested if n.label in ("PER", "ORG", "LOC") and not n.ref
                         and c.start <= n.start and n.end <= c.end and (n.start, n.end) != (c.start, c.end)),
                        key=lambda n: (-(n.priority // 10), -n.length, n.start))
        chosen: list[Candidate] = []
        for n in inside:
            if not any(n.start < o.end and o.start < n.end for o in chosen):
                chosen.append(n)
        out.extend(sorted(chosen, key=lambda n: n.start) if chosen else [c])
    return out

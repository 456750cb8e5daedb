"""A role whose body is named nearby, not next to the title.

"Hiệu trưởng Trần Thị B cho biết Trường Đại học X sẵn sàng …": the role "Hiệu trưởng" names
no body, but it only exists in a school, and the article up to that sentence names one
school. The roles and the name heads of the bodies they belong to are data
(``role_bodies`` in ``kg/data/relations/cues.json``); the link is made only where exactly
one body of a fitting head is in reach, so a sentence naming two schools gives none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern, cue_table, cue_words
from kg.textutil import norm_key, escaped_alternation


_COMPLEMENT = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?", re.IGNORECASE)  # a title's body after it


def bodies_in_reach(s: Sentence, heads: list[str]) -> list[Mention]:
    """Organizations named so far in the article (this sentence included) whose name opens with
    one of ``heads`` (or, for a head written "… X", ends with X: "Gia Lai Provincial People's Committee"; for
    one written "… X …", holds the capitalised word X: "Hanoi University of Science and Technology")."""
    opening = [re.escape(h) for h in heads if not h.startswith("… ")]
    pat = re.compile(r"(?:" + "|".join(opening) + r")\s", re.IGNORECASE) if opening else None
    tails = tuple(h[2:].casefold() for h in heads if h.startswith("… ") and not h.endswith(" …"))
    words = {h[2:-2] for h in heads if h.startswith("… ") and h.endswith(" …")}
    found = [m for m in s.ex.mentions if m.type == "Organization" and m.sentence <= s.index and not m.ref
             and (pat and pat.match((m.name or m.text) + " ") or tails and _named_tail(m.name or m.text, tails)
                  or words and not words.isdisjoint((m.name or m.text).split()))]
    # a name inside a longer one ("Đại học X" in "Trường Đại học X") is the same body
    return [m for m in found if not any(o.sentence == m.sentence and o.start <= m.start and m.end <= o.end
                                        and (o.end - o.start) > (m.end - m.start) for o in found)]


def _named_tail(name: str, tails: tuple[str, ...]) -> bool:
    """``name`` ends with one of ``tails`` after a place's name of its own ("Gia Lai Provincial People's Committee"),
    not the bare kind ("provincial People's Committee", which names no one body)."""
    low = name.casefold()
    return any(low.endswith(t) and name[:1].isupper() and len(low) > len(t) + 1
               and not re.fullmatch(r"(?:the\s+)?(?:provincial|city|municipal|district)\s+", low[:-len(t)]) for t in tails)


@lru_cache(maxsize=None)
def _role_bodies(lang: str) -> dict:
    """``role_bodies`` of ``lang`` by the norm_key of each role (read, never changed)."""
    return {norm_key(k): v for k, v in cue_table("role_bodies", lang).items()}


def bodies_of_bare_roles(s: Sentence) -> list[Relation]:
    """memberOf for "ROLE Name" where ROLE has no body of its own but a single body of the
    kind the role belongs to is named in the article up to this sentence (in English, in this
    sentence: "the Ministry of X sent a delegation led by Deputy Minister Y"); for "Name, ROLE," the
    single such body of this sentence or the one before ("Ban Kinh tế - Ngân sách … Ông X, Trưởng ban,")."""
    table = _role_bodies(s.lang)
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if p.ref:
            continue
        title = next((t for t in s.titles if t.end_char <= p.start
                      and re.fullmatch(r"\s*", s.text[t.end_char:p.start])), None)
        after = None
        if title is None:  # "Ông X, Trưởng ban, lưu ý …": the role alone after the name
            after = next((t for t in s.titles if t.start_char >= p.end
                          and re.fullmatch(r"\s*,\s*", s.text[p.end:t.start_char])
                          and re.match(r"\s*[,;.]", s.text[t.end_char:t.end_char + 2])), None)
            title = after
        if title is None or norm_key(title.text) not in table:
            continue
        if re.search(r"(?:nguyên|cựu)\s+$", s.text[max(s.start, title.start_char - 8):title.start_char], re.IGNORECASE):
            continue  # a former role gets no memberOf
        heads = table[norm_key(title.text)]
        bodies = bodies_in_reach(s, heads)
        if s.lang != "vi" and set(heads) <= set(cue_words("role_unique_bodies", s.lang)):
            # "Governor Nguyễn Thị Hồng" in an article that named the State Bank: the country has one
            if any(m.type == "Organization" and m.sentence == s.index
                   and re.fullmatch(r"(?:'s)?\s*", s.text[m.end:title.start_char]) for m in s.ex.mentions
                   if m.end <= title.start_char):
                continue  # "Bank of Thailand Governor X": the body before the title is the role's own
        elif s.lang != "vi":  # English copy names many ministries: only the one of the same sentence, and not
            # one another person's title names ("Minister X met Y, the German Minister of Labour …")
            reach = bodies
            bodies = [b for b in bodies if b.sentence == s.index and not any(
                t is not title and t.end_char <= b.start and _COMPLEMENT.fullmatch(s.text, t.end_char, b.start)
                for t in s.titles)]
            if not bodies and after is None and _opens_sentence(s, title):
                # "The festival was organised by the Ministry of Science and Technology … Deputy Minister Hoàng
                # Minh spoke at the opening.": the sentence's subject, titled bare, of the body the one before names
                bodies = [b for b in reach if b.sentence == s.index - 1
                          and not _TITLED_BODY.search(s.ex.article.text, max(0, b.start - 40), b.start)]
        if after is not None:  # the body the sentence before (or this one) names
            bodies = [b for b in bodies if b.sentence >= s.index - 1]
        names = {norm_key(b.name or b.text) for b in bodies}
        if len(names) == 1:
            out.append(Relation(p.id, "memberOf", bodies[0].id, s.index))
    return out


def _opens_sentence(s: Sentence, title) -> bool:
    """The title opens its English sentence (only a dateline, "Also," or the like before it)."""
    return re.fullmatch(r"(?:[^\n—–]{0,40}[—–]\s*)?(?:(?:Also|Meanwhile|Later|Earlier|In addition),\s*)?",
                        s.text[s.start:title.start_char]) is not None


# a body that a title names as its holder's ("… met Yamada, Japan's Minister of Health,"): not a bare title's
_TITLED_BODY = re.compile(r"\b(?:Minister|Ministers|Secretary|Head|Director|Chief|Chairman|Chairwoman|President|"
                          r"Spokesperson|Spokesman|Spokeswoman|Governor)\s+(?:of|for)\s+(?:the\s+)?$")


@lru_cache(maxsize=None)
def _kind_patterns(lang: str) -> tuple[dict, re.Pattern | None, re.Pattern | None]:
    """``kind_refs`` of ``lang`` (read, never changed) and the kind words before a name and after a title,
    made once per language."""
    table = cue_table("kind_refs", lang) if lang == "vi" else {}
    kinds = [k for k in table if not k.startswith("_")]
    if not kinds:
        return table, None, None
    kind_re = escaped_alternation(kinds)
    return table, re.compile(rf"\s+(?P<kind>{kind_re})\s+$"), re.compile(rf"\s+(?P<kind>{kind_re})(?=\s*[,;.)]|\s*$)")


def kind_word_bodies(s: Sentence) -> list[Relation]:
    """memberOf (and position) for a title whose body is written as a lower-case kind word ("Giám đốc bệnh
    viện", "Tổng giám đốc công ty", "Hiệu trưởng nhà trường"): the one body of that kind the article has named
    up to this sentence (``kind_refs`` in cues.json), before the name ("Hiệu trưởng nhà trường Huỳnh Quyết
    Thắng cho biết …") or after it ("ông X, Giám đốc bệnh viện, cho biết …")."""
    table, before, after = _kind_patterns(s.lang)
    if before is None:
        return []
    out: list[Relation] = []
    for p in s.of_type("Person"):
        if p.ref:
            continue
        found = None
        for t in s.titles:
            if t.end_char <= p.start and (m := before.fullmatch(s.text, t.end_char, p.start)) \
                    and not any(t.end_char <= o.start < p.start for o in s.mentions):
                found = (t, m.group("kind"), True)
            elif t.start_char >= p.end and re.fullmatch(r"\s*,\s*", s.text[p.end:t.start_char]) \
                    and (m := after.match(s.text, t.end_char, s.end)):
                found = (t, m.group("kind"), False)
            elif t.start_char >= p.end and re.fullmatch(r"\s*(?:" + cue_pattern("role_links", s.lang) + r")\s+",
                                                        s.text[p.end:t.start_char]) \
                    and (m := after.match(s.text, t.end_char, s.end)):
                found = (t, m.group("kind"), False)  # "bầu ông X giữ chức Chủ tịch Hội đồng quản trị công ty."
        if found is None:
            continue
        t, kind, title_first = found
        bodies = bodies_in_reach(s, table[kind.casefold()])
        if len({norm_key(b.name or b.text) for b in bodies}) != 1:
            continue
        out.append(Relation(p.id, "memberOf", bodies[0].id, s.index))
        if title_first:  # the kind word parted the title from the name: the title is still the person's
            out.append(Relation(p.id, "position", t.text, s.index))
    return out


@lru_cache(maxsize=None)
def _unit_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """The kind word after "của" and the sub-body heads of :func:`units_of_kind_word`, made once per language
    (they were made again for every sentence)."""
    table = _kind_patterns(lang)[0]
    # the kind word, not a name's first word ("của bệnh viện Bạch Mai" names its own body)
    kinds = escaped_alternation((k for k in table if not k.startswith("_")))
    return (re.compile(rf"\s+(?P<kind>{kinds})(?![\w])(?!\s+[A-ZĐ])"),
            re.compile(r"(?:" + cue_pattern("sub_body_heads", lang) + r")\s"))


def units_of_kind_word(s: Sentence) -> list[Relation]:
    """subOrganizationOf for a unit written with "của" and a lower-case kind word ("Khoa Hồi sức tích cực của
    bệnh viện", "Khoa Điện tử - Viễn thông của trường"): the one body of that kind (``kind_refs``) the article
    has named up to this sentence."""
    table, _, after = _kind_patterns(s.lang)
    if after is None:
        return []
    after, sub = _unit_patterns(s.lang)
    out: list[Relation] = []
    for unit in s.of_type("Organization"):
        link = re.match(r"\s+của", s.text[unit.end:s.end])
        if unit.ref or link is None or not sub.match(unit.text + " "):
            continue
        m = after.match(s.text, unit.end + link.end(), s.end)
        if m is None:
            continue
        bodies = [b for b in bodies_in_reach(s, table[m.group("kind").casefold()])
                  if norm_key(b.name or b.text) != norm_key(unit.name or unit.text)]
        names = {norm_key(b.name or b.text) for b in bodies}
        # a short form that opens the full name is the same body ("Trường Đại học Bách khoa" of "… - Đại học Đà Nẵng")
        names = {n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}
        if len(names) == 1:
            full = max(bodies, key=lambda b: len(b.name or b.text))
            out.append(Relation(unit.id, "subOrganizationOf", full.id, s.index))
    return out

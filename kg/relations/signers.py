"""signed: who signs an instrument — "Directive 12, (which was) signed by Prime Minister X", "Quyết định … do
ông X ký" (:func:`signed_by`), and the helpers :func:`kg.relations.policies.issuers` reads for co-signers
("Thứ trưởng A và Đại sứ B đã ký", "A and his Korean counterpart B signed")."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Relation, Sentence, blanked, title_spans
from kg.relations.cues import cue_pattern


@lru_cache(maxsize=1)
def _bare_local_body() -> re.Pattern:
    """A local body (and its level) with no place named, between a title and its holder ("UBND tỉnh", "HĐND
    thành phố", "Tỉnh ủy")."""
    return re.compile(r"(?:" + cue_pattern("local_bodies", "vi") + r")(?:\s+(?:" + cue_pattern("local_levels", "vi")
                      + r"))?\s+(?=[A-ZĐ])")


def co_signers(gap: str) -> bool:
    """Between two English signers only "and" (or a comma) and the second one's title, body or
    country: capitalised words and the small words of a title ("of", "to", "the"), or "his Uzbek
    counterpart"."""
    return re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:his|her|their)\s+(?:[A-Z][\w'’.-]*\s+)*counterparts?,?\s+)?"
                        r"(?:(?:[A-Z][\w'’.-]*,?|of|to|the|for|and)\s+)*", gap) is not None  # ("of Food, Agriculture and …")


def co_signers_vi(s: Sentence, start: int, end: int, lead: bool = False) -> bool:
    """Between two Vietnamese signers (or before the first, with ``lead``: the clause opening) only
    "và", titles and honorifics: "Thứ trưởng A và Đại sứ B đã ký"."""
    words = blanked(s.text, start, end, title_spans(s)).split()
    return (lead or words[:1] == ["và"]) and all(w in ("và", "ông", "bà") for w in words[0 if lead else 1:]) \
        and (lead or words.count("và") == 1)


@lru_cache(maxsize=1)
def _passive_after_vi() -> re.Pattern:
    """What leads from a Vietnamese instrument to its passive signer: the number's tail, the parties ("giữa
    Chính phủ A và Chính phủ B") or the subject the title goes on with ("về phát triển …", "quy định …",
    ``signed_subject_leads``), then "(vừa) do" / "(đã) được" (``sign_passive``)."""
    return re.compile(r"[/\w.-]*(?:\s+(?:giữa|" + cue_pattern("signed_subject_leads", "vi") + r")\s+[^,.;()]{1,150}?)?"
                      r"\s*,?\s*(?:(?:vừa|đã|mới)\s+)?(?:" + cue_pattern("sign_passive", "vi") + r")\s+", flags=re.IGNORECASE)


def _in_subject_of(s: Sentence, q: Mention, pol: Mention) -> bool:
    """``pol`` is what instrument ``q``'s subject tail names ("Quyết định 456 về phê duyệt | Chương trình X", "Thông
    tư 12 sửa đổi | Thông tư 08"): the instrument approved or amended, not the one a signer after both signs."""
    return q.end <= pol.start and _SUBJECT_THEN.fullmatch(s.text, q.end, pol.start) is not None


_SUBJECT_THEN = re.compile(r"[/\w.-]*(?:\s+[^,.;()\s]+){0,6}?\s+(?:phê duyệt|sửa đổi, bổ sung|ban hành|sửa đổi|bổ sung|thay thế|bãi bỏ|"
                           r"hướng dẫn|quy định chi tiết|triển khai|thực hiện)(?:\s+(?:một số điều của|các|việc))?\s+")


def person_at(s: Sentence, pos: int) -> Mention | None:
    """The person named at ``pos`` of ``s``, past an honorific, a title and its body ("Phó Chủ tịch UBND tỉnh
    A"): :func:`person_after` among all the sentence's people."""
    return person_after(s, s.of_type("Person"), pos)


def signing_cue(lang: str) -> str:
    """The words that say a person signs what follows: "ký"; in English "signed", "inked", "put their names to"
    (``signed_ref_verbs``)."""
    return r"\b(ký)\b" if lang == "vi" else r"(?<![\w])(?:" + cue_pattern("signed_ref_verbs", "en") + r")(?![\w])"


def signed_by(s: Sentence) -> list[Relation]:
    """signed, passive: "Directive 12, (which was) signed by Prime Minister X", "Quyết định … do ông X ký"."""
    out: list[Relation] = []
    people = s.of_type("Person")
    if not people:
        return out
    passive = cue_pattern("sign_passive", s.lang)
    for pol in s.of_type("Policy"):
        if s.lang == "vi" and any(_in_subject_of(s, q, pol) for q in s.of_type("Policy")):
            continue  # "Quyết định 456 về phê duyệt | Chương trình X | được Thủ tướng … ký": the decision is signed
        if s.lang == "vi":  # (past the parties: "Hiệp định … giữa Chính phủ A và Chính phủ B, do …")
            m = _passive_after_vi().match(s.text[pol.end:s.end])
            if not m:
                continue
            who = person_after(s, people, pol.end + m.end())
            if who is None:
                continue
            # "do Bộ trưởng A và Bộ trưởng … B ký": both sign
            nxt = min((p for p in people if p.start > who.end), key=lambda p: p.start, default=None)
            signers = [who, nxt] if nxt is not None and re.fullmatch(r"\s+và\s+[^,.;()]{0,80}",
                                                                     s.text[who.end:nxt.start]) else [who]
            if _ON_BEHALF_THEN_SIGNS.match(s.text, signers[-1].end, s.end) or _titled_apposition(s, who.end):
                out += [Relation(p.id, "signed", pol.id, s.index) for p in signers]
            continue
        m = re.match(r"[/\w.-]*(?:\s+(?:on|about)\s+[^,.;()]{1,120}?)?\s*,?\s*(?:" + passive + r")\s+",
                     s.text[pol.end:s.end], flags=re.IGNORECASE) or re.match(
            r"[/\w.-]*(?:\s+(?:on|about)\s+[^,.;()]{1,120}?)?"  # ("Circular 43 on patient safety was signed on Friday by")
            r"\s*,?\s*(?:(?:(?:which|that)\s+)?was\s+)?signed\s+(?:in|at|on|last|this)\s+[^,.;()]{1,50}?\s+by\s+",
            s.text[pol.end:s.end])
        # "… was signed in the Kremlin by Minister X", "…, signed on December 2 by X,": the place or day
        # between the verb and "by"
        if m:
            who = person_after(s, people, pol.end + m.end())
            signed = _clause_head(s, pol)  # "The plan, which concretises Resolution 68, was signed by X": the plan
            if who is not None and signed is not None:
                out += [Relation(p.id, "signed", signed.id, s.index) for p in joined_signers(s, people, who)]
    # "The decision was signed by Vice Chairman X": the instrument the article named last of that kind
    # ("It was signed off by X": the instrument the sentence before is about)
    opening = _SIGNED_REF_EN.match(s.text, s.start, s.end) if s.lang == "en" and not out else None
    mid = _UNDER_SIGNED_REF_EN.search(s.text, s.start, s.end) if s.lang == "en" and not out and not opening else None
    if mid:  # "Under the plan, signed on Tuesday by Vice Chairman X, the city will …": the instrument "the plan" names
        from kg.relations.policies import policy_ref_at
        pol = policy_ref_at(s, mid.start("ref"))
        who = person_after(s, people, mid.end()) if pol is not None else None
        if who is not None:
            out += [Relation(p.id, "signed", pol.id, s.index) for p in joined_signers(s, people, who)]
    fronted = _FRONTED_SIGNED_EN.match(s.text, s.start, s.end) if s.lang == "en" and not out else None
    if opening or fronted:
        from kg.relations.policies import policy_ref_at
    if fronted:  # "Signed by Deputy Prime Minister X on June 9, the decree takes effect …": the subject after the comma
        who = person_after(s, people, fronted.end())
        comma = s.text.find(",", who.end if who else s.end, s.end)
        pol = next((p for p in s.of_type("Policy") if comma >= 0 and re.fullmatch(r",\s*", s.text[comma:p.start])), None) \
            or (policy_ref_at(s, comma + 1) if comma >= 0 else None)
        if who is not None and pol is not None:
            out.append(Relation(who.id, "signed", pol.id, s.index))
    if opening:
        pol = _subject_before(s) if opening.group("it") else policy_ref_at(s, s.start) or _document_before(s)
        who = person_after(s, people, opening.end()) if pol is not None else None
        if who is not None:
            out += [Relation(p.id, "signed", pol.id, s.index) for p in joined_signers(s, people, who)]
    return out


# a relative clause open before an instrument: "The plan, which concretises |Resolution 68|, was signed …"
_IN_RELATIVE = re.compile(r",\s*(?:which|that)\s+[^,.;:()]{1,80}$")


def _clause_head(s: Sentence, pol: Mention) -> Mention | None:
    """The instrument a passive signing after ``pol`` is about: ``pol`` itself, or, when ``pol`` stands inside a
    relative clause, the instrument the clause hangs on (named right before its comma, or "The plan" opening the
    sentence); None when there is none."""
    if s.lang != "en":
        return pol
    rel = _IN_RELATIVE.search(s.text, s.start, pol.start)
    if rel is None:
        return pol
    head = next((p for p in s.of_type("Policy") if p.end <= rel.start()
                 and re.fullmatch(r"[/\w.-]*(?:\s+(?:on|about)\s+[^,.;:()]{1,80}?)?", s.text[p.end:rel.start()])), None)
    if head is None and re.fullmatch(r"\s*(?:The|This)\s+(?:new\s+|amended\s+)?[a-z]+\s*", s.text[s.start:rel.start()]):
        from kg.relations.policies import policy_ref_at
        head = policy_ref_at(s, s.start)
    return head


def joined_signers(s: Sentence, people: list[Mention], first: Mention) -> list[Mention]:
    """English: ``first`` and the signers joined to it after "by": "signed by Minister A and Lao Minister of
    Energy and Mines B", "by A, Chairman of X B and C" (only commas, the "and" that closes the list and each
    one's title between, as :func:`co_signers` reads)."""
    out = [first]
    if s.lang != "en":
        return out
    cur, listed = first, []  # "signed by A, Chairman of X B and Vice Chairman of Y C": a list closed by "and"
    while (nxt := next((p for p in sorted(people, key=lambda p: p.start) if p.start > cur.end), None)) is not None:
        gap = s.text[cur.end:nxt.start]
        if not co_signers(gap) and not co_signers(_titles_capitalised(s, cur.end, nxt.start)):
            break  # (a lower-case title between: "and Equinor executive vice president B")
        if " and " in f" {gap} ":
            out += listed + [nxt]
            break
        if not gap.lstrip().startswith(","):
            break
        listed.append(nxt)
        cur = nxt
    if len(out) == 1 and (again := _AND_BY.match(s.text, first.end, s.end)):
        second = person_after(s, people, again.end()) or next(  # "by A, on behalf of the city, and by the university's B"
            (p for p in people if p.start >= again.end() and _TITLE_WORDS.fullmatch(s.text, again.end(), p.start)), None)
        if second is not None and second is not first:
            out.append(second)
    return out


def _titles_capitalised(s: Sentence, a: int, b: int) -> str:
    """The text between ``a`` and ``b`` with each title span in it written as one capitalised word, so that a
    lower-case title ("executive vice president") reads like the capitalised ones :func:`co_signers` allows."""
    out, at = [], a
    for t in sorted((t for t in s.titles if a <= t.start_char and t.end_char <= b), key=lambda t: t.start_char):
        if t.start_char >= at:
            out += [s.text[at:t.start_char], "Title"]
            at = t.end_char
    return _LOWER_ROLE.sub("Title", "".join(out) + s.text[at:b])  # (a role the title spans do not hold yet)


# an English role in lower case (``role_heads``): "executive vice president", "general director"
_LOWER_ROLE = re.compile(r"(?<![\w])(?:" + cue_pattern("role_heads", "en") + r")(?![\w])")


# a second agent after the first signer (and the party the first signed for): "signed by A, on behalf of the city, and
# by the university's vice president B"
# a title the recogniser left unmarked between "by" and the name: "the university's vice president"
_TITLE_WORDS = re.compile(r"(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?:[A-Za-z][\w-]*\s+){1,4}")
_AND_BY = re.compile(r"(?:\s*,?\s+(?:on\s+behalf\s+of|for|representing)\s+[^,.;()]{1,60}?)?\s*,?\s+and\s+by\s+")


_SIGNED_REF_EN = re.compile(r"\s*(?:(?:The|This|That)\s+(?:new\s+|amended\s+)?[a-z]+\s*,?\s*(?:(?:which|that)\s+)?|(?P<it>It)\s+)"
                            r"(?:was\s+|has\s+been\s+|had\s+been\s+)?signed\s+(?:off\s+)?"
                            r"(?:(?:in|at|on|last|this)\s+[^,.;()]{1,50}?\s+)?by\s+")


# "Under the plan, signed on Tuesday by X, …", "in line with the decision, which was signed by X": a reference to an
# instrument after a preposition of basis, then the signing participle
_UNDER_SIGNED_REF_EN = re.compile(r"(?<![\w])(?i:under|according\s+to|in\s+line\s+with|pursuant\s+to)\s+"
                                  r"(?P<ref>(?:the|this)\s+(?:new\s+)?[a-z]+)\s*,\s*(?:(?:which|that)\s+was\s+)?"
                                  r"signed\s+(?:off\s+)?(?:(?:in|at|on|last|this)\s+[^,.;()]{1,50}?\s+)?by\s+")


def _document_before(s: Sentence) -> Mention | None:
    """The instrument "The document, signed by X, …" names again: of the instruments named in this sentence or the
    two before, the latest not named in passing (the plan a body issued, not the resolution it carries out)."""
    if not re.match(r"\s*The\s+document\b", s.text[s.start:s.end]):
        return None
    from kg.relations.kind_referents_en import kind_referent
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and s.index - 2 <= p.sentence < s.index]
    return kind_referent(s, earlier)


_FRONTED_SIGNED_EN = re.compile(r"\s*Signed\s+(?:off\s+)?by\s+")


def _subject_before(s: Sentence) -> Mention | None:
    """The instrument the sentence before opens with, as its subject ("Decree 315 was issued by the Government on
    Wednesday. It was signed by …"): a policy at that sentence's start (past "The" and a dateline), the one
    "It" names, else the only one that sentence names."""
    if s.index == 0:
        return None
    a, b = s.ex.sentences[s.index - 1]
    lead = re.match(r"\s*(?:[A-ZĐ][^—]{0,40}—\s*)?(?:The\s+)?", s.text[a:b])
    named = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence == s.index - 1]
    # (else the one instrument that sentence says was issued: "The committee issued Decision 2150 on Monday. It was
    # signed by …"; a body or a meeting is not what gets signed)
    issued = named[0] if len({p.text.casefold() for p in named}) == 1 and _ISSUED_BEFORE.search(
        s.text, max(a, named[0].start - 30), named[0].start) else None  # (not "The ministry discussed Decision 412")
    return next((p for p in named if p.start == a + lead.end()), None) or issued


_ISSUED_BEFORE = re.compile(r"(?<![\w])(?:issued|adopted|approved|released|promulgated)\s+(?:the\s+)?$")


# "… do A ký", "… được A thay mặt Ban Thường vụ ký ban hành": the body signed for may stand before the verb
_ON_BEHALF_THEN_SIGNS = re.compile(r"\s+(?:thay mặt\s+[^,.;()]{2,60}?\s+)?(?:đã\s+|cùng\s+)?ký\b")
_APPOSED_THEN_SIGNS = re.compile(r",\s*(?P<title>[^,.;()]{2,80}),\s*(?:đã\s+)?ký\b")


def _titled_apposition(s: Sentence, end: int) -> bool:
    """The signer's title stands in commas between the name and "ký": "Kế hoạch số 42/KH-UBND do ông A,
    Phó Chủ tịch UBND tỉnh, ký ban hành" (Vietnamese)."""
    m = _APPOSED_THEN_SIGNS.match(s.text, end, s.end)
    return m is not None and any(t.start_char == m.start("title") for t in s.titles)


def person_after(s: Sentence, people: list[Mention], pos: int) -> Mention | None:
    """The person named at ``pos``, past a title and an honorific ("the Prime Minister X", "ông X")."""
    titles = sorted(s.titles, key=lambda t: t.start_char)
    cursor = pos
    # (and a possessor before the title: "the airline's general director X", "its chief executive Y")
    lead = re.match(r"(?:the\s+(?:[a-z][\w-]*['’]s\s+)?|(?:its|their)\s+|ông\s+|bà\s+|đồng chí\s+)?", s.text[cursor:s.end],
                    flags=re.IGNORECASE)
    cursor += lead.end()
    # a lower-case word naming the title's body before it: "committee Vice Chairman X", "bank Chairman Y"
    body_word = re.match(r"[a-z][\w-]*\s+", s.text[cursor:s.end]) if s.lang == "en" else None
    if body_word is not None and any(t.start_char == cursor + body_word.end() for t in titles):
        cursor += body_word.end()
    # the title's body or country written before it: "VNU President Lê Quân", "the bank's … ", "Vietnam's Minister …"
    owner = next((o for o in s.of_type("Organization", "Place") if o.start == cursor), None) if s.lang == "en" else None
    gap = re.match(r"(?:['’]s)?\s+", s.text[owner.end:s.end]) if owner is not None else None
    if gap is not None and any(t.start_char == owner.end + gap.end() for t in titles):
        cursor = owner.end + gap.end()
    for t in titles:  # "Deputy Prime Minister Tran Quoc Binh", "Phó Thủ tướng Trần Hồng Hà"
        if t.start_char == cursor:
            cursor = t.end_char
            cursor += len(s.text[cursor:s.end]) - len(s.text[cursor:s.end].lstrip())
            # the title's body before the name: "Chủ tịch UBND tỉnh Nguyễn Văn Hải"
            body = next((o for o in s.of_type("Organization") if o.start <= cursor < o.end), None)  # or overlaps it
            if body is not None:
                cursor = body.end + len(s.text[body.end:s.end]) - len(s.text[body.end:s.end].lstrip())
            elif s.lang == "vi" and (bare := _bare_local_body().match(s.text, cursor, s.end)):
                cursor += bare.end() - bare.start()  # "Phó Chủ tịch UBND tỉnh Lâm Văn Bi": the province left unnamed
            # "do Thứ trưởng Bộ Công an, Thượng tướng A ký": a rank or second title after a comma, then the name
            comma = re.match(r",\s*", s.text[cursor:s.end]) if s.lang == "vi" else None
            if comma is not None and any(u.start_char == cursor + comma.end() for u in titles):
                cursor += comma.end()
    who = next((p for p in people if p.start == cursor), None)
    if who is None and cursor > pos:  # "Minister of Industry and Trade Nguyen Hong Dien" ("Minister for …"): the title's body in words
        # ("Vice Chairman of the provincial People's Committee X": the local level before the body)
        body = re.match(r"(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'&-]*|and|of|for|the|provincial|municipal|city|district),?\s+)"
                        r"{1,8}", s.text[cursor:s.end])
        if body is not None:
            who = next((p for p in people if cursor < p.start <= cursor + body.end()
                        and not s.text[p.end:p.end + 1].isalpha()), None)
    return who


# a signing verb right before an instrument of any kind: "A and B put pen to a programme on X"
_SIGNING_BEFORE = re.compile(r"(?<![\w])(?:signed|inked|sealed|put\s+pen\s+to)\s+[^.;:]{0,40}$")


def _signed_there(s: Sentence, p: Mention) -> bool:
    """``p`` is the object of a signing verb in its own sentence."""
    a, _ = s.ex.sentences[p.sentence]
    return _SIGNING_BEFORE.search(s.text, a, p.start) is not None


def signed_for_a_party(s: Sentence) -> list[Relation]:
    """signed, English, with the document left out: "Rector X signed for the Vietnamese university", "Y signed
    on behalf of the bank" — the agreement or memorandum (``signing_objects``), or an instrument of any kind a
    signing verb governs ("put pen to a programme on X"), named last, in this sentence or the one before, is
    what the person signed."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    kinds = cue_pattern("signing_objects", s.lang)
    for verb in re.finditer(r"(?<![\w])signed\s+(?:for|on\s+behalf\s+of)\s+", s.text[s.start:s.end]):
        at = s.start + verb.start()
        who = next((p for p in s.of_type("Person") if re.fullmatch(r"\s*", s.text[p.end:at])), None)
        if who is None:
            continue
        earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and s.index - 1 <= p.sentence <= s.index
                   and p.start < at and (re.search(kinds, p.text, flags=re.IGNORECASE) or _signed_there(s, p))]
        if earlier:
            out.append(Relation(who.id, "signed", max(earlier, key=lambda p: p.start).id, s.index))
    return out


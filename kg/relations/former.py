"""Roles English copy writes in lower case: former roles (:func:`former_titles`) and roles
in apposition (:func:`lower_case_roles`).

"former chairman Le Duy Thanh", "former deputy director of the Finance Department
Hoang Van Nhiem" (the role right before the name) and "Le Viet Chu, former Quang Ngai
Party secretary, …" / "X, also a former secretary of the Y Party Committee, …" (the role
in apposition) give the whole role as written, with "former", and no ``memberOf``
(ANNOTATION.md: past roles are kept whole). The role must hold a role word
(``role_heads`` in ``kg/data/relations/cues.json``), so "former officials" or "former
Vinh Phuc" name no position.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import load_lexicon
from kg.textutil import norm_key

from kg.relations.cues import cue_pattern, cue_table, cue_words
from kg.relations.base import Mention, Relation, Sentence
from kg.relations.people import unknown_body_at
from kg.relations.company_refs import main_body_ref, subject_company
from kg.relations.organizations import REF_HEADS, org_ref_at


MAX_WORDS = 12
# the words a role may run through: names of bodies and places, "of", "the", "and"
ROLE_WORDS = re.compile(r"[\w’'&.-]+(?:\s+[\w’'&.-]+)*")
APPOSITION = re.compile(r"\s*(?:\([^()]{0,12}\))?\s*,\s*(?:(?:also|who is|who was|a|an|the|his|her|their)\s+){0,2}$")


def former_titles(s: "Sentence", rels: list["Relation"]) -> list["Relation"]:
    """``position`` "former …" for people an English sentence names with a former role."""

    if s.lang != "en":
        return []
    people = [m for m in s.of_type("Person") if not m.ref]
    has_former = {r.subject for r in rels if r.predicate == "position" and isinstance(r.obj, str)
                  and re.match(r"(?i)(former|ex-|nguyên)\b", r.obj)}
    out: list[Relation] = []
    heads = re.compile(cue_pattern("role_heads", "en"), re.IGNORECASE)
    for cue in re.finditer(cue_pattern("former_openers", "en"), s.text[s.start:s.end], re.IGNORECASE):
        start = s.start + cue.start()
        found = _role_before_name(s, start, people) or _role_in_apposition(s, start, people) \
            or _role_then_apposed_name(s, start, people)
        if found is None:
            continue
        person, end = found
        role = s.text[start:end].strip()
        role_body = role[cue.end() - cue.start():]
        if not heads.search(role_body) or len(role.split()) > MAX_WORDS or person.id in has_former:
            continue
        # ("former deputy head of the department": the body referred back to is no part of the role's name)
        role_body = re.sub(r"\s+(?:of|at)\s+(?:the|its|this)\s+[a-z]+$", "", role_body.strip())
        out.append(Relation(person.id, "position", "former " + role_body, s.index))
        has_former.add(person.id)
    return out


def _role_before_name(s: "Sentence", start: int, people: list["Mention"]) -> tuple["Mention", int] | None:
    """"former chairman Le Duy Thanh": the person the role runs into, with no punctuation between."""
    nxt = next((p for p in people if p.start > start), None)
    if nxt is None:
        return None
    if not ROLE_WORDS.fullmatch(s.text[start:nxt.start].rstrip()):
        return None
    return nxt, nxt.start


def _role_then_apposed_name(s: "Sentence", start: int, people: list["Mention"]) -> tuple["Mention", int] | None:
    """"sentenced the former general director of Đông Á Bank, Trần Phương Bình, to …": the role, then the person
    set off by commas."""
    nxt = next((p for p in people if p.start > start), None)
    if nxt is None:
        return None
    role = re.fullmatch(r"(?P<role>[^,;:.()]+?)\s*,\s*", s.text[start:nxt.start])
    if role is None or not ROLE_WORDS.fullmatch(role.group("role")) or not re.match(r"\s*(?:,|$)", s.text[nxt.end:s.end]):
        return None
    return nxt, start + role.end("role")


def _role_in_apposition(s: "Sentence", start: int, people: list["Mention"]) -> tuple["Mention", int] | None:
    """"Le Viet Chu, former Quang Ngai Party secretary, …": the role after the name, to the next mark."""
    prev = [p for p in people if p.end <= start]
    if not prev or not APPOSITION.fullmatch(s.text[prev[-1].end:start]):
        return None
    m = re.match(r"[^,;:.()]+", s.text[start:s.end])
    if m is None:
        return None
    end = start + len(m.group().rstrip())
    if any(start < p.start < end for p in people):
        return None  # another person inside: not an apposition of prev
    return prev[-1], end


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A lower-case role in apposition after a name, and the post an appointee takes (built once)."""
    heads = cue_pattern("role_heads", "en")
    # a second role may be written as its acronym: "chairman and CEO of Vingroup"
    acronyms = "|".join(sorted(w.upper() for w in cue_words("role_heads", "en") if w.isalpha() and len(w) <= 3))
    qualified = rf"(?:{cue_pattern('role_qualifiers', 'en')}\s+)?{heads}"  # "acting director", "standing deputy secretary"
    role_part = (rf"(?:(?P<possref>the\s+[a-z]+[’']s\s+|its\s+)|(?:the|a|an|now|also)\s+)?(?:(?:newly[- ](?:appointed|elected)|new)\s+)?"
                 rf"(?P<role>{qualified})(?:\s+and\s+(?P<role2>{heads}|{acronyms}))?(?P<of>\s+(?:of|for)\s+(?:the\s+|its\s+|their\s+)?(?P<poss>(?:[a-z]+\s+)?[a-z]+[’']s\s+)?"
                 r"(?P<local>(?:provincial|municipal|city|district|commune)\s+(?=[A-Z]))?)?")  # "of the (central) bank's …"
    # ("X, who is also director of Y": a relative clause that names the role)
    appo = re.compile(r"\s*,\s*(?:\d{1,3},\s*)?(?:who\s+" + cue_pattern("relative_roles", "en") + r"\s+)?" + role_part)
    return appo, re.compile(_APPOINTED + role_part)


def lower_case_roles(s: "Sentence", rels: list["Relation"]) -> list["Relation"]:
    """"Tran Thi Hoa, general director of Vinamilk, …": a role in lower case in apposition
    gives ``position`` as written and ``memberOf`` the body after "of" (capitalised titles
    are the title recogniser's)."""

    from kg.relations.affiliations import possessive_body

    if s.lang != "en":
        return []
    heads = cue_pattern("role_heads", "en")
    appo, appointed = _role_patterns()
    title_starts = {t.start_char for t in s.titles}
    orgs = [m for m in s.mentions + s.nested if m.type == "Organization"]
    out: list[Relation] = []
    # a role in apposition, and the post taken ("X, director of Y, was appointed deputy minister of finance")
    # (a person named again by the given name: "Nhung, who is also standing deputy secretary of …")
    found = [(p, appo.match(s.text, p.end, s.end), False) for p in s.of_type("Person")
             if not p.ref or p.source == "given-name"] \
        + [(p, appointed.match(s.text, p.end, s.end), True) for p in s.of_type("Person") if not p.ref and _appointee(s, p)]
    for p, m, named in found:
        if m is None or not m.group("role")[:1].islower() or m.start("role") in title_starts:
            continue
        role = m.group("role")
        # "of the provincial Department of Health": the body's name with or without its level word
        at = m.start("local") if m.group("local") else m.end()
        # ("of the city's People's Committee": the body the recogniser read with its possessive, if it did)
        starts = (m.start("poss"), at, m.end()) if m.group("poss") else (at, m.end())
        org = (next((o for st in starts for o in orgs if o.start == st), None) or unknown_body_at(s, m.end())) \
            if m.group("of") else None
        owner = None
        poss = re.match(r"['’]s\s+", s.text[org.end:s.end]) if org is not None else None
        office = None
        if poss:  # "deputy head of the Hà Nội Police's Economic Police Division": the unit of the body
            unit = next((o for o in orgs if o.start == org.end + poss.end()), None)
            owner, org = (org, unit) if unit is not None else (None, org)
            # "general manager of Sumitomo's Hà Nội office": a post in the body's office or branch there
            office = _OWN_OFFICE.match(s.text, org.end, s.end) if unit is None else None
        field = None
        if org is None and m.group("of") and "minister" in role:
            org, field = _ministry_of_field(s, m.end())  # "deputy minister of construction": the Ministry of Construction
        end = org.end if org is not None and field is None else m.end() + field.end() if field else m.end("role")
        end = office.end() if office is not None else end
        if m.group("possref") and not m.group("of"):  # "X, the department's director,": the department named before
            # (none found: the role alone); "Le Van Quang, its chairman, said": the body "its" stands for
            org = possessive_body(s, p.start) if m.group("possref").startswith("its") else org_ref_at(s, m.start("possref"))
        ref = main_body_ref(s, m.end()) if m.group("of") and org is None else None
        if ref is not None:  # "deputy general director of the bank": the bank the article is about
            org, end = ref, _REF_END.match(s.text, m.end()).end()
        elif m.group("of") and org is None and _BODY_REF.match(s.text, m.end()):
            org = org_ref_at(s, m.end())  # "director of the department": the department named before
            end = _BODY_REF.match(s.text, m.end()).end() if org is not None else end
        if org is not None and office is None:
            end = _parent_end(s, orgs, end)  # "dean of the Faculty of Law of Huế University": the unit's parent
        acronym = re.match(r"\s*\([^()]{1,20}\)", s.text[end:s.end]) if org is not None else None
        end += acronym.end() if acronym else 0  # "… of the Vietnam Bank for … Development (Agribank),"
        more = re.match(r"\s+and\s+", s.text[end:s.end])  # "member of the X and Secretary of the Y"
        end = _seat_end(s, orgs, end) if org is not None else end  # "… of the X Department under the ministry,"
        if not re.match(r"\s*(?:[,;.)]|$)", s.text[end:end + 2]) and not (
                more and (end + more.end() in title_starts
                          or re.match(r"(?:an?\s+)?(?:" + heads + r")\b", s.text[end + more.end():s.end]))) \
                and not (named and _AFTER_POST.match(s.text, end, s.end)):
            continue  # the role runs on into words we do not read: leave it
        # "founder and chief executive of Nông Trại Số": two roles of one body, each a position
        for r in (role, m.group("role2")):
            if r and r != "member":
                out.append(Relation(p.id, "position", r, s.index))
        if org is not None:
            out.append(Relation(p.id, "memberOf", org.id, s.index))
        if owner is not None and org is not None:
            out.append(Relation(org.id, "subOrganizationOf", owner.id, s.index))
        second = _SECOND_ROLE.match(s.text, end, s.end) if more else None
        if second and re.fullmatch(heads, second.group("role")):  # "… and chairman of the Hải Phòng People's Committee"
            org2 = next((o for o in orgs if o.start == second.end() and not o.ref), None)
            if org2 is not None and re.match(r"\s*(?:[,;.)]|$)", s.text[org2.end:org2.end + 2]):
                out += [Relation(p.id, "memberOf", org2.id, s.index)] + (
                    [Relation(p.id, "position", second.group("role"), s.index)] if second.group("role") != "member" else [])
    out += _relative_role_verbs(s, orgs)
    out += _roles_before_names(s, heads, title_starts)
    out += _its_role(s, heads, orgs)
    out += _lower_role_after_title(s, heads, orgs)
    out += _body_role_name(s, heads, orgs)
    return out


# "X, member of the Party Central Committee | and chairman of the Hải Phòng People's Committee, …", "… | and a member
# of the University Council": a second lower-case role of another body, after the first role's body
_SECOND_ROLE = re.compile(r"\s+and\s+(?:an?\s+)?(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+of\s+(?:the\s+)?")


# "X (, director of Y,) was appointed …", "X has been named …", "X was re-elected …": the post he or she takes
_WAS_APPOINTED = (r"(?:\s*,[^,;.()]{1,120},|\s*,)?\s+(?:was|has\s+been|had\s+been|will\s+be|is\s+to\s+be)\s+(?:also\s+)?"
                  r"(?:re-?)?(?:appointed|named|elected)\s+(?:as\s+)?")
# "… to elect X, deputy secretary of Y, as chairman of Z", "X will serve as acting director of Y": the post taken after "as"
_AS = r"(?:\s*,[^,;.()]{1,120},)?\s+(?:(?:will\s+(?:also\s+)?(?:serve|act)|serves|is\s+serving)\s+)?as\s"
_APPOINTED = r"(?:" + _WAS_APPOINTED + r"|" + _AS + r"\s*)"
# "appointed Associate Professor X as …", "named X as …", "re-elected X as …": the verb before the appointee
_APPOINTING = re.compile(r"(?<![\w-])(?:re-?)?(?:appointed|appoints?|appointing|named|names?|naming|elected|elects?|electing)"
                         r"\s+(?:[A-Z][\w.-]*\s+){0,3}$")
_APPOINTING_IN = re.compile(r"(?<![\w-])(?:re-?)?(?:appointed|appoints?|appointing|named|names|naming|elected|elects|electing)"
                            r"\s+(?:[A-Z][\w.-]*\s+){1,4}as\s")
# what may follow a post taken ("… of the department under the ministry last month", "… in March")
_AFTER_POST = re.compile(r"\s+(?:on|last|this|in|from|under|at|after|since|until|replacing|succeeding|with\s+effect)\b"
                         r"|\s+of\s+the\s+board(?:\s+of\s+directors)?\b")  # "was re-elected chairman of the board"


def _appointee(s: Sentence, p: Mention) -> bool:
    """The person is named as taking a post: the subject of "was appointed / named / elected" after the
    name (or after its apposition), or the object of "appointed / named … as" before it."""
    if re.match(_WAS_APPOINTED, s.text[p.end:s.end]):
        return True
    if re.match(r"(?:\s*,[^,;.()]{1,120},)?\s+(?:will\s+(?:also\s+)?(?:serve|act)|serves|is\s+serving)\s+as\s", s.text[p.end:s.end]):
        return True  # "X will serve as acting director of Y"
    if re.match(_AS, s.text[p.end:s.end]) is None:
        return False
    # "named A as director of B, and C as director of D": the verb of a list of appointees
    return _APPOINTING.search(s.text, max(s.start, p.start - 60), p.start) is not None or (
        re.search(r",?\s+and\s+$", s.text[s.start:p.start]) is not None
        and _APPOINTING_IN.search(s.text, s.start, p.start) is not None)


# what may follow a role's body and still close the apposition: its parent ("… under the Ministry of Public
# Security", "… directly under the ministry") or its seat ("… (JETRO) in Hà Nội")
_UNDER = re.compile(r"\s+(?:directly\s+)?(?:under|affiliated\s+to)\s+(?:the\s+)?")
_SEAT = re.compile(r"\s+in\s+(?:the\s+)?")


def _seat_end(s: Sentence, orgs: list[Mention], end: int) -> int:
    """Where a role's body ends together with the parent written after it with "under" or its seat written
    with "in" (a place the recogniser read), so that the apposition still closes; ``end`` when neither follows."""
    acronym = re.match(r"\s*\([^()]{1,20}\)", s.text[end:s.end])
    at = end + (acronym.end() if acronym else 0)
    under = _UNDER.match(s.text, at, s.end)
    if under:
        parent = next((o for o in orgs if o.start == under.end()), None)
        ref = _BODY_REF.match(s.text, under.end()) if parent is None else None
        return parent.end if parent is not None else ref.end() if ref else end
    seat = _SEAT.match(s.text, at, s.end)
    place = next((m for m in s.mentions if seat and m.type == "Place" and m.start == seat.end()), None)
    return place.end if place is not None else end


@lru_cache(maxsize=1)
def _relative_role_re() -> re.Pattern:
    """", who (also) heads / chairs the …" (``role_verbs``), built once."""
    verbs = cue_table("role_verbs", "en")
    return re.compile(r"\s*,\s*who\s+(?:also\s+|now\s+)?(?P<verb>" + "|".join(map(re.escape, verbs)) +
                      r")\s+(?:the\s+)?(?:(?P<ref>[a-z]+)[’']s\s+)?")


def _relative_role_verbs(s: Sentence, orgs: list[Mention]) -> list[Relation]:
    """"X, who heads the Centre for Tropical Diseases, said …", "X, who chairs the council": a verb of leading a
    body (``role_verbs``) in a relative clause after the name gives the role it stands for and the membership."""
    verbs = cue_table("role_verbs", "en")
    pattern = _relative_role_re()
    out: list[Relation] = []
    for p in (m for m in s.of_type("Person") if not m.ref):
        m = pattern.match(s.text, p.end, s.end)
        org = next((o for o in orgs if m and o.start == m.end() and not o.ref), None)
        if org is None or not re.match(r"\s*(?:[,;.)]|$)", s.text[org.end:org.end + 2]):
            continue
        out.append(Relation(p.id, "position", verbs[m.group("verb")], s.index))
        out.append(Relation(p.id, "memberOf", org.id, s.index))
    return out


def _parent_end(s: Sentence, orgs: list[Mention], end: int) -> int:
    """Where a unit's name ends together with the body it belongs to, written after it with "of" or
    "at" ("the Faculty of Law of Huế University", "the Department of Cardiology at Chợ Rẫy Hospital");
    ``end`` when no body follows (the unit's own subOrganizationOf is kg.relations.organizations')."""
    link = re.match(r"\s+(?:of|at)\s+(?:the\s+)?", s.text[end:s.end])
    parent = next((o for o in orgs if link and o.start == end + link.end()), None)
    return parent.end if parent is not None else end


def _ministry_of_field(s: Sentence, at: int) -> tuple[Mention | None, re.Match | None]:
    """"X, deputy minister of construction, …": the field in lower case names the ministry the article
    names in full ("the Ministry of Construction"); the ministry and the field's match, or (None, None)."""
    field = re.match(r"[a-z][a-z -]*(?:,\s+[a-z][a-z -]*)*?(?:\s+and\s+[a-z][a-z -]*)?(?=\s*(?:[,;.)]|$))", s.text[at:s.end])
    if field is None:
        return _capitalised_ministry(s, at)
    name = norm_key("ministry of " + field.group())
    body = next((o for o in s.ex.mentions if o.type == "Organization" and norm_key(o.text) == name), None)
    return (body, field) if body is not None else (None, None)


_OWN_OFFICE = re.compile(r"['’]s\s+(?:[A-ZĐ][\w’'-]*\s+){0,3}(?:representative\s+office|office|branch|subsidiary|"
                         r"factory|plant|operations)(?![\w-])")


# "deputy minister of Education and Training", "minister of Culture, Sports and Tourism": a field in capitals
_CAP_FIELD = re.compile(r"[A-Z][a-z-]+(?:(?:,\s+|\s+and\s+|\s+)[A-Z][a-z-]+){0,5}(?=\s*(?:[,;.)]|$))")


def _capitalised_ministry(s: Sentence, at: int) -> tuple[Mention | None, re.Match | None]:
    """"X, deputy minister of Education and Training, …": the field in capitals names the ministry (the
    gazetteer's where it knows one of that name), as the capitalised title does."""
    field = _CAP_FIELD.match(s.text, at, s.end)
    if field is None:
        return None, None
    name = "Ministry of " + field.group()
    lex = load_lexicon()
    known = [e for e in lex.lookup(name) if e.type == "Organization"]
    body = s.add_mention(at, field.end(), "Organization", gid=known[0].id if known else None,
                         name=(known[0].en or name) if known else name)
    return body, re.match(r".*", s.text[at:field.end()])


_REF_END = re.compile(r"(?:the\s+)?\w+")
_BODY_REF = re.compile(r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:" + REF_HEADS + r")\b(?![\w’'-])")


def _its_role(s: Sentence, heads: str, orgs: list[Mention]) -> list[Relation]:
    """"… visited the Vietnam Academy of Science and Technology, where its president, Vu Dinh Loc, …":
    a lower-case role after "its" belongs to the body named last before it in the sentence."""
    from kg.relations.affiliations import attribution_subject

    out: list[Relation] = []
    for m in re.finditer(rf"(?<![\w])(?P<its>[Ii]ts)\s+(?P<role>{heads})(?:\s+and\s+(?P<role2>{heads}))?"
                         r"(?:\s+in\s+(?:Ho\s+Chi\s+Minh\s+City|Da\s+Nang|[A-Z][\w-]*))?,?\s+",
                         s.text[s.start:s.end]):  # "its director in Hanoi Kim Young-hoon"; "its chairman and CEO X"
        at = s.start + m.end()
        # ("Its rector, Associate Professor X": past a title written before the name)
        at = next((t.end_char + len(s.text[t.end_char:s.end]) - len(s.text[t.end_char:s.end].lstrip())
                   for t in s.titles if t.start_char == at), at)
        rank = re.match(r"(?:Associate\s+)?Professor\s+(?:Dr\.?\s+)?", s.text[at:s.end])
        at += rank.end() if rank else 0
        who = next((p for p in s.of_type("Person") if p.start == at and not p.ref), None)
        before = [o for o in s.mentions if o.type == "Organization" and o.end <= s.start + m.start()]
        if not before and m.start() == 0 and m.group("its") == "Its" and who is not None \
                and (re.match(r"\s*,", s.text[who.end:s.end]) and "," in m.group()[-3:]
                     or re.match(r"\s+(?:said|told|added)\b", s.text[who.end:s.end])):
            # "… according to the Việt Nam Stroke Association. Its chairman, Lê Văn Thịnh, told …": the body
            # of the sentence before (its only one, or its first)
            prev = [o for o in s.ex.mentions if o.type == "Organization" and o.sentence == s.index - 1
                    and not o.nested and not o.ref]
            cited = [o for o in prev if re.search(r"\baccording\s+to\s+(?:the\s+)?$", s.text[max(0, o.start - 20):o.start])]
            # ("…, according to the Kiên Giang Department of Tourism. Its deputy director, X, said …": the source cited)
            before = cited[-1:] or ([min(prev, key=lambda o: o.start)] if prev else [])
        if who is None or not before or not m.group("role")[:1].islower():
            continue
        body = attribution_subject(s, s.start + m.start()) or before[-1]  # "…, its founder X said": the subject's
        if len(before) > 1 and re.fullmatch(r"\s+(?:directly\s+)?under\s+(?:the\s+)?", s.text[before[-2].end:body.start]):
            body = before[-2]  # "The Department of IT under the ministry will …, its director X said": the department
        for role in (m.group("role"), m.group("role2")):
            if role and role != "member" and role[:1].islower():
                out.append(Relation(who.id, "position", role, s.index))
        if body.sentence != s.index and re.search(r"\bunder\s+(?:the\s+)?$", s.ex.article.text[max(0, body.start - 12):body.start]):
            continue  # ("The centre, which comes under the Ministry … . Its director, X, …": the centre's, not the parent's)
        out.append(Relation(who.id, "memberOf", body.id, s.index))
    return out


def _body_role_name(s: Sentence, heads: str, orgs: list[Mention]) -> list[Relation]:
    """"Vietjet chairwoman Nguyen Thi Phuong Thao", "FPT chairman Truong Gia Binh", "Hyundai's project
    director Park Min-soo": a body, a lower-case role and the name, written together, give the role and the membership."""
    out: list[Relation] = []
    for p in (m for m in s.of_type("Person") if not m.ref):
        for o in orgs:
            m = re.fullmatch(rf"(?:\s*\([A-Z][\w&.-]{{1,14}}\))?(?:[’']s)?\s+(?P<role>{heads})(?P<comma>,)?\s+",
                             s.text[o.end:p.start]) if o.end < p.start else None  # "… Federation (VFF) president X"
            if m is None or not m.group("role")[:1].islower() or m.group("comma") and not _closed(s, p) or re.search(
                    r"\b(?:former|ex-)\s*$", s.text[max(s.start, o.start - 8):o.start]) or any(
                    t.start_char <= o.end + m.start("role") < t.end_char
                    and (t.start_char, t.end_char) != (o.end + m.start("role"), o.end + m.end("role")) for t in s.titles):
                continue  # ("Hanoi Party chief X", "… People's Committee chairman X": a title read whole)
            out.append(Relation(p.id, "position", m.group("role"), s.index))
            out.append(Relation(p.id, "memberOf", o.id, s.index))
        # "the airline's chief executive Dang Tuan Tu": the body the reference names
        m = re.search(rf"\b(?:the|The)\s+(?P<ref>[a-z]+)[’']s\s+(?P<role>{heads})(?P<comma>,)?\s+$", s.text[max(s.start, p.start - 60):p.start])
        if m is not None and m.group("role")[:1].islower() and not (m.group("comma") and not _closed(s, p)):
            at = max(s.start, p.start - 60) + m.start("ref")
            company = subject_company(s, at - 4) if m.group("ref") in ("company", "firm") else None
            body = company or main_body_ref(s, at - 4) or org_ref_at(s, at)
            if body is not None:
                out.append(Relation(p.id, "position", m.group("role"), s.index))
                out.append(Relation(p.id, "memberOf", body.id, s.index))
    return out


def _closed(s: Sentence, p: Mention) -> bool:
    """A name set off by commas after its role ("Minh Phúc's general director, Phạm Quang Vinh, said …"):
    a comma (or the sentence's end) closes the apposition."""
    return bool(re.match(r"\s*(?:,|[.;]?\s*$)", s.text[p.end:s.end]))


def _lower_role_after_title(s: Sentence, heads: str, orgs: list[Mention]) -> list[Relation]:
    """"Le Hoai Trung, Secretary of the Party Central Committee and head of the Commission for External
    Relations": a lower-case role joined by "and" to the title a name's apposition opens with."""
    out: list[Relation] = []
    people = [m for m in s.of_type("Person") if not m.ref]
    for t in s.titles:
        end = t.end_char
        of = re.match(r"\s+of\s+(?:the\s+)?", s.text[end:s.end])
        body = next((o for o in s.ex.mentions if of and o.type == "Organization" and o.start == end + of.end()),
                    None)  # with a body a rule read from the title ("Minister of Finance")
        end = body.end if body is not None else end
        m = re.match(rf"\s+and\s+(?P<role>{heads})\s+of\s+(?:the\s+)?", s.text[end:s.end])
        before = [p for p in people if p.end <= t.start_char]
        if m is None or not m.group("role")[:1].islower() or not before or \
                not re.fullmatch(r"\s*,\s*", s.text[before[-1].end:t.start_char]):
            continue
        org = next((o for o in orgs if o.start == end + m.end()), None) or unknown_body_at(s, end + m.end())
        if org is None:
            continue
        if m.group("role") != "member":
            out.append(Relation(before[-1].id, "position", m.group("role"), s.index))
        out.append(Relation(before[-1].id, "memberOf", org.id, s.index))
    return out


def _roles_before_names(s: Sentence, heads: str, title_starts: set[int]) -> list[Relation]:
    """"the head of the EU Delegation to Vietnam, Ambassador Karin Holm", "deputy director of the
    Hanoi Department of Health Le Van An": a lower-case role of a body, written before the name."""
    out: list[Relation] = []
    people = [m for m in s.of_type("Person") if not m.ref]
    for m in re.finditer(rf"(?<![\w-])(?P<role>{heads})\s+of\s+(?:the\s+)?", s.text[s.start:s.end]):
        role_at = s.start + m.start("role")
        if not m.group("role")[:1].islower() or role_at in title_starts or re.search(
                r"\b(?:former|ex-)\s*$", s.text[max(s.start, role_at - 8):role_at]) \
                or any(t.start_char < role_at < t.end_char for t in s.titles):
            continue  # (the role's last word inside a title: "Vice chairwoman of the … Committee X")
        at = s.start + m.end()
        known = next((o for o in s.mentions + s.nested if o.type == "Organization" and o.start == at), None)
        unknown = unknown_body_at(s, at)
        org = unknown if unknown is not None and (known is None or unknown.end > known.end) else known
        if org is None:
            continue
        gap_end = org.end
        for t in sorted(s.titles, key=lambda t: t.start_char):  # ", Ambassador" between body and name
            if t.start_char >= gap_end and re.fullmatch(r"\s*,?\s*", s.text[gap_end:t.start_char]):
                gap_end = t.end_char
        who = next((p for p in people if p.start >= gap_end and re.fullmatch(r"\s*,?\s*", s.text[gap_end:p.start])), None)
        if who is None:
            continue
        if m.group("role") != "member":
            out.append(Relation(who.id, "position", m.group("role"), s.index))
        out.append(Relation(who.id, "memberOf", org.id, s.index))
    return out


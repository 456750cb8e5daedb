"""English sentences whose subject is an instrument named again by its kind or by "It":
"The decision, signed on April 15 by Vice Chairman X, …", "It implements Decree 60 … and
Resolution 98 …", "the amended law, passed by the National Assembly in 2024".

The instrument is the latest one of that kind the article named (:func:`policy_ref_at`); "It" is
the instrument the sentence before opens with. Cue words are data (``sign_passive``,
``implement_verbs``, ``issue_verbs`` in ``kg/data/relations/cues.json``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern, cue_words
from kg.textutil import norm_key, phrase_alternation
from kg.relations.policies import policy_ref_at
from kg.relations.signers import co_signers, person_at
from kg.relations.kind_referents_en import kind_referent

# what may stand between a subject and its verb: "also", "only", "will"
_ADVERBS = r"(?:\s+(?:also|further|directly|will|would|is to|are to))*"


def _subject_policy(s: Sentence, index: int) -> Mention | None:
    """The instrument sentence ``index`` opens with: its name ("Decision 4410 …") or its kind ("The decision")."""
    if not 0 <= index < len(s.ex.sentences):
        return None
    start = s.ex.sentences[index][0]
    lead = re.match(r"\s*", s.text[start:start + 8])
    pos = start + (lead.end() if lead else 0)
    named = next((m for m in s.ex.mentions if m.type == "Policy" and not m.nested and m.start == pos), None)
    return named or policy_ref_at(s, start)


def _sentence_subject(s: Sentence) -> tuple[Mention | None, int]:
    """The instrument this sentence opens with ("The decision", a name, or "It" for the one the
    sentence before opens with) and where its words end."""
    head = s.text[s.start:s.end]
    it = re.match(r"\s*It\b", head)
    if it:
        return _subject_policy(s, s.index - 1), s.start + it.end()
    pol = _subject_policy(s, s.index)
    if pol is None:
        return None, s.start
    if pol.sentence == s.index and pol.start >= s.start:
        return pol, pol.end
    ref = re.match(r"\s*\w+(?:\s+(?:draft|amended|new))?\s+\w+", head)
    return pol, s.start + (ref.end() if ref else 0)


# "Decree 60 of the Government on the autonomy of public units and Resolution 98": the first
# instrument's issuer and subject, then the next one
_COMPLEMENT_AND = re.compile(r"\s+(?:of|on|for)\s+[^,;:.()]{1,100}?\s+(?:and|as well as)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _and_to_implement() -> re.Pattern:
    """A second purpose joined to the first: "in line with Decree 168 on business registration and to realise
    (the Government's) Resolution 66" (the gap between the two instruments)."""
    verbs = cue_pattern("implement_verbs", "en")
    return re.compile(r"(?:\s+(?:of|on|for)\s+[^,;:.()]{1,100}?)?\s*,?\s+and\s+(?:also\s+)?to\s+(?:" + verbs
                      + r")\s+(?:the\s+)?")


def _signer_after(s: Sentence, pos: int) -> Mention | None:
    """The person "by" introduces at ``pos``: right after a title, or past the title's body ("Vice
    Chairman of the Provincial People's Committee Mai Xuan Liem"), with no punctuation between."""
    who = person_at(s, pos)
    if who is not None:
        return who
    nxt = next((p for p in s.of_type("Person") if p.start >= pos), None)
    if nxt is None or nxt.start - pos > 120 or re.search(r"[,;.()]", s.text[pos:nxt.start]):
        return None
    titles = [t for t in s.titles if pos <= t.start_char < nxt.start]
    return nxt if titles and titles[0].start_char == pos else None


# an issuer written as a possessive before the instrument: "the Government's", "the city's"
_POSSESSOR = re.compile(r"(?<=\bthe)\s+(?:[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and))*|city|province|ministry)[’']s\s+$")


def listed_policies(s: Sentence, pos: int, purposes: bool = False) -> list[Mention]:
    """The instruments a verb at ``pos`` governs: the first right after it ("the", "both" allowed),
    then each one joined by "and" or a comma, past a relative clause on the one before; ``purposes`` (a verb
    of carrying out): also one a second purpose names ("… and to realise Resolution 66")."""
    policies = sorted((m for m in s.mentions if m.type == "Policy" and m.start >= pos), key=lambda m: m.start)
    out: list[Mention] = []
    for p in policies:
        start = out[-1].end if out else pos
        # ("… and Politburo Resolution 57": the issuer written before the instrument as an attribute)
        issuer = next((o for o in s.mentions if o.type == "Organization" and start <= o.start and o.end + 1 == p.start
                       and s.text[o.end] == " "), None)
        gap = _POSSESSOR.sub(" ", s.text[start:issuer.start if issuer else p.start])  # "the Government's Resolution 80"
        if not out:
            if not re.fullmatch(r"\s*(?:(?:the|both|its)\s+)?", gap, flags=re.IGNORECASE):
                break
        elif not (re.search(r"(?:^\s*,?|,)\s*(?:and\s+|as well as\s+)?(?:the\s+)?$", gap)
                  or _COMPLEMENT_AND.fullmatch(gap) or purposes and _and_to_implement().fullmatch(gap)) or re.search(r"[;:]", gap):
            break
        out.append(p)
    return out


# a purpose frame naming whose efforts they are: "is part of the province's efforts to", "forms part of its drive to"
EFFORTS_OF = (r"(?:is|was|forms|formed)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?:(?:its|their|[\w-]+(?:'s|’s))\s+)?"
               r"(?:efforts?|drive|push|campaign|plans?)\s+to")


# when a passive frame's act happened, between the participle and "to": "was issued on December 2 to", "was signed
# last week to"
_WHEN = r"(?:\s+(?:on|in|last|this|early|late)\s+[\w ]{1,25}?)?"


@lru_cache(maxsize=1)
def _timed_frames() -> str:
    """``purpose_frames`` with a time phrase allowed before the "to" of a passive one ("was issued on December 2 to")."""
    return "|".join(re.escape(f[:-3]) + _WHEN + r"\s+to" if re.match(r"(?:was|were|is|has been)\s+\w+\s", f)
                    and f.endswith(" to") else re.escape(f)
                    for f in sorted(cue_words("purpose_frames", "en"), key=len, reverse=True))


def subject_implements(s: Sentence) -> list[Relation]:
    """implements of "The decision implements A, which …, and B" and "It implements A and B"."""
    if s.lang != "en":
        return []
    subject, end = _sentence_subject(s)
    if subject is None:
        subject, end = _reported_subject(s)
    if subject is None:
        return []
    verbs = cue_pattern("implement_verbs", "en") + "|" + cue_pattern("detail_verbs", "en")  # "… guides Decree 70"
    frames = _timed_frames()  # "The memorandum is part of efforts to implement …", "was issued on May 2 to …"
    frames += "|" + EFFORTS_OF  # "… is part of the province's efforts to carry out …"
    # (or a relative clause opening after it: "The resolution, which implements Conclusion 91, …")
    verb = re.match(r"\s*(?:,[^,]{1,120},|,\s*(?:which|that)(?=\s))?" + _ADVERBS + r"(?:\s+(?:" + frames + r"))?\s+(?:"
                    + verbs + r")\s+",
                    s.text[end:s.end], flags=re.IGNORECASE)
    targets = listed_policies(s, end + verb.end(), True) if verb else []
    if targets:  # "The circular guides Decree 52 on payments, as required by the Law on X": its own basis too
        basis = _trailing_basis().match(s.text, targets[-1].end, s.end)
        targets += listed_policies(s, basis.end(), True) if basis else []
    # "The plan turns that resolution into tasks": an instrument that makes another concrete
    if (into := re.match(r"\s*" + _ADVERBS.strip() + r"\s+(?:" + cue_pattern("concretise_verbs_en", "en") + r")\s+",
                         s.text[end:s.end])) is not None:
        made = listed_policies(s, end + into.end()) or [policy_ref_at(s, end + into.end())]
        made = [p for p in made if p is not None]
        if made and _INTO.match(s.text, made[-1].end if made[-1].sentence == s.index else _kind_end(s, end + into.end()),
                                s.end):
            targets += made
    # "The circular guides Decree 335 …, which …, and was issued to implement Conclusion 127": a second predicate
    if (second := _coordinated_predicate().match(s.text, end, s.end)) is not None:
        targets += listed_policies(s, second.end(), True)
    return [Relation(subject.id, "implements", p.id, s.index) for p in targets if p.id != subject.id]


# "… into tasks", "… into concrete actions": what an instrument makes another into
_INTO = re.compile(r"[/\w.-]*\s+into\s+(?:[a-z-]+\s+){0,2}(?:tasks|actions|measures|steps|targets|programmes|projects|"
                   r"plans|deadlines|solutions|policies|action)\b")


def _kind_end(s: Sentence, pos: int) -> int:
    """Where "the resolution" / "that resolution" at ``pos`` ends."""
    m = re.match(r"\s*(?:the|this|that|its)\s+(?:(?:draft|amended|new|revised)\s+)?[\w-]+", s.text[pos:s.end],
                 flags=re.IGNORECASE)
    return pos + m.end() if m else pos


# a clause reported after its speaker: "X, director of the department, told a press conference that the guidelines …"
_REPORTED = re.compile(r"\b(?:said|says|told\s+[^,.;:]{1,60}?|added|noted|stressed|explained)\s+(?:that\s+)?"
                       r"(?=(?:the|this)\s)")


def _reported_subject(s: Sentence) -> tuple[Mention | None, int]:
    """The instrument named again by its kind ("the guidelines", "the circular") that opens a clause reported
    after a verb of saying, and where its words end."""
    for m in _REPORTED.finditer(s.text, s.start, s.end):
        pol = policy_ref_at(s, m.end())
        kind = re.match(r"(?:the|this)\s+(?:(?:draft|amended|new|revised)\s+)?[\w-]+", s.text[m.end():s.end])
        if pol is not None and kind is not None:
            return pol, m.end() + kind.end()
    return None, s.start


# the auxiliaries and words a finite purpose frame opens with ("was signed to", "is part of efforts to"), as
# against a bare "help" that may be any clause's verb
_FINITE_FRAME = re.compile(r"(?:is|was|are|were|has|have|forms|aims)\b")


@lru_cache(maxsize=1)
def _coordinated_predicate() -> re.Pattern:
    """A second predicate of the instrument subject, joined by "and" to a first one, that carries a policy
    out: "Decision 77 sets targets for roads and was drawn up to carry out Resolution 18", "The plan lists 40
    tasks and also carries out Directive 12" (a finite verb right after "and": no subject of its own)."""
    frames = [f for f in cue_words("purpose_frames", "en") if _FINITE_FRAME.match(f)]
    verbs = [v for v in cue_words("implement_verbs", "en") + cue_words("detail_verbs", "en")
             if re.match(r"\w+s\b", v)]  # "implements", "carries out", "guides": third person, finite
    return re.compile(r"[/\w.-]*(?:\s*,[^,;:]{1,120},)?\s+(?!(?:which|that|and|but|while|of|on|for|in)\b)[a-z]+\b(?:(?!\b(?:but|while|whereas)\b)[^;:.])"
                      r"{0,200}?(?:,\s*|\s+)and" + _ADVERBS + r"\s+(?:"
                      # "… and are in line with the national strategy": the basis it is made on
                      r"(?:is|are|was|were)\s+(?:also\s+)?(?:(?:issued|made|drawn\s+up|adopted|drafted)\s+)?(?:"
                      + cue_pattern("basis_phrases", "en") + r")|(?:" + phrase_alternation(frames)
                      + r")\s+(?:" + cue_pattern("implement_verbs", "en") + r")|" + phrase_alternation(verbs) + r")\s+")


@lru_cache(maxsize=1)
def _trailing_basis() -> re.Pattern:
    """The basis closing a clause after the instrument it carries out: "…, as required by the Law on X"."""
    return re.compile(r"[/\w.-]*(?:\s+(?:on|about|for)\s+[^,.;:()]{1,100}?)?,\s*(?:" + cue_pattern("basis_phrases", "en")
                      + r")\s+")


def subject_signed(s: Sentence) -> list[Relation]:
    """signed and date of "The decision, signed on April 15 by Vice Chairman X, …" (also
    "…, which was signed by …" after the kind): the signer, and the day when written."""
    if s.lang != "en":
        return []
    subject, end = _sentence_subject(s)
    if subject is None or subject.sentence == s.index:
        return []  # a name is read by kg.relations.policies.signed_by
    m = re.match(r"\s*,\s*(?:which|that)?\s*(?:was\s+)?signed(?P<when>\s+on\s+[^,.;]{1,30}?)?\s+by\s+",
                 s.text[end:s.end], flags=re.IGNORECASE)
    if not m:
        return []
    out: list[Relation] = []
    who = _signer_after(s, end + m.end())
    if who is not None:
        out.append(Relation(who.id, "signed", subject.id, s.index))
    when = m.group("when") and (end + m.start("when"), end + m.end("when"))
    after = re.match(r"\s+on\s+[^,.;]{1,30}?(?=,|\.|;|$)", s.text[who.end:s.end]) if who is not None else None
    if after and not when:  # "The circular, signed by Deputy Minister X on May 16, …"
        when = (who.end, who.end + after.end())
    if when:
        lo, hi = when
        day = next((v for a, b, v in s.dates if lo <= a < hi and v and re.fullmatch(r"\d{4}-\d\d-\d\d", v)), None)
        if day:
            out.append(Relation(subject.id, "date", day, s.index))
    return out


def ref_issued_by(s: Sentence) -> list[Relation]:
    """issued of an instrument named by its kind before a passive issuing verb: "the amended law,
    passed by the National Assembly in November 2024", "The circular, issued by the Ministry of Health",
    "The law was passed by the National Assembly in June 2025"."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    issue = cue_pattern("issue_verbs", "en")
    for m in re.finditer(r"\b(?:the|this|that)\s+(?:(?:draft|amended|new)\s+)?\w+(?:\s*,\s*(?:which\s+was\s+)?|"
                         r"\s+(?:was|were|has\s+been|had\s+been)\s+)(?:"
                         + issue + r")\s+by\s+(?:the\s+)?", s.text[s.start:s.end], flags=re.IGNORECASE):
        pol = policy_ref_at(s, s.start + m.start())
        org = next((o for o in s.of_type("Organization") if o.start == s.start + m.end()), None)
        if pol is not None and org is not None:
            out.append(Relation(org.id, "issued", pol.id, s.index))
    return out


def signed_in_clause(s: Sentence) -> list[Relation]:
    """signed of "Decision 1540/QD-TTg, which Prime Minister X signed on October 10" (also past the
    instrument's subject: "Circular 12 on customs procedures, which …"): the person a relative clause
    on the instrument names before the verb (past the person's title)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for pol in s.of_type("Policy"):
        # the instrument's subject may stand between ("Circular 12 on customs procedures, which …")
        m = re.match(r"[/\w.-]*(?:\s+(?:on|regarding|for)\s+[^,.;:()]{1,80}?)?\s*,\s*(?:which|that)\s+",
                     s.text[pol.end:s.end])
        if not m:
            continue
        who = _signer_after(s, pol.end + m.end())
        if who is not None and re.match(r"\s+(?:(?:had|has|have)\s+)?(?:co-)?signed\b", s.text[who.end:s.end]):
            out.append(Relation(who.id, "signed", pol.id, s.index))
        elif who is None and re.match(r"(?:he|she)\s+(?:(?:had|has)\s+)?(?:co-)?signed\b", s.text[pol.end + m.end():s.end]):
            # "Phong said the programme implements Decision 1320 …, which he signed on April 28": the one person
            # the sentence named before
            people = {p.id: p for p in s.of_type("Person") if p.end <= pol.start}
            if len(people) == 1:
                out.append(Relation(next(iter(people)), "signed", pol.id, s.index))
    return out


def issued_the_kind(s: Sentence) -> list[Relation]:
    """issued and date of "The Politburo issued the resolution on May 4": the body before the verb and
    the latest instrument of that kind, with the day written right after it."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    for cue in re.finditer(cue_pattern("issue_verbs", "en"), s.text[s.start:s.end], flags=re.IGNORECASE):
        at, end = s.start + cue.start(), s.start + cue.end()
        pol = policy_ref_at(s, end)
        body = [o for o in s.of_type("Organization") if o.end <= at]
        if pol is None or not body or not re.fullmatch(r"\s*(?:(?:has|have|had|also|then|formally)\s+)*",
                                                       s.text[body[-1].end:at]):
            continue
        out.append(Relation(body[-1].id, "issued", pol.id, s.index))
        ref_end = re.match(r"\s*\w+\s+(?:(?:draft|amended|new)\s+)?\w+", s.text[end:s.end])
        after = end + (ref_end.end() if ref_end else 0)
        day = next((v for a, b, v in s.dates if v and re.fullmatch(r"\d{4}-\d\d-\d\d", v)
                    and re.fullmatch(r"\s+(?:on\s+)?", s.text[after:a])), None)
        if day:
            out.append(Relation(pol.id, "date", day, s.index))
    return out


def signed_the_kind(s: Sentence) -> list[Relation]:
    """signed of "Deputy Minister X and Ambassador Y signed the document" (the instrument named last,
    in this sentence or the one before) and "… signed the memorandum", "X đã ký kế hoạch này", "X, người ký kế
    hoạch, …" (the latest of that kind): each person of the list that ends right before the verb."""
    out: list[Relation] = []
    verbs = cue_pattern("signed_ref_verbs", s.lang)
    # (Vietnamese: "X đã ký kế hoạch này", "X, người ký kế hoạch, yêu cầu …": the verb takes the comma and "người")
    opening = r"(?<![\w])(?:(?:also|jointly|then)\s+)?" if s.lang == "en" else r"(?:,\s*người\s+|\s+(?:đã|vừa|cũng)\s+|\s+)"
    for verb in re.finditer(opening + r"(?:" + verbs + r")\s+", s.text[s.start:s.end]):
        at, end = s.start + verb.start(), s.start + verb.end()
        pol = policy_ref_at(s, end) or _the_document(s, end)
        people = [p for p in s.of_type("Person") if p.end <= at]
        # (or a relative clause after the person: "Deputy Minister X, who signed the circular, said …")
        gap = s.text[people[-1].end:at] if people else ""
        if pol is None or not people or not (re.fullmatch(r"\s*(?:,\s*who\s+(?:has\s+|had\s+)?)?", gap)
                                             or _titled_apposition(s, people[-1].end, at)):
            continue
        signers = [people[-1]]
        for p in reversed(people[:-1]):  # "A and Deputy Minister B", "A, B and C"
            # (each may have a role in apposition: "A, general director of X, and B, president of Y, signed")
            gap = s.text[p.end:signers[-1].start]  # (or a title with commas: "A and Economy, Trade and Industry Minister B")
            if not re.fullmatch(r"\s*(?:,\s*[^,;.]{1,80}?,\s*)?(?:,|,?\s*(?:and|và))\s+[^,;.]{0,80}?", gap) \
                    and not (s.lang == "en" and " and " in gap and co_signers(gap)):
                break
            signers.append(p)
        out += [Relation(p.id, "signed", pol.id, s.index) for p in signers]
    return out


def _titled_apposition(s: Sentence, a: int, b: int) -> bool:
    """Between ``a`` and ``b`` only a title in commas: "… Nguyễn Văn Long, Deputy Minister of Public Security, signed",
    or an English role in lower case: "Le Hong Ha, general director of Vietnam Airlines, signed"."""
    m = re.fullmatch(r"\s*,\s*([^,;.]{1,80}?)\s*,\s*", s.text[a:b])
    return m is not None and (any(a <= t.start_char and t.end_char <= b for t in s.titles)
                              or s.lang == "en" and _lower_role().match(m.group(1)) is not None) \
        and not any(p.type == "Person" and a <= p.start < b for p in s.mentions)


@lru_cache(maxsize=1)
def _lower_role() -> re.Pattern[str]:
    """An English role in lower case opening an apposition (``role_heads``): "general director of …", "the CEO of …"."""
    return re.compile(r"(?:the\s+|an?\s+)?(?:" + cue_pattern("role_heads", "en") + r")\b", re.IGNORECASE)


def _the_document(s: Sentence, pos: int) -> Mention | None:
    """"the document", "the documents": the instrument named last, in this sentence or the two before ("… signed a
    memorandum … . The signing took place in Tokyo … . A and B signed the document …"), passing over one named only
    as what another carries out ("The plan was issued to realise Resolution 42 … . X signed the document")."""
    if not re.match(r"\s*the\s+documents?\b", s.text[pos:s.end], flags=re.IGNORECASE):
        return None
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and s.index - 2 <= p.sentence <= s.index
               and p.start < pos]
    return kind_referent(s, earlier)


def ref_body_issued(s: Sentence) -> list[Relation]:
    """issued of "The council also approved Resolution 315", "… said the committee had issued Plan 12":
    a body named again by its head word ("the council", the latest body of the article it fits), before
    an issuing verb that governs the instruments right after it."""
    from kg.relations.organizations import org_ref_at

    if s.lang != "en":
        return []
    out: list[Relation] = []
    for verb in re.finditer(cue_pattern("issue_verbs", "en"), s.text[s.start:s.end], flags=re.IGNORECASE):
        at, end = s.start + verb.start(), s.start + verb.end()
        # (past a relative clause on the body: "… said the department, which is under the ministry, had issued …")
        m = re.search(r"(?<![\w])(?:the|The)\s+(?P<ref>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                      r"(?:\s*,\s*(?:which|that)\s+[^,.;]{1,60},)?\s+"
                      r"(?:(?:has|have|had|also|then|formally|unanimously|officially)\s+)*$", s.text[s.start:at])
        if m is None:
            continue
        here = next((o for o in s.mentions if o.type == "Organization" and o.start == s.start + m.start()), None)
        if here is not None and not here.ref:
            continue  # a body written out here is read by the precise rules
        # a reference mention is resolved later (to the speaker's body in "Ninh said the ministry …")
        body = here or org_ref_at(s, s.start + m.start("ref"))
        if body is None or here is None and _another_fits(s, body, m.group("ref").split()[-1], s.start + m.start()):
            continue  # "the ministry" after two ministries: which one is not said
        out += [Relation(body.id, "issued", p.id, s.index) for p in listed_policies(s, end)]
    return out


def _another_fits(s: Sentence, body: Mention, head: str, at: int) -> bool:
    """Another body named before ``at`` in the last sentences has the head word ``head`` too (one named after the
    reference, "The committee has issued Plan 45 to carry out Resolution 19 of the Party Central Committee", is
    not what it refers to)."""
    key = norm_key(body.name or body.text)
    return any(o.type == "Organization" and not o.ref and o.sentence >= s.index - 5 and o.start < at
               and head.casefold() in (o.name or o.text).casefold() and norm_key(o.name or o.text) != key
               and not (o.start <= body.start and body.end <= o.end or body.start <= o.start and o.end <= body.end)
               for o in s.ex.mentions)

"""English implements in clauses around an instrument (moved out of :mod:`kg.relations.policies`):
"the project is being carried out by ACV under Decision 1777" (the body after "by" implements the policy
after "under"), "Plan 112, which the committee issued on Monday to implement Directive 19" (the instrument a
relative or participle clause hangs on carries out the policy its purpose names)."""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.coordination import name_list
from kg.relations.cues import cue_pattern
from kg.relations.policies import policy_after, policy_ref_at
from kg.relations.policy_phrases_en import OWNER_EN
from kg.relations.policy_subjects import EFFORTS_OF

# the phrases naming the basis an instrument is made on ("in line with", "as required by", ``basis_phrases``)
_BASIS = cue_pattern("basis_phrases", "en")


def implemented_under(s: Sentence) -> list[Relation]:
    """implements, passive: "the project is being carried out by ACV under Decision 1777": the body
    named after "by" implements the policy named after "under"."""
    out: list[Relation] = []
    if s.lang != "en":
        return out
    verbs = cue_pattern("implement_verbs", s.lang)
    for cue in re.finditer(r"(?:" + verbs + r"|carried out|executed)", s.text[s.start:s.end], flags=re.IGNORECASE):
        c_end = s.start + cue.end()
        m = re.match(r"\s+by\s+(?:the\s+)?", s.text[c_end:s.end])
        if not m:
            continue
        org = next((o for o in s.of_type("Organization") if o.start == c_end + m.end()), None)
        if org is None:
            continue
        u = re.match(r"\s*(?:\([^)]*\)\s*)?(?:under|" + _BASIS + r")\s+(?:the\s+)?",
                     s.text[org.end:s.end])
        if not u:
            continue
        pol = next((p for p in s.of_type("Policy") if p.start == org.end + u.end()), None)
        if pol is not None:
            out.append(Relation(org.id, "implements", pol.id, s.index))
    return out + _implemented_by(s)


def _implemented_by(s: Sentence) -> list[Relation]:
    """implements, passive with the policy as subject: "The programme will be implemented by ACIAR and
    the Vietnam Academy of Agricultural Sciences" (each body of the list after "by")."""
    m = re.match(r"\s*(?P<subj>.*?)\s+(?:will\s+be|is|was|are|were|has\s+been|have\s+been|is\s+being|"
                 r"are\s+being)\s+(?:jointly\s+)?(?:implemented|carried\s+out|executed|run)\s+by\s+(?:the\s+)?",
                 s.text[s.start:s.end])
    if not m or len(m.group("subj")) > 80:
        return []
    pols = [p for p in s.of_type("Policy") if s.start + m.start("subj") <= p.start < s.start + m.end("subj")]
    pol = pols[0] if pols else policy_ref_at(s, s.start + m.start("subj"))
    if pol is None:
        return []
    at = s.start + m.end()
    first = next((o for o in s.of_type("Organization") if o.start == at and not o.nested), None)
    return [Relation(o.id, "implements", pol.id, s.index) for o in (name_list(s, first) if first else [])]


_CLAUSE_EN = re.compile(r"\s*(?:(?:which|that)\s+(?:the\s+)?[^,.;:]{1,80}?\b(?:issued|adopted|approved|passed|drafted|"
                        r"prepared|signed|launched|promulgated|enacted)(?:\s+by\s+[^,.;:]{1,80}?)?|(?:\w+ed|drawn up|set up)\s+by\s+[^,.;:]{1,80}?"
                        # "Decision 1650, which sets out the city's plan to give effect to …": the plan it lays down
                        r"|(?:which|that)\s+(?:sets\s+out|set\s+out|lays\s+out|outlines|contains)\s+[^,.;:]{0,40}?"
                        r"\b(?:plan|programme|program|roadmap|measures|tasks))"
                        r"(?:\s+[^,.;:]{0,40}?)?\s+to\s+$", re.IGNORECASE)


# a sentence opening with an instrument made, by a body, for a purpose: "The decree was drafted by the ministry to …"
_PASSIVE_PURPOSE = re.compile(r"\s*(?:The\s+)?(?P<head>[^\s,.;:]+(?:\s+[^\s,.;:]+){0,2}?)\s+(?:was|were|has\s+been|had\s+been)\s+"
                              r"(?:issued|adopted|approved|passed|drafted|prepared|drawn\s+up|developed|designed|"
                              r"promulgated|enacted|signed)(?:\s+by\s+[^,.;:]{1,80}?)?\s+to\s+", re.IGNORECASE)


def clause_implements(s: Sentence) -> list[Relation]:
    """implements (English): the instrument a relative or participle clause hangs on carries out the
    policy its purpose names: "Plan 112, which the committee issued on Monday to implement Directive 19",
    "The draft decree, prepared by the agency to implement the Law on E-commerce"."""
    out: list[Relation] = []
    if s.lang != "en":
        return out
    policies = s.of_type("Policy")
    for cue in re.finditer(cue_pattern("implement_verbs", s.lang), s.text[s.start:s.end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        target = policy_after(s, policies, c_end) or policy_ref_at(s, c_end)
        comma = s.text.rfind(",", s.start, c_start)
        if target is None:
            continue
        if comma < 0 and (passive := _PASSIVE_PURPOSE.fullmatch(s.text, s.start, c_start)) is not None:
            # "The decree was drafted by the ministry to realise Decision 583": the instrument opening the sentence
            head = next((p for p in policies if p.start == passive.start("head")), None) or policy_ref_at(s, s.start)
            if head is not None and head.id != target.id:
                out.append(Relation(head.id, "implements", target.id, s.index))
            continue
        if comma < 0 or not _CLAUSE_EN.fullmatch(s.text[comma + 1:c_start]):
            continue
        head = next((p for p in reversed(policies) if p.end <= comma
                     and re.fullmatch(r"[/\w.-]*\s*", s.text[p.end:comma])), None)
        if head is None and not re.search(r"[,;:]", s.text[s.start:comma]):
            head = policy_ref_at(s, s.start)  # "The draft decree, prepared by …": the sentence's subject
        if head is not None and head.id != target.id:
            out.append(Relation(head.id, "implements", target.id, s.index))
    return out


# (or a purpose frame before the verb: "It is part of efforts to implement …", ``purpose_frames``)
_FINITE_IMPLEMENTS = re.compile(r"(?P<subj>\bIt|\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?:draft|amended|new|revised)\s+)?[\w-]+)"
                                # (an appositive between: "The circular, signed by X, was issued in accordance with …")
                                r"(?:\s*,\s+(?:signed|issued|adopted|approved|drafted)\s[^,.;:()]{1,100}?,)?"
                                # ("The plan, which implements Resolution 43, sets …": a relative clause)
                                r"(?:\s*,\s*(?:which|that)\s+|\s+|(?=,))(?:also\s+|will\s+(?:also\s+)?|would\s+(?:also\s+)?)?"
                                # (two frames: "is meant to help realise", "is designed to help implement")
                                r"(?:(?:" + cue_pattern("purpose_frames", "en") + r"|" + EFFORTS_OF + r")\s+){0,2}"
                                r"(?:implements|implement|carries\s+out|carry\s+out|concreti[sz]es|realise|realize|"
                                r"guides|details|"  # ("It guides the amended Law on Pharmacy": detailing carries it out)
                                # ("It also puts into practice the Law on Commerce"; not "follows": a time as often as a basis)
                                r"puts?\s+into\s+practice|"
                                r"give\s+effect\s+to|"
                                # "The circular is in line with Resolution 68", "The decision was made in line with the Law …"
                                r"(?:is|was)\s+(?:also\s+)?(?:(?:made|issued|drawn\s+up|adopted|drafted)\s+)?"
                                r"(?:" + _BASIS + r")|"
                                # "It was issued under Decision No. 2371": "under" only after a participle of issuing
                                r"(?:is|was)\s+(?:also\s+)?(?:made|issued|drawn\s+up|adopted|drafted)\s+under|"
                                # "The plan, issued under Decision 768 of the Prime Minister, covers …": an appositive
                                r",\s+(?:made|issued|drawn\s+up|adopted|drafted)\s+(?:under|" + _BASIS + r")|"
                                # "The programme will be implemented in line with the National Strategy on …"
                                r"(?:will|would|is\s+to)\s+be\s+(?:implemented|carried\s+out)\s+(?:" + _BASIS + r"))"
                                r"\s+(?:the\s+)?" + OWNER_EN + r"(?:(?:amended|revised)\s+)?")  # ("implements the Politburo's Resolution 72")


def referring_subject_implements(s: Sentence) -> list[Relation]:
    """implements (English) whose subject names the instrument again: "It implements Decree 52 …" (the
    instrument the sentence before names or refers to), "the law also implements Resolution 28" (the
    latest instrument of that kind); each instrument of a list after the verb ("A and B")."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    policies = s.of_type("Policy")
    from kg.relations.policy_subjects import listed_policies

    for m in _FINITE_IMPLEMENTS.finditer(s.text, s.start, s.end):
        target = policy_after_issuer(s, policies, m.end())
        if target is None:
            continue
        targets = listed_policies(s, target.start, True) or [target]  # "… implements the Law on X and Resolution 72"
        # "… was drawn up under the Law on Fisheries and in line with the national marine spatial plan": a second basis
        while (more := _AND_BASIS.match(s.text, targets[-1].end, s.end)) is not None and (
                nxt := next((p for p in policies if p.start == more.end()), None)) is not None:
            targets.append(nxt)
        if m.group("subj") == "It":
            if s.text[s.start:m.start()].strip() or s.index == 0:
                continue  # only a sentence-opening "It"
            head = _instrument_before(s)
        else:
            head = policy_ref_at(s, m.start("subj"))
        out += [Relation(head.id, "implements", t.id, s.index) for t in targets if head is not None and head.id != t.id]
    return out


def policy_after_issuer(s: Sentence, policies: list[Mention], pos: int) -> Mention | None:
    """The instrument named at ``pos``, or right after its issuer's name there: "Politburo Resolution 43",
    "Government Resolution 12" (the body written before the instrument as an attribute)."""
    found = next((p for p in policies if p.start == pos), None)
    if found is not None:
        return found
    issuer = next((o for o in s.mentions if o.type == "Organization" and o.start == pos), None)
    return None if issuer is None else next((p for p in policies if p.start == issuer.end + 1
                                             and s.text[issuer.end] == " "), None)


# a second basis joined to the first: "… under the Law on X and in line with Decree 13"
_AND_BASIS = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:under|" + _BASIS + r")\s+(?:the\s+)?" + OWNER_EN)


def _instrument_before(s: Sentence):
    """The instrument the previous sentence is about: the policy it names or refers to ("signed the
    circular on …"), when it names exactly one."""
    a, b = s.ex.sentences[s.index - 1]
    named = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence == s.index - 1]
    refs = []
    for r in re.finditer(r"\b(?:[Tt]he|[Tt]his)\s+", s.text[a:b]):  # (opening it too: "The decision assigns …")
        ref = _ref_in(s, a + r.start(), b)
        if ref is not None:
            refs.append(ref)
    found = {p.id: p for p in named + refs}
    return next(iter(found.values())) if len(found) == 1 else None


def _ref_in(s: Sentence, pos: int, end: int):
    """policy_ref_at for a position in an earlier sentence (the latest instrument of that kind before it)."""
    kinds = cue_pattern("policy_ref_kinds", s.lang)
    m = re.match(r"(?:the|this)\s+(?:(?:draft|amended|new|revised)\s+)?(?P<kind>" + kinds + r")\b(?!\s+(?:of|No|\d))",
                 s.text[pos:end], flags=re.IGNORECASE)
    if not m:
        return None
    kind = m.group("kind").casefold()
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.start < pos
               and kind in p.text.casefold()]
    return max(earlier, key=lambda p: p.start) if earlier else None


# a fronted basis: "In line with Resolution 57, the ministry issued Plan 12", "Following Directive 20, …"
_FRONTED_BASIS = re.compile(r"(?:(?i:" + _BASIS + r")|Following|"
                            r"As\s+part\s+of\s+(?:the\s+)?(?:implementation|implementing)\s+(?:of\s+)?)\s*(?:the\s+)?")
_ISSUED = re.compile(r"\s+(?:(?:has|have|had|on\s+\w+|last\s+\w+|this\s+\w+)\s+){0,2}"
                     r"(?:issued|adopted|approved|promulgated|launched|signed)\s+(?:the\s+|an?\s+)?")


def fronted_basis_implements(s: Sentence) -> list[Relation]:
    """implements (English): an instrument a body issues on the basis of a policy named in a fronted phrase:
    "In line with Resolution 57, the Ministry of Health issued Plan 12" (Plan 12 carries Resolution 57 out;
    "Following Directive 20, the province adopted Plan 7", "As part of the implementation of Resolution 57, …");
    the body is not credited with it."""
    if s.lang != "en":
        return []
    out = _basis_after(s)
    from kg.relations.policies import DATELINE
    dateline = DATELINE.match(s.text, s.start, s.end) if s.index == 0 else None
    start = dateline.end() if dateline else s.start
    m = _FRONTED_BASIS.match(s.text, start, s.end)
    if m is None:
        return out
    policies = sorted(s.of_type("Policy"), key=lambda p: p.start)
    owner = re.compile(OWNER_EN).match(s.text, m.end(), s.end)  # "Following the Prime Minister's Directive 12, …"
    basis = next((p for p in policies if p.start in (m.end(), owner.end() if owner else -1)), None)
    if basis is None:
        return out
    comma = re.compile(r"[^,.;]{0,120}?,\s*(?:the\s+)?").match(s.text, basis.end, s.end)
    subject = _policy_subject(s, policies, comma.end()) if comma else None
    if subject is not None and subject.id != basis.id:
        # "Following Directive 12 on …, the plan also requires …": the instrument the clause is about carries it out
        return out + [Relation(subject.id, "implements", basis.id, s.index)]
    org = next((o for o in s.of_type("Organization") if comma and o.start == comma.end()), None)
    issued = _ISSUED.match(s.text, org.end, s.end) if org is not None else None
    made = next((p for p in policies if issued and p.start == issued.end()), None)
    if made is None or made.id == basis.id:
        return out
    return out + [Relation(made.id, "implements", basis.id, s.index)]


def _policy_subject(s: Sentence, policies: list[Mention], pos: int) -> Mention | None:
    """The instrument that opens the main clause at ``pos`` and acts in it ("the plan also requires …",
    "Circular 5 sets …"): named there, or "the plan" referring to the latest plan; not one the clause's
    body then issues ("the ministry issued …" starts with a body)."""
    named = next((p for p in policies if p.start == pos), None)
    at = named.end if named else None
    if named is None:
        back = re.search(r"(?:the|this|its)\s+$", s.text[max(s.start, pos - 5):pos], flags=re.IGNORECASE)
        named = policy_ref_at(s, pos - len(back.group()) if back else pos)
        kind = re.match(r"(?:the\s+|this\s+|its\s+)?(?:(?:draft|amended|new|revised)\s+)?[\w-]+", s.text[pos:s.end],
                        flags=re.IGNORECASE)
        at = pos + kind.end() if named is not None and kind else None
    if named is None or at is None:
        return None
    verb = re.match(r"[/\w.-]*\s+(?:(?:also|will|would|shall|must|further|then)\s+){0,2}"
                    r"(?:requires?|sets?\s+out|lays?\s+out|aims?|asks?|targets?|calls?\s+for|includes?|"
                    r"covers?|focuses|focus|assigns?|directs?|orders?|tasks?|obliges?|provides?|specifies|specify)\b",
                    s.text[at:s.end])
    return named if verb else None


_ISSUED_BEFORE = re.compile(r"(?:issued|adopted|approved|promulgated|signed)\s+(?:the\s+|an?\s+)?$")
_BASIS_AFTER = re.compile(r"[/\w.-]*\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:issued|adopted|approved|promulgated|"
                          # (the agent between: "was issued by the Ministry of Industry and Trade in line with …")
                          r"signed)\s+(?:by\s+[^,.;:()]{1,80}?\s+)?)?(?:(?:on|in)\s+[\w ,]{1,20}?\s+|(?:last|this)\s+\w+\s+)?(?:" + _BASIS + r"|"
                          r"following|under(?=\s+(?:Article|Clause|Point)s?\s))\s+(?:the\s+)?"
                          # "… in line with (under) Article 6 of the Paris Agreement": a part of the basis named first
                          r"(?:(?:Article|Clause|Point)s?\s+[\w,\s]{1,20}?\s+of\s+(?:the\s+)?)?"
                          # "Plan 12, issued under Resolution 57": a participle of issuing, then "under" or a basis
                          # (not "approved … under Decision 232": the decision that approves it, tune-en t304)
                          r"|[/\w.-]*\s*,\s*(?:(?:which|that)\s+(?:was|were|has\s+been|had\s+been)\s+)?(?:issued|adopted|"
                          r"promulgated|drawn\s+up|made)\s+(?:(?:on|in)\s+[\w ,]{1,20}?\s+|(?:last|this)\s+\w+\s+)?"
                          r"(?:under|" + _BASIS + r"|following)\s+(?:the\s+)?")


# "approved Decision 1450 on a data centre cluster at the Hi-Tech Park, in line with the new decree": the instrument's
# subject, a comma, then its basis closing the sentence (named, or a kind word that refers back to one)
_SUBJECT_THEN_BASIS = re.compile(r"[/\w.-]*\s+(?:on|about|regarding)\s+[^,.;:()]{1,100}?,\s*"
                                 r"(?:" + _BASIS + r")\s+")


_CLOSES = re.compile(r"\s*[.;]?\s*$")


def _basis_after_subject(s: Sentence, policies: list[Mention]) -> list[Relation]:
    """"The province approved Decision 1450 on a data centre cluster, in line with Decree 318 / the new decree": the
    instrument issued (``_ISSUED_BEFORE``) implements the basis after its subject and a comma."""
    out: list[Relation] = []
    for made in policies:
        m = _SUBJECT_THEN_BASIS.match(s.text, made.end, s.end)
        if m is None or not _ISSUED_BEFORE.search(s.text, max(s.start, made.start - 30), made.start):
            continue
        named = re.match(r"the\s+", s.text[m.end():s.end])
        at = m.end() + (named.end() if named else 0)
        basis = next((p for p in policies if p.start == at), None)
        if basis is not None:
            closes = _CLOSES.fullmatch(s.text, basis.end, s.end)  # "…, in line with Decree 318."
        else:  # "…, in line with the new decree."
            basis = policy_ref_at(s, m.end())
            closes = re.match(r"\s*(?:the|this)\s+(?:(?:new|amended|revised)\s+)?\w+" + _CLOSES.pattern, s.text[m.end():s.end])
        if basis is not None and basis.id != made.id and closes:
            out.append(Relation(made.id, "implements", basis.id, s.index))
    return out


def _basis_after(s: Sentence) -> list[Relation]:
    """The basis written after the instrument made on it: "The ministry issued Circular 5 in line with Decree 13",
    "Circular 5 was issued pursuant to Decree 13" (issued, adopted … right before the instrument, or after it)."""
    out: list[Relation] = []
    policies = sorted(s.of_type("Policy"), key=lambda p: p.start)
    out += _basis_after_subject(s, policies)
    for made, basis in zip(policies, policies[1:]):
        m = _BASIS_AFTER.fullmatch(s.text, made.end, basis.start)
        if m is None or not (re.search(r"\b(?:was|were|been)\s+\w+|^[/\w.-]*\s*,", s.text[made.end:basis.start])
                             or _ISSUED_BEFORE.search(s.text, max(s.start, made.start - 30), made.start)):
            continue
        out.append(Relation(made.id, "implements", basis.id, s.index))
        # "… in line with Directive 20 and Resolution 72": each basis of the list
        for nxt in policies[policies.index(basis) + 1:]:
            if not re.fullmatch(r"[/\w.-]*\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", s.text[basis.end:nxt.start]):
                break
            out.append(Relation(made.id, "implements", nxt.id, s.index))
            basis = nxt
    return out


# "…, which the city's Department of Education and Training is carrying out with local universities": the
# instrument before the comma is the object the relative clause leaves out (no object of its own after the verb)
_OBJECT_CLAUSE = re.compile(r"\s*,\s*which\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?$")
_GAP_VERB = re.compile(r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be|has|have|had|will)\s+)?"
                       r"(?:(?:now|currently|already|jointly)\s+)?(?:implementing|implemented|implement|carrying\s+out|"
                       r"carried\s+out|carry\s+out|realising|realizing|rolling\s+out|rolled\s+out|run|running|lead|leading)"
                       r"(?=\s*[,.;]|\s+(?:with|together|in|across|from|since|by|through|at|on|for|and)\b)")


def object_clause_implements(s: Sentence) -> list[Relation]:
    """implements (English): "the city's Semiconductor Programme, which the Department of Education and Training
    is carrying out with local universities": the body of the relative clause carries out the instrument the
    clause hangs on."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    for pol in s.of_type("Policy"):
        clause = _OBJECT_CLAUSE
        for org in orgs:
            if org.start <= pol.end or not clause.fullmatch(s.text, pol.end, org.start):
                continue
            if _GAP_VERB.match(s.text, org.end, s.end):
                out.append(Relation(org.id, "implements", pol.id, s.index))
    return out


# "Decision 2890, signed by …, sets out the tasks for ministries and provinces to implement the decree": the
# instrument that opens the sentence lays down what carries the other out
_SETS_OUT = re.compile(r"\s*(?:,[^,;:]{1,100},\s*)?(?:also\s+)?(?:sets?\s+out|lays?\s+out|outlines|assigns|specifies|"
                       r"details)\s+(?:the\s+|a\s+|an\s+)?[^,.;:]{0,60}?\b(?:tasks|measures|plan|programme|roadmap|"
                       r"solutions|steps|actions)\b[^,.;:]{0,60}?\s+to\s+(?:" + cue_pattern("implement_verbs", "en")
                       + r")\s+", re.IGNORECASE)


def tasks_set_out(s: Sentence) -> list[Relation]:
    """implements (English): an instrument opening the sentence that sets out the tasks to implement another:
    "Decision 2890, signed by the Deputy PM, sets out the tasks for ministries to implement the decree"."""
    if s.lang != "en":
        return []
    policies = sorted(s.of_type("Policy"), key=lambda p: p.start)
    lead = re.match(r"\s*(?:The\s+)?", s.text[s.start:s.end])
    head = next((p for p in policies if p.start == s.start + lead.end() and not p.nested), None)
    if head is None:
        head = policy_ref_at(s, s.start)  # "The decision sets out …"
        if head is None:
            return []
        kind = re.match(r"\s*(?:the|this)\s+(?:(?:draft|amended|new|revised)\s+)?[\w-]+", s.text[s.start:s.end],
                        flags=re.IGNORECASE)
        head_end = s.start + kind.end()
    else:
        head_end = re.match(r"[/\w.-]*", s.text[head.end:s.end]).end() + head.end
    m = _SETS_OUT.match(s.text, head_end, s.end)
    if m is None:
        return []
    target = policy_after(s, policies, m.end() - 1) or policy_ref_at(s, m.end() - 1)
    if target is None or target.id == head.id:
        return []
    return [Relation(head.id, "implements", target.id, s.index)]


# "… under a new decree guiding the Law on X. Decree 315/2026/NĐ-CP was issued …": a lead that tells what an
# instrument of a kind carries out before the next sentence names it
_KIND_CARRYING = re.compile(r"\b(?:a|an)\s+(?:new\s+|draft\s+|separate\s+)?(?P<kind>" + cue_pattern("policy_ref_kinds", "en")
                            + r")\s+(?:guiding|detailing|implementing|to\s+implement|on\s+implementing|"
                            r"(?:which|that)\s+(?:guides|details|implements))\s+(?:the\s+)?", re.IGNORECASE)


def named_next_implements(s: Sentence) -> list[Relation]:
    """implements (English): "… under a new decree guiding the Law on X. Decree 315 was issued by …" — the instrument
    of that kind the next sentence opens with carries out the policy the kind phrase names."""
    if s.lang != "en" or s.index + 1 >= len(s.ex.sentences) or not _KIND_CARRYING.search(s.text, s.start, s.end):
        return []
    out: list[Relation] = []
    a, _ = s.ex.sentences[s.index + 1]
    lead = re.match(r"\s*(?:The\s+)?", s.text[a:a + 10])
    opening = next((p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence == s.index + 1
                    and p.start == a + lead.end()), None)
    if opening is None:
        return out
    for m in _KIND_CARRYING.finditer(s.text, s.start, s.end):
        target = next((p for p in s.of_type("Policy") if p.start == m.end()), None)
        if target is None or m.group("kind").casefold() not in opening.text.casefold() or target.id == opening.id \
                or any(p.start < m.start() < p.end for p in s.of_type("Policy")):
            continue  # (the kind phrase is no part of a named instrument here)
        out.append(Relation(opening.id, "implements", target.id, s.index))
    return out


# "Resolution 138/NQ-CP, the Government's action programme for the Politburo resolution": an apposition that
# calls the instrument an action plan or programme for another carries that one out
_ACTION_FOR = re.compile(r"\s*,\s*(?:the|an?|its|their)\s+" + OWNER_EN + r"(?:own\s+)?(?:[a-z-]+\s+)?(?:action\s+(?:programme|program|plan)|"
                         r"(?:programme|program|plan)\s+of\s+action)"
                         r"\s+(?:for|to\s+implement|on\s+implementing|for\s+implementing|implementing)\s+")


def action_programme_for(s: Sentence) -> list[Relation]:
    """implements (English): "Resolution 138, the Government's action programme for Resolution 68 / the Politburo
    resolution": the instrument before the apposition carries out the one it is the action programme for (named,
    or named again by its kind)."""
    if s.lang != "en":
        return []
    out: list[Relation] = []
    policies = s.of_type("Policy")
    for head in policies:
        m = _ACTION_FOR.match(s.text, head.end, s.end)
        if m is None:
            m = re.match(r"[/\w.-]+", s.text[head.end:s.end])  # (a number's tail the mention left out)
            m = _ACTION_FOR.match(s.text, head.end + m.end(), s.end) if m else None
        if m is None:
            continue
        target = policy_after(s, policies, m.end()) or _owned_ref(s, m.end(), head)
        if target is not None and target.id != head.id:
            out.append(Relation(head.id, "implements", target.id, s.index))
    return out


def _owned_ref(s: Sentence, pos: int, head: Mention) -> Mention | None:
    """The instrument "the (Politburo) resolution" at ``pos`` names again: the latest one of that kind named
    before ``head`` (whose owner, when written, its name or the words around it give)."""
    m = re.match(r"the\s+(?P<owner>(?:[A-Z][\w-]*\s+){0,3}?)(?P<kind>" + cue_pattern("policy_ref_kinds", "en") + r")\b",
                 s.text[pos:s.end])
    if m is None:
        return None
    kind, owner = m.group("kind").casefold(), m.group("owner").strip()
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.start < head.start
               and kind in p.text.casefold() and (not owner or owner in s.ex.article.text[p.start:p.end + 40])]
    return max(earlier, key=lambda p: p.start) if earlier else None

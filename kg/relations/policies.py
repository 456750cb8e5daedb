"""issued and implements beyond the first patterns of :mod:`kg.extract`.

- issued: "Nghị quyết số 202/2025 của Quốc hội" (a number tail the policy span left out),
  the passive "POLICY được/do ORG ban hành", "POLICY được ban hành bởi ORG",
  "POLICY issued / promulgated by the ORG";
- implements: "Kế hoạch 45 … để thực hiện Nghị quyết 57", "Bộ Công an được giao chủ trì
  triển khai thi hành Luật …", "the group was set up to implement the Plan", and a body
  whose name says so ("Working Group on Implementing the Project …").
"""
from __future__ import annotations

import re

from kg.nlp.recognizers.paired_phrases import mask_paired_commas
from kg.relations.owners import approved_in, asked_to as _asked_to, policy_owned_by
from kg.relations.coordination import coordinating_with, joined_after, listed_before, partner_of_earlier_verb
from kg.relations.cues import cue_pattern, cue_table
from kg.relations.policy_phrases_en import APPOSED_HEAD, OWNER_EN
from kg.relations.named_tasks import policies_ending_events
from kg.relations.implement_guards import not_an_implementer, own_instrument, statement_clause
from kg.relations.kind_referents_en import described_referent, kind_referent
from kg.relations.owned_refs_en import owned_ref_at
from kg.relations.appositives_en import past_appositive
from kg.relations.policy_lists import coordinated_policies as _coordinated_policies
from kg.relations.base import SAY_EN, SAY_VI, Mention, Relation, Sentence
from kg.relations.policy_clauses import advised_body, closing_instrument, plan_past_its_subject, reported_purpose
from kg.relations.signers import co_signers, co_signers_vi, signing_cue


MAX_LINK = 60  # characters between an implementer and its verb


def issued_more(s: "Sentence") -> list["Relation"]:
    """issued from a policy's number tail + "của ORG", and from passive issuing."""
    policies = s.of_type("Policy")
    if not policies:
        return []
    orgs = s.of_type("Organization")
    out: list[Relation] = []
    verbs = cue_pattern("issue_verbs", s.lang)
    for pol in policies:
        after = s.text[pol.end:s.end]
        # "Nghị quyết số 202/2025 của Quốc hội": the span stopped before "/2025"
        m = re.match(r"[/\w.-]*(?:\s+(?:ngày|dated)\s+[\d/.,-]+(?:\s+\d{4})?)?\s+(?:của|of)\s+(?:the\s+)?", after)
        if m:
            tgt = [o for o in orgs if o.start == pol.end + m.end()]
            if tgt:
                out.append(Relation(tgt[0].id, "issued", closing_instrument(s, pol).id, s.index))
        # "Nghị quyết 71 về đột phá phát triển giáo dục của Bộ Chính trị": the issuer after the subject
        m = re.match(r"[/\w.-]*\s+(?:về|on)\s+[^,.;:()“”\"]{1,120}?\s(?:của|of)\s+(?:the\s+)?", after)
        if m:
            org = next((o for o in orgs if o.start == pol.end + m.end()), None)
            between = [x for x in s.mentions if pol.end <= x.start < pol.end + m.end() and x.type != "Topic"]
            if org is not None and not between:
                out.append(Relation(org.id, "issued", pol.id, s.index))
        # "POLICY được/do ORG ban hành", "POLICY (vừa) được ORG thông qua"
        m = re.match(r"[/\w.-]*(?:\s*\([^()]{1,20}\))?\s+(?:(?:đã|vừa|mới)\s+)?(?:được|do|bởi)\s+", after)
        if m:
            org = next((o for o in orgs if o.start == pol.end + m.end()), None)
            v = org and re.match(r"\s+(?:(?:đã|vừa|mới|chính thức)\s+){0,2}(?:" + verbs + r")\s*",
                                 s.text[org.end:s.end], flags=re.IGNORECASE)
            if v and not approved_in(s, org.end + v.end()):
                out.append(Relation(org.id, "issued", pol.id, s.index))  # (approved "tại Quyết định …": that)
        # "Plan 112/KH-UBND, which the provincial People's Committee issued on Monday"
        # (past what it is about: "Resolution 12/2026/NQ-HĐND regarding the chip industry, which the council adopted")
        m = re.match(r"[/\w.-]*(?P<about>\s+(?:on|regarding|about)\s+[^,.;()]{1,120}?)?\s*,\s*(?:which|that)\s+(?:the\s+)?",
                     after) if s.lang == "en" else None
        if m and m.group("about") and any(pol.end + m.start("about") <= x.start < pol.end + m.end("about")
                                          and x.type in ("Policy", "Organization", "Event") for x in s.mentions):
            m = None  # ("Decree 13 on the Law on Data, which …": the clause may hang on the inner name)
        if m:
            org = next((o for o in orgs if o.start == pol.end + m.end()), None)
            end = org.end if org is not None else pol.end + m.end()
            if org is None:  # "Decision 2210, which the committee issued in 2019": the committee named before
                from kg.relations.organizations import REF_HEADS, org_ref_at
                ref = re.match(r"(?:[a-z][\w-]*\s+){0,2}(?:" + REF_HEADS + r")\b", s.text[end:s.end])
                org = org_ref_at(s, end) if ref else None
                end += ref.end() if ref else 0
            if org is not None and re.match(r"\s+(?:(?:has|had|have|just|recently|also)\s+){0,2}" + verbs + r"\b",
                                            s.text[end:s.end], flags=re.IGNORECASE):
                out.append(Relation(org.id, "issued", pol.id, s.index))
        # "POLICY được ban hành bởi ORG", "POLICY issued by the ORG", "POLICY, promulgated by ORG,"
        m = re.match(r"[/\w.-]*\s*,?\s+(?:(?:đã|vừa|được|was|were|has been|is)\s+){0,2}(?:" + verbs
                     + r")(?:\s+(?:\w+\s+){0,2}?)?\s*(?:bởi|by)\s+(?:the\s+)?", after, flags=re.IGNORECASE)
        if m:
            org = next((o for o in orgs if o.start == pol.end + m.end()), None)
            if org is not None:
                out.append(Relation(org.id, "issued", pol.id, s.index))
    return out


def implements_more(s: "Sentence") -> list["Relation"]:
    """implements: a plan or body that carries out a named policy."""

    out: list[Relation] = []
    policies = s.of_type("Policy")
    verbs = cue_pattern("implement_verbs", s.lang)
    links = cue_pattern("implement_links", s.lang)
    body_end = s.end
    # a body or plan whose own name says it implements a policy it names at its end
    for h in s.mentions:
        if h.type not in ("Organization", "Policy"):
            continue
        for inner in s.nested:
            if inner.type == "Policy" and h.start < inner.start and inner.end <= h.end \
                    and re.search(r"(?:" + verbs + r"|(?<![\w])implementation\s+of)\s+(?:(?:thực hiện|thi hành|the)\s+)?$",
                                  s.text[h.start:inner.start],  # (English: "Steering Committee for the Implementation of …")
                                  flags=re.IGNORECASE):
                out.append(Relation(h.id, "implements", inner.id, s.index))
    if not policies:
        return out
    for cue in re.finditer(verbs, s.text[s.start:body_end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        target = policy_after(s, policies, c_end)
        if target is None:
            continue
        subject = implementer_before(s, c_start, links) or _issued_before_comma(s, c_start)
        if subject is not None and subject.id != target.id and not not_an_implementer(s, subject, c_start):
            out.append(Relation(subject.id, "implements", target.id, s.index))
            if subject.type == "Organization":  # "A and B will implement X", "A will implement X together with B"
                out += [Relation(o.id, "implements", target.id, s.index)
                        for o in listed_before(s, subject) + joined_after(s, target.end)]
            for more in _coordinated_policies(s, policies, target):  # "thực hiện Nghị định 72 và Nghị định 146"
                out.append(Relation(subject.id, "implements", more.id, s.index))
    return out


def _issued_before_comma(s: "Sentence", pos: int) -> "Mention | None":
    """The policy a clause issued, when the verb at ``pos`` follows a comma: "HĐND tỉnh thông qua
    Nghị quyết 38 quy định …, cụ thể hóa Nghị quyết 09" (Nghị quyết 38 carries out Nghị quyết 09)."""
    if not re.search(r",\s*$", s.text[max(s.start, pos - 3):pos]):
        return None
    before = [m for m in s.mentions if m.end <= pos and not m.nested and m.type == "Policy"]
    if not before:
        return None
    pol = before[-1]
    issue = cue_pattern("issue_verbs", s.lang)
    lead = s.text[s.start:pol.start]
    # (or a clause that carries it out: "Tỉnh ủy đang triển khai Nghị quyết số 03-NQ/TU về …, cụ thể hóa
    # Nghị quyết 57-NQ/TW": the provincial resolution carries out the Politburo's)
    carried = s.lang == "vi" and re.search(r"(?<![\w])(?:đang|đã|sẽ|tiếp tục)\s+(?:triển khai|thực hiện)\s+$", lead)
    if not carried and not re.search(r"(?:" + issue + r")\s+(?:các\s+|the\s+)?$", lead, flags=re.IGNORECASE):
        return None
    return pol


def policy_after(s: "Sentence", policies: list["Mention"], pos: int) -> "Mention | None":
    """The policy a verb governs: "thực hiện (có hiệu quả) (các) Nghị quyết …", "implement the (a) Plan"."""
    parts = _parts_of(s.lang)  # (English: "the targets of", "the tasks set out in")
    owner = OWNER_EN if s.lang == "en" else ""  # (English: "the Prime Minister's Decision 1163")
    for p in policies:
        if p.start >= pos and re.fullmatch(r"\s*(?:(?:thực hiện|thi hành|có hiệu quả|hiệu quả|các|những|nội dung|"
                                           r"the|its|this|an?)\s+)*" + owner + parts, s.text[pos:p.start], flags=re.IGNORECASE):
            return p
    return None


def _parts_of(lang: str) -> str:
    """An optional English phrase naming the parts of a policy before it (``policy_parts``): "the targets of "."""
    return r"(?:(?:" + cue_pattern("policy_parts", "en") + r")\s+(?:the\s+)?)?" if lang == "en" else ""


def implementer_before(s: "Sentence", pos: int, links: str) -> "Mention | None":
    """The plan or body just before the verb, across a link ("để", "được giao chủ trì", "was set up to")."""
    before = [m for m in s.mentions if m.end <= pos]
    if not before:
        return None
    last = before[-1]
    subject_clause = plan_past_its_subject(s, before, pos)
    if subject_clause is not None:
        return subject_clause
    described, after_appositive = past_appositive(s, before, last, pos)
    if described is not None:  # "The NIC, a unit of the Ministry of Finance, is carrying out …": the NIC
        last = described
    elif (unit := _unit_under(s, before, last)) is not None:
        # "The Department of Roads under the Ministry of Construction will enforce …": the department
        described, after_appositive, last = unit, last.end, unit
    if last.type not in ("Policy", "Organization") or last.nested or _clause_agent(s, last) or _asked_to(s, last, pos):
        return None
    gap = s.text[last.end:pos] if described is None else s.text[after_appositive:pos]
    if len(gap) > MAX_LINK or re.search(r"[.;:]", gap):
        return None
    # a bracketed acronym or a number tail may follow the name: "(VINASA)", "/KH-UBND"
    gap = re.sub(r"^[/\w.-]*(?:\s*\([^)]*\))?", "", gap) if not gap[:1].isspace() else re.sub(r"^\s*\([^)]*\)", "", gap)
    gap = _TIME_EN.sub("", gap, count=1)  # "issued Circular 21 last month to implement …"
    gap = _SET_UP_WHEN.sub(r"\1", gap, count=1)  # "the committee, set up in June to carry out the plan"
    gap = _EFFORTS.sub(" part of efforts to", gap)  # "…, part of the province's efforts to implement …"
    gap = APPOSED_HEAD.sub("", gap, count=1) if s.lang == "en" else gap  # "Plan 88, an action plan carrying out …"
    if re.fullmatch(r"[\s,]*(?:(?:" + links + r")[\s,]*)*", gap, flags=re.IGNORECASE):
        return policy_owned_by(s, last) or last  # "Kế hoạch 97 của UBND tỉnh thực hiện …": the plan
    return None


def _unit_under(s: "Sentence", before: list["Mention"], last: "Mention") -> "Mention | None":
    """English: the body named right before "under" or "of" when ``last`` is the body it is under ("the Department
    of Roads under the Ministry of Construction", "the Import-Export Department of the Ministry of …"); else None."""
    if s.lang != "en" or last.type != "Organization":
        return None
    unit = next((m for m in reversed(before) if m.end <= last.start and not m.nested), None)
    if unit is None or unit.type != "Organization" \
            or not re.fullmatch(r"\s+(?:(?:directly\s+)?under|of)\s+(?:the\s+)?", s.text[unit.end:last.start]):
        return None
    return unit


# an English dateline opening the article's first sentence: "VIENTIANE — ", "VINH, Dec 4 — "
DATELINE = re.compile(r"\s*[^\s—–]+(?:\s+[^\s—–]+){0,4}\s+[—–]\s+")  # (anchored by .match)


_DAY_WORDS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
              "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_EFFORTS = re.compile(r"(?<![\w])part\s+of\s+(?:the\s+)?(?:its|their|[\w-]+['’]s)\s+(?:efforts?|drive|push|campaign)\s+to(?![\w])")
_TIME_EN = re.compile(r"^\s+(?:(?:last|this|next)\s+(?:week|month|year)|(?:on|in)\s+[A-Z][a-z]+(?:\s+\d{1,2})?)(?=\s)")
_SET_UP_WHEN = re.compile(r"\b(set\s+up|established|formed|created)\s+(?:(?:in|on)\s+(?:[A-Z][a-z]+\s*)?\d{0,4}|"
                          r"(?:last|this)\s+(?:week|month|year))(?=\s+to\s)")
ISSUE_VI = re.compile(r"\b(ban hành|thông qua|phê duyệt|ký ban hành)\b")  # "công bố" announces, it does not issue
ISSUE_EN = re.compile(r"\b(issued|issues|issue|passed|passes|adopted|adopts|promulgated|approved|enacted|released|releases|"
                      r"unveiled|unveils|handed\s+down|hands\s+down)\b")
# a plan named by its kind only, written between an issuing verb and what it carries out
# (or a count of them: "ban hành 14 nghị định hướng dẫn thi hành Luật X")
UNNAMED_PLAN = (r"(?:các\s+|một\s+|\d+\s+)?(?:kế hoạch|chương trình|đề án|văn bản|hướng dẫn|quy chế|phương án|"
                r"nghị định|thông tư|quyết định|nghị quyết)\b")
UNNAMED_PLAN_FOR = re.compile(r"\s*" + UNNAMED_PLAN + r"[^,.;]{0,40}?\b(?:để\s+|nhằm\s+)?"
                              r"(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá|thi hành|hướng dẫn thi hành|"
                              r"quy định chi tiết)\b")
# "ban hành 28 quyết định quy định chi tiết …, trong đó có Quyết định số 41": the set's member is issued
_MEMBERS_NEXT = re.compile(r",\s*(?:trong đó có|trong đó|gồm|bao gồm)\s+(?:các\s+)?$")
IMPLEMENT_VI = re.compile(r"\b(triển khai|thực hiện|cụ thể hóa|cụ thể hoá|hướng dẫn thi hành)\b")
# only opening the sentence: "In implementation of Decree 13, …" (not "Under Decree 86, the ministry must …": the
# tune-en gold reads what a body does under an instrument as no implementing of it)
_FRONTED_NOUN = r"|(?:(?<=^In )|(?<=^In the ))implementation\s+of(?![\w])"
IMPLEMENT_EN = re.compile(r"\b(implement(?:s|ed|ing)?|concreti[sz]e[sd]?)\b")


def _in_relative_clause(s: Sentence, subj: Mention, gap: str) -> bool:
    """``subj`` closes an English relative clause on the verb's subject ("the department, which is under the ministry,
    had issued Plan 12") or is the partner of an earlier verb ("làm việc với Y và ban hành"): it is no issuer."""
    return partner_of_earlier_verb(s, subj, gap) or s.lang == "en" and gap.lstrip().startswith(",") and re.search(
        r",\s*(?:which|that|who)\s+[^,.;]{0,40}$", s.text[s.start:subj.start]) is not None


def issuers(s: Sentence) -> list[Relation]:
    """issued (ORG → POLICY), signed (PER → POLICY) and implements."""
    policies = s.of_type("Policy")
    in_events = policies_ending_events(s)  # "Hội nghị quán triệt Nghị quyết số 72-NQ/TW | của Bộ Chính trị"
    if not policies and not in_events:
        return []
    out: list[Relation] = []
    orgs = s.of_type("Organization")
    issue_re = ISSUE_VI if s.lang == "vi" else ISSUE_EN
    for pol in policies + in_events:
        after = s.text[pol.end:s.end]
        # "POLICY (ngày …) của ORG"
        m = re.match(r"(\s+(số\s+)?[\w/-]*)?(\s+(ngày|dated)\s+[\d/.,-]+(\s+\d{4})?)?\s+(của|of)\s+(the\s+)?", after)
        if m:
            tgt = [o for o in orgs if o.start == pol.end + m.end()]
            if tgt:
                out.append(Relation(tgt[0].id, "issued", closing_instrument(s, pol).id, s.index))
        # an organisation named inside the policy's name: "Nghị quyết của Quốc hội về …"
        for o in s.nested:
            if o.type == "Organization" and pol.start < o.start < pol.end and \
                    re.search(r"(của|of the|of)\s+$", s.text[pol.start:o.start]):
                out.append(Relation(o.id, "issued", pol.id, s.index))
        # "the Prime Minister's Directive 01", "the ministry's new circular on …", "the Assembly's amended Land Law"
        before = s.text[s.start:pol.start]
        poss = re.search(r"([’']s)\s+(?:(?:new|latest|recent|amended|revised)\s+)?$|(?<=\w)(\s+)$", before)
        poss = poss if poss and (poss.group(1) or s.lang == "en" and pol.text[:1].islower()) else None  # ("a Government decree on …")
        if poss:
            tgt = [o for o in orgs if o.end == s.start + poss.start()]
            if tgt:
                out.append(Relation(tgt[0].id, "issued", pol.id, s.index))
    # "ORG ban hành / thông qua / passed POLICY"
    for cue in issue_re.finditer(s.text, s.start, s.end):
        before_orgs = [o for o in orgs if o.end <= cue.start()]
        after_pols = [p for p in policies if p.start >= cue.end()]
        if before_orgs and after_pols:
            subj = before_orgs[-1]
            gap = s.text[subj.end:cue.start()]
            # "issued on Monday to implement Directive 19": the directive is what the issued plan implements;
            # "ban hành kế hoạch thực hiện Luật X" issues an unnamed plan, not the law
            lead = s.text[cue.end():after_pols[0].start]
            if any(cue.end() <= o.start < after_pols[0].start for o in orgs) or (
                    s.lang == "en" and policy_ref_at(s, cue.end()) is not None):
                continue  # "The Politburo issued the resolution …, and the National Assembly passed Resolution 198"
            # ("Hanoi (VNA) – The Prime Minister has approved …": the agency of a dateline issues nothing)
            if len(gap) <= 40 and not re.search(r"[.;]|\)\s*[–—-]\s", gap) and not re.search(
                    r"\b(?:to|in order to|để|nhằm|under|implement\w*)\s", lead, flags=re.IGNORECASE) \
                    and not (UNNAMED_PLAN_FOR.match(lead) and not _MEMBERS_NEXT.search(lead)) \
                    and not _not_yet(s, subj, gap) and not _in_relative_clause(s, subj, gap):
                first = after_pols[0]
                targets = [first]  # "ban hành A, B và C" — not "ban hành A để thực hiện B"
                for p in after_pols[1:]:
                    link = s.text[targets[-1].end:p.start]
                    if len(link) > 40 or re.search(r"[.;:]|\b(để|nhằm|thực hiện|triển khai|cụ thể hóa|theo|to|quy định|"
                                                     r"hướng dẫn|thay thế|bãi bỏ|sửa đổi|của|"
                                                     r"implement\w*|carry\w*\s+out|enforc\w*|under|guid\w*|detail\w*|amend\w*|replac\w*|reali[sz]\w*|concreti[sz]\w*|"
                                                     r"approving|in line with|pursuant to|in accordance with|following)\b", link):
                        break
                    targets.append(p)
                for p in targets:
                    out.append(Relation(subj.id, "issued", p.id, s.index))
        # "POLICY launched by the Government", "POLICY được ORG ban hành"
        m = re.match(r"\s+by\s+(the\s+)?", s.text[cue.end():s.end])
        if m:
            by = [o for o in orgs if o.start == cue.end() + m.end()]
            pols = [p for p in policies if p.end <= cue.start()]
            if by and pols:
                out.append(Relation(by[0].id, "issued", pols[-1].id, s.index))
    # signed ("A and B put their names to the agreement on …": :func:`kg.relations.signers.signing_cue`)
    for cue in re.finditer(signing_cue(s.lang), s.text[s.start:s.end]):
        pos = s.start + cue.start()
        people = [p for p in s.of_type("Person") if p.end <= pos]
        pols = [p for p in policies if p.start > pos]
        if pols and (IMPLEMENT_VI if s.lang == "vi" else IMPLEMENT_EN).search(s.text[cue.end() + s.start:pols[0].start]):
            pols = []  # "… do X ký ban hành, cụ thể hóa Luật Y": the law is what the signed text implements
        if people and pols:
            out.append(Relation(people[-1].id, "signed", pols[0].id, s.index))
            if s.lang == "vi":  # "Thứ trưởng A và Đại sứ B đã ký …": both sign
                a, b = (people[-2], people[-1]) if len(people) > 1 else (None, None)
                if a is not None and co_signers_vi(s, a.end, b.start) \
                        and co_signers_vi(s, s.start + s.text[s.start:a.start].rfind(",") + 1, a.start, lead=True) \
                        and re.fullmatch(r"\s+(?:(?:đã|vừa|cùng)\s+)*", s.text[b.end:pos]):
                    out.append(Relation(a.id, "signed", pols[0].id, s.index))
            if s.lang == "en":  # "A and (Ambassador to Vietnam) B signed …": both sign
                signers = []
                for a, b in zip(reversed(people[:-1]), reversed(people)):
                    if not co_signers(s.text[a.end:b.start]):
                        break
                    signers.append(a)
                clause = s.text[s.start:signers[-1].start].rsplit(",", 1)[-1] if signers else ""
                dateline = DATELINE.match(clause)  # "VIENTIANE — Minister A and Minister B signed …"
                clause = clause[dateline.end():] if dateline else clause
                if signers and co_signers(" and " + clause.lstrip() if clause.strip() else " and "):
                    # the signers open their clause ("After the talks, A and B signed"), not "X met A and B signed"
                    out += [Relation(a.id, "signed", pols[0].id, s.index) for a in signers]
    # implements
    impl_re = IMPLEMENT_VI if s.lang == "vi" else IMPLEMENT_EN
    for cue in impl_re.finditer(s.text, s.start, s.end):
        subj = [m for m in s.mentions if m.type in ("Policy", "Organization") and m.end <= cue.start()]
        pols = [p for p in policies if p.start >= cue.end()]
        say = SAY_VI if s.lang == "vi" else SAY_EN  # "X of the Committee, said the province would implement …"
        opening = _passive_subject(s, cue.start())
        if opening is not None and pols:  # "Thông tư do Thứ trưởng X ký ban hành, cụ thể hóa Luật Y"
            subj = [opening]
        if subj and pols and len(s.text[subj[-1].end:cue.start()]) < 30 and opening is None \
                and not _clause_agent(s, subj[-1]) and not _asked_to(s, subj[-1], cue.start()) \
                and not not_an_implementer(s, subj[-1], cue.start()) \
                and not re.search(r"(?<![\w])(?:" + say + r")(?![\w])", s.text[subj[-1].end:cue.start()]) \
                and not re.search(ISSUE_VI.pattern + r"\s+" + UNNAMED_PLAN, s.text[subj[-1].end:cue.start()]):
            who = policy_owned_by(s, subj[-1]) or subj[-1]  # "Kế hoạch 97 của UBND tỉnh thực hiện …"
            for w in [who] + (coordinating_with(s, who) if who.type == "Organization" else []):  # "A coordinates with B to …"
                out += [Relation(w.id, "implements", p.id, s.index) for p in [pols[0], *_coordinated_policies(s, pols, pols[0])]]
        elif opening is not None and pols and opening.id != pols[0].id:
            out.append(Relation(opening.id, "implements", pols[0].id, s.index))
    return out


# ("đã tham mưu UBND tỉnh ban hành Kế hoạch …" reports an issuing that happened)
_NOT_YET_BEFORE = re.compile(r"(?<![\w])(?<!đã )(?<!vừa )(?:tham mưu|đề xuất|đề nghị|kiến nghị|yêu cầu|giao|chỉ đạo|trình)\s+(?:cho\s+)?$",
                             re.IGNORECASE)
_NOT_YET_BETWEEN = re.compile(r"(?<![\w])(?:sẽ|sớm|cần|phải|dự kiến|chuẩn bị|khẩn trương|will|should|plans? to)(?![\w])",
                              re.IGNORECASE)


def _not_yet(s: Sentence, subj: Mention, gap: str) -> bool:
    """An issuing the text asks for or plans, not one that happened: "tham mưu UBND tỉnh ban hành Kế
    hoạch …", "UBND tỉnh sẽ ban hành …"."""
    return bool(_NOT_YET_BEFORE.search(s.text[max(s.start, subj.start - 20):subj.start])
                or _NOT_YET_BETWEEN.search(gap))


def _without_titles(s: Sentence, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with its titles taken out: ", Bộ trưởng " → ", "."""
    out = s.text[start:end]
    for t in sorted(s.titles, key=lambda t: -t.start_char):
        if start <= t.start_char and t.end_char <= end:
            out = out[:t.start_char - start] + out[t.end_char - start:].lstrip()
    return out


def _passive_subject(s: Sentence, pos: int) -> Mention | None:
    """The policy that opens the sentence when a passive clause set off by a comma stands between it
    and ``pos``: "Thông tư do Thứ trưởng X ký ban hành, | cụ thể hóa …"."""
    first = min(s.mentions, key=lambda m: m.start, default=None)
    if first is None or first.type != "Policy" or s.text[s.start:first.start].strip():
        return None
    if re.fullmatch(r"\s+(?:do|được)\s[^.;:]{3,120}?,\s*(?:đồng thời\s+)?", s.text[first.end:pos]):
        return first
    # (or no comma when the clause ends on its issuing verb: "Kế hoạch do UBND tỉnh X ban hành nhằm triển khai …")
    if re.fullmatch(r"\s+do\s[^.;:,]{3,120}?\s(?:ký\s+)?(?:ban hành|phê duyệt|thông qua)\s+(?:nhằm|để)\s+", s.text[first.end:pos]):
        return first
    return None


def _clause_agent(s: Sentence, m: Mention) -> bool:
    """``m`` is the agent of a clause hung on something before it ("Plan 112, which the committee
    issued …", "The draft, prepared by the agency …", "…, which the ministry's Department of Environment
    prepared to implement …"): not the one that implements."""
    return s.lang == "en" and m.type == "Organization" and bool(
        re.search(r"(?:,\s*(?:which|that)|\bby)\s+(?:the\s+)?(?:[\w-]+(?:\s+[\w-]+)?['’]s\s+|[a-z][\w-]*\s+)?$",  # "the ministry's …"
                  s.text[max(s.start, m.start - 40):m.start], flags=re.IGNORECASE))


def policy_ref_at(s: Sentence, pos: int) -> Mention | None:
    """The policy that "the directive", "the agreement", "Nghị quyết này" at ``pos`` refers to:
    the latest policy of that kind the article named up to this sentence."""
    kinds = cue_pattern("policy_ref_kinds", s.lang)
    if s.lang == "vi":
        # "Nghị quyết này", and a bare kind closing a fronted clause: "Để cụ thể hóa Nghị định, Bộ …"
        # (in lower case too, or closing the sentence: "Để cụ thể hóa đề án, UBND tỉnh ban hành Kế hoạch …",
        # "Sở được giao chủ trì thực hiện đề án.")
        m = re.match(r"\s*(?:các\s+)?(?P<kind>" + kinds + r")(?:\s+(?:này|nói trên|trên)\b|(?=\s*(?:[,.;]|$)))", s.text[pos:s.end],
                     flags=re.IGNORECASE)
    else:
        m = re.match(r"\s*(?:the\s+" + _parts_of(s.lang) + r")?"  # "the targets of the resolution"
                     r"(?:the|this|that|its)\s+(?:(?:draft|amended|new|revised|updated)\s+)?(?P<kind>" + kinds + r")\b"
                     r"(?!\s+(?:on(?!\s+(?:behalf|" + _DAY_WORDS + r")\b|\s+the\s+(?:[A-Z]?[\w-]+\s+side|sidelines)\b)|of|No|\d))",  # "on May 4": a day
                     s.text[pos:s.end], flags=re.IGNORECASE)
    if not m:  # "the training agreement": a kind after words of the instrument's own name
        return (owned_ref_at(s, pos) or described_referent(s, pos)) if s.lang == "en" else None  # ("the Government's …")
    kind = m.group("kind").casefold()
    words = cue_table("policy_ref_kind_words", s.lang).get(kind, [kind]) if s.lang == "en" else [kind]
    earlier = [p for p in s.ex.mentions if p.type == "Policy" and not p.nested and p.sentence <= s.index
               and p.start < pos and any(w in p.text.casefold() for w in words)]
    if s.lang == "vi":  # the article's own plan, not the one it carries out
        return own_instrument(s, earlier)
    return kind_referent(s, earlier)  # the latest not named in passing


def implements_refs(s: Sentence) -> list[Relation]:
    """implements where the policy is named again by its kind: "issued Plan 520 to implement the
    directive", "To implement the directive, the Ministry issued Plan 520" (the body and its plan)."""
    out: list[Relation] = []
    verbs = cue_pattern("implement_verbs", s.lang)
    links = cue_pattern("implement_links", s.lang)
    issue = cue_pattern("issue_verbs", s.lang)
    # the noun opens a fronted clause too: "In implementation of Decree 13, the ministry inspected …"
    # "Theo tinh thần Nghị quyết 68, …": the instrument whose spirit the clause after the comma follows
    basis = r"|^\s*(?:" + cue_pattern("fronted_basis_phrases", s.lang) + r")"
    for cue in re.finditer(verbs + _FRONTED_NOUN + basis, s.text[s.start:s.end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        target = policy_ref_at(s, c_end)
        # "Để thực hiện …", and the purpose word left out: "Thực hiện Nghị quyết 41 …, UBND tỉnh ban hành …"
        # ("As part of efforts to carry out the resolution, the department will …": a fronted purpose too)
        fronted = re.fullmatch(r"\s*(?:(?:To|In order to|In(?:\s+the)?|Để|Nhằm|As\s+part\s+of\s+(?:the\s+|its\s+|their\s+|"
                               r"[\w-]+['’]s\s+)?efforts?\s+to)\s*)?(?:(?:triển khai|thực hiện)\s+)?",
                               s.text[s.start:c_start], flags=re.IGNORECASE) \
            or reported_purpose(s, c_start)
        if target is None and fronted:  # "Để thực hiện Nghị quyết số 20-NQ/TW …, Tỉnh ủy ban hành …"
            target = policy_after(s, s.of_type("Policy"), c_end)
            comma_after = target.end if target is not None else c_end
        else:
            comma_after = c_end
        if target is None:
            continue
        subject = implementer_before(s, c_start, links)
        if subject is not None and subject.id != target.id and not not_an_implementer(s, subject, c_start):
            out.append(Relation(subject.id, "implements", target.id, s.index))
            if subject.type == "Organization":  # "A and B will implement X", "A will implement X together with B"
                out += [Relation(o.id, "implements", target.id, s.index)
                        for o in listed_before(s, subject) + joined_after(s, c_end) + coordinating_with(s, subject)]
            continue
        # "To implement the directive, ORG issued POLICY": fronted purpose clause; the body opens the
        # clause after the comma that ends it (not a paired one: "… về bảo vệ, chăm sóc …, Tỉnh ủy")
        if not fronted:
            continue
        comma = mask_paired_commas(s.text[:s.end]).find(",", comma_after, s.end)
        if comma < 0:
            continue
        # the body opens the clause after a comma; the topics of "về A, B, C," before it are no clause
        rest = [m for m in s.mentions if m.start > comma and m.type != "Topic"]
        when = cue_pattern("time_openers", s.lang)
        org = next((m for m in rest if m.type == "Organization"
                    and re.fullmatch(r",\s*(?:the\s+)?(?:(?:" + when + r")(?:\s+\d{4})?\s*,?\s+)?",  # ", năm 2026 Sở …"
                                     _without_titles(s, s.text.rfind(",", comma, m.start), m.start))), None)
        if org is None or any(x.start < org.start and x.type != "Organization" for x in rest) \
                or re.search(r"[;.]", s.text[comma:org.start]):
            continue
        # "Để triển khai Luật A và Chiến lược B, …": each instrument of the fronted list
        targets = [target] + (_coordinated_policies(s, s.of_type("Policy"), target) if not target.ref else [])
        v = re.match(r"\s+(?:(?:has|have|had|đã|vừa)\s+)?(?:" + issue + r")\s+", s.text[org.end:s.end], flags=re.IGNORECASE)
        if v is None and s.lang == "vi":  # "Thực hiện Nghị quyết 71, Sở X xây dựng Đề án Y": the plan drafted carries it out
            v = re.match(r"\s+(?:(?:đã|vừa|đang|sẽ)\s+)?(?:" + cue_pattern("drafting_verbs", s.lang) + r")\s+",
                         s.text[org.end:s.end], flags=re.IGNORECASE)
        adviser = None if v else advised_body(s, org)  # "Sở … đã tham mưu UBND tỉnh ban hành Kế hoạch …"
        if adviser is not None:
            v = re.match(r"\s+(?:" + issue + r")\s+", s.text[adviser.end:s.end], flags=re.IGNORECASE)
            pol = next((p for p in s.of_type("Policy") if v and p.start == adviser.end + v.end()), None)
            if pol is not None:
                out += [Relation(pol.id, "implements", t.id, s.index) for t in targets]
                continue
        pol = next((p for p in s.of_type("Policy") if p.start == org.end + v.end()), None) if v else None
        if pol is not None:
            out += [Relation(pol.id, "implements", t.id, s.index) for t in targets]
        if (pol is None or s.lang == "en") and not statement_clause(s, org.end):  # the instrument issued; a body
            out += [Relation(org.id, "implements", t.id, s.index) for t in targets]  # that only speaks carries none out
    return out

"""about beyond the first patterns of :mod:`kg.extract`.

- topics named in a policy's, event's or body's name, or after "về" / "lĩnh vực" / "chủ đề" (:func:`topics_of`);
  a body named by its field is :mod:`kg.relations.body_topics`;
- a sentence that continues about a policy by its bare head word ("Luật gồm 5 chương,
  quy định về dữ liệu số …", "The decree covers …"): its topics are that policy's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.relations.cues import cue_pattern, cue_words
from kg.relations.base import SAY_VI, TOPIC_JOIN, Relation, Sentence, clause_end, state_body, after_dateline
from kg.textutil import compiled, phrase_alternation, escaped_alternation
from kg.nlp.patterns import pattern_data
from kg.relations.policy_clauses import closing_instrument, issuer_between
from kg.relations.policies import policy_ref_at
from kg.relations.policy_phrases_en import ISSUED_ASIDE_EN
from kg.relations.kind_referents_en import in_passing
from kg.nlp.recognizers.field_topics_en import AUDIENCE_EN, LIST_END
from kg.relations.coordination import name_list, name_list_ending
from kg.relations.body_topics import COMMITTEE, broad_field, is_company
from kg.relations.fronted_instruments import fronted_subject_ends
from kg.relations.subject_ends_vi import past_the_subject


@lru_cache(maxsize=None)
def _policy_heads_alt(lang: str) -> str:
    """The ``policy_heads`` cue words of ``lang`` as a regex alternation, longest first."""
    return escaped_alternation(cue_words("policy_heads", lang))


def continued_policy_topics(s: "Sentence") -> list["Relation"]:
    """about: "Luật gồm …, quy định về X" after a sentence naming "Luật Dữ liệu" → about X."""

    body = s.text[s.start:s.end]
    alt = _policy_heads_alt(s.lang)
    # ("Dự thảo luật gồm …": a draft of the law named before)
    m = compiled(r"\s*(?:Dự thảo\s+(?=[^\W\d]))?(?P<head>" + alt + r")\s+(?P<next>\S+)", re.IGNORECASE).match(body)
    if m is None and s.lang == "vi":  # "…, ông X cho biết dự thảo luật gồm 6 chương, quy định về …": after a say verb
        m = compiled(r"(?<![\w])(?:" + SAY_VI + r")\s+(?:dự thảo\s+)?(?P<head>" + alt + r")\s+(?P<next>\S+)",
                     re.IGNORECASE).search(body)
    draft = None
    if s.lang == "vi" and (m is None or m.group("head").casefold() == "dự thảo"):
        draft = _BARE_DRAFT.match(body)  # "Dự thảo gồm 8 chương, 45 điều, quy định về …": the draft named before
        m = draft or m
    if not m or m.group("next")[:1].isupper() or m.group("next")[:1].isdigit():
        return []
    if any(x.type == "Policy" and not x.ref and x.start <= s.start + m.end("head") for x in s.mentions):
        return []  # the sentence opens with a named policy, not a bare head word
    head = m.group("head").split()[-1].casefold()
    # (within the three sentences before: "Decree 119 … . The decree, issued on …, guides … . It requires … .
    # The decree also covers …")
    earlier = [x for x in s.ex.mentions if x.type == "Policy" and not x.nested and s.index - 3 <= x.sentence < s.index
               and (head in x.text.casefold().split()[:2] if draft is None else _drafted(s, x))]
    if draft is not None and len({" ".join(x.text.casefold().split()) for x in earlier}) != 1:
        return []  # a bare "Dự thảo" names a draft only where one draft was named just before
    if not earlier:
        return []
    if s.lang == "en":  # "… replaces Decree 107. The decree also covers …": not the one named in passing
        earlier = [x for x in earlier if not in_passing(s, x)] or earlier
    pol = max(earlier, key=lambda x: (x.sentence, x.start))
    link = re.compile(cue_pattern("about_links", s.lang), flags=re.IGNORECASE).search(body, m.end("head"))
    if not link:
        return []
    if any(x.type == "Policy" and not x.ref and s.start + m.end("head") <= x.start < s.start + link.start()
           for x in s.mentions):
        return []  # "Đề án cụ thể hóa Nghị quyết 19 về X": X is the named resolution's subject
    topics = [t for t in s.mentions if t.type == "Topic" and t.start >= s.start + link.end()]
    return [Relation(pol.id, "about", t.id, s.index) for t in topics]


# a sentence that opens with a bare "Dự thảo" (no kind after it): "Dự thảo gồm 8 chương, 45 điều, quy định về …"
_BARE_DRAFT = re.compile(r"\s*(?:Bản\s+)?(?P<head>[Dd]ự thảo)\s+(?:(?:này|trên|mới)\s+)?(?P<next>gồm|có|quy định|tập trung|bổ sung|sửa đổi)\b")


def _drafted(s: Sentence, x) -> bool:
    """The policy mention ``x`` is written as a draft: "dự thảo Luật Dân số"."""
    a, _ = s.ex.sentences[x.sentence]
    return bool(re.search(r"(?<![\w])dự thảo\s+$", s.text[max(a, x.start - 12):x.start], re.IGNORECASE))


# a body whose whole name is its head and its field ("Viện Trí tuệ nhân tạo", "Centre for Biotechnology")
FIELD_NAMED = re.compile(r"(?:Viện|Trung tâm|Quỹ|Phòng thí nghiệm|Institute (?:of|for)|Cent(?:re|er) for)\s+")


# (a quoted title after "chuyên đề" is the subject of the course or session it names: "lớp tập huấn chuyên đề
# “Pháp luật về năng lượng nguyên tử …”"; an instrument's focus: "Đề án … với trọng tâm là phát triển logistics")
ABOUT_CUE_VI = re.compile(r"\b(về|lĩnh vực|tập trung vào|tập trung phát triển|ưu tiên phát triển|chuyên về|chủ đề|trong đó chú trọng|"
                          r"chuyên đề(?=\s*[\"“])|liên quan đến|giải pháp|(?:với\s+)?trọng tâm là)\b")
_AND_FOCUS = re.compile(r"\s(?:and|but)\s+(?:also\s+)?$")
ABOUT_CUE_EN = re.compile(r"\b(on|about|regarding|concerning|in the field of|focus(?:es|ed|ing)? on|specia?li[sz](?:es|ed|ing) in|theme|themed)\b")


# "theo" opening a clause after a say verb or a comma, right before an instrument: "ông X cho biết, theo …"
_MID_THEO = re.compile(r"(?:(?:" + SAY_VI + r")\s*,?|,)\s+theo\s+$")
# the year or round a meeting's name ends with, cut off by the recogniser: "phiên họp thứ hai | năm 2026 về X"
_NAME_TAIL = re.compile(r"\s*(?:lần thứ\s+[\wIVXLC]+\s*)?(?:năm\s+\d{4})?\s*")
# a decision "về việc thành lập / kiện toàn …" sets up or reshapes a body: whatever field follows is the body's
_FOUNDING = re.compile(r"\s*(?:việc\s+)?(?:thành lập|kiện toàn|giải thể|đổi tên|bổ nhiệm|điều động)\b")
# ", organised by the Vietnam Association of … (VASEP), ": an aside between an event and its verb
_ASIDE_HEAD = r"\s*,\s*(?:organi[sz]ed|hosted|co-organi[sz]ed|held|sponsored|run)\s+by\s+"
_ASIDE = re.compile(_ASIDE_HEAD + r"[^,.;]{1,110},\s*")
# … or where and when it is held: "The forum, to be held in Cần Thơ in December, will discuss …"
_EVENT_ASIDE_HEAD = r"\s*,\s*(?:(?:organi[sz]ed|hosted|co-organi[sz]ed|held|sponsored|run)\s+by|to\s+be\s+held|held|" \
    r"which\s+(?:opened|took\s+place|will\s+(?:be\s+held|take\s+place)))\s+"


# what names a unit's parent: "… đơn vị trực thuộc Công ty X", "… thành viên của Tập đoàn Y"
_UNIT_OF = re.compile(r"(?<![\w])(?:trực thuộc|thuộc|của)\s+$")

# a quoted theme right after "chủ đề" / "theme": '"Nghệ An - điểm đến của …"'
_QUOTED = re.compile(r"\s*(?:là\s+)?[\"“][^\"“”]{1,200}[\"”]")



def topics_of(s: Sentence) -> list[Relation]:
    """about: topics named in a policy/event/organisation name, or after "về"/"lĩnh vực"/"chủ đề"."""
    out: list[Relation] = []
    topics = [m for m in s.mentions + s.nested if m.type == "Topic"]
    if not topics:
        return out
    holders = s.of_type("Policy", "Event", "Organization")
    # topics inside a holder's name (a law an amending law names at its end is a holder too)
    # (and an institute named by its field inside an event's name: "Lễ khánh thành Viện Trí tuệ nhân tạo")
    for h in holders + [m for m in s.nested if m.type in ("Policy", "Organization")]:
        if h.type == "Organization" and (state_body(h) or s.lang == "en" and is_company(h) or h.text.startswith("Khoa ")):
            continue  # (nor a company named for its trade: "HCM City Urban Railway Company No. 1"; nor a faculty or ward)
        if h.source == "event-lower-compound":
            continue  # "held an investment promotion conference": the field words only qualify the event
        for t in topics:
            if h.start <= t.start and t.end <= h.end and (h.start, h.end) != (t.start, t.end):
                if h.type == "Organization" and broad_field(t) and (s.lang == "vi" or not COMMITTEE.search(h.text)):
                    continue  # "Hiệp hội Du lịch tỉnh", "Công ty cổ phần Thủy sản Minh Phú", "the Vietnam Tourism
                    # Association": a trade, not a policy field (a board set up for it is about it)
                if s.lang == "en" and any(o is not t and h.start <= o.start <= t.start and t.end <= o.end <= h.end
                                          and (o.start, o.end) != (t.start, t.end) for o in topics):
                    continue  # "conference on health insurance reform": the whole field, not the known one inside it
                if s.lang == "en" and h.type == "Event" and _BODYS_FIELD.search(s.text, h.start, t.start):
                    continue  # "the third meeting of the National Steering Committee on Digital Transformation": the body's
                if h.nested and h.type == "Organization" and not (
                        t.end == h.end and FIELD_NAMED.fullmatch(s.text, h.start, t.start)):
                    continue
                out.append(Relation(h.id, "about", t.id, s.index))
                if s.lang == "en" and t.end == h.end and h.type != "Organization":
                    # "a memorandum on cooperation in AI, cybersecurity and …": the list goes on past the name
                    listed = sorted((x for x in topics if x.start >= t.start), key=lambda x: x.start)
                    out += [Relation(h.id, "about", x.id, s.index) for x in name_list(s, t, ("Topic",), among=listed)[1:]]
        if h.type == "Event" and s.lang == "vi":
            out += _past_the_name(s, h, topics)
    cue_re = ABOUT_CUE_VI if s.lang == "vi" else ABOUT_CUE_EN
    for cue in cue_re.finditer(s.text, s.start, s.end):
        word = cue.group(1)
        # "về", "on", "regarding"; "liên quan đến" right after an instrument or a meeting too ("Thông tư số 21/2031/TT-BTC
        # liên quan đến hóa đơn điện tử")
        subject_prep = word.casefold() in cue_words("about_preps", s.lang) or word == "liên quan đến"
        if subject_prep:
            # "Quyết định … ngày … của Thủ tướng Chính phủ về …": the instrument, past its date and issuer
            before = [h for h in holders if h.end <= cue.start() and h.type != "Organization"]
            # … or an instrument named inside an event's name: "Hội nghị triển khai Chỉ thị số 39-CT/TW của Ban
            # Bí thư về X" (X is the directive's; the event takes it from there: kg.relations.named_policy_topics)
            named_in = [p for p in s.nested if p.type == "Policy" and p.end <= cue.start()
                        and any(h.start <= p.start and p.end <= h.end for h in holders)]
            # "Diễn đàn về thích ứng | với biến đổi khí hậu …": a name cut inside its own "về" clause
            # ("Hội thảo quốc gia về đổi mới giáo dục nghề nghiệp | trong bối cảnh chuyển đổi số": a name cut
            # after its first field, the list going on past it)
            inside = [h for h in holders if s.lang == "vi" and h.start < cue.start() and cue.end() <= h.end
                      and h.type != "Organization"]
            if inside:
                before = [p for p in named_in if inside[-1].start <= p.start] or inside
            else:
                before = sorted(before + named_in, key=lambda h: h.end)
            if not before:
                continue
            h = before[-1]
            gap = "" if h in inside else s.text[h.end:cue.start()]
            between = [m for m in s.mentions if h.end <= m.start and m.end <= cue.start()]
            h = closing_instrument(s, h) if h.type == "Policy" else h  # "Kế hoạch … thực hiện Nghị quyết số 57 … về X"
            detailing = _detailing_instruments(s, h) if h.type == "Policy" and s.lang == "vi" and not inside else []
            if detailing and (not gap.strip() or _NAME_TAIL.fullmatch(gap)):
                # "Nghị định số 100/2024/NĐ-CP quy định chi tiết một số điều của Luật Nhà ở về X": X is what the
                # decree details, not the law's subject
                last_end = None
                for t in sorted(topics, key=lambda x: x.start):
                    if not cue.end() <= t.start < clause_end(s, cue.end()):
                        continue
                    if last_end is not None and not TOPIC_JOIN.fullmatch(s.text[last_end:t.start]):
                        break
                    out += [Relation(d.id, "about", t.id, s.index) for d in detailing]
                    last_end = t.end
                continue
            # "held a meeting in Quy Nhơn on drought prevention": the event's place before its subject
            placed = s.lang == "en" and h.type == "Event" and bool(between) and all(m.type == "Place" for m in between) \
                and re.fullmatch(r"\s+(?:in|at)\s+(?:the\s+)?", s.text[h.end:between[0].start]) is not None \
                and not s.text[between[-1].end:cue.start()].strip()
            # (or whom it is for: "a training course for museum staff on heritage digitisation")
            placed = placed or s.lang == "en" and h.type == "Event" and not between \
                and re.fullmatch(r"\s+" + AUDIENCE_EN, gap) is not None
            if not placed and (len(gap) > 70 or re.search(r"[;:]|\.(?!\w)", gap) or any(m.type != "Organization" for m in between)
                               or (gap.strip() and not re.match(r"\s*(ngày|của|dated|of)\b", gap)
                                   and not _NAME_TAIL.fullmatch(gap) and not (s.lang == "en" and ISSUED_ASIDE_EN.fullmatch(gap))
                                   and not re.fullmatch(r"\s*(?:(?:quy định|hướng dẫn|điều chỉnh)|,\s*which\s+(?:includes|"
                                                        r"covers|regulates|sets out|provides)(?:\s+provisions)?"
                                                        r"(?:\s+\w+){0,4}?)\s*", gap))):
                continue
        else:
            placed = False
            before = [h for h in holders if h.start < cue.start() and cue.end() <= h.end] \
                or [h for h in holders if h.end <= cue.start()]  # a cue inside a name is that name's, not the body's before
            if word in ("theme", "themed", "chủ đề"):  # "The forum took place … at …, under the theme …": the event's
                before = [h for h in before if h.type == "Event"] or before
            if not before:
                continue
            h = before[-1]
            owner = [x for x in before if x.type == "Organization" and x.start < h.start
                     and not s.text[s.start:x.start].strip()] if h.type == "Organization" else []
            parent = None
            if owner and _UNIT_OF.search(s.text, max(s.start, h.start - 16), h.start):
                parent, h = h, owner[0]  # "Trung tâm là đơn vị trực thuộc Công ty X, tập trung phát triển Y": the unit
            aside = False
            if s.lang == "en" and word.casefold().startswith("focus") and h.type != "Event":
                # "The exhibition, organised by VASEP, focuses on …": the event, past the aside on its organiser
                ev = [e for e in before if e.type == "Event"]
                if ev and _ASIDE.fullmatch(s.text, ev[-1].end, cue.start()):
                    h, aside = ev[-1], True
            gap = s.text[(parent or h).end:cue.start()]  # (what follows the parent, the unit's own clause)
            if s.lang == "en" and word.casefold().startswith("focus") and not aside and _AND_FOCUS.search(gap):
                # "The programme implements the Strategy …, which …, and focuses on …": the verb goes with the
                # sentence's subject, not with the holder the first verb's object names
                # (or an instrument "The programme …" names again)
                opener = [x for x in holders if re.fullmatch(r"\s*(?:The\s+)?", s.text[after_dateline(s):x.start])] \
                    or [x for x in [policy_ref_at(s, after_dateline(s))] if x is not None]
                if not opener or opener[0] is h:
                    continue
                h, gap = opener[0], ""
            if s.lang == "en" and h.type == "Organization" and _AGENT_EN.search(s.text, max(s.start, h.start - 40), h.start):
                continue  # "The programme, funded by the Australian Government, focuses on …": the aside's agent
            if s.lang == "en" and h.type == "Organization" and not _BODY_ASIDE_EN.fullmatch(gap):
                continue  # "… signed with Sembcorp to build an industrial park specialising in semiconductors": the park's
            if s.lang == "vi" and h.type == "Organization" and re.search(r"(?<![\w])(?:các|những|nhiều)\s", gap):
                continue  # "Đại sứ quán … kết nối các tập đoàn lớn đầu tư vào lĩnh vực X": the field of others it helps
            if h.type == "Organization" and len(name_list_ending(s, h)) > 2:
                continue  # "họp với các ngân hàng gồm A, B, C và D để bàn giải pháp …": the last of a list holds no field
        if not subject_prep and (len(gap) > 60 and not (word in ("theme", "themed") and h.type == "Event") and not aside
                                                  or re.search(r"[.;]", gap)):
            continue
        if h.type == "Organization" and state_body(h):
            continue
        if word.casefold() == "về" and _FOUNDING.match(s.text, cue.end()):
            continue  # "Quyết định … về việc thành lập Ban Chỉ đạo … về X": the body's subject, not the decision's
        end_at = clause_end(s, cue.end())
        quoted = _QUOTED.match(s.text, cue.end(), s.end) if word in ("chủ đề", "theme") else None
        if quoted:  # 'với chủ đề "Nghệ An - điểm đến của năng lượng tái tạo …"': a quoted theme is one whole, past its dash
            end_at = max(end_at, quoted.end())
        if s.lang == "en":  # "… on private economic development and has told banks to …": the subject ends at the verb
            verb = _AND_VERB_EN.search(s.text, cue.end(), end_at)
            end_at = verb.start() if verb else end_at
            # (or at a body joined by "and": "… on private economic development and the Government's efforts to …")
            body = min((x.start for x in holders if x.type == "Organization" and x.start >= cue.end()), default=None)
            joined = re.search(r"\s+and\s+(?:the\s+)?$", s.text[cue.end():body]) if body is not None else None
            end_at = min(end_at, cue.end() + joined.start()) if joined else end_at
        # "Nghị quyết 66 về X và Nghị quyết 68 về Y": X's clause ends where the next instrument begins
        end_at = min([end_at] + [x.start for x in holders if x.start >= cue.end() and x.type != "Organization"])
        if s.lang == "vi" and word == "về" and h.type == "Policy":
            # "Nghị quyết số 36-NQ/TW … về | Chiến lược phát triển bền vững kinh tế biển …": a resolution on a strategy
            # is on the strategy's field
            out += _on_an_instrument(s, h, cue.end(), holders, topics)
        if subject_prep and placed:  # ("… in Quy Nhơn on drought prevention": the field right after "on", alone)
            first = [t for t in topics if t.start >= cue.end() and not s.text[cue.end():t.start].strip()]
            if not first:
                continue
            end_at = first[0].end
        last = None
        for t in sorted(topics, key=lambda x: x.start):
            if not cue.end() <= t.start < end_at or last is None and s.lang == "vi" and past_the_subject(s.text, cue.end(), t.start):
                continue  # (or past the end of the cue's subject: kg.relations.subject_ends_vi)
            if last is not None and word in ("về", "liên quan đến") and (not TOPIC_JOIN.fullmatch(s.text[last:t.start])
                                                                        or fronted_subject_ends(s, h, last, t.start)):
                break  # "về X, Y, đặt mục tiêu mở rộng Z": the subject list ended before Z
            if last is not None and s.lang == "en" and _FOR_WHOM_EN.fullmatch(s.text, last, t.start):
                break  # "focusing on access to credit and digital transformation for small and medium-sized
                # enterprises": whom the fields serve, not a field of the list
            out.append(Relation(h.id, "about", t.id, s.index))
            last = max(last or 0, t.end)
    # "Theo Nghị quyết …, …": the sentence reports the policy's content
    head = re.match(r"\s*(Theo|Under|According to)\s+", s.text[s.start:s.end])
    if head:
        pols = [p for p in s.of_type("Policy") if p.start == s.start + head.end()]
        for p in pols:
            for t in topics:
                if not (p.start <= t.start < p.end):
                    out.append(Relation(p.id, "about", t.id, s.index))
    elif s.lang == "vi":  # "… cho biết, theo Quy hoạch …, Việt Nam đặt mục tiêu phát triển … điện gió ngoài khơi"
        for p in s.of_type("Policy"):
            tail = re.match(r"((?:\s+[^\W\d_]+){0,2}?)\s*,", s.text[p.end:s.end])  # "(…năm 2050) điều chỉnh,"
            if _MID_THEO.search(s.text, max(s.start, p.start - 30), p.start) and tail and tail.group(1) == tail.group(1).lower():
                out += [Relation(p.id, "about", t.id, s.index) for t in topics if t.start >= p.end]
    # "ORG – tập đoàn sản xuất chip …": an apposition that says what a company does (Vietnamese only: English
    # gold reads "VinFast, the electric vehicle maker of Vingroup" as what the company makes, no subject of it)
    for o in (s.of_type("Organization") if s.lang == "vi" else []):
        m = re.match(r"\s*[–—,-]\s*(tập đoàn|công ty|hãng|doanh nghiệp|a|the)\b[^–—;.]*", s.text[o.end:s.end])
        if m and not state_body(o):
            for t in topics:
                if o.end < t.start < o.end + m.end():
                    out.append(Relation(o.id, "about", t.id, s.index))
    return out


def _on_an_instrument(s: Sentence, h, at: int, holders: list, topics: list) -> list[Relation]:
    """about of ``h`` to the fields named inside the instrument that its "về" (ending at ``at``) opens on."""
    inner = next((p for p in holders if p.type == "Policy" and p.start >= at and not s.text[at:p.start].strip()), None)
    if inner is None:
        return []
    return [Relation(h.id, "about", t.id, s.index) for t in topics if inner.start <= t.start and t.end <= inner.end
            and (t.start, t.end) != (inner.start, inner.end)]


# English: what may stand between a body and the verb that says what it does ("VASEP, which focuses on", "X, specialising in")
_BODY_ASIDE_EN = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has been)\s+)?(?:also\s+)?")


# English: a body named as the agent of an aside on the clause's subject ("The programme, funded by …, focuses on")
_AGENT_EN = re.compile(r",\s*(?:[a-z]+-)?[a-z]+ed\s+by\s+(?:the\s+)?$")


# English: a field the list names for its beneficiaries ("… for small and medium-sized enterprises")
_FOR_WHOM_EN = re.compile(r"\s+(?:for|among|of)\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){0,2}")


# English: a clause that goes on with a verb of the sentence's subject ("… and has told banks", "… and will ask")
_AND_VERB_EN = re.compile(r"\s(?:(?:and|but)\s+(?:also\s+)?(?:has|have|had|will|would|is|are|was|were|must|should|can|could|may|did|"
                          r"told|said|asked|urged|called|plans?|planned|wants?|wanted|agreed|pledged)\b|(?:but|while|whereas|although)\s)")


# a connective that ties a second field to the one a name ends with (TOPIC_JOIN without a bare comma or space)
_TIED = re.compile(r"(?<![\w])(?:và|cùng|gắn với|thích ứng với|ứng phó với|trong)(?![\w])")


_DETAILS_BEFORE = re.compile(r"(?<![\w])(?:quy định chi tiết|hướng dẫn thi hành|hướng dẫn chi tiết)(?:\s+(?:và\s+)?"
                             r"hướng dẫn thi hành)?(?:\s+(?:một số điều|một số nội dung|các điều|điều\s+\d+)(?:\s+và\s+biện pháp"
                             r"\s+thi hành)?)?(?:\s+(?:của|tại))?\s+$", re.IGNORECASE)


# an English event named as a meeting of a body whose own name holds the field (the tune gold: 7 such names of 8)
_BODYS_FIELD = re.compile(r"\bof\s+(?:the\s+)?[^,;]*?\b(?i:committee|council|commission)\b[^,;]*$")


def _detailing_instruments(s: Sentence, law) -> list:
    """The instruments that "quy định chi tiết (một số điều của)" ``law`` right before it: the one the detail
    verb follows, and a longer name that closes with it ("Nghị định sửa đổi … của Nghị định số 100 | quy định
    chi tiết …")."""
    m = _DETAILS_BEFORE.search(s.text, max(s.start, law.start - 90), law.start)
    if m is None:
        return []
    return [p for p in s.mentions + s.nested if p.type == "Policy" and p.id != law.id
            and (re.fullmatch(r"\s*", s.text[p.end:m.start()]) or issuer_between(s, p.end, m.start()))]


def _past_the_name(s: Sentence, h, topics: list) -> list[Relation]:
    """An event's name cut after the field it ends with goes on, past the place it is for, to a field tied to
    that one: "Hội nghị thúc đẩy phát triển bền vững | vùng Đồng bằng sông Cửu Long thích ứng với biến đổi khí
    hậu lần thứ năm"."""
    last = next((t for t in topics if t.end == h.end and h.start <= t.start), None)
    out: list[Relation] = []
    for t in sorted((t for t in topics if t.start >= h.end), key=lambda t: t.start):
        gap = s.text[last.end:t.start] if last is not None else ""
        if last is None or not TOPIC_JOIN.fullmatch(gap) or not _TIED.search(gap):
            break
        out.append(Relation(h.id, "about", t.id, s.index))
        last = t
    return out


_DISCUSS_LEAD_EN = r"\s*(?:(?:participants|delegates|speakers|attendees|experts)\s+(?:at|in|to)\s+)?(?:the|this|that)?\s*"
# "Tại hội thảo, …", "Trong khuôn khổ diễn đàn, …": the event the sentence is set at, before who discussed
_DISCUSS_LEAD_VI = r"\s*(?:(?:Tại|Trong khuôn khổ|Trong)\s+)?"
_DISCUSSANTS_VI = re.compile(r"\s*,\s*(?:các\s+|nhiều\s+)?(?:đại biểu|chuyên gia|diễn giả|nhà khoa học|nhà quản lý|"
                             r"doanh nghiệp|người tham dự|học viên)(?:\s+và\s+(?:các\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)?")
# "Các chuyên gia đã trao đổi về …" opening a sentence: the people at the one event of the sentence before
# … or one of its sessions: "Phiên thứ nhất bàn về A và B; phiên thứ hai tập trung vào C"
_OPENING_DISCUSSANTS_VI = re.compile(r"\s*(?:(?:Các|Nhiều)\s+(?:đại biểu|chuyên gia|diễn giả|nhà khoa học|nhà quản lý|"
                                     r"doanh nghiệp|người tham dự|học viên|báo cáo viên|tham luận)|"
                                     r"[Pp]hiên\s+(?:thảo luận\s+|chuyên đề\s+)?thứ\s+(?:nhất|hai|ba|tư|năm|\d+))(?=\s)")
_SESSION_VI = re.compile(r"(?:các\s+)?phiên(?:\s|$)", re.IGNORECASE)
# a count of fields announcing the list after a colon: "three topics:", "the following issues:", "two main areas:"
# … and in Vietnamese: "tập trung thảo luận ba nội dung lớn:", "bàn về các nhóm vấn đề sau:"
_COUNTED_FIELDS_VI = re.compile(r"(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|\d+|các|những|một số|nhiều)\s+)?(?:nhóm\s+)?"
                                r"(?:nội dung|vấn đề|chủ đề|chuyên đề|lĩnh vực|giải pháp|nhiệm vụ)"
                                r"(?:\s+(?:lớn|chính|trọng tâm|quan trọng|chủ yếu))?(?:\s+(?:sau|sau đây))?\s*:\s*")
_COUNTED_FIELDS = re.compile(r"(?:the\s+following|\w+)\s+(?:(?:main|key|major|broad)\s+)?(?:topics|issues|areas|fields|"
                             r"themes|subjects|pillars|sessions)\s*:\s*")


_DISCUSSANTS_EN = re.compile(r"\s*(?:The\s+)?(?:[Pp]articipants|[Dd]elegates|[Ss]peakers|[Aa]ttendees|[Ee]xperts)(?=\s)")


@lru_cache(maxsize=1)
def _event_parts_en() -> re.Pattern:
    """A generic part of a larger event ("the opening session"): kg/data/patterns/event_parts_en.json."""
    return re.compile(r"(?:the\s+)?(?:" + phrase_alternation(pattern_data("event_parts_en.json")["parts"]) + r")",
                      re.IGNORECASE)


def _latest_event(s: Sentence, skip: re.Pattern | None = None):
    """The one event (named, not inside another name) of the latest of the three sentences before ``s`` that
    names events; None where that sentence names several. Where none of the three does, the one event the
    article has named before ``s``, if it names only one. Mentions ``skip`` matches (the event's own sessions:
    "Diễn đàn gồm hai phiên thảo luận") and an English event's generic parts ("the opening session") do not count."""
    parts = _event_parts_en() if s.lang == "en" else None
    for back in range(1, 4):
        named = {m.id: m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == s.index - back
                 and not (skip and skip.match(m.text)) and not (parts and parts.fullmatch(m.text))}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    # further back: the one event the article has named so far ("The … Forum 2026 opened …" five sentences before)
    # (named again by the same words, it is one event; a headline naming it shorter is no second one)
    named = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and not m.ref and m.sentence < s.index]
    a, b = s.ex.sentences[0] if s.ex.sentences else (0, 0)
    named = [m for m in named if m.sentence > 0 or re.search(r"[.!?…:]\s*$", s.text[a:b])] or named
    keys = {" ".join(m.text.casefold().split()) for m in named}
    if len(keys) == 1:
        return named[0]
    if s.lang != "vi" or not named:
        return None
    # (Vietnamese: the one of them the article goes on naming by its head word alone: "… tổ chức Diễn đàn Cà phê Việt
    # Nam 2027" and "Diễn đàn là hoạt động trong khuôn khổ Lễ hội …": the forum is the event reported on)
    refs = {" ".join(m.text.casefold().split()) for m in s.ex.mentions
            if m.type == "Event" and m.ref and not m.nested and m.sentence < s.index}
    headed = {" ".join(m.text.casefold().split()): m for m in named
              if any(" ".join(m.text.casefold().split()).startswith(r + " ") for r in refs)}
    return next(iter(headed.values())) if len(headed) == 1 else None


_REPORTED_EN = re.compile(r"\b(?:said|says|added|noted|told\s+reporters)\s+(?:that\s+)?(?:the|this)\s+$")


def _reported_event(s: Sentence):
    """The event that opens a reported clause ("…, he said the forum discussed …"): the first event of the sentence
    right after a verb of saying and "the"."""
    return next((e for e in s.of_type("Event") if _REPORTED_EN.search(s.text, max(s.start, e.start - 40), e.start)), None)


def discussed_topics(s: Sentence) -> list[Relation]:
    """about of a sentence whose subject is an event that discussed or focused on topics: "The
    conference also discussed digital transformation and the use of AI" (``discuss_verbs``); "It
    discussed …" right after a sentence that names one event, "Participants discussed …" after one that
    does (English)."""
    events = s.of_type("Event")
    opening = after_dateline(s) if s.lang == "en" else s.start  # past a dateline: "HÀ NỘI, Dec 8 (VNA) — The …"
    lead = _DISCUSS_LEAD_VI if s.lang == "vi" else _DISCUSS_LEAD_EN
    if events and re.fullmatch(lead, s.text[opening:events[0].start], flags=re.I):
        ev, at = events[0], events[0].end
        # "The conference, organised by the Ministry of Culture, Sports and Tourism and WHO, discussed …" (the aside
        # may hold commas of a body's name: it ends at the comma before the verb)
        aside = compiled(_EVENT_ASIDE_HEAD + r"[^.;]{1,110}?,\s*(?=(?:also\s+)?(?:"
                         + cue_pattern("discuss_verbs", "en") + r")\s)", re.IGNORECASE).match(s.text, at, s.end) \
            if s.lang == "en" else None
        if aside:
            at = aside.end() - 1
        who = _DISCUSSANTS_VI.match(s.text, at) if s.lang == "vi" else None
        if who and s.text[opening:ev.start].strip():  # "Tại hội thảo, các đại biểu đã thảo luận về …"
            at = who.end()
    elif s.lang == "en" and (ev := _reported_event(s)) is not None:
        at = ev.end  # "…, Trần Thanh Hải said the forum discussed …": the event is the reported clause's subject
    elif s.lang == "en" and (it := re.match(r"\s*It(?=\s)", s.text[opening:s.end])):
        before = {m.id: m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == s.index - 1}
        if len(before) != 1:
            return []
        ev, at = next(iter(before.values())), opening + it.end()
    elif s.lang == "vi" and not events and (who := _OPENING_DISCUSSANTS_VI.match(s.text, s.start, s.end)):
        ev = _latest_event(s, _SESSION_VI)  # "Các chuyên gia đã trao đổi về …" after "… tổ chức tọa đàm …"
        if ev is None:
            return []
        at = who.end()
    elif s.lang == "en" and (who := _DISCUSSANTS_EN.match(s.text[opening:s.end])):
        # "Participants discussed …": the people at the one event the latest sentence naming events names
        ev = _latest_event(s)
        if ev is None:
            return []
        at = opening + who.end()
    else:
        return []
    verb = re.match(r"\s*(?:(?:also|cũng|đã|sẽ)\s+)*(?:" + cue_pattern("discuss_verbs", s.lang) + r")\s+", s.text[at:s.end],
                    flags=re.IGNORECASE)
    if not verb:
        return []
    end = at + verb.end()
    named = (_COUNTED_FIELDS_VI if s.lang == "vi" else _COUNTED_FIELDS).match(s.text, end, s.end)  # "… focused on three topics: A, B and C"
    end = named.end() if named else end
    stop = LIST_END.search(s.text[end:s.end])
    limit = end + stop.start() if stop else s.end
    out = [Relation(ev.id, "about", t.id, s.index) for t in s.of_type("Topic") if end <= t.start < limit]
    if s.lang == "vi" and stop and s.text[limit] == ";" and (then := _OPENING_DISCUSSANTS_VI.match(s.text, limit + 1, s.end)):
        # "…; phiên thứ hai tập trung vào C": the next session of the same event
        verb = re.match(r"\s*(?:(?:cũng|đã|sẽ)\s+)*(?:" + cue_pattern("discuss_verbs", s.lang) + r")\s+", s.text[then.end():s.end])
        if verb:
            start = then.end() + verb.end()
            stop = re.search(r"[.;:]", s.text[start:s.end])
            limit = start + stop.start() if stop else s.end
            out += [Relation(ev.id, "about", t.id, s.index) for t in s.of_type("Topic") if start <= t.start < limit]
    return out

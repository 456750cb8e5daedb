"""participatedIn: the parties to a contract signed at an event.

"Tại hội nghị, Công ty A ký hợp đồng … với Công ty B", "A and B signed a memorandum … . The signing ceremony …".
"""
from __future__ import annotations

import re

from kg.relations.base import Mention, Relation, Sentence
from kg.relations.cues import cue_pattern
from kg.relations.dates import dateline_end


def signing_parties(s: Sentence) -> list[Relation]:
    """participatedIn: the parties to a contract signed at an event ("Tại hội nghị, Công ty A ký hợp đồng
    … với Công ty B", and the next sentence "Hợp tác xã C ký thỏa thuận … cho Tập đoàn D"): the body or
    person right before the signing verb and those after "với / cho / with" in its clause.

    The verb must govern a contract word (``signing_objects``), so an instrument signed ("Quyết định do
    X ký") is left to ``signed``; the event is the sentence's own, else that of the sentence before
    when it too reports a signing."""
    # "signed a contract", English "signed a US$1.1 billion contract", "signed a 15-year agreement"
    verb = r"(?:" + cue_pattern("signing_verbs", s.lang) + r")\s+(?:\S+\s+)" + ("{0,3}?" if s.lang == "en" else "?") \
        + r"(?:" + cue_pattern("signing_objects", s.lang) + r")"
    out: list[Relation] = []
    for cue in re.finditer(verb, s.text[s.start:s.end], flags=re.IGNORECASE):
        c_start, c_end = s.start + cue.start(), s.start + cue.end()
        event = _signing_event(s, verb)
        if event is None:
            return out
        before = [m for m in s.mentions if m.end <= c_start and m.type in ("Person", "Organization")]
        if len(before) > 1 and re.fullmatch(r"\s*\(", s.text[before[-2].end:before[-1].start]) \
                and s.text.startswith(")", before[-1].end):
            before.pop()  # "the Asian Development Bank (ADB) signed": the acronym is the same party
        # (an apposition may stand between: "Công ty A, có trụ sở tại Tokyo, ký hợp đồng …")
        first = _titled_signer(s, before) if before else None
        if not before or not re.fullmatch(r"\s*(?:,[^,;.()]{1,60},\s*)?(?:(?:đã|vừa|cùng|also|has|have)\s+)*",
                                          s.text[first.end:c_start]) and not (
                s.lang == "en" and _EN_GAP.fullmatch(s.text[before[-1].end:c_start])):
            continue
        parties = [first]
        for x in reversed(before[:before.index(parties[0])]):  # "A, B và C đã ký kết …": every party of the list
            if s.lang == "vi" and x.type == "Person" == parties[-1].type and _APPOSED_NEXT.fullmatch(s.text, x.end, parties[-1].start):
                parties.append(x)  # "X, Hiệu trưởng Trường A, và ông Y, Tổng giám đốc Công ty B, đã ký …"
                continue
            if s.lang == "vi" and x.type == "Organization" and parties[-1].type == "Person" and any(
                    p.type == "Person" and p.end <= x.start and _APPOSED_NEXT.fullmatch(s.text, p.end, parties[-1].start)
                    for p in before):
                continue  # the body of the title between two titled signers ("Trường A" above)
            # (an acronym may close the party before: "the Ministry of Education and Training (MoET) and …")
            if x.type != parties[-1].type or not re.fullmatch(r"\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,|và|and|,\s*and)\s*" + (
                    r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?" if s.lang == "en" else ""), s.text[x.end:parties[-1].start]):
                break
            parties.append(x)
        for i, x in enumerate(parties):  # "the Electricity Regulatory Authority under the ministry and …": the unit
            unit = next((o for o in before if o.end <= x.start and re.fullmatch(r"\s+(?:directly\s+)?under\s+(?:the\s+)?",
                                                                              s.text[o.end:x.start])), None)
            if unit is not None and s.lang == "en":
                parties[i] = unit
        end = c_end + (re.search(r";|\.(?!\d)|\s(?:để|nhằm|to|in order to)\s", s.text[c_end:s.end]) or
                       re.search(r"$", s.text[c_end:s.end])).start()
        link = re.search(r"\s(?:với|cho|with)\s+", s.text[c_end:end])
        if link:
            after = [m for m in s.mentions if m.start >= c_end + link.end() and m.type in ("Person", "Organization")]
            led = s.lang == "en" and after and _LED_BY.fullmatch(s.text, c_end + link.end(), after[0].start)
            if after and (after[0].start == c_end + link.end() or led or s.lang == "en" and re.fullmatch(
                    r"(?:[\w-]+\s+){1,3}", s.text[c_end + link.end():after[0].start])
                    and not any(c_end + link.end() <= m.start < after[0].start for m in s.mentions)):
                parties.append(after[0])  # "with Nvidia", "with European planemaker Airbus"
                for x in after[1:]:  # "with Google and the Korea Institute of Science and Technology (KIST)"
                    if x.type != parties[-1].type or x.start >= end or not re.fullmatch(
                            r"\s*(?:\([^()]{1,15}\)\s*)?(?:,|và|and|,\s*and)\s*" + (r"(?:the\s+)?" if s.lang == "en" else ""),
                            s.text[parties[-1].end:x.start]):
                        break
                    parties.append(x)
        out += [Relation(x.id, "participatedIn", event.id, s.index) for x in parties]
        # "At the forum, A and B signed a memorandum … . The signing ceremony was witnessed by …": at both
        ceremony = next_signing_event(s)
        if ceremony is not None and ceremony.id != event.id \
                and re.search(r"\b[Aa]t\s+(?:the\s+)?$", s.text[max(s.start, event.start - 8):event.start]):
            out += [Relation(x.id, "participatedIn", ceremony.id, s.index) for x in parties]
    return out


# Vietnamese signers named with their titles: "ông Y, Tổng giám đốc Công ty B, đã ký …" (the title's words
# before its body) and, in a list, the gap from one titled signer to the next
_TITLE_TO_BODY = re.compile(r",\s*(?:[^\W\d][\w.]*\s+){1,6}")
_APPOSED_NEXT = re.compile(r",\s*[^,;.()]{1,90},\s*(?:và|cùng|cùng với)\s+(?:(?:ông|bà)\s+)?(?:[A-ZĐ][\w.]*\s+)?")


def _titled_signer(s: Sentence, before: list) -> object:
    """The party right before a Vietnamese signing verb: the person whose title names the body written
    last ("PGS.TS X, Hiệu trưởng Trường A, ký …": X signed, not Trường A), else that mention."""
    last = before[-1]
    if s.lang != "vi" or last.type != "Organization" or len(before) < 2 or not s.text.startswith(",", last.end):
        return last
    per = before[-2]
    if per.type == "Person" and _TITLE_TO_BODY.fullmatch(s.text, per.end, last.start):
        return per
    return last


# "with a consortium led by Japan's Sumitomo Corporation": the party that leads the group signed
_LED_BY = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:consortium|group|joint\s+venture|partnership|alliance)\s+"
                     r"(?:led|headed|formed)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?")


# between an English party and its signing verb: its acronym, the day ("ADB (ADB) on Friday signed")
_EN_GAP = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?\s+)?(?:(?:also|has|have)\s+)*")


def _signing_event(s: Sentence, verb: str) -> Mention | None:
    own = [m for m in s.mentions if m.type == "Event" and not m.nested]
    if own and re.search(r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing)\s+(?:the\s+)?$", s.text[max(s.start, own[0].start - 20):own[0].start]):
        own = own[1:] or [m for m in [next_signing_event(s)] if m] or own  # "After the talks, A and B signed …"
    if own:
        return own[0]
    if s.index == 0:
        return next_signing_event(s)
    p_start, p_end = s.ex.sentences[s.index - 1]
    prev = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == s.index - 1]
    if prev and re.search(verb, s.text[p_start:p_end], flags=re.IGNORECASE):
        return prev[0]
    return next_signing_event(s) or _signing_ceremony_before(s)


# "lễ ký kết …", "Lễ ký thỏa thuận …": a ceremony held for the signing itself
_SIGNING_CEREMONY_VI = re.compile(r"lễ\s+ký(?![\w])", re.IGNORECASE)


def _signing_ceremony_before(s: Sentence) -> Mention | None:
    """The signing ceremony a Vietnamese report named a few sentences before ("Sáng 2/11, … đã diễn ra lễ ký kết thỏa
    thuận … . Dự lễ ký kết có … . Ông A, Giám đốc …, và ông B, Tổng Giám đốc …, đã ký thỏa thuận."): the signing
    told later is that ceremony's, unless a sentence between writes another day."""
    if s.lang != "vi" or any(d[2] and d[0] >= dateline_end(s) for d in s.dates):
        return None  # ("Ngày 7/3, Công ty A ký hợp đồng …": a day of its own)
    for k in range(s.index - 1, max(-1, s.index - 7), -1):  # (up to six sentences back, as a report runs on)
        a, b = s.ex.sentences[k]
        ceremonies = [m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == k
                      and _SIGNING_CEREMONY_VI.match(m.text)]
        if ceremonies:
            return ceremonies[0]
        if any(a <= d[0] < b and d[2] for d in s.article_dates):
            return None  # another day: another occasion
    return None


# "A and B signed a memorandum … . The signing ceremony was witnessed by …": the ceremony the next
# sentence opens with is where they signed (when neither their sentence nor the one before names an event)
_SIGNING_REF = re.compile(r"\s*The\s+(?:signing\s+)?ceremony\b")


def next_signing_event(s: Sentence) -> Mention | None:
    """The signing event the next English sentence names (a conversation before a signing is part of its visit)."""
    if s.lang != "en" or s.index + 1 >= len(s.ex.sentences):
        return None
    n_start, _ = s.ex.sentences[s.index + 1]
    if not _SIGNING_REF.match(s.text, n_start):
        return None
    return next((m for m in s.ex.mentions if m.type == "Event" and not m.nested and m.sentence == s.index + 1
                 and m.start <= n_start + 25), None)

"""English events named by a determiner and an event noun ("the three-day session", "an emergency meeting of
the provincial steering committee"): :func:`generic_events_en`, split out of :mod:`kg.nlp.recognizers.events`."""
from __future__ import annotations

import re

from kg.nlp import patterns as P
from kg.nlp.recognizers.bodies_en import lower_body_candidates
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.patterns import pattern_data

# "… to announce / launch the … Awards" after a press event: the named happening it was held for ("a press
# conference on Thursday to announce the new tax rules" launches nothing named: it is the happening)
_LAUNCH_VERB = r"(?:announce|launch|introduce|unveil|kick\s+off)"
ANNOUNCES = re.compile(rf"(?:\s+(?:on|in|at)\s+[^.;,]{{1,40}}?)?\s+to\s+{_LAUNCH_VERB}(?:\s+and\s+{_LAUNCH_VERB})?"
                       r"\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?[\"“A-ZĐ]")


def generic_events_en(text: str) -> list[Candidate]:
    """English events named by a determiner and an event noun ("the three-day session", "an emergency
    meeting of the provincial Steering Committee for …"). An event of an event ("the question-and-answer
    session of the 10th sitting of …") is two: the outer one alone, and the inner one with its body."""
    out: list[Candidate] = []
    bodies = [(b.start, b.end) for b in lower_body_candidates(text)]
    pos = 0
    while (m := _GENERIC_EN.search(text, pos)) is not None:
        pos = m.end()
        name = m.group("name")
        of = m.group("of")
        if _head(m) in _BACK_REFS and (of or m.group("kind") or m.group("ord") or m.group("owner")):
            continue  # "the election of Lê Thành Liêm", "the vote of confidence": an act, or a body's own
        if of and _OF_EVENT.match(text, m.start("of")):
            name, of = text[m.start("name"):m.start("of")], None
            pos = m.start("of") + 1  # the inner event is read next
        elif of:  # "… of the provincial steering committee for A, B and C": the whole body
            end = max((e for b, e in bodies if m.start("of") < b < m.end("name") < e), default=m.end("name"))
            end += _body_field(text, end)
            name = text[m.start("name"):end]
        if name.split()[-1] in ("awards", "prizes") and not re.match(r"The\s", m.group()):
            continue  # "The awards are organised by …" refers to the Awards named before; "presented the prizes" does not
        # an ordinal, a kind word ("working", "emergency") or a body ("… of the provincial
        # Steering Committee") makes it one happening: it stands alone when nothing names it
        press = (m.group("kind") or "").strip() in ("press", "news")
        if press and ANNOUNCES.match(text, m.end("name")):
            continue  # "held a press conference to launch the … Awards": the awards are the happening
        # "the press conference" refers to the one named before; "told a press conference in …" stands alone
        press = press and not re.match(r"(?:a|an|A|An)\s", m.group())
        specific = bool(m.group("kind") and not press or m.group("ord") or of)
        if specific and not (m.group("ord") or of) and (m.group("kind") or "").strip() in _DATED_ONLY_KINDS \
                and not sentence_dated(text, m.start()):
            specific = False  # "chaired the official welcome ceremony and state banquet": named only with a time
        if _NEGATED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "obtained the land without an auction", "no meeting was held": nothing happened
        if re.search(r"\b(?:approval|consent|decision|resolution|authority)\s+of\s+$", text[max(0, m.start() - 20):m.start()]):
            continue  # "without the approval of the general meeting of shareholders": the body that decides
        if m.group("owner") and not m.group("ord") and "general" not in (m.group("kind") or ""):
            continue  # "the Standing Committee's 45th session" is one; "the National Assembly's sitting" is not named
            # ("the carrier's annual general meeting" is one: a company holds one a year)
        # with its body it is a name that holds others and competes as one ("event-lower")
        pri = PRIORITY["event-lower"] if of else PRIORITY["event-generic"]
        # "the race", "the challenge" are happenings only as another name of one named before
        # ("The challenge for rice farmers is the drought" names none)
        only_ref = not (of or m.group("ord") or m.group("kind")) and m.group("name").split()[-1] in _REF_ONLY | _BACK_REFS
        # "an emergency meeting of …" after "an online meeting": a new happening, not the one named before
        # (a bare ordinal, "a second event", may still be a part of one named before)
        indefinite = specific and bool(m.group("kind") and not press or of) and re.match(r"(?:a|an|A|An)\s", m.group())
        out.append(Candidate(m.start("name"), m.start("name") + len(name), "EVENT", pri, "event-generic",
                             ref=True, meta={"head": name.split()[-1].casefold() if " of " not in name
                                             else name.split(" of ")[0].split()[-1].casefold(),
                                             "generic": True, **({"standalone": True} if specific else {}),
                                             **({"indefinite": True} if indefinite else {}),
                                             **({"kind": _distinct_kind(m)} if _distinct_kind(m) else {}),
                                             **({"ref_only": True} if only_ref else {})}))
    return out + _body_meetings(text)


# "the 12th Japan–Việt Nam Cooperation Committee meeting": an ordinal, a body's name, then its meeting
_BODY_MEETING = re.compile(
    r"(?<![\w])(?:the|The|its|Its)\s+(?P<name>(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)\s+(?P<body>[A-ZĐ][\w’'-]*(?:(?:\s+|–)[A-ZĐ][\w’'-]*){0,6}\s+(?:Committee|Commission|Council|Board))"
    r"\s+(?:plenary\s+)?(?:meeting|session))\b")


def _body_meetings(text: str) -> list[Candidate]:
    """A body's numbered meeting written with the body first: the meeting is the event (over the body's run
    with the ordinal, which would otherwise read as one organisation), and the body inside it is one."""
    out: list[Candidate] = []
    for m in _BODY_MEETING.finditer(text):
        out.append(Candidate(m.start("name"), m.end("name"), "EVENT", PRIORITY["event-lower"], "event-generic",
                             ref=True, meta={"head": m.group("name").split()[-1], "generic": True, "standalone": True}))
        out.append(Candidate(m.start("body"), m.end("body"), "ORG", PRIORITY["org-tail"], "org-tail"))
    return out


def _distinct_kind(m: re.Match) -> str | None:
    """"the question-and-answer session", "the Q&A session": a kind that makes the happening one of its own
    within another ("… on the 15th day of the tenth session"), so it names only an event of that kind."""
    kind = (m.group("kind") or "").strip().casefold()
    if kind not in ("question-and-answer", "q&a"):
        return None
    return f"{kind} {m.group('name')[m.end('kind') - m.start('name'):].split()[0]}"


# what stands before an event noun that did not happen: "without (holding) an auction", "no meeting"
_NEGATED = re.compile(r"(?<![\w])(?:[Ww]ithout(?:\s+(?:holding|organising|organizing|an?\s+open))?|[Nn]o|[Nn]ever)\s+$")


# event nouns with other senses: an event only where an event of their kind was named before
_REF_ONLY = frozenset(pattern_data("generic_events_en_words.json")["ref_only"])
# nouns read here only as "the …" back to a happening named before ("the vote" after "the … Council election")
_BACK_REFS = frozenset(pattern_data("generic_events_en_words.json")["back_refs"])


def _head(m: re.Match) -> str:
    """The event noun of a match, before its "of" complement."""
    end = m.start("of") if m.group("of") else m.end("name")
    return m.string[m.start("name"):end].split()[-1]


_WORDS = pattern_data("generic_events_en_words.json")
# event nouns a single lower-case word may qualify, and words that qualify none (a time, a size, a verb's object)
_MODIFIED = "|".join(map(re.escape, _WORDS["modified_nouns"]))
_NOT_MODIFIERS = "|".join(map(re.escape, _WORDS["not_modifiers"]))

# "the three-day session", "its 35th session", "an emergency meeting of the provincial Steering
# Committee for …", "a working session": a determiner, modifiers, an event noun and the body whose it is
_GENERIC_EN = re.compile(
    r"(?:(?<![\w])(?:the|a|an|its|their|this|The|A|An|Its|Their|This)|(?P<owner>(?:[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,4}|(?<![\w])(?:the|The)\s+[a-z]+)['’]s))\s+"
    r"(?:(?:ongoing|upcoming|recent|latest|same|\w+-day|\w+-week|\w+-month)\s+)?"
    r"(?:(?:men|women)['’]s\s+(?:full\s+|half\s+)?(?=marathon|race))?"  # "The men's full marathon was won by …"
    r"(?P<name>(?P<ord>(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?"
    r"(?P<kind>(?:annual |extraordinary )?general |shareholders['’] |regular |extraordinary |(?:opening |closing )?plenary |annual |groundbreaking |ground-breaking |ribbon-cutting |topping-out |launch |signing |opening |closing |"
    r"working |emergency |thematic |special |online |year-end |mid-year |review |question-and-answer |Q&A |business |press |news |"
    r"(?:official )?welcome |handover |wreath-laying |commemorative |swearing-in |flag-raising |donor |state (?=funeral)|job (?=fair)|"
    r"(?:awards?|prizes?)(?:-giving)? (?=ceremony))?"
    # "the commission meeting", "a banking conference", "the post-match briefing": one lower-case word of its own
    r"(?:(?!(?:" + _NOT_MODIFIERS + r")\s)[a-z]+(?:-[a-z]+)?\s+(?=(?:" + _MODIFIED + r")\b))?"
    r"(?:session|meeting|ceremony|conference|briefing|summit|forum|sitting|event|awards|prizes|award|prize|fair|expo|festival|exhibition|auction|"
    r"dialogue|roundtable|symposium|tournament|championships|championship|competition|contest|marathon|race|challenge|"
    r"teleconference|videoconference|video conference|memorial service|funeral|"
    r"vote|ballot|election|by-election|drill|clean-up|crackdown)"
    r"(?!\s+(?:money|pool|fund|funds|winners?|draw|rules|season|centre|center|hall|venue|complex|grounds)\b)"  # "the prize money" is no prize
    # ("in Hall B of the exhibition centre": a venue, no exhibition)
    r"(?P<of>\s+of\s+(?:the\s+)?(?:(?:provincial|municipal|city|national|district|standing)\s+)?"
    r"[\w’'-]+(?:–[A-ZĐ][\w’'-]*)?(?:(?:\s+|,\s+(?=[A-ZĐ][\w’'-]*\s+and\s+[A-ZĐ]))[\w’'-]+(?:–[A-ZĐ][\w’'-]*)?){0,9}?"
    # "… on Trade, Energy and Industry"; "… of the Việt Nam–Korea Joint Committee": a pair of countries joined by a dash
    r"(?=\s+(?:in|at|on|was|is|attended|by|held|chaired|convened|which|that|with|opened|closed|began|ended|will|has|had"
    r"|took|takes|drew|draws|attracted|gathered|wrapped|kicked|featured"
    r"|this\s+(?:morning|afternoon|evening|week|month|year)|yesterday|today|tonight|last|earlier|later)\b|[,.;–]))?)")  # a time ends it


# ceremony kinds that make a happening stand alone only in a sentence that says when it was held
_DATED_ONLY_KINDS = frozenset(pattern_data("generic_events_en_words.json")["dated_only_kinds"])
_WHEN_EN = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                      r"May|June|July|August|September|October|November|December|today|yesterday|tonight|"
                      r"(?:earlier|later)\s+(?:in\s+the|that|the\s+same)\s+day|the\s+same\s+day|"
                      r"this\s+(?:morning|afternoon|evening))\b|\b\d{1,2}/\d{1,2}\b")


def sentence_dated(text: str, at: int) -> bool:
    """The sentence around ``at`` says when: a weekday, a month, a day, "earlier in the day"."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
    return bool(_WHEN_EN.search(text, start, end))


_FIELD = re.compile(r"\s+(?:on|for)\s+[A-ZĐ][\w’'-]*(?:(?:,\s+|\s+(?:and|of|for|the)\s+|\s+)[A-ZĐ][\w’'-]*)*")


def _body_field(text: str, end: int) -> int:
    """How far the capitalised field of a body runs after ``end`` ("… Joint Committee on Trade, Energy
    and Industry"); 0 when none, or when it is a day ("… committee on Tuesday")."""
    m = _FIELD.match(text, end)
    if m is None or any(w.casefold() in P.WEEKDAYS_EN or w.casefold() in P.MONTHS_EN
                        for w in re.findall(r"[A-Z][a-z]+", m.group())):
        return 0
    return m.end() - end


# "… session of the 10th sitting …": the "of" complement is itself an ordinal event
_OF_EVENT = re.compile(r"\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
                       r"ninth|tenth)\s+(?:[\w-]+\s+)?(?:session|sitting|meeting|plenum|congress|conference)\b")

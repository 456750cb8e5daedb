"""Campaigns written in lower case after the verb that launches them: "Tỉnh đoàn phát động chiến dịch thanh niên tình
nguyện hè năm 2030", "ra quân chiến dịch làm sạch bờ biển lần thứ 5". A bare "chiến dịch" is prose about a campaign
named before ("chiến dịch năm nay huy động …"), so only a launched one named with its year or edition is an event;
inside a ceremony's name ("Lễ phát động chiến dịch …") it is the ceremony's object, no event of its own. The verbs
are data in ``kg/data/patterns/launched_campaigns_vi.json``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import escaped_alternation

# the name's year or edition at its end
_NUMBERED = re.compile(r"(?:năm\s+\d{4}|lần\s+thứ\s+\S+|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)$")


@lru_cache(maxsize=1)
def _launched() -> re.Pattern:
    """A launching verb and the lower-case "chiến dịch" after it, not in a ceremony's name ("lễ phát động …")."""
    verbs = escaped_alternation(pattern_data("launched_campaigns_vi.json")["campaign_launch_verbs"])
    return re.compile(rf"(?<![\w])(?<!lễ )(?<!Lễ )(?:{verbs})\s+(?P<head>chiến dịch)(?=\s)")


def launched_campaign_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """EVENT candidates for campaigns launched in the text and named with their year or edition."""
    from kg.nlp.recognizers.events import event_name_vi

    out: list[Candidate] = []
    for m in _launched().finditer(text):
        name, _ = event_name_vi(text[m.end("head"):m.end("head") + 200].split("\n", 1)[0], lex)
        name = name.rstrip()
        if len(name.split()) >= 2 and _NUMBERED.search(name):
            out.append(Candidate(m.start("head"), m.end("head") + len(name), "EVENT", PRIORITY["event-head"],
                                 "event-head", meta={"head": "chiến dịch"}))
    return out

"""Vietnamese: the ceremony of an act an article reports with its verb, named again only by its kind.

"Sáng 10/12, A và B ký kết thỏa thuận … . Tham dự lễ ký kết có …" and "Sáng 20/11, Công ty X khánh thành nhà máy
sữa bột tại … . Phát biểu tại lễ khánh thành, …": the dated sentence tells the act with its verb, and the article
names no ceremony of its own ("Lễ khánh thành Nhà máy …"); the bare "lễ ký kết" / "lễ khánh thành" is that act's
ceremony, an event of its own (as the gold names it: "lễ ký kết"). The acts are ``act_ceremonies`` of
``kg/data/patterns/event_names_vi.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp.patterns import UPPER_VI
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.event_names import event_name_data
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import phrase_alternation

# (signing: "lễ ký" / "lễ ký kết" with no object after it; the object nouns of a named signing ceremony)
_SIGNING_VERB = re.compile(r"(?<![\w])(?<!lễ )(?<!Lễ )ký(?: kết)?(?![\w])")
_BARE_SIGNING = re.compile(rf"(?<![\w])[Ll]ễ ký(?: kết)?(?![\w])(?!\s+(?:[{UPPER_VI}]|thỏa|thoả|hợp đồng|bản|biên|văn|các|chương|"
                           r"quy chế|kế hoạch|nghị|ghi nhớ|hiệp|giao|cam))")
_ANY_SIGNING = re.compile(r"(?<![\w])[Ll]ễ ký(?![\w])")
# after a bare ceremony of another act: where its noun phrase ends ("Dự lễ khánh thành có …", "tại lễ khởi công, …")
_BARE_END = r"(?=\s*(?:[,.;:!?]|$)|\s+(?:có|còn|cùng|và|diễn ra|được|đã|sáng|chiều|tối|hôm|ngày)(?![\w]))"


@lru_cache(maxsize=1)
def _acts() -> list[tuple[re.Pattern, re.Pattern, re.Pattern]]:
    """For each act: its verb not after "lễ", its bare ceremony "lễ VERB" at a phrase's end, and every "lễ VERB"."""
    out = []
    for verb in event_name_data()["act_ceremonies"]:
        alt = phrase_alternation([verb])
        out.append((re.compile(rf"(?<![\w])(?<!lễ )(?<!Lễ )(?:{alt})(?![\w])"),
                    re.compile(rf"(?<![\w])[Ll]ễ\s+(?:{alt})(?![\w]){_BARE_END}"),
                    re.compile(rf"(?<![\w])[Ll]ễ\s+(?:{alt})(?![\w])")))
    return out


@lru_cache(maxsize=1)
def _any_act() -> re.Pattern:
    """Every "lễ VERB" of every act in one pattern: most articles have none, and one scan tells them."""
    alt = phrase_alternation(event_name_data()["act_ceremonies"])
    return re.compile(rf"(?<![\w])[Ll]ễ\s+(?:{alt})(?![\w])")


def _ceremonies(text: str, sentences: list[tuple[int, int]], dates: list[Candidate], verb: re.Pattern,
                bare_re: re.Pattern, named: re.Pattern) -> list[Candidate]:
    """The bare ceremonies of one act, when every "lễ VERB" of the text is bare (``named`` counts them all) and a
    dated sentence tells the act with its verb."""
    bare = list(bare_re.finditer(text))
    if not bare or len(bare) != len(named.findall(text)):
        return []
    if not any(verb.search(text, a, b) and any(a <= d.start < b and d.value for d in dates) for a, b in sentences):
        return []
    return [Candidate(m.start(), m.end(), "EVENT", PRIORITY["event-dated"], "event-dated", ref=True,
                      meta={"head": "lễ", "generic": True, "standalone": True}) for m in bare]


def act_ceremonies(text: str, sentences: list[tuple[int, int]], dates: list[Candidate]) -> list[Candidate]:
    """The bare ceremonies of the signing and the other acts an article reports with their verbs."""
    out = _ceremonies(text, sentences, dates, _SIGNING_VERB, _BARE_SIGNING, _ANY_SIGNING)
    said = {m.group(0) for m in _any_act().finditer(text)}  # no verb opens another, so each act's own are here
    for verb, bare, named in _acts():
        if any(named.search(s) for s in said):
            out += _ceremonies(text, sentences, dates, verb, bare, named)
    return out

"""Acronyms an article defines: "the Airports Corporation of Vietnam (ACV)" makes each later
bare "ACV" a mention of that body, so the rules read "Chairman of ACV Nguyen Hoang Nam" and
"ACV, a subsidiary of …" as they read the full name (English copy defines its acronyms once)."""
from __future__ import annotations

import re
from typing import Callable

from kg.relations.base import Mention
from kg.relations.cues import cue_pattern
from kg.textutil import compiled

# "(ACV)", and a short form of a few words opening with an abbreviation: "(PV Power)", "(EVN HCMC)"; single hyphens
# inside: "(TC-HICT)", "(SHTP-TC)"
ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZĐ](?:[A-Za-zĐ0-9&]|-(?=[A-Za-zĐ0-9])){1,13}(?: [A-ZĐ][A-Za-zĐ&]{1,11}){0,2})\)")  # ("(C03)": a police department's code)


def bracketed_short_form(text: str, end: int) -> re.Match | None:
    """The short form in brackets right after a name ending at ``end`` ("(MIC)", "(Vitas)", "(PV Power)"):
    one word, or a few whose first is an abbreviation; else None."""
    m = ACRONYM.match(text, end)
    if m is None or (" " in m.group("acr") and sum(c.isupper() for c in m.group("acr").split()[0]) < 2):
        return None
    return m


def _ticker(lang: str) -> re.Pattern:
    """A listed company's stock code in brackets after its name: "(mã chứng khoán: TSP)", "(HoSE: VNM)"."""
    return compiled(r"\s*\((?:" + cue_pattern("ticker_labels", lang) + r")\s*:\s*(?P<acr>[A-Z][A-Z0-9]{1,5})\)")


def acronym_mentions(mentions: list[Mention], text: str, sentence_of: Callable[[int], int]) -> None:
    """Add a mention for every later bare use of an acronym defined right after an organisation."""
    defined: dict[str, tuple[Mention, int]] = {}
    for m in mentions:
        if m.type != "Organization" or m.nested or m.ref:
            continue
        a = bracketed_short_form(text, m.end) or _ticker("vi").match(text, m.end) or _ticker("en").match(text, m.end)
        if a and a.group("acr") not in defined and sum(c.isupper() for c in a.group("acr")) >= 2:
            defined[a.group("acr")] = (m, a.end())
    for acr, (full, after) in defined.items():
        for x in mentions:  # "Vietnam Football Federation (VFF)": the article's own acronym, not the gazetteer's
            if x.type == "Organization" and x.text == acr and x.gid is not None and x.gid != full.gid:
                x.gid, x.name = full.gid, full.name or full.text
        for hit in compiled(rf"(?<![\w&-]){re.escape(acr)}(?![\w&-])").finditer(text[after:]):
            s, e = after + hit.start(), after + hit.end()
            if any(x.start < e and s < x.end for x in mentions):
                continue
            mentions.append(Mention(len(mentions), s, e, acr, "Organization", sentence_of(s), gid=full.gid,
                                    source="acronym", name=full.name or full.text))


_SHORT_POLICY = re.compile(r"\s*\((?P<short>[^()\n]{3,30})\)")


def policy_short_forms(mentions: list[Mention], text: str) -> None:
    """"Đề án phát triển … (Đề án 06)": the bracketed instrument, and every mention written the same way
    (the headline's too), is the long-named one (they take its name, so they resolve to one entity)."""
    for m in [x for x in mentions if x.type == "Policy" and not x.nested and not x.ref]:
        a = _SHORT_POLICY.match(text, m.end)
        if not a or len(m.text) < 2 * len(a.group("short")):
            continue
        if re.fullmatch(r"[A-Z][A-Z0-9-]{2,9}", a.group("short")):
            # "Hiệp định … (EVFTA)": an acronym in brackets after an instrument is its short form, not a body
            # (and so is every later bare use of it the recognisers took for a body's acronym)
            if any(x.type == "Organization" and x.start == a.start("short") and x.end == a.end("short") for x in mentions):
                for x in mentions:
                    if x.type == "Organization" and x.text == a.group("short") and x.start >= a.start("short"):
                        x.type, x.name, x.gid = "Policy", m.name or m.text, m.gid
        short = a.group("short").casefold()
        for x in mentions:
            if x is not m and x.type == "Policy" and x.text.casefold() == short:
                x.name = m.name or m.text

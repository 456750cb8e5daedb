"""date: the year an event's name carries wins over the publication year for a day written without one.

"The Vietnam Coffee Festival 2027 will take place … from March 10 to 14" in an article of November 2026: the
day and month are the text's, the year is the one the name writes (ANNOTATION.md: a year written in the text
wins), not the publication's. Only a name's year next to the publication's is read so (an edition held the
year before or due the year after); a day the text writes with its own year, or a weekday, is left alone.
"""
from __future__ import annotations

import re

from kg.relations.base import Relation
from kg.textutil import compiled

# one year in a name, not part of a span or a code ("2026–2030", "12/2026/TT-BXD")
_NAME_YEAR = compiled(r"(?<![\w/–-])((?:19|20)\d\d)(?![\w/–-])")
_ANY_YEAR = compiled(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a written day of a month, as the date readers read one ("March 10", "10 March", "Dec. 5", "10/3", "ngày 10/3")
_DAY_OF_MONTH = compiled(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|may|jun|"
                         r"jul|aug|sep|oct|nov|dec)|\d{1,2}/\d{1,2}|tháng")


# an edition's year opens or closes the name ("2027 Asian Film Week", "Vietnam Coffee Festival 2027"); a year after
# "for", "of", "năm" is the period the event is about ("review conference for 2025", "Hội nghị tổng kết … năm 2031")
_EDITION = compiled(r"^(?:the\s+)?((?:19|20)\d\d)\s|(?<!\bfor)(?<!\bof)(?<!\bin)(?<!\byear)\s((?:19|20)\d\d)$")


def _name_year(name: str) -> int | None:
    """The edition year ``name`` writes, if it writes exactly one year and at its start or end."""
    if len(_NAME_YEAR.findall(name)) != 1 or len(_ANY_YEAR.findall(name)) != 1:
        return None
    m = _EDITION.search(name.strip())
    return int(m.group(1) or m.group(2)) if m else None


def named_year_dates(ex, rels: list[Relation], days: list[tuple[int, int, str | None]], text: str) -> list[Relation]:
    """``rels`` with each event's date moved to the year its name writes, where the sentence wrote the day without
    a year and the reader took the publication's (``days``: every date span, (start, end, ISO value))."""
    published = re.match(r"(\d{4})-", ex.article.published or "")
    if published is None or ex.article.lang != "en":
        return rels  # (Vietnamese names write the period reviewed: "Hội nghị tổng kết … năm 2031", held in 2032)
    pub_year = int(published.group(1))
    out: list[Relation] = []
    for r in rels:
        if r.predicate == "date" and isinstance(r.obj, str) and r.obj[:4] == str(pub_year) \
                and isinstance(r.subject, int) and 0 <= r.subject < len(ex.mentions):
            ev = ex.mentions[r.subject]
            year = _name_year(ev.name or ev.text) if ev.type == "Event" else None
            if year is not None and abs(year - pub_year) == 1 and _yearless_day(ex, r, days, text):
                r = Relation(r.subject, r.predicate, f"{year}{r.obj[4:]}", r.sentence)
        out.append(r)
    return out


def _yearless_day(ex, r: Relation, days: list[tuple[int, int, str | None]], text: str) -> bool:
    """The sentence of ``r`` writes its day as a day of a month with no year."""
    if not 0 <= r.sentence < len(ex.sentences):
        return False
    a, b = ex.sentences[r.sentence]
    spans = [text[s:e] for s, e, v in days if a <= s < b and v == r.obj]
    return bool(spans) and all(_DAY_OF_MONTH.search(t) and not _ANY_YEAR.search(t) for t in spans)

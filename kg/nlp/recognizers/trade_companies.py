"""Companies named through their trade words: ``company_candidates``.

"Công ty cổ phần mía đường Lam Sơn", "Công ty cấp thoát nước Sa Đéc": the trade words, written in lower case,
run up to the capitalised name that ends them; "Công ty Đấu giá hợp danh Lạc Việt": a capitalised trade, the
legal form, then the name. After a title, the name ends before its holder's full name. The heads, legal forms
and words that cannot be trade words live in ``kg/data/patterns/companies.json``. (Moved out of :mod:`.names`.)
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.nlp import patterns as P
from kg.nlp.lexicon import Lexicon
from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.names import CAP, CAP_FIRST
from kg.nlp.recognizers.priorities import PRIORITY
from kg.textutil import compiled, escaped_alternation


# a word that opens in lower case ("[a-zà-ỹđ]" also holds capitals such as "Đ", "Ơ", "Ạ")
_LOWER_FIRST = "[" + "".join(ch for ch in map(chr, range(0x61, 0x1EFA)) if ch.isalpha() and ch.islower()) + "]"


@lru_cache(maxsize=1)
def _company_re() -> tuple[re.Pattern, frozenset[str], int]:
    data = pattern_data("companies.json")
    heads = escaped_alternation(data["heads"])
    forms = escaped_alternation(data["legal_forms"])
    lower = r"[a-zà-ỹđ]+"
    pattern = (rf"(?<![\w])(?:{heads})(?P<form>\s+(?:{forms}))?"
               # after a legal form the trade phrase may open capitalised: "Công ty TNHH MTV Khai thác công trình …"
               # … and each word of it so ("Công ty Cổ phần Tập đoàn Thủy sản Minh Phú": "Thủy sản" is trade, not name)
               rf"(?P<trade>(?:\s+(?:{lower}|{CAP_FIRST}(?=\s+{lower})))"
               rf"(?:\s+(?:{lower}|{CAP_FIRST}(?=\s+{_LOWER_FIRST}))){{0,{int(data['max_lower_after_form']) - 1}}})"
               rf"(?P<name>\s+{CAP_FIRST}(?:\s+{CAP}){{0,4}})")
    return re.compile(pattern), frozenset(data["not_trade_words"]), int(data["max_lower"])


@lru_cache(maxsize=1)
def _form_after_trade_re() -> re.Pattern:
    """"Công ty Đấu giá hợp danh Lạc Việt", "Công ty Luật TNHH Minh Khuê": a capitalised trade, then the legal form,
    then the name."""
    data = pattern_data("companies.json")
    heads = escaped_alternation(data["heads"])
    forms = escaped_alternation(data["legal_forms"])
    return re.compile(rf"(?<![\w])(?:{heads})\s+{CAP_FIRST}(?:\s+[a-zà-ỹđ]+)?\s+(?:{forms})(?P<name>\s+{CAP_FIRST}"
                      rf"(?:\s+{CAP}){{0,4}})")


@lru_cache(maxsize=1)
def _trade_phrases() -> tuple[str, ...]:
    data = pattern_data("companies.json")
    return tuple(data.get("trade_phrases", ()))


def _mask_trade_phrases(trade: str) -> str:
    """Trade phrases holding a function word ("hàng không") joined into one word, so that word
    does not end the name."""
    for phrase in _trade_phrases():
        # the phrase may open the trade words capitalised after a legal form ("… cổ phần Thiết bị y tế …")
        pattern = compiled(r"(?<![\w])[" + phrase[0] + phrase[0].upper() + "]" + re.escape(phrase[1:]) + r"(?![\w])")
        trade = pattern.sub(lambda m: m.group().replace(" ", "_"), trade)
    return trade


def _before_person(text: str, start: int, end: int, lex: Lexicon | None) -> int:
    """Where a company's capitalised name ends when a full name of three or four words runs on from it after
    one word or more of its own: "Giám đốc Hợp tác xã nông nghiệp Tân Bình | Nguyễn Thị Mai cho biết" (the
    title's holder follows); a name that opens with a family name is the firm's ("… thương mại Hoàng Long")."""
    if lex is None:
        return end
    spans = [m.span() for m in re.finditer(r"\S+", text[start:end])]
    for i in range(1, len(spans)):
        at = start + spans[i][0]
        run = re.match(rf"{CAP_FIRST}(?:\s+{CAP_FIRST}){{2,3}}(?![\w])", text[at:at + 60])
        if run and lex.is_surname(text[at:at + spans[i][1] - spans[i][0]]) and at + run.end() >= end \
                and not any(e.type == "Place" for e in lex.lookup(run.group())):
            return start + spans[i - 1][1]
    return end


def _overlapping(pattern: re.Pattern, text: str):
    """Every match of ``pattern``, also those that start inside a longer one ("Công ty khởi công | Nhà máy …")."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def company_candidates(text: str, lex: Lexicon | None = None, titles: list[Candidate] = ()) -> list[Candidate]:
    """Companies named through lower-case trade words, ending at their capitalised name (before the name of the
    holder of a title written right before the company: ``titles``)."""
    title_ends = {t.end for t in titles}
    pattern, not_trade, max_lower = _company_re()
    out: list[Candidate] = []
    for m in _overlapping(pattern, text):
        trade = _mask_trade_phrases(m.group("trade")).split()
        if len(trade) > max_lower and not m.group("form"):
            continue  # a long lower-case run is a trade phrase only after a legal form
        # "Công ty này đã …", "Công ty con của …" are prose; after a legal form ("Công ty TNHH
        # xây dựng …") verbs are trade words, so only function words end the name there
        capital = trade[0][:1].isupper()
        if any(w[:1].isupper() for w in trade) and not m.group("form"):
            continue  # "Công ty Masan cho biết …": a capitalised word opens a trade phrase only after a legal form
        # (and then the lower-case words after it are read as strictly as without a form)
        stop = (lambda k: trade[k] in P.STOP_VI) if m.group("form") and not capital else (lambda k: P.is_stop_vi(trade, k))
        plant = m.group().startswith("Nhà máy")  # "Nhà máy nước Vạn Niên", "Nhà máy điện gió Hướng Linh 7"
        if any(w in not_trade and not (plant and w == "nước") for w in trade) or any(stop(k) for k in range(len(trade))):
            continue
        titled = m.start() - 1 in title_ends or m.start() in title_ends
        end = _before_person(text, m.start("name") + 1, m.end(), lex) if titled else m.end()
        # a plant named by what it makes is the place it stands on (as "Tiên Lãng LNG Power Plant")
        out.append(Candidate(m.start(), end, "LOC" if plant and not m.group("form") else "ORG",
                             PRIORITY["company-lower"], "company-lower"))
    out += [Candidate(m.start(), m.end(), "ORG", PRIORITY["company-lower"], "company-lower")
            for m in _form_after_trade_re().finditer(text)]
    return out

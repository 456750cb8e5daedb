"""Legal and policy instruments: numbered ("Nghị quyết 57-NQ/TW", "Decree No. 163"),
named ("Luật Trí tuệ nhân tạo", "Law on …"), amending laws, plans and programmes.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.names import constitution_candidates
from kg.nlp.lexicon import Lexicon
from kg.nlp import patterns as P
from kg.nlp.patterns import pattern_data
from kg.textutil import phrase_alternation, without_open_join
from kg.nlp.recognizers.policy_served import served as _served
from kg.nlp.recognizers.paired_phrases import mask_paired_commas


POLICY_CODE = r"\d{1,5}(?:/\d{4})?(?:/|-)[A-ZĐ][A-ZĐa-z0-9]*(?:[-/][A-ZĐa-z0-9]+)*"


# "phòng, chống" is one phrase inside a name: "Luật Phòng, chống thiên tai" (and the pairs that
# mask_paired_commas hides)
_PAIRED_COMMA = r"(?<=[Pp]hòng),\s*(?=chống\b)"
_THOUSANDS = r"(?<=\d)\.(?=\d{3}(?!\d))"  # the point of "145.000 tỷ đồng", "1.000 ha": no end of a sentence
def policy_candidates(text: str, lang: str, lex: Lexicon) -> list[Candidate]:
    """Legal and policy instruments: "Nghị quyết 57-NQ/TW", "Luật …", "Decree No. 163"."""
    out: list[Candidate] = []
    vi_types = [t["vi"] for t in lex.policy_types] or ["Nghị quyết", "Nghị định", "Quyết định",
                                                       "Thông tư", "Chỉ thị", "Kết luận", "Luật"]
    en_types = [t["en"] for t in lex.policy_types if t.get("en")] or ["Resolution", "Decree",
                                                                       "Decision", "Circular",
                                                                       "Directive", "Law"]
    en_types += [n for t in lex.policy_types for n in t.get("en_numbered", [])]  # "Action Programme 23-CTr/TU"
    types = sorted(set(vi_types) | set(en_types), key=len, reverse=True)
    type_re = "|".join(re.escape(t) for t in types)
    # Type + number/code, with elliptical lists: "Nghị quyết 57, 59, 66 và 68".
    numbered = re.compile(
        rf"(?<![\w])(?P<type>{type_re})(?P<no>\s+(?:số|No\.?|Number)\s*)?\s*(?P<code>{POLICY_CODE}|\d{{1,5}}/(?:19|20)\d\d\b(?![/-]\w)|\d{{1,5}}\b)"
        rf"(?P<more>(?:\s*(?:,|và|and)\s*\d{{1,5}}\b(?![/%.,]\d))*)")
    for m in numbered.finditer(text):
        if not m.group("type")[:1].isupper():
            continue
        if m.group("code").isdigit() and re.match(r"\s*(?:%|tỷ|triệu|năm\b|tháng|người|đồng|USD)",
                                                  text[m.end("code"):]):
            continue
        if lang != "vi" and m.group("type") in ("Law", "Code") and re.fullmatch(r"(?:19|20)\d\d", m.group("code")) \
                and not m.group("no") and re.search(r"[A-Z][\w-]*\s+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "the Electricity Law 2024", "the Labour Code 2019": the year of a named law, no number
        start, end = m.start(), m.end("code")
        # "Nghị quyết 57 của Bộ Chính trị" stays "Nghị quyết 57"; "13/2023/NĐ-CP" is part of the code.
        out.append(Candidate(start, end, "POLICY", PRIORITY["policy-number"], "policy-number",
                             meta={"type": m.group("type"), "code": m.group("code")}))
        for extra in re.finditer(r"\d{1,5}", m.group("more") or ""):
            s = m.start("more") + extra.start()
            out.append(Candidate(s, s + len(extra.group()), "POLICY", PRIORITY["policy-ellipsis"], "policy-ellipsis",
                                 meta={"type": m.group("type"), "code": extra.group()}))
    # Named instruments: "Luật Trí tuệ nhân tạo", "Nghị quyết về …", "Law on …".
    named_vi = re.compile(
        rf"(?<![\w])(?P<type>{type_re})(?=(?P<rest>\s+(?:(?:quốc gia|tổng thể|hành động|chuyên đề)\s+)?"
        rf"(?:(?:của\s+[^,.;:()]+?\s+)?về|[{P.UPPER_VI}])(?:[^\n,.;:()\"“”]|{_PAIRED_COMMA})*))")  # capitals spelled out
    masked = mask_paired_commas(text) if lang == "vi" else text
    for m in named_vi.finditer(masked):
        if not m.group("type")[:1].isupper() or lang != "vi":
            continue
        rest = m.group("rest")
        if re.match(r"\s+(số\b|\d)", rest):
            continue
        words_rest = rest.split()
        if m.group("type") not in ("Luật", "Bộ luật", "Pháp lệnh") and not re.match(
                r"\s*(?:(?:quốc gia|tổng thể|tổng thể quốc gia|hành động|chuyên đề|chuyển đổi số quốc gia)\s+)?(?:về|của)\b", rest):
            # other types need "về": "Chiến lược Quốc gia …" is allowed when capitalised
            if m.group("type") not in ("Chiến lược", "Đề án", "Chương trình", "Kế hoạch"):
                continue
        cut = cut_at_stop(rest, keep_first=True)
        if m.group("type") in ("Luật", "Bộ luật", "Pháp lệnh") and not re.match(r"\s*về\b", rest):
            cut = re.split(r"\s+về\s+", cut)[0]  # "… của Luật Quản lý, sử dụng tài sản công | về tài sản công tại …"
            cut = _law_predicate().split(cut)[0]  # "Luật Đất đai | quy định …": the law is the sentence's subject
            cut = re.split(r"\s+(?:cho|đối với)\s+", cut)[0]  # "Luật Phòng, chống ma túy | cho học sinh": no one served
        cut = _listed_fields_name(masked, m.start("rest"), rest, cut)
        if re.search(r"\d{4}$", cut) and (vision := _VISION.match(masked, m.start("rest") + len(cut))):
            cut = masked[m.start("rest"):vision.end()]  # "… đến năm 2025, định hướng đến năm 2030"
        # "Luật Dữ liệu và Luật Công nghiệp công nghệ số" names two laws
        cut = re.split(rf"\s*(?:,|\bvà\b)\s*(?=(?:{type_re}|{_TREATY_KINDS_VI})\b)", cut)[0]
        if len(words_rest) == 0 or cut.strip() in ("", "về", "của"):
            continue
        out.append(Candidate(m.start(), m.start("rest") + len(cut.rstrip()), "POLICY", PRIORITY["policy-name"],
                             "policy-name", meta={"type": m.group("type")}))
    # Amending laws: "Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ" (the inner law nests)
    if lang == "vi":
        amending = re.compile(r"(?<![\w])(?P<type>Luật|Nghị định|Thông tư|Nghị quyết)"
                              r"(?:\s+của\s+(?:Quốc hội|Chính phủ|Ủy ban Thường vụ Quốc hội))?\s+sửa đổi(?:[,\u201a]?\s+bổ sung)?\s+"
                              r"(?:một số điều (?:của|tại)\s+(?:các\s+)?)?")
        inner = [c for c in out if c.source in ("policy-name", "policy-number")] + constitution_candidates(text)
        for m in amending.finditer(masked):
            named = next((c for c in inner if c.start == m.end()), None)
            if named is not None:
                out.append(Candidate(m.start(), named.end, "POLICY", PRIORITY["policy-amending"], "policy-amending",
                                     meta={"type": m.group("type")}))
    # Plans, programmes and regulations are named in plain words: "Đề án phát triển kinh tế số",
    # "Quy chế tuyển sinh trình độ đại học", "Quy hoạch phát triển điện lực quốc gia thời kỳ 2021 - 2030"
    plan_vi = re.compile(r"(?<![\w])(?P<type>Chiến lược|Đề án|Chương trình|Kế hoạch|Quy chế|Quy hoạch)\s+"
                         r"(?!này\b|đó\b|trên\b|nói trên\b|nêu trên\b)(?=(?P<rest>[a-zà-ỹđ](?:[^\n,.;:()\"“”]|(?<=TP)\.|" + _THOUSANDS + r"|"
                         + _PAIRED_COMMA + r")*))")  # a lookahead: prose ("Đề án được xây dựng nhằm triển khai
    # Chiến lược …") does not swallow the plan it names
    for m in plan_vi.finditer(masked):
        if lang != "vi":
            break
        low = m.group("rest").casefold().split()
        first = low[0]
        if re.search(r"(?<![\w])(?:Luật|Bộ luật|Pháp lệnh)\s+$", masked[max(0, m.start() - 10):m.start()]):
            continue  # "Luật Quy hoạch đô thị và nông thôn": the law's subject, no plan of its own
        if re.match(r"(?:(?:hành động|liên tịch|phối hợp|công tác)\s+)?số\s+\d", m.group("rest")):
            continue  # "Kế hoạch số 88/KH-UBND của UBND tỉnh về …", "Chương trình hành động số 45-CTr/TU cụ thể hóa
            # Nghị quyết …": a numbered plan, named by its number
        if first in P.STOP_VI and first != "về" or " ".join(low[:3]).startswith(PLAN_PROSE_VERBS):
            continue  # "Kế hoạch do Phó Chủ tịch … ký", "Chương trình được triển khai …", "Đề án cụ thể hóa
            # Nghị quyết …": prose, not a name
        cut = period_name(masked[m.start("rest"):]) or cut_at_stop(" " + m.group("rest"), keep_first=True).strip()
        cut = re.split(rf"\s*(?:,|\bvà\b)\s*(?=(?:{type_re})\b)", cut)[0]
        # "Chương trình học bổng Stipendium Hungaricum | và tạo thuận lợi …": a proper name closes the name, a
        # lower-case clause after its "và" is the sentence's
        cut = next((cut[:m.start()] for m in re.finditer(r"\s+và\s+(?=[a-zà-ỹđ])", cut)
                    if re.search(rf"\s[{P.UPPER_VI}][\w-]*$", cut[:m.start()])), cut)
        if len(cut.split()) >= 2:
            out.append(Candidate(m.start(), m.start("rest") + len(cut), "POLICY", PRIORITY["policy-plan"], "policy-plan",
                                 meta={"type": m.group("type")}))
    # the resolution of a Party congress, named by the congress: "Nghị quyết Đại hội XIV của Đảng", "Nghị quyết Đại hội
    # đại biểu toàn quốc lần thứ XIII của Đảng"
    if lang == "vi":
        for m in _CONGRESS_RESOLUTION.finditer(text):
            out.append(Candidate(m.start(), m.end(), "POLICY", PRIORITY["policy-name"], "policy-name",
                                 meta={"type": "Nghị quyết"}))
    named_en = re.compile(
        r"(?<![\w])(?P<type>Law|Resolution|Decree|Strategy|Programme|Program|Project|Scheme|Plan|Roadmap|Directive|Code|"
        r"Memorandum of Understanding|Agreement|Treaty|Convention|Accord|Declaration|Charter|Protocol|Statement|Recommendation)"
        r"(?=(?P<rest>\s+(?:on|to|for)\s+[^\n.;:()\"“”]*))")  # a lookahead: names may nest
    titled = {n for t in lex.policy_types for n in t.get("en_titled", [])}
    for m in named_en.finditer(text):
        if lang == "vi":
            continue
        cut = cut_en(m.group("rest"))
        if len(cut.split()) < 2 or re.match(
                r"\s*on\s+(?:" + "|".join(w.capitalize() for w in P.WEEKDAYS_EN | P.MONTHS_EN) + r")\b", cut) or m.group(
                "type") in ("Statement", "Recommendation") and (m.start() == 0 or text[m.start() - 1] == "\n") \
                or m.group("type") in ("Law", "Code", "Decree", "Directive", "Resolution") and _TO_VERB.match(m.group("rest")):
            continue  # "a Statement on Monday", "the 2025 Press Law on Friday"; a headline's first word; "the 2024 Land
            # Law to take effect", "its Investment Law to give …": a law's "to" with a verb after it is the sentence's
        # "the Strategy …" and "the Vietnam–Germany Cooperation Agreement on …": a title before the kind word
        start = _title_start(text, m.start()) if m.group("type") in titled | {"Agreement", "Treaty", "Convention"} else m.start()
        if m.group("type") in ("Declaration", "Charter", "Accord", "Protocol", "Statement"):
            # "the Hà Nội Declaration on …", "the Kuala Lumpur Declaration": the city it was adopted in is its name's
            pre = re.search(r"(?<![\w])(?:the|The)\s+(?P<place>(?:[A-ZĐ][\w-]*\s+){1,3})$", text[max(0, start - 40):start])
            if pre and any(e.type == "Place" for e in lex.lookup(pre.group("place").strip())):
                start -= len(pre.group("place"))
        out.append(Candidate(start, m.start("rest") + len(cut), "POLICY", PRIORITY["policy-name"],
                             "policy-name", meta={"type": m.group("type")}))
    # "EU–Vietnam Free Trade Agreement", "Paris Agreement": a treaty named before its kind word
    # ("ASEAN-India Trade in Goods Agreement": a small joiner between two capitalised words stays in the name)
    for m in re.finditer(r"(?<![\w–-])(?:[A-Z][\w&]*(?:[–-][A-Z][\w]*)*\s+(?:(?:in|of|on|and|for)\s+(?=[A-Z]))?){1,6}"
                         r"(?:Agreement|Treaty|Convention|Accord)\b", text):
        if lang == "vi":
            break
        first = m.group().split()[0]
        start = m.start() + (len(first) + 1 if first in ("The", "A", "An", "This", "New", "Draft") else 0)
        if start < m.end() - 10:
            out.append(Candidate(start, m.end(), "POLICY", PRIORITY["policy-en-law"], "policy-en-law",
                                 meta={"type": "Agreement"}))
    # "AI Law", "Press Law": an English name before "Law"; "Labour Code 2019", "Electricity Law 2024", "the 2024 Land
    # Law" (with its year); a foreign law by its own kind word: "Singapore's Platform Workers Act", "the General Data
    # Protection Regulation", "the International Health Regulations" (not "… Moves To Act": a headline's verb)
    for m in re.finditer(r"(?<![\w])(?:(?<=[Tt]he\s)(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+(?:and\s+(?=[A-Z]))?){1,3}(?<!To\s)(?<!Must\s)"
                         r"(?<!Will\s)(?:Law|Code|Act|Regulations?)"
                         r"(?:\s+(?:19|20)\d\d(?![\w/-]))?\b", text):
        if lang == "vi":
            continue
        surface = m.group()
        first = surface.split()[0]
        if first in ("The", "A", "This", "That", "New", "Draft", "Revised", "Amended", "First") \
                or first.lower() in ("on",):
            parts = surface.split()[1:]
            if not parts or parts[0] in ("Law", "Code", "Act", "Regulation", "Regulations"):
                continue
            start = m.start() + len(first) + 1
        else:
            start = m.start()
        if surface.split()[-1].startswith(("Act", "Regulation")):
            if re.search(r"\b(?:on|of|for)\s+$", text[max(0, m.start() - 5):m.start()]):
                continue  # "the Law on Standards and Technical Regulations": another law's subject
            if any(e.type == "Place" for e in lex.lookup(first)):
                start = m.start() + len(first) + 1  # "the US Inflation Reduction Act": the country is not in its name
        out.append(Candidate(start, m.end(), "POLICY", PRIORITY["policy-en-law"], "policy-en-law",
                             meta={"type": "Code" if "Code" in surface.split() else "Law"}))
    if lang == "vi":  # "Đề án phát triển …, định danh … (Đề án 06)": the bracket closes the name
        from kg.nlp.recognizers.policy_short_forms import bracketed_policy_names
        out += bracketed_policy_names(text, out)
        out = [_closed_by_numbered(c, out, text) for c in out]
    return out


def _closed_by_numbered(c: Candidate, cands: list[Candidate], text: str) -> Candidate:
    """A plan named after the numbered instrument it carries out ends with that instrument: in "Kế hoạch
    hành động của Đại học X thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về …" the issuer and the
    subject after the number are the resolution's, not the plan's name."""
    if c.source not in ("policy-name", "policy-plan"):
        return c
    inner = [n for n in cands if n.source == "policy-number" and c.start < n.start and n.end < c.end
             and re.match(r"\s+(?:của|về)\s", text[n.end:n.end + 6])]
    return replace(c, end=min(n.end for n in inner)) if inner else c


# treaties and agreements, which no instrument type lists, also start a second name after "và"
_TREATY_KINDS_VI = "Hiệp định|Hiệp ước|Công ước|Thỏa thuận|Thoả thuận|Bản ghi nhớ|Hiến chương"
_TITLE_WORD = re.compile(rf"(?<![\w–-])[{P.UPPER_VI}][\w-]*(?:–[{P.UPPER_VI}][\w-]*)*\s+$")  # "Vietnam–Germany", "Đồng"
_JOINED_TITLE_WORD = re.compile(r"(?:(?<=\bthe )|(?<=\bThe )|(?<=[a-z]['’]s )|^)[A-Z][\w-]*\s+and\s+$",  # "city's A and"
                                re.MULTILINE)
_TO_VERB = re.compile(r"\s+to\s+[a-z]")  # "Law to take effect": prose after a law named before its kind
_NOT_TITLE_WORDS = frozenset(pattern_data("policies_words.json")["not_title_words"])


def _listed_fields_name(masked: str, at: int, rest: str, cut: str) -> str:
    """A resolution "về" a list of fields, closed by its period, runs over the list's commas: "Nghị quyết về phát
    triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Ninh đến năm 2035" (``cut``, the name
    up to the first comma, otherwise). Only where the name stops at a comma and the period closes the list."""
    about = re.match(r"\s*về\s+", rest)
    if about is None or not masked.startswith(",", at + len(cut.rstrip())):
        return cut
    period = period_name(masked[at + about.end():])
    if "," not in period or len(period) <= len(cut.rstrip()) - about.end():
        return cut
    return masked[at:at + about.end() + len(period)]


def _title_start(text: str, start: int) -> int:
    """Start of a plan's title written before its kind word: "the Youth Development Strategy for …",
    "the National Digital Transformation Programme to 2025"; ``start`` when none."""
    words: list[int] = []
    pos = start
    while len(words) < 6:
        m = _TITLE_WORD.search(text, max(0, pos - 40), pos)
        if not m and words:  # "the Comprehensive and Progressive Agreement for …": two title words joined
            m = _JOINED_TITLE_WORD.search(text, max(0, pos - 40), pos)
        if not m or m.group().split()[0] in _NOT_TITLE_WORDS or m.group().split()[0].endswith(("'s", "’s")):
            break
        words.append(m.start())
        pos = m.start()
    return words[-1] if words else start


# (a local Party organisation's congress too: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV", "Nghị quyết Đại hội Đảng bộ
# tỉnh Ninh Bình nhiệm kỳ 2025 - 2030": the congress named by its number or its term)
_CONGRESS_RESOLUTION = re.compile(r"(?<![\w])Nghị quyết Đại hội(?:\s+đại biểu)?"
                                  r"(?:\s+Đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)"
                                  rf"(?:\s+[{P.UPPER_VI}][\w]*){{0,3}}?(?=\s+(?:lần thứ|nhiệm kỳ))"
                                  r"|\s+Đảng(?=\s+(?:toàn quốc|lần thứ)))?(?:\s+toàn quốc)?"
                                  r"(?:(?:\s+lần thứ)?\s+[IVXLC]+(?![\w])|\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}(?![\w]))"
                                  r"(?:\s+của\s+Đảng(?![\w]))?")
_PERIOD_RE = re.compile(r"(?:[^\n,.;:()\"“”]|,\s(?=[a-zà-ỹđ])|(?<=TP)\.|" + _THOUSANDS + r")*?"  # "TP.HCM", "1.000 ha"
                        r"(?:(?:giai đoạn|thời kỳ)\s+\d{4}\s*[-–]\s*\d{4}|đến năm\s+\d{4}|(?<=[^,\s]\s)năm\s+\d{4}(?!\s*[-–]))"
                        r"(?:(?:,\s*|\s+và\s+)(?:tầm nhìn|định hướng)(?: (?:đến|tới))?(?: năm)?\s+\d{4})?")  # (", tầm nhìn 2050")
# verbs that open the predicate after a bare plan word written as the subject
PLAN_PROSE_VERBS = tuple(pattern_data("policies_words.json")["plan_prose_verbs"])

_NOT_IN_PLAN_NAME = frozenset(pattern_data("policies_words.json")["not_in_plan_name"])


_VISION = re.compile(r"(?:,\s*|\s+và\s+)(?:tầm nhìn|định hướng)(?: (?:đến|tới))?(?: năm)?\s+\d{4}(?![\w])")  # a period's outlook


def period_name(rest: str) -> str:
    """A plan's name that ends in its period: "… giai đoạn 2021-2025", "… đến năm 2030, tầm nhìn
    đến năm 2045" (words such as "nhà ở", "đến" stand inside it); "" when there is none."""
    m = _PERIOD_RE.match(rest)
    # "… xuất khẩu gạo của Việt Nam đến năm 2030": the country a national plan is for is part of its name
    # (and whom the plan serves, a lower-case noun after "cho" that no verb of giving governs: "… khu neo đậu tránh trú
    # bão cho tàu cá thời kỳ …", not "… giao cho các sở …")
    words = re.sub(r"(?<![\w])(?:của Việt Nam|nhỏ và vừa|(?<!giao )(?<!trao )(?<!cấp )(?<!gửi )cho(?=\s+(?!các\s|những\s)[a-zà-ỹđ]))(?![\w])",
                   "", m.group()).split() if m else []
    if not m or len(m.group().split()) > 25 or any(w.casefold() in _NOT_IN_PLAN_NAME for w in words):
        return ""
    if re.search(r"(?<![\w])trên địa bàn(?![\w])", m.group()):
        return ""  # "Chiến lược … về người cao tuổi | trên địa bàn tỉnh giai đoạn …": the plan's scope, not the name
    return m.group()


_NAME_STOPS = frozenset(pattern_data("policies_words.json")["name_stops"])  # ("Luật Đất đai | cũng quy định …")


_GRASSROOTS = re.compile(r"\s+cơ sở(?![\w])", re.IGNORECASE)  # "Luật Hòa giải ở cơ sở": at the grassroots, in the name


# "Đề án phát triển … lúa phát thải thấp gắn với tăng trưởng xanh": "với" after these joins the name's aims
_WITH_INSIDE = tuple(pattern_data("policies_words.json")["with_inside"])


# "thực hiện nghiêm Luật Phòng, chống thiên tai | và báo cáo kết quả": a second predicate, not the name
_VERBS_AFTER_VA = frozenset(pattern_data("policies_words.json")["verbs_after_va"])  # reported speech: "đánh giá cao Chương trình X và cam kết hỗ trợ …"


@lru_cache(maxsize=1)
def _law_predicate() -> re.Pattern:
    """A verb of ``kg/data/patterns/law_predicates_vi.json``, in lower case, after a word of the law's name."""
    return re.compile(r"(?<=\S)\s+(?:" + phrase_alternation(pattern_data("law_predicates_vi.json")["verbs"]) + r")(?![\w])")


def cut_at_stop(rest: str, keep_first: bool = False) -> str:
    """Cut a Vietnamese name continuation at the first stop word after its start."""
    tokens = re.findall(r"\S+|\s+", rest)
    kept = ""
    seen_word = False
    for n, tok in enumerate(tokens):
        if tok.isspace():
            kept += tok
            continue
        low = tok.casefold()
        if seen_word and low == "năm" and n + 2 < len(tokens) and re.fullmatch(r"(?:19|20)\d\d", tokens[n + 2]):
            return kept + tok + tokens[n + 1] + tokens[n + 2]  # "Nghị quyết về nhiệm vụ năm 2027": its year ends it
        served = _served(tokens, n) if seen_word and low in ("cho", "đối") else \
            (low == "với" and n >= 2 and tokens[n - 2].casefold() == "đối" and _served(tokens, n - 2)) or None
        if served is False:
            break  # "… đầu tư | đối với hành vi …": no one served, the name ends before the link
        if seen_word and low in _NAME_STOPS and not served \
                and not (low == "ở" and kept.rstrip().casefold().endswith(("nhà", "chỗ", "nơi"))) \
                and not (low == "ở" and _GRASSROOTS.match("".join(tokens[n + 1:n + 5]))) \
                and not (low == "ở" and _place_inside(tokens, n)) \
                and not (low == "với" and kept.rstrip().casefold().endswith(_WITH_INSIDE)) \
                and not (low == "vừa" and kept.rstrip().casefold().endswith("nhỏ và")):
            break  # ("nhà ở" is housing: "Luật Nhà ở"; "ở cơ sở" the grassroots: "Luật Hòa giải ở cơ sở"; "gắn với" links two aims of one plan's name; "doanh
            # nghiệp nhỏ và vừa": small and medium, not "just")
        nxt = tokens[n + 2].casefold() if n + 2 < len(tokens) else ""
        nxt2 = " ".join(t.casefold() for t in tokens[n + 2:n + 5:2])
        if seen_word and ((low, nxt) in (("và", "các"), ("và", "những"), ("trên", "địa"))
                          or (low == "và" and nxt2 in _VERBS_AFTER_VA)):
            break  # "Luật … và các văn bản hướng dẫn", "… trên địa bàn tỉnh", "… và báo cáo kết quả": prose
        if seen_word and low == "tại" and n + 2 < len(tokens) and tokens[n + 2][:1].islower():
            break  # "… tại hội nghị": the place of the meeting; "… tại Việt Nam" may be the name's own
        if seen_word and low == "trên" and n + 2 < len(tokens) and tokens[n + 2][:1].isupper():
            break  # "đăng tải dự thảo Luật Dân số | trên Cổng thông tin điện tử …": where it is published
        kept += tok
        seen_word = True
    return without_open_join(kept)


def _place_inside(tokens: list[str], n: int) -> bool:
    """"ở" at token ``n`` starts a capitalised place after which the sentence goes on with a word
    that ends a name ("Đề án phát triển thị trường ở Đông Âu được phê duyệt"): the place is the
    name's own. At the end of the sentence or before other words it is where something happens."""
    k = n + 2
    if k >= len(tokens) or not tokens[k][:1].isupper():
        return False
    while k + 2 < len(tokens) and tokens[k + 2][:1].isupper():
        k += 2
    return k + 2 < len(tokens) and tokens[k + 2].casefold() in _NAME_STOPS - {"ở"}


# what "in" opens inside a title-case name (``name_in_phrases`` of kg/data/patterns/policies_en.json)
_IN_NAME = re.compile(r"\s+(?:" + "|".join(r"\s+".join(map(re.escape, p.split()[1:])) for p in pattern_data("policies_en.json")
    ["name_in_phrases"]) + r")\b")


# "… on Cooperation in Halal Product Assurance": after a word of joint work (``in_after``), "in" and a
# capitalised field go on with the name
_IN_AFTER = frozenset(pattern_data("policies_en.json").get("in_after", ()))


# "… on Cooperation in the Construction of …": an action noun after "in (the)" goes on with the name
_IN_ACTION = re.compile(r"\s+(?:the\s+)?[A-Z][a-z]+(?:tion|sion|ment|ing|ance|ence)\s+of\b")


# "… Development in Ethnic Minority and Mountainous Areas for 2026–2030", "Plan on Digital Transformation in Agriculture
# 2026–2030": "in" and title-case words up to the period the name closes with go on with a title-case name (a setting
# inside the title, not where something happened)
_IN_TITLED_PERIOD = re.compile(r"\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:and|of|the|&)\s+)?[A-Z][\w-]*){0,6}"
                               r"\s+(?:(?:for|to|by|until)\s+(?:the\s+)?)?(?:19|20)\d\d(?![\w])")


# the lower-case words a title-case English name runs through ("Law on Science and Technology")
_TITLE_LINKS = frozenset(pattern_data("policies_words.json")["title_links"])
# prepositions a title-case name runs through before another capitalised word ("… Working Abroad under Contracts")
_TITLE_PREPOSITIONS = frozenset(pattern_data("policies_words.json")["title_prepositions"])


def _title_case(kept: str) -> bool:
    """The name so far is "on" and capitalised words only ("on Cadres and Civil Servants")."""
    words = kept.split()
    return len(words) >= 2 and words[0] == "on" and all(w[:1].isupper() or w.casefold() in _TITLE_LINKS
                                                        for w in words[1:]) and words[1][:1].isupper()


def cut_en(rest: str) -> str:
    """Cut an English instrument name: stop at a verb-ish lower-case word after the name."""
    tokens = re.findall(r"\S+|\s+", rest)
    kept = ""
    words_seen = 0
    titled = False  # the name went on through "in the Field of …": title case from there
    period_next = False  # the name went on through "in" + title-case words before its period
    for tok in tokens:
        if tok.isspace():
            kept += tok
            continue
        low = tok.casefold().strip(",")
        after = rest[len(kept) + len(tok):]
        if words_seen >= 2 and low == "to" and re.match(r"\s+the\s+[A-Z]", after) \
                and not re.match(r"\s+the\s+(Law|Decree|Resolution|Code|Constitution)\b", after):
            break  # "… Law on X to the National Assembly" (but "amendments to the Law on Press" goes on)
        if words_seen >= 2 and low == "and" and (re.match(
                r"\s+the\s+(?:[A-Z][\w-]*['’]s\s+)?(?:Law|Decree|Resolution|Code|Directive|Decision|Circular|Ordinance)\b",
                after) or re.match(
                r"\s+(?:Law|Decree|Resolution|Directive|Decision|Circular|Ordinance|Conclusion|Plan|Programme)"
                r"\s+(?:No\.?\s*)?\d", after)):
            break  # "the Law on Press and the Law on Archives", "… and Resolution 71-NQ/TW", "… and the Government's
            # Decree 107": two instruments
        if words_seen >= 2 and low == "and" and re.match(
                r"\s+the\s+(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){1,4}(?:Law|Code|Decree|Resolution|Plan|Programme|"
                r"Program|Strategy|Agreement|Convention|Treaty|Charter)\b", after):
            break  # "the Law on Enterprises and the 2024 Land Law", "… and the Power Development Plan VIII"
        if words_seen >= 2 and low == "and" and re.match(
                r"\s+(?:[a-z]+ed\s+(?:to|that|on|with|the|a|an|its|their)\b|(?:agreed|decided|called|urged|pledged|vowed|"
                r"asked|said|made|took|set|held|signed|adopted|approved|noted|welcomed)\b)", after):
            break  # "… adopted the Huế Declaration on culture for sustainable development and agreed to …": a verb
        if words_seen >= 2 and low in ("last", "next", "this", "earlier", "later") and re.match(
                r"\s+(?:this\s+)?(?:year|month|week)\b", after):
            break  # "… passed the Law on Press last year": a time, not the name's own words
        if words_seen >= 2 and low in ("on", "in", "at") and re.match(
                r"\s+(\d|(January|February|March|April|May|June|July|August|September|October|November|"
                r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", after):
            break  # "… Law on Cinema on June 14"
        if tok.endswith(",") and tok[:1].isupper() and re.match(r"\s+(?:on|for)\s", rest) \
                and re.match(r"\s*[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*)*,?\s+and\s+[A-Z]", after):
            kept += tok  # "Law on Science, Technology and Innovation": the fields of one name
            words_seen += 1
            continue
        if words_seen >= 2 and low == "and" and re.fullmatch(
                r"(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?", kept.split()[-1] if kept.split() else ""):
            break  # "… Law on Pharmacy 2024 and replaces …", "… for 2026-2035 and the … Programme": a year or period closes it
        if words_seen >= 2 and re.fullmatch(r"(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?", kept.split()[-1] if kept.split() else "") \
                and tok[:1].islower() and low not in ("and", "of"):
            break  # "Law on Environmental Protection 2020 required …": a year closes the name
        if tok.endswith(",") and words_seen >= 1 and re.fullmatch(r"(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?,", tok):
            kept += tok[:-1]  # "… for 2026-2030, under which": the period ends the name
            break
        if tok.endswith(",") and re.fullmatch(r"[A-Z][\w]*-[A-Z][\w-]*,", tok) \
                and re.match(r"\s+[A-Z][\w]*-[A-Z][\w-]*\s+[A-Z]", after):
            kept += tok  # "… of High-Quality, Low-Emission Rice": two hyphenated modifiers of one title word
            words_seen += 1
            continue
        if tok.endswith(",") and words_seen >= 1 and tok[:1].isupper():
            kept += tok[:-1]  # "the Law on Data, the Law on …": a list of instruments
            break
        # ("in" + title-case words + a period: the setting inside the title, before any ``name_in_phrases`` reading)
        period = low == "in" and _IN_TITLED_PERIOD.match(after) and _title_case(re.sub(r"^\s*for\b", "on", kept))
        if words_seen >= 2 and low == "in" and not period and (_IN_NAME.match(after) or _IN_ACTION.match(after) or (
                kept.split()[-1] in _IN_AFTER and re.match(r"\s+[A-Z][a-z]", after))) \
                and kept.split()[-1][:1].isupper():
            kept += tok  # "… on Cooperation in the Field of Critical Minerals", "Agreement on Trade in Goods"
            words_seen += 1
            titled = True
            continue
        if words_seen >= 2 and low == "in" and period:
            kept += tok  # "… for Socio-economic Development in Ethnic Minority and Mountainous Areas for 2026–2030"
            words_seen += 1
            period_next = True  # ("… in the Mekong Delta by 2030": the period that let "in" go on closes the name)
            continue
        if period_next and low in ("by", "until", "to") and re.match(r"\s+(?:19|20)\d\d(?![\w])", after):
            kept += tok
            continue
        if titled and tok[:1].islower() and (low not in ("of", "the", "and") or low == "and" and not re.match(
                r"\s+[A-Z]", after)):
            break  # a title-case name ends at its first lower-case word
        if words_seen >= 2 and tok[:1].islower() and low not in _TITLE_LINKS and _title_case(kept) and not (
                low in _TITLE_PREPOSITIONS and re.match(r"\s+[A-Z]", after)):
            break  # "the Law on Cadres and Civil Servants held its …": a title-case subject ends at a verb
        if words_seen >= 2 and (low in {"with", "which", "that", "was", "is", "were", "has", "had",
                                        "during", "in", "at", "by", "alongside", "cleared", "won",
                                        "garnered", "limited", "spanning", "passed", "while", "who",
                                        "establishes", "incorporates", "said", "as", "takes", "took",
                                        "will", "would", "must", "should", "can", "comes", "came", "enters",
                                        "entered", "requires", "stipulates", "regulates", "specifies",
                                        "provides", "aims", "allows", "also", "have", "are"}
                                or tok.endswith(",")):
            if tok.endswith(",") and low not in {"with", "which"} and tok[:1].isupper():
                kept += tok[:-1]
            break
        kept += tok
        words_seen += 1
    # "… Unregulated Fishing and urged …": a link word left at the end is no part of the name
    return re.sub(r"(?:\s+(?:and|&|of|the|for|on|to|a|an))+\s*$", "", kept).rstrip()

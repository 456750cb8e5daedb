"""Vietnamese instruments the numbered and named patterns of :mod:`.policies` miss.

- memoranda and cooperation agreements, named by their subject or parties:
  "biên bản ghi nhớ về hỗ trợ kỹ thuật …", "Bản ghi nhớ hợp tác giữa A và B giai đoạn …";
- treaties named by their kind and their parties: "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu",
  "Hiệp định Đối tác kinh tế toàn diện Việt Nam - UAE";
- numbered instruments whose kind word is qualified before the number:
  "Kết luận thanh tra số 412/KL-TTCP", "Quyết định xử phạt vi phạm hành chính số 15/QĐ-XPVPHC".
"""
from __future__ import annotations

import re

from kg.nlp.lexicon import Lexicon
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.policies import POLICY_CODE, cut_at_stop, period_name
from kg.nlp import patterns as P

_MEMO = re.compile(r"(?<![\w])(?P<type>(?:[Bb]iên bản|[Bb]ản) ghi nhớ|[Tt]h[ỏo]a? ?thuận hợp tác|[Tt]hoả thuận hợp tác)"
                   # ("thỏa thuận hợp tác nghiên cứu về …": the kind of cooperation before its subject)
                   r"(?P<rest>(?:\s+hợp tác)?(?:\s+(?:nghiên cứu|phát triển|đào tạo|toàn diện|chiến lược|đầu tư|thương mại|"
                   r"kỹ thuật|chuyển giao công nghệ|sản xuất|ứng dụng|cung cấp))?\s+(?:về|giữa)\s+[^\n,.;:()\"“”]+)")
_MAX_WORDS = 30
_SIGNING_CEREMONY = re.compile(r"(?<![\w])(?:[Ll]ễ|[Bb]uổi lễ)\s+ký(?:\s+kết)?\s+$")
# "Thỏa thuận hợp tác thương mại gạo giai đoạn 2026 - 2030": an agreement named by its subject and period
# (and "biên bản ghi nhớ hợp tác xúc tiến du lịch giai đoạn 2027 - 2030": a memorandum so named)
_AGREEMENT_PERIOD = re.compile(r"(?<![\w])(?:Thỏa thuận|Thoả thuận|Hiệp định|[Bb]iên bản ghi nhớ|[Bb]ản ghi nhớ)\s+"
                               r"(?=[a-zà-ỹđ])")
_CAP = rf"[{P.UPPER_VI}][^\s,.;:()\"“”]*"
# "Hiệp định" + a capitalised kind ("Thương mại tự do", "Đối tác kinh tế toàn diện") + parties joined by a dash,
# each a run of capitalised words (a lower-case word or two may stand inside one: "Liên minh châu Âu")
_TREATY = re.compile(rf"(?<![\w])Hiệp định\s+{_CAP}(?:\s+[a-zà-ỹđ]+){{0,8}}\s+{_CAP}(?:\s+{_CAP})*"
                     rf"(?:\s*[-–]\s*{_CAP}(?:\s+(?:(?!(?:và|với|của|tại|cùng|và|hay|hoặc)\s)[a-zà-ỹđ]+\s+){{0,2}}{_CAP})*)+")
MEMO_SOURCE = "policy-memo"  # kg.extract keeps a memo nested in its signing ceremony's name as an entity


def memorandum_candidates(text: str) -> list[Candidate]:
    """A memorandum or cooperation agreement named by "về …" (its subject) or "giữa …" (its parties)."""
    out: list[Candidate] = []
    for m in _TREATY.finditer(text):  # "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EVFTA)"
        out.append(Candidate(m.start(), m.end(), "POLICY", PRIORITY["policy-name"], "policy-name",
                             meta={"type": "Hiệp định"}))
    for m in _AGREEMENT_PERIOD.finditer(text):
        name = period_name(text[m.end():])
        if name and len(name.split()) >= 4:
            out.append(Candidate(m.start(), m.end() + len(name), "POLICY", PRIORITY["policy-name"], MEMO_SOURCE,
                                 meta={"type": "Bản ghi nhớ"}))
    out += coordination_candidates(text) + issued_abroad_candidates(text)
    for m in _MEMO.finditer(text):
        rest = cut_at_stop(m.group("rest"), keep_first=True)
        if re.search(r"\s+về\s", rest) and not re.search(r"\s+giữa\s.*\s+về\s", rest):
            rest = re.split(r"\s+giữa\s+", rest)[0]  # "… về X giữa Bộ A và Bộ B": the subject names it, the parties stand alone
        words = rest.split()
        if len(words) < 3 or len(words) > _MAX_WORDS:
            continue
        end = m.start("rest") + len(rest)
        out.append(Candidate(m.start(), end, "POLICY", PRIORITY["policy-name"], MEMO_SOURCE, meta={"type": "Bản ghi nhớ"}))
        signing = _SIGNING_CEREMONY.search(text, max(0, m.start() - 20), m.start())
        if signing:  # "Lễ ký kết Bản ghi nhớ …": the ceremony is named by what it signs (the memo nests in it)
            out.append(Candidate(signing.start(), end, "EVENT", PRIORITY["event-ceremony"], "event-ceremony",
                                 meta={"head": "lễ"}))
    return out


# "ký chương trình phối hợp về xây dựng quan hệ lao động hài hòa giai đoạn 2027 - 2030", "ký quy chế phối hợp về hòa
# giải, đối thoại tại Tòa án": a coordination programme two bodies sign, named in lower case by its subject after "về"
# (without "về" — "quy chế phối hợp tuần tra …" — the words describe the deal, they do not name it)
_COORDINATION = re.compile(r"(?<![\w])ký(?:\s+kết)?\s+(?P<type>chương trình|quy chế|kế hoạch)\s+phối hợp(?:\s+công tác)?"
                           r"(?P<rest>\s+về\s+[a-zà-ỹđ][^\n.;:()\"“”]*)")
_COORDINATION_ENDS = re.compile(r",\s+(?=[^\s]*[A-ZĐ]|(?:đồng thời|nhằm|theo đó|trong đó|qua đó)\s)|\s+(?:với|giữa|nhằm|để)\s")


# "Quy định chống phá rừng của Liên minh châu Âu (EUDR)": a foreign body's regulation, named by its subject without
# "về" and by its issuer, known by the short form in brackets after it
_ISSUED_ABROAD = re.compile(rf"(?<![\w])(?P<type>Quy định|Đạo luật|Chỉ thị)\s+(?:[a-zà-ỹđ]+\s+){{1,8}}?của\s+"
                            rf"[{P.UPPER_VI}][^\n,.;:()\"“”]{{1,40}}?(?=\s*\([A-Z][A-Z0-9-]{{2,9}}\))")


def issued_abroad_candidates(text: str) -> list[Candidate]:
    """A regulation named by its subject and issuer, with a short form in brackets (``_ISSUED_ABROAD``)."""
    return [Candidate(m.start(), m.end(), "POLICY", PRIORITY["policy-name"], "policy-name",
                      meta={"type": m.group("type")}) for m in _ISSUED_ABROAD.finditer(text)
            if not re.search(r"\s(?:đã|sẽ|được|là|và|cho|với|tại)\s", m.group())]


def coordination_candidates(text: str) -> list[Candidate]:
    """A coordination programme or regulation signed and named by its subject (``_COORDINATION``)."""
    out: list[Candidate] = []
    for m in _COORDINATION.finditer(text):
        rest = m.group("rest")
        rest = period_name(rest) or _COORDINATION_ENDS.split(rest)[0]
        if not 2 <= len(rest.split()) <= 20:
            continue
        out.append(Candidate(m.start("type"), m.start("rest") + len(rest.rstrip()), "POLICY", PRIORITY["policy-name"],
                             MEMO_SOURCE, meta={"type": "Chương trình" if m.group("type") != "quy chế" else "Quy chế"}))
    return out


def qualified_number_candidates(text: str, lex: Lexicon) -> list[Candidate]:
    """"Kết luận thanh tra số 412/KL-TTCP": a kind word, one to six lower-case words that qualify it,
    then "số" and a code with its issuer's letters (a bare number is too weak a sign)."""
    kinds = sorted({t["vi"] for t in lex.policy_types}, key=len, reverse=True)
    if not kinds:
        return []
    pat = re.compile(r"(?<![\w])(?P<type>" + "|".join(re.escape(k) for k in kinds) + r")"
                     r"(?P<qual>(?:\s+[a-zà-ỹđ]+){1,6})\s+số\s+(?P<code>" + POLICY_CODE + r")")
    out: list[Candidate] = []
    for m in pat.finditer(text):
        if not re.search(r"[A-ZĐ]", m.group("code")) or re.search(r"\s(?:số|ngày|của|và|theo)\b", m.group("qual")):
            continue
        out.append(Candidate(m.start(), m.end("code"), "POLICY", PRIORITY["policy-number"], "policy-number",
                             meta={"type": m.group("type"), "code": m.group("code")}))
    return out

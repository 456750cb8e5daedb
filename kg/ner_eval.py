"""Score ``doc.ents`` against a named-entity test set (PER / ORG / LOC, exact spans).

This is how the NER half of kg is measured on its own, the way Vietnamese NER
is usually reported (VLSP 2016/2018: names exactly as written, no titles):
a predicted entity counts only when its label and its character span equal a
gold one. Three input formats:

* **bracketed** text, one sentence a line, ``#`` comments::

      Bộ trưởng [ORG Bộ Y tế] [PER Đào Hồng Lan] làm việc tại [LOC tỉnh Quảng Nam].

* **ENAMEX** lines (VLSP 2018): ``<ENAMEX TYPE="PERSON">Tô Lâm</ENAMEX> thăm …``;
  nested names count at the outermost level only.

* **CoNLL** columns (the VLSP 2016 files): one token a line, the word first and
  its BIO tag last, a blank line between sentences; syllables of a word may
  be joined by ``_`` (``Hà_Nội``). Nested (second-level) tags are ignored.

Labels other than the scored ones (kg's POLICY, EVENT, TOPIC, DATE; the
test set's MISC) are left out of both sides.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

SCORED_LABELS = ("PER", "ORG", "LOC")

Span = tuple[int, int, str]


@dataclass
class NerExample:
    """One sentence and its gold spans (start, end, label)."""

    text: str
    spans: list[Span]


@dataclass
class NerScore:
    """Counts per label, and every miss and false positive as (sentence, text, label)."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[tuple[int, str, str]] = field(default_factory=list)
    extras: list[tuple[int, str, str]] = field(default_factory=list)

    def prf(self, label: str | None = None) -> tuple[float, float, float, int]:
        """Precision, recall, F1 and gold count for ``label`` (micro over all when None)."""
        c: Counter = Counter()
        for lab, cc in self.counts.items():
            if label is None or lab == label:
                c.update(cc)
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


_BRACKET_RE = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+?)\]")


def parse_bracketed(line: str) -> NerExample:
    """``"Ông [PER Nguyễn Văn An] …"`` → the plain sentence and its spans.

    >>> parse_bracketed("Ông [PER An] ở [LOC Huế].").spans
    [(4, 6, 'PER'), (9, 12, 'LOC')]
    """
    text, spans, pos = [], [], 0
    length = 0
    for m in _BRACKET_RE.finditer(line):
        before = line[pos:m.start()]
        text.append(before)
        length += len(before)
        name = m.group(2)
        spans.append((length, length + len(name), m.group(1)))
        text.append(name)
        length += len(name)
        pos = m.end()
    text.append(line[pos:])
    plain = "".join(text)
    if "[" in plain or "]" in plain:
        raise ValueError(f"unbalanced or unknown entity markup in: {line[:80]!r}")
    return NerExample(plain, spans)


def read_bracketed(path: Path) -> Iterator[NerExample]:
    """Examples of a bracketed file (blank lines and ``#`` comments skipped)."""
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            yield parse_bracketed(line)
        except ValueError as e:
            raise ValueError(f"{path}:{n}: {e}") from None


def read_conll(path: Path) -> Iterator[NerExample]:
    """Examples of a CoNLL/VLSP column file: word first, BIO tag last; ``_`` joins syllables."""
    tokens: list[tuple[str, str]] = []

    def flush() -> NerExample | None:
        if not tokens:
            return None
        text, spans = "", []
        current: list | None = None
        for word, tag in tokens:
            word = word.replace("_", " ")
            start = len(text) + (1 if text else 0)
            text = f"{text} {word}" if text else word
            end = len(text)
            kind = tag[2:] if tag[:2] in ("B-", "I-") else None
            if tag.startswith("I-") and current is not None and current[2] == kind:
                current[1] = end
                continue
            if current is not None:
                spans.append(tuple(current))
                current = None
            if kind is not None:
                current = [start, end, kind]
        if current is not None:
            spans.append(tuple(current))
        tokens.clear()
        return NerExample(text, spans)

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cols = line.split("\t") if "\t" in line else line.split()
        if not cols or line.startswith("-DOCSTART-") or line.startswith("<"):
            ex = flush()
            if ex is not None:
                yield ex
            continue
        tag = next((c for c in reversed(cols[1:]) if c == "O" or c[:2] in ("B-", "I-")), "O")
        if len(cols) >= 5 and cols[3][:2] in ("B-", "I-", "O"):
            tag = cols[3]  # VLSP 2016: word POS chunk NER nested-NER
        tokens.append((cols[0], tag))
    ex = flush()
    if ex is not None:
        yield ex


_ENAMEX_LABELS = {"PERSON": "PER", "PER": "PER", "LOCATION": "LOC", "LOC": "LOC", "ORGANIZATION": "ORG",
                  "ORG": "ORG", "MISCELLANEOUS": "MISC", "MISC": "MISC"}
_ENAMEX_RE = re.compile(r'<ENAMEX\s+TYPE="([A-Z]+)"\s*>|</ENAMEX>')


def parse_enamex(line: str) -> NerExample:
    """A VLSP 2018 line (``<ENAMEX TYPE="PERSON">Tô Lâm</ENAMEX> …``): the text and its outermost names.

    >>> parse_enamex('<ENAMEX TYPE="ORGANIZATION">UBND <ENAMEX TYPE="LOCATION">Hà Nội</ENAMEX></ENAMEX> họp').spans
    [(0, 11, 'ORG')]
    """
    text, spans, stack, pos = [], [], [], 0
    length = 0
    for m in _ENAMEX_RE.finditer(line):
        piece = line[pos:m.start()]
        text.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(1):
            stack.append((length, _ENAMEX_LABELS.get(m.group(1), m.group(1))))
        elif stack:
            start, label = stack.pop()
            if not stack:  # only the outermost name counts
                spans.append((start, length, label))
        else:
            raise ValueError(f"unbalanced ENAMEX markup in: {line[:80]!r}")
    text.append(line[pos:])
    if stack:
        raise ValueError(f"unbalanced ENAMEX markup in: {line[:80]!r}")
    plain = "".join(text)
    # names are written as the annotators saw them; trim the spaces some files put inside the tags
    trimmed = []
    for s, e, label in spans:
        while s < e and plain[s].isspace():
            s += 1
        while e > s and plain[e - 1].isspace():
            e -= 1
        trimmed.append((s, e, label))
    return NerExample(plain, trimmed)


def read_examples(path: Path) -> list[NerExample]:
    """Examples of ``path``: VLSP 2018 ENAMEX lines, CoNLL columns ending in BIO tags, or bracketed lines."""
    raw = Path(path).read_text(encoding="utf-8")
    head = raw[:4000].splitlines()
    if "<ENAMEX" in raw[:20000]:
        out = []
        for n, line in enumerate(raw.splitlines(), start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                try:
                    out.append(parse_enamex(line.strip()))
                except ValueError as e:
                    raise ValueError(f"{path}:{n}: {e}") from None
        return out
    conll = sum(1 for l in head if re.search(r"\s(?:O|[BI]-[A-Z]+)\s*$", l)) > len(head) // 2
    return list(read_conll(path) if conll else read_bracketed(path))


def predicted_spans(nlp, text: str, labels: Iterable[str] = SCORED_LABELS) -> list[Span]:
    """``doc.ents`` of ``text`` as (start, end, label), only ``labels``."""
    wanted = set(labels)
    doc = nlp(text)
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in wanted]


def score_ner(nlp, examples: Iterable[NerExample], labels: Iterable[str] = SCORED_LABELS) -> NerScore:
    """Exact-span scores of ``nlp``'s ``doc.ents`` on ``examples``."""
    labels = tuple(labels)
    score = NerScore()
    for i, ex in enumerate(examples):
        gold = {s for s in ex.spans if s[2] in labels}
        pred = set(predicted_spans(nlp, ex.text, labels))
        for s in gold:
            hit = s in pred
            score.counts[s[2]]["tp" if hit else "fn"] += 1
            if not hit:
                score.misses.append((i, ex.text[s[0]:s[1]], s[2]))
        for s in pred - gold:
            score.counts[s[2]]["fp"] += 1
            score.extras.append((i, ex.text[s[0]:s[1]], s[2]))
    return score

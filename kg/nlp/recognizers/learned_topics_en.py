"""English fields no lexicon lists, scored by a small learned model over lower-case noun phrases.

The rules of :mod:`.field_topics_en` read a field from the slots English states a subject in ("a workshop on …",
"Decree 12 on …", "a plan to develop …"); the lexicon (``kg/data/gazetteer/topics.json``) knows the common ones.
A field an article is about but that neither names ("employment services", "disease surveillance", "air quality
management") is a lower-case phrase of one to four words, its head noun last, that the article repeats or puts in
a subject's slot. Each such phrase of the text (:func:`phrases`) gets features (:func:`phrase_features`): its
head word and the head's suffix ("-ism", "-ion", "-ing", "-ture", "-ry", "-ics"), its first word, its length, the
words before and after it in each mention (the cue: "on", "for", "to develop", "the … sector"), how often the
article names it and its head, whether the headline or the first paragraph does, and whether the field lexicons
know its words. A logistic regression over them (weights as data: ``kg/data/models/topics-en.json``, written by
:mod:`kg.train_topics`, cross-validated over the tune-en articles) keeps a phrase whose probability passes the
model's threshold; each of its mentions that no other candidate covers becomes a Topic candidate. The ``about``
readers (kg.relations.topics and its neighbours) then draw what the rules already draw for a field in that slot.
"""
from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.nlp.patterns import pattern_data
from kg.nlp.recognizers.candidates import Candidate
from kg.nlp.recognizers.priorities import PRIORITY

SOURCE = "learned-topic-en"
MODEL_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "models" / "topics-en.json"
MAX_WORDS = 4
# run-time switch: None follows the model file's "enabled"; False (training) or True overrides it, as does the
# environment variable ``KG_LEARNED_TOPICS`` ("0" / "1")
FORCE: bool | None = None
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\w.,]*|[^\w\s]|\n")
_SUFFIXES = ("ism", "ion", "ing", "ture", "try", "ry", "ics", "ity", "ment", "ance", "ence", "age", "ness", "cy",
             "ers", "ies", "s")


@dataclass(frozen=True)
class Phrase:
    """A lower-case phrase of the text and where it stands."""

    words: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # each mention's character span


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The word lists: function words that end a phrase (``learned_topics_en.json``) and the field lexicons."""
    raw = pattern_data("learned_topics_en.json")
    fields = pattern_data("policy_fields_en.json")
    return {"stop": frozenset(raw["stop"]), "not_last": frozenset(raw["not_last"]),
            "fields": frozenset(fields["fields"]) | frozenset(fields["field_modifiers"]) | frozenset(fields["head_nouns"])}


@lru_cache(maxsize=1)
def _topic_words() -> frozenset[str]:
    """Every word of an English Topic name of the lexicon ("insurance", "tourism", "energy")."""
    path = Path(__file__).resolve().parent.parent.parent / "data" / "gazetteer" / "topics.json"
    out: set[str] = set()
    for e in json.loads(path.read_text(encoding="utf-8")):
        for name in [e.get("en") or ""] + list(e.get("en_aliases") or []):
            out.update(w for w in name.casefold().split() if w.isalpha() and len(w) > 2)
    return frozenset(out)


_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"”’)]*)\s*$")


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Runs of lower-case words (spans), cut at punctuation, numbers, capitalised words, line ends and the words
    that cannot stand inside a field's name (articles, prepositions, verbs of reporting: ``stop``). A word that
    opens a sentence capitalised counts as lower-case where the text also writes it so ("Employment services help
    …" after "… on employment services")."""
    stop = _words()["stop"]
    lower = {t for t in _TOKEN.findall(text) if t[:1].islower()}
    runs: list[list[tuple[int, int]]] = [[]]
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[:1].isupper() and tok[1:].islower() and tok.lower() in lower \
                and _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
            tok = tok.lower()
        if tok[:1].isalpha() and tok[:1].islower() and tok.casefold() not in stop and len(tok) > 1:
            runs[-1].append((m.start(), m.end()))
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def phrases(text: str) -> list[Phrase]:
    """Every lower-case phrase of one to :data:`MAX_WORDS` words inside a run, its last word no ``not_last``
    word (an adjective or verb form that ends no noun phrase), with all its mentions."""
    not_last = _words()["not_last"]
    found: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for run in _runs(text):
        low = [text[a:b].casefold() for a, b in run]
        for j in range(len(run)):
            if low[j] in not_last or low[j].endswith("ly") or low[j].endswith("ed"):
                continue
            for i in range(max(0, j - MAX_WORDS + 1), j + 1):
                found.setdefault(tuple(low[i:j + 1]), []).append((run[i][0], run[j][1]))
    return [Phrase(k, tuple(v)) for k, v in found.items()]


def _suffix(word: str) -> str:
    return next((s for s in _SUFFIXES if word.endswith(s) and len(word) > len(s) + 2), "none")


def _before(text: str, at: int, n: int) -> list[str]:
    """The ``n`` tokens before ``at``, lower-cased, nearest last."""
    return [t.casefold() for t in _TOKEN.findall(text[max(0, at - 60):at])][-n:]


def _after(text: str, at: int) -> str:
    toks = _TOKEN.findall(text[at:at + 40])
    return toks[0].casefold() if toks else "<end>"


def phrase_features(text: str, ph: Phrase, heads: Counter, headline_end: int, lede_end: int) -> list[str]:
    """The features of one phrase (strings; a model weighs each)."""
    words, n = ph.words, len(ph.words)
    head, first = words[-1], words[0]
    d = _words()
    tw = _topic_words()
    count = len(ph.spans)
    f = [f"n={n}", f"head={head}", f"suffix={_suffix(head)}", f"first={first}", f"count={min(count, 4)}",
         f"headcount={min(heads[head], 6)}", f"n_count={n}_{min(count, 3)}", "bias"]
    if n > 1:
        f.append(f"mod={words[-2]}")
        f.append(f"first_suffix={_suffix(first)}")
    if any(a < headline_end for a, _ in ph.spans):
        f.append("headline")
    if any(a < lede_end for a, _ in ph.spans):
        f.append("lede")
    f.append(f"lexfield={sum(w in d['fields'] for w in words)}")
    f.append(f"lextopic={sum(w in tw for w in words)}/{n}")
    f.append(f"headlex={head in d['fields'] or head in tw}")
    for a, b in ph.spans[:6]:
        before = _before(text, a, 2)
        prev = before[-1] if before else "<start>"
        f.append(f"prev={prev}")
        if len(before) == 2:
            f.append(f"prev2={before[0]}_{prev}")
        nxt = _after(text, b)
        f.append(f"next={nxt if nxt.isalpha() or nxt in ',.;:' else '#'}")
        if prev[:1].isupper() or (before and before[-1][:1].isalpha() and text[a - 2:a - 1].isupper()):
            f.append("after_name")
    return sorted(set(f))


def _headline_and_lede(text: str) -> tuple[int, int]:
    """Where the headline (first line) and the first paragraph after it end."""
    first = text.find("\n")
    if first < 0:
        return 0, len(text)
    rest = text[first:].lstrip("\n")
    start = len(text) - len(rest)
    para = text.find("\n", start)
    return first, (para if para > 0 else len(text))


def article_phrases(text: str) -> list[tuple[Phrase, list[str]]]:
    """Every phrase of ``text`` with its features."""
    found = phrases(text)
    heads = Counter()
    for ph in found:
        if len(ph.words) == 1:
            heads[ph.words[0]] += len(ph.spans)
    hl, lede = _headline_and_lede(text)
    return [(ph, phrase_features(text, ph, heads, hl, lede)) for ph in found]


@dataclass(frozen=True)
class Model:
    """Feature weights and the probability a phrase must pass."""

    weights: dict[str, float]
    threshold: float
    enabled: bool

    def prob(self, feats: list[str]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None where there is none."""
    if not MODEL_PATH.exists():
        return None
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(raw["weights"], raw["threshold"], raw.get("enabled", False))


def learned_topic_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Topic candidates for the phrases the model keeps, at each mention no other candidate overlaps."""
    model = load_model()
    force = FORCE if FORCE is not None else {"0": False, "1": True}.get(os.environ.get("KG_LEARNED_TOPICS", ""))
    if model is None or force is False or not (model.enabled or force):
        return []
    taken = sorted((c.start, c.end) for c in cands)
    out: list[Candidate] = []
    kept: list[tuple[int, int]] = []
    scored = sorted(((model.prob(f), ph) for ph, f in article_phrases(text)), key=lambda x: (-x[0], -len(x[1].words)))
    for p, ph in scored:
        if p < model.threshold:
            break
        for a, b in ph.spans:
            if any(s < b and a < e for s, e in taken) or any(s < b and a < e for s, e in kept):
                continue
            kept.append((a, b))
            out.append(Candidate(a, b, "TOPIC", PRIORITY["field-topic"], SOURCE))
    return out

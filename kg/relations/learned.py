"""A learned relation classifier over entity pairs of a sentence, run after every rule.

The rules of :mod:`kg.extract` and this package are precise but, fitted example by
example, miss relations on text nobody tuned them for. This pass reads each sentence
of a *resolved* article (entities grouped, as :mod:`kg.relations.fallbacks` does),
forms every candidate triple ``(subject, predicate, object)`` whose entity types fit
the predicate's domain and range (ANNOTATION.md's closed set, :data:`SCHEMA`) and that
the rules did not already state, and scores it with a logistic regression over sparse
features (:func:`pair_features`): the words and bigrams between the two mentions, the
words around them, the cue lexicons of ``kg/data/relations/cues.json`` that occur
between them or in the sentence, titles between them, their distance and order, the
mentions in between, and whether the rules already filled the slot.

The weights are data (``kg/data/models/relations.json``), written by ``kg train
--relations`` (:mod:`kg.train_relations`) from the gold articles, with the probability
threshold chosen by cross-validation. A triple is added when its probability exceeds
the threshold, and only when the model file says it is enabled, or the environment
variable ``KG_LEARNED_RELATIONS`` is ``1`` (``0`` switches it off).
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.relations.cues import cue_pattern, load_cues

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "relations.json"

# predicate → (subject types, object types): the entity-valued part of ANNOTATION.md's relation set
SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "memberOf": (frozenset({"Person"}), frozenset({"Organization"})),
    "issued": (frozenset({"Organization"}), frozenset({"Policy"})),
    "signed": (frozenset({"Person"}), frozenset({"Policy"})),
    "implements": (frozenset({"Policy", "Organization"}), frozenset({"Policy"})),
    "organized": (frozenset({"Organization"}), frozenset({"Event"})),
    "participatedIn": (frozenset({"Person", "Organization"}), frozenset({"Event"})),
    "locatedIn": (frozenset({"Organization", "Event", "Person"}), frozenset({"Place"})),
    "subOrganizationOf": (frozenset({"Organization"}), frozenset({"Organization"})),
    "about": (frozenset({"Policy", "Event", "Organization"}), frozenset({"Topic"})),
}

TOKEN = re.compile(r"\w+|[^\w\s]")
WINDOW = 5  # words kept at each end of a long gap
MAX_GAP = 40  # tokens: a pair further apart is no candidate
# cue kinds that are tables or mention lists rather than words a relation is stated with
SKIP_CUES = frozenset({"relative_days", "weekdays", "local_bodies", "local_levels"})

# run-time switch: None follows the model file's "enabled"; the environment variable overrides it
FORCE: bool | None = None


@dataclass(frozen=True)
class Candidate:
    """One candidate triple in one sentence, with its features."""

    subject: str  # entity key
    predicate: str
    obj: str
    sentence: int
    features: tuple[str, ...]


@dataclass(frozen=True)
class _Slot:
    start: int
    end: int
    key: str
    type: str
    ref: bool
    source: str = ""


def _tokens(text: str, a: int, b: int, slots: list[_Slot], skip: tuple[_Slot, _Slot]) -> list[str]:
    """Lower-cased tokens of ``text[a:b]``, each other mention inside collapsed to ``@Type``."""
    out: list[str] = []
    pos = a
    for sl in slots:
        if sl in skip or sl.end <= a or sl.start >= b:
            continue
        out += [t.lower() for t in TOKEN.findall(text[pos:max(pos, sl.start)])]
        out.append("@" + sl.type)
        pos = max(pos, sl.end)
    out += [t.lower() for t in TOKEN.findall(text[pos:b])]
    return out


@lru_cache(maxsize=4)
def _cue_regexes(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for kind, entry in sorted(load_cues().items()):
        if kind in SKIP_CUES or not isinstance(entry, dict):
            continue
        words = entry.get(lang) or entry.get("vi")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            continue
        out.append((kind, re.compile(cue_pattern(kind, lang), re.IGNORECASE)))
    return tuple(out)


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 4, 7, 12, 20):
        if n <= limit:
            return str(limit)
    return "more"


def pair_features(text: str, lang: str, sent: tuple[int, int], index: int, slots: list[_Slot],
                  subj: _Slot, obj: _Slot, predicate: str, titles: list[tuple[int, int]],
                  filled: tuple[bool, bool], extra: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The features of ``predicate(subj, obj)`` in one sentence (None when the pair is too far apart).

    Every feature is conjoined with the predicate, so one weight vector holds a model per relation.
    """
    first, second = (subj, obj) if subj.start <= obj.start else (obj, subj)
    gap = _tokens(text, first.end, second.start, slots, (subj, obj)) if second.start >= first.end else []
    if len(gap) > MAX_GAP:
        return None
    f: list[str] = ["bias", "lang=" + lang, "order=" + ("so" if first is subj else "os"),
                    f"types={subj.type}>{obj.type}", "dist=" + _bucket(len(gap))]
    if len(gap) <= 2 * WINDOW:
        words = gap
        f += ["w:" + w for w in words]
        if len(gap) <= 4:
            f.append("gap:" + " ".join(gap))
    else:
        words = gap[:WINDOW] + ["…"] + gap[-WINDOW:]
        f += ["wl:" + w for w in gap[:WINDOW]] + ["wr:" + w for w in gap[-WINDOW:]]
    f += ["b:" + a + "_" + b for a, b in zip(words, words[1:])]
    before = _tokens(text, sent[0], first.start, slots, (subj, obj))[-2:]
    after = _tokens(text, second.end, sent[1], slots, (subj, obj))[:2]
    f += ["l1:" + w for w in before[-1:]] + ["l2:" + " ".join(before)] if before else ["l1:<s>"]
    f += ["r1:" + w for w in after[:1]] + ["r2:" + " ".join(after)] if after else ["r1:</s>"]
    inside = [s for s in slots if s not in (subj, obj) and first.end <= s.start and s.end <= second.start]
    f.append("nmid=" + str(min(len(inside), 3)))
    f += sorted({"mid:" + s.type for s in inside})
    if any(s.type == obj.type and s.key != obj.key for s in inside):
        f.append("mid_same_obj_type")
    if any(s.type == subj.type and s.key != subj.key for s in inside):
        f.append("mid_same_subj_type")
    if any(s.type == obj.type and s.key != obj.key and abs(s.start - subj.start) < abs(obj.start - subj.start)
           for s in slots):
        f.append("closer_obj")
    if any(s.type == subj.type and s.key != subj.key and abs(s.start - obj.start) < abs(subj.start - obj.start)
           for s in slots):
        f.append("closer_subj")
    between = text[first.end:second.start] if second.start >= first.end else ""
    sentence = text[sent[0]:sent[1]]
    for kind, rx in _cue_regexes(lang):
        if between and rx.search(between):
            f.append("cue:" + kind)
        elif rx.search(sentence):
            f.append("scue:" + kind)
    if any(first.end <= a and b <= second.start for a, b in titles):
        f.append("title_between")
    if any(b <= first.start and first.start - b <= 2 for a, b in titles):
        f.append("title_before_first")
    if filled[0]:
        f.append("subj_filled")
    if filled[1]:
        f.append("obj_filled")
    if subj.ref:
        f.append("subj_ref")
    if obj.ref:
        f.append("obj_ref")
    f.append("sent=" + ("0" if index == 0 else "1-3" if index <= 3 else "late"))
    f += extra
    return tuple(f"{predicate}|{x}" for x in dict.fromkeys(f))


def candidates(ex, entities: dict, facts: list, include_known: bool = False) -> list[Candidate]:
    """Every candidate triple of the article's sentences whose types fit :data:`SCHEMA`.

    Triples the facts already hold are left out unless ``include_known``; the features say
    whether the subject (object) already has the predicate with another entity.
    """
    key_of = {mid: key for key, ent in entities.items() for mid in ent.mentions}
    lang = ex.article.lang if ex.article.lang in ("vi", "en") else "vi"
    text = ex.article.text
    known = {(f.subject, f.predicate, f.obj) for f in facts if not f.literal}
    subj_has: dict[tuple[str, str], set[str]] = {}
    obj_has: dict[tuple[str, str], set[str]] = {}
    for s, p, o in known:
        subj_has.setdefault((s, p), set()).add(o)
        obj_has.setdefault((o, p), set()).add(s)
    by_sentence: dict[int, list[_Slot]] = {}
    for m in ex.mentions:
        key = key_of.get(m.id)
        if key is None or m.nested or key not in entities:
            continue
        by_sentence.setdefault(m.sentence, []).append(_Slot(m.start, m.end, key, entities[key].type, m.ref, m.source))
    related = {k for f in facts for k in ((f.subject,) if f.literal else (f.subject, f.obj))}
    titles = [(a, b) for a, b, _ in getattr(ex, "titles", [])]
    out: list[Candidate] = []
    for si in sorted(by_sentence):
        slots = sorted(by_sentence[si], key=lambda s: (s.start, s.end))
        sent = ex.sentences[si]
        ts = [(a, b) for a, b in titles if sent[0] <= a < sent[1]]
        best: dict[tuple[str, str, str], tuple[int, _Slot, _Slot]] = {}
        for a in slots:
            for b in slots:
                if a.key == b.key:
                    continue
                for p, (dom, rng) in SCHEMA.items():
                    if a.type not in dom or b.type not in rng:
                        continue
                    if not include_known and (a.key, p, b.key) in known:
                        continue
                    d = abs(a.start - b.start)
                    t = (a.key, p, b.key)
                    if t not in best or d < best[t][0]:
                        best[t] = (d, a, b)
        for (s, p, o), (_, a, b) in sorted(best.items()):
            filled = (bool(subj_has.get((s, p), set()) - {o}), bool(obj_has.get((o, p), set()) - {s}))
            extra = _entity_features("s_", entities[s], a, s in related) + _entity_features("o_", entities[o], b, o in related)
            feats = pair_features(text, lang, sent, si, slots, a, b, p, ts, filled, extra)
            if feats is not None:
                out.append(Candidate(s, p, o, si, feats))
    seen = {(c.subject, c.predicate, c.obj) for c in out} | (set() if include_known else known)
    for si in sorted(by_sentence):
        if si - 1 in by_sentence:
            out += _after_event_sentence(ex, entities, si, by_sentence, seen, related, lang)
    return out


def _after_event_sentence(ex, entities: dict, si: int, by_sentence: dict, seen: set, related: set,
                          lang: str) -> list[Candidate]:
    """participatedIn candidates across a sentence break: a person or body named in the sentence after
    one that names an event ("Hội nghị … diễn ra sáng 3/3. Dự hội nghị có ông A …"), when the later
    sentence names no event of its own. Features say what opens the later sentence and where the person is."""
    text = ex.article.text
    here = sorted(by_sentence[si], key=lambda x: x.start)
    if any(x.type == "Event" for x in here):
        return []
    events = [x for x in sorted(by_sentence[si - 1], key=lambda x: x.start) if x.type == "Event"]
    if not events:
        return []
    start, end = ex.sentences[si]
    out = []
    for ev in {e.key: e for e in events}.values():
        for who in {x.key: x for x in here if x.type in ("Person", "Organization")}.values():
            t = (who.key, "participatedIn", ev.key)
            if t in seen:
                continue
            before = _tokens(text, start, who.start, here, (who,))
            after = _tokens(text, who.end, end, here, (who,))[:2]
            f = ["bias", "lang=" + lang, f"types={who.type}>Event", "nev=" + str(min(len({e.key for e in events}), 3)),
                 "pos=" + _bucket(len(before)), "last_event=" + str(ev.key == events[-1].key)]
            f += ["sw:" + w for w in before[:WINDOW]] + ["l1:" + w for w in before[-1:]]
            f += ["r1:" + w for w in after[:1]] or ["r1:</s>"]
            f += ["b:" + a + "_" + b for a, b in zip(before[:WINDOW], before[1:WINDOW])]
            for kind, rx in _cue_regexes(lang):
                if rx.search(text[start:who.start]):
                    f.append("cue:" + kind)
            f += _entity_features("s_", entities[who.key], who, who.key in related)
            f += _entity_features("o_", entities[ev.key], ev, ev.key in related)
            out.append(Candidate(who.key, "participatedIn", ev.key, si,
                                 tuple(f"participatedIn|adj|{x}" for x in dict.fromkeys(f))))
            seen.add(t)
    return out


def _entity_features(prefix: str, ent, slot: _Slot, related: bool) -> tuple[str, ...]:
    """How solid an entity looks: the recogniser that found the mention, a gazetteer id, how often the
    article names it, whether any rule relates it, how long its name is (a misread span is often odd)."""
    words = len(ent.name.split())
    return (f"{prefix}src:{slot.source or '-'}", f"{prefix}gid={bool(ent.gid)}", f"{prefix}nm={min(len(ent.mentions), 3)}",
            f"{prefix}related={related}", f"{prefix}len={min(words, 4) if words < 8 else 8}")


@dataclass
class Model:
    """Logistic-regression weights (feature → weight) and the decision threshold."""

    weights: dict[str, float]
    threshold: float = 0.5
    enabled: bool = False

    def probability(self, features: tuple[str, ...]) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, meta: dict | None = None) -> str:
        data = {**(meta or {}), "enabled": self.enabled, "threshold": self.threshold,
                "weights": dict(sorted(self.weights.items()))}
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def load_model(path: Path | None = None) -> Model | None:
    """The shipped model (None when there is none)."""
    path = path or MODEL_PATH
    return _load(str(path))


def forget_loaded_models() -> None:
    """Drop the models read so far, so the next :func:`load_model` reads the file again (``kg train`` writes a new one)."""
    _load.cache_clear()


@lru_cache(maxsize=4)
def _load(path: str) -> Model | None:
    p = Path(path)
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    return Model({k: float(v) for k, v in data["weights"].items()}, float(data["threshold"]), bool(data["enabled"]))


def is_enabled(model: Model | None) -> bool:
    """Whether the pass runs: :data:`FORCE`, else ``KG_LEARNED_RELATIONS``, else the model file."""
    if model is None:
        return False
    if FORCE is not None:
        return FORCE
    env = os.environ.get("KG_LEARNED_RELATIONS")
    if env in ("0", "1"):
        return env == "1"
    return model.enabled


def scored(cands: list[Candidate], model: Model) -> dict[tuple[str, str, str], tuple[float, int]]:
    """Each candidate triple's highest probability over its sentences, and that sentence."""
    best: dict[tuple[str, str, str], tuple[float, int]] = {}
    for c in cands:
        pr = model.probability(c.features)
        t = (c.subject, c.predicate, c.obj)
        if t not in best or pr > best[t][0]:
            best[t] = (pr, c.sentence)
    return best


def learned_facts(ex, entities: dict, facts: list, model: Model | None = None) -> list:
    """The facts the classifier adds to an article's resolved ``facts`` (none when it is off)."""
    from kg.resolve import Fact

    model = model or load_model()
    if model is None or not is_enabled(model):
        return []
    out = []
    for (s, p, o), (pr, si) in sorted(scored(candidates(ex, entities, facts), model).items()):
        if pr >= model.threshold:
            out.append(Fact(s, p, o, False, si))
    return out

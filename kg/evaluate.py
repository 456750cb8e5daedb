"""Evaluation against gold annotations (the ANNOTATION.md format).

Each gold file is one article with its entities (type, canonical name,
aliases) and relations. The article is built alone, exactly as ``kg build``
would, and its RDF is compared with the gold:

* a predicted entity matches a gold entity of the same type when any of its
  labels equals the gold name or one of its aliases, compared with
  :func:`label_key` (case, spacing, outer punctuation and tone placement do not
  matter);
* a relation matches when predicate, subject and object all match (``position``
  and ``date`` compare their literal values);
* a ``position`` that starts with "Ủy viên" is neither required nor penalised
  (membership is ``memberOf``).

Precision, recall and F1 are reported per entity type, per relation and
micro-averaged, with every miss and false positive, so users can measure the
extractor on their own annotated articles.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.article import Article
from kg.extract import LITERAL_RELATIONS, RELATIONS
from kg.textutil import norm_key

ENTITY_TYPES = ("Person", "Organization", "Policy", "Event", "Place", "Topic")


def label_key(text: str) -> str:
    """The comparison key of a label (spelling-insensitive, as the gold contract says)."""
    return norm_key(str(text))


@dataclass
class Score:
    """True positives, false positives and false negatives, per category."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[tuple] = field(default_factory=list)
    extras: list[tuple] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k, c in other.counts.items():
            self.counts[k].update(c)
        self.misses += other.misses
        self.extras += other.extras

    def total(self, prefix: str) -> Counter:
        out: Counter = Counter()
        for k, c in self.counts.items():
            if k.startswith(prefix):
                out.update(c)
        return out


def prf(c: Counter) -> tuple[float, float, float]:
    """Precision, recall, F1 of a counter with tp/fp/fn."""
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_files(dirs: list[Path]) -> Iterator[Path]:
    """``*.gold.json`` files of the given folders (or the files themselves), sorted."""
    for d in dirs:
        d = Path(d)
        if d.is_file():
            yield d
        else:
            yield from sorted(d.glob("*.gold.json"))


def gold_article(path: Path) -> tuple[dict, Article]:
    """The gold record and the article it annotates (text from ``text_file``), read as the shared
    scorer hands it to ``kg build`` (one JSON Lines record: :func:`kg.corpus_formats.record_article`)."""
    from kg.corpus_formats import record_article

    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
    record = {"id": str(gold.get("id") or path.stem.removesuffix(".gold")), "text": text, "url": gold.get("url"),
              "published": gold.get("published"), "lang": gold.get("lang") or "vi", "source": gold.get("source")}
    article = record_article(record, record["id"], str(path))
    if not isinstance(article, Article):
        raise ValueError(str(article))
    return gold, article


def predicted(g: Graph) -> tuple[dict, set]:
    """Entities (IRI → types, label keys) and relation triples of an output graph."""
    ents: dict[URIRef, dict] = {}
    for s, _, c in g.triples((None, RDF.type, None)):
        t = str(c).rsplit("#", 1)[-1]
        if t in ENTITY_TYPES:
            e = ents.setdefault(s, {"types": set(), "labels": set(), "names": set()})
            e["types"].add(t)
            e["labels"] |= {label_key(o) for p in (RDFS.label, SKOS.altLabel) for o in g.objects(s, p)}
            e["names"] |= {str(o) for o in g.objects(s, RDFS.label)}  # as written, for the listing of extras
    rels = set()
    for s, p, o in g:
        name = str(p).rsplit("#", 1)[-1]
        if name not in RELATIONS or not str(p).startswith("https://w3id.org/kg-vn/ontology#"):
            continue
        rels.add((s, name, label_key(o) if isinstance(o, Literal) else o))
    return ents, rels


def match_entities(gold: dict, ents: dict) -> dict[URIRef, str]:
    """Predicted entity IRI → the gold entity name it matches (same type, a shared label key)."""
    keys = {e["name"]: {label_key(e["name"])} | {label_key(a) for a in e.get("aliases", [])}
            for e in gold["entities"]}
    match: dict[URIRef, str] = {}
    for iri, e in sorted(ents.items()):
        for ge in gold["entities"]:
            if ge["type"] in e["types"] and e["labels"] & keys[ge["name"]]:
                match[iri] = ge["name"]
                break
    return match


def _optional(t: tuple) -> bool:
    """A position that starts with "Ủy viên": neither required nor penalised."""
    return t[1] == "position" and str(t[2]).startswith(label_key("Ủy viên"))


def relation_triples(gold: dict, rels: set, match: dict) -> tuple[set, set]:
    """The predicted and the gold relation triples, both in gold names (unmatched IRIs as "?IRI")."""
    pred = {mapped_triple(match, s, p, o) for s, p, o in rels}
    gold_rel = {(r["s"], r["p"], label_key(r["o"]) if r["p"] in LITERAL_RELATIONS else r["o"])
                for r in gold["relations"]}
    return {t for t in pred if not _optional(t)}, {t for t in gold_rel if not _optional(t)}


def mapped_triple(match: dict, s, p: str, o) -> tuple:
    """A predicted triple in gold names, as the scorer compares it."""
    return (match.get(s, "?" + str(s)), p, o if p in LITERAL_RELATIONS else match.get(o, "?" + str(o)))


def score_graph(gold: dict, g: Graph) -> Score:
    """Compare one article's output graph with its gold record."""
    score = Score()
    ents, rels = predicted(g)
    match = match_entities(gold, ents)
    found = set(match.values())
    for ge in gold["entities"]:
        hit = ge["name"] in found
        score.counts["entity:" + ge["type"]]["tp" if hit else "fn"] += 1
        if not hit:
            score.misses.append(("entity", ge["type"], ge["name"]))
    for iri, e in sorted(ents.items()):
        if iri not in match:
            for t in e["types"]:
                score.counts["entity:" + t]["fp"] += 1
            score.extras.append(("entity", "/".join(sorted(e["types"])), min(e["names"], default="")
                                 or min(e["labels"], default="")))
    pred, gold_rel = relation_triples(gold, rels, match)
    written = _written_literals(gold, g)
    for t in sorted(gold_rel):
        hit = t in pred
        score.counts["relation:" + t[1]]["tp" if hit else "fn"] += 1
        if not hit:
            score.misses.append(("relation",) + _as_written(t, written))
    for t in sorted(pred - gold_rel):
        score.counts["relation:" + t[1]]["fp"] += 1
        score.extras.append(("relation",) + _as_written(t, written))
    return score


def _written_literals(gold: dict, g: Graph) -> dict[str, str]:
    """The literal objects of relations (positions, dates) by their comparison key, as the gold
    or the graph writes them: misses and extras are listed that way, not by the key
    ("đại biểu", not the key's "đaị biêủ")."""
    written = {label_key(o): str(o) for o in g.objects() if isinstance(o, Literal)}
    written.update({label_key(r["o"]): r["o"] for r in gold["relations"] if r["p"] in LITERAL_RELATIONS})
    return written


def _as_written(t: tuple, written: dict[str, str]) -> tuple:
    return t[:2] + (written.get(t[2], t[2]),) if t[1] in LITERAL_RELATIONS else t


def evaluate(dirs: list[Path], use_crf: bool = True) -> tuple[Score, dict[str, Score]]:
    """Build and score every gold article of ``dirs``; return the total and per-article scores."""
    from kg import rdf
    from kg.build import analyze_article

    total = Score()
    per_article: dict[str, Score] = {}
    for path in gold_files(dirs):
        gold, article = gold_article(path)
        g = rdf.article_graph(analyze_article(article, use_crf=use_crf))
        s = score_graph(gold, g)
        per_article[article.id] = s
        total.add(s)
    return total, per_article


def fallback_gains(dirs: list[Path], rules: list[str] | None = None) -> dict[str, Counter]:
    """What each fallback rule (:mod:`kg.relations.fallbacks`) would add to the gold articles of
    ``dirs``, run alone on top of the precise rules: its added relations that are right ("tp") and
    wrong ("fp"). This is how a rule is calibrated before it is enabled: it pays when
    tp / (tp + fp), measured on articles no rule was fitted to, exceeds about half the relation F1."""
    import kg.nlp
    from kg import rdf
    from kg.extract import extract
    from kg.relations import fallbacks
    from kg.resolve import resolve_article

    names = rules or list(fallbacks.RULES)
    saved = dict(fallbacks.ENABLED)
    gains = {name: Counter() for name in names}

    def relations(score: Score) -> Counter:
        return score.total("relation:")

    try:
        for path in gold_files(dirs):
            gold, article = gold_article(path)
            lang = article.lang if article.lang in kg.nlp.SUPPORTED_LANGS else "vi"
            doc = kg.nlp.annotate(kg.nlp.load(lang), article.text, article.published)
            others = {k: v for k, v in saved.items() if k not in names}

            def run(enabled: dict) -> Score:
                fallbacks.ENABLED.clear()
                fallbacks.ENABLED.update(enabled)
                return score_graph(gold, rdf.article_graph(resolve_article(extract(article, doc))))

            base = relations(run(others))
            for name in names:
                with_rule = relations(run({**others, name: frozenset({lang})}))
                gains[name]["tp"] += with_rule["tp"] - base["tp"]
                gains[name]["fp"] += with_rule["fp"] - base["fp"]
    finally:
        fallbacks.ENABLED.clear()
        fallbacks.ENABLED.update(saved)
    return gains

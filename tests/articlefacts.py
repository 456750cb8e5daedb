"""What kg finds in a text written for a test: its spans, its facts (subject, predicate, object names), and
its relations as labelled triples of the article graph (the form kg.evaluate scores). tests/ is on sys.path
(pyproject.toml's pytest ``pythonpath``), so every test file, at any depth, imports these by name."""
from __future__ import annotations

import textwrap

from rdflib import RDFS

import kg.nlp
from kg import rdf
from kg.article import Article
from kg.build import analyze_article
from kg.evaluate import predicted
from kg.extract import extract
from kg.resolve import resolve_article


def facts(text: str, published: str | None = "2024-06-10", lang: str = "vi") -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name or literal) of one article."""
    article = Article(id="t", text=text, published=published, lang=lang)
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, published)
    res = resolve_article(extract(article, doc))
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[f.subject], f.predicate, f.obj if f.literal else names[f.obj]) for f in res.facts}


def resolved_entities(text: str, lang: str = "vi", published: str | None = "2024-06-10") -> set[tuple[str, str]]:
    """(name, type) of every entity kg resolves in one article."""
    doc = kg.nlp.annotate(kg.nlp.load(lang), text, published)
    res = resolve_article(extract(Article(id="t", text=text, published=published, lang=lang), doc))
    return {(e.name, e.type) for e in res.entities.values()}


def kg_spans(text: str, lang: str = "en", published: str = "2025-11-20") -> list[tuple[str, str]]:
    """(label, text) of each span the pipeline puts in ``doc.spans["kg"]``."""
    doc = kg.nlp.annotate(kg.nlp.load(lang, use_crf=False), text, published)
    return [(sp.label_, sp.text) for sp in doc.spans["kg"]]


def span_pairs(nlp, text: str, published: str | None) -> list[tuple[str, str]]:
    """(text, label) of each span ``nlp`` puts in ``doc.spans["kg"]``."""
    doc = kg.nlp.annotate(nlp, text, published=published)
    return [(s.text, s.label_) for s in doc.spans["kg"]]


def graph_triples(text: str, lang: str = "en", published: str = "2025-11-20") -> set[tuple[str, str, str]]:
    """(subject label, relation, object label) of each relation in the text's article graph."""
    article = Article(id="t", text=text, url=None, published=published, lang=lang, source=None)
    g = rdf.article_graph(analyze_article(article, use_crf=False))
    _, rels = predicted(g)
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(s, str(s)), p, label.get(o, str(o))) for s, p, o in rels}


def flat_names(nlp, text: str) -> list[tuple[str, str]]:
    """(text, label) of the PER / ORG / LOC names in ``doc.ents`` (the flat view VLSP scores)."""
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ in ("PER", "ORG", "LOC")]


def hard_wrapped(text: str, width: int = 72) -> str:
    """``text`` with each of its lines hard-wrapped at ``width`` columns, as a PDF or e-mail export gives it."""
    return "\n".join("\n".join(textwrap.wrap(line, width, break_on_hyphens=False)) if line.strip() else line
                     for line in text.split("\n"))

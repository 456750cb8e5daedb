"""RDF output: one named graph per article, against ontology/kg.ttl.

See ``ontology/README.md`` for the pattern: entities with ``rdfs:label`` /
``skos:altLabel``, relations as direct ``kgo:`` triples, and one
``kgo:Assertion`` per triple carrying the sentence and its offsets, derived
from the article (``prov:wasDerivedFrom``).
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.policy_names import policy_document
from kg.resolve import Resolved
from kg.shacl_compiled import DistinctTriples

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
KGR = Namespace("https://w3id.org/kg-vn/resource/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")


class _Terms:
    """The terms of a namespace, each made once: ``KGO.x`` makes a new URIRef every time, and
    equal but distinct terms are compared by rdflib's Python ``__eq__`` wherever a graph's
    triples are hashed (the same term object compares by identity)."""

    def __init__(self, ns: Namespace) -> None:
        self._ns = ns
        self._made: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> URIRef:
        term = self._made.get(name)
        if term is None:
            term = self._made[name] = self._ns[name]
        return term


_KGO = _Terms(KGO)



class MissingResource(RuntimeError):
    """A file that ships with kg (ontology, shapes, queries) is not installed."""


def ontology_path(*parts: str) -> Path:
    """Path of a file of the installed ontology package (``ontology/`` in the repository).

    ``ontology/`` is installed as the package data ``kg.ontology`` (see
    pyproject.toml), so an editable install reads the repository's folder and
    a wheel reads its own copy. Raises :class:`MissingResource` naming the
    file when the installation lacks it.

    >>> ontology_path("shapes.ttl").name
    'shapes.ttl'
    """
    from importlib import resources

    try:
        base = Path(str(resources.files("kg.ontology")))
    except ModuleNotFoundError:
        raise MissingResource("kg's ontology package (kg.ontology) is not installed; reinstall kg") from None
    path = base.joinpath(*parts)
    if not path.exists():
        raise MissingResource(f"kg's installation lacks {path}; reinstall kg")
    return path


def bind_prefixes(g: Graph) -> None:
    """Bind the prefixes our output uses, so Turtle/TriG stay readable."""
    for prefix, ns in (("kgo", KGO), ("kgr", KGR), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS),
                       ("dcterms", DCTERMS), ("owl", OWL), ("xsd", XSD), ("wd", WD), ("nif", NIF),
                       ("itsrdf", ITSRDF)):
        g.bind(prefix, ns, override=True)


def _describe_document(g: "ArticleTriples", node: URIRef, ent, iri) -> None:
    """Type, number, code and year of a policy document, and the body its code names.

    ``kgo:codeIssuer`` is read from the code ("…/NĐ-CP" → Chính phủ), not from
    the text, so it is kept apart from ``kgo:issued`` (what the text states).
    """
    from kg.nlp.lexicon import load_lexicon

    names = [ent.name] + [n for labels in ent.labels.values() for n in labels]
    doc = policy_document(names)
    if doc.kind:
        g.add((node, _KGO.instrumentType, Literal(doc.kind, lang="vi")))
    if doc.number:
        g.add((node, _KGO.documentNumber, Literal(doc.number)))
    if doc.code:
        g.add((node, _KGO.documentCode, Literal(doc.code)))
    if doc.year:
        g.add((node, _KGO.documentYear, Literal(doc.year, datatype=XSD.gYear)))
    if doc.issuer:
        body = iri(doc.issuer)
        g.add((node, _KGO.codeIssuer, body))
        entry = load_lexicon().entries.get("Organization:" + doc.issuer.split("/", 1)[1])
        if entry is not None and not g.labelled(body):
            g.add((body, RDFS.label, Literal(entry.name, lang="vi")))


@lru_cache(maxsize=65536)
def entity_iri(key: str) -> URIRef:
    """IRI of an entity key ("person/to-lam")."""
    return KGR[key]


def article_iri(article_id: str) -> URIRef:
    return KGR[f"article/{article_id}"]


def graph_iri(article_id: str) -> URIRef:
    return KGR[f"graph/{article_id}"]


# The IRIs of nodes that belong to one article graph (mentions, sentences, merges,
# assertions, statements) start so; entities and articles do not.
ARTICLE_LOCAL_PREFIXES = tuple(str(KGR[f"{kind}/"]) for kind in ("mention", "sentence", "merge", "assertion",
                                                                  "statement"))


def mention_iri(article_id: str, start: int, end: int) -> URIRef:
    """IRI of the mention at [start, end) of an article: ``kgr:mention/{id}/{start}-{end}``."""
    return KGR[f"mention/{article_id}/{start}-{end}"]


def sentence_iri(article_id: str, start: int, end: int) -> URIRef:
    """IRI of the sentence at [start, end) of an article: ``kgr:sentence/{id}/{start}-{end}``."""
    return KGR[f"sentence/{article_id}/{start}-{end}"]


@lru_cache(maxsize=65536)
def _offset(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


@lru_cache(maxsize=65536)
def _integer(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


@lru_cache(maxsize=65536)
def _text(value: str, lang: str | None = None) -> Literal:
    """A text literal, made once per process (names and surfaces recur within and across articles)."""
    return Literal(value, lang=lang)


def add_mentions(g: "ArticleTriples", res: Resolved, article: URIRef, iri) -> int:
    """Every recognised mention of a resolved entity as NIF 2.0 data; returns how many.

    One ``nif:Phrase`` per mention (IRI from the article and offsets):
    ``nif:anchorOf`` (the surface form), ``nif:beginIndex``/``nif:endIndex``
    (article offsets), ``nif:referenceContext`` (the article),
    ``nif:sentence`` and ``itsrdf:taIdentRef`` (the entity). Each sentence
    that names an entity is one ``nif:Sentence`` holding its text once, so a
    sentence naming five entities costs one text literal, not five.
    """
    ex = res.extraction
    art = ex.article
    by_id = {m.id: m for m in ex.mentions}
    count = 0
    done_sentences: set[int] = set()
    sentence_iris: dict[tuple[int, int], URIRef] = {}
    # The terms once, not one namespace look-up per triple (thousands per article).
    a_type, sentence_class, phrase_class = RDF.type, NIF.Sentence, NIF.Phrase
    anchor, begin, end, context = NIF.anchorOf, NIF.beginIndex, NIF.endIndex, NIF.referenceContext
    in_sentence, ident = NIF.sentence, ITSRDF.taIdentRef
    add = g.add
    for key, ent in sorted(res.entities.items()):
        target = iri(key)
        for mid in sorted(set(ent.mentions)):
            m = by_id.get(mid)
            if m is None or not 0 <= m.sentence < len(ex.sentences) or m.end <= m.start:
                continue
            s_start, s_end = ex.sentences[m.sentence]
            s_end = max(s_start + len(art.text[s_start:s_end].rstrip()), m.end)  # no trailing newlines
            # one IRI object per sentence IRI: the graph's readers then compare it by identity
            sent = sentence_iris.get((s_start, s_end))
            if sent is None:
                sent = sentence_iris[(s_start, s_end)] = sentence_iri(art.id, s_start, s_end)
            if m.sentence not in done_sentences:
                done_sentences.add(m.sentence)
                add((sent, a_type, sentence_class))
                add((sent, anchor, Literal(art.text[s_start:s_end])))
                add((sent, begin, _offset(s_start)))
                add((sent, end, _offset(s_end)))
                add((sent, context, article))
            node = mention_iri(art.id, m.start, m.end)
            add((node, a_type, phrase_class))
            add((node, anchor, _text(art.text[m.start:m.end])))
            add((node, begin, _offset(m.start)))
            add((node, end, _offset(m.end)))
            add((node, context, article))
            add((node, in_sentence, sent))
            add((node, ident, target))
            count += 1
    return count


def _published(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value[:4], datatype=XSD.gYear)


def graph_keys(res: Resolved) -> set[str]:
    """The entity keys :func:`article_graph` turns into IRIs (through ``key_map``):
    its entities, the ends of its facts, its speakers and the bodies its policy codes name."""
    keys = set(res.entities)
    keys.update(f.subject for f in res.facts)
    keys.update(f.obj for f in res.facts if not f.literal)
    keys.update(s.speaker for s in res.statements)
    for ent in res.entities.values():
        if ent.type == "Policy":
            issuer = _code_issuer((ent.name, *sorted(n for labels in ent.labels.values() for n in labels)))
            if issuer:
                keys.add(issuer)
    return keys


@lru_cache(maxsize=20_000)
def _code_issuer(names: tuple[str, ...]) -> str | None:
    """The body a policy's code names (a policy is named alike in many articles)."""
    return policy_document(list(names)).issuer


class ArticleTriples:
    """An article graph being written: each triple once, in the order first added.

    Writing into a dict rather than an rdflib store costs a third less (no
    indexes, no events); :func:`article_graph` copies the triples into a Graph
    for whoever wants one.
    """

    def __init__(self) -> None:
        self.triples: dict[tuple, None] = {}
        self.add = self.triples.setdefault  # add((s, p, o)): a dict key, once

    def labelled(self, node) -> bool:
        """Whether ``node`` has an rdfs:label among the triples so far (a scan: asked once per policy code)."""
        label = RDFS.label
        return any(s == node and p == label for s, p, _ in self.triples)


def article_graph(res: Resolved, key_map: dict[str, str] | None = None, store: str = "default") -> Graph:
    """The named graph of one resolved article (a plain rdflib Graph to add to a Dataset).

    ``key_map`` renames entity keys after corpus-level merging. ``store`` is the
    rdflib store; "SimpleMemory" (no contexts: pyshacl cannot read it) is ~40 %
    cheaper to fill. The triples are those of :func:`article_triples`.
    """
    return triples_graph(article_triples(res, key_map), graph_iri(res.extraction.article.id), store)


def triples_graph(triples: Iterable[tuple], identifier: URIRef | None = None, store: str = "default") -> Graph:
    """``triples`` (rdflib terms) in a Graph; the default store is the one pyshacl reads."""
    g = Graph(store=store, identifier=identifier)
    for t in triples:
        g.add(t)
    return g


def article_triples(res: Resolved, key_map: dict[str, str] | None = None) -> DistinctTriples:
    """The triples of one resolved article's named graph (rdflib terms), each once.

    ``key_map`` renames entity keys after corpus-level merging.
    """
    key_map = key_map or {}
    ex = res.extraction
    art = ex.article
    g = ArticleTriples()
    a = article_iri(art.id)
    lang = art.lang if art.lang else "vi"
    g.add((a, RDF.type, _KGO.Article))
    if art.title:
        g.add((a, DCTERMS.title, Literal(art.title, lang=lang)))
    if art.url:
        g.add((a, SCHEMA.url, URIRef(art.url)))
    if art.published:
        g.add((a, SCHEMA.datePublished, _published(art.published)))
    if art.source:
        g.add((a, DCTERMS.source, Literal(art.source)))
    g.add((a, DCTERMS.language, _text(lang)))

    def iri(key: str) -> URIRef:
        return entity_iri(key_map.get(key, key))

    sentences: dict[tuple[int, int], Literal] = {}  # one literal per sentence, however many facts it holds

    def sentence_text(start: int, end: int) -> Literal:
        lit = sentences.get((start, end))
        if lit is None:
            lit = sentences[(start, end)] = Literal(art.text[start:end])
        return lit

    a_type, label, alt_label, mentioned_in = RDF.type, RDFS.label, SKOS.altLabel, _KGO.mentionedIn  # (once)
    for key, ent in sorted(res.entities.items()):
        node = iri(key)
        g.add((node, a_type, _KGO[ent.type]))
        names_by_lang = {l: sorted(v) for l, v in ent.labels.items()}
        g.add((node, label, _text(ent.name, ent.lang)))
        for l, names in sorted(names_by_lang.items()):
            for name in names:
                if name != ent.name or l != ent.lang:
                    g.add((node, alt_label, _text(name, l)))
        g.add((node, mentioned_in, a))
        for surface, reason in sorted(ent.merges.items()):
            digest = hashlib.sha1(f"{art.id}|{node}|{surface}".encode("utf-8")).hexdigest()[:16]
            merge = KGR[f"merge/{digest}"]
            g.add((merge, RDF.type, _KGO.Merge))
            g.add((merge, _KGO.mergedInto, node))
            g.add((merge, _KGO.mergedLabel, _text(surface, lang)))
            g.add((merge, _KGO.reason, _text(reason)))
            g.add((merge, PROV.wasDerivedFrom, a))
        if ent.wikidata:
            g.add((node, _KGO.wikidata, WD[ent.wikidata]))
        if ent.type == "Policy":
            _describe_document(g, node, ent, iri)
    add_mentions(g, res, a, iri)
    # the terms of the facts' and statements' triples once, not a namespace look-up per triple
    derived, sentence_p, char_start, char_end = PROV.wasDerivedFrom, _KGO.sentence, _KGO.charStart, _KGO.charEnd
    r_subject, r_predicate, r_object, assertion = RDF.subject, RDF.predicate, RDF.object, _KGO.Assertion
    add = g.add
    for fact in res.facts:
        s = iri(fact.subject)
        p = _KGO[fact.predicate]
        if fact.literal:
            o = Literal(fact.obj, datatype=XSD.date) if fact.predicate == "date" else _text(fact.obj, lang)
        else:
            o = iri(fact.obj)
        add((s, p, o))
        start, end = ex.sentences[fact.sentence]
        digest = hashlib.sha1(f"{art.id}|{s}|{p}|{o}|{start}".encode("utf-8")).hexdigest()[:16]
        node = KGR[f"assertion/{digest}"]
        add((node, a_type, assertion))
        add((node, r_subject, s))
        add((node, r_predicate, p))
        add((node, r_object, o))
        add((node, derived, a))
        add((node, sentence_p, sentence_text(start, end)))
        add((node, char_start, _integer(start)))
        add((node, char_end, _integer(end)))
    for said in res.statements:
        start, end = ex.sentences[said.sentence]
        digest = hashlib.sha1(f"{art.id}|{said.speaker}|{said.start}|{said.end}".encode("utf-8")).hexdigest()[:16]
        node = KGR[f"statement/{digest}"]
        add((node, a_type, _KGO.Statement))
        add((node, _KGO.speaker, iri(said.speaker)))
        add((node, _KGO.quote, Literal(art.text[said.start:said.end].strip(), lang=lang)))
        add((node, derived, a))
        add((node, sentence_p, sentence_text(start, end)))
        add((node, char_start, _integer(start)))
        add((node, char_end, _integer(end)))
    return DistinctTriples(g.triples)


def new_dataset() -> Dataset:
    """An empty Dataset with our prefixes bound."""
    ds = Dataset()
    bind_prefixes(ds)
    return ds


def union_graph(ds: Dataset) -> Graph:
    """All triples of every named graph in one Graph (what SHACL and the scorer see)."""
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def validate(union: Graph) -> tuple[bool, list[str]]:
    """Check ``union`` against ontology/shapes.ttl; return (conforms, one line per violation)."""
    from pyshacl import validate as shacl_validate

    from kg.shacl import report_lines

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    conforms, report, _ = shacl_validate(union, shacl_graph=shapes, inference="none",
                                         allow_warnings=True)
    return bool(conforms), sorted(report_lines(report))

"""graph.html of a build, drawn from its articles' facts; a store's facts; Oxigraph <-> rdflib terms.

A build draws graph.html from the merged facts of its article graphs, kept in
its cache (:mod:`kg.graphfacts`, :func:`corpus_facts`, :func:`draw_page`), in a
process of its own beside the store load and the SHACL checks when the build is
large and has jobs to spare (:func:`drawing_beside`). A store alone (``kg serve``'s explorer, a
store without its build's cache) gives the same facts read from its default
graph, which holds the union of the article graphs
(:func:`kg.bulkload.materialise_union`): :func:`store_facts`, a query or an index
scan per kind of fact.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.graphfacts import GraphFacts

if TYPE_CHECKING:
    import networkx as nx

    from kg.cache import ArticleCache


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_KGO = "https://w3id.org/kg-vn/ontology#"
_SCHEMA_URL = "https://schema.org/url"


def to_rdflib(term: Any) -> Any:
    """An Oxigraph term as the rdflib term kg's graphs hold (a plain literal for xsd:string)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_oxigraph(term: Any) -> Any:
    """An rdflib term (or None, a wildcard) as an Oxigraph term."""
    if term is None:
        return None
    if type(term) is not Literal:  # exact type first: isinstance on rdflib terms is slow
        if isinstance(term, URIRef):
            return ox.NamedNode(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


@dataclass
class StoreCorpus:
    """A build's store as a corpus for :mod:`kg.projection`: its facts read with :func:`store_facts`."""

    store: ox.Store


# What kg.projection reads, read from the store's default graph (the union) a query or a scan each.
_PREFIXES = {"rdf": str(RDF), "kgo": _KGO, "prov": "http://www.w3.org/ns/prov#",
             "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
             "itsrdf": "http://www.w3.org/2005/11/its/rdf#"}
_PHRASES = """SELECT ?art ?start ?text ?e WHERE {
  ?m a nif:Phrase ; nif:sentence ?sent . ?sent nif:referenceContext ?art ; nif:beginIndex ?start .
  OPTIONAL { ?sent nif:anchorOf ?text } OPTIONAL { ?m itsrdf:taIdentRef ?e } }"""
_ASSERTIONS = """SELECT ?a ?s ?p ?o ?text ?start ?art WHERE {
  ?a a kgo:Assertion . OPTIONAL { ?a rdf:subject ?s } OPTIONAL { ?a rdf:predicate ?p }
  OPTIONAL { ?a rdf:object ?o } OPTIONAL { ?a kgo:sentence ?text } OPTIONAL { ?a kgo:charStart ?start }
  OPTIONAL { ?a prov:wasDerivedFrom ?art } }"""
_MENTIONS = "SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m itsrdf:taIdentRef ?e } GROUP BY ?e"


def _int(term: Any) -> int | None:
    """An integer literal's value (None when it is none)."""
    if not isinstance(term, ox.Literal):
        return None
    try:
        return int(term.value)
    except ValueError:
        return None


def _value(term: Any) -> str | None:
    return None if term is None else term.value


def store_facts(store: ox.Store) -> GraphFacts:
    """The :class:`kg.graphfacts.GraphFacts` of a build's store: what its union graph says, a query
    or an index scan each, and the articles whose named graphs state each relation."""
    from kg.graphfacts import ENTITY_TYPES, Assertion

    facts = GraphFacts()
    default = ox.DefaultGraph()

    def scan(predicate: str, obj: Any = None) -> Iterator[Any]:
        return store.quads_for_pattern(None, ox.NamedNode(predicate), obj, default)

    rows = partial(store.query, prefixes=_PREFIXES)
    for t in ENTITY_TYPES:
        for q in scan(str(RDF.type), ox.NamedNode(_KGO + t)):
            if isinstance(q.subject, ox.NamedNode):
                facts.types.setdefault(q.subject.value, set()).add(t)
    facts.articles = {q.subject.value for q in scan(str(RDF.type), ox.NamedNode(_KGO + "Article"))}
    for predicate, into in ((str(RDFS.label), facts.labels), (str(DCTERMS.title), facts.titles)):
        for q in scan(predicate):
            if isinstance(q.object, ox.Literal):
                into.setdefault(q.subject.value, set()).add((q.object.value, q.object.language or ""))
    for predicate, into in ((str(SKOS.altLabel), facts.aliases), (_KGO + "position", facts.positions),
                            (_KGO + "mentionedIn", facts.mentioned_in), (_SCHEMA_URL, facts.urls)):
        for q in scan(predicate):
            into.setdefault(q.subject.value, set()).add(q.object.value)
    facts.sources = {q.object.value for q in scan(str(PROV.wasDerivedFrom))}
    facts.mentions = {row["e"].value: int(row["n"].value) for row in rows(_MENTIONS)}
    _read_relations(store, facts)
    for row in rows(_PHRASES):
        key, text = (row["art"].value, _int(row["start"])), _value(row["text"])
        if key[1] is None:
            continue
        facts.add_sentence(key, text, {row["e"].value} if row["e"] is not None else set())
    for row in rows(_ASSERTIONS):
        a = row["a"].value
        got = facts.assertions.get(a)
        if got is None:
            got = facts.assertions[a] = Assertion(_value(row["s"]), _value(row["p"]), _value(row["o"]),
                                                  _value(row["text"]), _int(row["start"]), set())
        if row["art"] is not None:
            got.articles.add(row["art"].value)
    return facts


def _read_relations(store: ox.Store, facts: GraphFacts) -> None:
    """The relations from each entity, each with the articles whose named graphs state it."""
    from kg.graphfacts import NOT_RELATIONS

    a_type, article = ox.NamedNode(str(RDF.type)), ox.NamedNode(_KGO + "Article")
    articles_of: dict[str, set[str]] = {}  # named graph -> its articles
    for s in facts.types:
        subject = ox.NamedNode(s)
        for q in store.quads_for_pattern(subject, None, None, ox.DefaultGraph()):
            p, o = q.predicate.value, q.object
            if not (p.startswith(_KGO) and p not in NOT_RELATIONS and isinstance(o, ox.NamedNode)):
                continue
            stating = facts.relations.setdefault((s, p, o.value), set())
            for g in store.quads_for_pattern(subject, q.predicate, o):
                if isinstance(g.graph_name, ox.NamedNode):
                    arts = articles_of.get(g.graph_name.value)
                    if arts is None:
                        arts = articles_of[g.graph_name.value] = {
                            x.subject.value for x in store.quads_for_pattern(None, a_type, article, g.graph_name)
                            if isinstance(x.subject, ox.NamedNode)}
                    stating |= arts


@dataclass
class MergedFacts:
    """Facts merged ahead (:func:`premerge`): ``facts``, the merge of the entries ``merged`` (key and graph
    of each, in order)."""

    facts: GraphFacts
    merged: list[tuple[str, str]]


def premerge(cache: ArticleCache, listed: list[dict]) -> MergedFacts:
    """The cached facts of ``listed`` (a previous build's manifest entries) merged in their order, up to the
    first whose facts are not cached: what a rebuild's drawing would merge first, done ahead."""
    corpus, merged = GraphFacts(), []
    for entry in listed:
        facts = cache.load_facts(entry["key"], entry["graph"]) if entry.get("graph") else None
        if facts is None:
            break
        corpus.merge(facts)
        merged.append((entry["key"], entry["graph"]))
    return MergedFacts(corpus, merged)


def corpus_facts(cache: ArticleCache, listed: list[dict], remake: bool = True,
                 start: MergedFacts | None = None) -> GraphFacts | None:
    """The merged drawing facts of the listed articles' graphs (manifest entries), each read from
    the cache; one that is missing is made again from its cached block, or, without ``remake``,
    makes the answer None. ``start``, facts merged ahead, is taken as the merge of the first entries
    when they are the entries it merged (the merge is the same: one order), and else ignored."""
    from kg.graphfacts import graph_facts
    from kg.graphfiles import block_graph

    corpus, rest = GraphFacts(), listed
    if start is not None and [(e["key"], e.get("graph")) for e in listed[:len(start.merged)]] == start.merged:
        corpus, rest = start.facts, listed[len(start.merged):]
    for entry in rest:
        facts = cache.load_facts(entry["key"], entry["graph"]) if entry.get("graph") else None
        if facts is None and not remake:
            return None
        if facts is None:
            facts = graph_facts(block_graph(cache.load_graph(entry["key"], entry["graph"]) or b""))
            cache.save_facts(entry["key"], entry["graph"], facts)
        corpus.merge(facts)
    return corpus


DRAW_APART = 1000  # articles from which a build with jobs > 1 draws graph.html in a process of its own


def draws_apart(html: bool, jobs: int, articles: int) -> bool:
    """Whether a build of ``articles`` articles draws graph.html in a process of its own."""
    return html and jobs > 1 and articles >= DRAW_APART


def draw_page(out: Path, use_crf: bool, listed: list[dict], path: Path, start: MergedFacts | None = None) -> Path:
    """Draw graph.html of the build in ``out`` (its manifest entries ``listed``) from its cached facts
    (``start``: some merged ahead, :func:`corpus_facts`)."""
    from kg.cache import ArticleCache
    from kg.collect import fewer_collections
    from kg.projection import drawing_graph
    from kg.viz import write_graph_html

    with fewer_collections(freeze=False):  # millions of small dicts and tuples, none of them cyclic garbage
        return write_graph_html(drawing_graph(corpus_facts(ArticleCache(out, use_crf), listed, start=start)), path)


def _drawing_loop(conn: Any, ahead: tuple[Path, bool] | None = None) -> None:
    """A :class:`DrawingProcess`: import what drawing needs, merge the facts of ``ahead`` (a build
    folder and its CRF option: the articles its manifest lists, :func:`premerge`), then draw the one
    page asked for. (The folder's manifest is read here, not sent: sending 10,000 entries through
    the pipe held the build until this process had started.)"""
    import importlib

    for module in ("kg.cache", "kg.projection", "kg.viz", "kg.vizpage"):  # before the job arrives
        importlib.import_module(module)
    start = None
    if ahead is not None:
        from kg.buildfolder import read_manifest
        from kg.cache import ArticleCache
        from kg.collect import fewer_collections

        try:
            with fewer_collections(freeze=False):
                listed = (read_manifest(ahead[0]) or {}).get("articles", [])
                start = premerge(ArticleCache(ahead[0], ahead[1]), listed)
        except Exception:  # the page is then drawn from every article's facts, as without
            start = None
    try:
        job = conn.recv()
    except EOFError:  # closed unused
        return
    try:
        conn.send((True, draw_page(*job, start=start)))
    except Exception as e:  # the build re-raises it
        conn.send((False, e))


class DrawingProcess:
    """graph.html drawn in a spawned process of its own, started early so that its start-up
    (a second or two of imports) and the merge of a rebuild's previous facts (``ahead``:
    :func:`_drawing_loop`) run beside other work, e.g. a rebuild's extraction.

    :meth:`draw` hands it the page to draw and gives a function that waits for the
    path; :meth:`close` ends the process, drawn or not.
    """

    def __init__(self, ahead: tuple[Path, bool] | None = None) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")  # never a fork of a process with threads running
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_drawing_loop, args=(child, ahead), daemon=True, name="kg-drawing")
        self._process.start()
        child.close()

    def draw(self, out: Path, use_crf: bool, listed: list[dict], path: Path) -> Callable[[], Path]:
        self._conn.send((out, use_crf, listed, path))

        def result() -> Path:
            try:
                ok, value = self._conn.recv()
            except EOFError:
                raise RuntimeError("the process drawing graph.html died (out of memory?)") from None
            if not ok:
                raise value
            return value
        return result

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._conn.close()


@contextmanager
def drawing_process(start: bool, ahead: tuple[Path, bool] | None = None
                    ) -> Iterator[DrawingProcess | None]:
    """A :class:`DrawingProcess` started now (None unless ``start``; merging ``ahead``), closed on leaving
    the block."""
    process = DrawingProcess(ahead) if start else None
    try:
        yield process
    finally:
        if process is not None:
            process.close()


@contextmanager
def drawing_beside(out: Path, use_crf: bool, listed: list[dict], path: Path, html: bool,
                   jobs: int, process: DrawingProcess | None = None) -> Iterator[Callable[[], Path | None]]:
    """Within the block, a function that gives graph.html drawn by :func:`draw_page` (None without ``html``).

    With ``jobs`` > 1 and at least :data:`DRAW_APART` articles the page is drawn in
    a process of its own (``process``, or one spawned on entry), so it runs beside
    what the block does first (the build's store load and SHACL checks);
    otherwise it is drawn when asked for.
    """
    if not html:
        yield lambda: None
        return
    if not draws_apart(html, jobs, len(listed)):
        yield lambda: draw_page(out, use_crf, listed, path)
        return
    with drawing_process(process is None) as spawned:
        yield (process or spawned).draw(out, use_crf, listed, path)  # type: ignore[union-attr]


def store_drawing(store_dir: Path) -> nx.MultiDiGraph:
    """:func:`kg.projection.drawing_graph` of the build whose store is at ``store_dir``."""
    import gc

    from kg.projection import drawing_graph

    store = ox.Store.read_only(str(store_dir))
    try:
        return drawing_graph(store_facts(store))
    finally:
        del store
        gc.collect()

"""SHACL validation of a build that stays fast as the corpus grows.

pyshacl evaluates a SHACL-SPARQL constraint once per focus node and parses its
query each time (about 15 ms per kgo:Assertion with rdflib: 74 s of a 200-article
build). Here the core shapes still go to pyshacl, but each ``sh:SPARQLConstraint``
runs **once** over the Oxigraph store the build has just loaded, with ``$this``
left unbound and restricted to the shape's target class — the same violations,
one query instead of thousands (:mod:`kg.shacl_constraints`).

pyshacl also validates a node shape's ``sh:property`` shapes one focus node at a
time (building the property shape's constraint components again for every
node: 55k calls for 100 articles). :func:`lift_property_shapes` gives each
such property shape, once per node shape that holds it, its node shape's
targets, so pyshacl validates it once over all focus nodes: the same results
(focus node, path, message), several times faster.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import RDF, BNode, Graph, Namespace, URIRef

from kg.shacl_compiled import check_triples, compile_shapes, results_by_focus

SH = Namespace("http://www.w3.org/ns/shacl#")


def split_shapes(shapes: Graph) -> tuple[Graph, list[dict]]:
    """The shapes without SPARQL constraints, and those constraints (query, targets, message)."""
    core = Graph()
    for t in shapes:
        core.add(t)
    constraints: list[dict] = []
    for shape, constraint in list(shapes.subject_objects(SH.sparql)):
        targets = [str(c) for c in shapes.objects(shape, SH.targetClass)]
        select = shapes.value(constraint, SH.select)
        message = shapes.value(constraint, SH.message) or shapes.value(shape, SH.message)
        prefixes = {}
        for decl_holder in shapes.objects(constraint, SH.prefixes):
            for decl in shapes.objects(decl_holder, SH.declare):
                prefixes[str(shapes.value(decl, SH.prefix))] = str(shapes.value(decl, SH.namespace))
        if select is None or not targets:
            continue  # kept for pyshacl: a form this module does not run
        constraints.append({"shape": str(shape), "targets": targets, "select": str(select),
                            "message": str(message or "SPARQL constraint violated"), "prefixes": prefixes})
        core.remove((shape, SH.sparql, constraint))
        for t in list(core.triples((constraint, None, None))):
            core.remove(t)
    return core, constraints


_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)


def lift_property_shapes(shapes: Graph) -> Graph:
    """``shapes`` with every ``sh:property`` of a targeted node shape turned into a targeted shape.

    For node shape N (with targets T) and its property shape P, P's own triples
    are copied onto a new property shape carrying T, and N loses the
    ``sh:property`` link. A focus node of N is then checked against P exactly
    as before (the same constraints, path and message), once per (N, P) pair
    as before, but in one pass over all of N's focus nodes. Node shapes
    without targets (used through ``sh:node`` or ``sh:or``) are left alone.
    """
    out = Graph()
    for t in shapes:
        out.add(t)
    for node in set(shapes.subjects(SH.property, None)):
        targets = [(k, o) for k in _TARGETS for o in shapes.objects(node, k)]
        if not targets or (node, SH.deactivated, None) in shapes:
            continue
        for prop in list(shapes.objects(node, SH.property)):
            lifted = BNode()
            for p, o in shapes.predicate_objects(prop):
                if p not in _TARGETS:
                    out.add((lifted, p, o))
            out.add((lifted, RDF.type, SH.PropertyShape))
            for p, o in targets:
                out.add((lifted, p, o))
            out.remove((node, SH.property, prop))
    return out


def report_lines(report: Graph, only: set | None = None) -> list[str]:
    """One ``focus path: message`` line per result of a pyshacl validation report (about ``only``, if given)."""
    lines: list[str] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        if only is not None and focus not in only:
            continue
        msg = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        lines.append(f"{focus} {path or ''}: {msg}")
    return lines


# Nodes that belong to one article: their IRIs carry the article id (kg.rdf),
# so every triple about them is in that article's graph.
KGO = Namespace("https://w3id.org/kg-vn/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ARTICLE_CLASSES = frozenset({KGO.Article, KGO.Assertion, KGO.Merge, KGO.Statement, NIF.Phrase, NIF.Sentence,
                             NIF.Context})


@dataclass
class Shapes:
    """ontology/shapes.ttl split by what each shape needs to see.

    ``article``: the core shapes whose targets are article-local nodes (articles,
    assertions, mentions, sentences, merges, statements): checked on each
    article graph alone, so an unchanged article's result can be reused.
    ``corpus``: the core shapes of entities and relations, whose values may come
    from several articles: checked on the corpus layer (:func:`corpus_triples`).
    ``constraints``: the SPARQL constraints, run over the store (:mod:`kg.shacl_constraints`).
    ``corpus_predicates``: the predicates (IRIs) whose triples the corpus shapes
    read (:func:`read_predicates`); None: any. ``article_rules``: the article
    shapes compiled to Python checks that give pyshacl's results (None when
    they use what :mod:`kg.shacl_compiled` does not check).
    """

    article: Graph
    corpus: Graph
    constraints: list[dict]
    corpus_predicates: frozenset[str] | None = None
    article_rules: list | None = None  # ``article`` compiled (:mod:`kg.shacl_compiled`); None: pyshacl checks it
    corpus_rules: list | None = None  # ``corpus`` compiled, likewise


def _without_targets(shapes: Graph, drop: set) -> Graph:
    """A copy of ``shapes`` in which the shapes in ``drop`` target nothing (so never run on their own)."""
    out = Graph()
    for t in shapes:
        if not (t[0] in drop and t[1] in _TARGETS):
            out.add(t)
    return out


def load_shapes(shapes_path: Path) -> Shapes:
    """Read and split the shapes file (see :class:`Shapes`), property shapes lifted."""
    core, constraints = split_shapes(Graph().parse(shapes_path, format="turtle"))
    core, links = article_links(lift_property_shapes(core))
    targeted = {s for p in _TARGETS for s in core.subjects(p, None)}
    local = {s for s in targeted
             if {(p, o) for p in _TARGETS for o in core.objects(s, p)}
             <= {(SH.targetClass, c) for c in ARTICLE_CLASSES}}
    corpus = _without_targets(core, local)
    article = _without_targets(core, targeted - local) + links
    return Shapes(article=article, corpus=corpus, constraints=constraints, corpus_predicates=read_predicates(corpus),
                  article_rules=compile_shapes(article), corpus_rules=compile_shapes(corpus))


# what a property shape may say besides its constraints
_ANNOTATIONS = frozenset({RDF.type, SH.path, SH.message, SH.name, SH.description, SH.severity, SH.order, SH.group,
                          *_TARGETS})


def article_links(shapes: Graph) -> tuple[Graph, Graph]:
    """``shapes`` without the targeted property shapes whose only constraint is that each value
    is an article node (``sh:path P ; sh:class C``, C one of :data:`ARTICLE_CLASSES`, as
    ``kgo:mentionedIn`` → ``kgo:Article``), and those constraints as shapes on the objects of P
    ("every object of P is a C", one per path, classes and message).

    The link and its value's type are both in the value's article graph, so each
    article check can check them, and the corpus layer need not carry the links:
    one ``mentionedIn`` per entity and article, the most of it, and what a leader
    named in every article gains with each new one. Stricter only in that every
    subject of P is held to it, and the value must be typed in its own graph.
    """
    out, links = Graph(), Graph()
    for t in shapes:
        out.add(t)
    made: set[tuple] = set()
    for shape in set(shapes.subjects(SH.path, None)):
        path, classes = shapes.value(shape, SH.path), frozenset(shapes.objects(shape, SH["class"]))
        said = set(shapes.predicates(shape, None))
        if (not isinstance(path, URIRef) or not classes or not classes <= ARTICLE_CLASSES
                or not said - _ANNOTATIONS <= {SH["class"]} or not said & set(_TARGETS)):
            continue
        for t in list(shapes.triples((shape, None, None))):
            out.remove(t)
        kept = tuple((p, o) for p in (SH.message, SH.severity) for o in sorted(shapes.objects(shape, p)))
        if (path, classes, kept) in made:
            continue
        made.add((path, classes, kept))
        node = BNode()
        links.add((node, RDF.type, SH.NodeShape))
        links.add((node, SH.targetObjectsOf, path))
        for c in classes:
            links.add((node, SH["class"], c))
        for p, o in kept:
            links.add((node, p, o))
    return out, links


def read_predicates(shapes: Graph) -> frozenset[str] | None:
    """The predicates whose triples the targeted shapes of ``shapes`` (and the shapes they use)
    can read about a focus node: their ``sh:path`` IRIs, their target predicates, ``rdf:type``
    and ``rdfs:subClassOf`` (``sh:class``). None when any may be: a path that is not one IRI, or a
    closed shape."""
    if (None, SH.closed, None) in shapes:
        return None
    todo = [s for p in _TARGETS for s in shapes.subjects(p, None)]
    seen: set = set()
    found = {str(RDF.type), "http://www.w3.org/2000/01/rdf-schema#subClassOf"}
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in shapes.predicate_objects(node):
            if p == SH.path:
                if not isinstance(o, URIRef):
                    return None
                found.add(str(o))
            elif p in (SH.targetSubjectsOf, SH.targetObjectsOf):
                found.add(str(o))
            elif (o, None, None) in shapes:
                todo.append(o)
    return frozenset(found)


def _check(graph: Graph, shapes: Graph, focus: set | None = None) -> tuple[bool, list[str]]:
    """pyshacl's verdict and result lines; with ``focus``, only the results about those nodes count."""
    from pyshacl import validate as shacl_validate

    conforms, report, _ = shacl_validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    if focus is not None:
        conforms = not any(report.value(r, SH.focusNode) in focus and report.value(r, SH.resultSeverity) == SH.Violation
                           for r in report.subjects(RDF.type, SH.ValidationResult))
    return bool(conforms), report_lines(report, focus)


def _verdict(graph: Graph | Iterable[tuple], shapes: Graph, rules: list | None) -> tuple[bool, list[str]]:
    """:func:`_check` of ``graph`` against ``shapes``, by their compiled ``rules`` when they have
    them (:mod:`kg.shacl_compiled`: the same results, about three times faster, from any triples)."""
    if rules is not None:
        return check_triples(graph, rules)
    return _check(graph, shapes)


def check_article(graph: Graph, shapes: Shapes) -> tuple[bool, list[str]]:
    """Whether one article graph conforms to the article-scoped shapes, and one line per result."""
    return _verdict(graph, shapes.article, shapes.article_rules)


def corpus_triples(graph: Graph) -> Iterator[tuple]:
    """The triples of ``graph`` the corpus shapes read: all but those about article-local nodes.

    Articles' own triples stay (a mention's ``sh:class kgo:Article`` needs their
    type); assertions, mentions, sentences, merges and statements (most of a
    build) go.
    """
    local = {s for c in ARTICLE_CLASSES - {KGO.Article} for s in graph.subjects(RDF.type, c)}
    return (t for t in graph if t[0] not in local)


def check_corpus(layer: Graph, shapes: Shapes) -> tuple[bool, list[str]]:
    """Whether the corpus layer of all articles conforms to the entity and relation shapes, and one line per result."""
    return _verdict(layer, shapes.corpus, shapes.corpus_rules)


CORPUS_CHUNK = 5_000  # subjects of the corpus layer per pyshacl run of check_corpus_store
_LOCAL_QUERY = ("SELECT DISTINCT ?s WHERE { ?s ?p ?o MINUS { ?s a ?c VALUES ?c { "
                + " ".join(f"<{c}>" for c in sorted(ARTICLE_CLASSES - {KGO.Article})) + " } } }")


def check_corpus_store(store_dir: Path, shapes: Shapes, chunk: int = CORPUS_CHUNK) -> tuple[bool, list[str]]:
    """:func:`check_corpus` of the corpus layer of the store's union, ``chunk`` subjects at a time."""
    return corpus_verdict(corpus_results(store_dir, shapes, chunk))


def corpus_verdict(results: dict[str, tuple[bool, list[str]]]) -> tuple[bool, list[str]]:
    """Whether no node of :func:`corpus_results` has a violation, and all their lines."""
    return (not any(violated for violated, _ in results.values()),
            [line for _, lines in results.values() for line in lines])


def corpus_results(store_dir: Path, shapes: Shapes, chunk: int = CORPUS_CHUNK,
                   subjects: Iterable | None = None) -> dict[str, tuple[bool, list[str]]]:
    """The results of the corpus shapes about each node of the store's corpus layer that has any:
    node IRI → (a violation among them, their lines). ``subjects`` (Oxigraph terms) limits
    the check to those nodes (an incremental build rechecks what changed).

    The corpus shapes read a focus node's own triples and the ``rdf:type`` of
    its values (``sh:class``), nothing further. So each chunk of the layer's
    subjects is checked with their triples of the predicates the shapes read
    (:attr:`Shapes.corpus_predicates`) plus the types of those values (those in
    the layer), and only the results about the chunk's own nodes are kept: the
    results of one check of the whole layer, in memory bounded by the chunk.
    """
    import gc

    import pyoxigraph as ox

    from kg.drawing import to_rdflib

    store = ox.Store.read_only(str(store_dir))
    default, rdf_type = ox.DefaultGraph(), ox.NamedNode(str(RDF.type))
    local = {ox.NamedNode(str(c)) for c in ARTICLE_CLASSES - {KGO.Article}}
    read = shapes.corpus_predicates
    results: dict[str, tuple[bool, list[str]]] = {}
    try:
        if subjects is None:
            nodes = sorted((row["s"] for row in store.query(_LOCAL_QUERY)), key=str)
        else:
            nodes = sorted((s for s in set(subjects) if not isinstance(s, ox.Literal) and not any(
                q.object in local for q in store.quads_for_pattern(s, rdf_type, None, default))), key=str)
        terms: dict = {}  # each Oxigraph term of a chunk made an rdflib term once (most recur: predicates, types)

        def term(t: ox.NamedNode | ox.BlankNode | ox.Literal) -> object:
            made = terms.get(t)
            if made is None:
                made = terms[t] = to_rdflib(t)
            return made

        for i in range(0, len(nodes), chunk):
            part = nodes[i:i + chunk]
            graph, values = set() if shapes.corpus_rules is not None else Graph(), set()  # a set: compiled rules read it
            terms.clear()
            for s in part:
                subject = term(s)
                for q in store.quads_for_pattern(s, None, None, default):
                    if read is not None and q.predicate.value not in read:
                        continue  # no corpus shape reads it (kgo:mentionedIn: the article checks do)
                    graph.add((subject, term(q.predicate), term(q.object)))
                    if not isinstance(q.object, ox.Literal):
                        values.add(q.object)
            for v in values:
                types = [q.object for q in store.quads_for_pattern(v, rdf_type, None, default)]
                if not any(t in local for t in types):
                    for t in types:
                        graph.add((term(v), RDF.type, term(t)))
            results.update(_results_by_node(graph, shapes, {term(s) for s in part}))
    finally:
        del store
        gc.collect()
    return results


def _results_by_node(graph: Graph | set, shapes: Shapes, focus: set) -> dict[str, tuple[bool, list[str]]]:
    """The corpus shapes' results about the ``focus`` nodes, by node: (a violation among them, their
    lines); by their compiled rules when they have them, else by pyshacl."""
    from pyshacl import validate as shacl_validate

    if shapes.corpus_rules is not None:
        return {str(node): (True, lines) for node, lines in results_by_focus(graph, shapes.corpus_rules, focus).items()}
    _, report, _ = shacl_validate(graph, shacl_graph=shapes.corpus, inference="none", allow_warnings=True)
    found: dict[str, tuple[bool, list[str]]] = {}
    for r in report.subjects(RDF.type, SH.ValidationResult):
        node = report.value(r, SH.focusNode)
        if node not in focus:
            continue
        violated, lines = found.get(str(node), (False, []))
        found[str(node)] = (violated or report.value(r, SH.resultSeverity) == SH.Violation,
                            lines + [f"{node} {report.value(r, SH.resultPath) or ''}: {report.value(r, SH.resultMessage)}"])
    return found


def recheck_corpus(store_dir: Path, shapes: Shapes, previous: dict[str, tuple[bool, list[str]]],
                   touched: Iterable, retyped: Iterable | None = None) -> dict[str, tuple[bool, list[str]]]:
    """:func:`corpus_results` of a store whose union changed only in the triples of the
    ``touched`` subjects (Oxigraph terms), from the ``previous`` results: the nodes whose
    results may differ are checked again, the others' results are kept. ``retyped``: the
    touched subjects whose ``rdf:type`` changed (None: any of them may have)."""
    import pyoxigraph as ox

    recheck = nodes_to_recheck(store_dir, touched, retyped)
    again = {n.value for n in recheck if isinstance(n, ox.NamedNode)}
    results = {node: found for node, found in previous.items() if node not in again}
    results.update(corpus_results(store_dir, shapes, subjects=recheck))
    return results


def nodes_to_recheck(store_dir: Path, touched: Iterable, retyped: Iterable | None = None) -> set:
    """The nodes whose corpus results may differ after the triples of ``touched`` nodes changed:
    those nodes and every node with a ``retyped`` one (default: any touched one) as a value
    (``sh:class`` reads its type; nothing else of a value), but no article-local node (a
    mention, an assertion …: the article shapes check those).

    A leader named in every article gains triples with each new one; only when a
    node's types change must the thousands of nodes pointing at it be checked again.
    """
    import gc

    import pyoxigraph as ox

    from kg.rdf import ARTICLE_LOCAL_PREFIXES

    def corpus_node(node) -> bool:  # mentions, assertions … are no focus of the corpus shapes
        return not isinstance(node, ox.Literal) and not (
            isinstance(node, ox.NamedNode) and node.value.startswith(ARTICLE_LOCAL_PREFIXES))

    store = ox.Store.read_only(str(store_dir))
    default = ox.DefaultGraph()
    found = {t for t in touched if corpus_node(t)}
    pointed = found if retyped is None else {t for t in retyped if corpus_node(t)}
    try:
        for t in list(pointed):
            found.update(q.subject for q in store.quads_for_pattern(None, None, t, default) if corpus_node(q.subject))
    finally:
        del store
        gc.collect()
    return found


def validate_build(union: Graph, store_dir: Path, shapes_path: Path) -> tuple[bool, list[str]]:
    """Validate ``union`` (also loaded in the store at ``store_dir``); one line per violation.

    Lines have the form pyshacl's report gives in :func:`kg.rdf.validate`:
    ``focus path: message`` (no path for SPARQL constraints). ``kg build``
    runs the same three checks, the article one article by article.
    """
    from kg.shacl_constraints import check_store

    shapes = load_shapes(shapes_path)
    corpus = Graph()
    for t in corpus_triples(union):
        corpus.add(t)
    article_ok, article_lines = check_article(union, shapes)
    corpus_ok, corpus_lines = check_corpus(corpus, shapes)
    sparql_lines = check_store(store_dir, shapes.constraints)
    return article_ok and corpus_ok and not sparql_lines, sorted(article_lines + corpus_lines + sparql_lines)

"""SHACL validation of a build that stays fast as the corpus grows.

pyshacl evaluates a SHACL-SPARQL constraint once per focus node and parses its
query each time (about 15 ms per kgo:Assertion with rdflib: 74 s of a 200-article
build). Here the core shapes still go to pyshacl, but each ``sh:SPARQLConstraint``
runs **once** over the Oxigraph store the build has just loaded, with ``$this``
left unbound and restricted to the shape's target class — the same violations,
one query instead of thousands.

pyshacl also validates a node shape's ``sh:property`` shapes one focus node at a
time (building the property shape's constraint components again for every
node: 55k calls for 100 articles). :func:`lift_property_shapes` gives each
such property shape, once per node shape that holds it, its node shape's
targets, so pyshacl validates it once over all focus nodes: the same results
(focus node, path, message), several times faster.
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import RDF, BNode, Graph, Namespace, URIRef

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


_TARGETS = ("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode")


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
        targets = [(SH[k], o) for k in _TARGETS for o in shapes.objects(node, SH[k])]
        if not targets or (node, SH.deactivated, None) in shapes:
            continue
        for prop in list(shapes.objects(node, SH.property)):
            lifted = BNode()
            for p, o in shapes.predicate_objects(prop):
                if p not in (SH[k] for k in _TARGETS):
                    out.add((lifted, p, o))
            out.add((lifted, RDF.type, SH.PropertyShape))
            for p, o in targets:
                out.add((lifted, p, o))
            out.remove((node, SH.property, prop))
    return out


def constraint_query(c: dict) -> str:
    """The constraint's SELECT for all focus nodes at once: ``$this`` unbound, bound to the targets."""
    body = re.sub(r"\$this\b", "?this", c["select"])
    targets = " ".join(f"<{t}>" for t in c["targets"])
    restrict = ("?this <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/"
                "<http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?kgTarget . "
                f"VALUES ?kgTarget {{ {targets} }} ")
    body = re.sub(r"\bWHERE\s*\{", lambda m: m.group(0) + " " + restrict, body, count=1, flags=re.IGNORECASE)
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in c["prefixes"].items())
    return prefixes + body


def report_lines(report: Graph) -> list[str]:
    """One ``focus path: message`` line per result of a pyshacl validation report."""
    lines: list[str] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        msg = report.value(result, SH.resultMessage)
        path = report.value(result, SH.resultPath)
        lines.append(f"{focus} {path or ''}: {msg}")
    return lines


def validate_build(union: Graph, store_dir: Path, shapes_path: Path) -> tuple[bool, list[str]]:
    """Validate ``union`` (also loaded in the store at ``store_dir``); one line per violation.

    Lines have the form pyshacl's report gives in :func:`kg.rdf.validate`:
    ``focus path: message`` (no path for SPARQL constraints).
    """
    return combine(core_violations(union, shapes_path), sparql_violations(store_dir, shapes_path))


def combine(core: tuple[bool, list[str]], sparql_lines: list[str]) -> tuple[bool, list[str]]:
    """The verdict and sorted lines of the core shapes and the SPARQL constraints together."""
    conforms, lines = core
    return bool(conforms) and not sparql_lines, sorted(lines + sparql_lines)


def core_violations(union: Graph, shapes_path: Path) -> tuple[bool, list[str]]:
    """pyshacl's verdict and report lines for the shapes without their SPARQL constraints."""
    from pyshacl import validate as shacl_validate

    core, _ = split_shapes(Graph().parse(shapes_path, format="turtle"))
    conforms, report, _ = shacl_validate(union, shacl_graph=lift_property_shapes(core), inference="none",
                                         allow_warnings=True)
    return bool(conforms), report_lines(report)


def sparql_violations(store_dir: Path, shapes_path: Path) -> list[str]:
    """One line per focus node violating a SPARQL constraint, each constraint one query on the store."""
    import gc

    import pyoxigraph as ox

    _, constraints = split_shapes(Graph().parse(shapes_path, format="turtle"))
    sparql_lines: list[str] = []
    if constraints:
        store = ox.Store(str(store_dir))
        try:
            for c in constraints:
                focus_nodes = {str(row["this"].value) for row in
                               store.query(constraint_query(c), use_default_graph_as_union=True)
                               if isinstance(row["this"], ox.NamedNode)}
                sparql_lines += [f"{URIRef(f)} : {c['message']}" for f in focus_nodes]
        finally:
            del store
            gc.collect()  # RocksDB keeps its lock until the Store object is collected
    return sparql_lines

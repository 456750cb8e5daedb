"""SHACL shapes compiled to plain Python checks: pyshacl's results, without its per-node cost.

Every build checks each article graph against the article-scoped shapes
(:func:`kg.shacl.check_article`). pyshacl takes about 12 ms for one article
graph of ~900 triples (building its shapes, then walking each focus node
through each constraint component in rdflib): at 10,000 articles, two minutes
of CPU. The shapes that check article graphs use a small part of SHACL Core
(targets by class or by the objects of a predicate; ``sh:path`` one IRI;
``sh:minCount``, ``sh:maxCount``, ``sh:datatype``, ``sh:nodeKind``,
``sh:class``, ``sh:minInclusive``, ``sh:lessThan``, ``sh:lessThanOrEquals``,
``sh:uniqueLang``, ``sh:pattern``, and ``sh:or`` or ``sh:qualifiedValueShape``
of shapes using those; one ``sh:message`` each), and so do the corpus shapes
of entities and relations (:func:`kg.shacl.corpus_results`). :func:`compile_shapes` turns such shapes into
:class:`Rule` objects and :func:`check_triples` evaluates them over a graph's
triples indexed once, giving the lines and verdict pyshacl gives
(``tests/test_shacl_compiled.py`` compares the two on real article graphs
and on broken ones). Shapes using anything else compile to None, and the
caller keeps pyshacl.

>>> from rdflib import Graph
>>> rules = compile_shapes(Graph())
>>> check_triples([], rules)
(True, [])
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from functools import cached_property
from typing import Iterable

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.term import _NUMERIC_LITERAL_TYPES

_TARGETS = {SH.targetClass: "class", SH.targetObjectsOf: "objects", SH.targetSubjectsOf: "subjects",
            SH.targetNode: "node"}
_VALUE_PARAMS = {SH.datatype, SH.nodeKind, SH["class"], SH.minInclusive, SH.pattern, SH.flags}
_PARAMS = _VALUE_PARAMS | {SH.minCount, SH.maxCount, SH.lessThan, SH.lessThanOrEquals, SH.uniqueLang, SH["or"],
                           SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount,
                           SH.qualifiedValueShapesDisjoint}
_IGNORED = {RDF.type, SH.message, SH.name, SH.description, SH.order, SH.group, RDFS.label, RDFS.comment,
            SH.property}
_NODE_KINDS = {SH.IRI, SH.Literal, SH.BlankNode, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral, SH.IRIOrLiteral}
_BLANK_KINDS = frozenset({SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI})
_LITERAL_KINDS = frozenset({SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral})
_IRI_KINDS = frozenset({SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI})
# the datatypes whose values pyshacl checks for their Python type (others: any value)
_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}
_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf
_XSD_STRING, _LANG_STRING, _RDFS_LITERAL, _RDFS_DATATYPE = XSD.string, RDF.langString, RDFS.Literal, RDFS.Datatype


@dataclass(frozen=True)
class Values:
    """What each value node must be: a datatype, a node kind, classes, a lower bound, a pattern."""

    datatype: URIRef | None = None
    node_kind: URIRef | None = None
    classes: tuple[URIRef, ...] = ()
    min_inclusive: Literal | None = None
    pattern: re.Pattern | None = None

    @cached_property
    def empty(self) -> bool:
        """No constraint: every value node passes (:func:`_value_results` gives 0)."""
        return self.datatype is None and self.node_kind is None and not self.classes \
            and self.min_inclusive is None and self.pattern is None


@dataclass(frozen=True)
class Rule:
    """One targeted shape: whom it checks, along which path (None: the focus node itself), and how."""

    targets: tuple[tuple[str, URIRef], ...]
    path: URIRef | None
    message: str
    values: Values
    any_of: tuple[Values, ...] | None = None  # sh:or: each value node is one of these
    min_count: int | None = None
    max_count: int | None = None
    less_than: tuple[URIRef, ...] = ()
    less_than_or_equals: tuple[URIRef, ...] = ()
    unique_lang: bool = False
    qualified: Values | None = None  # sh:qualifiedValueShape: how many value nodes are one of these
    qualified_min: int | None = None
    qualified_max: int | None = None

    @cached_property
    def ordered(self) -> tuple[tuple[URIRef, bool], ...]:
        """sh:lessThan (strict) then sh:lessThanOrEquals paths, made once."""
        return tuple([(p, True) for p in self.less_than] + [(p, False) for p in self.less_than_or_equals])


def compile_shapes(shapes: Graph) -> list[Rule] | None:
    """The targeted shapes of ``shapes`` as rules, or None when one uses what this module does not check."""
    rules: list[Rule] = []
    for shape in sorted({s for p in _TARGETS for s in shapes.subjects(p, None)}, key=str):
        rule = _compile(shapes, shape)
        if rule is None:
            return None
        rules.append(rule)
    return rules


def _compile(shapes: Graph, shape) -> Rule | None:
    said = set(shapes.predicates(shape, None))
    if not said <= _PARAMS | _IGNORED | set(_TARGETS) | {SH.path} or (shape, SH.property, None) in shapes:
        return None  # a nested property shape, severity, deactivation, a closed shape …
    messages = list(shapes.objects(shape, SH.message))
    paths = list(shapes.objects(shape, SH.path))
    if len(messages) != 1 or len(paths) > 1 or (paths and not isinstance(paths[0], URIRef)):
        return None
    if any(len(list(shapes.objects(shape, p))) > 1 for p in _PARAMS - {SH["class"], SH.lessThan,
                                                                      SH.lessThanOrEquals}):
        return None
    values = _values(shapes, shape)
    if values is None:
        return None
    any_of = None
    if (shape, SH["or"], None) in shapes:
        members = [_member(shapes, m) for m in Collection(shapes, shapes.value(shape, SH["or"]))]
        if any(m is None for m in members):
            return None
        any_of = tuple(members)
    qualified = None
    if (shape, SH.qualifiedValueShape, None) in shapes:
        disjoint = shapes.value(shape, SH.qualifiedValueShapesDisjoint)
        qualified = _member(shapes, shapes.value(shape, SH.qualifiedValueShape))
        if qualified is None or (disjoint is not None and disjoint.toPython() is not False):
            return None
    unique = shapes.value(shape, SH.uniqueLang)
    if unique is not None and not (isinstance(unique, Literal) and isinstance(unique.value, bool)):
        return None
    return Rule(
        targets=tuple(sorted((_TARGETS[p], o) for p in _TARGETS for o in shapes.objects(shape, p))),
        path=paths[0] if paths else None, message=str(messages[0]), values=values, any_of=any_of,
        min_count=_int(shapes.value(shape, SH.minCount)), max_count=_int(shapes.value(shape, SH.maxCount)),
        less_than=tuple(shapes.objects(shape, SH.lessThan)),
        less_than_or_equals=tuple(shapes.objects(shape, SH.lessThanOrEquals)),
        unique_lang=bool(unique is not None and unique.value), qualified=qualified,
        qualified_min=_int(shapes.value(shape, SH.qualifiedMinCount)),
        qualified_max=_int(shapes.value(shape, SH.qualifiedMaxCount)))


def _member(shapes: Graph, node) -> Values | None:
    """A member shape of an ``sh:or``: value constraints only."""
    if not set(shapes.predicates(node, None)) <= _VALUE_PARAMS | {RDF.type}:
        return None
    return _values(shapes, node)


def _values(shapes: Graph, shape) -> Values | None:
    kind = shapes.value(shape, SH.nodeKind)
    low = shapes.value(shape, SH.minInclusive)
    pattern = shapes.value(shape, SH.pattern)
    if (kind is not None and kind not in _NODE_KINDS) or (low is not None and not isinstance(low, Literal)):
        return None
    compiled = None
    if pattern is not None:
        flags = str(shapes.value(shape, SH.flags) or "")
        compiled = re.compile(str(pattern), (re.IGNORECASE if "i" in flags else 0) | (re.MULTILINE if "m" in flags else 0)
                              | (re.DOTALL if "s" in flags else 0) | (re.VERBOSE if "x" in flags else 0))
    return Values(datatype=shapes.value(shape, SH.datatype), node_kind=kind,
                  classes=tuple(shapes.objects(shape, SH["class"])), min_inclusive=low, pattern=compiled)


def _int(value) -> int | None:
    return int(value) if value is not None else None


class DistinctTriples(list):
    """Triples known to be distinct (:func:`kg.rdf.article_triples`: the keys of a dict): the
    index reads them as they are, not through a set (hashing each literal in Python)."""

    __slots__ = ()


class _Index:
    """A graph's triples by subject and predicate, by predicate, and its types."""

    def __init__(self, triples: Iterable[tuple]) -> None:
        self.objects: dict[tuple, list] = defaultdict(list)
        self.by_predicate: dict = defaultdict(list)
        for s, p, o in triples if isinstance(triples, (Graph, DistinctTriples)) else set(triples):
            self.objects[(s, p)].append(o)
            self.by_predicate[p].append((s, o))
        self.types: dict = defaultdict(set)
        self.instances: dict = defaultdict(set)
        for s, o in self.by_predicate.get(_TYPE, ()):
            self.types[s].add(o)
            self.instances[o].add(s)
        self.parents: dict = defaultdict(set)
        for s, o in self.by_predicate.get(_SUBCLASS, ()):
            self.parents[s].add(o)
        self._focus: dict[tuple, set] = {}
        self._predicates = {p: p for p in self.by_predicate}
        self._paths: dict[int, object] = {}
        self._ancestors: dict = {}

    def values(self, node, path) -> list:
        # the graph's own predicate object for ``path`` (a rule's, alive as long as the rules):
        # the key's terms then compare by identity, not by rdflib's __eq__
        same = self._paths.get(id(path))
        if same is None:
            same = self._paths[id(path)] = self._predicates.get(path, path)
        return self.objects.get((node, same), [])

    def ancestors(self, cls) -> set:
        """``cls`` and every class it is an rdfs:subClassOf (transitively), in this graph."""
        if not self.parents:
            return {cls}
        if cls in self._ancestors:
            return self._ancestors[cls]
        seen, todo = {cls}, [cls]
        self._ancestors[cls] = seen
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def focus_nodes(self, targets: tuple[tuple[str, URIRef], ...]) -> set:
        if targets in self._focus:
            return self._focus[targets]
        found = self._focus[targets] = set()
        for kind, node in targets:
            if kind == "node":
                found.add(node)
            elif kind == "class":
                found |= self.instances.get(node, set())
                if self.parents:
                    found |= {s for c, kids in self.instances.items() if c != node and node in self.ancestors(c)
                              for s in kids}
            elif kind == "objects":
                found |= {o for _, o in self.by_predicate.get(node, ())}
            else:
                found |= {s for s, _ in self.by_predicate.get(node, ())}
        return found


def check_triples(triples: Iterable[tuple], rules: list[Rule]) -> tuple[bool, list[str]]:
    """Whether the graph of ``triples`` (rdflib terms) conforms to ``rules``, and one
    ``focus path: message`` line per result, as :func:`kg.shacl.report_lines` gives them."""
    lines = [line for found in results_by_focus(triples, rules).values() for line in found]
    return not lines, lines


def results_by_focus(triples: Iterable[tuple], rules: list[Rule], only: set | None = None) -> dict:
    """The result lines of ``rules`` over the graph of ``triples``, by focus node (only those
    with results; with ``only``, only those of its nodes)."""
    index = _Index(triples)
    found: dict = {}
    memo: dict = {}  # (id(Values), id(value node)) -> _value_results: both alive while the index is
    for rule in rules:
        for focus in index.focus_nodes(rule.targets):
            if only is not None and focus not in only:
                continue
            n = _results(index, rule, focus, memo)
            if n:
                found.setdefault(focus, []).extend([f"{focus} {rule.path or ''}: {rule.message}"] * n)
    return found


def _results(index: _Index, rule: Rule, focus, memo: dict | None = None) -> int:
    """How many validation results ``rule`` gives about ``focus`` (``memo``: the value nodes'
    results already found over this index, by the ids of their :class:`Values` and node)."""
    values = index.values(focus, rule.path) if rule.path is not None else [focus]
    found = 0
    if rule.min_count is not None and len(values) < rule.min_count:
        found += 1
    if rule.max_count is not None and len(values) > rule.max_count:
        found += 1
    want = rule.values
    if want.empty:
        if rule.any_of is not None:
            for v in values:
                found += all(_value_results(index, m, v) for m in rule.any_of)
    elif memo is None:
        for v in values:
            found += _value_results(index, want, v)
            if rule.any_of is not None and all(_value_results(index, m, v) for m in rule.any_of):
                found += 1
    else:
        for v in values:
            key = (id(want), id(v))
            n = memo.get(key)
            if n is None:
                n = memo[key] = _value_results(index, want, v)
            found += n
            if rule.any_of is not None and all(_value_results(index, m, v) for m in rule.any_of):
                found += 1
    for other, strict in rule.ordered:
        found += sum(not _ordered(v, w, strict) for v in set(values) for w in set(index.values(focus, other)))
    if rule.qualified is not None:
        matching = sum(not _value_results(index, rule.qualified, v) for v in values)
        found += rule.qualified_max is not None and matching > rule.qualified_max
        found += rule.qualified_min is not None and matching < rule.qualified_min
    if rule.unique_lang:
        langs = [str(v.language).lower() for v in values if isinstance(v, Literal) and v.language]
        found += len({lang for lang in langs if langs.count(lang) > 1})
    return found


def _value_results(index: _Index, want: Values, v) -> int:
    """How many of ``want``'s constraints the value node ``v`` fails (one result each)."""
    found = 0
    if want.datatype is not None and not _has_datatype(v, want.datatype):
        found += 1
    if want.node_kind is not None and not _has_kind(v, want.node_kind):
        found += 1
    for cls in want.classes:
        if isinstance(v, Literal) or not any(cls in index.ancestors(t) for t in index.types.get(v, ())):
            found += 1
    if want.min_inclusive is not None and not _at_least(v, want.min_inclusive):
        found += 1
    if want.pattern is not None and (isinstance(v, BNode) or not want.pattern.search(str(v))):
        found += 1
    return found


def _has_datatype(v, datatype: URIRef) -> bool:
    """sh:datatype as pyshacl reads it: the same datatype IRI and a well-typed value."""
    if not isinstance(v, Literal):
        return False
    if v.datatype == datatype:
        return getattr(v, "ill_typed", None) is not True and _actual(v, datatype)
    if datatype == _RDFS_LITERAL or (datatype == _RDFS_DATATYPE and v.datatype):
        return True
    if v.datatype is None and v.language is None and datatype == _XSD_STRING:
        return _actual(v, datatype)
    return datatype == _LANG_STRING and bool(v.language) and _actual(v, datatype)


def _actual(v: Literal, datatype: URIRef) -> bool:
    kind = _PYTHON_TYPES.get(datatype)
    return kind is None or isinstance(v.value, kind)


def _has_kind(v, kind: URIRef) -> bool:
    if isinstance(v, BNode):
        return kind in _BLANK_KINDS
    if isinstance(v, Literal):
        return kind in _LITERAL_KINDS
    return kind in _IRI_KINDS


def _at_least(v, low: Literal) -> bool:
    from pyshacl.rdfutil.compare import compare_literal

    if not isinstance(v, Literal) or isinstance(low.value, str) != isinstance(v.value, str):
        return False
    try:
        return compare_literal(v, low) >= 0
    except (TypeError, NotImplementedError):
        return False


# rdflib's numeric datatypes, as a set: the same membership with one comparison, not one per type
_NUMERIC = frozenset(_NUMERIC_LITERAL_TYPES)


def _ordered(v, w, strict: bool) -> bool:
    """sh:lessThan (``strict``) or sh:lessThanOrEquals between two value nodes, as pyshacl compares them."""
    if type(v) is Literal and type(w) is Literal and v.datatype in _NUMERIC and w.datatype in _NUMERIC \
            and not v.ill_typed and not w.ill_typed and v.value is not None and w.value is not None:
        # two well-typed numbers (the offsets): what rdflib's Literal.__lt__ / __le__ reduce to
        a, b = v.value, w.value
        less = not (a > b) and not (a == b)
        return less if strict else (less or a == b)

    def plain(x):
        if isinstance(x, URIRef):
            return str(x), True
        if isinstance(x, Literal) and isinstance(x.value, str):
            return x.value, True
        return x, False

    (a, a_str), (b, b_str) = plain(v), plain(w)
    if a_str != b_str:
        return False
    try:
        return bool(a < b) if strict else bool(a <= b)
    except TypeError:
        return False

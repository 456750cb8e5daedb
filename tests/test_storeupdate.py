"""kg.storeupdate: a store updated graph by graph equals one loaded whole, and the corpus
SHACL results rechecked from what changed equal a full check (kg.shacl.recheck_corpus)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg import rdf
from kg.graphfiles import trig_block, trig_header
from kg.shacl import corpus_results, load_shapes, nodes_to_recheck, recheck_corpus
from kg.store import write_store
from kg.storeupdate import named_quads, update_store

R = "https://w3id.org/kg-vn/resource/"
O = "https://w3id.org/kg-vn/ontology#"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def block(article: str, triples: str) -> bytes:
    """The TriG block of an article graph given as N-Triples lines."""
    base = (f"<{R}article/{article}> {A} <{O}Article> .\n")
    parsed = sorted(ox.parse((base + triples).encode(), format=ox.RdfFormat.N_TRIPLES), key=str)
    return trig_block(f"{R}graph/{article}", parsed)


def entity(key: str, kind: str, label: str, article: str) -> str:
    return (f"<{R}{key}> {A} <{O}{kind}> .\n<{R}{key}> {RDFS_LABEL} \"{label}\"@vi .\n"
            f"<{R}{key}> <{O}mentionedIn> <{R}article/{article}> .\n")


G1 = block("a1", entity("person/an", "Person", "An", "a1") + entity("organization/bo", "Organization", "Bộ", "a1")
           + f"<{R}person/an> <{O}memberOf> <{R}organization/bo> .\n")
G2 = block("a2", entity("person/an", "Person", "An", "a2") + entity("topic/so", "Topic", "số", "a2"))
# a1 replaced by a version that no longer types "bo", and a3 typing it a Topic: An's membership
# (unchanged) then points at no organization, though only bo's own triples changed
G1_NEW = block("a1", entity("person/an", "Person", "An", "a1") + f"<{R}person/an> <{O}memberOf> <{R}organization/bo> .\n")
G3 = block("a3", entity("organization/bo", "Topic", "Bộ", "a3"))


def store_of(blocks: list[bytes], where: Path) -> Path:
    trig = where.with_suffix(".trig")
    trig.write_bytes(trig_header() + b"".join(blocks))
    write_store(where, trig)
    return where


def quads(store_dir: Path) -> list[str]:
    store = ox.Store.read_only(str(store_dir))
    try:
        return sorted(str(q) for q in store)
    finally:
        del store


def test_an_updated_store_equals_the_store_loaded_from_its_graphs(tmp_path):
    before = store_of([G1, G2], tmp_path / "before")
    change = update_store(before, tmp_path / "after",
                          [str(rdf.graph_iri("a1")), str(rdf.graph_iri("a2"))], [G1_NEW, G3])
    assert quads(tmp_path / "after") == quads(store_of([G1_NEW, G3], tmp_path / "clean"))
    assert named_quads(tmp_path / "after") == named_quads(tmp_path / "clean") == named_quads(before) + change.gained
    assert change.gained < 0
    # the union lost what only the dropped graphs held, kept what a new graph holds again
    assert not any("topic/so" in q for q in quads(tmp_path / "after"))
    bo, so, an = (ox.NamedNode(f"{R}{k}") for k in ("organization/bo", "topic/so", "person/an"))
    assert {bo, so} <= change.touched and {bo, so} <= change.retyped
    assert an in change.touched and an not in change.retyped  # its mentionedIn a2 went, its type stays
    assert quads(before) == quads(store_of([G1, G2], tmp_path / "again"))  # the previous store is untouched


def test_corpus_results_rechecked_from_the_touched_nodes_equal_a_full_check(tmp_path):
    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    before = store_of([G1, G2], tmp_path / "before")
    previous = corpus_results(before, shapes)
    change = update_store(before, tmp_path / "after", [str(rdf.graph_iri("a1"))], [G1_NEW, G3])
    full = corpus_results(tmp_path / "after", shapes)
    assert f"{R}person/an" in full and f"{R}person/an" not in previous  # the membership broke
    assert recheck_corpus(tmp_path / "after", shapes, previous, change.touched, change.retyped) == full
    assert recheck_corpus(tmp_path / "after", shapes, previous, change.touched) == full


def test_nodes_pointing_at_a_node_are_rechecked_only_when_its_types_change(tmp_path):
    """A new article names the organisation again (a label, a mention: no new type): An, who points
    at it, keeps its results; an article typing it a Topic as well makes An's check run again."""
    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    before = store_of([G1, G2], tmp_path / "before")
    previous = corpus_results(before, shapes)
    bo, an = ox.NamedNode(f"{R}organization/bo"), ox.NamedNode(f"{R}person/an")
    again = block("a4", f"<{R}organization/bo> {RDFS_LABEL} \"Bộ Mới\"@vi .\n"
                        f"<{R}organization/bo> <{O}mentionedIn> <{R}article/a4> .\n")
    change = update_store(before, tmp_path / "named", [], [again])
    assert bo in change.touched and change.retyped == {ox.NamedNode(f"{R}article/a4")}  # the new article only
    assert nodes_to_recheck(tmp_path / "named", change.touched, change.retyped) == {bo, ox.NamedNode(f"{R}article/a4")}
    assert an in nodes_to_recheck(tmp_path / "named", change.touched)  # not told what was retyped
    assert recheck_corpus(tmp_path / "named", shapes, previous, change.touched, change.retyped) == corpus_results(
        tmp_path / "named", shapes)
    change = update_store(before, tmp_path / "typed", [], [G3])
    assert bo in change.retyped and an in nodes_to_recheck(tmp_path / "typed", change.touched, change.retyped)
    full = corpus_results(tmp_path / "typed", shapes)
    assert recheck_corpus(tmp_path / "typed", shapes, previous, change.touched, change.retyped) == full


def test_a_node_touched_only_in_what_no_corpus_shape_reads_is_not_checked_again(tmp_path):
    """A new article that only mentions the organisation adds a kgo:mentionedIn (checked with the
    article, not in the corpus layer): the organisation is touched, but not through a predicate
    the corpus shapes read, and the results kept for it equal a full check."""
    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    before = store_of([G1, G2], tmp_path / "before")
    previous = corpus_results(before, shapes)
    bo = ox.NamedNode(f"{R}organization/bo")
    again = block("a5", f"<{R}organization/bo> <{O}mentionedIn> <{R}article/a5> .\n")
    change = update_store(before, tmp_path / "after", [], [again])
    assert bo in change.touched and bo not in change.touched_through(shapes.corpus_predicates)
    assert bo in change.touched_through(None)
    recheck = change.touched_through(shapes.corpus_predicates)
    assert recheck_corpus(tmp_path / "after", shapes, previous, recheck, change.retyped) == corpus_results(
        tmp_path / "after", shapes)


RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def assertion(article: str, n: int, s: str, p: str, o: str) -> str:
    """An assertion of ``article`` describing the triple (s, p, o), as N-Triples lines."""
    a = f"<{R}assertion/{article}/{n}>"
    return (f"{a} {A} <{O}Assertion> .\n{a} <{RDF_NS}subject> <{s}> .\n"
            f"{a} <{RDF_NS}predicate> <{p}> .\n{a} <{RDF_NS}object> <{o}> .\n")


def test_the_sparql_constraint_rechecked_for_the_added_graphs_equals_a_full_run(tmp_path):
    """An assertion whose triple no graph holds violates kgsh:AssertedTripleShape; a graph added
    later that holds it cures it, and a new assertion of its own is checked: the recheck (the
    added graphs' assertions and the previous violators) equals a run over every assertion."""
    from kg.shacl import ARTICLE_CLASSES
    from kg.shacl_constraints import constraint_results, recheck_constraints, recheckable

    shapes = load_shapes(rdf.ontology_path("shapes.ttl"))
    local = {str(c) for c in ARTICLE_CLASSES}
    assert all(recheckable(c, local) for c in shapes.constraints)
    member = (f"{R}person/an", f"{O}memberOf", f"{R}organization/bo")
    told = block("a4", entity("person/an", "Person", "An", "a4") + assertion("a4", 1, *member))
    before = store_of([G2, told], tmp_path / "before")
    previous = constraint_results(before, shapes.constraints)
    assert previous == {shape: [f"{R}assertion/a4/1"] for shape in previous}
    wrong = (f"{R}person/an", f"{O}memberOf", f"{R}topic/so")
    change = update_store(before, tmp_path / "after", [], [G1, block("a5", assertion("a5", 1, *wrong))])
    assert not change.shrank and change.graphs == [f"{R}graph/a1", f"{R}graph/a5"]
    full = constraint_results(tmp_path / "after", shapes.constraints)
    assert full == {shape: [f"{R}assertion/a5/1"] for shape in full}  # a4's triple is in a1 now
    assert recheck_constraints(tmp_path / "after", shapes.constraints, previous, change.graphs, True, local) == full
    # a dropped graph shrinks the union: everything is run again
    change = update_store(tmp_path / "after", tmp_path / "dropped", [f"{R}graph/a1"], [])
    assert change.shrank
    assert recheck_constraints(tmp_path / "dropped", shapes.constraints, full, change.graphs, False, local) == \
        constraint_results(tmp_path / "dropped", shapes.constraints) == \
        {shape: [f"{R}assertion/a4/1", f"{R}assertion/a5/1"] for shape in full}


def test_a_constraint_that_reads_beyond_its_focus_node_is_not_rechecked_in_part():
    from kg.shacl_constraints import recheckable

    c = load_shapes(rdf.ontology_path("shapes.ttl")).constraints[0]
    local = [c["targets"][0]]
    assert recheckable(c, local) and not recheckable(c, [])
    for select in (c["select"].replace("NOT EXISTS", "EXISTS"),
                   c["select"].replace("rdf:object ?value .", "rdf:object ?value . ?s ?q ?z ."),
                   c["select"].replace("FILTER NOT", "OPTIONAL { ?s ?p ?z } FILTER NOT")):
        assert not recheckable({**c, "select": select}, local), select


def test_an_update_added_in_many_batches_equals_one_added_at_once(tmp_path, monkeypatch):
    """The added graphs go into the store a batch of quads at a time (bulk_extend); with batches of
    one quad, a union triple two new graphs share is added once, and the store and the change are
    those of one batch."""
    import kg.storeupdate

    before = store_of([G2], tmp_path / "before")
    added = [G1, G3, block("a4", entity("person/an", "Person", "An", "a4"))]
    whole = update_store(before, tmp_path / "whole", [], added)
    monkeypatch.setattr(kg.storeupdate, "BULK_BATCH", 1)
    small = update_store(before, tmp_path / "small", [], added)
    assert quads(tmp_path / "small") == quads(tmp_path / "whole") == quads(store_of([G2] + added, tmp_path / "full"))
    assert sorted(map(str, small.added)) == sorted(map(str, whole.added))
    assert len(small.added) == len(set(small.added))
    assert small.gained == whole.gained and small.touched == whole.touched

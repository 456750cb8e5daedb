"""Tests for kg.projection (entity_graph: the RDF → networkx projection; co-mentions; analysis_graph),
kg.analyze (metrics and the analysis graph) and kg.paths."""

from __future__ import annotations

import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from kg.projection import ENTITY_TYPES, drawing_graph, entity_graph
from kg.rdf import union_graph

KGO = Namespace("https://w3id.org/kg-vn/ontology#")
KGR = Namespace("https://w3id.org/kg-vn/resource/")
SCHEMA = Namespace("https://schema.org/")

PERSON = KGR["person/to-lam"]
ORG = KGR["organization/bo-chinh-tri"]
POLICY = KGR["policy/nghi-quyet-57"]
EVENT = KGR["event/dien-dan-quoc-gia"]
A1, A2 = KGR["article/a1"], KGR["article/a2"]
XSS = "<script>alert(1)</script>"


def assertion(g: rdflib.Graph, name: str, s, p, o, article, sentence: str, start: int = 0) -> None:
    a = KGR[f"assertion/{name}"]
    g.add((a, RDF.type, KGO.Assertion))
    g.add((a, RDF.subject, s))
    g.add((a, RDF.predicate, p))
    g.add((a, RDF.object, o))
    g.add((a, PROV.wasDerivedFrom, article))
    g.add((a, KGO.sentence, Literal(sentence)))
    g.add((a, KGO.charStart, Literal(start)))
    g.add((a, KGO.charEnd, Literal(start + len(sentence))))


def entity(g: rdflib.Graph, iri, cls, article, *labels: Literal) -> None:
    g.add((iri, RDF.type, cls))
    for lab in labels:
        g.add((iri, RDFS.label, lab))
    g.add((iri, KGO.mentionedIn, article))


def build_dataset() -> rdflib.Dataset:
    """Two article graphs as in ontology/README.md."""
    ds = rdflib.Dataset()
    g1 = ds.graph(KGR["graph/a1"])
    g1.add((A1, RDF.type, KGO.Article))
    g1.add((A1, DCTERMS.title, Literal("Bộ Chính trị ban hành Nghị quyết 57", lang="vi")))
    g1.add((A1, SCHEMA.url, URIRef("https://example.vn/a1")))
    g1.add((A1, SCHEMA.datePublished, Literal("2025-01-16", datatype=XSD.date)))
    entity(g1, PERSON, KGO.Person, A1, Literal("To Lam", lang="en"), Literal("Tô Lâm", lang="vi"))
    g1.add((PERSON, SKOS.altLabel, Literal("Tổng Bí thư Tô Lâm", lang="vi")))
    g1.add((PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi")))
    g1.add((PERSON, KGO.memberOf, ORG))
    entity(g1, ORG, KGO.Organization, A1, Literal("Politburo", lang="en"), Literal("Bộ Chính trị", lang="vi"))
    g1.add((ORG, KGO.issued, POLICY))
    entity(g1, POLICY, KGO.Policy, A1, Literal("Nghị quyết 57", lang="vi"))
    g1.add((POLICY, KGO.date, Literal("2024-12-22", datatype=XSD.date)))
    assertion(g1, "p1", PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi"), A1,
              "Tổng Bí thư Tô Lâm chủ trì hội nghị.")
    assertion(g1, "m1", PERSON, KGO.memberOf, ORG, A1, "Tô Lâm, Ủy viên Bộ Chính trị, phát biểu.")
    assertion(g1, "i1", ORG, KGO.issued, POLICY, A1, "Bộ Chính trị ban hành Nghị quyết 57.")

    g2 = ds.graph(KGR["graph/a2"])
    g2.add((A2, RDF.type, KGO.Article))
    g2.add((A2, DCTERMS.title, Literal("National forum on science", lang="en")))
    g2.add((A2, SCHEMA.url, URIRef("https://example.com/a2")))
    entity(g2, PERSON, KGO.Person, A2, Literal("To Lam", lang="en"))
    g2.add((PERSON, KGO.memberOf, ORG))
    g2.add((PERSON, KGO.participatedIn, EVENT))
    entity(g2, ORG, KGO.Organization, A2, Literal("Politburo", lang="en"))
    entity(g2, EVENT, KGO.Event, A2, Literal(f"Forum {XSS}", lang="en"))
    assertion(g2, "m2", PERSON, KGO.memberOf, ORG, A2, "Politburo member To Lam spoke.")
    assertion(g2, "e2", PERSON, KGO.participatedIn, EVENT, A2,
              'To Lam attended the forum <a href="x">link</a>.')
    return ds


def test_nodes_and_attributes() -> None:
    g = entity_graph(build_dataset())
    assert sorted(g.nodes) == sorted(str(x) for x in (PERSON, ORG, POLICY, EVENT))
    assert "Article" not in ENTITY_TYPES
    p = g.nodes[str(PERSON)]
    assert p["type"] == "Person"
    assert p["label"] == "Tô Lâm"  # @vi preferred over @en
    assert g.nodes[str(EVENT)]["label"] == f"Forum {XSS}"  # any language when no vi
    assert p["aliases"] == ["Tổng Bí thư Tô Lâm"]
    assert p["titles"] == ["Tổng Bí thư"]
    assert p["articles"] == [str(A1), str(A2)]
    assert p["sentences"] == [
        {
            "text": "Tổng Bí thư Tô Lâm chủ trì hội nghị.",
            "article": str(A1),
            "title": "Bộ Chính trị ban hành Nghị quyết 57",
            "url": "https://example.vn/a1",
        }
    ]
    assert g.nodes[str(ORG)]["type"] == "Organization"
    assert g.nodes[str(POLICY)]["type"] == "Policy"
    assert g.nodes[str(EVENT)]["type"] == "Event"


def test_edges_weights_and_sentences() -> None:
    g = entity_graph(build_dataset())
    edges = sorted((s, o, k) for s, o, k in g.edges(keys=True))
    assert edges == sorted(
        [
            (str(PERSON), str(ORG), "memberOf"),
            (str(ORG), str(POLICY), "issued"),
            (str(PERSON), str(EVENT), "participatedIn"),
        ]
    )  # no edges for position/date (literals) or mentionedIn (articles)
    member = g.edges[str(PERSON), str(ORG), "memberOf"]
    assert member["relation"] == "memberOf"
    assert member["weight"] == 2
    assert [d["article"] for d in member["sentences"]] == [str(A1), str(A2)]
    assert member["sentences"][1] == {
        "text": "Politburo member To Lam spoke.",
        "article": str(A2),
        "title": "National forum on science",
        "url": "https://example.com/a2",
    }
    issued = g.edges[str(ORG), str(POLICY), "issued"]
    assert issued["weight"] == 1
    assert issued["sentences"][0]["text"] == "Bộ Chính trị ban hành Nghị quyết 57."


def test_plain_graph_gives_same_projection() -> None:
    ds = build_dataset()
    a, b = entity_graph(ds), entity_graph(union_graph(ds))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_edge_without_assertion_still_has_weight_one() -> None:
    g = union_graph(build_dataset())
    g.add((ORG, KGO.organized, EVENT))
    out = entity_graph(g)
    e = out.edges[str(ORG), str(EVENT), "organized"]
    assert e["weight"] == 1 and e["sentences"] == []


def test_weight_counts_article_graphs_in_a_dataset() -> None:
    ds = build_dataset()
    ds.graph(KGR["graph/a2"]).add((ORG, KGO.issued, POLICY))  # stated in a2 too, no sentence
    e = entity_graph(ds).edges[str(ORG), str(POLICY), "issued"]
    assert e["weight"] == 2
    assert e["articles"] == [str(A1), str(A2)]


def test_deterministic_order() -> None:
    a, b = entity_graph(build_dataset()), entity_graph(build_dataset())
    assert list(a.nodes) == sorted(a.nodes)
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


# --------------------------------------------------------------------------- analysis

import math  # noqa: E402

import networkx as nx  # noqa: E402
import pytest  # noqa: E402

from kg.analyze import ANALYSIS_GRAPH, analysis_rdf, analyze, serialize_trig  # noqa: E402
from kg.paths import EntityLookupError, find_paths, resolve_entity  # noqa: E402
from kg.projection import analysis_graph, co_mentions  # noqa: E402

TOPIC = KGR["topic/khoa-hoc"]


def sentence_dataset() -> rdflib.Dataset:
    """build_dataset() with sentence offsets: in a1, the issuing sentence (start 40) also
    names the person; a2's sentence at the same offset must not pair with a1's."""
    ds = rdflib.Dataset()
    g1 = ds.graph(KGR["graph/a1"])
    g1.add((A1, RDF.type, KGO.Article))
    g1.add((A1, DCTERMS.title, Literal("Nghị quyết 57", lang="vi")))
    g1.add((A1, SCHEMA.url, URIRef("https://example.vn/a1")))
    entity(g1, PERSON, KGO.Person, A1, Literal("Tô Lâm", lang="vi"))
    g1.add((PERSON, SKOS.altLabel, Literal("Tổng Bí thư Tô Lâm", lang="vi")))
    entity(g1, ORG, KGO.Organization, A1, Literal("Bộ Chính trị", lang="vi"))
    g1.add((ORG, SKOS.altLabel, Literal("Politburo", lang="en")))
    entity(g1, POLICY, KGO.Policy, A1, Literal("Nghị quyết 57", lang="vi"))
    g1.add((PERSON, KGO.memberOf, ORG))
    g1.add((PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi")))
    g1.add((ORG, KGO.issued, POLICY))
    assertion(g1, "m1", PERSON, KGO.memberOf, ORG, A1, "Tô Lâm, Ủy viên Bộ Chính trị.", start=0)
    s2 = "Tổng Bí thư Tô Lâm nói Bộ Chính trị ban hành Nghị quyết 57."
    assertion(g1, "p1", PERSON, KGO.position, Literal("Tổng Bí thư", lang="vi"), A1, s2, start=40)
    assertion(g1, "i1", ORG, KGO.issued, POLICY, A1, s2, start=40)

    g2 = ds.graph(KGR["graph/a2"])
    g2.add((A2, RDF.type, KGO.Article))
    g2.add((A2, DCTERMS.title, Literal("Forum", lang="en")))
    entity(g2, PERSON, KGO.Person, A2, Literal("To Lam", lang="en"))
    entity(g2, ORG, KGO.Organization, A2, Literal("Politburo", lang="en"))
    entity(g2, EVENT, KGO.Event, A2, Literal("Forum", lang="en"))
    entity(g2, TOPIC, KGO.Topic, A2, Literal("khoa học", lang="vi"))
    g2.add((PERSON, KGO.memberOf, ORG))
    g2.add((EVENT, KGO.about, TOPIC))
    assertion(g2, "m2", PERSON, KGO.memberOf, ORG, A2, "Politburo member To Lam.", start=0)
    assertion(g2, "e2", EVENT, KGO.about, TOPIC, A2, "The forum is about science.", start=40)
    return ds


def test_co_mentions_need_same_article_and_sentence() -> None:
    pairs = co_mentions(sentence_dataset())
    p, o, pol, ev, top = map(str, (PERSON, ORG, POLICY, EVENT, TOPIC))
    assert sorted(pairs) == sorted([
        tuple(sorted((p, o))),  # m1 in a1, m2 in a2
        tuple(sorted((p, pol))),  # the position assertion shares i1's sentence
        tuple(sorted((o, pol))),
        tuple(sorted((ev, top))),  # a2 at start 40 is not a1 at start 40
    ])
    # one entry per sentence: a1 names both twice (offsets 0 and 40), a2 once
    assert [d["article"] for d in pairs[tuple(sorted((p, o)))]] == [str(A1), str(A1), str(A2)]
    (only,) = pairs[tuple(sorted((p, pol)))]
    assert only["text"].startswith("Tổng Bí thư Tô Lâm nói") and only["title"] == "Nghị quyết 57"


def test_analysis_graph_merges_relations_and_co_mentions() -> None:
    g = analysis_graph(sentence_dataset())
    assert isinstance(g, nx.Graph) and not g.is_directed()
    p, o, pol = str(PERSON), str(ORG), str(POLICY)
    member = g.edges[p, o]
    assert [(r["relation"], r["source"], r["target"]) for r in member["relations"]] == [("memberOf", p, o)]
    assert member["articles"] == [str(A1), str(A2)] and member["weight"] == 2
    co = g.edges[p, pol]  # named together, no relation
    assert co["relations"] == [] and len(co["comentions"]) == 1 and co["kind"] == "co-mention"
    # one shared sentence; the person is named in both articles (idf log(3/2)/log 3), the policy in one
    assert co["weight"] == pytest.approx((1 - math.exp(-1)) * math.log(1.5) / math.log(3), abs=1e-6)
    assert member["kind"] == "relation" and co["weight"] < 1 <= member["weight"]
    assert not g.has_edge(str(EVENT), p)
    assert g.nodes[p]["label"] == "Tô Lâm"


def test_analyze_metrics() -> None:
    g = analysis_graph(sentence_dataset())
    an = analyze(g)
    assert sorted(an.nodes) == sorted(g.nodes)
    p = an.nodes[str(PERSON)]
    assert p.degree == 2 and p.type == "Person" and p.label == "Tô Lâm"
    assert sum(m.pagerank for m in an.nodes.values()) == pytest.approx(1.0)
    # the heavier (2-article) edge pulls PageRank to the person and the organisation
    assert an.nodes[str(PERSON)].pagerank > an.nodes[str(POLICY)].pagerank
    # a triangle and a separate pair: two communities, core numbers 2 and 1, one bridge
    assert sorted(map(sorted, an.communities)) == sorted(
        [sorted(map(str, (PERSON, ORG, POLICY))), sorted(map(str, (EVENT, TOPIC)))])
    assert an.nodes[str(PERSON)].community == an.nodes[str(POLICY)].community != an.nodes[str(EVENT)].community
    assert {n: m.kcore for n, m in an.nodes.items()} == {
        str(PERSON): 2, str(ORG): 2, str(POLICY): 2, str(EVENT): 1, str(TOPIC): 1}
    assert an.bridges == [tuple(sorted((str(EVENT), str(TOPIC))))]
    assert all(m.betweenness == 0 for m in an.nodes.values())  # no node lies between two others


def test_betweenness_and_communities_reproducible() -> None:
    chain = analysis_graph(build_dataset())  # the event hangs on the person only
    an = analyze(chain)
    assert an.nodes[str(PERSON)].betweenness > 0 and an.nodes[str(EVENT)].betweenness == 0
    again = analyze(analysis_graph(build_dataset()))
    assert an.communities == again.communities
    assert {n: m.community for n, m in an.nodes.items()} == {n: m.community for n, m in again.nodes.items()}


def test_analyze_empty_graph() -> None:
    an = analyze(nx.Graph())
    assert an.nodes == {} and an.communities == [] and an.bridges == []


def test_analysis_rdf_types_and_communities() -> None:
    an = analyze(analysis_graph(sentence_dataset()))
    g = analysis_rdf(an)
    assert g.identifier == ANALYSIS_GRAPH
    pr = g.value(PERSON, KGO.pagerank)
    assert pr.datatype == XSD.decimal and len(str(pr).split(".")[1]) == 6
    assert float(str(pr)) == round(an.nodes[str(PERSON)].pagerank, 6)
    assert g.value(PERSON, KGO.betweenness).datatype == XSD.decimal
    for prop in (KGO.degree, KGO.community, KGO.kcore):
        assert g.value(PERSON, prop).datatype == XSD.integer
    assert g.value(PERSON, KGO.degree).toPython() == 2
    n = an.nodes[str(PERSON)].community
    community = KGR[f"community/{n}"]
    assert (community, RDF.type, KGO.Community) in g
    assert {str(x) for x in g.objects(community, SKOS.member)} == set(an.communities[n - 1])
    assert Literal(f"Community {n}", lang="en") in set(g.objects(community, RDFS.label))


def test_resolve_entity_by_label_alias_without_diacritics() -> None:
    g = analysis_graph(sentence_dataset())
    assert resolve_entity(g, "to lam") == str(PERSON)
    assert resolve_entity(g, "TỔNG BÍ THƯ TÔ LÂM") == str(PERSON)  # alias
    assert resolve_entity(g, "Politburo") == str(ORG)
    assert resolve_entity(g, "57") == str(POLICY)  # whole word inside one name
    with pytest.raises(EntityLookupError, match="Bộ Chính trị") as e:
        resolve_entity(g, "Bo Chinh trj")
    assert "no entity named" in str(e.value)


def test_resolve_entity_ambiguous() -> None:
    ds = sentence_dataset()
    g1 = ds.graph(KGR["graph/a1"])
    entity(g1, KGR["person/nguyen-van-an"], KGO.Person, A1, Literal("Nguyễn Văn An", lang="vi"))
    entity(g1, KGR["person/nguyen-van-an-2"], KGO.Person, A1, Literal("Nguyễn Văn Ấn", lang="vi"))
    g = analysis_graph(ds)
    with pytest.raises(EntityLookupError, match="ambiguous") as e:
        resolve_entity(g, "Nguyen Van An")
    assert "Nguyễn Văn An (Person)" in str(e.value) and "Nguyễn Văn Ấn (Person)" in str(e.value)
    assert resolve_entity(g, "Nguyễn Văn Ấn") == str(KGR["person/nguyen-van-an-2"])  # exact spelling wins


def chain_dataset() -> rdflib.Dataset:
    """sentence_dataset() plus "To Lam attended the forum" (its own sentence in a2):
    topic – event – person – {org, policy}."""
    ds = sentence_dataset()
    g2 = ds.graph(KGR["graph/a2"])
    g2.add((A2, SCHEMA.url, URIRef("https://example.com/a2")))
    g2.add((PERSON, KGO.participatedIn, EVENT))
    assertion(g2, "e3", PERSON, KGO.participatedIn, EVENT, A2, "To Lam attended the forum.", start=80)
    return ds


def test_find_paths_explains_each_hop() -> None:
    g = analysis_graph(chain_dataset())
    (path,) = find_paths(g, str(TOPIC), str(ORG), max_paths=3)
    assert [(h.source, h.target) for h in path] == [
        (str(TOPIC), str(EVENT)), (str(EVENT), str(PERSON)), (str(PERSON), str(ORG))]
    assert [h.source_label for h in path] == ["khoa học", "Forum", "Tô Lâm"]
    about, attended, member = (h.links[0] for h in path)
    assert about.relation == "about" and about.forward is False  # event → topic
    assert attended.relation == "participatedIn" and attended.forward is False  # person → event
    assert attended.sentence == "To Lam attended the forum." and attended.url == "https://example.com/a2"
    assert member.relation == "memberOf" and member.forward is True
    assert member.title == "Nghị quyết 57"
    # typed relations first: the 4-hop path of relations only, then the shorter one with a co-mention
    typed, path = find_paths(g, str(TOPIC), str(POLICY))
    assert [h.target for h in typed] == [str(EVENT), str(PERSON), str(ORG), str(POLICY)]
    assert all(lk.relation for h in typed for lk in h.links)
    assert [h.target for h in path] == [str(EVENT), str(PERSON), str(POLICY)]
    assert [lk.relation for lk in path[2].links] == [None]  # co-mentioned only
    assert path[2].links[0].sentence.startswith("Tổng Bí thư Tô Lâm nói")
    assert find_paths(g, str(EVENT), str(EVENT)) == []


def test_find_paths_prefers_relations_and_limits() -> None:
    g = nx.Graph()
    for n in "abcd":
        g.add_node(n, label=n.upper(), type="Person")
    g.add_edge("a", "b", relations=[], comentions=[{"text": "s", "article": None, "title": None, "url": None}],
               articles=[], weight=1)
    g.add_edge("b", "d", relations=[], comentions=[], articles=[], weight=1)
    rel = [{"relation": "memberOf", "source": "a", "target": "c", "sentences": [], "articles": []}]
    g.add_edge("a", "c", relations=rel, comentions=[], articles=[], weight=1)
    g.add_edge("c", "d", relations=[{**rel[0], "source": "c", "target": "d"}], comentions=[], articles=[],
               weight=1)
    paths = find_paths(g, "a", "d", max_paths=5)
    assert [[h.target for h in p] for p in paths] == [["c", "d"], ["b", "d"]]
    assert paths[1][0].links[0].relation is None  # co-mention
    assert len(find_paths(g, "a", "d", max_paths=1)) == 1
    g.add_node("z", label="Z", type="Place")
    assert find_paths(g, "a", "z") == []


def test_serialize_trig_stable_and_lossless() -> None:
    ds = sentence_dataset()
    ds.graph(ANALYSIS_GRAPH).add((PERSON, KGO.degree, Literal(2, datatype=XSD.integer)))
    text = serialize_trig(ds)
    back = rdflib.Dataset()
    back.parse(data=text, format="trig")
    assert set(back.quads((None, None, None, None))) == set(ds.quads((None, None, None, None)))
    positions = [text.index(f"<{KGR['graph/' + n]}>") for n in ("a1", "a2", "analysis")]
    assert positions == sorted(positions)
    assert serialize_trig(ds) == text


def test_the_store_of_built_articles_draws_what_their_dataset_draws(tmp_path) -> None:
    """With mentions, sentences and merge records, read from the build's store (kg.drawing)."""
    import json

    from kg.build import build

    texts = ["Sáng 3/2/2025, Tổng Bí thư Tô Lâm làm việc với Bộ Tài chính về Nghị quyết 57-NQ/TW. "
             "Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng báo cáo tại buổi làm việc.",
             "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57-NQ/TW. Đồng chí Tô Lâm, Tổng Bí thư, "
             "ký nghị quyết. Bộ Tài chính được giao hướng dẫn thi hành."]
    inp = tmp_path / "a.jsonl"
    inp.write_text("".join(json.dumps({"id": f"u{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(texts)), encoding="utf-8")
    build([inp], tmp_path / "out", use_crf=False, html=False, validate=False)
    ds = rdflib.Dataset()
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    from kg.drawing import store_drawing

    a, b = drawing_graph(ds), store_drawing(tmp_path / "out" / "store")
    assert any(d.get("comention") for _, _, d in a.edges(data=True))
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))

"""RDF output: named graph per article, assertions with sentences, SHACL."""
from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

import kg.nlp
from kg import rdf
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article

TEXT = "Ngày 3/4, Bộ Y tế tổ chức Hội nghị Y tế số lần thứ II tại Huế. Bộ trưởng Bộ Y tế Đào Hồng Lan dự hội nghị."


def graph_of(text: str = TEXT, url: str | None = "https://example.org/a") -> Graph:
    art = Article(id="a1", text=text, published="2024-04-05", url=url, title="Tin thử")
    res = resolve_article(extract(art, kg.nlp.annotate(kg.nlp.load(), text, art.published)))
    return rdf.article_graph(res)


def test_one_named_graph_per_article_with_its_metadata():
    g = graph_of()
    assert g.identifier == rdf.graph_iri("a1")
    a = rdf.article_iri("a1")
    assert (a, RDF.type, rdf.KGO.Article) in g
    assert (a, rdf.SCHEMA.url, URIRef("https://example.org/a")) in g
    assert (a, rdf.SCHEMA.datePublished, Literal("2024-04-05", datatype=XSD.date)) in g


def test_relations_are_direct_triples_with_typed_literals():
    g = graph_of()
    person = rdf.entity_iri("person/dao-hong-lan")
    assert (person, rdf.KGO.position, Literal("Bộ trưởng", lang="vi")) in g
    dates = list(g.objects(None, rdf.KGO.date))
    assert dates == [Literal("2024-04-03", datatype=XSD.date)]
    assert (person, RDFS.label, Literal("Đào Hồng Lan", lang="vi")) in g


def test_every_triple_has_an_assertion_with_its_sentence():
    g = graph_of()
    relations = [(s, p, o) for s, p, o in g if str(p).startswith(str(rdf.KGO)) and p.split("#")[-1] in
                 ("position", "memberOf", "organized", "participatedIn", "date", "locatedIn")]
    assert relations
    for s, p, o in relations:
        nodes = set(g.subjects(RDF.subject, s)) & set(g.subjects(RDF.predicate, p)) & set(g.subjects(RDF.object, o))
        assert nodes, (s, p, o)
        node = nodes.pop()
        start, end = int(g.value(node, rdf.KGO.charStart)), int(g.value(node, rdf.KGO.charEnd))
        assert str(g.value(node, rdf.KGO.sentence)) == TEXT[start:end]
        assert g.value(node, PROV.wasDerivedFrom) == rdf.article_iri("a1")


def test_the_output_conforms_and_a_broken_graph_does_not():
    g = graph_of()
    conforms, lines = rdf.validate(g)
    assert conforms, lines
    broken = Graph()
    for t in g:
        broken.add(t)
    broken.add((rdf.entity_iri("person/dao-hong-lan"), rdf.KGO.memberOf, rdf.entity_iri("place/hue")))
    conforms, lines = rdf.validate(broken)
    assert not conforms
    assert any("memberOf" in line for line in lines)


def test_merges_are_recorded_with_their_reason():
    text = ("Bộ Thông tin và Truyền thông (Bộ TT&TT) tổ chức Hội nghị Chuyển đổi số lần thứ V. "
            "Ông Nguyễn Văn Thành, Thứ trưởng Bộ TT&TT, dự Hội nghị. Theo ông Thành, dữ liệu là tài nguyên mới.")
    g = graph_of(text)
    merges = {(str(g.value(m, rdf.KGO.mergedLabel)), str(g.value(m, rdf.KGO.reason)))
              for m in g.subjects(RDF.type, rdf.KGO.Merge)}
    reasons = dict(merges)
    assert "gazetteer" in reasons["Bộ TT&TT"]
    assert "short form" in reasons["Thành"]
    assert "event" in reasons["Hội nghị"]
    conforms, lines = rdf.validate(g)
    assert conforms, lines


def test_policy_documents_carry_type_number_year_and_the_body_their_code_names():
    g = graph_of("Các doanh nghiệp đang thực hiện Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.")
    policy = next(g.subjects(RDF.type, rdf.KGO.Policy))
    assert (policy, rdf.KGO.instrumentType, Literal("Nghị định", lang="vi")) in g
    assert (policy, rdf.KGO.documentNumber, Literal("13")) in g
    assert (policy, rdf.KGO.documentCode, Literal("13/2023/NĐ-CP")) in g
    assert (policy, rdf.KGO.documentYear, Literal("2023", datatype=XSD.gYear)) in g
    government = rdf.entity_iri("organization/chinh-phu")
    assert (policy, rdf.KGO.codeIssuer, government) in g
    assert (government, RDFS.label, Literal("Chính phủ", lang="vi")) in g
    # the text names no issuer: the code's body is recorded apart, not as a stated kgo:issued
    assert not list(g.triples((None, rdf.KGO.issued, None)))
    assert (government, RDF.type, rdf.KGO.Organization) not in g


def test_every_mention_is_a_nif_phrase_with_offsets_surface_sentence_and_entity():
    g = graph_of()
    lan = rdf.entity_iri("person/dao-hong-lan")
    bo_y_te = next(iter(g.subjects(RDFS.label, Literal("Bộ Y tế", lang="vi"))))
    phrases = set(g.subjects(RDF.type, rdf.NIF.Phrase))
    named = {}
    for m in phrases:
        start, end = int(g.value(m, rdf.NIF.beginIndex)), int(g.value(m, rdf.NIF.endIndex))
        assert str(g.value(m, rdf.NIF.anchorOf)) == TEXT[start:end]
        assert m == rdf.mention_iri("a1", start, end)
        assert g.value(m, rdf.NIF.referenceContext) == rdf.article_iri("a1")
        sent = g.value(m, rdf.NIF.sentence)
        s0, s1 = int(g.value(sent, rdf.NIF.beginIndex)), int(g.value(sent, rdf.NIF.endIndex))
        assert s0 <= start < end <= s1
        assert str(g.value(sent, rdf.NIF.anchorOf)) == TEXT[s0:s1]
        named.setdefault(g.value(m, rdf.ITSRDF.taIdentRef), []).append(TEXT[start:end])
    # "Bộ Y tế" is named twice (once in each sentence); Đào Hồng Lan once
    assert len(named[bo_y_te]) == 2
    assert named[lan] == ["Đào Hồng Lan"]
    # sentence text is stored once per sentence, not once per mention
    sentences = set(g.subjects(RDF.type, rdf.NIF.Sentence))
    assert len(sentences) == 2
    assert len(list(g.objects(None, rdf.NIF.anchorOf))) == len(phrases) + len(sentences)


def test_a_broken_mention_is_a_shacl_violation():
    g = graph_of()
    m = next(iter(g.subjects(RDF.type, rdf.NIF.Phrase)))
    g.remove((m, rdf.ITSRDF.taIdentRef, None))
    g.set((m, rdf.NIF.beginIndex, Literal(10_000, datatype=XSD.nonNegativeInteger)))
    conforms, lines = rdf.validate(g)
    assert not conforms
    assert any("taIdentRef" in line for line in lines)
    assert any("beginIndex" in line for line in lines)


class RecordingMap(dict):
    """A key map that remembers every key it is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key, default=None):
        self.asked.add(key)
        return super().get(key, default)


def test_graph_keys_name_every_key_the_graph_turns_into_an_iri():
    """A cached article graph is rebuilt when a key of graph_keys is renamed: none may be missing."""
    text = TEXT + " Ông Đào Hồng Lan nói: “Ngành y tế sẽ thực hiện Nghị định số 13/2023/NĐ-CP.”"
    art = Article(id="a1", text=text, published="2024-04-05")
    res = resolve_article(extract(art, kg.nlp.annotate(kg.nlp.load(), text, art.published)))
    asked = RecordingMap()
    rdf.article_graph(res, asked)
    keys = rdf.graph_keys(res)
    assert asked.asked <= keys
    # the decree's code names the Government, which the text does not
    assert "organization/chinh-phu" in keys and "organization/chinh-phu" not in res.entities

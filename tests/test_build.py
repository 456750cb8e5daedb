"""Black-box tests of the build pipeline (kg.build.build) on real input.

The bundled sample corpus is built once per module; the seed article is
built once and scored with the shared scorer's own functions.
"""
from __future__ import annotations

import importlib.util
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib import URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.build import build
from kg.article import Article
from kg.corpus import iter_articles, sample_corpus_dir
from kg.store import PREFIXES, open_store, run_query
from corpus_files import write_jsonl
from texts import GOOD_MD

KGO = rdflib.Namespace(PREFIXES["kgo"])
KGR = rdflib.Namespace(PREFIXES["kgr"])
ENTITY_CLASSES = {KGO[c] for c in ("Person", "Organization", "Policy", "Event", "Place", "Topic")}

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "kgscore.py"
SEED_TEXT = SHARED / "corpus" / "seed.txt"
SEED_GOLD = SHARED / "corpus" / "seed.gold.json"

OUTPUTS = ("graph.trig", "graph.ttl", "store", "graph.html", "shacl-report.txt")


# --------------------------------------------------------------------------- helpers


def load_dataset(out: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return ds


def named_graphs(ds: rdflib.Dataset) -> dict[URIRef, rdflib.Graph]:
    """Named graphs holding at least one triple, by name (the default graph left out)."""
    return {g.identifier: g for g in ds.graphs()
            if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g)}


def entity_iris(ds: rdflib.Dataset) -> set[URIRef]:
    return {s for s, _, c, _ in ds.quads((None, RDF.type, None, None)) if c in ENTITY_CLASSES}


def ask(out: Path, query: str) -> bool:
    result = run_query(open_store(out / "store"), query)
    assert result.kind == "ask"
    return bool(result.boolean)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-build")
    report = build([sample_corpus_dir()], out)
    for name in OUTPUTS:
        assert (out / name).exists(), f"{name} was not written"
    assert (out / "store" / "CURRENT").is_file()
    assert report.errors == []
    assert report.conforms is True, report.violations
    assert (out / "shacl-report.txt").read_text(encoding="utf-8").startswith("conforms")
    return out, report


@pytest.fixture(scope="module")
def sample_articles() -> dict[str, Article]:
    arts = [a for a in iter_articles([sample_corpus_dir()]) if isinstance(a, Article)]
    assert len(arts) >= 5
    return {a.id: a for a in arts}


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    """seed.txt as the one-line JSONL record kgscore.py writes, built alone."""
    if not SEED_GOLD.is_file() or not SEED_TEXT.is_file():
        pytest.skip(f"shared seed corpus not found at {SHARED / 'corpus'}")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = (SEED_GOLD.parent / gold["text_file"]).read_text(encoding="utf-8")
    rec = {"id": gold["id"], "text": text, "url": gold.get("url"),
           "published": gold.get("published"), "lang": gold.get("lang", "vi"),
           "source": gold.get("source")}
    tmp = tmp_path_factory.mktemp("seed")
    inp = write_jsonl(tmp / f"{gold['id']}.jsonl", [rec])
    out = tmp / "out"
    report = build([inp], out)
    assert report.errors == []
    assert report.articles == 1
    return gold, out, report


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.is_file():
        pytest.skip(f"shared scorer not found at {SCORER} (../shared is absent)")
    spec = importlib.util.spec_from_file_location("kgscore", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------- sample build


def test_sample_build_report(sample_build, sample_articles):
    out, report = sample_build
    assert report.articles == len(sample_articles)
    assert report.entities > 10
    assert report.facts > 10
    ds = load_dataset(out)
    assert report.quads == sum(1 for _ in ds.quads((None, None, None, None)))
    graphs = named_graphs(ds)
    assert set(graphs) == {KGR[f"graph/{i}"] for i in sample_articles}
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()


# --------------------------------------------------------------------------- seed, end to end


def test_seed_scores_with_shared_scorer(seed_build, scorer):
    gold, out, _ = seed_build
    g, loaded = scorer.load_graph(out)
    assert "graph.trig" in loaded
    res = scorer.score_doc(gold, g)
    ent = sum(res["ent"].values(), Counter())
    rel = sum(res["rel"].values(), Counter())
    ent_f1 = scorer.prf(ent)[2]
    rel_f1 = scorer.prf(rel)[2]
    detail = f"misses={res['misses']} extra={res['extra'][:20]}"
    assert ent_f1 >= 0.85, f"entity F1 {ent_f1:.3f} < 0.85; {detail}"
    assert rel_f1 >= 0.65, f"relation F1 {rel_f1:.3f} < 0.65; {detail}"


def test_seed_to_lam_is_general_secretary(seed_build):
    _, out, _ = seed_build
    assert ask(out, """ASK { ?p a kgo:Person ; rdfs:label ?name ; kgo:position ?t .
                             FILTER(STR(?name) = "Tô Lâm" && STR(?t) = "Tổng Bí thư") }""")


def test_seed_politburo_issued_resolution_57(seed_build):
    _, out, _ = seed_build
    assert ask(out, """ASK { ?org a kgo:Organization ; rdfs:label ?orgName ; kgo:issued ?pol .
                             ?pol a kgo:Policy ; rdfs:label|skos:altLabel ?l .
                             FILTER(STR(?orgName) = "Bộ Chính trị" && STR(?l) = "Nghị quyết 57") }""")


def test_seed_forum_date(seed_build):
    _, out, _ = seed_build
    assert ask(out, """ASK { ?e a kgo:Event ; rdfs:label ?l ; kgo:date "2025-01-15"^^xsd:date .
                             FILTER(STRSTARTS(LCASE(STR(?l)), "diễn đàn quốc gia")) }""")


# --------------------------------------------------------------------------- determinism


def test_build_is_deterministic(sample_build, tmp_path):
    out1, report1 = sample_build
    out2 = tmp_path / "again"
    report2 = build([sample_corpus_dir()], out2)
    ds1, ds2 = load_dataset(out1), load_dataset(out2)
    g1, g2 = named_graphs(ds1), named_graphs(ds2)
    assert set(g1) == set(g2)
    for name in g1:
        assert isomorphic(g1[name], g2[name]), f"graph {name} differs between two builds"
    assert entity_iris(ds1) == entity_iris(ds2)
    assert (report1.entities, report1.facts, report1.quads) == (report2.entities, report2.facts, report2.quads)


# --------------------------------------------------------------------------- provenance


def test_assertions_point_at_their_sentence(sample_build, sample_articles):
    out, _ = sample_build
    ds = load_dataset(out)
    texts = {KGR[f"article/{i}"]: a.text for i, a in sample_articles.items()}
    n = 0
    for name, g in named_graphs(ds).items():
        for a in g.subjects(RDF.type, KGO.Assertion):
            n += 1
            sentence = g.value(a, KGO.sentence)
            start, end = g.value(a, KGO.charStart), g.value(a, KGO.charEnd)
            article = g.value(a, PROV.wasDerivedFrom)
            assert None not in (sentence, start, end, article), f"{a} lacks provenance"
            assert article in texts, f"{a} derived from unknown article {article}"
            assert (article, RDF.type, KGO.Article) in g
            assert name == KGR["graph/" + str(article).rsplit("/", 1)[1]]
            start, end = start.toPython(), end.toPython()
            assert texts[article][start:end] == str(sentence), f"{a}: offsets {start}:{end} wrong"
            s, p, o = g.value(a, RDF.subject), g.value(a, RDF.predicate), g.value(a, RDF.object)
            assert None not in (s, p, o)
            assert (s, p, o) in g, f"{a} describes ({s} {p} {o}), which is not stated in {name}"
    assert n >= 10


# --------------------------------------------------------------------------- bad input




def test_bad_input_is_reported_and_the_rest_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.md").write_text(GOOD_MD, encoding="utf-8")
    empty = src / "empty.txt"
    empty.write_bytes(b"")
    nonutf8 = src / "nonutf8.txt"
    nonutf8.write_bytes(b"\xff\xfe bad")
    mixed = src / "mixed.jsonl"
    mixed.write_text(
        json.dumps({"id": "good-jsonl", "lang": "vi", "published": "2025-01-15",
                    "text": "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1."},
                   ensure_ascii=False) + "\n" + '{"id": "broken", "text": \n', encoding="utf-8")
    report = build([src], tmp_path / "out")

    assert report.articles == 2
    assert len(report.errors) == 3, report.errors

    def error_for(path: Path) -> str:
        hits = [e for e in report.errors if e.startswith(f"{path}:")]
        assert len(hits) == 1, f"expected one error for {path}: {report.errors}"
        return hits[0]

    assert "empty" in error_for(empty)
    assert "UTF-8" in error_for(nonutf8)
    assert "line 2" in error_for(mixed) and "JSON" in error_for(mixed)

    graphs = named_graphs(load_dataset(tmp_path / "out"))
    assert KGR["graph/good"] in graphs
    assert KGR["graph/good-jsonl"] in graphs
    assert len(graphs) == 2


# --------------------------------------------------------------------------- IRIs across spellings


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()


def test_same_person_across_languages_gets_one_iri(tmp_path):
    inp = write_jsonl(tmp_path / "two.jsonl", [
        {"id": "en-to-lam", "lang": "en", "published": "2025-01-15",
         "text": "General Secretary To Lam attended the national forum in Hanoi on January 15."},
        {"id": "vi-to-lam", "lang": "vi", "published": "2025-01-15",
         "text": "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội ngày 15/1."},
    ])
    out = tmp_path / "out"
    report = build([inp], out)
    assert report.errors == [] and report.articles == 2
    union = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    person = KGR["person/to-lam"]
    assert (person, RDF.type, KGO.Person) in union
    labels = {str(o) for p in (RDFS.label, SKOS.altLabel) for o in union.objects(person, p)}
    assert "Tô Lâm" in labels and "To Lam" in labels, labels
    same = {s for s in union.subjects(RDF.type, KGO.Person)
            if any(_fold(str(o)) == "to lam" for o in union.objects(s, RDFS.label))}
    assert same == {person}
    # both article graphs mention the one entity
    ds = load_dataset(out)
    for art in ("en-to-lam", "vi-to-lam"):
        assert (person, KGO.mentionedIn, KGR[f"article/{art}"], KGR[f"graph/{art}"]) in ds


def test_merges_file_lists_cross_language_names(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text("---\nlang: vi\npublished: 2025-01-15\n---\nTổng Bí thư Tô Lâm dự hội nghị tại Hà Nội.\n",
                              encoding="utf-8")
    (src / "b.md").write_text("---\nlang: en\npublished: 2025-01-15\n---\nGeneral Secretary To Lam visited Hanoi.\n",
                              encoding="utf-8")
    build([src], tmp_path / "out", html=False, validate=False)
    rows = [line.split("\t") for line in (tmp_path / "out" / "merges.tsv").read_text(encoding="utf-8").splitlines()]
    assert rows[0] == ["entity", "label", "reason", "article"]
    to_lam = [r for r in rows if r[0].endswith("/person/to-lam")]
    assert {r[1] for r in to_lam} >= {"Tô Lâm", "To Lam"}
    assert all("diacritics" in r[2] for r in to_lam if r[1] in ("Tô Lâm", "To Lam"))


# --------------------------------------------------------------------------- trust: one bad article, ids, bytes


def test_bad_lang_url_and_length_cost_one_line_each(tmp_path, monkeypatch):
    """One article per defect of issue 12 item 4, each built or refused alone, never aborting the build."""
    import kg.nlp

    monkeypatch.setattr(kg.nlp.load("vi", use_crf=False), "max_length", 3000)  # spaCy E088 past this
    body = "Ông Nguyễn Văn An dự họp tại Hà Nội ngày 15/1. " * 70 + "Tổng Bí thư Tô Lâm phát biểu."
    assert len(body) > 3000 and "\n" not in body
    inp = write_jsonl(tmp_path / "bad.jsonl", [
        {"id": "lang-region", "lang": "vi_VN", "text": "Tổng Bí thư Tô Lâm dự Diễn đàn tại Hà Nội."},
        {"id": "lang-junk", "lang": "x y z", "text": "Tổng Bí thư Tô Lâm."},
        {"id": "url-space", "url": "https://e.vn/tin tức 1", "text": "Tổng Bí thư Tô Lâm dự họp."},
        {"id": "long", "lang": "vi", "published": "2025-01-15", "text": body},
    ])
    report = build([inp], tmp_path / "out", use_crf=False, html=False)
    assert report.articles == 3
    assert report.errors == [f"{inp}: line 2: 'lang' 'x y z' is not a language tag (kg reads vi, en)"]
    assert report.warnings == [f"{inp}:3: url 'https://e.vn/tin tức 1' percent-encoded"]
    assert report.conforms is True, report.violations
    ds = load_dataset(tmp_path / "out")
    graphs = named_graphs(ds)
    assert set(graphs) == {KGR["graph/lang-region"], KGR["graph/url-space"], KGR["graph/long"]}
    urls = {o for _, p, o, _ in ds.quads((None, None, None, None)) if str(p) == "https://schema.org/url"}
    assert urls == {URIRef("https://e.vn/tin%20tức%201")}
    long_graph = graphs[KGR["graph/long"]]
    labels = {str(o) for o in long_graph.objects(None, RDFS.label)}
    assert {"Tô Lâm", "Nguyễn Văn An"} <= labels  # the name past the spaCy limit is found too
    for a in long_graph.subjects(RDF.type, KGO.Assertion):
        start, end = long_graph.value(a, KGO.charStart).toPython(), long_graph.value(a, KGO.charEnd).toPython()
        assert body[start:end] == str(long_graph.value(a, KGO.sentence))


def test_duplicate_ids_never_share_a_graph(tmp_path):
    inp = write_jsonl(tmp_path / "dups.jsonl", [
        {"id": i, "text": f"Tổng Bí thư Tô Lâm dự hội nghị số {n} tại Hà Nội."}
        for n, i in enumerate(["a", "a", "a-2"])])
    report = build([inp], tmp_path / "out", use_crf=False, validate=False, html=False)
    assert report.articles == 3
    graphs = named_graphs(load_dataset(tmp_path / "out"))
    assert set(graphs) == {KGR["graph/a"], KGR["graph/a-2"], KGR["graph/a-2-2"]}
    for g in graphs.values():
        assert len(set(g.subjects(RDF.type, KGO.Article))) == 1


def test_an_output_folder_inside_the_input_is_not_read_back(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.md").write_text(GOOD_MD, encoding="utf-8")
    out = src / "out"
    first = build([src], out, use_crf=False)
    assert (out / "graph.html").is_file()
    second = build([src], out, use_crf=False)
    assert first.articles == second.articles == 1
    assert second.errors == []
    assert set(named_graphs(load_dataset(out))) == {KGR["graph/good"]}


def test_a_huge_id_does_not_blow_up_the_output(tmp_path):
    text = "Tổng Bí thư Tô Lâm dự Diễn đàn quốc gia tại Hà Nội."
    small = build([write_jsonl(tmp_path / "s.jsonl", [{"id": "s", "text": text}])], tmp_path / "o1",
                  use_crf=False, validate=False, html=False)
    big = build([write_jsonl(tmp_path / "b.jsonl", [{"id": "x" * 1_000_000, "text": text}])], tmp_path / "o2",
                use_crf=False, validate=False, html=False)
    assert small.articles == big.articles == 1
    size = (tmp_path / "o2" / "graph.trig").stat().st_size
    assert size < 3 * (tmp_path / "o1" / "graph.trig").stat().st_size


def test_graph_files_are_byte_identical_across_runs(tmp_path):
    """Two processes with different hash seeds write the same TriG and Turtle bytes."""
    import os
    import subprocess
    import sys

    records = [{"id": f"art-{n}", "lang": "vi", "published": "2025-01-15",
                "text": f"Tổng Bí thư Tô Lâm dự Diễn đàn {n} tại Hà Nội. Bộ Chính trị ban hành Nghị quyết 57-NQ/TW."}
               for n in "zyxwvu"]
    inp = write_jsonl(tmp_path / "many.jsonl", records)
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        p = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "build", str(inp),
                            "--out", str(out), "--no-html", "--no-validate", "--no-crf", "-q"],
                           env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, timeout=300)
        assert p.returncode == 0, p.stderr
        outputs.append(out)
    for name in ("graph.trig", "graph.ttl", "merges.tsv"):
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), f"{name} differs"
    trig = (outputs[0] / "graph.trig").read_text(encoding="utf-8")
    order = [trig.index(f"graph/art-{n}> {{") for n in "uvwxyz"]
    assert order == sorted(order)  # named graphs in IRI order


def test_corpus_identities_things_with_like_names_stay_apart_and_one_thing_named_two_ways_is_one(tmp_path):
    """The corpus graph's nodes, which no per-article score sees: two provinces' finance departments, two laws of
    one year, a director whose name differs from a minister's by a tone are two nodes each; one law written with
    and without "năm" before its year is one."""
    inp = write_jsonl(tmp_path / "ids.jsonl", [
        {"id": "nghe-an", "lang": "vi", "published": "2026-12-01",
         "text": "Tỉnh Nghệ An đẩy mạnh thu hút đầu tư. UBND tỉnh Nghệ An vừa ban hành kế hoạch. Giám đốc Sở Tài chính "
                 "Nguyễn Văn Đức cho biết tỉnh Nghệ An sẽ bố trí vốn."},
        {"id": "ha-tinh", "lang": "vi", "published": "2026-12-01",
         "text": "Tỉnh Hà Tĩnh đẩy mạnh thu hút đầu tư. UBND tỉnh Hà Tĩnh vừa ban hành kế hoạch. Giám đốc Sở Tài chính "
                 "Lê Văn Khánh cho biết tỉnh Hà Tĩnh sẽ bố trí vốn. Giám đốc Sở Xây dựng Nguyễn Văn Hưng phát biểu."},
        {"id": "laws", "lang": "vi", "published": "2026-12-01",
         "text": "Luật Đất đai năm 2024 và Luật Nhà ở năm 2024 có hiệu lực từ ngày 1/8/2024."},
        {"id": "land-law", "lang": "vi", "published": "2026-12-02",
         "text": "Bộ trưởng Nguyễn Văn Hùng cho biết Luật Đất đai 2024 đã đi vào cuộc sống."},
    ])
    out = tmp_path / "out"
    assert build([inp], out).errors == []
    union = rdflib.Graph().parse(out / "graph.ttl", format="turtle")

    def nodes(kind, label: str) -> set:
        return {s for s in union.subjects(RDF.type, kind) if any(str(o) == label for o in union.objects(s, RDFS.label))}

    finance = {s for s in union.subjects(RDF.type, KGO.Organization)
               if any(str(o).startswith("Sở Tài chính") for o in union.objects(s, RDFS.label))}
    assert len(finance) == 2, finance
    assert len(nodes(KGO.Policy, "Luật Đất đai năm 2024")) == 1 and nodes(KGO.Policy, "Luật Nhà ở năm 2024")
    assert nodes(KGO.Policy, "Luật Đất đai năm 2024") != nodes(KGO.Policy, "Luật Nhà ở năm 2024")
    land = {s for s in union.subjects(RDF.type, KGO.Policy)
            if ({str(o) for o in union.objects(s, SKOS.altLabel)} | {str(o) for o in union.objects(s, RDFS.label)})
            & {"Luật Đất đai 2024", "Luật Đất đai năm 2024"}}
    assert len(land) == 1, land  # named both ways, in two articles: one law
    hung, hung2 = nodes(KGO.Person, "Nguyễn Văn Hưng"), nodes(KGO.Person, "Nguyễn Văn Hùng")
    assert hung and hung2 and not hung & hung2

"""kg eval: the project's own scorer on gold files in the ANNOTATION.md format."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import evaluate, label_key, prf

SHARED = Path(__file__).resolve().parents[2] / "shared"

TEXT = ("Ngày 3/4, Bộ Y tế tổ chức Hội nghị Y tế số lần thứ II tại Huế. "
        "Bộ trưởng Bộ Y tế Đào Hồng Lan dự hội nghị.")
GOLD = {
    "id": "g1", "lang": "vi", "published": "2024-04-05", "text_file": "g1.txt",
    "entities": [
        {"name": "Đào Hồng Lan", "type": "Person", "aliases": ["Bộ trưởng Đào Hồng Lan"]},
        {"name": "Bộ Y tế", "type": "Organization", "aliases": ["Ministry of Health"]},
        {"name": "Hội nghị Y tế số lần thứ II", "type": "Event", "aliases": []},
        {"name": "Huế", "type": "Place", "aliases": []},
        {"name": "Trần Văn Không", "type": "Person", "aliases": []},  # not in the text: a sure miss
    ],
    "relations": [
        {"s": "Đào Hồng Lan", "p": "position", "o": "Bộ trưởng"},
        {"s": "Đào Hồng Lan", "p": "memberOf", "o": "Bộ Y tế"},
        {"s": "Bộ Y tế", "p": "organized", "o": "Hội nghị Y tế số lần thứ II"},
        {"s": "Hội nghị Y tế số lần thứ II", "p": "date", "o": "2024-04-03"},
        {"s": "Hội nghị Y tế số lần thứ II", "p": "locatedIn", "o": "Huế"},
        {"s": "Đào Hồng Lan", "p": "participatedIn", "o": "Hội nghị Y tế số lần thứ II"},
        {"s": "Trần Văn Không", "p": "position", "o": "Ủy viên Bộ Chính trị"},  # optional by contract
    ],
}


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "g1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "g1.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_label_keys_ignore_case_spacing_and_tone_placement():
    assert label_key("  Hòa Bình. ") == label_key("hoà  bình")


def test_scores_count_hits_misses_and_optional_titles(gold_dir: Path):
    total, per_article = evaluate([gold_dir])
    assert list(per_article) == ["g1"]
    ent = total.total("entity:")
    assert ent["tp"] == 4 and ent["fn"] == 1
    assert ("entity", "Person", "Trần Văn Không") in total.misses
    rel = total.total("relation:")
    assert rel["tp"] == 6 and rel["fn"] == 0  # the "Ủy viên …" position is neither required nor counted
    assert prf(rel)[1] == 1.0


def test_cli_prints_the_table_and_writes_json(gold_dir: Path, tmp_path: Path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["eval", str(gold_dir), "-v", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "miss  ('entity', 'Person', 'Trần Văn Không')" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"] == 1 and data["entity"]["r"] == 0.8


def test_cli_errors_on_a_folder_without_gold(tmp_path: Path):
    result = CliRunner().invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "no *.gold.json files" in result.output
    assert "Traceback" not in result.output


@pytest.mark.skipif(not (SHARED / "tools" / "kgscore.py").exists(), reason="../shared is not beside the repo")
def test_same_numbers_as_the_shared_scorer_on_the_seed():
    spec = importlib.util.spec_from_file_location("kgscore", SHARED / "tools" / "kgscore.py")
    kgscore = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kgscore)
    from kg import rdf
    from kg.build import analyze_article
    from kg.evaluate import gold_article, score_graph

    gold, article = gold_article(SHARED / "corpus" / "seed.gold.json")
    g = rdf.article_graph(analyze_article(article))
    ours = score_graph(gold, g)
    theirs = kgscore.score_doc(gold, g)
    for kind, prefix in (("ent", "entity:"), ("rel", "relation:")):
        t = sum(theirs[kind].values(), __import__("collections").Counter())
        assert prf(ours.total(prefix)) == pytest.approx(kgscore.prf(t))


def test_gold_article_is_read_as_the_shared_scorer_hands_it_to_kg_build(tmp_path):
    # the shared scorer writes each gold article as one JSON Lines record for `kg build`: kg eval
    # reads it the same way (plain text from HTML references and Markdown, stripped, NFC)
    from kg.corpus import iter_articles
    from kg.evaluate import gold_article

    text = "  Bộ Tài chính &amp; Ngân hàng Nhà nước họp tại **Hà Nội**.\r\n\r\nHội nghị kết thúc.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8", newline="")
    gold = {"id": "a", "text_file": "a.txt", "lang": "vi", "published": "2025-01-20", "entities": [], "relations": []}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    _, article = gold_article(tmp_path / "a.gold.json")
    record = {"id": "a", "text": text, "lang": "vi", "published": "2025-01-20"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [built] = list(iter_articles([tmp_path / "a.jsonl"]))
    assert article.text == built.text and article.published == built.published
    assert article.text.startswith("Bộ Tài chính & Ngân hàng Nhà nước họp tại Hà Nội.")


def test_an_extra_entity_is_listed_as_its_graph_writes_it():
    from rdflib import Graph, Literal, Namespace, RDF, RDFS, URIRef

    from kg.evaluate import score_graph

    kgo = Namespace("https://w3id.org/kg-vn/ontology#")
    g = Graph()
    body = URIRef("https://w3id.org/kg-vn/resource/organization/tinh-uy-quang-ninh")
    g.add((body, RDF.type, kgo.Organization))
    g.add((body, RDFS.label, Literal("Tỉnh ủy Quảng Ninh", lang="vi")))
    score = score_graph({"entities": [], "relations": []}, g)
    # the listing shows the name, not the comparison key (tone mark moved to the syllable's end)
    assert score.extras == [("entity", "Organization", "Tỉnh ủy Quảng Ninh")]


def test_a_missed_or_extra_position_is_listed_as_written():
    from rdflib import Graph, Literal, Namespace, RDF, RDFS, URIRef

    from kg.evaluate import score_graph

    kgo = Namespace("https://w3id.org/kg-vn/ontology#")
    g = Graph()
    person = URIRef("https://w3id.org/kg-vn/resource/person/le-van-hoa")
    g.add((person, RDF.type, kgo.Person))
    g.add((person, RDFS.label, Literal("Lê Văn Hòa", lang="vi")))
    g.add((person, kgo.position, Literal("Phó Chủ tịch", lang="vi")))
    gold = {"entities": [{"name": "Lê Văn Hòa", "type": "Person"}],
            "relations": [{"s": "Lê Văn Hòa", "p": "position", "o": "đại biểu"}]}
    score = score_graph(gold, g)
    # compared by key (tone placement aside), listed as the gold and the graph write them
    assert ("relation", "Lê Văn Hòa", "position", "đại biểu") in score.misses
    assert ("relation", "Lê Văn Hòa", "position", "Phó Chủ tịch") in score.extras

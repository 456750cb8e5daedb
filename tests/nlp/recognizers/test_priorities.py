"""kg.nlp.recognizers.priorities: one table gives every candidate its priority."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.corpus import iter_articles, sample_corpus_dir
from kg.nlp.recognizers.document import SOURCE as LOCAL_BODY_SOURCE
from kg.nlp.recognizers.purpose_bodies import BODY_REF_SOURCE
from kg.nlp.recognizers.priorities import PRIORITY
from kg.nlp.recognizers.stages import analyze_text

NLP = Path(__file__).resolve().parents[3] / "kg" / "nlp"
CONSTANTS = {"SOURCE": LOCAL_BODY_SOURCE, "BODY_REF_SOURCE": BODY_REF_SOURCE}


def keys_used() -> set[str]:
    keys: set[str] = set()
    for path in NLP.rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r'PRIORITY\["([^"]+)"\]', src))
        keys |= {CONSTANTS[name] for name in re.findall(r"PRIORITY\[([A-Z_]+)\]", src)}
    return keys


def test_every_key_the_recognisers_use_is_in_the_table_and_every_entry_is_used():
    assert keys_used() == set(PRIORITY)


def test_no_priority_constants_outside_the_table():
    for path in NLP.rglob("*.py"):
        assert not re.search(r"^PRI_\w+\s*=", path.read_text(encoding="utf-8"), re.M), path


def test_bands_order_dates_names_runs_statistics_references():
    assert PRIORITY["date-vi"] // 10 > PRIORITY["gazetteer"] // 10 > PRIORITY["name-run"] // 10 \
        > PRIORITY["crf"] // 10 > PRIORITY["event-ref"] // 10 > PRIORITY["title"]
    assert PRIORITY["honorific"] > PRIORITY["gazetteer"]  # "anh Đức" is a man, not Germany


@pytest.mark.parametrize("article", list(iter_articles([sample_corpus_dir()]))[:6], ids=lambda a: a.id)
def test_every_candidate_has_the_priority_of_its_source(article):
    found = analyze_text(article.text, article.lang, article.published)
    cands = found.ents + found.nested + found.titles
    assert {c.source for c in cands} - {"title"}
    for c in cands:
        allowed = {p for key, p in PRIORITY.items() if key == c.source or key.startswith(c.source + "/")}
        assert c.priority in allowed, (c.source, c.priority)

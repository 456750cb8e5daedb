"""English: a headline's last capitalised words are no part of the next line's name (kg.nlp.recognizers.
events), and the bare local bodies of the article's province or city written with a possessive ("the
province's People's Committee", kg.nlp.recognizers.document)."""
import kg.nlp
from kg.article import Article
from kg.extract import extract
from kg.resolve import resolve_article


def _entities(text: str) -> set[tuple[str, str]]:
    doc = kg.nlp.annotate(kg.nlp.load("en"), text, "2026-11-20")
    res = resolve_article(extract(Article(id="t", text=text, lang="en", published="2026-11-20"), doc))
    return {(e.type, e.name) for e in res.entities.values()}


def test_a_cup_that_ends_a_headline_is_an_event():
    got = _entities("Indonesia lose AFF Cup\n\nMalaysia won the trophy after a 2-1 win in Kuala Lumpur on Sunday.")
    assert ("Event", "AFF Cup") in got
    assert not any(t == "Organization" for t, _ in got)  # no football federation read in the cup's name


def test_the_possessive_names_the_body_of_the_article_s_province():
    got = _entities("Nghe An will build a deep-water port in Nghe An. The port will be the largest in Nghe An, "
                    "the province's People's Committee said on Monday.")
    committees = {name for t, name in got if t == "Organization"}
    assert len(committees) == 1 and next(iter(committees)).startswith("Nghe An")

"""Tests of kg.relations.coordination's shared reader of coordinated lists of names (name_list, name_list_ending)."""
from __future__ import annotations

from kg.relations.base import Mention, Sentence
from kg.relations.coordination import name_list, name_list_ending


def _sentence(text: str, names: dict[str, str], lang: str = "en") -> Sentence:
    """A sentence of ``text`` whose mentions are ``names`` (surface → type), each at its first place."""
    mentions = []
    for i, (name, type_) in enumerate(names.items()):
        at = text.index(name)
        mentions.append(Mention(i, at, at + len(name), name, type_, 0))
    mentions.sort(key=lambda m: m.start)
    return Sentence(0, 0, len(text), text, lang, mentions, [], [], [], None)


def _after(text: str, names: dict[str, str], first: str, **kw) -> list[str]:
    s = _sentence(text, names)
    return [m.text for m in name_list(s, next(m for m in s.mentions if m.text == first), **kw)]


def _before(text: str, names: dict[str, str], last: str, **kw) -> list[str]:
    s = _sentence(text, names)
    return [m.text for m in name_list_ending(s, next(m for m in s.mentions if m.text == last), **kw)]


ORG = "Organization"


def test_two_names_joined_by_and_are_one_list():
    names = {"Viettel": ORG, "FPT Corporation": ORG}
    assert _after("Viettel and FPT Corporation signed the deal.", names, "Viettel") == ["Viettel", "FPT Corporation"]


def test_commas_an_oxford_and_and_the_before_items():
    names = {"Ministry of Health": ORG, "World Bank": ORG, "UNICEF": ORG}
    text = "The Ministry of Health, the World Bank, and UNICEF will hold talks."
    assert _after(text, names, "Ministry of Health") == ["Ministry of Health", "World Bank", "UNICEF"]
    assert _before(text, names, "UNICEF") == ["Ministry of Health", "World Bank", "UNICEF"]


def test_as_well_as_and_a_short_form_in_brackets_link_names():
    names = {"International Labour Organization": ORG, "ILO": ORG, "Asian Development Bank": ORG}
    text = "The International Labour Organization (ILO) as well as the Asian Development Bank took part."
    assert _after(text, names, "International Labour Organization") == ["International Labour Organization",
                                                                        "Asian Development Bank"]
    assert _before(text, names, "Asian Development Bank") == ["International Labour Organization",
                                                              "Asian Development Bank"]


def test_a_relative_clause_between_ends_the_list():
    names = {"Sacombank": ORG, "Ho Chi Minh City Stock Exchange": ORG, "VietinBank": ORG}
    text = "Sacombank, which listed on the Ho Chi Minh City Stock Exchange in 2006, and VietinBank raised rates."
    assert _after(text, names, "Sacombank") == ["Sacombank"]
    assert _before(text, names, "VietinBank") == ["VietinBank"]


def test_a_name_of_another_is_no_item_of_its_list():
    names = {"Nguyễn Văn Bình": "Person", "Vietcombank": ORG, "BIDV": ORG}
    text = "Nguyễn Văn Bình of Vietcombank and BIDV spoke."
    assert _after(text, names, "Nguyễn Văn Bình", types=("Person", ORG)) == ["Nguyễn Văn Bình"]
    assert _after(text, names, "Vietcombank") == ["Vietcombank", "BIDV"]


def test_with_links_names_only_for_a_pass_that_asks_for_partners():
    names = {"Hà Nội People's Committee": ORG, "Japan Foundation": ORG}
    text = "The festival was organised by the Hà Nội People's Committee with the Japan Foundation."
    assert _after(text, names, "Hà Nội People's Committee") == ["Hà Nội People's Committee"]
    assert _after(text, names, "Hà Nội People's Committee", partners=True) == ["Hà Nội People's Committee",
                                                                               "Japan Foundation"]


def test_a_vietnamese_list_links_by_va():
    text = "Bộ Y tế, Bộ Tài chính và Ngân hàng Nhà nước phối hợp thực hiện."
    names = {"Bộ Y tế": ORG, "Bộ Tài chính": ORG, "Ngân hàng Nhà nước": ORG}
    s = _sentence(text, names, "vi")
    assert [m.text for m in name_list(s, s.mentions[0])] == ["Bộ Y tế", "Bộ Tài chính", "Ngân hàng Nhà nước"]


def test_a_long_bracket_is_no_short_form():
    names = {"Vinamilk": ORG, "TH Group": ORG}
    text = "Vinamilk (which has run dairy farms in Nghệ An since 2009) and TH Group expanded."
    assert _after(text, names, "Vinamilk") == ["Vinamilk"]


def test_a_description_before_a_name_only_where_asked():
    names = {"Vietnam Chamber of Commerce and Industry": ORG, "MEDEF International": ORG}
    text = "It was organised by the Vietnam Chamber of Commerce and Industry and the French business association MEDEF International."
    first = "Vietnam Chamber of Commerce and Industry"
    assert _after(text, names, first) == [first]
    assert _after(text, names, first, described=True) == [first, "MEDEF International"]


def test_a_possessive_names_the_unit_in_its_parents_place():
    names = {"Ministry of Industry and Trade": ORG, "Trade Promotion Agency": ORG, "Hà Nội Department of Tourism": ORG}
    text = "The fair is hosted by the Ministry of Industry and Trade's Trade Promotion Agency and the Hà Nội Department of Tourism."
    assert _after(text, names, "Ministry of Industry and Trade", possessive=True) == [
        "Trade Promotion Agency", "Hà Nội Department of Tourism"]
    assert _after(text, names, "Ministry of Industry and Trade") == ["Ministry of Industry and Trade"]


def test_a_list_of_topics_and_names_given_by_the_pass():
    names = {"Circular 12": "Policy", "e-invoices": "Topic", "tax refunds": "Topic", "customs declarations": "Topic"}
    text = "Circular 12 sets rules for e-invoices, tax refunds as well as customs declarations."
    s = _sentence(text, names)
    first = next(m for m in s.mentions if m.text == "e-invoices")
    assert [m.text for m in name_list(s, first, ("Topic",))] == ["e-invoices", "tax refunds", "customs declarations"]
    only = [m for m in s.mentions if m.text == "tax refunds"]
    assert [m.text for m in name_list(s, first, ("Topic",), among=only)] == ["e-invoices", "tax refunds"]
    assert [m.text for m in name_list(s, s.mentions[0], ("Topic",))] == ["Circular 12"]

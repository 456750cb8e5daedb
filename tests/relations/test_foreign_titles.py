"""A foreign official's title body and a foreign country's ministry are that country's own body
(kg/relations/foreign_titles.py), never merged with the Vietnamese ministry of the same name."""
from functools import partial

from kg.article import Article
from kg.build import analyze_article

from articlefacts import facts, graph_triples


def _resolved(text: str):
    res = analyze_article(Article(id="t", text=text, url=None, published="2025-11-20", lang="en", source=None),
                          use_crf=False)
    labels = {k: {x for names in e.labels.values() for x in names} for k, e in res.entities.items()}
    return res, labels


def _bodies_of(res, labels, person: str) -> list[str]:
    keys = [k for k, e in res.entities.items() if e.type == "Person" and person in labels[k]]
    return [f.obj for f in res.facts if f.predicate == "memberOf" and f.subject in keys]


def test_title_of_a_foreign_minister_gives_his_own_countrys_ministry():
    res, labels = _resolved("Lao Minister of Public Security Vilay Lakhamfong and Cambodian Minister of Interior "
                            "Sar Sokha met Minister of Public Security Lương Tam Quang in Hà Nội on Monday.")
    lao, = _bodies_of(res, labels, "Vilay Lakhamfong")
    khmer, = _bodies_of(res, labels, "Sar Sokha")
    viet, = _bodies_of(res, labels, "Lương Tam Quang")
    assert lao != viet
    # shown by its nationality, as the golds name it, never by the bare name Việt Nam's ministry is shown by
    assert res.entities[lao].name == "Lao Ministry of Public Security"
    assert res.entities[viet].name != res.entities[lao].name
    assert "Laos's Ministry of Public Security" in labels[lao] and "Bộ Công an" not in labels[lao]
    assert "Bộ Công an" in labels[viet]
    assert "Cambodia's Ministry of Interior" in labels[khmer]
    assert any(f.predicate == "position" and f.obj == "Minister" and res.entities[f.subject].name == "Sar Sokha"
               for f in res.facts)


def test_possessive_country_before_a_ministry_names_a_foreign_body():
    res, labels = _resolved("Vietnam's Ministry of Health and Japan's Ministry of Health, Labour and Welfare "
                            "signed a deal, said Thailand's Ministry of Justice and Vietnam's Ministry of Justice.")
    thai = [k for k in labels if "Thailand's Ministry of Justice" in labels[k]]
    assert len(thai) == 1 and "Bộ Tư pháp" not in labels[thai[0]]
    assert any("Bộ Tư pháp" in labels[k] for k in labels)
    assert any("Bộ Y tế" in labels[k] for k in labels)


def test_vietnamese_officials_keep_the_vietnamese_ministry():
    res, labels = _resolved("Vietnamese Minister of Justice Nguyễn Hải Ninh received the delegation on Monday.")
    body, = _bodies_of(res, labels, "Nguyễn Hải Ninh")
    assert "Bộ Tư pháp" in labels[body]


def test_two_officials_of_one_foreign_ministry_share_one_body():
    res, labels = _resolved("Japanese Minister of Justice Ken Sato and Japanese Deputy Minister of Justice "
                            "Aiko Mori visited Hà Nội on Monday.")
    a = _bodies_of(res, labels, "Ken Sato")
    b = _bodies_of(res, labels, "Aiko Mori")
    assert a and a == b and "Japan's Ministry of Justice" in labels[a[0]]


def test_a_one_word_name_after_a_ministry_title():
    res, labels = _resolved("Indonesian Minister of Foreign Affairs Sugiono held talks with Minister of Foreign "
                            "Affairs Lê Hoài Trung in Hà Nội on Monday.")
    assert any(e.type == "Person" and e.name == "Sugiono" for e in res.entities.values())
    body, = _bodies_of(res, labels, "Sugiono")
    assert "Indonesia's Ministry of Foreign Affairs" in labels[body] and "Bộ Ngoại giao" not in labels[body]


def test_a_title_whose_body_holds_commas_is_still_foreign():
    res, labels = _resolved("Japanese Minister of Economy, Trade and Industry Kenji Morita met Minister of "
                            "Industry and Trade Nguyễn Hồng Diên in Hà Nội on Monday.")
    body, = _bodies_of(res, labels, "Kenji Morita")
    assert "Japan's Ministry of Economy, Trade and Industry" in labels[body]


def test_a_foreign_ministry_keeps_the_name_its_title_writes():
    res, labels = _resolved("Singaporean Minister for Trade and Industry Gan Kim Yong met Minister of Industry and "
                            "Trade Nguyễn Hồng Diên in Hà Nội on Monday.")
    body, = _bodies_of(res, labels, "Gan Kim Yong")
    assert "Singapore's Ministry of Trade and Industry" in labels[body]
    assert "Bộ Công Thương" not in labels[body]


def test_a_foreign_title_in_apposition_after_the_name():
    res, labels = _resolved("Minister of Foreign Affairs Lê Hoài Trung held talks with Ahmed Karimov, Uzbekistan's "
                            "Minister of Foreign Affairs, in Hà Nội on Monday. Lê Hoài Trung later received Jamshid "
                            "Rakhimov, the Uzbek Minister of Culture.")
    uz, = _bodies_of(res, labels, "Ahmed Karimov")
    viet, = _bodies_of(res, labels, "Lê Hoài Trung")
    assert uz != viet
    assert "Uzbekistan's Ministry of Foreign Affairs" in labels[uz]
    culture, = _bodies_of(res, labels, "Jamshid Rakhimov")
    assert "Uzbekistan's Ministry of Culture" in labels[culture] or "Uzbek Ministry of Culture" in labels[culture]


def test_a_foreign_name_before_an_apposed_national_title_is_a_person():
    got = facts("Minister Pham Thi Thanh Tra met Nancy Faeser, the German Minister of the Interior, in Berlin.",
                "2026-11-20", lang="en")
    assert ("Nancy Faeser", "position", "Minister") in got
    got = facts("Pham Thi Thanh Tra met Nancy Faeser, Germany's Minister of the Interior, in Berlin.", "2026-11-20",
                lang="en")
    assert ("Nancy Faeser", "position", "Minister") in got


def test_a_bare_minister_takes_no_body_another_title_names():
    got = facts("Minister Nguyen Chi Dung held talks with Indian Minister of Commerce and Industry Piyush Goyal.",
                "2026-11-20", lang="en")
    assert not any(s == "Nguyen Chi Dung" and p == "memberOf" for s, p, _ in got)
    assert any(s == "Piyush Goyal" and p == "memberOf" for s, p, _ in got)


def test_a_body_written_before_an_apposed_title():
    got = facts("Mariam Sherman, World Bank Country Director for Vietnam, said growth would slow.", "2026-11-20",
                lang="en")
    assert ("Mariam Sherman", "position", "Country Director") in got
    assert ("Mariam Sherman", "memberOf", "World Bank") in got
    got = facts("The forum was attended by Deputy Minister of Finance Nguyen Duc Chi, World Bank Country Director for "
                "Vietnam Mariam Sherman, and 200 delegates.", "2026-11-20", lang="en")
    assert ("Nguyen Duc Chi", "memberOf", "World Bank") not in got


_triples = partial(graph_triples, published="2025-11-20")


def _triples_20251204(text: str) -> set[tuple[str, str, str]]:
    return graph_triples(text, "en", "2025-12-04")


def test_foreign_ministers_keep_their_role_but_not_the_vietnamese_ministry():
    got = _triples("Minister of Public Security Lương Tam Quang met Lao Minister of Public Security Vilay Lakhamfong "
                   "in Vientiane on Monday.")
    assert any(s in ("Lương Tam Quang", "Luong Tam Quang") and p == "memberOf" for s, p, o in got)
    assert any(s == "Vilay Lakhamfong" and p == "position" for s, p, o in got)


def test_a_rare_family_name_after_a_title_and_its_body():
    got = _triples_20251204("Vice Chairwoman of the Thanh Hóa Provincial People's Committee Đầu Thanh Tùng said the site "
                   "would be restored.")
    assert ("Đầu Thanh Tùng", "memberOf", "Thanh Hóa Provincial People's Committee") in got


def test_a_foreign_title_naming_part_of_a_vietnamese_ministry_gives_no_membership():
    # "Minister for Education": Australia's portfolio, not Việt Nam's Ministry of Education and Training
    got = facts("Australian Minister for Education Jason Clare and Minister of Education and Training Nguyen Kim Son "
                "met in Hanoi on Monday.", "2025-03-04", "en")
    assert ("Jason Clare", "position", "Minister") in got
    assert not any(s == "Jason Clare" and p == "memberOf" for s, p, o in got)
    assert ("Nguyen Kim Son", "memberOf", "Ministry of Education and Training") in got


def test_a_portfolio_of_a_department_country_names_no_ministry():
    got = facts("Minister of Industry and Trade Tran Van Hung and Australia's Minister for Resources Madeleine King "
                "signed the memorandum in Hanoi on Monday.", "2025-03-04", "en")
    assert ("Madeleine King", "position", "Minister") in got
    assert not any(s == "Madeleine King" and p == "memberOf" for s, p, o in got)
    assert ("Tran Van Hung", "memberOf", "Ministry of Industry and Trade") in got
    singapore = facts("Singaporean Minister for Trade and Industry Gan Kim Yong visited Hanoi.", "2025-03-04", "en")
    assert any(s == "Gan Kim Yong" and p == "memberOf" for s, p, o in singapore)

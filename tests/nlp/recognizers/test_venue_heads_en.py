"""Tests of the English venue heads of kg/data/patterns/venues_en.json (kg.nlp.recognizers.places)."""
from __future__ import annotations

from articlefacts import facts, kg_spans, resolved_entities


def test_a_historical_site_is_a_venue_and_the_event_held_there_is_in_it():
    got = facts("The Phú Thọ Autumn Festival 2026 opened on Saturday at the Hùng Kings Temple Historical Site in Việt Trì.",
                "2026-11-16", "en")
    assert ("Phú Thọ Autumn Festival 2026", "locatedIn", "Hùng Kings Temple Historical Site") in got


def test_a_library_an_event_is_held_at_is_a_venue():
    got = facts("The International Conference on Chip Education 2026 was held on Sunday at the Tạ Quang Bửu Library.",
                "2026-11-30", "en")
    assert any(s.startswith("International Conference on Chip Education") and p == "locatedIn" and o == "Tạ Quang Bửu Library"
               for s, p, o in got)


def test_a_sentence_opening_preposition_is_no_part_of_the_venue():
    got = resolved_entities("Near Hạ Long Bay, the airline added flights. Outside Phú Bài Airport, taxis waited.", "en")
    assert ("Ha Long Bay", "Place") in got
    assert not any(name.startswith(("Near", "Outside")) for name, _ in got)


def test_a_valley_and_a_floating_market_are_venues():
    spans = kg_spans("The cable car runs from Mường Hoa valley, and boats leave for Cái Răng floating market at dawn.")
    assert ("LOC", "Mường Hoa valley") in spans
    assert ("LOC", "Cái Răng floating market") in spans


def test_a_refinery_written_in_lower_case_after_its_name_is_a_venue():
    assert ("LOC", "Dung Quất oil refinery") in kg_spans("The Dung Quất oil refinery was running normally.")
    assert ("LOC", "Dung Quất Refinery") in kg_spans("Workers at the Dung Quất Refinery went home early.")
    # a company's name that runs on past the head is no venue
    spans = kg_spans("Licences went to Nghi Sơn Refinery and Petrochemical LLC and Idemitsu Kosan.")
    assert ("LOC", "Nghi Sơn Refinery") not in spans


def test_a_bus_station_written_in_lower_case_after_its_name_is_a_venue():
    assert ("LOC", "Bến Thành bus station") in kg_spans("Buses leave from Bến Thành bus station every ten minutes.")


def test_a_venue_head_before_a_chain_word_names_a_retail_brand():
    spans = kg_spans("Central Retail, which runs the GO! and Tops Market chains, said it would invest.")
    assert ("LOC", "Tops Market") not in spans
    assert ("LOC", "Bến Thành Market") in kg_spans("Shoppers crowded Bến Thành Market on Sunday.")


def test_a_border_guard_or_police_station_is_a_body_a_railway_station_a_place():
    from articlefacts import kg_spans
    spans = kg_spans("The Móng Cái Border Guard Station and the Hàng Trống Police Station met at the Long Biên "
                     "Railway Station.", "en", "2026-02-02")
    assert ("ORG", "Móng Cái Border Guard Station") in spans
    assert ("ORG", "Hàng Trống Police Station") in spans
    assert ("LOC", "Long Biên Railway Station") in spans


def test_a_river_named_with_a_lower_case_kind_is_a_place_its_delta_is_not():
    from articlefacts import kg_spans
    spans = kg_spans("Salt water moved up the Hàm Luông river, fishermen on the Gianh river caught less, and the "
                     "Red river delta lost rice.", "en", "2026-02-02")
    assert ("LOC", "Hàm Luông river") in spans
    assert ("LOC", "Gianh river") in spans
    assert ("LOC", "Red river") not in spans


def test_a_plural_venue_kind_after_a_list_makes_each_name_a_venue():
    spans = kg_spans("Traffic eased on the Chương Dương and Vĩnh Tuy bridges, and water fell on the Tien and Hau rivers.")
    assert ("LOC", "Chương Dương") in spans and ("LOC", "Vĩnh Tuy") in spans
    assert ("LOC", "Tien") in spans and ("LOC", "Hau") in spans
    assert not any(label == "PER" for label, _ in spans)


def test_an_economic_zone_in_lower_case_and_a_science_city_are_venues():
    spans = kg_spans("Firms in the Dinh Vu–Cat Hai economic zone and the Van Don economic zone visited Kansai Science City.")
    assert ("LOC", "Dinh Vu–Cat Hai economic zone") in spans
    assert ("LOC", "Van Don economic zone") in spans
    assert ("LOC", "Kansai Science City") in spans
    assert not any(label == "PER" for label, _ in spans)


def test_a_named_industrial_park_in_lower_case_is_a_venue_but_a_provinces_is_not():
    spans = kg_spans("The plant in the Song Khoai industrial zone will supply firms in the Tan Truong industrial cluster "
                     "and the Dong Mai industrial park.")
    assert ("LOC", "Song Khoai industrial zone") in spans
    assert ("LOC", "Tan Truong industrial cluster") in spans
    assert ("LOC", "Dong Mai industrial park") in spans
    spans = kg_spans("Workers at the Dong Nai industrial park and the Quang Ninh economic zone went home.")
    assert not any(text.endswith(("industrial park", "economic zone")) for _, text in spans)


def test_fair_and_administrative_centres_are_venues_not_bodies():
    got = resolved_entities("Headline\n\nThe fair opened at the Quảng Ninh Exhibition and Fair Centre in Hạ Long, and the "
                            "meeting was held at the Đà Nẵng Administrative Centre.", "en", "2026-12-07")
    assert ("Quảng Ninh Exhibition and Fair Centre", "Place") in got
    assert ("Đà Nẵng Administrative Centre", "Place") in got
    assert not any(t == "Organization" for _, t in got)


def test_a_lower_case_theatre_relic_site_or_channel_belongs_to_the_name_before_it():
    got = resolved_entities("Headline\n\nThe concert took place at the Duyệt Thị Đường theatre, pilgrims visited the Lam "
                            "Kinh relic site, and the ferry crosses the Lạch Huyện channel every hour.", "en", "2026-12-07")
    for name in ("Duyệt Thị Đường theatre", "Lam Kinh relic site", "Lạch Huyện channel"):
        assert (name, "Place") in got


def test_a_venue_named_only_by_its_kind_after_the_province_s_is_a_place():
    got = resolved_entities("Headline\n\nThe Quảng Ninh tourism fair is being held at the province's Exhibition and Fair "
                            "Centre until Monday. It is organised by the Quảng Ninh Department of Tourism.", "en",
                            "2026-12-07")
    assert ("Exhibition and Fair Centre", "Place") in got
    assert not any(n.startswith("Exhibition") and t in ("Organization", "Event") for n, t in got)

"""Entity resolution: keys, short forms, corpus-level merges."""
from __future__ import annotations

from kg.resolve import merge_keys, org_core, person_name, policy_key, policy_labels, policy_parts


def test_policy_numbers_share_one_key_across_spellings_and_languages():
    keys = {policy_key(t) for t in ("Nghị quyết 57-NQ/TW", "Nghị quyết số 57-NQ/TW", "Nghị quyết 57",
                                     "Resolution 57", "Resolution No. 57")}
    assert keys == {"policy/nghi-quyet-57"}


def test_the_year_in_a_code_distinguishes_instruments():
    assert policy_key("Nghị định 13/2023/NĐ-CP") == "policy/nghi-dinh-13-2023"
    assert policy_key("Decree 13/2023/NĐ-CP") == "policy/nghi-dinh-13-2023"
    assert policy_parts("Quyết định số 1131/QĐ-TTg") == ("Quyết định", "1131", "1131/QĐ-TTg")


def test_policy_labels_offer_both_languages():
    labels = policy_labels("Quyết định số 343/QĐ-BNV", "vi")
    assert {"Quyết định 343/QĐ-BNV", "Decision 343/QĐ-BNV", "Quyết định 343"} <= labels


def test_unqualified_numbers_merge_into_the_only_qualified_one():
    assert merge_keys(["policy/nghi-dinh-13", "policy/nghi-dinh-13-2023"]) == \
        {"policy/nghi-dinh-13": "policy/nghi-dinh-13-2023"}
    # two different years: ambiguous, nothing merged
    assert merge_keys(["policy/nghi-dinh-13", "policy/nghi-dinh-13-2023", "policy/nghi-dinh-13-2019"]) == {}


def test_names_lose_honorifics_and_legal_forms():
    assert person_name("ông Phan Văn Hải") == "Phan Văn Hải"
    assert person_name("Mr. Tran Van Hai") == "Tran Van Hai"
    assert org_core("CTCP Sao Mai Group") == org_core("Sao Mai")
    assert org_core("Tập đoàn Sao Mai") == org_core("Sao Mai")

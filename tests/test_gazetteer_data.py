"""Sanity checks for the hand-written gazetteer data in kg/data/gazetteer/."""
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parents[1] / "kg" / "data" / "gazetteer"
LIST_FILES = ["organizations.json", "places.json", "topics.json", "people.json", "titles.json", "policy_types.json",
              "policies.json"]
ID_FILES = ["organizations.json", "places.json", "topics.json", "people.json", "policies.json"]
QID = re.compile(r"^Q[0-9]+$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
YM = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


def load(name):
    with open(GAZ / name, encoding="utf-8") as f:
        return json.load(f)


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from strings(x)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from strings(v)


def surfaces(entry):
    """Every surface form an entry can be matched by."""
    out = [entry[k] for k in ("name", "en", "vi", "code") if entry.get(k)]
    out += entry.get("aliases", []) + entry.get("en_aliases", [])
    return out


@pytest.fixture(scope="module")
def data():
    return {name: load(name) for name in LIST_FILES + ["surnames.json"]}


@pytest.mark.parametrize("name", LIST_FILES + ["surnames.json"])
def test_valid_json_and_nfc(name):
    raw = (GAZ / name).read_text(encoding="utf-8")
    obj = json.loads(raw)
    assert obj, f"{name} is empty"
    bad = [s for s in strings(obj) if unicodedata.normalize("NFC", s) != s]
    assert not bad, f"non-NFC strings in {name}: {bad[:5]}"
    blank = [s for s in strings(obj) if s != s.strip() or not s]
    assert not blank, f"blank or padded strings in {name}: {blank[:5]}"


@pytest.mark.parametrize("name", LIST_FILES)
def test_is_list_of_objects(data, name):
    assert isinstance(data[name], list)
    assert all(isinstance(e, dict) for e in data[name])
    for e in data[name]:
        for k in ("aliases", "en_aliases"):
            assert isinstance(e.get(k, []), list), (name, e)


@pytest.mark.parametrize("name", ID_FILES)
def test_unique_slug_ids(data, name):
    ids = [e["id"] for e in data[name]]
    dups = [i for i, c in Counter(ids).items() if c > 1]
    assert not dups, f"duplicate ids in {name}: {dups}"
    bad = [i for i in ids if not SLUG.match(i)]
    assert not bad, f"non-slug ids in {name}: {bad}"
    for e in data[name]:
        assert e.get("name") and e.get("en"), e


@pytest.mark.parametrize("name", LIST_FILES)
def test_no_surface_shared_between_entries(data, name):
    owner = {}
    clashes = []
    for i, e in enumerate(data[name]):
        key = e.get("id") or e.get("vi")
        for s in {x.casefold() for x in surfaces(e)}:
            if s in owner and owner[s] != key:
                clashes.append((s, owner[s], key))
            owner.setdefault(s, key)
    assert not clashes, f"names used by more than one entry in {name}: {clashes[:10]}"


def test_unique_keys_titles_and_policy_types(data):
    for name in ("titles.json", "policy_types.json"):
        keys = [e["vi"].casefold() for e in data[name]]
        assert len(keys) == len(set(keys)), name
        assert all(e.get("en") for e in data[name])


def test_surnames(data):
    sn = data["surnames.json"]["vi"]
    assert len(sn) >= 100
    assert len(sn) == len({s.casefold() for s in sn})
    assert sn[:3] == ["Nguyễn", "Trần", "Lê"]


def test_references(data):
    orgs = {e["id"] for e in data["organizations.json"]}
    places = {e["id"] for e in data["places.json"]}
    for e in data["organizations.json"]:
        if "parent" in e:
            assert e["parent"] in orgs, e["id"]
            assert e["parent"] != e["id"]
    for e in data["places.json"]:
        for k in ("parent", "merged_into"):
            if k in e:
                assert e[k] in places, (e["id"], k)
    for e in data["titles.json"]:
        if "org" in e:
            assert e["org"] in orgs, e["vi"]
    for p in data["people.json"]:
        assert p["roles"], p["id"]
        for r in p["roles"]:
            assert r.get("title") and r.get("en"), p["id"]
            if "org" in r:
                assert r["org"] in orgs, (p["id"], r["org"])
            for k in ("from", "to"):
                if k in r:
                    assert YM.match(r[k]), (p["id"], r)
            if "from" in r and "to" in r:
                assert r["from"] <= r["to"], (p["id"], r)


def test_parent_chains_terminate(data):
    for name in ("organizations.json", "places.json"):
        parent = {e["id"]: e.get("parent") for e in data[name]}
        for start in parent:
            seen, cur = set(), start
            while cur is not None:
                assert cur not in seen, f"parent cycle in {name} at {start}"
                seen.add(cur)
                cur = parent.get(cur)


def test_wikidata_ids(data):
    for name in ID_FILES:
        qids = [e["wikidata"] for e in data[name] if "wikidata" in e]
        bad = [q for q in qids if not QID.match(q)]
        assert not bad, (name, bad)
        dups = [q for q, c in Counter(qids).items() if c > 1]
        assert not dups, (name, dups)


def test_enumerations(data):
    org_kinds = {"party", "state", "assembly", "government", "ministry", "agency", "court", "military", "police",
                 "mass", "association", "company", "media", "university", "international", "other"}
    assert {e["kind"] for e in data["organizations.json"]} <= org_kinds
    assert {e["kind"] for e in data["places.json"]} <= {"country", "province", "city", "district", "region",
                                                              "world-region", "venue"}
    assert {e["kind"] for e in data["titles.json"]} <= {"role", "rank", "office", "membership", "honorific"}
    for e in data["organizations.json"]:
        for c in e.get("codes", []):
            assert c and " " not in c, (e["id"], c)


def test_provinces(data):
    units = [e for e in data["places.json"] if e.get("parent") == "viet-nam" and e["kind"] in ("province", "city")]
    assert len(units) == 63
    assert sum(1 for e in units if "merged_into" not in e) == 34
    for e in units:
        if "merged_into" in e:
            target = next(u for u in units if u["id"] == e["merged_into"])
            assert "merged_into" not in target, e["id"]


def test_key_entries_present(data):
    orgs = {e["id"]: e for e in data["organizations.json"]}
    assert "TTg" in orgs["thu-tuong-chinh-phu"]["codes"]
    assert orgs["bo-thong-tin-va-truyen-thong"]["en"] == "Ministry of Information and Communications"
    mnd = orgs["bo-quoc-phong"]
    assert "Ministry of National Defense" in mnd["en_aliases"]
    assert orgs["quan-doi-nhan-dan-viet-nam"]["id"] != orgs["bao-quan-doi-nhan-dan"]["id"]
    places = {e["id"]: e for e in data["places.json"]}
    assert "Ba Ria – Vung Tau" in places["ba-ria-vung-tau"]["en_aliases"]
    assert "TP.HCM" in places["ho-chi-minh"]["aliases"]

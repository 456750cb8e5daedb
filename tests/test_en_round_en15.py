"""English round en15: relations of events in English-language Vietnamese news — talks "on" a subject
(the event, its parties and place; no field made of the subject), the counterpart of talks named after
the portfolio of his title, and the signers of a document at the signing ceremony the next sentence
names."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_extract import facts  # noqa: E402


def test_talks_on_a_subject_in_a_city_on_a_day_have_both_parties_and_a_place():
    got = facts("Minister of Transport Lê Văn Sơn and Cambodian Minister of Public Works Peng Ponea held talks on "
                "border bridges in Phnom Penh on Tuesday.", "2025-11-20", lang="en")
    assert ("talks", "locatedIn", "Phnom Penh") in got
    assert ("talks", "date", "2025-11-18") in got
    assert {p for s, p, o in got if o == "talks" and p == "participatedIn"} == {"participatedIn"}
    assert len([1 for s, p, o in got if o == "talks" and p == "participatedIn"]) == 2
    # the subject of talks between two governments is no field of the graph
    assert not any(p == "about" for s, p, o in got)


def test_counterpart_after_the_subject_of_the_talks_and_a_portfolio_title():
    got = facts("Minister of Finance Trịnh Văn Hải held talks on customs cooperation with Japanese Finance Minister "
                "Katsunobu Kato in Tokyo on Friday.", "2025-11-22", lang="en")
    assert any(s == "Katsunobu Kato" and p == "participatedIn" and o == "talks" for s, p, o in got)
    got = facts("Minister of Finance Trịnh Văn Hải held talks with Japanese Minister of Economy and Finance "
                "Katsunobu Kato in Tokyo on Friday.", "2025-11-22", lang="en")
    assert any(s == "Katsunobu Kato" and p == "participatedIn" and o == "talks" for s, p, o in got)

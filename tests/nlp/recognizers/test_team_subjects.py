"""Tests of kg.nlp.recognizers.team_subjects:
Places named as teams where :func:`kg.nlp.recognizers.context.team_candidates` does not look."""
from __future__ import annotations

from articlefacts import flat_names as ents


def test_team_a_player_helps(nlp):
    assert ents(nlp, "Hoàng Vũ Samson đánh đầu ghi bàn, giúp Thanh Hóa vươn lên thứ ba.") == \
        [("Hoàng Vũ Samson", "PER"), ("Thanh Hóa", "ORG")]
    # no match, no team
    assert ents(nlp, "Nguồn vốn này giúp Thanh Hóa xây thêm trường học.") == [("Thanh Hóa", "LOC")]


def test_place_and_fc_is_a_club(nlp):
    assert ents(nlp, "Tiền đạo Rafaelson chia tay Bình Định FC.")[-1] == ("Bình Định FC", "ORG")


def test_while_clause_and_score_for_a_team(nlp):
    assert ents(nlp, "Trong lúc Nụ đi làm, con gái chị ở nhà một mình.") == [("Nụ", "PER")]
    assert ents(nlp, "Hoàng Đức đánh đầu ấn định tỷ số 2-1 cho Nam Định.")[-1] == ("Nam Định", "ORG")

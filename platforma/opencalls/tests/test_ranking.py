"""The ranking arithmetic: plain Python, no database."""

from fractions import Fraction

import pytest

from platforma.opencalls.ranking import rank, weighted_score


def test_weights_are_normalised_so_the_score_stays_between_0_and_10():
    assert weighted_score({1: 10, 2: 10}, {1: 70, 2: 30}) == 10
    assert weighted_score({1: 10, 2: 0}, {1: 3, 2: 1}) == Fraction(30, 4)
    # The same proportions give the same score whatever the weights add up to.
    assert weighted_score({1: 8, 2: 4}, {1: 3, 2: 1}) == weighted_score({1: 8, 2: 4}, {1: 75, 2: 25})


def test_a_missing_criterion_counts_as_zero():
    assert weighted_score({1: 10}, {1: 1, 2: 1}) == 5


def test_non_positive_weights_are_refused():
    with pytest.raises(ValueError):
        weighted_score({1: 5}, {1: 0})


def test_the_score_is_the_mean_over_evaluators_and_equal_scores_share_a_place():
    weights = {1: 1}
    rows = rank([10, 20, 30, 40], [(10, {1: 6}), (10, {1: 8}), (20, {1: 7}), (30, {1: 9}), (99, {1: 10})], weights)

    assert [row.proposal_id for row in rows] == [30, 10, 20, 40]
    assert [row.position for row in rows] == [1, 2, 2, None]
    assert [row.evaluation_count for row in rows] == [1, 2, 1, 0]
    assert rows[1].score == 7
    assert rows[1].criterion_means == {1: 7}
    assert rows[3].score is None and rows[3].score_display is None


def test_ties_keep_the_order_of_submission():
    rows = rank([5, 3, 9], [(9, {1: 4}), (3, {1: 4}), (5, {1: 4})], {1: 2})
    assert [row.proposal_id for row in rows] == [5, 3, 9]
    assert {row.position for row in rows} == {1}


def test_no_evaluations_at_all_keeps_the_order_given():
    assert [row.proposal_id for row in rank([2, 1], [], {1: 1})] == [2, 1]

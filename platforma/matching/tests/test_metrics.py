import math

import pytest

from platforma.matching.engine import evaluate, ndcg_at_k, recall_at_k, reciprocal_rank

RELEVANT = {"a": 1, "b": 1, "c": 1, "d": 1}


def test_recall_at_10_counts_relevant_documents_in_the_first_ten():
    ranked = ["x", "a", "y", "b"] + [f"n{i}" for i in range(6)] + ["c"]  # "c" is 11th
    assert recall_at_k(ranked, RELEVANT, 10) == pytest.approx(2 / 4)


def test_ndcg_at_10_by_hand():
    ranked = ["a", "x", "b"]
    dcg = 1 / math.log2(2) + 1 / math.log2(4)
    ideal = 1 / math.log2(2) + 1 / math.log2(3) + 1 / math.log2(4) + 1 / math.log2(5)
    assert ndcg_at_k(ranked, RELEVANT, 10) == pytest.approx(dcg / ideal)


def test_ndcg_of_a_perfect_ranking_is_one_and_of_nothing_zero():
    assert ndcg_at_k(["a", "b", "c", "d"], RELEVANT, 10) == pytest.approx(1.0)
    assert ndcg_at_k(["x", "y"], RELEVANT, 10) == 0.0


def test_ndcg_uses_grades_as_gains():
    graded = {"a": 2, "b": 1}
    dcg = 1 / math.log2(2) + 2 / math.log2(3)
    ideal = 2 / math.log2(2) + 1 / math.log2(3)
    assert ndcg_at_k(["b", "a"], graded, 10) == pytest.approx(dcg / ideal)


def test_reciprocal_rank_is_one_over_the_first_hit():
    assert reciprocal_rank(["x", "y", "c"], RELEVANT) == pytest.approx(1 / 3)
    assert reciprocal_rank(["x"], RELEVANT) == 0.0


def test_evaluate_averages_over_judged_queries_and_counts_missing_ones_as_zero():
    qrels = {"q1": {"a": 1}, "q2": {"b": 1, "c": 1}, "q3": {"z": 0}}
    run = {"q1": ["a"], "q3": ["z"]}  # q2 missing from the run; q3 has no relevant document
    means = evaluate(run, qrels, k=10)
    assert means["queries"] == 2
    assert means["recall@10"] == pytest.approx(0.5)
    assert means["ndcg@10"] == pytest.approx(0.5)
    assert means["mrr"] == pytest.approx(0.5)

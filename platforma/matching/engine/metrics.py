"""Ranking measures over a run and judgements (BEIR/TREC style), averaged over the judged queries."""

import math
from collections.abc import Mapping, Sequence


def recall_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    wanted = {doc for doc, grade in relevant.items() if grade > 0}
    if not wanted:
        return 0.0
    return len(wanted.intersection(ranked[:k])) / len(wanted)


def ndcg_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """Normalised DCG with the grade as gain and log2(rank + 1) discount (as trec_eval's ndcg_cut)."""
    gains = sorted((grade for grade in relevant.values() if grade > 0), reverse=True)
    ideal = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains[:k]))
    if ideal == 0:
        return 0.0
    dcg = sum(
        relevant.get(doc, 0) / math.log2(rank + 2) for rank, doc in enumerate(ranked[:k]) if relevant.get(doc, 0) > 0
    )
    return dcg / ideal


def reciprocal_rank(ranked: Sequence[str], relevant: Mapping[str, int]) -> float:
    for rank, doc in enumerate(ranked):
        if relevant.get(doc, 0) > 0:
            return 1 / (rank + 1)
    return 0.0


def evaluate(run: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]], k: int = 10) -> dict[str, float]:
    """Mean Recall@k, nDCG@k and MRR over the queries with at least one relevant document.

    A judged query missing from the run scores zero, so that dropping hard queries cannot raise the means.
    """
    judged = [query for query, docs in qrels.items() if any(grade > 0 for grade in docs.values())]
    if not judged:
        return {f"recall@{k}": 0.0, f"ndcg@{k}": 0.0, "mrr": 0.0, "queries": 0}
    totals = {f"recall@{k}": 0.0, f"ndcg@{k}": 0.0, "mrr": 0.0}
    for query in judged:
        ranked = run.get(query, ())
        totals[f"recall@{k}"] += recall_at_k(ranked, qrels[query], k)
        totals[f"ndcg@{k}"] += ndcg_at_k(ranked, qrels[query], k)
        totals["mrr"] += reciprocal_rank(ranked, qrels[query])
    means: dict[str, float] = {name: total / len(judged) for name, total in totals.items()}
    means["queries"] = len(judged)
    return means

"""Learning the scorer's weights from the indexed items themselves, without any judged query.

Each earlier item is a question whose answers are its own profiles (the partners of a project). In the
"temporal" scheme, used for the shipped weights, the later half of the items (by date) are the questions and
each sees only the items that started at least `gap_days` before it: a new problem arrives some time after
the profiles were built (on matching-cordis, one to three years). Without the gap the questions share their
calls and their period with the visible items, which rewards what is typical within one period (the
sentence model most of all) and does not carry over. The "leave_one_out" scheme hides only the item itself
and needs no dates. Decision record 0006 compares the three. The weights are then tuned by coordinate
ascent on Recall@10 + nDCG@10 over those questions.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import numpy as np

from .candidates import Candidates
from .matcher import Matcher
from .model import Item, Query
from .scorer import FEATURES, Weights

logger = logging.getLogger(__name__)

Scheme = Literal["temporal", "leave_one_out"]


@dataclass(frozen=True)
class PseudoQuery:
    item: str
    query: Query
    answers: frozenset[str]


def pseudo_queries(
    items: Sequence[Item], *, scheme: Scheme = "temporal", later_share: float = 0.5, gap_days: int = 365
) -> list[PseudoQuery]:
    """Questions made from items; answers are the item's profiles that still have a visible item of their own."""
    if scheme == "temporal":
        dated = sorted((item for item in items if item.date), key=lambda item: item.date)
        if not dated:
            raise ValueError("the temporal scheme needs item dates; use leave_one_out")
        cut = dated[min(len(dated) - 1, int(len(dated) * (1 - later_share)))].date
        questions = [item for item in dated if item.date >= cut]
    else:
        questions = list(items)
    by_profile: dict[str, list[Item]] = {}
    for item in items:
        for profile in item.profiles:
            by_profile.setdefault(profile, []).append(item)
    result = []
    for question in questions:
        if scheme == "temporal":
            horizon = (date.fromisoformat(question.date[:10]) - timedelta(days=gap_days)).isoformat()
            hidden = frozenset(
                item.key for item in items if item.key == question.key or not item.date or item.date >= horizon
            )
        else:
            hidden = frozenset({question.key})
        answers = frozenset(
            profile
            for profile in question.profiles
            if any(item.key not in hidden for item in by_profile.get(profile, ()))
        )
        if answers:
            text = f"{question.title}. {question.text}" if question.title else question.text
            result.append(
                PseudoQuery(question.key, Query(text=text, labels=question.labels, exclude_items=hidden), answers)
            )
    return result


@dataclass
class _Prepared:
    matrix: np.ndarray
    positive: np.ndarray
    n_answers: int


def prepare(matcher: Matcher, questions: Sequence[PseudoQuery]) -> list[_Prepared]:
    """Candidate features of every question (the slow part: computed once, then reweighted many times)."""
    prepared = []
    for question in questions:
        vector = matcher.item_vector(question.item)
        candidates: Candidates = matcher.candidates(question.query, query_vector=vector)
        keys = [matcher.profile_key(number) for number in candidates.profiles.tolist()]
        positive = np.array([key in question.answers for key in keys], dtype=bool)
        prepared.append(_Prepared(candidates.matrix, positive, len(question.answers)))
    return prepared


def objective(prepared: Sequence[_Prepared], weights: np.ndarray, k: int = 10) -> dict[str, float]:
    """Mean Recall@k and nDCG@k of the questions under `weights` (ties broken by candidate order)."""
    discount = 1 / np.log2(np.arange(2, k + 2))
    recall = ndcg = 0.0
    for question in prepared:
        scores = question.matrix @ weights
        top = np.argsort(-scores, kind="stable")[:k]
        hits = question.positive[top]
        recall += hits.sum() / question.n_answers
        ndcg += (hits * discount[: len(hits)]).sum() / discount[: min(k, question.n_answers)].sum()
    n = max(1, len(prepared))
    return {"recall@10": recall / n, "ndcg@10": ndcg / n}


def fit_weights(
    prepared: Sequence[_Prepared],
    *,
    start: Weights,
    anchor: str = "lex_soft",
    features: Sequence[str] = FEATURES,
    passes: int = 6,
) -> tuple[Weights, dict[str, float]]:
    """Coordinate ascent on Recall@10 + nDCG@10 from `start`; the anchor's weight stays fixed (scale).

    Steps are in units of each feature's spread, so that features on different scales move alike. A feature
    that is constant over all candidates (proximity on data without places) keeps its starting weight.
    """
    weights = start.vector()
    columns = {name: FEATURES.index(name) for name in features}
    stacked = np.vstack([question.matrix for question in prepared])
    spread = stacked.std(axis=0) + 1e-9
    anchor_scale = spread[FEATURES.index(anchor)] * abs(weights[FEATURES.index(anchor)] or 1.0)

    def value(w: np.ndarray) -> float:
        measured = objective(prepared, w)
        return measured["recall@10"] + measured["ndcg@10"]

    best = value(weights)
    for _ in range(passes):
        improved = False
        for name, column in columns.items():
            if name == anchor or stacked[:, column].std() < 1e-9:
                continue
            for step in (1.0, 0.5, 0.25, 0.1, 0.05):
                for sign in (1, -1):
                    trial = weights.copy()
                    trial[column] += sign * step * anchor_scale / spread[column]
                    measured = value(trial)
                    if measured > best + 1e-6:
                        best, weights, improved = measured, trial, True
        if not improved:
            break
    fitted = {name: round(float(weights[i]), 4) for i, name in enumerate(FEATURES)}
    return Weights(fitted, dict(start.provenance)), objective(prepared, weights)

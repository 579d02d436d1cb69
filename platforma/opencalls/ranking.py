"""The ranking of a call's proposals by weighted scores. Plain Python, no Django.

Each evaluation gives every criterion 0–10 points. Weights are normalised: an evaluation's score is
Σ(weight × points) / Σ weight, so it stays on the 0–10 scale whatever the weights add up to. A proposal's
score is the mean over its evaluations. Fractions keep the arithmetic exact, so that two equal scores are
equal and share a place, rather than differing in the sixteenth decimal.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class RankRow:
    proposal_id: int
    score: Fraction | None  # None: nobody has scored this proposal yet
    evaluation_count: int
    criterion_means: dict[int, Fraction] = field(default_factory=dict)
    position: int | None = None  # shared by equal scores ("ex aequo"); None when unscored

    @property
    def score_display(self) -> float | None:
        return None if self.score is None else round(float(self.score), 2)


def weighted_score(points: Mapping[int, int], weights: Mapping[int, int]) -> Fraction:
    """One evaluation on the 0–10 scale; a criterion without points counts as 0."""
    total = sum(weights.values())
    if total <= 0:
        raise ValueError("weights must be positive")
    return Fraction(sum(weight * points.get(criterion, 0) for criterion, weight in weights.items()), total)


def rank(
    proposal_ids: Sequence[int],
    evaluations: Iterable[tuple[int, Mapping[int, int]]],
    weights: Mapping[int, int],
) -> list[RankRow]:
    """Rows best first; unscored proposals last, in the order given (the order they came in).

    `evaluations` are (proposal id, {criterion id: points}) pairs; those of unknown proposals are ignored.
    """
    by_proposal: dict[int, list[Mapping[int, int]]] = {pk: [] for pk in proposal_ids}
    for proposal_id, points in evaluations:
        if proposal_id in by_proposal:
            by_proposal[proposal_id].append(points)
    rows = []
    for order, pk in enumerate(proposal_ids):
        given = by_proposal[pk]
        if not given:
            rows.append((order, RankRow(pk, None, 0)))
            continue
        score = sum((weighted_score(points, weights) for points in given), Fraction(0)) / len(given)
        means = {c: Fraction(sum(points.get(c, 0) for points in given), len(given)) for c in weights}
        rows.append((order, RankRow(pk, score, len(given), means)))
    rows.sort(key=lambda item: (item[1].score is None, -(item[1].score or 0), item[0]))
    ranked: list[RankRow] = []
    for row in (row for _order, row in rows):
        position = None
        if row.score is not None:
            better = sum(1 for other in ranked if other.score is not None and other.score > row.score)
            position = better + 1
        ranked.append(RankRow(row.proposal_id, row.score, row.evaluation_count, row.criterion_means, position))
    return ranked

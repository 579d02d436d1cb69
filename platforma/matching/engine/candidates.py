"""What the matcher computes per query (`Candidates`) and the arrays it computes them from (`Snapshot`)."""

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .matcher import Matcher


@dataclass
class Candidates:
    """Feature matrix (rows: candidate profiles, columns: `FEATURES`) of one query, before scoring."""

    profiles: np.ndarray  # internal profile numbers
    matrix: np.ndarray
    label_order: tuple[str, ...]  # the query's labels, rarest first
    has_label: np.ndarray  # rows × label_order: which of them each candidate has
    distances: np.ndarray  # km, NaN where unknown
    track_records: np.ndarray
    pair_profile: np.ndarray  # per (candidate row, visible item) pair: the row
    pair_item: np.ndarray  # … and the item number
    pair_relevance: np.ndarray  # … and how close that item is to the query

    def __len__(self) -> int:
        return len(self.profiles)

    def shared_labels(self, row: int) -> tuple[str, ...]:
        return tuple(label for label, has in zip(self.label_order, self.has_label[row], strict=True) if has)


class Snapshot:
    """Arrays over items and profiles for vectorised scoring, rebuilt lazily after any change."""

    def __init__(self, matcher: "Matcher") -> None:
        self.alive = np.asarray(matcher._item_alive, dtype=bool)
        self.share = np.asarray(matcher._item_share, dtype=np.float64)
        self.counts = np.asarray(matcher._item_counts, dtype=np.float64)
        # Profile → items as CSR, from the (item, profile) pairs kept in insertion order.
        live = np.asarray(matcher._pair_alive, dtype=bool)
        pair_item = np.asarray(matcher._pair_item, dtype=np.int64)[live]
        pair_profile = np.asarray(matcher._pair_profile, dtype=np.int64)[live]
        order = np.argsort(pair_profile, kind="stable")
        self.profile_items = pair_item[order]
        n_profiles = len(matcher._profiles)
        self.item_ptr = np.zeros(n_profiles + 1, dtype=np.int64)
        self.item_ptr[1:] = np.cumsum(np.bincount(pair_profile, minlength=n_profiles))
        self.extra = np.asarray(matcher._profile_extra, dtype=np.int64)
        self.latitude = np.asarray(matcher._profile_latitude, dtype=np.float64)
        self.longitude = np.asarray(matcher._profile_longitude, dtype=np.float64)
        self._labels: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def label_arrays(self, label: str, source: dict[str, Counter[int]]) -> tuple[np.ndarray, np.ndarray]:
        arrays = self._labels.get(label)
        if arrays is None:
            counts = source.get(label, Counter())
            arrays = (
                np.fromiter(counts.keys(), dtype=np.int64, count=len(counts)),
                np.fromiter(counts.values(), dtype=np.int64, count=len(counts)),
            )
            self._labels[label] = arrays
        return arrays

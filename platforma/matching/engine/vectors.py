"""Vector indexes: exact cosine search in numpy, behind an interface an HNSW index could also implement.

Ids are integers (as in usearch), vectors are L2-normalised, so the inner product is the cosine.
"""

from collections.abc import Sequence
from typing import Protocol

import numpy as np

from .embedders import normalise


class VectorIndex(Protocol):
    dim: int

    def __len__(self) -> int: ...

    def add(self, ids: Sequence[int], vectors: np.ndarray) -> None:
        """Adds vectors under `ids`; an id already present is replaced."""

    def remove(self, ids: Sequence[int]) -> None:
        """Forgets `ids`; unknown ids are ignored."""

    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The `k` nearest ids and their cosine similarities, best first."""

    def similarity(self, vector: np.ndarray, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        """The cosine similarity of `vector` to each of `ids` (NaN for ids not in the index)."""

    def get(self, id_: int) -> np.ndarray | None:
        """The stored vector of `id_`, or None."""


class ExactVectorIndex:
    """All vectors in one float32 matrix; a query is one matrix-vector product and a partial sort.

    At 100,000 × 512 that is about 200 MB and 10–30 ms a query on two cores (bench/matching.py). Removed rows
    are zeroed and reused, so the matrix never needs compacting.
    """

    def __init__(self, dim: int, capacity: int = 1024) -> None:
        self.dim = dim
        self._matrix = np.zeros((capacity, dim), dtype=np.float32)
        self._ids = np.full(capacity, -1, dtype=np.int64)
        self._row_of: dict[int, int] = {}
        self._free: list[int] = []
        self._used = 0
        self._dense: np.ndarray | None = None  # id → row, rebuilt after changes (see `_rows`)
        self._dense_size = -1

    def __len__(self) -> int:
        return len(self._row_of)

    def __contains__(self, id_: int) -> bool:
        return id_ in self._row_of

    def add(self, ids: Sequence[int], vectors: np.ndarray) -> None:
        vectors = normalise(vectors)
        if vectors.shape != (len(ids), self.dim):
            raise ValueError(f"expected {len(ids)} vectors of {self.dim} dimensions, got {vectors.shape}")
        for id_, vector in zip(ids, vectors, strict=True):
            row = self._row_of.get(int(id_))
            if row is None:
                row = self._free.pop() if self._free else self._next_row()
                self._row_of[int(id_)] = row
                self._ids[row] = int(id_)
            self._matrix[row] = vector
        self._dense = None

    def _next_row(self) -> int:
        if self._used == len(self._ids):
            grow = max(1024, len(self._ids))
            self._matrix = np.vstack([self._matrix, np.zeros((grow, self.dim), dtype=np.float32)])
            self._ids = np.concatenate([self._ids, np.full(grow, -1, dtype=np.int64)])
        self._used += 1
        return self._used - 1

    def remove(self, ids: Sequence[int]) -> None:
        for id_ in ids:
            row = self._row_of.pop(int(id_), None)
            if row is not None:
                self._matrix[row] = 0.0
                self._ids[row] = -1
                self._free.append(row)
                self._dense = None

    def get(self, id_: int) -> np.ndarray | None:
        row = self._row_of.get(int(id_))
        return None if row is None else self._matrix[row].copy()

    def all_similarities(self, vector: np.ndarray) -> np.ndarray:
        """Cosine similarity to every stored vector, indexed by id (NaN for absent ids); ids must be ≥ 0.

        One pass over the matrix serves both the nearest items and the similarity of every candidate's items,
        which halves the cost of a query (the matrix-vector product is bound by memory bandwidth).
        """
        used = self._ids[: self._used]
        scores = self._matrix[: self._used] @ normalise(vector)[0]
        present = used >= 0
        result = np.full(int(used.max(initial=-1)) + 1, np.nan, dtype=np.float32)
        result[used[present]] = scores[present]
        return result

    def search(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        if not self._row_of or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = self._matrix[: self._used] @ normalise(vector)[0]
        scores[self._ids[: self._used] < 0] = -np.inf
        k = min(k, len(self._row_of))
        top = np.argpartition(-scores, k - 1)[:k] if k < self._used else np.arange(self._used)
        top = top[np.argsort(-scores[top], kind="stable")][:k]
        return self._ids[top].copy(), scores[top]

    def _rows(self, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        """Rows of many ids at once; a dense id → row array is kept while ids are small non-negative numbers."""
        ids = np.asarray(ids, dtype=np.int64)
        if self._dense is None or self._dense_size != len(self._row_of):
            top = max(self._row_of, default=-1)
            if top > 4 * len(self._row_of) + 1024 or min(self._row_of, default=0) < 0:
                return np.fromiter((self._row_of.get(int(i), -1) for i in ids), dtype=np.int64, count=len(ids))
            dense = np.full(top + 1, -1, dtype=np.int64)
            dense[np.fromiter(self._row_of.keys(), dtype=np.int64)] = np.fromiter(self._row_of.values(), dtype=np.int64)
            self._dense, self._dense_size = dense, len(self._row_of)
        inside = (ids >= 0) & (ids < len(self._dense))
        rows = np.full(len(ids), -1, dtype=np.int64)
        rows[inside] = self._dense[ids[inside]]
        return rows

    def similarity(self, vector: np.ndarray, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        rows = self._rows(ids)
        known = rows >= 0
        result = np.full(len(rows), np.nan, dtype=np.float32)
        if known.any():
            result[known] = self._matrix[rows[known]] @ normalise(vector)[0]
        return result

"""Okapi BM25 over items (past projects, proposals, initiatives), with inverted lists scored in numpy.

Items are keyed by integers. The index keeps raw term frequencies and item lengths; the BM25 weight of a
posting (which depends on the average length) is computed when a term is first queried after a change and
cached until the next change. An update therefore costs only the item's own terms, and the first query after
it recomputes the weights of its terms.
"""

import math
from collections import Counter
from collections.abc import Iterable

import numpy as np


class LexicalIndex:
    """BM25 (k1, b) over analysed terms; `scores()` gives every item that shares a term with the query."""

    # Dead slots are compacted away once they make up this share of all slots.
    compact_ratio = 0.25

    def __init__(self, *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._clear()

    def _clear(self) -> None:
        self._slot_of: dict[int, int] = {}
        self._ids: list[int] = []
        self._lengths: list[int] = []
        self._terms: list[Counter[str] | None] = []
        self._postings: dict[str, tuple[list[int], list[int]]] = {}
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._weights: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # term → (slots, BM25 tf weight), per norm
        self._df: Counter[str] = Counter()
        self._total_length = 0
        self._dead = 0
        self._norm: np.ndarray | None = None
        self._ids_array: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, id_: int) -> bool:
        return id_ in self._slot_of

    def add(self, id_: int, terms: Iterable[str]) -> None:
        """Indexes an item's terms (as returned by the analyser); an id already present is replaced."""
        if id_ in self._slot_of:
            self.remove(id_)
        counts = Counter(terms)
        slot = len(self._ids)
        self._slot_of[id_] = slot
        self._ids.append(id_)
        length = sum(counts.values())
        self._lengths.append(length)
        self._terms.append(counts)
        self._total_length += length
        for term, tf in counts.items():
            slots, tfs = self._postings.setdefault(term, ([], []))
            slots.append(slot)
            tfs.append(tf)
            self._df[term] += 1
            self._arrays.pop(term, None)
        self._norm = None
        self._weights = {}
        self._ids_array = None

    def remove(self, id_: int) -> None:
        slot = self._slot_of.pop(id_, None)
        if slot is None:
            return
        counts = self._terms[slot]
        assert counts is not None
        for term in counts:
            self._df[term] -= 1
        self._total_length -= self._lengths[slot]
        self._terms[slot] = None
        self._dead += 1
        self._norm = None
        self._weights = {}
        if self._dead > self.compact_ratio * len(self._ids):
            self._compact()

    def _compact(self) -> None:
        items = [(id_, self._terms[slot]) for id_, slot in self._slot_of.items()]
        self._clear()
        for id_, counts in items:
            assert counts is not None
            self.add(id_, counts.elements())

    def idf(self, term: str) -> float:
        df = self._df.get(term, 0)
        n = len(self._slot_of)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def _prepare(self) -> tuple[np.ndarray, np.ndarray]:
        if self._norm is None or self._ids_array is None:
            lengths = np.asarray(self._lengths, dtype=np.float64)
            average = self._total_length / max(1, len(self._slot_of))
            norm = self.k1 * (1 - self.b + self.b * lengths / max(average, 1e-9))
            # A dead slot gets an infinite norm, hence a zero weight, without touching the inverted lists.
            dead = np.fromiter((counts is None for counts in self._terms), dtype=bool, count=len(self._terms))
            norm[dead] = np.inf
            self._norm = norm
            self._ids_array = np.asarray(self._ids, dtype=np.int64)
        return self._norm, self._ids_array

    def _postings_array(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        arrays = self._arrays.get(term)
        if arrays is None:
            postings = self._postings.get(term)
            if postings is None:
                return None
            arrays = (np.asarray(postings[0], dtype=np.int64), np.asarray(postings[1], dtype=np.float64))
            self._arrays[term] = arrays
        return arrays

    def scores(self, query_terms: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """Ids of the items that share a term with the query, and their BM25 scores (unsorted)."""
        if not self._slot_of:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        norm, ids = self._prepare()
        accumulator = np.zeros(len(ids))
        for term, query_tf in Counter(query_terms).items():
            if self._df.get(term, 0) <= 0:
                continue
            weighted = self._weights.get(term)
            if weighted is None:
                arrays = self._postings_array(term)
                if arrays is None:
                    continue
                slots, tfs = arrays
                weighted = (slots, tfs * (self.k1 + 1) / (tfs + norm[slots]))
                self._weights[term] = weighted
            slots, weights = weighted
            # Slots are unique within one inverted list, so fancy-index addition is exact.
            accumulator[slots] += (query_tf * self.idf(term)) * weights
        touched = np.flatnonzero(accumulator > 0)
        return ids[touched], accumulator[touched]

    def self_score(self, query_terms: Iterable[str]) -> float:
        """What an item made of exactly the query's terms would score: an upper scale for normalising."""
        counts = Counter(query_terms)
        length = sum(counts.values())
        average = self._total_length / max(1, len(self._slot_of))
        norm = self.k1 * (1 - self.b + self.b * length / max(average, 1e-9))
        return sum(
            tf * self.idf(term) * tf * (self.k1 + 1) / (tf + norm) for term, tf in counts.items() if self._df[term] > 0
        )

"""The matcher: profiles with their past items in a lexical and a vector index, ranked for a query.

A query is scored against every past item separately (BM25 over analysed terms, cosine over sentence
vectors); each candidate profile then gets features from its own items (best item, soft maximum), the
category labels it shares with the query, its distance and its track record, and a linear scorer combines
them. Decision record 0006 has the measurements behind each part.
"""

import logging
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from .candidates import Candidates, Snapshot
from .embedders import Embedder, embed_documents, embedder_key
from .features import (
    LEX_TAU,
    SEM_TAU,
    grouped_max,
    grouped_soft_max,
    haversine_km_array,
    proximity_array,
)
from .lexical import LexicalIndex
from .model import Item, Match, Profile, Query
from .scorer import FEATURES, LinearScorer, Weights
from .vectors import ExactVectorIndex, VectorIndex

logger = logging.getLogger(__name__)

Analyse = Callable[[str], list[str]]

# A similar-item reason is given only when the item is this close to the query's best item (or cosine).
SIMILAR_ITEM_THRESHOLD = 0.5

_COLUMN = {name: column for column, name in enumerate(FEATURES)}


def _default_analyse() -> Analyse:
    from platforma.core.text import analyse

    return analyse


class Matcher:
    """Profiles, their items and both indexes, in memory. Not thread-safe for writes; reads may run in parallel.

    `embedder=None` matches lexically only (and logs a warning once). Items may be added with vectors computed
    earlier (stored in the database), given with the `vectors_key` they were made with; vectors made by
    another model are ignored and the texts embedded again.
    """

    def __init__(
        self,
        *,
        embedder: Embedder | None = None,
        weights: Weights | None = None,
        analyse: Analyse | None = None,
        vector_index: VectorIndex | None = None,
        pool_items: int = 500,
        pool_labels: int = 200,
    ) -> None:
        self.embedder = embedder
        if embedder is None:
            logger.warning("Matching without a sentence-embedding model: lexical similarity, labels and track record.")
        self.weights = weights if weights is not None else Weights.default(semantic=embedder is not None)
        self.scorer = LinearScorer(self.weights)
        self.analyse = analyse if analyse is not None else _default_analyse()
        self.lexical = LexicalIndex()
        self.vectors: VectorIndex | None = None
        if embedder is not None:
            self.vectors = vector_index if vector_index is not None else ExactVectorIndex(embedder.dim)
        self.vectors_key = embedder_key(embedder) if embedder is not None else None
        self.pool_items = pool_items
        self.pool_labels = pool_labels
        # Profiles and items get dense numbers, never reused, so that per-item arrays can be indexed directly.
        self._profile_number: dict[str, int] = {}
        self._profiles: list[Profile | None] = []
        self._profile_items: list[set[int]] = []
        self._item_number: dict[str, int] = {}
        self._items: list[Item | None] = []
        self._item_profiles: list[tuple[int, ...]] = []
        self._item_share: list[int] = []
        self._item_alive: list[bool] = []
        self._item_counts: list[bool] = []
        self._profile_extra: list[int] = []
        self._profile_latitude: list[float] = []
        self._profile_longitude: list[float] = []
        # (item, profile) memberships in insertion order; removed ones are marked dead, not deleted.
        self._pair_item: list[int] = []
        self._pair_profile: list[int] = []
        self._pair_alive: list[bool] = []
        self._pair_of: dict[tuple[int, int], int] = {}
        self._label_profiles: dict[str, Counter[int]] = {}
        self._cached_snapshot: Snapshot | None = None

    def _snapshot(self) -> Snapshot:
        if self._cached_snapshot is None:
            self._cached_snapshot = Snapshot(self)
        return self._cached_snapshot

    def use_weights(self, weights: Weights) -> None:
        self.weights = weights
        self.scorer = LinearScorer(weights)

    # ---- writing ---------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._profile_number)

    @property
    def item_count(self) -> int:
        return len(self._item_number)

    def add_profiles(self, profiles: Iterable[Profile]) -> None:
        """Adds or replaces profiles; their items stay."""
        for profile in profiles:
            number = self._profile_number.get(profile.key)
            if number is None:
                number = self._new_profile(profile)
            else:
                old = self._profiles[number]
                assert old is not None
                self._count_labels(number, old.labels, -1)
                self._profiles[number] = profile
                self._set_profile_arrays(number, profile)
            self._count_labels(number, profile.labels, +1)
        self._cached_snapshot = None

    def _new_profile(self, profile: Profile) -> int:
        number = len(self._profiles)
        self._profile_number[profile.key] = number
        self._profiles.append(profile)
        self._profile_items.append(set())
        self._profile_extra.append(0)
        self._profile_latitude.append(np.nan)
        self._profile_longitude.append(np.nan)
        self._set_profile_arrays(number, profile)
        self._cached_snapshot = None
        return number

    def _set_profile_arrays(self, number: int, profile: Profile | None) -> None:
        self._profile_extra[number] = profile.track_record if profile else 0
        location = profile.location if profile else None
        self._profile_latitude[number] = location[0] if location else np.nan
        self._profile_longitude[number] = location[1] if location else np.nan

    def _count_labels(self, number: int, labels: Iterable[str], delta: int) -> None:
        self._cached_snapshot = None
        for label in labels:
            counts = self._label_profiles.setdefault(label, Counter())
            counts[number] += delta
            if counts[number] <= 0:
                del counts[number]
                if not counts:
                    del self._label_profiles[label]

    def add_items(
        self,
        items: Sequence[Item],
        *,
        vectors: np.ndarray | None = None,
        vectors_key: str | None = None,
    ) -> None:
        """Indexes items (replacing any with the same key), creating bare profiles for unknown profile keys.

        Texts are embedded here unless `vectors` made by the current model are given. Embedding is the slow
        part (about 20 descriptions a second on two cores), so callers batch items.
        """
        for item in items:
            if item.key in self._item_number:
                self.remove_item(item.key)
        numbers = [self._register_item(item) for item in items]
        for number, item in zip(numbers, items, strict=True):
            self.lexical.add(number, self.analyse(_item_text(item)))
        if self.vectors is None or self.embedder is None or not items:
            return
        if vectors is None or vectors_key != self.vectors_key:
            if vectors is not None:
                logger.info(
                    "Re-embedding %d items: vectors from %s, model is %s.", len(items), vectors_key, self.vectors_key
                )
            vectors = embed_documents(self.embedder, [_item_text(item) for item in items])
        self.vectors.add(numbers, vectors)

    def _register_item(self, item: Item) -> int:
        number = len(self._items)
        self._item_number[item.key] = number
        self._items.append(item)
        profiles = []
        for key in dict.fromkeys(item.profiles):
            profile = self._profile_number.get(key)
            if profile is None:
                profile = self._new_profile(Profile(key=key))
            profiles.append(profile)
            self._profile_items[profile].add(number)
            self._count_labels(profile, item.labels, +1)
            self._pair_of[(number, profile)] = len(self._pair_item)
            self._pair_item.append(number)
            self._pair_profile.append(profile)
            self._pair_alive.append(True)
        self._item_profiles.append(tuple(profiles))
        self._item_share.append(max(1, len(profiles)))
        self._item_alive.append(True)
        self._item_counts.append(item.counts_as_track_record)
        self._cached_snapshot = None
        return number

    def remove_item(self, key: str) -> None:
        number = self._item_number.pop(key, None)
        if number is None:
            return
        item = self._items[number]
        assert item is not None
        for profile in self._item_profiles[number]:
            self._profile_items[profile].discard(number)
            self._count_labels(profile, item.labels, -1)
            self._drop_pair(number, profile)
        self._items[number] = None
        self._item_alive[number] = False
        self._item_counts[number] = False
        self._item_profiles[number] = ()
        self._cached_snapshot = None
        self.lexical.remove(number)
        if self.vectors is not None:
            self.vectors.remove([number])

    def remove_profile(self, key: str) -> None:
        """Forgets a profile; its items stay for their other profiles and are removed when none is left."""
        number = self._profile_number.pop(key, None)
        if number is None:
            return
        profile = self._profiles[number]
        assert profile is not None
        self._count_labels(number, profile.labels, -1)
        for item_number in list(self._profile_items[number]):
            item = self._items[item_number]
            assert item is not None
            remaining = tuple(p for p in self._item_profiles[item_number] if p != number)
            self._count_labels(number, item.labels, -1)
            if not remaining:
                self.remove_item(item.key)
            else:
                self._drop_pair(item_number, number)
                self._item_profiles[item_number] = remaining
                self._item_share[item_number] = len(remaining)
                self._cached_snapshot = None
        self._profiles[number] = None
        self._profile_items[number] = set()
        self._set_profile_arrays(number, None)
        self._cached_snapshot = None

    def _drop_pair(self, item: int, profile: int) -> None:
        pair = self._pair_of.pop((item, profile), None)
        if pair is not None:
            self._pair_alive[pair] = False

    # ---- reading ---------------------------------------------------------------------------------------------

    def profile(self, key: str) -> Profile | None:
        number = self._profile_number.get(key)
        return None if number is None else self._profiles[number]

    def profile_key(self, number: int) -> str:
        """The key of an internal profile number (as in `Candidates.profiles`)."""
        profile = self._profiles[number]
        assert profile is not None, "a removed profile is never a candidate"
        return profile.key

    def item(self, key: str) -> Item | None:
        number = self._item_number.get(key)
        return None if number is None else self._items[number]

    def item_vector(self, key: str) -> np.ndarray | None:
        number = self._item_number.get(key)
        if number is None or self.vectors is None:
            return None
        return self.vectors.get(number)

    def embed_query(self, text: str) -> np.ndarray | None:
        if self.embedder is None:
            return None
        vector: np.ndarray = embed_documents(self.embedder, [text])[0]
        return vector

    def candidates(self, query: Query, *, query_vector: np.ndarray | None = None) -> Candidates:
        """Candidate profiles of a query and their features (see `FEATURES`)."""
        snapshot = self._snapshot()
        excluded = np.fromiter(
            (self._item_number[key] for key in query.exclude_items if key in self._item_number), dtype=np.int64
        )
        visible = snapshot.alive.copy()
        visible[excluded] = False

        lexical = np.zeros(len(visible))
        ids, scores = self.lexical.scores(self.analyse(query.text))
        keep = visible[ids]
        ids, scores = ids[keep], scores[keep]
        if len(scores):
            lexical[ids] = scores / scores.max()
        top = ids[np.argpartition(-scores, self.pool_items)[: self.pool_items]] if len(ids) > self.pool_items else ids
        pool = set(top.tolist())

        semantic: np.ndarray | None = None
        semantic_top = 0.0
        every_similarity: np.ndarray | None = None
        if self.vectors is not None and len(self.vectors):
            semantic = query_vector if query_vector is not None else self.embed_query(query.text)
            assert semantic is not None
            if isinstance(self.vectors, ExactVectorIndex):
                every_similarity = np.full(len(visible), np.nan, dtype=np.float32)
                known = self.vectors.all_similarities(semantic)
                every_similarity[: len(known)] = known[: len(visible)]
                ranked = np.where(visible & ~np.isnan(every_similarity), every_similarity, -np.inf)
                count = min(self.pool_items, int(np.isfinite(ranked).sum()))
                sem_ids = np.argpartition(-ranked, count - 1)[:count] if count else np.zeros(0, dtype=np.int64)
                sem_scores = ranked[sem_ids]
            else:
                k = min(len(self.vectors), self.pool_items + len(excluded))
                sem_ids, sem_scores = self.vectors.search(semantic, k)
                keep = visible[sem_ids]
                sem_ids, sem_scores = sem_ids[keep][: self.pool_items], sem_scores[keep][: self.pool_items]
            pool.update(sem_ids.tolist())
            semantic_top = float(sem_scores.max()) if len(sem_scores) else 0.0

        candidate_set = {profile for item in pool for profile in self._item_profiles[item]}
        candidate_set.update(self._label_candidates(query.labels, candidate_set))
        for key in query.exclude_profiles:
            candidate_set.discard(self._profile_number.get(key, -1))
        rows = np.array(sorted(candidate_set), dtype=np.int64)
        n = len(rows)

        # Every (candidate, visible item) pair, from the profiles' item lists (CSR) without a Python loop.
        starts = snapshot.item_ptr[rows]
        lengths = snapshot.item_ptr[rows + 1] - starts
        pr = np.repeat(np.arange(n), lengths)
        offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        pi = snapshot.profile_items[np.repeat(starts, lengths) + offsets]
        keep = visible[pi]
        pr, pi = pr[keep], pi[keep]
        shares = snapshot.share[pi]

        matrix = np.zeros((n, len(FEATURES)))
        relevance = lexical[pi]
        matrix[:, _COLUMN["lex_best"]] = grouped_max(pr, relevance, n)
        matrix[:, _COLUMN["lex_soft"]] = grouped_soft_max(pr, relevance - 1.0, shares, n, tau=LEX_TAU)
        if semantic is not None and self.vectors is not None and len(pi):
            raw = every_similarity[pi] if every_similarity is not None else self.vectors.similarity(semantic, pi)
            similarity = np.nan_to_num(raw, nan=0.0)
            matrix[:, _COLUMN["sem_best"]] = np.maximum(grouped_max(pr, similarity, n), 0.0)
            matrix[:, _COLUMN["sem_soft"]] = grouped_soft_max(pr, similarity - semantic_top, shares, n, tau=SEM_TAU)
            relevance = np.maximum(relevance, similarity)

        label_order, has_label, overlap = self._shared_labels(query, rows, excluded, snapshot)
        matrix[:, _COLUMN["labels"]] = overlap
        tracks = np.bincount(pr, weights=snapshot.counts[pi], minlength=n).astype(np.int64) + snapshot.extra[rows]
        matrix[:, _COLUMN["track"]] = np.log1p(tracks)
        distances = np.full(n, np.nan)
        if query.location is not None:
            distances = haversine_km_array(query.location, snapshot.latitude[rows], snapshot.longitude[rows])
            matrix[:, _COLUMN["proximity"]] = proximity_array(distances)
        return Candidates(rows, matrix, label_order, has_label, distances, tracks, pr, pi, relevance)

    def _label_candidates(self, labels: frozenset[str], already: set[int]) -> set[int]:
        """Profiles that share the query's rarest labels, up to `pool_labels`, so competence alone can match."""
        found: set[int] = set()
        for label in sorted(labels, key=lambda label: len(self._label_profiles.get(label, ()))):
            for profile in self._label_profiles.get(label, ()):
                if profile not in already:
                    found.add(profile)
                    if len(found) >= self.pool_labels:
                        return found
        return found

    def _shared_labels(
        self, query: Query, rows: np.ndarray, excluded: np.ndarray, snapshot: "Snapshot"
    ) -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
        """The query's labels rarest first, which of them each candidate has, and the idf-weighted overlap."""
        n = len(rows)
        if not query.labels:
            return (), np.zeros((n, 0), dtype=bool), np.zeros(n)
        n_profiles = max(1, len(self._profile_number))
        idf = {
            label: math.log((n_profiles + 1) / (len(self._label_profiles.get(label, ())) + 1)) for label in query.labels
        }
        order = tuple(sorted(query.labels, key=lambda label: (-idf[label], label)))
        row_of = np.full(len(self._profiles), -1, dtype=np.int64)
        row_of[rows] = np.arange(n)
        # Counts from excluded items are taken back, so that a hidden project does not lend its labels.
        taken_back: Counter[tuple[int, str]] = Counter()
        for number in excluded.tolist():
            item = self._items[number]
            if item is not None:
                for label in item.labels & query.labels:
                    for profile in self._item_profiles[number]:
                        taken_back[(profile, label)] += 1
        has = np.zeros((n, len(order)), dtype=bool)
        for column, label in enumerate(order):
            profiles, counts = snapshot.label_arrays(label, self._label_profiles)
            found = row_of[profiles] if len(profiles) else profiles
            inside = found >= 0
            counts = counts[inside].copy()
            if taken_back:
                for index, profile in enumerate(profiles[inside].tolist()):
                    counts[index] -= taken_back.get((profile, label), 0)
            has[found[inside], column] = counts > 0
        weights = np.array([idf[label] for label in order])
        return order, has, has @ weights / weights.sum() if weights.sum() > 0 else np.zeros(n)

    def match(self, query: Query, *, k: int = 10, query_vector: np.ndarray | None = None) -> list[Match]:
        """The `k` best profiles for a query, best first, with their features (reasons: see `reasons.explain`)."""
        candidates = self.candidates(query, query_vector=query_vector)
        return self.top(candidates, k=k)

    def top(self, candidates: Candidates, *, k: int = 10, scorer: LinearScorer | None = None) -> list[Match]:
        if not len(candidates):
            return []
        scores = (scorer or self.scorer).score(candidates.matrix)
        rows = np.arange(len(scores))
        if len(scores) > k:
            # Only rows that can still make the top k (all ties at the k-th score included) are sorted in Python.
            threshold = np.partition(scores, len(scores) - k)[len(scores) - k]
            rows = np.flatnonzero(scores >= threshold)
        keys = {row: self.profile_key(int(candidates.profiles[row])) for row in rows.tolist()}
        # Ties (common among the partners of one project) are broken by key, so runs are reproducible.
        order = sorted(keys, key=lambda row: (-scores[row], keys[row]))[:k]
        best_items = self._best_items(candidates, order)
        matches = []
        for row in order:
            features = dict(zip(FEATURES, candidates.matrix[row].tolist(), strict=True))
            best = best_items.get(row)
            similar = best is not None and best[1] >= SIMILAR_ITEM_THRESHOLD
            matches.append(
                Match(
                    profile=keys[row],
                    score=float(scores[row]),
                    features=features,
                    best_item=self._items[best[0]].key if similar and best else None,  # type: ignore[union-attr]
                    shared_labels=candidates.shared_labels(row),
                    distance_km=None if np.isnan(candidates.distances[row]) else float(candidates.distances[row]),
                    track_record=int(candidates.track_records[row]),
                )
            )
        return matches

    def _best_items(self, candidates: Candidates, rows: list[int]) -> dict[int, tuple[int, float]]:
        wanted = set(rows)
        best: dict[int, tuple[int, float]] = {}
        for row, item, relevance in zip(
            candidates.pair_profile.tolist(),
            candidates.pair_item.tolist(),
            candidates.pair_relevance.tolist(),
            strict=True,
        ):
            if row in wanted and relevance > best.get(row, (-1, -np.inf))[1]:
                best[row] = (item, relevance)
        return best


def _item_text(item: Item) -> str:
    if item.title and not item.text.startswith(item.title):
        return f"{item.title}. {item.text}"
    return item.text

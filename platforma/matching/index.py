"""The process's matchers, one per pool, kept in memory and brought up to date from the stored entries.

A request asks for the index; the index reads the entries written since it last looked (one query when
nothing changed) and applies them to its matchers: adding an item with its stored vector takes well under a
millisecond (decision record 0006). Entries are written by tasks (services.py), never here.
"""

import logging
import threading
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from platforma.matching.engine import Embedder, Item, Match, Matcher, Profile, Query, embedder_key
from platforma.matching.models import MatchEntry, Pool
from platforma.matching.services import configured_embedder

logger = logging.getLogger(__name__)


_engine_logger = logging.getLogger("platforma.matching.engine.matcher")


def _drop(record: logging.LogRecord) -> bool:
    return False


def _matchers(embedder: Embedder | None) -> dict[str, Matcher]:
    """One matcher per pool. The engine warns about a missing model for each matcher; the process builds
    its index once, so the first matcher says it and the others are built with that warning held back."""
    pools = list(Pool.values)
    matchers = {pools[0]: Matcher(embedder=embedder)}
    _engine_logger.addFilter(_drop)
    try:
        matchers |= {pool: Matcher(embedder=embedder) for pool in pools[1:]}
    finally:
        _engine_logger.removeFilter(_drop)
    return matchers


class MatchingIndex:
    def __init__(self, embedder: Embedder | None) -> None:
        self.embedder = embedder
        self.vectors_key = embedder_key(embedder) if embedder is not None else ""
        self.matchers = _matchers(embedder)
        self.names: dict[str, dict[str, str]] = {pool: {} for pool in Pool.values}
        self.owner_of: dict[str, dict[str, str]] = {pool: {} for pool in Pool.values}
        self.owned: dict[str, dict[str, set[str]]] = {pool: defaultdict(set) for pool in Pool.values}
        self.last_pk = 0
        self.lock = threading.RLock()

    # ---- keeping up to date ------------------------------------------------------------------------------

    def sync(self) -> None:
        """Applies the entries written since the last look; one query when there are none."""
        with self.lock:
            latest = MatchEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
            if latest == self.last_pk:
                return
            if latest < self.last_pk:
                # The table was emptied or rolled back: start again from what it holds now.
                self.__init__(self.embedder)  # type: ignore[misc]
            rows = list(MatchEntry.objects.filter(pk__gt=self.last_pk, pk__lte=latest).order_by("pk"))
            self.apply(rows)
            self.last_pk = latest

    def apply(self, rows: Iterable[MatchEntry]) -> None:
        final: dict[tuple[str, str], MatchEntry] = {}
        for row in rows:
            final[(row.pool, row.key)] = row
        by_pool: dict[str, list[MatchEntry]] = defaultdict(list)
        for row in final.values():
            by_pool[row.pool].append(row)
        for pool, pool_rows in by_pool.items():
            if pool in self.matchers:
                self._apply_pool(pool, pool_rows)

    def _apply_pool(self, pool: str, rows: list[MatchEntry]) -> None:
        matcher = self.matchers[pool]
        for row in rows:
            self._set_owner(pool, row.key, "" if row.deleted else row.owner)
            if row.deleted:
                self.names[pool].pop(row.key, None)
                if row.is_item:
                    matcher.remove_item(row.key)
                else:
                    matcher.remove_profile(row.key)
            else:
                self.names[pool][row.key] = row.name
        matcher.add_profiles(
            Profile(
                key=row.key,
                name=row.name,
                labels=frozenset(row.labels),
                location=_location(row),
            )
            for row in rows
            if not row.deleted and not row.is_item
        )
        items = [row for row in rows if not row.deleted and row.is_item]
        with_vectors = [row for row in items if row.vector and row.vector_model == self.vectors_key]
        without = [row for row in items if row not in with_vectors]
        if with_vectors and self.embedder is not None:
            vectors = np.vstack([np.frombuffer(bytes(row.vector or b""), dtype=np.float32) for row in with_vectors])
            matcher.add_items([_item(row) for row in with_vectors], vectors=vectors, vectors_key=self.vectors_key)
        else:
            without += with_vectors
        if without:
            if self.embedder is not None:
                logger.info(
                    "Matching: %d items have no vector of %s yet; embedding them now.", len(without), self.vectors_key
                )
            matcher.add_items([_item(row) for row in without])

    def _set_owner(self, pool: str, key: str, owner: str) -> None:
        previous = self.owner_of[pool].pop(key, "")
        if previous:
            self.owned[pool][previous].discard(key)
        if owner:
            self.owner_of[pool][key] = owner
            self.owned[pool][owner].add(key)

    # ---- reading -----------------------------------------------------------------------------------------

    def match(self, pool: str, query: Query, *, k: int) -> list[Match]:
        with self.lock:
            return self.matchers[pool].match(query, k=k)

    def item(self, pool: str, key: str | None) -> Item | None:
        return self.matchers[pool].item(key) if key else None

    def keys_owned_by(self, pool: str, owner: str) -> frozenset[str]:
        return frozenset(self.owned[pool].get(owner, ()))

    def profile_keys(self, pool: str) -> list[str]:
        return [key for key in self.names[pool] if not key.startswith("item:")]

    def owner(self, pool: str, key: str) -> str:
        return self.owner_of[pool].get(key, "")


def _location(row: MatchEntry) -> tuple[float, float] | None:
    if row.latitude is None or row.longitude is None:
        return None
    return (row.latitude, row.longitude)


def _item(row: MatchEntry) -> Item:
    return Item(
        key=row.key,
        profiles=tuple(row.profiles),
        text=row.text,
        title=row.name,
        labels=frozenset(row.labels),
        kind=row.kind,
        counts_as_track_record=row.counts_as_track_record,
    )


_index: MatchingIndex | None = None
_index_lock = threading.Lock()


def get_index() -> MatchingIndex:
    """The process's index, up to date with the stored entries."""
    global _index
    embedder = configured_embedder()
    with _index_lock:
        if _index is None or _index.embedder is not embedder:
            _index = MatchingIndex(embedder)
    _index.sync()
    return _index


def reset_index() -> None:
    """Forgets the in-memory index (tests, whose database is rolled back under it)."""
    global _index
    with _index_lock:
        _index = None

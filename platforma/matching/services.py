"""Writes to the matching index: the entries of changed objects, with their vectors; the full rebuild.

Both paths end in `entries_refresh`, so entries and vectors are made one way only. Tasks call it after the
objects' transactions commit (signals.py); requests only read what it wrote (index.py).
"""

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import astuple

import numpy as np
from django.conf import settings
from django.db import transaction

from platforma.matching import entries
from platforma.matching.engine import Embedder, HashingEmbedder, default_embedder, embed_documents, embedder_key
from platforma.matching.entries import EntryData
from platforma.matching.models import MatchEntry

logger = logging.getLogger(__name__)

BATCH_SIZE = 200

_embedders: dict[str, Embedder | None] = {}


def configured_embedder() -> Embedder | None:
    """settings.MATCHING_EMBEDDER (by default the same as SEARCH_EMBEDDER): "use", "hashing" or "" (none).

    Without a model the matcher ranks by words, competences, distance and track record; the engine says so
    in the log once (index.py)."""
    spec = getattr(settings, "MATCHING_EMBEDDER", None)
    if spec is None:
        spec = getattr(settings, "SEARCH_EMBEDDER", "") or ""
    if spec not in _embedders:
        if spec == "hashing":
            _embedders[spec] = HashingEmbedder()
        elif spec:
            _embedders[spec] = default_embedder()
        else:
            _embedders[spec] = None
    return _embedders[spec]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _state(row: MatchEntry) -> tuple[object, ...]:
    """What an entry says, in EntryData's field order, to tell a changed entry from an unchanged one."""
    location = (row.latitude, row.longitude) if row.latitude is not None and row.longitude is not None else None
    return astuple(
        EntryData(
            pool=row.pool,
            key=row.key,
            is_item=row.is_item,
            owner=row.owner,
            name=row.name,
            text=row.text,
            kind=row.kind,
            profiles=tuple(row.profiles),
            labels=tuple(row.labels),
            location=location,
            counts_as_track_record=row.counts_as_track_record,
        )
    )


def _row(data: EntryData) -> MatchEntry:
    latitude, longitude = data.location if data.location is not None else (None, None)
    return MatchEntry(
        pool=data.pool,
        key=data.key,
        is_item=data.is_item,
        owner=data.owner,
        name=data.name[:300],
        text=data.text,
        kind=data.kind,
        profiles=list(data.profiles),
        labels=list(data.labels),
        latitude=latitude,
        longitude=longitude,
        counts_as_track_record=data.counts_as_track_record,
        text_hash=text_hash(data.text) if data.is_item else "",
    )


@transaction.atomic
def entries_refresh(*, source: str, ids: Sequence[int], embedder: Embedder | None = None) -> int:
    """Brings the index entries of these objects up to date; returns how many entries were written.

    Side effects: a changed entry is written as a new MatchEntry row and its older rows are deleted (new
    first, so the highest key only grows and processes never miss a change); an entry the objects no longer
    own gets a tombstone row. An item keeps its stored vector while its text and the model are the same;
    otherwise its text is embedded here, in the task, never in a request.
    """
    if source not in entries.SOURCES:
        raise ValueError(f"Unknown matching source {source!r}.")
    named = {pair for pk in ids for pair in entries.keys_for(source, int(pk))}
    if not named:
        return 0
    built = {(data.pool, data.key): data for data in entries.build(source, [int(pk) for pk in ids])}
    current: dict[tuple[str, str], MatchEntry] = {}
    older: dict[tuple[str, str], list[int]] = {}
    for row in MatchEntry.objects.filter(key__in={key for _pool, key in named}).order_by("pk"):
        pair = (row.pool, row.key)
        if pair in named:
            current[pair] = row
            older.setdefault(pair, []).append(row.pk)

    new_rows: list[MatchEntry] = []
    for pair in sorted(named):
        old = current.get(pair)
        data = built.get(pair)
        if data is None:
            if old is not None and not old.deleted:
                new_rows.append(MatchEntry(pool=pair[0], key=pair[1], deleted=True, is_item=old.is_item))
            continue
        row = _row(data)
        if old is not None and not old.deleted and _state(old) == astuple(data) and _vector_current(old, embedder):
            continue
        if old is not None and old.text_hash == row.text_hash and _vector_current(old, embedder):
            row.vector, row.vector_model = old.vector, old.vector_model
        new_rows.append(row)
    if not new_rows:
        return 0
    _embed([row for row in new_rows if row.is_item and not row.deleted and not row.vector], embedder)
    MatchEntry.objects.bulk_create(new_rows, batch_size=BATCH_SIZE)
    written = {(row.pool, row.key) for row in new_rows}
    MatchEntry.objects.filter(pk__in=[pk for pair in written for pk in older.get(pair, ())]).delete()
    return len(new_rows)


def _vector_current(row: MatchEntry, embedder: Embedder | None) -> bool:
    if not row.is_item or embedder is None:
        return True
    return bool(row.vector) and row.vector_model == embedder_key(embedder)


def _embed(rows: list[MatchEntry], embedder: Embedder | None) -> None:
    if embedder is None or not rows:
        return
    key = embedder_key(embedder)
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start : start + BATCH_SIZE]
        vectors = embed_documents(embedder, [row.text or row.name for row in batch])
        for row, vector in zip(batch, vectors, strict=True):
            row.vector = np.asarray(vector, dtype=np.float32).tobytes()
            row.vector_model = key


def index_rebuild(*, embedder: Embedder | None = None) -> int:
    """Refreshes the entries of every object of every source; returns the number of entries written.

    Entries of objects that no longer exist get tombstones. Unchanged entries are left alone, so a rebuild
    after a change of model only embeds again; one transaction a batch keeps a long rebuild from locking out
    the site.
    """
    written = 0
    for source in entries.SOURCES:
        ids = entries.all_ids(source)
        for start in range(0, len(ids), BATCH_SIZE):
            written += entries_refresh(source=source, ids=ids[start : start + BATCH_SIZE], embedder=embedder)
    written += _forget_missing()
    return written


@transaction.atomic
def _forget_missing() -> int:
    """Tombstones for live keys whose objects were deleted while no task ran (a key names its object)."""
    present = {source: set(entries.all_ids(source)) for source in entries.SOURCES}
    owners = {"org": "organisation", "person": "profile", "challenge": "challenge", "proposal": "proposal"}
    owners |= {"initiative": "initiative", "call": "opencall", "offer": "offer"}
    gone: list[MatchEntry] = []
    for row in MatchEntry.objects.live().only("pk", "pool", "key", "is_item"):
        kind, _sep, pk = row.key.removeprefix("item:").partition(":")
        source = owners.get(kind)
        if source is not None and pk.isdigit() and int(pk) not in present[source]:
            gone.append(row)
    if not gone:
        return 0
    MatchEntry.objects.bulk_create(
        [MatchEntry(pool=row.pool, key=row.key, is_item=row.is_item, deleted=True) for row in gone]
    )
    MatchEntry.objects.filter(pk__in=[row.pk for row in gone]).delete()
    return len(gone)

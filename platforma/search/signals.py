"""Search listens to the saves and deletions of registered models itself (STYLE.md): the domain apps do
not know that they are searchable. Each change enqueues a task after the transaction commits, so a rolled-back
save never reaches the index and the request does not wait for the analysis.

Visibility needs no re-indexing: it is applied when searching.
"""

from collections.abc import Iterable
from functools import partial
from typing import Any

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from platforma.search.registry import Registry, SearchType, Watch

M2M_ACTIONS = {"post_add", "post_remove", "post_clear"}


def enqueue_index(type_key: str, object_ids: Iterable[int]) -> None:
    from platforma.search import tasks

    ids = sorted({int(pk) for pk in object_ids if pk is not None})
    if ids:
        transaction.on_commit(partial(tasks.index_objects.enqueue, type_key, ids))


def enqueue_remove(type_key: str, object_ids: Iterable[int]) -> None:
    from platforma.search import tasks

    ids = sorted({int(pk) for pk in object_ids if pk is not None})
    if ids:
        transaction.on_commit(partial(tasks.remove_objects.enqueue, type_key, ids))


def _saved(search_type: SearchType, sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # loaddata: the rebuild command indexes fixtures
        return
    enqueue_index(search_type.key, [instance.pk])


def _deleted(search_type: SearchType, sender: Any, instance: Any, **kwargs: Any) -> None:
    enqueue_remove(search_type.key, [instance.pk])


def _m2m(
    search_type: SearchType, sender: Any, instance: Any, action: str, reverse: bool, pk_set: Any, **kwargs: Any
) -> None:
    if action not in M2M_ACTIONS:
        return
    if not reverse:
        enqueue_index(search_type.key, [instance.pk])
    elif pk_set:
        # competence.challenges.add(...): the objects on the other side changed. (A reverse clear() names no
        # objects; it is not used by the platform, and the next rebuild catches it.)
        enqueue_index(search_type.key, pk_set)


def _watched(
    search_type: SearchType, watch: Watch, sender: Any, instance: Any, raw: bool = False, **kwargs: Any
) -> None:
    if raw:
        return
    update_fields = kwargs.get("update_fields")
    if watch.fields is not None and update_fields is not None and not (set(update_fields) & watch.fields):
        return
    enqueue_index(search_type.key, list(watch.affected(instance)))


def connect(registry: Registry) -> None:
    """Connects the receivers for every registered type (strong references: they are partials made here)."""
    for search_type in registry.types():
        uid = f"search:{search_type.key}"
        post_save.connect(partial(_saved, search_type), sender=search_type.model, weak=False, dispatch_uid=uid)
        post_delete.connect(partial(_deleted, search_type), sender=search_type.model, weak=False, dispatch_uid=uid)
        for name in search_type.m2m_fields:
            through = getattr(search_type.model, name).through
            m2m_changed.connect(partial(_m2m, search_type), sender=through, weak=False, dispatch_uid=f"{uid}:{name}")
        for index, watch in enumerate(search_type.watches):
            post_save.connect(
                partial(_watched, search_type, watch),
                sender=watch.model,
                weak=False,
                dispatch_uid=f"{uid}:watch:{index}",
            )

"""What comments, follows, notifications and the activity stream need from the things they point at.

The community apps sit below the domain apps, so they cannot import challenges or initiatives. Each
app registers its models here (in its AppConfig.ready), saying how to tell whether a person may see an
object. Comments, follows and notifications store (content type, id) and ask this registry, so the
target's own visibility rule decides who sees them — a comment on a confidential challenge is as
confidential as the challenge, in pages, notifications, digests and feeds alike.

A target needs only `get_absolute_url()` and a title (`str(obj)` unless `title` says otherwise).
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import models

ViewCheck = Callable[[Any, Any], bool]
# Larger ids overflow SQLite's integers (OverflowError), and no row has them anyway.
MAX_DATABASE_ID = 2**63 - 1


@dataclass(frozen=True)
class TargetType:
    model: type[models.Model]
    can_view: ViewCheck
    commentable: bool
    followable: bool
    # Who may write a comment; None means anyone signed in who may see the target.
    can_comment: ViewCheck | None
    # Who may moderate the comments of one target besides the coordinator (e.g. the owners).
    can_moderate: ViewCheck | None
    title: Callable[[Any], str]
    # Narrows a queryset before objects are checked one by one (select_related for can_view).
    prepare: Callable[[models.QuerySet], models.QuerySet] | None

    @property
    def key(self) -> str:
        return self.model._meta.label_lower


_registry: dict[str, TargetType] = {}


def register(
    model: type[models.Model],
    *,
    can_view: ViewCheck,
    commentable: bool = False,
    followable: bool = False,
    can_comment: ViewCheck | None = None,
    can_moderate: ViewCheck | None = None,
    title: Callable[[Any], str] = str,
    prepare: Callable[[models.QuerySet], models.QuerySet] | None = None,
) -> TargetType:
    if not callable(getattr(model, "get_absolute_url", None)):
        # Notification centres, digests and activity streams link to every target: refuse at start-up,
        # not with a 500 on the first page that shows one.
        raise ImproperlyConfigured(f"{model.__name__} needs get_absolute_url() to be a community target.")
    target_type = TargetType(
        model=model,
        can_view=can_view,
        commentable=commentable,
        followable=followable,
        can_comment=can_comment,
        can_moderate=can_moderate,
        title=title,
        prepare=prepare,
    )
    _registry[target_type.key] = target_type
    return target_type


def registered(*, commentable: bool | None = None, followable: bool | None = None) -> list[TargetType]:
    found = list(_registry.values())
    if commentable is not None:
        found = [t for t in found if t.commentable == commentable]
    if followable is not None:
        found = [t for t in found if t.followable == followable]
    return found


def type_of(obj_or_model: Any) -> TargetType | None:
    model: Any = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    meta = getattr(model, "_meta", None)
    return _registry.get(meta.label_lower) if meta is not None else None


def type_for_content_type(content_type: ContentType) -> TargetType | None:
    return _registry.get(f"{content_type.app_label}.{content_type.model}")


def can_view(user: Any, obj: Any) -> bool:
    """False for anything not registered: an unknown kind of object is shown to nobody."""
    target_type = type_of(obj)
    if target_type is None:
        return False
    return bool(target_type.can_view(user, obj))


def title_of(obj: Any) -> str:
    target_type = type_of(obj)
    return target_type.title(obj) if target_type else str(obj)


def resolve(*, content_type_id: Any, object_id: Any) -> Any | None:
    """The registered object behind a (content type, id) pair, or None — never an exception for bad input."""
    try:
        content_type = ContentType.objects.get_for_id(int(content_type_id))
        object_pk = int(object_id)
    except (TypeError, ValueError, ContentType.DoesNotExist):
        return None
    if not 0 < object_pk <= MAX_DATABASE_ID:
        return None
    target_type = type_for_content_type(content_type)
    if target_type is None:
        return None
    queryset = target_type.model._default_manager.all()
    if target_type.prepare is not None:
        queryset = target_type.prepare(queryset)
    return queryset.filter(pk=object_pk).first()


def load_visible(user: Any, refs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Any]:
    """Load many (content type id, object id) pairs in one query per type; keep those `user` may see.

    Lists (notification centre, digest, activity stream) call this once per page, so their number of
    queries depends on the number of kinds of target, not on the number of rows.
    """
    ids_by_type: dict[int, set[int]] = defaultdict(set)
    for content_type_id, object_id in refs:
        ids_by_type[content_type_id].add(object_id)
    visible: dict[tuple[int, int], Any] = {}
    for content_type_id, object_ids in ids_by_type.items():
        target_type = type_for_content_type(ContentType.objects.get_for_id(content_type_id))
        if target_type is None:
            continue
        queryset = target_type.model._default_manager.filter(pk__in=object_ids)
        if target_type.prepare is not None:
            queryset = target_type.prepare(queryset)
        for obj in queryset:
            if target_type.can_view(user, obj):
                visible[(content_type_id, obj.pk)] = obj
    return visible


def content_type_id_of(obj: Any) -> int:
    return ContentType.objects.get_for_model(type(obj)).pk

"""Reads of follows: what a person may follow, whether they do, and their "Obserwowane" page.

A follow stores only (content type, id); what may be followed and who may see it comes from
`community.targets`, so an object the person can no longer see drops out of their list (and a follow
of it notifies nobody: the fan-out checks visibility too).
"""

from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.http import Http404

from platforma.community import targets
from platforma.community.notifications.models import Follow


@dataclass
class FollowRow:
    follow: Follow
    target: Any
    title: str


@dataclass
class FollowGroup:
    label: str
    content_type_id: int
    rows: list[FollowRow] = field(default_factory=list)


def follow_target_get(*, user: Any, content_type_id: Any, object_id: Any) -> Any:
    """The followable object behind (content type, id) that `user` may see; Http404 for anything else,
    malformed ids included, so that a stranger learns nothing about what exists."""
    try:
        in_range = all(0 < int(value) < 2**63 for value in (content_type_id, object_id))
    except (TypeError, ValueError):
        in_range = False
    if not in_range:
        raise Http404  # SQLite raises OverflowError for integers this big instead of finding nothing
    target = targets.resolve(content_type_id=content_type_id, object_id=object_id)
    if target is None:
        raise Http404
    target_type = targets.type_of(target)
    if target_type is None or not target_type.followable:
        raise Http404
    if not target_type.can_view(user, target):
        raise Http404
    return target


def follow_of(*, user: Any, target: Any) -> Follow | None:
    if not user.is_authenticated:
        return None
    content_type = ContentType.objects.get_for_model(type(target))
    return Follow.objects.filter(user=user, target_type=content_type, target_id=target.pk).first()


def follow_get_for_user(*, user: Any, pk: Any) -> Follow:
    """One of the person's own follows; another person's (or a malformed id) is a 404."""
    try:
        follow_pk = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    if not 0 < follow_pk < 2**63:
        raise Http404
    follow = Follow.objects.filter(pk=follow_pk, user_id=user.pk).first()
    if follow is None:
        raise Http404
    return follow


def follow_groups_for_user(*, user: Any) -> list[FollowGroup]:
    """The person's follows grouped by kind of target, oldest kind first as registered.

    Costs one query for the follows and one per kind of target (through `targets.load_visible`),
    however many follows there are. Targets the person may no longer see are left out.
    """
    follows = list(Follow.objects.filter(user=user).order_by("target_type_id", "-created_at", "-pk"))
    visible = targets.load_visible(user, [(f.target_type_id, f.target_id) for f in follows])
    groups: dict[int, FollowGroup] = {}
    for follow in follows:
        target = visible.get((follow.target_type_id, follow.target_id))
        if target is None:
            continue
        group = groups.get(follow.target_type_id)
        if group is None:
            label = str(type(target)._meta.verbose_name_plural).capitalize()
            group = groups[follow.target_type_id] = FollowGroup(label=label, content_type_id=follow.target_type_id)
        group.rows.append(FollowRow(follow=follow, target=target, title=targets.title_of(target)))
    return sorted(groups.values(), key=lambda group: group.label)


def followed_ids(*, user: Any, model: type) -> set[int]:
    """Ids of the objects of one model the person follows (e.g. to leave them out of a choice list)."""
    if not user.is_authenticated:
        return set()
    content_type = ContentType.objects.get_for_model(model)
    return set(Follow.objects.filter(user=user, target_type=content_type).values_list("target_id", flat=True))

"""Reads of the notifications app. Everything shown about a target goes through `targets.load_visible`,
so a notification about something the person can no longer see is left out, in the centre and the digest."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.core.paginator import Page
from django.db.models import BooleanField, Case, Count, F, Max, Q, QuerySet, Value, When, Window
from django.db.models.functions import RowNumber
from django.utils.text import capfirst

from platforma.community import targets
from platforma.community.notifications.kinds import Delivery, NotificationKind, all_kinds, find_kind
from platforma.community.notifications.models import Follow, Notification, NotificationPreference, NotificationSettings
from platforma.core.pagination import paginate

# How many people a row of the centre names before "and others".
ACTORS_SHOWN = 3

_UNREAD = Case(When(read_at__isnull=True, then=Value(True)), default=Value(False), output_field=BooleanField())
_GROUP_FIELDS = ("activity__verb", "activity__target_type_id", "activity__target_id")


@dataclass
class NotificationGroup:
    """One row of the centre or the digest: the notifications of one kind about one target."""

    verb: str
    target_type_id: int
    target_id: int
    unread: bool
    count: int
    latest: datetime
    target: Any = None
    actors: list[str] = field(default_factory=list)
    more_actors: bool = False

    @property
    def kind(self) -> NotificationKind | None:
        return find_kind(self.verb)

    @property
    def headline(self) -> str:
        kind = self.kind
        return capfirst(kind.label_for(self.count)) if kind else self.verb

    @property
    def title(self) -> str:
        return targets.title_of(self.target)

    @property
    def url(self) -> str:
        return str(self.target.get_absolute_url())

    @property
    def topic(self) -> str:
        kind = self.kind
        return str(kind.group) if kind else ""


# The header counts at most this many distinct unread topics; beyond it the number is a lower bound.
UNREAD_TOPICS_COUNTED = 500


def unread_count(*, user: Any) -> int:
    """Unread notifications about things the person may still see: one that lost its access since the
    notification was made is not even counted (the centre and the e-mails leave it out too).

    One grouped query plus one per kind of target, however many notifications are waiting.
    """
    if not user.is_authenticated:
        return 0
    per_target = list(
        Notification.objects.filter(recipient=user, read_at__isnull=True)
        .values_list("activity__target_type_id", "activity__target_id")
        .annotate(count=Count("pk"))
        .order_by()[:UNREAD_TOPICS_COUNTED]
    )
    visible = targets.load_visible(user, [(type_id, object_id) for type_id, object_id, _count in per_target])
    return sum(count for type_id, object_id, count in per_target if (type_id, object_id) in visible)


def _grouped(queryset: QuerySet[Notification]) -> QuerySet:
    return (
        queryset.annotate(unread=_UNREAD)
        .values(*_GROUP_FIELDS, "unread")
        .annotate(count=Count("pk"), latest=Max("created_at"), last_id=Max("pk"))
        .order_by("-latest", "-last_id")
    )


def _attach_actors(user: Any, groups: list[NotificationGroup]) -> None:
    """The latest few people behind each group, in one query whatever the size of the groups."""
    if not groups:
        return
    condition = Q()
    for group in groups:
        condition |= Q(
            activity__verb=group.verb,
            activity__target_type_id=group.target_type_id,
            activity__target_id=group.target_id,
            read_at__isnull=group.unread,
        )
    rows = (
        Notification.objects.filter(condition, recipient=user, activity__actor__isnull=False)
        .annotate(
            unread=_UNREAD,
            rank=Window(
                RowNumber(),
                partition_by=[F(name) for name in _GROUP_FIELDS] + [_UNREAD],
                order_by=[F("created_at").desc(), F("pk").desc()],
            ),
        )
        .filter(rank__lte=ACTORS_SHOWN + 1)
        .select_related("activity__actor")
    )
    names: dict[tuple, list[str]] = defaultdict(list)
    for row in rows:
        key = (row.activity.verb, row.activity.target_type_id, row.activity.target_id, row.unread)
        actor = row.activity.actor
        name = actor.display_name if actor is not None else ""
        if name and name not in names[key]:
            names[key].append(name)
    for group in groups:
        found = names[(group.verb, group.target_type_id, group.target_id, group.unread)]
        group.actors = found[:ACTORS_SHOWN]
        group.more_actors = len(found) > ACTORS_SHOWN


def notification_groups_page(*, user: Any, page_param: str | None, per_page: int = 20) -> Page:
    """A page of the person's notification groups, newest first, with targets they may still see.

    Unread notifications of one kind on one target make one row ("3 nowe komentarze: …"); so do the read
    ones. A row whose target is gone or hidden from the person is left out of the page. Queries: the
    page, its count, the actors, and one per kind of target — not one per row.
    """
    page = paginate(_grouped(Notification.objects.filter(recipient=user)), page_param=page_param, per_page=per_page)
    groups = [
        NotificationGroup(
            verb=row["activity__verb"],
            target_type_id=row["activity__target_type_id"],
            target_id=row["activity__target_id"],
            unread=row["unread"],
            count=row["count"],
            latest=row["latest"],
        )
        for row in page.object_list
    ]
    visible = targets.load_visible(user, {(g.target_type_id, g.target_id) for g in groups})
    groups = [g for g in groups if (g.target_type_id, g.target_id) in visible]
    for group in groups:
        group.target = visible[(group.target_type_id, group.target_id)]
    _attach_actors(user, groups)
    page.object_list = groups
    return page


def groups_from_notifications(user: Any, notifications: Iterable[Notification]) -> list[NotificationGroup]:
    """Group notifications already loaded (with their activity) the way the centre does; keep visible ones.

    Used by the e-mails, which hold one person's pending notifications in memory.
    """
    by_key: dict[tuple[str, int, int], list[Notification]] = defaultdict(list)
    for notification in notifications:
        activity = notification.activity
        by_key[(activity.verb, activity.target_type_id, activity.target_id)].append(notification)
    visible = targets.load_visible(user, {(type_id, object_id) for _verb, type_id, object_id in by_key})
    groups = []
    for (verb, type_id, object_id), items in by_key.items():
        if (type_id, object_id) not in visible:
            continue
        items.sort(key=lambda n: (n.created_at, n.pk), reverse=True)
        names: list[str] = []
        for item in items:
            actor = item.activity.actor
            if actor is not None and actor.display_name not in names:
                names.append(actor.display_name)
        groups.append(
            NotificationGroup(
                verb=verb,
                target_type_id=type_id,
                target_id=object_id,
                unread=any(item.read_at is None for item in items),
                count=len(items),
                latest=items[0].created_at,
                target=visible[(type_id, object_id)],
                actors=names[:ACTORS_SHOWN],
                more_actors=len(names) > ACTORS_SHOWN,
            )
        )
    groups.sort(key=lambda g: g.latest, reverse=True)
    return groups


def groups_by_topic(groups: Iterable[NotificationGroup]) -> list[tuple[str, list[NotificationGroup]]]:
    """Sections of a digest: the kinds' groups (topics) in alphabetical order, newest rows first in each."""
    sections: dict[str, list[NotificationGroup]] = defaultdict(list)
    for group in groups:
        sections[group.topic].append(group)
    return sorted(sections.items(), key=lambda item: item[0])


@dataclass
class FollowChoice:
    follow: Follow
    target: Any

    @property
    def title(self) -> str:
        return targets.title_of(self.target)

    @property
    def type_label(self) -> str:
        return str(capfirst(self.target._meta.verbose_name))


def preference_state(*, user: Any) -> dict[str, Any]:
    """What the preferences form starts from: the delivery of every kind, the follows, the digest switch.

    Follows of things the person can no longer see are left out of the form (and keep their choice).
    """
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("verb", "delivery"))
    kinds = {kind.verb: chosen.get(kind.verb, kind.default_delivery) for kind in all_kinds()}
    follows = list(Follow.objects.filter(user=user).order_by("created_at", "pk"))
    visible = targets.load_visible(user, {(f.target_type_id, f.target_id) for f in follows})
    follow_choices = [
        FollowChoice(follow=f, target=visible[(f.target_type_id, f.target_id)])
        for f in follows
        if (f.target_type_id, f.target_id) in visible
    ]
    settings_row = NotificationSettings.objects.filter(user=user).first()
    return {
        "kinds": kinds,
        "follows": follow_choices,
        "digests_enabled": settings_row.digests_enabled if settings_row else True,
    }


def digest_recipient_ids(*, delivery: str, since: datetime, cutoff: datetime) -> list[int]:
    """People with notifications waiting for this digest, who are active and have not turned digests off."""
    return list(
        Notification.objects.filter(
            delivery=Delivery(delivery),
            emailed_at__isnull=True,
            created_at__gte=since,
            created_at__lt=cutoff,
            recipient__is_active=True,
        )
        .exclude(recipient__notification_settings__digests_enabled=False)
        .order_by("recipient_id")
        .values_list("recipient_id", flat=True)
        .distinct()
    )

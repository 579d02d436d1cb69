"""Every write of the notifications app. Domain code calls `notify()` explicitly — never from post_save."""

from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from platforma.community import targets
from platforma.community.notifications.kinds import Delivery, get_kind
from platforma.community.notifications.models import (
    Activity,
    Follow,
    Notification,
    NotificationPreference,
    NotificationSettings,
)
from platforma.organisations.models import Organisation, OrganisationRole

# Registered in apps.py: the one kind this app sends itself.
NEW_FOLLOWER = "organisation.new_follower"


def _ref(obj: models.Model) -> tuple[ContentType, int]:
    return ContentType.objects.get_for_model(type(obj)), int(obj.pk)


@transaction.atomic
def notify(
    *,
    verb: str,
    target: models.Model,
    actor: Any = None,
    recipients: Iterable[Any] = (),
    organisation: Any = None,
    summary: str = "",
    followers_of: Iterable[models.Model] = (),
    in_stream: bool = True,
) -> Activity:
    """Record that something happened to `target` and tell the people it concerns.

    Side effects: one Activity row now; after commit, a background task fans it out into one
    Notification per person — the explicit `recipients`, plus the followers of `target` and of each
    object in `followers_of` — leaving out the actor, inactive accounts, people who may not see the
    target and people who chose "never"; people who chose "at once" get an e-mail.
    """
    from platforma.community.notifications import tasks

    get_kind(verb)  # refuses unregistered verbs
    if targets.type_of(target) is None:
        raise ValueError(f"{type(target).__name__} is not registered in community.targets")
    target_type, target_id = _ref(target)
    activity = Activity.objects.create(
        verb=verb,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        target_type=target_type,
        target_id=target_id,
        organisation=organisation,
        summary=(summary or targets.title_of(target))[:300],
        in_stream=in_stream,
    )
    recipient_ids = sorted({int(user.pk) for user in recipients})
    follow_refs = [[target_type.pk, target_id]] + [[_ref(obj)[0].pk, _ref(obj)[1]] for obj in followers_of]
    transaction.on_commit(
        lambda: tasks.fan_out_activity.enqueue(activity.pk, recipient_ids=recipient_ids, follow_refs=follow_refs)
    )
    return activity


def _deliveries(user_ids: set[int], verb: str, follow_delivery: dict[int, str]) -> dict[int, str]:
    default = get_kind(verb).default_delivery
    chosen = dict(
        NotificationPreference.objects.filter(user_id__in=user_ids, verb=verb).values_list("user_id", "delivery")
    )
    # A choice made for a followed topic wins over the choice for the kind.
    return {user_id: follow_delivery.get(user_id) or chosen.get(user_id, default) for user_id in user_ids}


def activity_fan_out(
    *, activity: Activity, recipient_ids: Iterable[int], follow_refs: Iterable[Iterable[int]]
) -> list[Notification]:
    """Create the notifications of one activity. Safe to run twice: existing rows are kept, not doubled."""
    follow_delivery: dict[int, str] = {}
    if not get_kind(activity.verb).reaches_followers:
        follow_refs = []
    for content_type_id, object_id in follow_refs:
        for user_id, delivery in Follow.objects.filter(target_type_id=content_type_id, target_id=object_id).values_list(
            "user_id", "delivery"
        ):
            follow_delivery.setdefault(user_id, delivery)
    candidate_ids = (set(recipient_ids) | set(follow_delivery)) - {activity.actor_id}
    if not candidate_ids or activity.target is None:
        return []
    deliveries = _deliveries(candidate_ids, activity.verb, follow_delivery)
    users = get_user_model().objects.filter(pk__in=candidate_ids, is_active=True)
    already = set(Notification.objects.filter(activity=activity).values_list("recipient_id", flat=True))
    created = []
    for user in users:
        delivery = deliveries[user.pk]
        if delivery == Delivery.NEVER or user.pk in already:
            continue
        if not targets.can_view(user, activity.target):
            continue
        created.append(
            Notification(recipient=user, activity=activity, delivery=delivery, created_at=activity.created_at)
        )
    Notification.objects.bulk_create(created, ignore_conflicts=True)
    return created


@transaction.atomic
def follow_create(*, user: Any, target: models.Model, delivery: str = "") -> Follow:
    target_type = targets.type_of(target)
    if target_type is None or not target_type.followable or not target_type.can_view(user, target):
        raise PermissionError("This cannot be followed by this person.")
    content_type, object_id = _ref(target)
    follow, created = Follow.objects.get_or_create(
        user=user, target_type=content_type, target_id=object_id, defaults={"delivery": delivery}
    )
    if created and isinstance(target, Organisation):
        admins = get_user_model().objects.filter(
            organisation_memberships__organisation=target,
            organisation_memberships__role=OrganisationRole.ADMIN,
        )
        notify(verb=NEW_FOLLOWER, target=target, actor=user, recipients=admins, organisation=target, in_stream=False)
    return follow


@transaction.atomic
def follow_delete(*, user: Any, target: models.Model) -> bool:
    content_type, object_id = _ref(target)
    deleted, _details = Follow.objects.filter(user=user, target_type=content_type, target_id=object_id).delete()
    return bool(deleted)


@transaction.atomic
def follow_set_delivery(*, follow: Follow, by: Any, delivery: str) -> Follow:
    """Chooses how news of one followed topic arrives; "" falls back to the choice for each kind."""
    if follow.user_id != by.pk:
        raise PermissionError("Only the person who follows chooses the delivery.")
    follow.delivery = delivery
    follow.full_clean()
    follow.save(update_fields=["delivery"])
    return follow


@transaction.atomic
def notifications_mark_read(*, user: Any, ids: Iterable[int] | None = None) -> int:
    """Mark the user's notifications read: the given ids, or all of them."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    return unread.update(read_at=timezone.now())


@transaction.atomic
def notification_group_mark_read(*, user: Any, verb: str, target_type_id: int, target_id: int) -> int:
    """Mark read one row of the centre: the user's unread notifications of one kind about one target."""
    return Notification.objects.filter(
        recipient=user,
        read_at__isnull=True,
        activity__verb=verb,
        activity__target_type_id=target_type_id,
        activity__target_id=target_id,
    ).update(read_at=timezone.now())


@transaction.atomic
def notification_preferences_update(
    *,
    user: Any,
    kind_deliveries: dict[str, str],
    follow_deliveries: dict[int, str],
    digests_enabled: bool,
) -> None:
    """Save the preferences form: a delivery per kind, per followed topic, and the digest switch.

    A kind set back to its default loses its row, so a later change of the default reaches the person.
    Follows that are not the user's are ignored. Notifications already made keep their delivery.
    """
    for verb, delivery in kind_deliveries.items():
        kind = get_kind(verb)
        delivery = Delivery(delivery)
        if delivery == kind.default_delivery:
            NotificationPreference.objects.filter(user=user, verb=verb).delete()
            continue
        preference = NotificationPreference.objects.filter(user=user, verb=verb).first() or NotificationPreference(
            user=user, verb=verb
        )
        preference.delivery = delivery
        preference.full_clean()
        preference.save()
    follows = {follow.pk: follow for follow in Follow.objects.filter(user=user, pk__in=list(follow_deliveries))}
    for follow_id, delivery in follow_deliveries.items():
        follow = follows.get(follow_id)
        if follow is None or follow.delivery == delivery:
            continue
        follow.delivery = delivery
        follow.full_clean()
        follow.save(update_fields=["delivery"])
    notification_settings_update(user=user, digests_enabled=digests_enabled)


@transaction.atomic
def notification_settings_update(*, user: Any, digests_enabled: bool) -> NotificationSettings:
    """Turn the daily and weekly digests on or off; also what the unsubscribe link in a digest does."""
    settings_row, _created = NotificationSettings.objects.select_for_update().get_or_create(user=user)
    if settings_row.digests_enabled != digests_enabled:
        settings_row.digests_enabled = digests_enabled
        settings_row.full_clean()
        settings_row.save(update_fields=["digests_enabled", "updated_at"])
    return settings_row

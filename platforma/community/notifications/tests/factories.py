from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.models import Activity, Notification

# Kinds only the tests send, one per delivery; registered on import like an app's ready() would.
WEEKLY = "test.weekly_news"
DAILY = "test.daily_news"
IMMEDIATE = "test.personal_matter"
register_kind(WEEKLY, label="wiadomość tygodniowa", default_delivery=Delivery.WEEKLY, group="Testy")
register_kind(DAILY, label="wiadomość dzienna", default_delivery=Delivery.DAILY, group="Testy")
register_kind(IMMEDIATE, label="sprawa osobista", default_delivery=Delivery.IMMEDIATE, group="Sprawy osobiste")


def make_notification(
    *,
    recipient: Any,
    target: Any,
    verb: str = WEEKLY,
    actor: Any = None,
    delivery: str | None = None,
    created_at: Any = None,
    read: bool = False,
) -> Notification:
    """A notification made directly, without notify()'s fan-out, for tests of what is shown and sent."""
    created_at = created_at or timezone.now()
    activity = Activity.objects.create(
        verb=verb,
        actor=actor,
        target_type=ContentType.objects.get_for_model(type(target)),
        target_id=target.pk,
        summary=str(target),
        created_at=created_at,
    )
    return Notification.objects.create(
        recipient=recipient,
        activity=activity,
        delivery=delivery
        or (Delivery.IMMEDIATE if verb == IMMEDIATE else Delivery.DAILY if verb == DAILY else Delivery.WEEKLY),
        created_at=created_at,
        read_at=created_at if read else None,
    )

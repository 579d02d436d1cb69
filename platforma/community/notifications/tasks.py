"""Background work of the notifications app. Arguments are ids (JSON); each task loads fresh data.

A task that meets a mail server that is down retries later with a growing delay when the task backend
can defer work (the database backend in production); the notifications stay unsent (emailed_at NULL)
until then, and the scheduler's hourly sweep or `send_digest --resume` picks up what retries did not.
"""

import logging
from datetime import date, timedelta

from django.tasks import Task, task
from django.utils import timezone

from platforma.community.notifications import mailing
from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import Activity, DigestRun, Notification

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6


def _retry_later(retried: Task, ids: list[int], attempt: int, *args: object) -> bool:
    """Enqueue the next attempt 5, 10, 20 … minutes later; False when attempts are used up or cannot wait."""
    if attempt >= MAX_ATTEMPTS or not retried.get_backend().supports_defer:
        return False
    run_after = timezone.now() + timedelta(minutes=5 * 2 ** (attempt - 1))
    retried.using(run_after=run_after).enqueue(*args, ids, attempt=attempt + 1)
    return True


@task
def fan_out_activity(activity_id: int, *, recipient_ids: list[int], follow_refs: list[list[int]]) -> int:
    """Make the notifications of one activity, then e-mail those whose people want them at once."""
    from platforma.community.notifications.services import activity_fan_out

    activity = Activity.objects.filter(pk=activity_id).first()
    if activity is None:
        return 0
    created = activity_fan_out(activity=activity, recipient_ids=recipient_ids, follow_refs=follow_refs)
    # Read back rather than taken from `created`: bulk_create with ignore_conflicts gives no ids.
    immediate = list(
        Notification.objects.filter(activity=activity, delivery=Delivery.IMMEDIATE, emailed_at__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    if immediate:
        send_notification_emails.enqueue(immediate)
    return len(created)


@task
def send_notification_emails(notification_ids: list[int], attempt: int = 1) -> int:
    """E-mail immediate notifications. Returns how many were sent; retries the rest after a mail error."""
    sent, left = mailing.notification_emails_send(notification_ids=notification_ids)
    if left and not _retry_later(send_notification_emails, left, attempt):
        logger.warning("%s immediate notification(s) left for the scheduler's hourly sweep.", len(left))
    return sent


@task
def send_pending_notification_emails() -> int:
    """The hourly sweep: immediate notifications that a mail-server outage left unsent."""
    pending = mailing.pending_immediate_ids()
    if pending:
        send_notification_emails.enqueue(pending)
    return len(pending)


@task
def send_digests(period: str, period_start: str | None = None) -> int:
    """Start one period's digest (once per period, see DigestRun). Returns the number of batches enqueued."""
    start = date.fromisoformat(period_start) if period_start else None
    run = mailing.digest_run_start(period=period, start=start)
    return run.batches if run is not None else 0


@task
def send_digest_batch(run_id: int, user_ids: list[int], attempt: int = 1) -> int:
    """Send the digest of one run to a batch of people. Returns the number of e-mails sent."""
    run = DigestRun.objects.filter(pk=run_id).first()
    if run is None:
        return 0
    sent, left = mailing.digest_batch_send(run=run, user_ids=user_ids)
    if left and not _retry_later(send_digest_batch, left, attempt, run_id):
        logger.warning("Digest run %s: %s people left; run `send_digest --resume`.", run_id, len(left))
    return sent

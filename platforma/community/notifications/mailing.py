"""Notifications by e-mail: the immediate ones and the daily and weekly digests.

The services here write only `emailed_at` and `DigestRun`; the tasks in tasks.py call them. The rules:

- A notification is saved before any e-mail about it is tried, and `emailed_at` is set only after the
  mail server took the message. A server that is down loses nothing: the row waits, and the task's
  retry, the hourly sweep of the scheduler or `send_digest --resume` sends it later.
- A digest run is unique per period (`DigestRun`), so the scheduler may ask as often as it likes and a
  week is still sent once. The run splits its people into batches of `BATCH_SIZE` — a few dozen tasks
  for thousands of people, not one each — and each batch sends one e-mail per person.
- What an e-mail shows is checked against the target's visibility when it is sent, not when the
  notification was made: a challenge made confidential since then is left out.
"""

import logging
import smtplib
from datetime import date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from django.core import mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from platforma.community.notifications import emails
from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import DigestPeriod, DigestRun, Notification
from platforma.community.notifications.selectors import digest_recipient_ids, groups_from_notifications

logger = logging.getLogger(__name__)

# People per batch task: 5,000 people make 25 tasks; one batch stays well inside a worker's minute.
BATCH_SIZE = 200
# What a mail server that is down or refuses us raises; anything else is a bug and should fail loudly.
MAIL_ERRORS = (smtplib.SMTPException, OSError)
# When the scheduler starts each digest, in the cluster's local time: every day, and on Mondays.
LOCAL_ZONE = ZoneInfo("Europe/Warsaw")
DIGEST_TIME = time(7, 0)
WEEKLY_DIGEST_WEEKDAY = 0
# Older pending items are stale news: they are not carried into a digest any more.
LOOKBACK = {DigestPeriod.DAILY: timedelta(days=7), DigestPeriod.WEEKLY: timedelta(days=28)}
# The immediate e-mails the hourly sweep still tries to send after a mail-server outage.
IMMEDIATE_SWEEP_WINDOW = timedelta(days=2)


def period_start(period: str, now: datetime) -> date:
    """The local day (daily) or the local Monday (weekly) that `now` belongs to."""
    today = timezone.localtime(now, LOCAL_ZONE).date()
    if DigestPeriod(period) == DigestPeriod.WEEKLY:
        return today - timedelta(days=(today.weekday() - WEEKLY_DIGEST_WEEKDAY) % 7)
    return today


def digests_due(*, now: datetime) -> list[tuple[str, date]]:
    """The digests whose time has come in this period and that have not been started yet.

    A scheduler that was down at seven catches up when it comes back (the same day, or week).
    """
    due = []
    for period in DigestPeriod:
        start = period_start(period, now)
        starts_at = datetime.combine(start, DIGEST_TIME, tzinfo=LOCAL_ZONE)
        if now >= starts_at and not DigestRun.objects.filter(period=period, period_start=start).exists():
            due.append((period.value, start))
    return due


def _batches(user_ids: list[int]) -> list[list[int]]:
    return [user_ids[i : i + BATCH_SIZE] for i in range(0, len(user_ids), BATCH_SIZE)]


def _enqueue_batches(run: DigestRun, user_ids: list[int]) -> int:
    from platforma.community.notifications import tasks

    batches = _batches(user_ids)

    def enqueue(batch: list[int]) -> None:
        tasks.send_digest_batch.enqueue(run.pk, batch)

    for batch in batches:
        transaction.on_commit(partial(enqueue, batch))
    return len(batches)


@transaction.atomic
def digest_run_start(*, period: str, start: date | None = None, now: datetime | None = None) -> DigestRun | None:
    """Start the digest of one period, once. None when this period's digest was already started.

    Side effects: a DigestRun row; after commit, one `send_digest_batch` task per BATCH_SIZE people who
    have notifications waiting for this digest (created before the run, within LOOKBACK).
    """
    period = DigestPeriod(period)
    now = now or timezone.now()
    start = start or period_start(period, now)
    run, created = DigestRun.objects.get_or_create(period=period, period_start=start, defaults={"cutoff": now})
    if not created:
        return None
    user_ids = digest_recipient_ids(delivery=period.value, since=now - LOOKBACK[period], cutoff=now)
    run.recipients = len(user_ids)
    run.batches = _enqueue_batches(run, user_ids)
    run.full_clean()
    run.save(update_fields=["recipients", "batches"])
    return run


@transaction.atomic
def digest_run_resume(*, run: DigestRun) -> int:
    """Enqueue again the people of a run still waiting for it (after a mail-server outage). Batches made."""
    lookback = LOOKBACK[DigestPeriod(run.period)]
    user_ids = digest_recipient_ids(delivery=run.period, since=run.cutoff - lookback, cutoff=run.cutoff)
    batches = _enqueue_batches(run, user_ids)
    DigestRun.objects.filter(pk=run.pk).update(batches=F("batches") + batches)
    return batches


def _pending_for(run: DigestRun, user_ids: list[int]) -> dict[int, list[Notification]]:
    pending = (
        Notification.objects.filter(
            recipient_id__in=user_ids,
            recipient__is_active=True,
            delivery=run.period,
            emailed_at__isnull=True,
            created_at__gte=run.cutoff - LOOKBACK[DigestPeriod(run.period)],
            created_at__lt=run.cutoff,
        )
        .exclude(recipient__notification_settings__digests_enabled=False)
        .select_related("recipient", "activity__actor")
        .order_by("recipient_id", "-created_at")
    )
    by_user: dict[int, list[Notification]] = {}
    for notification in pending:
        by_user.setdefault(notification.recipient_id, []).append(notification)
    return by_user


def digest_batch_send(*, run: DigestRun, user_ids: list[int]) -> tuple[int, list[int]]:
    """Send one digest e-mail to each person of a batch. Returns (e-mails sent, people left to retry).

    Side effects: sets emailed_at on the notifications each e-mail carried, person by person, right
    after the server took it — so a batch that dies half-way never sends anyone the same digest twice.
    On a mail error the batch stops and returns that person and the rest. People left with nothing they
    may see get no e-mail.
    """
    by_user = _pending_for(run, user_ids)
    sent = 0
    remaining = [user_id for user_id in user_ids if user_id in by_user]
    try:
        with mail.mailers.default as connection:
            while remaining:
                notifications = by_user[remaining[0]]
                user = notifications[0].recipient
                groups = groups_from_notifications(user, notifications)
                if groups:
                    message = emails.digest_message(user=user, period=run.period, groups=groups)
                    connection.send_messages([message])
                    shown = {(group.target_type_id, group.target_id) for group in groups}
                    carried = [
                        n.pk for n in notifications if (n.activity.target_type_id, n.activity.target_id) in shown
                    ]
                    Notification.objects.filter(pk__in=carried).update(emailed_at=timezone.now())
                    sent += 1
                remaining.pop(0)
    except MAIL_ERRORS as error:
        logger.warning("Digest run %s: the mail server failed, %s people left: %r", run.pk, len(remaining), error)
    DigestRun.objects.filter(pk=run.pk).update(emails_sent=F("emails_sent") + sent)
    return sent, remaining


def notification_emails_send(*, notification_ids: list[int]) -> tuple[int, list[int]]:
    """E-mail each immediate notification not yet e-mailed. Returns (sent, ids left to retry).

    Side effects: sets emailed_at on each one the server took. Skipped without an e-mail (and left
    as they are): inactive recipients and targets the recipient can no longer see.
    """
    pending = list(
        Notification.objects.filter(pk__in=notification_ids, delivery=Delivery.IMMEDIATE, emailed_at__isnull=True)
        .select_related("recipient", "activity__actor")
        .order_by("pk")
    )
    remaining = [n for n in pending if n.recipient.is_active]
    sent = 0
    try:
        with mail.mailers.default as connection:
            while remaining:
                notification = remaining[0]
                groups = groups_from_notifications(notification.recipient, [notification])
                if groups:
                    connection.send_messages([emails.immediate_message(notification=notification, group=groups[0])])
                    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
                    sent += 1
                remaining.pop(0)
    except MAIL_ERRORS as error:
        logger.warning("Immediate notifications: the mail server failed, %s left: %r", len(remaining), error)
    return sent, [n.pk for n in remaining]


def pending_immediate_ids(*, now: datetime | None = None) -> list[int]:
    """Immediate notifications of the last IMMEDIATE_SWEEP_WINDOW still not e-mailed (after an outage)."""
    now = now or timezone.now()
    return list(
        Notification.objects.filter(
            delivery=Delivery.IMMEDIATE,
            emailed_at__isnull=True,
            created_at__gte=now - IMMEDIATE_SWEEP_WINDOW,
            recipient__is_active=True,
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )

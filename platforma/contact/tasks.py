"""Background delivery of the contact app's e-mails, with retries when the mail server is down.

The enquiry or answer is always saved before its task is enqueued; a task only records how delivery went.
A failed attempt is retried with a growing delay when the task backend can defer work (the database
backend in production). A backend that cannot (the immediate one in tests) leaves the retry to
`manage.py retry_enquiry_notifications`.
"""

import logging
import smtplib
from datetime import timedelta

from django.db.models import F
from django.tasks import Task, task
from django.utils import timezone

from platforma.contact import emails
from platforma.contact.models import Enquiry, EnquiryAnswer

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# What a mail server that is down or refuses us raises; anything else is a bug and should fail loudly.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def retry_delay(attempt: int) -> timedelta:
    """5, 10, 20 … minutes after attempts 1, 2, 3 …: the eight attempts span about ten hours."""
    return timedelta(minutes=5 * 2 ** (attempt - 1))


def _schedule_retry(retried_task: Task[..., bool], object_id: int, attempt: int) -> bool:
    """Enqueue the next attempt for later; False when attempts are used up or the backend cannot defer."""
    if attempt >= MAX_ATTEMPTS:
        return False
    if not retried_task.get_backend().supports_defer:
        return False
    run_after = timezone.now() + retry_delay(attempt)
    retried_task.using(run_after=run_after).enqueue(object_id, attempt=attempt + 1)
    return True


@task
def notify_coordinator_of_enquiry(enquiry_id: int, attempt: int = 1) -> bool:
    """E-mail the coordinator about an enquiry. Returns whether it was sent.

    Side effects: increments notification_attempts; sets coordinator_notified_at when sent;
    on a mail error logs a warning and enqueues the next attempt (see the module docstring).
    """
    enquiry = Enquiry.objects.filter(pk=enquiry_id).first()
    if enquiry is None or enquiry.coordinator_notified_at is not None:
        return False
    # Counted before sending, so that an attempt that dies half-way still shows up.
    Enquiry.objects.filter(pk=enquiry_id).update(notification_attempts=F("notification_attempts") + 1)
    try:
        emails.coordinator_notification(enquiry).send()
    except MAIL_ERRORS as error:
        retried = _schedule_retry(notify_coordinator_of_enquiry, enquiry_id, attempt)
        logger.warning(
            "Could not e-mail the coordinator about enquiry %s (attempt %s): %r. %s",
            enquiry_id,
            attempt,
            error,
            "Retry scheduled." if retried else "Run `manage.py retry_enquiry_notifications` to try again.",
        )
        return False
    Enquiry.objects.filter(pk=enquiry_id).update(coordinator_notified_at=timezone.now())
    return True


@task
def send_enquiry_answer(answer_id: int, attempt: int = 1) -> bool:
    """E-mail the coordinator's answer to the person who asked. Returns whether it was sent.

    Side effects: increments send_attempts; sets sent_at when sent;
    on a mail error logs a warning and enqueues the next attempt (see the module docstring).
    """
    answer = EnquiryAnswer.objects.select_related("enquiry").filter(pk=answer_id).first()
    if answer is None or answer.sent_at is not None:
        return False
    EnquiryAnswer.objects.filter(pk=answer_id).update(send_attempts=F("send_attempts") + 1)
    try:
        emails.answer_to_sender(answer).send()
    except MAIL_ERRORS as error:
        retried = _schedule_retry(send_enquiry_answer, answer_id, attempt)
        logger.warning(
            "Could not e-mail answer %s to the sender of enquiry %s (attempt %s): %r. %s",
            answer_id,
            answer.enquiry_id,
            attempt,
            error,
            "Retry scheduled." if retried else "Run `manage.py retry_enquiry_notifications` to try again.",
        )
        return False
    EnquiryAnswer.objects.filter(pk=answer_id).update(sent_at=timezone.now())
    return True

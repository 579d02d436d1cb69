import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from platforma.contact.tasks import MAX_ATTEMPTS, notify_coordinator_of_enquiry, retry_delay, send_enquiry_answer
from platforma.contact.tests.factories import EnquiryAnswerFactory, EnquiryFactory

pytestmark = pytest.mark.django_db


def test_notification_is_sent_once_and_recorded():
    enquiry = EnquiryFactory()

    assert notify_coordinator_of_enquiry.call(enquiry.pk) is True

    enquiry.refresh_from_db()
    assert enquiry.coordinator_notified_at is not None
    assert enquiry.notification_attempts == 1
    assert len(mail.outbox) == 1


def test_an_enquiry_already_notified_is_not_mailed_again():
    enquiry = EnquiryFactory(coordinator_notified_at=timezone.now(), notification_attempts=1)

    assert notify_coordinator_of_enquiry.call(enquiry.pk) is False

    enquiry.refresh_from_db()
    assert enquiry.notification_attempts == 1
    assert mail.outbox == []


def test_a_deleted_enquiry_is_skipped_quietly():
    assert notify_coordinator_of_enquiry.call(987654) is False
    assert mail.outbox == []


@pytest.mark.parametrize(
    "error",
    [ConnectionRefusedError(111, "Connection refused"), smtplib.SMTPServerDisconnected("closed"), TimeoutError()],
    ids=["refused", "disconnected", "timeout"],
)
def test_mail_error_is_recorded_and_not_raised(mail_server, error):
    enquiry = EnquiryFactory()
    mail_server.go_down(error)

    assert notify_coordinator_of_enquiry.call(enquiry.pk) is False

    enquiry.refresh_from_db()
    assert enquiry.coordinator_notified_at is None
    assert enquiry.notification_attempts == 1


def test_with_a_backend_that_can_defer_a_failed_attempt_is_retried_later(mail_server, deferring_task_backend):
    enquiry = EnquiryFactory()
    mail_server.go_down()
    before = timezone.now()

    notify_coordinator_of_enquiry.call(enquiry.pk)

    [retry] = deferring_task_backend.results
    assert retry.task.func is notify_coordinator_of_enquiry.func
    assert retry.args == [enquiry.pk]
    assert retry.kwargs == {"attempt": 2}
    assert retry.task.run_after >= before + timedelta(minutes=5)


def test_retries_stop_after_the_last_attempt(mail_server, deferring_task_backend):
    enquiry = EnquiryFactory()
    mail_server.go_down()

    notify_coordinator_of_enquiry.call(enquiry.pk, attempt=MAX_ATTEMPTS)

    assert deferring_task_backend.results == []
    enquiry.refresh_from_db()
    assert enquiry.coordinator_notified_at is None


def test_each_retry_waits_longer_than_the_one_before():
    delays = [retry_delay(attempt) for attempt in range(1, MAX_ATTEMPTS)]

    assert delays == sorted(delays)
    assert len(set(delays)) == len(delays)
    assert delays[0] == timedelta(minutes=5)


def test_answer_is_mailed_to_the_sender_with_reply_to_the_coordinator(settings):
    answer = EnquiryAnswerFactory(sent_at=None, enquiry__email="pytajacy@przyklad.example")

    assert send_enquiry_answer.call(answer.pk) is True

    answer.refresh_from_db()
    assert answer.sent_at is not None
    assert answer.send_attempts == 1
    [message] = mail.outbox
    assert message.to == ["pytajacy@przyklad.example"]
    assert message.reply_to == [settings.COORDINATOR_EMAIL]
    assert answer.body in message.body


def test_answer_already_sent_is_not_mailed_again():
    answer = EnquiryAnswerFactory()

    assert send_enquiry_answer.call(answer.pk) is False
    assert mail.outbox == []


def test_answer_that_could_not_be_sent_is_kept_and_retried_later(mail_server, deferring_task_backend):
    answer = EnquiryAnswerFactory(sent_at=None)
    mail_server.go_down()

    assert send_enquiry_answer.call(answer.pk) is False

    answer.refresh_from_db()
    assert answer.sent_at is None
    assert answer.send_attempts == 1
    [retry] = deferring_task_backend.results
    assert retry.kwargs == {"attempt": 2}


@pytest.fixture
def database_task_backend(settings):
    """The production task backend: tasks are rows, run by `manage.py db_worker`."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


# A real transaction: between tasks the worker closes a connection that is not in autocommit mode,
# which is what the usual test-wrapping transaction looks like to it.
@pytest.mark.django_db(transaction=True)
def test_with_the_database_backend_the_worker_delivers_the_retry_once_the_server_is_back(
    mail_server, database_task_backend
):
    enquiry = EnquiryFactory()
    mail_server.go_down()

    notify_coordinator_of_enquiry.call(enquiry.pk)

    retry = DBTaskResult.objects.get()
    assert retry.task_path == "platforma.contact.tasks.notify_coordinator_of_enquiry"
    assert retry.args_kwargs == {"args": [enquiry.pk], "kwargs": {"attempt": 2}}
    assert retry.run_after > timezone.now() + timedelta(minutes=4)

    mail_server.come_back()
    DBTaskResult.objects.update(run_after=timezone.now())  # the five minutes have passed
    call_command("db_worker", "--batch", verbosity=0)

    enquiry.refresh_from_db()
    assert enquiry.coordinator_notified_at is not None
    assert enquiry.notification_attempts == 2
    assert len(mail.outbox) == 1

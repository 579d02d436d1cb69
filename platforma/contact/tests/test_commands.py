import io

import pytest
from django.core import mail
from django.core.management import call_command

from platforma.contact.tests.factories import EnquiryAnswerFactory, EnquiryFactory

pytestmark = pytest.mark.django_db


def retry():
    output = io.StringIO()
    call_command("retry_enquiry_notifications", stdout=output)
    return output.getvalue()


def test_retry_command_delivers_what_an_outage_held_back_and_only_once():
    enquiry = EnquiryFactory(notification_attempts=8)
    answer = EnquiryAnswerFactory(sent_at=None, send_attempts=3)
    answer.enquiry.coordinator_notified_at = answer.enquiry.created_at
    answer.enquiry.save(update_fields=["coordinator_notified_at"])

    assert "Enqueued 1 enquiry notification(s) and 1 answer(s)." in retry()

    enquiry.refresh_from_db()
    answer.refresh_from_db()
    assert enquiry.coordinator_notified_at is not None
    assert enquiry.notification_attempts == 9
    assert answer.sent_at is not None
    assert answer.send_attempts == 4
    assert len(mail.outbox) == 2

    assert "Enqueued 0 enquiry notification(s) and 0 answer(s)." in retry()
    assert len(mail.outbox) == 2


def test_retry_command_during_an_outage_keeps_everything_for_the_next_run(mail_server):
    enquiry = EnquiryFactory()
    mail_server.go_down()

    retry()

    enquiry.refresh_from_db()
    assert enquiry.coordinator_notified_at is None
    assert enquiry.notification_attempts == 1
    assert mail.outbox == []

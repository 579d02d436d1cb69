import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError

from platforma.contact import services
from platforma.contact.models import Enquiry, EnquiryAnswer, EnquiryStatus, EnquiryTopic
from platforma.contact.tests.factories import EnquiryAnswerFactory, EnquiryFactory

pytestmark = pytest.mark.django_db


def submit(**changes):
    data = {
        "name": "Piotr Zieliński",
        "email": "piotr@huta.example",
        "organisation_name": "",
        "topic": EnquiryTopic.MEMBERSHIP,
        "message": "Jak nasza firma może dołączyć do klastra?",
        "sender_ip": "192.0.2.10",
    }
    data.update(changes)
    return services.enquiry_submit(**data)


def test_enquiry_is_saved_before_the_email_task_is_enqueued(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enquiry = submit()

    assert Enquiry.objects.filter(pk=enquiry.pk).exists()
    assert enquiry.consent_given_at is not None
    assert len(callbacks) == 1
    assert mail.outbox == []

    callbacks[0]()

    assert len(mail.outbox) == 1


def test_enquiry_is_validated_by_the_model(django_capture_on_commit_callbacks):
    with pytest.raises(ValidationError), django_capture_on_commit_callbacks(execute=True):
        submit(email="nie-adres", topic="nieznany")

    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_enquiry_without_an_ip_is_accepted(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        enquiry = submit(sender_ip=None)

    assert enquiry.sender_ip is None


def test_enquiry_over_the_limit_raises_and_saves_nothing(settings, django_capture_on_commit_callbacks):
    settings.CONTACT_RATE_LIMIT = 1
    EnquiryFactory(email="PIOTR@huta.example")

    with pytest.raises(services.EnquiryRateLimited), django_capture_on_commit_callbacks(execute=True) as callbacks:
        submit()

    assert Enquiry.objects.count() == 1
    assert callbacks == []


def test_answer_is_saved_marks_the_enquiry_answered_and_is_mailed(anna, django_capture_on_commit_callbacks):
    enquiry = EnquiryFactory(email="pytajacy@przyklad.example")

    with django_capture_on_commit_callbacks(execute=True):
        answer = services.enquiry_answer_create(enquiry=enquiry, author=anna, body="Zapraszamy na spotkanie.")

    enquiry.refresh_from_db()
    answer.refresh_from_db()
    assert enquiry.status == EnquiryStatus.ANSWERED
    assert answer.author == anna
    assert answer.sent_at is not None
    [message] = mail.outbox
    assert message.to == ["pytajacy@przyklad.example"]
    assert "Zapraszamy na spotkanie." in message.body
    assert enquiry.message in message.body


def test_answer_is_kept_when_the_mail_server_is_down(anna, mail_server, django_capture_on_commit_callbacks):
    enquiry = EnquiryFactory()
    mail_server.go_down()

    with django_capture_on_commit_callbacks(execute=True):
        services.enquiry_answer_create(enquiry=enquiry, author=anna, body="Odpowiedź.")

    answer = EnquiryAnswer.objects.get()
    assert answer.sent_at is None
    assert answer.send_attempts == 1
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.ANSWERED


def test_empty_answer_is_refused(anna):
    enquiry = EnquiryFactory()

    with pytest.raises(ValidationError):
        services.enquiry_answer_create(enquiry=enquiry, author=anna, body="")

    assert EnquiryAnswer.objects.count() == 0
    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.NEW


def test_closing_an_enquiry():
    enquiry = EnquiryFactory()

    services.enquiry_close(enquiry=enquiry)

    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.CLOSED


@pytest.mark.parametrize(("has_answer", "expected"), [(False, EnquiryStatus.NEW), (True, EnquiryStatus.ANSWERED)])
def test_reopened_enquiry_returns_to_new_or_answered(has_answer, expected):
    enquiry = EnquiryFactory(status=EnquiryStatus.CLOSED)
    if has_answer:
        EnquiryAnswerFactory(enquiry=enquiry)

    services.enquiry_reopen(enquiry=enquiry)

    enquiry.refresh_from_db()
    assert enquiry.status == expected


def test_retry_enqueues_only_what_was_not_delivered():
    waiting = EnquiryFactory(notification_attempts=3)
    notified = EnquiryFactory(coordinator_notified_at=waiting.created_at, notification_attempts=1)
    unsent = EnquiryAnswerFactory(enquiry=notified, sent_at=None)
    EnquiryAnswerFactory(enquiry=notified)

    assert services.enquiry_notifications_retry() == (1, 1)

    waiting.refresh_from_db()
    unsent.refresh_from_db()
    assert waiting.coordinator_notified_at is not None
    assert waiting.notification_attempts == 4
    assert unsent.sent_at is not None
    assert sorted(message.to[0] for message in mail.outbox) == sorted([settings.COORDINATOR_EMAIL, notified.email])

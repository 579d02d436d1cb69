import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from platforma.community.notifications import tasks
from platforma.community.notifications.models import Notification
from platforma.community.notifications.services import notify
from platforma.community.notifications.tests.factories import IMMEDIATE, WEEKLY, make_notification
from platforma.organisations.models import ClusterStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def dead_smtp(settings):
    """An SMTP mailer pointed at a port where nothing listens: every connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 2},
        }
    }


def test_immediate_kind_is_emailed_after_fan_out(bogdan, dawid, ziemia, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(verb=IMMEDIATE, target=ziemia, actor=bogdan, recipients=[dawid])

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [dawid.email]
    assert message.subject == f"Sprawa osobista: {ziemia.name}"
    assert "http://testserver" not in message.body
    assert f"{ziemia.get_absolute_url()}" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert ziemia.name in html
    assert "Kto: Bogdan Adminowski" in message.body
    assert Notification.objects.get().emailed_at is not None


def test_weekly_kind_is_not_emailed_at_once(bogdan, dawid, ziemia, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(verb=WEEKLY, target=ziemia, actor=bogdan, recipients=[dawid])

    assert mail.outbox == []
    assert Notification.objects.get().emailed_at is None


def test_an_email_is_not_sent_about_a_target_the_person_can_no_longer_see(dawid, ziemia):
    notification = make_notification(recipient=dawid, target=ziemia, verb=IMMEDIATE)
    ziemia.cluster_status = ClusterStatus.APPLICANT
    ziemia.save(update_fields=["cluster_status"])

    tasks.send_notification_emails.enqueue([notification.pk])

    assert mail.outbox == []
    notification.refresh_from_db()
    assert notification.emailed_at is None


def test_a_failing_smtp_server_loses_nothing_and_the_sweep_sends_it_later(dawid, ziemia, settings, dead_smtp):
    notification = make_notification(recipient=dawid, target=ziemia, verb=IMMEDIATE)

    assert tasks.send_notification_emails.enqueue([notification.pk]).return_value == 0

    notification.refresh_from_db()
    assert notification.emailed_at is None
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    tasks.send_pending_notification_emails.enqueue()
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_the_sweep_does_not_send_twice_nor_stale_ones(dawid, ziemia, woda):
    sent = make_notification(recipient=dawid, target=ziemia, verb=IMMEDIATE)
    Notification.objects.filter(pk=sent.pk).update(emailed_at=timezone.now())
    make_notification(recipient=dawid, target=woda, verb=IMMEDIATE, created_at=timezone.now() - timedelta(days=5))

    tasks.send_pending_notification_emails.enqueue()

    assert mail.outbox == []

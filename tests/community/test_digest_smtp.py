"""The digest sent through a real SMTP server (aiosmtpd on a free local port) and read back as MIME."""

import email
import email.policy
import socket
from datetime import timedelta

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from platforma.community.notifications import tasks
from platforma.community.notifications.models import Notification
from platforma.community.notifications.tests.factories import make_notification
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


class Collector:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.raw: list[bytes] = []
        self.recipients: list[list[str]] = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd calls hooks by this name
        self.raw.append(envelope.content)
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server for the length of one test; Django's default mailer talks to it."""
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "use_tls": False, "timeout": 5},
        }
    }
    yield collector
    controller.stop()


def test_weekly_digest_arrives_over_smtp_readable_and_without_confidential_titles(
    smtp_server, settings, django_capture_on_commit_callbacks, dawid, celina, ziemia
):
    settings.SITE_URL = "https://platforma.ekopark.example"
    secret = OrganisationFactory(name="Poufna Spółka Remediacyjna", cluster_status=ClusterStatus.APPLICANT)
    an_hour_ago = timezone.now() - timedelta(hours=1)
    make_notification(recipient=dawid, target=ziemia, actor=celina, created_at=an_hour_ago)
    make_notification(recipient=dawid, target=ziemia, created_at=an_hour_ago)
    # Made while the person could still see it, say; by the time of the digest they cannot.
    hidden = make_notification(recipient=dawid, target=secret, created_at=an_hour_ago)

    with django_capture_on_commit_callbacks(execute=True):
        tasks.send_digests.enqueue("weekly")

    assert smtp_server.recipients == [[dawid.email]]
    message = smtp_server.messages[0]
    assert message["Subject"] == "Co nowego w klastrze: podsumowanie tygodnia"
    assert message["To"] == dawid.email
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # On the wire the address is one plain token: mail programs do not decode encoded words in this header.
    assert b"\r\nList-Unsubscribe: <http" in smtp_server.raw[0]
    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("https://platforma.ekopark.example/powiadomienia/wypisz/")
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    for part in (text, html):
        assert "Wiadomość tygodniowa (2)" in part
        assert ziemia.name in part
        assert f"https://platforma.ekopark.example{ziemia.get_absolute_url()}" in part
        assert unsubscribe in part
        assert "Poufna" not in part
    assert "Kto: Celina Członkowska" in text
    hidden.refresh_from_db()
    assert hidden.emailed_at is None
    assert Notification.objects.filter(emailed_at__isnull=False).count() == 2


def test_unsubscribe_link_from_the_received_email_works_without_logging_in(
    smtp_server, client, django_capture_on_commit_callbacks, dawid, ziemia
):
    from platforma.community.notifications.models import NotificationSettings

    make_notification(recipient=dawid, target=ziemia, created_at=timezone.now() - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        tasks.send_digests.enqueue("weekly")
    link = smtp_server.messages[0]["List-Unsubscribe"].strip("<>")
    path = link.split("://", 1)[1].split("/", 1)[1]

    assert client.get(f"/{path}").status_code == 200  # a prefetching mail program changes nothing
    assert not NotificationSettings.objects.exists()
    client.post(f"/{path}", "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert NotificationSettings.objects.get(user=dawid).digests_enabled is False


class Refusing(Collector):
    """A server that is up but refuses every message for now, as during a mailbox outage."""

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd calls hooks by this name
        return "451 Requested action aborted: try again later"


def test_a_refusing_smtp_server_leaves_the_digest_waiting(settings, django_capture_on_commit_callbacks, dawid, ziemia):
    controller = Controller(Refusing(), hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        settings.MAILERS = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": controller.port, "use_tls": False, "timeout": 5},
            }
        }
        notification = make_notification(recipient=dawid, target=ziemia, created_at=timezone.now() - timedelta(hours=1))
        with django_capture_on_commit_callbacks(execute=True):
            tasks.send_digests.enqueue("weekly")
    finally:
        controller.stop()

    notification.refresh_from_db()
    assert notification.emailed_at is None

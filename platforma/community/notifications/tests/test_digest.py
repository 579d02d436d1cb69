import socket
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from platforma.community.notifications import mailing, tasks
from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import DigestRun, Notification, NotificationSettings
from platforma.community.notifications.tests.factories import DAILY, IMMEDIATE, make_notification
from platforma.organisations.models import ClusterStatus

pytestmark = pytest.mark.django_db


def _earlier(**kwargs):
    return timezone.now() - timedelta(**kwargs)


@pytest.fixture
def send(django_capture_on_commit_callbacks):
    """Run a digest as the worker would: the batches are enqueued once the run's row is committed."""

    def run(period):
        with django_capture_on_commit_callbacks(execute=True):
            result = tasks.send_digests.enqueue(period)
        return result.return_value

    return run


def test_weekly_digest_sends_one_email_per_person_grouped_by_topic(
    send, settings, bogdan, celina, dawid, olek, ziemia, woda
):
    make_notification(recipient=dawid, target=ziemia, actor=bogdan, created_at=_earlier(days=2))
    make_notification(recipient=dawid, target=ziemia, actor=celina, created_at=_earlier(days=1))
    make_notification(recipient=dawid, target=woda, created_at=_earlier(hours=5))
    make_notification(recipient=olek, target=woda, created_at=_earlier(hours=5))

    batches = send("weekly")

    assert batches == 1
    assert sorted(m.to[0] for m in mail.outbox) == [dawid.email, olek.email]
    message = next(m for m in mail.outbox if m.to == [dawid.email])
    assert message.subject == "Co nowego w klastrze: podsumowanie tygodnia"
    assert "== Testy ==" in message.body
    assert f"* Wiadomość tygodniowa (2): {ziemia.name}" in message.body
    assert "Kto: Celina Członkowska, Bogdan Adminowski" in message.body
    html = message.alternatives[0][0]
    assert "<h2>Testy</h2>" in html
    assert f'href="{settings.SITE_URL}{woda.get_absolute_url()}"' in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith("<") and "/powiadomienia/wypisz/" in message.body
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()
    run = DigestRun.objects.get()
    assert (run.period, run.recipients, run.batches, run.emails_sent) == ("weekly", 2, 1, 2)


def test_links_are_absolute_and_carry_no_login_token(send, settings, dawid, ziemia):
    settings.SITE_URL = "https://platforma.ekopark.example"
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=1))

    send("weekly")

    body = mail.outbox[0].body
    assert f"https://platforma.ekopark.example{ziemia.get_absolute_url()}" in body
    links = [word for word in body.split() if word.startswith("http")]
    assert all(link.startswith("https://platforma.ekopark.example/") for link in links)
    assert not any("token" in link or "key=" in link or "login" in link for link in links)


def test_a_period_is_sent_once(send, dawid, ziemia):
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=1))
    send("weekly")
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(minutes=1))

    assert send("weekly") == 0

    assert len(mail.outbox) == 1
    assert DigestRun.objects.count() == 1


def test_weekly_digest_leaves_daily_immediate_and_stale_items_alone(send, dawid, ziemia, woda):
    make_notification(recipient=dawid, target=ziemia, verb=DAILY, created_at=_earlier(hours=1))
    make_notification(recipient=dawid, target=ziemia, verb=IMMEDIATE, created_at=_earlier(hours=1))
    make_notification(recipient=dawid, target=woda, created_at=_earlier(days=40))

    send("weekly")

    assert mail.outbox == []
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 3


def test_daily_digest_has_its_own_subject(send, dawid, ziemia):
    make_notification(recipient=dawid, target=ziemia, verb=DAILY, created_at=_earlier(hours=1))

    send("daily")

    assert mail.outbox[0].subject == "Co nowego w klastrze: podsumowanie dnia"


def test_nobody_who_turned_digests_off_gets_one(send, dawid, olek, ziemia):
    NotificationSettings.objects.create(user=dawid, digests_enabled=False)
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=1))
    make_notification(recipient=olek, target=ziemia, created_at=_earlier(hours=1))

    send("weekly")

    assert [m.to for m in mail.outbox] == [[olek.email]]


def test_a_target_hidden_since_is_left_out_of_the_digest(send, dawid, ziemia, woda):
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=2))
    hidden = make_notification(recipient=dawid, target=woda, created_at=_earlier(hours=1))
    woda.name = "Poufne Laboratorium Wód"
    woda.cluster_status = ClusterStatus.APPLICANT
    woda.save(update_fields=["name", "cluster_status"])

    send("weekly")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Poufne" not in message.body + message.alternatives[0][0]
    hidden.refresh_from_db()
    assert hidden.emailed_at is None


def test_person_with_nothing_visible_gets_no_email(send, dawid, woda):
    make_notification(recipient=dawid, target=woda, created_at=_earlier(hours=1))
    woda.cluster_status = ClusterStatus.APPLICANT
    woda.save(update_fields=["cluster_status"])

    send("weekly")

    assert mail.outbox == []


def test_a_failing_smtp_server_loses_nothing_and_resume_sends_the_rest(
    send, django_capture_on_commit_callbacks, settings, dawid, olek, ziemia
):
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=1))
    make_notification(recipient=olek, target=ziemia, created_at=_earlier(hours=1))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 2},
        }
    }

    send("weekly")

    assert Notification.objects.filter(emailed_at__isnull=True).count() == 2
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digest", "--period", "weekly", "--resume")
    assert sorted(m.to[0] for m in mail.outbox) == [dawid.email, olek.email]
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digest", "--period", "weekly", "--resume")
    assert len(mail.outbox) == 2


def test_digest_batch_skips_people_already_sent_to(send, dawid, ziemia):
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=1))
    send("weekly")
    run = DigestRun.objects.get()

    assert tasks.send_digest_batch.enqueue(run.pk, [dawid.pk]).return_value == 0
    assert len(mail.outbox) == 1


def test_notifications_made_after_the_run_started_wait_for_the_next(dawid, ziemia):
    later = make_notification(recipient=dawid, target=ziemia)
    run = DigestRun.objects.create(period="weekly", period_start=timezone.localdate(), cutoff=_earlier(minutes=5))

    mailing.digest_batch_send(run=run, user_ids=[dawid.pk])

    assert mail.outbox == []
    later.refresh_from_db()
    assert later.emailed_at is None


def test_send_digest_command_reports_and_is_idempotent(dawid, ziemia, capsys, django_capture_on_commit_callbacks):
    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=1))

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_digest", "--period", "weekly")
        call_command("send_digest", "--period", "weekly")

    out = capsys.readouterr().out
    assert "1 people in 1 batch(es) enqueued" in out
    assert "already been started" in out
    assert len(mail.outbox) == 1


def test_send_digest_command_refuses_a_bad_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--date"):
        call_command("send_digest", "--period", "daily", "--date", "jutro")


WARSAW = mailing.LOCAL_ZONE


@pytest.mark.parametrize(
    ("local", "due"),
    [
        (datetime(2026, 11, 30, 6, 59, tzinfo=WARSAW), []),  # Monday before seven
        (datetime(2026, 11, 30, 7, 0, tzinfo=WARSAW), ["daily", "weekly"]),
        (datetime(2026, 12, 1, 6, 30, tzinfo=WARSAW), ["weekly"]),  # Tuesday: a missed Monday catches up
        (datetime(2026, 12, 1, 23, 30, tzinfo=WARSAW), ["daily", "weekly"]),
    ],
)
def test_digests_are_due_at_seven_local_time(local, due):
    assert [period for period, _start in mailing.digests_due(now=local)] == due


def test_a_started_period_is_no_longer_due():
    monday_eight = datetime(2026, 11, 30, 8, 0, tzinfo=WARSAW)
    mailing.digest_run_start(period="weekly", now=monday_eight)
    assert [p for p, _s in mailing.digests_due(now=monday_eight)] == ["daily"]


def test_period_start_is_the_local_day_and_monday():
    # 23:30 UTC on Sunday is already Monday in Warsaw.
    late_sunday_utc = datetime(2026, 11, 29, 23, 30, tzinfo=timezone.UTC)
    assert mailing.period_start("daily", late_sunday_utc).isoformat() == "2026-11-30"
    assert mailing.period_start("weekly", late_sunday_utc).isoformat() == "2026-11-30"
    assert mailing.period_start("weekly", datetime(2026, 12, 6, 12, tzinfo=WARSAW)).isoformat() == "2026-11-30"


def test_scheduler_enqueues_each_due_digest_once_and_the_hourly_sweep(
    dawid, ziemia, django_capture_on_commit_callbacks
):
    from platforma.community.notifications.management.commands.run_scheduler import Scheduler

    make_notification(recipient=dawid, target=ziemia, created_at=_earlier(hours=1), delivery=Delivery.DAILY)
    scheduler = Scheduler()
    now = timezone.localtime(timezone.now(), WARSAW).replace(hour=9)

    with django_capture_on_commit_callbacks(execute=True):
        first = scheduler.tick(now=now, clock=1000.0)
        again = scheduler.tick(now=now, clock=1030.0)

    assert "sweep" in first
    assert any(item.startswith("digest daily") for item in first)
    assert again == []
    assert len(mail.outbox) == 1

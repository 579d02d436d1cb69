from datetime import timedelta
from io import StringIO

import icalendar
import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from platforma.community.events import tasks
from platforma.community.events.models import Registration, RegistrationStatus
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tomorrow(db):
    return EventFactory(
        title="Warsztaty na hałdzie",
        starts_at=timezone.now() + timedelta(hours=30),
        place="Poligon EkoPark",
        town="Piekary Śląskie",
        online_url="https://meet.example/halda",
    )


def test_a_confirmed_participant_gets_one_polish_reminder_with_html_text_and_ics(tomorrow, celina):
    registration = RegistrationFactory(event=tomorrow, user=celina)
    RegistrationFactory(event=tomorrow, status=RegistrationStatus.WAITING, waiting_since=timezone.now())

    assert tasks.send_due_reminders() == 1

    (message,) = mail.outbox
    assert message.to == [celina.email]
    assert message.subject.startswith("Przypomnienie: Warsztaty na hałdzie")
    assert "Poligon EkoPark, Piekary Śląskie" in message.body
    assert "https://meet.example/halda" in message.body
    assert tomorrow.get_absolute_url() in message.body
    (html, mimetype) = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<a href="https://meet.example/halda">' in html
    (name, content, attachment_type) = message.attachments[0]
    assert (name, attachment_type) == (f"wydarzenie-{tomorrow.pk}.ics", "text/calendar")
    (entry,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Warsztaty na hałdzie"
    registration.refresh_from_db()
    assert registration.reminder_sent_at is not None


def test_running_again_sends_nothing_more(tomorrow, celina):
    RegistrationFactory(event=tomorrow, user=celina)

    tasks.send_due_reminders()
    tasks.send_due_reminders()
    call_command("send_event_reminders", stdout=StringIO())

    assert len(mail.outbox) == 1


def test_a_failed_send_is_released_for_the_next_run(tomorrow, celina, monkeypatch):
    registration = RegistrationFactory(event=tomorrow, user=celina)

    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("serwer poczty nie odpowiada")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    assert tasks.send_due_reminders() == 0
    registration.refresh_from_db()
    assert registration.reminder_sent_at is None

    monkeypatch.undo()
    assert tasks.send_due_reminders() == 1
    assert len(mail.outbox) == 1


def test_a_reminder_claimed_by_a_parallel_run_is_not_sent_again(tomorrow, celina, monkeypatch):
    registration = RegistrationFactory(event=tomorrow, user=celina)
    due = tasks.selectors.registrations_due_reminder

    def claimed_meanwhile(*, now):
        rows = list(due(now=now))
        Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=now)
        return Registration.objects.filter(pk__in=[r.pk for r in rows])

    monkeypatch.setattr(tasks.selectors, "registrations_due_reminder", claimed_meanwhile)

    assert tasks.send_due_reminders() == 0
    assert mail.outbox == []


def test_the_command_and_the_scheduled_task_send_reminders(tomorrow, celina, dawid):
    RegistrationFactory(event=tomorrow, user=celina)
    out = StringIO()
    call_command("send_event_reminders", stdout=out)
    assert "Sent 1 event reminder(s)." in out.getvalue()

    RegistrationFactory(event=tomorrow, user=dawid)
    tasks.schedule()  # the immediate test backend runs the task at once
    assert [message.to for message in mail.outbox] == [[celina.email], [dawid.email]]


def test_the_notifications_scheduler_queues_the_reminders_every_hour(tomorrow, celina):
    from platforma.community.notifications.management.commands.run_scheduler import Scheduler

    RegistrationFactory(event=tomorrow, user=celina)

    done = Scheduler().tick(now=timezone.now(), clock=0.0)

    assert "events schedule" in done
    assert [message.to for message in mail.outbox] == [[celina.email]]

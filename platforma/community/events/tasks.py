"""Background work of the events app: the reminders the day before. Arguments are JSON (none here)."""

import logging
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import timezone, translation

from platforma.community.events import ical, selectors, services
from platforma.community.events.models import Registration

logger = logging.getLogger(__name__)


def _reminder(registration: Registration, *, now: datetime) -> EmailMultiAlternatives:
    event = registration.event
    # Written in the site's language: tasks run outside any request.
    with translation.override(settings.LANGUAGE_CODE):
        url = settings.SITE_URL + event.get_absolute_url()
        context = {"event": event, "user": registration.user, "url": url, "where": ical.location(event)}
        subject = render_to_string("events/email/reminder_subject.txt", context).strip()
        text = render_to_string("events/email/reminder_body.txt", context)
        html = render_to_string("events/email/reminder_body.html", context)
        # The person holds a confirmed place, so their copy of the entry carries the meeting link.
        component = ical.event_component(event, page_url=url, with_online_link=True, stamp=now)
        attachment = ical.calendar(name=event.title, uid=ical.event_uid(event), components=[component])
    message = EmailMultiAlternatives(subject, text, None, [registration.user.email])
    message.attach_alternative(html, "text/html")
    message.attach(f"wydarzenie-{event.pk}.ics", attachment, "text/calendar")
    return message


def send_due_reminders(*, now: datetime | None = None) -> int:
    """E-mails every confirmed participant of an event starting in 24–48 hours who has not been reminded.

    Safe to run as often as you like, even twice at once: each reminder is claimed (reminder_sent_at set
    by a conditional UPDATE) before it is sent, and released again when the mail server refuses it, so the
    next run retries. Returns the number of e-mails sent.
    """
    now = now or timezone.now()
    sent = 0
    # Prefetched for the .ics categories: one query for all, not one a reminder.
    due = selectors.registrations_due_reminder(now=now).prefetch_related("event__competences")
    for registration in due:
        if not services.registration_reminder_claim(registration=registration, now=now):
            continue
        try:
            _reminder(registration, now=now).send()
        except Exception:
            logger.exception("Event reminder for registration %s was not sent", registration.pk)
            services.registration_reminder_release(registration=registration)
            continue
        sent += 1
    return sent


@task
def send_event_reminders() -> int:
    """The scheduled entry point (see `schedule()`); also `manage.py send_event_reminders`."""
    return send_due_reminders()


def schedule() -> None:
    """What a scheduler calls (hourly is right: the 24–48 h window is wide): queue one reminder run."""
    send_event_reminders.enqueue()

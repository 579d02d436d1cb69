"""A participant's B2B agenda as iCalendar (RFC 5545): one VEVENT a scheduled meeting.

Times are in UTC, which every calendar program shows in its own zone. The UID names the meeting, not
its slot, so a meeting moved by the organiser replaces the entry in the calendar instead of doubling it.
"""

from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.utils.translation import gettext as _

from platforma.community.b2b.models import B2BSession, Meeting

PRODID = "-//Śląski Klaster Rewitalizacji i Technologii Środowiskowych//Platforma Środowiskowa B2B//PL"


def meeting_uid(meeting: Meeting) -> str:
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    return f"b2b-meeting-{meeting.pk}@{domain}"


def _description(meeting: Meeting, *, page_url: str) -> str:
    profile = getattr(meeting, "partner_profile", None)
    parts = [meeting.session.event.title]
    if profile is not None:
        if profile.organisation is not None:
            parts.append(_("Organizacja: %(name)s") % {"name": profile.organisation.name})
        parts.append(_("Oferuje: %(text)s") % {"text": profile.offer})
        parts.append(_("Szuka: %(text)s") % {"text": profile.seek})
    parts.append(_("Agenda: %(url)s") % {"url": page_url})
    return "\n\n".join(parts)


def agenda_calendar(*, session: B2BSession, meetings: Iterable[Meeting], page_url: str, stamp: datetime) -> bytes:
    """`meetings` come from selectors.agenda_for (with `partner` and `partner_profile` attached)."""
    event = session.event
    calendar = icalendar.Calendar.new(prodid=PRODID, name=_("Spotkania B2B: %(title)s") % {"title": event.title})
    where = ", ".join(part for part in (event.place, event.town) if part)
    for meeting in meetings:
        if meeting.starts_at is None or meeting.ends_at is None:
            continue
        table = _("stolik %(number)d") % {"number": meeting.table}
        calendar.add_component(
            icalendar.Event.new(
                uid=meeting_uid(meeting),
                summary=_("Spotkanie B2B: %(name)s") % {"name": meeting.partner},
                start=meeting.starts_at.astimezone(UTC),
                end=meeting.ends_at.astimezone(UTC),
                stamp=stamp.astimezone(UTC),
                last_modified=meeting.updated_at.astimezone(UTC),
                status="CONFIRMED",
                location=f"{where}, {table}" if where else table,
                url=page_url,
                description=_description(meeting, page_url=page_url),
            )
        )
    return calendar.to_ical()

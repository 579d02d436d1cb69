"""Events as iCalendar (RFC 5545), written by the `icalendar` package, which escapes and folds lines.

Times are written in UTC, which every calendar program reads without a VTIMEZONE and shows in its own
zone. UIDs are stable (`event-<pk>@<domain>`) and SEQUENCE follows `Event.sequence`, so a subscribed
calendar updates the entry it already has instead of adding a second one.
"""

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.utils.translation import gettext as _
from icalendar.enums import STATUS

from platforma.community.events.models import Event, EventStatus

PRODID = "-//Śląski Klaster Rewitalizacji i Technologii Środowiskowych//Platforma Środowiskowa//PL"
# How often subscribed calendars should come back for changes.
REFRESH = timedelta(hours=6)


PERSONAL_FEED_SALT = "events.personal-calendar"


def personal_feed_token(user: Any) -> str:
    """The signed part of a person's calendar address; it opens only that person's calendar."""
    return signing.dumps(user.pk, salt=PERSONAL_FEED_SALT, compress=True)


def personal_feed_owner(token: str) -> Any | None:
    """The active person a calendar address belongs to, or None for a forged or unknown one."""
    try:
        pk = signing.loads(token, salt=PERSONAL_FEED_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first() if isinstance(pk, int) else None


def domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def event_uid(event: Event) -> str:
    return f"event-{event.pk}@{domain()}"


def location(event: Event) -> str:
    where = ", ".join(part for part in (event.place, event.town) if part)
    if where:
        return where
    return _("Online") if event.online_url else ""


def _status(event: Event) -> STATUS:
    if event.status == EventStatus.CANCELLED:
        return STATUS.CANCELLED
    if event.status == EventStatus.DRAFT:
        return STATUS.TENTATIVE
    return STATUS.CONFIRMED


def _description(event: Event, *, page_url: str, with_online_link: bool) -> str:
    parts = [event.description.strip()]
    if event.status == EventStatus.CANCELLED:
        parts.insert(0, _("WYDARZENIE ODWOŁANE."))
    if event.online_url and with_online_link:
        parts.append(_("Link do spotkania online: %(url)s") % {"url": event.online_url})
    elif event.online_url:
        parts.append(_("Link do spotkania online dostaną osoby zapisane na wydarzenie."))
    parts.append(_("Strona wydarzenia: %(url)s") % {"url": page_url})
    return "\n\n".join(part for part in parts if part)


def event_component(event: Event, *, page_url: str, with_online_link: bool, stamp: datetime) -> icalendar.Event:
    """One VEVENT. The meeting link goes in only for people who may see it (`with_online_link`): then it is
    in CONFERENCE (RFC 7986), in the DESCRIPTION, and in LOCATION when the event has no place."""
    conferences = []
    if event.online_url and with_online_link:
        conferences.append(icalendar.Conference(event.online_url, feature=["VIDEO"], label=_("Spotkanie online")))
    where = location(event)
    if with_online_link and event.online_url and not (event.place or event.town):
        where = event.online_url
    component = icalendar.Event.new(
        uid=event_uid(event),
        summary=event.title,
        start=event.starts_at.astimezone(UTC),
        end=event.ends_at.astimezone(UTC),
        stamp=stamp.astimezone(UTC),
        created=event.created_at.astimezone(UTC) if event.created_at else None,
        last_modified=event.updated_at.astimezone(UTC) if event.updated_at else None,
        sequence=event.sequence,
        status=_status(event),
        location=where or None,
        url=page_url,
        description=_description(event, page_url=page_url, with_online_link=with_online_link),
        categories=[competence.name for competence in event.competences.all()] or (),
        conferences=conferences or None,
    )
    return component


def calendar(*, name: str, uid: str, components: Iterable[icalendar.Event]) -> bytes:
    """A VCALENDAR with METHOD:PUBLISH, named for calendar programs (NAME and X-WR-CALNAME)."""
    cal = icalendar.Calendar.new(
        prodid=PRODID,
        method="PUBLISH",
        name=name,
        uid=uid,
        language=settings.LANGUAGE_CODE,
    )
    cal.add("X-WR-TIMEZONE", settings.TIME_ZONE)
    cal.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    # Outlook's older name for the same; an X- property is written as text, so in ISO 8601 form by hand.
    cal.add("X-PUBLISHED-TTL", f"PT{int(REFRESH.total_seconds() // 3600)}H")
    for component in components:
        cal.add_component(component)
    return cal.to_ical()

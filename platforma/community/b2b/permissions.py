"""Who may do what with B2B meetings. Plain functions; each condition on its own line.

The organiser of the event (the coordinator or an admin of the organising organisation — the events
app's `can_edit`) sets the session up and sees the whole plan. Only people with a confirmed place at
the event take part: they publish a profile, see the directory, ask for and answer meetings. Rules that
depend on the clock take `now`, so that the tests need not freeze it.
"""

from datetime import datetime
from typing import Any

from django.utils import timezone

from platforma.community.b2b.models import B2BSession, Meeting, MeetingStatus
from platforma.community.events import permissions as event_permissions
from platforma.community.events.models import Event, Registration, RegistrationStatus
from platforma.organisations.permissions import is_coordinator


def is_organiser(user: Any, event: Event) -> bool:
    return event_permissions.can_edit(user, event)


def is_participant(user: Any, event: Event) -> bool:
    """A confirmed place at the event; remembered on the event for the length of one request."""
    if not user.is_authenticated:
        return False
    cache: dict[int, bool] = event.__dict__.setdefault("_b2b_participants", {})
    if user.pk not in cache:
        cache[user.pk] = Registration.objects.filter(
            event=event, user=user, status=RegistrationStatus.CONFIRMED
        ).exists()
    return cache[user.pk]


def can_manage_session(user: Any, event: Event) -> bool:
    return is_organiser(user, event)


def can_view_session(user: Any, session: B2BSession) -> bool:
    if is_organiser(user, session.event):
        return True
    if not session.is_enabled:
        return False
    return event_permissions.can_view(user, session.event)


def can_take_part(user: Any, session: B2BSession) -> bool:
    if not user.is_authenticated:
        return False
    if not session.is_enabled:
        return False
    if session.event.is_cancelled:
        return False
    return is_participant(user, session.event)


def can_view_directory(user: Any, session: B2BSession) -> bool:
    if is_organiser(user, session.event):
        return True
    return can_take_part(user, session)


def can_edit_profile(user: Any, session: B2BSession, *, now: datetime | None = None) -> bool:
    if session.event.has_ended(now or timezone.now()):
        return False
    return can_take_part(user, session)


def requests_open(session: B2BSession, *, now: datetime | None = None) -> bool:
    return (now or timezone.now()) < session.requests_close_at


def can_request_meeting(user: Any, session: B2BSession, *, now: datetime | None = None) -> bool:
    if not requests_open(session, now=now):
        return False
    return can_take_part(user, session)


def can_answer(user: Any, meeting: Meeting, *, now: datetime | None = None) -> bool:
    if not user.is_authenticated:
        return False
    if meeting.status != MeetingStatus.PENDING:
        return False
    if meeting.recipient_id != user.pk:
        return False
    if meeting.session.event.has_ended(now or timezone.now()):
        return False
    return can_take_part(user, meeting.session)


def can_withdraw(user: Any, meeting: Meeting) -> bool:
    if not user.is_authenticated:
        return False
    if meeting.status != MeetingStatus.PENDING:
        return False
    return meeting.requester_id == user.pk


def can_cancel(user: Any, meeting: Meeting, *, now: datetime | None = None) -> bool:
    """Either side may call off an accepted meeting until it takes place."""
    if not user.is_authenticated:
        return False
    if meeting.status != MeetingStatus.ACCEPTED:
        return False
    if user.pk not in (meeting.requester_id, meeting.recipient_id):
        return False
    return not meeting.has_taken_place(now or timezone.now())


def can_record_outcome(user: Any, meeting: Meeting, *, now: datetime | None = None) -> bool:
    if not user.is_authenticated:
        return False
    if meeting.status != MeetingStatus.ACCEPTED:
        return False
    if user.pk not in (meeting.requester_id, meeting.recipient_id):
        return False
    return meeting.has_taken_place(now or timezone.now())


def can_view_outcome_counts(user: Any) -> bool:
    return is_coordinator(user)

"""Who may do what with events. Plain functions; each condition on its own line.

`can_view` is the per-object twin of `selectors.event_visible_queryset`; the tests hold both to the same
role × visibility matrix. Time-dependent rules take `now`, so that the tests need not freeze the clock.
"""

from datetime import datetime
from typing import Any

from django.utils import timezone

from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import (
    is_cluster_member,
    is_coordinator,
    is_organisation_admin,
    member_organisations,
)


def organiser_choices(user: Any) -> list[Organisation]:
    """Organisations the user may organise events for: the member organisations they administer."""
    return [organisation for organisation in member_organisations(user) if is_organisation_admin(user, organisation)]


def can_create_event(user: Any) -> bool:
    if is_coordinator(user):
        return True
    return bool(organiser_choices(user))


def can_edit(user: Any, event: Event) -> bool:
    if is_coordinator(user):
        return True
    if event.organiser_id is None:
        return False
    return any(organisation.pk == event.organiser_id for organisation in organiser_choices(user))


def can_view(user: Any, event: Event) -> bool:
    if can_edit(user, event):
        return True
    if event.status == EventStatus.DRAFT:
        return False
    if event.visibility == Visibility.PUBLIC:
        return True
    return is_cluster_member(user)


def can_publish(user: Any, event: Event) -> bool:
    if event.status != EventStatus.DRAFT:
        return False
    return can_edit(user, event)


def can_cancel(user: Any, event: Event, *, now: datetime | None = None) -> bool:
    if event.status != EventStatus.PUBLISHED:
        return False
    if event.has_ended(now or timezone.now()):
        return False
    return can_edit(user, event)


def registration_open(event: Event, *, now: datetime | None = None) -> bool:
    """Whether the event takes registrations at all, whoever asks."""
    now = now or timezone.now()
    if event.status != EventStatus.PUBLISHED:
        return False
    if event.has_started(now):
        return False
    return event.registration_closes_at is None or now < event.registration_closes_at


def can_register(user: Any, event: Event, *, now: datetime | None = None) -> bool:
    if not user.is_authenticated:
        return False
    if not user.is_active:
        return False
    if not registration_open(event, now=now):
        return False
    return can_view(user, event)


def can_cancel_registration(user: Any, registration: Registration, *, now: datetime | None = None) -> bool:
    if not user.is_authenticated:
        return False
    if registration.user_id != user.pk:
        return False
    if registration.status == RegistrationStatus.CANCELLED:
        return False
    return not registration.event.has_started(now or timezone.now())


def can_see_online_link(user: Any, event: Event, registration: Registration | None) -> bool:
    """The meeting link is for confirmed participants (and the organisers), not for whoever finds the page."""
    if can_edit(user, event):
        return True
    if registration is None:
        return False
    return registration.status == RegistrationStatus.CONFIRMED


def can_see_participants(user: Any, event: Event) -> bool:
    return can_edit(user, event)

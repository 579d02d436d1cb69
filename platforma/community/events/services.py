"""Every write to events and registrations. Permissions are the views' job; the rules that hold whoever
calls (no registration after the deadline or twice, the waiting list in order) are checked here and broken
ones raise ValidationError with a Polish message.

Every change of the places at one event first locks the event's row (SELECT … FOR UPDATE on PostgreSQL;
SQLite serialises writers anyway). Registrations, cancellations and capacity changes of one event
therefore run one after another, so two people never take the last place and the waiting list moves up
exactly once per freed place.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.community.notifications.services import notify
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import acting_organisations
from platforma.taxonomy.models import Competence

EVENT_FIELDS = (
    "title",
    "description",
    "starts_at",
    "ends_at",
    "place",
    "town",
    "online_url",
    "capacity",
    "registration_closes_at",
    "visibility",
)
# A change of these is news for the participants ("event.changed").
WHEN_AND_WHERE = ("starts_at", "ends_at", "place", "town", "online_url")
# A change of these alters the calendar entry, so its SEQUENCE grows.
IN_CALENDAR = ("title", "description", *WHEN_AND_WHERE)


def _local(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "j E Y, H:i")


def _lock(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _check_organiser(organiser: Organisation | None) -> None:
    if organiser is not None and not organiser.is_cluster_member:
        raise ValidationError({"organiser": _("Wydarzenia organizują tylko organizacje będące członkami klastra.")})


def _participants(event: Event) -> list[Any]:
    registrations = Registration.objects.filter(
        event=event, status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]
    ).select_related("user")
    return [registration.user for registration in registrations]


@transaction.atomic
def event_create(
    *,
    by: Any,
    organiser: Organisation | None,
    title: str,
    description: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str = "",
    town: str = "",
    online_url: str = "",
    capacity: int | None = None,
    registration_closes_at: datetime | None = None,
    visibility: str = Visibility.PUBLIC,
    competences: Iterable[Competence] = (),
    publish: bool = False,
) -> Event:
    """Creates an event as a draft, or published at once (which notifies followers, see event_publish)."""
    _check_organiser(organiser)
    event = Event(
        created_by=by,
        organiser=organiser,
        title=title,
        description=description,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place,
        town=town,
        online_url=online_url,
        capacity=capacity,
        registration_closes_at=registration_closes_at,
        visibility=visibility,
    )
    event.full_clean()
    event.save()
    event.competences.set(list(competences))
    if publish:
        event = event_publish(event=event, by=by)
    return event


@transaction.atomic
def event_update(
    *,
    event: Event,
    by: Any,
    organiser: Organisation | None,
    title: str,
    description: str,
    starts_at: datetime,
    ends_at: datetime,
    place: str = "",
    town: str = "",
    online_url: str = "",
    capacity: int | None = None,
    registration_closes_at: datetime | None = None,
    visibility: str = Visibility.PUBLIC,
    competences: Iterable[Competence] = (),
    publish: bool = False,
    now: datetime | None = None,
) -> Event:
    """Changes the event. Side effects: the calendar SEQUENCE grows when the entry changes; more places (or
    no limit) move people up from the waiting list, who are notified at once; a new time or place of a
    published event is notified to its participants at once. Fewer places than confirmed people take
    nobody's place away: the list simply waits until enough people cancel."""
    now = now or timezone.now()
    if organiser is not None and organiser.pk != event.organiser_id:
        _check_organiser(organiser)
    locked = _lock(event)
    before = {name: getattr(locked, name) for name in EVENT_FIELDS}
    for name, value in {
        "title": title,
        "description": description,
        "starts_at": starts_at,
        "ends_at": ends_at,
        "place": place,
        "town": town,
        "online_url": online_url,
        "capacity": capacity,
        "registration_closes_at": registration_closes_at,
        "visibility": visibility,
    }.items():
        setattr(event, name, value)
    event.organiser = organiser
    event.status = locked.status
    # The author's account may be gone (SET_NULL); that must not stop the organisers from editing.
    event.full_clean(exclude=["created_by"])
    changed = [name for name in EVENT_FIELDS if before[name] != getattr(event, name)]
    update_fields = [*EVENT_FIELDS, "organiser", "updated_at"]
    if any(name in IN_CALENDAR for name in changed):
        event.sequence = locked.sequence + 1
        update_fields.append("sequence")
    event.save(update_fields=update_fields)
    event.competences.set(list(competences))
    if "capacity" in changed:
        _promote_waiting(event=event, now=now)
    if event.status == EventStatus.PUBLISHED and any(name in WHEN_AND_WHERE for name in changed):
        notify(
            verb="event.changed",
            target=event,
            actor=by,
            recipients=_participants(event),
            organisation=event.organiser,
            summary=_("Zmiana terminu lub miejsca: %(title)s") % {"title": event.title},
            in_stream=False,
        )
    if publish and event.status == EventStatus.DRAFT:
        event = event_publish(event=event, by=by)
    return event


@transaction.atomic
def event_publish(*, event: Event, by: Any) -> Event:
    """A draft goes public (to those its visibility allows). Side effect: the followers of its competences
    and of its organiser are notified (weekly digest by default)."""
    locked = _lock(event)
    if locked.status != EventStatus.DRAFT:
        raise ValidationError(_("Opublikować można tylko szkic wydarzenia."))
    event.status = EventStatus.PUBLISHED
    event.published_at = timezone.now()
    event.sequence = locked.sequence + 1
    event.save(update_fields=["status", "published_at", "sequence", "updated_at"])
    followed: list[Any] = list(event.competences.all())
    if event.organiser is not None:
        followed.append(event.organiser)
    notify(
        verb="event.published",
        target=event,
        actor=by,
        organisation=event.organiser,
        summary=_("Nowe wydarzenie: %(title)s") % {"title": event.title},
        followers_of=followed,
    )
    return event


@transaction.atomic
def event_cancel(*, event: Event, by: Any, now: datetime | None = None) -> Event:
    """Calls a published event off; it stays on show as cancelled (and as STATUS:CANCELLED in calendars).
    Side effect: everyone registered or waiting is notified at once."""
    now = now or timezone.now()
    locked = _lock(event)
    if locked.status != EventStatus.PUBLISHED or locked.has_ended(now):
        raise ValidationError(_("Odwołać można tylko opublikowane wydarzenie, które jeszcze się nie odbyło."))
    event.status = EventStatus.CANCELLED
    event.sequence = locked.sequence + 1
    event.save(update_fields=["status", "sequence", "updated_at"])
    notify(
        verb="event.cancelled",
        target=event,
        actor=by,
        recipients=_participants(event),
        organisation=event.organiser,
        summary=_("Wydarzenie odwołane: %(title)s") % {"title": event.title},
    )
    return event


def _check_open(event: Event, *, now: datetime) -> None:
    if event.status == EventStatus.CANCELLED:
        raise ValidationError(_("To wydarzenie zostało odwołane — zapisy są zamknięte."))
    if event.status != EventStatus.PUBLISHED:
        raise ValidationError(_("Zapisy na to wydarzenie nie są jeszcze otwarte."))
    if event.has_started(now):
        raise ValidationError(_("To wydarzenie już się rozpoczęło albo odbyło — zapisy są zamknięte."))
    if event.registration_closes_at is not None and now >= event.registration_closes_at:
        raise ValidationError(
            _("Zapisy na to wydarzenie zakończyły się %(when)s.") % {"when": _local(event.registration_closes_at)}
        )


def _confirmed_count(event: Event) -> int:
    return Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).count()


def _promote_waiting(*, event: Event, now: datetime) -> list[Registration]:
    """Moves people up from the waiting list, first come first served, while there are free places.

    The caller holds the lock on the event's row. Side effect: each person moved up is notified at once."""
    if event.status != EventStatus.PUBLISHED or event.has_started(now):
        return []
    queue = Registration.objects.select_for_update().filter(event=event, status=RegistrationStatus.WAITING)
    queue = queue.select_related("user").order_by("waiting_since", "pk")
    if event.capacity is not None:
        free = event.capacity - _confirmed_count(event)
        if free <= 0:
            return []
        queue = queue[:free]
    promoted = list(queue)
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at", "updated_at"])
        notify(
            verb="event.promoted",
            target=event,
            recipients=[registration.user],
            organisation=event.organiser,
            summary=_("Zwolniło się miejsce — jesteś zapisany(-a): %(title)s") % {"title": event.title},
            in_stream=False,
        )
    return promoted


@transaction.atomic
def registration_create(
    *, event: Event, user: Any, organisation: Organisation | None = None, now: datetime | None = None
) -> Registration:
    """Registers `user`: confirmed while a place is free, otherwise on the waiting list (ordered by
    `waiting_since`). Someone who cancelled earlier gets their row back, at the end of the queue."""
    now = now or timezone.now()
    locked = _lock(event)
    _check_open(locked, now=now)
    if organisation is not None and organisation.pk not in {o.pk for o in acting_organisations(user)}:
        raise ValidationError(_("Możesz zapisać się tylko w imieniu organizacji, do której należysz."))
    registration = Registration.objects.select_for_update().filter(event=locked, user=user).first()
    if registration is not None and registration.status == RegistrationStatus.CONFIRMED:
        raise ValidationError(_("Już jesteś zapisany(-a) na to wydarzenie."))
    if registration is not None and registration.status == RegistrationStatus.WAITING:
        raise ValidationError(_("Już jesteś na liście rezerwowej tego wydarzenia."))
    # Places freed while nobody was moved up (there should be none) go to those already waiting, not to a newcomer.
    _promote_waiting(event=locked, now=now)
    has_place = locked.capacity is None or _confirmed_count(locked) < locked.capacity
    if registration is None:
        registration = Registration(event=locked, user=user)
    registration.organisation = organisation
    registration.status = RegistrationStatus.CONFIRMED if has_place else RegistrationStatus.WAITING
    registration.waiting_since = None if has_place else now
    registration.promoted_at = None
    registration.cancelled_at = None
    registration.reminder_sent_at = None
    registration.full_clean()
    registration.save()
    registration.event = event
    return registration


# Sent inside registration_cancel's transaction when a confirmed place is given up, with `registration`,
# `by` and `now`: apps above this one (B2B meetings) release what the person had booked at the event.
# Explicit, like organisations.services.membership_approved (decision record 0010).
place_given_up = Signal()


@transaction.atomic
def registration_cancel(*, registration: Registration, by: Any, now: datetime | None = None) -> Registration:
    """Gives the place (or the spot on the waiting list) up. Side effects: when a confirmed place is freed,
    `place_given_up` is sent (the person's B2B meetings are called off) and the first person waiting moves up,
    both in the same transaction, and the one who moved up is notified at once."""
    now = now or timezone.now()
    event = _lock(registration.event)
    locked = Registration.objects.select_for_update().get(pk=registration.pk)
    if locked.status == RegistrationStatus.CANCELLED:
        raise ValidationError(_("Ten zapis został już wycofany."))
    if event.has_started(now):
        raise ValidationError(_("Wydarzenie już się rozpoczęło — nie można zrezygnować z udziału."))
    freed_a_place = locked.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    registration.waiting_since = None
    registration.save(update_fields=["status", "cancelled_at", "waiting_since", "updated_at"])
    if freed_a_place:
        registration.event = event
        place_given_up.send(sender=Registration, registration=registration, by=by, now=now)
        _promote_waiting(event=event, now=now)
    return registration


def registration_reminder_claim(*, registration: Registration, now: datetime) -> bool:
    """Marks the reminder as sent unless someone else already did; True when this caller should send it.

    A conditional UPDATE, so two reminder runs at once never e-mail the same person twice."""
    claimed = Registration.objects.filter(pk=registration.pk, reminder_sent_at__isnull=True).update(
        reminder_sent_at=now
    )
    registration.reminder_sent_at = now
    return bool(claimed)


def registration_reminder_release(*, registration: Registration) -> None:
    """The e-mail did not go out: the next run tries again."""
    Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=None)
    registration.reminder_sent_at = None

"""Every write of the B2B app. Permissions are the views' job; the rules that hold whoever calls (only
confirmed participants take part, one request in play per pair, nobody booked twice) are checked here
and broken ones raise ValidationError with a Polish message.

Anything that changes the plan first locks the session row, so planners queue up one behind another;
the unique constraints on Meeting and MeetingSeat are the last line should anything slip past the lock.
"""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.community.b2b.models import (
    B2BProfile,
    B2BSession,
    Meeting,
    MeetingOutcome,
    MeetingSeat,
    MeetingStatus,
    TimeWindow,
)
from platforma.community.b2b.scheduling import MeetingToPlace, Placement, Slot, make_slots, place_earliest, schedule
from platforma.community.events.models import Event, Registration, RegistrationStatus
from platforma.community.notifications.services import notify
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import acting_organisations
from platforma.taxonomy.models import Competence

Window = tuple[datetime.datetime, datetime.datetime]


@dataclass(frozen=True)
class ScheduleResult:
    placed: int
    unplaced: int


def _lock(session: B2BSession) -> B2BSession:
    return B2BSession.objects.select_for_update().get(pk=session.pk)


def _slots(session: B2BSession) -> list[Slot]:
    windows = TimeWindow.objects.filter(session=session).values_list("starts_at", "ends_at")
    return make_slots(list(windows), session.slot_minutes)


def _to_place(meeting: Meeting) -> MeetingToPlace:
    return MeetingToPlace(key=meeting.pk, people=(meeting.requester_id, meeting.recipient_id))


def _placed_meetings(session: B2BSession, slots: Sequence[Slot]) -> dict[MeetingToPlace, Placement]:
    index = {slot.start: position for position, slot in enumerate(slots)}
    placed = Meeting.objects.filter(session=session, status=MeetingStatus.ACCEPTED, starts_at__isnull=False)
    # A meeting at a time that is no longer a slot (windows edited elsewhere) blocks nothing on the grid.
    return {
        _to_place(meeting): Placement(index[meeting.starts_at], meeting.table)
        for meeting in placed
        if meeting.starts_at in index and meeting.table is not None
    }


def _seat(*, meeting: Meeting, slot: Slot, table: int) -> None:
    meeting.starts_at = slot.start
    meeting.table = table
    meeting.save(update_fields=["starts_at", "table", "updated_at"])
    MeetingSeat.objects.bulk_create(
        [
            MeetingSeat(session_id=meeting.session_id, meeting=meeting, user_id=user_id, starts_at=slot.start)
            for user_id in (meeting.requester_id, meeting.recipient_id)
        ]
    )


def _unseat(meetings: Iterable[Meeting]) -> None:
    ids = [meeting.pk for meeting in meetings]
    MeetingSeat.objects.filter(meeting_id__in=ids).delete()
    Meeting.objects.filter(pk__in=ids).update(starts_at=None, table=None, updated_at=timezone.now())


def _is_participant(event: Event, user: Any) -> bool:
    return Registration.objects.filter(event=event, user=user, status=RegistrationStatus.CONFIRMED).exists()


def _check_windows(*, event: Event, windows: Sequence[Window], slot_minutes: int) -> None:
    if not windows:
        raise ValidationError({"windows": _("Podaj co najmniej jeden przedział czasu na spotkania.")})
    for starts_at, ends_at in windows:
        if ends_at <= starts_at:
            raise ValidationError({"windows": _("Każdy przedział musi kończyć się później, niż się zaczyna.")})
        if starts_at < event.starts_at or ends_at > event.ends_at:
            raise ValidationError({"windows": _("Przedziały na spotkania muszą mieścić się w czasie wydarzenia.")})
    if not make_slots(windows, slot_minutes):
        raise ValidationError({"windows": _("W podanych przedziałach nie mieści się ani jedno spotkanie.")})


@transaction.atomic
def session_save(
    *,
    event: Event,
    by: Any,
    slot_minutes: int,
    tables: int,
    windows: Sequence[Window],
    request_deadline: datetime.datetime | None = None,
    is_enabled: bool = True,
) -> B2BSession:
    """Creates or changes the event's B2B session.

    Side effects: replaces the time windows; meetings whose slot or table no longer exists lose their
    place, and every accepted meeting without a place is then planned around the others."""
    _check_windows(event=event, windows=windows, slot_minutes=slot_minutes)
    if request_deadline is not None and request_deadline > event.ends_at:
        raise ValidationError({"request_deadline": _("Termin próśb o spotkanie nie może być po końcu wydarzenia.")})
    session = B2BSession.objects.select_for_update().filter(event=event).first()
    if session is None:
        session = B2BSession(event=event, created_by=by)
    session.is_enabled = is_enabled
    session.slot_minutes = slot_minutes
    session.tables = tables
    session.request_deadline = request_deadline
    session.full_clean()
    session.save()
    TimeWindow.objects.filter(session=session).delete()
    for starts_at, ends_at in sorted(windows):
        window = TimeWindow(session=session, starts_at=starts_at, ends_at=ends_at)
        window.full_clean()
        window.save()
    starts = {slot.start for slot in _slots(session)}
    stale = [
        meeting
        for meeting in Meeting.objects.filter(session=session, starts_at__isnull=False)
        if meeting.starts_at not in starts or (meeting.table or 0) > session.tables
    ]
    _unseat(stale)
    _plan(session=session, rearrange=False)
    session.event = event
    return session


def _plan(*, session: B2BSession, rearrange: bool) -> ScheduleResult:
    slots = _slots(session)
    accepted = Meeting.objects.filter(session=session, status=MeetingStatus.ACCEPTED)
    if rearrange:
        _unseat(accepted.filter(starts_at__isnull=False))
    fixed = _placed_meetings(session, slots)
    waiting = {meeting.pk: meeting for meeting in accepted.filter(starts_at__isnull=True)}
    plan = schedule(
        [_to_place(meeting) for meeting in waiting.values()], slot_count=len(slots), tables=session.tables, fixed=fixed
    )
    try:
        # A savepoint, so that a plan that lost a race leaves the outer transaction usable.
        with transaction.atomic():
            for key, placement in plan.placed.items():
                _seat(meeting=waiting[key], slot=slots[placement.slot], table=placement.table)
    except IntegrityError as error:
        raise ValidationError(_("Plan spotkań zmienił się w międzyczasie. Spróbuj ponownie.")) from error
    return ScheduleResult(placed=len(plan.placed), unplaced=len(plan.unplaced))


@transaction.atomic
def session_schedule(*, session: B2BSession, by: Any, rearrange: bool = False) -> ScheduleResult:
    """Plans the accepted meetings that have no place yet, around those that have one; with `rearrange`,
    plans all of them afresh (people's agendas may change). Returns how many were placed and left out."""
    locked = _lock(session)
    return _plan(session=locked, rearrange=rearrange)


@transaction.atomic
def profile_save(
    *,
    session: B2BSession,
    user: Any,
    offer: str,
    seek: str,
    organisation: Organisation | None = None,
    competences: Iterable[Competence] = (),
) -> B2BProfile:
    """Publishes or updates the participant's B2B profile; the directory shows it at once."""
    if not session.is_enabled or not _is_participant(session.event, user):
        raise ValidationError(_("Profil B2B mogą opublikować tylko osoby zapisane na wydarzenie."))
    if organisation is not None and organisation.pk not in {o.pk for o in acting_organisations(user)}:
        raise ValidationError({"organisation": _("Możesz wskazać tylko organizację, do której należysz.")})
    profile = B2BProfile.objects.filter(session=session, user=user).first() or B2BProfile(session=session, user=user)
    profile.organisation = organisation
    profile.offer = offer.strip()
    profile.seek = seek.strip()
    profile.full_clean()
    profile.save()
    profile.competences.set(list(competences))
    return profile


@transaction.atomic
def meeting_request(
    *, session: B2BSession, requester: Any, recipient: Any, message: str = "", now: datetime.datetime | None = None
) -> Meeting:
    """Asks `recipient` for a one-to-one meeting. Side effect: notifies the recipient (at once, by default)."""
    now = now or timezone.now()
    event = session.event
    if requester.pk == recipient.pk:
        raise ValidationError(_("Nie można umówić spotkania z samym sobą."))
    if not session.is_enabled or now >= session.requests_close_at:
        raise ValidationError(_("Prośby o spotkania B2B na to wydarzenie są już zamknięte."))
    if not _is_participant(event, requester) or not _is_participant(event, recipient):
        raise ValidationError(_("Spotkania B2B umawiają tylko osoby zapisane na wydarzenie."))
    profiles = set(B2BProfile.objects.filter(session=session, user__in=[requester, recipient]).values_list("user_id"))
    if (requester.pk,) not in profiles:
        raise ValidationError(_("Najpierw opublikuj swój profil B2B: druga strona zobaczy, co oferujesz."))
    if (recipient.pk,) not in profiles:
        raise ValidationError(_("Ta osoba nie ma profilu B2B na tym wydarzeniu."))
    meeting = Meeting(session=session, requester=requester, recipient=recipient, message=message.strip())
    meeting.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            meeting.save()
    except IntegrityError as error:
        raise ValidationError(_("Z tą osobą już macie prośbę o spotkanie albo umówione spotkanie.")) from error
    notify(
        verb="b2b.requested",
        target=event,
        actor=requester,
        recipients=[recipient],
        summary=_("%(name)s prosi o spotkanie B2B: %(title)s") % {"name": requester, "title": event.title},
        in_stream=False,
    )
    return meeting


def _place_one(*, session: B2BSession, meeting: Meeting) -> None:
    """The earliest free slot for a just-accepted meeting; nobody else's meeting moves. No slot: no place."""
    locked = _lock(session)
    slots = _slots(locked)
    placement = place_earliest(
        _to_place(meeting), slot_count=len(slots), tables=locked.tables, fixed=_placed_meetings(locked, slots)
    )
    if placement is None:
        return
    try:
        with transaction.atomic():
            _seat(meeting=meeting, slot=slots[placement.slot], table=placement.table)
    except IntegrityError:
        # Lost a race the lock should have prevented: the meeting stays accepted, without a place,
        # and the organiser's "plan" picks it up.
        meeting.starts_at = meeting.table = None


@transaction.atomic
def meeting_answer(*, meeting: Meeting, by: Any, accept: bool, now: datetime.datetime | None = None) -> Meeting:
    """The recipient accepts or declines. An accepted meeting goes into the earliest slot free for both.

    Side effect: notifies the requester (at once, by default)."""
    now = now or timezone.now()
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if locked.status != MeetingStatus.PENDING:
        raise ValidationError(_("Na tę prośbę już odpowiedziano albo została wycofana."))
    if locked.recipient_id != by.pk:
        raise ValidationError(_("Na prośbę odpowiada osoba, do której ją wysłano."))
    if meeting.session.event.has_ended(now):
        raise ValidationError(_("Wydarzenie już się odbyło."))
    meeting.status = MeetingStatus.ACCEPTED if accept else MeetingStatus.DECLINED
    meeting.answered_at = now
    meeting.save(update_fields=["status", "answered_at", "updated_at"])
    if accept:
        _place_one(session=meeting.session, meeting=meeting)
    event = meeting.session.event
    if accept:
        summary = _("%(name)s przyjmuje spotkanie B2B: %(title)s")
    else:
        summary = _("%(name)s nie przyjmuje spotkania B2B: %(title)s")
    notify(
        verb="b2b.answered",
        target=event,
        actor=by,
        recipients=[meeting.requester],
        summary=summary % {"name": by, "title": event.title},
        in_stream=False,
    )
    return meeting


@transaction.atomic
def meeting_withdraw(*, meeting: Meeting, by: Any) -> Meeting:
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if locked.status != MeetingStatus.PENDING:
        raise ValidationError(_("Na tę prośbę już odpowiedziano albo została wycofana."))
    meeting.status = MeetingStatus.WITHDRAWN
    meeting.save(update_fields=["status", "updated_at"])
    return meeting


def _call_off(meeting: Meeting, *, by: Any, now: datetime.datetime) -> None:
    """Marks an open meeting cancelled and frees its seats; the caller holds the meeting's row lock."""
    MeetingSeat.objects.filter(meeting=meeting).delete()
    meeting.status = MeetingStatus.CANCELLED
    meeting.cancelled_by = by
    meeting.cancelled_at = now
    meeting.starts_at = meeting.table = None
    meeting.save(update_fields=["status", "cancelled_by", "cancelled_at", "starts_at", "table", "updated_at"])


def _place_waiting(session: B2BSession) -> None:
    """Accepted meetings still without a place take freed slots, in the order they were accepted."""
    waiting = Meeting.objects.filter(session=session, status=MeetingStatus.ACCEPTED, starts_at__isnull=True)
    for meeting in waiting.order_by("answered_at", "pk"):
        _place_one(session=session, meeting=meeting)


@transaction.atomic
def meeting_cancel(*, meeting: Meeting, by: Any, now: datetime.datetime | None = None) -> Meeting:
    """Either side calls an accepted meeting off before it takes place. Its slot and table go free, and
    meetings that were waiting for a place may take them; nobody else's meeting moves.

    Side effect: notifies the other side (at once, by default)."""
    now = now or timezone.now()
    locked = Meeting.objects.select_for_update().select_related("session__event").get(pk=meeting.pk)
    if locked.status != MeetingStatus.ACCEPTED:
        raise ValidationError(_("Odwołać można tylko umówione spotkanie."))
    if by.pk not in (locked.requester_id, locked.recipient_id):
        raise ValidationError(_("Spotkanie odwołuje jedna z jego stron."))
    if locked.has_taken_place(now):
        raise ValidationError(_("To spotkanie już się odbyło — nie można go odwołać."))
    _call_off(meeting, by=by, now=now)
    _place_waiting(meeting.session)
    event = meeting.session.event
    notify(
        verb="b2b.cancelled",
        target=event,
        actor=by,
        recipients=[meeting.partner_of(by)],
        summary=_("%(name)s odwołuje spotkanie B2B: %(title)s") % {"name": by, "title": event.title},
        in_stream=False,
    )
    return meeting


def meetings_release(*, event: Event, user: Any, now: datetime.datetime) -> int:
    """Someone gave up their place at the event: their pending requests and agreed meetings are called off,
    the people they were to meet are told, and the freed slots go to meetings waiting for one.

    Runs inside the caller's transaction (the events app's registration_cancel). Returns how many."""
    session = B2BSession.objects.filter(event=event).first()
    if session is None:
        return 0
    _lock(session)
    open_meetings = list(
        Meeting.objects.select_for_update()
        .filter(session=session, status__in=[MeetingStatus.PENDING, MeetingStatus.ACCEPTED])
        .involving(user)
        .select_related("requester", "recipient")
    )
    for meeting in open_meetings:
        _call_off(meeting, by=user, now=now)
    if not open_meetings:
        return 0
    _place_waiting(session)
    notify(
        verb="b2b.cancelled",
        target=event,
        actor=user,
        recipients=[meeting.partner_of(user) for meeting in open_meetings],
        summary=_("%(name)s nie weźmie udziału w wydarzeniu, więc spotkanie B2B jest odwołane: %(title)s")
        % {"name": user, "title": event.title},
        in_stream=False,
    )
    return len(open_meetings)


@transaction.atomic
def outcome_record(
    *, meeting: Meeting, user: Any, outcome: str, note: str = "", now: datetime.datetime | None = None
) -> MeetingOutcome:
    """Records (or corrects) what one side says came of the meeting."""
    now = now or timezone.now()
    if meeting.status != MeetingStatus.ACCEPTED or user.pk not in (meeting.requester_id, meeting.recipient_id):
        raise ValidationError(_("Efekt zapisują tylko uczestnicy umówionego spotkania."))
    if not meeting.has_taken_place(now):
        raise ValidationError(_("Efekt spotkania można zapisać, kiedy spotkanie już się odbyło."))
    record = MeetingOutcome.objects.filter(meeting=meeting, user=user).first() or MeetingOutcome(
        meeting=meeting, user=user
    )
    record.outcome = outcome
    record.note = note.strip()
    record.full_clean()
    record.save()
    return record

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from platforma.accounts.tests.factories import UserFactory
from platforma.community.b2b import services
from platforma.community.b2b.models import (
    B2BProfile,
    B2BSession,
    Meeting,
    MeetingOutcome,
    MeetingSeat,
    MeetingStatus,
    Outcome,
    TimeWindow,
)
from platforma.community.b2b.tests.factories import MeetingFactory, ProfileFactory, RegistrationFactory, local
from platforma.community.events.models import RegistrationStatus
from platforma.community.notifications.models import Activity, Notification

LATER = timezone.now() + datetime.timedelta(days=30)


def day_of(event):
    return timezone.localdate(event.starts_at)


def add_participant(session, user=None, **profile):
    user = user or UserFactory()
    RegistrationFactory(event=session.event, user=user)
    ProfileFactory(session=session, user=user, **profile)
    return user


def accepted(session, first, second, **kwargs):
    meeting = services.meeting_request(session=session, requester=first, recipient=second)
    return services.meeting_answer(meeting=meeting, by=second, accept=True, **kwargs)


# --- session -----------------------------------------------------------------------------------------


def test_organiser_sets_up_a_session_with_windows(event, bogdan):
    day = day_of(event)
    session = services.session_save(
        event=event,
        by=bogdan,
        slot_minutes=30,
        tables=4,
        windows=[(local(day, 13), local(day, 14)), (local(day, 10), local(day, 12))],
    )
    assert session.tables == 4
    assert session.created_by == bogdan
    assert list(TimeWindow.objects.filter(session=session).values_list("starts_at", flat=True)) == [
        local(day, 10),
        local(day, 13),
    ]


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ([], "co najmniej jeden"),
        ([(7, 8)], "w czasie wydarzenia"),
        ([(10, 17)], "w czasie wydarzenia"),
    ],
)
def test_windows_outside_the_event_or_missing_are_refused(event, bogdan, hours, message):
    day = day_of(event)
    with pytest.raises(ValidationError, match=message):
        services.session_save(
            event=event,
            by=bogdan,
            slot_minutes=20,
            tables=2,
            windows=[(local(day, a), local(day, b)) for a, b in hours],
        )
    assert not B2BSession.objects.exists()


def test_a_window_too_short_for_one_meeting_is_refused(event, bogdan):
    day = day_of(event)
    with pytest.raises(ValidationError, match="ani jedno spotkanie"):
        services.session_save(
            event=event, by=bogdan, slot_minutes=45, tables=2, windows=[(local(day, 10), local(day, 10, 30))]
        )


def test_a_request_deadline_after_the_event_is_refused(event, bogdan):
    day = day_of(event)
    with pytest.raises(ValidationError):
        services.session_save(
            event=event,
            by=bogdan,
            slot_minutes=20,
            tables=2,
            windows=[(local(day, 10), local(day, 11))],
            request_deadline=event.ends_at + datetime.timedelta(hours=1),
        )


def test_changing_the_windows_moves_meetings_that_lost_their_slot(session, participants, celina, dawid, bogdan):
    meeting = accepted(session, celina, dawid)
    assert meeting.starts_at == local(day_of(session.event), 10)
    day = day_of(session.event)
    services.session_save(
        event=session.event, by=bogdan, slot_minutes=20, tables=2, windows=[(local(day, 13), local(day, 14))]
    )
    meeting.refresh_from_db()
    assert meeting.starts_at == local(day, 13)
    assert set(MeetingSeat.objects.values_list("starts_at", flat=True)) == {local(day, 13)}


# --- profiles ----------------------------------------------------------------------------------------


def test_a_participant_publishes_a_profile_for_their_organisation(session, celina, ziemia, competence):
    RegistrationFactory(event=session.event, user=celina)
    profile = services.profile_save(
        session=session,
        user=celina,
        offer=" Fitoremediacja ",
        seek="Laboratorium",
        organisation=ziemia,
        competences=[competence],
    )
    assert profile.offer == "Fitoremediacja"
    assert profile.organisation == ziemia
    assert list(profile.competences.all()) == [competence]


def test_saving_again_updates_the_one_profile(session, participants, celina):
    services.profile_save(session=session, user=celina, offer="Nowa oferta", seek="Nowe potrzeby")
    assert B2BProfile.objects.get(session=session, user=celina).offer == "Nowa oferta"
    assert B2BProfile.objects.filter(user=celina).count() == 1


@pytest.mark.parametrize("status", [None, RegistrationStatus.WAITING, RegistrationStatus.CANCELLED])
def test_someone_without_a_confirmed_place_cannot_publish_a_profile(session, ewa, status):
    if status:
        RegistrationFactory(event=session.event, user=ewa, status=status)
    with pytest.raises(ValidationError, match="zapisane na wydarzenie"):
        services.profile_save(session=session, user=ewa, offer="x", seek="y")
    assert not B2BProfile.objects.exists()


def test_a_profile_cannot_name_someone_elses_organisation(session, celina, woda):
    RegistrationFactory(event=session.event, user=celina)
    with pytest.raises(ValidationError):
        services.profile_save(session=session, user=celina, offer="x", seek="y", organisation=woda)


# --- requests ----------------------------------------------------------------------------------------


def test_a_request_is_pending_and_notifies_the_recipient(
    session, participants, celina, dawid, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.meeting_request(session=session, requester=celina, recipient=dawid, message=" Pogadajmy ")
    assert meeting.status == MeetingStatus.PENDING
    assert meeting.message == "Pogadajmy"
    activity = Activity.objects.get(verb="b2b.requested")
    assert activity.target == session.event
    assert activity.in_stream is False
    assert list(Notification.objects.filter(activity=activity).values_list("recipient", flat=True)) == [dawid.pk]


def test_nobody_can_request_a_meeting_with_themselves(session, participants, celina):
    with pytest.raises(ValidationError, match="samym sobą"):
        services.meeting_request(session=session, requester=celina, recipient=celina)


@pytest.mark.parametrize("first_asks", ["celina", "dawid"])
def test_a_second_open_request_between_the_same_pair_is_refused_whoever_asks(
    session, participants, celina, dawid, first_asks
):
    first, second = (celina, dawid) if first_asks == "celina" else (dawid, celina)
    services.meeting_request(session=session, requester=first, recipient=second)
    with pytest.raises(ValidationError, match="już macie"):
        services.meeting_request(session=session, requester=celina, recipient=dawid)
    assert Meeting.objects.count() == 1


def test_after_a_decline_the_pair_may_try_again(session, participants, celina, dawid):
    meeting = services.meeting_request(session=session, requester=celina, recipient=dawid)
    services.meeting_answer(meeting=meeting, by=dawid, accept=False)
    services.meeting_request(session=session, requester=celina, recipient=dawid)
    assert Meeting.objects.filter(status=MeetingStatus.PENDING).count() == 1


def test_the_database_refuses_a_second_open_request_in_the_reverse_direction(session, celina, dawid):
    MeetingFactory(session=session, requester=celina, recipient=dawid)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingFactory(session=session, requester=dawid, recipient=celina, status=MeetingStatus.ACCEPTED)


def test_requests_need_both_profiles_and_both_places(session, participants, celina, ewa):
    with pytest.raises(ValidationError, match="zapisane"):
        services.meeting_request(session=session, requester=celina, recipient=ewa)
    RegistrationFactory(event=session.event, user=ewa)
    with pytest.raises(ValidationError, match="nie ma profilu"):
        services.meeting_request(session=session, requester=celina, recipient=ewa)
    with pytest.raises(ValidationError, match="Najpierw opublikuj"):
        services.meeting_request(session=session, requester=ewa, recipient=celina)
    assert not Meeting.objects.exists()


def test_requests_close_at_the_deadline(session, participants, celina, dawid):
    session.request_deadline = timezone.now() + datetime.timedelta(days=1)
    session.save()
    with pytest.raises(ValidationError, match="zamknięte"):
        services.meeting_request(
            session=session, requester=celina, recipient=dawid, now=timezone.now() + datetime.timedelta(days=2)
        )


# --- answers and placing -----------------------------------------------------------------------------


def test_an_accepted_meeting_takes_the_earliest_free_slot_and_notifies_the_requester(
    session, participants, celina, dawid, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = accepted(session, celina, dawid)
    assert meeting.status == MeetingStatus.ACCEPTED
    assert (meeting.starts_at, meeting.table) == (local(day_of(session.event), 10), 1)
    assert set(MeetingSeat.objects.values_list("user", flat=True)) == {celina.pk, dawid.pk}
    activity = Activity.objects.get(verb="b2b.answered")
    assert list(Notification.objects.filter(activity=activity).values_list("recipient", flat=True)) == [celina.pk]


def test_a_declined_meeting_takes_no_place(session, participants, celina, dawid):
    meeting = services.meeting_request(session=session, requester=celina, recipient=dawid)
    services.meeting_answer(meeting=meeting, by=dawid, accept=False)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.DECLINED
    assert meeting.starts_at is None
    assert not MeetingSeat.objects.exists()


def test_only_the_recipient_answers_and_only_once(session, participants, celina, dawid):
    meeting = services.meeting_request(session=session, requester=celina, recipient=dawid)
    with pytest.raises(ValidationError):
        services.meeting_answer(meeting=meeting, by=celina, accept=True)
    services.meeting_answer(meeting=meeting, by=dawid, accept=True)
    with pytest.raises(ValidationError, match="już odpowiedziano"):
        services.meeting_answer(meeting=meeting, by=dawid, accept=False)
    assert Meeting.objects.get().status == MeetingStatus.ACCEPTED


def test_a_person_busy_in_the_first_slot_gets_the_next_one_and_nobody_else_moves(session, participants, celina, dawid):
    first = accepted(session, celina, dawid)
    ola = add_participant(session)
    second = accepted(session, ola, celina)
    first.refresh_from_db()
    day = day_of(session.event)
    assert first.starts_at == local(day, 10)
    assert second.starts_at == local(day, 10, 20)


def test_when_every_slot_is_full_an_accepted_meeting_waits_without_a_place(session, participants, celina, dawid):
    session.tables = 1
    session.save()
    others = [add_participant(session) for _ in range(6)]
    for first, second in zip(others[::2], others[1::2], strict=True):
        accepted(session, first, second)
    meeting = accepted(session, celina, dawid)
    assert meeting.status == MeetingStatus.ACCEPTED
    assert meeting.starts_at is None
    assert Meeting.objects.filter(starts_at__isnull=False).count() == 3


def test_the_database_refuses_to_seat_a_person_twice_in_one_slot(session, celina, dawid, ewa):
    at = local(day_of(session.event), 10)
    one = MeetingFactory(session=session, requester=celina, recipient=dawid, status=MeetingStatus.ACCEPTED)
    two = MeetingFactory(session=session, requester=celina, recipient=ewa, status=MeetingStatus.ACCEPTED)
    MeetingSeat.objects.create(session=session, meeting=one, user=celina, starts_at=at)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingSeat.objects.create(session=session, meeting=two, user=celina, starts_at=at)


def test_the_database_refuses_two_meetings_at_one_table_in_one_slot(session, celina, dawid, ewa, olek):
    at = local(day_of(session.event), 10)
    MeetingFactory(
        session=session, requester=celina, recipient=dawid, status=MeetingStatus.ACCEPTED, starts_at=at, table=1
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingFactory(
            session=session, requester=ewa, recipient=olek, status=MeetingStatus.ACCEPTED, starts_at=at, table=1
        )


def test_the_database_refuses_a_place_for_a_meeting_that_was_not_accepted(session, celina, dawid):
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingFactory(
            session=session, requester=celina, recipient=dawid, starts_at=local(day_of(session.event), 10), table=1
        )


def test_a_seat_taken_behind_the_planners_back_makes_the_plan_fail_cleanly(session, participants, celina, dawid):
    meeting = services.meeting_request(session=session, requester=celina, recipient=dawid)
    Meeting.objects.filter(pk=meeting.pk).update(status=MeetingStatus.ACCEPTED)
    # A stray seat for celina at 10:00 that no meeting on the grid accounts for (as a racing writer would leave).
    ghost = MeetingFactory(session=session, requester=celina, recipient=UserFactory(), status=MeetingStatus.DECLINED)
    MeetingSeat.objects.create(session=session, meeting=ghost, user=celina, starts_at=local(day_of(session.event), 10))
    with pytest.raises(ValidationError, match="zmienił się"):
        services.session_schedule(session=session, by=None)
    assert Meeting.objects.get(pk=meeting.pk).starts_at is None


def test_scheduling_places_waiting_meetings_around_those_already_placed(session, participants, celina, dawid, bogdan):
    placed = accepted(session, celina, dawid)
    ola, piotr = add_participant(session), add_participant(session)
    waiting = services.meeting_request(session=session, requester=ola, recipient=piotr)
    Meeting.objects.filter(pk=waiting.pk).update(status=MeetingStatus.ACCEPTED)
    result = services.session_schedule(session=session, by=bogdan)
    assert (result.placed, result.unplaced) == (1, 0)
    waiting.refresh_from_db()
    assert (waiting.starts_at, waiting.table) == (placed.starts_at, 2)


def test_rearranging_plans_everything_afresh_without_double_booking(session, participants, celina, dawid, bogdan):
    session.tables = 1
    session.save()
    ola = add_participant(session)
    accepted(session, celina, dawid)
    accepted(session, ola, celina)
    result = services.session_schedule(session=session, by=bogdan, rearrange=True)
    assert (result.placed, result.unplaced) == (2, 0)
    starts = list(Meeting.objects.filter(starts_at__isnull=False).values_list("starts_at", flat=True))
    assert len(set(starts)) == 2
    assert MeetingSeat.objects.count() == 4


# --- outcomes ----------------------------------------------------------------------------------------


def test_an_outcome_can_be_recorded_only_after_the_meeting(session, participants, celina, dawid):
    meeting = accepted(session, celina, dawid)
    with pytest.raises(ValidationError, match="już się odbyło"):
        services.outcome_record(meeting=meeting, user=celina, outcome=Outcome.FOLLOW_UP)
    services.outcome_record(meeting=meeting, user=celina, outcome=Outcome.FOLLOW_UP, note="Oferta do piątku", now=LATER)
    services.outcome_record(meeting=meeting, user=celina, outcome=Outcome.COOPERATION, now=LATER)
    record = MeetingOutcome.objects.get()
    assert (record.outcome, record.note) == (Outcome.COOPERATION, "")


def test_an_outcome_is_recorded_only_by_the_two_sides_of_an_accepted_meeting(session, participants, celina, dawid, ewa):
    meeting = accepted(session, celina, dawid)
    with pytest.raises(ValidationError):
        services.outcome_record(meeting=meeting, user=ewa, outcome=Outcome.NONE, now=LATER)
    pending = services.meeting_request(session=session, requester=add_participant(session), recipient=celina)
    with pytest.raises(ValidationError):
        services.outcome_record(meeting=pending, user=celina, outcome=Outcome.NONE, now=LATER)
    assert not MeetingOutcome.objects.exists()


def test_an_unknown_outcome_is_refused(session, participants, celina, dawid):
    meeting = accepted(session, celina, dawid)
    with pytest.raises(ValidationError):
        services.outcome_record(meeting=meeting, user=celina, outcome="wonderful", now=LATER)

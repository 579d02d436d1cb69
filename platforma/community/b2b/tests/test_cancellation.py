"""Calling off an agreed meeting: by either side, or because someone gave up their place at the event."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from platforma.accounts.tests.factories import UserFactory
from platforma.community.b2b import permissions, services
from platforma.community.b2b.models import Meeting, MeetingSeat, MeetingStatus
from platforma.community.b2b.tests.conftest import ROLES
from platforma.community.b2b.tests.factories import MeetingFactory, ProfileFactory, RegistrationFactory, local
from platforma.community.events import services as event_services
from platforma.community.events.models import Registration, RegistrationStatus
from platforma.community.notifications.models import Activity, Notification

HX = {"HTTP_HX_REQUEST": "true"}
NOW = timezone.now()
LATER = NOW + datetime.timedelta(days=30)


def url(name, session, **kwargs):
    return reverse(f"b2b:{name}", kwargs={"event_pk": session.event_id, **kwargs})


def add_participant(session):
    user = UserFactory()
    RegistrationFactory(event=session.event, user=user)
    ProfileFactory(session=session, user=user)
    return user


def accepted(session, first, second):
    meeting = services.meeting_request(session=session, requester=first, recipient=second)
    return services.meeting_answer(meeting=meeting, by=second, accept=True)


def notified(verb):
    return set(Notification.objects.filter(activity__verb=verb).values_list("recipient", flat=True))


@pytest.fixture
def meeting(session, participants, celina, dawid):
    return accepted(session, celina, dawid)


# --- services ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("side", "other"), [("celina", "dawid"), ("dawid", "celina")])
def test_either_side_calls_a_meeting_off_and_the_other_is_told(
    session, meeting, side, other, request, django_capture_on_commit_callbacks
):
    by, partner = request.getfixturevalue(side), request.getfixturevalue(other)
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_cancel(meeting=meeting, by=by)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED
    assert (meeting.cancelled_by, meeting.starts_at, meeting.table) == (by, None, None)
    assert meeting.cancelled_at is not None
    assert not MeetingSeat.objects.exists()
    assert notified("b2b.cancelled") == {partner.pk}


def test_a_meeting_waiting_for_a_place_takes_the_freed_slot(session, participants, celina, dawid):
    session.tables = 1
    session.save()
    pairs = [(add_participant(session), add_participant(session)) for _ in range(3)]
    placed = [accepted(session, first, second) for first, second in pairs]
    waiting = accepted(session, celina, dawid)
    assert waiting.starts_at is None
    freed_at = placed[1].starts_at

    services.meeting_cancel(meeting=placed[1], by=pairs[1][0])

    waiting.refresh_from_db()
    assert (waiting.starts_at, waiting.table) == (freed_at, 1)
    assert set(MeetingSeat.objects.filter(meeting=waiting).values_list("user", flat=True)) == {celina.pk, dawid.pk}
    for other in (placed[0], placed[2]):
        before = other.starts_at
        other.refresh_from_db()
        assert other.starts_at == before


def test_only_an_agreed_meeting_that_has_not_taken_place_is_called_off(session, participants, celina, dawid, ewa):
    pending = services.meeting_request(session=session, requester=celina, recipient=dawid)
    with pytest.raises(ValidationError, match="tylko umówione"):
        services.meeting_cancel(meeting=pending, by=celina)
    services.meeting_answer(meeting=pending, by=dawid, accept=True)
    with pytest.raises(ValidationError, match="jedna z jego stron"):
        services.meeting_cancel(meeting=pending, by=ewa)
    pending.refresh_from_db()
    with pytest.raises(ValidationError, match="już się odbyło"):
        services.meeting_cancel(meeting=pending, by=celina, now=pending.starts_at + datetime.timedelta(minutes=5))
    pending.refresh_from_db()
    assert pending.status == MeetingStatus.ACCEPTED
    assert MeetingSeat.objects.count() == 2


def test_after_a_cancellation_the_pair_may_agree_again(session, meeting, celina, dawid):
    services.meeting_cancel(meeting=meeting, by=celina)
    again = accepted(session, dawid, celina)
    assert again.status == MeetingStatus.ACCEPTED
    assert again.starts_at is not None


def test_giving_up_the_place_calls_off_the_persons_meetings_and_tells_the_others(
    session, participants, celina, dawid, django_capture_on_commit_callbacks
):
    ola, jan, ula = (add_participant(session) for _ in range(3))
    agreed = accepted(session, celina, dawid)
    received = services.meeting_request(session=session, requester=ola, recipient=celina)
    sent = services.meeting_request(session=session, requester=celina, recipient=jan)
    others = accepted(session, ola, ula)
    registration = Registration.objects.get(event=session.event, user=celina)

    with django_capture_on_commit_callbacks(execute=True):
        event_services.registration_cancel(registration=registration, by=celina)

    for meeting in (agreed, received, sent):
        meeting.refresh_from_db()
        assert (meeting.status, meeting.cancelled_by) == (MeetingStatus.CANCELLED, celina)
    assert not MeetingSeat.objects.filter(user=celina).exists()
    others.refresh_from_db()
    assert others.status == MeetingStatus.ACCEPTED
    assert notified("b2b.cancelled") == {dawid.pk, ola.pk, jan.pk}
    activity = Activity.objects.get(verb="b2b.cancelled")
    assert "nie weźmie udziału" in activity.summary


def test_a_place_given_up_at_an_event_without_b2b_changes_nothing_else(participants, celina, ewa, session):
    from platforma.community.b2b.tests.factories import EventFactory

    other_event = EventFactory(organiser=session.event.organiser)
    registration = RegistrationFactory(event=other_event, user=celina)
    agreed = accepted(session, celina, participants["dawid"].user)
    event_services.registration_cancel(registration=registration, by=celina)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    agreed.refresh_from_db()
    assert agreed.status == MeetingStatus.ACCEPTED
    assert not Activity.objects.filter(verb="b2b.cancelled").exists()


# --- permissions -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "scheduled", "when", "expected"),
    [
        (MeetingStatus.ACCEPTED, True, NOW, {"celina"}),
        (MeetingStatus.ACCEPTED, True, LATER, set()),
        (MeetingStatus.ACCEPTED, False, NOW, {"celina"}),
        (MeetingStatus.ACCEPTED, False, LATER, set()),
        (MeetingStatus.PENDING, False, NOW, set()),
        (MeetingStatus.CANCELLED, False, NOW, set()),
    ],
)
def test_who_may_call_a_meeting_off(everyone, session, dawid, status, scheduled, when, expected):
    meeting = MeetingFactory(session=session, requester=everyone["celina"], recipient=dawid, status=status)
    if scheduled:
        meeting.starts_at = local(timezone.localdate(session.event.starts_at), 10)
        meeting.table = 1
    assert {role for role in ROLES if permissions.can_cancel(everyone[role], meeting, now=when)} == expected


# --- views -------------------------------------------------------------------------------------------


def test_the_agenda_offers_to_call_an_agreed_meeting_off(client_for, session, meeting, dawid):
    body = client_for(dawid).get(url("agenda", session)).content.decode()
    assert url("cancel", session, meeting_pk=meeting.pk) in body
    assert "Odwołaj spotkanie" in body


def test_a_side_calls_the_meeting_off_with_htmx(client_for, session, meeting, dawid):
    response = client_for(dawid).post(url("cancel", session, meeting_pk=meeting.pk), **HX)
    body = response.content.decode()
    assert "Odwołano spotkanie z: Celina Członkowska" in body
    assert "odwołane przez Ciebie" in body
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED


def test_without_javascript_the_cancellation_redirects_to_the_agenda(client_for, session, meeting, celina, dawid):
    response = client_for(celina).post(url("cancel", session, meeting_pk=meeting.pk))
    assert response.status_code == 302
    assert response["Location"] == url("agenda", session)
    assert "odwołane przez Ciebie" in client_for(celina).get(url("agenda", session)).content.decode()
    partner_view = client_for(dawid).get(url("agenda", session)).content.decode()
    assert "odwołane przez rozmówcę" in partner_view
    assert url("cancel", session, meeting_pk=meeting.pk) not in partner_view


@pytest.mark.parametrize("role", ["ewa", "olek", "bogdan", "anna"])
def test_strangers_cannot_call_a_meeting_off(client_for, session, meeting, role, request):
    response = client_for(request.getfixturevalue(role)).post(url("cancel", session, meeting_pk=meeting.pk))
    assert response.status_code in (403, 404)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.ACCEPTED
    assert MeetingSeat.objects.count() == 2


def test_an_anonymous_visitor_is_sent_to_log_in_and_nothing_changes(client, session, meeting):
    response = client.post(url("cancel", session, meeting_pk=meeting.pk))
    assert response.status_code == 302
    assert "/konto/" in response["Location"] or "login" in response["Location"]
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.ACCEPTED


def test_a_meeting_already_held_cannot_be_called_off_through_the_page(client_for, session, meeting, celina):
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - datetime.timedelta(hours=1))
    assert client_for(celina).post(url("cancel", session, meeting_pk=meeting.pk)).status_code == 403
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.ACCEPTED


@pytest.mark.parametrize("meeting_pk", [0, 999999])
def test_an_unknown_meeting_is_not_found(client_for, session, participants, celina, meeting_pk):
    assert client_for(celina).post(url("cancel", session, meeting_pk=meeting_pk)).status_code == 404


# --- the whole event called off ----------------------------------------------------------------------


def test_when_the_event_is_called_off_the_b2b_page_says_so(client_for, session, meeting, dawid, bogdan):
    assert "zostało odwołane" not in client_for(dawid).get(url("session", session)).content.decode()
    event_services.event_cancel(event=session.event, by=bogdan)
    body = client_for(dawid).get(url("session", session)).content.decode()
    assert "To wydarzenie zostało odwołane, więc spotkania B2B się nie odbędą." in body

"""Role × state matrices. Roles: see conftest (celina takes part, bogdan organises, anna coordinates)."""

import datetime

import pytest
from django.utils import timezone

from platforma.community.b2b import permissions
from platforma.community.b2b.models import MeetingStatus
from platforma.community.b2b.tests.conftest import ROLES
from platforma.community.b2b.tests.factories import MeetingFactory, RegistrationFactory, local
from platforma.community.events.models import EventStatus, RegistrationStatus
from platforma.core.models import Visibility

NOW = timezone.now()
LATER = NOW + datetime.timedelta(days=30)


def allowed(everyone, check) -> set[str]:
    return {role for role in ROLES if check(everyone[role])}


def test_participation_and_management(everyone, session):
    assert allowed(everyone, lambda u: permissions.can_take_part(u, session)) == {"celina"}
    assert allowed(everyone, lambda u: permissions.can_view_directory(u, session)) == {"celina", "bogdan", "anna"}
    assert allowed(everyone, lambda u: permissions.can_manage_session(u, session.event)) == {"bogdan", "anna"}
    assert allowed(everyone, lambda u: permissions.can_edit_profile(u, session, now=NOW)) == {"celina"}
    assert allowed(everyone, lambda u: permissions.can_view_outcome_counts(u)) == {"anna"}


@pytest.mark.parametrize(
    ("enabled", "visibility", "expected"),
    [
        (True, Visibility.PUBLIC, set(ROLES)),
        (True, Visibility.MEMBERS, {"ewa", "celina", "bogdan", "anna"}),
        (False, Visibility.PUBLIC, {"bogdan", "anna"}),
    ],
)
def test_who_sees_the_session_page(everyone, session, enabled, visibility, expected):
    session.is_enabled = enabled
    session.event.visibility = visibility
    assert allowed(everyone, lambda u: permissions.can_view_session(u, session)) == expected


@pytest.mark.parametrize(
    ("state", "expected"),
    [("open", {"celina"}), ("after_deadline", set()), ("disabled", set()), ("event_cancelled", set())],
)
def test_who_may_request_a_meeting(everyone, session, state, expected):
    now = NOW
    if state == "after_deadline":
        session.request_deadline = NOW - datetime.timedelta(minutes=1)
    if state == "disabled":
        session.is_enabled = False
    if state == "event_cancelled":
        session.event.status = EventStatus.CANCELLED
    assert allowed(everyone, lambda u: permissions.can_request_meeting(u, session, now=now)) == expected


def test_a_waiting_list_place_is_not_participation(everyone, session, ewa):
    RegistrationFactory(event=session.event, user=ewa, status=RegistrationStatus.WAITING)
    assert not permissions.can_take_part(ewa, session)


@pytest.mark.parametrize(
    ("status", "when", "expected"),
    [
        (MeetingStatus.PENDING, NOW, {"celina"}),
        (MeetingStatus.PENDING, LATER, set()),
        (MeetingStatus.ACCEPTED, NOW, set()),
        (MeetingStatus.WITHDRAWN, NOW, set()),
    ],
)
def test_who_may_answer_a_request(everyone, session, dawid, status, when, expected):
    meeting = MeetingFactory(session=session, requester=dawid, recipient=everyone["celina"], status=status)
    assert allowed(everyone, lambda u: permissions.can_answer(u, meeting, now=when)) == expected


@pytest.mark.parametrize(("status", "expected"), [(MeetingStatus.PENDING, {"celina"}), (MeetingStatus.DECLINED, set())])
def test_who_may_withdraw_a_request(everyone, session, dawid, status, expected):
    meeting = MeetingFactory(session=session, requester=everyone["celina"], recipient=dawid, status=status)
    assert allowed(everyone, lambda u: permissions.can_withdraw(u, meeting)) == expected


@pytest.mark.parametrize(
    ("status", "scheduled", "when", "expected"),
    [
        (MeetingStatus.ACCEPTED, True, LATER, {"celina"}),
        (MeetingStatus.ACCEPTED, True, NOW, set()),
        (MeetingStatus.ACCEPTED, False, LATER, {"celina"}),
        (MeetingStatus.ACCEPTED, False, NOW, set()),
        (MeetingStatus.DECLINED, False, LATER, set()),
    ],
)
def test_who_may_record_an_outcome(everyone, session, dawid, status, scheduled, when, expected):
    meeting = MeetingFactory(session=session, requester=everyone["celina"], recipient=dawid, status=status)
    if scheduled:
        meeting.starts_at = local(timezone.localdate(session.event.starts_at), 10)
        meeting.table = 1
    assert allowed(everyone, lambda u: permissions.can_record_outcome(u, meeting, now=when)) == expected

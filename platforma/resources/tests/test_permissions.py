from datetime import timedelta

import pytest
from django.utils import timezone

from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory
from platforma.resources import permissions, selectors
from platforma.resources.models import BookingStatus
from platforma.resources.tests.conftest import ROLES
from platforma.resources.tests.factories import BookingFactory, ResourceFactory


def matrix_row(check, everyone) -> tuple[int, ...]:
    """What `check(user)` says for each persona, in the order of ROLES: one row of the matrix.
    Rows follow ROLES: anonymous, olek, dawid, ewa (woda), celina, bogdan (ziemia), anna (coordinator).

    All roles in one test, so that a wrong cell shows up next to the whole row it belongs to."""
    return tuple(int(check(everyone[role])) for role in ROLES)


def build(state: str, *, ziemia, inna):
    if state == "suspended_owner":
        inna.cluster_status = ClusterStatus.SUSPENDED
        inna.save(update_fields=["cluster_status"])
    return {
        "listed_by_ziemia": lambda: ResourceFactory(owner=ziemia),
        "listed_by_inna": lambda: ResourceFactory(owner=inna),
        "inactive_by_ziemia": lambda: ResourceFactory(owner=ziemia, is_active=False),
        "inactive_by_inna": lambda: ResourceFactory(owner=inna, is_active=False),
        "suspended_owner": lambda: ResourceFactory(owner=inna),
    }[state]()


VIEW = {
    "listed_by_ziemia": (1, 1, 1, 1, 1, 1, 1),
    "listed_by_inna": (1, 1, 1, 1, 1, 1, 1),
    "inactive_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "inactive_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "suspended_owner": (0, 0, 0, 0, 0, 0, 1),
}

EDIT = {
    "listed_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "listed_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "inactive_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
}

REQUEST = {
    "listed_by_ziemia": (0, 0, 0, 1, 1, 1, 1),
    "listed_by_inna": (0, 0, 0, 1, 1, 1, 1),
    "inactive_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
    "inactive_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "suspended_owner": (0, 0, 0, 0, 0, 0, 0),
}

SEE_REQUESTS = {
    "listed_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "listed_by_inna": (0, 0, 0, 0, 0, 0, 1),
}


@pytest.mark.parametrize("state", list(VIEW))
def test_can_view_and_the_selectors_agree(state, everyone, ziemia, inna):
    resource = build(state, ziemia=ziemia, inna=inna)
    assert matrix_row(lambda user: permissions.can_view(user, resource), everyone) == VIEW[state]
    assert (
        matrix_row(
            lambda user: selectors.resource_visible_queryset(user=user).filter(pk=resource.pk).exists(), everyone
        )
        == VIEW[state]
    )
    assert matrix_row(lambda user: resource in selectors.resource_list_visible(user=user), everyone) == VIEW[state]


@pytest.mark.parametrize("state", list(EDIT))
def test_can_edit(state, everyone, ziemia, inna):
    resource = build(state, ziemia=ziemia, inna=inna)
    assert matrix_row(lambda user: permissions.can_edit(user, resource), everyone) == EDIT[state]


@pytest.mark.parametrize("state", list(REQUEST))
def test_can_request_booking(state, everyone, ziemia, inna):
    resource = build(state, ziemia=ziemia, inna=inna)
    assert matrix_row(lambda user: permissions.can_request_booking(user, resource), everyone) == REQUEST[state]


@pytest.mark.parametrize("state", list(SEE_REQUESTS))
def test_can_see_requests_of_a_resource(state, everyone, ziemia, inna):
    resource = build(state, ziemia=ziemia, inna=inna)
    assert matrix_row(lambda user: permissions.can_see_requests(user, resource), everyone) == SEE_REQUESTS[state]


def test_people_of_member_organisations_list_resources_and_see_requests_to_them(everyone):
    assert matrix_row(permissions.can_create_resource, everyone) == (0, 0, 0, 1, 1, 1, 0)
    assert matrix_row(permissions.can_see_requests_to_me, everyone) == (0, 0, 0, 1, 1, 1, 0)


@pytest.mark.parametrize("cluster_status", [ClusterStatus.APPLICANT, ClusterStatus.SUSPENDED, ClusterStatus.FORMER])
def test_people_of_organisations_outside_the_cluster_neither_list_nor_book(cluster_status, db, inna):
    person = MembershipFactory(organisation=OrganisationFactory(cluster_status=cluster_status)).user
    assert permissions.can_create_resource(person) is False
    assert permissions.can_request_booking(person, ResourceFactory(owner=inna)) is False


def booking_in(state: str, *, ziemia, woda, ewa):
    """A booking of ziemia's resource that ewa asked for on behalf of woda."""
    today = timezone.localdate()
    if state == "approved_past":
        return BookingFactory(
            resource=ResourceFactory(owner=ziemia),
            requested_by=ewa,
            organisation=woda,
            status=BookingStatus.APPROVED,
            starts_on=today - timedelta(days=5),
            ends_on=today - timedelta(days=1),
        )
    return BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa, organisation=woda, status=state)


VIEW_BOOKING = (0, 0, 0, 1, 1, 1, 1)

DECIDE = {
    BookingStatus.REQUESTED: (0, 0, 0, 0, 1, 1, 0),
    BookingStatus.APPROVED: (0, 0, 0, 0, 0, 0, 0),
    BookingStatus.DECLINED: (0, 0, 0, 0, 0, 0, 0),
    BookingStatus.CANCELLED: (0, 0, 0, 0, 0, 0, 0),
}

CANCEL = {
    BookingStatus.REQUESTED: (0, 0, 0, 1, 0, 0, 0),
    BookingStatus.APPROVED: (0, 0, 0, 1, 0, 0, 0),
    "approved_past": (0, 0, 0, 0, 0, 0, 0),
    BookingStatus.DECLINED: (0, 0, 0, 0, 0, 0, 0),
    BookingStatus.CANCELLED: (0, 0, 0, 0, 0, 0, 0),
}


def test_a_booking_is_seen_by_who_asked_the_owner_and_the_coordinator(everyone, ziemia, woda):
    booking = booking_in(BookingStatus.REQUESTED, ziemia=ziemia, woda=woda, ewa=everyone["ewa"])
    assert matrix_row(lambda user: permissions.can_view_booking(user, booking), everyone) == VIEW_BOOKING
    assert (
        matrix_row(lambda user: selectors.booking_visible_queryset(user=user).filter(pk=booking.pk).exists(), everyone)
        == VIEW_BOOKING
    )


@pytest.mark.parametrize("state", list(DECIDE))
def test_the_owner_decides_on_pending_requests_only(state, everyone, ziemia, woda):
    booking = booking_in(state, ziemia=ziemia, woda=woda, ewa=everyone["ewa"])
    assert matrix_row(lambda user: permissions.can_decide_booking(user, booking), everyone) == DECIDE[state]


@pytest.mark.parametrize("state", list(CANCEL))
def test_the_person_who_asked_cancels_until_the_booking_is_over(state, everyone, ziemia, woda):
    booking = booking_in(state, ziemia=ziemia, woda=woda, ewa=everyone["ewa"])
    assert matrix_row(lambda user: permissions.can_cancel_booking(user, booking), everyone) == CANCEL[state]


def test_a_colleague_of_the_organisation_sees_its_booking_but_does_not_cancel_it(ewa, woda, ziemia):
    colleague = MembershipFactory(organisation=woda).user
    booking = booking_in(BookingStatus.REQUESTED, ziemia=ziemia, woda=woda, ewa=ewa)
    assert permissions.can_view_booking(colleague, booking) is True
    assert permissions.can_cancel_booking(colleague, booking) is False

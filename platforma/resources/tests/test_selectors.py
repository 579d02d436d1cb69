from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.utils import timezone

from platforma.resources import selectors
from platforma.resources.models import BookingStatus, ResourceKind
from platforma.resources.tests.factories import BookingFactory, ResourceFactory
from platforma.taxonomy.tests.factories import CompetenceFactory


def names(queryset) -> list[str]:
    return [resource.name for resource in queryset]


def test_filters_by_kind_competence_with_its_children_city_free_and_text(db, inna, woda):
    parent = CompetenceFactory(slug="monitoring-testowy")
    child = CompetenceFactory(slug="powietrze-testowe", parent=parent)
    ResourceFactory(
        owner=inna,
        name="Mobilna stacja jakości powietrza",
        kind=ResourceKind.EQUIPMENT,
        city="Gliwice",
        is_free=True,
        price="",
        competences=[child],
    )
    ResourceFactory(owner=inna, name="Stacja płatna", kind=ResourceKind.EQUIPMENT, city="Gliwice", competences=[child])
    ResourceFactory(
        owner=inna,
        name="Laboratorium powietrza",
        kind=ResourceKind.LABORATORY,
        city="Gliwice",
        is_free=True,
        price="",
        competences=[child],
    )
    ResourceFactory(
        owner=woda,
        name="Stacja w Zabrzu",
        kind=ResourceKind.EQUIPMENT,
        city="Zabrze",
        is_free=True,
        price="",
        competences=[child],
    )

    filters = {"kind": "equipment", "competence": "monitoring-testowy", "city": "gliwice", "free": True, "q": "stacja"}
    assert names(selectors.resource_list_visible(user=AnonymousUser(), filters=filters)) == [
        "Mobilna stacja jakości powietrza"
    ]


@pytest.mark.parametrize(
    "filters", [{"kind": "rakieta"}, {"competence": "nie-ma-takiej"}, {"city": "   "}, {"q": ""}, {"free": False}, None]
)
def test_unknown_or_empty_filters_are_ignored(db, inna, filters):
    ResourceFactory(owner=inna, name="Wiertnica")
    assert names(selectors.resource_list_visible(user=AnonymousUser(), filters=filters)) == ["Wiertnica"]


def test_text_search_also_finds_the_owners_name(db, inna):
    ResourceFactory(owner=inna, name="Wiertnica")
    assert names(selectors.resource_list_visible(user=AnonymousUser(), filters={"q": "Rekultywacyjna"})) == [
        "Wiertnica"
    ]


def test_cities_come_from_visible_resources_only(db, inna):
    ResourceFactory(owner=inna, city="Gliwice")
    ResourceFactory(owner=inna, city="Tajne Miasto", is_active=False)
    assert selectors.resource_cities_visible(user=AnonymousUser()) == ["Gliwice"]


def test_resources_of_an_organisation_leave_switched_off_ones_out_unless_asked(db, inna):
    ResourceFactory(owner=inna, name="B czynny")
    ResourceFactory(owner=inna, name="A wyłączony", is_active=False)
    ResourceFactory(name="Cudzy")
    assert names(selectors.resources_of_organisation(organisation=inna)) == ["B czynny"]
    assert names(selectors.resources_of_organisation(organisation=inna, include_inactive=True)) == [
        "A wyłączony",
        "B czynny",
    ]


@pytest.mark.parametrize("pk", ["abc", None, "999999", "1.5"])
def test_a_malformed_or_unknown_id_is_a_404(db, pk):
    with pytest.raises(Http404):
        selectors.resource_get_for_user(user=AnonymousUser(), pk=pk)
    with pytest.raises(Http404):
        selectors.booking_get_for_user(user=AnonymousUser(), pk=pk)


def test_the_calendar_takes_approved_bookings_that_touch_the_month(db, inna):
    resource = ResourceFactory(owner=inna)
    today = timezone.localdate()
    first = today.replace(day=1)
    inside = BookingFactory(
        resource=resource,
        status=BookingStatus.APPROVED,
        starts_on=first + timedelta(days=1),
        ends_on=first + timedelta(days=2),
    )
    BookingFactory(
        resource=resource, status=BookingStatus.REQUESTED, starts_on=first, ends_on=first + timedelta(days=3)
    )
    BookingFactory(
        resource=resource,
        status=BookingStatus.APPROVED,
        starts_on=first - timedelta(days=40),
        ends_on=first - timedelta(days=35),
    )
    before = BookingFactory(
        resource=resource, status=BookingStatus.APPROVED, starts_on=first - timedelta(days=3), ends_on=first
    )
    found = list(selectors.approved_bookings_between(resource=resource, first=first, last=first + timedelta(days=27)))
    assert found == [before, inside]


def test_my_bookings_and_requests_to_me_filter_by_status(ewa, woda, bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    pending = BookingFactory(resource=resource, requested_by=ewa, organisation=woda)
    approved = BookingFactory(
        resource=resource,
        requested_by=ewa,
        status=BookingStatus.APPROVED,
        starts_on=timezone.localdate() + timedelta(days=30),
        ends_on=timezone.localdate() + timedelta(days=31),
    )
    BookingFactory()  # someone else's, elsewhere

    assert list(selectors.bookings_of_user(user=ewa)) == [approved, pending]
    assert list(selectors.bookings_of_user(user=ewa, status="approved")) == [approved]
    assert list(selectors.bookings_of_user(user=ewa, status="bzdura")) == [approved, pending]
    assert list(selectors.booking_requests_to_user(user=bogdan)) == [pending]
    assert list(selectors.booking_requests_to_user(user=bogdan, status=selectors.ALL_STATUSES)) == [pending, approved]
    assert list(selectors.booking_requests_to_user(user=ewa)) == []
    assert selectors.pending_requests_count(user=bogdan) == 1


def test_a_pending_request_that_collides_with_an_approved_one_is_flagged(bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED)
    colliding = BookingFactory(resource=resource)
    later = timezone.localdate() + timedelta(days=50)
    free = BookingFactory(resource=resource, starts_on=later, ends_on=later)
    flags = {booking.pk: booking.has_conflict for booking in selectors.booking_requests_to_user(user=bogdan)}
    assert flags == {colliding.pk: True, free.pk: False}

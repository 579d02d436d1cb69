from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.resources.models import BookingStatus
from platforma.resources.tests.factories import BookingFactory, ResourceFactory, ResourcePhotoFactory


def url(resource) -> str:
    return reverse("resources:detail", kwargs={"pk": resource.pk})


def this_month() -> date:
    return timezone.localdate().replace(day=1)


def test_visitors_see_the_resource_its_photos_and_which_days_are_taken_but_not_by_whom(client, inna, woda, ewa):
    resource = ResourceFactory(
        owner=inna, name="Wiertnica", description="Wiercenia do **30 m**.", conditions="Tylko z operatorem."
    )
    ResourcePhotoFactory(resource=resource, alt_text="Wiertnica na hałdzie")
    first = this_month()
    BookingFactory(
        resource=resource,
        requested_by=ewa,
        organisation=woda,
        status=BookingStatus.APPROVED,
        starts_on=first,
        ends_on=first + timedelta(days=1),
    )

    response = client.get(url(resource))

    page = response.content.decode()
    assert response.status_code == 200
    assert "<strong>30 m</strong>" in page
    assert "Tylko z operatorem." in page
    assert 'alt="Wiertnica na hałdzie"' in page
    assert page.count('<span class="badge text-bg-danger">zajęte</span>') == 2
    assert woda.name not in page
    assert "Zaloguj się, aby poprosić o rezerwację." in page
    assert reverse("resources:book", kwargs={"pk": resource.pk}) not in page


def test_the_calendar_is_an_accessible_table(client, inna):
    resource = ResourceFactory(owner=inna, name="Wiertnica")
    page = client.get(url(resource), {"miesiac": "2026-02"}).content.decode()
    assert "Wiertnica — rezerwacje, luty 2026" in page
    assert page.count('<th scope="col">') == 8
    # 1 February 2026 is a Sunday: five rows, the first with six empty cells.
    assert page.count('<th scope="row"') == 5
    assert '<abbr title="poniedziałek">pon.</abbr>' in page
    assert "?miesiac=2026-01" in page and "?miesiac=2026-03" in page


def test_members_see_who_booked(client_for, ewa, inna, woda):
    resource = ResourceFactory(owner=inna)
    first = this_month()
    BookingFactory(
        resource=resource,
        requested_by=ewa,
        organisation=woda,
        status=BookingStatus.APPROVED,
        starts_on=first,
        ends_on=first,
    )
    page = client_for(ewa).get(url(resource)).content.decode()
    assert woda.name in page
    assert reverse("resources:book", kwargs={"pk": resource.pk}) in page


def test_the_owner_sees_upcoming_requests_and_an_edit_link(client_for, bogdan, ziemia, ewa):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, requested_by=ewa, purpose="Odwierty na hałdzie")
    page = client_for(bogdan).get(url(resource)).content.decode()
    assert "Nadchodzące rezerwacje i prośby" in page
    assert "oczekuje na decyzję" in page
    assert "Ewa Zewnętrzna" in page
    assert reverse("resources:edit", kwargs={"pk": resource.pk}) in page


@pytest.mark.parametrize("month", ["abc", "2026-13", "9999-99", "", "2026-1", "0000-01", "<script>"])
def test_a_malformed_month_shows_the_current_one(client, inna, month):
    resource = ResourceFactory(owner=inna)
    response = client.get(url(resource), {"miesiac": month})
    assert response.status_code == 200
    assert response.context["month"] == this_month()


def test_the_last_month_of_the_calendar_has_no_next_link(client, inna):
    resource = ResourceFactory(owner=inna)
    response = client.get(url(resource), {"miesiac": "2100-12"})
    assert response.status_code == 200
    assert response.context["next_month"] is None
    assert "Następny miesiąc" not in response.content.decode()


def test_the_htmx_calendar_fragment_changes_the_month_only(client, inna):
    resource = ResourceFactory(owner=inna, name="Wiertnica")
    BookingFactory(
        resource=resource, status=BookingStatus.APPROVED, starts_on=date(2026, 7, 30), ends_on=date(2026, 8, 2)
    )
    response = client.get(
        url(resource), {"miesiac": "2026-08"}, headers={"HX-Request": "true", "HX-Target": "calendar"}
    )
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="calendar"')
    assert "<html" not in page
    assert "sierpień 2026" in page
    assert page.count('<span class="badge text-bg-danger">zajęte</span>') == 2


@pytest.mark.parametrize(
    ("role", "status"), [("anonymous", 404), ("olek", 404), ("ewa", 404), ("bogdan", 200), ("anna", 200)]
)
def test_a_switched_off_resource_is_seen_only_by_its_organisation_and_the_coordinator(
    client, client_for, request, ziemia, role, status
):
    resource = ResourceFactory(owner=ziemia, is_active=False)
    viewer = client if role == "anonymous" else client_for(request.getfixturevalue(role))
    assert viewer.get(url(resource)).status_code == status


def test_an_unknown_resource_is_a_404(client, db):
    assert client.get("/zasoby/999999/").status_code == 404


@pytest.mark.parametrize("rows", [10, 100])
def test_the_number_of_queries_does_not_grow_with_bookings(
    client_for, bogdan, ziemia, rows, django_assert_max_num_queries
):
    resource = ResourceFactory(owner=ziemia)
    first = this_month()
    for number in range(rows):
        # Approved ones on days of their own: the database refuses overlapping approved bookings.
        BookingFactory(
            resource=resource,
            status=BookingStatus.APPROVED if number % 2 else BookingStatus.REQUESTED,
            starts_on=first + timedelta(days=number),
            ends_on=first + timedelta(days=number),
        )
    client = client_for(bogdan)
    with django_assert_max_num_queries(10):
        assert client.get(url(resource)).status_code == 200

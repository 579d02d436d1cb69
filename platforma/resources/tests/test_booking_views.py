from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.resources.models import Booking, BookingStatus
from platforma.resources.tests.factories import BookingFactory, ResourceFactory


def day(offset: int):
    return timezone.localdate() + timedelta(days=offset)


def book_url(resource) -> str:
    return reverse("resources:book", kwargs={"pk": resource.pk})


def decide_url(booking) -> str:
    return reverse("resources:booking_decide", kwargs={"pk": booking.pk})


def cancel_url(booking) -> str:
    return reverse("resources:booking_cancel", kwargs={"pk": booking.pk})


def detail_url(booking) -> str:
    return reverse("resources:booking", kwargs={"pk": booking.pk})


# --- asking ---------------------------------------------------------------------------------------


def test_a_member_asks_for_a_resource_for_their_organisation(
    client_for, ewa, woda, ziemia, bogdan, mailoutbox, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(owner=ziemia)
    data = {
        "acting_as": woda.pk,
        "starts_on": day(3).isoformat(),
        "ends_on": day(4).strftime("%d.%m.%Y"),
        "purpose": "Pomiary",
    }

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(ewa).post(book_url(resource), data)

    booking = Booking.objects.get()
    assert response.status_code == 302
    assert response.url == detail_url(booking)
    assert (booking.requested_by, booking.organisation, booking.starts_on, booking.ends_on) == (
        ewa,
        woda,
        day(3),
        day(4),
    )
    assert len(mailoutbox) == 1


def test_the_coordinator_asks_in_her_own_name(client_for, anna, ziemia):
    resource = ResourceFactory(owner=ziemia)
    page = client_for(anna).get(book_url(resource)).content.decode()
    assert 'type="hidden" name="acting_as"' in page
    client_for(anna).post(book_url(resource), {"starts_on": day(1), "ends_on": day(1), "purpose": "Wizyta studyjna"})
    assert Booking.objects.get().organisation is None


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"starts_on": "jutro"}, "starts_on", "Podaj datę"),
        ({"ends_on": "2026-02-30"}, "ends_on", "Podaj datę"),
        ({"purpose": ""}, "purpose", "To pole jest wymagane."),
        ({"starts_on": "s", "ends_on": "s"}, "ends_on", "Podaj datę"),
    ],
)
def test_bad_dates_and_missing_purpose_are_explained_and_kept(client_for, ewa, woda, ziemia, data, field, message):
    resource = ResourceFactory(owner=ziemia)
    posted = {
        "acting_as": woda.pk,
        "starts_on": day(3).isoformat(),
        "ends_on": day(4).isoformat(),
        "purpose": "Odwierty na hałdzie",
        **data,
    }
    response = client_for(ewa).post(book_url(resource), posted)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    if posted["purpose"]:
        assert "Odwierty na hałdzie" in response.content.decode()
    assert not Booking.objects.exists()


def test_an_end_before_the_start_is_explained(client_for, ewa, ziemia):
    resource = ResourceFactory(owner=ziemia)
    response = client_for(ewa).post(book_url(resource), {"starts_on": day(5), "ends_on": day(3), "purpose": "x"})
    assert "wcześniejszy" in " ".join(response.context["form"].errors["ends_on"])
    assert not Booking.objects.exists()


def test_days_already_taken_are_refused_with_a_message_on_the_form(client_for, ewa, ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED, starts_on=day(10), ends_on=day(12))
    response = client_for(ewa).post(book_url(resource), {"starts_on": day(12), "ends_on": day(13), "purpose": "x"})
    assert response.status_code == 200
    assert "zasób jest już zarezerwowany" in response.content.decode()
    assert Booking.objects.count() == 1


def test_an_organisation_the_person_does_not_act_for_is_not_a_choice(client_for, ewa, ziemia, inna):
    resource = ResourceFactory(owner=ziemia)
    response = client_for(ewa).post(
        book_url(resource), {"acting_as": inna.pk, "starts_on": day(1), "ends_on": day(1), "purpose": "x"}
    )
    assert response.status_code == 200
    assert "acting_as" in response.context["form"].errors
    assert not Booking.objects.exists()


@pytest.mark.parametrize("role", ["olek", "dawid"])
def test_people_outside_the_cluster_may_not_ask_and_nothing_is_stored(client_for, request, ziemia, role):
    resource = ResourceFactory(owner=ziemia)
    client = client_for(request.getfixturevalue(role))
    assert client.get(book_url(resource)).status_code == 403
    assert client.post(book_url(resource), {"starts_on": day(1), "ends_on": day(1), "purpose": "x"}).status_code == 403
    assert not Booking.objects.exists()


def test_visitors_are_sent_to_log_in_before_asking(client, ziemia):
    resource = ResourceFactory(owner=ziemia)
    response = client.post(book_url(resource), {"starts_on": day(1), "ends_on": day(1), "purpose": "x"})
    assert response.status_code == 302
    assert "/konto/login/" in response.url
    assert not Booking.objects.exists()


def test_a_switched_off_resource_takes_no_requests(client_for, bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia, is_active=False)
    assert client_for(bogdan).get(book_url(resource)).status_code == 403


# --- a booking and its decision -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"), [("ewa", 200), ("bogdan", 200), ("anna", 200), ("olek", 404), ("dawid", 404)]
)
def test_a_booking_page_is_seen_by_who_asked_the_owner_and_the_coordinator(
    client_for, request, ziemia, woda, role, status, ewa
):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa, organisation=woda)
    assert client_for(request.getfixturevalue(role)).get(detail_url(booking)).status_code == status


def test_visitors_are_sent_to_log_in_for_a_booking_page(client, ziemia):
    response = client.get(detail_url(BookingFactory(resource=ResourceFactory(owner=ziemia))))
    assert response.status_code == 302
    assert "/konto/login/" in response.url


def test_the_owner_sees_decision_buttons_and_a_warning_about_a_collision(client_for, bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED)
    booking = BookingFactory(resource=resource)
    page = client_for(bogdan).get(detail_url(booking)).content.decode()
    assert "Zatwierdź rezerwację" in page and "Odrzuć prośbę" in page
    assert "tej prośby nie da się zatwierdzić" in page


def test_the_owner_approves_from_the_requests_page_and_returns_there(
    client_for, bogdan, ewa, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa)
    back = reverse("resources:requests") + "?status=requested"

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(bogdan).post(decide_url(booking), {"decision": "approved", "note": "", "next": back})

    assert response.status_code == 302
    assert response.url == back
    booking.refresh_from_db()
    assert (booking.status, booking.decided_by) == (BookingStatus.APPROVED, bogdan)
    assert [message.to for message in mailoutbox] == [[ewa.email]]


def test_approving_an_overlapping_request_shows_the_polish_refusal(client_for, bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED)
    booking = BookingFactory(resource=resource)

    response = client_for(bogdan).post(decide_url(booking), {"decision": "approved"}, follow=True)

    assert "Nie można zatwierdzić tej rezerwacji" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.REQUESTED


def test_declining_without_a_reason_is_explained_on_the_booking_page(client_for, bogdan, ziemia):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia))
    response = client_for(bogdan).post(decide_url(booking), {"decision": "declined", "note": ""})
    assert response.status_code == 200
    assert "Napisz, dlaczego odrzucasz prośbę" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.REQUESTED


def test_declining_without_a_reason_on_the_requests_page_returns_there_with_the_message(client_for, bogdan, ziemia):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia))
    back = reverse("resources:requests")
    response = client_for(bogdan).post(decide_url(booking), {"decision": "declined", "next": back}, follow=True)
    assert "Napisz, dlaczego odrzucasz prośbę" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == BookingStatus.REQUESTED


def test_a_crafted_decision_or_a_foreign_next_address_does_no_harm(client_for, bogdan, ziemia):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia))
    client = client_for(bogdan)
    assert client.post(decide_url(booking), {"decision": "cancelled"}).status_code == 200
    response = client.post(
        decide_url(booking), {"decision": "declined", "note": "Serwis", "next": "https://zlo.example/"}
    )
    assert response.url == detail_url(booking)


@pytest.mark.parametrize(("role", "status"), [("ewa", 403), ("anna", 403), ("olek", 404)])
def test_only_the_owner_decides_and_nothing_changes_otherwise(client_for, request, ziemia, ewa, role, status):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa)
    response = client_for(request.getfixturevalue(role)).post(decide_url(booking), {"decision": "approved"})
    assert response.status_code == status
    booking.refresh_from_db()
    assert (booking.status, booking.decided_by) == (BookingStatus.REQUESTED, None)


def test_visitors_deciding_are_sent_to_log_in(client, ziemia):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia))
    response = client.post(decide_url(booking), {"decision": "approved"})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == BookingStatus.REQUESTED


# --- cancelling -----------------------------------------------------------------------------------


def test_the_person_who_asked_cancels_from_my_bookings(client_for, ewa, ziemia):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa)
    back = reverse("resources:my_bookings")
    response = client_for(ewa).post(cancel_url(booking), {"next": back})
    assert response.url == back
    booking.refresh_from_db()
    assert booking.status == BookingStatus.CANCELLED


@pytest.mark.parametrize(("role", "status"), [("bogdan", 403), ("anna", 403), ("olek", 404)])
def test_others_may_not_cancel_and_nothing_changes(client_for, request, ziemia, ewa, role, status):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa)
    assert client_for(request.getfixturevalue(role)).post(cancel_url(booking)).status_code == status
    booking.refresh_from_db()
    assert booking.status == BookingStatus.REQUESTED


# --- my bookings, requests to me ------------------------------------------------------------------


def test_my_bookings_lists_what_i_asked_for_with_cancel_buttons(client_for, ewa, woda, ziemia):
    BookingFactory(resource=ResourceFactory(owner=ziemia, name="Wiertnica"), requested_by=ewa, organisation=woda)
    BookingFactory(resource=ResourceFactory(owner=ziemia, name="Cudza rezerwacja"))
    page = client_for(ewa).get(reverse("resources:my_bookings")).content.decode()
    assert "Wiertnica" in page and "Cudza rezerwacja" not in page
    assert "Wycofaj prośbę" in page
    assert "<caption>Rezerwacje, o które prosisz (razem: 1)</caption>" in page


def test_requests_to_me_show_pending_ones_first_and_all_on_demand(client_for, bogdan, ziemia, ewa):
    resource = ResourceFactory(owner=ziemia, name="Wiertnica")
    BookingFactory(resource=resource, requested_by=ewa, purpose="Prośba oczekująca")
    BookingFactory(resource=resource, status=BookingStatus.DECLINED, decision_note="Serwis", purpose="Odrzucona")
    client = client_for(bogdan)
    page = client.get(reverse("resources:requests")).content.decode()
    assert "Prośba oczekująca" in page and "Odrzucona" not in page
    assert "Zatwierdź" in page
    page = client.get(reverse("resources:requests"), {"status": "wszystkie"}).content.decode()
    assert "Odrzucona" in page


@pytest.mark.parametrize("params", [{"status": "xyz"}, {"page": "abc"}, {"status": ["a", "b"]}])
def test_malformed_parameters_on_booking_lists_give_a_normal_page(client_for, bogdan, params):
    client = client_for(bogdan)
    assert client.get(reverse("resources:requests"), params).status_code == 200
    assert client.get(reverse("resources:my_bookings"), params).status_code == 200


def test_requests_to_me_are_refused_to_people_without_an_organisation(client_for, dawid, client):
    assert client_for(dawid).get(reverse("resources:requests")).status_code == 403
    client.logout()
    assert client.get(reverse("resources:requests")).status_code == 302


@pytest.mark.parametrize("rows", [10, 100])
def test_booking_lists_keep_a_constant_number_of_queries(
    client_for, bogdan, ziemia, woda, rows, django_assert_max_num_queries
):
    resource = ResourceFactory(owner=ziemia)
    for number in range(rows):
        BookingFactory(
            resource=resource,
            requested_by=bogdan,
            organisation=woda if number % 2 else None,
            starts_on=day(number),
            ends_on=day(number),
        )
    client = client_for(bogdan)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("resources:requests")).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(reverse("resources:my_bookings")).status_code == 200

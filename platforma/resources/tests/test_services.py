from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.resources import services
from platforma.resources.models import Booking, BookingStatus, Resource, ResourceKind, ResourcePhoto
from platforma.resources.tests.factories import BookingFactory, ResourceFactory, ResourcePhotoFactory, png_upload
from platforma.taxonomy.tests.factories import CompetenceFactory

TODAY = timezone.localdate


def day(offset: int):
    return TODAY() + timedelta(days=offset)


def resource_fields(**overrides):
    fields = {
        "kind": ResourceKind.TEST_SITE,
        "name": "  Poletka doświadczalne fitoremediacji  ",
        "description": "Dwanaście poletek po 100 m² na glebie z cynkiem i ołowiem.",
        "city": "Piekary Śląskie",
        "is_free": True,
    }
    return {**fields, **overrides}


# --- resources ------------------------------------------------------------------------------------


def test_a_member_lists_a_resource_with_competences_and_a_first_photo(bogdan, ziemia):
    competence = CompetenceFactory()

    resource = services.resource_create(
        by=bogdan,
        owner=ziemia,
        competences=[competence],
        photo=png_upload(),
        photo_alt_text="Poletka z trawami",
        **resource_fields(),
    )

    resource.refresh_from_db()
    assert resource.name == "Poletka doświadczalne fitoremediacji"
    assert (resource.owner, resource.created_by, resource.is_active) == (ziemia, bogdan, True)
    assert list(resource.competences.all()) == [competence]
    photo = resource.photos.get()
    assert photo.alt_text == "Poletka z trawami"
    assert photo.image.name.endswith(f"zasob-{resource.pk}.png")


def test_an_organisation_outside_the_cluster_lists_nothing(bogdan):
    applicant = OrganisationFactory(cluster_status=ClusterStatus.APPLICANT)
    with pytest.raises(ValidationError, match="tylko organizacje będące członkami"):
        services.resource_create(by=bogdan, owner=applicant, **resource_fields())
    assert not Resource.objects.exists()


def test_a_free_resource_has_no_price(bogdan, ziemia):
    with pytest.raises(ValidationError) as error:
        services.resource_create(by=bogdan, owner=ziemia, **resource_fields(price="350 zł / dzień"))
    assert "price" in error.value.message_dict
    assert not Resource.objects.exists()


def test_a_file_that_is_not_an_image_leaves_nothing_behind(bogdan, ziemia):
    fake = SimpleUploadedFile("zdjecie.png", b"%PDF-1.7 not an image", content_type="image/png")
    with pytest.raises(ValidationError, match="nie jest obrazem"):
        services.resource_create(by=bogdan, owner=ziemia, photo=fake, photo_alt_text="Opis", **resource_fields())
    assert not Resource.objects.exists()
    assert not ResourcePhoto.objects.exists()


def test_a_photo_needs_a_description(bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    with pytest.raises(ValidationError) as error:
        services.resource_photo_add(resource=resource, by=bogdan, image=png_upload(), alt_text="   ")
    assert "alt_text" in error.value.message_dict


def test_a_resource_takes_at_most_twelve_photos(bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    ResourcePhotoFactory.create_batch(services.MAX_PHOTOS, resource=resource)
    with pytest.raises(ValidationError, match="najwyżej 12"):
        services.resource_photo_add(resource=resource, by=bogdan, image=png_upload(), alt_text="Trzynaste")
    assert resource.photos.count() == services.MAX_PHOTOS


def test_deleting_a_photo_removes_its_file_after_commit(bogdan, ziemia, django_capture_on_commit_callbacks):
    photo = ResourcePhotoFactory(resource=ResourceFactory(owner=ziemia))
    storage, name = photo.image.storage, photo.image.name
    assert storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        services.resource_photo_delete(photo=photo, by=bogdan)

    assert not ResourcePhoto.objects.exists()
    assert not storage.exists(name)


def test_updating_changes_the_description_and_switching_off_hides_it(bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia, is_free=False, price="900 zł / dzień")
    services.resource_update(
        resource=resource,
        by=bogdan,
        **resource_fields(name="Wiertnica po przeglądzie", is_free=False, price="950 zł / dzień", is_active=False),
    )
    resource.refresh_from_db()
    assert (resource.name, resource.price, resource.is_active) == ("Wiertnica po przeglądzie", "950 zł / dzień", False)


# --- requests -------------------------------------------------------------------------------------


def test_a_request_is_stored_and_the_owners_people_are_told(
    ewa, woda, bogdan, celina, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(owner=ziemia, name="Wiertnica gąsienicowa")

    with django_capture_on_commit_callbacks(execute=True):
        booking = services.booking_request(
            resource=resource, by=ewa, organisation=woda, starts_on=day(3), ends_on=day(5), purpose=" Odwierty "
        )

    booking.refresh_from_db()
    assert (booking.status, booking.requested_by, booking.organisation) == (BookingStatus.REQUESTED, ewa, woda)
    assert (booking.starts_on, booking.ends_on, booking.purpose, booking.days) == (day(3), day(5), "Odwierty", 3)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert sorted(message.to) == sorted([bogdan.email, celina.email])
    assert message.subject == "Prośba o rezerwację: Wiertnica gąsienicowa"
    assert "Ewa Zewnętrzna (Wody Śląskie Laboratorium) prosi o rezerwację" in message.body
    assert f"/zasoby/rezerwacje/{booking.pk}/" in message.body


@pytest.mark.parametrize(
    ("starts", "ends", "field", "text"),
    [
        (-1, 2, "starts_on", "w przeszłości"),
        (5, 4, "ends_on", "wcześniejszy"),
        (1, 1 + services.MAX_BOOKING_DAYS, "ends_on", "najwyżej 366 dni"),
        (services.MAX_DAYS_AHEAD + 1, services.MAX_DAYS_AHEAD + 2, "starts_on", "dwa lata naprzód"),
    ],
)
def test_dates_that_make_no_sense_are_refused(ewa, ziemia, starts, ends, field, text):
    resource = ResourceFactory(owner=ziemia)
    with pytest.raises(ValidationError) as error:
        services.booking_request(resource=resource, by=ewa, starts_on=day(starts), ends_on=day(ends), purpose="x")
    assert text in " ".join(error.value.message_dict[field])
    assert not Booking.objects.exists()


def test_today_is_a_valid_first_day(ewa, ziemia):
    booking = services.booking_request(
        resource=ResourceFactory(owner=ziemia), by=ewa, starts_on=day(0), ends_on=day(0), purpose="Jeden dzień"
    )
    assert booking.days == 1


def test_a_switched_off_resource_takes_no_requests(ewa, ziemia):
    resource = ResourceFactory(owner=ziemia, is_active=False)
    with pytest.raises(ValidationError, match="nie przyjmuje"):
        services.booking_request(resource=resource, by=ewa, starts_on=day(1), ends_on=day(2), purpose="x")


def test_days_already_approved_are_refused_at_once(ewa, ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED, starts_on=day(10), ends_on=day(12))
    with pytest.raises(ValidationError, match="już zarezerwowany"):
        services.booking_request(resource=resource, by=ewa, starts_on=day(12), ends_on=day(14), purpose="x")
    assert Booking.objects.count() == 1


def test_pending_requests_do_not_block_others_from_asking(ewa, celina, ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, requested_by=celina, starts_on=day(10), ends_on=day(12))
    services.booking_request(resource=resource, by=ewa, starts_on=day(11), ends_on=day(13), purpose="x")
    assert Booking.objects.filter(status=BookingStatus.REQUESTED).count() == 2


def test_booking_for_an_organisation_outside_the_cluster_is_refused(ewa, ziemia):
    former = OrganisationFactory(cluster_status=ClusterStatus.FORMER)
    with pytest.raises(ValidationError, match="tylko członkowie klastra"):
        services.booking_request(
            resource=ResourceFactory(owner=ziemia),
            by=ewa,
            organisation=former,
            starts_on=day(1),
            ends_on=day(1),
            purpose="x",
        )


# --- decisions ------------------------------------------------------------------------------------


def test_approving_records_who_and_when_and_tells_the_person_who_asked(
    bogdan, ewa, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia, name="Wiertnica"), requested_by=ewa)

    with django_capture_on_commit_callbacks(execute=True):
        services.booking_approve(booking=booking, by=bogdan, note="Klucze w portierni.")

    booking.refresh_from_db()
    assert (booking.status, booking.decided_by, booking.decision_note) == (
        BookingStatus.APPROVED,
        bogdan,
        "Klucze w portierni.",
    )
    assert booking.decided_at is not None
    assert [message.to for message in mailoutbox] == [[ewa.email]]
    assert mailoutbox[0].subject == "Rezerwacja zatwierdzona: Wiertnica"
    assert "Klucze w portierni." in mailoutbox[0].body


@pytest.mark.parametrize(
    ("starts", "ends"),
    [(10, 12), (8, 10), (12, 15), (11, 11), (5, 20)],
    ids=["same-days", "ends-on-first-day", "starts-on-last-day", "inside", "around"],
)
def test_an_overlapping_request_is_never_approved(bogdan, ziemia, starts, ends):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED, starts_on=day(10), ends_on=day(12))
    pending = BookingFactory(resource=resource, starts_on=day(starts), ends_on=day(ends))

    with pytest.raises(ValidationError) as error:
        services.booking_approve(booking=pending, by=bogdan)

    assert "Nie można zatwierdzić tej rezerwacji" in error.value.messages[0]
    assert "Zatwierdzone rezerwacje jednego zasobu nie mogą się pokrywać" in error.value.messages[0]
    pending.refresh_from_db()
    assert (pending.status, pending.decided_by) == (BookingStatus.REQUESTED, None)
    assert Booking.objects.approved().count() == 1


def test_back_to_back_bookings_and_other_resources_do_not_collide(bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED, starts_on=day(10), ends_on=day(12))
    BookingFactory(status=BookingStatus.APPROVED, starts_on=day(13), ends_on=day(20))
    next_day = BookingFactory(resource=resource, starts_on=day(13), ends_on=day(14))
    other_resource = BookingFactory(resource=ResourceFactory(owner=ziemia), starts_on=day(10), ends_on=day(12))

    services.booking_approve(booking=next_day, by=bogdan)
    services.booking_approve(booking=other_resource, by=bogdan)

    assert Booking.objects.approved().count() == 4


@pytest.mark.parametrize("status", [BookingStatus.DECLINED, BookingStatus.CANCELLED])
def test_declined_and_cancelled_bookings_leave_the_days_free(bogdan, ziemia, status):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=status, starts_on=day(10), ends_on=day(12))
    pending = BookingFactory(resource=resource, starts_on=day(10), ends_on=day(12))
    services.booking_approve(booking=pending, by=bogdan)
    assert pending.status == BookingStatus.APPROVED


@pytest.mark.parametrize("status", [BookingStatus.APPROVED, BookingStatus.DECLINED, BookingStatus.CANCELLED])
def test_a_decided_or_cancelled_booking_is_not_decided_again(bogdan, ziemia, status):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), status=status)
    with pytest.raises(ValidationError, match="już zdecydowano"):
        services.booking_approve(booking=booking, by=bogdan)
    with pytest.raises(ValidationError, match="już zdecydowano"):
        services.booking_decline(booking=booking, by=bogdan, note="Nie")


def test_a_stale_copy_of_a_cancelled_request_is_not_approved(bogdan, ewa, ziemia):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa)
    stale = Booking.objects.get(pk=booking.pk)
    services.booking_cancel(booking=booking, by=ewa)
    with pytest.raises(ValidationError, match="już zdecydowano albo została anulowana"):
        services.booking_approve(booking=stale, by=bogdan)
    assert Booking.objects.get().status == BookingStatus.CANCELLED


def test_declining_needs_a_reason_and_tells_the_person_who_asked(
    bogdan, ewa, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia, name="Wiertnica"), requested_by=ewa)
    with pytest.raises(ValidationError) as error:
        services.booking_decline(booking=booking, by=bogdan, note="  ")
    assert "note" in error.value.message_dict

    with django_capture_on_commit_callbacks(execute=True):
        services.booking_decline(booking=booking, by=bogdan, note="Wiertnica w serwisie do końca miesiąca.")

    booking.refresh_from_db()
    assert booking.status == BookingStatus.DECLINED
    assert mailoutbox[0].subject == "Rezerwacja odrzucona: Wiertnica"
    assert "Wiertnica w serwisie do końca miesiąca." in mailoutbox[0].body


def test_booking_decide_accepts_only_approve_or_decline(bogdan, ziemia):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia))
    with pytest.raises(ValidationError, match="zatwierdzić albo odrzucić"):
        services.booking_decide(booking=booking, by=bogdan, decision=BookingStatus.CANCELLED)


# --- cancelling -----------------------------------------------------------------------------------


def test_cancelling_a_pending_request_tells_nobody(ewa, ziemia, mailoutbox, django_capture_on_commit_callbacks):
    booking = BookingFactory(resource=ResourceFactory(owner=ziemia), requested_by=ewa)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=booking, by=ewa)
    assert Booking.objects.get().status == BookingStatus.CANCELLED
    assert mailoutbox == []


def test_cancelling_an_approved_booking_frees_the_days_and_tells_the_owner(
    ewa, bogdan, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    resource = ResourceFactory(owner=ziemia)
    approved = BookingFactory(resource=resource, requested_by=ewa, status=BookingStatus.APPROVED)
    waiting = BookingFactory(resource=resource)

    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=approved, by=ewa)
    services.booking_approve(booking=waiting, by=bogdan)

    assert [message.to for message in mailoutbox] == [[bogdan.email]]
    assert "anuluje zatwierdzoną rezerwację" in mailoutbox[0].body
    assert waiting.status == BookingStatus.APPROVED


def test_a_booking_that_is_over_cannot_be_cancelled(ewa, ziemia):
    booking = BookingFactory(
        resource=ResourceFactory(owner=ziemia),
        requested_by=ewa,
        status=BookingStatus.APPROVED,
        starts_on=day(-3),
        ends_on=day(-1),
    )
    with pytest.raises(ValidationError, match="już się zakończyła"):
        services.booking_cancel(booking=booking, by=ewa)


# --- the database's own guard (PostgreSQL) ---------------------------------------------------------

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="exclusion constraints exist only on PostgreSQL"
)


@postgresql_only
def test_postgresql_refuses_overlapping_approved_rows_even_without_the_service(ziemia):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED, starts_on=day(10), ends_on=day(12))
    with pytest.raises(IntegrityError), transaction.atomic():
        BookingFactory(resource=resource, status=BookingStatus.APPROVED, starts_on=day(12), ends_on=day(13))
    # Requests may overlap freely: the constraint covers approved rows only.
    BookingFactory(resource=resource, status=BookingStatus.REQUESTED, starts_on=day(12), ends_on=day(13))


@postgresql_only
def test_the_constraints_refusal_becomes_the_polish_message(bogdan, ziemia, monkeypatch):
    resource = ResourceFactory(owner=ziemia)
    BookingFactory(resource=resource, status=BookingStatus.APPROVED, starts_on=day(10), ends_on=day(12))
    pending = BookingFactory(resource=resource, starts_on=day(11), ends_on=day(11))
    # As if the locked check had missed it: only the constraint stands in the way.
    monkeypatch.setattr(services, "overlapping_approved_first", lambda booking: None)

    with pytest.raises(ValidationError, match="zasób jest już zarezerwowany"):
        services.booking_approve(booking=pending, by=bogdan)

    pending.refresh_from_db()
    assert pending.status == BookingStatus.REQUESTED

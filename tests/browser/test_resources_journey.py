"""Shared resources: a member lists a test site with a photo; a booking request is approved and an
overlapping one is refused with a Polish message; the calendar shows the taken days."""

import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import Page, expect

from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory
from platforma.resources.models import Booking, BookingStatus, Resource, ResourceKind
from platforma.resources.tests.factories import BookingFactory, ResourceFactory
from platforma.taxonomy.tests.factories import CompetenceFactory
from tests.browser.conftest import assert_accessible, label, log_in, verify_email

PASSWORD = "haslo-testowe-123"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def competence():
    # A transactional test database is flushed after each test, so the migration's tree may be gone;
    # names of their own, so that they do not clash with it when it is there.
    soil = CompetenceFactory(slug="przegladarka-zasoby-gleby", name_pl="Gleby poletek", name_en="Plot soils")
    return CompetenceFactory(
        slug="przegladarka-zasoby-fito", name_pl="Fitostabilizacja na poletkach", name_en="Plot phyto", parent=soil
    )


def test_a_member_lists_a_test_site_with_a_photo(page: Page, bogdan, ziemia, competence, tmp_path) -> None:
    photo = tmp_path / "poletka.png"
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (60, 130, 70)).save(buffer, format="PNG")
    photo.write_bytes(buffer.getvalue())
    verify_email(bogdan)

    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Zasoby").click()
    expect(page.get_by_role("heading", level=1, name="Wspólne zasoby")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Udostępnij zasób").click()
    expect(page.get_by_role("heading", level=1, name="Udostępnij zasób członkom klastra")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("poligon doświadczalny", exact=True).check()
    page.get_by_label(label("Nazwa")).fill("Poletka doświadczalne na hałdzie w Bytomiu")
    page.get_by_label(label("Opis")).fill("Osiem poletek po **50 m²** na glebie z cynkiem i ołowiem.")
    page.get_by_label("Fitostabilizacja na poletkach").check()
    page.get_by_label(label("Miejscowość")).fill("Bytom")
    page.get_by_label(label("Cena")).fill("350 zł / dzień")
    page.get_by_label("Zdjęcie (nieobowiązkowe)").set_input_files(photo)
    page.get_by_label(label("Opis zdjęcia")).fill("Poletka z trawami na tle hałdy")
    page.get_by_role("button", name="Dodaj zasób do katalogu").click()

    expect(page.get_by_text("Zasób jest w katalogu.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name="Poletka doświadczalne na hałdzie w Bytomiu")).to_be_visible()
    expect(page.get_by_role("img", name="Poletka z trawami na tle hałdy")).to_be_visible()
    expect(page.get_by_role("strong").filter(has_text="50 m²")).to_be_visible()
    expect(page.get_by_role("table", name=re.compile("rezerwacje"))).to_be_visible()
    assert_accessible(page)

    resource = Resource.objects.get()
    assert (resource.owner, resource.created_by, resource.kind) == (ziemia, bogdan, ResourceKind.TEST_SITE)
    assert (resource.city, resource.price, resource.is_free) == ("Bytom", "350 zł / dzień", False)
    assert list(resource.competences.all()) == [competence]
    assert resource.photos.get().alt_text == "Poletka z trawami na tle hałdy"


def test_a_request_is_approved_and_an_overlapping_one_is_refused(page: Page, ewa, woda, bogdan, ziemia) -> None:
    resource = ResourceFactory(owner=ziemia, name="Wiertnica gąsienicowa", city="Bytom")
    today = timezone.localdate()
    first_day, last_day = today + timedelta(days=10), today + timedelta(days=12)
    rival_person = MembershipFactory(organisation=OrganisationFactory(name="Geosonda Testowa")).user
    rival = BookingFactory(
        resource=resource,
        requested_by=rival_person,
        starts_on=today + timedelta(days=12),
        ends_on=today + timedelta(days=14),
        purpose="Odwierty kontrolne konkurencyjne",
    )
    verify_email(ewa)
    verify_email(bogdan)

    # Ewa (Wody Śląskie) asks for the rig.
    log_in(page, email=ewa.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Ewa Zewnętrzna")).to_be_visible()
    page.goto(resource.get_absolute_url())
    expect(page.get_by_role("heading", level=1, name="Wiertnica gąsienicowa")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Poproś o rezerwację").click()
    expect(page.get_by_role("heading", level=1, name="Prośba o rezerwację")).to_be_visible()
    assert_accessible(page)
    page.get_by_label(label("Od dnia")).fill(first_day.isoformat())
    page.get_by_label(label("Do dnia (włącznie)")).fill(last_day.isoformat())
    page.get_by_label(label("Cel rezerwacji")).fill("Piezometry przy zlikwidowanej kopalni w Zabrzu")
    page.get_by_role("button", name="Wyślij prośbę o rezerwację").click()
    expect(page.get_by_text("Wysłano prośbę o rezerwację.")).to_be_visible()
    expect(page.get_by_text("oczekuje na decyzję").first).to_be_visible()
    assert_accessible(page)

    mine = Booking.objects.get(requested_by=ewa)
    assert (mine.organisation, mine.starts_on, mine.ends_on) == (woda, first_day, last_day)
    assert mine.status == BookingStatus.REQUESTED

    page.get_by_role("link", name="Moje rezerwacje").click()
    expect(page.get_by_role("table", name=re.compile("Rezerwacje, o które prosisz"))).to_contain_text(
        "Wiertnica gąsienicowa"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Wyloguj").click()

    # Bogdan (Ziemia Czysta, the owner) decides.
    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Zasoby").click()
    page.get_by_role("link", name=re.compile("^Prośby o rezerwację")).click()
    expect(page.get_by_role("heading", level=1, name="Prośby o rezerwację Waszych zasobów")).to_be_visible()
    assert_accessible(page)
    ewa_request = page.get_by_role("article").filter(has_text="Piezometry przy zlikwidowanej kopalni")
    ewa_request.get_by_label("Uwagi dla osoby, która prosi").fill("Operator czeka o 7:00 przy bramie.")
    ewa_request.get_by_role("button", name=re.compile("^Zatwierdź")).click()
    expect(page.get_by_text("Zatwierdzono rezerwację zasobu „Wiertnica gąsienicowa”.")).to_be_visible()
    assert_accessible(page)

    rival_request = page.get_by_role("article").filter(has_text="Odwierty kontrolne konkurencyjne")
    expect(rival_request.get_by_text("koliduje z zatwierdzoną rezerwacją")).to_be_visible()
    rival_request.get_by_role("button", name=re.compile("^Zatwierdź")).click()
    expect(page.get_by_role("status")).to_contain_text("Nie można zatwierdzić tej rezerwacji: w dniach ")
    expect(page.get_by_role("status")).to_contain_text("Zatwierdzone rezerwacje jednego zasobu nie mogą się pokrywać.")
    assert_accessible(page)

    mine.refresh_from_db()
    rival.refresh_from_db()
    assert (mine.status, mine.decided_by, mine.decision_note) == (
        BookingStatus.APPROVED,
        bogdan,
        "Operator czeka o 7:00 przy bramie.",
    )
    assert (rival.status, rival.decided_by) == (BookingStatus.REQUESTED, None)
    assert Booking.objects.approved().count() == 1

    # The calendar of the booked month shows the taken days.
    page.goto(f"{resource.get_absolute_url()}?miesiac={first_day:%Y-%m}")
    calendar = page.get_by_role("table", name=re.compile("Wiertnica gąsienicowa — rezerwacje"))
    expect(calendar.get_by_text("zajęte")).to_have_count(
        sum(1 for offset in range(3) if (first_day + timedelta(days=offset)).month == first_day.month)
    )
    assert_accessible(page)

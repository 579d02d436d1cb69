"""Events: a person registers for a full event and lands on the waiting list; when someone cancels, they
move up on their own and see it on the event page."""

import re
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import Page, expect

from platforma.community.events.models import Registration, RegistrationStatus
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"
TITLE = "Warsztaty fitostabilizacji na hałdzie w Bytomiu"


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Wyloguj").click()
    expect(page.get_by_role("link", name="Zaloguj")).to_be_visible()


def open_event(page: Page) -> None:
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Wydarzenia").click()
    expect(page.get_by_role("heading", level=1, name="Wydarzenia")).to_be_visible()
    expect(page.get_by_role("article").filter(has_text=TITLE)).to_contain_text("Brak wolnych miejsc")
    assert_accessible(page)
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()


def test_a_person_on_the_waiting_list_moves_up_when_someone_cancels(page: Page, olek, dawid, ziemia) -> None:
    event = EventFactory(
        title=TITLE,
        organiser=ziemia,
        capacity=1,
        town="Bytom",
        place="Hałda przy ul. Strzelców Bytomskich",
        online_url="https://meet.example/halda-bytom",
        starts_at=timezone.now() + timedelta(days=7),
    )
    RegistrationFactory(event=event, user=dawid)
    verify_email(olek)
    verify_email(dawid)

    # Olek finds the event full and joins the waiting list without a page reload.
    log_in(page, email=olek.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Olek Obcy")).to_be_visible()
    open_event(page)
    registration = page.get_by_role("region", name="Udział")
    expect(registration).to_contain_text("wolne: 0")
    expect(page.get_by_text("https://meet.example/halda-bytom")).to_have_count(0)
    assert_accessible(page)
    page.evaluate("window.sameDocument = true")
    with page.expect_response(re.compile(rf"/wydarzenia/{event.pk}/zapisz/$")):
        registration.get_by_role("button", name="Zapisz mnie na listę rezerwową").click()
    registration = page.get_by_role("region", name="Udział")
    expect(registration.get_by_role("status")).to_contain_text("jesteś na liście rezerwowej")
    expect(registration).to_contain_text("miejsce 1 w kolejce")
    expect(page.get_by_role("heading", name="Udział")).to_be_focused()
    assert page.evaluate("window.sameDocument") is True
    assert_accessible(page)
    assert Registration.objects.get(user=olek).status == RegistrationStatus.WAITING
    log_out(page)

    # Dawid gives his place up.
    log_in(page, email=dawid.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Dawid Specjalista")).to_be_visible()
    open_event(page)
    registration = page.get_by_role("region", name="Udział")
    expect(registration).to_contain_text("Jesteś zapisany(-a) na to wydarzenie.")
    expect(registration.get_by_role("link", name="https://meet.example/halda-bytom")).to_be_visible()
    assert_accessible(page)
    registration.get_by_role("button", name="Rezygnuję z udziału").click()
    registration = page.get_by_role("region", name="Udział")
    expect(registration.get_by_role("status")).to_have_text("Zrezygnowano z udziału w wydarzeniu.")
    # The place went at once to the person waiting: still full, and nobody left on the waiting list.
    expect(registration).to_contain_text("Miejsca: 1 · zajęte: 1 · wolne: 0")
    expect(registration).not_to_contain_text("na liście rezerwowej:")
    assert_accessible(page)
    log_out(page)

    # Olek comes back and finds himself on the list of participants, with the meeting link.
    log_in(page, email=olek.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Olek Obcy")).to_be_visible()
    open_event(page)
    registration = page.get_by_role("region", name="Udział")
    expect(registration).to_contain_text("przeniesiono Cię z listy rezerwowej. Jesteś zapisany(-a) na to wydarzenie.")
    expect(registration.get_by_role("link", name="https://meet.example/halda-bytom")).to_be_visible()
    assert_accessible(page)

    promoted = Registration.objects.get(user=olek)
    assert promoted.status == RegistrationStatus.CONFIRMED
    assert promoted.promoted_at is not None
    assert Registration.objects.get(user=dawid).status == RegistrationStatus.CANCELLED

"""A member organisation reports an environmental problem; another one says "we face it too"."""

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from platforma.challenges.models import Challenge, ChallengeStatus, ChallengeSupport
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.core.models import Visibility
from platforma.taxonomy.tests.factories import CompetenceFactory
from tests.browser.conftest import assert_accessible, log_in, verify_email

PASSWORD = "haslo-testowe-123"


@pytest.fixture
def competences():
    # A transactional test database is flushed after each test, so the tree the data migration loads may be gone.
    # Names of their own, so that they do not clash with the migration's tree when it is there.
    soil = CompetenceFactory(slug="przegladarka-gleby", name_pl="Gleby ogródków działkowych", name_en="Allotment soils")
    heavy_metals = CompetenceFactory(
        slug="przegladarka-metale", name_pl="Fitostabilizacja ołowiu", name_en="Lead phytostabilisation", parent=soil
    )
    water = CompetenceFactory(
        slug="przegladarka-woda", name_pl="Odwadnianie zatopionych piwnic", name_en="Draining flooded cellars"
    )
    return soil, heavy_metals, water


def test_representative_logs_in_and_publishes_a_challenge(page: Page, bogdan, ziemia, competences) -> None:
    _soil, heavy_metals, water = competences
    verify_email(bogdan)

    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Wyzwania").click()
    expect(page.get_by_role("heading", level=1, name="Wyzwania środowiskowe")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Zgłoś wyzwanie").click()
    expect(page).to_have_url(re.compile(r"/wyzwania/nowe/$"))
    expect(page.get_by_role("heading", level=1, name="Zgłoś wyzwanie środowiskowe")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Tytuł").fill("Ołów i kadm w glebie ogródków działkowych w Bytomiu-Szombierkach")
    page.get_by_label("Opis problemu").fill(
        "Badania z 2024 r. pokazały **przekroczenia ołowiu** na 12 działkach. Szukamy metody fitostabilizacji."
    )
    page.get_by_label("Miejscowość").fill("Bytom")
    page.get_by_label("Fitostabilizacja ołowiu").check()
    page.get_by_label("Odwadnianie zatopionych piwnic").check()
    expect(page.get_by_label("publiczne", exact=True)).to_be_checked()
    page.get_by_role("button", name="Opublikuj").click()

    expect(page.get_by_text("Wyzwanie zostało opublikowane.")).to_be_visible()
    expect(
        page.get_by_role("heading", level=1, name="Ołów i kadm w glebie ogródków działkowych w Bytomiu-Szombierkach")
    ).to_be_visible()
    expect(page.get_by_role("strong").filter(has_text="przekroczenia ołowiu")).to_be_visible()
    expect(page.get_by_text("Fitostabilizacja ołowiu")).to_be_visible()
    assert_accessible(page)

    challenge = Challenge.objects.get()
    expect(page).to_have_url(re.compile(rf"/wyzwania/{challenge.pk}/$"))
    assert challenge.title == "Ołów i kadm w glebie ogródków działkowych w Bytomiu-Szombierkach"
    assert challenge.city == "Bytom"
    assert challenge.status == ChallengeStatus.OPEN
    assert challenge.visibility == Visibility.PUBLIC
    assert challenge.published_at is not None
    assert challenge.organisation == ziemia
    assert challenge.author == bogdan
    assert set(challenge.competences.all()) == {heavy_metals, water}


def test_another_organisation_says_we_face_it_too_without_a_page_reload(
    page: Page, bogdan, celina, ziemia, ewa, woda
) -> None:
    challenge = ChallengeFactory(
        organisation=ziemia, author=bogdan, title="Woda kopalniana zalewa piwnice w Bytomiu", city="Bytom"
    )
    verify_email(ewa)

    log_in(page, email=ewa.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Ewa Zewnętrzna")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Wyzwania").click()
    expect(page.get_by_role("heading", level=1, name="Wyzwania środowiskowe")).to_be_visible()
    expect(page.get_by_role("article").filter(has_text="Woda kopalniana")).to_contain_text("„My też”: 0")
    assert_accessible(page)
    page.get_by_role("link", name="Woda kopalniana zalewa piwnice w Bytomiu").click()
    expect(page.get_by_role("heading", level=1, name="Woda kopalniana zalewa piwnice w Bytomiu")).to_be_visible()
    supports = page.get_by_role("region", name="Ten problem dotyczy też:")
    expect(supports.get_by_role("listitem")).to_have_count(0)
    expect(supports.get_by_text("Żadna inna organizacja nie zgłosiła jeszcze")).to_be_visible()
    assert_accessible(page)

    # Anything set on the window survives an HTMX swap and disappears on a full page load.
    page.evaluate("window.sameDocument = true")
    supports.get_by_label("Jak ten problem wygląda u Was?").fill("U nas w Zabrzu zalewa dwa budynki laboratorium.")
    with page.expect_response(re.compile(rf"/wyzwania/{challenge.pk}/my-tez/$")) as response:
        supports.get_by_role("button", name="My też mamy ten problem").click()
    assert response.value.request.headers.get("hx-request") == "true"

    supports = page.get_by_role("region", name="Ten problem dotyczy też:")
    expect(supports.get_by_role("status")).to_have_text("Dodano Waszą organizację do listy „my też”.")
    expect(supports.get_by_role("listitem")).to_have_count(1)
    expect(supports.get_by_role("listitem")).to_contain_text("Wody Śląskie Laboratorium")
    expect(supports.get_by_role("listitem")).to_contain_text("U nas w Zabrzu zalewa dwa budynki laboratorium.")
    expect(supports.get_by_role("button", name="My też mamy ten problem")).to_have_count(0)
    expect(page.get_by_role("heading", name="Ten problem dotyczy też:")).to_be_focused()
    assert page.evaluate("window.sameDocument") is True
    assert_accessible(page)

    # The list shows the new count.
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Wyzwania").click()
    expect(page.get_by_role("article").filter(has_text="Woda kopalniana")).to_contain_text("„My też”: 1")
    assert_accessible(page)

    support = ChallengeSupport.objects.get()
    assert support.challenge == challenge
    assert support.organisation == woda
    assert support.user == ewa
    assert support.note == "U nas w Zabrzu zalewa dwa budynki laboratorium."
    recipients = {address for message in mail.outbox for address in message.to}
    assert {bogdan.email, celina.email} <= recipients
    assert ewa.email not in recipients

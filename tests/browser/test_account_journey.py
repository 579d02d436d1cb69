"""A person signs up with e-mail, confirms the address from the e-mail and fills in a specialist profile."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from playwright.sync_api import Page, expect

from platforma.accounts.models import Availability, Profile, User
from platforma.taxonomy.tests.factories import CompetenceFactory
from tests.browser.conftest import assert_accessible, label

CONFIRMATION_LINK = re.compile(r"https?://\S+/konto/confirm-email/\S+")


@pytest.fixture
def competences():
    # Names of their own, so that they do not clash with the data migration's tree when it is there.
    area = CompetenceFactory(
        slug="przegladarka-obszar", name_pl="Tereny po hutach cynku", name_en="Former zinc smelter sites", position=0
    )
    phytoremediation = CompetenceFactory(
        slug="przegladarka-rosliny",
        name_pl="Nasadzenia roślin metalotolerancyjnych",
        name_en="Metal-tolerant planting",
        parent=area,
    )
    return area, phytoremediation


def test_person_signs_up_confirms_the_address_and_edits_the_profile(page: Page, competences) -> None:
    _area, phytoremediation = competences

    page.goto("/")
    page.get_by_role("link", name="Załóż konto").click()
    expect(page.get_by_role("heading", level=1, name="Załóż konto")).to_be_visible()
    assert_accessible(page)

    page.get_by_label(label("Imię")).fill("Zofia")
    page.get_by_label(label("Nazwisko")).fill("Ślązak-Wójcik")
    page.get_by_label(label("Adres e-mail")).fill("zofia.wojcik@hydrogeo.example")
    page.get_by_label(label("Hasło")).fill("Wody-kopalniane-2024")
    page.get_by_label(label("Hasło (ponownie)")).fill("Wody-kopalniane-2025")
    page.get_by_role("button", name="Załóż konto").click()

    expect(page.get_by_label(label("Hasło (ponownie)"))).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("Musisz wpisać za każdym razem to samo hasło.")).to_be_visible()
    expect(page.get_by_label(label("Imię"))).to_have_value("Zofia")
    expect(page.get_by_label(label("Nazwisko"))).to_have_value("Ślązak-Wójcik")
    expect(page.get_by_label(label("Adres e-mail"))).to_have_value("zofia.wojcik@hydrogeo.example")
    assert not User.objects.exists()
    assert_accessible(page)

    page.get_by_label(label("Hasło")).fill("Wody-kopalniane-2024")
    page.get_by_label(label("Hasło (ponownie)")).fill("Wody-kopalniane-2024")
    page.get_by_role("button", name="Załóż konto").click()
    expect(page.get_by_role("heading", level=1, name="Sprawdź skrzynkę e-mail")).to_be_visible()
    assert_accessible(page)

    user = User.objects.get()
    assert (user.email, user.first_name, user.last_name) == ("zofia.wojcik@hydrogeo.example", "Zofia", "Ślązak-Wójcik")
    assert not EmailAddress.objects.get(user=user).verified
    [message] = mail.outbox
    assert message.to == ["zofia.wojcik@hydrogeo.example"]
    link = CONFIRMATION_LINK.search(message.body)
    assert link, message.body

    page.goto(link.group(0))
    expect(page.get_by_role("heading", level=1, name="Potwierdź adres e-mail")).to_be_visible()
    expect(page.get_by_text("zofia.wojcik@hydrogeo.example")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Potwierdzam").click()

    # Confirming logs the person in.
    expect(page.get_by_role("link", name="Zofia Ślązak-Wójcik")).to_be_visible()
    assert_accessible(page)
    assert EmailAddress.objects.get(user=user).verified

    page.get_by_role("link", name="Zofia Ślązak-Wójcik").click()
    expect(page).to_have_url(re.compile(r"/konto/profil/$"))
    expect(page.get_by_role("heading", level=1, name="Mój profil")).to_be_visible()
    assert_accessible(page)

    page.get_by_label(label("Stanowisko lub specjalność")).fill("hydrogeolożka")
    page.get_by_label(label("Miejscowość")).fill("Zabrze")
    page.get_by_label(label("O mnie")).fill("Modeluję dopływy wód do zlikwidowanych kopalń.")
    page.locator("summary", has_text="Tereny po hutach cynku").click()  # opens the area's <details>
    page.get_by_label("Nasadzenia roślin metalotolerancyjnych").check()
    page.get_by_role("group", name="Dostępność").get_by_label("dostępność ograniczona").check()
    page.get_by_role("button", name="Zapisz profil").click()

    expect(page.get_by_role("status")).to_contain_text("Zapisano zmiany w profilu.")
    expect(page.get_by_label("Nasadzenia roślin metalotolerancyjnych")).to_be_checked()
    expect(page.get_by_label("dostępność ograniczona")).to_be_checked()
    assert_accessible(page)

    profile = Profile.objects.get(user=user)
    assert profile.job_title == "hydrogeolożka"
    assert profile.city == "Zabrze"
    assert profile.bio == "Modeluję dopływy wód do zlikwidowanych kopalń."
    assert profile.availability == Availability.LIMITED
    assert list(profile.competences.all()) == [phytoremediation]

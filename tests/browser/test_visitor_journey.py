"""A visitor browses the directory and the challenges, reads a page in English, and writes to the coordinator."""

import re

import pytest
from django.conf import settings
from django.core import mail
from playwright.sync_api import Page, expect

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.contact.models import Enquiry, EnquiryStatus, EnquiryTopic
from platforma.organisations.models import OrganisationType
from platforma.organisations.tests.factories import OrganisationFactory
from tests.browser.conftest import assert_accessible


@pytest.fixture
def cluster(ziemia, woda):
    OrganisationFactory(
        name="Politechnika Śląska — Katedra Rekultywacji",
        slug="politechnika-rekultywacja",
        type=OrganisationType.UNIVERSITY,
        city="Gliwice",
    )
    challenge = ChallengeFactory(
        organisation=ziemia,
        title="Hałda pogórnicza w Bytomiu pyli na osiedle",
        description="Na hałdzie przy ulicy Kolejowej **nie ma roślinności**; wiatr przenosi pył na domy.",
        city="Bytom",
    )
    return challenge


def test_visitor_browses_switches_language_and_sends_the_contact_form(page: Page, cluster) -> None:
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)

    # The directory, filtered by type and then by town.
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Organizacje").click()
    expect(page.get_by_role("heading", level=1, name="Organizacje w klastrze")).to_be_visible()
    expect(page.get_by_text("Liczba organizacji: 3")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Rodzaj podmiotu").select_option(label="uczelnia")
    expect(page.get_by_text("Liczba organizacji: 1")).to_be_visible()
    expect(page.get_by_role("link", name="Politechnika Śląska — Katedra Rekultywacji")).to_be_visible()
    page.get_by_label("Rodzaj podmiotu").select_option(label="wszystkie")
    expect(page.get_by_text("Liczba organizacji: 3")).to_be_visible()
    page.get_by_label("Miejscowość").select_option("Bytom")
    expect(page).to_have_url(re.compile(r"city=Bytom"))
    expect(page.get_by_text("Liczba organizacji: 1")).to_be_visible()
    expect(page.get_by_role("link", name="Wody Śląskie Laboratorium")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("link", name="Ziemia Czysta sp. z o.o.").click()
    expect(page.get_by_role("heading", level=1, name="Ziemia Czysta sp. z o.o.")).to_be_visible()
    assert_accessible(page)

    # The challenges and one public challenge.
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Wyzwania").click()
    expect(page.get_by_role("heading", level=1, name="Wyzwania środowiskowe")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Hałda pogórnicza w Bytomiu pyli na osiedle").click()
    expect(page).to_have_url(re.compile(rf"^https?://[^/]+/wyzwania/{cluster.pk}/$"))
    expect(page.get_by_role("heading", level=1, name="Hałda pogórnicza w Bytomiu pyli na osiedle")).to_be_visible()
    expect(page.get_by_role("strong")).to_have_text("nie ma roślinności")
    assert_accessible(page)

    # English, then back to Polish, on the same page.
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(re.compile(rf"^https?://[^/]+/en/wyzwania/{cluster.pk}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name="Skip to content")).to_be_attached()
    expect(page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Challenges")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Polski").click()
    expect(page).to_have_url(re.compile(rf"^https?://[^/]+/wyzwania/{cluster.pk}/$"))
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    assert_accessible(page)

    # The contact form: first without a message, then complete.
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Kontakt").click()
    expect(page.get_by_role("heading", level=1, name="Masz pytania? Skontaktuj się z nami!")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Imię i nazwisko").fill("Grażyna Żółkiewska")
    page.get_by_label("Adres e-mail").fill("grazyna@gmina-radzionkow.example")
    page.get_by_label("Organizacja").fill("Urząd Miasta Radzionków")
    page.get_by_label("Temat").select_option(label=str(EnquiryTopic.MEMBERSHIP.label))
    page.get_by_label("Wyrażam zgodę na przetwarzanie").check()
    page.get_by_role("button", name="Wyślij zapytanie").click()

    expect(page.get_by_text("To pole jest wymagane.")).to_be_visible()
    message = page.get_by_label("Wiadomość")
    expect(message).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Imię i nazwisko")).to_have_value("Grażyna Żółkiewska")
    expect(page.get_by_label("Adres e-mail")).to_have_value("grazyna@gmina-radzionkow.example")
    expect(page.get_by_label("Organizacja")).to_have_value("Urząd Miasta Radzionków")
    expect(page.get_by_label("Temat")).to_have_value(EnquiryTopic.MEMBERSHIP.value)
    expect(page.get_by_label("Wyrażam zgodę na przetwarzanie")).to_be_checked()
    assert not Enquiry.objects.exists()
    assert_accessible(page)

    message.fill("Jak gmina może przystąpić do klastra i ile to kosztuje?")
    page.get_by_role("button", name="Wyślij zapytanie").click()
    expect(page.get_by_role("heading", level=1, name="Dziękujemy za wiadomość")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/kontakt/dziekujemy/$"))
    assert_accessible(page)

    enquiry = Enquiry.objects.get()
    assert enquiry.name == "Grażyna Żółkiewska"
    assert enquiry.email == "grazyna@gmina-radzionkow.example"
    assert enquiry.organisation_name == "Urząd Miasta Radzionków"
    assert enquiry.topic == EnquiryTopic.MEMBERSHIP
    assert enquiry.message == "Jak gmina może przystąpić do klastra i ile to kosztuje?"
    assert enquiry.status == EnquiryStatus.NEW
    assert enquiry.consent_given_at is not None
    assert enquiry.coordinator_notified_at is not None
    [notification] = [m for m in mail.outbox if settings.COORDINATOR_EMAIL in m.to]
    assert "Jak gmina może przystąpić do klastra" in notification.body
    assert notification.reply_to == ["grazyna@gmina-radzionkow.example"]

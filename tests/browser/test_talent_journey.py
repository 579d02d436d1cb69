"""A specialist applies to an internship with a real PDF; the organisation shortlists them.

Also: an organisation publishes an offer, and the specialist directory and "offers for me" pages pass axe."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect

from platforma.accounts.models import ProfileVisibility
from platforma.talent.models import Application, ApplicationStatus, Offer, OfferKind
from platforma.talent.pdf import minimal_pdf
from platforma.talent.tests.factories import OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory
from tests.browser.conftest import assert_accessible, label, log_in, verify_email

PASSWORD = "haslo-testowe-123"


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    # The live server runs in this process, so it stores CVs where the test can look.
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def soil_analysis():
    # The test database is flushed between browser tests; a node of our own, named so it cannot clash.
    return CompetenceFactory(
        slug="przegladarka-analizy-gleb", name_pl="Analizy gleb w przeglądarce", name_en="Soil analyses in a browser"
    )


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Wyloguj").click()
    expect(page.get_by_role("link", name="Zaloguj")).to_be_visible()


def test_a_specialist_applies_to_an_internship_and_the_organisation_shortlists_them(
    page: Page, dawid, bogdan, celina, ziemia, soil_analysis, tmp_path
) -> None:
    offer = OfferFactory(
        organisation=ziemia,
        author=bogdan,
        kind=OfferKind.INTERNSHIP,
        title="Stażysta/stażystka w laboratorium analiz gleb",
        description="Przygotowanie próbek gleby do oznaczeń **cynku i ołowiu**.",
        city="Bytom",
        competences=[soil_analysis],
        pay_min=3200,
        pay_max=3800,
        pay_period="month",
    )
    dawid.profile.competences.add(soil_analysis)
    cv_bytes = minimal_pdf("Curriculum vitae", "Dawid Specjalista", "Analizy gleb")
    cv_file = tmp_path / "CV Dawid.pdf"
    cv_file.write_bytes(cv_bytes)
    verify_email(dawid)
    verify_email(bogdan)

    # The specialist finds the internship on the board.
    log_in(page, email=dawid.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Dawid Specjalista")).to_be_visible()
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Praca").click()
    expect(page.get_by_role("heading", level=1, name="Praca, staże i szkolenia")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Rodzaj oferty").select_option("internship")
    page.get_by_role("button", name="Filtruj").click()
    expect(page.get_by_role("heading", name="Liczba aktualnych ofert: 1")).to_be_visible()
    page.get_by_role("link", name="Dopasowane do mnie").click()
    expect(page.get_by_role("heading", level=1, name="Oferty dopasowane do mnie")).to_be_visible()
    expect(page.get_by_text("Wspólne kompetencje z Twoim profilem: 1")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Stażysta/stażystka w laboratorium analiz gleb").click()
    expect(page.get_by_role("heading", level=1, name="Stażysta/stażystka w laboratorium analiz gleb")).to_be_visible()
    expect(page.get_by_text("3 200–3 800 zł brutto miesięcznie")).to_be_visible()
    assert_accessible(page)

    # …and applies with a message and a real PDF.
    page.get_by_role("link", name="Aplikuj").click()
    expect(page).to_have_url(re.compile(rf"/praca/{offer.pk}/aplikuj/$"))
    assert_accessible(page)
    page.get_by_label(label("Wiadomość do organizacji")).fill(
        "Dzień dobry, kończę studia z inżynierii środowiska i chętnie nauczę się oznaczeń metali."
    )
    page.get_by_label(label("CV (plik PDF)")).set_input_files(str(cv_file))
    page.get_by_role("button", name="Wyślij aplikację").click()

    expect(page.get_by_text("Wysłano aplikację.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name=re.compile("Twoja aplikacja"))).to_be_visible()
    expect(page.get_by_role("region", name="Status aplikacji")).to_contain_text("otrzymana")
    assert_accessible(page)

    application = Application.objects.get()
    assert application.offer == offer
    assert application.applicant == dawid
    assert application.status == ApplicationStatus.RECEIVED
    assert application.cv.open("rb").read() == cv_bytes
    assert {address for message in mail.outbox for address in message.to} == {
        dawid.email,
        bogdan.email,
        celina.email,
    }

    page.get_by_role("link", name="Moje aplikacje").first.click()
    expect(page.get_by_role("heading", level=1, name="Moje aplikacje")).to_be_visible()
    expect(page.get_by_role("row").filter(has_text="Stażysta/stażystka")).to_contain_text("otrzymana")
    assert_accessible(page)
    log_out(page)

    # The organisation opens its applications and shortlists the specialist, without a page reload.
    mail.outbox.clear()
    log_in(page, email=bogdan.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Bogdan Adminowski")).to_be_visible()
    page.goto("/praca/")
    page.get_by_role("link", name="Oferty mojej organizacji").click()
    expect(page.get_by_role("heading", level=1, name="Oferty mojej organizacji")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="1 (nowe: 1, na krótkiej liście: 0)").click()
    expect(page.get_by_role("heading", level=1, name=re.compile("Aplikacje: Stażysta"))).to_be_visible()
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="CV: Dawid Specjalista").click()
    assert download.value.suggested_filename == "CV-dawid-specjalista.pdf"
    assert download.value.path().read_bytes() == cv_bytes

    page.get_by_role("link", name="Dawid Specjalista", exact=True).click()
    expect(page.get_by_role("heading", level=1, name="Aplikacja: Dawid Specjalista")).to_be_visible()
    expect(page.get_by_text("kończę studia z inżynierii środowiska")).to_be_visible()
    assert_accessible(page)
    page.evaluate("window.sameDocument = true")
    status = page.get_by_role("region", name="Status aplikacji")
    status.get_by_label("Nowy status").select_option(label="na krótkiej liście")
    with page.expect_response(re.compile(rf"/praca/aplikacje/{application.pk}/status/$")) as response:
        status.get_by_role("button", name="Zmień status").click()
    assert response.value.request.headers.get("hx-request") == "true"

    status = page.get_by_role("region", name="Status aplikacji")
    expect(status.get_by_role("status")).to_contain_text("Status aplikacji: na krótkiej liście.")
    expect(page.get_by_role("heading", name="Status aplikacji")).to_be_focused()
    assert page.evaluate("window.sameDocument") is True
    assert_accessible(page)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.SHORTLISTED
    assert application.status_changed_at is not None
    assert [message.to for message in mail.outbox] == [[dawid.email]]
    assert "na krótkiej liście" in mail.outbox[0].subject
    assert f"/praca/aplikacje/{application.pk}/" in mail.outbox[0].body


def test_an_organisation_publishes_a_training_course(page: Page, celina, ziemia, soil_analysis) -> None:
    verify_email(celina)

    log_in(page, email=celina.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Celina Członkowska")).to_be_visible()
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Praca").click()
    page.get_by_role("link", name="Dodaj ofertę").click()
    expect(page.get_by_role("heading", level=1, name="Dodaj ofertę pracy, stażu lub szkolenia")).to_be_visible()
    assert_accessible(page)

    deadline = timezone.localdate() + datetime.timedelta(days=14)
    page.get_by_label("szkolenie", exact=True).check()
    page.get_by_label(label("Tytuł")).fill("Szkolenie: fitoremediacja w praktyce")
    page.get_by_label(label("Opis")).fill("Dwa dni: **dobór roślin** i zajęcia terenowe na hałdzie.")
    page.get_by_text("Analizy gleb w przeglądarce").first.click()
    page.get_by_label("Analizy gleb w przeglądarce — ogólnie").check()
    page.get_by_label(label("Miejscowość")).fill("Piekary Śląskie")
    page.get_by_label("elastycznie / do uzgodnienia").check()
    page.get_by_label(label("Godziny (opis)")).fill("2 dni po 7 godzin")
    page.get_by_label(label("Termin zgłoszeń")).fill(deadline.isoformat())
    page.get_by_label(label("Link do wydarzenia (dla szkoleń)")).fill("https://www.fitoklar.example/szkolenie")
    # A pay amount without its period is explained, and nothing typed is lost.
    page.get_by_label(label("Wynagrodzenie od (zł brutto)")).fill("300")
    page.get_by_role("button", name="Opublikuj ofertę").click()
    expect(page.get_by_text("Podaj, za jaki okres jest wynagrodzenie")).to_be_visible()
    expect(page.get_by_label(label("Tytuł"))).to_have_value("Szkolenie: fitoremediacja w praktyce")
    assert_accessible(page)
    page.get_by_label(label("Wynagrodzenie od (zł brutto)")).fill("")
    page.get_by_role("button", name="Opublikuj ofertę").click()

    expect(page.get_by_text("Opublikowano ofertę.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name="Szkolenie: fitoremediacja w praktyce")).to_be_visible()
    expect(page.get_by_role("link", name="Strona wydarzenia")).to_be_visible()
    assert_accessible(page)

    offer = Offer.objects.get()
    assert offer.kind == OfferKind.TRAINING
    assert offer.organisation == ziemia
    assert offer.author == celina
    assert offer.deadline == deadline
    assert offer.hours_note == "2 dni po 7 godzin"
    assert offer.event_url == "https://www.fitoklar.example/szkolenie"
    assert offer.pay_min is None
    assert list(offer.competences.all()) == [soil_analysis]


def test_visitors_browse_the_specialist_directory(page: Page, dawid, soil_analysis) -> None:
    dawid.profile.visibility = ProfileVisibility.PUBLIC
    dawid.profile.save()
    dawid.profile.competences.add(soil_analysis)

    page.goto("/")
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Specjaliści").click()
    expect(page.get_by_role("heading", level=1, name="Specjaliści")).to_be_visible()
    expect(page.get_by_role("article").filter(has_text="Dawid Specjalista")).to_contain_text(
        "Analizy gleb w przeglądarce"
    )
    assert_accessible(page)
    page.get_by_role("link", name="Dawid Specjalista").click()
    expect(page.get_by_role("heading", level=1, name="Dawid Specjalista")).to_be_visible()

"""A member writes news and hands it in; the coordinator publishes it; it reaches the list and the RSS feed."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from platforma.community.news.models import News, NewsStatus
from platforma.taxonomy.tests.factories import CompetenceFactory
from tests.browser.conftest import assert_accessible, label, log_in, verify_email

PASSWORD = "haslo-testowe-123"
TITLE = "Wody kopalniane z szybu Bolko oczyszczone do jakości rzecznej"


@pytest.fixture
def competences():
    # A transactional test database is flushed after each test, so the tree the data migration loads may be gone.
    # Names of their own, so that they do not clash with the migration's tree when it is there.
    water = CompetenceFactory(slug="przegladarka-wody", name_pl="Zasolone wody szybowe", name_en="Saline shaft water")
    sulphates = CompetenceFactory(
        slug="przegladarka-siarczany",
        name_pl="Siarczany w wodach szybowych",
        name_en="Sulphates in shaft water",
        parent=water,
    )
    return water, sulphates


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 40), (30, 90, 140)).save(buffer, format="PNG")
    return buffer.getvalue()


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Wyloguj").click()


def test_a_member_writes_news_that_the_coordinator_publishes(page: Page, celina, ziemia, anna, competences) -> None:
    _water, sulphates = competences
    verify_email(celina)
    verify_email(anna)

    # Celina writes the news item and hands it to the coordinator.
    log_in(page, email=celina.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Celina Członkowska")).to_be_visible()
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Aktualności").click()
    expect(page.get_by_role("heading", level=1, name="Aktualności")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Napisz aktualność").click()
    expect(page).to_have_url(re.compile(r"/aktualnosci/nowa/$"))
    assert_accessible(page)

    page.get_by_label(label("Tytuł")).fill(TITLE)
    page.get_by_label(label("Zajawka")).fill("Instalacja odwróconej osmozy usuwa 95% siarczanów i chlorków.")
    page.get_by_label(label("Treść")).fill("## Wyniki\n\nPo trzech miesiącach **siarczany** spadły do 180 mg/l.")
    page.get_by_label("Zdjęcie (nieobowiązkowe)").set_input_files(
        {"name": "szyb.png", "mimeType": "image/png", "buffer": png_bytes()}
    )
    page.get_by_label("Opis zdjęcia").fill("Zbiorniki instalacji przy szybie Bolko")
    page.locator("summary", has_text="Zasolone wody szybowe").click()  # opens the area's group of checkboxes
    page.get_by_label("Siarczany w wodach szybowych").check()
    page.get_by_role("button", name="Zapisz i przekaż do zatwierdzenia").click()

    expect(page.get_by_text("Aktualność przekazano koordynatorowi klastra do zatwierdzenia.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()
    expect(page.get_by_text("status: czeka na zatwierdzenie")).to_be_visible()
    expect(page.get_by_role("img", name="Zbiorniki instalacji przy szybie Bolko")).to_be_visible()
    assert_accessible(page)
    news = News.objects.get()
    assert (news.status, news.organisation) == (NewsStatus.SUBMITTED, ziemia)
    assert list(news.competences.all()) == [sulphates]
    log_out(page)

    # Anna, the coordinator, finds it in the panel and publishes it.
    log_in(page, email=anna.email, password=PASSWORD)
    page.goto("/aktualnosci/")
    page.get_by_role("link", name="Do zatwierdzenia").click()
    expect(page.get_by_role("heading", level=1, name="Aktualności do zatwierdzenia")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Zwróć do poprawy").click()
    expect(page.get_by_text("Napisz autorowi, co trzeba poprawić.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Opublikuj aktualność").click()
    expect(page.get_by_text(f"Opublikowano aktualność „{TITLE}”.")).to_be_visible()
    assert_accessible(page)
    news.refresh_from_db()
    assert news.status == NewsStatus.PUBLISHED
    log_out(page)

    # A visitor finds it in the list, filtered by its area, and in the RSS feed.
    page.goto("/aktualnosci/")
    page.get_by_label("Kompetencja").select_option(label="Zasolone wody szybowe — ogólnie")
    page.get_by_role("button", name="Filtruj").click()
    expect(page.get_by_role("heading", name="Liczba aktualności: 1")).to_be_visible()
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    assert_accessible(page)
    feed_href = page.locator('link[rel="alternate"][type="application/rss+xml"]').get_attribute("href")
    feed = page.request.get(feed_href)
    assert feed.ok
    assert TITLE in feed.text()
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("img", name="Zbiorniki instalacji przy szybie Bolko")).to_be_visible()
    expect(page.get_by_text(ziemia.name)).to_be_visible()
    assert_accessible(page)

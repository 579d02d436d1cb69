"""A member writes an article for the knowledge base; the coordinator reviews it, returns it once, then publishes it."""

import re

import pytest
from django.conf import settings
from django.core import mail
from playwright.sync_api import Page, expect

from platforma.core.models import Visibility
from platforma.knowledge.models import Article, ArticleKind, ArticleStatus
from platforma.taxonomy.tests.factories import CompetenceFactory
from tests.browser.conftest import assert_accessible, label, log_in, verify_email

PASSWORD = "haslo-testowe-123"
TITLE = "Gaszenie hałdy w Bytomiu-Miechowicach iniekcją popiołów"


@pytest.fixture
def competences():
    # A transactional test database is flushed after each test, so the tree the data migration loads may be gone.
    fires = CompetenceFactory(slug="przegladarka-haldy", name_pl="Hałdy płonące", name_en="Burning heaps")
    injection = CompetenceFactory(
        slug="przegladarka-iniekcje", name_pl="Iniekcje popiołowe", name_en="Ash injection", parent=fires
    )
    return fires, injection


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Wyloguj").click()


def test_a_member_writes_an_article_that_the_coordinator_publishes(
    page: Page, celina, ziemia, anna, competences
) -> None:
    _fires, injection = competences
    verify_email(celina)
    verify_email(anna)

    # Celina writes the article and hands it to review.
    log_in(page, email=celina.email, password=PASSWORD)
    expect(page.get_by_role("link", name="Celina Członkowska")).to_be_visible()
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Wiedza").click()
    expect(page.get_by_role("heading", level=1, name="Baza wiedzy")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Napisz artykuł").click()
    expect(page).to_have_url(re.compile(r"/wiedza/nowy/$"))
    expect(page.get_by_role("heading", level=1, name="Napisz artykuł do bazy wiedzy")).to_be_visible()
    assert_accessible(page)

    page.get_by_label(label("Tytuł")).fill(TITLE)
    page.get_by_label(label("Rodzaj")).select_option(label="karta technologii")
    page.get_by_label(label("Streszczenie")).fill("Jak w trzy miesiące wygasiliśmy ognisko termiczne bez rozkopywania.")
    page.get_by_label(label("Treść")).fill(
        "## Metoda\n\nZawiesina popiołów lotnych wtłaczana w siatce **3 × 3 m**.\n\n## Wynik\n\nTemperatura spadła."
    )
    page.locator("summary", has_text="Hałdy płonące").click()  # opens the area's group of checkboxes
    page.get_by_label("Iniekcje popiołowe").check()
    expect(page.get_by_label(ziemia.name)).to_be_checked()
    page.get_by_label("tylko dla członków klastra").check()
    page.get_by_role("button", name="Zapisz i przekaż do recenzji").click()

    expect(page.get_by_text("Artykuł przekazano do recenzji.")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name=TITLE)).to_be_visible()
    expect(page.get_by_text("status: w recenzji")).to_be_visible()
    assert_accessible(page)
    article = Article.objects.get()
    assert article.status == ArticleStatus.IN_REVIEW
    assert mail.outbox[-1].to == [settings.COORDINATOR_EMAIL]
    log_out(page)

    # Anna, the coordinator, returns it with a comment.
    log_in(page, email=anna.email, password=PASSWORD)
    page.goto("/wiedza/")
    page.get_by_role("link", name="Artykuły do recenzji").click()
    expect(page.get_by_role("heading", level=1, name="Artykuły do recenzji")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=TITLE).click()
    review = page.get_by_role("region", name="Recenzja")
    review.get_by_role("button", name="Zwróć do poprawy").click()
    expect(page.get_by_text("Napisz autorom, co trzeba poprawić.")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Uwagi dla autorów").fill("Podajcie, ile zawiesiny zużyto na metr sześcienny ogniska.")
    page.get_by_role("button", name="Zwróć do poprawy").click()
    expect(page.get_by_text("Zwrócono artykuł do poprawy.")).to_be_visible()
    log_out(page)

    # Celina reads the comment, improves the text and resubmits.
    log_in(page, email=celina.email, password=PASSWORD)
    page.goto("/wiedza/moje/")
    expect(page.get_by_text("status: zwrócony do poprawy")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_text("Podajcie, ile zawiesiny zużyto")).to_be_visible()
    page.get_by_role("link", name="Edytuj artykuł").click()
    assert_accessible(page)
    body = page.get_by_label(label("Treść"))
    body.fill(body.input_value() + " Zużycie: 0,4 m³ zawiesiny na 1 m³ ogniska.")
    page.get_by_label("Opis zmian (nieobowiązkowy)").fill("Dodano zużycie zawiesiny.")
    page.get_by_role("button", name="Zapisz i przekaż do recenzji").click()
    expect(page.get_by_text("Zapisano zmiany i przekazano artykuł do recenzji.")).to_be_visible()
    page.get_by_role("link", name="Historia wersji").click()
    expect(page.get_by_role("cell", name="Dodano zużycie zawiesiny.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="co zmieniła wersja 2").click()
    expect(page.locator("ins")).to_contain_text("0,4 m³ zawiesiny")
    assert_accessible(page)
    log_out(page)

    # Anna publishes it.
    log_in(page, email=anna.email, password=PASSWORD)
    page.goto("/wiedza/do-recenzji/")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Opublikuj artykuł").click()
    expect(page.get_by_text("Opublikowano artykuł.")).to_be_visible()
    expect(page.get_by_text("Członkowska C. (")).to_be_visible()
    assert_accessible(page)

    article.refresh_from_db()
    expect(page).to_have_url(
        re.compile(rf"/wiedza/{article.pk}-gaszenie-haldy-w-bytomiu-miechowicach-iniekcja-popiolow/$")
    )
    assert article.title == TITLE
    assert article.kind == ArticleKind.TECHNOLOGY_SHEET
    assert article.status == ArticleStatus.PUBLISHED
    assert article.visibility == Visibility.MEMBERS
    assert article.published_at is not None
    assert "0,4 m³ zawiesiny" in article.body
    assert [link.user for link in article.author_links.all()] == [celina]
    assert list(article.organisations.all()) == [ziemia]
    assert list(article.competences.all()) == [injection]
    versions = list(article.versions.order_by("number"))
    assert [(v.number, v.changed_by, v.note) for v in versions] == [
        (1, celina, "Pierwsza wersja."),
        (2, celina, "Dodano zużycie zawiesiny."),
    ]
    assert list(article.status_changes.values_list("to_status", flat=True)) == [
        "draft",
        "in_review",
        "returned",
        "in_review",
        "published",
    ]
    to_celina = [message for message in mail.outbox if message.to == [celina.email]]
    assert [message.subject for message in to_celina] == [
        f"Artykuł wymaga poprawek: {TITLE}",
        f"Artykuł opublikowany: {TITLE}",
    ]
    log_out(page)

    # A visitor does not see a members-only article; the list says nothing about it.
    page.goto("/wiedza/")
    expect(page.get_by_text("Liczba znalezionych artykułów: 0")).to_be_visible()
    assert page.goto(article.get_absolute_url()).status == 404


def test_an_author_illustrates_a_draft_with_an_image_and_a_pdf(page: Page, celina, ziemia, tmp_path) -> None:
    from platforma.knowledge.models import ArticleAttachment, ArticleImage
    from platforma.knowledge.tests.factories import DraftArticleFactory
    from platforma.knowledge.tests.test_file_views import png
    from platforma.knowledge.tests.test_files import PDF

    article = DraftArticleFactory(authors=[celina], organisations=[ziemia], title="Murawy galmanowe w Bytomiu")
    image = tmp_path / "murawa.png"
    image.write_bytes(png().read())
    report = tmp_path / "Inwentaryzacja 2025.pdf"
    report.write_bytes(PDF)
    verify_email(celina)

    log_in(page, email=celina.email, password=PASSWORD)
    page.goto(article.get_absolute_url())
    page.get_by_role("link", name="Obrazy i załączniki").click()
    expect(page.get_by_role("heading", level=1, name="Obrazy i załączniki")).to_be_visible()
    assert_accessible(page)

    page.get_by_label(label("Obraz")).set_input_files(str(image))
    page.get_by_label(label("Tekst alternatywny")).fill("Fiołek galmanowy na zwałowisku")
    page.get_by_role("button", name="Dodaj obraz").click()
    expect(page.get_by_text("Dodano obraz.")).to_be_visible()
    page.get_by_label(label("Plik")).set_input_files(str(report))
    page.get_by_role("button", name="Dodaj załącznik").click()
    expect(page.get_by_text("Dodano załącznik.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Wróć do artykułu").click()
    expect(page.get_by_role("img", name="Fiołek galmanowy na zwałowisku")).to_be_visible()
    expect(page.get_by_role("link", name="Inwentaryzacja 2025")).to_be_visible()
    assert page.evaluate("document.querySelector('main img').naturalWidth") == 20
    assert_accessible(page)

    stored_image = ArticleImage.objects.get()
    assert stored_image.article == article
    assert stored_image.alt_text == "Fiołek galmanowy na zwałowisku"
    attachment = ArticleAttachment.objects.get()
    assert (attachment.title, attachment.file_format, attachment.original_name) == (
        "Inwentaryzacja 2025",
        "pdf",
        "Inwentaryzacja 2025.pdf",
    )

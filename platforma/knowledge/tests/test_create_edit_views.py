import pytest
from django.urls import reverse

from platforma.knowledge.models import Article, ArticleStatus, ArticleVersion
from platforma.knowledge.tests.factories import ArticleFactory, DraftArticleFactory, make_articles
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

CREATE = reverse("knowledge:create")


def form_data(**overrides):
    return {
        "title": "Ograniczanie odcieków ze składowiska w Brzezinach",
        "kind": "good_practice",
        "summary": "Jak zmniejszyliśmy ilość odcieków o połowę.",
        "body": "## Problem\n\nOdcieki z kwatery nr 2.",
        "visibility": "public",
        **overrides,
    }


def test_a_member_writes_a_draft_for_their_organisation(client_for, celina, bogdan, ziemia):
    competence = CompetenceFactory()

    response = client_for(celina).post(
        CREATE, form_data(competences=[competence.pk], authors=[bogdan.pk], organisations=[ziemia.pk])
    )

    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert article.status == ArticleStatus.DRAFT
    assert [link.user for link in article.author_links.all()] == [celina, bogdan]
    assert list(article.organisations.all()) == [ziemia]
    assert list(article.competences.all()) == [competence]
    assert article.versions.count() == 1


def test_the_form_offers_colleagues_and_the_own_organisation_preselected(client_for, celina, bogdan, ziemia, ewa):
    response = client_for(celina).get(CREATE)

    page = response.content.decode()
    assert "Bogdan Adminowski" in page
    assert "Ewa Zewnętrzna" not in page
    assert response.context["form"].initial["organisations"] == [ziemia.pk]


def test_save_and_submit_goes_straight_to_review(client_for, celina, ziemia):
    client_for(celina).post(CREATE, {**form_data(organisations=[ziemia.pk]), "action": "submit"})

    assert Article.objects.get().status == ArticleStatus.IN_REVIEW


def test_errors_keep_what_was_typed_and_explain_in_polish(client_for, celina, bogdan, ewa, woda):
    response = client_for(celina).post(CREATE, form_data(title="", organisations=[woda.pk], authors=[ewa.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Odcieki z kwatery nr 2." in page
    assert "Jak zmniejszyliśmy ilość odcieków o połowę." in page
    assert "To pole jest wymagane." in page
    assert "Nie możesz wskazać tej organizacji jako autora." in page
    assert "Tej osoby nie można wskazać jako autora." in page
    assert not Article.objects.exists()


def test_a_member_must_name_the_organisation_they_write_for(client_for, celina):
    response = client_for(celina).post(CREATE, form_data())

    assert "Wskaż organizację, w której imieniu piszesz artykuł." in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.parametrize("role", ["olek", "dawid"])
def test_people_outside_member_organisations_cannot_write(role, person, client_for):
    response = client_for(person(role)).post(CREATE, form_data())

    assert response.status_code == 403
    assert not Article.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(CREATE)

    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_the_coordinator_writes_without_an_organisation(client_for, anna):
    response = client_for(anna).post(CREATE, form_data())

    assert response.status_code == 302
    assert [link.user for link in Article.objects.get().author_links.all()] == [anna]


def test_an_author_edits_a_draft_and_a_version_records_the_change(client_for, celina, bogdan, ziemia):
    article = DraftArticleFactory(authors=[celina], organisations=[ziemia], title="Stary tytuł")
    url = reverse("knowledge:edit", args=[article.pk])
    browser = client_for(celina)

    assert browser.get(url).status_code == 200
    response = browser.post(
        url,
        form_data(title="Nowy tytuł", organisations=[ziemia.pk], authors=[celina.pk, bogdan.pk], note="Nowy tytuł"),
    )

    article.refresh_from_db()
    assert response.status_code == 302
    assert article.title == "Nowy tytuł"
    assert [link.user for link in article.author_links.all()] == [celina, bogdan]
    version = ArticleVersion.objects.get(article=article)
    assert (version.changed_by, version.note) == (celina, "Nowy tytuł")


def test_an_author_cannot_remove_themselves(client_for, celina, bogdan, ziemia):
    article = DraftArticleFactory(authors=[celina, bogdan], organisations=[ziemia], title="Stary")

    response = client_for(celina).post(
        reverse("knowledge:edit", args=[article.pk]),
        form_data(title="Nowy", organisations=[ziemia.pk], authors=[bogdan.pk]),
    )

    assert "Nie możesz usunąć siebie z autorów" in response.content.decode()
    article.refresh_from_db()
    assert article.title == "Stary"


@pytest.mark.parametrize(("role", "status"), [("bogdan", 404), ("ewa", 404), ("olek", 404)])
def test_non_authors_cannot_edit_a_draft(role, status, person, client_for, celina, ziemia):
    article = DraftArticleFactory(authors=[celina], organisations=[ziemia], title="Stary")

    response = client_for(person(role)).post(reverse("knowledge:edit", args=[article.pk]), form_data(title="Nowy"))

    assert response.status_code == status
    article.refresh_from_db()
    assert article.title == "Stary"


def test_authors_cannot_edit_a_published_article(client_for, celina, ziemia):
    article = ArticleFactory(authors=[celina], organisations=[ziemia], title="Stary")

    response = client_for(celina).post(reverse("knowledge:edit", args=[article.pk]), form_data(title="Nowy"))

    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Stary"


def test_the_coordinator_corrects_a_published_article(client_for, anna, celina, ziemia):
    article = ArticleFactory(authors=[celina], organisations=[ziemia], title="Stary")

    response = client_for(anna).post(
        reverse("knowledge:edit", args=[article.pk]),
        form_data(title="Poprawiony", authors=[celina.pk], organisations=[ziemia.pk]),
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Poprawiony", ArticleStatus.PUBLISHED)


def test_my_articles_lists_every_state(client_for, celina):
    DraftArticleFactory(authors=[celina], title="Szkic")
    ArticleFactory(authors=[celina], title="Opublikowany")
    ArticleFactory(title="Cudzy")

    response = client_for(celina).get(reverse("knowledge:mine"))

    assert sorted(a.title for a in response.context["articles"]) == ["Opublikowany", "Szkic"]
    assert "status: szkic" in response.content.decode()


@pytest.mark.parametrize("count", [10, 100])
def test_my_articles_is_a_constant_number_of_queries(count, client_for, celina, ziemia, django_assert_max_num_queries):
    make_articles(
        count,
        authors=[celina],
        organisations=[ziemia],
        competences=CompetenceFactory.create_batch(2),
        status=lambda index: ArticleStatus.DRAFT if index % 2 else ArticleStatus.PUBLISHED,
    )
    browser = client_for(celina)

    with django_assert_max_num_queries(10):
        assert browser.get(reverse("knowledge:mine")).status_code == 200


def test_my_articles_needs_logging_in(client):
    response = client.get(reverse("knowledge:mine"))

    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_the_english_interface_serves_the_same_pages(client):
    article = ArticleFactory(title="Hałdy")

    assert client.get("/en/wiedza/").status_code == 200
    assert client.get(f"/en/wiedza/{article.pk}-haldy/").status_code == 200

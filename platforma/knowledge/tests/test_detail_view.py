import pytest
from django.urls import reverse

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.core.models import Visibility
from platforma.knowledge.tests.conftest import ROLES
from platforma.knowledge.tests.factories import ArticleFactory, ArticleVersionFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

VISIBLE = {
    "draft": {"celina", "anna"},
    "in_review": {"celina", "anna"},
    "returned": {"celina", "anna"},
    "published_public": set(ROLES),
    "published_members": {"ewa", "celina", "bogdan", "anna"},
}


def test_a_published_article_shows_its_text_authors_citation_and_related_items(client, celina, ziemia, settings):
    settings.SITE_URL = "https://platforma.example"
    competence = CompetenceFactory(name_pl="Odsalanie")
    article = ArticleFactory(
        title="Odsalanie wód kopalnianych metodą odwróconej osmozy",
        body="## Wyniki\n\nSpadek **chlorków** o 95%.\n\n<script>alert(1)</script>",
        authors=[celina],
        organisations=[ziemia],
        competences=[competence],
    )
    ArticleFactory(title="Solanka z szybu Bolko", competences=[competence])
    ChallengeFactory(title="Zasolenie Bytomki", competences=[competence])

    response = client.get(article.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in page and "Odsalanie wód kopalnianych metodą odwróconej osmozy" in page
    assert "<strong>chlorków</strong>" in page
    assert "<script>alert(1)</script>" not in page
    assert "Celina Członkowska" in page
    assert ziemia.name in page
    assert "Członkowska C. (" in page
    assert f"https://platforma.example/wiedza/{article.pk}-odsalanie-wod-kopalnianych-metoda-odwroconej-osmozy/" in page
    assert "(dostęp: " in page
    assert "Solanka z szybu Bolko" in page
    assert "Zasolenie Bytomki" in page
    assert "1 min czytania" in page
    assert "Edytuj artykuł" not in page
    assert reverse("knowledge:versions", args=[article.pk]) not in page


@pytest.mark.parametrize("state", list(VISIBLE))
def test_who_may_open_an_article(state, everyone, article_in, client):
    article = article_in(state)
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(everyone[role])

        response = client.get(article.get_absolute_url())

        assert response.status_code == (200 if role in VISIBLE[state] else 404), role


def test_the_short_address_and_an_old_slug_lead_to_the_current_address(client):
    article = ArticleFactory(title="Nowy tytuł")

    short = client.get(reverse("knowledge:permalink", args=[article.pk]))
    old = client.get(reverse("knowledge:detail", kwargs={"pk": article.pk, "slug": "stary-tytul"}))

    assert short.status_code == old.status_code == 301
    assert short["Location"] == old["Location"] == f"/wiedza/{article.pk}-nowy-tytul/"


def test_unknown_ids_are_404(client):
    assert client.get("/wiedza/999999/").status_code == 404
    assert client.get("/wiedza/999999-cos/").status_code == 404


def test_the_author_sees_the_tools_and_the_version_count(client_for, celina):
    article = ArticleFactory(authors=[celina])
    ArticleVersionFactory(article=article, number=1)
    ArticleVersionFactory(article=article, number=2)

    page = client_for(celina).get(article.get_absolute_url()).content.decode()

    assert reverse("knowledge:versions", args=[article.pk]) in page
    assert reverse("knowledge:unpublish", args=[article.pk]) in page
    assert "Edytuj artykuł" not in page  # published: withdraw first


def test_the_coordinator_sees_the_review_form_on_an_article_in_review(client_for, anna, article_in):
    article = article_in("in_review")

    page = client_for(anna).get(article.get_absolute_url()).content.decode()

    assert reverse("knowledge:review", args=[article.pk]) in page
    assert "Opublikuj artykuł" in page
    assert "Zwróć do poprawy" in page


def test_a_returned_article_shows_the_reviewer_comment_to_its_author(client_for, celina, article_in):
    article = article_in("returned", review_note="Brakuje źródeł.")

    page = client_for(celina).get(article.get_absolute_url()).content.decode()

    assert "Brakuje źródeł." in page
    assert reverse("knowledge:submit", args=[article.pk]) in page


def test_the_detail_page_is_a_constant_number_of_queries(client_for, celina, ziemia, django_assert_max_num_queries):
    competences = CompetenceFactory.create_batch(3)
    article = ArticleFactory(authors=[celina], organisations=[ziemia], competences=competences)
    for _ in range(10):
        ArticleFactory(competences=competences, visibility=Visibility.MEMBERS)
        ChallengeFactory(competences=competences)
    browser = client_for(celina)

    with django_assert_max_num_queries(16):
        assert browser.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/wiedza/99999999999999999999999/",
        "/wiedza/99999999999999999999999-x/",
        "/wiedza/1/historia/99999999999999999999999/",
        "/wiedza/1/obrazy/99999999999999999999999/",
    ],
)
def test_absurdly_large_ids_are_404_not_500(client_for, celina, path):
    ArticleFactory(authors=[celina])

    assert client_for(celina).get(path).status_code == 404

import pytest
from django.urls import reverse

from platforma.knowledge.tests.factories import ArticleFactory, ArticleVersionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article_with_versions(celina, anna):
    article = ArticleFactory(authors=[celina])
    ArticleVersionFactory(
        article=article, number=1, title="Tytuł", body="Wstęp\nstary akapit\nKoniec", changed_by=celina
    )
    ArticleVersionFactory(
        article=article,
        number=2,
        title="Tytuł",
        body="Wstęp\nnowy <b>akapit</b>\nKoniec",
        changed_by=anna,
        note="Poprawka",
    )
    ArticleVersionFactory(article=article, number=3, title="Tytuł 3", body="Wstęp\nnowy <b>akapit</b>\nKoniec")
    return article


def test_authors_see_the_list_of_versions_with_who_saved_them(client_for, celina, article_with_versions):
    response = client_for(celina).get(reverse("knowledge:versions", args=[article_with_versions.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert [v.number for v in response.context["versions"]] == [3, 2, 1]
    assert "Anna Koordynatorska" in page
    assert "Poprawka" in page


def test_the_diff_between_two_versions_is_escaped_and_marked_with_signs(client_for, celina, article_with_versions):
    response = client_for(celina).get(
        reverse("knowledge:compare", args=[article_with_versions.pk]), {"a": "1", "b": "2"}
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "<del" in page and "stary akapit" in page
    assert "<ins" in page and "nowy &lt;b&gt;akapit&lt;/b&gt;" in page
    assert "<b>akapit</b>" not in page
    assert "Zmiany od wersji 1 do wersji 2" in page


@pytest.mark.parametrize("params", [{}, {"a": "abc", "b": "2"}, {"a": "99", "b": "1"}, {"a": "2", "b": "2"}])
def test_malformed_comparisons_fall_back_to_the_two_latest_versions(params, client_for, celina, article_with_versions):
    response = client_for(celina).get(reverse("knowledge:compare", args=[article_with_versions.pk]), params)

    assert response.status_code == 200
    assert (response.context["old"].number, response.context["new"].number) == (2, 3)


def test_versions_in_reverse_order_are_compared_oldest_to_newest(client_for, celina, article_with_versions):
    response = client_for(celina).get(
        reverse("knowledge:compare", args=[article_with_versions.pk]), {"a": "3", "b": "1"}
    )

    assert (response.context["old"].number, response.context["new"].number) == (1, 3)


def test_the_htmx_comparison_returns_only_the_diff_fragment(client_for, celina, article_with_versions):
    response = client_for(celina).get(
        reverse("knowledge:compare", args=[article_with_versions.pk]),
        {"a": "1", "b": "3"},
        headers={"HX-Request": "true", "HX-Target": "diff"},
    )

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="diff"')
    assert "<h1" not in page


def test_one_version_only_has_nothing_to_compare(client_for, celina):
    article = ArticleFactory(authors=[celina])
    ArticleVersionFactory(article=article, number=1)

    response = client_for(celina).get(reverse("knowledge:compare", args=[article.pk]))

    assert "Artykuł ma tylko jedną wersję." in response.content.decode()


def test_a_single_version_is_shown_rendered(client_for, celina, article_with_versions):
    response = client_for(celina).get(reverse("knowledge:version", args=[article_with_versions.pk, 1]))

    assert response.status_code == 200
    assert "stary akapit" in response.content.decode()
    assert client_for(celina).get(reverse("knowledge:version", args=[article_with_versions.pk, 9])).status_code == 404


@pytest.mark.parametrize("role", ["olek", "dawid", "ewa", "bogdan"])
def test_readers_who_are_not_authors_cannot_see_the_history(role, person, client_for, article_with_versions):
    browser = client_for(person(role))

    assert browser.get(reverse("knowledge:versions", args=[article_with_versions.pk])).status_code == 403
    assert browser.get(reverse("knowledge:compare", args=[article_with_versions.pk])).status_code == 403


def test_the_coordinator_sees_the_history(client_for, anna, article_with_versions):
    assert client_for(anna).get(reverse("knowledge:versions", args=[article_with_versions.pk])).status_code == 200

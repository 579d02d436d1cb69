import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from platforma.community.news import services
from platforma.community.news.models import News, NewsStatus
from platforma.community.news.tests.factories import DraftNewsFactory, NewsFactory, png_upload
from platforma.core.models import Visibility
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db
URL = reverse("news:list")


def titles(response) -> list[str]:
    return [news.title for news in response.context["news_items"]]


def test_visitors_see_public_published_news_with_feed_links(client, ziemia):
    competence = CompetenceFactory(name_pl="Wody kopalniane")
    NewsFactory(title="Pompownia w Bytomiu", organisation=ziemia, competences=[competence])
    NewsFactory(title="Tylko dla członków", visibility=Visibility.MEMBERS)
    DraftNewsFactory(title="Szkic")

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Pompownia w Bytomiu"]
    page = response.content.decode()
    assert "Wody kopalniane" in page
    assert ziemia.name in page
    assert '<link rel="alternate" type="application/rss+xml"' in page
    assert f'href="{reverse("news:atom")}"' in page
    assert "Napisz aktualność" not in page


def test_members_see_members_only_news_but_not_their_own_drafts_in_the_list(client_for, celina):
    NewsFactory(title="Tylko dla członków", visibility=Visibility.MEMBERS)
    DraftNewsFactory(title="Mój szkic", author=celina)

    response = client_for(celina).get(URL)

    assert titles(response) == ["Tylko dla członków"]
    assert reverse("news:create") in response.content.decode()


def test_the_competence_filter_includes_sub_competences_and_ignores_unknown_slugs(client):
    area = CompetenceFactory(slug="gleby")
    child = CompetenceFactory(slug="gleby-metale", parent=area)
    NewsFactory(title="O metalach", competences=[child])
    NewsFactory(title="O smogu")

    assert titles(client.get(URL, {"competence": "gleby"})) == ["O metalach"]
    assert sorted(titles(client.get(URL, {"competence": "nie-ma-takiej"}))) == ["O metalach", "O smogu"]


def test_the_filter_answers_htmx_with_the_results_fragment_only(client):
    area = CompetenceFactory(slug="halda")
    NewsFactory(title="O hałdzie", competences=[area])
    NewsFactory(title="Inna")

    response = client.get(URL, {"competence": "halda"}, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="results"')
    assert "O hałdzie" in page
    assert "Inna" not in page
    assert "<html" not in page


@pytest.mark.parametrize("page", ["abc", "-3", ""])
def test_a_malformed_page_number_gives_the_first_page(client, page):
    NewsFactory()
    assert client.get(URL, {"page": page}).status_code == 200


def test_a_page_past_the_end_is_not_found(client):
    NewsFactory()
    assert client.get(URL, {"page": "99"}).status_code == 404


@pytest.mark.parametrize("count", [5, 40])
@pytest.mark.parametrize("role", ["anonymous", "celina", "anna"])
def test_the_list_uses_a_constant_number_of_queries(
    count, role, person, client, client_for, django_assert_max_num_queries
):
    competences = CompetenceFactory.create_batch(3)
    organisations = OrganisationFactory.create_batch(2)
    for index in range(count):
        NewsFactory(organisation=organisations[index % 2], competences=competences[: index % 3 + 1])
    browser = client if role == "anonymous" else client_for(person(role))

    with django_assert_max_num_queries(12):
        response = browser.get(URL, {"competence": competences[0].slug})

    assert response.status_code == 200
    assert len(response.context["news_items"]) == min(count, 12)


def test_the_detail_shows_text_image_and_competences(client, ziemia):
    competence = CompetenceFactory(name_pl="Remediacja gleb")
    news = services.news_create(
        author=NewsFactory().author,
        title="Cynk w ogródkach",
        lead="Badania gleby wykazały przekroczenia.",
        body="## Wyniki\n\n**Cynk**: 1200 mg/kg <script>alert(1)</script>",
        organisation=ziemia,
        competences=[competence],
        image=png_upload(),
        image_alt="Ogródki działkowe w Piekarach",
        publish=True,
    )

    response = client.get(news.get_absolute_url())

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h2>Wyniki</h2>" in page
    assert "<strong>Cynk</strong>" in page
    assert "<script>alert" not in page
    assert 'alt="Ogródki działkowe w Piekarach"' in page
    assert news.image_url in page
    assert "Remediacja gleb" in page
    # A visitor sees the organisation, not the name of the person who wrote it.
    assert news.author.display_name not in page


def test_the_detail_of_a_draft_is_hidden_from_others(client, client_for, celina, bogdan):
    draft = DraftNewsFactory(author=celina)

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client_for(bogdan).get(draft.get_absolute_url()).status_code == 404
    assert client_for(celina).get(draft.get_absolute_url()).status_code == 200


def test_a_returned_item_shows_the_coordinators_note_to_its_author(client_for, celina):
    news = DraftNewsFactory(author=celina, status=NewsStatus.RETURNED, review_note="Dodajcie zdjęcie z terenu.")

    page = client_for(celina).get(news.get_absolute_url()).content.decode()

    assert "Dodajcie zdjęcie z terenu." in page
    assert reverse("news:edit", args=[news.pk]) in page


def test_a_published_item_loads_its_comments_thread_by_url(client):
    news = NewsFactory()
    thread = reverse("comments:thread", args=[ContentType.objects.get_for_model(News).pk, news.pk])

    page = client.get(news.get_absolute_url()).content.decode()

    assert '<section id="komentarze"' in page
    assert f'hx-get="{thread}"' in page
    assert client.get(thread).status_code == 200


def test_a_draft_has_no_comments_section(client_for, celina):
    draft = DraftNewsFactory(author=celina)

    page = client_for(celina).get(draft.get_absolute_url()).content.decode()

    assert 'id="komentarze"' not in page


def test_the_image_is_served_only_to_those_who_may_see_the_item(client, client_for, celina, ewa):
    news = services.news_create(
        author=celina,
        title="T",
        lead="L",
        body="B",
        image=png_upload(),
        image_alt="Opis",
        visibility=Visibility.MEMBERS,
    )
    url = reverse("news:image", args=[news.pk])

    assert client_for(celina).get(url).status_code == 200  # her own draft
    client.logout()
    assert client.get(url).status_code == 404
    news.status, news.published_at = NewsStatus.PUBLISHED, news.created_at
    news.save()
    response = client_for(ewa).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_an_item_without_an_image_has_no_image_url(client):
    news = NewsFactory()
    assert client.get(reverse("news:image", args=[news.pk])).status_code == 404


def test_my_news_lists_everything_i_wrote_and_nothing_else(client_for, celina, bogdan):
    DraftNewsFactory(author=celina, title="Mój szkic")
    NewsFactory(author=celina, title="Moja opublikowana")
    NewsFactory(author=bogdan, title="Cudza")

    response = client_for(celina).get(reverse("news:mine"))

    assert sorted(titles(response)) == ["Moja opublikowana", "Mój szkic"]


def test_my_news_asks_visitors_to_log_in(client):
    response = client.get(reverse("news:mine"))
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]

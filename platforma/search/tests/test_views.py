"""/szukaj/: the page, the live fragment, absurd input, and a constant number of queries."""

import pytest
from django.urls import reverse

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.core.models import Visibility
from platforma.search.models import SearchDocument

pytestmark = pytest.mark.django_db

URL = reverse("search:search")
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "search-results"}


def test_the_empty_search_page_explains_what_can_be_found(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert 'role="search"' in html
    assert 'for="id_q"' in html
    assert 'role="status"' in html
    assert "Wyzwania" in html and "Specjaliści" in html
    assert "?q=rekultywacja%20ha%C5%82d" in html  # an example to click


def test_a_search_shows_ranked_highlighted_results_with_their_type(client, reindex):
    challenge = ChallengeFactory(title="Rekultywacja hałdy w Radzionkowie", description="Hałda pyli.")
    reindex()
    response = client.get(URL, {"q": "rekultywacji hałd"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<mark>Rekultywacja</mark> <mark>hałdy</mark> w Radzionkowie" in html
    assert f'href="{challenge.get_absolute_url()}"' in html
    assert "wyzwanie" in html
    assert "Liczba wyników: 2" in html  # the challenge and its organisation, "Przedsiębiorstwo Rekultywacyjne …"
    assert 'aria-labelledby="search-facets-heading"' in html
    assert 'value="rekultywacji hałd"' in html  # the box keeps what was typed


def test_the_live_fragment_holds_only_the_results_and_the_announced_count(client, reindex):
    ChallengeFactory(title="Hałda przy szkole")
    reindex()
    response = client.get(URL, {"q": "hałda"}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "<h1" not in html
    assert html.lstrip().startswith('<div id="search-results">')
    assert 'id="search-status"' in html and 'hx-swap-oob="true"' in html
    assert "<mark>Hałda</mark> przy szkole" in html


def test_the_box_asks_for_live_results_while_typing(client):
    html = client.get(URL).content.decode()
    assert 'hx-get="/szukaj/"' in html
    assert 'hx-trigger="input changed delay:300ms, search"' in html
    assert 'hx-target="#search-results"' in html


def test_a_confidential_challenge_is_not_on_the_page_not_even_in_the_count(client, reindex, ziemia):
    ChallengeFactory(title="Tajna hałda", organisation=ziemia, visibility=Visibility.RESTRICTED)
    ChallengeFactory(title="Jawna hałda", organisation=ziemia)
    reindex()
    before = SearchDocument.objects.count()
    html = client.get(URL, {"q": "hałda", "type": "challenge"}).content.decode()
    assert "Tajna" not in html
    assert "Liczba wyników: 1" in html
    assert "Wyzwania (1)" in html
    assert SearchDocument.objects.count() == before  # searching changes nothing


def test_facet_links_keep_the_query(client, reindex):
    ChallengeFactory(title="Hałda", city="Bytom")
    reindex()
    html = client.get(URL, {"q": "hałda"}).content.decode()
    assert 'href="?q=ha%C5%82da&amp;city=Bytom"' in html


def test_did_you_mean_offers_the_corrected_query_as_a_link(client, reindex):
    ChallengeFactory(title="Oczyszczanie ścieków")
    reindex()
    html = client.get(URL, {"q": "sciekow"}).content.decode()
    assert "Czy chodziło Ci o:" in html
    assert "<strong>ścieków</strong>" in html
    assert 'href="?q=%C5%9Bciek%C3%B3w"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 10_000},
        {"q": "hałda " * 2_000},
        {"q": "?!.,;:()[]{}<>/\\|@#$%^&*~`'\"" * 20},
        {"q": "\x00"},
        {"q": "hałda\x00kopalnia"},
        {"q": "hałda", "type": "xyz"},
        {"q": "hałda", "page": "abc"},
        {"q": "hałda", "page": "-1"},
        {"q": "hałda", "page": "0"},
        {"q": "hałda", "competence": "abc"},
        {"q": "hałda", "city": "<script>alert(1)</script>"},
        {"q": '"hałda" OR NEAR(a b) AND NOT * :'},
        {"q": "'; DROP TABLE search_searchdocument; --"},
        {"q": "", "page": "7"},
        {"type": "challenge"},
    ],
)
def test_absurd_input_gives_a_normal_page(client, reindex, params):
    ChallengeFactory(title="Hałda")
    reindex()
    response = client.get(URL, params)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert SearchDocument.objects.filter(type_key="challenge").count() == 1


def test_a_page_past_the_last_one_is_not_found(client, reindex):
    ChallengeFactory(title="Hałda")
    reindex()
    assert client.get(URL, {"q": "hałda", "page": "50"}).status_code == 404


def test_results_link_to_the_english_pages_from_the_english_search(client, reindex):
    challenge = ChallengeFactory(title="Hałda")
    reindex()
    html = client.get("/en" + URL, {"q": "hałda"}).content.decode()
    assert f'href="/en/wyzwania/{challenge.pk}/"' in html


def test_the_header_of_every_page_has_a_labelled_search_box(client):
    html = client.get(URL).content.decode()
    assert 'id="header-search"' in html
    assert '<label for="header-search"' in html
    assert html.count('role="search"') == 2


@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize("persona", ["anonymous", "ewa"])
def test_the_results_page_needs_the_same_number_of_queries_for_10_and_100_items(
    request, client, client_for, reindex, django_assert_max_num_queries, count, persona, ziemia
):
    for number in range(count):
        ChallengeFactory(
            title=f"Hałda numer {number}",
            organisation=ziemia,
            visibility=Visibility.MEMBERS if number % 3 == 0 else Visibility.PUBLIC,
        )
    reindex()
    browser = client if persona == "anonymous" else client_for(request.getfixturevalue(persona))
    # session and user (2) + memberships (1) + candidates, their data, one visibility query per type
    # found (up to 4), competence names, the page's documents, the vocabulary check (1).
    with django_assert_max_num_queries(14):
        response = browser.get(URL, {"q": "hałda", "city": "Bytom"})
    assert response.status_code == 200

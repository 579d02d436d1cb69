import pytest
from django.urls import reverse

from platforma.resources.models import ResourceKind
from platforma.resources.tests.factories import BookingFactory, ResourceFactory, ResourcePhotoFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

URL = reverse("resources:list")


def names(response) -> list[str]:
    return [resource.name for resource in response.context["resources"]]


def test_visitors_see_the_catalogue_with_kind_price_and_competences_but_no_buttons(client, inna):
    competence = CompetenceFactory(name_pl="Fitoremediacja testowa")
    ResourceFactory(
        owner=inna,
        name="Poletka fitoremediacji",
        kind=ResourceKind.TEST_SITE,
        competences=[competence],
        is_free=True,
        price="",
    )
    ResourceFactory(owner=inna, name="Wiertnica", price="900 zł / dzień")
    ResourceFactory(owner=inna, name="Wyłączona", is_active=False)

    response = client.get(URL)

    assert response.status_code == 200
    assert names(response) == ["Poletka fitoremediacji", "Wiertnica"]
    page = response.content.decode()
    for text in ("poligon doświadczalny", "bezpłatnie", "900 zł / dzień", "Fitoremediacja testowa", inna.name):
        assert text in page
    for text in ("Udostępnij zasób", "Moje rezerwacje", "Prośby o rezerwację"):
        assert text not in page


def test_a_member_sees_buttons_and_the_number_of_pending_requests(client_for, bogdan, ziemia):
    BookingFactory(resource=ResourceFactory(owner=ziemia))
    page = client_for(bogdan).get(URL).content.decode()
    assert reverse("resources:create") in page
    assert reverse("resources:my_bookings") in page
    assert reverse("resources:requests") in page
    assert '<span class="badge text-bg-warning">1<span class="visually-hidden"> oczekujące</span>' in page


def test_the_coordinator_may_book_but_lists_nothing_without_an_organisation(client_for, anna):
    page = client_for(anna).get(URL).content.decode()
    assert reverse("resources:my_bookings") in page
    assert reverse("resources:create") not in page


def test_filters_apply_together(client, inna):
    ResourceFactory(
        owner=inna, name="Stacja powietrza", kind=ResourceKind.EQUIPMENT, city="Gliwice", is_free=True, price=""
    )
    ResourceFactory(owner=inna, name="Stacja płatna", kind=ResourceKind.EQUIPMENT, city="Gliwice")
    response = client.get(URL, {"kind": "equipment", "city": "Gliwice", "free": "on", "q": "stacja"})
    assert names(response) == ["Stacja powietrza"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-3"},
        {"kind": "rakieta"},
        {"competence": "abc"},
        {"city": "Atlantyda"},
        {"free": "może"},
        {"q": "x" * 500},
    ],
)
def test_malformed_parameters_give_a_normal_page(client, inna, params):
    ResourceFactory(owner=inna)
    assert client.get(URL, params).status_code == 200


def test_a_page_past_the_end_is_a_404(client, inna):
    ResourceFactory(owner=inna)
    assert client.get(URL, {"page": "99"}).status_code == 404


def test_the_htmx_fragment_is_the_results_section_only(client, inna):
    ResourceFactory(owner=inna, name="Wiertnica")
    response = client.get(URL, {"q": "wiert"}, headers={"HX-Request": "true", "HX-Target": "results"})
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="results"')
    assert "<html" not in page
    assert "Liczba znalezionych zasobów: 1" in page


@pytest.mark.parametrize("rows", [10, 100])
def test_the_number_of_queries_does_not_grow_with_the_list(
    client_for, bogdan, ziemia, inna, rows, django_assert_max_num_queries
):
    competence = CompetenceFactory()
    for number in range(rows):
        resource = ResourceFactory(owner=inna if number % 2 else ziemia, competences=[competence])
        if number % 3 == 0:
            ResourcePhotoFactory(resource=resource)
    client = client_for(bogdan)
    with django_assert_max_num_queries(13):
        response = client.get(URL)
    assert response.status_code == 200

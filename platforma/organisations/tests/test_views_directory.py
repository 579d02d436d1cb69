import pytest
from django.urls import reverse

from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

LIST_URL = reverse("organisations:list")


@pytest.fixture
def listed(db, competence_tree):
    member = OrganisationFactory(
        name="Hałda Serwis", city="Bytom", description="Gasimy **hałdy** od 1998 roku.", slug="halda-serwis"
    )
    member.competences.set([competence_tree["stab"], competence_tree["water"]])
    OrganisationFactory(name="Dawny Członek", city="Zabrze", cluster_status=ClusterStatus.FORMER)
    OrganisationFactory(name="Ukryty Kandydat", cluster_status=ClusterStatus.APPLICANT)
    return member


def test_directory_shows_cards_of_listed_organisations(client, listed):
    response = client.get(LIST_URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Hałda Serwis" in content
    assert 'href="/organizacje/halda-serwis/"' in content
    assert "Gasimy hałdy od 1998 roku." in content  # the short description, without Markdown marks
    assert "Fitostabilizacja" in content and "Wody kopalniane" in content
    assert "przedsiębiorstwo" in content.lower()
    assert "Dawny Członek" in content and "były członek klastra" in content
    assert "Ukryty Kandydat" not in content
    assert "<h1" in content and content.count("<h1") == 1


def test_directory_filters_from_the_query_string(client, listed):
    response = client.get(LIST_URL, {"competence": "test-gleby", "city": "Bytom", "q": "hałda"})
    assert list(response.context["organisations"]) == [listed]
    assert "Wyczyść filtry" in response.content.decode()


@pytest.mark.parametrize(
    "query", [{"page": "abc"}, {"type": "xyz"}, {"competence": "nonexistent"}, {"city": ""}, {"page": "-3"}]
)
def test_malformed_parameters_give_a_normal_page(client, listed, query):
    response = client.get(LIST_URL, query)
    assert response.status_code == 200
    assert len(response.context["organisations"]) == 2


def test_a_page_number_beyond_the_last_is_404(client, listed):
    assert client.get(LIST_URL, {"page": "9999"}).status_code == 404


def test_directory_paginates_by_twenty(client, db):
    OrganisationFactory.create_batch(25)
    first = client.get(LIST_URL)
    second = client.get(LIST_URL, {"page": "2"})
    assert len(first.context["organisations"]) == 20
    assert len(second.context["organisations"]) == 5
    assert "Strona 1 z 2" in first.content.decode()


def test_htmx_filter_request_gets_only_the_results_fragment(client, listed):
    response = client.get(LIST_URL, {"city": "Zabrze"}, headers={"HX-Request": "true"})
    content = response.content.decode()
    assert response.status_code == 200
    assert content.lstrip().startswith('<section id="results"')
    assert "<html" not in content and "<form" not in content
    assert "Dawny Członek" in content and "Hałda Serwis" not in content


def test_filter_form_keeps_the_chosen_values(client, listed):
    content = client.get(LIST_URL, {"q": "Hałda", "type": "company"}).content.decode()
    assert 'value="Hałda"' in content
    assert '<option value="company" selected>' in content


@pytest.mark.parametrize("rows", [10, 100])
def test_directory_query_count_does_not_grow_with_the_data(client, db, django_assert_max_num_queries, rows):
    competences = [CompetenceFactory() for _ in range(3)]
    for organisation in OrganisationFactory.create_batch(rows):
        organisation.competences.set(competences)
    with django_assert_max_num_queries(5):
        response = client.get(LIST_URL, {"page": "1"})
    assert response.status_code == 200
    assert len(response.context["organisations"]) == min(rows, 20)


@pytest.mark.parametrize("rows", [10, 100])
def test_filtered_directory_query_count_does_not_grow_either(
    client_for, bogdan, django_assert_max_num_queries, rows, competence_tree
):
    for organisation in OrganisationFactory.create_batch(rows, city="Bytom"):
        organisation.competences.set([competence_tree["stab"]])
    client = client_for(bogdan)
    with django_assert_max_num_queries(8):
        response = client.get(LIST_URL, {"competence": "test-gleby", "city": "Bytom", "q": "Przeds"})
    assert len(response.context["organisations"]) == min(rows, 20)

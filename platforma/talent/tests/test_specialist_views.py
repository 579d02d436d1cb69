import pytest
from django.urls import reverse

from platforma.accounts.models import Availability, ProfileVisibility
from platforma.accounts.tests.factories import ProfileFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

URL = reverse("specialists:list")


def names(response) -> list[str]:
    return [profile.user.display_name for profile in response.context["profiles"]]


def test_visitors_see_public_profiles_with_competences_availability_and_town(client, db):
    competence = CompetenceFactory(name_pl="Monitoring wód podziemnych")
    public = ProfileFactory(visibility=ProfileVisibility.PUBLIC, city="Bytom", job_title="Hydrogeolog")
    public.competences.add(competence)
    ProfileFactory(visibility=ProfileVisibility.MEMBERS)
    ProfileFactory(visibility=ProfileVisibility.PRIVATE)

    response = client.get(URL)

    page = response.content.decode()
    assert response.status_code == 200
    assert names(response) == [public.user.display_name]
    assert "<h1>Specjaliści</h1>" in page
    assert "Hydrogeolog" in page
    assert "Monitoring wód podziemnych" in page
    assert "Bytom" in page
    assert "dostępny/a do współpracy" in page
    assert reverse("accounts:public_profile", kwargs={"pk": public.pk}) in page


def test_cluster_members_also_see_members_only_profiles(client_for, celina):
    ProfileFactory(visibility=ProfileVisibility.MEMBERS)

    assert len(names(client_for(celina).get(URL))) == 1


def test_filters_by_competence_town_availability_and_text(client, db):
    competence = CompetenceFactory(slug="gleby-test")
    wanted = ProfileFactory(
        visibility=ProfileVisibility.PUBLIC, city="Gliwice", availability=Availability.LIMITED, job_title="Gleboznawca"
    )
    wanted.competences.add(competence)
    ProfileFactory(visibility=ProfileVisibility.PUBLIC, city="Gliwice", availability=Availability.LIMITED)

    response = client.get(
        URL, {"competence": "gleby-test", "city": "Gliwice", "availability": "limited", "q": "gleboznawca"}
    )

    assert names(response) == [wanted.user.display_name]


@pytest.mark.parametrize(
    "params",
    [{"page": "abc"}, {"availability": "zawsze"}, {"competence": "nie-ma"}, {"city": "Atlantyda"}, {"q": "ą" * 300}],
)
def test_malformed_parameters_give_a_normal_page(client, db, params):
    ProfileFactory(visibility=ProfileVisibility.PUBLIC)

    response = client.get(URL, params)

    assert response.status_code == 200
    assert len(names(response)) == 1


def test_a_page_number_beyond_the_last_is_a_404(client, db):
    assert client.get(URL, {"page": "50"}).status_code == 404


def test_htmx_filter_request_gets_only_the_results_fragment(client, db):
    ProfileFactory(visibility=ProfileVisibility.PUBLIC, job_title="Botaniczka")

    response = client.get(URL, {"q": "botan"}, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="results"')
    assert "Botaniczka" in page
    assert "<html" not in page


@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize("role", ["anonymous", "bogdan"])
def test_the_directory_uses_a_constant_number_of_queries(
    count, role, person, client, client_for, django_assert_max_num_queries
):
    competences = CompetenceFactory.create_batch(3)
    for index in range(count):
        profile = ProfileFactory(
            visibility=[ProfileVisibility.PUBLIC, ProfileVisibility.MEMBERS][index % 2], city=f"Miasto {index % 7}"
        )
        profile.competences.set(competences[: index % 3 + 1])
    browser = client if role == "anonymous" else client_for(person(role))

    with django_assert_max_num_queries(10):
        response = browser.get(URL, {"competence": competences[0].slug})

    assert response.status_code == 200
    assert len(response.context["profiles"]) == min(response.context["page_obj"].paginator.count, 24)

import pytest
from django.urls import reverse

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.opencalls.models import Eligibility
from platforma.opencalls.tests.factories import (
    CallProposalFactory,
    ClosedCallFactory,
    DecidedCallFactory,
    OpenCallFactory,
)
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

URL = reverse("opencalls:list")


def titles(response) -> list[str]:
    return [call.title for call in response.context["calls"]]


def test_visitors_see_calls_open_to_everyone_open_ones_first_with_the_state_in_words(client, inna):
    challenge = ChallengeFactory(organisation=inna)
    DecidedCallFactory(challenge=challenge, title="Rozstrzygnięty")
    OpenCallFactory(challenge=challenge, title="Otwarty")
    ClosedCallFactory(challenge=challenge, title="Zamknięty")
    OpenCallFactory(challenge=challenge, title="Dla członków", eligibility=Eligibility.MEMBERS)

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Otwarty", "Zamknięty", "Rozstrzygnięty"]
    page = response.content.decode()
    for words in ("otwarty", "zamknięty — trwa ocena", "rozstrzygnięty", "dla wszystkich", inna.name):
        assert words in page
    assert "Ogłoś nabór" not in page


def test_members_see_members_only_calls_and_a_button_to_open_one(client_for, celina, inna):
    OpenCallFactory(
        challenge=ChallengeFactory(organisation=inna), title="Dla członków", eligibility=Eligibility.MEMBERS
    )

    response = client_for(celina).get(URL)

    assert titles(response) == ["Dla członków"]
    assert reverse("opencalls:create") in response.content.decode()


def test_cards_count_live_proposals(client):
    call = OpenCallFactory()
    CallProposalFactory.create_batch(2, call=call)

    assert "Propozycje: 2" in client.get(URL).content.decode()


def test_filters_apply_and_survive_paging(client):
    competence = CompetenceFactory(slug="haldy-test")
    challenge = ChallengeFactory(competences=[competence])
    for _ in range(21):
        OpenCallFactory(challenge=challenge)
    OpenCallFactory(title="Inny temat")

    first = client.get(URL, {"competence": "haldy-test", "state": "open"})
    second = client.get(URL, {"competence": "haldy-test", "state": "open", "page": "2"})

    assert len(first.context["calls"]) == 20
    assert len(second.context["calls"]) == 1
    assert "competence=haldy-test&amp;state=open&amp;page=2" in first.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"state": "xyz"},
        {"eligibility": "kazdy"},
        {"competence": "brak"},
        {"page": "-1"},
        {"q": "x" * 500},
    ],
)
def test_malformed_parameters_give_a_normal_page(client, params):
    OpenCallFactory(title="Stabilizacja hałdy")

    response = client.get(URL, params)

    assert response.status_code == 200
    assert titles(response) == ["Stabilizacja hałdy"]


def test_a_page_beyond_the_last_is_a_404(client):
    OpenCallFactory()
    assert client.get(URL, {"page": "99999"}).status_code == 404


def test_htmx_filtering_gets_only_the_results_fragment(client):
    OpenCallFactory(title="Stabilizacja hałdy")

    response = client.get(URL, {"q": "hałdy"}, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="results"')
    assert "Stabilizacja hałdy" in page
    assert "<html" not in page


@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize("role", ["anonymous", "dawid", "bogdan"])
def test_the_list_uses_a_constant_number_of_queries(
    count, role, person, client, client_for, ziemia, django_assert_max_num_queries
):
    competence = CompetenceFactory()
    challenges = [
        ChallengeFactory(organisation=organisation, competences=[competence])
        for organisation in (ziemia, OrganisationFactory(), OrganisationFactory())
    ]
    factories = [OpenCallFactory, ClosedCallFactory, DecidedCallFactory]
    for index in range(count):
        call = factories[index % 3](
            challenge=challenges[index % 3],
            eligibility=[Eligibility.EVERYONE, Eligibility.MEMBERS][index % 2],
            criteria=[],
        )
        CallProposalFactory(call=call, author=None)
    browser = client if role == "anonymous" else client_for(person(role))

    with django_assert_max_num_queries(12):
        response = browser.get(URL, {"competence": competence.slug, "q": "hałdy"})

    assert response.status_code == 200
    assert len(response.context["calls"]) == min(response.context["page_obj"].paginator.count, 20)

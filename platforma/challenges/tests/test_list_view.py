import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import (
    ChallengeFactory,
    ChallengeSupportFactory,
    DraftChallengeFactory,
    ProposalFactory,
)
from platforma.core.models import Visibility
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

URL = reverse("challenges:list")


def titles(response) -> list[str]:
    return [challenge.title for challenge in response.context["challenges"]]


def test_visitors_see_public_open_challenges_with_status_in_words(client, inna):
    competence = CompetenceFactory(name_pl="Fitoremediacja")
    ChallengeFactory(organisation=inna, title="Cynk w glebie ogródków", competences=[competence])
    ChallengeFactory(organisation=inna, title="Tylko dla członków", visibility=Visibility.MEMBERS)

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Cynk w glebie ogródków"]
    page = response.content.decode()
    assert "otwarte" in page
    assert "Fitoremediacja" in page
    assert inna.name in page
    assert "Zgłoś wyzwanie" not in page


def test_members_see_members_only_challenges_and_a_button_to_report(client_for, celina, inna):
    ChallengeFactory(organisation=inna, title="Tylko dla członków", visibility=Visibility.MEMBERS)

    response = client_for(celina).get(URL)

    assert titles(response) == ["Tylko dla członków"]
    assert reverse("challenges:create") in response.content.decode()


def test_cards_show_counts_of_supports_and_proposals(client, inna, woda):
    challenge = ChallengeFactory(organisation=inna)
    ChallengeSupportFactory(challenge=challenge, organisation=woda)
    ProposalFactory(challenge=challenge)
    ProposalFactory(challenge=challenge)

    response = client.get(URL)

    assert "„My też”: 1 · Propozycje rozwiązań: 2" in response.content.decode()


def test_filters_by_status_and_shows_everything_with_wszystkie(client, inna):
    ChallengeFactory(organisation=inna, title="Otwarte")
    ChallengeFactory(organisation=inna, title="Rozwiązane", status=ChallengeStatus.SOLVED)

    assert titles(client.get(URL, {"status": "solved"})) == ["Rozwiązane"]
    assert sorted(titles(client.get(URL, {"status": "wszystkie"}))) == ["Otwarte", "Rozwiązane"]


def test_filters_by_competence_city_type_and_text(client, inna):
    competence = CompetenceFactory(slug="wody-kopalniane")
    ChallengeFactory(organisation=inna, title="Woda z szybu", city="Zabrze", competences=[competence])
    ChallengeFactory(organisation=inna, title="Woda z szybu w Bytomiu", city="Bytom", competences=[competence])
    ChallengeFactory(organisation=inna, title="Hałda", city="Zabrze")

    response = client.get(URL, {"competence": "wody-kopalniane", "city": "Zabrze", "org_type": "company", "q": "szyb"})

    assert titles(response) == ["Woda z szybu"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"status": "xyz"},
        {"competence": "brak"},
        {"org_type": "zzz"},
        {"city": "Atlantyda"},
        {"page": "-3"},
        {"q": "x" * 500},
        {"status": ["open", "xyz"]},
    ],
)
def test_malformed_parameters_give_a_normal_page(client, inna, params):
    ChallengeFactory(organisation=inna, title="Cynk w glebie")

    response = client.get(URL, params)

    assert response.status_code == 200
    assert titles(response) == ["Cynk w glebie"]


def test_a_page_number_beyond_the_last_is_a_404(client, inna):
    ChallengeFactory(organisation=inna)

    assert client.get(URL, {"page": "99999"}).status_code == 404


def test_twenty_challenges_per_page_and_the_filters_survive_paging(client, inna):
    for _ in range(21):
        ChallengeFactory(organisation=inna, city="Gliwice")

    first = client.get(URL, {"city": "Gliwice"})
    second = client.get(URL, {"city": "Gliwice", "page": "2"})

    assert len(first.context["challenges"]) == 20
    assert len(second.context["challenges"]) == 1
    assert "city=Gliwice&amp;page=2" in first.content.decode()


def test_htmx_filter_request_gets_only_the_results_fragment(client, inna):
    ChallengeFactory(organisation=inna, title="Cynk w glebie")

    response = client.get(URL, {"q": "cynk"}, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="results"')
    assert "Cynk w glebie" in page
    assert "<html" not in page


def make_challenges(count: int, *, organisations, competences, woda):
    for index in range(count):
        challenge = ChallengeFactory(
            organisation=organisations[index % len(organisations)],
            competences=competences[: index % 3 + 1],
            visibility=[Visibility.PUBLIC, Visibility.MEMBERS, Visibility.RESTRICTED][index % 3],
            visible_to=[woda],
        )
        ChallengeSupportFactory(challenge=challenge, organisation=woda)
        ProposalFactory(challenge=challenge)
    DraftChallengeFactory.create_batch(3, organisation=organisations[0])


@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize("role", ["anonymous", "ewa", "bogdan", "anna"])
def test_the_list_uses_a_constant_number_of_queries(
    count, role, person, client_for, client, woda, ziemia, django_assert_max_num_queries
):
    organisations = [ziemia, OrganisationFactory(), OrganisationFactory()]
    competences = CompetenceFactory.create_batch(3)
    make_challenges(count, organisations=organisations, competences=competences, woda=woda)
    browser = client if role == "anonymous" else client_for(person(role))

    with django_assert_max_num_queries(12):
        response = browser.get(URL, {"status": "wszystkie", "competence": competences[0].slug, "q": "Gleby"})

    assert response.status_code == 200
    assert len(response.context["challenges"]) == min(len(response.context["page_obj"].paginator.object_list), 20)

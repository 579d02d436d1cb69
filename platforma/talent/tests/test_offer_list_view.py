import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.organisations.tests.factories import OrganisationFactory
from platforma.talent.models import OfferKind
from platforma.talent.tests.factories import OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

URL = reverse("talent:list")


def titles(response) -> list[str]:
    return [offer.title for offer in response.context["offers"]]


def test_visitors_see_open_offers_with_kind_place_pay_and_deadline_in_words(client, inna):
    competence = CompetenceFactory(name_pl="Odwadnianie kopalń")
    OfferFactory(
        organisation=inna,
        title="Operator/ka stacji pomp wód kopalnianych",
        kind=OfferKind.JOB,
        city="Bytom",
        is_remote=False,
        pay_min=6000,
        pay_max=7500,
        pay_period="month",
        competences=[competence],
    )
    OfferFactory(organisation=inna, title="Po terminie", deadline=timezone.localdate() - datetime.timedelta(days=1))

    response = client.get(URL)

    assert response.status_code == 200
    assert titles(response) == ["Operator/ka stacji pomp wód kopalnianych"]
    page = response.content.decode()
    assert "Praca, staże i szkolenia" in page
    assert "praca" in page
    assert "6\xa0000–7\xa0500 zł brutto miesięcznie" in page
    assert "Odwadnianie kopalń" in page
    assert inna.name in page
    assert "Zaloguj się, aby aplikować" in page
    assert "Dodaj ofertę" not in page


def test_members_get_a_button_to_add_an_offer_and_the_board_menu(client_for, celina):
    page = client_for(celina).get(URL).content.decode()

    assert reverse("talent:create") in page
    assert reverse("talent:organisation_offers") in page
    assert 'aria-current="page"' in page


def test_filters_combine(client, inna):
    competence = CompetenceFactory(slug="wody-test")
    OfferFactory(organisation=inna, title="Staż przy pompach", kind=OfferKind.INTERNSHIP, competences=[competence])
    OfferFactory(organisation=inna, title="Praca przy pompach", kind=OfferKind.JOB, competences=[competence])
    OfferFactory(organisation=inna, title="Staż zdalny", kind=OfferKind.INTERNSHIP, city="", is_remote=True)

    response = client.get(URL, {"kind": "internship", "competence": "wody-test", "city": "Bytom", "q": "pomp"})

    assert titles(response) == ["Staż przy pompach"]
    assert titles(client.get(URL, {"remote": "on"})) == ["Staż zdalny"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "-2"},
        {"kind": "xyz"},
        {"competence": "brak"},
        {"city": "Atlantyda"},
        {"q": "x" * 500},
        {"kind": ["job", "xyz"]},
    ],
)
def test_malformed_parameters_give_a_normal_page(client, inna, params):
    OfferFactory(organisation=inna, title="Operator pomp")

    response = client.get(URL, params)

    assert response.status_code == 200
    assert titles(response) == ["Operator pomp"]


def test_a_page_number_beyond_the_last_is_a_404(client, inna):
    OfferFactory(organisation=inna)

    assert client.get(URL, {"page": "99999"}).status_code == 404


def test_twenty_offers_per_page_and_the_filters_survive_paging(client, inna):
    OfferFactory.create_batch(21, organisation=inna, city="Gliwice")

    first = client.get(URL, {"city": "Gliwice"})
    second = client.get(URL, {"city": "Gliwice", "page": "2"})

    assert len(first.context["offers"]) == 20
    assert len(second.context["offers"]) == 1
    assert "city=Gliwice&amp;page=2" in first.content.decode()


def test_htmx_filter_request_gets_only_the_results_fragment(client, inna):
    OfferFactory(organisation=inna, title="Operator pomp")

    response = client.get(URL, {"q": "pomp"}, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="results"')
    assert "Operator pomp" in page
    assert "<html" not in page


@pytest.mark.parametrize("count", [10, 100])
@pytest.mark.parametrize("role", ["anonymous", "bogdan"])
def test_the_list_uses_a_constant_number_of_queries(
    count, role, person, client_for, client, ziemia, django_assert_max_num_queries
):
    organisations = [ziemia, OrganisationFactory(), OrganisationFactory()]
    competences = CompetenceFactory.create_batch(3)
    for index in range(count):
        OfferFactory(
            organisation=organisations[index % 3],
            competences=competences[: index % 3 + 1],
            pay_min=4000 if index % 2 else None,
            pay_period="month" if index % 2 else "",
        )
    browser = client if role == "anonymous" else client_for(person(role))

    with django_assert_max_num_queries(12):
        response = browser.get(URL, {"competence": competences[0].slug, "q": "rekultywacji"})

    assert response.status_code == 200
    assert len(response.context["offers"]) == min(response.context["page_obj"].paginator.count, 20)

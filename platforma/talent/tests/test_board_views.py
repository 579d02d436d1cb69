"""Offers that fit me, and my organisation's offers."""

import pytest
from django.urls import reverse

from platforma.organisations.tests.factories import OrganisationFactory
from platforma.talent.tests.factories import ApplicationFactory, OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

FOR_ME = reverse("talent:for_me")
ORGANISATION = reverse("talent:organisation_offers")


def test_a_specialist_sees_offers_that_fit_their_competences(client_for, dawid, ziemia):
    competence = CompetenceFactory(name_pl="Fitostabilizacja metali ciężkich")
    dawid.profile.competences.add(competence)
    OfferFactory(organisation=ziemia, title="Szkolenie: fitoremediacja w praktyce", competences=[competence])
    OfferFactory(organisation=ziemia, title="Księgowa")

    response = client_for(dawid).get(FOR_ME)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Szkolenie: fitoremediacja w praktyce" in page
    assert "Księgowa" not in page
    assert "Wspólne kompetencje z Twoim profilem: 1" in page
    assert 'aria-current="page"' in page


def test_without_competences_the_page_says_what_to_do(client_for, olek):
    page = client_for(olek).get(FOR_ME).content.decode()

    assert "Dodaj kompetencje w profilu" in page
    assert reverse("accounts:profile") in page


def test_offers_for_me_needs_logging_in(client, db):
    assert client.get(FOR_ME).status_code == 302


@pytest.mark.parametrize("params", [{"page": "abc"}, {"page": "0"}])
def test_offers_for_me_shrugs_off_a_malformed_page(params, client_for, dawid):
    assert client_for(dawid).get(FOR_ME, params).status_code == 200


@pytest.mark.parametrize("count", [10, 100])
def test_offers_for_me_uses_a_constant_number_of_queries(count, client_for, dawid, django_assert_max_num_queries):
    competences = CompetenceFactory.create_batch(2)
    dawid.profile.competences.set(competences)
    organisations = [OrganisationFactory(), OrganisationFactory()]
    for index in range(count):
        offer = OfferFactory(organisation=organisations[index % 2], competences=competences[: index % 2 + 1])
        if index % 3 == 0:
            ApplicationFactory(offer=offer, applicant=dawid, cv="")
    browser = client_for(dawid)

    with django_assert_max_num_queries(12):
        response = browser.get(FOR_ME)

    assert len(response.context["ranked"]) == min(count, 20)


def test_the_organisation_sees_all_its_offers_with_application_counts(client_for, celina, ziemia, woda):
    offer = OfferFactory(organisation=ziemia, title="Nasza oferta")
    ApplicationFactory(offer=offer)
    ApplicationFactory(offer=offer, status="shortlisted")
    OfferFactory(organisation=woda, title="Cudza oferta")

    response = client_for(celina).get(ORGANISATION)

    page = response.content.decode()
    assert "Nasza oferta" in page
    assert "2 (nowe: 1, na krótkiej liście: 1)" in page
    assert "Cudza oferta" not in page


@pytest.mark.parametrize("role", ["olek", "dawid", "anna"])
def test_people_without_an_organisation_have_no_organisation_offers_page(role, person, client_for):
    assert client_for(person(role)).get(ORGANISATION).status_code == 403


@pytest.mark.parametrize("count", [10, 100])
def test_organisation_offers_use_a_constant_number_of_queries(
    count, client_for, bogdan, ziemia, django_assert_max_num_queries
):
    for _ in range(count):
        ApplicationFactory(offer=OfferFactory(organisation=ziemia), cv="")
    browser = client_for(bogdan)

    with django_assert_max_num_queries(8):
        response = browser.get(ORGANISATION)

    assert len(response.context["offers"]) == min(count, 20)

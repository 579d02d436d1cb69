import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.accounts.models import ProfileVisibility
from platforma.accounts.tests.factories import ProfileFactory
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.talent.models import OfferKind
from platforma.talent.tests.factories import ApplicationFactory, OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory


def url(offer) -> str:
    return reverse("talent:detail", kwargs={"pk": offer.pk})


def test_visitors_read_the_offer_and_are_asked_to_log_in_to_apply(client, ziemia):
    offer = OfferFactory(
        organisation=ziemia,
        title="Stażysta/stażystka w laboratorium analiz gleb",
        kind=OfferKind.INTERNSHIP,
        description="Oznaczanie **cynku i ołowiu** w próbkach gleby.",
        hours_note="20 godzin tygodniowo",
        city="Chorzów",
        is_remote=True,
    )

    response = client.get(url(offer))

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in page and "Stażysta/stażystka w laboratorium analiz gleb" in page
    assert "<strong>cynku i ołowiu</strong>" in page
    assert "staż" in page
    assert "Chorzów lub zdalnie" in page
    assert "20 godzin tygodniowo" in page
    assert "nie podano" in page
    assert "Zaloguj się, aby aplikować." in page
    assert reverse("talent:applications", kwargs={"pk": offer.pk}) not in page


def test_a_specialist_gets_the_apply_button(client_for, dawid, ziemia):
    offer = OfferFactory(organisation=ziemia)

    page = client_for(dawid).get(url(offer)).content.decode()

    assert reverse("talent:apply", kwargs={"pk": offer.pk}) in page


def test_an_applicant_sees_the_state_of_their_application_instead_of_the_button(client_for, dawid, ziemia):
    offer = OfferFactory(organisation=ziemia)
    application = ApplicationFactory(offer=offer, applicant=dawid, status="shortlisted")

    page = client_for(dawid).get(url(offer)).content.decode()

    assert "Już aplikujesz" in page
    assert "na krótkiej liście" in page
    assert application.get_absolute_url() in page
    assert reverse("talent:apply", kwargs={"pk": offer.pk}) not in page


def test_an_expired_offer_says_so_and_takes_no_applications(client_for, dawid, ziemia):
    offer = OfferFactory(organisation=ziemia, deadline=timezone.localdate() - datetime.timedelta(days=2))

    page = client_for(dawid).get(url(offer)).content.decode()

    assert "Termin zgłoszeń minął" in page
    assert reverse("talent:apply", kwargs={"pk": offer.pk}) not in page


def test_the_organisation_sees_applications_management_and_fitting_specialists(client_for, bogdan, ziemia):
    competence = CompetenceFactory(name_pl="Monitoring wód podziemnych")
    offer = OfferFactory(organisation=ziemia, competences=[competence])
    ApplicationFactory(offer=offer)
    match = ProfileFactory(visibility=ProfileVisibility.PUBLIC, job_title="Hydrogeolog")
    match.competences.add(competence)

    page = client_for(bogdan).get(url(offer)).content.decode()

    assert "Aplikacje: 1" in page
    assert reverse("talent:edit", kwargs={"pk": offer.pk}) in page
    assert reverse("talent:close", kwargs={"pk": offer.pk}) in page
    assert "Specjaliści, którzy pasują do tej oferty" in page
    assert reverse("accounts:public_profile", kwargs={"pk": match.pk}) in page
    assert "Wspólne kompetencje: 1" in page


@pytest.mark.parametrize("role", ["anonymous", "olek", "dawid", "ewa", "anna"])
def test_others_do_not_see_matching_specialists_or_application_counts(role, person, client, client_for, ziemia):
    competence = CompetenceFactory()
    offer = OfferFactory(organisation=ziemia, competences=[competence])
    ProfileFactory(visibility=ProfileVisibility.PUBLIC).competences.add(competence)
    browser = client if role == "anonymous" else client_for(person(role))

    page = browser.get(url(offer)).content.decode()

    assert "Specjaliści, którzy pasują" not in page
    assert "Aplikacje:" not in page


def test_an_offer_of_an_organisation_outside_the_directory_is_a_404(client_for, dawid):
    offer = OfferFactory(organisation=OrganisationFactory(cluster_status=ClusterStatus.APPLICANT))

    assert client_for(dawid).get(url(offer)).status_code == 404


def test_a_missing_offer_is_a_404(client, db):
    assert client.get("/praca/999999/").status_code == 404


def test_the_detail_uses_a_bounded_number_of_queries(client_for, bogdan, ziemia, django_assert_max_num_queries):
    competences = CompetenceFactory.create_batch(3)
    offer = OfferFactory(organisation=ziemia, competences=competences)
    for _ in range(30):
        ProfileFactory(visibility=ProfileVisibility.PUBLIC).competences.set(competences[:2])
    browser = client_for(bogdan)

    with django_assert_max_num_queries(16):
        response = browser.get(url(offer))

    assert len(response.context["matches"]) == 10

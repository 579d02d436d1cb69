import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.organisations.models import OrganisationRole
from platforma.organisations.tests.factories import MembershipFactory
from platforma.talent.models import Offer
from platforma.talent.tests.factories import OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

CREATE = reverse("talent:create")
IN_A_MONTH = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()


def form_data(**overrides):
    data = {
        "kind": "internship",
        "title": "Stażysta/stażystka w laboratorium analiz gleb",
        "description": "Przygotowanie próbek gleby do oznaczeń metali ciężkich.",
        "city": "Chorzów",
        "working_time": "part_time",
        "hours_note": "20 godzin tygodniowo",
        "pay_min": "3500",
        "pay_max": "4200",
        "pay_period": "month",
        "deadline": IN_A_MONTH,
        "event_url": "",
    }
    return data | overrides


def test_a_member_publishes_an_offer(client_for, bogdan, ziemia):
    competence = CompetenceFactory()

    response = client_for(bogdan).post(CREATE, form_data(competences=[competence.pk]))

    offer = Offer.objects.get()
    assert response.status_code == 302
    assert response["Location"] == offer.get_absolute_url()
    assert offer.organisation == ziemia
    assert offer.author == bogdan
    assert offer.kind == "internship"
    assert offer.working_time == "part_time"
    assert (offer.pay_min, offer.pay_max, offer.pay_period) == (3500, 4200, "month")
    assert list(offer.competences.all()) == [competence]


def test_the_form_renders_with_every_field_labelled(client_for, celina):
    response = client_for(celina).get(CREATE)

    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Dodaj ofertę pracy, stażu lub szkolenia</h1>" in page
    for label in ("Rodzaj oferty", "Tytuł", "Termin zgłoszeń", "Link do wydarzenia (dla szkoleń)", "Kompetencje"):
        assert label in page


def test_a_person_of_two_organisations_chooses_which_one_publishes(client_for, bogdan, woda):
    MembershipFactory(user=bogdan, organisation=woda, role=OrganisationRole.MEMBER)

    client_for(bogdan).post(CREATE, form_data(organisation=woda.pk))

    assert Offer.objects.get().organisation == woda


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"deadline": "2001-01-01"}, "Termin zgłoszeń nie może być w przeszłości."),
        ({"deadline": "jutro"}, "Wpisz poprawną datę"),
        ({"pay_min": "5000", "pay_max": "4000"}, "Górna granica wynagrodzenia nie może być niższa niż dolna."),
        ({"pay_period": ""}, "Podaj, za jaki okres jest wynagrodzenie"),
        ({"city": ""}, "Podaj miejscowość albo zaznacz, że praca może być zdalna."),
        ({"kind": "emerytura"}, "Wybierz poprawną wartość"),
        ({"title": ""}, "To pole jest wymagane"),
    ],
)
def test_bad_input_is_explained_in_polish_and_what_was_typed_stays(client_for, bogdan, overrides, message):
    response = client_for(bogdan).post(CREATE, form_data(**overrides))

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "Przygotowanie próbek gleby do oznaczeń metali ciężkich." in page
    assert not Offer.objects.exists()


@pytest.mark.parametrize("role", ["olek", "dawid", "anna"])
def test_people_without_a_member_organisation_cannot_publish(role, person, client_for):
    browser = client_for(person(role))

    assert browser.get(CREATE).status_code == 403
    assert browser.post(CREATE, form_data()).status_code == 403
    assert not Offer.objects.exists()


def test_visitors_are_asked_to_log_in(client, db):
    response = client.post(CREATE, form_data())

    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    assert not Offer.objects.exists()


def test_the_organisation_edits_its_offer(client_for, celina, ziemia):
    offer = OfferFactory(organisation=ziemia)
    url = reverse("talent:edit", kwargs={"pk": offer.pk})

    assert client_for(celina).get(url).status_code == 200
    response = client_for(celina).post(url, form_data(title="Nowy tytuł", city="", is_remote="on"))

    offer.refresh_from_db()
    assert response.status_code == 302
    assert offer.title == "Nowy tytuł"
    assert offer.is_remote
    assert offer.city == ""


def test_an_expired_offer_keeps_its_deadline_when_edited(client_for, celina, ziemia):
    past = timezone.localdate() - datetime.timedelta(days=5)
    offer = OfferFactory(organisation=ziemia, deadline=past)

    client_for(celina).post(
        reverse("talent:edit", kwargs={"pk": offer.pk}), form_data(title="Poprawka", deadline=past.isoformat())
    )

    offer.refresh_from_db()
    assert offer.title == "Poprawka"
    assert offer.deadline == past


@pytest.mark.parametrize("role", ["olek", "dawid", "ewa"])
def test_others_cannot_edit_and_nothing_changes(role, person, client_for, ziemia):
    offer = OfferFactory(organisation=ziemia, title="Bez zmian")
    url = reverse("talent:edit", kwargs={"pk": offer.pk})
    browser = client_for(person(role))

    assert browser.get(url).status_code == 403
    assert browser.post(url, form_data(title="Zmienione")).status_code == 403
    offer.refresh_from_db()
    assert offer.title == "Bez zmian"


def test_the_organisation_closes_the_call(client_for, bogdan, ziemia):
    offer = OfferFactory(organisation=ziemia)

    response = client_for(bogdan).post(reverse("talent:close", kwargs={"pk": offer.pk}), follow=True)

    offer.refresh_from_db()
    assert offer.closed_at is not None
    assert "Zamknięto nabór." in response.content.decode()
    assert "Nabór na tę ofertę został zamknięty." in response.content.decode()


@pytest.mark.parametrize("role", ["dawid", "ewa"])
def test_others_cannot_close_and_nothing_changes(role, person, client_for, ziemia):
    offer = OfferFactory(organisation=ziemia)

    response = client_for(person(role)).post(reverse("talent:close", kwargs={"pk": offer.pk}))

    assert response.status_code == 403
    offer.refresh_from_db()
    assert offer.closed_at is None


def test_a_visitor_closing_is_sent_to_log_in_and_back_to_the_offer(client, ziemia):
    offer = OfferFactory(organisation=ziemia)

    response = client.post(reverse("talent:close", kwargs={"pk": offer.pk}))

    assert response.status_code == 302
    assert f"next=/praca/{offer.pk}/" in response["Location"]
    offer.refresh_from_db()
    assert offer.closed_at is None


def test_closing_is_post_only(client_for, bogdan, ziemia):
    offer = OfferFactory(organisation=ziemia)

    assert client_for(bogdan).get(reverse("talent:close", kwargs={"pk": offer.pk})).status_code == 405

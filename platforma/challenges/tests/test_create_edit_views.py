import pytest
from django.urls import reverse

from platforma.challenges.models import Challenge, ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory
from platforma.core.models import Visibility
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

CREATE = reverse("challenges:create")


def form_data(**overrides):
    data = {
        "title": "Pożar hałdy przy ul. Bytomskiej",
        "description": "Hałda tli się od miesiąca, mieszkańcy skarżą się na zapach.",
        "city": "Piekary Śląskie",
        "latitude": "50.38167",
        "longitude": "18.94889",
        "visibility": Visibility.PUBLIC,
        "action": "draft",
    }
    data.update(overrides)
    return data


def test_a_member_saves_a_draft(client_for, celina, ziemia):
    competence = CompetenceFactory()

    response = client_for(celina).post(CREATE, form_data(competences=[competence.pk]))

    challenge = Challenge.objects.get()
    assert response.status_code == 302
    assert response.url == challenge.get_absolute_url()
    assert (challenge.organisation, challenge.author, challenge.status) == (ziemia, celina, ChallengeStatus.DRAFT)
    assert list(challenge.competences.all()) == [competence]


def test_a_member_publishes_a_restricted_challenge(client_for, celina, ziemia, woda):
    response = client_for(celina).post(
        CREATE, form_data(action="publish", visibility=Visibility.RESTRICTED, visible_to=[woda.pk])
    )

    challenge = Challenge.objects.get()
    assert response.status_code == 302
    assert challenge.status == ChallengeStatus.OPEN
    assert challenge.published_at is not None
    assert list(challenge.visible_to.all()) == [woda]


def test_a_person_of_two_member_organisations_chooses_which_reports(client_for, celina, woda):
    MembershipFactory(user=celina, organisation=woda)

    page = client_for(celina).get(CREATE).content.decode()
    client_for(celina).post(CREATE, form_data(organisation=woda.pk))

    assert 'name="organisation"' in page
    assert Challenge.objects.get().organisation == woda


def test_one_cannot_report_for_an_organisation_one_does_not_act_for(client_for, celina, woda):
    MembershipFactory(user=celina, organisation=OrganisationFactory())
    stranger = OrganisationFactory()

    response = client_for(celina).post(CREATE, form_data(organisation=stranger.pk))

    assert response.status_code == 200
    assert not Challenge.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "To pole jest wymagane."),
        ({"visibility": Visibility.RESTRICTED}, "Wskaż co najmniej jedną organizację"),
        ({"latitude": "95"}, "między -90 a 90"),
        ({"longitude": ""}, "Podaj obie współrzędne albo żadnej."),
        ({"latitude": "abc"}, "Wpisz liczbę."),
    ],
)
def test_a_form_with_errors_keeps_what_was_typed_and_explains_in_polish(client_for, celina, overrides, message):
    response = client_for(celina).post(CREATE, form_data(**overrides))

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "Piekary Śląskie" in page
    assert not Challenge.objects.exists()


@pytest.mark.parametrize("role", ["olek", "dawid", "anna"])
def test_people_without_a_member_organisation_cannot_report(role, person, client_for):
    browser = client_for(person(role))

    assert browser.get(CREATE).status_code == 403
    assert browser.post(CREATE, form_data()).status_code == 403
    assert not Challenge.objects.exists()


def test_visitors_are_sent_to_log_in(client, db):
    response = client.get(CREATE)

    assert response.status_code == 302
    assert reverse("account_login") in response.url


def edit_url(challenge) -> str:
    return reverse("challenges:edit", kwargs={"pk": challenge.pk})


def test_the_owner_edits_and_publishes_a_draft(client_for, bogdan, ziemia):
    challenge = DraftChallengeFactory(organisation=ziemia)

    response = client_for(bogdan).post(edit_url(challenge), form_data(title="Nowy tytuł", action="publish"))

    challenge.refresh_from_db()
    assert response.status_code == 302
    assert challenge.title == "Nowy tytuł"
    assert challenge.status == ChallengeStatus.OPEN


def test_the_coordinator_edits_without_publishing(client_for, anna, ziemia):
    challenge = DraftChallengeFactory(organisation=ziemia)

    page = client_for(anna).get(edit_url(challenge)).content.decode()
    client_for(anna).post(edit_url(challenge), form_data(title="Poprawiony tytuł", action="publish"))

    challenge.refresh_from_db()
    assert 'value="publish"' not in page
    assert challenge.title == "Poprawiony tytuł"
    assert challenge.status == ChallengeStatus.DRAFT


def test_the_edit_form_is_filled_with_the_challenge(client_for, celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, title="Osadnik poflotacyjny")

    page = client_for(celina).get(edit_url(challenge)).content.decode()

    assert 'value="Osadnik poflotacyjny"' in page
    assert "Zapisz zmiany" in page


@pytest.mark.parametrize(("role", "status_code"), [("ewa", 403), ("olek", 404), ("dawid", 404)])
def test_others_cannot_edit(role, status_code, person, client_for, ziemia, woda):
    challenge = ChallengeFactory(
        organisation=ziemia, title="Przed", visibility=Visibility.RESTRICTED, visible_to=[woda]
    )
    browser = client_for(person(role))

    assert browser.get(edit_url(challenge)).status_code == status_code
    assert browser.post(edit_url(challenge), form_data(title="Po")).status_code == status_code
    challenge.refresh_from_db()
    assert challenge.title == "Przed"

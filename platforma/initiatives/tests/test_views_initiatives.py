"""The list, creating from a challenge, the overview, editing, status, completion, timeline, fragments."""

import re

import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory
from platforma.core.models import Visibility
from platforma.initiatives.models import Initiative, InitiativeStatus, ParticipantStatus
from platforma.initiatives.tests.factories import InitiativeFactory, ParticipantFactory

LIST = reverse("initiatives:list")
CREATE = reverse("initiatives:create")


def names(response) -> list[str]:
    return [initiative.name for initiative in response.context["initiatives"]]


# --- list ----------------------------------------------------------------------------------------


def test_visitors_see_public_initiatives_with_their_status_in_words(client, inna):
    InitiativeFactory(lead_organisation=inna, name="Zielona hałda", visibility=Visibility.PUBLIC)
    InitiativeFactory(lead_organisation=inna, name="Tylko dla członków", visibility=Visibility.MEMBERS)
    InitiativeFactory(lead_organisation=inna, name="Anulowane", status=InitiativeStatus.CANCELLED)

    response = client.get(LIST)

    assert response.status_code == 200
    assert names(response) == ["Zielona hałda"]
    page = response.content.decode()
    assert "w realizacji" in page and inna.name in page
    assert "Rozpocznij przedsięwzięcie" not in page


def test_members_filter_by_status_text_and_their_own(client_for, celina, ziemia, inna):
    InitiativeFactory(lead_organisation=ziemia, name="Nasze pomiary", visibility=Visibility.MEMBERS)
    InitiativeFactory(lead_organisation=inna, name="Cudze pomiary", status=InitiativeStatus.COMPLETED)
    InitiativeFactory(lead_organisation=inna, name="Anulowane pomiary", status=InitiativeStatus.CANCELLED)
    client = client_for(celina)

    assert names(client.get(LIST, {"scope": "moje"})) == ["Nasze pomiary"]
    assert names(client.get(LIST, {"status": "completed"})) == ["Cudze pomiary"]
    assert sorted(names(client.get(LIST, {"status": "wszystkie", "q": "pomiary"}))) == [
        "Anulowane pomiary",
        "Cudze pomiary",
        "Nasze pomiary",
    ]
    assert CREATE in client.get(LIST).content.decode()


@pytest.mark.parametrize("params", [{"page": "abc"}, {"status": "xyz"}, {"scope": "cudze"}, {"q": "x" * 500}])
def test_malformed_filters_give_a_normal_page(params, client, inna):
    InitiativeFactory(lead_organisation=inna)

    assert client.get(LIST, params).status_code == 200


def test_a_page_beyond_the_last_is_not_found(client, db):
    assert client.get(LIST, {"page": "99"}).status_code == 404


def test_the_results_fragment_for_htmx(client, inna):
    InitiativeFactory(lead_organisation=inna, name="Fragment")

    response = client.get(LIST, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="results"') and "<html" not in page
    assert "Fragment" in page


# --- creating ------------------------------------------------------------------------------------


def test_a_member_starts_from_a_challenge_with_the_form_prefilled(client_for, celina, ziemia, inna):
    challenge = ChallengeFactory(organisation=inna, title="Ołów w ogródkach działkowych")
    client = client_for(celina)

    page = client.get(CREATE, {"wyzwanie": challenge.pk}).content.decode()
    assert 'value="Ołów w ogródkach działkowych"' in page
    assert re.search(rf'<input type="checkbox" name="challenges" value="{challenge.pk}"[^>]*checked', page)

    response = client.post(
        f"{CREATE}?wyzwanie={challenge.pk}",
        {
            "name": "Fitostabilizacja w Szombierkach",
            "goal": "Ograniczyć ołów.",
            "planned_start": "2027-03-01",
            "planned_end": "2027-10-31",
            "budget": "120 000,50",
            "visibility": "members",
            "challenges": [challenge.pk],
        },
    )

    initiative = Initiative.objects.get()
    assert response.status_code == 302 and response.url == initiative.get_absolute_url()
    assert (initiative.lead_organisation, initiative.created_by, str(initiative.budget)) == (
        ziemia,
        celina,
        "120000.50",
    )
    assert list(initiative.challenges.all()) == [challenge]


@pytest.mark.parametrize("raw", ["abc", "999999", ""])
def test_an_unusable_challenge_id_is_ignored(raw, client_for, celina):
    assert client_for(celina).get(CREATE, {"wyzwanie": raw}).status_code == 200


def test_a_draft_or_invisible_challenge_is_not_prefilled(client_for, celina, inna):
    hidden = ChallengeFactory(organisation=inna, visibility=Visibility.RESTRICTED, title="Tajne wyzwanie")
    draft = DraftChallengeFactory(organisation=inna, title="Szkic wyzwania")
    client = client_for(celina)

    for challenge in (hidden, draft):
        assert challenge.title not in client.get(CREATE, {"wyzwanie": challenge.pk}).content.decode()


def test_errors_are_explained_and_what_was_typed_is_kept(client_for, celina):
    response = client_for(celina).post(
        CREATE,
        {"name": "Mój tytuł", "goal": "", "planned_start": "2027-05-01", "planned_end": "2027-01-01", "budget": "dużo"},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="Mój tytuł"' in page
    assert "Planowany koniec nie może być wcześniejszy" in page
    assert "Wpisz liczbę" in page
    assert not Initiative.objects.exists()


@pytest.mark.parametrize("role", ["olek", "dawid"])
def test_people_outside_member_organisations_cannot_start_one(role, client_for, request):
    response = client_for(request.getfixturevalue(role)).post(
        CREATE, {"name": "X", "goal": "Y", "visibility": "public"}
    )

    assert response.status_code == 403
    assert not Initiative.objects.exists()


def test_visitors_are_asked_to_log_in(client):
    response = client.get(CREATE)

    assert response.status_code == 302 and "/konto/login/" in response.url


# --- overview, edit, status ----------------------------------------------------------------------


def test_the_overview_shows_goal_partners_totals_and_the_lead_tools(client_for, bogdan, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING, budget=5000)
    ParticipantFactory(initiative=initiative, organisation=woda)

    page = client_for(bogdan).get(initiative.get_absolute_url()).content.decode()

    assert initiative.goal in page and woda.name in page
    assert "5\xa0000,00 zł" in page or "5 000,00 zł" in page
    assert reverse("initiatives:edit", args=[initiative.pk]) in page
    assert "Zmień status" in page
    assert 'aria-current="page"' in page


def test_a_confidential_initiative_is_not_found_for_outsiders(client_for, ewa, inna):
    initiative = InitiativeFactory(lead_organisation=inna, visibility=Visibility.RESTRICTED)

    assert client_for(ewa).get(initiative.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("raw", ["abc", "0"])
def test_malformed_or_missing_ids_are_not_found(raw, client, db):
    assert client.get(f"/przedsiewziecia/{raw}/").status_code == 404


def test_the_lead_edits_and_a_partner_may_not(client_for, celina, ewa, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia, name="Stara nazwa")
    ParticipantFactory(initiative=initiative, organisation=woda)
    url = reverse("initiatives:edit", args=[initiative.pk])
    data = {"name": "Nowa nazwa", "goal": "Nowy cel", "visibility": "public"}

    assert client_for(ewa).post(url, data).status_code == 403
    initiative.refresh_from_db()
    assert initiative.name == "Stara nazwa"

    response = client_for(celina).post(url, data)
    initiative.refresh_from_db()
    assert response.status_code == 302 and initiative.name == "Nowa nazwa"


def test_the_lead_starts_the_initiative_and_others_cannot(client_for, bogdan, ewa, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING)
    ParticipantFactory(initiative=initiative, organisation=woda)
    url = reverse("initiatives:status", args=[initiative.pk])

    assert client_for(ewa).post(url, {"to_status": "active"}).status_code == 403
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.FORMING

    response = client_for(bogdan).post(url, {"to_status": "active", "note": "Start"})
    initiative.refresh_from_db()
    assert response.status_code == 302 and initiative.status == InitiativeStatus.ACTIVE


def test_a_crafted_completion_through_the_status_form_is_refused(client_for, bogdan, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.ACTIVE)

    response = client_for(bogdan).post(
        reverse("initiatives:status", args=[initiative.pk]), {"to_status": "completed"}, follow=True
    )

    assert "zapisz jego rezultat" in response.content.decode()
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.ACTIVE


def test_anonymous_status_changes_go_to_login(client, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=InitiativeStatus.FORMING)

    response = client.post(reverse("initiatives:status", args=[initiative.pk]), {"to_status": "active"})

    assert response.status_code == 302 and "/konto/login/" in response.url
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.FORMING


# --- completion ----------------------------------------------------------------------------------


def test_the_lead_completes_with_the_outcome_and_the_challenge_is_solved(client_for, bogdan, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    initiative = InitiativeFactory(lead_organisation=ziemia, challenges=[challenge])
    url = reverse("initiatives:complete", args=[initiative.pk])
    client = client_for(bogdan)

    assert client.get(url).status_code == 200
    response = client.post(
        url, {"achieved": "2,4 ha zazielenione.", "figures": "Powierzchnia: 2,4 ha", "challenge_solved": "on"}
    )

    assert response.status_code == 302
    initiative.refresh_from_db()
    challenge.refresh_from_db()
    assert initiative.status == InitiativeStatus.COMPLETED
    assert initiative.outcome.achieved == "2,4 ha zazielenione."
    assert challenge.status == ChallengeStatus.SOLVED
    page = client.get(initiative.get_absolute_url()).content.decode()
    assert "Powierzchnia: 2,4 ha" in page and "Problem został rozwiązany." in page


def test_a_partner_cannot_complete(client_for, ewa, ziemia, woda):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    ParticipantFactory(initiative=initiative, organisation=woda)

    response = client_for(ewa).post(reverse("initiatives:complete", args=[initiative.pk]), {"achieved": "x"})

    assert response.status_code == 403
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.ACTIVE


def test_an_empty_outcome_is_explained(client_for, bogdan, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia)

    response = client_for(bogdan).post(reverse("initiatives:complete", args=[initiative.pk]), {"lessons": "Wnioski"})

    assert response.status_code == 200 and "Wnioski" in response.content.decode()
    initiative.refresh_from_db()
    assert initiative.status == InitiativeStatus.ACTIVE


# --- timeline, challenge fragment, invitations ---------------------------------------------------


def test_the_timeline_lists_what_happened(client_for, bogdan, ziemia):
    client = client_for(bogdan)
    client.post(CREATE, {"name": "Oś czasu", "goal": "Cel", "visibility": "members"})
    initiative = Initiative.objects.get()

    page = client.get(reverse("initiatives:timeline", args=[initiative.pk])).content.decode()

    assert "Utworzono przedsięwzięcie." in page and bogdan.display_name in page
    assert client.get(reverse("initiatives:timeline", args=[initiative.pk]), {"page": "7"}).status_code == 404


def test_the_challenge_page_fragment_lists_initiatives_and_offers_to_start_one(client_for, celina, inna):
    challenge = ChallengeFactory(organisation=inna)
    InitiativeFactory(lead_organisation=inna, name="Widoczne", challenges=[challenge])
    InitiativeFactory(lead_organisation=inna, name="Tajne", visibility=Visibility.RESTRICTED, challenges=[challenge])
    url = reverse("initiatives:for_challenge", args=[challenge.pk])

    fragment = client_for(celina).get(url, headers={"HX-Request": "true"}).content.decode()

    assert fragment.lstrip().startswith('<section id="initiatives"')
    assert "Widoczne" in fragment and "Tajne" not in fragment
    assert f"{CREATE}?wyzwanie={challenge.pk}" in fragment
    full = client_for(celina).get(url).content.decode()
    assert "<html" in full and "Widoczne" in full


def test_the_fragment_of_an_invisible_challenge_is_not_found(client, inna):
    challenge = ChallengeFactory(organisation=inna, visibility=Visibility.MEMBERS)

    assert client.get(reverse("initiatives:for_challenge", args=[challenge.pk])).status_code == 404


def test_an_admin_sees_invitations_to_answer(client_for, ewa, woda, inna):
    initiative = InitiativeFactory(lead_organisation=inna, name="Zaproszeni", visibility=Visibility.RESTRICTED)
    ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)

    page = client_for(ewa).get(reverse("initiatives:invitations")).content.decode()

    assert "Zaproszeni" in page and "Przyjmij zaproszenie" in page

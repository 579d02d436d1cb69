import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory
from platforma.core.models import Visibility
from platforma.organisations.tests.factories import OrganisationFactory

LIST = reverse("challenges_panel:list")


def url(name: str, challenge) -> str:
    return reverse(f"challenges_panel:{name}", kwargs={"pk": challenge.pk})


def test_the_coordinator_sees_every_challenge(client_for, anna, ziemia, woda):
    ChallengeFactory(organisation=ziemia, title="Ukryte", is_hidden=True)
    DraftChallengeFactory(organisation=ziemia, title="Szkic", visibility=Visibility.RESTRICTED)
    ChallengeFactory(organisation=woda, title="Publiczne")

    response = client_for(anna).get(LIST)

    assert response.status_code == 200
    assert {c.title for c in response.context["challenges"]} == {"Ukryte", "Szkic", "Publiczne"}
    assert '<th scope="col">' in response.content.decode()


def test_the_coordinator_filters_hidden_ones_and_bad_filters_are_ignored(client_for, anna, ziemia):
    ChallengeFactory(organisation=ziemia, title="Ukryte", is_hidden=True)
    ChallengeFactory(organisation=ziemia, title="Widoczne")

    response = client_for(anna).get(LIST, {"hidden": "1", "status": "xyz", "page": "abc"})

    assert [c.title for c in response.context["challenges"]] == ["Ukryte"]


@pytest.mark.parametrize("count", [10, 100])
def test_the_moderation_list_uses_a_constant_number_of_queries(count, client_for, anna, django_assert_max_num_queries):
    organisations = OrganisationFactory.create_batch(3)
    for index in range(count):
        ChallengeFactory(organisation=organisations[index % 3])
    browser = client_for(anna)

    with django_assert_max_num_queries(8):
        assert browser.get(LIST).status_code == 200


@pytest.mark.parametrize(("role", "status_code"), [("bogdan", 403), ("ewa", 403), ("olek", 403)])
def test_only_the_coordinator_enters(role, status_code, person, client_for, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)
    browser = client_for(person(role))

    assert browser.get(LIST).status_code == status_code
    assert browser.get(url("detail", challenge)).status_code == status_code
    assert browser.post(url("hide", challenge), {"note": "x"}).status_code == status_code
    assert browser.post(url("archive", challenge)).status_code == status_code
    challenge.refresh_from_db()
    assert not challenge.is_hidden
    assert challenge.status == ChallengeStatus.OPEN


def test_visitors_are_sent_to_log_in(client, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    assert client.get(LIST).status_code == 302
    assert client.post(url("hide", challenge), {"note": "x"}).status_code == 302
    challenge.refresh_from_db()
    assert not challenge.is_hidden


def test_hiding_needs_a_note(client_for, anna, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(anna).post(url("hide", challenge), {"note": ""})

    assert response.status_code == 200
    assert "Napisz, dlaczego wyzwanie jest ukrywane." in response.content.decode()
    challenge.refresh_from_db()
    assert not challenge.is_hidden


def test_the_coordinator_hides_unhides_and_archives(
    client_for, anna, bogdan, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)
    browser = client_for(anna)

    with django_capture_on_commit_callbacks(execute=True):
        hidden = browser.post(url("hide", challenge), {"note": "Reklama zamiast problemu."})
    challenge.refresh_from_db()
    assert hidden.status_code == 302
    assert challenge.is_hidden and challenge.moderation_note == "Reklama zamiast problemu."
    assert mailoutbox[0].to == [bogdan.email]
    assert "Przywróć wyzwanie" in browser.get(url("detail", challenge)).content.decode()

    browser.post(url("unhide", challenge))
    browser.post(url("archive", challenge))

    challenge.refresh_from_db()
    assert not challenge.is_hidden
    assert challenge.status == ChallengeStatus.ARCHIVED
    assert challenge.status_changes.get().changed_by == anna


def test_archiving_an_archived_challenge_explains_and_changes_nothing(client_for, anna, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, status=ChallengeStatus.ARCHIVED)

    response = client_for(anna).post(url("archive", challenge), follow=True)

    assert "Nie można zmienić statusu" in response.content.decode()
    assert not challenge.status_changes.exists()


def test_a_missing_challenge_is_a_404(client_for, anna):
    assert client_for(anna).get(reverse("challenges_panel:detail", kwargs={"pk": 999999})).status_code == 404

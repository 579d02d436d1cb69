import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus, ChallengeStatusChange
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory


def url(challenge) -> str:
    return reverse("challenges:status", kwargs={"pk": challenge.pk})


def test_the_owner_publishes_a_draft(client_for, celina, ziemia):
    challenge = DraftChallengeFactory(organisation=ziemia)

    response = client_for(celina).post(url(challenge), {"to_status": "open", "note": "Gotowe"}, follow=True)

    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN
    assert challenge.published_at is not None
    assert ChallengeStatusChange.objects.get().changed_by == celina
    assert "Status wyzwania: otwarte." in response.content.decode()


def test_an_invalid_transition_explains_in_polish_and_changes_nothing(client_for, celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, status=ChallengeStatus.ARCHIVED)

    response = client_for(celina).post(url(challenge), {"to_status": "solved", "note": "moja uwaga"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Nie można zmienić statusu z „zarchiwizowane” na „rozwiązane”." in page
    assert "moja uwaga" in page
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.ARCHIVED
    assert not ChallengeStatusChange.objects.exists()


def test_a_nonsense_status_is_refused(client_for, celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(celina).post(url(challenge), {"to_status": "xyz"})

    assert response.status_code == 200
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN


@pytest.mark.parametrize(("role", "status_code"), [("ewa", 403), ("anna", 403), ("olek", 403)])
def test_only_the_owner_moves_the_status(role, status_code, person, client_for, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(person(role)).post(url(challenge), {"to_status": "solved"})

    assert response.status_code == status_code
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN
    assert not ChallengeStatusChange.objects.exists()


def test_others_cannot_even_see_a_draft_to_move_it(client_for, ewa, ziemia):
    challenge = DraftChallengeFactory(organisation=ziemia)

    assert client_for(ewa).post(url(challenge), {"to_status": "open"}).status_code == 404
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.DRAFT


def test_visitors_are_sent_to_log_in_and_come_back_to_the_challenge(client, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client.post(url(challenge), {"to_status": "solved"})

    assert response.status_code == 302
    assert "next=/wyzwania/" in response.url
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.OPEN


def test_get_is_not_allowed(client_for, celina, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    assert client_for(celina).get(url(challenge)).status_code == 405

import pytest
from django.urls import reverse

from platforma.organisations.models import InvitationStatus, OrganisationMembership
from platforma.organisations.tests.factories import InvitationFactory


@pytest.fixture
def invitation(ziemia):
    return InvitationFactory(organisation=ziemia, email="ktos@inny.example", role="admin")


def url(invitation):
    return reverse("organisations:invitation", kwargs={"token": invitation.token})


def test_anonymous_visitor_is_sent_to_log_in_and_back(client, invitation):
    response = client.get(url(invitation))
    assert response.status_code == 302
    assert f"next=/organizacje/zaproszenie/{invitation.token}/" in response["Location"]
    assert client.post(url(invitation)).status_code == 302
    assert not OrganisationMembership.objects.filter(organisation=invitation.organisation).exists()


def test_the_page_explains_the_invitation(client_for, olek, invitation):
    content = client_for(olek).get(url(invitation)).content.decode()
    assert "Zaproszenie do organizacji Ziemia Czysta sp. z o.o." in content
    assert "ktos@inny.example" in content
    assert "Przyjmuję zaproszenie" in content


def test_accepting_joins_the_organisation_with_the_invited_role(client_for, olek, invitation):
    response = client_for(olek).post(url(invitation))
    assert response.status_code == 302
    assert response["Location"] == "/organizacje/ziemia-czysta/"
    assert OrganisationMembership.objects.get(user=olek).role == "admin"
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.ACCEPTED


@pytest.mark.parametrize("status", [InvitationStatus.REVOKED, InvitationStatus.ACCEPTED])
def test_a_used_or_revoked_invitation_explains_itself_and_changes_nothing(client_for, olek, ziemia, status):
    invitation = InvitationFactory(organisation=ziemia, status=status)
    client = client_for(olek)
    assert "zostało już wykorzystane albo wycofane" in client.get(url(invitation)).content.decode()
    response = client.post(url(invitation))
    assert response.status_code == 200
    assert "zostało już wykorzystane albo wycofane" in response.content.decode()
    assert not OrganisationMembership.objects.filter(user=olek).exists()


def test_someone_already_in_the_organisation_is_told_so(client_for, celina, invitation):
    content = client_for(celina).get(url(invitation)).content.decode()
    assert "Już należysz do tej organizacji." in content
    client_for(celina).post(url(invitation))
    assert OrganisationMembership.objects.get(user=celina).role == "member"


def test_an_unknown_token_is_404(client_for, olek):
    assert client_for(olek).get("/organizacje/zaproszenie/nie-ma-takiego/").status_code == 404

import pytest
from django.urls import reverse

from platforma.organisations.models import Invitation, InvitationStatus, OrganisationMembership, OrganisationRole
from platforma.organisations.tests.factories import InvitationFactory

PEOPLE = reverse("organisations:people", kwargs={"slug": "ziemia-czysta"})
INVITE = reverse("organisations:invite", kwargs={"slug": "ziemia-czysta"})
HTMX = {"HX-Request": "true"}


def role_url(membership):
    return reverse("organisations:person_role", kwargs={"slug": "ziemia-czysta", "membership_id": membership.pk})


def remove_url(membership):
    return reverse("organisations:person_remove", kwargs={"slug": "ziemia-czysta", "membership_id": membership.pk})


def revoke_url(invitation):
    return reverse("organisations:invitation_revoke", kwargs={"slug": "ziemia-czysta", "invitation_id": invitation.pk})


@pytest.fixture
def team(ziemia, bogdan, celina):
    return {
        "bogdan": OrganisationMembership.objects.get(user=bogdan),
        "celina": OrganisationMembership.objects.get(user=celina),
    }


def roles():
    return dict(OrganisationMembership.objects.values_list("user__email", "role"))


@pytest.mark.parametrize("persona", ["bogdan", "anna"])
def test_admin_or_coordinator_sees_people_and_pending_invitations(client_for, team, persona, request, ziemia):
    InvitationFactory(organisation=ziemia, email="czeka@przyklad.example")
    InvitationFactory(organisation=ziemia, email="wycofane@przyklad.example", status=InvitationStatus.REVOKED)
    content = client_for(request.getfixturevalue(persona)).get(PEOPLE).content.decode()
    assert "Bogdan Adminowski" in content and "celina@ziemia.example" in content
    assert "czeka@przyklad.example" in content
    assert "wycofane@przyklad.example" not in content
    assert '<th scope="col">' in content


@pytest.mark.parametrize("persona", ["celina", "ewa", "olek", "dawid"])
def test_others_get_403_on_every_people_action_and_nothing_changes(client_for, team, persona, request, ziemia):
    invitation = InvitationFactory(organisation=ziemia)
    client = client_for(request.getfixturevalue(persona))
    before = roles()
    assert client.get(PEOPLE).status_code == 403
    assert client.post(role_url(team["bogdan"]), {"role": "member"}).status_code == 403
    assert client.post(remove_url(team["celina"])).status_code == 403
    assert client.post(INVITE, {"email": "x@x.example", "role": "admin"}).status_code == 403
    assert client.post(revoke_url(invitation)).status_code == 403
    assert roles() == before
    assert Invitation.objects.get().status == InvitationStatus.PENDING
    assert Invitation.objects.count() == 1


def test_anonymous_visitor_is_sent_to_log_in(client, team):
    response = client.get(PEOPLE)
    assert response.status_code == 302
    assert "next=/organizacje/ziemia-czysta/osoby/" in response["Location"]


def test_changing_a_role_with_a_plain_form_redirects_back(client_for, bogdan, team):
    response = client_for(bogdan).post(role_url(team["celina"]), {"role": "admin"})
    assert response.status_code == 302
    assert response["Location"] == PEOPLE
    assert roles()["celina@ziemia.example"] == "admin"


def test_changing_a_role_with_htmx_returns_the_people_fragment(client_for, bogdan, team):
    response = client_for(bogdan).post(role_url(team["celina"]), {"role": "admin"}, headers=HTMX)
    content = response.content.decode()
    assert content.lstrip().startswith('<div id="people">')
    assert "<html" not in content
    assert "Celina Członkowska ma teraz rolę: administrator." in content


def test_the_last_admin_cannot_step_down_and_sees_why(client_for, bogdan, team):
    response = client_for(bogdan).post(role_url(team["bogdan"]), {"role": "member"}, headers=HTMX)
    assert "co najmniej jednego administratora" in response.content.decode()
    assert roles()["bogdan@ziemia.example"] == "admin"


def test_the_last_admin_cannot_be_removed_with_a_plain_form_either(client_for, bogdan, team):
    client = client_for(bogdan)
    response = client.post(remove_url(team["bogdan"]), follow=True)
    assert "co najmniej jednego administratora" in response.content.decode()
    assert OrganisationMembership.objects.count() == 2


def test_removing_a_member_with_htmx(client_for, bogdan, team):
    response = client_for(bogdan).post(remove_url(team["celina"]), headers=HTMX)
    assert "Celina Członkowska nie należy już do organizacji." in response.content.decode()
    assert "celina@ziemia.example" not in roles()


def test_an_admin_who_steps_down_is_sent_to_the_organisation_page(client_for, bogdan, team):
    client = client_for(bogdan)
    client.post(role_url(team["celina"]), {"role": "admin"})
    response = client.post(role_url(team["bogdan"]), {"role": "member"}, headers=HTMX)
    assert response["HX-Redirect"] == "/organizacje/ziemia-czysta/"
    assert roles() == {"bogdan@ziemia.example": "member", "celina@ziemia.example": "admin"}


def test_a_membership_of_another_organisation_is_404(client_for, bogdan, ewa, team):
    ewas = OrganisationMembership.objects.get(user=ewa)
    response = client_for(bogdan).post(role_url(ewas), {"role": "member"})
    assert response.status_code == 404
    assert OrganisationMembership.objects.get(user=ewa).role == OrganisationRole.ADMIN


def test_inviting_with_htmx_sends_the_email_and_lists_the_invitation(
    client_for, bogdan, team, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(bogdan).post(INVITE, {"email": "nowy@przyklad.example", "role": "member"}, headers=HTMX)
    content = response.content.decode()
    invitation = Invitation.objects.get()
    assert invitation.email == "nowy@przyklad.example"
    assert "Wysłano zaproszenie na adres nowy@przyklad.example." in content
    assert mailoutbox[0].to == ["nowy@przyklad.example"]
    assert invitation.token in mailoutbox[0].body


def test_inviting_with_a_plain_form_redirects_back(client_for, bogdan, team):
    response = client_for(bogdan).post(INVITE, {"email": "nowy@przyklad.example", "role": "admin"})
    assert response.status_code == 302
    assert Invitation.objects.get().role == "admin"


@pytest.mark.parametrize("htmx", [True, False])
def test_a_wrong_address_is_explained_and_kept(client_for, bogdan, team, htmx):
    headers = HTMX if htmx else {}
    response = client_for(bogdan).post(INVITE, {"email": "nie-adres", "role": "member"}, headers=headers)
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="nie-adres"' in content
    assert "errorlist" in content
    assert ("<html" in content) is not htmx
    assert not Invitation.objects.exists()


def test_inviting_someone_already_in_the_organisation_is_explained(client_for, bogdan, team):
    response = client_for(bogdan).post(INVITE, {"email": "celina@ziemia.example", "role": "member"}, headers=HTMX)
    assert "Ta osoba już należy do organizacji." in response.content.decode()
    assert not Invitation.objects.exists()


def test_revoking_an_invitation_with_htmx(client_for, bogdan, team, ziemia):
    invitation = InvitationFactory(organisation=ziemia, email="czeka@przyklad.example")
    response = client_for(bogdan).post(revoke_url(invitation), headers=HTMX)
    assert "Wycofano zaproszenie dla czeka@przyklad.example." in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.REVOKED


def test_people_actions_do_not_accept_get(client_for, bogdan, team):
    assert client_for(bogdan).get(remove_url(team["celina"])).status_code == 405
    assert OrganisationMembership.objects.count() == 2

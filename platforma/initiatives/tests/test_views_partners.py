"""Partners: inviting organisations and people, answering, revoking, leaving, handing the lead over."""

import pytest
from django.urls import reverse

from platforma.core.models import Visibility
from platforma.initiatives.models import Participant, ParticipantRole, ParticipantStatus
from platforma.initiatives.tests.factories import InitiativeFactory, ParticipantFactory


def url(name: str, initiative, *args) -> str:
    return reverse(f"initiatives:{name}", args=[initiative.pk, *args])


@pytest.fixture
def initiative(ziemia):
    return InitiativeFactory(lead_organisation=ziemia, visibility=Visibility.RESTRICTED)


def test_the_partners_page_lists_roles_and_offers_the_lead_its_tools(client_for, bogdan, initiative, woda):
    ParticipantFactory(initiative=initiative, organisation=woda)

    page = client_for(bogdan).get(url("partners", initiative)).content.decode()

    assert woda.name in page and "partner" in page and "lider" in page
    assert "Zaproś organizację" in page and "Zaproś osobę" in page and "Przekaż prowadzenie" in page
    assert "przekaż najpierw prowadzenie" in page


def test_the_lead_invites_an_organisation_which_accepts(
    client_for, celina, ewa, initiative, woda, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(celina).post(
            url("invite_organisation", initiative),
            {"organisation": woda.pk, "role": "partner", "message": "Zapraszamy"},
        )
    assert response.status_code == 302
    invitation = Participant.objects.get(organisation=woda)
    assert invitation.status == ParticipantStatus.INVITED
    assert [message.to for message in mailoutbox] == [[ewa.email]]

    client = client_for(ewa)
    # Invited, so the partners-only initiative opens for woda's admin.
    assert client.get(url("partners", initiative)).status_code == 200
    response = client.post(url("answer", initiative, invitation.pk), {"decision": "accept"})

    assert response.status_code == 302
    invitation.refresh_from_db()
    assert (invitation.status, invitation.responded_by) == (ParticipantStatus.ACCEPTED, ewa)


def test_an_organisation_already_in_cannot_be_invited_again_and_the_form_says_so(client_for, celina, initiative, woda):
    ParticipantFactory(initiative=initiative, organisation=woda)

    response = client_for(celina).post(
        url("invite_organisation", initiative), {"organisation": woda.pk, "role": "partner"}
    )

    assert response.status_code == 200
    assert "Wybierz poprawną wartość" in response.content.decode()
    assert Participant.objects.filter(organisation=woda).count() == 1


def test_a_specialist_is_invited_by_email_and_the_form_keeps_the_input_on_error(client_for, celina, initiative, dawid):
    client = client_for(celina)

    bad = client.post(url("invite_person", initiative), {"email": "nie-adres", "role": "expert", "message": "Hej"})
    assert bad.status_code == 200 and 'value="nie-adres"' in bad.content.decode()

    client.post(url("invite_person", initiative), {"email": dawid.email, "role": "expert"})
    assert Participant.objects.get(user=dawid).status == ParticipantStatus.INVITED


def test_the_invited_specialist_declines_and_loses_sight_of_a_confidential_initiative(client_for, initiative, dawid):
    invitation = ParticipantFactory(
        initiative=initiative, organisation=None, user=dawid, role="expert", status="invited"
    )

    response = client_for(dawid).post(url("answer", initiative, invitation.pk), {"decision": "decline"})

    assert response.status_code == 302 and response.url == reverse("initiatives:invitations")
    invitation.refresh_from_db()
    assert invitation.status == ParticipantStatus.DECLINED
    assert client_for(dawid).get(initiative.get_absolute_url()).status_code == 404


def test_someone_else_cannot_answer_for_an_organisation(client_for, celina, ewa, initiative, woda, inna):
    invitation = ParticipantFactory(initiative=initiative, organisation=inna, status=ParticipantStatus.INVITED)

    assert client_for(celina).post(url("answer", initiative, invitation.pk), {"decision": "accept"}).status_code == 403
    invitation.refresh_from_db()
    assert invitation.status == ParticipantStatus.INVITED


def test_a_crafted_decision_changes_nothing(client_for, ewa, initiative, woda):
    invitation = ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)

    client_for(ewa).post(url("answer", initiative, invitation.pk), {"decision": "maybe"})

    invitation.refresh_from_db()
    assert invitation.status == ParticipantStatus.INVITED


def test_the_lead_revokes_a_waiting_invitation(client_for, bogdan, initiative, woda):
    invitation = ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.INVITED)

    client_for(bogdan).post(url("revoke", initiative, invitation.pk))

    invitation.refresh_from_db()
    assert invitation.status == ParticipantStatus.REVOKED


def test_a_partner_leaves_by_its_admins_decision(client_for, ewa, initiative, woda):
    partner = ParticipantFactory(initiative=initiative, organisation=woda)

    response = client_for(ewa).post(url("leave", initiative, partner.pk))

    partner.refresh_from_db()
    assert partner.status == ParticipantStatus.LEFT
    # A partners-only initiative is no longer theirs to see.
    assert response.url == reverse("initiatives:list")


def test_the_lead_cannot_leave_through_a_crafted_request(client_for, bogdan, initiative):
    leader = initiative.participants.get(role=ParticipantRole.LEADER)

    assert client_for(bogdan).post(url("leave", initiative, leader.pk)).status_code == 403
    leader.refresh_from_db()
    assert leader.status == ParticipantStatus.ACCEPTED


def test_the_lead_admin_hands_over_and_a_representative_may_not(client_for, bogdan, celina, initiative, woda):
    partner = ParticipantFactory(initiative=initiative, organisation=woda)

    assert client_for(celina).post(url("hand_over", initiative), {"participant": partner.pk}).status_code == 403
    initiative.refresh_from_db()
    assert initiative.lead_organisation != woda

    response = client_for(bogdan).post(url("hand_over", initiative), {"participant": partner.pk})
    assert response.status_code == 302
    initiative.refresh_from_db()
    assert initiative.lead_organisation == woda


def test_an_unknown_participant_is_not_found(client_for, bogdan, initiative):
    assert client_for(bogdan).post(url("revoke", initiative, 99999)).status_code == 404


def test_anonymous_actions_go_to_the_login_page(client, initiative, woda):
    response = client.post(url("invite_organisation", initiative), {"organisation": woda.pk, "role": "partner"})

    assert response.status_code == 302 and "/konto/login/" in response.url
    assert not Participant.objects.filter(organisation=woda).exists()

import pytest
from django.urls import reverse

from platforma.challenges.models import ChallengeStatus, Proposal, ProposalStatus
from platforma.challenges.tests.factories import ChallengeFactory, ProposalFactory
from platforma.core.models import Visibility


def create_url(challenge) -> str:
    return reverse("challenges:proposal_create", kwargs={"pk": challenge.pk})


def decide_url(proposal) -> str:
    return reverse("challenges:proposal_decide", kwargs={"pk": proposal.challenge_id, "proposal_pk": proposal.pk})


def withdraw_url(proposal) -> str:
    return reverse("challenges:proposal_withdraw", kwargs={"pk": proposal.challenge_id, "proposal_pk": proposal.pk})


DATA = {"title": "Fitostabilizacja kostrzewą", "description": "Nasadzenia i **wapnowanie**."}


def test_a_specialist_proposes_as_an_individual(
    client_for, dawid, ziemia, bogdan, mailoutbox, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(dawid).post(create_url(challenge), {**DATA, "acting_as": ""})

    proposal = Proposal.objects.get()
    assert response.status_code == 302
    assert response.url.endswith("#proposals")
    assert (proposal.author, proposal.organisation, proposal.title) == (dawid, None, DATA["title"])
    assert [message.to for message in mailoutbox] == [[bogdan.email]]


def test_a_member_proposes_in_the_name_of_her_organisation(client_for, ewa, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    page = client_for(ewa).get(create_url(challenge)).content.decode()
    client_for(ewa).post(create_url(challenge), {**DATA, "acting_as": str(woda.pk)})

    assert woda.name in page
    assert Proposal.objects.get().organisation == woda


def test_one_cannot_propose_in_the_name_of_an_organisation_one_does_not_act_for(client_for, dawid, woda, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(dawid).post(create_url(challenge), {**DATA, "acting_as": str(woda.pk)})

    assert response.status_code == 200
    assert not Proposal.objects.exists()


def test_a_proposal_without_a_description_keeps_the_title_and_explains(client_for, dawid, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    response = client_for(dawid).post(create_url(challenge), {"title": "Mój pomysł", "description": ""})

    page = response.content.decode()
    assert "To pole jest wymagane." in page
    assert 'value="Mój pomysł"' in page
    assert not Proposal.objects.exists()


@pytest.mark.parametrize(
    ("factory_kwargs", "status_code"),
    [
        ({"status": ChallengeStatus.SOLVED}, 403),
        ({"status": ChallengeStatus.ARCHIVED}, 403),
        ({"visibility": Visibility.MEMBERS}, 404),
    ],
)
def test_no_proposals_to_closed_or_invisible_challenges(factory_kwargs, status_code, client_for, dawid, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, **factory_kwargs)

    assert client_for(dawid).get(create_url(challenge)).status_code == status_code
    assert client_for(dawid).post(create_url(challenge), DATA).status_code == status_code
    assert not Proposal.objects.exists()


def test_visitors_are_sent_to_log_in(client, ziemia):
    challenge = ChallengeFactory(organisation=ziemia)

    assert client.post(create_url(challenge), DATA).status_code == 302
    assert not Proposal.objects.exists()


@pytest.mark.parametrize("decision", [ProposalStatus.ACCEPTED, ProposalStatus.DECLINED])
def test_the_owner_decides_and_the_author_is_told(
    decision, client_for, celina, dawid, ziemia, mailoutbox, django_capture_on_commit_callbacks
):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=dawid)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(celina).post(decide_url(proposal), {"decision": decision})

    proposal.refresh_from_db()
    assert response.status_code == 302
    assert proposal.status == decision
    assert [message.to for message in mailoutbox] == [[dawid.email]]


def test_a_nonsense_decision_changes_nothing(client_for, celina, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia))

    client_for(celina).post(decide_url(proposal), {"decision": "withdrawn"})

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED


@pytest.mark.parametrize("role", ["dawid", "ewa", "anna"])
def test_only_the_owner_decides(role, person, client_for, ziemia, dawid):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=dawid)

    assert client_for(person(role)).post(decide_url(proposal), {"decision": "accepted"}).status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED


def test_a_proposal_of_another_challenge_is_a_404(client_for, celina, ziemia):
    mine = ChallengeFactory(organisation=ziemia)
    other = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia))
    url = reverse("challenges:proposal_decide", kwargs={"pk": mine.pk, "proposal_pk": other.pk})

    assert client_for(celina).post(url, {"decision": "accepted"}).status_code == 404
    other.refresh_from_db()
    assert other.status == ProposalStatus.SUBMITTED


def test_the_author_withdraws(client_for, dawid, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=dawid)

    response = client_for(dawid).post(withdraw_url(proposal), follow=True)

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.WITHDRAWN
    assert "Wycofano propozycję" in response.content.decode()


@pytest.mark.parametrize("role", ["celina", "ewa", "anna"])
def test_only_the_author_withdraws(role, person, client_for, dawid, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=dawid)

    assert client_for(person(role)).post(withdraw_url(proposal)).status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.SUBMITTED

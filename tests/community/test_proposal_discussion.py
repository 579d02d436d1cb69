"""A proposal has its own discussion, linked from its card on the challenge page and open as a page of its
own; a withdrawn proposal's discussion is as private as the proposal."""

import pytest
from django.urls import reverse

from platforma.challenges.models import ProposalStatus
from platforma.challenges.tests.factories import ChallengeFactory, ProposalFactory
from platforma.community import targets
from platforma.community.comments.models import Comment
from platforma.community.comments.services import comment_create

pytestmark = pytest.mark.django_db


def test_each_proposal_card_links_to_its_discussion_which_opens_as_a_page(client, celina, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia))
    comment_create(author=celina, target=proposal, body="Jaki jest koszt wapnowania na hektar?")
    thread_url = reverse("comments:thread", args=[targets.content_type_id_of(proposal), proposal.pk])

    challenge_page = client.get(proposal.challenge.get_absolute_url()).content.decode()
    thread_page = client.get(thread_url)

    assert thread_url in challenge_page
    assert thread_page.status_code == 200
    assert "Jaki jest koszt wapnowania na hektar?" in thread_page.content.decode()


def test_the_discussion_of_a_withdrawn_proposal_is_refused_to_strangers(client_for, olek, celina, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), status=ProposalStatus.WITHDRAWN)
    thread_url = reverse("comments:thread", args=[targets.content_type_id_of(proposal), proposal.pk])

    response = client_for(olek).post(
        reverse("comments:create", args=[targets.content_type_id_of(proposal), proposal.pk]), {"body": "Spam"}
    )

    assert client_for(olek).get(thread_url).status_code == 404
    assert response.status_code == 404
    assert not Comment.objects.exists()

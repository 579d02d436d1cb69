"""The notification centre and the activity stream link to whatever a notification is about — a proposal
is shown on its challenge's page — for every kind of target the domain apps register."""

import pytest
from django.urls import reverse

from platforma.challenges.notifications import PROPOSAL_DECIDED
from platforma.challenges.tests.factories import ChallengeFactory, ProposalFactory
from platforma.community.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_a_notification_about_a_proposal_links_to_it_on_its_challenge_page(
    anna, bogdan, ziemia, client_for, django_capture_on_commit_callbacks
):
    challenge = ChallengeFactory(organisation=ziemia)
    proposal = ProposalFactory(challenge=challenge)
    with django_capture_on_commit_callbacks(execute=True):
        notify(verb=PROPOSAL_DECIDED, target=proposal, actor=anna, recipients=[bogdan])

    response = client_for(bogdan).get(reverse("notifications:centre"))

    assert response.status_code == 200
    assert f'href="/wyzwania/{challenge.pk}/#proposal-{proposal.pk}"' in response.content.decode()

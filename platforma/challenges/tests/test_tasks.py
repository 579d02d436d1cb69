from django.utils import translation

from platforma.challenges import tasks
from platforma.challenges.tests.factories import ChallengeFactory, ChallengeSupportFactory, ProposalFactory
from platforma.organisations.tests.factories import MembershipFactory


def test_support_mail_goes_to_active_people_of_the_reporter_with_a_link(
    bogdan, celina, ziemia, woda, mailoutbox, settings
):
    settings.SITE_URL = "https://platforma.example"
    MembershipFactory(organisation=ziemia, user__is_active=False)
    support = ChallengeSupportFactory(challenge=ChallengeFactory(organisation=ziemia), organisation=woda)

    tasks.notify_support_added.call(support.pk)

    (message,) = mailoutbox
    assert sorted(message.to) == sorted([bogdan.email, celina.email])
    assert f"https://platforma.example/wyzwania/{support.challenge.pk}/" in message.body
    assert "&quot;" not in message.body and "&amp;" not in message.subject


def test_mail_is_written_in_polish_whatever_the_language_of_the_moment(bogdan, ziemia, woda, mailoutbox):
    support = ChallengeSupportFactory(challenge=ChallengeFactory(organisation=ziemia), organisation=woda)

    with translation.override("en"):
        tasks.notify_support_added.call(support.pk)

    assert "/en/" not in mailoutbox[0].body
    assert "Dzień dobry" in mailoutbox[0].body


def test_a_withdrawn_support_sends_nothing(bogdan, ziemia, woda, mailoutbox):
    support = ChallengeSupportFactory(challenge=ChallengeFactory(organisation=ziemia), organisation=woda)
    support_id = support.pk
    support.delete()

    assert tasks.notify_support_added.call(support_id) == 0
    assert mailoutbox == []


def test_the_proposal_author_is_not_told_about_their_own_proposal(bogdan, celina, ziemia, mailoutbox):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=celina)

    tasks.notify_proposal_submitted.call(proposal.pk)

    assert mailoutbox[0].to == [bogdan.email]


def test_an_unhidden_challenge_sends_no_hiding_mail(bogdan, ziemia, mailoutbox):
    challenge = ChallengeFactory(organisation=ziemia, is_hidden=False)

    assert tasks.notify_challenge_hidden.call(challenge.pk) == 0
    assert mailoutbox == []

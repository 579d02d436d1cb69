from django.utils import translation

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.opencalls import tasks
from platforma.opencalls.models import ProposalStatus
from platforma.opencalls.tests.factories import (
    CallProposalFactory,
    DecidedCallFactory,
    OpenCallFactory,
    evaluate,
)
from platforma.organisations.tests.factories import MembershipFactory


def test_the_outcome_mail_is_polish_with_an_absolute_link_and_the_score(dawid, ewa, ziemia, mailoutbox, settings):
    settings.SITE_URL = "https://platforma.example"
    call = DecidedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[ewa])
    proposal = CallProposalFactory(call=call, author=dawid, title="Hydroobsiew", status=ProposalStatus.NOT_SELECTED)
    evaluate(call.evaluators.get(), proposal, [6, 2], "Brak kosztorysu & harmonogramu.")

    with translation.override("en"):
        assert tasks.notify_call_decided.call(call.pk) == 1

    (message,) = mailoutbox
    assert message.to == [dawid.email]
    assert message.subject == f"Wyniki naboru: {call.title}"
    assert "Dzień dobry" in message.body
    assert "Średnia ważona ocena: 5,0 / 10" in message.body  # (3·6 + 2) / 4
    assert "Brak kosztorysu & harmonogramu." in message.body
    assert f"https://platforma.example/nabory/{call.pk}/propozycje/{proposal.pk}/" in message.body
    assert "/en/" not in message.body


def test_withdrawn_proposals_and_inactive_authors_hear_nothing(ziemia, mailoutbox):
    call = DecidedCallFactory(challenge=ChallengeFactory(organisation=ziemia))
    CallProposalFactory(call=call, status=ProposalStatus.WITHDRAWN)
    CallProposalFactory(call=call, author__is_active=False, status=ProposalStatus.NOT_SELECTED)

    assert tasks.notify_call_decided.call(call.pk) == 0
    assert mailoutbox == []


def test_an_undecided_call_sends_no_outcome(ziemia, mailoutbox):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))
    CallProposalFactory(call=call)
    assert tasks.notify_call_decided.call(call.pk) == 0


def test_a_new_proposal_goes_to_the_owners_people_but_not_to_its_author(bogdan, celina, ziemia, mailoutbox):
    MembershipFactory(organisation=ziemia, user__is_active=False)
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia))
    proposal = CallProposalFactory(call=call, author=celina)

    tasks.notify_proposal_submitted.call(proposal.pk)

    assert mailoutbox[0].to == [bogdan.email]
    assert proposal.description not in mailoutbox[0].body  # the content stays on the platform


def test_a_coordinators_call_notifies_the_coordinators(anna, ziemia, dawid, mailoutbox):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), owner_organisation=None)

    tasks.notify_proposal_submitted.call(CallProposalFactory(call=call, author=dawid).pk)

    assert mailoutbox[0].to == [anna.email]

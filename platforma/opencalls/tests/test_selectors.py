from datetime import timedelta

import pytest
from django.http import Http404
from django.utils import timezone

from platforma.challenges.tests.factories import ChallengeFactory
from platforma.opencalls import permissions, selectors
from platforma.opencalls.models import CallState, Eligibility, Evaluator, ProposalStatus
from platforma.opencalls.tests.conftest import ROLES
from platforma.opencalls.tests.factories import (
    CallProposalFactory,
    ClosedCallFactory,
    DecidedCallFactory,
    OpenCallFactory,
    evaluate,
)
from platforma.taxonomy.tests.factories import CompetenceFactory

FACTORIES = {"open": OpenCallFactory, "closed": ClosedCallFactory, "decided": DecidedCallFactory}


@pytest.mark.parametrize("eligibility", [Eligibility.MEMBERS, Eligibility.EVERYONE])
@pytest.mark.parametrize("state", list(FACTORIES))
def test_the_list_and_can_view_agree_for_every_role(state, eligibility, everyone, inna):
    call = FACTORIES[state](challenge=ChallengeFactory(organisation=inna), eligibility=eligibility)
    Evaluator.objects.create(call=call, user=everyone["dawid"])
    for role in ROLES:
        user = everyone[role]
        listed = selectors.call_visible_queryset(user=user).filter(pk=call.pk).exists()
        assert listed is permissions.can_view(user, call), role


def test_a_members_only_call_is_a_404_for_outsiders_and_visible_to_its_applicants(everyone, inna):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=inna), eligibility=Eligibility.MEMBERS)
    CallProposalFactory(call=call, author=everyone["olek"])

    assert selectors.call_get_for_user(user=everyone["olek"], pk=call.pk) == call
    with pytest.raises(Http404):
        selectors.call_get_for_user(user=everyone["dawid"], pk=call.pk)
    with pytest.raises(Http404):
        selectors.call_get_for_user(user=everyone["anonymous"], pk=call.pk)


@pytest.mark.parametrize("pk", ["abc", None, "-1", "99999"])
def test_malformed_or_unknown_ids_are_a_404(pk, db):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(Http404):
        selectors.call_get_for_user(user=AnonymousUser(), pk=pk)


def test_open_calls_come_first_by_nearest_deadline_then_closed_then_decided(anna, inna):
    now = timezone.now()
    challenge = ChallengeFactory(organisation=inna)
    late = OpenCallFactory(challenge=challenge, title="otwarty później", deadline=now + timedelta(days=20))
    soon = OpenCallFactory(challenge=challenge, title="otwarty wkrótce", deadline=now + timedelta(days=2))
    decided = DecidedCallFactory(challenge=challenge, title="rozstrzygnięty", deadline=now - timedelta(hours=2))
    old_closed = ClosedCallFactory(challenge=challenge, title="zamknięty dawno", deadline=now - timedelta(days=9))
    new_closed = ClosedCallFactory(challenge=challenge, title="zamknięty wczoraj", deadline=now - timedelta(days=1))

    calls = list(selectors.call_list_visible(user=anna, now=now))

    assert calls == [soon, late, new_closed, old_closed, decided]
    assert calls[0].proposal_count == 0


def test_filters_by_state_eligibility_competence_and_text(anna, inna):
    soil = CompetenceFactory(slug="gleby-test")
    lead = CompetenceFactory(slug="olow-test", parent=soil)
    with_lead = ChallengeFactory(organisation=inna, competences=[lead])
    OpenCallFactory(challenge=with_lead, title="Ołów w glebie", eligibility=Eligibility.EVERYONE)
    OpenCallFactory(challenge=with_lead, title="Ołów — dla członków", eligibility=Eligibility.MEMBERS)
    ClosedCallFactory(challenge=with_lead, title="Ołów zamknięty")
    OpenCallFactory(title="Hałda")

    def titles(**filters):
        return sorted(call.title for call in selectors.call_list_visible(user=anna, filters=filters))

    assert titles(state=CallState.CLOSED) == ["Ołów zamknięty"]
    assert titles(state=CallState.OPEN, eligibility=Eligibility.EVERYONE, competence="gleby-test") == ["Ołów w glebie"]
    assert titles(q="dla członków") == ["Ołów — dla członków"]
    assert len(titles(state="xyz", eligibility="abc", competence="nie-ma")) == 4


def test_proposal_counts_leave_out_withdrawn_ones(anna):
    call = OpenCallFactory()
    CallProposalFactory(call=call)
    CallProposalFactory(call=call, status=ProposalStatus.WITHDRAWN)

    assert selectors.call_list_visible(user=anna).get().proposal_count == 1


def test_ranking_orders_by_weighted_score_and_marks_my_evaluations(everyone, ziemia):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[everyone["ewa"]])
    second_evaluator = Evaluator.objects.create(call=call, user=everyone["dawid"])
    ewa = call.evaluators.get(user=everyone["ewa"])
    good = CallProposalFactory(call=call, title="dobra")
    cheap = CallProposalFactory(call=call, title="tania")
    unscored = CallProposalFactory(call=call, title="bez ocen")
    CallProposalFactory(call=call, title="wycofana", status=ProposalStatus.WITHDRAWN)
    # Weights 3 (effect) and 1 (cost): effect matters three times as much.
    evaluate(ewa, good, [9, 2])  # (27 + 2) / 4 = 7.25
    evaluate(second_evaluator, good, [7, 4])  # (21 + 4) / 4 = 6.25 → mean 6.75
    evaluate(ewa, cheap, [4, 10])  # (12 + 10) / 4 = 5.5

    ranking = selectors.ranking(call=call, user=everyone["ewa"])

    assert [entry.proposal.title for entry in ranking] == ["dobra", "tania", "bez ocen"]
    assert [entry.row.score_display for entry in ranking] == [6.75, 5.5, None]
    assert [entry.row.position for entry in ranking] == [1, 2, None]
    assert ranking[0].means == [8.0, 3.0]
    assert [entry.scored_by_me for entry in ranking] == [True, True, False]
    assert unscored.pk == ranking[2].proposal.pk


@pytest.mark.parametrize("count", [10, 100])
def test_ranking_uses_a_constant_number_of_queries(count, everyone, ziemia, django_assert_max_num_queries):
    call = ClosedCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[everyone["ewa"]])
    evaluator = call.evaluators.get()
    for index in range(count):
        evaluate(evaluator, CallProposalFactory(call=call), [index % 11, (index * 3) % 11])
    call = selectors.call_get_for_user(user=everyone["bogdan"], pk=call.pk)

    with django_assert_max_num_queries(3):
        ranking = selectors.ranking(call=call, user=everyone["bogdan"])

    assert len(ranking) == count


def test_proposals_of_a_call_are_seen_by_owner_and_evaluators_and_applicants_see_their_own(everyone, ziemia):
    call = OpenCallFactory(challenge=ChallengeFactory(organisation=ziemia), evaluators=[everyone["ewa"]])
    mine = CallProposalFactory(call=call, author=everyone["dawid"])
    CallProposalFactory(call=call, author=everyone["olek"])

    assert len(selectors.proposal_list_for_user(user=everyone["bogdan"], call=call)) == 2
    assert len(selectors.proposal_list_for_user(user=everyone["ewa"], call=call)) == 2
    assert selectors.proposal_list_for_user(user=everyone["dawid"], call=call) == [mine]
    assert selectors.proposal_list_for_user(user=everyone["anonymous"], call=call) == []
    with pytest.raises(Http404):
        selectors.proposal_get_for_user(user=everyone["olek"], call=call, pk=mine.pk)


def test_challenges_for_a_new_call_are_the_members_own_active_ones_and_all_for_the_coordinator(everyone, ziemia, inna):
    own = ChallengeFactory(organisation=ziemia)
    ChallengeFactory(organisation=ziemia, is_hidden=True)
    other = ChallengeFactory(organisation=inna)

    assert list(selectors.challenges_for_new_call(user=everyone["celina"])) == [own]
    assert set(selectors.challenges_for_new_call(user=everyone["anna"])) >= {own, other}
    assert list(selectors.challenges_for_new_call(user=everyone["dawid"])) == []

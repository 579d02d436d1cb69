"""Role × state matrices: anonymous, olek, dawid, ewa, celina, bogdan, anna × open / closed / decided ×
members only / everyone. Each test checks one state for all roles at once, so a failure shows the whole row."""

import pytest

from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory
from platforma.opencalls import permissions
from platforma.opencalls.models import Eligibility, ProposalStatus
from platforma.opencalls.tests.conftest import ROLES, verify
from platforma.opencalls.tests.factories import (
    CallProposalFactory,
    ClosedCallFactory,
    DecidedCallFactory,
    OpenCallFactory,
)
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory

STATES = ["open", "closed", "decided"]
ELIGIBILITY = [Eligibility.MEMBERS, Eligibility.EVERYONE]
FACTORIES = {"open": OpenCallFactory, "closed": ClosedCallFactory, "decided": DecidedCallFactory}


def build(state, eligibility, *, organisation, coordinator_run=False, evaluators=()):
    challenge = ChallengeFactory(organisation=organisation)
    owner = None if coordinator_run else organisation
    return FACTORIES[state](
        challenge=challenge, owner_organisation=owner, eligibility=eligibility, evaluators=list(evaluators)
    )


def row(*allowed: str) -> dict[str, bool]:
    return {role: role in allowed for role in ROLES}


def check(function, everyone, obj) -> dict[str, bool]:
    return {role: function(everyone[role], obj) for role in ROLES}


CLUSTER = ("ewa", "celina", "bogdan", "anna")


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_who_sees_a_call(state, eligibility, everyone, inna):
    call = build(state, eligibility, organisation=inna)
    expected = row(*ROLES) if eligibility == Eligibility.EVERYONE else row(*CLUSTER)
    assert check(permissions.can_view, everyone, call) == expected


def test_evaluators_and_applicants_outside_the_cluster_see_a_members_only_call(everyone, inna):
    call = build("open", Eligibility.MEMBERS, organisation=inna, evaluators=[everyone["dawid"]])
    CallProposalFactory(call=call, author=everyone["olek"], status=ProposalStatus.WITHDRAWN)
    assert check(permissions.can_view, everyone, call) == row("olek", "dawid", *CLUSTER)


APPLY = {
    ("open", Eligibility.EVERYONE): row("olek", "dawid", "ewa"),
    ("open", Eligibility.MEMBERS): row("ewa"),
    ("closed", Eligibility.EVERYONE): row(),
    ("closed", Eligibility.MEMBERS): row(),
    ("decided", Eligibility.EVERYONE): row(),
    ("decided", Eligibility.MEMBERS): row(),
}


@pytest.mark.parametrize("coordinator_run", [False, True], ids=["member-run", "coordinator-run"])
@pytest.mark.parametrize(("state", "eligibility"), list(APPLY))
def test_who_may_answer_a_call_of_ziemia(state, eligibility, coordinator_run, everyone, ziemia):
    """Never the challenge's own organisation, nor the coordinator; members only means member organisations."""
    call = build(state, eligibility, organisation=ziemia, coordinator_run=coordinator_run)
    assert check(permissions.can_apply, everyone, call) == APPLY[(state, eligibility)]


def test_an_unverified_e_mail_cannot_answer(dawid, ziemia):
    call = build("open", Eligibility.EVERYONE, organisation=ziemia)
    assert permissions.can_apply(dawid, call) is False


def test_an_evaluator_does_not_answer_the_call_they_evaluate(everyone, ziemia):
    call = build("open", Eligibility.EVERYONE, organisation=ziemia, evaluators=[everyone["dawid"]])
    assert permissions.can_apply(everyone["dawid"], call) is False


def test_people_of_suspended_organisations_do_not_answer_members_only_calls(db, ziemia):
    suspended = MembershipFactory(organisation=OrganisationFactory(cluster_status=ClusterStatus.SUSPENDED)).user
    verify(suspended)
    call = build("open", Eligibility.MEMBERS, organisation=ziemia)
    assert permissions.can_apply(suspended, call) is False
    assert permissions.can_apply(suspended, build("open", Eligibility.EVERYONE, organisation=ziemia)) is True


OWNERS = ("celina", "bogdan")

MANAGE = {"open": row(*OWNERS), "closed": row(*OWNERS), "decided": row()}
EDIT = {"open": row(*OWNERS), "closed": row(), "decided": row()}
DECIDE = {"open": row(), "closed": row(*OWNERS), "decided": row()}


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_the_owner_manages_evaluators_until_the_decision(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia)
    assert check(permissions.can_manage_evaluators, everyone, call) == MANAGE[state]


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_the_owner_edits_only_an_open_call(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia)
    assert check(permissions.can_edit, everyone, call) == EDIT[state]


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_the_owner_decides_after_the_deadline_once(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia)
    assert check(permissions.can_decide, everyone, call) == DECIDE[state]


@pytest.mark.parametrize("state", STATES)
def test_coordinators_own_the_calls_they_run(state, everyone, ziemia):
    call = build(state, Eligibility.EVERYONE, organisation=ziemia, coordinator_run=True)
    assert (
        check(permissions.can_manage_evaluators, everyone, call)
        == {
            "open": row("anna"),
            "closed": row("anna"),
            "decided": row(),
        }[state]
    )
    assert check(permissions.can_decide, everyone, call) == (row("anna") if state == "closed" else row())


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_the_owner_and_evaluators_see_the_ranking(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia, evaluators=[everyone["ewa"]])
    assert check(permissions.can_see_ranking, everyone, call) == row("ewa", *OWNERS)


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_a_proposal_is_seen_by_its_author_the_owner_and_the_evaluators(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia, evaluators=[everyone["ewa"]])
    proposal = CallProposalFactory(call=call, author=everyone["dawid"])
    assert check(permissions.can_view_proposal, everyone, proposal) == row("dawid", "ewa", *OWNERS)


CHANGE = {"open": row("dawid"), "closed": row(), "decided": row()}
SCORE = {"open": row("ewa"), "closed": row("ewa"), "decided": row()}
FEEDBACK = {"open": row(), "closed": row(), "decided": row("dawid")}


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_the_author_changes_a_proposal_only_before_the_deadline(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia, evaluators=[everyone["ewa"]])
    proposal = CallProposalFactory(call=call, author=everyone["dawid"])
    assert check(permissions.can_change_proposal, everyone, proposal) == CHANGE[state]


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_evaluators_score_until_the_decision(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia, evaluators=[everyone["ewa"]])
    proposal = CallProposalFactory(call=call, author=everyone["dawid"])
    assert check(permissions.can_score, everyone, proposal) == SCORE[state]


@pytest.mark.parametrize("eligibility", ELIGIBILITY)
@pytest.mark.parametrize("state", STATES)
def test_the_applicant_reads_feedback_once_the_call_is_decided(state, eligibility, everyone, ziemia):
    call = build(state, eligibility, organisation=ziemia, evaluators=[everyone["ewa"]])
    proposal = CallProposalFactory(call=call, author=everyone["dawid"])
    assert check(permissions.can_see_feedback, everyone, proposal) == FEEDBACK[state]


def test_an_evaluator_does_not_score_their_organisations_or_their_own_proposal(everyone, ziemia, woda):
    call = build("closed", Eligibility.EVERYONE, organisation=ziemia, evaluators=[everyone["ewa"], everyone["dawid"]])
    of_woda = CallProposalFactory(call=call, author=everyone["olek"], organisation=woda)
    own = CallProposalFactory(call=call, author=everyone["dawid"])
    assert permissions.can_score(everyone["ewa"], of_woda) is False
    assert permissions.can_score(everyone["dawid"], of_woda) is True
    assert permissions.can_score(everyone["dawid"], own) is False
    assert permissions.can_score(everyone["ewa"], own) is True


def test_withdrawn_proposals_are_neither_changed_nor_scored(everyone, ziemia):
    call = build("open", Eligibility.EVERYONE, organisation=ziemia, evaluators=[everyone["ewa"]])
    proposal = CallProposalFactory(call=call, author=everyone["dawid"], status=ProposalStatus.WITHDRAWN)
    assert permissions.can_change_proposal(everyone["dawid"], proposal) is False
    assert permissions.can_score(everyone["ewa"], proposal) is False


OPEN_FOR = {"open_by_ziemia": row("celina", "bogdan", "anna"), "open_by_inna": row("anna")}


@pytest.mark.parametrize("state", list(OPEN_FOR))
def test_calls_are_opened_by_the_challenges_organisation_or_the_coordinator(state, everyone, ziemia, inna):
    challenge = ChallengeFactory(organisation=ziemia if state == "open_by_ziemia" else inna)
    assert check(permissions.can_open_call_for, everyone, challenge) == OPEN_FOR[state]


@pytest.mark.parametrize(
    "make",
    [
        lambda org: DraftChallengeFactory(organisation=org),
        lambda org: ChallengeFactory(organisation=org, status=ChallengeStatus.SOLVED),
        lambda org: ChallengeFactory(organisation=org, is_hidden=True),
    ],
    ids=["draft", "solved", "hidden"],
)
def test_no_calls_for_drafts_solved_or_hidden_challenges(make, everyone, ziemia):
    challenge = make(ziemia)
    assert check(permissions.can_open_call_for, everyone, challenge) == row()


def test_the_open_a_call_button_is_for_members_and_coordinators(everyone):
    assert {role: permissions.can_open_calls(everyone[role]) for role in ROLES} == row(
        "ewa", "celina", "bogdan", "anna"
    )

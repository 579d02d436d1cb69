import pytest

from platforma.challenges import permissions
from platforma.challenges.models import ChallengeStatus, ProposalStatus
from platforma.challenges.tests.conftest import ROLES
from platforma.challenges.tests.factories import (
    ChallengeFactory,
    ChallengeSupportFactory,
    DraftChallengeFactory,
    ProposalFactory,
)
from platforma.core.models import Visibility
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory


def expect(row: tuple[int, ...], role: str) -> bool:
    """Rows follow ROLES: anonymous, olek, dawid, ewa (woda), celina, bogdan (ziemia), anna."""
    return bool(row[ROLES.index(role)])


def build(state: str, *, ziemia, woda, inna):
    return {
        "open_by_ziemia": lambda: ChallengeFactory(organisation=ziemia),
        "open_by_inna": lambda: ChallengeFactory(organisation=inna),
        "in_progress_by_inna": lambda: ChallengeFactory(organisation=inna, status=ChallengeStatus.IN_PROGRESS),
        "solved_by_inna": lambda: ChallengeFactory(organisation=inna, status=ChallengeStatus.SOLVED),
        "archived_by_inna": lambda: ChallengeFactory(organisation=inna, status=ChallengeStatus.ARCHIVED),
        "draft_by_ziemia": lambda: DraftChallengeFactory(organisation=ziemia),
        "draft_by_inna": lambda: DraftChallengeFactory(organisation=inna),
        "hidden_by_inna": lambda: ChallengeFactory(organisation=inna, is_hidden=True),
        "members_by_inna": lambda: ChallengeFactory(organisation=inna, visibility=Visibility.MEMBERS),
        "restricted_by_inna_to_woda": lambda: ChallengeFactory(
            organisation=inna, visibility=Visibility.RESTRICTED, visible_to=[woda]
        ),
    }[state]()


EDIT = {
    "open_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "draft_by_ziemia": (0, 0, 0, 0, 1, 1, 1),
    "open_by_inna": (0, 0, 0, 0, 0, 0, 1),
    "draft_by_inna": (0, 0, 0, 0, 0, 0, 1),
}

CHANGE_STATUS = {
    "open_by_ziemia": (0, 0, 0, 0, 1, 1, 0),
    "draft_by_ziemia": (0, 0, 0, 0, 1, 1, 0),
    "open_by_inna": (0, 0, 0, 0, 0, 0, 0),
}

SUPPORT = {
    "open_by_ziemia": (0, 0, 0, 1, 0, 0, 0),
    "open_by_inna": (0, 0, 0, 1, 1, 1, 0),
    "in_progress_by_inna": (0, 0, 0, 1, 1, 1, 0),
    "solved_by_inna": (0, 0, 0, 1, 1, 1, 0),
    "archived_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "draft_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "hidden_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "members_by_inna": (0, 0, 0, 1, 1, 1, 0),
    "restricted_by_inna_to_woda": (0, 0, 0, 1, 0, 0, 0),
}

PROPOSE = {
    "open_by_ziemia": (0, 1, 1, 1, 1, 1, 1),
    "open_by_inna": (0, 1, 1, 1, 1, 1, 1),
    "in_progress_by_inna": (0, 1, 1, 1, 1, 1, 1),
    "solved_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "archived_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "draft_by_ziemia": (0, 0, 0, 0, 0, 0, 0),
    "hidden_by_inna": (0, 0, 0, 0, 0, 0, 0),
    "members_by_inna": (0, 0, 0, 1, 1, 1, 1),
    "restricted_by_inna_to_woda": (0, 0, 0, 1, 0, 0, 1),
}


@pytest.mark.parametrize("state", list(EDIT))
@pytest.mark.parametrize("role", ROLES)
def test_can_edit(role, state, everyone, ziemia, woda, inna):
    challenge = build(state, ziemia=ziemia, woda=woda, inna=inna)
    assert permissions.can_edit(everyone[role], challenge) is expect(EDIT[state], role)


@pytest.mark.parametrize("state", list(CHANGE_STATUS))
@pytest.mark.parametrize("role", ROLES)
def test_can_change_status(role, state, everyone, ziemia, woda, inna):
    challenge = build(state, ziemia=ziemia, woda=woda, inna=inna)
    assert permissions.can_change_status(everyone[role], challenge) is expect(CHANGE_STATUS[state], role)


@pytest.mark.parametrize("state", list(SUPPORT))
@pytest.mark.parametrize("role", ROLES)
def test_can_support(role, state, everyone, ziemia, woda, inna):
    challenge = build(state, ziemia=ziemia, woda=woda, inna=inna)
    assert permissions.can_support(everyone[role], challenge) is expect(SUPPORT[state], role)


@pytest.mark.parametrize("state", list(PROPOSE))
@pytest.mark.parametrize("role", ROLES)
def test_can_propose(role, state, everyone, ziemia, woda, inna):
    challenge = build(state, ziemia=ziemia, woda=woda, inna=inna)
    assert permissions.can_propose(everyone[role], challenge) is expect(PROPOSE[state], role)


@pytest.mark.parametrize("role", ROLES)
def test_only_the_coordinator_moderates(role, everyone, inna):
    challenge = ChallengeFactory(organisation=inna)
    expected = role == "anna"
    assert permissions.can_moderate(everyone[role], challenge) is expected
    assert permissions.can_moderate(everyone[role]) is expected


@pytest.mark.parametrize("role", ROLES)
def test_people_of_member_organisations_create_challenges(role, everyone):
    assert permissions.can_create_challenge(everyone[role]) is (role in {"ewa", "celina", "bogdan"})


@pytest.mark.parametrize("cluster_status", [ClusterStatus.APPLICANT, ClusterStatus.SUSPENDED, ClusterStatus.FORMER])
def test_people_of_organisations_outside_the_cluster_do_not_create_challenges(cluster_status, db):
    person = MembershipFactory(organisation=OrganisationFactory(cluster_status=cluster_status)).user
    assert permissions.can_create_challenge(person) is False


DECIDE = {
    ProposalStatus.SUBMITTED: (0, 0, 0, 0, 1, 1, 0),
    ProposalStatus.ACCEPTED: (0, 0, 0, 0, 0, 0, 0),
    ProposalStatus.DECLINED: (0, 0, 0, 0, 0, 0, 0),
    ProposalStatus.WITHDRAWN: (0, 0, 0, 0, 0, 0, 0),
}

WITHDRAW_PROPOSAL = {
    ProposalStatus.SUBMITTED: (0, 0, 1, 0, 0, 0, 0),
    ProposalStatus.ACCEPTED: (0, 0, 0, 0, 0, 0, 0),
    ProposalStatus.WITHDRAWN: (0, 0, 0, 0, 0, 0, 0),
}


@pytest.mark.parametrize("status", list(DECIDE))
@pytest.mark.parametrize("role", ROLES)
def test_the_owner_decides_on_submitted_proposals(role, status, everyone, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=everyone["dawid"], status=status)
    assert permissions.can_decide_proposal(everyone[role], proposal) is expect(DECIDE[status], role)


@pytest.mark.parametrize("status", list(WITHDRAW_PROPOSAL))
@pytest.mark.parametrize("role", ROLES)
def test_the_author_withdraws_a_submitted_proposal(role, status, everyone, ziemia):
    proposal = ProposalFactory(challenge=ChallengeFactory(organisation=ziemia), author=everyone["dawid"], status=status)
    assert permissions.can_withdraw_proposal(everyone[role], proposal) is expect(WITHDRAW_PROPOSAL[status], role)


@pytest.mark.parametrize("role", ROLES)
def test_only_people_of_the_supporting_organisation_withdraw_its_support(role, everyone, ziemia, woda):
    support = ChallengeSupportFactory(challenge=ChallengeFactory(organisation=ziemia), organisation=woda)
    assert permissions.can_withdraw_support(everyone[role], support) is (role == "ewa")


def test_allowed_next_statuses_follow_the_transition_table(ziemia):
    challenge = DraftChallengeFactory(organisation=ziemia)
    assert permissions.allowed_next_statuses(challenge) == [ChallengeStatus.OPEN, ChallengeStatus.ARCHIVED]


VIEW_PROPOSAL = {
    # (challenge state, proposal status): rows follow ROLES; dawid is the proposal's author.
    ("open_by_ziemia", ProposalStatus.SUBMITTED): (1, 1, 1, 1, 1, 1, 1),
    ("open_by_ziemia", ProposalStatus.ACCEPTED): (1, 1, 1, 1, 1, 1, 1),
    ("open_by_ziemia", ProposalStatus.WITHDRAWN): (0, 0, 1, 0, 1, 1, 1),
    ("open_by_inna", ProposalStatus.WITHDRAWN): (0, 0, 1, 0, 0, 0, 1),
    ("members_by_inna", ProposalStatus.SUBMITTED): (0, 0, 0, 1, 1, 1, 1),
    ("restricted_by_inna_to_woda", ProposalStatus.SUBMITTED): (0, 0, 0, 1, 0, 0, 1),
    # The author no longer sees a proposal on a challenge that was hidden from them.
    ("restricted_by_inna_to_woda", ProposalStatus.WITHDRAWN): (0, 0, 0, 0, 0, 0, 1),
    ("hidden_by_inna", ProposalStatus.SUBMITTED): (0, 0, 0, 0, 0, 0, 1),
}


@pytest.mark.parametrize(("state", "status"), list(VIEW_PROPOSAL))
@pytest.mark.parametrize("role", ROLES)
def test_can_view_proposal_matches_what_the_challenge_page_and_search_show(
    role, state, status, everyone, ziemia, woda, inna
):
    challenge = build(state, ziemia=ziemia, woda=woda, inna=inna)
    proposal = ProposalFactory(challenge=challenge, author=everyone["dawid"], status=status)
    assert permissions.can_view_proposal(everyone[role], proposal) is expect(VIEW_PROPOSAL[(state, status)], role)

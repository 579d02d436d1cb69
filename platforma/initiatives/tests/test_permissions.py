"""Role × state matrices for every permission function. Rows follow ROLES:
anonymous, olek (outsider), dawid (specialist), ewa (admin of woda), celina (member of ziemia),
bogdan (admin of ziemia), anna (coordinator)."""

import itertools

import pytest

from platforma.challenges.tests.factories import ChallengeFactory, ChallengeSupportFactory
from platforma.core.models import Visibility
from platforma.initiatives import permissions, selectors
from platforma.initiatives.models import InitiativeStatus, ParticipantRole, ParticipantStatus, PledgeStatus
from platforma.initiatives.tests.conftest import ROLES
from platforma.initiatives.tests.factories import (
    GroupMemberFactory,
    InitiativeFactory,
    ParticipantFactory,
    PledgeFactory,
    WorkingGroupFactory,
)

VISIBILITIES = {"public": Visibility.PUBLIC, "members": Visibility.MEMBERS, "partners": Visibility.RESTRICTED}
STATUSES = {
    "forming": InitiativeStatus.FORMING,
    "active": InitiativeStatus.ACTIVE,
    "completed": InitiativeStatus.COMPLETED,
}
STATES = [f"{v}/{s}" for v, s in itertools.product(VISIBILITIES, STATUSES)]

NOBODY = (0, 0, 0, 0, 0, 0, 0)


def row(values: tuple[int, ...]) -> dict[str, bool]:
    return dict(zip(ROLES, (bool(v) for v in values), strict=True))


def answers(function, everyone, *args) -> dict[str, bool]:
    return {role: bool(function(everyone[role], *args)) for role in ROLES}


def reload(initiative, everyone):
    """As the views do: through the selector, with participants prefetched."""
    return selectors.initiative_get_for_user(user=everyone["anna"], pk=initiative.pk)


def initiative_in(state: str, everyone, *, lead, partner=None, expert=None):
    visibility, status = state.split("/")
    initiative = InitiativeFactory(lead_organisation=lead, visibility=VISIBILITIES[visibility], status=STATUSES[status])
    if partner is not None:
        ParticipantFactory(initiative=initiative, organisation=partner)
    if expert is not None:
        ParticipantFactory(initiative=initiative, organisation=None, user=expert, role=ParticipantRole.EXPERT)
    return reload(initiative, everyone)


# --- seeing an initiative: led by inna, woda a partner ---------------------------------------------

VIEW = {
    "public": (1, 1, 1, 1, 1, 1, 1),
    "members": (0, 0, 0, 1, 1, 1, 1),
    "partners": (0, 0, 0, 1, 0, 0, 1),
}


@pytest.mark.parametrize("state", STATES)
def test_who_sees_an_initiative_led_by_another_organisation(state, everyone, inna, woda):
    initiative = initiative_in(state, everyone, lead=inna, partner=woda)
    expected = row(VIEW[state.split("/")[0]])

    assert answers(permissions.can_view, everyone, initiative) == expected
    # The list agrees with the detail page, role by role.
    listed = {
        role: selectors.initiative_visible_queryset(user=everyone[role]).filter(pk=initiative.pk).exists()
        for role in ROLES
    }
    assert listed == expected


@pytest.mark.parametrize("visibility", list(VISIBILITIES))
def test_an_invited_specialist_sees_what_they_are_invited_to(visibility, everyone, inna, dawid, olek):
    initiative = InitiativeFactory(lead_organisation=inna, visibility=VISIBILITIES[visibility])
    ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert", status="invited")
    ParticipantFactory(
        initiative=initiative, organisation=None, email=olek.email.upper(), role="observer", status="invited"
    )
    initiative = reload(initiative, everyone)

    for user in (dawid, olek):
        assert permissions.can_view(user, initiative)
        assert selectors.initiative_visible_queryset(user=user).filter(pk=initiative.pk).exists()


def test_a_declined_invitation_no_longer_opens_a_partners_only_initiative(everyone, inna, woda, ewa):
    initiative = InitiativeFactory(lead_organisation=inna, visibility=Visibility.RESTRICTED)
    ParticipantFactory(initiative=initiative, organisation=woda, status=ParticipantStatus.DECLINED)
    initiative = reload(initiative, everyone)

    assert not permissions.can_view(ewa, initiative)
    assert not selectors.initiative_visible_queryset(user=ewa).filter(pk=initiative.pk).exists()


# --- acting in an initiative led by ziemia, woda a partner, dawid an expert ------------------------

OPEN = {"forming", "active"}


def by_status(open_row: tuple[int, ...], *, statuses: set[str] = OPEN):
    return {state: (open_row if state.split("/")[1] in statuses else NOBODY) for state in STATES}


MANAGE = by_status((0, 0, 0, 0, 1, 1, 0))
WORK = by_status((0, 0, 1, 1, 1, 1, 0))
PLEDGE = by_status((0, 0, 0, 1, 1, 1, 0))
HAND_OVER = by_status((0, 0, 0, 0, 0, 1, 0))
COMPLETE = by_status((0, 0, 0, 0, 1, 1, 0), statuses={"active"})
CHANGE_STATUS = by_status((0, 0, 0, 0, 1, 1, 0))


ACTIONS = {
    permissions.can_manage: MANAGE,
    permissions.can_edit: MANAGE,
    permissions.can_invite: MANAGE,
    permissions.can_plan: MANAGE,
    permissions.can_work: WORK,
    permissions.can_pledge: PLEDGE,
    permissions.can_hand_over: HAND_OVER,
    permissions.can_complete: COMPLETE,
    permissions.can_change_status: CHANGE_STATUS,
}


@pytest.mark.parametrize("state", STATES)
def test_actions_in_an_initiative_led_by_ziemia(state, everyone, ziemia, woda, dawid):
    initiative = initiative_in(state, everyone, lead=ziemia, partner=woda, expert=dawid)

    got = {function.__name__: answers(function, everyone, initiative) for function in ACTIONS}
    expected = {function.__name__: row(matrix[state]) for function, matrix in ACTIONS.items()}
    assert got == expected


@pytest.mark.parametrize("role", ROLES)
def test_people_of_member_organisations_start_initiatives(role, everyone):
    assert permissions.can_create_initiative(everyone[role]) is (role in {"ewa", "celina", "bogdan"})


def test_observers_see_but_do_not_work_or_pledge(everyone, ziemia, woda, ewa):
    initiative = InitiativeFactory(lead_organisation=ziemia, visibility=Visibility.RESTRICTED)
    ParticipantFactory(initiative=initiative, organisation=woda, role=ParticipantRole.OBSERVER)
    initiative = reload(initiative, everyone)

    assert permissions.can_view(ewa, initiative)
    assert not permissions.can_work(ewa, initiative)
    assert not permissions.can_pledge(ewa, initiative)


# --- answering, leaving ----------------------------------------------------------------------------

ANSWER = {
    "woda": (0, 0, 0, 1, 0, 0, 0),
    "dawid": (0, 0, 1, 0, 0, 0, 0),
    "olek_by_email": (0, 1, 0, 0, 0, 0, 0),
}


@pytest.mark.parametrize("status", list(STATUSES))
@pytest.mark.parametrize("invitee", list(ANSWER))
def test_who_answers_an_invitation(invitee, status, everyone, ziemia, woda, dawid, olek):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=STATUSES[status])
    kwargs = {
        "woda": {"organisation": woda},
        "dawid": {"organisation": None, "user": dawid, "role": "expert"},
        "olek_by_email": {"organisation": None, "email": olek.email, "role": "observer"},
    }[invitee]
    participant = ParticipantFactory(initiative=initiative, status=ParticipantStatus.INVITED, **kwargs)
    expected = ANSWER[invitee] if status in OPEN else NOBODY

    assert answers(permissions.can_answer, everyone, participant) == row(expected)
    revoke = (0, 0, 0, 0, 1, 1, 0) if status in OPEN else NOBODY
    assert answers(permissions.can_revoke, everyone, participant) == row(revoke)


LEAVE = {
    "woda_partner": (0, 0, 0, 1, 0, 0, 0),
    "dawid_expert": (0, 0, 1, 0, 0, 0, 0),
    "ziemia_leader": NOBODY,
}


@pytest.mark.parametrize("status", list(STATUSES))
@pytest.mark.parametrize("who", list(LEAVE))
def test_who_may_leave(who, status, everyone, ziemia, woda, dawid):
    initiative = InitiativeFactory(lead_organisation=ziemia, status=STATUSES[status])
    if who == "woda_partner":
        participant = ParticipantFactory(initiative=initiative, organisation=woda)
    elif who == "dawid_expert":
        participant = ParticipantFactory(initiative=initiative, organisation=None, user=dawid, role="expert")
    else:
        participant = initiative.participants.get(role=ParticipantRole.LEADER)
    expected = LEAVE[who] if status in OPEN else NOBODY

    assert answers(permissions.can_leave, everyone, participant) == row(expected)


# --- pledges ---------------------------------------------------------------------------------------

DECIDE_PLEDGE = {
    "woda/proposed": (0, 0, 0, 1, 0, 0, 0),
    "ziemia/proposed": (0, 0, 0, 0, 0, 1, 0),
    "ziemia/confirmed": NOBODY,
    "ziemia/withdrawn": NOBODY,
}
WITHDRAW_PLEDGE = {
    "woda/proposed": (0, 0, 0, 1, 0, 0, 0),
    "ziemia/proposed": (0, 0, 0, 0, 1, 1, 0),
    "ziemia/confirmed": (0, 0, 0, 0, 0, 1, 0),
    "ziemia/withdrawn": NOBODY,
}


@pytest.mark.parametrize("status", list(STATUSES))
@pytest.mark.parametrize("state", list(DECIDE_PLEDGE))
def test_who_decides_and_withdraws_a_pledge(state, status, everyone, ziemia, woda):
    organisation_key, pledge_status = state.split("/")
    organisation = {"woda": woda, "ziemia": ziemia}[organisation_key]
    initiative = InitiativeFactory(lead_organisation=ziemia, status=STATUSES[status])
    ParticipantFactory(initiative=initiative, organisation=woda)
    pledge = PledgeFactory(initiative=initiative, organisation=organisation, status=PledgeStatus(pledge_status))

    decide = DECIDE_PLEDGE[state] if status in OPEN else NOBODY
    withdraw = WITHDRAW_PLEDGE[state] if status in OPEN else NOBODY
    assert answers(permissions.can_decide_pledge, everyone, pledge) == row(decide)
    assert answers(permissions.can_withdraw_pledge, everyone, pledge) == row(withdraw)


# --- working groups: woda and dawid are members, dawid moderates -----------------------------------

GROUP_VIEW = {
    "public": (1, 1, 1, 1, 1, 1, 1),
    "members": (0, 0, 1, 1, 1, 1, 1),
    "partners": (0, 0, 1, 1, 0, 0, 1),
}
GROUP_POST = (0, 0, 1, 1, 0, 0, 1)
GROUP_MANAGE = (0, 0, 1, 0, 0, 0, 1)
GROUP_JOIN = {
    "public": (0, 0, 0, 1, 1, 1, 1),
    "members": (0, 0, 0, 1, 1, 1, 1),
    "partners": (0, 0, 0, 1, 0, 0, 1),
}


@pytest.mark.parametrize("visibility", list(VISIBILITIES))
def test_working_group_matrix(visibility, everyone, woda, dawid):
    group = WorkingGroupFactory(visibility=VISIBILITIES[visibility])
    GroupMemberFactory(group=group, organisation=woda)
    GroupMemberFactory(group=group, user=dawid, role="moderator")
    group = selectors.group_get_for_user(user=everyone["anna"], pk=group.pk)

    assert answers(permissions.can_view_group, everyone, group) == row(GROUP_VIEW[visibility])
    listed = {
        role: selectors.group_visible_queryset(user=everyone[role]).filter(pk=group.pk).exists() for role in ROLES
    }
    assert listed == row(GROUP_VIEW[visibility])
    assert answers(permissions.can_post, everyone, group) == row(GROUP_POST)
    assert answers(permissions.can_manage_group, everyone, group) == row(GROUP_MANAGE)
    assert answers(permissions.can_join_group, everyone, group) == row(GROUP_JOIN[visibility])


@pytest.mark.parametrize("role", ROLES)
def test_cluster_members_found_groups(role, everyone):
    assert permissions.can_create_group(everyone[role]) is (role in {"ewa", "celina", "bogdan", "anna"})


FROM_CHALLENGE = {
    "by_ziemia_supported_by_woda": (0, 0, 0, 1, 1, 1, 0),
    "by_inna_supported_by_woda": (0, 0, 0, 1, 0, 0, 0),
    "by_ziemia_without_supports": NOBODY,
}


@pytest.mark.parametrize("state", list(FROM_CHALLENGE))
def test_who_turns_we_face_it_too_into_a_group(state, everyone, ziemia, woda, inna):
    owner = inna if "inna" in state else ziemia
    challenge = ChallengeFactory(organisation=owner)
    if "woda" in state:
        ChallengeSupportFactory(challenge=challenge, organisation=woda)
    supports = selectors.challenge_supports(challenge=challenge)

    assert answers(permissions.can_group_from_challenge, everyone, challenge, supports) == row(FROM_CHALLENGE[state])

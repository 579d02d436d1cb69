"""Who may do what with initiatives and working groups. Plain functions; each condition on its own line.

`can_view` is the per-object twin of `selectors.initiative_visible_queryset` (and `can_view_group` of
`selectors.group_visible_queryset`); the tests hold each pair to the same role × visibility × status matrix.

The functions read `initiative.participants.all()` and `group.members.all()`: load the object through its
selector, which prefetches them, so that checking ten permissions costs no query.
"""

from typing import Any

from platforma.challenges.models import Challenge, ChallengeSupport
from platforma.challenges.permissions import can_view as can_view_challenge
from platforma.core.models import Visibility
from platforma.initiatives.models import (
    ALLOWED_TRANSITIONS,
    LIVE_PARTICIPANT_STATUSES,
    GroupMember,
    GroupMemberRole,
    Initiative,
    InitiativeStatus,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    Pledge,
    PledgeStatus,
    WorkingGroup,
)
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import (
    acting_organisations,
    can_act_for,
    is_cluster_member,
    is_coordinator,
    is_organisation_admin,
    member_organisations,
)

# Roles that do the work: observers follow along and see everything, but change nothing.
WORKING_ROLES = (ParticipantRole.LEADER, ParticipantRole.PARTNER, ParticipantRole.EXPERT)
PLEDGING_ROLES = (ParticipantRole.LEADER, ParticipantRole.PARTNER)


# --- who someone is in an initiative -------------------------------------------------------------


def _acting_ids(user: Any) -> set[int]:
    return {organisation.pk for organisation in acting_organisations(user)}


def is_invitee_address(user: Any, participant: Participant) -> bool:
    """An invitation sent to the e-mail address of this (verified) account, before it had an account."""
    if not user.is_authenticated:
        return False
    if participant.organisation_id or participant.user_id:
        return False
    return participant.email.lower() == user.email.lower()


def concerns_user(user: Any, participant: Participant) -> bool:
    """The participation is this person's own, or one of an organisation they act for."""
    if not user.is_authenticated:
        return False
    if participant.organisation_id:
        return participant.organisation_id in _acting_ids(user)
    if participant.user_id:
        return participant.user_id == user.pk
    return is_invitee_address(user, participant)


def my_participations(user: Any, initiative: Initiative, *, statuses: Any = (ParticipantStatus.ACCEPTED,)) -> list:
    return [p for p in initiative.participants.all() if p.status in statuses and concerns_user(user, p)]


def is_lead(user: Any, initiative: Initiative) -> bool:
    """A person acting for the lead organisation."""
    return initiative.lead_organisation_id in _acting_ids(user)


def is_participant(user: Any, initiative: Initiative) -> bool:
    if is_lead(user, initiative):
        return True
    return bool(my_participations(user, initiative))


def is_team_member(user: Any, initiative: Initiative) -> bool:
    """Takes part in a role that works (not an observer)."""
    if is_lead(user, initiative):
        return True
    return any(p.role in WORKING_ROLES for p in my_participations(user, initiative))


# --- initiatives ---------------------------------------------------------------------------------


def can_view(user: Any, initiative: Initiative) -> bool:
    if is_coordinator(user):
        return True
    if initiative.visibility == Visibility.PUBLIC:
        return True
    if is_lead(user, initiative):
        return True
    # Those invited see what they are invited to, whatever its visibility.
    if my_participations(user, initiative, statuses=LIVE_PARTICIPANT_STATUSES):
        return True
    if initiative.visibility == Visibility.MEMBERS:
        return bool(member_organisations(user))
    return False


def can_create_initiative(user: Any) -> bool:
    return bool(member_organisations(user))


def can_manage(user: Any, initiative: Initiative) -> bool:
    """Edit, invite, plan, change the status: the lead organisation's people, while the initiative is open."""
    if not initiative.is_open:
        return False
    return is_lead(user, initiative)


def can_edit(user: Any, initiative: Initiative) -> bool:
    return can_manage(user, initiative)


def can_invite(user: Any, initiative: Initiative) -> bool:
    return can_manage(user, initiative)


def can_plan(user: Any, initiative: Initiative) -> bool:
    """Goals and milestones are the lead's to set."""
    return can_manage(user, initiative)


def allowed_next_statuses(initiative: Initiative) -> list[str]:
    """Where the lead may move the initiative with the status form (completion has its own form)."""
    allowed = ALLOWED_TRANSITIONS.get(initiative.status, set()) - {InitiativeStatus.COMPLETED}
    return [status for status in InitiativeStatus.values if status in allowed]


def can_change_status(user: Any, initiative: Initiative) -> bool:
    if not is_lead(user, initiative):
        return False
    return bool(allowed_next_statuses(initiative))


def can_complete(user: Any, initiative: Initiative) -> bool:
    if initiative.status != InitiativeStatus.ACTIVE:
        return False
    return is_lead(user, initiative)


def can_work(user: Any, initiative: Initiative) -> bool:
    """Add and move tasks, upload documents: everyone who takes part in a working role, while open."""
    if not initiative.is_open:
        return False
    return is_team_member(user, initiative)


def can_hand_over(user: Any, initiative: Initiative) -> bool:
    """Handing the lead over is the lead organisation admin's decision."""
    if not initiative.is_open:
        return False
    if not is_organisation_admin(user, initiative.lead_organisation):
        return False
    return bool(hand_over_candidates(initiative))


def hand_over_candidates(initiative: Initiative) -> list[Participant]:
    return [
        p
        for p in initiative.participants.all()
        if p.organisation_id and p.status == ParticipantStatus.ACCEPTED and p.role != ParticipantRole.LEADER
    ]


def can_answer(user: Any, participant: Participant) -> bool:
    """An invited organisation answers through its admin; an invited person answers for themselves."""
    if participant.status != ParticipantStatus.INVITED:
        return False
    if not participant.initiative.is_open:
        return False
    if participant.organisation is not None:
        return is_organisation_admin(user, participant.organisation)
    if participant.user_id:
        return bool(user.is_authenticated and participant.user_id == user.pk)
    return is_invitee_address(user, participant)


def can_revoke(user: Any, participant: Participant) -> bool:
    if participant.status != ParticipantStatus.INVITED:
        return False
    return can_manage(user, participant.initiative)


def can_leave(user: Any, participant: Participant) -> bool:
    """A partner organisation leaves by its admin's decision, a person by their own; the lead never just leaves."""
    if participant.status != ParticipantStatus.ACCEPTED:
        return False
    if participant.role == ParticipantRole.LEADER:
        return False
    if not participant.initiative.is_open:
        return False
    if participant.organisation is not None:
        return is_organisation_admin(user, participant.organisation)
    return bool(user.is_authenticated and participant.user_id == user.pk)


def pledge_organisations(user: Any, initiative: Initiative) -> list[Organisation]:
    """Organisations the user may pledge for: ones they act for that lead or partner the initiative."""
    acting = {organisation.pk: organisation for organisation in acting_organisations(user)}
    return [
        acting[p.organisation_id]
        for p in initiative.participants.all()
        if p.organisation_id in acting and p.status == ParticipantStatus.ACCEPTED and p.role in PLEDGING_ROLES
    ]


def can_pledge(user: Any, initiative: Initiative) -> bool:
    if not initiative.is_open:
        return False
    return bool(pledge_organisations(user, initiative))


def can_decide_pledge(user: Any, pledge: Pledge) -> bool:
    """The pledging organisation's admin confirms what its people pledged."""
    if pledge.status != PledgeStatus.PROPOSED:
        return False
    if not pledge.initiative.is_open:
        return False
    return is_organisation_admin(user, pledge.organisation)


def can_withdraw_pledge(user: Any, pledge: Pledge) -> bool:
    """A waiting pledge may be taken back by the organisation's people; a confirmed one only by its admin."""
    if not pledge.initiative.is_open:
        return False
    if pledge.status == PledgeStatus.PROPOSED:
        return can_act_for(user, pledge.organisation)
    if pledge.status == PledgeStatus.CONFIRMED:
        return is_organisation_admin(user, pledge.organisation)
    return False


def can_start_from_challenge(user: Any, challenge: Challenge) -> bool:
    """The link on a challenge page: anyone who may start an initiative and sees the challenge."""
    return can_create_initiative(user) and can_view_challenge(user, challenge)


# --- working groups ------------------------------------------------------------------------------


def my_group_memberships(user: Any, group: WorkingGroup) -> list[GroupMember]:
    if not user.is_authenticated:
        return []
    acting = _acting_ids(user)
    return [
        member
        for member in group.members.all()
        if member.user_id == user.pk or (member.organisation_id is not None and member.organisation_id in acting)
    ]


def is_group_member(user: Any, group: WorkingGroup) -> bool:
    return bool(my_group_memberships(user, group))


def can_view_group(user: Any, group: WorkingGroup) -> bool:
    if is_coordinator(user):
        return True
    if group.visibility == Visibility.PUBLIC:
        return True
    if is_group_member(user, group):
        return True
    if group.visibility == Visibility.MEMBERS:
        return bool(member_organisations(user))
    return False


def can_create_group(user: Any) -> bool:
    return is_cluster_member(user)


def can_manage_group(user: Any, group: WorkingGroup) -> bool:
    """Edit the group and what it follows: its moderators and the coordinator."""
    if is_coordinator(user):
        return True
    return any(m.user_id == user.pk and m.role == GroupMemberRole.MODERATOR for m in my_group_memberships(user, group))


def join_options(user: Any, group: WorkingGroup) -> tuple[bool, list[Organisation]]:
    """(may join as a person, member organisations the user may add) — both empty for those who cannot join."""
    if not is_cluster_member(user):
        return False, []
    if not can_view_group(user, group):
        return False, []
    members = list(group.members.all())
    as_person = not any(m.user_id == user.pk for m in members)
    joined = {m.organisation_id for m in members if m.organisation_id}
    organisations = [o for o in member_organisations(user) if o.pk not in joined]
    return as_person, organisations


def can_join_group(user: Any, group: WorkingGroup) -> bool:
    as_person, organisations = join_options(user, group)
    return as_person or bool(organisations)


def can_leave_group(user: Any, member: GroupMember) -> bool:
    if not user.is_authenticated:
        return False
    if member.organisation is None:
        return bool(member.user_id == user.pk)
    return can_act_for(user, member.organisation)


def can_post(user: Any, group: WorkingGroup) -> bool:
    if is_coordinator(user):
        return True
    return is_group_member(user, group)


def can_group_from_challenge(user: Any, challenge: Challenge, supports: list[ChallengeSupport]) -> bool:
    """The reporting organisation's people, or those of an organisation that said "we face it too"."""
    if not supports:
        return False
    if not is_cluster_member(user):
        return False
    if not can_view_challenge(user, challenge):
        return False
    acting = _acting_ids(user)
    if challenge.organisation_id in acting:
        return True
    return any(support.organisation_id in acting for support in supports)

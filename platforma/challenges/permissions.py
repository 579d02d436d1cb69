"""Who may do what with challenges. Plain functions; each condition on its own line.

`can_view` is the per-object twin of `selectors.challenge_list_visible`; the tests hold the two to the
same role × visibility matrix so that a list never shows what a detail page would refuse, or the reverse.
"""

from typing import Any

from platforma.challenges.models import (
    ACTIVE_STATUSES,
    ALLOWED_TRANSITIONS,
    Challenge,
    ChallengeStatus,
    ChallengeSupport,
    Proposal,
    ProposalStatus,
)
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import (
    acting_organisations,
    can_act_for,
    is_coordinator,
    member_organisations,
)


def is_owner(user: Any, challenge: Challenge) -> bool:
    """A person acting for the reporting organisation."""
    return can_act_for(user, challenge.organisation)


def _shared_with_user(user: Any, challenge: Challenge) -> bool:
    acting_ids = {organisation.pk for organisation in acting_organisations(user)}
    if not acting_ids:
        return False
    # Uses the prefetched list when the caller loaded one, a single query otherwise.
    return any(organisation.pk in acting_ids for organisation in challenge.visible_to.all())


def can_view(user: Any, challenge: Challenge) -> bool:
    if is_coordinator(user):
        return True
    if is_owner(user, challenge):
        return True
    if not challenge.is_published:
        return False
    if challenge.visibility == Visibility.PUBLIC:
        return True
    if challenge.visibility == Visibility.MEMBERS:
        return bool(member_organisations(user))
    return _shared_with_user(user, challenge)


def can_view_proposal(user: Any, proposal: Proposal) -> bool:
    """As the challenge page and search show it: a withdrawn proposal was taken back, so only its author,
    the challenge's owner and the coordinator still see it (and its comments)."""
    if not can_view(user, proposal.challenge):
        return False
    if proposal.status != ProposalStatus.WITHDRAWN:
        return True
    if is_coordinator(user):
        return True
    if user.is_authenticated and proposal.author_id == user.pk:
        return True
    return is_owner(user, proposal.challenge)


def can_create_challenge(user: Any) -> bool:
    return bool(member_organisations(user))


def can_edit(user: Any, challenge: Challenge) -> bool:
    if is_coordinator(user):
        return True
    return is_owner(user, challenge)


def can_change_status(user: Any, challenge: Challenge) -> bool:
    # The coordinator archives through moderation; moving the work along is the owner's call.
    return is_owner(user, challenge)


def allowed_next_statuses(challenge: Challenge) -> list[str]:
    """The statuses the owner may move the challenge to, in the order of ChallengeStatus."""
    allowed = ALLOWED_TRANSITIONS.get(challenge.status, set())
    return [status for status in ChallengeStatus.values if status in allowed]


def support_organisations(user: Any, challenge: Challenge) -> list[Organisation]:
    """Member organisations the user could say "we face it too" for (before looking at existing supports)."""
    return [organisation for organisation in member_organisations(user) if organisation.pk != challenge.organisation_id]


def can_support(user: Any, challenge: Challenge) -> bool:
    if not challenge.is_published:
        return False
    if challenge.status == ChallengeStatus.ARCHIVED:
        return False
    if not can_view(user, challenge):
        return False
    return bool(support_organisations(user, challenge))


def can_withdraw_support(user: Any, support: ChallengeSupport) -> bool:
    return can_act_for(user, support.organisation)


def proposal_organisations(user: Any, challenge: Challenge) -> list[Organisation]:
    """Organisations the user may propose a solution for; the reporter does not propose to itself."""
    return [organisation for organisation in acting_organisations(user) if organisation.pk != challenge.organisation_id]


def can_propose(user: Any, challenge: Challenge) -> bool:
    if not user.is_authenticated:
        return False
    if not challenge.is_published:
        return False
    if challenge.status not in ACTIVE_STATUSES:
        return False
    return can_view(user, challenge)


def can_decide_proposal(user: Any, proposal: Proposal) -> bool:
    if proposal.status != ProposalStatus.SUBMITTED:
        return False
    return is_owner(user, proposal.challenge)


def can_withdraw_proposal(user: Any, proposal: Proposal) -> bool:
    if not user.is_authenticated:
        return False
    if proposal.status != ProposalStatus.SUBMITTED:
        return False
    return proposal.author_id == user.pk


def can_moderate(user: Any, challenge: Challenge | None = None) -> bool:
    return is_coordinator(user)

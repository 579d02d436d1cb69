"""Who may do what with open calls. Plain functions; each condition on its own line.

Visibility (the twin of `selectors.call_visible_queryset`, held to the same matrix by the tests):
a call that everyone may answer is public; a call for cluster members only is seen by people acting for a
member organisation, coordinators, and the people it involves (its owner, evaluators and applicants).
The challenge's own visibility does not carry over: the owner writes the call's summary for its audience,
and the call links to the challenge only for those who may see the challenge.

Roles: the owner is whoever acts for the organisation that opened the call, or any coordinator when the
coordinator opened it. Evaluators are people the owner named. Proposals, their attachments and the ranking
are seen only by the owner, the evaluators and (their own proposal) the applicant.
"""

from typing import Any

from allauth.account.models import EmailAddress

from platforma.challenges.models import ACTIVE_STATUSES, Challenge
from platforma.opencalls.models import CallProposal, CallState, Eligibility, OpenCall, ProposalStatus
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import acting_organisations, is_coordinator, member_organisations


def has_verified_email(user: Any) -> bool:
    """Mandatory verification means a real person logs in with a confirmed address; checked here too,
    because a session can outlive a later change of address. Cached on the user for one request."""
    if not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_opencalls_verified_email", None)
    if cached is None:
        cached = EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()
        user._opencalls_verified_email = cached
    return bool(cached)


def _acting_ids(user: Any) -> set[int]:
    return {organisation.pk for organisation in acting_organisations(user)}


def is_owner(user: Any, call: OpenCall) -> bool:
    if call.owner_organisation_id is None:
        return is_coordinator(user)
    return call.owner_organisation_id in _acting_ids(user)


def is_evaluator(user: Any, call: OpenCall) -> bool:
    if not user.is_authenticated:
        return False
    # Uses the prefetched evaluators when the selector loaded them, a single query otherwise.
    return any(evaluator.user_id == user.pk for evaluator in call.evaluators.all())


def _is_applicant(user: Any, call: OpenCall) -> bool:
    if not user.is_authenticated:
        return False
    return call.proposals.filter(author_id=user.pk).exists()


def can_view(user: Any, call: OpenCall) -> bool:
    if call.eligibility == Eligibility.EVERYONE:
        return True
    if is_coordinator(user):
        return True
    if member_organisations(user):
        return True
    if is_owner(user, call):
        return True
    if is_evaluator(user, call):
        return True
    return _is_applicant(user, call)


def challenge_accepts_calls(challenge: Challenge) -> bool:
    return challenge.is_published and challenge.status in ACTIVE_STATUSES


def can_open_call_for(user: Any, challenge: Challenge) -> bool:
    """The coordinator, or a person acting for the member organisation that reported the challenge."""
    if not challenge_accepts_calls(challenge):
        return False
    if is_coordinator(user):
        return True
    return any(organisation.pk == challenge.organisation_id for organisation in member_organisations(user))


def can_open_calls(user: Any) -> bool:
    """Whether to offer the "open a call" button at all; the form then lists the challenges one may use."""
    if is_coordinator(user):
        return True
    return bool(member_organisations(user))


def can_edit(user: Any, call: OpenCall) -> bool:
    if call.state != CallState.OPEN:
        return False
    return is_owner(user, call)


def can_manage_evaluators(user: Any, call: OpenCall) -> bool:
    if call.is_decided:
        return False
    return is_owner(user, call)


def can_see_ranking(user: Any, call: OpenCall) -> bool:
    if is_owner(user, call):
        return True
    return is_evaluator(user, call)


def can_decide(user: Any, call: OpenCall) -> bool:
    """After the deadline, once: the owner picks the winner (or ends the call without one)."""
    if call.state != CallState.CLOSED:
        return False
    return is_owner(user, call)


def _conflicted_organisation_ids(call: OpenCall) -> set[int]:
    # The challenge's organisation leads the pilot; it does not partner with itself.
    ids = {call.challenge.organisation_id}
    if call.owner_organisation_id is not None:
        ids.add(call.owner_organisation_id)
    return ids


def proposal_organisations(user: Any, call: OpenCall) -> list[Organisation]:
    """Organisations the user may answer for: any they act for when everyone may answer, member ones
    otherwise; never the organisation that runs the call."""
    excluded = _conflicted_organisation_ids(call)
    members_only = call.eligibility == Eligibility.MEMBERS
    candidates = member_organisations(user) if members_only else acting_organisations(user)
    return [organisation for organisation in candidates if organisation.pk not in excluded]


def can_apply(user: Any, call: OpenCall) -> bool:
    if not user.is_authenticated:
        return False
    if not has_verified_email(user):
        return False
    if call.state != CallState.OPEN:
        return False
    # Coordinators run calls and see everything; they do not compete in them.
    if is_coordinator(user):
        return False
    if _acting_ids(user) & _conflicted_organisation_ids(call):
        return False
    if is_evaluator(user, call):
        return False
    if call.eligibility == Eligibility.MEMBERS:
        return bool(proposal_organisations(user, call))
    return True


def can_view_proposal(user: Any, proposal: CallProposal) -> bool:
    if not user.is_authenticated:
        return False
    if proposal.author_id == user.pk:
        return True
    if is_owner(user, proposal.call):
        return True
    return is_evaluator(user, proposal.call)


def can_change_proposal(user: Any, proposal: CallProposal) -> bool:
    """Editing and withdrawing: the author, while the call is open and the proposal is still in."""
    if not user.is_authenticated:
        return False
    if proposal.author_id != user.pk:
        return False
    if proposal.status != ProposalStatus.SUBMITTED:
        return False
    return proposal.call.state == CallState.OPEN


def has_conflict(user: Any, proposal: CallProposal) -> bool:
    """An evaluator does not score their own proposal, nor one made for an organisation they act for."""
    if proposal.author_id == user.pk:
        return True
    return proposal.organisation_id is not None and proposal.organisation_id in _acting_ids(user)


def can_score(user: Any, proposal: CallProposal) -> bool:
    if proposal.call.is_decided:
        return False
    if proposal.status != ProposalStatus.SUBMITTED:
        return False
    if not is_evaluator(user, proposal.call):
        return False
    return not has_conflict(user, proposal)


def can_see_feedback(user: Any, proposal: CallProposal) -> bool:
    """The applicant reads the evaluators' comments once the call is decided."""
    if not user.is_authenticated:
        return False
    if proposal.author_id != user.pk:
        return False
    return proposal.call.is_decided

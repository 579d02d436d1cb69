"""Who may see which matches. Plain functions; each condition on its own line.

The matches of a challenge need no function of their own: whoever may see the challenge may see who could
solve it (challenges.selectors.challenge_get_for_user decides, and a hidden challenge is a 404).
"""

from typing import Any

from platforma.accounts.models import Profile
from platforma.challenges.models import Challenge
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import can_act_for, is_coordinator


def can_see_opportunities_of(user: Any, organisation: Organisation) -> bool:
    """What an organisation could answer is advice for its own people (and the coordinator who helps them)."""
    if is_coordinator(user):
        return True
    return can_act_for(user, organisation)


def can_see_own_opportunities(user: Any, profile: Profile) -> bool:
    if not user.is_authenticated:
        return False
    if not user.is_active:
        return False
    return bool(profile.user_id == user.pk)


def can_join_forces(user: Any, challenge: Challenge) -> bool:
    """The owners of a published challenge are offered to join those with a similar one."""
    if not challenge.is_published:
        return False
    return can_act_for(user, challenge.organisation)


def can_see_duplicates(user: Any) -> bool:
    return is_coordinator(user)

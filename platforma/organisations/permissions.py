"""Who may do what with organisations. Plain functions; each condition on its own line."""

import contextlib
from typing import Any

from platforma.organisations.models import ClusterStatus, Organisation, OrganisationMembership, OrganisationRole

# Statuses whose organisations anyone may see; applicants and rejected ones stay private.
PUBLIC_STATUSES = frozenset({ClusterStatus.MEMBER, ClusterStatus.SUSPENDED, ClusterStatus.FORMER})


def _memberships(user: Any) -> list[OrganisationMembership]:
    """The user's memberships, cached on the user object for the length of one request."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_organisation_memberships_cache", None)
    if cached is None:
        cached = list(OrganisationMembership.objects.filter(user=user).select_related("organisation"))
        user._organisation_memberships_cache = cached
    return cached


def forget_memberships(user: Any) -> None:
    """Drop the per-request cache after a service changed this user's memberships."""
    # delattr, not __dict__: request.user is a lazy wrapper that forwards attribute access.
    with contextlib.suppress(AttributeError):
        del user._organisation_memberships_cache


def is_coordinator(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_coordinator)


def acting_organisations(user: Any) -> list[Organisation]:
    """Organisations the user acts for, whatever their cluster status."""
    return [m.organisation for m in _memberships(user)]


def member_organisations(user: Any) -> list[Organisation]:
    """Organisations the user acts for that are current members of the cluster."""
    return [m.organisation for m in _memberships(user) if m.organisation.cluster_status == ClusterStatus.MEMBER]


def is_cluster_member(user: Any) -> bool:
    """A person acting for a current member organisation (or the coordinator) is inside the cluster."""
    if is_coordinator(user):
        return True
    return bool(member_organisations(user))


def can_act_for(user: Any, organisation: Organisation) -> bool:
    return any(m.organisation_id == organisation.pk for m in _memberships(user))


def is_organisation_admin(user: Any, organisation: Organisation) -> bool:
    return any(m.organisation_id == organisation.pk and m.role == OrganisationRole.ADMIN for m in _memberships(user))


def can_view_organisation(user: Any, organisation: Organisation) -> bool:
    """Listed organisations are public; an application is seen by its own people and the coordinator."""
    if organisation.cluster_status in PUBLIC_STATUSES:
        return True
    if is_coordinator(user):
        return True
    return can_act_for(user, organisation)


def can_apply_for_membership(user: Any) -> bool:
    """Any logged-in, active person may apply on behalf of an organisation."""
    return bool(user.is_authenticated and user.is_active)


def can_edit_organisation(user: Any, organisation: Organisation) -> bool:
    if is_coordinator(user):
        return True
    return is_organisation_admin(user, organisation)


def can_manage_people(user: Any, organisation: Organisation) -> bool:
    if is_coordinator(user):
        return True
    return is_organisation_admin(user, organisation)


def can_decide_membership(user: Any) -> bool:
    return is_coordinator(user)


def can_see_all_people(user: Any, organisation: Organisation) -> bool:
    """The organisation's own people and the coordinator see everyone in it, whatever their profile says."""
    if is_coordinator(user):
        return True
    return can_act_for(user, organisation)

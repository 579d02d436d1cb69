"""Who may do what with offers and applications. Plain functions; each condition on its own line.

An application (its message and CV) is seen by exactly two parties: the person who applied and the people
acting for the organisation applied to. Not other organisations, and not the cluster's coordinators either:
a CV is personal data the person gave to one employer, and coordinating the cluster needs no access to it.
For the same reason applications are not in the Django admin.
"""

from typing import Any

from platforma.organisations.models import Organisation
from platforma.organisations.permissions import PUBLIC_STATUSES, can_act_for, is_coordinator, member_organisations
from platforma.talent.models import ALLOWED_TRANSITIONS, WITHDRAWABLE_STATUSES, Application, ApplicationStatus, Offer


def _is_active_person(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active)


def is_offer_owner(user: Any, offer: Offer) -> bool:
    """A person acting for the organisation that published the offer."""
    return can_act_for(user, offer.organisation)


def offer_organisations(user: Any) -> list[Organisation]:
    """Organisations the user may publish offers for: current members of the cluster they act for."""
    return member_organisations(user)


def can_view_offer(user: Any, offer: Offer) -> bool:
    """Offers are public while their organisation is listed; the owner and the coordinator always see them."""
    if is_coordinator(user):
        return True
    if is_offer_owner(user, offer):
        return True
    return offer.organisation.cluster_status in PUBLIC_STATUSES


def can_create_offer(user: Any) -> bool:
    return bool(offer_organisations(user))


def can_edit_offer(user: Any, offer: Offer) -> bool:
    # The coordinator corrects or closes an offer as moderation; applications stay out of reach anyway.
    if is_coordinator(user):
        return True
    return is_offer_owner(user, offer)


def can_close_offer(user: Any, offer: Offer) -> bool:
    if offer.closed_at is not None:
        return False
    return can_edit_offer(user, offer)


def can_apply(user: Any, offer: Offer) -> bool:
    """Whether the offer would take an application from this person (an existing one is checked apart)."""
    if not _is_active_person(user):
        return False
    if not offer.is_open:
        return False
    return not is_offer_owner(user, offer)


def can_manage_applications(user: Any, offer: Offer) -> bool:
    """Seeing the offer's applications and moving them along: the organisation's people only."""
    if not _is_active_person(user):
        return False
    return is_offer_owner(user, offer)


def can_view_application(user: Any, application: Application) -> bool:
    """The applicant and the organisation's people; nobody else, coordinators included. The CV follows this."""
    if not _is_active_person(user):
        return False
    if application.applicant_id == user.pk:
        return True
    return is_offer_owner(user, application.offer)


def can_download_cv(user: Any, application: Application) -> bool:
    if not application.cv:
        return False
    return can_view_application(user, application)


# The order in which moves are offered: forward first, a rejection last.
MOVE_ORDER = (ApplicationStatus.SHORTLISTED, ApplicationStatus.HIRED, ApplicationStatus.REJECTED)


def allowed_next_statuses(application: Application) -> list[str]:
    """The statuses the organisation may move the application to, forward moves first."""
    allowed = ALLOWED_TRANSITIONS.get(application.status, set())
    return [status for status in MOVE_ORDER if status in allowed]


def can_change_application_status(user: Any, application: Application) -> bool:
    if not allowed_next_statuses(application):
        return False
    return can_manage_applications(user, application.offer)


def can_withdraw_application(user: Any, application: Application) -> bool:
    if not _is_active_person(user):
        return False
    if application.status not in WITHDRAWABLE_STATUSES:
        return False
    return application.applicant_id == user.pk


def can_see_matching_specialists(user: Any, offer: Offer) -> bool:
    return can_manage_applications(user, offer)

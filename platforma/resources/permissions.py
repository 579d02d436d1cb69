"""Who may do what with shared resources and their bookings. Plain functions; each condition on its own line.

`can_view` is the per-object twin of `selectors.resource_visible_queryset`; the tests hold both to the same
role × state matrix.
"""

from typing import Any

from django.utils import timezone

from platforma.organisations.models import ClusterStatus, Organisation
from platforma.organisations.permissions import (
    acting_organisations,
    can_act_for,
    is_cluster_member,
    is_coordinator,
    member_organisations,
)
from platforma.resources.models import Booking, BookingStatus, Resource


def is_owner(user: Any, resource: Resource) -> bool:
    """A person acting for the organisation that offers the resource."""
    return can_act_for(user, resource.owner)


def is_listed(resource: Resource) -> bool:
    """In the public catalogue: offered and its organisation is a current member of the cluster."""
    return resource.is_active and resource.owner.cluster_status == ClusterStatus.MEMBER


def can_view(user: Any, resource: Resource) -> bool:
    if is_coordinator(user):
        return True
    if is_owner(user, resource):
        return True
    return is_listed(resource)


def can_create_resource(user: Any) -> bool:
    return bool(member_organisations(user))


def owner_organisations(user: Any) -> list[Organisation]:
    """Organisations the user may list a resource for: the member organisations they act for."""
    return member_organisations(user)


def can_edit(user: Any, resource: Resource) -> bool:
    if is_coordinator(user):
        return True
    return is_owner(user, resource)


def can_see_requests(user: Any, resource: Resource) -> bool:
    """Who asked for the resource, when and why: the owner's people and the coordinator."""
    if is_coordinator(user):
        return True
    return is_owner(user, resource)


def can_request_booking(user: Any, resource: Resource) -> bool:
    if not is_listed(resource):
        return False
    return is_cluster_member(user)


def booking_organisations(user: Any) -> list[Organisation]:
    """Organisations a person may book for; a coordinator or any member may also book in their own name."""
    return member_organisations(user)


def can_view_booking(user: Any, booking: Booking) -> bool:
    if is_coordinator(user):
        return True
    if user.is_authenticated and booking.requested_by_id == user.pk:
        return True
    if booking.organisation is not None and can_act_for(user, booking.organisation):
        return True
    return is_owner(user, booking.resource)


def can_decide_booking(user: Any, booking: Booking) -> bool:
    if booking.status != BookingStatus.REQUESTED:
        return False
    return is_owner(user, booking.resource)


def can_cancel_booking(user: Any, booking: Booking) -> bool:
    """The person who asked takes back a pending request or an approved booking."""
    if not user.is_authenticated:
        return False
    if booking.status not in (BookingStatus.REQUESTED, BookingStatus.APPROVED):
        return False
    if booking.status == BookingStatus.APPROVED and booking.ends_on < timezone.localdate():
        # A booking that is over is history, not something to take back.
        return False
    return booking.requested_by_id == user.pk


def can_see_requests_to_me(user: Any) -> bool:
    """The "requests to me" page: anyone acting for an organisation, which may own resources."""
    return bool(acting_organisations(user))

"""E-mails about bookings, sent in the background. Arguments are ids: the task loads fresh data, and does
nothing when the booking is gone or no longer in the state the message is about."""

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.organisations.models import OrganisationMembership
from platforma.resources.models import Booking, BookingStatus


def _organisation_emails(organisation_id: int, *, exclude_user_id: int | None = None) -> list[str]:
    memberships = OrganisationMembership.objects.filter(organisation_id=organisation_id, user__is_active=True)
    if exclude_user_id is not None:
        memberships = memberships.exclude(user_id=exclude_user_id)
    return sorted(set(memberships.values_list("user__email", flat=True)))


def _send(template: str, context: dict[str, Any], recipients: list[str]) -> int:
    if not recipients:
        return 0
    # Tasks run outside any request: the e-mail is written in the site's language, Polish.
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.SITE_URL}
        subject = render_to_string(f"resources/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"resources/email/{template}_body.txt", context)
        return send_mail(subject, body, None, recipients)


def _url(name: str, **kwargs: Any) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL + reverse(name, kwargs=kwargs or None)


def _load(booking_id: int) -> Booking | None:
    return (
        Booking.objects.select_related("resource", "resource__owner", "organisation", "requested_by", "decided_by")
        .filter(pk=booking_id)
        .first()
    )


@task
def notify_booking_requested(booking_id: int) -> int:
    """Tells the owner's people that someone asks for their resource, with a link to decide."""
    booking = _load(booking_id)
    if booking is None or booking.status != BookingStatus.REQUESTED:
        return 0
    return _send(
        "booking_requested",
        {
            "booking": booking,
            "resource": booking.resource,
            "url": _url("resources:booking", pk=booking.pk),
            "requests_url": _url("resources:requests"),
        },
        _organisation_emails(booking.resource.owner_id, exclude_user_id=booking.requested_by_id),
    )


@task
def notify_booking_decided(booking_id: int) -> int:
    """Tells the person who asked whether the owner approved or declined, and the owner's note."""
    booking = _load(booking_id)
    if booking is None or booking.status not in (BookingStatus.APPROVED, BookingStatus.DECLINED):
        return 0
    requester = booking.requested_by
    if requester is None or not requester.is_active:
        return 0
    return _send(
        "booking_decided",
        {"booking": booking, "resource": booking.resource, "url": _url("resources:booking", pk=booking.pk)},
        [requester.email],
    )


@task
def notify_booking_cancelled(booking_id: int) -> int:
    """Tells the owner's people that an approved booking was cancelled and the days are free again."""
    booking = _load(booking_id)
    if booking is None or booking.status != BookingStatus.CANCELLED:
        return 0
    return _send(
        "booking_cancelled",
        {"booking": booking, "resource": booking.resource, "url": _url("resources:detail", pk=booking.resource_id)},
        _organisation_emails(booking.resource.owner_id, exclude_user_id=booking.requested_by_id),
    )

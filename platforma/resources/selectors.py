"""Reads of resources and bookings, always through the visibility rules (the twins of permissions.py).

- active resources of current member organisations: everyone (the catalogue is the cluster's shop window);
- every resource of an organisation, switched off ones too: that organisation's people;
- everything: coordinators.
Bookings are seen by the person who asked, the people of the organisation they asked for, the owner's
people and coordinators; the calendar of a resource shows approved days only, to anyone who sees it.
"""

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404

from platforma.organisations.models import ClusterStatus, Organisation
from platforma.organisations.permissions import acting_organisations, is_coordinator
from platforma.resources.models import (
    Booking,
    BookingQuerySet,
    BookingStatus,
    Resource,
    ResourceKind,
    ResourcePhoto,
    ResourceQuerySet,
)
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_with_descendants

# The value of the status filter that shows bookings in every status.
ALL_STATUSES = "wszystkie"


def _visibility_filter(user: Any) -> Q | None:
    """The condition a resource must meet to be seen by `user`; None means no condition at all."""
    if is_coordinator(user):
        return None
    condition = Q(is_active=True, owner__cluster_status=ClusterStatus.MEMBER)
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    if acting_ids:
        condition |= Q(owner_id__in=acting_ids)
    return condition


def resource_visible_queryset(*, user: Any) -> ResourceQuerySet:
    """Every resource `user` may see, unfiltered and unordered."""
    condition = _visibility_filter(user)
    queryset = Resource.objects.all()
    return queryset if condition is None else queryset.filter(condition)


def apply_filters(queryset: ResourceQuerySet, filters: Mapping[str, Any] | None) -> ResourceQuerySet:
    """Filters by the cleaned values of the list's filter form; unknown or empty values are ignored.

    Keys: `kind` (a ResourceKind value), `competence` (a slug; its sub-competences count too), `city`,
    `free` (truthy: free of charge only), `q` (name and description), `owner` (an organisation's pk).
    """
    filters = filters or {}
    if (kind := filters.get("kind")) and kind in ResourceKind.values:
        queryset = queryset.filter(kind=kind)
    slug = filters.get("competence")
    if slug and (ids := competence_with_descendants(str(slug))):
        through = Resource.competences.through.objects.filter(resource_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    if city := str(filters.get("city") or "").strip():
        queryset = queryset.filter(city__iexact=city)
    if filters.get("free"):
        queryset = queryset.filter(is_free=True)
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(name__icontains=q) | Q(description__icontains=q) | Q(owner__name__icontains=q))
    return queryset


def _for_cards(queryset: ResourceQuerySet) -> ResourceQuerySet:
    return queryset.select_related("owner").prefetch_related(
        Prefetch("competences", queryset=Competence.objects.order_by("position", "pk")),
        Prefetch("photos", queryset=ResourcePhoto.objects.order_by("created_at", "pk")),
    )


def resource_list_visible(*, user: Any, filters: Mapping[str, Any] | None = None) -> ResourceQuerySet:
    """The resources `user` may see, filtered, by name, ready for cards (a constant number of queries)."""
    return _for_cards(apply_filters(resource_visible_queryset(user=user), filters)).order_by("name", "pk")


def resource_cities_visible(*, user: Any) -> list[str]:
    cities = resource_visible_queryset(user=user).order_by("city").values_list("city", flat=True).distinct()
    return [city for city in cities if city]


def resources_of_organisation(*, organisation: Organisation, include_inactive: bool = False) -> ResourceQuerySet:
    """The resources an organisation offers, by name: what it can pledge to an initiative, for example.

    Callers show these to the organisation's own people or next to the organisation; the catalogue's
    visibility rules are the caller's to apply when it shows them to others."""
    queryset = Resource.objects.filter(owner=organisation)
    if not include_inactive:
        queryset = queryset.filter(is_active=True)
    return _for_cards(queryset).order_by("name", "pk")


def resource_get_for_user(*, user: Any, pk: Any) -> Resource:
    """The resource if `user` may see it; Http404 otherwise, so that its existence does not leak."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    resource = _for_cards(resource_visible_queryset(user=user)).filter(pk=pk).first()
    if resource is None:
        raise Http404
    return resource


def photo_get(*, resource: Resource, pk: Any) -> ResourcePhoto:
    try:
        return resource.photos.get(pk=int(pk))
    except (TypeError, ValueError, ResourcePhoto.DoesNotExist) as error:
        raise Http404 from error


# --- bookings -------------------------------------------------------------------------------------


def approved_bookings_between(*, resource: Resource, first: date, last: date) -> BookingQuerySet:
    """Approved bookings of the resource that touch the days first..last (both inclusive)."""
    return (
        resource.bookings.approved()
        .overlapping(starts_on=first, ends_on=last)
        .select_related("organisation", "requested_by")
        .order_by("starts_on", "pk")
    )


def upcoming_bookings(*, resource: Resource, today: date) -> BookingQuerySet:
    """Requests and approved bookings that are not over yet, for the owner's view of the resource."""
    return (
        resource.bookings.filter(status__in=[BookingStatus.REQUESTED, BookingStatus.APPROVED], ends_on__gte=today)
        .select_related("organisation", "requested_by")
        .order_by("starts_on", "pk")
    )


def _with_related(queryset: BookingQuerySet) -> BookingQuerySet:
    return queryset.select_related("resource", "resource__owner", "organisation", "requested_by", "decided_by")


def _status_filter(queryset: BookingQuerySet, status: Any, *, default: str | None) -> BookingQuerySet:
    if status == ALL_STATUSES:
        return queryset
    if status in BookingStatus.values:
        return queryset.filter(status=status)
    return queryset.filter(status=default) if default else queryset


def bookings_of_user(*, user: Any, status: Any = None) -> BookingQuerySet:
    """ "My bookings": what `user` asked for, newest first; `status` narrows it (unknown values are ignored)."""
    if not user.is_authenticated:
        return Booking.objects.none()
    queryset = _status_filter(Booking.objects.filter(requested_by=user), status, default=None)
    return _with_related(queryset).order_by("-starts_on", "-pk")


def booking_requests_to_user(*, user: Any, status: Any = None) -> BookingQuerySet:
    """Bookings of the resources of the organisations `user` acts for; pending ones unless `status` says
    otherwise. Pending requests come soonest first, so the most urgent decision is on top."""
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    if not acting_ids:
        return Booking.objects.none()
    queryset = Booking.objects.filter(resource__owner_id__in=acting_ids)
    queryset = _status_filter(queryset, status, default=BookingStatus.REQUESTED)
    # Flags a pending request that can no longer be approved, so the owner sees it before pressing the button.
    conflicting = (
        Booking.objects.approved()
        .filter(resource_id=OuterRef("resource_id"))
        .filter(starts_on__lte=OuterRef("ends_on"), ends_on__gte=OuterRef("starts_on"))
        .exclude(pk=OuterRef("pk"))
    )
    return _with_related(queryset).annotate(has_conflict=Exists(conflicting)).order_by("starts_on", "pk")


def pending_requests_count(*, user: Any) -> int:
    return booking_requests_to_user(user=user, status=BookingStatus.REQUESTED).count()


def booking_visible_queryset(*, user: Any) -> BookingQuerySet:
    if is_coordinator(user):
        return Booking.objects.all()
    if not user.is_authenticated:
        return Booking.objects.none()
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    condition = Q(requested_by=user)
    if acting_ids:
        condition |= Q(organisation_id__in=acting_ids) | Q(resource__owner_id__in=acting_ids)
    return Booking.objects.filter(condition)


def booking_get_for_user(*, user: Any, pk: Any) -> Booking:
    """The booking if `user` may see it; Http404 otherwise."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    booking = _with_related(booking_visible_queryset(user=user)).filter(pk=pk).first()
    if booking is None:
        raise Http404
    return booking


def overlapping_approved(*, booking: Booking) -> BookingQuerySet:
    """Approved bookings of the same resource that share a day with `booking` (for the owner's decision)."""
    return (
        Booking.objects.approved()
        .filter(resource_id=booking.resource_id)
        .exclude(pk=booking.pk)
        .overlapping(starts_on=booking.starts_on, ends_on=booking.ends_on)
        .select_related("organisation", "requested_by")
        .order_by("starts_on", "pk")
    )

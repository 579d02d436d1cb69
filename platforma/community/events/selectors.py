"""Reads of events, always through the visibility rules (the twin of permissions.can_view).

- published and cancelled PUBLIC events: everyone;
- published and cancelled MEMBERS events: people of current member organisations and the coordinator;
- drafts: the coordinator and the admins of the organising organisation;
- everything: coordinators.
"""

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from platforma.community.events.models import Event, EventQuerySet, EventStatus, Registration, RegistrationStatus
from platforma.community.events.permissions import organiser_choices
from platforma.core.models import Visibility
from platforma.organisations.permissions import is_cluster_member, is_coordinator
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_with_descendants

# The values of the list's filters, in Polish because they show in the address bar.
PAST = "minione"
ONLINE = "online"
IN_PERSON = "stacjonarne"
# How far back the public calendar feed reaches: calendar programs keep what they have already seen.
FEED_PAST_DAYS = 90


def _visibility_filter(user: Any) -> Q | None:
    """The condition an event must meet to be seen by `user`; None means no condition at all."""
    if is_coordinator(user):
        return None
    levels = [Visibility.PUBLIC]
    if is_cluster_member(user):
        levels.append(Visibility.MEMBERS)
    condition = ~Q(status=EventStatus.DRAFT) & Q(visibility__in=levels)
    organised = [organisation.pk for organisation in organiser_choices(user)]
    if organised:
        condition |= Q(organiser_id__in=organised)
    return condition


def event_visible_queryset(*, user: Any) -> EventQuerySet:
    """Every event `user` may see, unfiltered and unordered."""
    condition = _visibility_filter(user)
    queryset = Event.objects.all()
    return queryset if condition is None else queryset.filter(condition)


def _count_of(status: str) -> Coalesce:
    counted = (
        Registration.objects.filter(event_id=OuterRef("pk"), status=status)
        .order_by()
        .values("event_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_counts(queryset: EventQuerySet, *, user: Any = None) -> EventQuerySet:
    """Adds `confirmed_count`, `waiting_count` and, for a signed-in `user`, `my_status` (their registration)."""
    queryset = queryset.annotate(
        confirmed_count=_count_of(RegistrationStatus.CONFIRMED),
        waiting_count=_count_of(RegistrationStatus.WAITING),
    )
    if user is not None and user.is_authenticated:
        mine = Registration.objects.filter(event_id=OuterRef("pk"), user_id=user.pk).values("status")[:1]
        queryset = queryset.annotate(my_status=Subquery(mine, output_field=CharField()))
    else:
        queryset = queryset.annotate(my_status=Value("", output_field=CharField()))
    return queryset


def apply_filters(queryset: EventQuerySet, filters: Mapping[str, Any] | None, *, now: datetime) -> EventQuerySet:
    """Filters by the cleaned values of the list's filter form; unknown or empty values are ignored.

    Keys: `when` (PAST for events that are over; anything else: upcoming), `competence` (a slug; its
    sub-competences count too), `format` (ONLINE or IN_PERSON; a hybrid event is both), `q` (title).
    """
    filters = filters or {}
    queryset = queryset.past(now) if filters.get("when") == PAST else queryset.upcoming(now)
    slug = filters.get("competence")
    if slug and (ids := competence_with_descendants(str(slug))):
        through = Event.competences.through.objects.filter(event_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    if filters.get("format") == ONLINE:
        queryset = queryset.exclude(online_url="")
    elif filters.get("format") == IN_PERSON:
        queryset = queryset.filter(~Q(place="") | ~Q(town=""))
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(title__icontains=q) | Q(description__icontains=q))
    return queryset


def _competences() -> Prefetch[Any]:
    return Prefetch("competences", queryset=Competence.objects.order_by("position", "pk"))


def event_list_visible(
    *, user: Any, filters: Mapping[str, Any] | None = None, now: datetime | None = None
) -> EventQuerySet:
    """The events `user` may see, filtered, ready for cards (a constant number of queries).

    Upcoming events come soonest first; past events (`when=PAST`) most recent first.
    """
    now = now or timezone.now()
    queryset = apply_filters(event_visible_queryset(user=user), filters, now=now)
    ordering = ["-starts_at", "-pk"] if (filters or {}).get("when") == PAST else ["starts_at", "pk"]
    return (
        with_counts(queryset, user=user)
        .select_related("organiser")
        .prefetch_related(_competences())
        .order_by(*ordering)
    )


def event_get_for_user(*, user: Any, pk: Any) -> Event:
    """The event if `user` may see it; Http404 otherwise, so that its existence does not leak."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    event = (
        with_counts(event_visible_queryset(user=user), user=user)
        .select_related("organiser", "created_by")
        .prefetch_related(_competences())
        .filter(pk=pk)
        .first()
    )
    if event is None:
        raise Http404
    return event


def registration_of(*, user: Any, event: Event) -> Registration | None:
    """The viewer's own registration (in any state), or None."""
    if not user.is_authenticated:
        return None
    return Registration.objects.select_related("event").filter(event=event, user_id=user.pk).first()


def waiting_position(*, registration: Registration) -> int | None:
    """1 for the first person on the waiting list; None for anyone not waiting."""
    if registration.status != RegistrationStatus.WAITING or registration.waiting_since is None:
        return None
    ahead = Registration.objects.filter(event_id=registration.event_id, status=RegistrationStatus.WAITING).filter(
        Q(waiting_since__lt=registration.waiting_since)
        | Q(waiting_since=registration.waiting_since, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def participant_list(*, event: Event) -> QuerySet[Registration]:
    """Everyone who registered: confirmed first (in order of registration), then the waiting list in its
    order, then those who cancelled."""
    return (
        Registration.objects.filter(event=event)
        .select_related("user", "organisation")
        .annotate(
            rank=Case(
                When(status=RegistrationStatus.CONFIRMED, then=Value(0)),
                When(status=RegistrationStatus.WAITING, then=Value(1)),
                default=Value(2),
            )
        )
        .order_by("rank", "waiting_since", "created_at", "pk")
    )


def personal_feed(*, user: Any, now: datetime | None = None) -> list[tuple[Event, Registration | None]]:
    """The events `user` may see, as in event_feed but members-only ones too, each with the person's
    registration (one query for all), so that the meeting link goes to those who have a place."""
    now = now or timezone.now()
    events = list(
        event_visible_queryset(user=user)
        .published()
        .filter(ends_at__gte=now - timedelta(days=FEED_PAST_DAYS))
        .select_related("organiser")
        .prefetch_related(_competences())
        .order_by("starts_at", "pk")
    )
    registrations = {
        registration.event_id: registration
        for registration in Registration.objects.filter(user=user, event__in=[event.pk for event in events])
    }
    return [(event, registrations.get(event.pk)) for event in events]


def event_feed(*, now: datetime | None = None) -> EventQuerySet:
    """Public, published (or cancelled) events that have not ended or ended within FEED_PAST_DAYS."""
    now = now or timezone.now()
    return (
        Event.objects.published()
        .filter(visibility=Visibility.PUBLIC, ends_at__gte=now - timedelta(days=FEED_PAST_DAYS))
        .select_related("organiser")
        .prefetch_related(_competences())
        .order_by("starts_at", "pk")
    )


def registrations_due_reminder(*, now: datetime) -> QuerySet[Registration]:
    """Confirmed places at published events starting 24 to 48 hours from `now`, not yet reminded."""
    return (
        Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminder_sent_at__isnull=True,
            event__status=EventStatus.PUBLISHED,
            event__starts_at__gte=now + timedelta(hours=24),
            event__starts_at__lt=now + timedelta(hours=48),
            user__is_active=True,
        )
        .select_related("event", "event__organiser", "user")
        .order_by("event__starts_at", "pk")
    )

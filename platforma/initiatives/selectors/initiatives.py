"""Reads of initiatives, always through the visibility rules (the twin of permissions.can_view).

- PUBLIC initiatives: everyone;
- MEMBERS initiatives: people acting for a current member organisation of the cluster;
- RESTRICTED ("partners only"): the lead organisation's people and those of accepted partners;
- whatever its visibility: those who take part or are invited (an organisation's people, a person, or the
  account whose e-mail address an invitation was sent to), and coordinators.
"""

from collections.abc import Mapping
from typing import Any

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404

from platforma.challenges.models import Challenge
from platforma.challenges.selectors import challenge_visible_queryset
from platforma.core.models import Visibility
from platforma.initiatives.models import (
    LIVE_PARTICIPANT_STATUSES,
    Initiative,
    InitiativeQuerySet,
    InitiativeStatus,
    InitiativeStatusChange,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    TimelineEntry,
)
from platforma.organisations.models import Organisation, OrganisationMembership, OrganisationRole
from platforma.organisations.permissions import acting_organisations, is_coordinator, member_organisations

# The value of the status filter that shows cancelled initiatives too.
ALL_STATUSES = "wszystkie"
MINE = "moje"


def _participation_filter(user: Any) -> Q | None:
    """The initiatives the user takes part in or is invited to, as one condition (None for a visitor)."""
    if not user.is_authenticated:
        return None
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    mine = Q(user=user) | Q(user__isnull=True, organisation__isnull=True, email__iexact=user.email)
    if acting_ids:
        mine |= Q(organisation_id__in=acting_ids)
    participations = Participant.objects.filter(initiative_id=OuterRef("pk"), status__in=LIVE_PARTICIPANT_STATUSES)
    condition = Q(Exists(participations.filter(mine)))
    if acting_ids:
        condition |= Q(lead_organisation_id__in=acting_ids)
    return condition


def _visibility_filter(user: Any) -> Q | None:
    """The condition an initiative must meet to be seen by `user`; None means no condition at all."""
    if is_coordinator(user):
        return None
    levels = [Visibility.PUBLIC]
    if member_organisations(user):
        levels.append(Visibility.MEMBERS)
    condition = Q(visibility__in=levels)
    participation = _participation_filter(user)
    if participation is not None:
        condition |= participation
    return condition


def initiative_visible_queryset(*, user: Any) -> InitiativeQuerySet:
    """Every initiative `user` may see, unfiltered and unordered."""
    condition = _visibility_filter(user)
    queryset = Initiative.objects.all()
    return queryset if condition is None else queryset.filter(condition)


def _partner_count() -> Coalesce:
    counted = (
        Participant.objects.filter(initiative_id=OuterRef("pk"), status=ParticipantStatus.ACCEPTED)
        .order_by()
        .values("initiative_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def apply_filters(queryset: InitiativeQuerySet, filters: Mapping[str, Any] | None, *, user: Any) -> InitiativeQuerySet:
    """Keys: `status` (a status or ALL_STATUSES; missing hides cancelled ones), `q` (name and goal),
    `scope` ("moje": the ones the user takes part in). Unknown values are ignored."""
    filters = filters or {}
    status = filters.get("status")
    if status in InitiativeStatus.values:
        queryset = queryset.filter(status=status)
    elif status != ALL_STATUSES:
        queryset = queryset.exclude(status=InitiativeStatus.CANCELLED)
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(name__icontains=q) | Q(goal__icontains=q))
    if filters.get("scope") == MINE:
        mine = _participation_filter(user)
        queryset = queryset.filter(mine) if mine is not None else queryset.none()
    return queryset


def initiative_list_visible(*, user: Any, filters: Mapping[str, Any] | None = None) -> InitiativeQuerySet:
    """The initiatives `user` may see, filtered, newest first, ready for cards (constant number of queries)."""
    queryset = apply_filters(initiative_visible_queryset(user=user), filters, user=user)
    return (
        queryset.annotate(partner_count=_partner_count())
        .select_related("lead_organisation")
        .prefetch_related(Prefetch("challenges", queryset=Challenge.objects.only("pk", "title").order_by("pk")))
        .newest_first()
    )


def _participants_prefetch() -> Prefetch[Any]:
    return Prefetch(
        "participants",
        queryset=Participant.objects.select_related("organisation", "user").order_by("created_at", "pk"),
    )


def initiative_get_for_user(*, user: Any, pk: Any) -> Initiative:
    """The initiative if `user` may see it; Http404 otherwise, so that its existence does not leak.

    Participants (with their organisations and people) and linked challenges come prefetched: the
    permission functions read them without further queries.
    """
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    initiative = (
        initiative_visible_queryset(user=user)
        .select_related("lead_organisation", "created_by")
        .prefetch_related(_participants_prefetch(), Prefetch("challenges", queryset=Challenge.objects.order_by("pk")))
        .filter(pk=pk)
        .first()
    )
    if initiative is None:
        raise Http404
    return initiative


def linked_challenges_visible(*, user: Any, initiative: Initiative) -> QuerySet[Challenge]:
    """The initiative's challenges that `user` may see: a confidential challenge stays confidential here too."""
    return (
        challenge_visible_queryset(user=user)
        .filter(initiatives=initiative)
        .select_related("organisation")
        .order_by("pk")
    )


def challenge_choices_for(*, user: Any) -> QuerySet[Challenge]:
    """Challenges an initiative may be linked to by `user`: the published ones they see."""
    return challenge_visible_queryset(user=user).published().select_related("organisation").newest_first()


def initiatives_for_challenge(*, user: Any, challenge_id: int) -> InitiativeQuerySet:
    """The initiatives working on a challenge that `user` may see, for the challenge page."""
    return (
        initiative_visible_queryset(user=user)
        .filter(challenges__pk=challenge_id)
        .exclude(status=InitiativeStatus.CANCELLED)
        .annotate(partner_count=_partner_count())
        .select_related("lead_organisation")
        .newest_first()
    )


def participant_list(*, initiative: Initiative) -> list[Participant]:
    """Everyone from the prefetched participants: leader first, then by when they were invited."""
    order = {role: index for index, role in enumerate(ParticipantRole.values)}
    return sorted(initiative.participants.all(), key=lambda p: (order.get(p.role, 9), p.created_at, p.pk))


def participant_get(*, initiative: Initiative, pk: Any) -> Participant:
    """A participant of an initiative the caller loaded through `initiative_get_for_user`."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    for participant in initiative.participants.all():
        if participant.pk == pk:
            participant.initiative = initiative
            return participant
    raise Http404


def organisations_to_invite(*, initiative: Initiative) -> QuerySet[Organisation]:
    """Member organisations that neither take part nor have an invitation waiting."""
    live = Participant.objects.filter(
        initiative=initiative, status__in=LIVE_PARTICIPANT_STATUSES, organisation__isnull=False
    ).values("organisation_id")
    return (
        Organisation.objects.cluster_members()
        .exclude(pk=initiative.lead_organisation_id)
        .exclude(pk__in=live)
        .order_by("name")
    )


def invitations_for_user(*, user: Any) -> QuerySet[Participant]:
    """Invitations waiting for this person's answer: to organisations they administer, or to them."""
    if not user.is_authenticated:
        return Participant.objects.none()
    admin_of = OrganisationMembership.objects.filter(user=user, role=OrganisationRole.ADMIN).values("organisation_id")
    mine = (
        Q(organisation_id__in=admin_of)
        | Q(user=user)
        | Q(user__isnull=True, organisation__isnull=True, email__iexact=user.email)
    )
    return (
        Participant.objects.filter(mine, status=ParticipantStatus.INVITED)
        .filter(initiative__status__in=[InitiativeStatus.FORMING, InitiativeStatus.ACTIVE])
        .select_related("initiative", "initiative__lead_organisation", "organisation", "user", "invited_by")
        .order_by("-created_at", "-pk")
    )


def invitation_get_for_user(*, user: Any, pk: Any) -> Participant:
    try:
        return invitations_for_user(user=user).get(pk=int(pk))
    except (TypeError, ValueError, Participant.DoesNotExist) as error:
        raise Http404 from error


def timeline(*, initiative: Initiative) -> QuerySet[TimelineEntry]:
    return initiative.timeline.select_related("actor").order_by("-created_at", "-pk")


def status_history(*, initiative: Initiative) -> QuerySet[InitiativeStatusChange]:
    return initiative.status_changes.select_related("changed_by").order_by("changed_at", "pk")

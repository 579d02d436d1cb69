"""Reads of challenges, always through the visibility rules (the twin of permissions.can_view).

- published (not a draft, not hidden) PUBLIC challenges: everyone;
- published MEMBERS challenges: people acting for a current member organisation of the cluster;
- published RESTRICTED challenges: people of the organisations named in `visible_to`;
- everything of an organisation, drafts and hidden ones too: that organisation's people;
- everything: coordinators.
"""

from collections.abc import Mapping
from typing import Any

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404

from platforma.challenges.models import (
    ACTIVE_STATUSES,
    Challenge,
    ChallengeQuerySet,
    ChallengeStatus,
    ChallengeStatusChange,
    ChallengeSupport,
    Proposal,
    ProposalStatus,
)
from platforma.core.models import Visibility
from platforma.organisations.models import OrganisationType
from platforma.organisations.permissions import acting_organisations, is_coordinator, member_organisations
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_with_descendants

COUNTED_PROPOSAL_STATUSES = [s for s in ProposalStatus.values if s != ProposalStatus.WITHDRAWN]

# The value of the status filter that switches the default (open and in progress) off.
ALL_STATUSES = "wszystkie"


def _visibility_filter(user: Any) -> Q | None:
    """The condition a challenge must meet to be seen by `user`; None means no condition at all."""
    if is_coordinator(user):
        return None
    published = ~Q(status=ChallengeStatus.DRAFT) & Q(is_hidden=False)
    levels = [Visibility.PUBLIC]
    if member_organisations(user):
        levels.append(Visibility.MEMBERS)
    condition = published & Q(visibility__in=levels)
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    if acting_ids:
        # Exists rather than a join: a challenge shared with two of the user's organisations stays one row.
        shared = Exists(
            Challenge.visible_to.through.objects.filter(challenge_id=OuterRef("pk"), organisation_id__in=acting_ids)
        )
        condition |= published & Q(visibility=Visibility.RESTRICTED) & Q(shared)
        condition |= Q(organisation_id__in=acting_ids)
    return condition


def challenge_visible_queryset(*, user: Any) -> ChallengeQuerySet:
    """Every challenge `user` may see, unfiltered and unordered."""
    condition = _visibility_filter(user)
    queryset = Challenge.objects.all()
    return queryset if condition is None else queryset.filter(condition)


def _count_of(model: type[ChallengeSupport] | type[Proposal], **conditions: Any) -> Coalesce:
    counted = (
        model.objects.filter(challenge_id=OuterRef("pk"), **conditions)
        .order_by()
        .values("challenge_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def with_counts(queryset: ChallengeQuerySet) -> ChallengeQuerySet:
    """Adds `support_count` and `proposal_count` (withdrawn proposals not counted) without joins."""
    return queryset.annotate(
        support_count=_count_of(ChallengeSupport),
        proposal_count=_count_of(Proposal, status__in=COUNTED_PROPOSAL_STATUSES),
    )


def _status_filter(status: Any) -> Q | None:
    if status in (None, ""):
        return Q(status__in=ACTIVE_STATUSES)
    if status == ALL_STATUSES:
        return None
    statuses = [status] if isinstance(status, str) else list(status)
    valid = [s for s in statuses if s in ChallengeStatus.values]
    return Q(status__in=valid) if valid else Q(status__in=ACTIVE_STATUSES)


def apply_filters(queryset: ChallengeQuerySet, filters: Mapping[str, Any] | None) -> ChallengeQuerySet:
    """Filters by the cleaned values of the list's filter form; unknown or empty values are ignored.

    Keys: `status` (a status, a list of them, or ALL_STATUSES; missing means open and in progress),
    `competence` (a slug; its sub-competences count too), `city`, `org_type`, `q` (title and description).
    """
    filters = filters or {}
    status_q = _status_filter(filters.get("status"))
    if status_q is not None:
        queryset = queryset.filter(status_q)
    slug = filters.get("competence")
    # An unknown slug is a typo to ignore, not a reason for an empty list.
    if slug and (ids := competence_with_descendants(str(slug))):
        through = Challenge.competences.through.objects.filter(challenge_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    if city := filters.get("city"):
        queryset = queryset.filter(city__iexact=str(city).strip())
    if (org_type := filters.get("org_type")) and org_type in OrganisationType.values:
        queryset = queryset.filter(organisation__type=org_type)
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(title__icontains=q) | Q(description__icontains=q))
    return queryset


def challenge_list_visible(*, user: Any, filters: Mapping[str, Any] | None = None) -> ChallengeQuerySet:
    """The challenges `user` may see, filtered, newest first, ready for cards (constant number of queries).

    With `filters=None` the list holds the open and in-progress challenges, as the list page does by default.
    """
    queryset = apply_filters(challenge_visible_queryset(user=user), filters)
    return (
        with_counts(queryset)
        .select_related("organisation")
        .prefetch_related(Prefetch("competences", queryset=Competence.objects.order_by("position", "pk")))
        .newest_first()
    )


def challenge_open_count_visible(*, user: Any) -> int:
    """How many open or in-progress challenges `user` may see: the default of the list page."""
    return challenge_visible_queryset(user=user).filter(status__in=ACTIVE_STATUSES).count()


def challenge_cities_visible(*, user: Any) -> list[str]:
    """The towns of the challenges `user` may see, for the town filter."""
    cities = challenge_visible_queryset(user=user).order_by("city").values_list("city", flat=True).distinct()
    return [city for city in cities if city]


def challenge_get_for_user(*, user: Any, pk: Any) -> Challenge:
    """The challenge if `user` may see it; Http404 otherwise, so that its existence does not leak."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    challenge = (
        challenge_visible_queryset(user=user)
        .select_related("organisation", "author")
        .prefetch_related(
            Prefetch("competences", queryset=Competence.objects.order_by("position", "pk")),
            "visible_to",
        )
        .filter(pk=pk)
        .first()
    )
    if challenge is None:
        raise Http404
    return challenge


def support_list(*, challenge: Challenge) -> QuerySet[ChallengeSupport]:
    return challenge.supports.select_related("organisation", "user").order_by("created_at", "pk")


def proposal_list(*, challenge: Challenge) -> QuerySet[Proposal]:
    return challenge.proposals.select_related("organisation", "author").order_by("created_at", "pk")


def status_history(*, challenge: Challenge) -> QuerySet[ChallengeStatusChange]:
    return challenge.status_changes.select_related("changed_by").order_by("changed_at", "pk")


def proposal_get(*, challenge: Challenge, pk: Any) -> Proposal:
    """A proposal of a challenge the caller already loaded through `challenge_get_for_user`."""
    try:
        return proposal_list(challenge=challenge).get(pk=int(pk))
    except (TypeError, ValueError, Proposal.DoesNotExist) as error:
        raise Http404 from error


def challenge_list_for_moderation(*, filters: Mapping[str, Any] | None = None) -> ChallengeQuerySet:
    """Every challenge, for the coordinator's panel. Keys: `status`, `visibility`, `hidden` ("1"/"0"), `q`."""
    filters = filters or {}
    queryset = Challenge.objects.all()
    if (status := filters.get("status")) and status in ChallengeStatus.values:
        queryset = queryset.filter(status=status)
    if (visibility := filters.get("visibility")) and visibility in Visibility.values:
        queryset = queryset.filter(visibility=visibility)
    if filters.get("hidden") == "1":
        queryset = queryset.filter(is_hidden=True)
    elif filters.get("hidden") == "0":
        queryset = queryset.filter(is_hidden=False)
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(title__icontains=q) | Q(organisation__name__icontains=q))
    return with_counts(queryset).select_related("organisation").order_by(F("created_at").desc(), "-pk")


def challenge_get_for_moderation(*, pk: Any) -> Challenge:
    try:
        return Challenge.objects.select_related("organisation", "author").get(pk=int(pk))
    except (TypeError, ValueError, Challenge.DoesNotExist) as error:
        raise Http404 from error

"""Reads of working groups, through their visibility rules (the twin of permissions.can_view_group)."""

from collections.abc import Mapping
from typing import Any

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404

from platforma.challenges.models import Challenge, ChallengeSupport
from platforma.challenges.selectors import challenge_visible_queryset
from platforma.core.models import Visibility
from platforma.initiatives.models import GroupMember, GroupPost, Initiative, InitiativeStatus, WorkingGroup
from platforma.initiatives.selectors.initiatives import initiative_visible_queryset
from platforma.organisations.permissions import acting_organisations, is_coordinator, member_organisations


def _membership_filter(user: Any) -> Q | None:
    if not user.is_authenticated:
        return None
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    members = GroupMember.objects.filter(group_id=OuterRef("pk")).filter(
        Q(user=user) | Q(organisation_id__in=acting_ids)
    )
    return Q(Exists(members))


def group_visible_queryset(*, user: Any) -> QuerySet[WorkingGroup]:
    if is_coordinator(user):
        return WorkingGroup.objects.all()
    levels = [Visibility.PUBLIC]
    if member_organisations(user):
        levels.append(Visibility.MEMBERS)
    condition = Q(visibility__in=levels)
    membership = _membership_filter(user)
    if membership is not None:
        condition |= membership
    return WorkingGroup.objects.filter(condition)


def _count_of(model: type[GroupMember] | type[GroupPost]) -> Coalesce:
    counted = (
        model.objects.filter(group_id=OuterRef("pk"))
        .order_by()
        .values("group_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def group_list_visible(*, user: Any, filters: Mapping[str, Any] | None = None) -> QuerySet[WorkingGroup]:
    """Groups `user` may see; keys: `q` (name, description, kind of problem), `competence` (a slug, with
    what is below it), `scope` ("moje": the groups the user is in)."""
    filters = filters or {}
    queryset = group_visible_queryset(user=user)
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(name__icontains=q) | Q(description__icontains=q) | Q(problem_kind__icontains=q))
    if slug := str(filters.get("competence") or "").strip():
        queryset = queryset.filter(
            Q(competence__slug=slug) | Q(competence__parent__slug=slug) | Q(competence__parent__parent__slug=slug)
        )
    if filters.get("scope") == "moje":
        membership = _membership_filter(user)
        queryset = queryset.filter(membership) if membership is not None else queryset.none()
    return (
        queryset.annotate(member_count=_count_of(GroupMember), post_count=_count_of(GroupPost))
        .select_related("competence")
        .order_by("name", "pk")
    )


def group_get_for_user(*, user: Any, pk: Any) -> WorkingGroup:
    """The group if `user` may see it (members prefetched for the permission checks); Http404 otherwise."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    members = Prefetch(
        "members", queryset=GroupMember.objects.select_related("user", "organisation").order_by("created_at", "pk")
    )
    group = (
        group_visible_queryset(user=user)
        .select_related("competence", "created_by", "source_challenge")
        .prefetch_related(members)
        .filter(pk=pk)
        .first()
    )
    if group is None:
        raise Http404
    return group


def member_get(*, group: WorkingGroup, pk: Any) -> GroupMember:
    for member in group.members.all():
        if str(member.pk) == str(pk):
            return member
    raise Http404


def post_list(*, group: WorkingGroup) -> QuerySet[GroupPost]:
    return group.posts.select_related("author").order_by("-created_at", "-pk")


def followed_challenges_visible(*, user: Any, group: WorkingGroup) -> QuerySet[Challenge]:
    """What the group follows, minus anything `user` may not see: following never widens visibility."""
    return (
        challenge_visible_queryset(user=user)
        .filter(following_groups=group)
        .select_related("organisation")
        .order_by("title", "pk")
    )


def followed_initiatives_visible(*, user: Any, group: WorkingGroup) -> QuerySet[Initiative]:
    return (
        initiative_visible_queryset(user=user)
        .filter(following_groups=group)
        .select_related("lead_organisation")
        .order_by("name", "pk")
    )


def challenges_to_follow(*, user: Any, group: WorkingGroup) -> QuerySet[Challenge]:
    return (
        challenge_visible_queryset(user=user)
        .published()
        .exclude(following_groups=group)
        .order_by("title", "pk")
        .only("pk", "title")
    )


def initiatives_to_follow(*, user: Any, group: WorkingGroup) -> QuerySet[Initiative]:
    return (
        initiative_visible_queryset(user=user)
        .exclude(status=InitiativeStatus.CANCELLED)
        .exclude(following_groups=group)
        .order_by("name", "pk")
        .only("pk", "name")
    )


def challenge_supports(*, challenge: Challenge) -> list[ChallengeSupport]:
    return list(challenge.supports.select_related("organisation").order_by("created_at", "pk"))

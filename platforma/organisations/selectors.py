"""Reads of organisations, always through the visibility rules in permissions.py."""

from collections.abc import Mapping
from typing import Any

from django.db.models import Exists, F, OuterRef, Prefetch, QuerySet
from django.http import Http404

from platforma.accounts.models import ProfileVisibility
from platforma.organisations import permissions
from platforma.organisations.models import (
    ClusterStatus,
    Invitation,
    InvitationStatus,
    MembershipStatusChange,
    Organisation,
    OrganisationMembership,
    OrganisationRole,
    OrganisationType,
)
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_with_descendants

MAX_QUERY_LENGTH = 100


def competence_tree() -> list[tuple[Competence, int]]:
    """Every competence with its depth, parents before children, siblings by position (one query)."""
    competences = list(Competence.objects.order_by("position", "pk"))
    children: dict[int | None, list[Competence]] = {}
    for competence in competences:
        children.setdefault(competence.parent_id, []).append(competence)
    ordered: list[tuple[Competence, int]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for competence in children.get(parent_id, []):
            ordered.append((competence, depth))
            walk(competence.pk, depth + 1)

    walk(None, 0)
    return ordered


def _competences_prefetch() -> Prefetch[Any]:
    return Prefetch("competences", queryset=Competence.objects.order_by("depth", "position", "pk"))


def organisation_list_visible(*, user: Any, filters: Mapping[str, Any]) -> QuerySet[Organisation]:
    """The directory: members of the cluster, and suspended or former ones with their history.

    Filters arrive as typed in the address bar; anything malformed (an unknown type, a competence that
    does not exist) is ignored rather than turned into an error or an empty page.
    """
    queryset = Organisation.objects.listed().prefetch_related(_competences_prefetch())

    org_type = str(filters.get("type") or "")
    if org_type in OrganisationType.values:
        queryset = queryset.filter(type=org_type)

    competence = str(filters.get("competence") or "").strip()
    if competence:
        competence_ids = competence_with_descendants(competence)
        if competence_ids:
            through = Organisation.competences.through
            queryset = queryset.filter(
                Exists(through.objects.filter(organisation_id=OuterRef("pk"), competence_id__in=competence_ids))
            )

    city = str(filters.get("city") or "").strip()
    if city:
        queryset = queryset.filter(city__iexact=city[:MAX_QUERY_LENGTH])

    text = str(filters.get("q") or "").strip()
    if text:
        queryset = queryset.filter(name__icontains=text[:MAX_QUERY_LENGTH])

    return queryset.order_by("name", "pk")


def directory_cities() -> list[str]:
    """Towns that have at least one organisation in the directory, for the town filter."""
    return list(Organisation.objects.listed().order_by("city").values_list("city", flat=True).distinct())


def organisation_get_for_user(*, user: Any, slug: str) -> Organisation:
    """The organisation, or 404 when it does not exist or this person may not know that it does."""
    organisation = Organisation.objects.prefetch_related(_competences_prefetch()).filter(slug=slug).first()
    if organisation is None or not permissions.can_view_organisation(user, organisation):
        raise Http404
    return organisation


def organisation_member_count() -> int:
    return Organisation.objects.cluster_members().count()


def organisations_for_user(*, user: Any) -> QuerySet[Organisation]:
    """Organisations this person acts for, whatever their cluster status, with the person's role as `my_role`."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return (
        Organisation.objects.filter(memberships__user=user)
        # F() after filter() reuses the join of that filter, so `my_role` is this person's role.
        .annotate(my_role=F("memberships__role"))
        .order_by("name", "pk")
    )


def applications_pending() -> QuerySet[Organisation]:
    """Applications waiting for the coordinator, oldest first, with the people who filed them."""
    return (
        Organisation.objects.filter(cluster_status=ClusterStatus.APPLICANT)
        .prefetch_related(
            _competences_prefetch(),
            Prefetch("memberships", queryset=OrganisationMembership.objects.select_related("user")),
        )
        .order_by("applied_at", "pk")
    )


def organisation_list_for_panel(*, status: str = "") -> QuerySet[Organisation]:
    """Every organisation for the coordinator, optionally one cluster status (an unknown one is ignored)."""
    queryset = Organisation.objects.all()
    if status in ClusterStatus.values:
        queryset = queryset.filter(cluster_status=status)
    return queryset.order_by("name", "pk")


def status_history(*, organisation: Organisation) -> QuerySet[MembershipStatusChange]:
    return organisation.status_changes.select_related("changed_by")


def organisation_people_visible(*, user: Any, organisation: Organisation) -> list[OrganisationMembership]:
    """People shown on the organisation's public page.

    The organisation's own people and the coordinator see everyone; others see only people whose
    personal profile is public, or "members only" when they are inside the cluster themselves.
    """
    memberships = OrganisationMembership.objects.filter(organisation=organisation, user__is_active=True)
    if not permissions.can_see_all_people(user, organisation):
        allowed = [ProfileVisibility.PUBLIC]
        if permissions.is_cluster_member(user):
            allowed.append(ProfileVisibility.MEMBERS)
        memberships = memberships.filter(user__profile__visibility__in=allowed)
    return list(memberships.select_related("user", "user__profile").order_by("user__last_name", "user__first_name"))


def people_for_management(*, organisation: Organisation) -> list[OrganisationMembership]:
    """Everyone in the organisation, admins first, for the people page."""
    memberships = OrganisationMembership.objects.filter(organisation=organisation).select_related("user")
    return sorted(
        memberships,
        key=lambda m: (m.role != OrganisationRole.ADMIN, m.user.last_name.lower(), m.user.first_name.lower(), m.pk),
    )


def invitations_pending(*, organisation: Organisation) -> QuerySet[Invitation]:
    return organisation.invitations.filter(status=InvitationStatus.PENDING).select_related("invited_by")


def invitation_get_by_token(*, token: str) -> Invitation:
    """The invitation behind a link, or 404; a used or revoked one is returned so the page can explain."""
    invitation = Invitation.objects.select_related("organisation").filter(token=token).first()
    if invitation is None:
        raise Http404
    return invitation


def membership_get(*, organisation: Organisation, membership_id: int) -> OrganisationMembership:
    membership = (
        OrganisationMembership.objects.select_related("user")
        .filter(organisation=organisation, pk=membership_id)
        .first()
    )
    if membership is None:
        raise Http404
    return membership


def invitation_get(*, organisation: Organisation, invitation_id: int) -> Invitation:
    invitation = Invitation.objects.filter(organisation=organisation, pk=invitation_id).first()
    if invitation is None:
        raise Http404
    return invitation

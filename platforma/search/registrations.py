"""The searchable types. Each visibility function mirrors the permission the object's own page checks,
through the owning app's selectors and permissions, so that search never shows more than the pages do."""

from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.accounts.models import Profile, ProfileVisibility, User
from platforma.accounts.permissions import viewer_is_cluster_member
from platforma.challenges.models import Challenge, Proposal, ProposalStatus
from platforma.challenges.selectors import challenge_visible_queryset
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import acting_organisations, is_coordinator
from platforma.organisations.selectors import organisation_list_visible
from platforma.search.registry import Registry, SearchType, TextField, Watch
from platforma.taxonomy.models import Competence


def _competences() -> Prefetch[Any]:
    return Prefetch("competences", queryset=Competence.objects.order_by("position", "pk"))


def competence_names(obj: Any) -> str:
    """Both labels of each competence, so that "remediacja gleb" and "soil remediation" find the object."""
    return "; ".join(f"{c.name_pl} ({c.name_en})" for c in obj.competences.all())


def competence_ids(obj: Any) -> list[int]:
    return [competence.pk for competence in obj.competences.all()]


def _acting_ids(user: Any) -> list[int]:
    return [organisation.pk for organisation in acting_organisations(user)]


# --- organisations ------------------------------------------------------------------------------------------


def organisations_visible(user: Any) -> QuerySet[Organisation]:
    """The directory for everyone; an applicant's own people and the coordinator also see applications
    (organisations.permissions.can_view_organisation)."""
    if is_coordinator(user):
        return Organisation.objects.all()
    listed = Q(pk__in=organisation_list_visible(user=user, filters={}).values("pk"))
    if acting := _acting_ids(user):
        listed |= Q(pk__in=acting)
    return Organisation.objects.filter(listed)


# --- challenges and proposals -------------------------------------------------------------------------------


def challenges_visible(user: Any) -> QuerySet[Challenge]:
    return challenge_visible_queryset(user=user)


def proposals_visible(user: Any) -> QuerySet[Proposal]:
    """Proposals are seen on their challenge's page; a withdrawn one only by its author, the challenge's owner
    and the coordinator (as challenges.views shows them)."""
    proposals = Proposal.objects.filter(challenge__in=challenge_visible_queryset(user=user).values("pk"))
    if is_coordinator(user):
        return proposals
    shown = ~Q(status=ProposalStatus.WITHDRAWN)
    if user.is_authenticated:
        shown |= Q(author_id=user.pk)
    if acting := _acting_ids(user):
        shown |= Q(challenge__organisation_id__in=acting)
    return proposals.filter(shown)


def _proposal_url(proposal: Proposal) -> str:
    return reverse("challenges:detail", kwargs={"pk": proposal.challenge_id}) + f"#proposal-{proposal.pk}"


# --- specialists --------------------------------------------------------------------------------------------


def profiles_visible(user: Any) -> QuerySet[Profile]:
    """accounts.permissions.can_view_profile as a query: public profiles of active people for everyone,
    members-only ones for people inside the cluster, one's own always, everything for the coordinator."""
    if is_coordinator(user):
        return Profile.objects.all()
    levels = [ProfileVisibility.PUBLIC]
    if viewer_is_cluster_member(user):
        levels.append(ProfileVisibility.MEMBERS)
    condition = Q(user__is_active=True, visibility__in=levels)
    if user.is_authenticated:
        condition |= Q(user_id=user.pk)
    return Profile.objects.filter(condition)


def register_all(registry: Registry) -> None:
    registry.register(
        SearchType(
            key="challenge",
            label=_("wyzwanie"),
            label_plural=_("Wyzwania"),
            model=Challenge,
            title=[TextField("title")],
            body=[
                TextField("description", markdown=True),
                TextField(lambda c: c.organisation.name, shown=False),
                TextField("city", shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=challenges_visible,
            url=lambda c: c.get_absolute_url(),
            city=lambda c: c.city,
            competence_ids=competence_ids,
            queryset=lambda: Challenge.objects.select_related("organisation").prefetch_related(_competences()),
            m2m_fields=["competences"],
            watches=[
                Watch(Organisation, lambda o: o.challenges.values_list("pk", flat=True), frozenset({"name"})),
                Watch(Competence, lambda c: c.challenges.values_list("pk", flat=True)),
            ],
        )
    )
    registry.register(
        SearchType(
            key="organisation",
            label=_("organizacja"),
            label_plural=_("Organizacje"),
            model=Organisation,
            title=[TextField("name")],
            body=[
                TextField("description", markdown=True),
                TextField("offers"),
                TextField("needs"),
                TextField("city", shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=organisations_visible,
            url=lambda o: o.get_absolute_url(),
            city=lambda o: o.city,
            competence_ids=competence_ids,
            queryset=lambda: Organisation.objects.prefetch_related(_competences()),
            m2m_fields=["competences"],
            watches=[Watch(Competence, lambda c: c.organisations.values_list("pk", flat=True))],
        )
    )
    registry.register(
        SearchType(
            key="proposal",
            label=_("propozycja rozwiązania"),
            label_plural=_("Propozycje rozwiązań"),
            model=Proposal,
            title=[TextField("title")],
            body=[
                TextField("description", markdown=True),
                TextField(lambda p: p.organisation.name if p.organisation else "", shown=False),
            ],
            visible=proposals_visible,
            url=_proposal_url,
            city=lambda p: p.challenge.city,
            queryset=lambda: Proposal.objects.select_related("challenge", "organisation"),
            watches=[Watch(Challenge, lambda c: c.proposals.values_list("pk", flat=True), frozenset({"city"}))],
        )
    )
    registry.register(
        SearchType(
            key="specialist",
            label=_("specjalista"),
            label_plural=_("Specjaliści"),
            model=Profile,
            title=[TextField(lambda p: p.user.display_name)],
            body=[
                TextField("job_title"),
                TextField("bio"),
                TextField("city", shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=profiles_visible,
            url=lambda p: reverse("accounts:public_profile", kwargs={"pk": p.pk}),
            city=lambda p: p.city,
            competence_ids=competence_ids,
            queryset=lambda: Profile.objects.select_related("user").prefetch_related(_competences()),
            m2m_fields=["competences"],
            watches=[
                Watch(
                    User,
                    lambda u: Profile.objects.filter(user=u).values_list("pk", flat=True),
                    frozenset({"first_name", "last_name", "email"}),
                ),
                Watch(Competence, lambda c: c.profiles.values_list("pk", flat=True)),
            ],
        )
    )

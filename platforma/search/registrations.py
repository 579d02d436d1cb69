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
from platforma.initiatives.models import Initiative
from platforma.initiatives.selectors import initiative_visible_queryset
from platforma.knowledge.models import Article, ArticleStatus
from platforma.knowledge.selectors import article_visible_queryset
from platforma.opencalls.models import OpenCall
from platforma.opencalls.selectors import call_visible_queryset
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import acting_organisations, is_coordinator
from platforma.organisations.selectors import organisation_list_visible
from platforma.resources.models import Resource
from platforma.resources.selectors import resource_visible_queryset
from platforma.search.registry import Registry, SearchType, TextField, Watch
from platforma.talent.models import Offer
from platforma.talent.selectors import offer_visible_queryset
from platforma.taxonomy.models import Competence


def competences_in_order() -> Prefetch[Any]:
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


# --- initiatives, resources, articles, offers, open calls ------------------------------------------------------
# Each visibility function is the owning app's own visible queryset: the twin of the page's can_view.


def initiatives_visible(user: Any) -> QuerySet[Initiative]:
    return initiative_visible_queryset(user=user)


def initiative_competence_ids(initiative: Initiative) -> list[int]:
    """An initiative has no competences of its own: those of the challenges it works on stand for them."""
    ids = (competence.pk for challenge in initiative.challenges.all() for competence in challenge.competences.all())
    return list(dict.fromkeys(ids))


def resources_visible(user: Any) -> QuerySet[Resource]:
    return resource_visible_queryset(user=user)


def articles_visible(user: Any) -> QuerySet[Article]:
    """Published articles as knowledge.permissions.can_view shows them; drafts stay with their authors'
    own list, not in search."""
    return article_visible_queryset(user=user).filter(status=ArticleStatus.PUBLISHED)


def offers_visible(user: Any) -> QuerySet[Offer]:
    return offer_visible_queryset(user=user)


def calls_visible(user: Any) -> QuerySet[OpenCall]:
    return call_visible_queryset(user=user)


def name_of(obj: Any, attribute: str) -> str:
    related = getattr(obj, attribute)
    return related.name if related is not None else ""


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
            queryset=lambda: Challenge.objects.select_related("organisation").prefetch_related(competences_in_order()),
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
            queryset=lambda: Organisation.objects.prefetch_related(competences_in_order()),
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
            queryset=lambda: Profile.objects.select_related("user").prefetch_related(competences_in_order()),
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
    register_content_types(registry)


def register_content_types(registry: Registry) -> None:
    registry.register(
        SearchType(
            key="initiative",
            label=_("przedsięwzięcie"),
            label_plural=_("Przedsięwzięcia"),
            model=Initiative,
            title=[TextField("name")],
            body=[
                TextField("goal"),
                TextField("description", markdown=True),
                TextField(lambda i: i.lead_organisation.name, shown=False),
            ],
            visible=initiatives_visible,
            url=lambda i: i.get_absolute_url(),
            city=lambda i: i.lead_organisation.city,
            competence_ids=initiative_competence_ids,
            queryset=lambda: Initiative.objects.select_related("lead_organisation").prefetch_related(
                Prefetch("challenges__competences", queryset=Competence.objects.only("pk"))
            ),
            m2m_fields=["challenges"],
            watches=[
                Watch(
                    Organisation, lambda o: o.led_initiatives.values_list("pk", flat=True), frozenset({"name", "city"})
                )
            ],
        )
    )
    registry.register(
        SearchType(
            key="resource",
            label=_("zasób"),
            label_plural=_("Zasoby i sprzęt"),
            model=Resource,
            title=[TextField("name")],
            body=[
                TextField("description", markdown=True),
                TextField("conditions"),
                TextField(lambda r: r.get_kind_display(), shown=False),
                TextField(lambda r: r.owner.name, shown=False),
                TextField("city", shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=resources_visible,
            url=lambda r: r.get_absolute_url(),
            city=lambda r: r.city,
            competence_ids=competence_ids,
            queryset=lambda: Resource.objects.select_related("owner").prefetch_related(competences_in_order()),
            m2m_fields=["competences"],
            watches=[
                Watch(Organisation, lambda o: o.resources.values_list("pk", flat=True), frozenset({"name"})),
                Watch(Competence, lambda c: c.resources.values_list("pk", flat=True)),
            ],
        )
    )
    registry.register(
        SearchType(
            key="article",
            label=_("artykuł"),
            label_plural=_("Baza wiedzy"),
            model=Article,
            title=[TextField("title")],
            body=[
                TextField("summary"),
                TextField("body", markdown=True),
                TextField(lambda a: a.get_kind_display(), shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=articles_visible,
            url=lambda a: a.get_absolute_url(),
            competence_ids=competence_ids,
            queryset=lambda: Article.objects.prefetch_related(competences_in_order()),
            m2m_fields=["competences"],
            watches=[Watch(Competence, lambda c: c.articles.values_list("pk", flat=True))],
        )
    )
    registry.register(
        SearchType(
            key="offer",
            label=_("oferta pracy, stażu lub szkolenia"),
            label_plural=_("Praca, staże i szkolenia"),
            model=Offer,
            title=[TextField("title")],
            body=[
                TextField("description", markdown=True),
                TextField(lambda o: o.get_kind_display(), shown=False),
                TextField(lambda o: o.organisation.name, shown=False),
                TextField("city", shown=False),
                TextField(competence_names, shown=False),
            ],
            visible=offers_visible,
            url=lambda o: o.get_absolute_url(),
            city=lambda o: o.city,
            competence_ids=competence_ids,
            queryset=lambda: Offer.objects.select_related("organisation").prefetch_related(competences_in_order()),
            m2m_fields=["competences"],
            watches=[
                Watch(Organisation, lambda o: o.job_offers.values_list("pk", flat=True), frozenset({"name"})),
                Watch(Competence, lambda c: c.job_offers.values_list("pk", flat=True)),
            ],
        )
    )
    registry.register(
        SearchType(
            key="opencall",
            label=_("nabór rozwiązań"),
            label_plural=_("Nabory rozwiązań"),
            model=OpenCall,
            title=[TextField("title")],
            body=[
                TextField("summary", markdown=True),
                TextField(lambda c: c.challenge.title, shown=False),
                TextField(lambda c: name_of(c, "owner_organisation"), shown=False),
                TextField(lambda c: competence_names(c.challenge), shown=False),
            ],
            visible=calls_visible,
            url=lambda c: c.get_absolute_url(),
            city=lambda c: c.challenge.city,
            competence_ids=lambda c: competence_ids(c.challenge),
            queryset=lambda: OpenCall.objects.select_related("challenge", "owner_organisation").prefetch_related(
                Prefetch("challenge__competences", queryset=Competence.objects.order_by("position", "pk"))
            ),
            watches=[
                Watch(Challenge, lambda c: c.open_calls.values_list("pk", flat=True), frozenset({"title", "city"})),
                Watch(Organisation, lambda o: o.open_calls.values_list("pk", flat=True), frozenset({"name"})),
            ],
        )
    )

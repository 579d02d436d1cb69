"""Reads of offers, applications and specialists, always through the visibility rules of permissions.py.

- the public list holds open offers only (not closed, deadline today or later, organisation a member):
  an expired offer leaves it on the day after its deadline with no job to run;
- an offer's page: anyone while its organisation is listed; its own people and coordinators always;
- an application: its applicant and the people of the organisation applied to, nobody else;
- the specialist directory: active people whose profile is public, or "members only" for people inside
  the cluster (the twin of accounts.permissions.can_view_profile), and who wrote something about themselves.
"""

from collections.abc import Mapping
from typing import Any

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.http import Http404

from platforma.accounts.models import Availability, Profile, ProfileVisibility
from platforma.accounts.permissions import viewer_is_cluster_member
from platforma.organisations.permissions import PUBLIC_STATUSES, acting_organisations, is_coordinator
from platforma.talent import fit as fitting
from platforma.talent.models import Application, ApplicationStatus, Offer, OfferKind, OfferQuerySet
from platforma.talent.permissions import can_view_application
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_with_descendants

MAX_QUERY_LENGTH = 100
MATCHING_SPECIALISTS_LIMIT = 10


def _competences() -> Prefetch[Any]:
    return Prefetch("competences", queryset=Competence.objects.order_by("depth", "position", "pk"))


def competence_parents() -> dict[int, int | None]:
    """The whole tree as child → parent, in one query: it has tens of nodes."""
    return dict(Competence.objects.values_list("pk", "parent_id"))


def competence_tree_ordered() -> list[tuple[Competence, int]]:
    """Every competence with its depth, parents before children, for filters and pickers (one query)."""
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


# --- offers --------------------------------------------------------------------------------------------


def offer_visible_queryset(*, user: Any) -> OfferQuerySet:
    """Every offer `user` may open, open or not, unordered."""
    queryset = Offer.objects.all()
    if is_coordinator(user):
        return queryset
    condition = Q(organisation__cluster_status__in=PUBLIC_STATUSES)
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    if acting_ids:
        condition |= Q(organisation_id__in=acting_ids)
    return queryset.filter(condition)


def _apply_offer_filters(queryset: OfferQuerySet, filters: Mapping[str, Any] | None) -> OfferQuerySet:
    """Keys: `kind`, `competence` (a slug; sub-competences count too), `city`, `remote` ("1"), `q`.

    Unknown or malformed values are ignored rather than turned into an error or an empty page."""
    filters = filters or {}
    if (kind := filters.get("kind")) and kind in OfferKind.values:
        queryset = queryset.filter(kind=kind)
    slug = str(filters.get("competence") or "").strip()
    if slug and (ids := competence_with_descendants(slug)):
        through = Offer.competences.through.objects.filter(offer_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    if city := str(filters.get("city") or "").strip():
        queryset = queryset.filter(city__iexact=city[:MAX_QUERY_LENGTH])
    if filters.get("remote") in (True, "1", "on"):
        queryset = queryset.filter(is_remote=True)
    if q := str(filters.get("q") or "").strip()[:MAX_QUERY_LENGTH]:
        queryset = queryset.filter(Q(title__icontains=q) | Q(description__icontains=q))
    return queryset


def offer_list_open(*, filters: Mapping[str, Any] | None = None) -> OfferQuerySet:
    """The public board: open offers, filtered, newest first, ready for cards (constant number of queries)."""
    queryset = _apply_offer_filters(Offer.objects.open(), filters)
    return queryset.select_related("organisation").prefetch_related(_competences()).order_by("-created_at", "-pk")


def offer_cities_open() -> list[str]:
    """Towns of the open offers, for the town filter."""
    cities = Offer.objects.open().exclude(city="").order_by("city").values_list("city", flat=True).distinct()
    return list(cities)


def offer_get_for_user(*, user: Any, pk: Any) -> Offer:
    """The offer if `user` may see it; Http404 otherwise, so that its existence does not leak."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    offer = (
        offer_visible_queryset(user=user)
        .select_related("organisation", "author")
        .prefetch_related(_competences())
        .filter(pk=pk)
        .first()
    )
    if offer is None:
        raise Http404
    return offer


def _count(status: str | None = None) -> Count:
    if status is None:
        return Count("applications", filter=~Q(applications__status=ApplicationStatus.WITHDRAWN))
    return Count("applications", filter=Q(applications__status=status))


def offers_of_organisations(*, user: Any) -> OfferQuerySet:
    """Every offer of the organisations the user acts for, open or not, with application counts:
    `application_count` (withdrawn ones left out), `received_count`, `shortlisted_count`."""
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    return (
        Offer.objects.filter(organisation_id__in=acting_ids)
        .select_related("organisation")
        .annotate(
            application_count=_count(),
            received_count=_count(ApplicationStatus.RECEIVED),
            shortlisted_count=_count(ApplicationStatus.SHORTLISTED),
        )
        .order_by("-created_at", "-pk")
    )


# --- applications --------------------------------------------------------------------------------------


def application_list_for_offer(*, offer: Offer, status: str = "") -> QuerySet[Application]:
    """The offer's applications, oldest first, for its organisation (the view checks who asks).

    `status` narrows them to one status; an unknown one is ignored. Withdrawn ones are shown only on request:
    the applicant took them back."""
    queryset = offer.applications.select_related("applicant", "applicant__profile")
    if status in ApplicationStatus.values:
        queryset = queryset.filter(status=status)
    else:
        queryset = queryset.exclude(status=ApplicationStatus.WITHDRAWN)
    return queryset.order_by("created_at", "pk")


def application_get_for_user(*, user: Any, pk: Any) -> Application:
    """The application if `user` is its applicant or acts for the organisation applied to; 404 otherwise."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    application = (
        Application.objects.select_related("offer", "offer__organisation", "applicant", "applicant__profile")
        .filter(pk=pk)
        .first()
    )
    if application is None or not can_view_application(user, application):
        raise Http404
    return application


def applications_of(*, user: Any) -> QuerySet[Application]:
    """The person's own applications, newest first, with their offers and organisations."""
    if not user.is_authenticated:
        return Application.objects.none()
    return (
        Application.objects.filter(applicant=user)
        .select_related("offer", "offer__organisation")
        .order_by("-created_at", "-pk")
    )


def application_live_for(*, user: Any, offer: Offer) -> Application | None:
    """The person's application to the offer that is still alive (not withdrawn), if any."""
    if not user.is_authenticated:
        return None
    return (
        Application.objects.filter(offer=offer, applicant=user)
        .exclude(status=ApplicationStatus.WITHDRAWN)
        .order_by("-pk")
        .first()
    )


# --- specialists ---------------------------------------------------------------------------------------

AVAILABILITY_ORDER = Case(
    When(availability=Availability.AVAILABLE, then=Value(0)),
    When(availability=Availability.LIMITED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def _specialist_queryset(*, viewer: Any) -> QuerySet[Profile]:
    """Profiles the viewer may see that their owners opted into showing, and that say something."""
    levels = [ProfileVisibility.PUBLIC]
    if viewer_is_cluster_member(viewer):
        levels.append(ProfileVisibility.MEMBERS)
    has_competence = Exists(Profile.competences.through.objects.filter(profile_id=OuterRef("pk")))
    return Profile.objects.filter(visibility__in=levels, user__is_active=True).filter(
        ~Q(job_title="") | ~Q(bio="") | Q(has_competence)
    )


def specialist_list_visible(*, viewer: Any, filters: Mapping[str, Any] | None = None) -> QuerySet[Profile]:
    """The directory. Keys: `competence` (a slug, sub-competences count), `city`, `availability`, `q`
    (name, job title, bio). Available people first, then by name; constant number of queries."""
    filters = filters or {}
    queryset = _specialist_queryset(viewer=viewer)
    slug = str(filters.get("competence") or "").strip()
    if slug and (ids := competence_with_descendants(slug)):
        through = Profile.competences.through.objects.filter(profile_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    if city := str(filters.get("city") or "").strip():
        queryset = queryset.filter(city__iexact=city[:MAX_QUERY_LENGTH])
    if (availability := filters.get("availability")) and availability in Availability.values:
        queryset = queryset.filter(availability=availability)
    if q := str(filters.get("q") or "").strip()[:MAX_QUERY_LENGTH]:
        words = q.split()
        for word in words[:5]:
            queryset = queryset.filter(
                Q(user__first_name__icontains=word)
                | Q(user__last_name__icontains=word)
                | Q(job_title__icontains=word)
                | Q(bio__icontains=word)
            )
    return (
        queryset.select_related("user")
        .prefetch_related(_competences())
        .annotate(availability_order=AVAILABILITY_ORDER)
        .order_by("availability_order", "user__last_name", "user__first_name", "pk")
    )


def specialist_cities_visible(*, viewer: Any) -> list[str]:
    cities = (
        _specialist_queryset(viewer=viewer).exclude(city="").order_by("city").values_list("city", flat=True).distinct()
    )
    return list(cities)


# --- fit between offers and people ---------------------------------------------------------------------


def specialists_fitting_offer(
    *, viewer: Any, offer: Offer, limit: int = MATCHING_SPECIALISTS_LIMIT
) -> list[tuple[Profile, fitting.Fit]]:
    """Specialists the viewer may see whose competences fit the offer's, best first.

    The offer's own organisation's people are left out: they already work there."""
    parents = competence_parents()
    wanted = {competence.pk for competence in offer.competences.all()}
    if not wanted:
        return []
    near = wanted | fitting.related_ids(wanted, parents)
    through = Profile.competences.through.objects.filter(profile_id=OuterRef("pk"), competence_id__in=near)
    own_people = offer.organisation.memberships.values("user_id")
    candidates = (
        _specialist_queryset(viewer=viewer)
        .filter(Exists(through))
        .exclude(user_id__in=own_people)
        .exclude(user_id=viewer.pk or 0)
        .select_related("user")
        .prefetch_related(_competences())
    )
    ranked = []
    for profile in candidates:
        result = fitting.fit(wanted, (c.pk for c in profile.competences.all()), parents)
        if result.score:
            ranked.append((profile, result))
    availability_rank: dict[str, int] = {Availability.AVAILABLE: 0, Availability.LIMITED: 1}
    ranked.sort(
        key=lambda pair: (
            -pair[1].score,
            availability_rank.get(pair[0].availability, 2),
            pair[0].user.last_name,
            pair[0].pk,
        )
    )
    return ranked[:limit]


def offers_fitting_person(*, user: Any) -> list[tuple[Offer, fitting.Fit]]:
    """Open offers whose competences fit the person's profile, best first, then closest deadline.

    Each offer carries `my_application` (the person's live application or None). Offers of the
    organisations the person acts for are left out."""
    if not user.is_authenticated:
        return []
    profile = Profile.objects.filter(user_id=user.pk).prefetch_related("competences").first()
    if profile is None:
        return []
    offered = {competence.pk for competence in profile.competences.all()}
    if not offered:
        return []
    parents = competence_parents()
    near = offered | fitting.related_ids(offered, parents)
    through = Offer.competences.through.objects.filter(offer_id=OuterRef("pk"), competence_id__in=near)
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    live = Application.objects.filter(applicant=user).exclude(status=ApplicationStatus.WITHDRAWN)
    candidates = (
        Offer.objects.open()
        .filter(Exists(through))
        .exclude(organisation_id__in=acting_ids)
        .select_related("organisation")
        .prefetch_related(_competences(), Prefetch("applications", queryset=live, to_attr="my_applications"))
    )
    ranked: list[tuple[Offer, fitting.Fit]] = []
    for offer in candidates:
        result = fitting.fit((c.pk for c in offer.competences.all()), offered, parents)
        if result.score:
            mine = offer.my_applications
            offer.my_application = mine[0] if mine else None  # type: ignore[attr-defined]
            ranked.append((offer, result))
    ranked.sort(key=lambda pair: (-pair[1].score, pair[0].deadline, -pair[0].pk))
    return ranked

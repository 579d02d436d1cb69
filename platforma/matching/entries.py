"""From the platform's objects to the matcher's profiles and items (`EntryData`), source by source.

A *source* is a model whose changes alter the index ("challenge", "proposal", …). For each source object,
`keys_for` names every entry it may own and `build` gives the entries it owns now; what is named but not
built is removed from the index. Past work becomes an item only while everyone may see it (a public
initiative, a proposal to a public challenge): the reasons name items, and an index that never holds a
confidential item cannot name one. Challenges, calls and offers are indexed whatever their visibility and
filtered for each viewer when matched, because they are the results rather than the reasons.
"""

import html
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch
from django.utils.html import strip_tags

from platforma.accounts.models import Profile, ProfileVisibility
from platforma.challenges.models import ACTIVE_STATUSES, Challenge, ChallengeStatus, Proposal, ProposalStatus
from platforma.challenges.selectors import challenge_visible_queryset
from platforma.core.markdown import render_markdown
from platforma.core.models import Visibility
from platforma.initiatives.models import Initiative, InitiativeStatus, ParticipantStatus
from platforma.matching.models import Pool
from platforma.opencalls.models import OpenCall
from platforma.organisations.models import Organisation
from platforma.organisations.selectors import organisation_list_visible
from platforma.talent.models import Offer
from platforma.taxonomy.models import Competence

SOURCES = ("organisation", "profile", "challenge", "proposal", "initiative", "opencall", "offer")
# Challenges worth pointing to as "others face this too": published and not archived.
SIMILAR_STATUSES = (ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED)

Location = tuple[float, float] | None


@dataclass(frozen=True)
class EntryData:
    pool: str
    key: str
    is_item: bool = False
    owner: str = ""
    name: str = ""
    text: str = ""
    kind: str = ""
    profiles: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    location: Location = None
    counts_as_track_record: bool = True


def org_key(pk: int) -> str:
    return f"org:{pk}"


def person_key(pk: int) -> str:
    return f"person:{pk}"


def plain_text(markdown: str) -> str:
    """What a reader sees of a Markdown field, without the markup."""
    return html.unescape(strip_tags(render_markdown(markdown))) if markdown else ""


def join(*parts: str) -> str:
    return "\n".join(part.strip() for part in parts if part and part.strip())


# --- labels and places ------------------------------------------------------------------------------------------


class Labels:
    """Competences as labels: each with every competence above it, so that a field meets its techniques."""

    def __init__(self) -> None:
        nodes = list(Competence.objects.values_list("pk", "parent_id", "slug"))
        self.parent = {pk: parent for pk, parent, _slug in nodes}
        self.slug = {pk: slug for pk, _parent, slug in nodes}

    def of(self, competence_ids: Iterable[int]) -> tuple[str, ...]:
        labels: set[str] = set()
        for pk in competence_ids:
            seen = 0
            node: int | None = pk
            while node is not None and node in self.slug and seen < 10:
                labels.add(f"c:{self.slug[node]}")
                node = self.parent.get(node)
                seen += 1
        return tuple(sorted(labels))


def label_slug(label: str) -> str:
    return label.removeprefix("c:")


def _coordinates(latitude: object, longitude: object) -> Location:
    if latitude is None or longitude is None:
        return None
    return (float(latitude), float(longitude))  # type: ignore[arg-type]


class Places:
    """Coordinates of a town, as the mean of the organisations placed there: profiles of people and offers
    name only a town, and a rough place still tells 14 km from 140."""

    def __init__(self) -> None:
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        rows = Organisation.objects.filter(latitude__isnull=False, longitude__isnull=False).values_list(
            "city", "latitude", "longitude"
        )
        for city, latitude, longitude in rows:
            # Both are set: the query filters out rows without coordinates.
            points[city.strip().casefold()].append((float(latitude or 0), float(longitude or 0)))
        self.towns = {
            town: (sum(p[0] for p in found) / len(found), sum(p[1] for p in found) / len(found))
            for town, found in points.items()
        }

    def of(self, city: str) -> Location:
        return self.towns.get((city or "").strip().casefold())


# --- what each source object may own ------------------------------------------------------------------------------


def keys_for(source: str, pk: int) -> list[tuple[str, str]]:
    """Every (pool, key) the object may own, present or not."""
    if source == "organisation":
        return [(Pool.SOLVERS, org_key(pk)), (Pool.SOLVERS, f"item:org:{pk}")]
    if source == "profile":
        return [(Pool.SOLVERS, person_key(pk)), (Pool.SOLVERS, f"item:person:{pk}")]
    if source == "challenge":
        keys = [f"challenge:{pk}", f"item:challenge:{pk}"]
        return [(pool, key) for pool in (Pool.CHALLENGES, Pool.OPPORTUNITIES) for key in keys]
    if source == "proposal":
        return [(Pool.SOLVERS, f"item:proposal:{pk}")]
    if source == "initiative":
        return [(Pool.SOLVERS, f"item:initiative:{pk}")]
    if source == "opencall":
        return [(Pool.OPPORTUNITIES, f"call:{pk}"), (Pool.OPPORTUNITIES, f"item:call:{pk}")]
    if source == "offer":
        return [(Pool.OPPORTUNITIES, f"offer:{pk}"), (Pool.OPPORTUNITIES, f"item:offer:{pk}")]
    raise ValueError(f"Unknown matching source {source!r}.")


def all_ids(source: str) -> list[int]:
    model = {
        "organisation": Organisation,
        "profile": Profile,
        "challenge": Challenge,
        "proposal": Proposal,
        "initiative": Initiative,
        "opencall": OpenCall,
        "offer": Offer,
    }[source]
    return list(model._default_manager.order_by("pk").values_list("pk", flat=True))


def build(source: str, ids: Sequence[int]) -> list[EntryData]:
    """The entries the objects own now (objects that are gone or hidden own none)."""
    builder = {
        "organisation": _organisations,
        "profile": _profiles,
        "challenge": _challenges,
        "proposal": _proposals,
        "initiative": _initiatives,
        "opencall": _calls,
        "offer": _offers,
    }[source]
    return builder(list(ids)) if ids else []


def _competences() -> Prefetch:  # type: ignore[type-arg]
    return Prefetch("competences", queryset=Competence.objects.only("pk"))


def _ids(obj: object) -> list[int]:
    return [competence.pk for competence in obj.competences.all()]  # type: ignore[attr-defined]


def _competence_text(obj: object) -> str:
    return "; ".join(c.name_pl for c in obj.competences.all())  # type: ignore[attr-defined]


def _organisations(ids: list[int]) -> list[EntryData]:
    labels = Labels()
    # The directory's own rule (members, and applicants in no list), not its ordering or prefetches.
    directory = organisation_list_visible(user=AnonymousUser(), filters={}).values("pk")
    listed = (
        Organisation.objects.filter(pk__in=directory)
        .filter(pk__in=ids)
        .prefetch_related(Prefetch("competences", queryset=Competence.objects.only("pk", "name_pl")))
    )
    entries = []
    for organisation in listed:
        key = org_key(organisation.pk)
        entries.append(
            EntryData(
                Pool.SOLVERS,
                key,
                name=organisation.name,
                labels=labels.of(_ids(organisation)),
                location=_coordinates(organisation.latitude, organisation.longitude),
            )
        )
        entries.append(
            EntryData(
                Pool.SOLVERS,
                f"item:org:{organisation.pk}",
                is_item=True,
                name=organisation.name,
                text=join(
                    plain_text(organisation.description),
                    organisation.offers,
                    _competence_text(organisation),
                ),
                kind="description",
                profiles=(key,),
                counts_as_track_record=False,
            )
        )
    return entries


def _profiles(ids: list[int]) -> list[EntryData]:
    """Specialists who show their profile to everyone: a match is shown to anyone who sees the problem."""
    labels, places = Labels(), Places()
    public = (
        Profile.objects.filter(pk__in=ids, visibility=ProfileVisibility.PUBLIC, user__is_active=True)
        .select_related("user")
        .prefetch_related(Prefetch("competences", queryset=Competence.objects.only("pk", "name_pl")))
    )
    entries = []
    for profile in public:
        key = person_key(profile.pk)
        entries.append(
            EntryData(
                Pool.SOLVERS,
                key,
                name=profile.user.display_name,
                labels=labels.of(_ids(profile)),
                location=places.of(profile.city),
            )
        )
        entries.append(
            EntryData(
                Pool.SOLVERS,
                f"item:person:{profile.pk}",
                is_item=True,
                name=profile.user.display_name,
                text=join(profile.job_title, profile.bio, _competence_text(profile)),
                kind="description",
                profiles=(key,),
                counts_as_track_record=False,
            )
        )
    return entries


def _public_person_keys(user_ids: Iterable[int]) -> dict[int, str]:
    rows = Profile.objects.filter(
        user_id__in=set(user_ids), visibility=ProfileVisibility.PUBLIC, user__is_active=True
    ).values_list("user_id", "pk")
    return {user_id: person_key(pk) for user_id, pk in rows}


def _challenges(ids: list[int]) -> list[EntryData]:
    labels, places = Labels(), Places()
    challenges = (
        Challenge.objects.published()
        .filter(pk__in=ids, status__in=SIMILAR_STATUSES)
        .select_related("organisation")
        .prefetch_related(_competences())
    )
    entries = []
    for challenge in challenges:
        location = _coordinates(challenge.latitude, challenge.longitude) or places.of(challenge.city)
        pools = [Pool.CHALLENGES] + ([Pool.OPPORTUNITIES] if challenge.status in ACTIVE_STATUSES else [])
        for pool in pools:
            entries += _own_item(
                pool,
                f"challenge:{challenge.pk}",
                owner=org_key(challenge.organisation_id),
                title=challenge.title,
                text=plain_text(challenge.description),
                kind="challenge",
                labels=labels.of(_ids(challenge)),
                location=location,
            )
    return entries


def _own_item(
    pool: str, key: str, *, owner: str, title: str, text: str, kind: str, labels: tuple[str, ...], location: Location
) -> list[EntryData]:
    """A result that is its own profile: a challenge, a call or an offer matched by its one text.

    Its item does not count as a track record: a challenge is not experience, and every such profile has one.
    """
    return [
        EntryData(pool, key, owner=owner, name=title, labels=labels, location=location),
        EntryData(
            pool,
            f"item:{key}",
            is_item=True,
            owner=owner,
            name=title,
            text=text,
            kind=kind,
            profiles=(key,),
            counts_as_track_record=False,
        ),
    ]


def _proposals(ids: list[int]) -> list[EntryData]:
    """Proposals to challenges everyone may see. An accepted one is a problem solved: the reason then names
    the challenge ("rozwiązany podobny problem"), otherwise the proposal."""
    public = challenge_visible_queryset(user=AnonymousUser()).values("pk")
    proposals = list(
        Proposal.objects.filter(pk__in=ids, challenge__in=public)
        .exclude(status=ProposalStatus.WITHDRAWN)
        .select_related("challenge")
        .prefetch_related(Prefetch("challenge__competences", queryset=Competence.objects.only("pk")))
    )
    labels = Labels()
    people = _public_person_keys(p.author_id for p in proposals if p.organisation_id is None and p.author_id)
    entries = []
    for proposal in proposals:
        if proposal.organisation_id is not None:
            profiles: tuple[str, ...] = (org_key(proposal.organisation_id),)
        elif proposal.author_id in people:
            profiles = (people[proposal.author_id],)
        else:
            continue
        accepted = proposal.status == ProposalStatus.ACCEPTED
        entries.append(
            EntryData(
                Pool.SOLVERS,
                f"item:proposal:{proposal.pk}",
                is_item=True,
                name=proposal.challenge.title if accepted else proposal.title,
                text=join(proposal.challenge.title, proposal.title, plain_text(proposal.description)),
                kind="challenge" if accepted else "proposal",
                profiles=profiles,
                labels=labels.of(_ids(proposal.challenge)),
            )
        )
    return entries


def _initiatives(ids: list[int]) -> list[EntryData]:
    initiatives = list(
        Initiative.objects.filter(pk__in=ids, visibility=Visibility.PUBLIC)
        .exclude(status=InitiativeStatus.CANCELLED)
        .prefetch_related("participants", Prefetch("challenges__competences", queryset=Competence.objects.only("pk")))
    )
    labels = Labels()
    accepted = [p for i in initiatives for p in i.participants.all() if p.status == ParticipantStatus.ACCEPTED]
    people = _public_person_keys(p.user_id for p in accepted if p.user_id and not p.organisation_id)
    entries = []
    for initiative in initiatives:
        profiles = [org_key(initiative.lead_organisation_id)]
        for participant in initiative.participants.all():
            if participant.status != ParticipantStatus.ACCEPTED:
                continue
            if participant.organisation_id:
                profiles.append(org_key(participant.organisation_id))
            elif participant.user_id in people:
                profiles.append(people[participant.user_id])
        competence_ids = [c.pk for challenge in initiative.challenges.all() for c in challenge.competences.all()]
        entries.append(
            EntryData(
                Pool.SOLVERS,
                f"item:initiative:{initiative.pk}",
                is_item=True,
                name=initiative.name,
                text=join(initiative.goal, plain_text(initiative.description)),
                kind="initiative",
                profiles=tuple(dict.fromkeys(profiles)),
                labels=labels.of(competence_ids),
            )
        )
    return entries


def _calls(ids: list[int]) -> list[EntryData]:
    """Calls not yet decided; whether one still takes proposals is checked when matching (deadlines pass)."""
    labels, places = Labels(), Places()
    calls = (
        OpenCall.objects.filter(pk__in=ids, decided_at__isnull=True)
        .select_related("challenge")
        .prefetch_related(Prefetch("challenge__competences", queryset=Competence.objects.only("pk")))
    )
    entries = []
    for call in calls:
        challenge = call.challenge
        owner = call.owner_organisation_id or challenge.organisation_id
        entries += _own_item(
            Pool.OPPORTUNITIES,
            f"call:{call.pk}",
            owner=org_key(owner),
            title=call.title,
            text=join(challenge.title, plain_text(call.summary)),
            kind="call",
            labels=labels.of(_ids(challenge)),
            location=_coordinates(challenge.latitude, challenge.longitude) or places.of(challenge.city),
        )
    return entries


def _offers(ids: list[int]) -> list[EntryData]:
    labels, places = Labels(), Places()
    offers = (
        Offer.objects.filter(pk__in=ids, closed_at__isnull=True)
        .select_related("organisation")
        .prefetch_related(_competences())
    )
    entries = []
    for offer in offers:
        organisation = offer.organisation
        location = places.of(offer.city) or _coordinates(organisation.latitude, organisation.longitude)
        entries += _own_item(
            Pool.OPPORTUNITIES,
            f"offer:{offer.pk}",
            owner=org_key(offer.organisation_id),
            title=offer.title,
            text=plain_text(offer.description),
            kind="offer",
            labels=labels.of(_ids(offer)),
            location=location,
        )
    return entries

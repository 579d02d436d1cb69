"""Reads of matches, each filtered for the person asking.

The matcher ranks what the index holds; what is shown is loaded again through the owning app's visibility
selectors, so a match never shows what its own page would refuse. A reason names a past item only when the
viewer may see that item. Every function here runs a constant number of queries, however many entries.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.accounts.models import Profile, ProfileVisibility
from platforma.challenges.models import ACTIVE_STATUSES, Challenge, Proposal, ProposalStatus
from platforma.challenges.selectors import challenge_visible_queryset
from platforma.initiatives.selectors import initiative_visible_queryset
from platforma.matching.engine import Match, Query, Reason, explain
from platforma.matching.entries import Labels, Places, join, label_slug, org_key, plain_text
from platforma.matching.index import MatchingIndex, get_index
from platforma.matching.models import Pool
from platforma.opencalls.selectors import call_visible_queryset
from platforma.organisations.models import Organisation
from platforma.organisations.selectors import organisation_list_visible
from platforma.talent.selectors import offer_visible_queryset
from platforma.taxonomy.models import Competence

HELPERS = 10
SIMILAR = 5
OPPORTUNITIES_PER_KIND = 5
# Matches are asked for with room to spare: some are dropped because the viewer may not see them.
SPARE = 3
# A similar challenge is shown from this similarity of text (BM25 relative to the challenge's own text).
SIMILAR_MIN = 0.15
# The coordinator's list of likely duplicates: pairs from this similarity, at most this many, found among
# this many newest challenges (each one matched against all the others).
DUPLICATE_MIN = 0.45
DUPLICATES = 50
DUPLICATE_SCAN = 500


@dataclass
class Helper:
    """An organisation or a specialist who could take on a problem."""

    kind: str  # "organisation" or "specialist"
    name: str
    url: str
    city: str
    reasons: list[Reason]


@dataclass
class Similar:
    challenge: Challenge
    similarity: int | None  # per cent; None when the challenge itself is not in the index (a draft)
    reasons: list[Reason]


@dataclass
class Opportunity:
    kind: str  # "challenge", "call" or "offer"
    obj: Any
    reasons: list[Reason]


@dataclass
class Opportunities:
    challenges: list[Opportunity] = field(default_factory=list)
    calls: list[Opportunity] = field(default_factory=list)
    offers: list[Opportunity] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.challenges or self.calls or self.offers)


@dataclass
class DuplicatePair:
    first: Challenge
    second: Challenge
    similarity: int
    reasons: list[Reason]


def _pk(key: str) -> int:
    return int(key.rsplit(":", 1)[1])


def _label_names(labels: Iterable[str]) -> dict[str, str]:
    slugs = {label_slug(label) for label in labels}
    return {f"c:{c.slug}": c.name for c in Competence.objects.filter(slug__in=slugs)}


def text_similarity(match: Match, index: MatchingIndex) -> float:
    """How alike two texts are, 0…1: BM25 relative to the query's best item (the text itself, when it is
    indexed), averaged with the cosine of the sentence vectors when there is a model."""
    lexical = match.features.get("lex_best", 0.0)
    if index.embedder is None:
        return lexical
    return (lexical + match.features.get("sem_best", 0.0)) / 2


def _similar_reason(similarity: float) -> Reason:
    return Reason("similar_text", _("podobny opis: %(percent)d%%") % {"percent": round(similarity * 100)})


# --- a challenge: who could solve it ---------------------------------------------------------------------------


def challenge_query(challenge: Challenge, *, labels: Labels, places: Places | None = None) -> Query:
    """The challenge as the matcher's question. `challenge.competences` should be prefetched."""
    location = None
    if challenge.has_coordinates:
        location = (float(challenge.latitude), float(challenge.longitude))  # type: ignore[arg-type]
    elif places is not None:
        location = places.of(challenge.city)
    return Query(
        text=f"{challenge.title}. {plain_text(challenge.description)}",
        labels=frozenset(labels.of(c.pk for c in challenge.competences.all())),
        location=location,
        exclude_profiles=frozenset({org_key(challenge.organisation_id)}),
    )


def helpers_for_challenge(*, user: Any, challenge: Challenge, k: int = HELPERS) -> list[Helper]:
    """The organisations and public specialists best able to solve `challenge`, best first, with reasons.

    `challenge` must come from challenges.selectors.challenge_get_for_user (the caller may see it)."""
    index = get_index()
    query = challenge_query(challenge, labels=Labels(), places=None if challenge.has_coordinates else Places())
    matches = index.match(Pool.SOLVERS, query, k=k * SPARE)
    org_ids = [_pk(m.profile) for m in matches if m.profile.startswith("org:")]
    person_ids = [_pk(m.profile) for m in matches if m.profile.startswith("person:")]
    directory = organisation_list_visible(user=user, filters={}).values("pk")
    organisations = {o.pk: o for o in Organisation.objects.filter(pk__in=directory).filter(pk__in=org_ids)}
    # Only profiles shown to everyone: anyone who sees the problem sees its helpers.
    people = {
        p.pk: p
        for p in Profile.objects.filter(
            pk__in=person_ids, visibility=ProfileVisibility.PUBLIC, user__is_active=True
        ).select_related("user")
    }
    visible_items = _visible_items(user, [m.best_item for m in matches if m.best_item])
    names = _label_names(query.labels)
    helpers = []
    for match in matches:
        if match.profile.startswith("org:") and (organisation := organisations.get(_pk(match.profile))):
            kind, name, url, city = (
                "organisation",
                organisation.name,
                organisation.get_absolute_url(),
                organisation.city,
            )
        elif match.profile.startswith("person:") and (profile := people.get(_pk(match.profile))):
            url = reverse("accounts:public_profile", kwargs={"pk": profile.pk})
            kind, name, city = "specialist", profile.user.display_name, profile.city
        else:
            continue
        item = index.item(Pool.SOLVERS, match.best_item) if match.best_item in visible_items else None
        reasons = explain(match, item=item, label_names=names, translate=_)
        helpers.append(Helper(kind=kind, name=name, url=url, city=city, reasons=reasons))
        if len(helpers) == k:
            break
    return helpers


def _visible_items(user: Any, keys: Iterable[str]) -> set[str]:
    """The item keys the viewer may see the source of (a profile's own description always)."""
    keys = set(keys)
    proposals = [_pk(key) for key in keys if key.startswith("item:proposal:")]
    initiatives = [_pk(key) for key in keys if key.startswith("item:initiative:")]
    visible = {key for key in keys if key.startswith(("item:org:", "item:person:"))}
    if proposals:
        shown = (
            Proposal.objects.filter(pk__in=proposals, challenge__in=challenge_visible_queryset(user=user).values("pk"))
            .exclude(status=ProposalStatus.WITHDRAWN)
            .values_list("pk", flat=True)
        )
        visible |= {f"item:proposal:{pk}" for pk in shown}
    if initiatives:
        shown_initiatives = (
            initiative_visible_queryset(user=user).filter(pk__in=initiatives).values_list("pk", flat=True)
        )
        visible |= {f"item:initiative:{pk}" for pk in shown_initiatives}
    return visible


# --- a challenge: others who face the same problem -----------------------------------------------------------


def similar_challenges(*, user: Any, challenge: Challenge, k: int = SIMILAR) -> list[Similar]:
    """Challenges of other organisations that look like the same problem, as far as `user` may see them."""
    index = get_index()
    query = challenge_query(challenge, labels=Labels(), places=None if challenge.has_coordinates else Places())
    own = index.keys_owned_by(Pool.CHALLENGES, org_key(challenge.organisation_id))
    query = Query(
        text=query.text,
        labels=query.labels,
        location=query.location,
        exclude_profiles=own | {f"challenge:{challenge.pk}"},
    )
    # Similarity is relative to the challenge's own text, which is the best item only when it is indexed.
    relative = index.item(Pool.CHALLENGES, f"item:challenge:{challenge.pk}") is not None
    matches = index.match(Pool.CHALLENGES, query, k=k * SPARE)
    similarity = {m.profile: text_similarity(m, index) for m in matches}
    if relative:
        matches = [m for m in matches if similarity[m.profile] >= SIMILAR_MIN]
    shown = {
        c.pk: c
        for c in challenge_visible_queryset(user=user)
        .filter(pk__in=[_pk(m.profile) for m in matches])
        .exclude(organisation_id=challenge.organisation_id)
        .select_related("organisation")
    }
    names = _label_names(query.labels)
    found = []
    for match in matches:
        other = shown.get(_pk(match.profile))
        if other is None:
            continue
        reasons = explain(match, label_names=names, translate=_)
        if relative:
            reasons.insert(0, _similar_reason(similarity[match.profile]))
        percent = round(similarity[match.profile] * 100) if relative else None
        found.append(Similar(challenge=other, similarity=percent, reasons=reasons))
        if len(found) == k:
            break
    return found


# --- an organisation or a specialist: what they could answer ---------------------------------------------------


def opportunities_for_organisation(*, user: Any, organisation: Organisation) -> Opportunities:
    """Active challenges, open calls and open offers that fit what the organisation does (not its own)."""
    labels = Labels()
    competences = list(organisation.competences.all())
    query = Query(
        text=join(
            organisation.name,
            plain_text(organisation.description),
            organisation.offers,
            "; ".join(c.name_pl for c in competences),
        ),
        labels=frozenset(labels.of(c.pk for c in competences)),
        location=(float(organisation.latitude), float(organisation.longitude))  # type: ignore[arg-type]
        if organisation.latitude is not None and organisation.longitude is not None
        else None,
    )
    return _opportunities(user=user, query=query, owner=org_key(organisation.pk))


def opportunities_for_profile(*, user: Any, profile: Profile) -> Opportunities:
    """Active challenges, open calls and open offers that fit a specialist's competences and description."""
    competences = list(profile.competences.all())
    query = Query(
        text=join(profile.job_title, profile.bio, "; ".join(c.name_pl for c in competences)),
        labels=frozenset(Labels().of(c.pk for c in competences)),
        location=Places().of(profile.city),
    )
    return _opportunities(user=user, query=query, owner="")


def _opportunities(*, user: Any, query: Query, owner: str) -> Opportunities:
    outcome = Opportunities()
    if not query.text.strip() and not query.labels:
        return outcome
    index = get_index()
    own = index.keys_owned_by(Pool.OPPORTUNITIES, owner) if owner else frozenset()
    query = Query(text=query.text, labels=query.labels, location=query.location, exclude_profiles=own)
    matches = index.match(Pool.OPPORTUNITIES, query, k=OPPORTUNITIES_PER_KIND * 3 * SPARE)
    wanted: dict[str, list[int]] = {"challenge": [], "call": [], "offer": []}
    for match in matches:
        kind = match.profile.split(":", 1)[0]
        if kind in wanted:
            wanted[kind].append(_pk(match.profile))
    now = timezone.now()
    objects: dict[str, Mapping[int, Model]] = {
        "challenge": _by_pk(
            challenge_visible_queryset(user=user)
            .published()
            .filter(pk__in=wanted["challenge"], status__in=ACTIVE_STATUSES)
            .select_related("organisation")
        ),
        "call": _by_pk(
            call_visible_queryset(user=user).open_at(now).filter(pk__in=wanted["call"]).select_related("challenge")
        ),
        "offer": _by_pk(
            offer_visible_queryset(user=user).open().filter(pk__in=wanted["offer"]).select_related("organisation")
        ),
    }
    lists = {"challenge": outcome.challenges, "call": outcome.calls, "offer": outcome.offers}
    names = _label_names(query.labels)
    for match in matches:
        kind = match.profile.split(":", 1)[0]
        obj = objects.get(kind, {}).get(_pk(match.profile))
        if obj is None or len(lists[kind]) >= OPPORTUNITIES_PER_KIND:
            continue
        lists[kind].append(Opportunity(kind=kind, obj=obj, reasons=explain(match, label_names=names, translate=_)))
    return outcome


def _by_pk(objects: Iterable[Model]) -> dict[int, Model]:
    return {obj.pk: obj for obj in objects}


# --- the coordinator: likely duplicates ----------------------------------------------------------------------


def likely_duplicates(
    *, threshold: float = DUPLICATE_MIN, limit: int = DUPLICATES, scan: int = DUPLICATE_SCAN
) -> list[DuplicatePair]:
    """Pairs of challenges of different organisations that read like the same problem, most alike first.

    For the coordinator only (it sees every challenge). Each of the `scan` newest indexed challenges is
    matched against the others, in memory; the pairs are then loaded in one query."""
    index = get_index()
    matcher = index.matchers[Pool.CHALLENGES]
    keys = sorted(index.profile_keys(Pool.CHALLENGES), key=_pk, reverse=True)[:scan]
    pairs: dict[frozenset[str], tuple[float, Match]] = {}
    for key in keys:
        profile, item = matcher.profile(key), index.item(Pool.CHALLENGES, f"item:{key}")
        if profile is None or item is None:
            continue
        owner = index.owner(Pool.CHALLENGES, key)
        query = Query(
            text=f"{item.title}. {item.text}",
            labels=profile.labels,
            location=profile.location,
            exclude_profiles=index.keys_owned_by(Pool.CHALLENGES, owner) | {key},
        )
        for match in index.match(Pool.CHALLENGES, query, k=3):
            similarity = text_similarity(match, index)
            pair = frozenset({key, match.profile})
            if similarity >= threshold and similarity > pairs.get(pair, (0.0, match))[0]:
                pairs[pair] = (similarity, match)
    best = sorted(pairs.items(), key=lambda entry: (-entry[1][0], sorted(entry[0])))[:limit]
    challenges = _by_pk(
        Challenge.objects.filter(pk__in=[_pk(key) for pair, _found in best for key in pair]).select_related(
            "organisation"
        )
    )
    names = _label_names(label for _pair, (_s, match) in best for label in match.shared_labels)
    found = []
    for pair, (similarity, match) in best:
        first, second = sorted(pair, key=_pk)
        if _pk(first) in challenges and _pk(second) in challenges:
            reasons = [_similar_reason(similarity), *explain(match, label_names=names, translate=_)]
            found.append(
                DuplicatePair(
                    first=challenges[_pk(first)],  # type: ignore[arg-type]
                    second=challenges[_pk(second)],  # type: ignore[arg-type]
                    similarity=round(similarity * 100),
                    reasons=reasons,
                )
            )
    return found

"""Reads of open calls, always through the visibility rules (the twin of permissions.can_view)."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Count, Exists, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from platforma.challenges.models import Challenge, ChallengeStatus
from platforma.challenges.selectors import (
    challenge_get_for_user,
    challenge_visible_queryset,
    competence_with_descendants,
)
from platforma.opencalls import permissions
from platforma.opencalls.models import (
    CallProposal,
    CallState,
    Criterion,
    Eligibility,
    Evaluation,
    EvaluationScore,
    Evaluator,
    OpenCall,
    OpenCallQuerySet,
    ProposalAttachment,
    ProposalStatus,
)
from platforma.opencalls.ranking import RankRow, rank
from platforma.organisations.permissions import acting_organisations, is_coordinator, member_organisations

LIVE_STATUSES = [s for s in ProposalStatus.values if s != ProposalStatus.WITHDRAWN]


def _visibility_filter(user: Any) -> Q | None:
    """The condition a call must meet to be seen by `user`; None means no condition at all."""
    if is_coordinator(user) or member_organisations(user):
        return None
    condition = Q(eligibility=Eligibility.EVERYONE)
    acting_ids = [organisation.pk for organisation in acting_organisations(user)]
    if acting_ids:
        condition |= Q(owner_organisation_id__in=acting_ids)
    if user.is_authenticated:
        condition |= Q(Exists(Evaluator.objects.filter(call_id=OuterRef("pk"), user_id=user.pk)))
        condition |= Q(Exists(CallProposal.objects.filter(call_id=OuterRef("pk"), author_id=user.pk)))
    return condition


def call_visible_queryset(*, user: Any) -> OpenCallQuerySet:
    """Every call `user` may see, unfiltered and unordered."""
    condition = _visibility_filter(user)
    queryset = OpenCall.objects.all()
    return queryset if condition is None else queryset.filter(condition)


def with_proposal_count(queryset: OpenCallQuerySet) -> OpenCallQuerySet:
    """Adds `proposal_count` (withdrawn proposals not counted) without a join."""
    counted = (
        CallProposal.objects.filter(call_id=OuterRef("pk"), status__in=LIVE_STATUSES)
        .order_by()
        .values("call_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return queryset.annotate(proposal_count=Coalesce(Subquery(counted, output_field=IntegerField()), Value(0)))


def apply_filters(queryset: OpenCallQuerySet, filters: Mapping[str, Any] | None, *, now: datetime) -> OpenCallQuerySet:
    """Keys: `state` (a CallState; missing means all), `eligibility`, `competence` (a slug of the challenge's
    competences, sub-competences included) and `q` (title and summary). Unknown values are ignored."""
    filters = filters or {}
    if (state := filters.get("state")) and state in CallState.values:
        queryset = queryset.in_state(state, now)
    if (eligibility := filters.get("eligibility")) and eligibility in Eligibility.values:
        queryset = queryset.filter(eligibility=eligibility)
    slug = filters.get("competence")
    if slug and (ids := competence_with_descendants(str(slug))):
        through = Challenge.competences.through.objects.filter(
            challenge_id=OuterRef("challenge_id"), competence_id__in=ids
        )
        queryset = queryset.filter(Exists(through))
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(Q(title__icontains=q) | Q(summary__icontains=q))
    return queryset


def call_list_visible(
    *, user: Any, filters: Mapping[str, Any] | None = None, now: datetime | None = None
) -> OpenCallQuerySet:
    """The calls `user` may see, filtered; open ones first (nearest deadline first), then closed, then decided.
    Ready for cards in a constant number of queries."""
    now = now or timezone.now()
    queryset = apply_filters(call_visible_queryset(user=user), filters, now=now)
    return with_proposal_count(queryset).select_related("challenge__organisation").listing_order(now)


def call_get_for_user(*, user: Any, pk: Any) -> OpenCall:
    """The call if `user` may see it; Http404 otherwise, so that its existence does not leak."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    call = (
        call_visible_queryset(user=user)
        .select_related("challenge__organisation", "owner_organisation", "created_by", "winner", "decided_by", "pilot")
        .prefetch_related(
            Prefetch("criteria", queryset=Criterion.objects.order_by("position", "pk")),
            Prefetch("evaluators", queryset=Evaluator.objects.select_related("user").order_by("created_at", "pk")),
        )
        .filter(pk=pk)
        .first()
    )
    if call is None:
        raise Http404
    return call


def calls_for_challenge(*, user: Any, challenge: Challenge) -> OpenCallQuerySet:
    """The calls of one challenge that `user` may see, for the challenge page's fragment."""
    return with_proposal_count(call_visible_queryset(user=user).filter(challenge=challenge)).listing_order(
        timezone.now()
    )


def challenges_for_new_call(*, user: Any) -> QuerySet[Challenge]:
    """The challenges `user` may open a call for: open or in progress, published, of their member
    organisations (every such challenge for a coordinator)."""
    queryset = challenge_visible_queryset(user=user).filter(
        status__in=[ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS], is_hidden=False
    )
    if not is_coordinator(user):
        queryset = queryset.filter(organisation__in=[o.pk for o in member_organisations(user)])
    return queryset.select_related("organisation").order_by("title", "pk")


def challenge_for_new_call(*, user: Any, pk: Any) -> Challenge:
    """A challenge by id, as `user` may see it (404 otherwise); whether they may open a call is the view's check."""
    return challenge_get_for_user(user=user, pk=pk)


# --- proposals -------------------------------------------------------------------------------------------


def _proposals(call: OpenCall) -> QuerySet[CallProposal]:
    return call.proposals.select_related("author", "organisation").order_by("created_at", "pk")


def proposal_list_for_user(*, user: Any, call: OpenCall) -> list[CallProposal]:
    """The proposals `user` may see: all live ones for the owner and evaluators, one's own for applicants."""
    if permissions.can_see_ranking(user, call):
        return list(_proposals(call).filter(status__in=LIVE_STATUSES).prefetch_related("attachments"))
    if not user.is_authenticated:
        return []
    return list(_proposals(call).filter(author_id=user.pk).prefetch_related("attachments"))


def my_live_proposal(*, user: Any, call: OpenCall) -> CallProposal | None:
    if not user.is_authenticated:
        return None
    return _proposals(call).filter(author_id=user.pk, status__in=LIVE_STATUSES).first()


def proposal_get_for_user(*, user: Any, call: OpenCall, pk: Any) -> CallProposal:
    """A proposal of a call the caller loaded through `call_get_for_user`; 404 for those `user` may not see."""
    try:
        proposal = (
            _proposals(call)
            .prefetch_related(Prefetch("attachments", queryset=ProposalAttachment.objects.order_by("created_at", "pk")))
            .get(pk=int(pk))
        )
    except (TypeError, ValueError, CallProposal.DoesNotExist) as error:
        raise Http404 from error
    proposal.call = call  # the caller's copy has the evaluators prefetched
    if not permissions.can_view_proposal(user, proposal):
        raise Http404
    return proposal


def attachment_get_for_user(*, user: Any, call: OpenCall, pk: Any) -> ProposalAttachment:
    try:
        attachment = ProposalAttachment.objects.select_related("proposal").get(pk=int(pk), proposal__call=call)
    except (TypeError, ValueError, ProposalAttachment.DoesNotExist) as error:
        raise Http404 from error
    attachment.proposal.call = call
    if not permissions.can_view_proposal(user, attachment.proposal):
        raise Http404
    return attachment


def my_proposals(*, user: Any) -> QuerySet[CallProposal]:
    """A person's own answers to calls, newest first, for their account pages."""
    if not user.is_authenticated:
        return CallProposal.objects.none()
    return (
        CallProposal.objects.filter(author_id=user.pk)
        .select_related("call", "organisation")
        .order_by("-created_at", "-pk")
    )


# --- evaluation ------------------------------------------------------------------------------------------


def evaluator_for(*, user: Any, call: OpenCall) -> Evaluator | None:
    if not user.is_authenticated:
        return None
    return next((e for e in call.evaluators.all() if e.user_id == user.pk), None)


def evaluation_of(*, evaluator: Evaluator, proposal: CallProposal) -> Evaluation | None:
    return (
        Evaluation.objects.filter(evaluator=evaluator, proposal=proposal)
        .prefetch_related(Prefetch("scores", queryset=EvaluationScore.objects.select_related("criterion")))
        .first()
    )


def evaluations_of(*, proposal: CallProposal) -> list[Evaluation]:
    """Every evaluation of a proposal with its scores, for the owner, the evaluators and (as feedback)
    the applicant once the call is decided."""
    return list(
        proposal.evaluations.select_related("evaluator__user")
        .prefetch_related(
            Prefetch(
                "scores",
                queryset=EvaluationScore.objects.select_related("criterion").order_by(
                    "criterion__position", "criterion_id"
                ),
            )
        )
        .order_by("created_at", "pk")
    )


@dataclass(frozen=True)
class RankedProposal:
    proposal: CallProposal
    row: RankRow
    means: list[float | None]  # the mean points per criterion, in the call's order of criteria
    scored_by_me: bool


def ranking(*, call: OpenCall, user: Any = None) -> list[RankedProposal]:
    """The call's live proposals, best weighted score first (see ranking.py), in a constant number of queries.
    `scored_by_me` tells an evaluator which proposals they have already scored."""
    proposals = list(_proposals(call).filter(status__in=LIVE_STATUSES))
    criteria = list(call.criteria.all())
    weights = {criterion.pk: criterion.weight for criterion in criteria}
    points: dict[int, dict[int, int]] = {}
    authors: dict[int, tuple[int, int]] = {}
    rows = EvaluationScore.objects.filter(evaluation__proposal__call=call).values_list(
        "evaluation_id", "evaluation__proposal_id", "evaluation__evaluator__user_id", "criterion_id", "score"
    )
    for evaluation_id, proposal_id, evaluator_user_id, criterion_id, score in rows:
        points.setdefault(evaluation_id, {})[criterion_id] = score
        authors[evaluation_id] = (proposal_id, evaluator_user_id)
    evaluations = [(authors[evaluation_id][0], given) for evaluation_id, given in sorted(points.items())]
    # A call always has criteria; without any, nothing can be scored and the order is that of submission.
    ranked = (
        rank([p.pk for p in proposals], evaluations, weights)
        if weights
        else [RankRow(p.pk, None, 0) for p in proposals]
    )
    user_id = getattr(user, "pk", None)
    mine = {proposal_id for proposal_id, evaluator_user_id in authors.values() if evaluator_user_id == user_id}
    by_id = {p.pk: p for p in proposals}
    return [
        RankedProposal(
            proposal=by_id[row.proposal_id],
            row=row,
            means=[float(row.criterion_means[c.pk]) if c.pk in row.criterion_means else None for c in criteria],
            scored_by_me=row.proposal_id in mine,
        )
        for row in ranked
    ]

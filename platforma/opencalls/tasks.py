"""E-mails about open calls, sent in the background. Arguments are ids: the task loads fresh data and does
nothing when the object is gone by then."""

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.accounts.models import User
from platforma.opencalls.models import CallProposal, Evaluator, OpenCall, ProposalStatus
from platforma.opencalls.ranking import weighted_score
from platforma.organisations.models import OrganisationMembership


def _send(template: str, context: dict[str, Any], recipients: list[str]) -> int:
    if not recipients:
        return 0
    # Tasks run outside any request: the e-mail is written in the site's language, Polish.
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.SITE_URL}
        subject = render_to_string(f"opencalls/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"opencalls/email/{template}_body.txt", context)
        return send_mail(subject, body, None, recipients)


def _url(name: str, **kwargs: Any) -> str:
    return _absolute(lambda: reverse(name, kwargs=kwargs))


def _absolute(path: Any) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL + path()


def _owner_emails(call: OpenCall, *, exclude_user_id: int | None = None) -> list[str]:
    if call.owner_organisation_id is None:
        people = User.objects.filter(is_coordinator=True, is_active=True)
        if exclude_user_id is not None:
            people = people.exclude(pk=exclude_user_id)
        emails = sorted(set(people.values_list("email", flat=True)))
        return emails or [settings.COORDINATOR_EMAIL]
    memberships = OrganisationMembership.objects.filter(
        organisation_id=call.owner_organisation_id, user__is_active=True
    )
    if exclude_user_id is not None:
        memberships = memberships.exclude(user_id=exclude_user_id)
    return sorted(set(memberships.values_list("user__email", flat=True)))


@task
def notify_evaluator_added(evaluator_id: int) -> int:
    """Tells a person they were asked to evaluate the proposals of a call."""
    evaluator = Evaluator.objects.select_related("call", "user", "added_by").filter(pk=evaluator_id).first()
    if evaluator is None or not evaluator.user.is_active:
        return 0
    call = evaluator.call
    return _send(
        "evaluator_added",
        {"call": call, "evaluator": evaluator, "url": _url("opencalls:detail", pk=call.pk)},
        [evaluator.user.email],
    )


@task
def notify_proposal_submitted(proposal_id: int) -> int:
    """Tells the call's owner about a new proposal (not its content: that stays on the platform)."""
    proposal = CallProposal.objects.select_related("call", "organisation", "author").filter(pk=proposal_id).first()
    if proposal is None or proposal.status == ProposalStatus.WITHDRAWN:
        return 0
    call = proposal.call
    return _send(
        "proposal_submitted",
        {"call": call, "proposal": proposal, "url": _url("opencalls:detail", pk=call.pk)},
        _owner_emails(call, exclude_user_id=proposal.author_id),
    )


def _feedback(proposal: CallProposal, weights: dict[int, int]) -> tuple[list[str], float | None]:
    """The evaluators' comments, without their names, and the proposal's mean weighted score."""
    comments, totals = [], []
    for evaluation in proposal.evaluations.all():
        comments.append(evaluation.comment)
        points = {score.criterion_id: score.score for score in evaluation.scores.all()}
        if weights:
            totals.append(weighted_score(points, weights))
    score = round(float(sum(totals) / len(totals)), 1) if totals else None
    return comments, score


@task
def notify_call_decided(call_id: int) -> int:
    """Tells every applicant the outcome, with the evaluators' comments on their own proposal."""
    call = (
        OpenCall.objects.select_related("winner", "pilot", "challenge__organisation", "owner_organisation")
        .filter(pk=call_id, decided_at__isnull=False)
        .first()
    )
    if call is None:
        return 0
    weights = {criterion.pk: criterion.weight for criterion in call.criteria.all()}
    proposals = (
        call.proposals.exclude(status=ProposalStatus.WITHDRAWN)
        .filter(author__is_active=True)
        .select_related("author", "organisation")
        .prefetch_related("evaluations__scores")
        .order_by("pk")
    )
    sent = 0
    for proposal in proposals:
        comments, score = _feedback(proposal, weights)
        context = {
            "call": call,
            "proposal": proposal,
            "won": proposal.pk == call.winner_id,
            "comments": comments,
            "score": score,
            "url": _url("opencalls:proposal_detail", pk=call.pk, proposal_pk=proposal.pk),
            "pilot_url": _absolute(call.pilot.get_absolute_url) if call.pilot else "",
        }
        assert proposal.author is not None
        sent += _send("call_decided", context, [proposal.author.email])
    return sent

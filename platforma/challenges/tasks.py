"""E-mails about challenges, sent in the background. Arguments are ids: the task loads fresh data, and
does nothing when the object is gone by then (a withdrawn support needs no announcement)."""

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.challenges.models import Challenge, ChallengeSupport, Proposal
from platforma.organisations.models import OrganisationMembership


def _organisation_emails(organisation_id: int, *, exclude_user_id: int | None = None) -> list[str]:
    memberships = OrganisationMembership.objects.filter(organisation_id=organisation_id, user__is_active=True)
    if exclude_user_id is not None:
        memberships = memberships.exclude(user_id=exclude_user_id)
    return sorted(set(memberships.values_list("user__email", flat=True)))


def _send(template: str, context: dict[str, Any], recipients: list[str]) -> int:
    if not recipients:
        return 0
    # Tasks run outside any request: the e-mail is written in the site's language, Polish.
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.SITE_URL}
        subject = render_to_string(f"challenges/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"challenges/email/{template}_body.txt", context)
        return send_mail(subject, body, None, recipients)


def _challenge_url(challenge: Challenge) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL + reverse("challenges:detail", kwargs={"pk": challenge.pk})


@task
def notify_support_added(support_id: int) -> int:
    """Tells the reporting organisation's people that another organisation faces the same problem."""
    support = ChallengeSupport.objects.select_related("challenge", "organisation", "user").filter(pk=support_id).first()
    if support is None:
        return 0
    challenge = support.challenge
    return _send(
        "support_added",
        {"support": support, "challenge": challenge, "url": _challenge_url(challenge)},
        _organisation_emails(challenge.organisation_id),
    )


@task
def notify_proposal_submitted(proposal_id: int) -> int:
    """Tells the reporting organisation's people about a new proposed solution."""
    proposal = Proposal.objects.select_related("challenge", "organisation", "author").filter(pk=proposal_id).first()
    if proposal is None:
        return 0
    challenge = proposal.challenge
    return _send(
        "proposal_submitted",
        {"proposal": proposal, "challenge": challenge, "url": _challenge_url(challenge)},
        _organisation_emails(challenge.organisation_id, exclude_user_id=proposal.author_id),
    )


@task
def notify_proposal_decided(proposal_id: int) -> int:
    """Tells the author whether the owner accepted or declined the proposal."""
    proposal = Proposal.objects.select_related("challenge", "author").filter(pk=proposal_id).first()
    if proposal is None or proposal.author is None or not proposal.author.is_active:
        return 0
    challenge = proposal.challenge
    return _send(
        "proposal_decided",
        {"proposal": proposal, "challenge": challenge, "url": _challenge_url(challenge)},
        [proposal.author.email],
    )


@task
def notify_challenge_hidden(challenge_id: int) -> int:
    """Tells the reporting organisation's people that the coordinator hid their challenge, and why."""
    challenge = Challenge.objects.filter(pk=challenge_id, is_hidden=True).first()
    if challenge is None:
        return 0
    return _send(
        "challenge_hidden",
        {"challenge": challenge, "url": _challenge_url(challenge), "coordinator_email": settings.COORDINATOR_EMAIL},
        _organisation_emails(challenge.organisation_id),
    )

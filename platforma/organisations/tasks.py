"""E-mails about organisations, sent in the background. Arguments are ids: tasks are stored as JSON."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.organisations.models import (
    ClusterStatus,
    Invitation,
    InvitationStatus,
    Organisation,
    OrganisationRole,
)

# Which message an organisation's admins get for each new cluster status (and the way it was reached).
STATUS_TEMPLATES = {
    ClusterStatus.MEMBER: "membership_approved",
    ClusterStatus.REJECTED: "membership_rejected",
    ClusterStatus.SUSPENDED: "membership_suspended",
    ClusterStatus.FORMER: "membership_former",
}


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _send(template: str, context: dict[str, object], recipients: list[str]) -> int:
    """Renders `<template>_subject.txt` and `<template>.txt` in Polish and sends one message."""
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.SITE_URL}
        subject_line = render_to_string(f"organisations/email/{template}_subject.txt", context)
        body = render_to_string(f"organisations/email/{template}.txt", context)
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject_line.split())
    return EmailMessage(subject=subject, body=body, to=recipients).send()


def admin_emails(organisation: Organisation) -> list[str]:
    """The organisation's admins; its contact address when it has no admin left."""
    emails = list(
        organisation.memberships.filter(role=OrganisationRole.ADMIN, user__is_active=True)
        .order_by("user__email")
        .values_list("user__email", flat=True)
    )
    if not emails and organisation.email:
        emails = [organisation.email]
    return emails


@task
def send_application_received(organisation_id: int) -> int:
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None:
        return 0
    applicants = organisation.memberships.select_related("user").filter(role=OrganisationRole.ADMIN)
    context = {
        "organisation": organisation,
        "applicants": [m.user for m in applicants],
        "panel_url": absolute_url(reverse("organisations_panel:detail", kwargs={"slug": organisation.slug})),
    }
    return _send("application_received", context, [settings.COORDINATOR_EMAIL])


@task
def send_status_notice(organisation_id: int, status: str, previous: str = "") -> int:
    """Tells the organisation's admins about a decision on its cluster membership."""
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None or status not in STATUS_TEMPLATES:
        return 0
    template = STATUS_TEMPLATES[ClusterStatus(status)]
    if status == ClusterStatus.MEMBER and previous in {ClusterStatus.SUSPENDED, ClusterStatus.FORMER}:
        template = "membership_reinstated"
    context = {
        "organisation": organisation,
        "organisation_url": absolute_url(organisation.get_absolute_url()),
        "contact_email": settings.COORDINATOR_EMAIL,
    }
    return _send(template, context, admin_emails(organisation))


@task
def send_invitation(invitation_id: int) -> int:
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(Q(pk=invitation_id) & Q(status=InvitationStatus.PENDING))
        .first()
    )
    if invitation is None:
        # Revoked before the worker got to it: nothing to send.
        return 0
    context = {
        "invitation": invitation,
        "organisation": invitation.organisation,
        "accept_url": absolute_url(reverse("organisations:invitation", kwargs={"token": invitation.token})),
    }
    return _send("invitation", context, [invitation.email])

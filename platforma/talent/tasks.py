"""E-mails about applications, sent in the background. Arguments are ids: the task loads fresh data and
does nothing when the application is gone by then (a deleted account needs no announcement)."""

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.organisations.models import OrganisationMembership
from platforma.talent.models import Application


def _organisation_emails(organisation_id: int) -> list[str]:
    memberships = OrganisationMembership.objects.filter(organisation_id=organisation_id, user__is_active=True)
    return sorted(set(memberships.values_list("user__email", flat=True)))


def _send(template: str, context: dict[str, Any], recipients: list[str]) -> int:
    if not recipients:
        return 0
    # Tasks run outside any request: the e-mail is written in the site's language, Polish.
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.SITE_URL}
        subject = render_to_string(f"talent/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"talent/email/{template}_body.txt", context)
        return send_mail(subject, body, None, recipients)


def _url(name: str, **kwargs: Any) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL + reverse(name, kwargs=kwargs or None)


def _application(application_id: int) -> Application | None:
    return (
        Application.objects.select_related("offer", "offer__organisation", "applicant")
        .filter(pk=application_id)
        .first()
    )


@task
def notify_application_received(application_id: int) -> int:
    """Confirms the application to the applicant and tells the organisation's people about it."""
    application = _application(application_id)
    if application is None:
        return 0
    offer = application.offer
    context = {
        "application": application,
        "offer": offer,
        "application_url": _url("talent:application", pk=application.pk),
        "applications_url": _url("talent:applications", pk=offer.pk),
        "my_applications_url": _url("talent:my_applications"),
    }
    sent = 0
    if application.applicant.is_active:
        sent += _send("application_received_applicant", context, [application.applicant.email])
    recipients = [
        email for email in _organisation_emails(offer.organisation_id) if email != application.applicant.email
    ]
    sent += _send("application_received_organisation", context, recipients)
    return sent


@task
def notify_application_status(application_id: int) -> int:
    """Tells the applicant where the application stands now: shortlisted, rejected or hired."""
    application = _application(application_id)
    if application is None or not application.applicant.is_active:
        return 0
    context = {
        "application": application,
        "offer": application.offer,
        "application_url": _url("talent:application", pk=application.pk),
        "my_applications_url": _url("talent:my_applications"),
    }
    return _send("application_status", context, [application.applicant.email])

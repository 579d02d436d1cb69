"""The e-mails of the contact app: plain text, in Polish, rendered from templates/contact/email/."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.contact.models import Enquiry, EnquiryAnswer


def _subject(template_name: str, context: dict[str, object]) -> str:
    # A header must be one line, whatever the template's whitespace.
    return " ".join(render_to_string(template_name, context).split())


def coordinator_notification(enquiry: Enquiry) -> EmailMessage:
    """The coordinator's copy of a new enquiry; replying goes straight to the sender."""
    # The coordinator reads Polish, whatever language the visitor used; no /en/ in the link either.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "enquiry": enquiry,
            "panel_url": settings.SITE_URL + reverse("contact_panel:detail", kwargs={"pk": enquiry.pk}),
        }
        return EmailMessage(
            subject=_subject("contact/email/coordinator_notification_subject.txt", context),
            body=render_to_string("contact/email/coordinator_notification_body.txt", context),
            to=[settings.COORDINATOR_EMAIL],
            reply_to=[enquiry.email],
        )


def answer_to_sender(answer: EnquiryAnswer) -> EmailMessage:
    """The coordinator's answer, sent to the person who asked; replying reaches the coordinator."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "answer": answer,
            "enquiry": answer.enquiry,
            "contact_url": settings.SITE_URL + reverse("contact:form"),
        }
        return EmailMessage(
            subject=_subject("contact/email/answer_subject.txt", context),
            body=render_to_string("contact/email/answer_body.txt", context),
            to=[answer.enquiry.email],
            reply_to=[settings.COORDINATOR_EMAIL],
        )

"""Every write to enquiries and answers. E-mail goes out from tasks, after the data is safely committed."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforma.contact import selectors
from platforma.contact.models import Enquiry, EnquiryAnswer, EnquiryStatus
from platforma.contact.tasks import notify_coordinator_of_enquiry, send_enquiry_answer


class EnquiryRateLimited(ValidationError):
    """Raised instead of saving when the sender has used up the hourly limit of enquiries."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "Z tego adresu wysłano w ciągu ostatniej godziny zbyt wiele zapytań. "
                "Spróbuj ponownie za godzinę — Twoja wiadomość nie została jeszcze wysłana."
            ),
            code="rate_limited",
        )


@transaction.atomic
def enquiry_submit(
    *,
    name: str,
    email: str,
    organisation_name: str,
    topic: str,
    message: str,
    sender_ip: str | None,
) -> Enquiry:
    """Save a contact-form enquiry, then (after commit) e-mail the coordinator from a task.

    The enquiry is saved before any mail is attempted, so a mail server that is down loses nothing.
    Raises EnquiryRateLimited, saving nothing, when the e-mail address or the IP is over the hourly limit.
    """
    if selectors.enquiry_rate_limited(email=email, sender_ip=sender_ip):
        raise EnquiryRateLimited
    enquiry = Enquiry(
        name=name,
        email=email,
        organisation_name=organisation_name,
        topic=topic,
        message=message,
        sender_ip=sender_ip,
        consent_given_at=timezone.now(),
    )
    enquiry.full_clean()
    enquiry.save()
    # robust: the enquiry is already saved; a queue that refuses the job must not show the visitor an error.
    # retry_enquiry_notifications picks up whatever was not sent.
    transaction.on_commit(lambda: notify_coordinator_of_enquiry.enqueue(enquiry.pk), robust=True)
    return enquiry


@transaction.atomic
def enquiry_answer_create(*, enquiry: Enquiry, author: Any, body: str) -> EnquiryAnswer:
    """Save the coordinator's answer, mark the enquiry answered, and (after commit) e-mail the answer to the sender."""
    answer = EnquiryAnswer(enquiry=enquiry, author=author, body=body)
    answer.full_clean()
    answer.save()
    enquiry.status = EnquiryStatus.ANSWERED
    enquiry.save(update_fields=["status", "updated_at"])
    transaction.on_commit(lambda: send_enquiry_answer.enqueue(answer.pk), robust=True)
    return answer


@transaction.atomic
def enquiry_close(*, enquiry: Enquiry) -> Enquiry:
    enquiry.status = EnquiryStatus.CLOSED
    enquiry.save(update_fields=["status", "updated_at"])
    return enquiry


@transaction.atomic
def enquiry_reopen(*, enquiry: Enquiry) -> Enquiry:
    """A reopened enquiry goes back to where it was before closing: answered if it has answers, else new."""
    enquiry.status = EnquiryStatus.ANSWERED if enquiry.answers.exists() else EnquiryStatus.NEW
    enquiry.save(update_fields=["status", "updated_at"])
    return enquiry


def enquiry_notifications_retry() -> tuple[int, int]:
    """Enqueue again every coordinator notification and every answer not yet delivered.

    For use after a mail outage (the retry_enquiry_notifications command). Each task checks, before sending,
    that its e-mail has not gone out in the meantime. Returns (enquiries, answers) enqueued.
    """
    enquiry_ids = list(Enquiry.objects.awaiting_notification().order_by("pk").values_list("pk", flat=True))
    answer_ids = list(EnquiryAnswer.objects.unsent().order_by("pk").values_list("pk", flat=True))
    for enquiry_id in enquiry_ids:
        notify_coordinator_of_enquiry.enqueue(enquiry_id)
    for answer_id in answer_ids:
        send_enquiry_answer.enqueue(answer_id)
    return len(enquiry_ids), len(answer_ids)

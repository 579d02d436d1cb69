"""Every write to offers and applications. Permissions are the views' job; the rules that hold whoever
calls (only members publish, only open offers take applications, a CV is a real PDF, the status flow)
are checked here and broken ones raise ValidationError with a Polish message.
"""

import datetime
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.organisations.models import Organisation
from platforma.organisations.permissions import can_act_for
from platforma.talent import tasks
from platforma.talent.models import (
    ALLOWED_TRANSITIONS,
    WITHDRAWABLE_STATUSES,
    Application,
    ApplicationStatus,
    Offer,
    WorkingTime,
)
from platforma.talent.uploads import validate_pdf
from platforma.taxonomy.models import Competence

OFFER_FIELDS = (
    "kind",
    "title",
    "description",
    "city",
    "is_remote",
    "working_time",
    "hours_note",
    "pay_min",
    "pay_max",
    "pay_period",
    "deadline",
    "event_url",
)


def _check_pay(*, pay_min: int | None, pay_max: int | None, pay_period: str) -> str:
    """The period to store: required with an amount, dropped without one."""
    if pay_min is None and pay_max is None:
        return ""
    if not pay_period:
        raise ValidationError({"pay_period": _("Podaj, za jaki okres jest wynagrodzenie (np. miesięcznie).")})
    return pay_period


def _check_deadline(deadline: datetime.date) -> None:
    if deadline < timezone.localdate():
        raise ValidationError({"deadline": _("Termin zgłoszeń nie może być w przeszłości.")})


def _fill(offer: Offer, **values: Any) -> None:
    for name, value in values.items():
        setattr(offer, name, value.strip() if isinstance(value, str) else value)


@transaction.atomic
def offer_create(
    *,
    author: Any,
    organisation: Organisation,
    kind: str,
    title: str,
    description: str,
    deadline: datetime.date,
    competences: Iterable[Competence] = (),
    city: str = "",
    is_remote: bool = False,
    working_time: str = WorkingTime.FULL_TIME,
    hours_note: str = "",
    pay_min: int | None = None,
    pay_max: int | None = None,
    pay_period: str = "",
    event_url: str = "",
) -> Offer:
    """Publishes an offer of a member organisation; it is on the board at once, until its deadline."""
    if not organisation.is_cluster_member:
        raise ValidationError(_("Oferty publikują tylko organizacje będące członkami klastra."))
    _check_deadline(deadline)
    offer = Offer(organisation=organisation, author=author)
    _fill(
        offer,
        kind=kind,
        title=title,
        description=description,
        deadline=deadline,
        city=city,
        is_remote=is_remote,
        working_time=working_time,
        hours_note=hours_note,
        pay_min=pay_min,
        pay_max=pay_max,
        pay_period=_check_pay(pay_min=pay_min, pay_max=pay_max, pay_period=pay_period),
        event_url=event_url,
    )
    offer.full_clean()
    offer.save()
    offer.competences.set(list(competences))
    return offer


@transaction.atomic
def offer_update(
    *,
    offer: Offer,
    by: Any,
    kind: str,
    title: str,
    description: str,
    deadline: datetime.date,
    competences: Iterable[Competence] = (),
    city: str = "",
    is_remote: bool = False,
    working_time: str = WorkingTime.FULL_TIME,
    hours_note: str = "",
    pay_min: int | None = None,
    pay_max: int | None = None,
    pay_period: str = "",
    event_url: str = "",
) -> Offer:
    """Changes what the offer says. A past deadline may stay as it was, but not be newly set."""
    if deadline != offer.deadline:
        _check_deadline(deadline)
    _fill(
        offer,
        kind=kind,
        title=title,
        description=description,
        deadline=deadline,
        city=city,
        is_remote=is_remote,
        working_time=working_time,
        hours_note=hours_note,
        pay_min=pay_min,
        pay_max=pay_max,
        pay_period=_check_pay(pay_min=pay_min, pay_max=pay_max, pay_period=pay_period),
        event_url=event_url,
    )
    offer.full_clean()
    offer.save(update_fields=[*OFFER_FIELDS, "updated_at"])
    offer.competences.set(list(competences))
    return offer


@transaction.atomic
def offer_close(*, offer: Offer, by: Any) -> Offer:
    """Ends the call for applications before the deadline (the place is filled); the applications stay."""
    if offer.closed_at is not None:
        raise ValidationError(_("Nabór na tę ofertę jest już zamknięty."))
    offer.closed_at = timezone.now()
    offer.save(update_fields=["closed_at", "updated_at"])
    return offer


def _delete_file_after_commit(storage: Any, name: str | None) -> None:
    if name:
        transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def application_create(*, offer: Offer, applicant: Any, message: str, cv: UploadedFile | None = None) -> Application:
    """Sends an application with a message and a CV (a PDF, checked by content and size).

    Side effects: the CV is written to private storage; after commit, the applicant gets a confirmation
    and the organisation's people a notice by e-mail."""
    if not offer.is_open:
        raise ValidationError(_("Ta oferta nie przyjmuje już zgłoszeń."))
    if can_act_for(applicant, offer.organisation):
        raise ValidationError(_("Nie można aplikować na ofertę własnej organizacji."))
    if cv is None and offer.cv_required:
        raise ValidationError({"cv": _("Dołącz CV w formacie PDF.")})
    if cv is not None:
        try:
            validate_pdf(cv)
        except ValidationError as error:
            raise ValidationError({"cv": error.messages}) from error
    application = Application(offer=offer, applicant=applicant, message=message.strip())
    # Validated before the file is written, so that a refused application leaves no file behind.
    application.full_clean(exclude=["cv"])
    if cv is not None:
        application.cv.save("cv.pdf", cv, save=False)
    stored = application.cv.name
    try:
        # A savepoint, so that a lost race leaves the outer transaction usable.
        with transaction.atomic():
            application.save()
    except IntegrityError as error:
        if stored:
            application.cv.storage.delete(stored)
        raise ValidationError(_("Już aplikujesz na tę ofertę.")) from error
    application_id = application.pk
    transaction.on_commit(lambda: tasks.notify_application_received.enqueue(application_id))
    return application


@transaction.atomic
def application_change_status(*, application: Application, by: Any, to_status: str) -> Application:
    """Moves the application along received → shortlisted → rejected / hired; e-mails the applicant.
    An invalid move raises ValidationError and changes nothing."""
    locked = Application.objects.select_for_update().get(pk=application.pk)
    if to_status not in ALLOWED_TRANSITIONS.get(locked.status, set()):
        labels = dict(ApplicationStatus.choices)
        raise ValidationError(
            _("Nie można zmienić statusu aplikacji z „%(from)s” na „%(to)s”.")
            % {"from": labels.get(locked.status, locked.status), "to": labels.get(to_status, to_status)}
        )
    application.status = to_status
    application.status_changed_at = timezone.now()
    application.save(update_fields=["status", "status_changed_at", "updated_at"])
    application_id = application.pk
    transaction.on_commit(lambda: tasks.notify_application_status.enqueue(application_id))
    return application


@transaction.atomic
def application_withdraw(*, application: Application, by: Any) -> Application:
    """The applicant takes the application back; the CV is deleted, as the organisation no longer needs it."""
    locked = Application.objects.select_for_update().get(pk=application.pk)
    if locked.status not in WITHDRAWABLE_STATUSES:
        raise ValidationError(_("Tej aplikacji nie można już wycofać."))
    storage, name = application.cv.storage, application.cv.name
    application.status = ApplicationStatus.WITHDRAWN
    application.status_changed_at = timezone.now()
    application.cv = ""
    application.save(update_fields=["status", "status_changed_at", "cv", "updated_at"])
    _delete_file_after_commit(storage, name)
    return application

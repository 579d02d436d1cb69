"""Every write to resources, their photos and bookings. Permissions are the views' job; the rules that hold
whoever calls (only member organisations offer resources, dates make sense, approved bookings of one resource
never share a day) are checked here, and a broken one raises ValidationError with a Polish message.

No overlap, even when two owners approve competing requests at the same moment: booking_approve locks the
resource row (SELECT … FOR UPDATE on PostgreSQL; on SQLite the IMMEDIATE transaction mode already lets one
writer in at a time) and only then looks for an approved booking on the same days. On PostgreSQL an exclusion
constraint (migration 0002) refuses an overlap even if something bypasses this service.
"""

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Final

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image

from platforma.core.uploads import validate_image
from platforma.organisations.models import Organisation
from platforma.resources import tasks
from platforma.resources.models import Booking, BookingStatus, Resource, ResourcePhoto
from platforma.taxonomy.models import Competence

RESOURCE_FIELDS: Final = (
    "kind",
    "name",
    "description",
    "city",
    "street",
    "latitude",
    "longitude",
    "conditions",
    "is_free",
    "price",
    "is_active",
)
MAX_PHOTOS: Final = 12
# Nobody books a drilling rig for years; a long span is almost always a typo in the year.
MAX_BOOKING_DAYS: Final = 366
# How far ahead a request may reach.
MAX_DAYS_AHEAD: Final = 2 * 366
PHOTO_EXTENSIONS: Final = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif"}


def _check_owner(owner: Organisation) -> None:
    if not owner.is_cluster_member:
        raise ValidationError(_("Zasoby udostępniają tylko organizacje będące członkami klastra."))


def _clean_text(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value.strip() if isinstance(value, str) else value for key, value in fields.items()}


@transaction.atomic
def resource_create(
    *,
    by: Any,
    owner: Organisation,
    kind: str,
    name: str,
    description: str,
    city: str,
    street: str = "",
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
    conditions: str = "",
    is_free: bool = False,
    price: str = "",
    is_active: bool = True,
    competences: Iterable[Competence] = (),
    photo: UploadedFile | None = None,
    photo_alt_text: str = "",
) -> Resource:
    """Lists a resource of a member organisation, optionally with its first photo."""
    _check_owner(owner)
    fields = _clean_text(
        {
            "kind": kind,
            "name": name,
            "description": description,
            "city": city,
            "street": street,
            "latitude": latitude,
            "longitude": longitude,
            "conditions": conditions,
            "is_free": is_free,
            "price": price,
            "is_active": is_active,
        }
    )
    resource = Resource(owner=owner, created_by=by, **fields)
    resource.full_clean()
    resource.save()
    resource.competences.set(list(competences))
    if photo is not None:
        resource_photo_add(resource=resource, by=by, image=photo, alt_text=photo_alt_text)
    return resource


@transaction.atomic
def resource_update(
    *,
    resource: Resource,
    by: Any,
    kind: str,
    name: str,
    description: str,
    city: str,
    street: str = "",
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
    conditions: str = "",
    is_free: bool = False,
    price: str = "",
    is_active: bool = True,
    competences: Iterable[Competence] = (),
) -> Resource:
    """Changes what the resource says; switching it off hides it from the catalogue, bookings stay."""
    fields = _clean_text(
        {
            "kind": kind,
            "name": name,
            "description": description,
            "city": city,
            "street": street,
            "latitude": latitude,
            "longitude": longitude,
            "conditions": conditions,
            "is_free": is_free,
            "price": price,
            "is_active": is_active,
        }
    )
    for key, value in fields.items():
        setattr(resource, key, value)
    resource.full_clean()
    resource.save(update_fields=[*RESOURCE_FIELDS, "updated_at"])
    resource.competences.set(list(competences))
    return resource


@transaction.atomic
def resource_photo_add(*, resource: Resource, by: Any, image: UploadedFile, alt_text: str) -> ResourcePhoto:
    """Adds a photo, checked by its content (services do not trust forms) and named after the resource."""
    alt_text = alt_text.strip()
    if not alt_text:
        raise ValidationError({"alt_text": _("Opisz, co widać na zdjęciu — dla osób, które go nie zobaczą.")})
    if resource.photos.count() >= MAX_PHOTOS:
        raise ValidationError(_("Zasób może mieć najwyżej %(count)d zdjęć.") % {"count": MAX_PHOTOS})
    validate_image(image)
    with Image.open(image) as opened:
        extension = PHOTO_EXTENSIONS.get(opened.format or "", "img")
    image.seek(0)
    image.name = f"zasob-{resource.pk}.{extension}"
    photo = ResourcePhoto(resource=resource, image=image, alt_text=alt_text, uploaded_by=by)
    photo.full_clean()
    photo.save()
    return photo


@transaction.atomic
def resource_photo_delete(*, photo: ResourcePhoto, by: Any) -> None:
    image = photo.image
    photo.delete()
    # The file goes only when the row is surely gone.
    transaction.on_commit(lambda: image.storage.delete(image.name) if image.name else None)


# --- bookings -------------------------------------------------------------------------------------


def _days_text(starts_on: date, ends_on: date) -> str:
    if starts_on == ends_on:
        return format_date(starts_on, "j E Y")
    return f"{format_date(starts_on, 'j E Y')} – {format_date(ends_on, 'j E Y')}"


def overlap_message(booking: Booking, other: Booking | None = None) -> str:
    if other is None:
        return _(
            "Nie można zatwierdzić tej rezerwacji: w dniach %(days)s zasób jest już zarezerwowany. "
            "Zatwierdzone rezerwacje jednego zasobu nie mogą się pokrywać."
        ) % {"days": _days_text(booking.starts_on, booking.ends_on)}
    return _(
        "Nie można zatwierdzić tej rezerwacji: w dniach %(days)s zasób jest już zarezerwowany "
        "(zatwierdzona rezerwacja na %(other)s). Zatwierdzone rezerwacje jednego zasobu nie mogą się pokrywać."
    ) % {"days": _days_text(booking.starts_on, booking.ends_on), "other": _days_text(other.starts_on, other.ends_on)}


def _check_dates(*, starts_on: date, ends_on: date, today: date) -> None:
    if ends_on < starts_on:
        raise ValidationError({"ends_on": _("Dzień zakończenia nie może być wcześniejszy niż dzień rozpoczęcia.")})
    if starts_on < today:
        raise ValidationError({"starts_on": _("Rezerwacja nie może zaczynać się w przeszłości.")})
    if (ends_on - starts_on).days + 1 > MAX_BOOKING_DAYS:
        raise ValidationError(
            {"ends_on": _("Jedna rezerwacja może trwać najwyżej %(days)d dni.") % {"days": MAX_BOOKING_DAYS}}
        )
    if starts_on > today + timedelta(days=MAX_DAYS_AHEAD):
        raise ValidationError({"starts_on": _("Rezerwować można najwyżej dwa lata naprzód.")})


@transaction.atomic
def booking_request(
    *,
    resource: Resource,
    by: Any,
    starts_on: date,
    ends_on: date,
    purpose: str,
    organisation: Organisation | None = None,
) -> Booking:
    """Asks the owner for the resource on whole days starts_on..ends_on; e-mails the owner's people.

    Days already approved for someone else are refused at once, so that nobody waits for a certain "no"."""
    if not resource.is_active or not resource.owner.is_cluster_member:
        raise ValidationError(_("Ten zasób nie przyjmuje teraz rezerwacji."))
    if organisation is not None and not organisation.is_cluster_member:
        raise ValidationError(_("Rezerwować w imieniu organizacji mogą tylko członkowie klastra."))
    _check_dates(starts_on=starts_on, ends_on=ends_on, today=timezone.localdate())
    taken = (
        Booking.objects.approved()
        .filter(resource=resource)
        .overlapping(starts_on=starts_on, ends_on=ends_on)
        .order_by("starts_on")
        .first()
    )
    if taken is not None:
        raise ValidationError(
            _("W dniach %(days)s zasób jest już zarezerwowany. Wybierz inne dni — zajęte widać w kalendarzu.")
            % {"days": _days_text(taken.starts_on, taken.ends_on)}
        )
    booking = Booking(
        resource=resource,
        requested_by=by,
        organisation=organisation,
        starts_on=starts_on,
        ends_on=ends_on,
        purpose=purpose.strip(),
    )
    booking.full_clean()
    booking.save()
    booking_id = booking.pk
    transaction.on_commit(lambda: tasks.notify_booking_requested.enqueue(booking_id))
    return booking


def _lock_pending(booking: Booking) -> Booking:
    """The booking row, locked and fresh; refuses a booking someone already decided or cancelled."""
    locked = Booking.objects.select_for_update().get(pk=booking.pk)
    if locked.status != BookingStatus.REQUESTED:
        raise ValidationError(_("O tej rezerwacji już zdecydowano albo została anulowana."))
    return locked


DECISION_FIELDS: Final = ["status", "decided_by", "decided_at", "decision_note", "updated_at"]


def _save_decision(booking: Booking, locked: Booking, *, by: Any, status: str, note: str) -> None:
    """Writes the decision on the locked row; the caller's object changes only once the row is saved."""
    locked.status = status
    locked.decided_by = by
    locked.decided_at = timezone.now()
    locked.decision_note = note.strip()
    locked.full_clean()
    locked.save(update_fields=DECISION_FIELDS)
    for name in ("status", "decided_by", "decided_at", "decision_note", "updated_at"):
        setattr(booking, name, getattr(locked, name))


def overlapping_approved_first(booking: Booking) -> Booking | None:
    return (
        Booking.objects.approved()
        .filter(resource_id=booking.resource_id)
        .exclude(pk=booking.pk)
        .overlapping(starts_on=booking.starts_on, ends_on=booking.ends_on)
        .order_by("starts_on", "pk")
        .first()
    )


@transaction.atomic
def booking_approve(*, booking: Booking, by: Any, note: str = "") -> Booking:
    """Approves a pending request unless an approved booking of the same resource shares a day with it;
    e-mails the person who asked. Safe against a concurrent approval of an overlapping request."""
    # The resource row is the lock every approval of this resource queues on. It is taken before anything
    # is read, so the overlap check below sees every approval committed before ours.
    Resource.objects.select_for_update().only("pk").get(pk=booking.resource_id)
    locked = _lock_pending(booking)
    other = overlapping_approved_first(locked)
    if other is not None:
        raise ValidationError(overlap_message(locked, other))
    try:
        # A savepoint, so that the exclusion constraint's refusal leaves the outer transaction usable.
        with transaction.atomic():
            _save_decision(booking, locked, by=by, status=BookingStatus.APPROVED, note=note)
    except IntegrityError as error:
        raise ValidationError(overlap_message(locked)) from error
    booking_id = booking.pk
    transaction.on_commit(lambda: tasks.notify_booking_decided.enqueue(booking_id))
    return booking


@transaction.atomic
def booking_decline(*, booking: Booking, by: Any, note: str) -> Booking:
    """Declines a pending request with a reason the person who asked will read; e-mails them."""
    if not note.strip():
        raise ValidationError({"note": _("Napisz, dlaczego odrzucasz prośbę — zobaczy to osoba, która prosiła.")})
    locked = _lock_pending(booking)
    _save_decision(booking, locked, by=by, status=BookingStatus.DECLINED, note=note)
    booking_id = booking.pk
    transaction.on_commit(lambda: tasks.notify_booking_decided.enqueue(booking_id))
    return booking


def booking_decide(*, booking: Booking, by: Any, decision: str, note: str = "") -> Booking:
    if decision == BookingStatus.APPROVED:
        return booking_approve(booking=booking, by=by, note=note)
    if decision == BookingStatus.DECLINED:
        return booking_decline(booking=booking, by=by, note=note)
    raise ValidationError(_("Prośbę o rezerwację można tylko zatwierdzić albo odrzucić."))


@transaction.atomic
def booking_cancel(*, booking: Booking, by: Any) -> Booking:
    """The person who asked takes back a pending request or an approved booking; the days become free.
    When an approved booking is cancelled, the owner's people get an e-mail."""
    locked = Booking.objects.select_for_update().get(pk=booking.pk)
    if locked.status not in (BookingStatus.REQUESTED, BookingStatus.APPROVED):
        raise ValidationError(_("Tej rezerwacji nie można już anulować."))
    was_approved = locked.status == BookingStatus.APPROVED
    if was_approved and locked.ends_on < timezone.localdate():
        raise ValidationError(_("Ta rezerwacja już się zakończyła — nie można jej anulować."))
    locked.status = booking.status = BookingStatus.CANCELLED
    locked.save(update_fields=["status", "updated_at"])
    if was_approved:
        booking_id = booking.pk
        transaction.on_commit(lambda: tasks.notify_booking_cancelled.enqueue(booking_id))
    return booking

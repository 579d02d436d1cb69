"""Every write to organisations, their people and their cluster membership goes through here."""

import secrets
from collections.abc import Iterable
from decimal import Decimal
from functools import partial
from typing import Any, Final, Literal, TypedDict, Unpack

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image

from platforma.core.uploads import validate_image
from platforma.organisations import permissions, tasks
from platforma.organisations.models import (
    ClusterStatus,
    Invitation,
    InvitationStatus,
    MembershipStatusChange,
    Organisation,
    OrganisationMembership,
    OrganisationRole,
)
from platforma.organisations.validators import RESERVED_SLUGS, compact_digits, slug_base
from platforma.taxonomy.models import Competence


class OrganisationData(TypedDict, total=False):
    """The organisation's own data, as the application and edit forms collect it."""

    name: str
    type: str
    nip: str
    regon: str
    krs: str
    street: str
    postal_code: str
    city: str
    latitude: Decimal | None
    longitude: Decimal | None
    website: str
    email: str
    phone: str
    description: str
    offers: str
    needs: str


EDITABLE_FIELDS: Final = tuple(OrganisationData.__annotations__)

# Which cluster status the coordinator may move a member organisation to; applications have their own path.
STATUS_TRANSITIONS: Final[dict[str, frozenset[str]]] = {
    ClusterStatus.MEMBER: frozenset({ClusterStatus.SUSPENDED, ClusterStatus.FORMER}),
    ClusterStatus.SUSPENDED: frozenset({ClusterStatus.MEMBER, ClusterStatus.FORMER}),
    ClusterStatus.FORMER: frozenset({ClusterStatus.MEMBER}),
}

LOGO_EXTENSIONS: Final = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif"}

# `logo=REMOVE` in organisation_update() deletes the logo; None leaves it as it is.
REMOVE: Final = False

# Sent explicitly by membership_approve, inside its transaction, after the write: "an organisation joined the
# cluster" (arguments `organisation`, `by`). The community apps (activity stream, followers) sit above this
# app and cannot be called from here, so they listen; it is not a post_save hook on the model.
membership_approved = Signal()


def _normalise(data: OrganisationData) -> dict[str, Any]:
    cleaned: dict[str, Any] = {key: value for key, value in data.items() if key in EDITABLE_FIELDS}
    for key in ("nip", "regon", "krs"):
        if key in cleaned:
            cleaned[key] = compact_digits(cleaned[key] or "")
    for key, value in cleaned.items():
        if isinstance(value, str):
            cleaned[key] = value.strip()
    if "email" in cleaned:
        cleaned["email"] = cleaned["email"].lower()
    return cleaned


def _check_nip_is_free(nip: str, *, exclude_pk: int | None = None) -> None:
    """One organisation per NIP: a second application would split its people and history in two."""
    if not nip:
        return
    taken = Organisation.objects.filter(nip=nip).exclude(cluster_status=ClusterStatus.REJECTED)
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    if taken.exists():
        raise ValidationError(
            {
                "nip": _(
                    "Organizacja z tym NIP-em jest już na platformie. Poproś jej administratora o zaproszenie "
                    "albo napisz do koordynatora."
                )
            }
        )


def unique_slug(name: str, *, exclude_pk: int | None = None) -> str:
    """A slug from the name that no other organisation and no fixed page uses: base, base-2, base-3…"""
    base = slug_base(name)
    existing = Organisation.objects.filter(slug__startswith=base)
    if exclude_pk is not None:
        existing = existing.exclude(pk=exclude_pk)
    taken = set(existing.values_list("slug", flat=True)) | RESERVED_SLUGS
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _attach_logo(organisation: Organisation, logo: UploadedFile[Any]) -> None:
    """Checks the file again (services do not trust forms) and names it after the organisation."""
    validate_image(logo)
    with Image.open(logo) as image:
        extension = LOGO_EXTENSIONS.get(image.format or "", "img")
    logo.seek(0)
    logo.name = f"{organisation.slug}.{extension}"
    organisation.logo = logo


def _record_status(organisation: Organisation, *, from_status: str, by: Any, note: str = "") -> None:
    change = MembershipStatusChange(
        organisation=organisation,
        from_status=from_status,
        to_status=organisation.cluster_status,
        changed_by=by if by is not None and by.is_authenticated else None,
        note=note,
    )
    change.full_clean()
    change.save()


@transaction.atomic
def organisation_apply(
    *,
    user: Any,
    application_note: str = "",
    competences: Iterable[Competence] = (),
    logo: UploadedFile[Any] | None = None,
    **data: Unpack[OrganisationData],
) -> Organisation:
    """Files an application for cluster membership on behalf of a new organisation.

    Side effects: the organisation is created as an applicant, the applicant becomes its admin,
    the step is recorded in the status history, and the coordinator gets an e-mail after commit.
    """
    if not permissions.can_apply_for_membership(user):
        raise PermissionDenied
    fields = _normalise(data)
    _check_nip_is_free(fields.get("nip", ""))
    organisation = Organisation(
        **fields,
        slug=unique_slug(fields.get("name", "")),
        cluster_status=ClusterStatus.APPLICANT,
        application_note=application_note.strip(),
        applied_at=timezone.now(),
    )
    if logo:
        _attach_logo(organisation, logo)
    organisation.full_clean()
    organisation.save()
    organisation.competences.set(competences)

    membership = OrganisationMembership(organisation=organisation, user=user, role=OrganisationRole.ADMIN)
    membership.full_clean()
    membership.save()
    permissions.forget_memberships(user)
    _record_status(organisation, from_status="", by=user, note=organisation.application_note)

    transaction.on_commit(partial(tasks.send_application_received.enqueue, organisation.pk))
    return organisation


@transaction.atomic
def organisation_update(
    *,
    organisation: Organisation,
    by: Any,
    competences: Iterable[Competence] | None = None,
    logo: UploadedFile[Any] | Literal[False] | None = None,
    **data: Unpack[OrganisationData],
) -> Organisation:
    """Changes the organisation's own data (never its cluster status or its slug, which links rely on).

    `competences=None` leaves them as they are; `logo=None` keeps the logo, `logo=REMOVE` deletes it.
    """
    if not permissions.can_edit_organisation(by, organisation):
        raise PermissionDenied
    fields = _normalise(data)
    if "nip" in fields and fields["nip"] != organisation.nip:
        _check_nip_is_free(fields["nip"], exclude_pk=organisation.pk)
    changed = [key for key, value in fields.items() if getattr(organisation, key) != value]
    for key in changed:
        setattr(organisation, key, fields[key])
    old_logo_name = organisation.logo.name if organisation.logo else ""
    if logo is REMOVE and old_logo_name:
        organisation.logo = None
        changed.append("logo")
    elif logo:
        _attach_logo(organisation, logo)
        changed.append("logo")
    organisation.full_clean()
    if changed:
        organisation.save(update_fields=[*changed, "updated_at"])
    if "logo" in changed and old_logo_name:
        storage = organisation.logo.storage
        transaction.on_commit(partial(storage.delete, old_logo_name))
    if competences is not None:
        organisation.competences.set(competences)
    return organisation


def _lock(organisation: Organisation) -> Organisation:
    """The organisation re-read under a row lock, so two coordinators cannot decide the same thing twice."""
    return Organisation.objects.select_for_update().get(pk=organisation.pk)


def _sync(target: Organisation, source: Organisation, fields: list[str]) -> None:
    for field in fields:
        setattr(target, field, getattr(source, field))


@transaction.atomic
def membership_approve(*, organisation: Organisation, by: Any, note: str = "") -> Organisation:
    """Accepts an application: the organisation becomes a member today.

    Side effects: status history, and an e-mail to the organisation's admins after commit.
    """
    if not permissions.can_decide_membership(by):
        raise PermissionDenied
    locked = _lock(organisation)
    if locked.cluster_status != ClusterStatus.APPLICANT:
        raise ValidationError(_("Ten wniosek został już rozpatrzony."))
    locked.cluster_status = ClusterStatus.MEMBER
    locked.member_since = timezone.localdate()
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.decision_note = note.strip()
    locked.full_clean()
    fields = ["cluster_status", "member_since", "decided_at", "decided_by", "decision_note"]
    locked.save(update_fields=[*fields, "updated_at"])
    _record_status(locked, from_status=ClusterStatus.APPLICANT, by=by, note=locked.decision_note)
    _sync(organisation, locked, fields)
    transaction.on_commit(partial(tasks.send_status_notice.enqueue, locked.pk, ClusterStatus.MEMBER.value))
    membership_approved.send(sender=Organisation, organisation=locked, by=by)
    return organisation


@transaction.atomic
def membership_reject(*, organisation: Organisation, by: Any, reason: str) -> Organisation:
    """Turns an application down with a reason the applicant will read.

    Side effects: status history, and an e-mail with the reason to the organisation's admins after commit.
    """
    if not permissions.can_decide_membership(by):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Podaj powód odrzucenia — wnioskodawca otrzyma go w wiadomości.")})
    locked = _lock(organisation)
    if locked.cluster_status != ClusterStatus.APPLICANT:
        raise ValidationError(_("Ten wniosek został już rozpatrzony."))
    locked.cluster_status = ClusterStatus.REJECTED
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.decision_note = reason
    locked.full_clean()
    fields = ["cluster_status", "decided_at", "decided_by", "decision_note"]
    locked.save(update_fields=[*fields, "updated_at"])
    _record_status(locked, from_status=ClusterStatus.APPLICANT, by=by, note=reason)
    _sync(organisation, locked, fields)
    transaction.on_commit(partial(tasks.send_status_notice.enqueue, locked.pk, ClusterStatus.REJECTED.value))
    return organisation


@transaction.atomic
def membership_set_status(*, organisation: Organisation, by: Any, status: str, note: str = "") -> Organisation:
    """Suspends, reinstates or ends the membership of an organisation already in the cluster.

    Side effects: status history, and an e-mail to the organisation's admins after commit.
    """
    if not permissions.can_decide_membership(by):
        raise PermissionDenied
    locked = _lock(organisation)
    previous = locked.cluster_status
    if status not in STATUS_TRANSITIONS.get(previous, frozenset()):
        message = _("Tej zmiany nie można wykonać dla organizacji o statusie „%(status)s”.") % {
            "status": locked.get_cluster_status_display()
        }
        raise ValidationError({"status": message})
    locked.cluster_status = status
    fields = ["cluster_status"]
    if status == ClusterStatus.MEMBER and previous == ClusterStatus.FORMER:
        # Coming back after leaving starts a new membership.
        locked.member_since = timezone.localdate()
        fields.append("member_since")
    locked.full_clean()
    locked.save(update_fields=[*fields, "updated_at"])
    _record_status(locked, from_status=previous, by=by, note=note.strip())
    _sync(organisation, locked, fields)
    transaction.on_commit(partial(tasks.send_status_notice.enqueue, locked.pk, status, previous))
    return organisation


@transaction.atomic
def invitation_create(*, organisation: Organisation, by: Any, email: str, role: str) -> Invitation:
    """Invites a person by e-mail to act for the organisation.

    Side effects: an e-mail with a one-time link is sent after commit.
    """
    if not permissions.can_manage_people(by, organisation):
        raise PermissionDenied
    email = (email or "").strip().lower()
    if OrganisationMembership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise ValidationError({"email": _("Ta osoba już należy do organizacji.")})
    if organisation.invitations.filter(email=email, status=InvitationStatus.PENDING).exists():
        raise ValidationError({"email": _("Na ten adres wysłano już zaproszenie, które czeka na przyjęcie.")})
    invitation = Invitation(
        organisation=organisation,
        email=email,
        role=role,
        token=secrets.token_urlsafe(32),
        invited_by=by,
    )
    invitation.full_clean()
    invitation.save()
    transaction.on_commit(partial(tasks.send_invitation.enqueue, invitation.pk))
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user: Any) -> OrganisationMembership:
    """The logged-in person joins the organisation with the invited role.

    The account's e-mail need not match the invited address: invitations are often forwarded to the
    right colleague, and the link itself is the secret.
    """
    if not user.is_authenticated:
        raise PermissionDenied
    invitation = Invitation.objects.select_for_update().select_related("organisation").filter(token=token).first()
    if invitation is None or invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("To zaproszenie zostało już wykorzystane albo wycofane."))
    organisation = invitation.organisation
    if OrganisationMembership.objects.filter(organisation=organisation, user=user).exists():
        raise ValidationError(_("Już należysz do organizacji %(name)s.") % {"name": organisation.name})
    membership = OrganisationMembership(organisation=organisation, user=user, role=invitation.role)
    membership.full_clean()
    membership.save()
    invitation.status = InvitationStatus.ACCEPTED
    invitation.accepted_by = user
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["status", "accepted_by", "accepted_at", "updated_at"])
    permissions.forget_memberships(user)
    return membership


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by: Any) -> Invitation:
    if not permissions.can_manage_people(by, invitation.organisation):
        raise PermissionDenied
    if invitation.status != InvitationStatus.PENDING:
        raise ValidationError(_("Można wycofać tylko zaproszenie, które czeka na przyjęcie."))
    invitation.status = InvitationStatus.REVOKED
    invitation.save(update_fields=["status", "updated_at"])
    return invitation


def _admin_count(organisation: Organisation) -> int:
    """Admins of the organisation, counted under a lock so two admins cannot demote each other at once."""
    admins = OrganisationMembership.objects.select_for_update().filter(
        organisation=organisation, role=OrganisationRole.ADMIN
    )
    return len(list(admins))


def _last_admin_error() -> ValidationError:
    return ValidationError(
        _("Organizacja musi mieć co najmniej jednego administratora — najpierw nadaj tę rolę innej osobie."),
        code="last_admin",
    )


@transaction.atomic
def person_remove(*, membership: OrganisationMembership, by: Any) -> None:
    """Removes a person from the organisation; the last admin stays."""
    organisation = membership.organisation
    if not permissions.can_manage_people(by, organisation):
        raise PermissionDenied
    if membership.role == OrganisationRole.ADMIN and _admin_count(organisation) <= 1:
        raise _last_admin_error()
    user = membership.user
    membership.delete()
    permissions.forget_memberships(user)
    permissions.forget_memberships(by)


@transaction.atomic
def person_set_role(*, membership: OrganisationMembership, by: Any, role: str) -> OrganisationMembership:
    """Makes a person an admin or a representative; the last admin cannot step down."""
    organisation = membership.organisation
    if not permissions.can_manage_people(by, organisation):
        raise PermissionDenied
    if role not in OrganisationRole.values:
        raise ValidationError({"role": _("Wybierz rolę z listy.")})
    if role == membership.role:
        return membership
    if membership.role == OrganisationRole.ADMIN and _admin_count(organisation) <= 1:
        raise _last_admin_error()
    membership.role = role
    membership.full_clean()
    membership.save(update_fields=["role", "updated_at"])
    permissions.forget_memberships(membership.user)
    permissions.forget_memberships(by)
    return membership

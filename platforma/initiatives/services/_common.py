"""Helpers shared by the initiative services: the timeline and the rules every write checks."""

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from platforma.accounts.models import User
from platforma.initiatives.models import Initiative, TimelineEntry
from platforma.organisations.models import OrganisationRole


def actor_or_none(user: Any) -> Any:
    """The person to record, or None for the system (an anonymous user is never recorded)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return user


def record(initiative: Initiative, kind: str, *, actor: Any, **params: Any) -> TimelineEntry:
    """Adds one entry to the initiative's timeline. Params must be JSON values."""
    entry = TimelineEntry(initiative=initiative, kind=kind, actor=actor_or_none(actor), params=params)
    entry.save()
    return entry


def ensure_open(initiative: Initiative) -> None:
    if not initiative.is_open:
        raise ValidationError(
            _("Przedsięwzięcie jest %(status)s — nie można już w nim nic zmieniać.")
            % {"status": initiative.get_status_display()}
        )


def clean_text(value: str | None) -> str:
    return (value or "").strip()


def people_of(organisation_id: int | None, *, admins_only: bool = False) -> Any:
    """The people acting for an organisation, as notify() recipients (one query when it runs)."""
    # One filter() call: both conditions must hold for the same membership.
    condition: dict[str, Any] = {"organisation_memberships__organisation_id": organisation_id}
    if admins_only:
        condition["organisation_memberships__role"] = OrganisationRole.ADMIN
    return User.objects.filter(**condition)

"""Pooled resources: what each partner pledges, and the pledging organisation's confirmation."""

from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.initiatives import tasks
from platforma.initiatives.models import (
    Initiative,
    ParticipantRole,
    ParticipantStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
    TimelineKind,
)
from platforma.initiatives.services._common import actor_or_none, clean_text, ensure_open, record
from platforma.organisations.models import Organisation
from platforma.organisations.permissions import is_organisation_admin
from platforma.resources.models import Resource

# Organisations in these roles bring resources; observers only watch.
PLEDGING_ROLES = (ParticipantRole.LEADER, ParticipantRole.PARTNER)


def _params(pledge: Pledge) -> dict[str, Any]:
    return {
        "name": pledge.organisation.name,
        "pledge_kind": pledge.kind,
        "amount": str(pledge.amount) if pledge.amount is not None else "",
        "resource": pledge.resource.name if pledge.resource else "",
    }


@transaction.atomic
def pledge_create(
    *,
    initiative: Initiative,
    by: Any,
    organisation: Organisation,
    kind: str,
    period_start: date,
    period_end: date,
    amount: Decimal | None = None,
    resource: Resource | None = None,
    note: str = "",
) -> Pledge:
    """Records what a participating organisation puts in. The organisation's admin confirms it; a pledge made
    by an admin is confirmed at once, since the admin is the person who would confirm it.

    Side effects: otherwise the organisation's admins are asked by e-mail to confirm, after commit.
    """
    ensure_open(initiative)
    takes_part = initiative.participants.filter(
        organisation=organisation, status=ParticipantStatus.ACCEPTED, role__in=PLEDGING_ROLES
    ).exists()
    if not takes_part:
        raise ValidationError(_("Zasoby deklarują organizacje prowadzące przedsięwzięcie i jego partnerzy."))
    if kind not in PledgeKind.values:
        raise ValidationError({"kind": _("Wybierz rodzaj wkładu.")})
    if kind == PledgeKind.EQUIPMENT:
        amount = None
        if resource is None:
            raise ValidationError({"resource": _("Wskaż sprzęt z katalogu zasobów.")})
        if resource.owner_id != organisation.pk:
            raise ValidationError({"resource": _("Można deklarować tylko sprzęt własnej organizacji.")})
    else:
        resource = None
        if amount is None or amount <= 0:
            raise ValidationError({"amount": _("Podaj kwotę albo liczbę osobodni większą od zera.")})
    if period_start and period_end and period_end < period_start:
        raise ValidationError({"period_end": _("Koniec okresu nie może być wcześniejszy niż początek.")})
    confirmed = is_organisation_admin(by, organisation)
    pledge = Pledge(
        initiative=initiative,
        organisation=organisation,
        kind=kind,
        amount=amount,
        resource=resource,
        period_start=period_start,
        period_end=period_end,
        note=clean_text(note),
        created_by=actor_or_none(by),
        status=PledgeStatus.CONFIRMED if confirmed else PledgeStatus.PROPOSED,
        decided_by=actor_or_none(by) if confirmed else None,
        decided_at=timezone.now() if confirmed else None,
    )
    pledge.full_clean()
    pledge.save()
    record(initiative, TimelineKind.PLEDGED, actor=by, **_params(pledge))
    if confirmed:
        record(initiative, TimelineKind.PLEDGE_CONFIRMED, actor=by, **_params(pledge))
    else:
        transaction.on_commit(partial(tasks.notify_pledge_to_confirm.enqueue, pledge.pk))
    return pledge


def _lock(pledge: Pledge) -> Pledge:
    return Pledge.objects.select_for_update().get(pk=pledge.pk)


@transaction.atomic
def pledge_decide(*, pledge: Pledge, by: Any, confirm: bool) -> Pledge:
    """The pledging organisation's admin confirms or declines a pledge made by one of its people.

    Side effects: the person who made the pledge hears the decision by e-mail after commit.
    """
    ensure_open(pledge.initiative)
    if _lock(pledge).status != PledgeStatus.PROPOSED:
        raise ValidationError(_("O tej deklaracji już zdecydowano albo została wycofana."))
    pledge.status = PledgeStatus.CONFIRMED if confirm else PledgeStatus.DECLINED
    pledge.decided_by = actor_or_none(by)
    pledge.decided_at = timezone.now()
    pledge.save(update_fields=["status", "decided_by", "decided_at"])
    kind = TimelineKind.PLEDGE_CONFIRMED if confirm else TimelineKind.PLEDGE_DECLINED
    record(pledge.initiative, kind, actor=by, **_params(pledge))
    transaction.on_commit(partial(tasks.notify_pledge_decided.enqueue, pledge.pk))
    return pledge


@transaction.atomic
def pledge_withdraw(*, pledge: Pledge, by: Any) -> Pledge:
    ensure_open(pledge.initiative)
    if _lock(pledge).status not in (PledgeStatus.PROPOSED, PledgeStatus.CONFIRMED):
        raise ValidationError(_("Ta deklaracja została już wycofana albo odrzucona."))
    pledge.status = PledgeStatus.WITHDRAWN
    pledge.save(update_fields=["status"])
    record(pledge.initiative, TimelineKind.PLEDGE_WITHDRAWN, actor=by, **_params(pledge))
    return pledge

"""The choices of initiatives and groups, in one place so that every model module can use them."""

from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _


class InitiativeStatus(models.TextChoices):
    FORMING = "forming", _("w przygotowaniu")
    ACTIVE = "active", _("w realizacji")
    COMPLETED = "completed", _("zakończone")
    CANCELLED = "cancelled", _("anulowane")


class ParticipantRole(models.TextChoices):
    LEADER = "leader", _("lider")
    PARTNER = "partner", _("partner")
    EXPERT = "expert", _("ekspert")
    OBSERVER = "observer", _("obserwator")


class ParticipantStatus(models.TextChoices):
    INVITED = "invited", _("zaproszenie czeka na odpowiedź")
    ACCEPTED = "accepted", _("uczestniczy")
    DECLINED = "declined", _("odrzucił(a) zaproszenie")
    REVOKED = "revoked", _("zaproszenie wycofane")
    LEFT = "left", _("odszedł/odeszła")


class TimelineKind(models.TextChoices):
    CREATED = "created", _("utworzenie")
    CREATED_PILOT = "created_pilot", _("utworzenie pilotażu")
    UPDATED = "updated", _("zmiana opisu")
    STATUS = "status", _("zmiana statusu")
    INVITED = "invited", _("zaproszenie")
    ACCEPTED = "accepted", _("przyjęcie zaproszenia")
    DECLINED = "declined", _("odrzucenie zaproszenia")
    REVOKED = "revoked", _("wycofanie zaproszenia")
    LEFT = "left", _("odejście partnera")
    LEAD_HANDED_OVER = "lead_handed_over", _("przekazanie prowadzenia")
    PLEDGED = "pledged", _("deklaracja zasobów")
    PLEDGE_CONFIRMED = "pledge_confirmed", _("potwierdzenie deklaracji")
    PLEDGE_DECLINED = "pledge_declined", _("odrzucenie deklaracji")
    PLEDGE_WITHDRAWN = "pledge_withdrawn", _("wycofanie deklaracji")
    GOAL_ADDED = "goal_added", _("nowy cel")
    MILESTONE_ADDED = "milestone_added", _("nowy kamień milowy")
    MILESTONE_DONE = "milestone_done", _("osiągnięty kamień milowy")
    TASK_ADDED = "task_added", _("nowe zadanie")
    TASK_MOVED = "task_moved", _("zmiana stanu zadania")
    DOCUMENT_ADDED = "document_added", _("nowy dokument")
    DOCUMENT_VERSION = "document_version", _("nowa wersja dokumentu")
    OUTCOME = "outcome", _("rezultat")
    CHALLENGE_SOLVED = "challenge_solved", _("wyzwanie rozwiązane")


class TaskStatus(models.TextChoices):
    TODO = "todo", _("do zrobienia")
    DOING = "doing", _("w toku")
    DONE = "done", _("zrobione")


class PledgeKind(models.TextChoices):
    MONEY = "money", _("środki finansowe (PLN)")
    STAFF_DAYS = "staff_days", _("osobodni pracy")
    EQUIPMENT = "equipment", _("sprzęt z katalogu zasobów")


class PledgeStatus(models.TextChoices):
    PROPOSED = "proposed", _("czeka na potwierdzenie")
    CONFIRMED = "confirmed", _("potwierdzona")
    DECLINED = "declined", _("odrzucona")
    WITHDRAWN = "withdrawn", _("wycofana")


class GroupMemberRole(models.TextChoices):
    MODERATOR = "moderator", _("moderator")
    MEMBER = "member", _("członek")


def pledge_summary(kind: str, amount: Any, resource: str = "") -> str:
    """A pledge in words, for lists, the timeline and e-mails: "50 000,00 zł", "20 osobodni", "sprzęt: …"."""
    if kind == PledgeKind.EQUIPMENT:
        return gettext("sprzęt: %(resource)s") % {"resource": resource or "—"}
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, TypeError, ValueError):
        value = Decimal(0)
    if kind == PledgeKind.MONEY:
        return gettext("%(amount)s zł") % {"amount": number_format(value, 2, use_l10n=True, force_grouping=True)}
    whole = value == value.to_integral_value()
    shown = number_format(value, 0 if whole else 1, use_l10n=True, force_grouping=True)
    count = int(value) if whole else 5
    return ngettext("%(amount)s osobodzień", "%(amount)s osobodni", count) % {"amount": shown}

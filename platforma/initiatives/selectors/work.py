"""Reads of an initiative's work: pledges and their totals, goals, milestones, tasks, calendar, documents.

Every function takes an initiative the caller already loaded through `initiative_get_for_user`, so the
visibility rules have been applied; these only shape the data, each in a fixed number of queries.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from platforma.accounts.models import User
from platforma.initiatives.models import (
    Document,
    DocumentVersion,
    Goal,
    Initiative,
    Milestone,
    ParticipantStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Task,
    TaskStatus,
)
from platforma.organisations.models import Organisation, OrganisationMembership
from platforma.resources.models import Resource


def _get(queryset: QuerySet[Any], pk: Any) -> Any:
    try:
        return queryset.get(pk=int(pk))
    except (TypeError, ValueError, queryset.model.DoesNotExist) as error:
        raise Http404 from error


# --- pooled resources ----------------------------------------------------------------------------


def pledge_list(*, initiative: Initiative) -> QuerySet[Pledge]:
    return initiative.pledges.select_related("organisation", "resource", "created_by", "decided_by").order_by(
        "organisation__name", "created_at", "pk"
    )


def pledge_get(*, initiative: Initiative, pk: Any) -> Pledge:
    pledge: Pledge = _get(pledge_list(initiative=initiative), pk)
    pledge.initiative = initiative
    return pledge


@dataclass
class PledgeTotals:
    """Confirmed pledges summed per kind and per organisation; waiting ones summed apart."""

    money: Decimal = Decimal(0)
    staff_days: Decimal = Decimal(0)
    equipment: int = 0
    money_waiting: Decimal = Decimal(0)
    staff_days_waiting: Decimal = Decimal(0)
    equipment_waiting: int = 0
    per_organisation: list["OrganisationTotals"] = field(default_factory=list)

    @property
    def has_waiting(self) -> bool:
        return bool(self.money_waiting or self.staff_days_waiting or self.equipment_waiting)


@dataclass
class OrganisationTotals:
    organisation: Organisation
    money: Decimal = Decimal(0)
    staff_days: Decimal = Decimal(0)
    equipment: list[str] = field(default_factory=list)


def pledge_totals(*, pledges: list[Pledge]) -> PledgeTotals:
    """Totals from pledges already loaded with `pledge_list`: the page lists them anyway, so no extra query."""
    totals = PledgeTotals()
    rows: dict[int, OrganisationTotals] = {}
    for pledge in pledges:
        if pledge.status == PledgeStatus.PROPOSED:
            if pledge.kind == PledgeKind.MONEY:
                totals.money_waiting += pledge.amount or 0
            elif pledge.kind == PledgeKind.STAFF_DAYS:
                totals.staff_days_waiting += pledge.amount or 0
            else:
                totals.equipment_waiting += 1
            continue
        if pledge.status != PledgeStatus.CONFIRMED:
            continue
        row = rows.setdefault(pledge.organisation_id, OrganisationTotals(pledge.organisation))
        if pledge.kind == PledgeKind.MONEY:
            totals.money += pledge.amount or 0
            row.money += pledge.amount or 0
        elif pledge.kind == PledgeKind.STAFF_DAYS:
            totals.staff_days += pledge.amount or 0
            row.staff_days += pledge.amount or 0
        else:
            totals.equipment += 1
            row.equipment.append(pledge.resource.name if pledge.resource else "")
    totals.per_organisation = sorted(rows.values(), key=lambda row: row.organisation.name)
    return totals


def equipment_choices(*, organisations: list[Organisation]) -> QuerySet[Resource]:
    """Equipment in the resource catalogue that these organisations own and offer."""
    return Resource.objects.filter(owner__in=organisations, is_active=True).select_related("owner").order_by("name")


# --- goals, milestones and tasks -----------------------------------------------------------------


def goal_list(*, initiative: Initiative) -> QuerySet[Goal]:
    milestones = Prefetch("milestones", queryset=Milestone.objects.order_by("due_date", "pk"))
    return initiative.goals.prefetch_related(milestones)


def milestone_list(*, initiative: Initiative) -> QuerySet[Milestone]:
    return initiative.milestones.select_related("goal").order_by("due_date", "pk")


def milestone_get(*, initiative: Initiative, pk: Any) -> Milestone:
    milestone: Milestone = _get(milestone_list(initiative=initiative), pk)
    milestone.initiative = initiative
    return milestone


def apply_task_filters(queryset: QuerySet[Task], filters: Mapping[str, Any] | None, *, today: date) -> QuerySet[Task]:
    """Keys: `status` (todo/doing/done), `overdue` ("1"). Unknown values are ignored."""
    filters = filters or {}
    if (status := filters.get("status")) in TaskStatus.values:
        queryset = queryset.filter(status=status)
    if filters.get("overdue") == "1":
        queryset = queryset.exclude(status=TaskStatus.DONE).filter(due_date__lt=today)
    return queryset


def task_list(*, initiative: Initiative, filters: Mapping[str, Any] | None = None, today: date) -> QuerySet[Task]:
    queryset = initiative.tasks.select_related("assignee_user", "assignee_organisation")
    return apply_task_filters(queryset, filters, today=today).order_by("due_date", "pk")


def task_board(*, initiative: Initiative) -> list[tuple[str, str, list[Task]]]:
    """The board's columns in order: (status, label, tasks), in one query."""
    columns: dict[str, list[Task]] = {status: [] for status in TaskStatus.values}
    tasks = initiative.tasks.select_related("assignee_user", "assignee_organisation").order_by("due_date", "pk")
    for task in tasks:
        columns[task.status].append(task)
    return [(status, str(label), columns[status]) for status, label in TaskStatus.choices]


def task_get(*, initiative: Initiative, pk: Any) -> Task:
    task: Task = _get(initiative.tasks.select_related("assignee_user", "assignee_organisation"), pk)
    task.initiative = initiative
    return task


def assignee_choices(*, initiative: Initiative) -> tuple[list[Organisation], list[User]]:
    """Who work may go to: the accepted organisations, their people, and accepted individual participants."""
    accepted = [p for p in initiative.participants.all() if p.status == ParticipantStatus.ACCEPTED]
    organisations = sorted((p.organisation for p in accepted if p.organisation is not None), key=lambda o: o.name)
    people: dict[int, User] = {p.user.pk: p.user for p in accepted if p.user is not None}
    memberships = OrganisationMembership.objects.filter(
        organisation_id__in=[o.pk for o in organisations], user__is_active=True
    ).select_related("user")
    for membership in memberships:
        people.setdefault(membership.user.pk, membership.user)
    return organisations, sorted(people.values(), key=lambda user: (user.last_name, user.first_name, user.pk))


@dataclass(frozen=True)
class CalendarItem:
    day: date
    kind: str  # "milestone", "task", "start", "end"
    title: str
    done: bool
    overdue: bool
    who: str = ""


def calendar_items(*, initiative: Initiative, today: date) -> list[CalendarItem]:
    """One calendar of the initiative: planned start and end, milestones and task deadlines, by date."""
    items: list[CalendarItem] = []
    if initiative.planned_start:
        items.append(CalendarItem(initiative.planned_start, "start", initiative.name, False, False))
    if initiative.planned_end:
        items.append(CalendarItem(initiative.planned_end, "end", initiative.name, False, False))
    for milestone in milestone_list(initiative=initiative):
        items.append(
            CalendarItem(
                milestone.due_date, "milestone", milestone.title, milestone.is_done, milestone.is_overdue(today)
            )
        )
    tasks = initiative.tasks.exclude(due_date=None).select_related("assignee_user", "assignee_organisation")
    for task in tasks:
        assert task.due_date is not None
        done = task.status == TaskStatus.DONE
        items.append(CalendarItem(task.due_date, "task", task.title, done, task.is_overdue(today), task.assignee_name))
    order = {"start": 0, "milestone": 1, "task": 2, "end": 3}
    return sorted(items, key=lambda item: (item.day, order[item.kind], item.title))


def calendar_entries(*, initiative: Initiative) -> list[tuple[str, Any]]:
    """(uid key, object) pairs for the iCalendar export: milestones and dated tasks."""
    entries: list[tuple[str, Any]] = [(f"milestone-{m.pk}", m) for m in milestone_list(initiative=initiative)]
    tasks = initiative.tasks.exclude(due_date=None).select_related("assignee_user", "assignee_organisation")
    entries += [(f"task-{task.pk}", task) for task in tasks.order_by("due_date", "pk")]
    return entries


# --- documents -----------------------------------------------------------------------------------


def document_list(*, initiative: Initiative) -> list[Document]:
    """Documents with their versions (newest first) in two queries; `latest` is set on each document."""
    versions = Prefetch("versions", queryset=DocumentVersion.objects.select_related("uploaded_by").order_by("-number"))
    documents = list(initiative.documents.prefetch_related(versions).order_by("-updated_at", "-pk"))
    for document in documents:
        document.latest = next(iter(document.versions.all()), None)  # type: ignore[attr-defined]
    return documents


def document_get(*, initiative: Initiative, pk: Any) -> Document:
    versions = Prefetch("versions", queryset=DocumentVersion.objects.select_related("uploaded_by").order_by("-number"))
    document: Document = _get(initiative.documents.prefetch_related(versions), pk)
    document.initiative = initiative
    document.latest = next(iter(document.versions.all()), None)  # type: ignore[attr-defined]
    return document


def version_get(*, document: Document, pk: Any) -> DocumentVersion:
    for version in document.versions.all():
        if str(version.pk) == str(pk):
            return version
    raise Http404

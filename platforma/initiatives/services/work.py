"""Coordination inside an initiative: goals, milestones and tasks."""

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.initiatives.models import (
    Goal,
    Initiative,
    Milestone,
    ParticipantStatus,
    Task,
    TaskStatus,
    TimelineKind,
)
from platforma.initiatives.services._common import actor_or_none, clean_text, ensure_open, record
from platforma.organisations.models import Organisation, OrganisationMembership


@transaction.atomic
def goal_add(
    *, initiative: Initiative, by: Any, title: str, description: str = "", target_date: date | None = None
) -> Goal:
    ensure_open(initiative)
    goal = Goal(
        initiative=initiative, title=clean_text(title), description=clean_text(description), target_date=target_date
    )
    goal.full_clean()
    goal.save()
    record(initiative, TimelineKind.GOAL_ADDED, actor=by, title=goal.title)
    return goal


@transaction.atomic
def milestone_add(
    *, initiative: Initiative, by: Any, title: str, due_date: date, goal: Goal | None = None
) -> Milestone:
    ensure_open(initiative)
    if goal is not None and goal.initiative_id != initiative.pk:
        raise ValidationError({"goal": _("Ten cel należy do innego przedsięwzięcia.")})
    milestone = Milestone(initiative=initiative, goal=goal, title=clean_text(title), due_date=due_date)
    milestone.full_clean()
    milestone.save()
    record(initiative, TimelineKind.MILESTONE_ADDED, actor=by, title=milestone.title, date=due_date.isoformat())
    return milestone


@transaction.atomic
def milestone_set_done(*, milestone: Milestone, by: Any, done: bool = True) -> Milestone:
    """Marks a milestone reached (or not reached after all)."""
    ensure_open(milestone.initiative)
    if done == milestone.is_done:
        return milestone
    milestone.done_at = timezone.now() if done else None
    milestone.done_by = actor_or_none(by) if done else None
    milestone.save(update_fields=["done_at", "done_by"])
    if done:
        record(milestone.initiative, TimelineKind.MILESTONE_DONE, actor=by, title=milestone.title)
    return milestone


def _check_assignee(initiative: Initiative, *, user: Any, organisation: Organisation | None) -> None:
    """Work goes to those who take part: an accepted organisation, its people, or an accepted person."""
    if user is not None and organisation is not None:
        raise ValidationError(_("Wskaż jedną osobę albo jedną organizację odpowiedzialną, nie obie naraz."))
    accepted = initiative.participants.filter(status=ParticipantStatus.ACCEPTED)
    if organisation is not None and not accepted.filter(organisation=organisation).exists():
        raise ValidationError({"assignee": _("Ta organizacja nie uczestniczy w przedsięwzięciu.")})
    if user is not None:
        in_person = accepted.filter(user=user).exists()
        organisation_ids = accepted.exclude(organisation=None).values("organisation_id")
        through_organisation = OrganisationMembership.objects.filter(
            user=user, organisation_id__in=organisation_ids
        ).exists()
        if not (in_person or through_organisation):
            raise ValidationError({"assignee": _("Ta osoba nie uczestniczy w przedsięwzięciu.")})


@transaction.atomic
def task_add(
    *,
    initiative: Initiative,
    by: Any,
    title: str,
    description: str = "",
    assignee_user: Any = None,
    assignee_organisation: Organisation | None = None,
    due_date: date | None = None,
) -> Task:
    ensure_open(initiative)
    _check_assignee(initiative, user=assignee_user, organisation=assignee_organisation)
    task = Task(
        initiative=initiative,
        title=clean_text(title),
        description=clean_text(description),
        assignee_user=assignee_user,
        assignee_organisation=assignee_organisation,
        due_date=due_date,
        created_by=actor_or_none(by),
    )
    task.full_clean()
    task.save()
    record(initiative, TimelineKind.TASK_ADDED, actor=by, title=task.title)
    return task


@transaction.atomic
def task_move(*, task: Task, by: Any, status: str) -> Task:
    """Moves a task to another column of the board; done tasks remember when they were done."""
    ensure_open(task.initiative)
    if status not in TaskStatus.values:
        raise ValidationError({"status": _("Wybierz stan zadania: do zrobienia, w toku albo zrobione.")})
    locked = Task.objects.select_for_update().get(pk=task.pk)
    if locked.status == status:
        return task
    task.status = status
    task.completed_at = timezone.now() if status == TaskStatus.DONE else None
    task.save(update_fields=["status", "completed_at", "updated_at"])
    record(task.initiative, TimelineKind.TASK_MOVED, actor=by, title=task.title, task_status=status)
    return task

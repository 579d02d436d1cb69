"""Creating initiatives, changing what they say, moving them along their statuses, recording the outcome."""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from platforma.challenges import permissions as challenge_permissions
from platforma.challenges import services as challenge_services
from platforma.challenges.models import Challenge, ChallengeStatus
from platforma.community.notifications.services import notify
from platforma.core.models import Visibility
from platforma.initiatives import notifications, tasks
from platforma.initiatives.models import (
    ALLOWED_TRANSITIONS,
    Initiative,
    InitiativeStatus,
    InitiativeStatusChange,
    Outcome,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    PledgeStatus,
    TimelineKind,
)
from platforma.initiatives.services._common import actor_or_none, clean_text, ensure_open, record
from platforma.knowledge.case_studies import CaseStudySource
from platforma.knowledge.services import case_study_draft_create
from platforma.organisations.models import Organisation

INITIATIVE_FIELDS = ("name", "goal", "description", "planned_start", "planned_end", "budget", "visibility")

# Linked challenges in these statuses move to "solved" when the outcome says the problem is solved.
SOLVABLE_CHALLENGE_STATUSES = (ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS)


def _record_status(*, initiative: Initiative, from_status: str, by: Any, note: str = "") -> None:
    change = InitiativeStatusChange(
        initiative=initiative,
        from_status=from_status,
        to_status=initiative.status,
        changed_by=actor_or_none(by),
        note=note[:500],
    )
    change.full_clean()
    change.save()


def _add_participant(
    *,
    initiative: Initiative,
    by: Any,
    role: str,
    organisation: Organisation | None = None,
    user: Any = None,
) -> Participant:
    """An accepted participant from the start: the lead itself, or the winner of an open call."""
    now = timezone.now()
    participant = Participant(
        initiative=initiative,
        organisation=organisation,
        user=user,
        role=role,
        status=ParticipantStatus.ACCEPTED,
        invited_by=actor_or_none(by),
        responded_by=actor_or_none(by),
        responded_at=now,
    )
    participant.full_clean()
    participant.save()
    return participant


def _new_initiative(
    *,
    created_by: Any,
    lead_organisation: Organisation,
    name: str,
    goal: str,
    description: str,
    planned_start: date | None,
    planned_end: date | None,
    budget: Decimal | None,
    visibility: str,
    challenges: Iterable[Challenge],
) -> Initiative:
    initiative = Initiative(
        name=clean_text(name),
        goal=clean_text(goal),
        description=clean_text(description),
        lead_organisation=lead_organisation,
        created_by=actor_or_none(created_by),
        planned_start=planned_start,
        planned_end=planned_end,
        budget=budget,
        visibility=visibility,
        status=InitiativeStatus.FORMING,
    )
    initiative.full_clean()
    initiative.save()
    initiative.challenges.set(list(challenges))
    _add_participant(initiative=initiative, by=created_by, role=ParticipantRole.LEADER, organisation=lead_organisation)
    _record_status(initiative=initiative, from_status="", by=created_by)
    return initiative


@transaction.atomic
def initiative_create(
    *,
    created_by: Any,
    lead_organisation: Organisation,
    name: str,
    goal: str,
    description: str = "",
    planned_start: date | None = None,
    planned_end: date | None = None,
    budget: Decimal | None = None,
    visibility: str = Visibility.MEMBERS,
    challenges: Iterable[Challenge] = (),
) -> Initiative:
    """Starts an initiative (status forming) led by a member organisation, which joins as its leader."""
    if not lead_organisation.is_cluster_member:
        raise ValidationError(_("Przedsięwzięcia prowadzą tylko organizacje będące członkami klastra."))
    initiative = _new_initiative(
        created_by=created_by,
        lead_organisation=lead_organisation,
        name=name,
        goal=goal,
        description=description,
        planned_start=planned_start,
        planned_end=planned_end,
        budget=budget,
        visibility=visibility,
        challenges=challenges,
    )
    record(initiative, TimelineKind.CREATED, actor=created_by, organisation=lead_organisation.name)
    return initiative


@transaction.atomic
def initiative_create_pilot(
    *,
    name: str,
    goal: str,
    challenge: Challenge | None,
    lead_organisation: Organisation,
    partner_organisation: Organisation | None,
    partner_user: Any | None,
    created_by: Any,
    source_note: str = "",
) -> Initiative:
    """The pilot of an open call's winning proposal: an initiative (forming, members only) led by the call's
    organisation, linked to the challenge, with the winner already on board — its organisation as a partner,
    or the winning person as an expert. `source_note` names the call on the timeline.

    Side effects: the winner's people (or the winning person) get an e-mail after commit.
    """
    initiative = _new_initiative(
        created_by=created_by,
        lead_organisation=lead_organisation,
        name=name,
        goal=goal,
        description="",
        planned_start=None,
        planned_end=None,
        budget=None,
        visibility=Visibility.MEMBERS,
        challenges=[challenge] if challenge is not None else [],
    )
    record(initiative, TimelineKind.CREATED_PILOT, actor=created_by, source=clean_text(source_note))
    partner: Participant | None = None
    if partner_organisation is not None and partner_organisation.pk != lead_organisation.pk:
        partner = _add_participant(
            initiative=initiative, by=created_by, role=ParticipantRole.PARTNER, organisation=partner_organisation
        )
    elif partner_organisation is None and partner_user is not None:
        partner = _add_participant(initiative=initiative, by=created_by, role=ParticipantRole.EXPERT, user=partner_user)
    if partner is not None:
        record(initiative, TimelineKind.ACCEPTED, actor=created_by, name=partner.name, role=partner.role)
        transaction.on_commit(partial(tasks.notify_added_to_pilot.enqueue, partner.pk))
    return initiative


@transaction.atomic
def initiative_update(
    *,
    initiative: Initiative,
    by: Any,
    name: str,
    goal: str,
    description: str = "",
    planned_start: date | None = None,
    planned_end: date | None = None,
    budget: Decimal | None = None,
    visibility: str = Visibility.MEMBERS,
    challenges: Iterable[Challenge] = (),
) -> Initiative:
    """Changes what the initiative says and who sees it; a closed initiative is a record and stays as it is."""
    ensure_open(initiative)
    initiative.name = clean_text(name)
    initiative.goal = clean_text(goal)
    initiative.description = clean_text(description)
    initiative.planned_start = planned_start
    initiative.planned_end = planned_end
    initiative.budget = budget
    initiative.visibility = visibility
    initiative.full_clean()
    initiative.save(update_fields=[*INITIATIVE_FIELDS, "updated_at"])
    initiative.challenges.set(list(challenges))
    record(initiative, TimelineKind.UPDATED, actor=by)
    return initiative


def _move(*, initiative: Initiative, by: Any, to_status: str, note: str) -> str:
    """Moves the initiative along ALLOWED_TRANSITIONS under a lock; returns the status it came from."""
    locked = Initiative.objects.select_for_update().get(pk=initiative.pk)
    from_status = locked.status
    if to_status not in ALLOWED_TRANSITIONS.get(from_status, set()):
        labels = dict(InitiativeStatus.choices)
        raise ValidationError(
            _("Nie można zmienić statusu z „%(from)s” na „%(to)s”.")
            % {"from": labels.get(from_status, from_status), "to": labels.get(to_status, to_status)}
        )
    initiative.status = to_status
    initiative.save(update_fields=["status", "updated_at"])
    _record_status(initiative=initiative, from_status=from_status, by=by, note=note)
    record(initiative, TimelineKind.STATUS, actor=by, from_status=from_status, to_status=to_status, note=note[:500])
    return from_status


@transaction.atomic
def initiative_change_status(*, initiative: Initiative, by: Any, to_status: str, note: str = "") -> Initiative:
    """Starts (forming → active) or cancels an initiative and records who did it.

    Completion goes through initiative_complete, which also records the outcome. Side effects: the
    participants hear about the decision by e-mail after commit.
    """
    if to_status == InitiativeStatus.COMPLETED:
        raise ValidationError(_("Aby zakończyć przedsięwzięcie, zapisz jego rezultat."))
    _move(initiative=initiative, by=by, to_status=to_status, note=clean_text(note))
    if to_status == InitiativeStatus.CANCELLED:
        # Nothing will be confirmed any more: open pledges and invitations lapse with the initiative.
        initiative.pledges.filter(status=PledgeStatus.PROPOSED).update(status=PledgeStatus.WITHDRAWN)
        initiative.participants.filter(status=ParticipantStatus.INVITED).update(
            status=ParticipantStatus.REVOKED, updated_at=timezone.now()
        )
    actor_id = by.pk if actor_or_none(by) else None
    transaction.on_commit(partial(tasks.notify_status_changed.enqueue, initiative.pk, to_status, actor_id))
    return initiative


def _solve_challenges(*, initiative: Initiative, by: Any) -> list[Challenge]:
    """Moves the linked open or in-progress challenges to solved, recorded as done by the person who recorded
    the outcome. When that person does not act for the reporting organisation (whose people alone change a
    challenge's status by hand), the note says on whose behalf it happened: the initiative's outcome."""
    solved = []
    for challenge in initiative.challenges.select_related("organisation").order_by("pk"):
        if challenge.status not in SOLVABLE_CHALLENGE_STATUSES:
            continue
        note = _("Rozwiązane w przedsięwzięciu „%(name)s”.") % {"name": initiative.name}
        if not challenge_permissions.can_change_status(by, challenge):
            note = _(
                "Rozwiązane w przedsięwzięciu „%(name)s” — status zmieniony automatycznie po zapisaniu rezultatu "
                "przez organizację prowadzącą (%(lead)s)."
            ) % {"name": initiative.name, "lead": initiative.lead_organisation.name}
        challenge_services.challenge_change_status(
            challenge=challenge, by=actor_or_none(by), to_status=ChallengeStatus.SOLVED, note=note
        )
        record(initiative, TimelineKind.CHALLENGE_SOLVED, actor=by, title=challenge.title)
        solved.append(challenge)
    return solved


@transaction.atomic
def initiative_complete(
    *,
    initiative: Initiative,
    by: Any,
    achieved: str,
    figures: str = "",
    lessons: str = "",
    challenge_solved: bool = False,
) -> Outcome:
    """Completes an active initiative with its outcome.

    Side effects: with `challenge_solved` the linked open or in-progress challenges become solved; pending
    pledges and invitations lapse; after commit a case-study draft is made in the knowledge base for the
    person who recorded the outcome, and the participants get an e-mail.
    """
    _move(initiative=initiative, by=by, to_status=InitiativeStatus.COMPLETED, note="")
    outcome = Outcome(
        initiative=initiative,
        achieved=clean_text(achieved),
        figures=clean_text(figures),
        lessons=clean_text(lessons),
        challenge_solved=challenge_solved,
        recorded_by=actor_or_none(by),
    )
    outcome.full_clean()
    outcome.save()
    record(initiative, TimelineKind.OUTCOME, actor=by)
    initiative.pledges.filter(status=PledgeStatus.PROPOSED).update(status=PledgeStatus.WITHDRAWN)
    initiative.participants.filter(status=ParticipantStatus.INVITED).update(
        status=ParticipantStatus.REVOKED, updated_at=timezone.now()
    )
    if challenge_solved:
        _solve_challenges(initiative=initiative, by=by)
    actor_id = by.pk if actor_or_none(by) else None
    transaction.on_commit(partial(_draft_case_study_by_id, initiative.pk, actor_id), robust=True)
    transaction.on_commit(
        partial(tasks.notify_status_changed.enqueue, initiative.pk, InitiativeStatus.COMPLETED.value, actor_id)
    )
    # The participants have their e-mail above; this reaches those who follow the initiative or its lead.
    notify(
        verb=notifications.INITIATIVE_COMPLETED,
        target=initiative,
        actor=by,
        organisation=initiative.lead_organisation,
        followers_of=[initiative.lead_organisation],
    )
    return outcome


def _draft_case_study_by_id(initiative_id: int, author_id: int | None) -> None:
    initiative = Initiative.objects.select_related("outcome", "outcome__recorded_by", "lead_organisation").get(
        pk=initiative_id
    )
    _draft_case_study(initiative)


def case_study_source_fields(initiative: Initiative) -> dict[str, Any]:
    """What a case study is made from: the initiative, its people, what they pooled, and the outcome."""
    outcome = initiative.outcome
    participants = list(
        initiative.participants.filter(status=ParticipantStatus.ACCEPTED)
        .select_related("organisation", "user")
        .order_by("created_at", "pk")
    )
    participants.sort(key=lambda participant: participant.role != ParticipantRole.LEADER)
    pledges = initiative.pledges.filter(status=PledgeStatus.CONFIRMED).select_related("organisation", "resource")
    challenges = list(initiative.challenges.prefetch_related("competences").order_by("pk"))
    with translation.override(settings.LANGUAGE_CODE):
        partners = [f"{p.name} — {p.get_role_display()}" for p in participants]
        pledged = [f"{pledge.organisation.name}: {pledge.summary}" for pledge in pledges]
        source_url = initiative.get_absolute_url()
    competence_ids = sorted({c.pk for challenge in challenges for c in challenge.competences.all()})
    organisation_ids = [p.organisation_id for p in participants if p.organisation_id and p.role != "observer"]
    return {
        "initiative_title": initiative.name,
        "goal": initiative.goal,
        "partners": partners,
        "pledged": pledged,
        "results": outcome.achieved,
        "figures": outcome.figures,
        "lessons": outcome.lessons,
        "challenge_titles": [challenge.title for challenge in challenges],
        "source_url": source_url,
        "competence_ids": competence_ids,
        "organisation_ids": organisation_ids,
    }


def _draft_case_study(initiative: Initiative) -> Any:
    """Asks the knowledge base for a case-study draft made from the completed initiative's outcome, written
    for the person who recorded it. Runs after commit (robustly): a failure here is logged and never undoes
    the completion. Returns the Article, or None when the person is gone."""
    outcome = initiative.outcome
    if outcome.recorded_by is None or not outcome.recorded_by.is_active:
        return None
    source = CaseStudySource(**case_study_source_fields(initiative))
    return case_study_draft_create(source=source, author=outcome.recorded_by)

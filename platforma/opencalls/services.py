"""Every write to open calls, proposals and evaluations.

Permissions are the views' job. The rules that hold whoever calls are checked here, and a broken one raises
ValidationError with a Polish message and changes nothing: above all, the deadline. Every write to a
proposal first locks the call's row and compares the deadline with the server's clock, so that a form
sent after the deadline, a crafted POST or a deadline moved in the meantime cannot slip a change in.
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.accounts.models import User
from platforma.challenges.models import Challenge
from platforma.community.notifications.services import notify
from platforma.initiatives import services as initiative_services
from platforma.opencalls import notifications, tasks
from platforma.opencalls.documents import document_kind
from platforma.opencalls.models import (
    MAX_ATTACHMENTS,
    MAX_SCORE,
    CallProposal,
    CallState,
    Criterion,
    Eligibility,
    Evaluation,
    EvaluationScore,
    Evaluator,
    OpenCall,
    ProposalAttachment,
    ProposalStatus,
)
from platforma.opencalls.permissions import challenge_accepts_calls
from platforma.organisations.models import Organisation

MAX_CRITERIA = 10


def _locked(call: OpenCall) -> OpenCall:
    """The call's row, locked until the transaction ends: deadline checks and decisions happen one at a time."""
    return OpenCall.objects.select_for_update().get(pk=call.pk)


def _require_open(call: OpenCall) -> OpenCall:
    locked = _locked(call)
    if locked.state_at(timezone.now()) != CallState.OPEN:
        raise ValidationError(_("Termin składania propozycji w tym naborze minął — zmiany nie są już przyjmowane."))
    return locked


def _check_deadline(deadline: datetime) -> None:
    if deadline <= timezone.now():
        raise ValidationError({"deadline": _("Termin musi być w przyszłości.")})


def _check_criteria(criteria: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    cleaned = [(name.strip(), weight) for name, weight in criteria]
    if not cleaned:
        raise ValidationError(_("Podaj co najmniej jedno kryterium oceny."))
    if len(cleaned) > MAX_CRITERIA:
        raise ValidationError(_("Nabór może mieć najwyżej %(count)s kryteriów.") % {"count": MAX_CRITERIA})
    names = [name.casefold() for name, _weight in cleaned]
    if len(set(names)) != len(names):
        raise ValidationError(_("Kryteria jednego naboru muszą mieć różne nazwy."))
    for name, weight in cleaned:
        if not name:
            raise ValidationError(_("Każde kryterium musi mieć nazwę."))
        if weight < 1:
            raise ValidationError(_("Waga kryterium „%(name)s” musi być dodatnia.") % {"name": name})
    return cleaned


@transaction.atomic
def call_create(
    *,
    created_by: Any,
    challenge: Challenge,
    owner_organisation: Organisation | None,
    title: str,
    summary: str,
    deadline: datetime,
    eligibility: str,
    terms: str,
    criteria: Sequence[tuple[str, int]],
) -> OpenCall:
    """Opens a call for a challenge, with its criteria. `owner_organisation` is the challenge's organisation
    when a member runs the call, None when the coordinator does."""
    if not challenge_accepts_calls(challenge):
        raise ValidationError(_("Nabór można ogłosić tylko dla opublikowanego wyzwania, otwartego lub w realizacji."))
    if owner_organisation is not None and owner_organisation.pk != challenge.organisation_id:
        raise ValidationError(_("Członek klastra ogłasza nabory tylko do wyzwań swojej organizacji."))
    _check_deadline(deadline)
    cleaned = _check_criteria(criteria)
    call = OpenCall(
        challenge=challenge,
        owner_organisation=owner_organisation,
        created_by=created_by,
        title=title,
        summary=summary,
        deadline=deadline,
        eligibility=eligibility,
        terms=terms.strip(),
    )
    call.full_clean()
    call.save()
    rows = [
        Criterion(call=call, name=name, weight=weight, position=index) for index, (name, weight) in enumerate(cleaned)
    ]
    for row in rows:
        row.full_clean(exclude=["call"], validate_constraints=False)
    Criterion.objects.bulk_create(rows)
    # A call is open as soon as it exists: tell those who follow its challenge, its topics or its organiser.
    notify(
        verb=notifications.CALL_PUBLISHED,
        target=call,
        actor=created_by,
        organisation=owner_organisation,
        followers_of=[challenge, challenge.organisation, *challenge.competences.all()],
    )
    return call


@transaction.atomic
def call_update(*, call: OpenCall, by: Any, title: str, summary: str, deadline: datetime, terms: str) -> OpenCall:
    """Changes an open call's text and deadline. A changed statement gets a new version number: proposals
    keep the words they accepted, and applicants who edit later accept the new ones."""
    locked = _require_open(call)
    _check_deadline(deadline)
    terms = terms.strip()
    call.title = title
    call.summary = summary
    call.deadline = deadline
    update_fields = ["title", "summary", "deadline", "updated_at"]
    if terms != locked.terms:
        call.terms = terms
        call.terms_version = locked.terms_version + 1
        update_fields += ["terms", "terms_version"]
    call.full_clean()
    call.save(update_fields=update_fields)
    return call


# --- evaluators ------------------------------------------------------------------------------------------


@transaction.atomic
def evaluator_add(*, call: OpenCall, user: Any, by: Any) -> Evaluator:
    """Names a person an evaluator of the call; e-mails them."""
    if _locked(call).decided_at is not None:
        raise ValidationError(_("Nabór jest już rozstrzygnięty."))
    if not user.is_active:
        raise ValidationError(_("To konto jest nieaktywne."))
    # An applicant who judged would read the competitors' proposals while still able to change their own.
    if call.proposals.filter(author=user, status=ProposalStatus.SUBMITTED).exists():
        raise ValidationError(_("Ta osoba złożyła propozycję w tym naborze, więc nie może jej oceniać."))
    evaluator = Evaluator(call=call, user=user, added_by=by)
    try:
        with transaction.atomic():
            evaluator.save()
    except IntegrityError as error:
        raise ValidationError(_("Ta osoba już jest oceniającym w tym naborze.")) from error
    evaluator_id = evaluator.pk
    transaction.on_commit(lambda: tasks.notify_evaluator_added.enqueue(evaluator_id))
    return evaluator


@transaction.atomic
def evaluator_remove(*, evaluator: Evaluator, by: Any) -> None:
    """Removes an evaluator together with the scores they gave: the ranking counts only named evaluators."""
    if _locked(evaluator.call).decided_at is not None:
        raise ValidationError(_("Nabór jest już rozstrzygnięty — skład oceniających jest zamknięty."))
    evaluator.delete()


# --- proposals -------------------------------------------------------------------------------------------


def _check_organisation(*, call: OpenCall, organisation: Organisation | None) -> None:
    if organisation is None:
        if call.eligibility == Eligibility.MEMBERS:
            raise ValidationError(_("W tym naborze odpowiadają organizacje członkowskie: wybierz organizację."))
        return
    if organisation.pk in {call.challenge.organisation_id, call.owner_organisation_id}:
        raise ValidationError(_("Organizacja prowadząca nabór nie składa w nim propozycji."))
    if call.eligibility == Eligibility.MEMBERS and not organisation.is_cluster_member:
        raise ValidationError(_("W tym naborze odpowiadają tylko organizacje członkowskie klastra."))


def _attachment_name(upload: UploadedFile) -> str:
    name = Path(upload.name or "").name.strip()
    return "".join(ch for ch in name if ch.isprintable())[:200] or _("załącznik")


def _add_attachments(*, proposal: CallProposal, files: Iterable[UploadedFile]) -> None:
    files = list(files)
    if not files:
        return
    if proposal.attachments.count() + len(files) > MAX_ATTACHMENTS:
        raise ValidationError(
            {"uploads": _("Propozycja może mieć najwyżej %(count)s załączników.") % {"count": MAX_ATTACHMENTS}}
        )
    for upload in files:
        try:
            kind = document_kind(upload)
        except ValidationError as error:
            raise ValidationError({"uploads": error.messages}) from error
        attachment = ProposalAttachment(
            proposal=proposal, name=_attachment_name(upload), kind=kind, size=upload.size or 0
        )
        attachment.file.save(upload.name or "zalacznik", upload, save=False)
        attachment.full_clean()
        attachment.save()


def _remove_attachments(*, proposal: CallProposal, ids: Iterable[int]) -> None:
    doomed = list(proposal.attachments.filter(pk__in=list(ids)))
    files = [attachment.file for attachment in doomed]
    for attachment in doomed:
        attachment.delete()

    def delete_files() -> None:
        for stored in files:
            stored.delete(save=False)

    # Only once the rows are gone for good: a rolled-back removal must still find its files.
    transaction.on_commit(delete_files)


def _accept_terms(proposal: CallProposal, call: OpenCall, accepted: bool) -> None:
    if not accepted:
        raise ValidationError({"accept_terms": _("Bez akceptacji oświadczenia nie można złożyć propozycji.")})
    proposal.terms_accepted_at = timezone.now()
    proposal.terms_version = call.terms_version
    proposal.terms_text = call.terms


@transaction.atomic
def proposal_submit(
    *,
    call: OpenCall,
    author: Any,
    title: str,
    description: str,
    organisation: Organisation | None,
    accept_terms: bool,
    files: Sequence[UploadedFile] = (),
) -> CallProposal:
    """Submits an answer with its attachments, recording the accepted statement; e-mails the call's owner.
    Refused after the deadline."""
    locked = _require_open(call)
    _check_organisation(call=call, organisation=organisation)
    proposal = CallProposal(call=locked, author=author, organisation=organisation, title=title, description=description)
    _accept_terms(proposal, locked, accept_terms)
    proposal.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            proposal.save()
    except IntegrityError as error:
        raise ValidationError(_("Masz już propozycję w tym naborze — możesz ją edytować.")) from error
    _add_attachments(proposal=proposal, files=files)
    proposal_id = proposal.pk
    transaction.on_commit(lambda: tasks.notify_proposal_submitted.enqueue(proposal_id))
    return proposal


@transaction.atomic
def proposal_update(
    *,
    proposal: CallProposal,
    by: Any,
    title: str,
    description: str,
    organisation: Organisation | None,
    accept_terms: bool,
    new_files: Sequence[UploadedFile] = (),
    remove_attachment_ids: Iterable[int] = (),
) -> CallProposal:
    """Changes a submitted proposal before the deadline; the author accepts the statement again, in its
    current version. Refused after the deadline."""
    locked = _require_open(proposal.call)
    current = CallProposal.objects.select_for_update().get(pk=proposal.pk)
    if current.status != ProposalStatus.SUBMITTED:
        raise ValidationError(_("Ta propozycja została wycofana."))
    _check_organisation(call=locked, organisation=organisation)
    proposal.title = title
    proposal.description = description
    proposal.organisation = organisation
    _accept_terms(proposal, locked, accept_terms)
    proposal.full_clean(validate_constraints=False)
    proposal.save(
        update_fields=[
            "title",
            "description",
            "organisation",
            "terms_accepted_at",
            "terms_version",
            "terms_text",
            "updated_at",
        ]
    )
    _remove_attachments(proposal=proposal, ids=remove_attachment_ids)
    _add_attachments(proposal=proposal, files=new_files)
    return proposal


@transaction.atomic
def proposal_withdraw(*, proposal: CallProposal, by: Any) -> CallProposal:
    """Takes a proposal back before the deadline; its author may then submit a new one."""
    _require_open(proposal.call)
    current = CallProposal.objects.select_for_update().get(pk=proposal.pk)
    if current.status != ProposalStatus.SUBMITTED:
        raise ValidationError(_("Ta propozycja już została wycofana."))
    proposal.status = ProposalStatus.WITHDRAWN
    proposal.save(update_fields=["status", "updated_at"])
    return proposal


# --- evaluation ------------------------------------------------------------------------------------------


@transaction.atomic
def evaluation_save(
    *, evaluator: Evaluator, proposal: CallProposal, scores: Mapping[int, int], comment: str
) -> Evaluation:
    """Records (or replaces) one evaluator's points for every criterion and their comment for the authors."""
    call = _locked(proposal.call)
    if call.decided_at is not None:
        raise ValidationError(_("Nabór jest już rozstrzygnięty — oceny są zamknięte."))
    if evaluator.call_id != call.pk or proposal.call_id != call.pk:
        raise ValidationError(_("Ta propozycja należy do innego naboru."))
    if proposal.status != ProposalStatus.SUBMITTED:
        raise ValidationError(_("Ta propozycja została wycofana."))
    user = evaluator.user
    if proposal.author_id == user.pk or (
        proposal.organisation_id is not None
        and user.organisation_memberships.filter(organisation_id=proposal.organisation_id).exists()
    ):
        raise ValidationError(_("Nie oceniasz własnej propozycji ani propozycji swojej organizacji."))
    criteria = list(call.criteria.all())
    if {c.pk for c in criteria} != set(scores):
        raise ValidationError(_("Przyznaj punkty za każde kryterium."))
    if any(not 0 <= points <= MAX_SCORE for points in scores.values()):
        raise ValidationError(_("Punkty za kryterium: od 0 do %(max)s.") % {"max": MAX_SCORE})
    if not comment.strip():
        raise ValidationError({"comment": _("Napisz komentarz — autorzy dostaną go jako informację zwrotną.")})
    evaluation, created = Evaluation.objects.get_or_create(
        evaluator=evaluator, proposal=proposal, defaults={"comment": comment.strip()}
    )
    if not created:
        evaluation.comment = comment.strip()
        evaluation.full_clean(validate_constraints=False)
        evaluation.save(update_fields=["comment", "updated_at"])
        evaluation.scores.all().delete()
    EvaluationScore.objects.bulk_create(
        EvaluationScore(evaluation=evaluation, criterion_id=criterion.pk, score=scores[criterion.pk])
        for criterion in criteria
    )
    return evaluation


# --- decision --------------------------------------------------------------------------------------------


@transaction.atomic
def call_decide(
    *,
    call: OpenCall,
    by: Any,
    winner: CallProposal | None,
    note: str = "",
    pilot_name: str = "",
    pilot_goal: str = "",
) -> OpenCall:
    """Ends the evaluation after the deadline. With a winner, the platform starts a pilot initiative led by the
    owner's organisation (the challenge's, for a coordinator's call) with the winner's organisation, or the
    winning person, as partner. Every applicant is e-mailed the outcome with the evaluators' comments."""
    locked = _locked(call)
    state = locked.state_at(timezone.now())
    if state == CallState.OPEN:
        raise ValidationError(_("Nabór rozstrzyga się po terminie składania propozycji."))
    if state == CallState.DECIDED:
        raise ValidationError(_("Ten nabór został już rozstrzygnięty."))
    live = CallProposal.objects.select_for_update().filter(call=locked, status=ProposalStatus.SUBMITTED)
    if winner is not None:
        if winner.call_id != locked.pk or winner.status != ProposalStatus.SUBMITTED:
            raise ValidationError(_("Zwycięska propozycja musi być złożona w tym naborze i niewycofana."))
        if winner.organisation_id is None and winner.author_id is None:
            raise ValidationError(_("Autor tej propozycji usunął konto — nie ma z kim rozpocząć pilotażu."))
        call.pilot = _start_pilot(call=call, winner=winner, by=by, name=pilot_name, goal=pilot_goal)
    others = live if winner is None else live.exclude(pk=winner.pk)
    others.update(status=ProposalStatus.NOT_SELECTED, updated_at=timezone.now())
    if winner is not None:
        winner.status = ProposalStatus.SELECTED
        winner.save(update_fields=["status", "updated_at"])
    call.decided_at = timezone.now()
    call.decided_by = by
    call.winner = winner
    call.decision_note = note.strip()
    call.full_clean()
    call.save(update_fields=["decided_at", "decided_by", "winner", "decision_note", "pilot", "updated_at"])
    call_id = call.pk
    transaction.on_commit(lambda: tasks.notify_call_decided.enqueue(call_id))
    notify(
        verb=notifications.CALL_DECIDED,
        target=call,
        actor=by,
        organisation=call.owner_organisation,
        recipients=User.objects.filter(
            pk__in=CallProposal.objects.filter(call=call).exclude(status=ProposalStatus.WITHDRAWN).values("author_id")
        ),
    )
    return call


def _start_pilot(*, call: OpenCall, winner: CallProposal, by: Any, name: str, goal: str) -> Any:
    challenge = call.challenge
    lead = call.owner_organisation or challenge.organisation
    name = (name.strip() or _("Pilotaż: %(title)s") % {"title": winner.title})[:200]
    goal = (
        goal.strip()
        or _("Sprawdzić w praktyce rozwiązanie „%(proposal)s” wybrane w naborze „%(call)s”.")
        % {"proposal": winner.title, "call": call.title}
    )[:2000]
    return initiative_services.initiative_create_pilot(
        name=name,
        goal=goal,
        challenge=challenge,
        lead_organisation=lead,
        partner_organisation=winner.organisation,
        partner_user=winner.author if winner.organisation is None else None,
        created_by=by,
        source_note=_("Zwycięska propozycja naboru „%(call)s”: „%(proposal)s”.")
        % {"call": call.title, "proposal": winner.title},
    )

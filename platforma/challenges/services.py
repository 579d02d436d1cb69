"""Every write to challenges, supports and proposals. Permissions are the views' job; the rules that
hold whoever calls (transitions, one support per organisation, proposals only while a challenge is
active) are checked here and broken ones raise ValidationError with a Polish message.
"""

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.accounts.models import User
from platforma.challenges import notifications, tasks
from platforma.challenges.models import (
    ACTIVE_STATUSES,
    ALLOWED_TRANSITIONS,
    Challenge,
    ChallengeStatus,
    ChallengeStatusChange,
    ChallengeSupport,
    Proposal,
    ProposalStatus,
)
from platforma.community.notifications.services import notify
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence

CHALLENGE_FIELDS = ("title", "description", "city", "latitude", "longitude", "visibility")


def _check_visibility(*, visibility: str, visible_to: list[Organisation]) -> None:
    if visibility == Visibility.RESTRICTED and not visible_to:
        raise ValidationError(
            {"visible_to": _("Wskaż co najmniej jedną organizację, która może zobaczyć to wyzwanie.")}
        )


def _shared_with(
    *, organisation: Organisation, visibility: str, visible_to: Iterable[Organisation]
) -> list[Organisation]:
    # Only a restricted challenge keeps a list; the reporter sees its own challenges anyway.
    if visibility != Visibility.RESTRICTED:
        return []
    return [o for o in visible_to if o.pk != organisation.pk]


def _people_of(organisation_id: int) -> Any:
    """The people acting for an organisation, as notify() recipients (one query when it runs)."""
    return User.objects.filter(organisation_memberships__organisation_id=organisation_id)


def _announce_published(challenge: Challenge, *, by: Any) -> None:
    """Tells the followers of the reporting organisation and of the needed competences; notify() leaves out
    whoever may not see the challenge (a restricted one reaches only the organisations it is shared with)."""
    notify(
        verb=notifications.CHALLENGE_PUBLISHED,
        target=challenge,
        actor=by,
        organisation=challenge.organisation,
        followers_of=[challenge.organisation, *challenge.competences.all()],
    )


def _record_status(*, challenge: Challenge, from_status: str, by: Any, note: str = "") -> None:
    change = ChallengeStatusChange(
        challenge=challenge, from_status=from_status, to_status=challenge.status, changed_by=by, note=note
    )
    change.full_clean()
    change.save()


@transaction.atomic
def challenge_create(
    *,
    author: Any,
    organisation: Organisation,
    title: str,
    description: str,
    city: str,
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
    competences: Iterable[Competence] = (),
    visibility: str = Visibility.PUBLIC,
    visible_to: Iterable[Organisation] = (),
    publish: bool = False,
) -> Challenge:
    """Creates a challenge as a draft, or published (open) at once; records the first status."""
    if not organisation.is_cluster_member:
        raise ValidationError(_("Wyzwania zgłaszają tylko organizacje będące członkami klastra."))
    shared = _shared_with(organisation=organisation, visibility=visibility, visible_to=visible_to)
    _check_visibility(visibility=visibility, visible_to=shared)
    challenge = Challenge(
        author=author,
        organisation=organisation,
        title=title,
        description=description,
        city=city,
        latitude=latitude,
        longitude=longitude,
        visibility=visibility,
        status=ChallengeStatus.OPEN if publish else ChallengeStatus.DRAFT,
        published_at=timezone.now() if publish else None,
    )
    challenge.full_clean()
    challenge.save()
    challenge.competences.set(list(competences))
    challenge.visible_to.set(shared)
    _record_status(challenge=challenge, from_status="", by=author)
    if publish:
        _announce_published(challenge, by=author)
    return challenge


@transaction.atomic
def challenge_update(
    *,
    challenge: Challenge,
    by: Any,
    title: str,
    description: str,
    city: str,
    latitude: Decimal | None = None,
    longitude: Decimal | None = None,
    competences: Iterable[Competence] = (),
    visibility: str = Visibility.PUBLIC,
    visible_to: Iterable[Organisation] = (),
    publish: bool = False,
) -> Challenge:
    """Changes what the challenge says and who sees it; `publish` also opens a draft."""
    shared = _shared_with(organisation=challenge.organisation, visibility=visibility, visible_to=visible_to)
    _check_visibility(visibility=visibility, visible_to=shared)
    challenge.title = title
    challenge.description = description
    challenge.city = city
    challenge.latitude = latitude
    challenge.longitude = longitude
    challenge.visibility = visibility
    challenge.full_clean()
    challenge.save(update_fields=[*CHALLENGE_FIELDS, "updated_at"])
    challenge.competences.set(list(competences))
    challenge.visible_to.set(shared)
    if publish and challenge.status == ChallengeStatus.DRAFT:
        challenge = challenge_change_status(challenge=challenge, by=by, to_status=ChallengeStatus.OPEN)
    return challenge


@transaction.atomic
def challenge_change_status(*, challenge: Challenge, by: Any, to_status: str, note: str = "") -> Challenge:
    """Moves the challenge along ALLOWED_TRANSITIONS and records who did it; the first opening sets
    `published_at`. An invalid move raises ValidationError and changes nothing."""
    locked = Challenge.objects.select_for_update().get(pk=challenge.pk)
    from_status = locked.status
    if to_status not in ALLOWED_TRANSITIONS.get(from_status, set()):
        labels = dict(ChallengeStatus.choices)
        raise ValidationError(
            _("Nie można zmienić statusu z „%(from)s” na „%(to)s”.")
            % {"from": labels.get(from_status, from_status), "to": labels.get(to_status, to_status)}
        )
    challenge.status = to_status
    update_fields = ["status", "updated_at"]
    first_publication = to_status == ChallengeStatus.OPEN and locked.published_at is None
    if first_publication:
        challenge.published_at = timezone.now()
        update_fields.append("published_at")
    challenge.save(update_fields=update_fields)
    _record_status(challenge=challenge, from_status=from_status, by=by, note=note[:500])
    if first_publication:
        _announce_published(challenge, by=by)
    return challenge


@transaction.atomic
def challenge_hide(*, challenge: Challenge, by: Any, note: str) -> Challenge:
    """Hides the challenge from everyone but its organisation and coordinators; e-mails the organisation."""
    if not note.strip():
        raise ValidationError(
            {"note": _("Napisz, dlaczego wyzwanie jest ukrywane — zobaczy to zgłaszająca organizacja.")}
        )
    challenge.is_hidden = True
    challenge.moderation_note = note.strip()
    challenge.full_clean()
    challenge.save(update_fields=["is_hidden", "moderation_note", "updated_at"])
    challenge_id = challenge.pk
    transaction.on_commit(lambda: tasks.notify_challenge_hidden.enqueue(challenge_id))
    return challenge


@transaction.atomic
def challenge_unhide(*, challenge: Challenge, by: Any) -> Challenge:
    challenge.is_hidden = False
    challenge.save(update_fields=["is_hidden", "updated_at"])
    return challenge


def challenge_archive(*, challenge: Challenge, by: Any, note: str = "") -> Challenge:
    """The coordinator's archive: the same transition and history as the owner's."""
    return challenge_change_status(
        challenge=challenge,
        by=by,
        to_status=ChallengeStatus.ARCHIVED,
        note=note or _("Zarchiwizowane przez koordynatora."),
    )


@transaction.atomic
def support_add(*, challenge: Challenge, organisation: Organisation, user: Any, note: str = "") -> ChallengeSupport:
    """Records that `organisation` faces the same problem; e-mails the reporting organisation."""
    if organisation.pk == challenge.organisation_id:
        raise ValidationError(_("Organizacja zgłaszająca wyzwanie nie może dołączyć do niego jako „my też”."))
    if not organisation.is_cluster_member:
        raise ValidationError(_("„My też” mogą zgłaszać tylko organizacje będące członkami klastra."))
    if not challenge.is_published or challenge.status == ChallengeStatus.ARCHIVED:
        raise ValidationError(_("To wyzwanie nie przyjmuje teraz zgłoszeń „my też”."))
    support = ChallengeSupport(challenge=challenge, organisation=organisation, user=user, note=note.strip())
    support.full_clean()
    try:
        # A savepoint, so that a lost race leaves the outer transaction usable.
        with transaction.atomic():
            support.save()
    except IntegrityError as error:
        raise ValidationError(_("Ta organizacja już zgłosiła, że ten problem dotyczy także jej.")) from error
    support_id = support.pk
    transaction.on_commit(lambda: tasks.notify_support_added.enqueue(support_id))
    notify(
        verb=notifications.SUPPORT_ADDED,
        target=challenge,
        actor=user,
        organisation=organisation,
        recipients=_people_of(challenge.organisation_id),
    )
    return support


@transaction.atomic
def support_withdraw(*, support: ChallengeSupport, by: Any) -> None:
    support.delete()


@transaction.atomic
def proposal_create(
    *, challenge: Challenge, author: Any, title: str, description: str, organisation: Organisation | None = None
) -> Proposal:
    """Submits a proposed solution; e-mails the reporting organisation."""
    if not challenge.is_published or challenge.status not in ACTIVE_STATUSES:
        raise ValidationError(_("Propozycje można zgłaszać tylko do otwartych wyzwań i tych w realizacji."))
    if organisation is not None and organisation.pk == challenge.organisation_id:
        raise ValidationError(_("Organizacja zgłaszająca wyzwanie nie składa propozycji sama sobie."))
    proposal = Proposal(
        challenge=challenge, author=author, organisation=organisation, title=title, description=description
    )
    proposal.full_clean()
    proposal.save()
    proposal_id = proposal.pk
    transaction.on_commit(lambda: tasks.notify_proposal_submitted.enqueue(proposal_id))
    notify(
        verb=notifications.PROPOSAL_RECEIVED,
        target=proposal,
        actor=author,
        organisation=organisation,
        recipients=_people_of(challenge.organisation_id),
        followers_of=[challenge],
    )
    return proposal


def _move_proposal(*, proposal: Proposal, to_status: str) -> Proposal:
    locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != ProposalStatus.SUBMITTED:
        raise ValidationError(_("O tej propozycji już zdecydowano albo została wycofana."))
    proposal.status = to_status
    proposal.save(update_fields=["status", "updated_at"])
    return proposal


@transaction.atomic
def proposal_decide(*, proposal: Proposal, by: Any, status: str) -> Proposal:
    """The owner accepts or declines a submitted proposal; e-mails its author."""
    if status not in (ProposalStatus.ACCEPTED, ProposalStatus.DECLINED):
        raise ValidationError(_("Propozycję można tylko przyjąć albo odrzucić."))
    proposal = _move_proposal(proposal=proposal, to_status=status)
    proposal_id = proposal.pk
    transaction.on_commit(lambda: tasks.notify_proposal_decided.enqueue(proposal_id))
    proposers = list(_people_of(proposal.organisation_id)) if proposal.organisation_id is not None else []
    if proposal.author is not None:
        proposers.append(proposal.author)
    notify(
        verb=notifications.PROPOSAL_DECIDED,
        target=proposal,
        actor=by,
        organisation=proposal.challenge.organisation,
        recipients=proposers,
        # A declined proposal is the proposer's business; an accepted one is news for the cluster.
        in_stream=status == ProposalStatus.ACCEPTED,
    )
    return proposal


@transaction.atomic
def proposal_withdraw(*, proposal: Proposal, by: Any) -> Proposal:
    return _move_proposal(proposal=proposal, to_status=ProposalStatus.WITHDRAWN)

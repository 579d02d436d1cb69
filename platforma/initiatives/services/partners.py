"""Partners of an initiative: invitations, answers, leaving, and handing the lead over."""

from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.accounts.models import User
from platforma.community.notifications.services import notify
from platforma.initiatives import notifications, tasks
from platforma.initiatives.models import (
    Initiative,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    PledgeStatus,
    TimelineKind,
)
from platforma.initiatives.services._common import actor_or_none, clean_text, ensure_open, people_of, record
from platforma.organisations.models import Organisation

ORGANISATION_ROLES = (ParticipantRole.PARTNER, ParticipantRole.OBSERVER)
PERSON_ROLES = (ParticipantRole.EXPERT, ParticipantRole.OBSERVER)


def _announce_invitation(initiative: Initiative, *, by: Any, recipients: Any) -> None:
    notify(
        verb=notifications.PARTNER_INVITED,
        target=initiative,
        actor=by,
        organisation=initiative.lead_organisation,
        recipients=recipients,
        in_stream=False,
    )


def _save_new(participant: Participant, *, duplicate: str) -> Participant:
    participant.full_clean(validate_constraints=False)
    try:
        # A savepoint: a lost race for the same invitation leaves the outer transaction usable.
        with transaction.atomic():
            participant.save()
    except IntegrityError as error:
        raise ValidationError(duplicate) from error
    return participant


@transaction.atomic
def participant_invite_organisation(
    *,
    initiative: Initiative,
    by: Any,
    organisation: Organisation,
    role: str = ParticipantRole.PARTNER,
    message: str = "",
) -> Participant:
    """Invites a member organisation as a partner or an observer.

    Side effects: the organisation's admins get the invitation by e-mail after commit.
    """
    ensure_open(initiative)
    if role not in ORGANISATION_ROLES:
        raise ValidationError({"role": _("Organizację można zaprosić jako partnera albo obserwatora.")})
    if organisation.pk == initiative.lead_organisation_id:
        raise ValidationError(_("Ta organizacja prowadzi przedsięwzięcie."))
    if not organisation.is_cluster_member:
        raise ValidationError(_("Zaprosić można tylko organizację będącą członkiem klastra."))
    participant = _save_new(
        Participant(
            initiative=initiative,
            organisation=organisation,
            role=role,
            message=clean_text(message),
            invited_by=actor_or_none(by),
        ),
        duplicate=_("Ta organizacja już uczestniczy w przedsięwzięciu albo ma zaproszenie."),
    )
    record(initiative, TimelineKind.INVITED, actor=by, name=organisation.name, role=role)
    transaction.on_commit(partial(tasks.notify_invited.enqueue, participant.pk))
    _announce_invitation(initiative, by=by, recipients=people_of(organisation.pk, admins_only=True))
    return participant


@transaction.atomic
def participant_invite_person(
    *, initiative: Initiative, by: Any, email: str, role: str = ParticipantRole.EXPERT, message: str = ""
) -> Participant:
    """Invites a specialist by e-mail as an expert or an observer; the address need not have an account yet.

    Side effects: the invitation goes to the address by e-mail after commit.
    """
    ensure_open(initiative)
    if role not in PERSON_ROLES:
        raise ValidationError({"role": _("Osobę można zaprosić jako eksperta albo obserwatora.")})
    email = clean_text(email).lower()
    if not email:
        raise ValidationError({"email": _("Podaj adres e-mail osoby, którą zapraszasz.")})
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    participant = Participant(
        initiative=initiative,
        user=user,
        email="" if user else email,
        role=role,
        message=clean_text(message),
        invited_by=actor_or_none(by),
    )
    participant = _save_new(participant, duplicate=_("Ta osoba już uczestniczy w przedsięwzięciu albo ma zaproszenie."))
    record(initiative, TimelineKind.INVITED, actor=by, name=participant.name, role=role)
    transaction.on_commit(partial(tasks.notify_invited.enqueue, participant.pk))
    # An address without an account has no notification centre: the e-mail is all it gets.
    _announce_invitation(initiative, by=by, recipients=[user] if user else [])
    return participant


def _lock(participant: Participant) -> Participant:
    return Participant.objects.select_for_update().get(pk=participant.pk)


@transaction.atomic
def participant_respond(*, participant: Participant, by: Any, accept: bool) -> Participant:
    """The invited organisation's admin (or the invited person) accepts or declines.

    An invitation by e-mail becomes the answering person's own. Side effects: the lead hears the answer.
    """
    initiative = participant.initiative
    ensure_open(initiative)
    if _lock(participant).status != ParticipantStatus.INVITED:
        raise ValidationError(_("Na to zaproszenie już odpowiedziano albo zostało wycofane."))
    participant.status = ParticipantStatus.ACCEPTED if accept else ParticipantStatus.DECLINED
    participant.responded_by = actor_or_none(by)
    participant.responded_at = timezone.now()
    fields = ["status", "responded_by", "responded_at", "updated_at"]
    if participant.organisation_id is None and participant.user_id is None and accept:
        participant.user = by
        participant.email = ""
        fields += ["user", "email"]
    try:
        with transaction.atomic():
            participant.save(update_fields=fields)
    except IntegrityError as error:
        raise ValidationError(_("Już uczestniczysz w tym przedsięwzięciu.")) from error
    kind = TimelineKind.ACCEPTED if accept else TimelineKind.DECLINED
    record(initiative, kind, actor=by, name=participant.name, role=participant.role)
    transaction.on_commit(partial(tasks.notify_invitation_answered.enqueue, participant.pk))
    if accept:
        notify(
            verb=notifications.INVITATION_ACCEPTED,
            target=initiative,
            actor=by,
            organisation=participant.organisation,
            recipients=people_of(initiative.lead_organisation_id),
        )
    return participant


@transaction.atomic
def participant_revoke(*, participant: Participant, by: Any) -> Participant:
    """The lead withdraws an invitation nobody has answered yet."""
    if _lock(participant).status != ParticipantStatus.INVITED:
        raise ValidationError(_("Można wycofać tylko zaproszenie, które czeka na odpowiedź."))
    participant.status = ParticipantStatus.REVOKED
    participant.save(update_fields=["status", "updated_at"])
    record(participant.initiative, TimelineKind.REVOKED, actor=by, name=participant.name)
    return participant


@transaction.atomic
def participant_leave(*, participant: Participant, by: Any) -> Participant:
    """A partner leaves; its pledges still waiting for confirmation are withdrawn, confirmed ones stay on record.

    The lead cannot leave: it hands the lead over first. Side effects: the lead hears about it by e-mail.
    """
    initiative = participant.initiative
    ensure_open(initiative)
    locked = _lock(participant)
    if locked.role == ParticipantRole.LEADER:
        raise ValidationError(
            _("Organizacja prowadząca nie może odejść, dopóki nie przekaże prowadzenia innemu partnerowi.")
        )
    if locked.status != ParticipantStatus.ACCEPTED:
        raise ValidationError(_("Odejść może tylko ktoś, kto uczestniczy w przedsięwzięciu."))
    participant.status = ParticipantStatus.LEFT
    participant.save(update_fields=["status", "updated_at"])
    if participant.organisation_id:
        initiative.pledges.filter(organisation_id=participant.organisation_id, status=PledgeStatus.PROPOSED).update(
            status=PledgeStatus.WITHDRAWN
        )
    record(initiative, TimelineKind.LEFT, actor=by, name=participant.name)
    transaction.on_commit(partial(tasks.notify_partner_left.enqueue, participant.pk))
    return participant


@transaction.atomic
def lead_hand_over(*, initiative: Initiative, by: Any, to: Participant) -> Initiative:
    """Makes another participating organisation the leader; the old lead stays on as a partner.

    Side effects: the new lead's admins get an e-mail after commit.
    """
    ensure_open(initiative)
    # Locked, so that two hand-overs of one initiative happen one after the other.
    Initiative.objects.select_for_update().get(pk=initiative.pk)
    target = _lock(to)
    if (
        target.initiative_id != initiative.pk
        or target.organisation_id is None
        or target.status != ParticipantStatus.ACCEPTED
        or target.role == ParticipantRole.LEADER
    ):
        raise ValidationError(_("Prowadzenie można przekazać tylko organizacji, która uczestniczy w przedsięwzięciu."))
    # Not through initiative.participants: a prefetched relation brings outer joins FOR UPDATE cannot lock.
    old_lead = Participant.objects.select_for_update().get(
        initiative=initiative, role=ParticipantRole.LEADER, status=ParticipantStatus.ACCEPTED
    )
    old_name = old_lead.name
    # The old leader steps down first: the database holds one leader per initiative.
    old_lead.role = ParticipantRole.PARTNER
    old_lead.save(update_fields=["role", "updated_at"])
    to.role = ParticipantRole.LEADER
    to.save(update_fields=["role", "updated_at"])
    assert to.organisation is not None  # checked on the locked row above
    initiative.lead_organisation = to.organisation
    initiative.save(update_fields=["lead_organisation", "updated_at"])
    record(initiative, TimelineKind.LEAD_HANDED_OVER, actor=by, **{"from": old_name, "to": to.name})
    transaction.on_commit(partial(tasks.notify_lead_handed_over.enqueue, to.pk))
    return initiative

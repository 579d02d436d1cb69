"""E-mails about initiatives and working groups, sent in the background. Arguments are ids: a task loads fresh
data and does nothing when the object is gone or has moved on by then."""

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from platforma.initiatives.models import (
    GroupMember,
    Initiative,
    Participant,
    ParticipantStatus,
    Pledge,
    PledgeStatus,
    WorkingGroup,
)
from platforma.organisations.models import OrganisationMembership, OrganisationRole


def _send(template: str, context: dict[str, Any], recipients: list[str]) -> int:
    recipients = sorted({address.lower() for address in recipients if address})
    if not recipients:
        return 0
    # Tasks run outside any request: the e-mail is written in the site's language, Polish.
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "site_url": settings.SITE_URL}
        subject = " ".join(render_to_string(f"initiatives/email/{template}_subject.txt", context).split())
        body = render_to_string(f"initiatives/email/{template}_body.txt", context)
        return send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, None, recipients)


def _url(name: str, **kwargs: Any) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return settings.SITE_URL.rstrip("/") + reverse(name, kwargs=kwargs)


def _people(organisation_ids: list[int], *, admins_only: bool = False, exclude_user_id: int | None = None) -> list[str]:
    memberships = OrganisationMembership.objects.filter(organisation_id__in=organisation_ids, user__is_active=True)
    if admins_only:
        memberships = memberships.filter(role=OrganisationRole.ADMIN)
    if exclude_user_id is not None:
        memberships = memberships.exclude(user_id=exclude_user_id)
    return list(memberships.values_list("user__email", flat=True))


def _participant_addresses(participant: Participant) -> list[str]:
    """Who answers for a participant: an organisation's admins, or the person (or the invited address)."""
    if participant.organisation is not None:
        return _people([participant.organisation.pk], admins_only=True) or [participant.organisation.email]
    if participant.user is not None:
        return [participant.user.email] if participant.user.is_active else []
    return [participant.email]


def _participant(participant_id: int) -> Participant | None:
    return (
        Participant.objects.select_related("initiative", "initiative__lead_organisation", "organisation", "user")
        .select_related("invited_by")
        .filter(pk=participant_id)
        .first()
    )


@task
def notify_invited(participant_id: int) -> int:
    """Sends an invitation to the invited organisation's admins or to the invited person."""
    participant = _participant(participant_id)
    if participant is None or participant.status != ParticipantStatus.INVITED:
        return 0
    context = {
        "participant": participant,
        "initiative": participant.initiative,
        "url": _url("initiatives:invitations"),
        "initiative_url": _url("initiatives:detail", pk=participant.initiative_id),
        "has_account": participant.organisation_id is not None or participant.user_id is not None,
    }
    return _send("invited", context, _participant_addresses(participant))


@task
def notify_added_to_pilot(participant_id: int) -> int:
    """Tells the winner of an open call that its pilot initiative exists and it takes part."""
    participant = _participant(participant_id)
    if participant is None or participant.status != ParticipantStatus.ACCEPTED:
        return 0
    context = {
        "participant": participant,
        "initiative": participant.initiative,
        "url": _url("initiatives:detail", pk=participant.initiative_id),
    }
    return _send("added_to_pilot", context, _participant_addresses(participant))


def _lead_people(initiative: Initiative, *, exclude_user_id: int | None = None) -> list[str]:
    return _people([initiative.lead_organisation_id], exclude_user_id=exclude_user_id)


@task
def notify_invitation_answered(participant_id: int) -> int:
    """Tells the lead organisation's people that an invitation was accepted or declined."""
    participant = _participant(participant_id)
    if participant is None or participant.status not in (ParticipantStatus.ACCEPTED, ParticipantStatus.DECLINED):
        return 0
    initiative = participant.initiative
    context = {
        "participant": participant,
        "initiative": initiative,
        "accepted": participant.status == ParticipantStatus.ACCEPTED,
        "url": _url("initiatives:partners", pk=initiative.pk),
    }
    return _send("invitation_answered", context, _lead_people(initiative, exclude_user_id=participant.responded_by_id))


@task
def notify_partner_left(participant_id: int) -> int:
    participant = _participant(participant_id)
    if participant is None or participant.status != ParticipantStatus.LEFT:
        return 0
    initiative = participant.initiative
    context = {
        "participant": participant,
        "initiative": initiative,
        "url": _url("initiatives:partners", pk=initiative.pk),
    }
    return _send("partner_left", context, _lead_people(initiative))


@task
def notify_lead_handed_over(participant_id: int) -> int:
    """Tells the new lead organisation's people that the initiative is now theirs to lead."""
    participant = _participant(participant_id)
    if participant is None or participant.organisation_id != participant.initiative.lead_organisation_id:
        return 0
    initiative = participant.initiative
    context = {
        "participant": participant,
        "initiative": initiative,
        "url": _url("initiatives:detail", pk=initiative.pk),
    }
    return _send("lead_handed_over", context, _people([participant.organisation_id]))


def _pledge(pledge_id: int) -> Pledge | None:
    return (
        Pledge.objects.select_related("initiative", "organisation", "resource", "created_by", "decided_by")
        .filter(pk=pledge_id)
        .first()
    )


@task
def notify_pledge_to_confirm(pledge_id: int) -> int:
    """Asks the pledging organisation's admins to confirm a pledge one of its people made."""
    pledge = _pledge(pledge_id)
    if pledge is None or pledge.status != PledgeStatus.PROPOSED:
        return 0
    context = {
        "pledge": pledge,
        "initiative": pledge.initiative,
        "url": _url("initiatives:pledges", pk=pledge.initiative_id),
    }
    return _send("pledge_to_confirm", context, _people([pledge.organisation_id], admins_only=True))


@task
def notify_pledge_decided(pledge_id: int) -> int:
    """Tells the person who made a pledge whether the organisation's admin confirmed it."""
    pledge = _pledge(pledge_id)
    if pledge is None or pledge.status not in (PledgeStatus.CONFIRMED, PledgeStatus.DECLINED):
        return 0
    author = pledge.created_by
    if author is None or not author.is_active or author.pk == pledge.decided_by_id:
        return 0
    context = {
        "pledge": pledge,
        "initiative": pledge.initiative,
        "confirmed": pledge.status == PledgeStatus.CONFIRMED,
        "url": _url("initiatives:pledges", pk=pledge.initiative_id),
    }
    return _send("pledge_decided", context, [author.email])


@task
def notify_status_changed(initiative_id: int, status: str, actor_id: int | None = None) -> int:
    """Tells everyone taking part that the initiative started, was cancelled or completed."""
    initiative = Initiative.objects.select_related("lead_organisation").filter(pk=initiative_id).first()
    if initiative is None or initiative.status != status:
        return 0
    participants = list(
        initiative.participants.filter(status=ParticipantStatus.ACCEPTED).select_related("user").order_by("pk")
    )
    organisation_ids = [p.organisation_id for p in participants if p.organisation_id]
    recipients = _people(organisation_ids, admins_only=True, exclude_user_id=actor_id)
    recipients += [
        p.user.email for p in participants if p.user is not None and p.user.is_active and p.user.pk != actor_id
    ]
    context = {"initiative": initiative, "url": _url("initiatives:detail", pk=initiative.pk)}
    return _send("status_changed", context, recipients)


@task
def notify_group_created(group_id: int, actor_id: int | None = None) -> int:
    """Tells the admins of the organisations put into a new group (made from a challenge) that they are in it."""
    group = WorkingGroup.objects.select_related("source_challenge").filter(pk=group_id).first()
    if group is None:
        return 0
    organisation_ids = list(
        GroupMember.objects.filter(group=group, organisation__isnull=False).values_list("organisation_id", flat=True)
    )
    context = {"group": group, "url": _url("groups:detail", pk=group.pk)}
    return _send("group_created", context, _people(organisation_ids, admins_only=True, exclude_user_id=actor_id))

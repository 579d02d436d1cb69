"""An organisation joining the cluster, in the activity stream and for the people who follow it.

Organisations sit below community, so their services cannot call notify(); membership_approve sends
`organisations.services.membership_approved` explicitly after its write, and this module answers it.
"""

from typing import Any

from django.utils.translation import gettext_lazy as _

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.phrases import register_phrase
from platforma.community.notifications.services import notify
from platforma.organisations.models import Organisation
from platforma.organisations.services import membership_approved

MEMBER_ACCEPTED = "organisations.member_accepted"


def announce_member_accepted(*, organisation: Organisation, by: Any) -> None:
    notify(verb=MEMBER_ACCEPTED, target=organisation, actor=by, organisation=organisation)


def _on_membership_approved(sender: Any, *, organisation: Organisation, by: Any, **kwargs: Any) -> None:
    announce_member_accepted(organisation=organisation, by=by)


def register() -> None:
    register_kind(
        MEMBER_ACCEPTED,
        label=_("Nowa organizacja w klastrze"),
        default_delivery=Delivery.WEEKLY,
        group=_("Organizacje"),
    )
    register_phrase(
        MEMBER_ACCEPTED,
        with_organisation=_("Organizacja %(organisation)s dołączyła do klastra"),
        without_organisation=_("Nowa organizacja w klastrze: %(target)s"),
    )
    membership_approved.connect(_on_membership_approved, dispatch_uid="notifications.member_accepted")

"""The notifications the initiatives app sends through `community.notifications` (see services/).

Invitations and answers already go out by e-mail from `tasks.py` the moment they happen, so their kinds
default to the weekly digest (the notification centre shows them at once) rather than a second e-mail.
An invitation is private business: it is notified, but kept out of the public activity streams.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.phrases import register_phrase

PARTNER_INVITED = "initiatives.partner_invited"
INVITATION_ACCEPTED = "initiatives.invitation_accepted"
INITIATIVE_COMPLETED = "initiatives.initiative_completed"

GROUP = _("Przedsięwzięcia")


def register() -> None:
    register_kind(
        PARTNER_INVITED,
        label=_("Zaproszenie do przedsięwzięcia"),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
        # Addressed to the invitee alone: the initiative's followers do not hear of invitations.
        reaches_followers=False,
    )
    register_kind(
        INVITATION_ACCEPTED,
        label=_("Ktoś dołączył do Waszego przedsięwzięcia"),
        plural_label=ngettext_lazy(
            "%(count)d nowy uczestnik przedsięwzięcia",
            "%(count)d nowych uczestników przedsięwzięcia",
            "count",
        ),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
    )
    register_kind(
        INITIATIVE_COMPLETED,
        label=_("Obserwowane przedsięwzięcie zakończyło się"),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
    )
    register_phrase(
        PARTNER_INVITED,
        with_organisation=_("Organizacja %(organisation)s zaprasza do przedsięwzięcia: %(target)s"),
        without_organisation=_("Zaproszenie do przedsięwzięcia: %(target)s"),
    )
    register_phrase(
        INVITATION_ACCEPTED,
        with_organisation=_("Organizacja %(organisation)s dołączyła do przedsięwzięcia: %(target)s"),
        without_organisation=_("Nowy uczestnik przedsięwzięcia: %(target)s"),
    )
    register_phrase(
        INITIATIVE_COMPLETED,
        with_organisation=_("Organizacja %(organisation)s zakończyła przedsięwzięcie: %(target)s"),
        without_organisation=_("Zakończono przedsięwzięcie: %(target)s"),
    )

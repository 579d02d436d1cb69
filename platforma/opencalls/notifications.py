"""The notifications the opencalls app sends through `community.notifications` (see services.py).

A new call reaches the people who follow its challenge, the challenge's competences or the organisation
running it, in the daily digest: a call has a deadline, and a week may be too late to answer it. The
decision already goes to every applicant by e-mail (tasks.notify_call_decided), so its kind defaults to
the weekly digest, and the notification centre shows it at once.
"""

from django.utils.translation import gettext_lazy as _

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.phrases import register_phrase

CALL_PUBLISHED = "opencalls.call_published"
CALL_DECIDED = "opencalls.call_decided"

GROUP = _("Nabory")


def register() -> None:
    register_kind(
        CALL_PUBLISHED,
        label=_("Nowy nabór rozwiązań w obserwowanym temacie"),
        default_delivery=Delivery.DAILY,
        group=GROUP,
    )
    register_kind(
        CALL_DECIDED,
        label=_("Rozstrzygnięcie naboru, w którym złożono propozycję"),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
    )
    register_phrase(
        CALL_PUBLISHED,
        with_organisation=_("Organizacja %(organisation)s ogłosiła nabór rozwiązań: %(target)s"),
        without_organisation=_("Koordynator klastra ogłosił nabór rozwiązań: %(target)s"),
    )
    register_phrase(
        CALL_DECIDED,
        with_organisation=_("Organizacja %(organisation)s rozstrzygnęła nabór: %(target)s"),
        without_organisation=_("Rozstrzygnięto nabór: %(target)s"),
    )

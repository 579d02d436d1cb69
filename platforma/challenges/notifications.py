"""The notifications the challenges app sends through `community.notifications` (see services.py).

Default deliveries: the reporting organisation and the proposal's author already get an e-mail from
`tasks.py` for supports, proposals and decisions, so those kinds default to the weekly digest (the
notification centre shows them at once) instead of a second e-mail. A newly published challenge reaches
people who follow its organisation or competences, also in the weekly digest, so that following many
topics never floods anyone.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.phrases import register_phrase

CHALLENGE_PUBLISHED = "challenges.challenge_published"
SUPPORT_ADDED = "challenges.support_added"
PROPOSAL_RECEIVED = "challenges.proposal_received"
PROPOSAL_DECIDED = "challenges.proposal_decided"

GROUP = _("Wyzwania")


def register() -> None:
    register_kind(
        CHALLENGE_PUBLISHED,
        label=_("Nowe wyzwanie w obserwowanym temacie"),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
    )
    register_kind(
        SUPPORT_ADDED,
        label=_("Inna organizacja ma ten sam problem („my też”)"),
        plural_label=ngettext_lazy(
            "%(count)d organizacja ma ten sam problem („my też”)",
            "%(count)d organizacje mają ten sam problem („my też”)",
            "count",
        ),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
    )
    register_kind(
        PROPOSAL_RECEIVED,
        label=_("Nowa propozycja rozwiązania wyzwania"),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
    )
    register_kind(
        PROPOSAL_DECIDED,
        label=_("Decyzja o Twojej propozycji rozwiązania"),
        default_delivery=Delivery.WEEKLY,
        group=GROUP,
        # The proposer's business; the challenge's followers see an accepted proposal in the stream.
        reaches_followers=False,
    )
    register_phrase(
        CHALLENGE_PUBLISHED,
        with_organisation=_("Organizacja %(organisation)s zgłosiła wyzwanie: %(target)s"),
        without_organisation=_("Nowe wyzwanie: %(target)s"),
    )
    register_phrase(
        SUPPORT_ADDED,
        with_organisation=_("Organizacja %(organisation)s ma ten sam problem: %(target)s"),
        without_organisation=_("Kolejna organizacja ma ten sam problem: %(target)s"),
    )
    register_phrase(
        PROPOSAL_RECEIVED,
        with_organisation=_("Organizacja %(organisation)s zaproponowała rozwiązanie: %(target)s"),
        without_organisation=_("Nowa propozycja rozwiązania: %(target)s"),
    )
    register_phrase(
        PROPOSAL_DECIDED,
        with_organisation=_("Organizacja %(organisation)s przyjęła propozycję rozwiązania: %(target)s"),
        without_organisation=_("Przyjęto propozycję rozwiązania: %(target)s"),
    )

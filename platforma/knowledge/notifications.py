"""The notifications the knowledge app sends through `community.notifications` (see services.py).

The authors hear about the publication by e-mail already (tasks.notify_article_published); this kind
reaches the people who follow the article's competences or its organisations, in the weekly digest.
"""

from django.utils.translation import gettext_lazy as _

from platforma.community.notifications.kinds import Delivery, register_kind
from platforma.community.notifications.phrases import register_phrase

ARTICLE_PUBLISHED = "knowledge.article_published"


def register() -> None:
    register_kind(
        ARTICLE_PUBLISHED,
        label=_("Nowy artykuł w obserwowanym temacie"),
        default_delivery=Delivery.WEEKLY,
        group=_("Wiedza"),
    )
    register_phrase(
        ARTICLE_PUBLISHED,
        with_organisation=_("Organizacja %(organisation)s opublikowała artykuł: %(target)s"),
        without_organisation=_("Nowy artykuł w bazie wiedzy: %(target)s"),
    )

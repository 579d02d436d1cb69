from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "platforma.community.news"
    label = "news"
    verbose_name = _("Aktualności")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Comments and notifications learn from here who may see a news item, and which kinds it sends.
        from platforma.community import targets
        from platforma.community.news import permissions
        from platforma.community.news.models import News
        from platforma.community.notifications.kinds import Delivery, register_kind
        from platforma.community.notifications.phrases import register_phrase

        targets.register(News, can_view=permissions.can_view, commentable=True, followable=False)
        group = _("Aktualności")
        register_kind(
            "news.published",
            label=_("Nowa aktualność w obserwowanym temacie"),
            default_delivery=Delivery.WEEKLY,
            group=group,
        )
        register_kind(
            "news.submitted",
            label=_("Aktualność czeka na zatwierdzenie (dla koordynatora)"),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
        )
        register_kind(
            "news.reviewed",
            label=_("Decyzja koordynatora o mojej aktualności"),
            default_delivery=Delivery.IMMEDIATE,
            group=group,
        )
        # How a published item reads in the activity streams of the home and organisation pages.
        register_phrase(
            "news.published",
            with_organisation=_("Organizacja %(organisation)s opublikowała aktualność: %(target)s"),
            without_organisation=_("Nowa aktualność: %(target)s"),
        )

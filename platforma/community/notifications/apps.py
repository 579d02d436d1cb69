from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "platforma.community.notifications"
    label = "notifications"
    verbose_name = _("Powiadomienia")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Organisations and competences live below community, so community registers them itself.
        from platforma.community import targets
        from platforma.organisations.models import Organisation
        from platforma.organisations.permissions import can_view_organisation
        from platforma.taxonomy.models import Competence

        targets.register(Organisation, can_view=can_view_organisation, followable=True)
        targets.register(Competence, can_view=lambda user, competence: True, followable=True)

        from django.utils.translation import ngettext_lazy

        from platforma.community.notifications.kinds import Delivery, register_kind
        from platforma.community.notifications.services import NEW_FOLLOWER

        # Told to the organisation's admins only; its other followers need not know who else follows.
        register_kind(
            NEW_FOLLOWER,
            label=_("Nowa osoba obserwuje moją organizację"),
            plural_label=ngettext_lazy(
                "%(count)d nowa osoba obserwuje moją organizację",
                "%(count)d nowe osoby obserwują moją organizację",
                "count",
            ),
            default_delivery=Delivery.WEEKLY,
            group=_("Organizacje"),
            reaches_followers=False,
        )

        # An organisation accepted into the cluster: organisations cannot call notify(), so it is announced here.
        from platforma.community.notifications import organisation_activity

        organisation_activity.register()
